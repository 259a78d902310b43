// Side-by-side panes → one stream per pane, so each pane is read like a section of a concatenated paste: the
// full-width rows above or below the split (a pane spanning the window), then the left pane's lines in order,
// then the next pane's. A line that wrapped inside its pane (its cell filled the pane to the border and the
// next row's cell does not start a record) is joined again. A `$` line between streams ends the previous pane's
// section, as a shell prompt does in a pasted terminal. Each output line keeps the 1-based line of the paste
// row it came from (`numbers`), so findings point into the paste the student sent.
import { recordHeadShape, type PaneBorder } from './detect-pane-layout.js';
import { indexRearrangedLines, type PasteLines } from './paste-lines.js';
import { readShellPrompt } from './shell-prompt.js';

/** Where a split paste put its panes: how many streams it read and the paste lines the split rows span. */
export interface PaneSplit {
  readonly lines: PasteLines;
  /** Streams read from side-by-side cells (a pane cut by a horizontal border counts as two). */
  readonly panes: number;
  /** 1-based first and last line of the rows that were split. */
  readonly firstLine: number;
  readonly lastLine: number;
}

// tmux's horizontal borders and their junctions; a cell made only of these separates two stacked panes.
const HORIZONTAL = /^[─━═\-+┬┴┼├┤╋┳┻┣┫╦╩╬╠╣]+$/;
const JUNCTIONS = '┬┴┼├┤╋┳┻┣┫╦╩╬╠╣+';

// A shell prompt (`student@lab:~/kv$ cat …`, `$ kill 4242`, `PS C:\kv>`) or a comment starts a line of its own.
const startsOwnLine = (row: string): boolean => row.charCodeAt(0) === 35 || readShellPrompt(row, 0, row.length) !== undefined;

// The terminal echoes a control key as `^` and its letter in front of the next output: `^C11:20:08.123 n1 received
// SIGINT` is that record, typed Ctrl+C (or Ctrl+\, Ctrl+Z) before it. Its head is read after the echo.
const ECHOED_KEY = /^\^[A-Z\\]/;
const echoedKeyChars = (cell: string): number => (ECHOED_KEY.test(cell) ? 2 : 0);

interface Entry {
  text: string;
  readonly row: number;
  /**
   * The cell filled its pane to the border, or all but its last column (tmux wraps at a cell, so a wrapped line's
   * last character can be a space): its line may continue on the next row.
   */
  full: boolean;
  /** Columns the line's rows span so far (its pane's width per row). */
  width: number;
}

interface Stream {
  readonly entries: Entry[];
  /** The record head shape of the stream's first record: a continuation cell does not have it. */
  head: string | undefined;
}

/** Is row `[start, end)` one of the split rows (every border column holds the border)? */
function isSplitRow(text: string, start: number, end: number, border: PaneBorder, columns: readonly number[]): boolean {
  for (const col of columns) {
    const p = start + col;
    if (border === ' ') {
      if (p < end && text.charCodeAt(p) !== 32) return false;
    } else if (p >= end || (text[p] !== border && !JUNCTIONS.includes(text[p]!))) return false;
  }
  return true;
}

function pushCell(stream: Stream, cell: string, row: number, width: number): void {
  const trimmed = cell.trimEnd();
  if (trimmed === '') {
    const last = stream.entries[stream.entries.length - 1];
    if (last) last.full = false;
    return;
  }
  const head = recordHeadShape(trimmed, echoedKeyChars(trimmed), trimmed.length);
  const last = stream.entries[stream.entries.length - 1];
  const startsRecord = (head !== undefined && (stream.head === undefined || head === stream.head)) || startsOwnLine(trimmed);
  if (last?.full && !startsRecord) {
    // The space the line wrapped at was cut with the padding.
    last.text += (last.text.length < last.width ? ' ' : '') + trimmed;
    last.width += width;
    last.full = trimmed.length >= width - 1;
    return;
  }
  stream.head ??= head;
  stream.entries.push({ text: trimmed, row, full: trimmed.length >= width - 1, width });
}

/** Splits `lines` (from indexLines) into one stream per pane along the border `columns` (detectPaneLayout). */
export function splitPanes(lines: PasteLines, border: PaneBorder, columns: readonly number[]): PaneSplit {
  const { text } = lines;
  // Blocks of consecutive rows: full-width (one stream) or split (one stream per column, more when a column is
  // cut by a horizontal border).
  const blocks: { split: boolean; columns: Stream[][] }[] = [];
  let widest = 0;
  let firstRow = -1;
  let lastRow = -1;
  for (let i = 0; i < lines.count; i++) {
    const start = lines.starts[i]!;
    const end = lines.ends[i]!;
    if (isSplitRow(text, start, end, border, columns)) widest = Math.max(widest, end - start);
  }
  let panes = 0;
  for (let i = 0; i < lines.count; i++) {
    const start = lines.starts[i]!;
    const end = lines.ends[i]!;
    let block = blocks[blocks.length - 1];
    // A blank row stays in the block it is in: both panes blank there, or a blank line of a full-width pane.
    const blank = text.slice(start, end).trim() === '';
    const split = blank ? block?.split ?? false : isSplitRow(text, start, end, border, columns);
    if (!block || block.split !== split) {
      block = { split, columns: split ? columns.concat(0).map(() => [{ entries: [], head: undefined }]) : [[{ entries: [], head: undefined }]] };
      blocks.push(block);
    }
    if (!split) {
      const stream = block.columns[0]![0]!;
      stream.entries.push({ text: text.slice(start, end), row: i, full: false, width: 0 });
      continue;
    }
    if (firstRow < 0) firstRow = i;
    lastRow = i;
    for (let k = 0; k <= columns.length; k++) {
      const from = k === 0 ? 0 : columns[k - 1]! + 1;
      const to = k < columns.length ? columns[k]! : widest;
      const cell = text.slice(Math.min(end, start + from), Math.min(end, start + to));
      const stack = block.columns[k]!;
      if (HORIZONTAL.test(cell.trim())) {
        if (stack[stack.length - 1]!.entries.length > 0) stack.push({ entries: [], head: undefined });
        continue;
      }
      pushCell(stack[stack.length - 1]!, cell, i, to - from);
    }
  }
  const out: string[] = [];
  const numbers: number[] = [];
  for (const block of blocks) {
    for (const stack of block.columns) {
      for (const stream of stack) {
        if (stream.entries.length === 0) continue;
        if (block.split) panes++;
        if (out.length > 0) {
          out.push('$');
          numbers.push(stream.entries[0]!.row + 1);
        }
        for (const entry of stream.entries) {
          out.push(entry.text);
          numbers.push(entry.row + 1);
        }
      }
    }
  }
  return { lines: indexRearrangedLines(out, numbers), panes, firstLine: firstRow + 1, lastLine: lastRow + 1 };
}
