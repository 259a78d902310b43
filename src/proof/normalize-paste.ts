// Untrusted paste → plain text: bytes decoded as UTF-8 with replacement (UTF-16 where a Windows tool wrote it,
// Windows-1252 where the bytes are not UTF-8 but read as it), ANSI colour/cursor codes removed, backspaces applied
// (an erased typo; `cat -v`'s `^[` and `^M` read as ESC and CR first), CRLF turned into LF (a lone CR too when the paste has no LF; with LF line ends it returns the
// carriage within its line), BOM removed, no-break spaces (a terminal rendered as HTML, chat apps) turned into spaces, invisible format characters (a wiki's zero-width spaces,
// joiners, a BOM inside the text, soft hyphens) removed, U+2028/U+2029 (and NEL or VT in a paste without LF) made LF. Line numbers stay
// those of the original paste because only whole line terminators are rewritten. NUL padding (logs cut short by
// a crash) is left in place and skipped at line starts by scan-lines.ts: searching a UTF-16 string for NUL
// costs as much as the rest of a small verdict.
import { decodeUtf16Runs, decodeWindows1252, readsAsWindows1252 } from './decode-legacy-bytes.js';
import { decodeUtf8, type DecodedUtf8 } from './decode-utf8-wasm.js';
import { BRACKETED_PASTE_CODES } from '../log-events/script-header.js';

/** Default size cap for a paste, in UTF-8 bytes. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

// CSI (`ESC [ … final`), OSC (`ESC ] … BEL|ST`) and two-character escapes. Linear: each branch stops at the
// first byte that ends it, and an unterminated OSC stops at the next ESC.
const ANSI = /\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b\n]*(?:\x07|\x1b\\)?|[@-Z\\^_]|[()][0-9A-Za-z]|[ -/]*[0-~]?)/g;
const C1_CSI = /\x9b[0-?]*[ -/]*[@-~]/g;
// A colour code whose ESC a copy dropped (a web terminal, a chat client): `[01;32mmaria@lab[00m:` — read only in a
// paste holding a reset code so left (`[0m`, `[00m`), which no log writes as text.
const LOST_ESC_SGR = /\[\d{1,3}(?:;\d{1,3}){0,4}m/g;
/** The reset codes whose ESC was lost that say a paste's `[…m` are colour codes (the literal scan looks for them too). */
export const LOST_ESC_RESETS: readonly string[] = ['[0m', '[00m'];
/**
 * HTML's escapes that a paste copied from a page's source keeps (`&lt;node1&gt;`, `&nbsp;` for every space: adv69c-44,
 * whose glued `$&nbsp;date&nbsp;+%T.%3N;&nbsp;kill` timed nothing): the literal scan looks for them too.
 */
export const HTML_ENTITY_LITERALS: readonly string[] = ['&nbsp;', '&lt;', '&gt;', '&amp;', '&quot;', '&#39;'];
const HTML_ENTITY = /&(nbsp|lt|gt|amp|quot|apos|#39|#x27);/gi;
/**
 * `cat -v`'s notation of a terminal capture's codes (`^[[?2004l^M19:45:35.469^M`: ESC shown as `^[`, CR as `^M`, adv76a-05;
 * BEL `^G` ending a window title, backspace `^H` and DEL `^?` erasing a typo: review76): a paste holding a control
 * sequence so shown (`^[[` and a parameter or `?`, which no log writes as text; not a regex's `^[[:digit:]]`) is read as
 * the bytes it stands for. The literal scan looks for `^[[`.
 */
export const CAT_V_LITERALS: readonly string[] = ['^[['];
const CAT_V_SEQUENCE = /\^\[\[[\d?;]/;
const CAT_V_CODE = /\^\[(?!\[:)|\^[MGH?]/g;
const CAT_V_BYTE: Readonly<Record<string, string>> = { '^[': '\x1b', '^M': '\r', '^G': '\x07', '^H': '\b', '^?': '\b' };
const ENTITY_TEXT: Readonly<Record<string, string>> = { nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", '#39': "'", '#x27': "'" };
// Characters that do not occur in text logs: C0 controls other than tab/LF/VT/FF/CR/ESC, and U+FFFD from
// bytes that were not UTF-8.
const SUSPICIOUS = /[\x00-\x08\x0e-\x1a\x1c-\x1f\ufffd]/g;

const NUL_PADDING = /(^|\n)\x00+/g;

// U+00A0 no-break, U+2007 figure and U+202F narrow no-break space: copied from web terminals they stand for spaces.
const NO_BREAK_SPACE = /[\u00a0\u2007\u202f]/g;

// U+00AD soft hyphen, U+200B zero-width space, U+200C/U+200D zero-width (non-)joiner, U+2060 word joiner, U+FEFF (a BOM
// or zero-width no-break space inside the text): a page (Confluence, a wiki, a BOM-led file in a `cat`) puts them
// between characters; they show nothing, so they stand for nothing (`\u200b14:05:33.250` is the time 14:05:33.250).
const INVISIBLE_FORMAT = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const INVISIBLE_FORMAT_UNITS = ['\u200b', '\ufeff', '\u00ad', '\u200c', '\u200d', '\u2060'];

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

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

// Bytes as text: UTF-16 where they hold it (after a byte order mark, or runs of it a Windows tool wrote: only bytes
// with a BOM or NUL can), Windows-1252 where they are not UTF-8 but read as it (see decode-legacy-bytes.ts), else UTF-8
// with replacement; and whether the bytes hold NUL (see binaryRatio). `utf8Text`: their UTF-8 reading when known.
function decodeBytes(input: Uint8Array, utf8Text?: string): { text: string; nul: boolean } {
  const nul = holdsNul(input);
  if (nul || startsWithUtf16Bom(input)) {
    const runs = decodeUtf16Runs(input);
    if (runs !== undefined) return { text: runs, nul: runs.includes('\0') };
  }
  const text = utf8Text ?? decodeUtf8(input)?.text ?? utf8.decode(input);
  if (!nul && text.includes('\ufffd') && readsAsWindows1252(input)) return { text: decodeWindows1252(input), nul: false };
  return { text, nul };
}

// A paste as text (see decodeBytes).
export function decodePaste(input: string | Uint8Array): string {
  return typeof input === 'string' ? input : decodeBytes(input).text;
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

// Text with each backspace applied as a terminal's line editor applies it (`kill 4110 BS ESC[K BS ESC[K 01` or
// `4110 BS SP BS BS SP BS 01` ran `kill 4101`): it erases the code unit before it on its line, never past the start.
// One pass with a write cursor, so a paste of a million backspaces costs a million steps, not a pass per backspace.
function applyBackspaces(text: string): string {
  const units = new Uint16Array(text.length);
  let written = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 8) {
      if (written > lineStart) written--;
      continue;
    }
    units[written++] = c;
    if (c === 10) lineStart = written;
  }
  let erased = '';
  for (let at = 0; at < written; at += 8192) erased += String.fromCharCode(...units.subarray(at, Math.min(written, at + 8192)));
  return erased;
}

// Each line with its lone CRs applied as a terminal shows them: the text after a CR writes over the line from its
// first column (`ESC[?2004l CR 14:20:31.207` shows `14:20:31.207`). Only in text with LF line ends (see normalizePasteText).
function applyCarriageReturns(text: string): string {
  return text.replace(/[^\n]*\r[^\n]*/g, (line) => {
    // Position j shows the last part reaching it: from the last part back, each earlier longer part adds its tail
    // (one pass; overwriting a string per CR cost a copy of the line per CR).
    const parts = line.split('\r');
    let shown = parts[parts.length - 1]!;
    for (let i = parts.length - 2; i >= 0; i--) if (parts[i]!.length > shown.length) shown += parts[i]!.slice(shown.length);
    return shown;
  });
}

// Backspaces occur only in a raw terminal capture (`script`, `tmux pipe-pane`), which always holds ESC or CR (a tty
// ends lines with CRLF): the callers look for them only then, so an ordinary paste pays no extra scan.
function eraseTyped(text: string): string {
  return text.includes('\b') ? applyBackspaces(text) : text;
}

// A `script` typescript's bracketed-paste mode code alone on its line (`ESC[?2004l`, the line a web form made of its CR,
// adv65g-44) is kept without its ESC: a line left blank would part a `date; kill` command from its output, which a
// blank line does (scan-lines.ts dateOutputStamp), and `[?2004l` is no line of a node's. Any other code is dropped.
function keepLoneBracketedPasteCode(code: string, offset: number, text: string): string {
  if (!BRACKETED_PASTE_CODES.includes(code)) return '';
  const before = offset === 0 ? 10 : text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset + code.length);
  return (before === 10 || before === 13) && (after === 10 || after === 13 || Number.isNaN(after)) ? code.slice(1) : '';
}

function stripTerminalCodes(raw: string): string {
  let text = raw.includes(CAT_V_LITERALS[0]!) && CAT_V_SEQUENCE.test(raw) ? raw.replace(CAT_V_CODE, (code) => CAT_V_BYTE[code]!) : raw;
  if (text.includes('\x1b')) text = eraseTyped(text.replace(ANSI, keepLoneBracketedPasteCode));
  if (text.includes('\x9b')) text = text.replace(C1_CSI, '');
  if (LOST_ESC_RESETS.some((reset) => text.includes(reset))) text = text.replace(LOST_ESC_SGR, '');
  // One level of escaping undone (a page's `&amp;lt;` is its text `&lt;`).
  if (HTML_ENTITY_LITERALS.some((entity) => text.includes(entity))) text = text.replace(HTML_ENTITY, (_, name: string) => ENTITY_TEXT[name.toLowerCase()]!);
  // Three substring scans: far cheaper than a regex test on a 5 MB paste.
  if (text.includes('\u00a0') || text.includes('\u2007') || text.includes('\u202f')) text = text.replace(NO_BREAK_SPACE, ' ');
  // Substring scans too; reached only for a paste the literal scan marked (literal-scan-wasm.ts MARK_UNITS) or one it
  // did not scan.
  if (INVISIBLE_FORMAT_UNITS.some((unit) => text.includes(unit))) text = text.replace(INVISIBLE_FORMAT, '');
  return text;
}

// Normalised text for matching: see the header comment.
export function normalizePasteText(raw: string): string {
  return breakUnicodeLines(breakCarriageReturns(stripTerminalCodes(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw)));
}

function breakCarriageReturns(stripped: string): string {
  if (!stripped.includes('\r')) return stripped;
  const text = eraseTyped(stripped);
  // Lines ended by CR alone (no LF anywhere: a classic Mac file) are lines; with LF line ends a lone CR is a
  // carriage return within its line (a `script` typescript's `ESC[?2004l CR`, a progress counter).
  if (!text.includes('\n')) return text.replace(/\r/g, '\n');
  const lf = text.replace(/\r\n/g, '\n');
  return lf.includes('\r') ? applyCarriageReturns(lf) : lf;
}

// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR are line ends: a rich-text web form or a phone's copy writes them
// between lines, and JavaScript reads them so. NEL (U+0085) only ends lines in a paste without LF (an EBCDIC-born
// file): among LF line ends it is more likely Windows-1252's "…" decoded as Latin-1. Read after the CRs, so a lone CR
// in a paste whose other breaks are these is still a line end.
const UNICODE_LINE_BREAK = /[\u2028\u2029]/g;
// VT (U+000B) likewise, Word's manual line break (Shift+Enter) copied out of a document, in a paste without LF
// (adv69c-47: every row joined into one line).
function breakUnicodeLines(text: string): string {
  const lines = text.includes('\u2028') || text.includes('\u2029') ? text.replace(UNICODE_LINE_BREAK, '\n') : text;
  // (A file's final LF is no line break between its lines.)
  const lf = lines.indexOf('\n');
  if (lf >= 0 && lf < lines.length - 1) return lines;
  const nel = lines.includes('\u0085') ? lines.replace(/\u0085/g, '\n') : lines;
  return nel.includes('\v') ? nel.replace(/\v/g, '\n') : nel;
}

/** Bytes searched natively (memchr): Node's Buffer. */
interface ByteSearch {
  indexOf(value: number): number;
}

// Node's Buffer searches bytes with memchr, where a Uint8Array's indexOf steps through them one at a time (about
// 30 times slower on 10 KB); without Buffer (a browser) the latter serves.
function holdsNul(input: Uint8Array): boolean {
  const buffer = (globalThis as { Buffer?: { from(memory: ArrayBufferLike, offset: number, length: number): ByteSearch } }).Buffer;
  return (buffer === undefined ? input : buffer.from(input.buffer, input.byteOffset, input.byteLength)).indexOf(0) >= 0;
}

/** A paste's characters before normalising, and whether it came as bytes holding NUL (see binaryRatio). */
export interface DecodedPaste {
  readonly decoded: string;
  readonly nul: boolean;
  /** Code units at the head of `decoded` that are not the paste's (see DecodedUtf8.lead): its text is decoded.slice(lead). */
  readonly lead: number;
}

/**
 * decodePaste, and whether the bytes hold NUL: found by the WebAssembly decode's own pass, else a native search.
 * `decodeFirst`: a decodeUtf8 to try before it (the literal scan's, which decodes into its own memory).
 */
export function decodePasteInput(input: string | Uint8Array, decodeFirst?: (input: Uint8Array) => DecodedUtf8 | undefined): DecodedPaste {
  if (typeof input === 'string') return { decoded: input, nul: false, lead: 0 };
  const wasm = startsWithUtf16Bom(input) ? undefined : (decodeFirst?.(input) ?? decodeUtf8(input));
  if (wasm !== undefined && !wasm.nul) return { decoded: wasm.text, nul: false, lead: wasm.lead };
  const { text, nul } = decodeBytes(input, wasm && (wasm.lead === 0 ? wasm.text : wasm.text.slice(wasm.lead)));
  return { decoded: text, nul, lead: 0 };
}

/** The normalised text of a decoded paste (its lead dropped) and the share of it that is binary (binaryRatio). */
export function normalizeDecodedPaste({ decoded, nul, lead }: DecodedPaste): { text: string; binaryRatio: number } {
  const pasted = lead === 0 ? decoded : decoded.slice(lead);
  return { text: normalizePasteText(pasted), binaryRatio: binaryRatio(pasted, nul) };
}

// One log line as the live harness reads it, normalised like a paste (a stray CR is dropped, not a line break).
export function normalizeLogLine(raw: string): string {
  const text = stripTerminalCodes(raw);
  return text.includes('\r') ? eraseTyped(text).replace(/\r/g, '') : text;
}
