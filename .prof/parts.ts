import { readFileSync } from 'node:fs';
import { parseLesson } from '../src/index.js';
import { checkPaste } from '../src/proof/check-paste.js';
import { indexLines } from '../src/log-events/paste-lines.js';
import { scanLines } from '../src/log-events/scan-lines.js';
import { readLogEvents } from '../src/log-events/read-log-events.js';
import { compilePattern } from '../src/proof/compile-pattern.js';
import { createPatternScanner, planLiteralScan, findMatchingLines } from '../src/proof/scan-pattern.js';
import { BUILT_IN_EVENT_PATTERNS } from '../src/log-events/default-patterns.js';
import { normalizePasteText, decodePaste } from '../src/proof/normalize-paste.js';
const { lesson } = parseLesson(readFileSync('lessons/w12-l03.md', 'utf8'), 'w12-l03.md') as any;
const MESSAGES = [
  (i: number) => `DEBUG append entries from leader node1 term=3 prev_index=${i} entries=1 commit=${i}`,
  (i: number) => `INFO  applied index=${i} to the state machine (put k${i % 97})`,
  (i: number) => `DEBUG heartbeat from leader node1 term=3 commit=${i}`,
  (i: number) => `INFO  persisted hard state term=3 vote=1 commit=${i}`,
  (i: number) => `DEBUG snapshot check: log size ${1000 + i} entries, threshold 10000`,
];
function makePaste(bytes: number) {
  const kill = Date.UTC(2026, 10, 26, 19, 30, 1);
  const perFile = Math.max(1, Math.floor(bytes / 3 / 110));
  const lines: string[] = [];
  for (const node of [1, 2, 3]) {
    const prefix = `data/node${node}/node.log:`;
    for (let i = 0; i < perFile; i++) {
      const at = kill - (perFile - i) * 7;
      lines.push(`${prefix}${new Date(at).toISOString()} node${node} ${MESSAGES[(i + node) % MESSAGES.length]!(i)}`);
    }
    if (node === 1) lines.push(`${prefix}${new Date(kill).toISOString()} node1 INFO  received SIGTERM, shutting down`);
    else {
      lines.push(`${prefix}${new Date(kill + 10 + node).toISOString()} node${node} INFO  connection to leader node1 lost (EOF)`);
      lines.push(`${prefix}${new Date(kill + 280 + node).toISOString()} node${node} WARN  heartbeat timeout — no message from leader in 300ms`);
    }
  }
  return new TextDecoder().decode(new TextEncoder().encode(`${lines.join('\n')}\n`));
}
const text = makePaste(10 * 1024);
const timing = lesson.proof.timing;
const [kill, heartbeat, connection] = ['kill_pattern', 'heartbeat_pattern', 'connection_pattern'].map((k) => (compilePattern(timing[k]) as any).pattern);
const BUILT = BUILT_IN_EVENT_PATTERNS.map(([, r]) => (compilePattern(r.source) as any).pattern);
const regexPats = lesson.proof.regex_patterns.map((s: string) => (compilePattern(s) as any).pattern);
const plan = planLiteralScan([...regexPats, kill, heartbeat, connection, ...BUILT]);
console.log('literal regex:', plan.regex?.source);
let sink = 0;
function charCodePass(t: string) { let s = 0; for (let i = 0; i < t.length; i++) s = (s + t.charCodeAt(i)) | 0; return s; }
function bench(name: string, fn: () => unknown, n = 3000) {
  for (let i = 0; i < 500; i++) fn();
  const r: number[] = [];
  for (let k = 0; k < 7; k++) { const t0 = performance.now(); for (let i = 0; i < n / 7; i++) fn(); r.push((performance.now() - t0) / (n / 7) * 1000); }
  r.sort((a, b) => a - b);
  console.log(name.padEnd(30), r[0]!.toFixed(1), "µs");
}
const lines = indexLines(text);
const table = scanLines(lines);
const scanner = createPatternScanner(lines, 4096, plan);
const cands = [kill, heartbeat, connection, ...BUILT].map((p) => findMatchingLines(scanner, p));
const union = [...new Set(cands.flat())].sort((a, b) => a - b);
console.log('lines', lines.count, 'candidates', union.length, 'literal hits', [...scanner.literalLines!].map(([k, v]) => `${k}:${v.length}`).join(' '));
if (!process.argv[2]) bench('charCodePass', () => (sink ^= charCodePass(text)));
if (!process.argv[2]) bench('normalize+decode', () => normalizePasteText(decodePaste(text)));
if (!process.argv[2]) bench('indexLines', () => indexLines(text));
if (!process.argv[2]) bench('scanLines', () => scanLines(lines));
if (!process.argv[2]) bench('literal scan', () => createPatternScanner(lines, 4096, plan));
if (!process.argv[2]) bench('findMatchingLines x9', () => [kill, heartbeat, connection, ...BUILT].map((p) => findMatchingLines(scanner, p)));
if (!process.argv[2]) bench('readLogEvents(cands)', () => readLogEvents(lines, { kill, heartbeat, connection }, { table, candidates: union }));
if (!process.argv[2]) bench('checkPaste', () => checkPaste(lesson, text));
if (process.argv[2] === 'rle') { const t0 = performance.now(); let n = 0; while (performance.now() - t0 < 4000) { readLogEvents(lines, { kill, heartbeat, connection }, { table, candidates: union }); n++; } console.log('rle', ((performance.now() - t0) / n * 1000).toFixed(1)); }
if (process.argv[2] === 'ratio') {
  const med = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1]!;
  const tb = (fn: () => unknown, b: number) => { const t0 = performance.now(); for (let i = 0; i < b; i++) fn(); return (performance.now() - t0) / b; };
  for (let i = 0; i < 3000; i++) { checkPaste(lesson, text); sink ^= charCodePass(text); }
  const a: number[] = [], c: number[] = [];
  for (let r = 0; r < 101; r++) { a.push(tb(() => (sink ^= charCodePass(text)), 50)); c.push(tb(() => checkPaste(lesson, text), 50)); }
  const mn = (v: number[]) => Math.min(...v); console.log('RATIO med', (med(c) / med(a)).toFixed(2), 'min', (mn(c) / mn(a)).toFixed(2), (mn(c) * 1000).toFixed(1), 'µs vs', (mn(a) * 1000).toFixed(1));
}
if (process.argv[2] === 'cp') { const t0 = performance.now(); let n = 0; while (performance.now() - t0 < 5000) { checkPaste(lesson, text); n++; } console.log('cp', ((performance.now() - t0) / n * 1000).toFixed(1)); }
if (process.argv[2] === 'lit') {
  const src = plan.regex!.source;
  const ri = new RegExp(src, 'gi'), rs = new RegExp(src, 'g');
  const scanAll = (r: RegExp, t: string) => { r.lastIndex = 0; let n = 0; for (let m = r.exec(t); m; m = r.exec(t)) { n++; r.lastIndex = m.index + 1; } return n; };
  const variants: [string, () => number][] = [
    ['gi on text', () => scanAll(ri, text)],
    ['lower + g', () => scanAll(rs, text.toLowerCase())],
    ['toLowerCase only', () => text.toLowerCase().length],
    ['charCodePass', () => charCodePass(text)],
  ];
  for (const [name, fn] of variants) { for (let i = 0; i < 2000; i++) sink ^= fn(); }
  const res: Record<string, number[]> = {};
  for (let r = 0; r < 60; r++) for (const [name, fn] of variants) { const t0 = performance.now(); for (let i = 0; i < 50; i++) sink ^= fn(); (res[name] ??= []).push((performance.now() - t0) / 50 * 1000); }
  for (const [name] of variants) console.log(name.padEnd(20), Math.min(...res[name]!).toFixed(1), 'µs', scanAll(ri, text));
}
if (process.argv[2] === 'lit2') {
  const src = plan.regex!.source;
  const scanAll = (r: RegExp, t: string) => { r.lastIndex = 0; let n = 0; for (let m = r.exec(t); m; m = r.exec(t)) { n++; r.lastIndex = m.index + 1; } return n; };
  const mk = (min: number) => new RegExp(src.split('|').filter((l) => l.replace(/\\/g, '').length >= min).join('|'), 'gi');
  const variants: [string, RegExp][] = [[ 'all', mk(0)], ['>=4', mk(4)], ['>=5', mk(5)], ['>=6', mk(6)], ['>=7', mk(7)], ['leader only', /leader/gi], ['leader|timeout', /leader|timeout/gi], ['10 long', /shutting down|connection |heartbeat|election|terminated|candidate|transition|listening |initiali|appendentries/gi]];
  const res: Record<string, number[]> = {};
  for (let r = 0; r < 60; r++) for (const [name, re] of variants) { const t0 = performance.now(); for (let i = 0; i < 50; i++) sink ^= scanAll(re, text); (res[name] ??= []).push((performance.now() - t0) / 50 * 1000); }
  for (const [name, re] of variants) console.log(name.padEnd(20), Math.min(...res[name]!).toFixed(1), 'µs', scanAll(re, text), re.source.split('|').length);
}
function trieRegex(words: string[]): string {
  type T = Map<string, T> & { end?: boolean };
  const root: T = new Map();
  for (const w of words) { let n = root; for (const ch of w) { let c = n.get(ch); if (!c) n.set(ch, (c = new Map())); n = c; } n.end = true; }
  const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  const emit = (n: T): string => {
    const parts = [...n].map(([ch, c]) => esc(ch) + (c.end ? '' : emit(c)));
    // a node that ends a word needs no continuation (shorter literal suffices)
    if (parts.length === 1) return parts[0]!;
    return `(?:${parts.join('|')})`;
  };
  return emit(root);
}
if (process.argv[2] === 'lit3') {
  const words = plan.regex!.source.split('|').map((w) => w.replace(/\\/g, ''));
  const scanAll = (r: RegExp, t: string) => { r.lastIndex = 0; let n = 0; for (let m = r.exec(t); m; m = r.exec(t)) { n++; r.lastIndex = m.index + 1; } return n; };
  const trie = trieRegex(words);
  console.log(trie);
  const variants: [string, RegExp][] = [['all', new RegExp(plan.regex!.source, 'gi')], ['trie', new RegExp(trie, 'gi')]];
  const res: Record<string, number[]> = {};
  for (let r = 0; r < 60; r++) for (const [name, re] of variants) { const t0 = performance.now(); for (let i = 0; i < 50; i++) sink ^= scanAll(re, text); (res[name] ??= []).push((performance.now() - t0) / 50 * 1000); }
  for (const [name, re] of variants) console.log(name.padEnd(20), Math.min(...res[name]!).toFixed(1), 'µs', scanAll(re, text));
}
if (process.argv[2] === 'lit4') {
  const ri = new RegExp(plan.regex!.source, 'gi');
  const scanAll = (r: RegExp, t: string) => { r.lastIndex = 0; let n = 0; for (let m = r.exec(t); m; m = r.exec(t)) { n++; r.lastIndex = m.index + 1; } return n; };
  const testOnly = (r: RegExp, t: string) => { r.lastIndex = 0; let n = 0; while (r.test(t)) { n++; } return n; };
  const variants: [string, () => number][] = [
    ['exec loop', () => scanAll(ri, text)],
    ['test loop', () => testOnly(ri, text)],
    ['createPatternScanner', () => createPatternScanner(lines, 4096, plan).literalLines!.size],
    ['indexLines', () => indexLines(text).count],
    ['scanLines', () => scanLines(lines).kinds.length],
    ['charCodePass', () => charCodePass(text)],
  ];
  for (const [, fn] of variants) { for (let i = 0; i < 2000; i++) sink ^= fn(); }
  const res: Record<string, number[]> = {};
  for (let r = 0; r < 80; r++) for (const [name, fn] of variants) { const t0 = performance.now(); for (let i = 0; i < 30; i++) sink ^= fn(); (res[name] ??= []).push((performance.now() - t0) / 30 * 1000); }
  for (const [name] of variants) console.log(name.padEnd(22), Math.min(...res[name]!).toFixed(1), 'µs');
}
if (process.argv[2] === 'lit5') {
  const words = plan.regex!.source.split('|').map((w) => w.replace(/\\/g, ''));
  const cls = (w: string) => [...w].map((c) => /[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('');
  const manual = new RegExp(words.map(cls).join('|'), 'g');
  const trieM = new RegExp(trieRegex(words).replace(/(?<!\\)([a-z])/g, (c) => `[${c}${c.toUpperCase()}]`), 'g');
  const ri = new RegExp(plan.regex!.source, 'gi');
  const testOnly = (r: RegExp, t: string) => { r.lastIndex = 0; let n = 0; while (r.test(t)) { n++; } return n; };
  const variants: [string, () => number][] = [
    ['gi', () => testOnly(ri, text)],
    ['manual classes', () => testOnly(manual, text)],
    ['trie manual', () => testOnly(trieM, text)],
    ['charCodePass', () => charCodePass(text)],
  ];
  for (const [n, fn] of variants) { console.log(n, fn()); for (let i = 0; i < 2000; i++) sink ^= fn(); }
  const res: Record<string, number[]> = {};
  for (let r = 0; r < 80; r++) for (const [name, fn] of variants) { const t0 = performance.now(); for (let i = 0; i < 30; i++) sink ^= fn(); (res[name] ??= []).push((performance.now() - t0) / 30 * 1000); }
  for (const [name] of variants) console.log(name.padEnd(22), Math.min(...res[name]!).toFixed(1), 'µs');
}
if (process.argv[2] === 'sl') { const t0 = performance.now(); let n = 0; while (performance.now() - t0 < 4000) { scanLines(lines); n++; } console.log('sl', ((performance.now() - t0) / n * 1000).toFixed(1)); }
if (process.argv[2] === 'cpu') {
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  for (let i = 0; i < 3000; i++) { checkPaste(lesson, text); sink ^= charCodePass(text); }
  const a: number[] = [], c: number[] = [];
  for (let r = 0; r < 40; r++) {
    let t0 = cpu(); for (let i = 0; i < 200; i++) sink ^= charCodePass(text); a.push((cpu() - t0) / 200);
    t0 = cpu(); for (let i = 0; i < 200; i++) checkPaste(lesson, text); c.push((cpu() - t0) / 200);
  }
  const med = (v: number[]) => [...v].sort((x, y) => x - y)[v.length >> 1]!;
  console.log('CPU ratio med', (med(c) / med(a)).toFixed(2), 'min', (Math.min(...c) / Math.min(...a)).toFixed(2), (Math.min(...c) * 1000).toFixed(1), 'µs vs', (Math.min(...a) * 1000).toFixed(1));
}
if (process.argv[2] === 'lit6') {
  const reduced = ['closed by peer','kubectl delete','appendentries','shutting down','econnre','no heartbeat','broken pipe','connection ','peer closed','listening ','systemctl ','terminated','candidate','timed out','campaign','election','initiali','return','start','message','podman ','serving','stopped','timeout','docker','leader','epipe','boot','kill','eof','sig','vot'];
  const all = plan.regex!.source.split('|').map((w) => w.replace(/\\/g, ''));
  const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  const testOnly = (r: RegExp, t: string) => { r.lastIndex = 0; let n = 0; while (r.test(t)) { n++; } return n; };
  const mk: [string, RegExp][] = [['all', new RegExp(all.map(esc).join('|'), 'gi')], ['all trie', new RegExp(trieRegex(all), 'gi')], ['reduced', new RegExp(reduced.map(esc).join('|'), 'gi')], ['reduced trie', new RegExp(trieRegex(reduced), 'gi')], ['charCodePass', /x/g]];
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const res: Record<string, number[]> = {};
  for (let r = 0; r < 40; r++) for (const [name, re] of mk) { const t0 = cpu(); for (let i = 0; i < 200; i++) sink ^= name === 'charCodePass' ? charCodePass(text) : testOnly(re, text); (res[name] ??= []).push((cpu() - t0) / 200 * 1000); }
  for (const [name, re] of mk) console.log(name.padEnd(20), Math.min(...res[name]!).toFixed(1), 'µs', testOnly(re, text), reduced.length);
}
if (process.argv[2] === 'lit7') {
  const words = plan.regex!.source.split('|').map((w) => w.replace(/\\/g, ''));
  const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  const firsts = [...new Set(words.map((w) => w[0]!.toLowerCase()))].sort().join('');
  const testOnly = (r: RegExp, t: string) => { r.lastIndex = 0; let n = 0; while (r.test(t)) { n++; } return n; };
  const mk: [string, RegExp][] = [
    ['alt', new RegExp(words.map(esc).join('|'), 'gi')],
    ['trie', new RegExp(trieRegex(words), 'gi')],
    ['lookahead+alt', new RegExp(`(?=[${firsts}])(?:${words.map(esc).join('|')})`, 'gi')],
    ['lookahead+trie', new RegExp(`(?=[${firsts}])${trieRegex(words)}`, 'gi')],
    ['wordstart trie', new RegExp(`(?<![a-z])${trieRegex(words)}`, 'gi')],
    ['charCodePass', /x/g]];
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const res: Record<string, number[]> = {};
  for (let r = 0; r < 40; r++) for (const [name, re] of mk) { const t0 = cpu(); for (let i = 0; i < 200; i++) sink ^= name === 'charCodePass' ? charCodePass(text) : testOnly(re, text); (res[name] ??= []).push((cpu() - t0) / 200 * 1000); }
  for (const [name, re] of mk) console.log(name.padEnd(20), Math.min(...res[name]!).toFixed(1), 'µs', testOnly(re, text));
}
