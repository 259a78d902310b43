// Character classes of UTF-16 code units, read by the line scans without building strings: defined once here.

/** `0`-`9`. */
export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** A non-empty run of `0`-`9` only (a pid, a restart count), not a name. */
export function isAllAsciiDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) if (!isAsciiDigit(s.charCodeAt(k))) return false;
  return true;
}

/** `A`-`Z`, `a`-`z`. */
export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** `\w`: `0`-`9`, `A`-`Z`, `a`-`z`, `_`. */
export const isAsciiWordChar = (c: number): boolean => isAsciiDigit(c) || isAsciiLetter(c) || c === 95;

/** A space or a tab: the gap between a line's tokens. */
export const isSpaceOrTab = (c: number): boolean => c === 32 || c === 9;

/** Chinese and Japanese characters (kana, CJK ideographs) and Hangul: words a sentence writes without spaces. */
export const isCjk = (c: number): boolean => (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
