// Paste bytes that are not plain UTF-8, read as what wrote them: UTF-16 from Windows tools (PowerShell's `>` writes
// UTF-16LE, with a byte order mark or, from some tools, without), also in runs — a file PowerShell began and bash's
// `>>` went on in UTF-8, or the reverse — and Windows-1252 (Latin-1) text, from an old editor or a Windows console,
// whose accented names would otherwise become U+FFFD. Pure: bytes in, text out.

// Code units a run needs before it is taken for UTF-16 text or for ASCII after it (fewer only at the end of the bytes).
const RUN_UNITS = 8;
const MIN_TAIL_UNITS = 2;

const isAsciiText = (b: number): boolean => b === 9 || b === 10 || b === 13 || (b >= 0x20 && b < 0x7f);

// Whether the bytes at `at` read as UTF-16 ASCII text: RUN_UNITS units (or all that are left, at least
// MIN_TAIL_UNITS), each a text character below U+007F in the order `le` says.
function looksUtf16(bytes: Uint8Array, at: number, le: boolean): boolean {
  const units = Math.min(RUN_UNITS, (bytes.length - at) >> 1);
  if (units < MIN_TAIL_UNITS) return false;
  for (let k = 0; k < units; k++) {
    const low = bytes[at + 2 * k + (le ? 0 : 1)]!;
    const high = bytes[at + 2 * k + (le ? 1 : 0)]!;
    if (high !== 0 || !isAsciiText(low)) return false;
  }
  return true;
}

// Whether the bytes at `at` read as UTF-8 text and not as UTF-16: 2 × RUN_UNITS bytes (or all left, at least 4) of
// well-formed UTF-8 (a sequence may run past them) with no control character but tab and line ends. UTF-16 of ASCII
// has NUL in every other byte; of CJK text, bytes that are no well-formed UTF-8.
function looksUtf8(bytes: Uint8Array, at: number): boolean {
  const end = Math.min(at + 2 * RUN_UNITS, bytes.length);
  if (end - at < 2 * MIN_TAIL_UNITS) return false;
  for (let k = at; k < end; k++) {
    const b = bytes[k]!;
    if (b < 0x80) {
      if (!isAsciiText(b)) return false;
    } else {
      if (!startsUtf8Sequence(bytes, k)) return false;
      k += b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : 1;
    }
  }
  return true;
}

const bomAt = (bytes: Uint8Array, at: number): 'le' | 'be' | undefined =>
  bytes[at] === 0xff && bytes[at + 1] === 0xfe ? 'le' : bytes[at] === 0xfe && bytes[at + 1] === 0xff ? 'be' : undefined;

interface Run {
  readonly from: number;
  readonly to: number;
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
}

/**
 * The text of bytes holding UTF-16 — whole, after a byte order mark or without one, or in runs between lines of UTF-8 —
 * or undefined when no run of them is UTF-16. A run changes only at a line's start: UTF-16 where the line opens with
 * UTF-16 ASCII text (or a byte order mark), UTF-8 again where a UTF-16 line break is followed by ASCII bytes.
 */
export function decodeUtf16Runs(bytes: Uint8Array): string | undefined {
  const runs: Run[] = [];
  let encoding: Run['encoding'] = 'utf-8';
  let from = 0;
  let at = 0;
  const n = bytes.length;
  const switchTo = (next: Run['encoding'], runFrom: number, nextFrom: number): void => {
    if (runFrom > from) runs.push({ from, to: runFrom, encoding });
    encoding = next;
    from = nextFrom;
  };
  while (at < n) {
    if (encoding === 'utf-8') {
      const bom = bomAt(bytes, at);
      if (bom !== undefined) switchTo(bom === 'le' ? 'utf-16le' : 'utf-16be', at, at + 2);
      else if (looksUtf16(bytes, at, true)) switchTo('utf-16le', at, at);
      else if (looksUtf16(bytes, at, false)) switchTo('utf-16be', at, at);
      if (encoding !== 'utf-8') {
        at = from;
        continue;
      }
      const lf = bytes.indexOf(10, at);
      if (lf < 0) break;
      at = lf + 1;
      continue;
    }
    const le = encoding === 'utf-16le';
    const unit = le ? bytes[at]! | (bytes[at + 1]! << 8) : (bytes[at]! << 8) | bytes[at + 1]!;
    at += 2;
    if (unit === 10 && at < n && !looksUtf16(bytes, at, le) && bomAt(bytes, at) === undefined && looksUtf8(bytes, at)) switchTo('utf-8', at, at);
  }
  runs.push({ from, to: n, encoding });
  if (runs.every((run) => run.encoding === 'utf-8')) return undefined;
  return runs.map((run) => new TextDecoder(run.encoding).decode(bytes.subarray(run.from, run.to))).join('');
}

// Whether the well-formed UTF-8 sequence of `bytes` starting at `at` (a byte ≥ 0x80) is there.
function startsUtf8Sequence(bytes: Uint8Array, at: number): boolean {
  const b = bytes[at]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => at + k < bytes.length && bytes[at + k]! >= lo && bytes[at + k]! <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1);
  if (b === 0xe0) return cont(1, 0xa0) && cont(2);
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2);
  if (b >= 0xe1 && b <= 0xef) return cont(1) && cont(2);
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3);
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3);
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3);
  return false;
}

/**
 * Whether bytes that are not UTF-8 read as Windows-1252 text: bytes above 0x7F, not one of them starting a well-formed
 * UTF-8 sequence (text with one would be UTF-8 with a flaw, kept as UTF-8), and no control character that text lacks
 * (binary data stays binary).
 */
export function readsAsWindows1252(bytes: Uint8Array): boolean {
  let high = 0;
  for (let at = 0; at < bytes.length; at++) {
    const b = bytes[at]!;
    if (b < 0x20) {
      if (b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 11 && b !== 8 && b !== 0x1b) return false;
    } else if (b >= 0x80) {
      if (startsUtf8Sequence(bytes, at)) return false;
      high++;
    }
  }
  return high > 0;
}

// Windows-1252's characters for the bytes 0x80-0x9F (ISO-8859-1's C1 controls); 0x81, 0x8D, 0x8F, 0x90 and 0x9D
// have none and stay those controls, as WHATWG's decoder leaves them.
const WINDOWS_1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

/** Windows-1252 text as WHATWG's decoder reads it (Node's TextDecoder reads its 0x80-0x9F as ISO-8859-1 does). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 8192) text += String.fromCharCode(...bytes.subarray(at, Math.min(bytes.length, at + 8192)));
  return text.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}
