// A `date; kill` record traced by the shell (`bash -x`, `set -x`): each command is printed as it runs, so the record
// spans three rows — `+ date +%T.%3N`, the time date printed, `+ kill 21190` — with nothing traced between the date and
// the kill (adv58c-13). The printed time is then the kill's, as on one typed line (scan-lines.ts findDateOutputStamp).
import { lineText, type PasteLines } from './paste-lines.js';
import { stampOf, type LineTable } from './scan-lines.js';

// A trace row: bash's `+ ` (`++ ` in a subshell, one `+` a level), its PS4's default.
const TRACE_ROW = /^[ \t]*\+{1,8} \S/;
const TRACED_DATE = /^[ \t]*\+{1,8} (?:\S*\/)?date(?:[ \t]|$)/;

/** The row of the time a traced `date` printed right above the traced kill on row `i`, or undefined. */
export function findTracedDateOutput(lines: PasteLines, table: LineTable, i: number): number | undefined {
  if (i < 2 || !TRACE_ROW.test(lineText(lines, i, 64))) return undefined;
  const output = i - 1;
  const printed = lineText(lines, output, 256).trimEnd();
  if (TRACE_ROW.test(printed) || !TRACED_DATE.test(lineText(lines, output - 1, 256))) return undefined;
  // The row is the time alone: date's output, no log line that happens to hold one.
  const stamp = stampOf(lines, table, output);
  return stamp !== undefined && stamp.end >= lines.starts[output]! + printed.length ? output : undefined;
}
