import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { binaryRatio, decodePaste, decodePasteInput, normalizeLogLine, normalizeDecodedPaste, normalizePasteText, pasteSize, utf8Length } from '../../src/proof/normalize-paste.js';
import { excerptOf, indexLines, lineAt, lineText } from '../../src/log-events/paste-lines.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson } from './helpers.js';

describe('normalizePasteText', () => {
  it('strips ANSI colour, cursor and OSC sequences', () => {
    expect(normalizePasteText('\x1b[2m19:30:01.123\x1b[0m \x1b[1;32mnode2\x1b[m \x1b[K\x1b]0;title\x07ok\x1b(B')).toBe('19:30:01.123 node2 ok');
    expect(normalizePasteText('a\x9b31mb')).toBe('ab');
  });

  it('turns CRLF into LF, and lone CRs too in a paste with no LF (a classic Mac file), keeping line numbers', () => {
    expect(normalizePasteText('a\r\nb\r\nc\r\n')).toBe('a\nb\nc\n');
    expect(normalizePasteText('a\rb\rc\r')).toBe('a\nb\nc\n');
  });

  it('applies a lone CR among LF line ends as a terminal does: the text after it writes over the line from its start', () => {
    // bash's bracketed-paste toggle in a `script` typescript: ESC[?2004l CR before a command's first output line.
    expect(normalizePasteText('$ date +%T.%3N; kill 4101\r\n\x1b[?2004l\r14:20:31.207\r\n')).toBe('$ date +%T.%3N; kill 4101\n14:20:31.207\n');
    expect(normalizePasteText('progress 10%\rprogress 100%\ndone\n')).toBe('progress 100%\ndone\n');
    expect(normalizePasteText('abcdef\rxy\n')).toBe('xycdef\n');
    expect(normalizePasteText('node2 timeout\r\n')).toBe('node2 timeout\n');
  });

  it('applies backspaces: an erased typo is what the shell ran, never erasing past the start of a line', () => {
    expect(normalizePasteText('$ kill 4110\b\x1b[K\b\x1b[K01\r\n')).toBe('$ kill 4101\n');
    expect(normalizePasteText('$ kill 4110\b \b\b \b01\r\n')).toBe('$ kill 4101\n');
    expect(normalizePasteText('ab\r\n\b\bc\r\n')).toBe('ab\nc\n');
    expect(normalizePasteText('$ kill 4101\n')).toBe('$ kill 4101\n');
    // Linear in the carriage returns: 100,000 of them over a 400,000-character line (a copy of the line per CR never ended).
    expect(normalizePasteText(`${'a'.repeat(400_000)}${'\rx'.repeat(100_000)}\nb\n`)).toBe(`x${'a'.repeat(399_999)}\nb\n`);
    // Linear in the backspaces: 200,000 of them after as many characters (a pass per backspace would never end).
    expect(normalizePasteText(`${'a'.repeat(200_000)}${'\b'.repeat(200_000)}x\r\n`)).toBe('x\n');
    // Only a raw capture (ESC or CR in it) has its backspaces applied: an ordinary paste pays no extra scan.
    expect(normalizePasteText('$ kill 4110\b\b01\n')).toBe('$ kill 4110\b\b01\n');
  });

  it('turns no-break spaces from web terminals into spaces', () => {
    expect(normalizePasteText('19:30:01.123\u00a0[node2]\u00a0WARN\u00a0 heartbeat\u202ftimeout\u2007x')).toBe('19:30:01.123 [node2] WARN  heartbeat timeout x');
  });

  it('removes invisible format characters a wiki or a BOM-led file puts inside the text (Confluence: U+200B before every row)', () => {
    expect(normalizePasteText('\u200b14:05:33.250\n\u200b14:05:33.455\u200b node2 [F] heartbeat timeout\n')).toBe('14:05:33.250\n14:05:33.455 node2 [F] heartbeat timeout\n');
    expect(normalizePasteText('a\ufeff12:00:00.001 n\u00adode2 time\u200cout\u200d\u2060')).toBe('a12:00:00.001 node2 timeout');
    expect(normalizeLogLine('\u200b12:00:00.001\u200b node2 heartbeat timeout')).toBe('12:00:00.001 node2 heartbeat timeout');
  });

  it('normalises one live log line the same way, dropping a stray CR', () => {
    expect(normalizeLogLine('\x1b[32m12:00:00.001\x1b[0m\u00a0node2 heartbeat timeout\r')).toBe('12:00:00.001 node2 heartbeat timeout');
    expect(normalizeLogLine('kill 4110\b\x1b[K\b\x1b[K01')).toBe('kill 4101');
  });

  it('reads U+2028 and U+2029 as line breaks (a rich-text form, a phone, JavaScript), NEL only in a paste without LF', () => {
    expect(normalizePasteText('a\u2028b\u2028c\u2028')).toBe('a\nb\nc\n');
    expect(normalizePasteText('a\u2029b\nc\u2028d\r\n')).toBe('a\nb\nc\nd\n');
    // Lone CRs stay line ends in a paste whose other breaks are U+2028: they are read before it becomes LF.
    expect(normalizePasteText('a\rb\u2028c')).toBe('a\nb\nc');
    expect(normalizePasteText('a\u0085b\u0085')).toBe('a\nb\n');
    // Among LF line ends a NEL is more likely Windows-1252's "…" read as Latin-1 than a line end: left in place.
    expect(normalizePasteText('shutting down\u0085\nb\n')).toBe('shutting down\u0085\nb\n');
  });

  it('removes a BOM', () => {
    expect(normalizePasteText('\ufeffx')).toBe('x');
  });

  it('an unterminated escape does not swallow the rest', () => {
    expect(normalizePasteText('a\x1b]8;;http://x\nb')).toBe('a\nb');
  });
});

describe('decodePaste', () => {
  it('decodes UTF-8 with replacement, and bytes that hold no UTF-8 as Windows-1252', () => {
    expect(decodePaste(new Uint8Array([0x6e, 0xff, 0x32, 0xc3, 0xa9]))).toBe('n\ufffd2é');
    expect(decodePaste(new Uint8Array([0x6e, 0xf3, 0x2d, 0x32]))).toBe('nó-2');
    expect(decodePaste(new TextEncoder().encode('— ok'))).toBe('— ok');
  });

  it('decodes UTF-16 with a BOM (PowerShell redirects)', () => {
    expect(decodePaste(new Uint8Array([0xff, 0xfe, 0x6f, 0x00, 0x6b, 0x00]))).toBe('ok');
    expect(decodePaste(new Uint8Array([0xfe, 0xff, 0x00, 0x6f, 0x00, 0x6b]))).toBe('ok');
  });
});

describe('VT line breaks', () => {
  it("reads Word's manual line breaks (VT) as line ends in a paste without LF, a file's final LF aside", () => {
    expect(normalizePasteText('a\vb\vc\n')).toBe('a\nb\nc\n');
    expect(normalizePasteText('a\vb')).toBe('a\nb');
    expect(normalizePasteText('a\vb\nc\n')).toBe('a\vb\nc\n');
  });
});

describe('HTML escapes', () => {
  it('undoes one level of a page source\'s escapes, and leaves other ampersands alone', () => {
    expect(normalizePasteText('$&nbsp;date&nbsp;&amp;&amp;&nbsp;kill&nbsp;5202\n&lt;node1&gt;&#39;x&#39; &quot;y&quot; &amp;lt;')).toBe('$ date && kill 5202\n<node1>\'x\' "y" &lt;');
    expect(normalizePasteText('GET /put?k=1&v=2 & done')).toBe('GET /put?k=1&v=2 & done');
  });
});

describe("cat -v's notation", () => {
  it("reads a capture's `^[` and `^M` as the ESC and CR they stand for (adv76a-05), in a paste holding an escape so shown", () => {
    expect(normalizePasteText('^[[?2004h$ date +%T.%3N; kill 15203^M\n^[[?2004l^M19:45:35.469^M\n^[[33mWARN^[[0m heartbeat timeout^M\n')).toBe(
      '$ date +%T.%3N; kill 15203\n19:45:35.469\nWARN heartbeat timeout\n',
    );
    // A window title ended by BEL, a typo erased by backspace, zsh's keypad codes (review76).
    expect(normalizePasteText('^[[?2004h^[]0;sam@lab: ~/kv^G$ date +%T.%3N; kill 15204^H^[[K3^M\n^[[?1l^[>19:45:35.469\n')).toBe('$ date +%T.%3N; kill 15203\n19:45:35.469\n');
    // No control sequence in that notation: a caret written as text stays, a regex's class too.
    expect(normalizePasteText('regex ^M and ^[ stay\n')).toBe('regex ^M and ^[ stay\n');
    expect(normalizePasteText("$ grep -E '^[[:digit:]]' node.log^M\n")).toBe("$ grep -E '^[[:digit:]]' node.log^M\n");
  });

  it('lets the kill in a `cat -v` of an interactive typescript be timed by the date row (adv76a-05/-07/-80)', () => {
    const paste = [
      '$ cat -v typescript',
      'Script started on 2026-12-07 19:45:35+00:00 [COMMAND="env PS1=\'$ \' bash --norc -i" <not executed on terminal>]',
      '^[[?2004h$ date +%T.%3N; kill 15203^M',
      '^[[?2004l^M19:45:35.469^M',
      '^[[?2004h$ exit^M',
      '$ grep -h "" data/node2/node.log data/node3/node.log',
      '19:45:33.938 [node2] INFO  following leader node1 (term 1)',
      '19:45:35.475 [node2] WARN  connection to leader node1 lost (EOF)',
      '19:45:33.939 [node3] INFO  following leader node1 (term 1)',
      '19:45:35.476 [node3] WARN  connection to leader node1 lost (EOF)',
      '19:45:35.701 [node3] WARN  heartbeat timeout: no heartbeat from leader node1 in 225 ms',
    ].join('\n');
    const verdict = checkPaste(loadLesson('w12-l03'), paste);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.killLine).toBe(4);
    expect(verdict.measurements?.followers.map((f) => f.detectionMs)).toEqual([6, 7]);
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

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
// A paste as checkPaste reads it when it is searched as a string.
const readPasteText = (input: string | Uint8Array): { text: string; binaryRatio: number } => normalizeDecodedPaste(decodePasteInput(input));

describe('readPasteText', () => {
  it('decodes bytes, counting NUL only in bytes: a string\'s NULs are its own characters', () => {
    expect(decodePasteInput(encode('a\0b'))).toEqual({ decoded: 'a\0b', nul: true, lead: 0 });
    expect(decodePasteInput(encode('a—b'))).toEqual({ decoded: 'a—b', nul: false, lead: 0 });
    expect(decodePasteInput('a\0b')).toEqual({ decoded: 'a\0b', nul: false, lead: 0 });
    expect(readPasteText(encode('\0'.repeat(20)))).toEqual({ text: '\0'.repeat(20), binaryRatio: 1 });
    expect(readPasteText('\0'.repeat(20))).toEqual({ text: '\0'.repeat(20), binaryRatio: 0 });
  });

  it('takes the decode it is given first where it decodes (the literal scan\'s), else decodes itself', () => {
    const asked: Uint8Array[] = [];
    const decodeFirst = (bytes: Uint8Array) => (asked.push(bytes), bytes.length > 3 ? { text: 'theirs', nul: false, lead: 0 } : undefined);
    expect(decodePasteInput(encode('a—b'), decodeFirst)).toEqual({ decoded: 'theirs', nul: false, lead: 0 });
    expect(decodePasteInput(encode('ab'), decodeFirst)).toEqual({ decoded: 'ab', nul: false, lead: 0 });
    expect(asked).toHaveLength(2);
    // Not for a string, nor for UTF-16 bytes.
    expect(decodePasteInput('a—b', decodeFirst)).toEqual({ decoded: 'a—b', nul: false, lead: 0 });
    expect(decodePasteInput(Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0x62, 0x00, 0x63, 0x00]), decodeFirst).decoded).toBe('abc');
    expect(asked).toHaveLength(2);
  });

  it('reads UTF-8 and UTF-16 bytes, with or without a byte order mark', () => {
    expect(readPasteText('a\r\nb\u00a0c')).toEqual({ text: 'a\nb c', binaryRatio: 0 });
    expect(readPasteText(encode('\ufeffok — fine\n'))).toEqual({ text: 'ok — fine\n', binaryRatio: 0 });
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0x0d, 0x00, 0x0a, 0x00, 0x62, 0x00]);
    expect(readPasteText(utf16)).toEqual({ text: 'a\nb', binaryRatio: 0 });
  });
});

describe('readPasteText without Node’s Buffer', () => {
  it('searches the bytes for NUL itself (a browser)', () => {
    vi.stubGlobal('Buffer', undefined);
    try {
      expect(decodePasteInput(encode('a\0b'))).toEqual({ decoded: 'a\0b', nul: true, lead: 0 });
      expect(readPasteText(encode('a\r\nb\u2007c\x1b[1m'))).toEqual({ text: 'a\nb c', binaryRatio: 0 });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('checkPaste: a paste whose line breaks are U+2028 (adv42 F8, p61)', () => {
  const lines = [
    '2026-12-03T16:54:28.149Z kv_node[1] WARN received SIGTERM, shutting down',
    '2026-12-03T16:54:28.390Z kv_node[2] WARN heartbeat timeout: no heartbeat from leader node1 in 250 ms',
    '2026-12-03T16:54:28.390Z kv_node[3] WARN heartbeat timeout: no heartbeat from leader node1 in 250 ms',
  ];
  const lesson = loadLesson('w12-l03');

  it.each([
    ['a string', (text: string): string | Uint8Array => text],
    ['bytes', (text: string): string | Uint8Array => new TextEncoder().encode(text)],
  ])('reads each record as its own line, given as %s', (_, input) => {
    for (const sep of ['\u2028', '\u2029']) {
      const verdict = checkPaste(lesson, input(`${lines.join(sep)}${sep}`));
      expect(verdict.input.lines).toBe(3);
      expect(verdict.passed).toBe(true);
      expect(verdict.measurements?.killLine).toBe(1);
      expect(verdict.measurements?.followers.map((f) => f.detectionMs)).toEqual([241, 241]);
    }
  });
});
