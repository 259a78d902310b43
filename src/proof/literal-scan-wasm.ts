// The literal automaton's scan (literal-automaton.ts) as WebAssembly: a JavaScript loop cannot step a table per
// character in less than about a charCodeAt pass, a wasm loop over the UTF-8 bytes can. The text goes into wasm
// memory with TextEncoder.encodeInto (native), the kernel decodes UTF-8 back to UTF-16 code units and steps the
// same table (column per code unit, transitions filled in through an imported `resolve` when first taken), counts
// `\n` itself and writes each accepting step as (line, state). UTF-8 and UTF-16 offsets thus never meet.
//
// Same answer as the JavaScript scan on every text: encodeInto turns a lone surrogate into U+FFFD, which leads back
// to the start state as a lone surrogate does there, as long as no literal holds U+FFFD or a surrogate outside a
// pair (such automata are not run here). Pure and web-compatible: WebAssembly and TextEncoder are standard; where
// WebAssembly is missing or refuses the module (`node --jitless`), createWasmLiteralScan returns undefined and the
// JavaScript scan runs.
import type { LiteralAutomaton } from './literal-automaton.js';
import { assembleModule, I32, op, webAssemblyApi, type Code, type WasmMemory } from './wasm-binary.js';

/**
 * Scans `text` (its lines split at `\n`, as indexLines does): per accepting step, in text order, the pair
 * (line index, state as the automaton's row offset), flattened.
 */
export type WasmLiteralScan = (text: string, utf8?: Uint8Array) => number[];

// The text is cut at line breaks into LANES parts, scanned side by side: each step waits on its table load, and
// independent chains let the CPU overlap them. Each part goes CHUNK_UNITS code units at a time (at most 3 bytes
// each) into its window; one position counter serves every window (lane k's byte is at offset k × WINDOW_BYTES).
const LANES = 2;
const CHUNK_UNITS = 8 * 1024;
const WINDOW_BYTES = CHUNK_UNITS * 3;
// Per lane, room for this many accepting steps before the kernel has JavaScript take them (an imported `drain`).
const HIT_CAPACITY = 1024;

// Memory layout (bytes). Per lane a header of i32s: its line count, where its next hit goes, the end of its
// window's bytes, its state, the end of its hit buffer. Then where the lanes stop being stepped together, and the
// first accepting state. The table comes last: its size is the automaton's.
const LANE_LINE = 0;
const LANE_HITS = 4;
const LANE_END = 8;
const LANE_STATE = 12;
const LANE_HITS_END = 16;
const LANE_SHIFT = 5;
const LANE_HEADER = 1 << LANE_SHIFT;
const BOTH_END = LANES * LANE_HEADER;
const ACCEPT_FROM = BOTH_END + 4;
// Per byte, the byte offset of its cell in a table row; per UTF-16 code unit, its column (literal-automaton.ts).
const BYTE_CELLS = 512;
const UNIT_COLUMNS = BYTE_CELLS + 256 * 2;
const WINDOWS_AT = UNIT_COLUMNS + 0x10000;
const HITS_AT = WINDOWS_AT + LANES * WINDOW_BYTES;
const TABLE_AT = HITS_AT + LANES * HIT_CAPACITY * 8;
const PAGE_BYTES = 65536;
/** Above this, the wasm copy of an automaton's table (literal-automaton.ts allocates its own) is not made. */
export const WASM_TABLE_MAX_BYTES = 16 << 20;

// A row has the automaton's columns and three more, which no code unit has: a line break (its cell says NEWLINE:
// count the line, back to the start), a UTF-8 continuation byte (its cell is the row itself: the state stays) and
// the lead byte of a multi-byte character (its cell says LEAD: decode it and step its code units).
const EXTRA_CELLS = 3;
const UNSET = -1;
const LEAD = -2;
const NEWLINE = -3;

// Function indices: the imports, then the module's functions.
const RESOLVE = 0;
const DRAIN = 1;
const DECODE = 2;
const UNIT = 3;
const SLOW = 4;

const get = op.localGet;
const set = op.localSet;
const constant = op.i32Const;

/*
 * (func $unit (param $s i32) (param $cell i32) (param $lane i32) (result i32)   ;; one step on a code unit's cell
 *   (local $to i32) (local $h i32)
 *   (local.set $to (i32.load (i32.add (local.get $s) (local.get $cell))))
 *   (if (i32.eq (local.get $to) (i32.const UNSET))
 *     (then (local.set $to (call $resolve (local.get $s) (local.get $cell)))
 *           (i32.store (i32.add (local.get $s) (local.get $cell)) (local.get $to))))
 *   (if (i32.ge_u (local.get $to) (i32.load (i32.const ACCEPT_FROM)))          ;; accepting: note (line, state)
 *     (then (local.set $lane (i32.shl (local.get $lane) (i32.const 5)))
 *           (local.set $h (i32.load offset=LANE_HITS (local.get $lane)))
 *           (i32.store (local.get $h) (i32.load offset=LANE_LINE (local.get $lane)))
 *           (i32.store offset=4 (local.get $h) (local.get $to))
 *           (i32.store offset=LANE_HITS (local.get $lane) (local.tee $h (i32.add (local.get $h) (i32.const 8))))
 *           (if (i32.eq (local.get $h) (i32.load offset=LANE_HITS_END (local.get $lane)))   ;; full: JavaScript empties it
 *             (then (call $drain (i32.shr_u (local.get $lane) (i32.const 5)))))))
 *   (local.get $to))
 */
const unitBody = (): Code[] => {
  const [s, cell, lane, to, h] = [0, 1, 2, 3, 4];
  return [
    get(s), get(cell), op.i32Add, op.i32Load(), set(to),
    get(to), constant(UNSET), op.i32Eq, op.if,
    get(s), get(cell), op.call(RESOLVE), set(to),
    get(s), get(cell), op.i32Add, get(to), op.i32Store(),
    op.end,
    get(to), constant(ACCEPT_FROM), op.i32Load(), op.i32GeU, op.if,
    get(lane), constant(LANE_SHIFT), op.i32Shl, set(lane),
    get(lane), op.i32Load(LANE_HITS), set(h),
    get(h), get(lane), op.i32Load(LANE_LINE), op.i32Store(),
    get(h), get(to), op.i32Store(4),
    get(lane), get(h), constant(8), op.i32Add, op.localTee(h), op.i32Store(LANE_HITS),
    get(h), get(lane), op.i32Load(LANE_HITS_END), op.i32Eq, op.if,
    get(lane), constant(LANE_SHIFT), op.i32ShrU, op.call(DRAIN),
    op.end,
    op.end,
    get(to),
  ];
};

/*
 * (func $slow (param $s i32) (param $cell i32) (param $p i32) (param $lane i32) (result i32)
 *   ;; a step the fast loop does not finish: a line break, a multi-byte character, a transition not computed yet
 *   ;; or an accepting state
 *   (local $to i32) (local $cp i32)
 *   (local.set $to (i32.load (i32.add (local.get $s) (local.get $cell))))
 *   (if (i32.eq (local.get $to) (i32.const NEWLINE))
 *     (then (i32.store offset=LANE_LINE (i32.shl (local.get $lane) (i32.const 5))
 *             (i32.add (i32.load offset=LANE_LINE (i32.shl (local.get $lane) (i32.const 5))) (i32.const 1)))
 *           (return (i32.const TABLE_AT))))
 *   (if (i32.eq (local.get $to) (i32.const LEAD))
 *     (then (local.set $cp (call $decode (local.get $p)))
 *           (if (i32.lt_u (local.get $cp) (i32.const 0x10000))
 *             (then (return (call $unit (local.get $s) (CELL (local.get $cp)) (local.get $lane)))))
 *           (return (call $unit (call $unit (local.get $s) (CELL (i32.add (i32.const 0xd7c0) (i32.shr_u (local.get $cp) (i32.const 10)))) (local.get $lane))
 *                               (CELL (i32.or (i32.const 0xdc00) (i32.and (local.get $cp) (i32.const 0x3ff)))) (local.get $lane)))))
 *   (call $unit (local.get $s) (local.get $cell) (local.get $lane)))
 * where (CELL unit) = (i32.shl (i32.load8_u offset=UNIT_COLUMNS unit) (i32.const 2))
 */
const cellOfUnit: Code[] = [op.i32Load8U(UNIT_COLUMNS), constant(2), op.i32Shl];
const slowBody = (): Code[] => {
  const [s, cell, p, lane, to, cp] = [0, 1, 2, 3, 4, 5];
  return [
    get(s), get(cell), op.i32Add, op.i32Load(), set(to),
    get(to), constant(NEWLINE), op.i32Eq, op.if,
    get(lane), constant(LANE_SHIFT), op.i32Shl, get(lane), constant(LANE_SHIFT), op.i32Shl, op.i32Load(LANE_LINE), constant(1), op.i32Add, op.i32Store(LANE_LINE),
    constant(TABLE_AT), op.return,
    op.end,
    get(to), constant(LEAD), op.i32Eq, op.if,
    get(p), op.call(DECODE), set(cp),
    get(cp), constant(0x10000), op.i32LtU, op.if,
    get(s), get(cp), ...cellOfUnit, get(lane), op.call(UNIT), op.return,
    op.end,
    get(s), constant(0xd7c0), get(cp), constant(10), op.i32ShrU, op.i32Add, ...cellOfUnit, get(lane), op.call(UNIT),
    constant(0xdc00), get(cp), constant(0x3ff), op.i32And, op.i32Or, ...cellOfUnit, get(lane), op.call(UNIT), op.return,
    op.end,
    get(s), get(cell), get(lane), op.call(UNIT),
  ];
};

/*
 * (func $scan    ;; steps every lane's window to its end
 *   (local $p i32) (local $q i32) (local $end i32) (local $accept i32) (local $cell i32) (local $to i32) (local $s0 i32) …
 *   (local.set $s0 (i32.load offset=LANE_STATE (i32.const 0))) …        ;; each lane's state from its header
 *   (local.set $accept (i32.load (i32.const ACCEPT_FROM)))
 *   (local.set $p (i32.const WINDOWS_AT)) (local.set $end (i32.load (i32.const BOTH_END)))
 *   (block (loop (br_if 1 (i32.ge_u (local.get $p) (local.get $end)))   ;; all lanes, one byte each per round
 *     STEP(0) STEP(1) …
 *     (local.set $p (i32.add (local.get $p) (i32.const 1))) (br 0)))
 *   (local.set $q (local.get $p))
 *   (local.set $p (local.get $q))                                       ;; what is left of lane 0, alone; then 1, …
 *   (block (loop (br_if 1 (i32.ge_u (local.get $p) (i32.load offset=LANE_END (i32.const 0)))) STEP(0)
 *     (local.set $p (i32.add (local.get $p) (i32.const 1))) (br 0)))
 *   (local.set $p (local.get $q)) (block (loop … STEP(1) …)) …
 *   (i32.store offset=LANE_STATE (i32.const 0) (local.get $s0)) …)
 * STEP(k):
 *   (local.set $cell (i32.load16_u offset=BYTE_CELLS (i32.shl (i32.load8_u offset=k×WINDOW_BYTES (local.get $p)) (i32.const 1))))
 *   (local.set $to (i32.load (i32.add (local.get $sk) (local.get $cell))))
 *   (if (i32.ge_u (local.get $to) (local.get $accept))                  ;; rare: see $slow
 *     (then (local.set $to (call $slow (local.get $sk) (local.get $cell) (i32.add (local.get $p) (i32.const k×WINDOW_BYTES)) (i32.const k)))))
 *   (local.set $sk (local.get $to))
 */
const scanBody = (): Code[] => {
  const [p, q, end, accept, cell, to] = [0, 1, 2, 3, 4, 5];
  const state = (lane: number): number => 6 + lane;
  const stepLane = (lane: number): Code[] => [
    get(p), op.i32Load8U(lane * WINDOW_BYTES), constant(1), op.i32Shl, op.i32Load16U(BYTE_CELLS), set(cell),
    get(state(lane)), get(cell), op.i32Add, op.i32Load(), set(to),
    get(to), get(accept), op.i32GeU, op.if,
    get(state(lane)), get(cell), get(p), constant(lane * WINDOW_BYTES), op.i32Add, constant(lane), op.call(SLOW), set(to),
    op.end,
    get(to), set(state(lane)),
  ];
  const lanes = [...Array(LANES).keys()];
  return [
    ...lanes.flatMap((lane) => [constant(lane * LANE_HEADER), op.i32Load(LANE_STATE), set(state(lane))]),
    constant(ACCEPT_FROM), op.i32Load(), set(accept),
    constant(WINDOWS_AT), set(p),
    constant(BOTH_END), op.i32Load(), set(end),
    op.block, op.loop,
    get(p), get(end), op.i32GeU, op.brIf(1),
    ...lanes.flatMap(stepLane),
    get(p), constant(1), op.i32Add, set(p),
    op.br(0),
    op.end, op.end,
    get(p), set(q),
    ...lanes.flatMap((lane) => [
      get(q), set(p),
      op.block, op.loop,
      get(p), constant(lane * LANE_HEADER), op.i32Load(LANE_END), op.i32GeU, op.brIf(1),
      ...stepLane(lane),
      get(p), constant(1), op.i32Add, set(p),
      op.br(0),
      op.end, op.end,
    ]),
    ...lanes.flatMap((lane) => [constant(lane * LANE_HEADER), get(state(lane)), op.i32Store(LANE_STATE)]),
  ];
};

/*
 * (func $decode (param $p i32) (result i32)   ;; the code point of the valid UTF-8 sequence at $p (lead byte >= 0xc2)
 *   (local $c i32) (local.set $c (i32.load8_u (local.get $p)))
 *   (if (i32.lt_u (local.get $c) (i32.const 0xe0))
 *     (then (return (i32.or (i32.shl (i32.and (local.get $c) (i32.const 0x1f)) (i32.const 6)) (CONT 1)))))
 *   (if (i32.lt_u (local.get $c) (i32.const 0xf0))
 *     (then (return (i32.or (i32.or (i32.shl (i32.and (local.get $c) (i32.const 0x0f)) (i32.const 12)) (i32.shl (CONT 1) (i32.const 6))) (CONT 2)))))
 *   (i32.or (i32.or (i32.shl (i32.and (local.get $c) (i32.const 0x07)) (i32.const 18)) (i32.shl (CONT 1) (i32.const 12)))
 *           (i32.or (i32.shl (CONT 2) (i32.const 6)) (CONT 3))))
 * where (CONT k) = (i32.and (i32.load8_u offset=k (local.get $p)) (i32.const 0x3f))
 */
const cont = (k: number): Code[] => [get(0), op.i32Load8U(k), constant(0x3f), op.i32And];
const lead = (mask: number, shift: number): Code[] => [get(1), constant(mask), op.i32And, constant(shift), op.i32Shl];
const decodeBody: Code[] = [
  get(0), op.i32Load8U(), set(1),
  get(1), constant(0xe0), op.i32LtU, op.if,
  ...lead(0x1f, 6), ...cont(1), op.i32Or, op.return,
  op.end,
  get(1), constant(0xf0), op.i32LtU, op.if,
  ...lead(0x0f, 12), ...cont(1), constant(6), op.i32Shl, op.i32Or, ...cont(2), op.i32Or, op.return,
  op.end,
  ...lead(0x07, 18), ...cont(1), constant(12), op.i32Shl, op.i32Or, ...cont(2), constant(6), op.i32Shl, op.i32Or, ...cont(3), op.i32Or,
];

function moduleBytes(): Uint8Array {
  const i32s = (n: number): number[] => new Array<number>(n).fill(I32);
  return assembleModule({
    importedFunctions: [
      { module: 'scan', name: 'resolve', type: { params: [I32, I32], results: [I32] } },
      { module: 'scan', name: 'drain', type: { params: [I32], results: [] } },
    ],
    importedMemory: { module: 'scan', name: 'memory', minPages: 1 },
    functions: [
      { type: { params: [I32], results: [I32] }, locals: [I32], body: decodeBody },
      { type: { params: i32s(3), results: [I32] }, locals: i32s(2), body: unitBody() },
      { type: { params: i32s(4), results: [I32] }, locals: i32s(2), body: slowBody() },
      { type: { params: [], results: [] }, locals: i32s(6 + LANES), body: scanBody(), export: 'scan' },
    ],
  });
}

// The compiled module, made on first use; null: this runtime has no usable WebAssembly.
let compiled: object | null | undefined;

function compileModule(): object | null {
  if (compiled === undefined) {
    try {
      const api = webAssemblyApi();
      compiled = api ? new api.Module(moduleBytes()) : null;
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

// A literal holding U+FFFD or a surrogate outside a pair could match where encodeInto replaced a lone surrogate; one
// holding a line break would need the kernel to step line breaks.
function encodesFaithfully(literals: readonly string[]): boolean {
  for (const literal of literals) {
    for (let k = 0; k < literal.length; k++) {
      const code = literal.charCodeAt(k);
      if (code === 0xfffd || code === 0x0a) return false;
      if (code >= 0xd800 && code <= 0xdbff) {
        const low = literal.charCodeAt(k + 1);
        if (!(low >= 0xdc00 && low <= 0xdfff)) return false;
        k++;
      } else if (code >= 0xdc00 && code <= 0xdfff) return false;
    }
  }
  return true;
}

/**
 * The wasm scan of `automaton`, or undefined where WebAssembly is unavailable, the literals cannot be run so, or the
 * table is over WASM_TABLE_MAX_BYTES.
 */
export function createWasmLiteralScan(automaton: LiteralAutomaton): WasmLiteralScan | undefined {
  if (!encodesFaithfully(automaton.literals)) return undefined;
  const module = compileModule();
  if (!module) return undefined;
  const { columns, columnOf } = automaton;
  const rows = automaton.next.length / columns;
  const rowBytes = (columns + EXTRA_CELLS) * 4;
  if (rows * rowBytes > WASM_TABLE_MAX_BYTES) return undefined;
  // A state in wasm is its row's address; in the automaton, its row offset (row × columns).
  const addressOf = (state: number): number => TABLE_AT + (state / columns) * rowBytes;
  const stateOf = (address: number): number => ((address - TABLE_AT) / rowBytes) * columns;
  // Hits taken out of the lane buffers: per lane, (line within the lane, state) pairs.
  const taken: number[][] = Array.from({ length: LANES }, () => []);
  let words: Int32Array;
  const drain = (lane: number): void => {
    const out = taken[lane]!;
    const header = (lane * LANE_HEADER) >> 2;
    for (let at = (HITS_AT + lane * HIT_CAPACITY * 8) >> 2, end = words[header + (LANE_HITS >> 2)]! >> 2; at < end; at += 2) out.push(words[at]!, stateOf(words[at + 1]!));
    words[header + (LANE_HITS >> 2)] = HITS_AT + lane * HIT_CAPACITY * 8;
  };
  const resolve = (address: number, cell: number): number => addressOf(automaton.resolve(stateOf(address), cell >> 2));
  let kernel: () => void;
  let memory: WasmMemory;
  try {
    const api = webAssemblyApi()!;
    memory = new api.Memory({ initial: Math.ceil((TABLE_AT + rows * rowBytes) / PAGE_BYTES) });
    kernel = new api.Instance(module, { scan: { memory, resolve, drain } }).exports.scan as () => void;
  } catch {
    return undefined;
  }
  // The memory never grows, so these views stay attached.
  const bytes = new Uint8Array(memory.buffer);
  words = new Int32Array(memory.buffer);
  const byteCells = new Uint16Array(memory.buffer, BYTE_CELLS, 256);
  for (let byte = 0; byte < 256; byte++) {
    const column = byte === 0x0a ? columns : byte < 0x80 ? columnOf[byte]! : byte < 0xc0 ? columns + 1 : columns + 2;
    byteCells[byte] = column * 4;
  }
  bytes.set(columnOf, UNIT_COLUMNS);
  const table = new Int32Array(memory.buffer, TABLE_AT, (rows * rowBytes) >> 2);
  table.fill(UNSET);
  for (let row = 0; row < rows; row++) {
    const at = (row * rowBytes) >> 2;
    table[at + columns] = NEWLINE;
    table[at + columns + 1] = TABLE_AT + row * rowBytes;
    table[at + columns + 2] = LEAD;
  }
  words[ACCEPT_FROM >> 2] = addressOf(automaton.acceptFrom);
  const windows: Uint8Array[] = [];
  for (let lane = 0; lane < LANES; lane++) {
    windows.push(bytes.subarray(WINDOWS_AT + lane * WINDOW_BYTES, WINDOWS_AT + (lane + 1) * WINDOW_BYTES));
    words[(lane * LANE_HEADER + LANE_HITS_END) >> 2] = HITS_AT + (lane + 1) * HIT_CAPACITY * 8;
  }
  const encoder = new TextEncoder();
  const from = new Array<number>(LANES);
  const to = new Array<number>(LANES);

  return (text: string, utf8?: Uint8Array): number[] => {
    // `utf8`, the text's own UTF-8 bytes (a paste read as bytes), is cut and copied instead of encoded.
    const length = utf8 === undefined ? text.length : utf8.length;
    // Lane k reads [from[k], to[k]), cut at the first line break after k/LANES of the text (a match never spans one).
    from[0] = 0;
    for (let lane = 1; lane < LANES; lane++) {
      const cut = utf8 === undefined ? text.indexOf('\n', Math.floor((length * lane) / LANES)) : utf8.indexOf(0x0a, Math.floor((length * lane) / LANES));
      from[lane] = to[lane - 1] = Math.max(from[lane - 1]!, cut < 0 ? length : cut);
    }
    to[LANES - 1] = length;
    for (let lane = 0; lane < LANES; lane++) {
      const header = (lane * LANE_HEADER) >> 2;
      words[header + (LANE_LINE >> 2)] = 0;
      words[header + (LANE_STATE >> 2)] = TABLE_AT;
      words[header + (LANE_HITS >> 2)] = HITS_AT + lane * HIT_CAPACITY * 8;
      taken[lane]!.length = 0;
    }
    for (;;) {
      // Every window was stepped to its end: the next chunk of each lane (never a surrogate pair cut in two).
      let both = Infinity;
      let left = false;
      for (let lane = 0; lane < LANES; lane++) {
        const start = from[lane]!;
        let stop: number;
        let written: number;
        if (utf8 === undefined) {
          stop = Math.min(to[lane]!, start + CHUNK_UNITS);
          if (stop < to[lane]!) {
            const last = text.charCodeAt(stop - 1);
            if (last >= 0xd800 && last <= 0xdbff) stop--;
          }
          written = start === stop ? 0 : encoder.encodeInto(start === 0 && stop === length ? text : text.substring(start, stop), windows[lane]!).written;
        } else {
          // A window ends before a character's first byte, never inside one (the kernel decodes whole characters).
          stop = Math.min(to[lane]!, start + WINDOW_BYTES);
          if (stop < to[lane]!) while (stop > start && (utf8[stop]! & 0xc0) === 0x80) stop--;
          windows[lane]!.set(utf8.subarray(start, stop));
          written = stop - start;
        }
        from[lane] = stop;
        words[(lane * LANE_HEADER + LANE_END) >> 2] = WINDOWS_AT + written;
        both = Math.min(both, written);
        left ||= written > 0;
      }
      if (!left) break;
      words[BOTH_END >> 2] = WINDOWS_AT + both;
      kernel();
    }
    const found: number[] = [];
    let before = 0;
    for (let lane = 0; lane < LANES; lane++) {
      drain(lane);
      const hits = taken[lane]!;
      for (let k = 0; k < hits.length; k += 2) found.push(hits[k]! + before, hits[k + 1]!);
      before += words[(lane * LANE_HEADER + LANE_LINE) >> 2]!;
    }
    return found;
  };
}
