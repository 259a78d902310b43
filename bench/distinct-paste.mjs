// A 4 MB grep-style paste whose file names, hosts and messages differ per paste `n` (distinct cache keys if any):
// the memory and event-loop benches judge many of them, so a cache keyed by a paste's text would show.
export function makeDistinctPaste(n) {
  const lines = [];
  const kill = Date.UTC(2026, 10, 26, 19, 30, 1) + n * 1000;
  let i = 0;
  while (lines.length * 120 < 4 * 1024 * 1024) {
    const node = 1 + (i % 3);
    lines.push(`run${n}/host-${n}-${node}/node${node}.log:${new Date(kill - 100_000 + i).toISOString()} node${node} DEBUG append entries from leader node1 term=${n} index=${i} paste=${n}`);
    i++;
  }
  lines.push(`run${n}/host-${n}-1/node1.log:${new Date(kill).toISOString()} node1 INFO received SIGTERM, shutting down`);
  lines.push(`run${n}/host-${n}-2/node2.log:${new Date(kill + 20).toISOString()} node2 WARN heartbeat timeout`);
  lines.push(`run${n}/host-${n}-3/node3.log:${new Date(kill + 30).toISOString()} node3 WARN heartbeat timeout`);
  return lines.join('\n');
}
