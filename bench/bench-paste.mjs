// The benchmark paste of `checkPaste` (bench/check-paste.mjs, bench/ab-builds.mjs): 10 KB of a passing 3-node kill in
// the bundled node's format, as `grep -H . data/node*/node.log` prints it (or, `prefix: false`, as `cat` does).

const MESSAGES = [
  (i) => `DEBUG append entries from leader node1 term=3 prev_index=${i} entries=1 commit=${i}`,
  (i) => `INFO  applied index=${i} to the state machine (put k${i % 97})`,
  (i) => `DEBUG heartbeat from leader node1 term=3 commit=${i}`,
  (i) => `INFO  persisted hard state term=3 vote=1 commit=${i}`,
  (i) => `DEBUG snapshot check: log size ${1000 + i} entries, threshold 10000`,
];

// A paste the way `grep -H . data/node*/node.log` prints it: each file's lines together, bundled node format;
// `prefix: false`: the way `cat data/node*/node.log` prints it (the node named after the timestamp only).
export function makePaste(bytes, { prefix: withPrefix = true } = {}) {
  const kill = Date.UTC(2026, 10, 26, 19, 30, 1);
  const perFile = Math.max(1, Math.floor(bytes / 3 / 110));
  const lines = [];
  for (const node of [1, 2, 3]) {
    const prefix = withPrefix ? `data/node${node}/node.log:` : '';
    for (let i = 0; i < perFile; i++) {
      const at = kill - (perFile - i) * 7;
      lines.push(`${prefix}${new Date(at).toISOString()} node${node} ${MESSAGES[(i + node) % MESSAGES.length](i)}`);
    }
    if (node === 1) lines.push(`${prefix}${new Date(kill).toISOString()} node1 INFO  received SIGTERM, shutting down`);
    else {
      lines.push(`${prefix}${new Date(kill + 10 + node).toISOString()} node${node} INFO  connection to leader node1 lost (EOF)`);
      lines.push(`${prefix}${new Date(kill + 280 + node).toISOString()} node${node} WARN  heartbeat timeout — no message from leader in 300ms`);
    }
  }
  // Like a file read from disk: one flat string.
  return new TextDecoder().decode(new TextEncoder().encode(`${lines.join('\n')}\n`));
}
