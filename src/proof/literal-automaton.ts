// Finds every occurrence of many literals in one pass over a paste: an Aho–Corasick automaton over characters
// with ASCII case folded, stored as a dense transition table, so the pass costs one table step per character
// whatever the number of literals (a case-insensitive regex alternation of ~60 words costs about twice that in V8).
// Pure; the automaton is built once per literal set (per lesson) and reused for every verdict. Transitions are
// filled in as the scans first take them (as RE2 builds its DFA): a cold CLI checking one small paste does not
// pay for the whole table (w12-l03: 3,163 states × 31 columns). The scan itself runs as WebAssembly where it can
// (literal-scan-wasm.ts, which has the whole table computed at once: resolveAll); the JavaScript scan here is its
// reference and fallback.
import { createWasmLiteralScan, type WasmLiteralScan } from './literal-scan-wasm.js';
import type { DecodedUtf8 } from './decode-utf8-wasm.js';
import { allocateLineInt32s } from '../log-events/line-arrays.js';
import { indexLinesFromBreaks, type PasteLines } from '../log-events/paste-lines.js';

/** A compiled literal set (see compileLiteralAutomaton). */
export interface LiteralAutomaton {
  /** The literals, lower-case; their index is the id used by findLiteralLines. */
  readonly literals: readonly string[];
  /** Character code → column (0: a character no literal holds, which leads back to the start). */
  readonly columnOf: Uint8Array;
  /** Row-major transitions; a state is its row's offset (state index × columns), the start state is 0; UNSET: not yet taken. */
  readonly next: Uint16Array | Uint32Array;
  /** States (row offsets) from here on end at least one literal; UNSET is above them too. */
  readonly acceptFrom: number;
  /** Per accepting state (index: offset ÷ columns − first accepting index): the literal ids ending there. */
  readonly ends: readonly (readonly number[])[];
  /**
   * `ends` flattened, for the per-hit loop (one contiguous array instead of thousands of small ones scattered in the
   * heap): accepting state k's ids are `endIds[endStarts[k]]` up to `endIds[endStarts[k + 1]]`.
   */
  readonly endStarts: Int32Array;
  readonly endIds: Int32Array;
  /** The inverse of `ends`: literal id k ends in the accepting states `idStates[idStateStarts[k]]` up to `idStates[idStateStarts[k + 1]]`. */
  readonly idStateStarts: Int32Array;
  readonly idStates: Int32Array;
  /**
   * An array of `literals.length` holes: a scan's per-id lines start as its copy, which costs less than allocating
   * that many holes anew (`new Array(n)`: a few hundred ns at 600 literals, on every verdict).
   */
  readonly noLines: readonly undefined[];
  /**
   * The accepting states each scan reached (stepLinesOf), without an array a scan: a state holds the number of the
   * last scan that reached it. A LiteralLines reads it while no later scan of the automaton has written it.
   */
  readonly reachedBy: { scans: number; readonly scan: Float64Array };
  readonly columns: number;
  /** The transition from a state (row offset) on a column, computed and stored the first time it is taken. */
  readonly resolve: (state: number, column: number) => number;
  /** The table value of a transition not computed yet. */
  readonly unset: number;
  /** Computes and stores every transition at once (the WebAssembly scan copies the whole table). */
  readonly resolveAll: () => void;
}

// ECMAScript's white space (`\s`) without the line breaks \n and \r.
const WHITE_SPACE: ReadonlySet<number> = new Set([
  0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);

/**
 * The character the scan sees for `code`: ASCII letters lower-cased and every white space but line breaks as a
 * space (so `\s` in a pattern is one literal character), and `-` and `_` as a space too (a pattern's word gap,
 * compile-pattern.ts's widenWordGaps, is one literal character). Literals are written in folded characters.
 */
export function foldLiteralChar(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 32;
  if (code === 0x2d || code === 0x5f || WHITE_SPACE.has(code)) return 0x20;
  return code;
}

/** `text` in the characters the scan sees (foldLiteralChar): as a literal, it finds `text` whatever its case and word joiners. */
export function foldLiteral(text: string): string {
  let folded = '';
  for (let k = 0; k < text.length; k++) folded += String.fromCharCode(foldLiteralChar(text.charCodeAt(k)));
  return folded;
}

/** Builds the automaton of `literals`: non-empty strings in folded characters (see foldLiteralChar). */
export function compileLiteralAutomaton(literals: readonly string[]): LiteralAutomaton {
  const columnOf = new Uint8Array(0x10000);
  let columns = 1;
  let capacity = 1;
  for (const literal of literals) {
    capacity += literal.length;
    for (let k = 0; k < literal.length; k++) {
      const code = foldLiteralChar(literal.charCodeAt(k));
      if (columnOf[code] === 0) {
        if (columns === 255) throw new Error('literal set uses more than 254 distinct characters');
        columnOf[code] = columns++;
      }
    }
  }
  for (let upper = 0x41; upper <= 0x5a; upper++) columnOf[upper] = columnOf[upper + 32]!;
  for (const space of WHITE_SPACE) columnOf[space] = columnOf[0x20]!;
  columnOf[0x2d] = columnOf[0x5f] = columnOf[0x20]!;

  // The trie (-1: no edge), with each node's parent, incoming column and depth.
  const goto = new Int32Array(capacity * columns).fill(-1);
  const parent = new Int32Array(capacity);
  const via = new Int32Array(capacity);
  const depth = new Int32Array(capacity);
  const own: (number[] | undefined)[] = [];
  let count = 1;
  literals.forEach((literal, id) => {
    let state = 0;
    for (let k = 0; k < literal.length; k++) {
      const column = columnOf[foldLiteralChar(literal.charCodeAt(k))]!;
      const edge = state * columns + column;
      if (goto[edge]! < 0) {
        parent[count] = state;
        via[count] = column;
        depth[count] = depth[state]! + 1;
        goto[edge] = count++;
      }
      state = goto[edge]!;
    }
    (own[state] ??= []).push(id);
  });
  // Aho–Corasick's failure links, shallow nodes first, through memoised transitions (-2: not computed yet);
  // `output`: the nearest node on the failure chain (itself included) that ends a literal, or -1.
  const delta = new Int32Array(count * columns).fill(-2);
  const fail = new Int32Array(count);
  const step = (node: number, column: number): number => {
    const edge = node * columns + column;
    let to = delta[edge]!;
    if (to === -2) {
      to = goto[edge]! >= 0 ? goto[edge]! : node === 0 ? 0 : step(fail[node]!, column);
      delta[edge] = to;
    }
    return to;
  };
  // Nodes by depth (a counting sort: this runs cold).
  let deepest = 0;
  for (let node = 0; node < count; node++) if (depth[node]! > deepest) deepest = depth[node]!;
  const firstOfDepth = new Int32Array(deepest + 2);
  for (let node = 0; node < count; node++) firstOfDepth[depth[node]! + 1]!++;
  for (let d = 1; d <= deepest + 1; d++) firstOfDepth[d]! += firstOfDepth[d - 1]!;
  const byDepth = new Int32Array(count);
  for (let node = 0; node < count; node++) byDepth[firstOfDepth[depth[node]!]!++] = node;
  const output = new Int32Array(count).fill(-1);
  for (const node of byDepth) {
    if (node === 0) continue;
    fail[node] = parent[node] === 0 ? 0 : step(fail[parent[node]!]!, via[node]!);
    output[node] = own[node] !== undefined ? node : output[fail[node]!]!;
  }
  // Renumber: non-accepting nodes first (the start stays 0), so "does this state end a literal" is one comparison.
  const index = new Int32Array(count);
  const nodeAt = new Int32Array(count);
  let next = 0;
  for (let node = 0; node < count; node++) if (output[node]! < 0) nodeAt[(index[node] = next++)] = node;
  const acceptIndex = next;
  const ends: number[][] = [];
  for (let node = 0; node < count; node++) {
    if (output[node]! < 0) continue;
    nodeAt[(index[node] = next++)] = node;
    const ids: number[] = [];
    for (let at = output[node]!; at >= 0; at = output[fail[at]!]!) for (const id of own[at]!) ids.push(id);
    ends.push(ids.sort((a, b) => a - b));
  }
  const endStarts = new Int32Array(ends.length + 1);
  for (let k = 0; k < ends.length; k++) endStarts[k + 1] = endStarts[k]! + ends[k]!.length;
  const endIds = Int32Array.from(ends.flat());
  const idStateStarts = new Int32Array(literals.length + 1);
  for (const id of endIds) idStateStarts[id + 1]!++;
  for (let id = 0; id < literals.length; id++) idStateStarts[id + 1]! += idStateStarts[id]!;
  const idStates = new Int32Array(endIds.length);
  const fill = idStateStarts.slice(0, literals.length);
  ends.forEach((ids, state) => {
    for (const id of ids) idStates[fill[id]!++] = state;
  });
  const size = count * columns;
  const table = size < 0xffff ? new Uint16Array(size).fill(0xffff) : new Uint32Array(size).fill(0xffffffff);
  const unset = size < 0xffff ? 0xffff : 0xffffffff;
  const resolve = (state: number, column: number): number => {
    const to = index[step(nodeAt[state / columns]!, column)]! * columns;
    table[state + column] = to;
    return to;
  };
  // Straight into the table, shallow nodes first: a node without an edge on a column goes where its failure link
  // (a shallower node, whose row is complete) goes. One plain loop: it runs cold, once per automaton.
  const resolveAll = (): void => {
    for (let k = 0; k < count; k++) {
      const node = byDepth[k]!;
      const row = node * columns;
      const state = index[node]! * columns;
      const failState = index[fail[node]!]! * columns;
      for (let column = 0; column < columns; column++) {
        const edge = goto[row + column]!;
        table[state + column] = edge >= 0 ? index[edge]! * columns : node === 0 ? 0 : table[failState + column]!;
      }
    }
  };
  return { literals, columnOf, next: table, acceptFrom: acceptIndex * columns, ends, endStarts, endIds, idStateStarts, idStates, noLines: new Array<undefined>(literals.length), reachedBy: { scans: 0, scan: new Float64Array(ends.length) }, columns, resolve, unset, resolveAll };
}

// Per automaton, its WebAssembly scan; null where it cannot run (then the JavaScript scan does); JS_ONCE after a
// first scan in JavaScript. Setting up the wasm scan (the module, its memory, the table) costs a few milliseconds,
// more than scanning a small paste in JavaScript: a cold CLI checking one paste never pays it, a service does from
// its second verdict per lesson on, as does a paste long enough to win it back at once.
const JS_ONCE = 0;
const wasmScans = new WeakMap<LiteralAutomaton, WasmLiteralScan | null | typeof JS_ONCE>();
const WASM_AT_ONCE_CHARS = 1 << 20;

/** Has findLiteralLines scan `automaton` in WebAssembly from now on where it can; which scan it will run. */
export function useWasmScan(automaton: LiteralAutomaton): 'wasm' | 'js' {
  let scan = wasmScans.get(automaton);
  if (scan === undefined || scan === JS_ONCE) {
    scan = createWasmLiteralScan(automaton) ?? null;
    wasmScans.set(automaton, scan);
  }
  return scan ? 'wasm' : 'js';
}

/** Which scan ran last for `automaton` (findLiteralLines or useWasmScan). */
export function literalScanEngine(automaton: LiteralAutomaton): 'wasm' | 'js' {
  return typeof wasmScans.get(automaton) === 'function' ? 'wasm' : 'js';
}

// The wasm scan for a scan of `chars` characters, or null for the JavaScript scan; `jsScanFollows`: a null answer
// for a first small scan means the caller scans in JavaScript now, which counts as the automaton's first scan.
function wasmScanFor(automaton: LiteralAutomaton, chars: number, jsScanFollows = true): WasmLiteralScan | null {
  const scan = wasmScans.get(automaton);
  if (scan === null || typeof scan === 'function') return scan;
  if (scan === undefined && chars < WASM_AT_ONCE_CHARS) {
    if (jsScanFollows) wasmScans.set(automaton, JS_ONCE);
    return null;
  }
  useWasmScan(automaton);
  return wasmScans.get(automaton) as WasmLiteralScan | null;
}

/**
 * `input` decoded as decodeUtf8 (decode-utf8-wasm.ts) decodes it, into the memory of the automaton's WebAssembly
 * scan, so that the next scanUnindexedLiterals of the text returned does not copy it there; undefined where that scan
 * does not run yet (the caller decodes it) or decodeUtf8 would not decode it.
 */
export function decodeUtf8ForScan(automaton: LiteralAutomaton, input: Uint8Array): DecodedUtf8 | undefined {
  const scan = wasmScans.get(automaton);
  return typeof scan === 'function' ? scan.decodeUtf8(input) : undefined;
}

/** Ascending line indexes: an array, or for a long paste's many lines a view of one Int32Array (linesByCount). */
export type LineList = ArrayLike<number> & Iterable<number>;

/**
 * Where a text holds the literals of an automaton (see findLiteralLines): its accepting steps, and each literal's
 * lines read from them when asked. A verdict asks for few lists: the candidate marks (scan-pattern.ts) read the steps
 * themselves, so the lines of the literals only they need are never listed.
 */
export interface LiteralLines {
  /**
   * The accepting steps in text order, as (line, accepting state) pairs: the state as its index in the automaton's
   * `ends` (row index − the first accepting row), the line at most the text's last.
   */
  readonly hits: Int32Array;
  /** The ascending lines holding literal `id`; undefined for a literal the text does not hold. */
  linesOf(id: number): LineList | undefined;
  /** Whether line `line` holds literal `id`. */
  holds(id: number, line: number): boolean;
  /** Per literal id, its lines (every list at once, made on first use). */
  readonly byId: readonly (LineList | undefined)[];
  /** The ids of the literals the text holds, in the order of their first occurrence. */
  readonly found: readonly number[];
}

// Lists read off the steps one literal at a time, each a pass over them, for the first LAZY_LISTS literals a text
// holds; past them, or over LAZY_HITS step entries, every list at once.
const LAZY_LISTS = 4;
const LAZY_HITS = 4096;

class StepLines implements LiteralLines {
  private all: { readonly byId: (LineList | undefined)[]; readonly found: number[] } | undefined;
  private some: Map<number, LineList> | undefined;
  // reachedBy's stamps of this scan alone, made once a later scan of the automaton has written reachedBy.
  private reached: Float64Array | undefined;

  constructor(
    private readonly automaton: LiteralAutomaton,
    readonly hits: Int32Array,
    // This scan's number in the automaton's reachedBy.
    private readonly scan: number,
  ) {}

  linesOf(id: number): LineList | undefined {
    if (this.all !== undefined) return this.all.byId[id];
    if (!this.isReached(id)) return undefined;
    let lines = this.some?.get(id);
    if (lines !== undefined) return lines;
    if (this.hits.length > LAZY_HITS || (this.some?.size ?? 0) >= LAZY_LISTS) return this.byId[id];
    lines = linesOfOne(this.automaton, this.hits, id);
    (this.some ??= new Map()).set(id, lines);
    return lines;
  }

  holds(id: number, line: number): boolean {
    if (!this.isReached(id)) return false;
    const { hits } = this;
    const { endStarts, endIds } = this.automaton;
    // The first step on `line` (steps are in line order), then each step on it.
    let lo = 0;
    let hi = hits.length >> 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid * 2]! < line) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo * 2; k < hits.length && hits[k] === line; k += 2) {
      const state = hits[k + 1]!;
      for (let j = endStarts[state]!, stop = endStarts[state + 1]!; j < stop; j++) if (endIds[j] === id) return true;
    }
    return false;
  }

  get byId(): readonly (LineList | undefined)[] {
    return (this.all ??= listEveryLiteral(this.automaton, this.hits)).byId;
  }

  get found(): readonly number[] {
    return (this.all ??= listEveryLiteral(this.automaton, this.hits)).found;
  }

  // Whether a step ended in one of the states that end literal `id`.
  private isReached(id: number): boolean {
    const { idStateStarts, idStates, reachedBy } = this.automaton;
    const stamps = reachedBy.scans === this.scan ? reachedBy.scan : (this.reached ??= stampReached(this.automaton, this.hits, this.scan));
    for (let j = idStateStarts[id]!, stop = idStateStarts[id + 1]!; j < stop; j++) if (stamps[idStates[j]!] === this.scan) return true;
    return false;
  }
}

// Per accepting state, `scan` where one of the steps ended in it (reachedBy's stamps of one scan).
function stampReached(automaton: LiteralAutomaton, hits: Int32Array, scan: number): Float64Array {
  const stamps = new Float64Array(automaton.ends.length);
  for (let k = 1; k < hits.length; k += 2) stamps[hits[k]!] = scan;
  return stamps;
}

// One literal's lines, from a pass over the steps.
function linesOfOne(automaton: LiteralAutomaton, hits: Int32Array, id: number): number[] {
  const { endStarts, endIds } = automaton;
  const lines: number[] = [];
  for (let k = 0; k < hits.length; k += 2) {
    const state = hits[k + 1]!;
    for (let j = endStarts[state]!, stop = endStarts[state + 1]!; j < stop; j++) {
      if (endIds[j] !== id) continue;
      const line = hits[k]!;
      if (lines.length === 0 || lines[lines.length - 1] !== line) lines.push(line);
      break;
    }
  }
  return lines;
}

// The LiteralLines of a scan's accepting steps (`hitCount` entries of (line, row index) pairs, in text order): the
// steps copied (a scan reuses its array), each state made an index in `ends` and each line at most the last.
function stepLinesOf(automaton: LiteralAutomaton, scanHits: ArrayLike<number>, hitCount: number, lineCount: number): LiteralLines {
  // Pooled: a typed array of its own costs a few hundred ns to make (line-arrays.ts).
  const hits = allocateLineInt32s(hitCount);
  const { reachedBy } = automaton;
  // Counted as a double, so no two scans share a number (2^53 of them).
  const scan = ++reachedBy.scans;
  const reached = reachedBy.scan;
  const acceptRow = (automaton.acceptFrom / automaton.columns) | 0;
  const lastLine = lineCount - 1;
  for (let k = 0; k < hitCount; k += 2) {
    const line = scanHits[k]!;
    const state = scanHits[k + 1]! - acceptRow;
    hits[k] = line < lastLine ? line : lastLine;
    hits[k + 1] = state;
    reached[state] = scan;
  }
  return new StepLines(automaton, hits, scan);
}

/**
 * Per literal id: the ascending lines (the lines of indexLines(text): `lineEnds`, each line's end offset, and
 * `lineCount`) holding it. Overlapping occurrences are all found.
 * Runs literal-scan-wasm.ts's kernel where WebAssembly is available (see useWasmScan), else findLiteralLinesInJs.
 */
export function findLiteralLines(automaton: LiteralAutomaton, text: string, lineEnds: ArrayLike<number>, lineCount: number): LiteralLines {
  const wasm = wasmScanFor(automaton, text.length);
  if (wasm === null) return findLiteralLinesInJs(automaton, text, lineEnds, lineCount);
  const { hits, reachedScan } = wasm(text);
  // Steps past the caller's last line (the text's lines beyond `lineCount`) are its last line's: they come last.
  for (let k = hits.length - 2; k >= 0 && hits[k]! > lineCount - 1; k -= 2) hits[k] = lineCount - 1;
  return new StepLines(automaton, hits, reachedScan);
}

/** A text's literal lines together with its line index and whether it holds a mark (see scanUnindexedLiterals). */
export interface LiteralsAndLines {
  readonly literalLines: LiteralLines;
  readonly lines: PasteLines;
  /** Whether the text holds a character of MARK_UNITS (literal-scan-wasm.ts): normalisation would rewrite it, or U+FFFD. */
  readonly marked: boolean;
}

/**
 * findLiteralLines over a text not indexed yet (from unit `lead` on: see DecodedUtf8.lead; its first line starts
 * there), indexing it in the same pass — only where the WebAssembly scan runs
 * for this call (a first small scan per automaton is left to the caller's JavaScript scan, which this does not count
 * as one); undefined otherwise.
 */
export function scanUnindexedLiterals(automaton: LiteralAutomaton, text: string, lead = 0): LiteralsAndLines | undefined {
  const wasm = wasmScanFor(automaton, text.length - lead, false);
  if (wasm === null) return undefined;
  const { hits, reachedScan, breaks, breakCount, marked } = wasm(text, lead);
  const lines = indexLinesFromBreaks(text, breaks, breakCount, lead);
  return { literalLines: new StepLines(automaton, hits, reachedScan), lines, marked };
}

/** findLiteralLines in JavaScript only: the reference for the WebAssembly scan, and its fallback. */
export function findLiteralLinesInJs(automaton: LiteralAutomaton, text: string, lineEnds: ArrayLike<number>, lineCount: number): LiteralLines {
  const hits = scanInJs(automaton, text, lineEnds, lineCount);
  return stepLinesOf(automaton, hits, hits.length, lineCount);
}

// Above this many step entries, listEveryLiteral counts each literal's lines before it writes them (linesByCount).
const COUNT_FIRST_HITS = 1 << 14;

// Per literal id, its lines, from the steps (LiteralLines.hits).
function listEveryLiteral(automaton: LiteralAutomaton, hits: Int32Array): { byId: (LineList | undefined)[]; found: number[] } {
  if (hits.length > COUNT_FIRST_HITS) return linesByCount(automaton, hits);
  const byId = automaton.noLines.slice() as (number[] | undefined)[];
  const found: number[] = [];
  const { endStarts, endIds } = automaton;
  for (let k = 0; k < hits.length; k += 2) {
    const line = hits[k]!;
    const state = hits[k + 1]!;
    for (let j = endStarts[state]!, stop = endStarts[state + 1]!; j < stop; j++) {
      const id = endIds[j]!;
      const lines = byId[id];
      if (lines === undefined) {
        byId[id] = [line];
        found.push(id);
      } else if (lines[lines.length - 1] !== line) lines.push(line);
    }
  }
  return { byId, found };
}

// listEveryLiteral for many steps (a long paste): each literal's lines counted in one pass over the steps, then written
// into its part of one Int32Array. Pushed one by one into arrays, lists of tens of thousands of lines (a 10 MB paste's "leader") were
// reallocated as they grew, in V8's large-object space, which grew faster than the paste: a sixth of a 10 MB verdict
// against a twentieth of a 1 MB one (and an array made at its length is a slow dictionary from 16K entries on).
function linesByCount(automaton: LiteralAutomaton, hits: Int32Array): { byId: (LineList | undefined)[]; found: number[] } {
  const { endStarts, endIds, literals } = automaton;
  const hitCount = hits.length;
  const counts = new Int32Array(literals.length);
  const last = new Int32Array(literals.length).fill(-1);
  const found: number[] = [];
  // Each (literal, line) once, in text order, as pairs; then each literal's lines written into its part of `all`.
  let pairs = new Int32Array(hitCount * 2);
  let used = 0;
  for (let k = 0; k < hitCount; k += 2) {
    const line = hits[k]!;
    const state = hits[k + 1]!;
    for (let j = endStarts[state]!, stop = endStarts[state + 1]!; j < stop; j++) {
      const id = endIds[j]!;
      if (last[id] === line) continue;
      if (last[id]! < 0) found.push(id);
      last[id] = line;
      counts[id]!++;
      if (used + 2 > pairs.length) {
        const more = new Int32Array(pairs.length * 2);
        more.set(pairs);
        pairs = more;
      }
      pairs[used++] = id;
      pairs[used++] = line;
    }
  }
  // Each literal's part of `all` starts at `starts`; counts becomes its next write position there.
  const starts = new Int32Array(literals.length);
  let total = 0;
  for (const id of found) {
    starts[id] = total;
    total += counts[id]!;
    counts[id] = starts[id]!;
  }
  const all = new Int32Array(total);
  for (let k = 0; k < used; k += 2) all[counts[pairs[k]!]!++] = pairs[k + 1]!;
  const byId = automaton.noLines.slice() as (LineList | undefined)[];
  for (const id of found) byId[id] = all.subarray(starts[id]!, counts[id]!);
  return { byId, found };
}

/*
 * The accepting steps over `text` as (line, row index) pairs, in text order.
 *
 * The text is read as two halves split at a line break, stepped together: each step waits on the table load of the
 * step before, and two independent chains let the CPU overlap them.
 */
function scanInJs(automaton: LiteralAutomaton, text: string, lineEnds: ArrayLike<number>, lineCount: number): number[] {
  const { columnOf, next, acceptFrom, columns } = automaton;
  const length = text.length;
  let mid = text.indexOf('\n', length >> 1);
  if (mid < 0) mid = length;
  // Offsets (after the character) and states of accepting steps, per half, in text order.
  const hitsA: number[] = [];
  const hitsB: number[] = [];
  const { resolve, unset } = automaton;
  let a = 0;
  let b = 0;
  const both = Math.min(mid, length - mid);
  for (let i = 0; i < both; i++) {
    const columnA = columnOf[text.charCodeAt(i)]!;
    let toA = next[a + columnA]!;
    if (toA >= acceptFrom) {
      if (toA === unset) toA = resolve(a, columnA);
      if (toA >= acceptFrom) hitsA.push(i, toA);
    }
    a = toA;
    const columnB = columnOf[text.charCodeAt(mid + i)]!;
    let toB = next[b + columnB]!;
    if (toB >= acceptFrom) {
      if (toB === unset) toB = resolve(b, columnB);
      if (toB >= acceptFrom) hitsB.push(mid + i, toB);
    }
    b = toB;
  }
  for (let i = both; i < mid; i++) {
    const column = columnOf[text.charCodeAt(i)]!;
    let to = next[a + column]!;
    if (to >= acceptFrom) {
      if (to === unset) to = resolve(a, column);
      if (to >= acceptFrom) hitsA.push(i, to);
    }
    a = to;
  }
  for (let i = mid + both; i < length; i++) {
    const column = columnOf[text.charCodeAt(i)]!;
    let to = next[b + column]!;
    if (to >= acceptFrom) {
      if (to === unset) to = resolve(b, column);
      if (to >= acceptFrom) hitsB.push(i, to);
    }
    b = to;
  }
  // Offsets become lines, row offsets rows.
  let line = 0;
  for (const hits of [hitsA, hitsB]) {
    for (let k = 0; k < hits.length; k += 2) {
      while (line < lineCount - 1 && lineEnds[line]! < hits[k]!) line++;
      hits[k] = line;
      hits[k + 1] = hits[k + 1]! / columns;
    }
  }
  return hitsA.concat(hitsB);
}
