// An asciinema recording pasted raw (`cat demo.cast`): a JSON header line (`{"version": 2, "width": 120, …}`), then
// one JSON array per output event (`[5.733, "o", "… node2 WARN connection to leader node1 lost: EOF\r\n"]`). The
// terminal's lines are in the events' strings, split across events and mixed with escape sequences: they are read as
// the terminal showed them, each numbered by the paste line of the event that ended it, so findings point into the paste.
import { indexRearrangedLines, type PasteLines } from './paste-lines.js';

// The header asciinema v2 and v3 write first (`{"version": 2, …` / `{"version":3,…`).
const CAST_HEADER = /^\s*\{\s*"version"\s*:\s*[23]\s*[,}]/;
// An event line: `[time, "code", "data"]` (v2: seconds since the start; v3: since the previous event).
const EVENT_LINE = /^\s*\[\s*\d+(?:\.\d+)?\s*,\s*"([a-z])"\s*,\s*"/;
// How far down a paste its header may sit: under the student's `$ cat demo.cast` and a few lines of theirs.
const HEADER_WITHIN_LINES = 20;
// Terminal control sequences that draw nothing: CSI (`\x1b[?2004h`, colours), OSC (a window title, ended by BEL or
// ST), and two-character escapes.
const CONTROL_SEQUENCE = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
// CSI K, erase in line: 0 (or none) from the cursor to the end, 1 from the start to the cursor, 2 all of it.
const ERASE_IN_LINE = /^\x1b\[([012]?)K$/;

/** A decoded cast: the paste's lines with its events read as terminal lines, and which paste lines held it. */
export interface DecodedCast {
  readonly lines: PasteLines;
  /** 1-based paste lines of the header and the last event. */
  readonly firstLine: number;
  readonly lastLine: number;
  /** Output events read. */
  readonly events: number;
}

/**
 * Whether one of the paste's first lines opens with `{`, as a cast header does: the check every paste pays, one
 * character a line, before decodeAsciinemaCast looks closer.
 */
export function opensWithCastHeader(lines: PasteLines): boolean {
  const { text, starts, ends } = lines;
  for (let i = 0; i < Math.min(lines.count, HEADER_WITHIN_LINES); i++) {
    let p = starts[i]!;
    while (p < ends[i]! && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
    if (text.charCodeAt(p) === 123) return true;
  }
  return false;
}

/**
 * The paste with a raw asciinema cast's events replaced by the terminal lines they printed, numbered by the event line
 * that ended each (PasteLines.numbers); lines before the header and after the last event stay as they are. Undefined
 * when no cast header opens a line within the first lines, or no output event follows it.
 */
export function decodeAsciinemaCast(lines: PasteLines): DecodedCast | undefined {
  const { text, starts, ends } = lines;
  let header = -1;
  for (let i = 0; i < Math.min(lines.count, HEADER_WITHIN_LINES); i++) {
    if (CAST_HEADER.test(text.slice(starts[i]!, Math.min(ends[i]!, starts[i]! + 40)))) {
      header = i;
      break;
    }
  }
  if (header < 0) return undefined;
  const out: string[] = [];
  const numbers: number[] = [];
  for (let i = 0; i < header; i++) {
    out.push(text.slice(starts[i]!, ends[i]!));
    numbers.push(i + 1);
  }
  const screen = createLineBuffer();
  let last = header;
  let outputs = 0;
  for (let i = header + 1; i < lines.count; i++) {
    const row = text.slice(starts[i]!, ends[i]!);
    const event = EVENT_LINE.exec(row);
    if (event === null) {
      if (row.trim() === '') continue;
      break;
    }
    last = i;
    if (event[1] !== 'o') continue;
    const data = readEventData(row);
    if (data === undefined) continue;
    outputs++;
    for (const line of screen.write(data)) {
      out.push(line);
      numbers.push(i + 1);
    }
  }
  if (outputs === 0) return undefined;
  const rest = screen.flush();
  if (rest !== undefined) {
    out.push(rest);
    numbers.push(last + 1);
  }
  for (let i = last + 1; i < lines.count; i++) {
    out.push(text.slice(starts[i]!, ends[i]!));
    numbers.push(i + 1);
  }
  return { lines: indexRearrangedLines(out, numbers), firstLine: header + 1, lastLine: last + 1, events: outputs };
}

// The event's data string, or undefined when the line is no JSON array of three (a cut or edited line).
function readEventData(row: string): string | undefined {
  try {
    const event: unknown = JSON.parse(row);
    return Array.isArray(event) && typeof event[2] === 'string' ? event[2] : undefined;
  } catch {
    return undefined;
  }
}

// One terminal line being drawn: `\r` returns to its first column (what follows overwrites), `\b` steps back, an
// erase in line (`\x1b[2K` all of it, `\x1b[K` from the cursor: a progress line redrawn) clears, `\n` ends it.
function createLineBuffer(): { write(data: string): string[]; flush(): string | undefined } {
  let cells: string[] = [];
  let column = 0;
  const done: string[] = [];
  const draw = (plain: string): void => {
    for (const ch of plain) {
      if (ch === '\n') {
        done.push(cells.join('').trimEnd());
        cells = [];
        column = 0;
      } else if (ch === '\r') column = 0;
      else if (ch === '\b') column = Math.max(0, column - 1);
      else if (ch >= ' ' || ch === '\t') {
        while (cells.length < column) cells.push(' ');
        cells[column++] = ch;
      }
    }
  };
  return {
    write(data) {
      done.length = 0;
      let from = 0;
      CONTROL_SEQUENCE.lastIndex = 0;
      for (let m = CONTROL_SEQUENCE.exec(data); m !== null; m = CONTROL_SEQUENCE.exec(data)) {
        draw(data.slice(from, m.index));
        from = m.index + m[0].length;
        const erase = ERASE_IN_LINE.exec(m[0]);
        if (erase === null) continue;
        if (erase[1] === '2') cells = [];
        else if (erase[1] === '1') cells = cells.map((ch, i) => (i <= column ? ' ' : ch));
        else cells.length = Math.min(cells.length, column);
      }
      draw(data.slice(from));
      return [...done];
    },
    flush() {
      const line = cells.join('').trimEnd();
      return line !== '' ? line : undefined;
    },
  };
}
