// Which of a node's processes outlived its signal: a wrapper's node, a helper it started, a process that left the group.
import type { ScenarioCluster } from '../cluster/scenario-cluster.js';
import { describeProcess } from '../process/tagged-processes.js';

const SHOWN = 3;
const COMMAND_CHARS = 100;

// ` (still running: pid 12 "python3 helper.py"; the command itself, pid 10, had exited, but not what it started)`, or ''
// when only the command itself runs or nothing is known.
export function describeLingering(cluster: ScenarioCluster, id: number): string {
  const still = cluster.lingering?.(id) ?? [];
  const own = cluster.pid(id);
  // The node's own command alone: its name adds nothing.
  if (still.every((p) => p.pid === own)) return '';
  const shown = still.slice(0, SHOWN).map((p) => describeProcess(p, COMMAND_CHARS));
  const more = still.length > SHOWN ? ` and ${still.length - SHOWN} more` : '';
  const exited = own !== undefined && !still.some((p) => p.pid === own) ? `; the command itself, pid ${own}, had exited, but not what it started` : '';
  return ` (still running: ${shown.join(', ')}${more}${exited})`;
}
