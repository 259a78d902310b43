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
// `prefix: false`: the way `cat data/node*/node.log` prints it (the node named after the timestamp only); `tailF: true`:
// the way `tail -f data/node*/node.log` prints the three files as they grow, a `==> file <==` header and a blank line
// each time the writer changes (adv63g-58's shape: one untimed line in three).
export function makePaste(bytes, { prefix: withPrefix = true, tailF = false } = {}) {
  if (tailF) return makeTailFPaste(bytes);
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

// The `tail -f` shape (makePaste's tailF): two lines of one node under its header, the nodes in turn, then the kill.
function makeTailFPaste(bytes) {
  const kill = Date.UTC(2026, 10, 26, 19, 30, 1);
  const rounds = Math.max(1, Math.floor(bytes / 600));
  const lines = ['$ tail -f data/node1/node.log data/node2/node.log data/node3/node.log'];
  const section = (node, texts) => lines.push('', `==> data/node${node}/node.log <==`, ...texts.map(([at, text]) => `${new Date(at).toISOString()} node${node} ${text}`));
  for (let i = 0; i < rounds; i++) {
    for (const node of [1, 2, 3]) {
      const at = kill - (rounds - i) * 21 + node * 7;
      section(node, [
        [at, MESSAGES[(i + node) % MESSAGES.length](2 * i)],
        [at + 1, MESSAGES[(i + node + 1) % MESSAGES.length](2 * i + 1)],
      ]);
    }
  }
  section(1, [[kill, 'INFO  received SIGTERM, shutting down']]);
  for (const node of [2, 3]) section(node, [[kill + 10 + node, 'INFO  connection to leader node1 lost (EOF)'], [kill + 280 + node, 'WARN  heartbeat timeout — no message from leader in 300ms']]);
  return new TextDecoder().decode(new TextEncoder().encode(`${lines.join('\n')}\n`));
}
