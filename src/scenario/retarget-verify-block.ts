// The lesson's Verify block names node 1 as the leader (`pgrep -f "kv_node.*--id 1"`, greps of data/node2 and
// data/node3). When another node led, the same checks run against the actual leader: node ids 1 and the leader
// swap places in `--id N` and `nodeN` paths. Pure.
import { nodeLabel } from '../log-events/index.js';

/** `code` with node 1 and `leader` swapped; unchanged when node 1 led. */
export function retargetVerifyBlock(code: string, leader: number): string {
  if (leader === 1) return code;
  const swap = (id: string): string => (id === '1' ? String(leader) : id === String(leader) ? '1' : id);
  return code.replace(/(--id[ =])(\d+)\b/g, (_, flag: string, id: string) => `${flag}${swap(id)}`).replace(/\bnode(\d+)\b/g, (_, id: string) => nodeLabel(Number(swap(id))));
}
