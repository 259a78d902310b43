// The wasm writer must produce modules the runtime accepts and runs as written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleModule, encodeSigned, encodeUnsigned, I32, op, webAssemblyApi } from '../../src/proof/wasm-binary.js';

const decode = (bytes: readonly number[], signed: boolean): number => {
  let value = 0n;
  let shift = 0n;
  let byte = 0;
  for (byte of bytes) {
    value |= BigInt(byte & 0x7f) << shift;
    shift += 7n;
  }
  if (signed && (byte & 0x40) !== 0) value -= 1n << shift;
  return Number(value);
};

describe('wasm-binary', () => {
  it('writes LEB128 that reads back, in as few bytes as the value needs', () => {
    expect(encodeUnsigned(624485)).toEqual([0xe5, 0x8e, 0x26]);
    expect(encodeSigned(-123456)).toEqual([0xc0, 0xbb, 0x78]);
    expect(encodeSigned(64)).toEqual([0xc0, 0x00]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: -0x80000000, max: 0x7fffffff }), (u, s) => {
        const unsigned = encodeUnsigned(u);
        expect(decode(unsigned, false)).toBe(u);
        expect(unsigned.length).toBe(Math.max(1, Math.ceil(Math.log2(u + 1) / 7)));
        expect(decode(encodeSigned(s), true)).toBe(s);
      }),
    );
  });

  it('assembles a module with an import, a loop over memory and an export, which runs', () => {
    // (func $sum (param $from i32) (param $to i32) (result i32) (local $total i32)
    //   (block (loop (br_if 1 (i32.ge_u (local.get $from) (local.get $to)))
    //     (local.set $total (call $weigh (i32.load8_u (local.get $from))) + total) (local.set $from (+ 1)) (br 0)))
    //   (local.get $total))
    const bytes = assembleModule({
      importedFunctions: [{ module: 'env', name: 'weigh', type: { params: [I32], results: [I32] } }],
      importedMemory: { module: 'env', name: 'memory', minPages: 1 },
      functions: [
        {
          type: { params: [I32, I32], results: [I32] },
          locals: [I32],
          export: 'sum',
          body: [
            op.block, op.loop,
            op.localGet(0), op.localGet(1), op.i32GeU, op.brIf(1),
            op.localGet(0), op.i32Load8U(), op.call(0), op.localGet(2), op.i32Add, op.localSet(2),
            op.localGet(0), op.i32Const(1), op.i32Add, op.localSet(0),
            op.br(0),
            op.end, op.end,
            op.localGet(2),
          ],
        },
      ],
    });
    const wasm = webAssemblyApi()!;
    const memory = new wasm.Memory({ initial: 1 });
    new Uint8Array(memory.buffer).set([1, 2, 3, 200], 100);
    const { exports } = new wasm.Instance(new wasm.Module(bytes), { env: { memory, weigh: (b: number) => b * 10 } });
    expect((exports.sum as (a: number, b: number) => number)(100, 104)).toBe(2060);
  });
});
