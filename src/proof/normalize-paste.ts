// Untrusted paste → plain text: bytes decoded as UTF-8 with replacement (UTF-16 when the bytes start with a
// UTF-16 BOM), ANSI colour/cursor codes removed, CRLF and lone CR turned into LF, BOM removed, no-break spaces
// (a terminal rendered as HTML, chat apps) turned into spaces. Line numbers stay
// those of the original paste because only whole line terminators are rewritten. NUL padding (logs cut short by
// a crash) is left in place and skipped at line starts by scan-lines.ts: searching a UTF-16 string for NUL
// costs as much as the rest of a small verdict.

/** Default size cap for a paste, in UTF-8 bytes. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

// CSI (`ESC [ … final`), OSC (`ESC ] … BEL|ST`) and two-character escapes. Linear: each branch stops at the
// first byte that ends it, and an unterminated OSC stops at the next ESC.
const ANSI = /\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b\n]*(?:\x07|\x1b\\)?|[@-Z\\^_]|[()][0-9A-Za-z]|[ -/]*[0-~]?)/g;
const C1_CSI = /\x9b[0-?]*[ -/]*[@-~]/g;
// Characters that do not occur in text logs: C0 controls other than tab/LF/VT/FF/CR/ESC, and U+FFFD from
// bytes that were not UTF-8.
const SUSPICIOUS = /[\x00-\x08\x0e-\x1a\x1c-\x1f\ufffd]/g;

const NUL_PADDING = /(^|\n)\x00+/g;

// U+00A0 no-break, U+2007 figure and U+202F narrow no-break space: copied from web terminals they stand for spaces.
const NO_BREAK_SPACE = /[\u00a0\u2007\u202f]/g;

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** UTF-8 length of a string without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // the pair is 2 units, 4 bytes
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/**
 * Size of the paste in UTF-8 bytes, computed only as far as needed to compare with `maxBytes`: a string longer
 * than the cap is over it whatever its encoding, and then `bytes` is its length, a lower bound (`exact: false`).
 */
export function pasteSize(input: string | Uint8Array, maxBytes: number): { bytes: number; exact: boolean; tooLarge: boolean } {
  if (typeof input !== 'string') return { bytes: input.byteLength, exact: true, tooLarge: input.byteLength > maxBytes };
  // Every UTF-16 unit is 1-3 UTF-8 bytes.
  if (input.length > maxBytes) return { bytes: input.length, exact: false, tooLarge: true };
  if (input.length * 3 <= maxBytes) return { bytes: input.length, exact: false, tooLarge: false };
  const bytes = utf8Length(input);
  return { bytes, exact: true, tooLarge: bytes > maxBytes };
}

// Bytes that start with a UTF-16 byte order mark (FF FE little-endian, FE FF big-endian).
const startsWithUtf16Bom = (input: Uint8Array): boolean => input.length >= 2 && ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff));

export function decodePaste(input: string | Uint8Array): string {
  if (typeof input === 'string') return input;
  if (startsWithUtf16Bom(input)) {
    return new TextDecoder(input[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(input);
  }
  return utf8.decode(input);
}

/**
 * Share of characters that never occur in text logs (0..1). Counted only when there is a hint of binary data —
 * U+FFFD from invalid UTF-8, or (`maybeNul`) NUL bytes in the raw input — so text pastes pay two memchr scans.
 */
export function binaryRatio(text: string, maybeNul = false): number {
  if (text.length === 0 || (!maybeNul && !text.includes('\ufffd'))) return 0;
  SUSPICIOUS.lastIndex = 0;
  let count = 0;
  while (SUSPICIOUS.exec(text)) count++;
  // NUL padding at the head of a line (a log truncated while a writer kept its offset) is not binary data.
  let padding = 0;
  if (maybeNul) {
    NUL_PADDING.lastIndex = 0;
    for (let m = NUL_PADDING.exec(text); m; m = NUL_PADDING.exec(text)) padding += m[0].length - m[1]!.length;
  }
  return text.length === padding ? 1 : (count - padding) / (text.length - padding);
}

/**
 * Which characters the rewrites need, when known without searching the text: a UTF-16 string is searched per
 * character (U+2007's search stops at every space), its code units written out as bytes by memchr (markUtf16Units).
 */
export interface PasteMarks {
  readonly esc: boolean;
  readonly c1Csi: boolean;
  readonly noBreakSpace: boolean;
  readonly cr: boolean;
  /** U+FFFD (written as such, or decoded from bytes that were not UTF-8). */
  readonly replacement: boolean;
}

function stripTerminalCodes(raw: string, marks?: PasteMarks): string {
  let text = raw;
  if (marks ? marks.esc : text.includes('\x1b')) text = text.replace(ANSI, '');
  if (marks ? marks.c1Csi : text.includes('\x9b')) text = text.replace(C1_CSI, '');
  // Three substring scans: far cheaper than a regex test on a 5 MB paste.
  if (marks ? marks.noBreakSpace : text.includes('\u00a0') || text.includes('\u2007') || text.includes('\u202f')) text = text.replace(NO_BREAK_SPACE, ' ');
  return text;
}

// Normalised text for matching: see the header comment. `marks`: what the text holds, when already known.
export function normalizePasteText(raw: string, marks?: PasteMarks): string {
  const text = stripTerminalCodes(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw, marks);
  return (marks ? marks.cr : text.includes('\r')) ? text.replace(/\r\n?/g, '\n') : text;
}

/** Bytes searched natively (memchr): Node's Buffer. */
interface ByteSearch {
  readonly [index: number]: number;
  readonly length: number;
  indexOf(value: number | ByteSearch, from?: number): number;
  write(text: string, offset: number, encoding: 'utf16le'): number;
}

type BufferApi = { from(memory: ArrayBufferLike | readonly number[], offset?: number, length?: number): ByteSearch };

// Node's Buffer searches bytes with memchr, where a Uint8Array's indexOf steps through them one at a time (about
// 30 times slower on 10 KB), and writes a string's code units with a copy; without Buffer (a browser) the string
// searches serve.
const bufferApi = (): BufferApi | undefined => (globalThis as { Buffer?: BufferApi }).Buffer;

// Past this many occurrences of a searched byte that turn out to be no mark, the marks are left to the string
// searches: byte searches would then cost one native call per occurrence.
const FALSE_HITS = 64;

// Does `units` (UTF-16LE) hold the code unit `high << 8 | low`? Searched by its low byte (or both bytes), checked at
// even offsets; undefined: too many false hits to tell cheaply.
function holdsUnit(units: ByteSearch, low: number | ByteSearch, high: number): boolean | undefined {
  let at = units.indexOf(low);
  for (let n = 0; at >= 0; n++) {
    if (n === FALSE_HITS) return undefined;
    if ((at & 1) === 0 && units[at + 1] === high) return true;
    at = units.indexOf(low, at + 1);
  }
  return false;
}

// U+202F's low byte is `/`, in every path: it is searched with its high byte.
let narrowNoBreak: ByteSearch | undefined;

/**
 * PasteMarks of a text's UTF-16LE code units, by native byte searches for bytes that rarely occur otherwise;
 * undefined when they cannot be told cheaply (or without Buffer).
 */
export function markUtf16Units(units: Uint8Array): PasteMarks | undefined {
  const buffer = bufferApi();
  if (buffer === undefined) return undefined;
  const search = buffer.from(units.buffer, units.byteOffset, units.byteLength);
  narrowNoBreak ??= buffer.from([0x2f, 0x20]);
  const esc = holdsUnit(search, 0x1b, 0);
  const c1Csi = holdsUnit(search, 0x9b, 0);
  const noBreak = holdsUnit(search, 0xa0, 0);
  const figure = holdsUnit(search, 0x07, 0x20);
  const narrow = holdsUnit(search, narrowNoBreak, 0x20);
  const cr = holdsUnit(search, 0x0d, 0);
  const replacement = holdsUnit(search, 0xfd, 0xff);
  if (esc === undefined || c1Csi === undefined || noBreak === undefined || figure === undefined || narrow === undefined || cr === undefined || replacement === undefined) return undefined;
  return { esc, c1Csi, noBreakSpace: noBreak || figure || narrow, cr, replacement };
}

// Strings up to this many code units are written into one buffer reused by every verdict: a fresh one would cost an
// allocation per verdict, and a longer paste is rare enough to be searched as a string.
const SCRATCH_UNITS = 1 << 18;
let scratch: Uint8Array | undefined;
let scratchWriter: ByteSearch | undefined;

/** `text`'s UTF-16LE code units in the reused buffer (valid until the next call); undefined: too long, or no Buffer. */
export function writeUtf16Units(text: string): Uint8Array | undefined {
  const buffer = bufferApi();
  if (buffer === undefined || text.length > SCRATCH_UNITS) return undefined;
  if (scratch === undefined || scratch.length < text.length * 2) {
    scratch = new Uint8Array(Math.max(1 << 16, Math.min(SCRATCH_UNITS, text.length * 2) * 2));
    scratchWriter = buffer.from(scratch.buffer, 0, scratch.length);
  }
  return scratch.subarray(0, scratchWriter!.write(text, 0, 'utf16le'));
}

/**
 * A paste as normalised text, and the share of it that is binary (binaryRatio). UTF-8 bytes are decoded strictly;
 * a text's code units are then written out and searched as bytes (markUtf16Units), or else the string searched.
 * `units`: the text's UTF-16LE code units when nothing was rewritten, for the literal scan to read as they are (a
 * reused buffer, valid until the next call).
 */
export function readPasteText(input: string | Uint8Array): { text: string; binaryRatio: number; units?: Uint8Array } {
  let decoded: string | undefined;
  let maybeNul = false;
  if (typeof input === 'string') decoded = input;
  else if (!startsWithUtf16Bom(input)) {
    try {
      decoded = strictUtf8.decode(input);
    } catch {
      decoded = undefined;
    }
    const buffer = bufferApi();
    maybeNul = decoded !== undefined && (buffer === undefined ? input.indexOf(0) >= 0 : buffer.from(input.buffer, input.byteOffset, input.byteLength).indexOf(0) >= 0);
  }
  if (decoded !== undefined) {
    const units = writeUtf16Units(decoded);
    const marks = units && markUtf16Units(units);
    if (marks !== undefined) {
      // A string's NULs are its own characters (binaryRatio counts them only in bytes).
      const ratio = marks.replacement || maybeNul ? binaryRatio(decoded, maybeNul) : 0;
      const text = normalizePasteText(decoded, marks);
      return text === decoded ? { text, binaryRatio: ratio, units: units! } : { text, binaryRatio: ratio };
    }
  }
  const text = decoded ?? decodePaste(input);
  const ratio = binaryRatio(text, typeof input !== 'string' && input.indexOf(0) >= 0);
  return { text: normalizePasteText(text), binaryRatio: ratio };
}

// One log line as the live harness reads it, normalised like a paste (a stray CR is dropped, not a line break).
export function normalizeLogLine(raw: string): string {
  const text = stripTerminalCodes(raw);
  return text.includes('\r') ? text.replace(/\r/g, '') : text;
}
