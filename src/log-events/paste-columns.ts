// coreutils `paste node2.log node3.log` prints the files side by side, line N of each on row N, joined by a TAB:
//   15:30:11.343 [node2] WARN  connection to leader node1 lost (EOF)<TAB>15:30:11.343 [node3] WARN  connection to …
// Read as rows, every row is the first file's line and the rest of it is words. Under such a command the rows are read
// one column at a time instead, each column a log of its own (as split-panes.ts reads terminal panes), every line
// numbered by the row it came from, so findings point into the paste.
import { indexRearrangedLines, type PasteLines } from './paste-lines.js';
import { readShellPrompt } from './shell-prompt.js';

/** The literal a paste's literal scan looks for: the lines holding it are the only ones asked whether they run `paste`. */
export const PASTE_COMMAND_WORD = 'paste ';

// `paste [-s? no] FILE FILE…` with TAB, its default delimiter (no `-d`), maybe piped on (`| head -n 6`).
const PASTE_COMMAND = /^paste((?:\s+(?!-)[^\s|;&<>]+){2,8})\s*(?:\|[^|]*)?$/;

/** Where `paste`'s columns were read apart: the lines, and the 1-based paste lines of the command and its last row. */
export interface PasteColumns {
  readonly lines: PasteLines;
  readonly commandLine: number;
  readonly lastLine: number;
  /** The files the command joined, one column each. */
  readonly files: readonly string[];
}

/**
 * The paste with the rows under a `paste FILE FILE…` command (at a shell prompt) split into one stream per file, or
 * undefined when no such command has TAB-joined rows under it. `candidates`: the lines that may hold the command
 * (a literal scan's, ascending); every line when undefined.
 */
export function splitPasteColumns(lines: PasteLines, candidates?: ArrayLike<number>): PasteColumns | undefined {
  const { text, starts, ends } = lines;
  const count = candidates === undefined ? lines.count : candidates.length;
  for (let k = 0; k < count; k++) {
    const i = candidates === undefined ? k : candidates[k]!;
    const prompt = readShellPrompt(text, starts[i]!, ends[i]!);
    if (prompt === undefined) continue;
    const command = PASTE_COMMAND.exec(text.slice(prompt.end, ends[i]!).trim());
    if (command === null) continue;
    const files = command[1]!.trim().split(/\s+/);
    let last = i;
    let joined = 0;
    for (let r = i + 1; r < lines.count; r++) {
      const row = text.slice(starts[r]!, ends[r]!);
      if (readShellPrompt(text, starts[r]!, ends[r]!) !== undefined) break;
      if (row.includes('\t')) joined++;
      last = r;
    }
    if (joined === 0) continue;
    return { lines: readColumns(lines, i, last, files.length), commandLine: i + 1, lastLine: last + 1, files };
  }
  return undefined;
}

// The lines up to the command as they are, each column of rows i+1..last in turn, then the rest.
function readColumns(lines: PasteLines, command: number, last: number, columns: number): PasteLines {
  const { text, starts, ends } = lines;
  const out: string[] = [];
  const numbers: number[] = [];
  const keep = (r: number): void => {
    out.push(text.slice(starts[r]!, ends[r]!));
    numbers.push(r + 1);
  };
  for (let r = 0; r <= command; r++) keep(r);
  const cells: string[][] = [];
  for (let r = command + 1; r <= last; r++) cells.push(text.slice(starts[r]!, ends[r]!).split('\t'));
  for (let c = 0; c < columns; c++) {
    cells.forEach((row, k) => {
      // The last column takes what further TABs the line itself held.
      const cell = c === columns - 1 ? row.slice(c).join('\t') : row[c];
      if (cell === undefined || cell.trim() === '') return;
      out.push(cell);
      numbers.push(command + k + 2);
    });
  }
  for (let r = last + 1; r < lines.count; r++) keep(r);
  return indexRearrangedLines(out, numbers);
}
