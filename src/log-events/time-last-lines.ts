// A program may write its time at the end of its line instead of at its head: `WARN  received SIGTERM, shutting down
// (10:00:00.100)`, `… [2026-12-01 10:00:00.100]`, `Compilation started at Tue Dec  1 11:48:02`. Such a line is a
// program's as much as a head-stamped one (a file's in a cat of whole files, never the student's sentence), and what
// shows it is its shape repeated line after line: a student's sentence stating a time ("killed node1 at
// 10:00:00.100") is not written over and over in one shape.
import { isSpaceOrTab } from './char-codes.js';
import { decideOncePerTable } from './decide-once-per-table.js';
import { parseTimestampAt, type Stamp } from './parse-timestamp.js';
import type { PasteLines } from './paste-lines.js';
import { LINE_HEADER, LINE_LOG, type LineTable } from './scan-lines.js';

/** Lines of one shape a paste holds at least for the shape to be a program's: a sentence or two is not one. */
export const PROGRAM_SHAPE_LINES = 3;

const AT = ' at ';
// A time is written in fewer characters than this (`Tue Dec  1 11:48:02.123456 +0100 2026`): no search goes further
// back from a line's end.
const STAMP_CHARS = 48;
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun),? /i;

/** A time closing a line, and the shape it is written in (what encloses it, its format and resolution). */
export interface LineEndTime {
  readonly stamp: Stamp;
  readonly shape: string;
}

/**
 * The time that ends the text [start, end) (trailing blanks aside) inside parentheses or brackets after a blank
 * (`… shutting down (10:00:00.100)`), or after ` at ` (`… started at Tue Dec  1 11:48:02`); undefined for none.
 */
export function readLineEndTime(text: string, start: number, end: number): LineEndTime | undefined {
  let e = end;
  while (e > start && (isSpaceOrTab(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 13)) e--;
  if (e - start < 8) return undefined;
  const last = text.charCodeAt(e - 1);
  const from = Math.max(start + 1, e - STAMP_CHARS);
  if (last === 41 || last === 93) {
    const opener = last === 41 ? 40 : 91;
    let open = e - 2;
    while (open >= from && text.charCodeAt(open) !== opener) open--;
    if (open < from || !isSpaceOrTab(text.charCodeAt(open - 1))) return undefined;
    const stamp = parseTimestampAt(text, open + 1, e - 1);
    return stamp !== undefined && stamp.end === e - 1 ? { stamp, shape: `${text[open]}${stamp.format}/${stamp.precisionMs}` } : undefined;
  }
  for (let at = e - AT.length - 1; at >= from; at--) {
    if (!text.startsWith(AT, at)) continue;
    const stamp = parseTimestampAt(text, at + AT.length, e) ?? parseTimestampAt(text, skipWeekday(text, at + AT.length), e);
    return stamp !== undefined && stamp.end === e ? { stamp, shape: `at ${stamp.format}/${stamp.precisionMs}` } : undefined;
  }
  return undefined;
}

// Past a weekday before a date (`Tue Dec  1 11:48:02`, `Tue, 01 Dec 2026 …`): the offset the date starts at.
function skipWeekday(text: string, at: number): number {
  const day = WEEKDAY.exec(text.slice(at, at + 5));
  return day ? at + day[0].length : at;
}

// Per scanned paste: each log line's end time when its shape is a program's (PROGRAM_SHAPE_LINES or more lines).
const readProgramTimesOnce = decideOncePerTable(readProgramTimes);

/**
 * The time at the end of line `i` (a log line with no time at its head) when the paste writes PROGRAM_SHAPE_LINES or
 * more lines in that shape: a program's line, timed at its end. Undefined otherwise.
 */
export function findTimeLastStamp(lines: PasteLines, table: LineTable, i: number): Stamp | undefined {
  return readProgramTimesOnce(lines, table).get(i);
}

// A paste's node logs are one program's, written one way: a time-last shape is theirs when its lines outnumber the
// paste's head-stamped log lines and either number PROGRAM_SHAPE_LINES or stand under two or more file headers (`tail
// -n 1 node2.log node3.log`: one line per file, each the file's own). Fewer than the head-stamped lines, beside logs
// stamped at their heads, they are the student's notes (`leader killed at 10:00:00.100` under a cat), however alike.
function readProgramTimes(lines: PasteLines, table: LineTable): ReadonlyMap<number, Stamp> {
  const found: [number, LineEndTime][] = [];
  const shapes = new Map<string, { lines: number; sections: number; lastSection: number }>();
  let headStamped = 0;
  let section = -1;
  for (let i = 0; i < lines.count; i++) {
    const kind = table.kinds[i];
    if (kind === LINE_HEADER) section = i;
    if (kind !== LINE_LOG) continue;
    if (table.stampAt[i]! >= 0) {
      headStamped++;
      continue;
    }
    const time = readLineEndTime(lines.text, lines.starts[i]!, lines.ends[i]!);
    if (time === undefined) continue;
    found.push([i, time]);
    const shape = shapes.get(time.shape);
    if (shape === undefined) shapes.set(time.shape, { lines: 1, sections: section < 0 ? 0 : 1, lastSection: section });
    else {
      shape.lines++;
      if (section > shape.lastSection) {
        shape.sections++;
        shape.lastSection = section;
      }
    }
  }
  const times = new Map<number, Stamp>();
  for (const [i, time] of found) {
    const shape = shapes.get(time.shape)!;
    if ((shape.lines >= PROGRAM_SHAPE_LINES || shape.sections >= 2) && shape.lines > headStamped) times.set(i, time.stamp);
  }
  return times;
}
