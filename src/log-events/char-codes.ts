// Character classes of UTF-16 code units, read by the line scans without building strings: defined once here.

/** `0`-`9`. */
export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** `A`-`Z`, `a`-`z`. */
export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
