import type { ExpectKeysStep } from '../../lesson/scenario-types.js';
import { requireCluster, type ScenarioContext } from '../scenario-context.js';

// `expect-keys`: every acknowledged key reads back with its value from the current leader.
export async function runExpectKeysStep(_: ExpectKeysStep, ctx: ScenarioContext): Promise<string> {
  const cluster = requireCluster(ctx);
  if (cluster.kind !== 'bundled') return 'skipped';
  if (ctx.leader === null) {
    ctx.problems.push('no leader to read the acknowledged keys back from');
    return 'no leader';
  }
  const readBack = await cluster.readKeys(ctx.leader, ctx.keys);
  ctx.keysReadBack = readBack;
  if (readBack < ctx.keys.length) ctx.problems.push(`only ${readBack} of ${ctx.keys.length} acknowledged keys read back from the leader node${ctx.leader}`);
  return `${readBack}/${ctx.keys.length} keys from node${ctx.leader}`;
}
