// The WebAssembly scan must find exactly what the JavaScript scan finds, on any literal set and text, and the
// JavaScript scan must take over where WebAssembly is missing or refuses the module.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileLiteralAutomaton, decodeUtf8ForScan, findLiteralLines, findLiteralLinesInJs, literalScanEngine, scanUnindexedLiterals, useWasmScan, type LiteralLines } from '../../src/proof/literal-automaton.js';
import { indexLines } from '../../src/log-events/paste-lines.js';
import { MARK_UNITS, WASM_TABLE_MAX_BYTES } from '../../src/proof/literal-scan-wasm.js';
import { literalLinesContent as content } from '../support/literal-lines-content.js';

const both = (literals: readonly string[], text: string): { wasm: LiteralLines; js: LiteralLines } => {
  const automaton = compileLiteralAutomaton(literals);
  expect(useWasmScan(automaton)).toBe('wasm');
  const lines = indexLines(text);
  const wasm = findLiteralLines(automaton, text, lines.ends, lines.count);
  // The same pass over the text not indexed yet: the same lines, its line index (ends at its line breaks), and
  // whether it holds a mark.
  const unindexed = scanUnindexedLiterals(automaton, text)!;
  expect(content(unindexed.literalLines), 'unindexed').toEqual(content(wasm));
  expect(unindexed.lines.count).toBe(lines.count);
  expect([...unindexed.lines.starts.subarray(0, lines.count)]).toEqual([...lines.starts.subarray(0, lines.count)]);
  expect([...unindexed.lines.ends.subarray(0, lines.count)]).toEqual([...lines.ends.subarray(0, lines.count)]);
  expect(unindexed.marked).toBe([...text].some((c) => MARK_UNITS.includes(c.charCodeAt(0))));
  return { wasm, js: findLiteralLinesInJs(automaton, text, lines.ends, lines.count) };
};

// Characters the scan treats differently: folded case, spaces and joiners (one and several UTF-8 bytes), line
// breaks, other non-ASCII (a surrogate pair), lone surrogates, U+FFFD.
const TEXT_CHARS = ['a', 'b', 'e', 'A', 'B', 'E', ' ', '-', '_', '\t', '\n', '\r', '\u00a0', '\u3000', '\u2028', '\ufeff', 'é', 'É', 'ß', '中', '😀', '\ud83d', '\ude00', '\ufffd', '=', '\x1b', '\u009b', '\u2007', '\u202f', '\u200b', '\u200d', '\u00ad', '\u2060'];
const LITERAL_CHARS = ['a', 'b', 'e', ' ', 'é', 'ß', '中', '😀', '=', '\ufffd', '\ud83d', '\ude00'];

describe('literal-scan-wasm', () => {
  it('finds what the JavaScript scan finds, on random literal sets and texts', () => {
    const literal = fc.array(fc.constantFrom(...LITERAL_CHARS, 'A', '-', '_', '\u00a0'), { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(literal, { minLength: 1, maxLength: 10 }), fc.array(fc.constantFrom(...TEXT_CHARS), { maxLength: 300 }), (literals, chars) => {
        const text = chars.join('');
        const { wasm, js } = both(literals, text);
        expect(content(wasm), `${JSON.stringify(literals)} in ${JSON.stringify(text)}`).toEqual(content(js));
      }),
      { numRuns: 1000 },
    );
  });

  it('finds what the JavaScript scan finds on long texts: chunks, many hits, pairs at chunk edges', () => {
    const line = fc.array(fc.constantFrom(...TEXT_CHARS.filter((c) => c !== '\n'), 'aba', 'bé中', '😀😀'), { maxLength: 200 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom('a', 'ab', 'b e', 'é', '中', '😀', 'ba😀'), { minLength: 1, maxLength: 7 }), fc.array(line, { minLength: 100, maxLength: 900 }), fc.boolean(), (literals, lines, crlf) => {
        const text = lines.join(crlf ? '\r\n' : '\n');
        const { wasm, js } = both(literals, text);
        expect(content(wasm)).toEqual(content(js));
      }),
      { numRuns: 25 },
    );
  });

  it('finds what the JavaScript scan finds on a few long lines: lanes left empty or merged, four lanes or five', () => {
    // Long lines around FEW_LANES_BELOW (4096 units) and beyond a chunk, so that lanes are cut unevenly, merged or
    // left with nothing (then they step a neutral unit: here not U+0001 nor U+0002, which literals hold).
    const line = fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.array(fc.constantFrom('a', 'b', '\u0001', '\u0002', 'é', '中'), { minLength: 1, maxLength: 6 })).map(([n, cs]) => Array.from({ length: n }, (_, k) => cs[k % cs.length]).join(''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 7 }), fc.boolean(), (lines, trailing) => {
        const text = lines.join('\n') + (trailing ? '\n' : '');
        const { wasm, js } = both(['\u0001', '\u0002a', 'ab', 'é中', 'b\u0001'], text);
        expect(content(wasm)).toEqual(content(js));
      }),
      { numRuns: 120 },
    );
  });

  it('numbers lines across lanes and chunks: a literal on every line of a 3 MB text', () => {
    const text = Array.from({ length: 60_000 }, (_, i) => `${i % 7 === 0 ? '' : 'x'.repeat(i % 53)}Heartbeat-Timeout 中 ${'😀'.repeat(i % 3)}`).join('\n');
    const { wasm, js } = both(['heartbeat timeout', '中 😀', 'x'], text);
    expect(wasm.byId[0]).toHaveLength(60_000);
    expect([...wasm.byId[0]!].every((line, i) => line === i)).toBe(true);
    expect(content(wasm)).toEqual(content(js));
  });

  it('runs literals holding U+FFFD or a lone surrogate (the same code units as the JavaScript scan), not a line break', () => {
    for (const literal of ['a\ufffd', 'a\ud83d', '\ude00b', 'a😀']) {
      const { wasm, js } = both([literal, 'ab'], `x a\ufffd\nab a\ud83d\n\ude00b a😀 \ud83d`);
      expect(content(wasm)).toEqual(content(js));
    }
    expect(useWasmScan(compileLiteralAutomaton(['a\nb', 'ab']))).toBe('js');
  });

  it('leaves an automaton whose table would take over WASM_TABLE_MAX_BYTES in wasm memory to the JavaScript scan', () => {
    // 254 distinct characters: rows of 257 cells of 4 bytes; one row per literal character.
    const alphabet = Array.from({ length: 254 }, (_, k) => String.fromCharCode(0x100 + k));
    const rowsFor = (bytes: number): number => Math.ceil(bytes / (257 * 4));
    // Literals of 254 characters sharing no prefix (their first two differ): about one trie node per character.
    const literalsOf = (rows: number): string[] => Array.from({ length: Math.ceil(rows / 254) }, (_, k) => alphabet[k % 254]! + alphabet[Math.floor(k / 254)]! + alphabet.slice(2).join(''));
    const largest = literalsOf(rowsFor(WASM_TABLE_MAX_BYTES) - 600);
    expect(useWasmScan(compileLiteralAutomaton(largest))).toBe('wasm');
    expect(useWasmScan(compileLiteralAutomaton(literalsOf(rowsFor(WASM_TABLE_MAX_BYTES) + 300)))).toBe('js');
    // Its hits name the right rows up to the last (a hit's row is read back from its address in wasm memory).
    const text = [largest.at(-1)!, `x${largest[0]!}`, largest[1]!.slice(0, 100), `a ${largest.at(-2)!}`, largest.at(-1)!].join('\n');
    const { wasm, js } = both(largest, text);
    expect(content(wasm)).toEqual(content(js));
    expect(wasm.found).toEqual([largest.length - 1, 0, largest.length - 2]);
  });
});

describe('bytes decoded into the scan\'s memory', () => {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  // The unindexed scan of `text` from `lead` on equals the JavaScript scan of the text after the lead, and finds the
  // same lines (offsets in `text`) and marks.
  const expectScanOf = (automaton: ReturnType<typeof compileLiteralAutomaton>, text: string, lead = 0): void => {
    const pasted = text.slice(lead);
    const lines = indexLines(pasted);
    const scanned = scanUnindexedLiterals(automaton, text, lead)!;
    expect(content(scanned.literalLines), JSON.stringify(pasted.slice(0, 200))).toEqual(content(findLiteralLinesInJs(automaton, pasted, lines.ends, lines.count)));
    expect(scanned.lines.count).toBe(lines.count);
    expect([...scanned.lines.ends.subarray(0, lines.count)]).toEqual([...lines.ends.subarray(0, lines.count)].map((end) => end + lead));
    expect([...scanned.lines.starts.subarray(0, lines.count)]).toEqual([...lines.starts.subarray(0, lines.count)].map((start) => start + lead));
    expect(scanned.marked).toBe([...pasted].some((c) => MARK_UNITS.includes(c.charCodeAt(0))));
  };
  // A text holding a character above U+00FF comes with a U+FEFF in front (DecodedUtf8.lead), any other without.
  const ledBy = (text: string): { text: string; lead: number } => ([...text].some((c) => c.charCodeAt(0) > 0xff) ? { text: `\ufeff${text}`, lead: 1 } : { text, lead: 0 });

  it('decodes as TextDecoder does and the scan of the text returned reads the units where they were decoded', () => {
    const automaton = compileLiteralAutomaton(['a', 'ab', 'b e', 'é', '中', '😀', 'ba😀', 'heartbeat timeout']);
    expect(decodeUtf8ForScan(automaton, encode('x'))).toBeUndefined();
    expect(useWasmScan(automaton)).toBe('wasm');
    const line = fc.array(fc.constantFrom(...TEXT_CHARS.filter((c) => c !== '\n' && c !== '\ud83d' && c !== '\ude00'), 'aba', 'Heartbeat-Timeout'), { maxLength: 80 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 400 }), (lines) => {
        const bytes = encode(lines.join('\n'));
        const decoded = decodeUtf8ForScan(automaton, bytes);
        expect(decoded).toEqual({ ...ledBy(new TextDecoder().decode(bytes)), nul: false });
        expectScanOf(automaton, decoded!.text, decoded!.lead);
      }),
      { numRuns: 150 },
    );
  });

  it('reads decoded units for the next scan of that text only: another text, or the same after another, is written', () => {
    const automaton = compileLiteralAutomaton(['heartbeat timeout', 'eof', 'ab']);
    useWasmScan(automaton);
    const first = 'node1 heartbeat timeout\nab eof\n'.repeat(50);
    const other = 'node1 HEARTBEAT-TIMEOUT\nxy zzz\n'.repeat(50);
    expect(other.length).toBe(first.length);
    // Decoded `first`, then a scan of another text of the same length: its own units, not the decoded ones.
    decodeUtf8ForScan(automaton, encode(first));
    expectScanOf(automaton, other);
    // The decoded text scanned after another scan: written again (the windows hold the other's units).
    const decoded = decodeUtf8ForScan(automaton, encode(first))!.text;
    expectScanOf(automaton, other);
    expectScanOf(automaton, decoded);
    // Decoded, then another decode that fails (malformed UTF-8): the first text's units are not trusted.
    const again = decodeUtf8ForScan(automaton, encode(first))!.text;
    expect(decodeUtf8ForScan(automaton, Uint8Array.from([...encode(other), 0xff]))).toBeUndefined();
    expectScanOf(automaton, again);
  });

  it('scans a decoded text whose lanes do not fit a chunk (a long line) by its chunks, and leaves a text over 40K bytes (its windows: five of 8K code units) to decodeUtf8', () => {
    const automaton = compileLiteralAutomaton(['heartbeat timeout', 'x😀', 'eof']);
    useWasmScan(automaton);
    const long = `a\n${'x😀 heartbeat timeout '.repeat(900)}\nb eof\n`;
    const decoded = decodeUtf8ForScan(automaton, encode(long));
    expect(decoded).toEqual({ text: `\ufeff${long}`, nul: false, lead: 1 });
    expectScanOf(automaton, decoded!.text, decoded!.lead);
    expect(decodeUtf8ForScan(automaton, encode('x'.repeat(40 * 1024 + 1)))).toBeUndefined();
    const most = `${'é heartbeat timeout\n'.repeat(1861)}eof`;
    expect(encode(most).length).toBeLessThanOrEqual(40 * 1024);
    expect(decodeUtf8ForScan(automaton, encode(most))).toEqual({ text: most, nul: false, lead: 0 });
    expectScanOf(automaton, most);
  });

  it('removes a byte order mark and says whether the bytes hold NUL, as decodeUtf8', () => {
    const automaton = compileLiteralAutomaton(['eof']);
    useWasmScan(automaton);
    expect(decodeUtf8ForScan(automaton, Uint8Array.from([0xef, 0xbb, 0xbf, ...encode('eof\n')]))).toEqual({ text: 'eof\n', nul: false, lead: 0 });
    expect(decodeUtf8ForScan(automaton, encode('a\0b — eof'))).toEqual({ text: '\ufeffa\0b — eof', nul: true, lead: 1 });
    expectScanOf(automaton, '\ufeffa\0b — eof', 1);
  });
});

describe('which scan runs', () => {
  it('scans a first small paste in JavaScript, later ones and a first long one in WebAssembly', () => {
    const text = 'x\nHEARTBEAT_TIMEOUT EOF\n';
    const lines = indexLines(text);
    const automaton = compileLiteralAutomaton(['heartbeat timeout', 'eof']);
    expect(findLiteralLines(automaton, text, lines.ends, lines.count).byId).toEqual([[1], [1]]);
    expect(literalScanEngine(automaton)).toBe('js');
    expect(findLiteralLines(automaton, text, lines.ends, lines.count).byId).toEqual([[1], [1]]);
    expect(literalScanEngine(automaton)).toBe('wasm');
    const long = text.repeat(1 << 16);
    const longLines = indexLines(long);
    const fresh = compileLiteralAutomaton(['heartbeat timeout', 'eof']);
    expect(findLiteralLines(fresh, long, longLines.ends, longLines.count).byId[1]).toHaveLength(1 << 16);
    expect(literalScanEngine(fresh)).toBe('wasm');
  });
});

describe('without WebAssembly', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  for (const [runtime, value] of [
    ['none (node --jitless)', undefined],
    ['one refusing the module', { Module: class { constructor() { throw new Error('no wasm here'); } } }],
  ] as const) {
    it(`falls back to the JavaScript scan: ${runtime}`, async () => {
      vi.stubGlobal('WebAssembly', value);
      vi.resetModules();
      const fresh = await import('../../src/proof/literal-automaton.js');
      const automaton = fresh.compileLiteralAutomaton(['heartbeat timeout', 'eof']);
      expect(fresh.useWasmScan(automaton)).toBe('js');
      const text = 'x\nHEARTBEAT_TIMEOUT EOF\n\nno eof';
      const lines = indexLines(text);
      const found = fresh.findLiteralLines(automaton, text, lines.ends, lines.count);
      expect([found.byId, found.found]).toEqual([[[1], [1, 3]], [0, 1]]);
    });
  }
});

describe('without Node’s Buffer (a browser)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('writes the code units into wasm memory itself and finds the same lines', async () => {
    vi.stubGlobal('Buffer', undefined);
    vi.resetModules();
    const fresh = await import('../../src/proof/literal-automaton.js');
    const automaton = fresh.compileLiteralAutomaton(['heartbeat timeout', 'eof', '中 😀', 'a\ufffd']);
    expect(fresh.useWasmScan(automaton)).toBe('wasm');
    const text = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? `HEARTBEAT_TIMEOUT 中 😀 ${i}` : i % 5 === 0 ? `no eof a\ufffd \ud83d` : 'x')).join('\n');
    const lines = indexLines(text);
    expect(content(fresh.findLiteralLines(automaton, text, lines.ends, lines.count))).toEqual(content(fresh.findLiteralLinesInJs(automaton, text, lines.ends, lines.count)));
    expect(fresh.findLiteralLines(automaton, text, lines.ends, lines.count).byId[0]).toHaveLength(1000);
    // A short text, scanned where it lies in the windows.
    const short = text.slice(0, 5000);
    const shortLines = indexLines(short);
    expect(content(fresh.findLiteralLines(automaton, short, shortLines.ends, shortLines.count))).toEqual(content(fresh.findLiteralLinesInJs(automaton, short, shortLines.ends, shortLines.count)));
    // Nor is anything decoded into its memory (Buffer makes the decoder's string).
    expect(fresh.decodeUtf8ForScan(automaton, new TextEncoder().encode(short))).toBeUndefined();
  });
});
