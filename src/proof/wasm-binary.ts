// A minimal WebAssembly binary writer, so a hot loop can run as wasm without a toolchain or a checked-in binary:
// function bodies are written as lists of the instructions below (names as in the text format, WAT) and this
// assembles them into a module's bytes (https://webassembly.github.io/spec/core/binary/). Only what the literal
// scan and the UTF-8 decoder need: i32 arithmetic, memory loads/stores, structured control, imported functions and
// memory, and the few SIMD (v128) instructions that widen 16 ASCII bytes to UTF-16 at once.

/** Bytes of one or more instructions. */
export type Code = readonly number[];

/** Value types. */
export const I32 = 0x7f;
export const V128 = 0x7b;

/** Unsigned LEB128 (indices, sizes, memory offsets). */
export function encodeUnsigned(value: number): number[] {
  const out: number[] = [];
  let v = value >>> 0;
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    out.push(byte);
  } while (v !== 0);
  return out;
}

/** Signed LEB128 (i32.const). */
export function encodeSigned(value: number): number[] {
  const out: number[] = [];
  let v = value | 0;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

const name = (text: string): number[] => {
  const bytes = [...new TextEncoder().encode(text)];
  return [...encodeUnsigned(bytes.length), ...bytes];
};
const vector = (items: readonly (readonly number[])[]): number[] => [...encodeUnsigned(items.length), ...items.flat()];

// The instructions, by their text-format names. Blocks take no parameters and yield nothing (block type 0x40).
const EMPTY = 0x40;
export const op = {
  block: [0x02, EMPTY] as Code,
  loop: [0x03, EMPTY] as Code,
  if: [0x04, EMPTY] as Code,
  else: [0x05] as Code,
  end: [0x0b] as Code,
  br: (depth: number): Code => [0x0c, ...encodeUnsigned(depth)],
  brIf: (depth: number): Code => [0x0d, ...encodeUnsigned(depth)],
  return: [0x0f] as Code,
  call: (func: number): Code => [0x10, ...encodeUnsigned(func)],
  localGet: (local: number): Code => [0x20, ...encodeUnsigned(local)],
  localSet: (local: number): Code => [0x21, ...encodeUnsigned(local)],
  localTee: (local: number): Code => [0x22, ...encodeUnsigned(local)],
  // Memory access: natural alignment (log2 of the width) and a constant byte offset added to the address.
  i32Load: (offset = 0): Code => [0x28, 2, ...encodeUnsigned(offset)],
  i32Load8U: (offset = 0): Code => [0x2d, 0, ...encodeUnsigned(offset)],
  i32Load16U: (offset = 0): Code => [0x2f, 1, ...encodeUnsigned(offset)],
  i32Store: (offset = 0): Code => [0x36, 2, ...encodeUnsigned(offset)],
  i32Store16: (offset = 0): Code => [0x3b, 1, ...encodeUnsigned(offset)],
  i32Const: (value: number): Code => [0x41, ...encodeSigned(value)],
  i32Eqz: [0x45] as Code,
  i32Eq: [0x46] as Code,
  i32Ne: [0x47] as Code,
  i32LtU: [0x49] as Code,
  i32GtU: [0x4b] as Code,
  i32LeU: [0x4d] as Code,
  i32GeU: [0x4f] as Code,
  i32Ctz: [0x68] as Code,
  i32Add: [0x6a] as Code,
  i32Sub: [0x6b] as Code,
  i32Mul: [0x6c] as Code,
  i32DivU: [0x6e] as Code,
  i32And: [0x71] as Code,
  i32Or: [0x72] as Code,
  i32Shl: [0x74] as Code,
  i32ShrU: [0x76] as Code,
  // SIMD (prefix 0xfd, then the opcode as LEB128); v128 accesses declare byte alignment: the decoder's addresses are any.
  v128Load: (offset = 0): Code => [0xfd, 0x00, 0, ...encodeUnsigned(offset)],
  v128Store: (offset = 0): Code => [0xfd, 0x0b, 0, ...encodeUnsigned(offset)],
  i8x16Bitmask: [0xfd, 0x64] as Code,
  i16x8ExtendLowI8x16U: [0xfd, 0x89, 0x01] as Code,
  i16x8ExtendHighI8x16U: [0xfd, 0x8a, 0x01] as Code,
  i8x16MinU: [0xfd, 0x77] as Code,
  v128Or: [0xfd, 0x50] as Code,
  i8x16AllTrue: [0xfd, 0x63] as Code,
  /** v128.const with every byte `byte`. */
  v128ConstBytes: (byte: number): Code => [0xfd, 0x0c, ...new Array<number>(16).fill(byte & 0xff)],
} as const;

/** A function signature: parameter and result value types. */
export interface FunctionType {
  readonly params: readonly number[];
  readonly results: readonly number[];
}

/** A function defined by the module. */
export interface FunctionDefinition {
  readonly type: FunctionType;
  /** Value types of the locals after the parameters. */
  readonly locals: readonly number[];
  readonly body: readonly Code[];
  /** Exported under this name when given. */
  readonly export?: string;
}

/** What a module imports and defines. Function indices: the imported functions first, then the defined ones. */
export interface ModuleDefinition {
  readonly importedFunctions: readonly { readonly module: string; readonly name: string; readonly type: FunctionType }[];
  /** An imported memory (module, name, minimum pages). */
  readonly importedMemory?: { readonly module: string; readonly name: string; readonly minPages: number };
  readonly functions: readonly FunctionDefinition[];
}

// Appends `items` to `out` (push in a loop: spreading long arrays is slow before V8 optimises, on a cold start).
function append(out: number[], items: readonly number[]): void {
  for (let k = 0; k < items.length; k++) out.push(items[k]!);
}

// A section: its id, its content's size, its content, a vector of entries.
function appendSection(out: number[], id: number, entries: readonly (readonly number[])[]): void {
  const content = encodeUnsigned(entries.length);
  for (const entry of entries) append(content, entry);
  out.push(id);
  append(out, encodeUnsigned(content.length));
  append(out, content);
}

/** The binary of a module. */
export function assembleModule(definition: ModuleDefinition): Uint8Array {
  const types: FunctionType[] = [];
  const typeIndex = (type: FunctionType): number => {
    const key = (t: FunctionType): string => `${t.params.join(',')}->${t.results.join(',')}`;
    const found = types.findIndex((t) => key(t) === key(type));
    if (found >= 0) return found;
    types.push(type);
    return types.length - 1;
  };
  const imports: number[][] = definition.importedFunctions.map((f) => [...name(f.module), ...name(f.name), 0x00, ...encodeUnsigned(typeIndex(f.type))]);
  const memory = definition.importedMemory;
  if (memory) imports.push([...name(memory.module), ...name(memory.name), 0x02, 0x00, ...encodeUnsigned(memory.minPages)]);
  const functionTypes = definition.functions.map((f) => encodeUnsigned(typeIndex(f.type)));
  const exports: number[][] = [];
  definition.functions.forEach((f, k) => {
    if (f.export !== undefined) exports.push([...name(f.export), 0x00, ...encodeUnsigned(definition.importedFunctions.length + k)]);
  });
  const bodies = definition.functions.map((f) => {
    const content = encodeUnsigned(f.locals.length);
    for (const type of f.locals) content.push(1, type);
    for (const code of f.body) append(content, code);
    append(content, op.end);
    const body = encodeUnsigned(content.length);
    append(body, content);
    return body;
  });
  const typeEntries = types.map((t) => [0x60, ...vector(t.params.map((p) => [p])), ...vector(t.results.map((r) => [r]))]);
  const out = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  appendSection(out, 1, typeEntries);
  appendSection(out, 2, imports);
  appendSection(out, 3, functionTypes);
  appendSection(out, 7, exports);
  appendSection(out, 10, bodies);
  return Uint8Array.from(out);
}

/** A WebAssembly.Memory. */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
}

/** The part of the standard WebAssembly JavaScript API used here (the project's `lib` has no DOM types). */
export interface WasmApi {
  readonly Module: new (bytes: Uint8Array) => object;
  readonly Memory: new (descriptor: { initial: number }) => WasmMemory;
  readonly Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
}

/** The runtime's WebAssembly; undefined where it has none (`node --jitless`, some locked-down browsers). */
export function webAssemblyApi(): WasmApi | undefined {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  return typeof api === 'object' ? api : undefined;
}
