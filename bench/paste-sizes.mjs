// checkPaste on 1, 5 and 10 MB pastes (the size cap raised), and on 1 and 4 MB of the `tail -f` shape, for bench/check-paste.mjs, in a process of its own: the mean
// ms per verdict over 0.6 s of runs after 0.3 s of warming, each size, GC included (part of what a long paste costs).
// The heap is grown first by the 10 MB paste, so the first size measured does not pay for its growing. Prints JSON.
//
//   npm run build && node bench/paste-sizes.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makePaste } from './bench-paste.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const api = await import(pathToFileURL(join(root, 'dist/index.js')).href);
const file = join(root, 'lessons/w12-l03.md');
const { lesson } = api.parseLesson(readFileSync(file, 'utf8'), file);
const options = { maxBytes: 64 * 1024 * 1024 };

// Mean ms per verdict over at least `ms` ms (and 3 runs).
function runFor(paste, ms) {
  let runs = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < ms || runs < 3) {
    if (!api.checkPaste(lesson, paste, options).passed) throw new Error('the benchmark paste should pass');
    runs++;
  }
  return (performance.now() - t0) / runs;
}

const pastes = new Map([1, 5, 10].map((mb) => [mb, makePaste(mb * 1024 * 1024)]));
runFor(pastes.get(10), 300);
const rows = [];
for (const [mb, paste] of pastes) {
  runFor(paste, 300);
  rows.push({ mb, ms: runFor(paste, 600) });
}
// The `tail -f` shape, a header and a blank line every two lines, at 1 and 4 MB: a per-line search that ran to the
// text's end made it quadratic (adv63g-58: 3.8 MB in 25 s).
const tailRows = [];
for (const mb of [1, 4]) {
  const paste = makePaste(mb * 1024 * 1024, { tailF: true });
  runFor(paste, 300);
  tailRows.push({ mb, ms: runFor(paste, 600) });
}
console.log(JSON.stringify({ rows, tailRows }));
