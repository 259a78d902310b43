// `npm run bench`: every benchmark in turn, each a separate process so one's warm JIT or load cannot flatter
// another. The figures go in the README with the machine they came from (printed first).
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const benches = ['check-paste.mjs', 'paste-memory.mjs', 'cold-start.mjs', 'scenario-wall.mjs', 'kv-writes.mjs', 'http-load.mjs', 'serve-json-healthz.mjs', 'history-check.mjs'];
const only = process.argv.slice(2);
const cpu = cpus();
console.log(`machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${process.platform}`);
let failed = 0;
for (const bench of benches) {
  if (only.length > 0 && !only.some((name) => bench.startsWith(name))) continue;
  console.log(`\n== ${bench} ==`);
  const result = spawnSync(process.execPath, [join(here, bench)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.log(`${bench} exited ${result.status ?? result.signal}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
