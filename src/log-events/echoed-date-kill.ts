// A `date; kill` record run by something that echoes each command as it runs it: the record spans three rows — the
// echoed date, the time date printed, the echoed kill — and the printed time is the kill's, as on one typed line
// (scan-lines.ts findDateOutputStamp). Three runners echo so: the shell's trace (`bash -x`, `set -x`: `+ date +%T.%3N`,
// `18:20:51.814`, `+ kill 21190`, adv58c-13), make (`$ make kill-leader`, `date +%T.%3N`, `17:15:23.779`, `kill 1328`,
// adv75d-61/-82) and npm, whose `pre` script runs right before the script of its name (`> kv@1.0.0 prekill-leader`, `>
// date +%T.%3N`, the time, `> kv@1.0.0 kill-leader`, `> kill $(cat run/leader.pid)`: adv75e-60).
import { DATE_PROGRAM } from './date-output.js';
import { COMMAND_KILL_PATTERN } from './default-patterns.js';
import { lineText, type PasteLines } from './paste-lines.js';
import { isScriptHeader, readRecordedCommand } from './script-header.js';
import { findDateOutputStamp, FROM_SECTION, isLoneTimeRow, LINE_BLANK, LINE_COMMAND, LINE_LOG, NPM_SCRIPT_HEAD, stampOf, type LineTable } from './scan-lines.js';
import type { Stamp } from './parse-timestamp.js';

/** An echoed record's time for the kill row: the row the time stands on, the time, and what echoed it. */
export interface EchoedDateKill {
  readonly output: number;
  readonly stamp: Stamp;
  /** Rows of a deeper trace level between the date and the kill: the kill's own lookup of its target, run after the date. */
  readonly lookup: boolean;
  readonly runner: 'trace' | 'make' | 'npm';
}

/**
 * The time an echoed `date` printed above the echoed kill on row `i` (the shell's trace, else make's recipe echo, else
 * npm's pre script), or undefined. A trace row may stand under a section's name (a typed `( date; kill $(cat
 * data/node1/pid) )` reads as node1's output): no writer of a trace row. make's and npm's rows are no node's.
 */
export function findEchoedDateKill(lines: PasteLines, table: LineTable, i: number): EchoedDateKill | undefined {
  const kind = table.kinds[i];
  const writer = kind === LINE_COMMAND ? undefined : table.nodes[i];
  if (writer === undefined || table.nodeFrom[i] === FROM_SECTION) {
    const traced = findTracedDateOutput(lines, table, i);
    if (traced !== undefined) return traced;
  }
  if (kind !== LINE_LOG || writer !== undefined) return undefined;
  const stamp = findMakeRecipeDateStamp(lines, table, i);
  if (stamp !== undefined) return { output: i - 1, stamp, lookup: false, runner: 'make' };
  return findNpmPreScriptDate(lines, table, i);
}

// npm's echo of the script it runs (`> kill $(cat run/leader.pid)` under `> kv@1.0.0 kill-leader`) when the script's
// `pre` script, echoed right above it, was a date alone (`> kv@1.0.0 prekill-leader`, `> date +%T.%3N`, a blank row, the
// time, a blank row): npm runs the two one after the other, nothing between, so the date's time is the kill's.
function findNpmPreScriptDate(lines: PasteLines, table: LineTable, i: number): EchoedDateKill | undefined {
  const killRow = lineText(lines, i, 512);
  if (i < 5 || !killRow.startsWith('> ')) return undefined;
  const head = NPM_SCRIPT_HEAD.exec(lineText(lines, i - 1, 256));
  if (head === null) return undefined;
  let output = i - 2;
  while (output > 2 && i - output <= 3 && table.kinds[output] === LINE_BLANK) output--;
  if (!isLoneTimeRow(lines, table, output)) return undefined;
  const dateRow = output - (table.kinds[output - 1] === LINE_BLANK ? 2 : 1);
  const preHead = dateRow < 1 ? null : NPM_SCRIPT_HEAD.exec(lineText(lines, dateRow - 1, 256));
  const date = dateRow < 1 ? '' : lineText(lines, dateRow, 256);
  if (preHead === null || preHead[1] !== `pre${head[1]!}` || !date.startsWith('> ') || !ECHOED_DATE_ROW.test(date.slice(2))) return undefined;
  const stamp = findDateOutputStamp(lines, table, dateRow, `${date.slice(2)}; ${killRow.slice(2)}`);
  return stamp === undefined || stamp.end <= lines.starts[output]! || stamp.end > lines.ends[output]! ? undefined : { output, stamp, lookup: false, runner: 'npm' };
}

// A trace row: bash's `+ ` (`++ ` in a subshell, one `+` a level), its PS4's default.
const TRACE_ROW = /^[ \t]*\+{1,8} \S/;
const TRACED_DATE = /^[ \t]*\+{1,8} (?:\S*\/)?date(?:[ \t]|$)/;

// The traced record (`+ date`, its time, `+ kill`) with nothing traced between the date and the kill but rows of a
// deeper level (`++ cat data/node1/pid` for `kill $(cat data/node1/pid)`, adv58e-17: `lookup`, as a typed `date; kill
// $(…)` record's LogEvent.lookupAfterDate).
function findTracedDateOutput(lines: PasteLines, table: LineTable, i: number): EchoedDateKill | undefined {
  const level = traceLevel(lineText(lines, i, 64));
  if (i < 2 || level === 0) return undefined;
  let output = i - 1;
  while (output > 1 && traceLevel(lineText(lines, output, 64)) > level) output--;
  const printed = lineText(lines, output, 256).trimEnd();
  if (TRACE_ROW.test(printed) || !TRACED_DATE.test(lineText(lines, output - 1, 256))) return undefined;
  // The row is the time alone: date's output, no log line that happens to hold one.
  const stamp = stampOf(lines, table, output);
  return stamp !== undefined && stamp.end >= lines.starts[output]! + printed.length ? { output, stamp, lookup: output < i - 1, runner: 'trace' } : undefined;
}

// A trace row's level (its `+` count), 0 for a row that is none.
function traceLevel(row: string): number {
  if (!TRACE_ROW.test(row)) return 0;
  const at = row.indexOf('+');
  let end = at;
  while (row.charCodeAt(end) === 43) end++;
  return end - at;
}

// make's recipe echo: each recipe line runs as make echoes it, one after the other, so the date's row times the kill row
// below it. A silent date line (`@date +%T.%3N`) prints its time alone, right under the make run (adv75e-09). Not when an
// echoed kill stands above the date: the kill under it finds the process already gone (`kill P`, `sleep 0.2`, `date`,
// `kill P`: adv75e-06).
function findMakeRecipeDateStamp(lines: PasteLines, table: LineTable, i: number): Stamp | undefined {
  if (i < 2 || table.kinds[i - 1] !== LINE_LOG || table.stampAt[i - 1] !== lines.starts[i - 1]) return undefined;
  const dateRow = table.kinds[i - 2] === LINE_LOG ? lineText(lines, i - 2, 256) : undefined;
  const echoed = dateRow !== undefined && ECHOED_DATE_ROW.test(dateRow);
  let command = echoed ? i - 3 : i - 2;
  while (command >= 0 && i - command <= MAX_MAKE_ECHO_ROWS && table.kinds[command] === LINE_LOG && table.stampAt[command]! < 0 && !runsMake(lines, table, command)) {
    if (COMMAND_KILL_PATTERN.test(lineText(lines, command, 512))) return undefined;
    command--;
  }
  if (command < 0 || !runsMake(lines, table, command)) return undefined;
  if (!echoed && command !== i - 2) return undefined;
  const typed = `${echoed ? dateRow! : SILENT_RECIPE_DATE}; ${lineText(lines, i, 512)}`;
  return findDateOutputStamp(lines, table, echoed ? i - 2 : command, typed);
}
// Whether row k runs make: a typed make run, or a script(1) header recording one (`script -q -c "make kill-leader"
// typescript`, then `cat typescript`: adv76a-65/-75/-76).
function runsMake(lines: PasteLines, table: LineTable, k: number): boolean {
  const row = lineText(lines, k, 512);
  if (table.kinds[k] === LINE_COMMAND) return MAKE_COMMAND.test(row);
  const recorded = table.kinds[k] === LINE_LOG && isScriptHeader(row) ? readRecordedCommand(row) : undefined;
  return recorded !== undefined && MAKE_COMMAND.test(recorded);
}
// What a silent recipe's line that printed a bare time ran, for the date output's checks of the kill after it.
const SILENT_RECIPE_DATE = 'date +%T.%3N';
// make's (or npm's, after its `> `) echo of a date line alone (`date +%T.%3N`), and the make run above it (GNU make, gmake,
// mingw32-make).
const ECHOED_DATE_ROW = new RegExp(String.raw`^\s*(?:${DATE_PROGRAM})\s+(?:-u\s+)?["']?\+[^;&|\n]{1,40}$`);
const MAKE_COMMAND = /(?:^|[\s$#>%])(?:g|mingw32-)?make(?:\s|$)/;
// How many echoed recipe rows may stand between the make run and its date row.
const MAX_MAKE_ECHO_ROWS = 12;
