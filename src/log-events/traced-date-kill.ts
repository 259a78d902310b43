// A `date; kill` record traced by the shell (`bash -x`, `set -x`): each command is printed as it runs, so the record
// spans three rows — `+ date +%T.%3N`, the time date printed, `+ kill 21190` — with nothing traced between the date and
// the kill (adv58c-13). The printed time is then the kill's, as on one typed line (scan-lines.ts findDateOutputStamp).
import { lineText, type PasteLines } from './paste-lines.js';
import { stampOf, type LineTable } from './scan-lines.js';

// A trace row: bash's `+ ` (`++ ` in a subshell, one `+` a level), its PS4's default.
const TRACE_ROW = /^[ \t]*\+{1,8} \S/;
const TRACED_DATE = /^[ \t]*\+{1,8} (?:\S*\/)?date(?:[ \t]|$)/;

/**
 * The row of the time a traced `date` printed above the traced kill on row `i`, or undefined; `lookup`: rows of a
 * deeper level between them, the kill's own lookup of its target run after the date (`++ cat data/node1/pid` for
 * `kill $(cat data/node1/pid)`, adv58e-17), as a typed `date; kill $(…)` record's (LogEvent.lookupAfterDate).
 */
export function findTracedDateOutput(lines: PasteLines, table: LineTable, i: number): { output: number; lookup: boolean } | undefined {
  const level = traceLevel(lineText(lines, i, 64));
  if (i < 2 || level === 0) return undefined;
  let output = i - 1;
  while (output > 1 && traceLevel(lineText(lines, output, 64)) > level) output--;
  const printed = lineText(lines, output, 256).trimEnd();
  if (TRACE_ROW.test(printed) || !TRACED_DATE.test(lineText(lines, output - 1, 256))) return undefined;
  // The row is the time alone: date's output, no log line that happens to hold one.
  const stamp = stampOf(lines, table, output);
  return stamp !== undefined && stamp.end >= lines.starts[output]! + printed.length ? { output, lookup: output < i - 1 } : undefined;
}

// A trace row's level (its `+` count), 0 for a row that is none.
function traceLevel(row: string): number {
  if (!TRACE_ROW.test(row)) return 0;
  const at = row.indexOf('+');
  let end = at;
  while (row.charCodeAt(end) === 43) end++;
  return end - at;
}
