// A process check typed after the kill — the lesson's own Verify command, `pgrep -f "kv_node.*--id 1" || echo "leader
// process is dead"` — that printed a pid: the process was still running when the student looked (adv53's probe 32: a
// SIGUSR1 handler that dumped its state for 0.9 s and lived on, its pid printed under the check). Pure.
import { COMMAND_KILL_PATTERN } from './default-patterns.js';
import { readLaunchFlags } from './attribute-node.js';
import { lineText, type PasteLines } from './paste-lines.js';
import { printsBarePids, readPgrepFull, type PgrepFull } from './pgrep-command.js';
import { isKillPipeline, readTypedPipelines } from './process-actions.js';
import { LINE_COMMAND, LINE_HEADER } from './scan-lines.js';

/** A `pgrep -f` typed on `line` that printed `pids` (on `pidLine`, the first), naming `node` by its launch flag when it does. */
export interface AliveCheck {
  readonly line: number;
  readonly pidLine: number;
  readonly pids: readonly string[];
  readonly node: string | undefined;
}

const PID_ROW = /^\s*(\d{1,8})\s*$/;
const LISTING_ROW = /^\s*(\d{1,8})\s+\S/;

/**
 * The process checks typed below `afterLine` (a kill's line: a separate command, typed after the kill's own had run)
 * that printed pids, in paste order; and a check sequenced after the kill on the kill's own command line, up to two
 * lines above `afterLine`, after a wait (`date +%T.%3N; kill 7289; sleep 1; pgrep -f "kv_node.*--id 1" || echo …`:
 * adv54c-05, its pids printed under the date). A `pgrep` inside a kill (`kill $(pgrep -f …)`) prints nothing and is no check.
 */
export function findAliveChecks(lines: PasteLines, kinds: ArrayLike<number>, afterLine: number): AliveCheck[] {
  const checks: AliveCheck[] = [];
  for (let i = Math.max(0, afterLine - KILL_COMMAND_ROWS); i < lines.count; i++) {
    if (kinds[i] !== LINE_COMMAND) continue;
    const command = lineText(lines, i, 1024);
    if (!command.includes('pgrep')) continue;
    const killing = COMMAND_KILL_PATTERN.test(command);
    if (!killing && i <= afterLine) continue;
    const pgrep = killing ? readPgrepAfterKill(command) : readPgrepFull(command);
    if (pgrep === undefined) continue;
    const row = printsBarePids(pgrep) ? PID_ROW : LISTING_ROW;
    const pids: string[] = [];
    let k = i + 1;
    // Sequenced after a kill, its pids come below what the commands before it printed (the date's time).
    let skip = killing ? KILL_COMMAND_ROWS : 0;
    let pidLine = -1;
    for (; k < lines.count && kinds[k] !== LINE_COMMAND && kinds[k] !== LINE_HEADER; k++) {
      const pid = row.exec(lineText(lines, k, 1024));
      if (pid === null) {
        if (pids.length === 0 && skip-- > 0) continue;
        break;
      }
      if (pidLine < 0) pidLine = k;
      pids.push(pid[1]!);
    }
    if (pids.length > 0) checks.push({ line: i, pidLine, pids, node: readLaunchFlags(pgrep.pattern)?.node });
  }
  return checks;
}

// The rows a kill's command line may stand above its kill's line (a `date` record's time), and its own outputs above a check's pids.
const KILL_COMMAND_ROWS = 2;

// The `pgrep -f` of a pipeline sequenced after the command line's kill and a wait of SETTLE_S or more (`kill 7289; sleep 1;
// pgrep …`): right after the kill the process may still be exiting. Not one inside the kill (`kill $(pgrep -f …)`).
function readPgrepAfterKill(command: string): PgrepFull | undefined {
  const pipelines = readTypedPipelines(command);
  const kill = pipelines.findIndex(isKillPipeline);
  if (kill < 0) return undefined;
  let waited = false;
  for (const pipeline of pipelines.slice(kill + 1)) {
    const sleep = SLEEP.exec(pipeline);
    if (sleep !== null && Number(sleep[1]) >= SETTLE_S) waited = true;
    const pgrep = readPgrepFull(pipeline);
    if (pgrep !== undefined) return waited ? pgrep : undefined;
  }
  return undefined;
}
const SLEEP = /^sleep\s+(\d{1,4}(?:\.\d{1,3})?)s?$/;
// A wait after which a process that received SIGTERM and exits on it has exited (its handler's cleanup takes ms).
const SETTLE_S = 0.5;
