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
 * character (U+2007's search stops at every space), the UTF-8 bytes it came from by memchr (see markUtf8Bytes).
 */
export interface PasteMarks {
  readonly esc: boolean;
  readonly c1Csi: boolean;
  readonly noBreakSpace: boolean;
  readonly cr: boolean;
  /** U+FFFD decoded from the bytes (written as such, or from bytes that were not UTF-8). */
  readonly replacement: boolean;
  readonly nul: boolean;
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

/** Bytes searched natively (memchr): Node's Buffer over the same memory. */
interface ByteSearch {
  readonly [index: number]: number;
  indexOf(value: number, from?: number): number;
}

// Node's Buffer searches bytes with memchr, where a Uint8Array's indexOf steps through them one at a time (about
// 30 times slower on 10 KB); without Buffer (a browser) the string searches serve.
function byteSearchOf(bytes: Uint8Array): ByteSearch | undefined {
  const buffer = (globalThis as { Buffer?: { from(memory: ArrayBufferLike, offset: number, length: number): ByteSearch } }).Buffer;
  return buffer?.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// Past this many occurrences of one lead byte (a paste in a non-Latin script), its characters are left to the
// string searches: byte searches would then cost one native call per character.
const LEAD_BYTE_SEARCHES = 64;

// Does `bytes` hold lead byte `lead` followed by one of the `seconds` (two-byte) or `second`, `thirds` (three-byte)?
// undefined: too many occurrences to tell cheaply.
function holdsSequence(bytes: ByteSearch, lead: number, second: number, thirds: readonly number[] | undefined): boolean | undefined {
  let at = bytes.indexOf(lead);
  for (let n = 0; at >= 0; n++) {
    if (n === LEAD_BYTE_SEARCHES) return undefined;
    if (bytes[at + 1] === second && (thirds === undefined || thirds.includes(bytes[at + 2]!))) return true;
    at = bytes.indexOf(lead, at + 1);
  }
  return false;
}

/** PasteMarks of valid UTF-8 bytes, by native byte searches; undefined when they cannot be told cheaply. */
export function markUtf8Bytes(input: Uint8Array): PasteMarks | undefined {
  const bytes = byteSearchOf(input);
  if (bytes === undefined) return undefined;
  // U+00A0 is C2 A0, U+009B is C2 9B; U+2007 and U+202F are E2 80 87 and E2 80 AF; U+FFFD is EF BF BD.
  const noBreak = holdsSequence(bytes, 0xc2, 0xa0, undefined);
  const c1Csi = holdsSequence(bytes, 0xc2, 0x9b, undefined);
  const wideSpace = holdsSequence(bytes, 0xe2, 0x80, [0x87, 0xaf]);
  const replacement = holdsSequence(bytes, 0xef, 0xbf, [0xbd]);
  if (noBreak === undefined || c1Csi === undefined || wideSpace === undefined || replacement === undefined) return undefined;
  return {
    esc: bytes.indexOf(0x1b) >= 0,
    c1Csi,
    noBreakSpace: noBreak || wideSpace,
    cr: bytes.indexOf(0x0d) >= 0,
    replacement,
    nul: bytes.indexOf(0) >= 0,
  };
}

// Strings up to this many UTF-16 units are encoded into one buffer reused by every verdict (at most 3 bytes a unit):
// a fresh encoding would cost an allocation per verdict, and a longer paste is rare enough to search as a string.
const SCRATCH_UNITS = 1 << 18;
let scratch: Uint8Array | undefined;
const encoder = new TextEncoder();

// The UTF-8 encoding of `text` in the reused buffer (valid until the next call), or undefined when it is too long.
function encodeToScratch(text: string): Uint8Array | undefined {
  if (text.length > SCRATCH_UNITS) return undefined;
  if (scratch === undefined || scratch.length < text.length * 3) scratch = new Uint8Array(Math.max(1 << 16, Math.min(SCRATCH_UNITS, text.length * 2) * 3));
  const { read, written } = encoder.encodeInto(text, scratch);
  return read === text.length ? scratch.subarray(0, written) : undefined;
}

/**
 * A paste as normalised text, and the share of it that is binary (binaryRatio): UTF-8 bytes are decoded strictly
 * and searched as bytes, strings are encoded and searched so too, the rest goes through decodePaste and the string
 * searches. `utf8`: the text's exact UTF-8 encoding when nothing was rewritten, for the literal scan to read as it
 * is: the bytes given, or for a string a reused buffer, valid until the next call.
 */
export function readPasteText(input: string | Uint8Array): { text: string; binaryRatio: number; utf8?: Uint8Array } {
  if (typeof input === 'string') {
    // A string is encoded once (natively, into a reused buffer) and searched as bytes; the literal scan then reads the
    // same bytes instead of encoding the text again. A lone surrogate (encoded as U+FFFD) or a NUL leaves it to the
    // string searches, whose binary ratio it keeps.
    const bytes = encodeToScratch(input);
    const marks = bytes && markUtf8Bytes(bytes);
    if (marks && !marks.replacement && !marks.nul) {
      const text = normalizePasteText(input, marks);
      return text === input ? { text, binaryRatio: 0, utf8: bytes } : { text, binaryRatio: 0 };
    }
  } else if (!startsWithUtf16Bom(input)) {
    let decoded: string | undefined;
    try {
      decoded = strictUtf8.decode(input);
    } catch {
      decoded = undefined;
    }
    const marks = decoded === undefined ? undefined : markUtf8Bytes(input);
    if (decoded !== undefined && marks !== undefined) {
      const ratio = marks.replacement || marks.nul ? binaryRatio(decoded, marks.nul) : 0;
      const text = normalizePasteText(decoded, marks);
      if (text !== decoded) return { text, binaryRatio: ratio };
      // The decoder drops a leading byte order mark (EF BB BF).
      const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0;
      return { text, binaryRatio: ratio, utf8: bom === 0 ? input : input.subarray(bom) };
    }
  }
  const decoded = decodePaste(input);
  const ratio = binaryRatio(decoded, typeof input !== 'string' && input.indexOf(0) >= 0);
  return { text: normalizePasteText(decoded), binaryRatio: ratio };
}

// One log line as the live harness reads it, normalised like a paste (a stray CR is dropped, not a line break).
export function normalizeLogLine(raw: string): string {
  const text = stripTerminalCodes(raw);
  return text.includes('\r') ? text.replace(/\r/g, '') : text;
}
