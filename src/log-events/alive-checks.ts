// A process check typed after the kill — the lesson's own Verify command, `pgrep -f "kv_node.*--id 1" || echo "leader
// process is dead"` — that printed a pid: the process was still running when the student looked (adv53's probe 32: a
// SIGUSR1 handler that dumped its state for 0.9 s and lived on, its pid printed under the check). Pure.
import { COMMAND_KILL_PATTERN } from './default-patterns.js';
import { readLaunchFlags } from './attribute-node.js';
import { lineText, type PasteLines } from './paste-lines.js';
import { printsBarePids, readPgrepFull } from './pgrep-command.js';
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
 * that printed pids, in paste order. A `pgrep` inside a kill (`kill $(pgrep -f …)`) prints nothing and is no check.
 */
export function findAliveChecks(lines: PasteLines, kinds: ArrayLike<number>, afterLine: number): AliveCheck[] {
  const checks: AliveCheck[] = [];
  for (let i = afterLine + 1; i < lines.count; i++) {
    if (kinds[i] !== LINE_COMMAND) continue;
    const command = lineText(lines, i, 1024);
    if (!command.includes('pgrep') || COMMAND_KILL_PATTERN.test(command)) continue;
    const pgrep = readPgrepFull(command);
    if (pgrep === undefined) continue;
    const row = printsBarePids(pgrep) ? PID_ROW : LISTING_ROW;
    const pids: string[] = [];
    let k = i + 1;
    for (; k < lines.count && kinds[k] !== LINE_COMMAND && kinds[k] !== LINE_HEADER; k++) {
      const pid = row.exec(lineText(lines, k, 1024));
      if (pid === null) break;
      pids.push(pid[1]!);
    }
    if (pids.length > 0) checks.push({ line: i, pidLine: i + 1, pids, node: readLaunchFlags(pgrep.pattern)?.node });
  }
  return checks;
}
