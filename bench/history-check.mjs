// `node bench/history-check.mjs` (after `npm run build`): the linearizability checker, side by side with Porcupine.
// Histories: Porcupine's own test data (102 Jepsen etcd logs, 6 kv logs) when a built Porcupine checkout is found
// (PORCUPINE_DIR, default /work/porcupine-bench, with its bench binary PORCUPINE_DIR/vlbench — built outside this
// repo, never committed); otherwise fixtures/histories only, JS figures alone.
// Both checkers get the same operations with the same semantics (fail ops dropped, info ops open to the end), and
// each time is the mean of repeated checks over >= 300 ms after a warm-up. The answers must agree.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { checkHistory, parseHistoryText, selectModel } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const porcupineDir = process.env.PORCUPINE_DIR ?? '/work/porcupine-bench';
const goBench = join(porcupineDir, 'vlbench');
const haveGo = existsSync(goBench) && existsSync(join(porcupineDir, 'test_data'));

const files = [];
if (haveGo) {
  for (const name of readdirSync(join(porcupineDir, 'test_data/jepsen')).sort()) files.push({ group: 'etcd (Jepsen register logs)', path: join(porcupineDir, 'test_data/jepsen', name), model: 'register' });
  for (const name of readdirSync(join(porcupineDir, 'test_data/kv')).sort()) files.push({ group: `kv ${name.replace(/\.txt$/, '')}`, path: join(porcupineDir, 'test_data/kv', name), model: 'kv' });
} else {
  const dir = join(root, 'fixtures/histories');
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  for (const [name, want] of Object.entries(expected)) if (want.model) files.push({ group: 'fixtures/histories', path: join(dir, name), model: want.model });
  console.log(`Porcupine not found at ${porcupineDir} (set PORCUPINE_DIR): JS figures only`);
}

function timeJs(ops, model) {
  const options = { model: selectModel(model), nowMs: () => performance.now(), budgetMs: 60_000 };
  const answer = checkHistory(ops, options).verdict;
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < 300 || runs < 3) {
    checkHistory(ops, options);
    runs++;
  }
  return { answer, ms: (performance.now() - start) / runs };
}

const temp = mkdtempSync(join(tmpdir(), 'history-bench-'));
const groups = new Map();
let disagreements = 0;
try {
  for (const file of files) {
    const parsed = parseHistoryText(readFileSync(file.path, 'utf8'));
    if (!parsed.ok) continue; // etcd_095.log is empty
    const js = timeJs(parsed.operations, file.model);
    const row = groups.get(file.group) ?? { histories: 0, ops: 0, jsMs: 0, goMs: 0, answers: { linearizable: 0, 'not-linearizable': 0, unknown: 0 } };
    row.histories++;
    row.ops += parsed.operations.length;
    row.jsMs += js.ms;
    row.answers[js.answer]++;
    if (haveGo) {
      const ops = parsed.operations
        .filter((op) => op.outcome !== 'fail' && !(op.kind === 'read' && op.outcome === 'info'))
        .map((op) => ({ ...op, call: Math.round(op.invokeMs * 1000), ret: op.completeMs === null ? Number.MAX_SAFE_INTEGER : Math.round(op.completeMs * 1000) }));
      const input = join(temp, 'ops.json');
      writeFileSync(input, JSON.stringify({ model: file.model, ops }));
      const run = spawnSync(goBench, [input], { encoding: 'utf8' });
      const go = JSON.parse(run.stdout);
      row.goMs += go.ms;
      if (go.linearizable !== (js.answer === 'linearizable')) {
        disagreements++;
        console.log(`DISAGREE ${file.path}: js ${js.answer}, porcupine ${go.linearizable}`);
      }
    }
    groups.set(file.group, row);
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('histories', 30)}${pad('count', 7)}${pad('ops', 8)}${pad('answers (lin/not)', 19)}${pad('verify-lesson', 15)}${haveGo ? `${pad('Porcupine', 13)}ratio (JS/Go)` : ''}`);
let totalJs = 0;
let totalGo = 0;
for (const [group, row] of groups) {
  totalJs += row.jsMs;
  totalGo += row.goMs;
  const ratio = haveGo ? `${pad(`${row.goMs.toFixed(2)} ms`, 13)}${(row.jsMs / row.goMs).toFixed(2)}×` : '';
  console.log(`${pad(group, 30)}${pad(row.histories, 7)}${pad(row.ops, 8)}${pad(`${row.answers.linearizable}/${row.answers['not-linearizable']}`, 19)}${pad(`${row.jsMs.toFixed(2)} ms`, 15)}${ratio}`);
}
if (haveGo) console.log(`total: verify-lesson ${totalJs.toFixed(1)} ms, Porcupine ${totalGo.toFixed(1)} ms, ratio ${(totalJs / totalGo).toFixed(2)}× (answers disagree on ${disagreements})`);
process.exitCode = disagreements > 0 ? 1 : 0;
