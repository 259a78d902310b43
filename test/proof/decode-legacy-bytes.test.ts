// Bytes from Windows tools read as what wrote them (decode-legacy-bytes.ts), and through checkPaste: UTF-16 without a
// byte order mark, UTF-16 runs between UTF-8 lines, Windows-1252 text; UTF-8 with a flaw and binary data stay as they were.
import { describe, expect, it } from 'vitest';
import { decodeUtf16Runs, decodeWindows1252, readsAsWindows1252 } from '../../src/proof/decode-legacy-bytes.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { decodePaste } from '../../src/proof/normalize-paste.js';
import { loadLesson, problemCodes } from './helpers.js';

const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string): Uint8Array => utf16le(text).map((_, k, all) => all[k ^ 1]!);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const latin1 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));
const join = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));
const BOM_LE = new Uint8Array([0xff, 0xfe]);

const KILL = '$ date +%T.%3N; kill -TERM 4410\n21:10:00.364\n';
const LOGS = [
  '21:09:59.100 [nó-1] became leader term=1',
  '21:09:59.120 [nó-2] following leader nó-1 term=1',
  '21:10:00.375 [nó-2] connection to leader nó-1 lost (EOF)',
  '21:09:59.120 [nó-3] following leader nó-1 term=1',
  '21:10:00.381 [nó-3] heartbeat timeout: no heartbeat from leader nó-1 in 210ms',
].join('\n') + '\n';

describe('decodeUtf16Runs', () => {
  it('reads UTF-16 without a byte order mark, little- and big-endian', () => {
    expect(decodeUtf16Runs(utf16le(KILL + LOGS))).toBe(KILL + LOGS);
    expect(decodeUtf16Runs(utf16be(KILL + LOGS))).toBe(KILL + LOGS);
  });

  it('reads a UTF-16 run then UTF-8 lines (PowerShell\'s `>` then bash\'s `>>`), and UTF-8 then UTF-16', () => {
    expect(decodeUtf16Runs(join(BOM_LE, utf16le(KILL), utf8(LOGS)))).toBe(KILL + LOGS);
    expect(decodeUtf16Runs(join(utf8(KILL), utf16le(LOGS)))).toBe(KILL + LOGS);
    expect(decodeUtf16Runs(join(utf8(KILL), BOM_LE, utf16le(LOGS)))).toBe(KILL + LOGS);
  });

  it('keeps a UTF-16 line of CJK text UTF-16, though its bytes are ASCII letters', () => {
    const text = '21:10:00.381 节点2\n领导者超时心跳检测领导者超时\n21:10:00.390 ok\n';
    expect(decodeUtf16Runs(join(BOM_LE, utf16le(text)))).toBe(text);
  });

  it('finds no UTF-16 in UTF-8 text, NUL padding or NULs alone', () => {
    expect(decodeUtf16Runs(utf8(KILL + LOGS))).toBeUndefined();
    expect(decodeUtf16Runs(join(new Uint8Array(64), utf8(LOGS)))).toBeUndefined();
    expect(decodeUtf16Runs(new Uint8Array(300))).toBeUndefined();
  });
});

describe('readsAsWindows1252', () => {
  it('reads Latin-1 text as Windows-1252', () => {
    expect(readsAsWindows1252(latin1(LOGS))).toBe(true);
    expect(decodeWindows1252(latin1(LOGS))).toBe(LOGS);
    expect(decodeWindows1252(new Uint8Array([0x93, 0x61, 0x94, 0x85, 0x80, 0x81]))).toBe('\u201ca\u201d\u2026\u20ac\x81');
  });

  it('keeps UTF-8 with one flaw UTF-8, ASCII and binary data as they are', () => {
    expect(readsAsWindows1252(join(utf8('é —'), new Uint8Array([0xe2, 0x80])))).toBe(false);
    expect(readsAsWindows1252(utf8('plain ascii\n'))).toBe(false);
    expect(readsAsWindows1252(new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0xe9, 0x01, 0x02]))).toBe(false);
  });
});

describe('checkPaste on bytes a Windows tool wrote', () => {
  const lesson = loadLesson('w12-l03');
  const text = KILL + LOGS;

  it.each([
    ['UTF-16LE without a byte order mark', utf16le(text)],
    ['UTF-16BE without a byte order mark', utf16be(text)],
    ['the kill in UTF-16, the logs appended in UTF-8', join(BOM_LE, utf16le(KILL), utf8(LOGS))],
    ['Windows-1252 node names', latin1(text)],
  ])('%s: judged as the same text in UTF-8', (_, bytes) => {
    const fromBytes = checkPaste(lesson, bytes);
    expect(fromBytes.passed).toBe(true);
    expect(fromBytes.measurements?.followers.map((f) => [f.node, f.detectionMs])).toEqual([['nó-2', 11], ['nó-3', 17]]);
    expect(fromBytes).toEqual(checkPaste(lesson, text));
    expect(decodePaste(bytes)).toBe(text);
  });

  it('still refuses binary data, with NUL bytes or without', () => {
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);
    expect(problemCodes(checkPaste(lesson, random))).toEqual(['PASTE_BINARY']);
    const noNul = random.map((b) => b || 1);
    expect(problemCodes(checkPaste(lesson, noNul))).toEqual(['PASTE_BINARY']);
  });
});
