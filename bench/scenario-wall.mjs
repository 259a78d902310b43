// End-to-end wall time of one headless scenario (`verify-lesson w12-l03`), as a user runs it: a fresh CLI process
// each time (start 3 kv_node processes, elect, write, kill, detect, re-elect, read back, Verify block, judge).
//   node bench/scenario-wall.mjs        (after `npm run build`; env: SCENARIO_RUNS, default 10)
// Target: median <= 1.5 s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'dist/bin/verify-lesson.js');
const runs = Number(process.env.SCENARIO_RUNS ?? 10);
const out = mkdtempSync(join(tmpdir(), 'verify-lesson-bench-'));
const times = [];
let failed = 0;
try {
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [bin, 'w12-l03', '--json', '--out', join(out, 'demo_step2.log')], { encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status !== 0) {
      failed++;
      console.error(`run ${i + 1} exited ${result.status}: ${result.stderr.trim().split('\n').slice(-3).join(' / ')}`);
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
const sorted = [...times].sort((a, b) => a - b);
const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
console.log(`scenario wall time, ${runs} runs of \`verify-lesson w12-l03\` (ms)`);
console.log(`  min ${sorted[0].toFixed(0)}   median ${at(0.5).toFixed(0)}   max ${sorted.at(-1).toFixed(0)}   failed ${failed}   target median <= 1500`);
if (failed > 0) process.exitCode = 1;
