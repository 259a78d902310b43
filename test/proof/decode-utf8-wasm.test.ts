// The wasm UTF-8 decoder must give TextDecoder's string on every well-formed input and give up (undefined) on every
// malformed one, so decodePaste equals TextDecoder on all bytes.
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeUtf16Runs, readsAsWindows1252 } from '../../src/proof/decode-legacy-bytes.js';
import { createUtf8DecoderIn, decodeUtf8, MAX_INPUT_BYTES } from '../../src/proof/decode-utf8-wasm.js';
import { decodePaste } from '../../src/proof/normalize-paste.js';
import { webAssemblyApi } from '../../src/proof/wasm-binary.js';

const reference = new TextDecoder('utf-8');
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeUtf8', () => {
  // A process's first decode is TextDecoder's (see the next block); these test the wasm decoder after it.
  beforeAll(() => {
    decodeUtf8(new Uint8Array([0x61]));
  });

  it('decodes well-formed UTF-8 as TextDecoder does, across the 32- and 16-byte blocks', () => {
    // ASCII runs of every length around two 32-byte blocks, then 2-, 3- and 4-byte characters, at every offset.
    for (let run = 0; run <= 72; run++) {
      for (const other of ['é', '—', '中', '😀', '\u0080', '\u07ff', '\u0800', '\uffff', '\u{10000}', '\u{10ffff}', '\ud7ff', '\ue000']) {
        const text = `${'a'.repeat(run)}${other}${'b'.repeat(72 - run)}${other}`;
        expect(decodeUtf8(encode(text))?.text).toBe(text);
      }
    }
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(decodeUtf8(encode(text))?.text).toBe(reference.decode(encode(text)));
      }),
      { numRuns: 2000 },
    );
    expect(decodeUtf8(new Uint8Array(0))?.text).toBe('');
  });

  it('decodes a log as large as the cap, growing its memory, and ASCII-only text', () => {
    const line = '2026-11-26T19:30:01.123Z node2 WARN  heartbeat timeout — no message from leader in 300ms\n';
    const big = line.repeat(Math.floor(MAX_INPUT_BYTES / encode(line).length));
    expect(decodeUtf8(encode(big))?.text).toBe(big);
    const ascii = line.replace('—', '-').repeat(100);
    expect(decodeUtf8(encode(ascii))?.text).toBe(ascii);
  });

  it('leaves the two bytes before its output as they were in a memory it shares, wide text or not', () => {
    const memory = new (webAssemblyApi()!.Memory)({ initial: 1 });
    const bytes = new Uint8Array(memory.buffer);
    const decode = createUtf8DecoderIn(memory);
    expect(decode).toBeDefined();
    for (const text of ['node2 — lost connection to leader', 'caf\u00e9 node2', '节点2 超时', 'plain ascii', '\u{1f600} x']) {
      bytes[998] = 0x12;
      bytes[999] = 0x34;
      // A text holding a unit above U+00FF keeps the U+FEFF written in front of it as its lead.
      const wide = [...text].some((c) => c.charCodeAt(0) > 0xff);
      expect(decode!(encode(text), 100, 1000)).toEqual(wide ? { text: `\ufeff${text}`, nul: false, lead: 1 } : { text, nul: false, lead: 0 });
      expect([bytes[998], bytes[999]]).toEqual([0x12, 0x34]);
    }
  });

  it('removes a byte order mark as TextDecoder does', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x6f, 0x6b]))?.text).toBe('ok');
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf]))?.text).toBe('');
    expect(decodeUtf8(new Uint8Array([0x6f, 0xef, 0xbb, 0xbf]))?.text).toBe('o\ufeff');
  });

  it('gives up on malformed UTF-8: stray, overlong, surrogate, out-of-range and cut sequences', () => {
    const malformed = [
      [0x80], [0xbf], [0xc0, 0x80], [0xc1, 0xbf], [0xc2], [0xc2, 0x41], [0xe0, 0x80, 0x80], [0xe0, 0x9f, 0xbf], [0xed, 0xa0, 0x80],
      [0xed, 0xbf, 0xbf], [0xe2, 0x80], [0xe2, 0x80, 0x41], [0xf0, 0x80, 0x80, 0x80], [0xf0, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80],
      [0xf5, 0x80, 0x80, 0x80], [0xff], [0xfe], [0xf0, 0x9f, 0x98],
    ];
    for (const bytes of malformed) {
      for (const before of [0, 1, 20]) expect(decodeUtf8(Uint8Array.from([...new Array<number>(before).fill(0x61), ...bytes]))).toBeUndefined();
    }
  });

  it('equals TextDecoder on arbitrary bytes whenever it decodes, and decodePaste always does', () => {
    const byte = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xbf }), fc.integer({ min: 0xc0, max: 0xff }));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 64 }), (values) => {
        const bytes = Uint8Array.from(values);
        const decoded = decodeUtf8(bytes);
        if (decoded !== undefined) {
          expect(decoded.text).toBe(reference.decode(bytes));
          expect(decoded.nul).toBe(bytes.includes(0));
        }
        // (FF FE and FE FF open UTF-16, which decodePaste reads as such, as it reads the bytes that a Windows tool
        // wrote: test/proof/decode-legacy-bytes.test.ts.)
        const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
        const legacy = readsAsWindows1252(bytes) || decodeUtf16Runs(bytes) !== undefined;
        if (!utf16 && !legacy) expect(decodePaste(bytes)).toBe(reference.decode(bytes));
      }),
      { numRuns: 5000 },
    );
  });

  it('says whether the bytes hold NUL, wherever it is: in either half of a 32-byte block, in a 16-byte block, in the tail, after a multi-byte character', () => {
    // ASCII only (32-byte blocks from the start), and with an em dash at 24 (16-byte blocks and single bytes around it).
    for (const dash of ['-', '—']) {
      const body = `node2 heartbeat timeout ${dash} leader node1 silent for 300 ms\n`.repeat(4);
      expect(decodeUtf8(encode(body))?.nul).toBe(false);
      for (const at of [0, 5, 15, 16, 17, 31, 32, 47, 48, 63, 64, 65, 100, body.length - 1, body.length]) {
        const text = body.slice(0, at) + '\0' + body.slice(at);
        expect(decodeUtf8(encode(text)), `NUL at ${at}`).toEqual({ text, nul: true, lead: 0 });
      }
    }
    expect(decodeUtf8(encode('—\0'))).toEqual({ text: '—\0', nul: true, lead: 0 });
    expect(decodeUtf8(encode('\0'.repeat(40)))).toEqual({ text: '\0'.repeat(40), nul: true, lead: 0 });
  });

  it('leaves inputs above MAX_INPUT_BYTES to TextDecoder', () => {
    const over = encode('x'.repeat(MAX_INPUT_BYTES) + '—');
    expect(decodeUtf8(over)).toBeUndefined();
    expect(decodePaste(over)).toBe(reference.decode(over));
  });
});

describe('decodeUtf8 in a fresh process', () => {
  afterEach(() => {
    vi.resetModules();
  });

  it('leaves the first decode to TextDecoder (a one-shot CLI does not build the module) and decodes from the second', async () => {
    vi.resetModules();
    const fresh = await import('../../src/proof/decode-utf8-wasm.js');
    const bytes = encode('node2 heartbeat timeout — 😀\n');
    expect(fresh.decodeUtf8(bytes)).toBeUndefined();
    expect(fresh.decodeUtf8(bytes)?.text).toBe('node2 heartbeat timeout — 😀\n');
  });
});

describe('decodeUtf8 memory', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('keeps no byte of a paste in its memory after decoding it', async () => {
    // The project's `lib` has no WebAssembly types: the part used here.
    type Memory = { readonly buffer: ArrayBuffer };
    const real = (globalThis as unknown as { WebAssembly: { Module: unknown; Instance: unknown; Memory: new (descriptor: { initial: number }) => Memory } }).WebAssembly;
    const memories: Memory[] = [];
    vi.stubGlobal('WebAssembly', {
      Module: real.Module,
      Instance: real.Instance,
      Memory: class extends real.Memory {
        constructor(descriptor: { initial: number }) {
          super(descriptor);
          memories.push(this);
        }
      },
    });
    vi.resetModules();
    const fresh = await import('../../src/proof/decode-utf8-wasm.js');
    const text = 'node2 heartbeat timeout — no message from leader 😀\n'.repeat(3000);
    expect(fresh.decodeUtf8(encode(text))).toBeUndefined();
    expect(fresh.decodeUtf8(encode(text))?.text).toBe(text);
    expect(memories).toHaveLength(1);
    expect(new Uint8Array(memories[0]!.buffer).every((b) => b === 0)).toBe(true);
  });
});

describe('decodeUtf8 where it cannot run', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  for (const [what, name, value] of [
    ['no WebAssembly (node --jitless)', 'WebAssembly', undefined],
    ['WebAssembly refusing the module (no SIMD)', 'WebAssembly', { Module: class { constructor() { throw new Error('no simd here'); } } }],
    ['no Buffer (a browser)', 'Buffer', undefined],
  ] as const) {
    it(`returns undefined, and decodePaste uses TextDecoder: ${what}`, async () => {
      vi.stubGlobal(name, value);
      vi.resetModules();
      const decoder = await import('../../src/proof/decode-utf8-wasm.js');
      const paste = await import('../../src/proof/normalize-paste.js');
      const bytes = encode('node2 heartbeat timeout — 😀\n');
      expect(decoder.decodeUtf8(bytes)).toBeUndefined();
      expect(decoder.decodeUtf8(bytes)).toBeUndefined();
      expect(paste.decodePaste(bytes)).toBe('node2 heartbeat timeout — 😀\n');
    });
  }
});
