// UTF-8 bytes → string, as `new TextDecoder('utf-8')` decodes them, for the pastes that come as bytes (the CLI's
// files, the service's text/plain bodies). TextDecoder (V8's decoder) takes about 15 µs on a 10 KB log holding a
// few em dashes, an eighth of a verdict: it goes byte by byte once one character is not ASCII. Here a wasm loop widens
// 32 (near a non-ASCII byte, 16) ASCII bytes to UTF-16 at a time (SIMD) and decodes the other characters one by one into wasm memory, and Node's
// Buffer makes the string from those code units with one copy.
//
// Only well-formed UTF-8 is decoded here: on a malformed or truncated sequence the kernel gives up and the caller
// uses TextDecoder, which replaces it with U+FFFD by the WHATWG rules. Pure and web-compatible: without WebAssembly
// SIMD or Node's Buffer (a browser, `node --jitless`) this returns undefined, and so it does above MAX_INPUT_BYTES,
// so that the module's memory stays small. The memory is zeroed after each decode: no paste outlives its verdict here.
// The first decode in a process is left to TextDecoder too: making the module takes about 5 ms, which a one-shot CLI
// checking one paste would pay for a saving of microseconds; a service builds it on its second paste.
//
// The same module also runs in the literal scan's memory (createUtf8DecoderIn, literal-scan-wasm.ts): the code units
// decoded there are those the scan steps, so the scan does not copy the string back in (the copy alone was 0.6 µs of
// a 10 KB verdict). That memory holds the scan's last text anyway, so it is not zeroed.
import { assembleModule, I32, op, V128, webAssemblyApi, type Code, type WasmMemory } from './wasm-binary.js';

// Memory layout (bytes): the input from INPUT_AT, then (16-byte aligned, after 16 bytes a v128 load may read past
// the input) the output, two bytes per code unit, at most two per input byte.
const INPUT_AT = 64;
const PAGE_BYTES = 65536;
/** Inputs above this many bytes are left to TextDecoder. */
export const MAX_INPUT_BYTES = 1 << 20;

// The bit of the kernel's result that says a character above U+00FF was decoded (see decodeAt).
const WIDE_SHIFT = 30;
const WIDE_BIT = 1 << WIDE_SHIFT;

const get = op.localGet;
const set = op.localSet;
const constant = op.i32Const;

/*
 * (func $decode (param $at i32) (param $n i32) (param $o i32) (result i32)    ;; $n bytes at $at → UTF-16 at $o; units, or -1
 *   (local $p i32) (local $end i32) (local $last16 i32) (local $out i32) (local $m i32) (local $b0 … $b3 i32) (local $lo i32) (local $span i32)
 *   (local $nul i32) (local $last32 i32) (local $v v128) (local $least v128) (local $w v128)
 *   p = at; end = p + n; last16 = end - 16; last32 = end - 32; out = o; least = (v128.const 0xff × 16)
 *   (block $done (loop $next
 *     (block $ascii (loop $blocks                               ;; two blocks of ASCII a step: one test, four stores
 *       (br_if $ascii (p >u last32))
 *       v = v128.load p; w = v128.load offset=16 p
 *       (br_if $ascii (i8x16.bitmask(v | w)))
 *       …v, w widened to out .. out + 64; least = i8x16.min_u(least, i8x16.min_u(v, w)); p += 32; out += 64; br $blocks))
 *     (if (p <=u last16)
 *       (then v = v128.load p; m = i8x16.bitmask(v)             ;; a bit per byte ≥ 0x80
 *             (v128.store out (i16x8.extend_low_i8x16_u v))
 *             (v128.store offset=16 out (i16x8.extend_high_i8x16_u v))
 *             least = i8x16.min_u(least, v)                     ;; a zero lane: the input holds NUL
 *             (if (m == 0) (then p += 16; out += 32; br $next))
 *             m = ctz(m); p += m; out += 2m)                    ;; the ASCII before the first other byte is written
 *       (else (br_if $done (p >=u end))))
 *     b0 = load8_u p
 *     (if (b0 <u 0x80) (then nul |= (b0 == 0) (i32.store16 out b0) p += 1; out += 2; br $next))
 *     (if (b0 - 0xc2 <u 30) (then …2 bytes: b1 in 80..BF… wide |= b0 >=u 0xc4; p += 2; out += 2; br $next))
 *     (if (b0 & 0xf0 == 0xe0) (then …3 bytes: E0 A0..BF, ED 80..9F, else 80..BF; then 80..BF… wide = 1; p += 3; out += 2; br $next))
 *     (if (b0 - 0xf0 <u 5) (then …4 bytes: F0 90..BF, F4 80..8F, else 80..BF; then 2× 80..BF → a surrogate pair… wide = 1))
 *     (return -1)))                                             ;; malformed: TextDecoder's U+FFFD rules apply
 *   ((out - o) | nul | !i8x16.all_true(least) | wide << 30))     ;; units × 2, plus 1 when the input holds NUL, plus 2^30
 *                                                               ;; when a character is above U+00FF (wide = 1: a lead C4..F4)
 */
const decodeBody = (): Code[] => {
  const [at, n, o, p, end, last16, out, m, b0, b1, b2, b3, lo, span, nul, last32, wide, v, least, w] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
  const advance = (bytes: number, units: number): Code[] => [
    get(p), constant(bytes), op.i32Add, set(p),
    get(out), constant(units * 2), op.i32Add, set(out),
    op.br(1), // from inside the `if` to the loop
  ];
  // Fails (returns -1) unless `bytes` more bytes follow p.
  const need = (bytes: number): Code[] => [get(end), get(p), op.i32Sub, constant(bytes), op.i32LeU, op.if, constant(-1), op.return, op.end];
  // Loads the continuation byte at p + k into `local`; fails unless it is in lo .. lo + span - 1.
  const continuation = (local: number, k: number, low: Code, width: Code): Code[] => [
    get(p), op.i32Load8U(k), op.localTee(local), low, op.i32Sub, width, op.i32GeU, op.if, constant(-1), op.return, op.end,
  ];
  const tail = (local: number, k: number): Code[] => continuation(local, k, constant(0x80), constant(0x40));
  const bits = (local: number, shift: number): Code[] => [get(local), constant(0x3f), op.i32And, constant(shift), op.i32Shl];
  // lo, span: the first continuation byte's range after a lead byte with narrower ones (E0, ED, F0, F4).
  const firstRange = (special: readonly (readonly [lead: number, low: number, width: number])[]): Code[] => [
    constant(0x80), set(lo), constant(0x40), set(span),
    ...special.flatMap(([lead, low, width]) => [get(b0), constant(lead), op.i32Eq, op.if, constant(low), set(lo), constant(width), set(span), op.end]),
  ];
  return [
    get(at), set(p),
    get(p), get(n), op.i32Add, set(end),
    get(end), constant(16), op.i32Sub, set(last16),
    get(end), constant(32), op.i32Sub, set(last32),
    get(o), set(out),
    op.v128ConstBytes(0xff), set(least),
    op.block, op.loop,
    op.block, op.loop,
    get(p), get(last32), op.i32GtU, op.brIf(1),
    get(p), op.v128Load(), op.localTee(v), get(p), op.v128Load(16), op.localTee(w), op.v128Or, op.i8x16Bitmask, op.brIf(1),
    get(out), get(v), op.i16x8ExtendLowI8x16U, op.v128Store(),
    get(out), get(v), op.i16x8ExtendHighI8x16U, op.v128Store(16),
    get(out), get(w), op.i16x8ExtendLowI8x16U, op.v128Store(32),
    get(out), get(w), op.i16x8ExtendHighI8x16U, op.v128Store(48),
    get(least), get(v), get(w), op.i8x16MinU, op.i8x16MinU, set(least),
    get(p), constant(32), op.i32Add, set(p),
    get(out), constant(64), op.i32Add, set(out),
    op.br(0),
    op.end, op.end,
    get(p), get(last16), op.i32LeU, op.if,
    get(p), op.v128Load(), op.localTee(v), op.i8x16Bitmask, set(m),
    get(out), get(v), op.i16x8ExtendLowI8x16U, op.v128Store(),
    get(out), get(v), op.i16x8ExtendHighI8x16U, op.v128Store(16),
    get(least), get(v), op.i8x16MinU, set(least),
    get(m), op.i32Eqz, op.if,
    get(p), constant(16), op.i32Add, set(p),
    get(out), constant(32), op.i32Add, set(out),
    op.br(2),
    op.end,
    get(m), op.i32Ctz, set(m),
    get(p), get(m), op.i32Add, set(p),
    get(out), get(m), constant(1), op.i32Shl, op.i32Add, set(out),
    op.else,
    get(p), get(end), op.i32GeU, op.brIf(2),
    op.end,
    get(p), op.i32Load8U(), set(b0),
    // ASCII
    get(b0), constant(0x80), op.i32LtU, op.if,
    get(nul), get(b0), op.i32Eqz, op.i32Or, set(nul),
    get(out), get(b0), op.i32Store16(),
    ...advance(1, 1),
    op.end,
    // C2..DF 80..BF
    get(b0), constant(0xc2), op.i32Sub, constant(30), op.i32LtU, op.if,
    ...need(1), ...tail(b1, 1),
    get(wide), get(b0), constant(0xc4), op.i32GeU, op.i32Or, set(wide),
    get(out), get(b0), constant(0x1f), op.i32And, constant(6), op.i32Shl, get(b1), constant(0x3f), op.i32And, op.i32Or, op.i32Store16(),
    ...advance(2, 1),
    op.end,
    // E0..EF, three bytes
    get(b0), constant(0xf0), op.i32And, constant(0xe0), op.i32Eq, op.if,
    ...need(2), ...firstRange([[0xe0, 0xa0, 0x20], [0xed, 0x80, 0x20]]),
    ...continuation(b1, 1, get(lo), get(span)), ...tail(b2, 2),
    constant(1), set(wide),
    get(out), get(b0), constant(0x0f), op.i32And, constant(12), op.i32Shl, ...bits(b1, 6), op.i32Or, ...bits(b2, 0), op.i32Or, op.i32Store16(),
    ...advance(3, 1),
    op.end,
    // F0..F4, four bytes: a surrogate pair
    get(b0), constant(0xf0), op.i32Sub, constant(5), op.i32LtU, op.if,
    ...need(3), ...firstRange([[0xf0, 0x90, 0x30], [0xf4, 0x80, 0x10]]),
    ...continuation(b1, 1, get(lo), get(span)), ...tail(b2, 2), ...tail(b3, 3),
    constant(1), set(wide),
    get(b0), constant(0x07), op.i32And, constant(18), op.i32Shl, ...bits(b1, 12), op.i32Or, ...bits(b2, 6), op.i32Or, ...bits(b3, 0), op.i32Or,
    constant(0x10000), op.i32Sub, set(m),
    get(out), get(m), constant(10), op.i32ShrU, constant(0xd800), op.i32Or, op.i32Store16(),
    get(out), get(m), constant(0x3ff), op.i32And, constant(0xdc00), op.i32Or, op.i32Store16(2),
    ...advance(4, 2),
    op.end,
    constant(-1), op.return,
    op.end, op.end,
    get(out), get(o), op.i32Sub, get(nul), op.i32Or, get(least), op.i8x16AllTrue, op.i32Eqz, op.i32Or,
    get(wide), constant(WIDE_SHIFT), op.i32Shl, op.i32Or,
  ];
};

/** Node's Buffer over the decoder's memory (the methods used). */
interface ByteView {
  [index: number]: number;
  toString(encoding: 'latin1' | 'utf16le', start: number, end: number): string;
  set(bytes: Uint8Array, offset: number): void;
  fill(value: number, start: number, end: number): unknown;
}
interface BufferApi {
  from(memory: ArrayBufferLike, offset?: number, length?: number): ByteView;
}
interface GrowableMemory extends WasmMemory {
  grow(pages: number): number;
}
interface Decoder {
  readonly memory: WasmMemory;
  readonly decode: (at: number, n: number, o: number) => number;
  view: ByteView;
  viewOf: ArrayBufferLike;
}

// The compiled module, made on first use; null: no WebAssembly SIMD or no Buffer here.
let compiled: object | null | undefined;

// A decoder working in `memory` (a memory of its own when undefined); null where it cannot run.
function createDecoder(shared?: WasmMemory): Decoder | null {
  const buffer = (globalThis as { Buffer?: BufferApi }).Buffer;
  const api = webAssemblyApi();
  if (buffer === undefined || api === undefined || compiled === null) return null;
  try {
    compiled ??= new api.Module(
      assembleModule({
        importedFunctions: [],
        importedMemory: { module: 'utf8', name: 'memory', minPages: 1 },
        functions: [{ type: { params: [I32, I32, I32], results: [I32] }, locals: [...new Array<number>(14).fill(I32), V128, V128, V128], body: decodeBody(), export: 'decode' }],
      }),
    );
    const memory = shared ?? new api.Memory({ initial: 1 });
    const instance = new api.Instance(compiled, { utf8: { memory } });
    const decode = instance.exports.decode as (at: number, n: number, o: number) => number;
    return { memory, decode, view: buffer.from(memory.buffer), viewOf: memory.buffer };
  } catch {
    compiled = null;
    return null;
  }
}

/** What decodeUtf8 read: the text, and whether the bytes hold NUL (found by the same pass). */
export interface DecodedUtf8 {
  readonly text: string;
  readonly nul: boolean;
  /**
   * Code units at the head of `text` that are not the input's (0 or 1): a U+FEFF the decoder in another module's
   * memory leaves in front of a text holding a character above U+00FF (see wideString). The input's text is
   * `text.slice(lead)`; decodeUtf8's own texts have none.
   */
  readonly lead: number;
}

// The bytes after a UTF-8 byte order mark, which TextDecoder removes.
const withoutBom = (input: Uint8Array): Uint8Array => (input.length >= 3 && input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? input.subarray(3) : input);

// `input` (no BOM) copied to `at` in the decoder's memory and decoded to UTF-16 code units at `o`: the text, or
// undefined on malformed UTF-8. The memory holds at + input.length and o + 2 × input.length bytes.
function decodeAt(decoder: Decoder, input: Uint8Array, at: number, o: number, keepLead: boolean): DecodedUtf8 | undefined {
  if (decoder.viewOf !== decoder.memory.buffer) {
    decoder.viewOf = decoder.memory.buffer;
    decoder.view = (globalThis as unknown as { Buffer: BufferApi }).Buffer.from(decoder.viewOf);
  }
  const n = input.length;
  decoder.view.set(input, at);
  const result = decoder.decode(at, n, o);
  if (result < 0) return undefined;
  const units = (result & ~WIDE_BIT) >> 1;
  // As many units as bytes: every byte was ASCII, and the input itself is the string (a one-byte string, as V8's own).
  const nul = (result & 1) === 1;
  if (units === n) return { text: decoder.view.toString('latin1', at, at + n), nul, lead: 0 };
  if ((result & WIDE_BIT) === 0) return { text: decoder.view.toString('utf16le', o, o + 2 * units), nul, lead: 0 };
  const led = wideString(decoder.view, o, units);
  return keepLead ? { text: led, nul, lead: 1 } : { text: led.slice(1), nul, lead: 0 };
}

// U+FEFF and the string of `units` UTF-16 code units at `o`, one of them above U+00FF (so V8 makes a two-byte string
// anyway). V8 makes a string from code units only after looking for the first unit above U+00FF, unit by unit (about
// 1 µs on a 10 KB log whose first em dash is two thirds in), and stops at once at the U+FEFF written in front of them.
// Sliced off, the text would be a sliced string, which every charCodeAt and regex run on it unwraps (about 0.7 µs of a
// 10 KB verdict): the literal scan's caller keeps it as the text's lead instead (DecodedUtf8.lead). The two bytes
// before `o` are restored: they are the memory's owner's (the literal scan's table).
function wideString(view: ByteView, o: number, units: number): string {
  const low = view[o - 2]!;
  const high = view[o - 1]!;
  view[o - 2] = 0xff;
  view[o - 1] = 0xfe;
  const text = view.toString('utf16le', o - 2, o + 2 * units);
  view[o - 2] = low;
  view[o - 1] = high;
  return text;
}

// The decoder with a memory of its own, made on the second use; null: no WebAssembly SIMD or no Buffer here.
let own: Decoder | null | undefined;
let firstDecodeDone = false;

/**
 * `input` decoded as TextDecoder('utf-8') (BOM removed) decodes it, or undefined where this does not: the first
 * call in a process, malformed UTF-8, more than MAX_INPUT_BYTES, no WebAssembly SIMD or no Buffer. Then the caller's
 * TextDecoder does it.
 */
export function decodeUtf8(input: Uint8Array): DecodedUtf8 | undefined {
  if (input.length > MAX_INPUT_BYTES) return undefined;
  if (own === undefined) {
    if (!firstDecodeDone) {
      firstDecodeDone = true;
      return undefined;
    }
    own = createDecoder();
  }
  if (own === null) return undefined;
  const bytes = withoutBom(input);
  const n = bytes.length;
  const outAt = INPUT_AT + ((n + 31) & ~15);
  const used = outAt + 2 * n + 32;
  const memory = own.memory as GrowableMemory;
  if (used > memory.buffer.byteLength) memory.grow(Math.ceil((used - memory.buffer.byteLength) / PAGE_BYTES));
  const decoded = decodeAt(own, bytes, INPUT_AT, outAt, false);
  own.view.fill(0, INPUT_AT, used);
  return decoded;
}

/** decodeUtf8 at given places of another module's memory (see createUtf8DecoderIn). */
export type Utf8DecoderIn = (input: Uint8Array, at: number, o: number) => DecodedUtf8 | undefined;

/**
 * A decoder working in `memory` (literal-scan-wasm.ts's, so that its scan reads the code units where they are
 * decoded): `input` (BOM removed) is copied to `at` and decoded to UTF-16 code units at `o`, the text returned as
 * decodeUtf8 returns it but with its lead kept (a text of code units above U+00FF starts with U+FEFF, then unit k of
 * the input's text is at `o + 2k`), or undefined on malformed UTF-8. The caller leaves room: the input's length at `at`, twice
 * that at `o`; the memory is not zeroed (it is the caller's). Undefined where no decoder can run.
 */
export function createUtf8DecoderIn(memory: WasmMemory): Utf8DecoderIn | undefined {
  const decoder = createDecoder(memory);
  return decoder === null ? undefined : (input, at, o) => decodeAt(decoder, withoutBom(input), at, o, true);
}
