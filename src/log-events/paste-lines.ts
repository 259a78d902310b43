// Line index over the normalised paste: offsets instead of a split() array, so a 10 MB paste costs two integer
// arrays, and lines are sliced only when a pattern or the verdict needs them.

import { allocateLineInt32s } from './line-arrays.js';

export interface PasteLines {
  /** The text the offsets index; what lies outside every line (a decoder's U+FEFF before the first) is no paste's. */
  readonly text: string;
  /** Offset of each line's first character (entries past `count` are unused). */
  readonly starts: Int32Array;
  /** Offset just after each line's last character (its `\n` or the end of the text). */
  readonly ends: Int32Array;
  readonly count: number;
  /** 1-based line of the paste each line came from, when the lines were rearranged (split-panes.ts). */
  readonly numbers?: Int32Array;
}

/** The 1-based line number in the student's paste of line `index` (what findings and the verdict show). */
export function lineNumber(lines: PasteLines, index: number): number {
  return lines.numbers === undefined ? index + 1 : lines.numbers[index]!;
}

/** The lines that came from paste line `number` (1-based; several when panes side by side share a row). */
export function linesOfNumber(lines: PasteLines, number: number): number[] {
  if (lines.numbers === undefined) return number >= 1 && number <= lines.count ? [number - 1] : [];
  const out: number[] = [];
  for (let i = 0; i < lines.count; i++) if (lines.numbers[i] === number) out.push(i);
  return out;
}

/**
 * Lines rearranged from a paste's (split panes, joined rows, a decoded recording, `paste`'s columns), each with the
 * 1-based paste line it came from: the one way such lines are indexed. An empty last line is no line, as in indexLines.
 */
export function indexRearrangedLines(lines: readonly string[], numbers: readonly number[]): PasteLines {
  const indexed = indexLines(lines.join('\n'));
  return { ...indexed, numbers: Int32Array.from(numbers.slice(0, indexed.count)) };
}

// A trailing newline does not start an extra (empty) line.
export function indexLines(text: string): PasteLines {
  let capacity = Math.max(16, Math.min(1 << 16, Math.ceil(text.length / 48)));
  let starts = allocateLineInt32s(capacity);
  let ends = allocateLineInt32s(capacity);
  let count = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (count === capacity) {
      capacity *= 2;
      const s = allocateLineInt32s(capacity);
      s.set(starts);
      starts = s;
      const e = allocateLineInt32s(capacity);
      e.set(ends);
      ends = e;
    }
    starts[count] = start;
    ends[count] = end;
    count++;
    start = end + 1;
  }
  return { text, starts, ends, count };
}

/**
 * indexLines from the text's line breaks (`\n` offsets, ascending, the first `breakCount` entries), when a scan has
 * found them already: `breaks` becomes the index's `ends` (it needs room for one more entry). The first line starts
 * at `lead`: the units before are no line's (a decoder's U+FEFF, see decode-utf8-wasm.ts).
 */
export function indexLinesFromBreaks(text: string, breaks: Int32Array, breakCount: number, lead = 0): PasteLines {
  const count = breakCount + (text.length > lead && text.charCodeAt(text.length - 1) !== 10 ? 1 : 0);
  if (count > breakCount) breaks[breakCount] = text.length;
  const starts = allocateLineInt32s(breaks.length);
  starts[0] = lead;
  for (let i = 1; i < count; i++) starts[i] = breaks[i - 1]! + 1;
  return { text, starts, ends: breaks, count };
}

/** Index of the line containing `offset` (binary search). */
export function lineAt(lines: PasteLines, offset: number): number {
  let lo = 0;
  let hi = lines.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The line's text, cut to `capChars` (the matching cap). */
export function lineText(lines: PasteLines, index: number, capChars = Infinity): string {
  const start = lines.starts[index]!;
  const end = lines.ends[index]!;
  return lines.text.slice(start, end - start > capChars ? start + capChars : end);
}

const EXCERPT_CHARS = 160;

/** A readable excerpt of a line around a match: at most ~160 characters, with `…` where it was cut. */
export function excerptOf(line: string, matchStart = 0, matchLength = 0): string {
  const trimmed = line.trimEnd();
  if (trimmed.length <= EXCERPT_CHARS) return trimmed.trimStart();
  const from = Math.max(0, Math.min(matchStart - 40, trimmed.length - EXCERPT_CHARS));
  const to = Math.min(trimmed.length, Math.max(from + EXCERPT_CHARS, matchStart + matchLength));
  return `${from > 0 ? '…' : ''}${trimmed.slice(from, to).trim()}${to < trimmed.length ? '…' : ''}`;
}
