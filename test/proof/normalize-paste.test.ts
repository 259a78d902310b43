import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { binaryRatio, decodePaste, markUtf16Units, normalizeLogLine, normalizePasteText, pasteSize, readPasteText, utf8Length } from '../../src/proof/normalize-paste.js';
import { excerptOf, indexLines, lineAt, lineText } from '../../src/log-events/paste-lines.js';


// A text's UTF-16LE code units, as readPasteText hands them on.
const units = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));

describe('normalizePasteText', () => {
  it('strips ANSI colour, cursor and OSC sequences', () => {
    expect(normalizePasteText('\x1b[2m19:30:01.123\x1b[0m \x1b[1;32mnode2\x1b[m \x1b[K\x1b]0;title\x07ok\x1b(B')).toBe('19:30:01.123 node2 ok');
    expect(normalizePasteText('a\x9b31mb')).toBe('ab');
  });

  it('turns CRLF and lone CR into LF, keeping line numbers', () => {
    expect(normalizePasteText('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });

  it('turns no-break spaces from web terminals into spaces', () => {
    expect(normalizePasteText('19:30:01.123\u00a0[node2]\u00a0WARN\u00a0 heartbeat\u202ftimeout\u2007x')).toBe('19:30:01.123 [node2] WARN  heartbeat timeout x');
  });

  it('normalises one live log line the same way, dropping a stray CR', () => {
    expect(normalizeLogLine('\x1b[32m12:00:00.001\x1b[0m\u00a0node2 heartbeat timeout\r')).toBe('12:00:00.001 node2 heartbeat timeout');
  });

  it('removes a BOM', () => {
    expect(normalizePasteText('\ufeffx')).toBe('x');
  });

  it('an unterminated escape does not swallow the rest', () => {
    expect(normalizePasteText('a\x1b]8;;http://x\nb')).toBe('a\nb');
  });
});

describe('decodePaste', () => {
  it('decodes UTF-8 with replacement', () => {
    expect(decodePaste(new Uint8Array([0x6e, 0xff, 0x32]))).toBe('n\ufffd2');
    expect(decodePaste(new TextEncoder().encode('— ok'))).toBe('— ok');
  });

  it('decodes UTF-16 with a BOM (PowerShell redirects)', () => {
    expect(decodePaste(new Uint8Array([0xff, 0xfe, 0x6f, 0x00, 0x6b, 0x00]))).toBe('ok');
    expect(decodePaste(new Uint8Array([0xfe, 0xff, 0x00, 0x6f, 0x00, 0x6b]))).toBe('ok');
  });
});

describe('size and binary detection', () => {
  it('counts UTF-8 bytes', () => {
    expect(utf8Length('a—😀')).toBe(1 + 3 + 4);
    expect(pasteSize(new Uint8Array(10), 9)).toEqual({ bytes: 10, exact: true, tooLarge: true });
    expect(pasteSize('———', 8)).toEqual({ bytes: 9, exact: true, tooLarge: true });
    expect(pasteSize('abc', 9)).toEqual({ bytes: 3, exact: false, tooLarge: false });
    expect(pasteSize('x'.repeat(20), 9)).toEqual({ bytes: 20, exact: false, tooLarge: true });
  });

  it('rates binary data by control bytes and replacement characters', () => {
    expect(binaryRatio('plain log line\n')).toBe(0);
    expect(binaryRatio('\ufffd\ufffdab')).toBe(0.5);
    expect(binaryRatio('a\0b\0', true)).toBe(0.5);
    expect(binaryRatio('a\0b\0')).toBe(0); // strings: NULs alone are not looked for
  });
});

describe('paste lines', () => {
  it('indexes lines without an extra one for the final newline', () => {
    const lines = indexLines('a\n\nbc\n');
    expect(lines.count).toBe(3);
    expect([0, 1, 2].map((i) => lineText(lines, i))).toEqual(['a', '', 'bc']);
    expect(lineAt(lines, 3)).toBe(2);
    expect(indexLines('').count).toBe(0);
  });

  it('cuts lines to the cap and excerpts around a match', () => {
    const lines = indexLines('x'.repeat(10));
    expect(lineText(lines, 0, 4)).toBe('xxxx');
    const long = `${'a'.repeat(300)}MATCH${'b'.repeat(300)}`;
    const excerpt = excerptOf(long, 300, 5);
    expect(excerpt).toContain('MATCH');
    expect(excerpt.startsWith('…') && excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(170);
  });
});

describe('readPasteText', () => {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  // The reference: decode, count binary characters and normalise with the string searches.
  const reference = (input: Uint8Array): { text: string; binaryRatio: number } => {
    const decoded = decodePaste(input);
    return { text: normalizePasteText(decoded), binaryRatio: binaryRatio(decoded, input.indexOf(0) >= 0) };
  };

  it('marks each character class the rewrites need from the UTF-16 code units', () => {
    const none = { esc: false, c1Csi: false, noBreakSpace: false, cr: false, replacement: false };
    expect(markUtf16Units(units('19:30:01 node2 — heartbeat timeout\n'))).toEqual(none);
    expect(markUtf16Units(units('a\x1b[31mb'))).toEqual({ ...none, esc: true });
    expect(markUtf16Units(units('a\u009b31mb'))).toEqual({ ...none, c1Csi: true });
    expect(markUtf16Units(units('a\u00a0b'))).toEqual({ ...none, noBreakSpace: true });
    expect(markUtf16Units(units('a — b\u2007c'))).toEqual({ ...none, noBreakSpace: true });
    expect(markUtf16Units(units('data/node1/node.log: a\u202fb'))).toEqual({ ...none, noBreakSpace: true });
    expect(markUtf16Units(units('a\r\nb'))).toEqual({ ...none, cr: true });
    expect(markUtf16Units(units('a\ufffdb'))).toEqual({ ...none, replacement: true });
  });

  it('tells a mark from the same byte in another code unit', () => {
    // U+1B1B, U+0D00, U+A0A0, U+2F20 / U+202E: the searched bytes at odd offsets or with another partner byte.
    expect(markUtf16Units(units('\u1b1b \u0d00 \ua0a0 \u2f20 / \u202e \u07fd\uff00'))).toEqual({ esc: false, c1Csi: false, noBreakSpace: false, cr: false, replacement: false });
  });

  it('leaves a paste full of a searched byte to the string searches', () => {
    expect(markUtf16Units(units('\u1b1b'.repeat(100)))).toBeUndefined();
    expect(markUtf16Units(units('\u1b1b'.repeat(10)))).toBeDefined();
  });

  it('reads every input as decoding, counting and normalising with string searches do', () => {
    const piece = fc.constantFrom('a', 'node2 ', '\n', '\r\n', '\r', '\x1b[31m', '\u009b1m', '\u00a0', '\u2007', '\u202f', '—', '│', '\ufffd', '\ufeff', '\0', '19:30:01.123 ', '😀');
    const bytes = fc.oneof(
      fc.array(piece, { maxLength: 40 }).map((parts) => encode(parts.join(''))),
      fc.uint8Array({ maxLength: 60 }),
      fc.array(piece, { maxLength: 40 }).map((parts) => Uint8Array.from([0xef, 0xbb, 0xbf, ...encode(parts.join(''))])),
      fc.array(piece, { maxLength: 200 }).map((parts) => encode(`${parts.join('')}${'│'.repeat(70)}`)),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        const { units: written, ...read } = readPasteText(input);
        expect(read).toEqual(reference(input));
        // The code units handed on for the literal scan are exactly the text's.
        if (written !== undefined) expect(written).toEqual(units(read.text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads every string as counting and normalising with string searches do', () => {
    const piece = fc.constantFrom('a', '\n', '\r\n', '\x1b[31m', '\u009b1m', '\u00a0', '\u2007', '\u202f', '—', '\ufffd', '\ufeff', '\0', '😀', '\ud83d', '\ude00');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const input = parts.join('');
        const { units: written, ...read } = readPasteText(input);
        expect(read).toEqual({ text: normalizePasteText(input), binaryRatio: binaryRatio(input) });
        if (written !== undefined) expect(written).toEqual(units(read.text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads UTF-16 bytes through the string searches', () => {
    expect(readPasteText('a\r\nb\u00a0c')).toEqual({ text: 'a\nb c', binaryRatio: 0 });
    expect(readPasteText(new TextEncoder().encode('\ufeffok — fine\n'))).toEqual({ text: 'ok — fine\n', binaryRatio: 0, units: units('ok — fine\n') });
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0x0d, 0x00, 0x0a, 0x00, 0x62, 0x00]);
    expect(readPasteText(utf16)).toEqual(reference(utf16));
  });
});

describe('readPasteText without Node’s Buffer', () => {
  it('falls back to the string searches (a browser)', () => {
    const input = new TextEncoder().encode('a\r\nb\u2007c\x1b[1m');
    vi.stubGlobal('Buffer', undefined);
    try {
      expect(markUtf16Units(new Uint8Array([0x61, 0, 0x0d, 0]))).toBeUndefined();
      expect(readPasteText(input)).toEqual({ text: 'a\nb c', binaryRatio: 0 });
      expect(readPasteText(new TextEncoder().encode('ok'))).toEqual({ text: 'ok', binaryRatio: 0 });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
