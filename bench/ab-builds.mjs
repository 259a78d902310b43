// Two builds of verify-lesson side by side in one process: `checkPaste` on the bench pastes (grep, cat, bytes, and the
// same paste with every line an event), interleaved in both orders, timed in CPU time per batch (robust to a loaded
// machine). Prints each build's median µs, B÷A at the median and at the 5th percentile. Run it twice with A and B
// swapped: a process's JIT favours one copy by a few percent, and the geometric mean of the two runs cancels that.
//
//   npm run build   (in both checkouts)
//   node bench/ab-builds.mjs A_CHECKOUT B_CHECKOUT [rounds]      (rounds of 60 interleaved batches; default 5)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makePaste } from './bench-paste.mjs';

const [rootA, rootB, roundsArg = '5'] = process.argv.slice(2);
if (rootA === undefined || rootB === undefined || !/^[1-9]\d{0,2}$/.test(roundsArg)) {
  console.error('usage: node bench/ab-builds.mjs A_CHECKOUT B_CHECKOUT [rounds 1-999]');
  process.exit(2);
}

// A checkout's built library (dist/index.js) and its w12-l03.
async function load(root) {
  const dir = resolve(root);
  const api = await import(`${pathToFileURL(`${dir}/dist/index.js`).href}?${encodeURIComponent(dir)}`);
  const file = `${dir}/lessons/w12-l03.md`;
  const { lesson } = api.parseLesson(readFileSync(file, 'utf8'), file);
  return { api, lesson };
}

const builds = { A: await load(rootA), B: await load(rootB) };
const grep = makePaste(10 * 1024);
const inputs = {
  grep,
  cat: makePaste(10 * 1024, { prefix: false }),
  bytes: new TextEncoder().encode(grep),
  allev: grep.replace(/(DEBUG|INFO) {1,2}(append entries|applied index|heartbeat from|persisted hard|snapshot check).*$/gm, 'INFO  following leader node1 (term 3)'),
  // The five event lines alone: what a verdict costs whatever the paste's size.
  events: `${grep.split('\n').filter((line) => /SIGTERM|lost \(EOF\)|heartbeat timeout/.test(line)).join('\n')}\n`,
};
for (const { api, lesson } of Object.values(builds)) {
  for (const [name, input] of Object.entries(inputs)) {
    if (!api.checkPaste(lesson, input).passed) throw new Error(`the ${name} bench paste should pass`);
    for (let i = 0; i < 2000; i++) api.checkPaste(lesson, input);
  }
}
const times = { A: {}, B: {} };
for (let r = 0; r < Number(roundsArg) * 60; r++) {
  for (const [name, input] of Object.entries(inputs)) {
    for (const id of r % 2 ? ['A', 'B'] : ['B', 'A']) {
      const { api, lesson } = builds[id];
      const batch = name === 'allev' ? 16 : 80;
      const start = process.cpuUsage();
      for (let i = 0; i < batch; i++) api.checkPaste(lesson, input);
      const used = process.cpuUsage(start);
      (times[id][name] ??= []).push((used.user + used.system) / batch);
    }
  }
}
const sorted = (values) => [...values].sort((p, q) => p - q);
const median = (values) => sorted(values)[values.length >> 1];
const fifth = (values) => sorted(values)[Math.floor(values.length / 20)];
for (const name of Object.keys(inputs)) {
  const [a, b] = [times.A[name], times.B[name]];
  console.log(
    `${name.padEnd(6)} A ${median(a).toFixed(2)} µs  B ${median(b).toFixed(2)} µs  B÷A median ${(median(b) / median(a)).toFixed(3)}  5th percentile ${(fifth(b) / fifth(a)).toFixed(3)}`,
  );
}
