// End-to-end wall time of each bundled lesson's scenario (`verify-lesson <id>`), as a user runs it: a fresh CLI
// process each time (start 3 kv_node processes, then the lesson's steps, Verify block and judge).
//   node bench/scenario-wall.mjs [id ...]   (after `npm run build`; env: SCENARIO_RUNS, default 10; default: every
//                                             bundled lesson)
// Target: median < 3 s per lesson (w12-l03 alone: median <= 1.5 s before its concurrent clients were added).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'dist/bin/verify-lesson.js');
const runs = Number(process.env.SCENARIO_RUNS ?? 10);
const ids = process.argv.slice(2).length > 0 ? process.argv.slice(2) : readdirSync(join(root, 'lessons')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
const out = mkdtempSync(join(tmpdir(), 'verify-lesson-bench-'));
let anyFailed = false;
try {
  for (const id of ids) {
    const times = [];
    let failed = 0;
    // Interleaving would mix lessons; each lesson's runs are consecutive, the lessons one after another.
    for (let i = 0; i < runs; i++) {
      const started = process.hrtime.bigint();
      const result = spawnSync(process.execPath, [bin, id, '--json', '--out', join(out, `${id}.log`)], { encoding: 'utf8' });
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (result.status !== 0) {
        failed++;
        console.error(`${id} run ${i + 1} exited ${result.status}: ${result.stdout.slice(0, 2000).match(/"problems": \[[^\]]*\]/)?.[0] ?? result.stderr.trim().split('\n').slice(-3).join(' / ')}`);
      }
    }
    const sorted = [...times].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    console.log(`${id.padEnd(8)} ${runs} runs (ms): min ${sorted[0].toFixed(0)}   median ${at(0.5).toFixed(0)}   max ${sorted.at(-1).toFixed(0)}   failed ${failed}   target median < 3000`);
    if (failed > 0 || at(0.5) >= 3000) anyFailed = true;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
if (anyFailed) process.exitCode = 1;
