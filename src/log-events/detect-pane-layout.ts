// Side-by-side panes: a terminal's own mouse selection across tmux or GNU screen split panes copies whole screen
// rows, so each row holds one line of every pane, cut by the pane border — `│` (tmux's default), `┃` (heavy),
// `║` (double), `|` (tmux `pane-border-lines simple`, GNU screen) — or by a blank column (tmux `spaces`); each
// pane's cell is padded with spaces to the border, and a long line wraps inside its pane. Decided on a sample of
// rows (the first 32 and 16 spread over the rest), so an ordinary 10 MB paste costs a few hundred lines' work.
//
// A border column counts only when the cells on both of its sides start like log records (a time of day, an
// epoch, a JSON object) in a good share of the rows: a docker-compose `node2  | …` column, loguru's
// `… | INFO | …` or `tree`'s `│   ├──` do not. A blank border is believed only when the row's own record head
// (its first characters' shape) starts again at one column after a run of padding.
import type { PasteLines } from './paste-lines.js';
import { isAsciiDigit as isDigit, isAsciiLetter as isLetter } from './char-codes.js';

/** The characters that draw a vertical pane border, ' ' for a blank (tmux `pane-border-lines spaces`) one. */
export type PaneBorder = '│' | '┃' | '║' | '|' | ' ';

export type PaneLayout =
  | { readonly kind: 'none' }
  /** `columns`: 0-based character columns of the border, ascending (one per pane after the first). */
  | { readonly kind: 'panes'; readonly border: PaneBorder; readonly columns: readonly number[] }
  /**
   * The rows clearly hold several panes' lines but not at one fixed column (`columns-vary`: two copies at
   * different split widths; `no-fixed-column`: records side by side at varying offsets, e.g. `paste a b`).
   * `line`: 1-based line of an example row.
   */
  | { readonly kind: 'ambiguous'; readonly reason: 'columns-vary' | 'no-fixed-column'; readonly line: number };

const HEAD_ROWS = 32;
const SPREAD_ROWS = 16;
/** Longer lines are not terminal rows. */
const MAX_ROW_CHARS = 512;
/** Fewer rows than this showing a border is no layout. */
const MIN_ROWS = 3;
const HEAD_SHAPE_CHARS = 16;
/** A record's time of day starts within its first characters (after a date, a month name, a `[`). */
const TIME_WITHIN_CHARS = 24;
/** A right-hand record starts at least this far in (a record head is ~12 characters). */
const MIN_CELL_COLUMN = 16;
/**
 * A pane's left cells differ in length by at least this much; a prefix column padded to one width (honcho's
 * `11:40:02 worker.1  |`) by less. 8 split no short tmux copy whose lines were of similar length (5 rows within 7).
 */
const MIN_LENGTH_SPREAD = 4;
/**
 * A pane whose lines were cut at its width (multitail, `pr -m`, `paste … | cut -c`) fills its cells to the border: their
 * lengths hardly differ. Such cells are told from a padded prefix column by their width (a record head and a name
 * are under 32 characters) and by reaching the border (the glyph right after, or one blank after, the text) in at
 * least MIN_ROWS rows.
 */
const MIN_CUT_CELL_CHARS = 32;

/** Up to this many characters from the first sampled row to the last are searched in one go, else row by row. */
const SPAN_SEARCH_CHARS = 1 << 16;

/** The glyphs a pane border is drawn with: a verdict's literal scan also finds the lines holding them. */
export const PANE_BORDER_GLYPHS: readonly PaneBorder[] = ['│', '┃', '║', '|'];

/**
 * Two blanks, then a record's first character (a digit or `[`): what a row of a blank border holds, padding before
 * its right pane's record (detectBlankBorder's gate). In the scan's folded characters (a tab, `-` or `_` reads as a
 * blank too), so the lines holding one are a superset of the rows that gate passes.
 */
export const PADDED_RECORD_LITERALS: readonly string[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '['].map((c) => `  ${c}`);

/** Every literal pane detection asks a scan for (PANE_BORDER_GLYPHS, PADDED_RECORD_LITERALS). */
export const PANE_SCAN_LITERALS: readonly string[] = [...PANE_BORDER_GLYPHS, ...PADDED_RECORD_LITERALS];

/** The ascending indices of the lines holding `literal` (one of PANE_SCAN_LITERALS), where a scan already found them; undefined: not known. */
export type GlyphLines = (literal: string) => (ArrayLike<number> & Iterable<number>) | undefined;
const NONE: PaneLayout = { kind: 'none' };

/** Indices of the rows looked at — the head of the paste and an even spread over the rest — that a terminal row could be. */
function sampleRows({ starts, ends, count }: PasteLines): number[] {
  const rows: number[] = [];
  const head = Math.min(count, HEAD_ROWS);
  const step = Math.max(1, Math.floor((count - head) / SPREAD_ROWS));
  const spreadEnd = Math.min(count, head + step * SPREAD_ROWS);
  for (let i = 0; i < spreadEnd; i += i < head ? 1 : step) {
    const chars = ends[i]! - starts[i]!;
    if (chars > MIN_CELL_COLUMN && chars <= MAX_ROW_CHARS) rows.push(i);
  }
  return rows;
}

/** A character's code in a record head shape: '9' for digits, 'a' for letters, else its own. */
const classCode = (c: number): number => (isDigit(c) ? 57 : isLetter(c) ? 97 : c);

// `[ 88419.530]`, `[26532.688664]`, `[+5.400s]`: seconds on a relative clock in brackets.
const RELATIVE_HEAD = /^\[[ +]{0,8}\d{1,9}\.\d{3,9}s?\]/;

/**
 * The shape of a log record's head starting at `p` (digits → 9, letters → a, other characters kept), or
 * undefined when the text there does not start like a record: a time of day (`9:99`) within its first 24
 * characters, a run of 9+ digits (epoch time), or a JSON object.
 */
export function recordHeadShape(text: string, p: number, end: number): string | undefined {
  if (p >= end) return undefined;
  if (text.charCodeAt(p) === 123 && text.charCodeAt(p + 1) === 34) return '{"';
  // Decided on char codes first: most positions tried are not records, and build no string.
  let record = false;
  let digitRun = 0;
  for (let i = p, stop = Math.min(end, p + TIME_WITHIN_CHARS); i < stop && !record; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) digitRun = 0;
    // A time of day `9:99` (`2026-11-30T08:14`, `Nov 30 04:17:16` put it past the shape), or 9+ digits in the shape.
    else if (++digitRun >= 9 && i < p + HEAD_SHAPE_CHARS) record = true;
    if (c === 58 && i > p && i + 2 < stop && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2))) record = true;
  }
  // A bracketed relative clock (`[26532.688664]` since boot, `[+5.400s]` since start): a record's head as a time of day is.
  if (!record && text.charCodeAt(p) === 91) record = RELATIVE_HEAD.test(text.slice(p, Math.min(end, p + 24)));
  if (!record) return undefined;
  let shape = '';
  for (let i = p, stop = Math.min(end, p + HEAD_SHAPE_CHARS); i < stop; i++) {
    const c = text.charCodeAt(i);
    shape += String.fromCharCode(classCode(c));
  }
  return shape;
}

function countAt(counts: Map<number, number>, key: number): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Columns with at least MIN_ROWS rows, most frequent first. */
function frequentColumns(counts: Map<number, number>): number[] {
  return [...counts].filter(([, n]) => n >= MIN_ROWS).sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([col]) => col);
}

function skipBlanks(text: string, p: number, end: number): number {
  while (p < end && text.charCodeAt(p) === 32) p++;
  return p;
}

interface Row {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** Do the cells on both sides of each border column start like records often enough? */
function cellsAreRecords(text: string, rows: readonly Row[], glyph: number, columns: readonly number[]): boolean {
  return columns.every((col, k) => {
    const from = k === 0 ? 0 : columns[k - 1]! + 1;
    const to = k + 1 < columns.length ? columns[k + 1]! : Infinity;
    // Of the non-blank cells, a quarter at least start a record (the rest: wrapped continuations, prompts).
    let left = 0;
    let leftFilled = 0;
    // A pane's lines vary in length; a prefix column (`11:40:02 node1.1  | …`, honcho) is padded to one width.
    let shortest = Infinity;
    let longest = 0;
    let right = 0;
    let rightFilled = 0;
    let reaching = 0;
    for (const row of rows) {
      if (row.start + col >= row.end || text.charCodeAt(row.start + col) !== glyph) continue;
      const leftStart = skipBlanks(text, row.start + from, row.start + col);
      if (leftStart < row.start + col) {
        leftFilled++;
        let leftEnd = row.start + col;
        while (leftEnd > leftStart && text.charCodeAt(leftEnd - 1) === 32) leftEnd--;
        shortest = Math.min(shortest, leftEnd - leftStart);
        longest = Math.max(longest, leftEnd - leftStart);
        if (leftEnd >= row.start + col - 1) reaching++;
      }
      if (recordHeadShape(text, leftStart, row.start + col) !== undefined) left++;
      const rightEnd = Math.min(row.end, row.start + to);
      const rightStart = skipBlanks(text, row.start + col + 1, rightEnd);
      if (rightStart < rightEnd) rightFilled++;
      if (recordHeadShape(text, rightStart, rightEnd) !== undefined) right++;
    }
    const cut = shortest >= MIN_CUT_CELL_CHARS && reaching >= MIN_ROWS;
    return left >= 2 && right >= 2 && left * 4 >= leftFilled && right * 4 >= rightFilled && (longest - shortest >= MIN_LENGTH_SPREAD || cut);
  });
}

function detectGlyphBorder(text: string, rows: readonly Row[], glyphs: readonly PaneBorder[]): PaneLayout | undefined {
  for (const border of glyphs) {
    const glyph = border.charCodeAt(0);
    const counts = new Map<number, number>();
    for (const row of rows) {
      for (let p = row.start + MIN_CELL_COLUMN; p < row.end; p++) if (text.charCodeAt(p) === glyph) countAt(counts, p - row.start);
    }
    const frequent = frequentColumns(counts);
    const candidates = frequent.filter((col) => cellsAreRecords(text, rows, glyph, [col]));
    // Every frequent column must be a border: a table's (`| node1 | 19:30:01 | … |`) are not all.
    if (candidates.length === 0 || candidates.length < frequent.length) continue;
    const columns = candidates.sort((a, b) => a - b);
    // The rows that show one of the columns must show all of them: else two copies at different split widths.
    let some = 0;
    let all = 0;
    let example = -1;
    for (const row of rows) {
      const has = columns.filter((col) => row.start + col < row.end && text.charCodeAt(row.start + col) === glyph).length;
      if (has > 0) some++;
      if (has === columns.length) all++;
      else if (has > 0 && example < 0) example = row.index;
    }
    if (all * 5 < some * 4) return { kind: 'ambiguous', reason: 'columns-vary', line: example + 1 };
    if (columns.length > 1 && !cellsAreRecords(text, rows, glyph, columns)) continue;
    return { kind: 'panes', border, columns };
  }
  return undefined;
}

/**
 * Blank borders: columns where records shaped like those that start rows (the left pane's) start again after a
 * blank, in many rows. Heads at varying columns after padding, or rows whose padding holds
 * tabs (whose width is the viewer's), are side-by-side records at no fixed column.
 */
function detectBlankBorder(text: string, rows: readonly Row[]): PaneLayout | undefined {
  // Gate, with native searches only: padding (two blanks) then a record starting with a digit or `[`, in a few
  // rows. Ordinary logs stop here.
  let paddedRows = 0;
  for (const row of rows) {
    const cells = text.slice(row.start + MIN_CELL_COLUMN - 2, row.end);
    for (let q = cells.indexOf('  '); q >= 0; q = cells.indexOf('  ', q + 2)) {
      while (cells.charCodeAt(q + 2) === 32) q++;
      const c = cells.charCodeAt(q + 2);
      if ((isDigit(c) || c === 91) && recordHeadShape(cells, q + 2, cells.length) !== undefined) {
        paddedRows++;
        break;
      }
    }
  }
  if (paddedRows < 2) return undefined;
  // The shapes of the records that start rows (the left pane's, or a full-width log's).
  const rowShapes = new Set<string>();
  for (const row of rows) {
    const own = recordHeadShape(text, row.start, row.end);
    if (own !== undefined && own !== '{"') rowShapes.add(own);
  }
  if (rowShapes.size === 0) return undefined;
  // The first characters of each shape as class codes ('9', 'a' or the character): a cheap filter before
  // recordHeadShape, so a position after a blank costs a few char reads.
  const prefixes = [...rowShapes].map((shape) => [0, 1, 2, 3].map((k) => shape.charCodeAt(k)));
  const startsLikeShape = (p: number): boolean =>
    prefixes.some((prefix) => prefix.every((code, k) => classCode(text.charCodeAt(p + k)) === code));
  const counts = new Map<number, number>();
  const heads: { row: Row; columns: number[] }[] = [];
  let padded = 0;
  let tabbed = 0;
  for (const row of rows) {
    const columns: number[] = [];
    let from = row.start;
    let rowPadded = false;
    for (let p = row.start + MIN_CELL_COLUMN; p < row.end; p++) {
      const before = text.charCodeAt(p - 1);
      if ((before !== 32 && before !== 9) || !startsLikeShape(p)) continue;
      const shape = recordHeadShape(text, p, row.end);
      if (shape === undefined || !rowShapes.has(shape)) continue;
      // `2026-…Z 2026-… msg` (docker logs -t): a lone timestamp before a record is no pane.
      const left = text.slice(from, p).trim();
      if (!/\s/.test(left) && recordHeadShape(left, 0, left.length) !== undefined) continue;
      columns.push(p - row.start);
      if (before === 9 || text.charCodeAt(p - 2) === 32 || text.charCodeAt(p - 2) === 9) rowPadded = true;
      from = p;
      p += HEAD_SHAPE_CHARS; // not again inside this head (`2026-11-30 04:17:16`'s time)
    }
    if (columns.length === 0) continue;
    heads.push({ row, columns });
    if (rowPadded) padded++;
    if (text.slice(row.start, row.start + columns[columns.length - 1]!).includes('\t')) tabbed++;
    for (const col of columns) countAt(counts, col);
  }
  if (heads.length < MIN_ROWS) return undefined;
  const example = heads[0]!.row.index + 1;
  const ambiguous: PaneLayout = { kind: 'ambiguous', reason: 'no-fixed-column', line: example };
  if (tabbed >= MIN_ROWS && tabbed * 3 >= heads.length) return ambiguous;
  const columns = frequentColumns(counts).filter((col) => counts.get(col)! * 2 >= heads.length);
  const accepted = new Set(columns);
  const stray = heads.filter((h) => h.columns.some((col) => !accepted.has(col))).length;
  if (columns.length === 0 || stray * 5 >= heads.length) return padded >= MIN_ROWS ? ambiguous : undefined;
  if (columns.some((col) => isPromptColumn(text, heads, columns, col))) return undefined;
  // The border is the blank column just before each right-hand cell.
  return { kind: 'panes', border: ' ', columns: columns.sort((a, b) => a - b).map((col) => col - 1) };
}

// Is the text left of blank border column `col`, in the rows with a head there, one and the same in half of them or
// more? That is a shell prompt records print after (`root@lab ~/kv # 2026-…Z node3 WARN …`, a zsh RPROMPT clock
// padding the row's end past column 16), not a pane: a pane's rows, records or their wrapped parts, differ.
function isPromptColumn(text: string, heads: readonly { row: Row; columns: number[] }[], columns: readonly number[], col: number): boolean {
  const from = columns.filter((c) => c < col).pop() ?? 0;
  const counts = new Map<string, number>();
  let filled = 0;
  for (const { row, columns: at } of heads) {
    if (!at.includes(col)) continue;
    const left = text.slice(row.start + from, row.start + col).trim();
    if (left === '') continue;
    filled++;
    counts.set(left, (counts.get(left) ?? 0) + 1);
  }
  return filled > 0 && Math.max(...counts.values()) * 2 >= filled;
}

/** Does the ascending `held` hold a line from `first` to `last`? */
function holdsLineWithin(held: ArrayLike<number>, first: number, last: number): boolean {
  let lo = 0;
  let hi = held.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (held[mid]! < first) lo = mid + 1;
    else hi = mid;
  }
  return lo < held.length && held[lo]! <= last;
}

/**
 * The border glyphs found in the sampled rows (or near them): from the lines a scan found holding each glyph, else
 * with native searches.
 */
function sampledGlyphs(lines: PasteLines, sample: readonly number[], glyphLines: GlyphLines | undefined): PaneBorder[] {
  const { text, starts, ends } = lines;
  const found: PaneBorder[] = [];
  const first = sample[0]!;
  const last = sample[sample.length - 1]!;
  const from = starts[first]!;
  const to = ends[last]!;
  const nearby = to - from <= SPAN_SEARCH_CHARS;
  for (const glyph of PANE_BORDER_GLYPHS) {
    const held = glyphLines?.(glyph);
    if (held !== undefined) {
      if (nearby ? holdsLineWithin(held, first, last) : sample.some((index) => holdsLineWithin(held, index, index))) found.push(glyph);
    } else if (nearby) {
      const at = text.indexOf(glyph, from);
      if (at >= 0 && at < to) found.push(glyph);
    } else if (sample.some((index) => text.slice(starts[index]!, ends[index]!).includes(glyph))) {
      found.push(glyph);
    }
  }
  return found;
}

/** A time of day's colon (`9:99`) at `i`, its digits before `end`. */
const isTimeColon = (text: string, i: number, end: number): boolean =>
  i + 2 < end && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2));

/** Does the shape of a row starting at `start` hold a run of 9 digits (one covers its 8th and 9th characters)? */
const mayHoldEpoch = (text: string, start: number): boolean => isDigit(text.charCodeAt(start + 7)) && isDigit(text.charCodeAt(start + 8));

const NOT_SEARCHED = -2;
/** The first colon at or after `p`; `known` is the first at or after an earlier `p` (-1: none), kept while ahead. */
const colonFrom = (text: string, p: number, known: number): number => (known === -1 || known >= p ? known : text.indexOf(':', p));

/**
 * Can detectBlankBorder find anything? It needs a row that starts with a record (else no shape to look for) and
 * three rows with a record head after the first cell, whose time (`9:99`) lies past column 16 unless the rows' own
 * shapes may hold an epoch. Decided with about one colon search per row, where detectBlankBorder's gate reads
 * every blank of every row.
 */
function mayHoldBlankBorder(lines: PasteLines, sample: readonly number[]): boolean {
  const { text, starts, ends } = lines;
  let startsRecord = false;
  let colon = NOT_SEARCHED;
  for (let k = 0; k < sample.length && !startsRecord; k++) {
    const start = starts[sample[k]!]!;
    // A JSON object's shape is no record shape looked for.
    if (text.charCodeAt(start) === 123 && text.charCodeAt(start + 1) === 34) continue;
    startsRecord = mayHoldEpoch(text, start);
    if (startsRecord) break;
    colon = colonFrom(text, start + 1, colon);
    const stop = Math.min(ends[sample[k]!]!, start + TIME_WITHIN_CHARS);
    for (let i = colon; i >= 0 && i + 2 < stop && !startsRecord; i++) startsRecord = text.charCodeAt(i) === 58 && isTimeColon(text, i, stop);
  }
  if (!startsRecord) return false;
  let timedRows = 0;
  colon = NOT_SEARCHED;
  for (const index of sample) {
    const start = starts[index]!;
    const end = ends[index]!;
    if (mayHoldEpoch(text, start)) return true;
    for (colon = colonFrom(text, start + MIN_CELL_COLUMN + 1, colon); colon >= 0 && colon + 2 < end; colon = colonFrom(text, colon + 1, colon)) {
      if (isTimeColon(text, colon, end)) {
        if (++timedRows >= MIN_ROWS) return true;
        break;
      }
    }
  }
  return false;
}

// Do at least two sampled rows hold padding before a record (PADDED_RECORD_LITERALS), as detectBlankBorder's gate
// needs? Known only where a scan found those literals' lines; true where it is not known. Ordinary logs, whose words
// are one blank apart, stop here without reading their rows.
function mayHoldPaddedRecords(sample: readonly number[], glyphLines: GlyphLines | undefined): boolean {
  if (glyphLines === undefined) return true;
  const rows: number[] = [];
  for (const literal of PADDED_RECORD_LITERALS) {
    const held = glyphLines(literal);
    if (held === undefined) return true;
    for (const line of held) if (holdsLineWithin(sample, line, line) && !rows.includes(line) && rows.push(line) >= 2) return true;
  }
  return false;
}

/**
 * Side-by-side pane layout of a paste, from a sample of its rows (see the header comment); `glyphLines`, where a
 * scan of the paste already found the lines holding the border glyphs, spares searching the text for them.
 */
export function detectPaneLayout(lines: PasteLines, glyphLines?: GlyphLines): PaneLayout {
  const sample = sampleRows(lines);
  if (sample.length < MIN_ROWS) return NONE;
  const glyphs = sampledGlyphs(lines, sample, glyphLines);
  const blank = mayHoldPaddedRecords(sample, glyphLines) && mayHoldBlankBorder(lines, sample);
  if (glyphs.length === 0 && !blank) return NONE;
  const rows = sample.map((index) => ({ index, start: lines.starts[index]!, end: lines.ends[index]! }));
  return detectGlyphBorder(lines.text, rows, glyphs) ?? (blank ? detectBlankBorder(lines.text, rows) : undefined) ?? NONE;
}
