import type { WriteStep } from '../../lesson/scenario-types.js';
import { requireCluster, type ScenarioContext } from '../scenario-context.js';
import { DEFAULT_KEYS } from '../scenario-timing.js';

// `write`: K keys through the leader, each acknowledged (committed on a majority) before the next.
export async function runWriteStep(step: WriteStep, ctx: ScenarioContext): Promise<string> {
  const cluster = requireCluster(ctx);
  if (cluster.kind !== 'bundled') return 'skipped (student cluster: no known client API)';
  const count = ctx.options.keys ?? step.keys ?? DEFAULT_KEYS;
  // Numbered on from the keys already written, so every write step's keys are distinct.
  const names = Array.from({ length: count }, (_, i) => `demo-key-${ctx.keys.length + i + 1}`);
  const keys = await cluster.writeKeys(names, (ack) => {
    // What a client would print: the demo log can show that the (new) leader serves writes.
    ctx.clientLines.push({ atMs: ack.atMs, text: `${new Date(ack.atMs).toISOString()} client INFO  PUT ${ack.key} acknowledged by node${ack.node} (index ${ack.index}, term ${ack.term})` });
  });
  ctx.keys.push(...keys);
  return `${keys.length} keys acknowledged`;
}
