// The 10 KB ratio of checkPaste to one charCodeAt pass over the same text, for bench/check-paste.mjs, in a process of
// its own that runs nothing else: the pair alone, interleaved, grep and cat pastes. In check-paste.mjs's process the
// pass is timed between bytes, fresh-copy and cat verdicts too; this row is the cross-check without them (session 70:
// 3.53× / 3.87× here beside 2.93× / 3.72× there in one run; at that session's start the other process's pass took
// 25 µs against 12 µs here, a reading that did not repeat). Prints JSON.
//
//   npm run build && node bench/pass-pair.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makePaste } from './bench-paste.mjs';
import { charCodePass, median, timeBatch } from './interleaved-timing.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const api = await import(pathToFileURL(join(root, 'dist/index.js')).href);
const file = join(root, 'lessons/w12-l03.md');
const { lesson } = api.parseLesson(readFileSync(file, 'utf8'), file);

let sink = 0;

const result = {};
for (const [name, prefix] of [['grep', true], ['cat', false]]) {
  const paste = makePaste(10 * 1024, { prefix });
  if (!api.checkPaste(lesson, paste).passed) throw new Error('the benchmark paste should pass');
  for (let i = 0; i < 3000; i++) api.checkPaste(lesson, paste);
  for (let i = 0; i < 20_000; i++) sink ^= charCodePass(paste);
  const passMs = [];
  const checkMs = [];
  for (let round = 0; round < 101; round++) {
    passMs.push(timeBatch(() => (sink ^= charCodePass(paste)), 50));
    checkMs.push(timeBatch(() => api.checkPaste(lesson, paste), 50));
  }
  result[name] = { passUs: median(passMs) * 1000, checkUs: median(checkMs) * 1000 };
}
if (sink === 0.5) console.error(sink);
console.log(JSON.stringify(result));
