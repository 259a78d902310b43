// Cold wall time of the student's self-check (`verify-lesson w12-l03 --paste small.log`) beside a bare
// `node -e 0`, measured interleaved on the same machine so noise hits both alike. Then the same ratio in CPU time
// (user + system of each process, reported by a preloaded exit hook): on a shared, busy machine the wall clock
// mostly measures the other sessions, CPU time much less.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.COLD_START_RUNS ?? 40);
const paste = process.env.COLD_START_PASTE ?? join(root, 'fixtures/pastes/bundled-grep.log');
const commands = {
  'node -e 0': [process.execPath, ['-e', '0']],
  'verify-lesson w12-l03 --paste small.log': [process.execPath, [join(root, 'dist/bin/verify-lesson.js'), 'w12-l03', '--paste', paste]],
};

// Prints the process's own CPU time (ms) on stderr as it exits; preloaded with --require, so it is CommonJS.
const CPU_HOOK = `process.on('exit', () => { const u = process.cpuUsage(); require('node:fs').writeSync(2, '\\ncold-start-cpu-ms ' + (u.user + u.system) / 1000 + '\\n'); });`;
const cpuHookFile = join(mkdtempSync(join(tmpdir(), 'vl-cold-start-')), 'cpu-hook.cjs');
writeFileSync(cpuHookFile, CPU_HOOK);

function cpuOnce([cmd, args]) {
  const result = spawnSync(cmd, ['--require', cpuHookFile, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = /cold-start-cpu-ms ([\d.]+)/.exec(result.stderr)?.[1];
  if (ms === undefined) throw new Error(`${args.join(' ')} reported no CPU time: ${result.stderr}`);
  return Number(ms);
}

function timeOnce([cmd, args]) {
  const start = process.hrtime.bigint();
  const result = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
for (const command of Object.values(commands)) timeOnce(command); // warm the page cache once
for (let i = 0; i < runs; i++) {
  for (const [name, command] of Object.entries(commands)) times[name].push(timeOnce(command));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = Object.entries(times).map(([name, xs]) => ({ name, median: median(xs), min: Math.min(...xs) }));
console.log(`cold start, ${runs} interleaved runs each (ms)`);
for (const row of rows) console.log(`  ${row.name.padEnd(42)} median ${row.median.toFixed(1).padStart(6)}   min ${row.min.toFixed(1).padStart(6)}`);
// The bin compiles the CLI bundle with V8's code cache written at build time; a rejected cache (another Node, other
// flags) still runs, only slower, so say which this run measured.
const probe = `import(${JSON.stringify(pathToFileURL(join(root, 'dist/cli/load-cli-bundle.js')).href)}).then((m) => console.log(m.loadCliBundle(${JSON.stringify(join(root, 'dist/cli/verify-lesson-cli.cjs'))}).codeCache))`;
console.log(`  code cache: ${spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).stdout.trim()}`);
const ratio = rows[1].median / rows[0].median;
console.log(`  ratio (median): ${ratio.toFixed(2)}x   target <= 1.60x`);

const cpu = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
try {
  for (let i = 0; i < runs; i++) {
    for (const [name, command] of Object.entries(commands)) cpu[name].push(cpuOnce(command));
  }
} finally {
  rmSync(dirname(cpuHookFile), { recursive: true, force: true });
}
console.log(`CPU time (user + system), ${runs} interleaved runs each (ms)`);
for (const [name, xs] of Object.entries(cpu)) console.log(`  ${name.padEnd(42)} median ${median(xs).toFixed(1).padStart(6)}   min ${Math.min(...xs).toFixed(1).padStart(6)}`);
const [base, cli] = Object.values(cpu);
console.log(`  ratio (median): ${(median(cli) / median(base)).toFixed(2)}x`);
