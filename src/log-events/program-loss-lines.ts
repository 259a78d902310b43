// A client's or prober's line beside a node (`[node3] kvclient[17182]: PUT k10 -> node1 failed: EOF`): what a failing
// report points at when that node logged no detection of its own, so the student sees why the line did not count.
import { isNonNodeProgramName } from './attribute-node.js';
import { escapeRegExp } from './escape-regexp.js';
import { lineText, type PasteLines } from './paste-lines.js';

// Words of a lost link to a server: a client's failed request or dropped connection, a prober's refused check or
// `DOWN` row. Not default-patterns.ts's LOST_LINK_WORDS: that reads a request's own words, `connect` among them, where
// a client's `connected to node3` would be cited here as a loss.
const LOST_LINK = /\bEOF\b|ECONN|\btimed out\b|\breset\b|\brefused\b|\bbroken pipe\b|\bunreachable\b|\blost\b|\bfailed\b/i;
const DOWN_ROW = /\bDOWN\b/;
// Lines asked after the kill: a report's note, not worth a long paste's whole walk.
const MAX_LINES_ASKED = 4096;

/** A program's line: its 0-based index and the program's name as the head scan read it (`kvclient[17182]`). */
export interface ProgramLossLine {
  readonly line: number;
  readonly program: string;
}

/**
 * The first line after line `after` (0-based, paste order) that a client or prober wrote (`writers`: each line's
 * writer as the head scan read it) with `node`'s name before the program's (a launcher's tag, `[node3] kvclient:`) and
 * words of a lost link, that `isBeforeKill` does not place before the kill by its own time; undefined when none.
 */
export function findProgramLossLine(
  lines: PasteLines,
  writers: ArrayLike<string | undefined>,
  node: string,
  after: number,
  isBeforeKill: (line: number) => boolean,
): ProgramLossLine | undefined {
  let named: RegExp | undefined;
  for (let i = after + 1; i < lines.count && i - after <= MAX_LINES_ASKED; i++) {
    const writer = writers[i];
    if (writer === undefined || writer === node || !isNonNodeProgramName(writer)) continue;
    const text = lineText(lines, i, 512);
    const at = text.indexOf(writer);
    named ??= new RegExp(`(?:^|[^\\w-])${escapeRegExp(node)}(?![\\w-])`);
    const tag = named.exec(text);
    if (at <= 0 || tag === null || tag.index >= at) continue;
    const words = text.slice(at);
    if ((LOST_LINK.test(words) || DOWN_ROW.test(words)) && !isBeforeKill(i)) return { line: i, program: writer };
  }
  return undefined;
}
