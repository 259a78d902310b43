import type { WriteStep } from '../../lesson/scenario-types.js';
import { requireCluster, type ScenarioContext } from '../scenario-context.js';
import { DEFAULT_KEYS } from '../scenario-timing.js';

// `write`: K keys through the leader, each acknowledged (committed on a majority) before the next.
export async function runWriteStep(step: WriteStep, ctx: ScenarioContext): Promise<string> {
  const cluster = requireCluster(ctx);
  if (cluster.kind !== 'bundled') return 'skipped (student cluster: no known client API)';
  const count = ctx.options.keys ?? step.keys ?? DEFAULT_KEYS;
  const prefix = ctx.keys.length === 0 ? 'demo-key' : `demo-key-${ctx.stepEnds.size}`;
  const keys = await cluster.writeKeys(count, prefix);
  ctx.keys.push(...keys);
  return `${keys.length} keys acknowledged`;
}
