// A kill command that said it ended nothing (`bash: kill: (4102) - Operation not permitted`, `pkill: killing pid 4102
// failed: …`, killall's `kv_node: no process found`): no record of a kill. One definition for the log-event model
// (read-log-events.ts drops such a kill) and the patterns check's evidence (choose-pattern-evidence.ts cites the
// command that worked instead).
import { COMMAND_KILL_PATTERN, KILL_FAILED_PATTERN, readKillSignal } from './default-patterns.js';

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
 * A command naming several pids (`kill 10715 10675`) ended nothing only when a failure names each (adv54b-23: one pid
 * mistyped, the leader's ended).
 */
export function killedNothing(rowText: (row: number) => string, count: number, line: number, isNextCommand: (row: number) => boolean, pid?: number): boolean {
  const typed = rowText(line);
  const pids = readKillPids(typed);
  // `kill -s SIGUSR1 P; sleep 0.2; kill -9 P` (adv61a-56): one failure is the later kill's, the first having ended P.
  const kills = pids.length <= 1 ? readTypedKills(typed).length : 1;
  let failures = 0;
  const failed = new Set<number>();
  for (let k = line + 1; k <= line + KILL_FAILURE_ROWS + Math.max(0, pids.length - 1, kills - 1) && k < count; k++) {
    if (isNextCommand(k)) break;
    const failure = readKillFailure(rowText(k));
    if (failure === undefined) continue;
    // One failure naming no pid (`kill: usage: …` of a `kill $EMPTY`) is one kill's: `kill $P; pkill -f …` ran the other (adv66b-10).
    if (failure.pid === undefined && (pids.length > 1 || ++failures >= kills)) return true;
    if (failure.pid === undefined) continue;
    if (pids.length <= 1) {
      if (pid !== undefined && failure.pid !== pid) return false;
      if (++failures >= kills) return true;
      continue;
    }
    failed.add(failure.pid);
  }
  return pids.length > 1 && pids.every((p) => failed.has(p));
}

/**
 * The kill commands of a typed line, in order: where each starts, its command's text and the signal it sends
 * (readKillSignal: `-STOP`, `-s SIGTSTP`, `-19` read as STOP). The one reading of a line's several kills.
 */
export function readTypedKills(typed: string): { index: number; text: string; signal: string | undefined }[] {
  const kills: { index: number; text: string; signal: string | undefined }[] = [];
  for (const part of typed.matchAll(COMMAND_PARTS)) {
    const kill = COMMAND_KILL_PATTERN.exec(part[0]);
    if (kill !== null) kills.push({ index: part.index! + kill.index, text: part[0], signal: readKillSignal(part[0]) });
  }
  return kills;
}

// One command of a typed line: up to the next `;`, `&`, `|` or line end.
const COMMAND_PARTS = /[^;&|\n]+/g;

// `kill [-SIG] 10715 10675`: the pids of a kill command's one list (empty when it names none).
const KILL_PID_LIST = /\bkill\b(?:\s+-(?:s\s+)?\w+)*((?:\s+\d{1,8}\b)+)/i;

/** The pids one `kill` on `text` names, in order (`kill -TERM 10715 10675`: 10715, 10675): the one reading of a kill's pid list. */
export function readKillPids(text: string): number[] {
  const m = KILL_PID_LIST.exec(text);
  if (m !== null) return m[1]!.trim().split(/\s+/).map(Number);
  // Windows' `taskkill /PID 11236 /PID 28715 /F`: a `/PID` option per process (adv70e-53).
  if (!TASKKILL.test(text)) return [];
  return [...text.matchAll(TASKKILL_PID)].map((pid) => Number(pid[1]));
}

const TASKKILL = /\btaskkill\b/i;
const TASKKILL_PID = /\/pid\s+(\d{1,8})\b/gi;
