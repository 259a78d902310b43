// A time a student typed as a command's argument: journalctl's `--since "14:55:00"` (`-S`, `--until`, `-U`), docker's
// and kubectl's `logs --since`/`--until`/`--since-time=`, git's `--after`/`--before`, `date -d "…"`. It names a time to
// filter by or to print, no moment anything happened: adv41b's `$ sudo systemctl kill kv@1; …; journalctl … --since
// "14:55:00"` was read as a kill at 14:55:00, 10 s before node1's own `received SIGTERM` (a false fail, "the kill's time
// has 1 s resolution").

import { findShellCommentStart } from './default-patterns.js';

// `echo …` / `printf …` (also `/bin/echo`, zsh's `print`) up to the command's end: what it prints is typed, so a time in it is the student's words
// (adv68a-05's `echo "killing leader at 20:20:48.700"; kill 6937`), not a clock's reading; `$(date …)` holds none.
const ECHO_ARGUMENTS = /(?:^|[\s;&|(/])(?:echo|printf|print)\s+((?:"[^"\n]*"|'[^'\n]*'|[^;&|\n])*)/g;

// An option that takes a time, and its value: quoted (spaces and all) or one word; `=` or spaces between.
// Glued to its flag too (`date -d"13:44:41.300"`, `-d13:44:41.300`, `-d@1796651081.3`), and after other flags (`-ud …`).
const TIME_OPTION_VALUE = /(?:^|\s)(?:--since(?:-time)?|--until|--after|--before|--date|-[a-zA-Z]{0,2}[SUd])(?:=|\s+|(?=["'@\d]))("[^"\n]*"|'[^'\n]*'|[^\s;&|)]+)/g;

// A shell variable's setting and its value (`T=13:44:41.300`, `t="13:44:41.300"`).
const VARIABLE_VALUE = /(?:^|[\s;&(])[A-Za-z_]\w*=("[^"\n]*"|'[^'\n]*'|[^\s;&|)]+)/g;

// A time of day in a printed line (`21:09:36.434`, `9:05:01`).
const TIME_TOKEN = /\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,9})?\b/g;

/**
 * Whether `line`, printed under `command`, holds a time the command typed into what an `echo`, `printf` or `print`
 * prints (`printf 'kill at %s\n' 21:09:36.434` → `kill at 21:09:36.434`, adv68e-04): the student's words, no clock's.
 */
export function isTypedTimeOutput(command: string, line: string): boolean {
  if (!command.includes('echo') && !command.includes('print')) return false;
  TIME_TOKEN.lastIndex = 0;
  for (let m = TIME_TOKEN.exec(line); m !== null; m = TIME_TOKEN.exec(line)) {
    const at = command.indexOf(m[0]);
    if (at >= 0 && isTimeArgument(command, 0, command.length, at)) return true;
  }
  return false;
}

/**
 * Whether the time found at `at` on the command line [`lineStart`, `lineEnd`) of `text` lies inside the value of an
 * option that takes a time (`--since "14:55:00"`, `--since-time=2026-12-03T14:55:00Z`, `date -d '14:55'`), an echo's
 * or printf's words, or the line's shell comment.
 */
export function isTimeArgument(text: string, lineStart: number, lineEnd: number, at: number): boolean {
  const line = text.slice(lineStart, lineEnd);
  const offset = at - lineStart;
  // A time in the command's shell comment (`kill 32492    # node1 08:12:02.500`, adv72a-80) is typed as an echo's is.
  const comment = line.includes('#') ? findShellCommentStart(line) : -1;
  if (comment >= 0 && offset > comment) return true;
  ECHO_ARGUMENTS.lastIndex = 0;
  for (let m = ECHO_ARGUMENTS.exec(line); m; m = ECHO_ARGUMENTS.exec(line)) {
    const valueEnd = m.index + m[0].length;
    if (offset >= valueEnd - m[1]!.length && offset < valueEnd) return true;
  }
  // A variable set to a typed time (`T=13:44:41.300; kill 18684; date -d "$T"`): the student's words.
  VARIABLE_VALUE.lastIndex = 0;
  for (let m = VARIABLE_VALUE.exec(line); m; m = VARIABLE_VALUE.exec(line)) {
    const valueEnd = m.index + m[0].length;
    if (offset >= valueEnd - m[1]!.length && offset < valueEnd) return true;
  }
  TIME_OPTION_VALUE.lastIndex = 0;
  for (let m = TIME_OPTION_VALUE.exec(line); m; m = TIME_OPTION_VALUE.exec(line)) {
    const valueEnd = m.index + m[0].length;
    const valueStart = valueEnd - m[1]!.length;
    if (offset >= valueStart && offset < valueEnd) return true;
    if (valueStart > offset) return false;
  }
  return false;
}
