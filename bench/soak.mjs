// `npm run soak`: the scenario many times under load, then a check that nothing was left behind.
//   node bench/soak.mjs     (after `npm run build`; env: SOAK_SIGTERM=200, SOAK_SIGSTOP=50, SOAK_BUSY=1)
// 1. a busy loop occupies one core (SOAK_BUSY=0 turns it off);
// 2. SOAK_SIGTERM trials with SIGTERM: target 0 failed, detection p99 <= 300 ms, every clients' history linearizable;
// 3. SOAK_SIGSTOP trials with SIGSTOP (a frozen leader, only heartbeat timeouts can catch it): detection 100-300 ms;
// 4. afterwards: no kv_node processes, no listening sockets they held, no verify-lesson temp dirs.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'dist/bin/verify-lesson.js');
const sigtermTrials = Number(process.env.SOAK_SIGTERM ?? 200);
const sigstopTrials = Number(process.env.SOAK_SIGSTOP ?? 50);
const busy = process.env.SOAK_BUSY !== '0';

const tempDirs = () => new Set(readdirSync(tmpdir()).filter((name) => name.startsWith('verify-lesson-')));
const kvNodes = () => {
  const result = spawnSync('pgrep', ['-f', 'kv_node'], { encoding: 'utf8' });
  return result.stdout.split('\n').filter(Boolean).filter((pid) => Number(pid) !== process.pid);
};
const listeningPorts = () => {
  try {
    return execFileSync('ss', ['-Hltn'], { encoding: 'utf8' }).split('\n').filter(Boolean).length;
  } catch {
    return null;
  }
};

const dirsBefore = tempDirs();
const portsBefore = listeningPorts();
const out = mkdtempSync(join(tmpdir(), 'soak-out-'));
const burner = busy ? spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }) : null;
let ok = true;

function soak(signal, trials, check) {
  if (trials <= 0) return;
  const started = Date.now();
  const result = spawnSync(process.execPath, [bin, 'w12-l03', '--signal', signal, '--trials', String(trials), '--json', '--out', join(out, 'demo.log')], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const stats = JSON.parse(result.stdout);
  const d = stats.detectionMs;
  const r = stats.reelectionMs;
  const row = (name, x, unit = ' ms') => (x ? `${name} min ${x.min} p50 ${x.p50} p95 ${x.p95} p99 ${x.p99} max ${x.max}${unit}` : `${name} n/a`);
  console.log(`${signal}: ${stats.trials} trials, ${stats.failed} failed, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`  ${row('detection', d)}`);
  console.log(`  ${row('re-election', r)}`);
  console.log(`  ${row('wall time per run', stats.durationMs)}`);
  const h = stats.history;
  if (h) console.log(`  history: linearizable in ${h.linearizable} of ${h.checked} runs; ${row('operations', h.operations, '')}; ${row('indeterminate', h.indeterminate, '')}; ${row('check', h.checkMs)}`);
  for (const problem of stats.problems.slice(0, 10)) console.log(`  ! ${problem}`);
  const verdict = check(stats);
  console.log(`  ${verdict.ok ? 'meets' : 'MISSES'} target: ${verdict.target}`);
  if (!verdict.ok) ok = false;
}

try {
  soak('SIGTERM', sigtermTrials, (s) => ({
    ok: s.failed === 0 && s.detectionMs.p99 <= 300 && s.history.linearizable === s.trials,
    target: '0 failed, detection p99 <= 300 ms, every history linearizable',
  }));
  soak('SIGSTOP', sigstopTrials, (s) => ({
    ok: s.failed === 0 && s.detectionMs.min >= 100 && s.detectionMs.max <= 300,
    target: '0 failed, every detection between 100 and 300 ms',
  }));
} finally {
  burner?.kill('SIGKILL');
  rmSync(out, { recursive: true, force: true });
}

const leftoverNodes = kvNodes();
const leftoverDirs = [...tempDirs()].filter((name) => !dirsBefore.has(name));
const portsAfter = listeningPorts();
console.log(`afterwards: ${leftoverNodes.length} kv_node processes, ${leftoverDirs.length} new verify-lesson temp dirs, listening sockets ${portsBefore ?? '?'} before / ${portsAfter ?? '?'} after`);
if (leftoverNodes.length > 0 || leftoverDirs.length > 0 || (portsBefore !== null && portsAfter !== null && portsAfter > portsBefore)) ok = false;
process.exitCode = ok ? 0 : 1;
