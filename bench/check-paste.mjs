// Benchmark of checkPaste (plain Node ESM, no TypeScript): verdicts/s on a 10 KB paste, and time for 1, 5 and
// 10 MB pastes (size cap raised) to show it is linear in size. Targets: >= 20,000 verdicts/s at 10 KB on one
// core; 10 MB under 200 ms. Also, side by side in one process: checkPaste at 10 KB ÷ one charCodeAt pass over the
// same text (target <= 2.2×) and bytes input ÷ string input (target <= 1.1×), as ratios of medians; side-by-side
// pane detection ÷ checkPaste at 10 KB (target <= 5 %); the literal scan alone ÷ the same pass, in WebAssembly and
// in JavaScript; and the pass and checkPaste alone in a fresh process (bench/pass-pair.mjs: the steadier ratio).
//
//   npm run build && node bench/check-paste.mjs
//
// Uses dist/index.js when it exports checkPaste; otherwise bundles src/proof/index.ts with esbuild into a
// temporary directory first (so it also runs before the library entry exports the verdict API).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makePaste } from './bench-paste.mjs';
import { charCodePass, median, timeBatch } from './interleaved-timing.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function loadApi() {
  const dist = join(root, 'dist/index.js');
  if (existsSync(dist)) {
    const api = await import(pathToFileURL(dist).href);
    if (typeof api.checkPaste === 'function') return { api, source: 'dist/index.js' };
  }
  const dir = mkdtempSync(join(tmpdir(), 'verify-lesson-bench-'));
  try {
    const outfile = join(dir, 'proof.mjs');
    await build({ entryPoints: [join(root, 'src/proof/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning' });
    return { api: await import(pathToFileURL(outfile).href), source: 'src/proof (temporary esbuild bundle)' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function loadPaneDetection() {
  const dir = mkdtempSync(join(tmpdir(), 'verify-lesson-bench-'));
  try {
    const entry = join(dir, 'entry.mjs');
    writeFileSync(
      entry,
      `export { detectPaneLayout, PANE_SCAN_LITERALS } from ${JSON.stringify(join(root, 'src/log-events/detect-pane-layout.ts'))};\n` +
        `export { indexLines } from ${JSON.stringify(join(root, 'src/log-events/paste-lines.ts'))};\n` +
        `export { createPatternScanner, linesHoldingLiteral, planLiteralScan } from ${JSON.stringify(join(root, 'src/proof/scan-pattern.ts'))};\n`,
    );
    const outfile = join(dir, 'panes.mjs');
    await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Named exports of source modules (`{ name: 'src/…ts' }`), bundled with esbuild into a temporary directory.
async function loadSources(exportsFrom) {
  const dir = mkdtempSync(join(tmpdir(), 'verify-lesson-bench-'));
  try {
    const entry = join(dir, 'entry.mjs');
    writeFileSync(entry, Object.entries(exportsFrom).map(([name, file]) => `export { ${name} } from ${JSON.stringify(join(root, file))};\n`).join(''));
    const outfile = join(dir, 'sources.mjs');
    await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The literal scan of a verdict (src/proof/literal-automaton.ts, literal-scan-wasm.ts), bundled from src with a
// checkPaste of its own, so the plan below is the very one its verdicts use (planLiteralScan caches it per set).
async function loadLiteralScan(lesson, small) {
  const dir = mkdtempSync(join(tmpdir(), 'verify-lesson-bench-'));
  try {
    const entry = join(dir, 'entry.mjs');
    const from = (file, names) => `export { ${names} } from ${JSON.stringify(join(root, file))};\n`;
    writeFileSync(
      entry,
      from('src/proof/check-paste.ts', 'checkPaste, SCAN_ALSO_LITERALS') +
        from('src/proof/compile-pattern.ts', 'compilePattern') +
        from('src/proof/scan-pattern.ts', 'planLiteralScan') +
        from('src/proof/literal-automaton.ts', 'decodeUtf8ForScan, findLiteralLines, findLiteralLinesInJs, literalScanEngine') +
        from('src/log-events/paste-lines.ts', 'indexLines') +
        from('src/proof/compile-event-patterns.ts', 'BUILT_IN_MARK_PATTERNS'),
    );
    const outfile = join(dir, 'scan.mjs');
    await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning' });
    // A second instance of the same modules, which finds no WebAssembly when it first looks (as under --jitless).
    const withWasm = await import(pathToFileURL(outfile).href);
    const withoutWasm = await import(`${pathToFileURL(outfile).href}?without-wasm`);
    const { WebAssembly: wasm } = globalThis;
    globalThis.WebAssembly = undefined;
    try {
      withoutWasm.checkPaste(lesson, small);
      withoutWasm.checkPaste(lesson, small);
    } finally {
      globalThis.WebAssembly = wasm;
    }
    return { ...withWasm, withoutWasm };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// w12-l03 through parseLesson when the library exports it, else the same criteria by hand.
function loadLesson(api) {
  if (typeof api.parseLesson === 'function') {
    const file = join(root, 'lessons/w12-l03.md');
    const { lesson } = api.parseLesson(readFileSync(file, 'utf8'), file);
    if (lesson) return lesson;
  }
  return {
    id: 'w12-l03',
    xp: 50,
    proof: {
      type: 'paste',
      instructions: '',
      regex_patterns: ['timeout|timed out|no heartbeat', 'kill|SIGTERM|stopped|terminated'],
      timing: {
        window_ms: 300,
        followers: 2,
        kill_pattern: 'received SIG(TERM|INT|KILL)|\\bSIG(TERM|INT|KILL)\\b|shutting down|\\bkill(ed)?\\b|terminated|stopped',
        heartbeat_pattern: 'heartbeat timeout|election timeout|no heartbeat|no message from (the )?leader',
        connection_pattern: 'connection (to (the )?leader )?(lost|closed|reset)|\\bEOF\\b|ECONNRESET|broken pipe',
      },
    },
    sections: [],
  };
}

function cpuSeconds(since) {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1e6;
}

const { api, source } = await loadApi();
const lesson = loadLesson(api);
const rows = [];

// 10 KB: throughput.
const small = makePaste(10 * 1024);
const check = api.checkPaste(lesson, small);
if (!check.passed) throw new Error('benchmark paste should pass');
for (let i = 0; i < 3000; i++) api.checkPaste(lesson, small);
let best = { wall: 0, cpu: 0 };
for (let round = 0; round < 5; round++) {
  const n = 10_000;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) api.checkPaste(lesson, small);
  const wall = n / ((performance.now() - t0) / 1000);
  const cpu = n / cpuSeconds(cpu0);
  if (wall > best.wall) best = { wall, cpu };
}
// Side by side in this process: N interleaved rounds, each timing a batch of {one charCodeAt pass over the 10 KB
// text} and of {checkPaste on the same text}; the ratio of the medians is independent of the machine's speed.
// Same for bytes (a Uint8Array of the text, what the CLI and text/plain pass) against the string.
let sink = 0;
const smallBytes = new TextEncoder().encode(small);
const plain = makePaste(10 * 1024, { prefix: false });
if (!api.checkPaste(lesson, plain).passed) throw new Error('benchmark paste without prefixes should pass');
for (let i = 0; i < 500; i++) api.checkPaste(lesson, plain);
for (let i = 0; i < 20_000; i++) sink ^= charCodePass(small);
for (let i = 0; i < 500; i++) api.checkPaste(lesson, smallBytes);
const ROUNDS = 101;
const BATCH = 50;
const passMs = [];
const stringMs = [];
const bytesMs = [];
// The bytes decoded by the caller, then checked as a string: what of the bytes path is decoding alone.
const decodedMs = [];
const decoder = new TextDecoder();
const plainPassMs = [];
const plainMs = [];
// The string rows check one string object again and again; a server or the CLI gets a new one each time (from its
// body or file), young in V8's heap: 64 fresh copies of the same text, cycled, show what a new string costs a verdict
// beyond its content (the young-generation GC of its 21 KB, write barriers where a regex runs on it), against which
// the bytes row can be read too.
const copies = Array.from({ length: 64 }, () => Buffer.from(small, 'utf16le').toString('utf16le'));
if (copies.some((copy) => copy !== small)) throw new Error('a fresh copy differs from the bench paste');
let copyAt = 0;
for (let i = 0; i < 500; i++) api.checkPaste(lesson, copies[i % copies.length]);
const freshMs = [];
// A string made new from the text's UTF-16 code units before each verdict (Buffer's copy into a new two-byte string,
// the bench paste holding em dashes): what a bytes verdict pays whatever decodes its bytes — V8's copy, the young-
// generation GC of 21 KB more per verdict, the write barriers of regexes run on a young string — with no decoding (see
// row 11). It overstates that by the copy of the code units into the literal scan's memory (about 0.2 µs), which a
// string verdict makes and a bytes verdict's decode does in place.
const smallUnits = Buffer.from(small, 'utf16le');
for (let i = 0; i < 500; i++) api.checkPaste(lesson, smallUnits.toString('utf16le'));
const madeMs = [];
for (let round = 0; round < ROUNDS; round++) {
  passMs.push(timeBatch(() => (sink ^= charCodePass(small)), BATCH));
  stringMs.push(timeBatch(() => api.checkPaste(lesson, small), BATCH));
  bytesMs.push(timeBatch(() => api.checkPaste(lesson, smallBytes), BATCH));
  decodedMs.push(timeBatch(() => api.checkPaste(lesson, decoder.decode(smallBytes)), BATCH));
  plainPassMs.push(timeBatch(() => (sink ^= charCodePass(plain)), BATCH));
  plainMs.push(timeBatch(() => api.checkPaste(lesson, plain), BATCH));
  freshMs.push(timeBatch(() => api.checkPaste(lesson, copies[(copyAt = (copyAt + 1) % copies.length)]), BATCH));
  madeMs.push(timeBatch(() => api.checkPaste(lesson, smallUnits.toString('utf16le')), BATCH));
}
const passRatio = median(stringMs) / median(passMs);
const plainRatio = median(plainMs) / median(plainPassMs);
const bytesRatio = median(bytesMs) / median(stringMs);
if (sink === 0.5) console.log(sink);

rows.push({ case: `10 KB (${small.length} chars)`, result: `${Math.round(best.wall).toLocaleString('en')} verdicts/s`, target: '>= 20,000 verdicts/s', ok: best.wall >= 20_000 });
rows.push({
  case: '10 KB: checkPaste ÷ one charCodeAt pass',
  result: `${passRatio.toFixed(2)}× (medians of ${ROUNDS} interleaved rounds: ${(median(stringMs) * 1000).toFixed(1)} µs vs ${(median(passMs) * 1000).toFixed(1)} µs)`,
  target: '<= 2.2×',
  ok: passRatio <= 2.2,
});
rows.push({
  case: '10 KB without grep prefixes (cat): ÷ one charCodeAt pass',
  result: `${plainRatio.toFixed(2)}× (${(median(plainMs) * 1000).toFixed(1)} µs vs ${(median(plainPassMs) * 1000).toFixed(1)} µs, ${plain.length} chars)`,
  target: '<= 2.2×',
  ok: plainRatio <= 2.2,
});
rows.push({
  case: '10 KB: bytes input ÷ string input',
  result: `${bytesRatio.toFixed(2)}× (${(median(bytesMs) * 1000).toFixed(1)} µs vs ${(median(stringMs) * 1000).toFixed(1)} µs; TextDecoder then the string: ${(median(decodedMs) * 1000).toFixed(1)} µs)`,
  target: '<= 1.1×',
  ok: bytesRatio <= 1.1,
});
rows.push({
  case: '10 KB: a fresh copy of the string each verdict ÷ the same string',
  result: `${(median(freshMs) / median(stringMs)).toFixed(2)}× (${(median(freshMs) * 1000).toFixed(1)} µs vs ${(median(stringMs) * 1000).toFixed(1)} µs); bytes ÷ fresh copies ${(median(bytesMs) / median(freshMs)).toFixed(2)}×`,
  target: '',
  ok: true,
});

// Two shapes the bench paste is not, timed interleaved with it (no target; they show where time goes on other pastes):
// a failing one (no line says "timeout", so the patterns check fails and looks for the lesson's hints) and one where
// every line is an event (each follower line says whom it follows, as raft implementations log at info level).
const failing = small.replace(/WARN {2}heartbeat timeout — no message from leader in 300ms/g, 'WARN  slow append to the leader (300ms)');
const allEvents = small.replace(/(DEBUG|INFO) {1,2}(append entries|applied index|heartbeat from|persisted hard|snapshot check).*$/gm, 'INFO  following leader node1 (term 3)');
// The bench paste's five event lines alone (the kill, two lost connections, two timeouts): what a verdict costs
// whatever the paste's size — reading and measuring the events, the findings — against what 10 KB adds.
const eventsOnly = `${small.split('\n').filter((line) => /SIGTERM|lost \(EOF\)|heartbeat timeout/.test(line)).join('\n')}\n`;
if (api.checkPaste(lesson, failing).passed || !api.checkPaste(lesson, allEvents).passed || !api.checkPaste(lesson, eventsOnly).passed) {
  throw new Error('the failing / all-events / events-only shapes should fail / pass / pass');
}
for (let i = 0; i < 500; i++) api.checkPaste(lesson, failing), api.checkPaste(lesson, allEvents), api.checkPaste(lesson, eventsOnly);
const shapeMs = { passing: [], failing: [], allEvents: [], eventsOnly: [] };
for (let round = 0; round < ROUNDS; round++) {
  shapeMs.passing.push(timeBatch(() => api.checkPaste(lesson, small), BATCH));
  shapeMs.failing.push(timeBatch(() => api.checkPaste(lesson, failing), BATCH));
  shapeMs.allEvents.push(timeBatch(() => api.checkPaste(lesson, allEvents), BATCH));
  shapeMs.eventsOnly.push(timeBatch(() => api.checkPaste(lesson, eventsOnly), BATCH));
}
const us = (values) => `${(median(values) * 1000).toFixed(1)} µs`;
rows.push({
  case: '10 KB failing (patterns) / every line an event',
  result: `${us(shapeMs.failing)} / ${us(shapeMs.allEvents)} (the bench paste: ${us(shapeMs.passing)})`,
  target: '',
  ok: true,
});
rows.push({
  case: 'its 5 event lines alone (per-verdict cost) ÷ the 10 KB paste',
  result: `${((median(shapeMs.eventsOnly) / median(shapeMs.passing)) * 100).toFixed(0)} % (${us(shapeMs.eventsOnly)}, ${eventsOnly.length} chars, vs ${us(shapeMs.passing)})`,
  target: '',
  ok: true,
});

// Side-by-side pane detection (src/log-events/detect-pane-layout.ts, a step before the log-event model) on the
// same 10 KB paste, interleaved with checkPaste: its share of a verdict. It samples 48 rows, so on 10 MB it stays
// a constant. It is given where the border glyphs are, as checkPaste gives it from the verdict's literal scan (which
// the verdict pays for anyway). Bundled from src (it is not part of the package API).
const panes = await loadPaneDetection();
const lines10k = panes.indexLines(small);
const glyphScanner = panes.createPatternScanner(lines10k, Infinity, panes.planLiteralScan([], panes.PANE_SCAN_LITERALS));
const glyphLines10k = (glyph) => panes.linesHoldingLiteral(glyphScanner, glyph);
const detectMs = [];
const verdictMs = [];
for (let round = 0; round < ROUNDS; round++) {
  detectMs.push(timeBatch(() => panes.detectPaneLayout(lines10k, glyphLines10k), BATCH));
  verdictMs.push(timeBatch(() => api.checkPaste(lesson, small), BATCH));
}
const detectShare = median(detectMs) / median(verdictMs);
rows.push({
  case: '10 KB: pane detection ÷ checkPaste',
  result: `${(detectShare * 100).toFixed(1)} % (${(median(detectMs) * 1000).toFixed(1)} µs vs ${(median(verdictMs) * 1000).toFixed(1)} µs)`,
  target: '<= 5 %',
  ok: detectShare <= 0.05,
});

// The literal scan alone, side by side with a charCodeAt pass on the same 10 KB text: in WebAssembly (what verdicts
// run after the first per lesson) and in JavaScript (its reference, and the fallback without WebAssembly). The
// patterns are those check-paste.ts's prepare() gives the automaton: the lesson's, its timing ones, the built-ins,
// and the literals it looks for besides (SCAN_ALSO_LITERALS: the reference mark's key, the pane border glyphs).
const scan = await loadLiteralScan(lesson, small);
const TIMING_KEYS = ['kill_pattern', 'heartbeat_pattern', 'connection_pattern'];
const scanSources = [...lesson.proof.regex_patterns, ...TIMING_KEYS.map((k) => lesson.proof.timing[k])];
scan.checkPaste(lesson, small);
scan.checkPaste(lesson, small);
const scanPatterns = scanSources.map(scan.compilePattern).flatMap((r) => (r.ok ? [r.pattern] : [])).concat(scan.BUILT_IN_MARK_PATTERNS.map(([, pattern]) => pattern));
const { automaton } = scan.planLiteralScan(scanPatterns, scan.SCAN_ALSO_LITERALS);
// Its own verdicts' second scan switched this automaton to WebAssembly: the plan is theirs.
if (scan.literalScanEngine(automaton) !== 'wasm') throw new Error('the literal scan of checkPaste did not run in WebAssembly');
const smallLines = scan.indexLines(small);
const scanArgs = [automaton, small, smallLines.ends, smallLines.count];
// What a scan found: its accepting steps and every literal's lines (a LiteralLines lists them when asked).
const foundBy = (found) => JSON.stringify([[...found.hits], found.byId.map((lines) => lines && [...lines]), found.found]);
if (foundBy(scan.findLiteralLines(...scanArgs)) !== foundBy(scan.findLiteralLinesInJs(...scanArgs))) throw new Error('wasm and JS scans differ');
for (let i = 0; i < 2000; i++) scan.findLiteralLines(...scanArgs), scan.findLiteralLinesInJs(...scanArgs);
const scanPassMs = [];
const wasmScanMs = [];
const jsScanMs = [];
for (let round = 0; round < ROUNDS; round++) {
  scanPassMs.push(timeBatch(() => (sink ^= charCodePass(small)), BATCH));
  wasmScanMs.push(timeBatch(() => scan.findLiteralLines(...scanArgs), BATCH));
  jsScanMs.push(timeBatch(() => scan.findLiteralLinesInJs(...scanArgs), BATCH));
}
// The whole verdict with each: the first instance's checkPaste scans in WebAssembly, the second in JavaScript.
const withWasmMs = [];
const withoutWasmMs = [];
for (let i = 0; i < 500; i++) scan.withoutWasm.checkPaste(lesson, small);
for (let round = 0; round < ROUNDS; round++) {
  withWasmMs.push(timeBatch(() => scan.checkPaste(lesson, small), BATCH));
  withoutWasmMs.push(timeBatch(() => scan.withoutWasm.checkPaste(lesson, small), BATCH));
}
const wasmScanRatio = median(wasmScanMs) / median(scanPassMs);
const jsScanRatio = median(jsScanMs) / median(scanPassMs);
rows.push({
  case: `10 KB: literal scan (${automaton.literals.length} literals) ÷ one charCodeAt pass`,
  result: `${wasmScanRatio.toFixed(2)}× in WebAssembly, ${jsScanRatio.toFixed(2)}× in JavaScript (${(median(wasmScanMs) * 1000).toFixed(1)} / ${(median(jsScanMs) * 1000).toFixed(1)} µs vs ${(median(scanPassMs) * 1000).toFixed(1)} µs)`,
  target: '',
  ok: true,
});
rows.push({
  case: '10 KB: checkPaste, literal scan in WebAssembly ÷ in JavaScript',
  result: `${(median(withWasmMs) / median(withoutWasmMs)).toFixed(2)}× (${(median(withWasmMs) * 1000).toFixed(1)} vs ${(median(withoutWasmMs) * 1000).toFixed(1)} µs)`,
  target: '',
  ok: true,
});

// The per-line head scan alone (src/log-events/scan-lines.ts: each line's node, kind and where its time starts),
// side by side with a charCodeAt pass, on the grep and the cat paste. Bundled from src (not part of the package API).
const heads = await loadSources({ scanLines: 'src/log-events/scan-lines.ts', indexLines: 'src/log-events/paste-lines.ts' });
const headLines = { grep: heads.indexLines(small), cat: heads.indexLines(plain) };
for (let i = 0; i < 3000; i++) heads.scanLines(headLines.grep), heads.scanLines(headLines.cat);
const headMs = { grep: [], cat: [] };
const headPassMs = [];
for (let round = 0; round < ROUNDS; round++) {
  headPassMs.push(timeBatch(() => (sink ^= charCodePass(small)), BATCH));
  for (const shape of ['grep', 'cat']) headMs[shape].push(timeBatch(() => heads.scanLines(headLines[shape]), BATCH));
}
rows.push({
  case: '10 KB: head scan (scanLines) ÷ one charCodeAt pass, grep / cat',
  result: `${(median(headMs.grep) / median(headPassMs)).toFixed(2)}× / ${(median(headMs.cat) / median(headPassMs)).toFixed(2)}× (${(median(headMs.grep) * 1000).toFixed(1)} / ${(median(headMs.cat) * 1000).toFixed(1)} µs vs ${(median(headPassMs) * 1000).toFixed(1)} µs)`,
  target: '',
  ok: true,
});

// The bytes path's decode alone (src/proof/decode-utf8-wasm.ts run in the literal scan's memory, as a bytes verdict
// runs it: copy in, the wasm kernel, the UTF-16 string; the scan then reads the code units where they are), interleaved
// with string verdicts: its share of the bytes − string gap of the row above (the rest: the string being new to V8's
// young generation each verdict — its GC, and write barriers where a regex runs on it). Beside it, the part of that gap
// no decoder avoids: a string made new from the UTF-16 code units each verdict (madeMs above) less the same string.
// The automaton is the literal scan row's, from the same bundle (not package API).
const decodedHere = scan.decodeUtf8ForScan(automaton, smallBytes);
if (decodedHere?.text.slice(decodedHere.lead) !== small) throw new Error('the decode in the scan\'s memory did not decode the bench paste');
for (let i = 0; i < 3000; i++) scan.decodeUtf8ForScan(automaton, smallBytes);
const decodeMs = [];
for (let round = 0; round < ROUNDS; round++) {
  decodeMs.push(timeBatch(() => scan.decodeUtf8ForScan(automaton, smallBytes), BATCH));
  timeBatch(() => api.checkPaste(lesson, small), BATCH);
}
rows.push({
  case: '10 KB bytes: the decode alone, of the bytes − string gap',
  result: `${(median(decodeMs) * 1000).toFixed(1)} µs of ${((median(bytesMs) - median(stringMs)) * 1000).toFixed(1)} µs; a new string each verdict, no decode: ${((median(madeMs) - median(stringMs)) * 1000).toFixed(1)} µs of it`,
  target: '',
  ok: true,
});


// The pass and checkPaste alone, in a process of their own (bench/pass-pair.mjs): the ratio without this process's
// other rounds slowing the pass.
const pair = JSON.parse(execFileSync(process.execPath, [join(root, 'bench/pass-pair.mjs')], { encoding: 'utf8' }));
const pairRatio = (p) => p.checkUs / p.passUs;
rows.push({
  case: '10 KB ÷ one charCodeAt pass, the pair alone in a fresh process: grep / cat',
  result: `${pairRatio(pair.grep).toFixed(2)}× / ${pairRatio(pair.cat).toFixed(2)}× (${pair.grep.checkUs.toFixed(1)} vs ${pair.grep.passUs.toFixed(1)} µs; ${pair.cat.checkUs.toFixed(1)} vs ${pair.cat.passUs.toFixed(1)} µs)`,
  target: '<= 2.2×',
  ok: pairRatio(pair.grep) <= 2.2 && pairRatio(pair.cat) <= 2.2,
});
// 1, 5, 10 MB in a process of their own (bench/paste-sizes.mjs): here, after the 10 KB rounds, or before them, the
// heap those left or the first long pastes grew made a 1 MB verdict's GC cost up to twice its work (3.7 to 7 ms).
const sizes = JSON.parse(execFileSync(process.execPath, [join(root, 'bench/paste-sizes.mjs')], { encoding: 'utf8' }));
for (const { mb, ms } of sizes.rows) {
  rows.push({ case: `${mb} MB (cap raised)`, result: `${ms.toFixed(1)} ms (${(ms / mb).toFixed(1)} ms/MB), mean over 0.6 s`, target: mb === 10 ? '< 200 ms' : '', ok: mb !== 10 || ms < 200 });
}
const perMb = sizes.rows.map(({ mb, ms }) => ms / mb);
const spread = Math.max(...perMb) / Math.min(...perMb);
rows.push({ case: 'linearity (max/min ms per MB)', result: spread.toFixed(2), target: '~1 (linear)', ok: spread < 2 });
const [tail1, tail4] = sizes.tailRows;
const tailSpread = tail4.ms / tail4.mb / (tail1.ms / tail1.mb);
rows.push({
  case: '`tail -f` shape (a header every 2 lines): 1 / 4 MB',
  result: `${tail1.ms.toFixed(1)} / ${tail4.ms.toFixed(1)} ms; ms per MB at 4 MB ÷ at 1 MB ${tailSpread.toFixed(2)}`,
  target: '~1 (linear)',
  ok: tailSpread < 2,
});

// Over the cap: refused without reading.
const huge = makePaste(10 * 1024 * 1024);
const t0 = performance.now();
const refused = api.checkPaste(lesson, huge);
rows.push({ case: '10 MB at the default 5 MiB cap', result: `${(performance.now() - t0).toFixed(1)} ms → ${refused.checks[0].findings[0].code}`, target: 'fast refusal', ok: true });

const cpu = cpus();
console.log(`checkPaste benchmark — ${source}`);
console.log(`node ${process.version}, ${cpu.length} CPU(s): ${cpu[0]?.model ?? 'unknown'}; single thread`);
console.log(`10 KB CPU-time rate: ${Math.round(best.cpu).toLocaleString('en')} verdicts per CPU-second`);
console.table(rows.map((r) => ({ case: r.case, result: r.result, target: r.target, status: r.target ? (r.ok ? 'ok' : 'BELOW TARGET') : '' })));
