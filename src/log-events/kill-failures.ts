// A kill command that said it ended nothing (`bash: kill: (4102) - Operation not permitted`, `pkill: killing pid 4102
// failed: …`, killall's `kv_node: no process found`): no record of a kill. One definition for the log-event model
// (read-log-events.ts drops such a kill) and the patterns check's evidence (choose-pattern-evidence.ts cites the
// command that worked instead).
import { KILL_FAILED_PATTERN } from './default-patterns.js';

/** Output rows read below a kill command for its failure (a `date` it also ran prints one first). */
export const KILL_FAILURE_ROWS = 3;

/** A kill command's failure on `row`, with the pid it names if any; undefined for any other row. */
export function readKillFailure(row: string): { readonly pid: number | undefined } | undefined {
  const failed = KILL_FAILED_PATTERN.exec(row);
  if (failed === null) return undefined;
  const named = failed.find((group, k) => k > 0 && group !== undefined);
  return { pid: named === undefined ? undefined : Number(named) };
}

/**
 * Whether the kill command on row `line` printed, in the KILL_FAILURE_ROWS rows below it and before the next command
 * (`isNextCommand`), that it ended nothing: a failure naming no pid, or naming `pid` (any pid when `pid` is undefined).
 */
export function killedNothing(rowText: (row: number) => string, count: number, line: number, isNextCommand: (row: number) => boolean, pid?: number): boolean {
  for (let k = line + 1; k <= line + KILL_FAILURE_ROWS && k < count; k++) {
    if (isNextCommand(k)) return false;
    const failure = readKillFailure(rowText(k));
    if (failure !== undefined) return failure.pid === undefined || pid === undefined || failure.pid === pid;
  }
  return false;
}
