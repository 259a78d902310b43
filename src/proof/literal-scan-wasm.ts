// The literal automaton's scan (literal-automaton.ts) as WebAssembly: a JavaScript loop cannot step a table per
// character in less than about a charCodeAt pass, a wasm loop can. The text's UTF-16 code units go into wasm memory
// as they are (Node's Buffer writes them with a copy; TextEncoder's UTF-8 would cost ten times as much, and a loop
// elsewhere) — or are there already: a paste given as bytes is decoded into this memory (decodeUtf8 below), and its
// scan reads the code units where the decoder wrote them — the kernel steps the same table (column per code unit,
// every transition computed when the scan is made), counts `\n` itself and writes each accepting step as (line,
// state). It calls nothing: a call in the hot loop made V8 spill and reload its registers around every step. The same
// code units as the JavaScript scan, so the same answer on every text, lone surrogates included.
//
// Pure and web-compatible: WebAssembly is standard; where it is missing or refuses the module (`node --jitless`),
// createWasmLiteralScan returns undefined and the JavaScript scan runs.
import type { LiteralAutomaton } from './literal-automaton.js';
import { allocateLineInt32s } from '../log-events/line-arrays.js';
import { assembleModule, I32, op, webAssemblyApi, type Code, type WasmMemory } from './wasm-binary.js';
import { createUtf8DecoderIn, type DecodedUtf8, type Utf8DecoderIn } from './decode-utf8-wasm.js';

/** What one scan of a text found. */
export interface WasmScanResult {
  /**
   * Per accepting step, in text order, the pair (line index, accepting state: its index in the automaton's `ends`,
   * its row less the first accepting row), flattened: every entry. A new array (from the per-line pool), the caller's
   * to keep: the steps are gathered out of the lanes straight into their final form, in one pass.
   */
  readonly hits: Int32Array<ArrayBuffer>;
  /** The automaton's `reachedBy` number of this scan: the gathering stamped every state a step ended in with it. */
  readonly reachedScan: number;
  /** Offsets of the text's line breaks (`\n`), ascending: the first `breakCount` entries (room for one more). */
  readonly breaks: Int32Array;
  readonly breakCount: number;
  /** Whether the text holds one of MARK_UNITS. */
  readonly marked: boolean;
}

/**
 * Scans `text` from unit `lead` on (the units before are no paste's: see DecodedUtf8.lead), its lines split at `\n`
 * as indexLines does; offsets are `text`'s.
 */
export interface WasmLiteralScan {
  (text: string, lead?: number): WasmScanResult;
  /**
   * `input` decoded as decodeUtf8 (decode-utf8-wasm.ts) decodes it, into this scan's memory: the scan that follows,
   * of the text returned, reads its code units where they were decoded instead of writing them there. Undefined
   * where decodeUtf8 would be, and for more than TEXT_UNITS bytes.
   */
  readonly decodeUtf8: (input: Uint8Array) => DecodedUtf8 | undefined;
}

// The text is cut at line breaks into LANES parts, scanned side by side: each step waits on its table load, and
// independent chains let the CPU overlap them. A text of at most TEXT_UNITS whose parts are at most CHUNK_UNITS each
// lies in the windows as it is, and each lane starts where its part does; a longer one goes CHUNK_UNITS code units of
// each part at a time into that part's window. Each lane steps by a pointer of its own (a shared counter with a
// constant offset per window was no faster). Four lanes took a quarter off the scan of the bench paste against two,
// five about 6 % more (the shortest lane, a line or so shorter than the others, ends the common run; a lane shorter
// still is merged into the one before it, and a lane with nothing to scan steps the neutral chunk below).
const LANES = 5;
// Below FEW_LANES_BELOW code units, FEW_LANES lanes: five lanes do not all fit in registers, which costs more per step
// than a fifth lane gains on a short text.
const FEW_LANES = 4;
const FEW_LANES_BELOW = 4096;
// Rounds stepped per loop iteration while every lane has units left: the loop's own count and branch, once per
// UNROLL rounds (about an eighth off the kernel's time on the bench paste).
const UNROLL = 8;
const CHUNK_UNITS = 8 * 1024;
// The windows together hold this many code units: a text no longer is scanned where it lies when its lanes fit.
const TEXT_UNITS = LANES * CHUNK_UNITS;
const WINDOW_SHIFT = 14;
const WINDOW_BYTES = 1 << WINDOW_SHIFT; // CHUNK_UNITS code units
// Per lane, room for an accepting step per code unit of a chunk: the kernel never has to stop for JavaScript.
const HIT_BYTES = CHUNK_UNITS * 8;

// Memory layout (bytes). Per lane a header of i32s: its line count, where its next hit goes, the end of its
// chunk's units, its state, where its chunk's units start, where its next line break's offset goes, whether it met a
// mark. Then where the lanes stop being stepped together (lane 0's address then), and the first accepting state. The
// table comes last: its size is the automaton's.
const LANE_LINE = 0;
const LANE_HITS = 4;
const LANE_END = 8;
const LANE_STATE = 12;
const LANE_FROM = 16;
const LANE_BREAKS = 20;
const LANE_MARKED = 24;
const LANE_SHIFT = 5;
const LANE_HEADER = 1 << LANE_SHIFT;
const BOTH_END = LANES * LANE_HEADER;
const ACCEPT_FROM = BOTH_END + 4;
// Per UTF-16 code unit (u16), the byte offset of its cell in a table row; per code unit (u8), its column (a mark's
// own, to step it after noting it).
const UNIT_CELLS = 256;
const UNIT_COLUMNS = UNIT_CELLS + 0x10000 * 2;
const WINDOWS_AT = UNIT_COLUMNS + 0x10000;
const HITS_AT = WINDOWS_AT + LANES * WINDOW_BYTES;
// Per lane, the offsets in its window of the line breaks of one chunk (at most one per code unit).
const BREAKS_AT = HITS_AT + LANES * HIT_BYTES;
// A chunk of a code unit no literal holds (nor a line break or a mark): a lane with nothing to scan steps these,
// which take it to the start and keep it there, while the others step their units (alone they would step one by one).
const NEUTRAL_AT = BREAKS_AT + LANES * CHUNK_UNITS * 4;
const TABLE_AT = NEUTRAL_AT + CHUNK_UNITS * 2;
const PAGE_BYTES = 65536;
/** Above this, the wasm copy of an automaton's table (literal-automaton.ts allocates its own) is not made. */
export const WASM_TABLE_MAX_BYTES = 16 << 20;

// A row has the automaton's columns and two more, which no other code unit has: a line break (its cell says
// NEWLINE: note where it is, count the line, back to the start) and a mark (MARK: a character normalisation rewrites
// or U+FFFD, see MARK_UNITS; note that the lane met one, then step its own column).
const EXTRA_CELLS = 2;
const NEWLINE = -3;
const MARK = -4;

/**
 * Code units whose presence the scan reports (`marked`): ESC, C1 CSI, CR, no-break spaces, a BOM, U+FFFD, the
 * invisible format characters normalize-paste.ts removes (soft hyphen, zero-width spaces and joiners, word joiner), and
 * the line breaks it makes LF (U+2028, U+2029, NEL, VT).
 */
export const MARK_UNITS: readonly number[] = [0x1b, 0x9b, 0x0d, 0xa0, 0xad, 0x200b, 0x200c, 0x200d, 0x2007, 0x202f, 0x2060, 0xfeff, 0xfffd, 0x2028, 0x2029, 0x85, 0x0b];

const get = op.localGet;
const set = op.localSet;
const constant = op.i32Const;

/*
 * (func $scan    ;; steps every lane's chunk to its end; no calls, so the hot loop keeps its values in registers
 *   (local $end i32) (local $accept i32) (local $cell i32) (local $to i32) (local $h i32) (local $p0 i32) … (local $s0 i32) …
 *   (local.set $s0 (i32.load offset=LANE_STATE (i32.const 0))) …        ;; each lane's state from its header,
 *   (local.set $p0 (i32.load offset=LANE_FROM (i32.const 0))) …         ;; and where its chunk starts
 *   (local.set $accept (i32.load (i32.const ACCEPT_FROM)))
 *   (local.set $end (i32.sub (i32.load (i32.const BOTH_END)) (i32.const 2×(UNROLL−1))))
 *   (block (loop (br_if 1 (i32.ge_u (local.get $p0) (local.get $end)))  ;; all lanes, UNROLL code units each per round
 *     STEP(0, 0) STEP(1, 0) … STEP(0, 1) STEP(1, 1) … STEP(LANES−1, UNROLL−1)
 *     (local.set $p0 (i32.add (local.get $p0) (i32.const 2×UNROLL))) … (br 0)))
 *   (local.set $end (i32.load (i32.const BOTH_END)))
 *   (block (loop (br_if 1 (i32.ge_u (local.get $p0) (local.get $end)))  ;; the rest of the rounds, one code unit each
 *     STEP(0, 0) STEP(1, 0) …
 *     (local.set $p0 (i32.add (local.get $p0) (i32.const 2))) … (br 0)))
 *   (block (loop (br_if 1 (i32.ge_u (local.get $p0) (i32.load offset=LANE_END (i32.const 0)))) STEP(0, 0)
 *     (local.set $p0 (i32.add (local.get $p0) (i32.const 2))) (br 0)))  ;; what is left of lane 0, alone; then 1, …
 *   (block (loop … STEP(1, 0) …)) …
 *   (i32.store offset=LANE_STATE (i32.const 0) (local.get $s0)) …)
 * STEP(k, j): lane k's code unit j places after $pk; H: lane k's header, k × LANE_HEADER
 *   (local.set $cell (i32.load16_u offset=UNIT_CELLS (i32.shl (i32.load16_u offset=2×j (local.get $pk)) (i32.const 1))))
 *   (local.set $to (i32.load (i32.add (local.get $sk) (local.get $cell))))
 *   (if (i32.ge_u (local.get $to) (local.get $accept))                  ;; rare: a line break, a mark, or a hit
 *     (then
 *       (if (i32.eq (local.get $to) (i32.const NEWLINE))                 ;; its offset in the chunk
 *         (then (i32.store (local.tee $h (i32.load offset=H+LANE_BREAKS (i32.const 0)))
 *                          (i32.shr_u (i32.sub (local.get $pk) (i32.sub (i32.load offset=H+LANE_FROM (i32.const 0)) (i32.const 2×j))) (i32.const 1)))
 *               (i32.store offset=H+LANE_BREAKS (i32.const 0) (i32.add (local.get $h) (i32.const 4)))
 *               (i32.store offset=H+LANE_LINE (i32.const 0) (i32.add (i32.load offset=H+LANE_LINE (i32.const 0)) (i32.const 1)))
 *               (local.set $to (i32.const TABLE_AT)))
 *         (else
 *           (if (i32.eq (local.get $to) (i32.const MARK))              ;; note it, then step the unit's own column
 *             (then (i32.store offset=H+LANE_MARKED (i32.const 0) (i32.const 1))
 *                   (local.set $to (i32.load (i32.add (local.get $sk) (i32.shl (i32.load8_u offset=UNIT_COLUMNS
 *                     (i32.load16_u offset=2×j (local.get $pk))) (i32.const 2)))))))
 *           (if (i32.ge_u (local.get $to) (local.get $accept))          ;; accepting: note (line, state)
 *             (then (i32.store (local.tee $h (i32.load offset=H+LANE_HITS (i32.const 0))) (i32.load offset=H+LANE_LINE (i32.const 0)))
 *                   (i32.store offset=4 (local.get $h) (local.get $to))
 *                   (i32.store offset=H+LANE_HITS (i32.const 0) (i32.add (local.get $h) (i32.const 8))))))))
 *   (local.set $sk (local.get $to))
 */
const scanBody = (LANES: number): Code[] => {
  const [end, accept, cell, to, h] = [0, 1, 2, 3, 4];
  const at = (lane: number): number => 5 + lane;
  const state = (lane: number): number => 5 + LANES + lane;
  const stepLane = (lane: number, ahead = 0): Code[] => {
    const header = lane * LANE_HEADER;
    return [
      get(at(lane)), op.i32Load16U(ahead * 2), constant(1), op.i32Shl, op.i32Load16U(UNIT_CELLS), set(cell),
      get(state(lane)), get(cell), op.i32Add, op.i32Load(), set(to),
      get(to), get(accept), op.i32GeU, op.if,
      get(to), constant(NEWLINE), op.i32Eq, op.if,
      constant(0), op.i32Load(header + LANE_BREAKS), op.localTee(h),
      get(at(lane)), constant(0), op.i32Load(header + LANE_FROM), constant(ahead * 2), op.i32Sub, op.i32Sub, constant(1), op.i32ShrU, op.i32Store(),
      constant(0), get(h), constant(4), op.i32Add, op.i32Store(header + LANE_BREAKS),
      constant(0), constant(0), op.i32Load(header + LANE_LINE), constant(1), op.i32Add, op.i32Store(header + LANE_LINE),
      constant(TABLE_AT), set(to),
      op.else,
      get(to), constant(MARK), op.i32Eq, op.if,
      constant(0), constant(1), op.i32Store(header + LANE_MARKED),
      get(state(lane)), get(at(lane)), op.i32Load16U(ahead * 2), op.i32Load8U(UNIT_COLUMNS), constant(2), op.i32Shl, op.i32Add, op.i32Load(), set(to),
      op.end,
      get(to), get(accept), op.i32GeU, op.if,
      constant(0), op.i32Load(header + LANE_HITS), op.localTee(h), constant(0), op.i32Load(header + LANE_LINE), op.i32Store(),
      get(h), get(to), op.i32Store(4),
      constant(0), get(h), constant(8), op.i32Add, op.i32Store(header + LANE_HITS),
      op.end,
      op.end,
      op.end,
      get(to), set(state(lane)),
    ];
  };
  const rounds = [...Array(UNROLL).keys()];
  const lanes = [...Array(LANES).keys()];
  const advance = (units: number): Code[] => lanes.flatMap((lane) => [get(at(lane)), constant(units * 2), op.i32Add, set(at(lane))]);
  return [
    ...lanes.flatMap((lane) => [
      constant(lane * LANE_HEADER), op.i32Load(LANE_STATE), set(state(lane)),
      constant(lane * LANE_HEADER), op.i32Load(LANE_FROM), set(at(lane)),
    ]),
    constant(ACCEPT_FROM), op.i32Load(), set(accept),
    constant(BOTH_END), op.i32Load(), constant(2 * (UNROLL - 1)), op.i32Sub, set(end),
    op.block, op.loop,
    get(at(0)), get(end), op.i32GeU, op.brIf(1),
    ...rounds.flatMap((ahead) => lanes.flatMap((lane) => stepLane(lane, ahead))),
    ...advance(UNROLL),
    op.br(0),
    op.end, op.end,
    constant(BOTH_END), op.i32Load(), set(end),
    op.block, op.loop,
    get(at(0)), get(end), op.i32GeU, op.brIf(1),
    ...lanes.flatMap((lane) => stepLane(lane)),
    ...advance(1),
    op.br(0),
    op.end, op.end,
    ...lanes.flatMap((lane) => [
      op.block, op.loop,
      get(at(lane)), constant(lane * LANE_HEADER), op.i32Load(LANE_END), op.i32GeU, op.brIf(1),
      ...stepLane(lane),
      get(at(lane)), constant(2), op.i32Add, set(at(lane)),
      op.br(0),
      op.end, op.end,
    ]),
    ...lanes.flatMap((lane) => [constant(lane * LANE_HEADER), get(state(lane)), op.i32Store(LANE_STATE)]),
  ];
};

/*
 * (func $expand (param $rows i32) (param $columns i32)
 *   ;; the automaton's table (row offsets, u32) copied at TABLE_AT becomes, in place, rows of cell addresses with the
 *   ;; NEWLINE and MARK cells; from the end, so no cell is written before it is read
 *   (local $from i32) (local $to i32) (local $rowBytes i32) (local $c i32)
 *   (local.set $rowBytes (i32.shl (i32.add (local.get $columns) (i32.const EXTRA_CELLS)) (i32.const 2)))
 *   (local.set $from (i32.add (i32.const TABLE_AT) (i32.shl (i32.mul (local.get $rows) (local.get $columns)) (i32.const 2))))
 *   (local.set $to (i32.add (i32.const TABLE_AT) (i32.mul (local.get $rows) (local.get $rowBytes))))
 *   (block (loop (br_if 1 (i32.le_u (local.get $to) (i32.const TABLE_AT)))
 *     (i32.store offset=−4 … MARK) (i32.store offset=−8 … NEWLINE)   ;; as: $to −= 4, store; twice
 *     (local.set $c (local.get $columns))
 *     (block (loop (br_if 1 (i32.eqz (local.get $c)))
 *       (local.set $c (i32.sub (local.get $c) (i32.const 1)))
 *       (local.set $from (i32.sub (local.get $from) (i32.const 4)))
 *       (local.set $to (i32.sub (local.get $to) (i32.const 4)))
 *       (i32.store (local.get $to) (i32.add (i32.const TABLE_AT)
 *         (i32.mul (i32.div_u (i32.load (local.get $from)) (local.get $columns)) (local.get $rowBytes))))
 *       (br 0)))
 *     (br 0))))
 */
const expandBody = (): Code[] => {
  const [rows, columns, from, to, rowBytes, c] = [0, 1, 2, 3, 4, 5];
  const storeBelow = (value: number): Code[] => [get(to), constant(4), op.i32Sub, op.localTee(to), constant(value), op.i32Store()];
  return [
    get(columns), constant(EXTRA_CELLS), op.i32Add, constant(2), op.i32Shl, set(rowBytes),
    constant(TABLE_AT), get(rows), get(columns), op.i32Mul, constant(2), op.i32Shl, op.i32Add, set(from),
    constant(TABLE_AT), get(rows), get(rowBytes), op.i32Mul, op.i32Add, set(to),
    op.block, op.loop,
    get(to), constant(TABLE_AT), op.i32LeU, op.brIf(1),
    ...storeBelow(MARK),
    ...storeBelow(NEWLINE),
    get(columns), set(c),
    op.block, op.loop,
    get(c), op.i32Eqz, op.brIf(1),
    get(c), constant(1), op.i32Sub, set(c),
    get(from), constant(4), op.i32Sub, set(from),
    get(to), constant(4), op.i32Sub, op.localTee(to),
    constant(TABLE_AT), get(from), op.i32Load(), get(columns), op.i32DivU, get(rowBytes), op.i32Mul, op.i32Add,
    op.i32Store(),
    op.br(0),
    op.end, op.end,
    op.br(0),
    op.end, op.end,
  ];
};

function moduleBytes(): Uint8Array {
  const i32s = (n: number): number[] => new Array<number>(n).fill(I32);
  return assembleModule({
    importedFunctions: [],
    importedMemory: { module: 'scan', name: 'memory', minPages: 1 },
    functions: [
      { type: { params: [], results: [] }, locals: i32s(5 + 2 * LANES), body: scanBody(LANES), export: 'scan' },
      { type: { params: [], results: [] }, locals: i32s(5 + 2 * FEW_LANES), body: scanBody(FEW_LANES), export: 'scanFew' },
      { type: { params: [I32, I32], results: [] }, locals: i32s(4), body: expandBody(), export: 'expand' },
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

// A literal holding a line break would need the kernel to step line breaks.
const holdsLineBreak = (literals: readonly string[]): boolean => literals.some((literal) => literal.includes('\n'));

// Above this many entries, the spare break buffer is not kept for the next scan; nor the hits array.
const SPARE_BREAKS = 1 << 16;
const SPARE_HITS = 1 << 16;

// `array` copied into a new one of at least `size` entries (doubling).
function grown(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const next = allocateLineInt32s(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

/** Node's Buffer over wasm memory: writes a string's code units with a copy. */
interface UnitWriter {
  write(text: string, offset: number, encoding: 'utf16le'): number;
}

// The windows as one Buffer to write into, or undefined without Buffer (then a loop writes the code units).
function unitWriterOf(memory: WasmMemory): UnitWriter | undefined {
  const buffer = (globalThis as { Buffer?: { from(memory: ArrayBufferLike, offset: number, length: number): UnitWriter } }).Buffer;
  return buffer?.from(memory.buffer, WINDOWS_AT, TEXT_UNITS * 2);
}

/**
 * The wasm scan of `automaton`, or undefined where WebAssembly is unavailable, the literals cannot be run so, or the
 * table is over WASM_TABLE_MAX_BYTES.
 */
export function createWasmLiteralScan(automaton: LiteralAutomaton): WasmLiteralScan | undefined {
  if (holdsLineBreak(automaton.literals)) return undefined;
  const module = compileModule();
  if (!module) return undefined;
  const { columns, columnOf } = automaton;
  const rows = automaton.next.length / columns;
  const rowBytes = (columns + EXTRA_CELLS) * 4;
  if (rows * rowBytes > WASM_TABLE_MAX_BYTES) return undefined;
  // A state in wasm is its row's address; in the automaton, its row offset (row × columns). A hit's row, by a
  // multiplication: a division per hit cost about a tenth of the scan's JavaScript (the product is within 2^-30 of
  // the row, rounded to it).
  const addressOf = (state: number): number => TABLE_AT + (state / columns) * rowBytes;
  const perRowByte = 1 / rowBytes;
  // A hit's accepting state (its row less the first accepting row: its index in the automaton's `ends`).
  const acceptAddress = addressOf(automaton.acceptFrom);
  const stateOf = (address: number): number => ((address - acceptAddress) * perRowByte + 0.5) | 0;
  // Hits taken out of the lane buffers between chunks: per lane, (line within the lane, row) pairs, the first
  // `takenUsed` entries; kept between scans up to SPARE_HITS entries. Typed and grown by doubling: plain arrays pushed
  // to a few hundred thousand entries (a 10 MB paste's hits) took a third of its verdict, and more per MB the longer.
  const taken = Array.from({ length: LANES }, () => new Int32Array(1024));
  const takenUsed = new Array<number>(LANES).fill(0);
  const drain = (lane: number): void => {
    const header = (lane * LANE_HEADER) >> 2;
    const first = (HITS_AT + lane * HIT_BYTES) >> 2;
    const end = words[header + (LANE_HITS >> 2)]! >> 2;
    let used = takenUsed[lane]!;
    let out = taken[lane]!;
    if (used + (end - first) > out.length) taken[lane] = out = grown(out, used + (end - first));
    for (let at = first; at < end; at += 2) {
      out[used++] = words[at]!;
      out[used++] = stateOf(words[at + 1]!);
    }
    takenUsed[lane] = used;
    words[header + (LANE_HITS >> 2)] = HITS_AT + lane * HIT_BYTES;
  };
  let kernel: () => void;
  let kernelFew: () => void;
  let expand: (rows: number, columns: number) => void;
  let memory: WasmMemory;
  try {
    const api = webAssemblyApi()!;
    memory = new api.Memory({ initial: Math.ceil((TABLE_AT + rows * rowBytes) / PAGE_BYTES) });
    const { exports } = new api.Instance(module, { scan: { memory } });
    kernel = exports.scan as () => void;
    kernelFew = exports.scanFew as () => void;
    expand = exports.expand as (rows: number, columns: number) => void;
  } catch {
    return undefined;
  }
  // The memory never grows, so these views stay attached.
  const bytes = new Uint8Array(memory.buffer);
  const words = new Int32Array(memory.buffer);
  // Little-endian, as wasm reads them whatever the platform.
  const cells = new DataView(memory.buffer, UNIT_CELLS, 0x10000 * 2);
  for (let unit = 0; unit < 0x10000; unit++) cells.setUint16(unit * 2, (unit === 0x0a ? columns : columnOf[unit]!) * 4, true);
  for (const unit of MARK_UNITS) cells.setUint16(unit * 2, (columns + 1) * 4, true);
  bytes.set(columnOf, UNIT_COLUMNS);
  let neutral = 1;
  while (columnOf[neutral] !== 0 || neutral === 0x0a || MARK_UNITS.includes(neutral)) neutral++;
  for (let at = NEUTRAL_AT; at < TABLE_AT; at += 2) {
    bytes[at] = neutral & 0xff;
    bytes[at + 1] = neutral >> 8;
  }
  // The table in wasm's form, by wasm: a cold JavaScript loop over its ~100,000 cells took about 10 ms.
  automaton.resolveAll();
  new Uint32Array(memory.buffer, TABLE_AT, rows * columns).set(automaton.next);
  expand(rows, columns);
  words[ACCEPT_FROM >> 2] = acceptAddress;
  const writer = unitWriterOf(memory);
  // `text`'s code units from `start` to `stop` written at `address`.
  const writeUnits = (text: string, start: number, stop: number, address: number): void => {
    if (writer !== undefined) {
      writer.write(start === 0 && stop === text.length ? text : text.substring(start, stop), address - WINDOWS_AT, 'utf16le');
      return;
    }
    for (let k = start, at = address; k < stop; k++, at += 2) {
      const unit = text.charCodeAt(k);
      bytes[at] = unit & 0xff;
      bytes[at + 1] = unit >> 8;
    }
  };
  // The text whose code units decodeUtf8 (below) left in the windows, for the next scan only: its unit `lead` on at
  // WINDOWS_AT.
  let resident: string | undefined;
  let decodeHere: Utf8DecoderIn | null | undefined;
  const from = new Array<number>(LANES);
  const to = new Array<number>(LANES);

  // Line breaks of lanes after the first, taken out of their buffers after each chunk (offsets in the text), until
  // they follow the first lane's; kept between scans up to SPARE_BREAKS entries.
  const spare = Array.from({ length: LANES }, () => new Int32Array(1024));
  const spareUsed = new Array<number>(LANES).fill(0);
  // A lane's line count in its header: how many of its breaks have been taken out so far.
  const linesOf = (lane: number): number => words[(lane * LANE_HEADER + LANE_LINE) >> 2]!;

  // Decodes into the windows, the input copied after the hit buffers' start (overwritten by the next scan's hits).
  const decodeUtf8 = (input: Uint8Array): DecodedUtf8 | undefined => {
    resident = undefined;
    if (input.length > TEXT_UNITS) return undefined;
    decodeHere ??= createUtf8DecoderIn(memory) ?? null;
    const decoded = decodeHere === null ? undefined : decodeHere(input, HITS_AT, WINDOWS_AT);
    resident = decoded?.text;
    return decoded;
  };

  // Lane `lane` reads `units` code units from `address`; its line breaks' buffer is emptied.
  const placeLane = (lane: number, address: number, units: number): void => {
    const header = (lane * LANE_HEADER) >> 2;
    words[header + (LANE_BREAKS >> 2)] = BREAKS_AT + lane * CHUNK_UNITS * 4;
    words[header + (LANE_FROM >> 2)] = address;
    words[header + (LANE_END >> 2)] = address + units * 2;
  };
  // The offsets in `text` of lane `lane`'s line breaks in its buffer (its chunk from `base`), from `breaks[at]` on.
  const takeBreaks = (lane: number, base: number, breaks: Int32Array, at: number): void => {
    const first = (BREAKS_AT + lane * CHUNK_UNITS * 4) >> 2;
    const n = (words[(lane * LANE_HEADER + LANE_BREAKS) >> 2]! >> 2) - first;
    for (let k = 0; k < n; k++) breaks[at + k] = base + words[first + k]!;
  };

  // A text of at most TEXT_UNITS whose lanes fit a chunk each: scanned where it lies, its code units in the windows
  // as in the text (written at once, or there already when decodeUtf8 left them), by one call of the kernel.
  const scanInPlace = (text: string, lead: number, lanes: number): Int32Array<ArrayBuffer> => {
    if (resident !== text) writeUnits(text, lead, text.length, WINDOWS_AT);
    let both = Infinity;
    for (let lane = 0; lane < lanes; lane++) if (to[lane]! > from[lane]!) both = Math.min(both, to[lane]! - from[lane]!);
    if (both === Infinity) both = 0;
    for (let lane = 0; lane < lanes; lane++) {
      if (to[lane]! > from[lane]!) placeLane(lane, WINDOWS_AT + (from[lane]! - lead) * 2, to[lane]! - from[lane]!);
      else placeLane(lane, NEUTRAL_AT, both);
    }
    words[BOTH_END >> 2] = words[LANE_FROM >> 2]! + both * 2;
    if (lanes === LANES) kernel();
    else kernelFew();
    let lines = 0;
    for (let lane = 0; lane < lanes; lane++) lines += linesOf(lane);
    const breaks = allocateLineInt32s(lines + 1);
    for (let lane = 0, at = 0; lane < lanes; at += linesOf(lane++)) takeBreaks(lane, from[lane]!, breaks, at);
    return breaks;
  };

  // Any other text: each lane's chunks go to its own window in turn, the kernel called once per round of chunks.
  const scanByChunks = (text: string): Int32Array<ArrayBuffer> => {
    // The first lane's breaks go straight into the result (the line index's `ends`, so from the per-line pool); each
    // other lane's into its `spare`.
    let breaks = allocateLineInt32s(Math.max(16, Math.ceil(text.length / 48)));
    spareUsed.fill(0);
    for (;;) {
      // Every window was stepped to its end: the next chunk of each lane.
      let both = Infinity;
      for (let lane = 0; lane < LANES; lane++) {
        const start = from[lane]!;
        const stop = Math.min(to[lane]!, start + CHUNK_UNITS);
        if (stop === start) continue;
        writeUnits(text, start, stop, WINDOWS_AT + lane * WINDOW_BYTES);
        placeLane(lane, WINDOWS_AT + lane * WINDOW_BYTES, stop - start);
        both = Math.min(both, stop - start);
      }
      if (both === Infinity) break;
      for (let lane = 0; lane < LANES; lane++) if (from[lane] === to[lane]) placeLane(lane, NEUTRAL_AT, both);
      words[BOTH_END >> 2] = words[LANE_FROM >> 2]! + both * 2;
      kernel();
      for (let lane = 0; lane < LANES; lane++) {
        const base = from[lane]!;
        const n = (words[(lane * LANE_HEADER + LANE_BREAKS) >> 2]! - (BREAKS_AT + lane * CHUNK_UNITS * 4)) >> 2;
        if (lane === 0) {
          if (linesOf(0) + 1 > breaks.length) breaks = grown(breaks, linesOf(0) + 1);
          takeBreaks(0, base, breaks, linesOf(0) - n);
        } else {
          let laneSpare = spare[lane]!;
          const used = spareUsed[lane]!;
          if (used + n > laneSpare.length) spare[lane] = laneSpare = grown(laneSpare, used + n);
          takeBreaks(lane, base, laneSpare, used);
          spareUsed[lane] = used + n;
        }
        from[lane] = Math.min(to[lane]!, base + CHUNK_UNITS);
        if (from[lane]! < to[lane]!) drain(lane);
      }
    }
    let lines = linesOf(0);
    for (let lane = 1; lane < LANES; lane++) lines += linesOf(lane);
    if (lines + 1 > breaks.length) breaks = grown(breaks, lines + 1);
    for (let lane = 1, at = linesOf(0); lane < LANES; lane++) {
      const laneSpare = spare[lane]!;
      for (let k = 0, n = spareUsed[lane]!; k < n; k++) breaks[at++] = laneSpare[k]!;
      if (laneSpare.length > SPARE_BREAKS) spare[lane] = new Int32Array(1024);
    }
    return breaks;
  };

  const scan = (text: string, lead = 0): WasmScanResult => {
    const length = text.length;
    // Lane k reads [from[k], to[k]), cut at the first line break after k/lanes of the text (a match never spans one).
    const lanes = length - lead < FEW_LANES_BELOW ? FEW_LANES : LANES;
    from[0] = lead;
    for (let lane = 1; lane < lanes; lane++) {
      const cut = text.indexOf('\n', lead + Math.floor(((length - lead) * lane) / lanes));
      from[lane] = to[lane - 1] = Math.max(from[lane - 1]!, cut < 0 ? length : cut);
    }
    to[lanes - 1] = length;
    // A lane much shorter than the others would end the lanes' common run early: its units go to the lane before,
    // and it steps the neutral chunk instead.
    for (let lane = 1; lane < lanes; lane++) {
      if ((to[lane]! - from[lane]!) * 2 * lanes < length - lead) {
        to[lane - 1] = to[lane]!;
        from[lane] = to[lane]!;
      }
    }
    for (let lane = 0; lane < lanes; lane++) {
      const header = (lane * LANE_HEADER) >> 2;
      words[header + (LANE_LINE >> 2)] = 0;
      words[header + (LANE_STATE >> 2)] = TABLE_AT;
      words[header + (LANE_HITS >> 2)] = HITS_AT + lane * HIT_BYTES;
      words[header + (LANE_MARKED >> 2)] = 0;
    }
    // Only a text of FEW_LANES_BELOW units or more can have a lane longer than a chunk: the chunks go in all LANES.
    let inPlace = length - lead <= TEXT_UNITS;
    for (let lane = 0; lane < lanes && inPlace; lane++) inPlace = to[lane]! - from[lane]! <= CHUNK_UNITS;
    const breaks = inPlace ? scanInPlace(text, lead, lanes) : scanByChunks(text);
    resident = undefined;
    // Each lane's hits, those taken out while it ran and those still in its buffer, its lines numbered after the
    // lanes' before it; each state they end in stamped as reached by this scan.
    let hitCount = 0;
    for (let lane = 0; lane < lanes; lane++) hitCount += takenUsed[lane]! + (words[(lane * LANE_HEADER + LANE_HITS) >> 2]! >> 2) - ((HITS_AT + lane * HIT_BYTES) >> 2);
    const hits = allocateLineInt32s(hitCount);
    const reachedScan = ++automaton.reachedBy.scans;
    const reached = automaton.reachedBy.scan;
    let k = 0;
    let before = 0;
    let marked = false;
    for (let lane = 0; lane < lanes; lane++) {
      const laneTaken = taken[lane]!;
      const laneUsed = takenUsed[lane]!;
      const first = (HITS_AT + lane * HIT_BYTES) >> 2;
      const end = words[(lane * LANE_HEADER + LANE_HITS) >> 2]! >> 2;
      for (let j = 0; j < laneUsed; j += 2) {
        const state = laneTaken[j + 1]!;
        hits[k++] = laneTaken[j]! + before;
        hits[k++] = state;
        reached[state] = reachedScan;
      }
      takenUsed[lane] = 0;
      if (laneTaken.length > SPARE_HITS) taken[lane] = new Int32Array(1024);
      for (let at = first; at < end; at += 2) {
        const state = stateOf(words[at + 1]!);
        hits[k++] = words[at]! + before;
        hits[k++] = state;
        reached[state] = reachedScan;
      }
      before += linesOf(lane);
      marked ||= words[(lane * LANE_HEADER + LANE_MARKED) >> 2] !== 0;
    }
    return { hits, reachedScan, breaks, breakCount: before, marked };
  };
  return Object.assign(scan, { decodeUtf8 });
}
