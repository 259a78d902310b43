import { nodeLabel } from '../../log-events/index.js';
import { describeKeyProblems, readBackKeys } from '../../client/key-round-trip.js';
import type { ExpectKeysStep } from '../../lesson/scenario-types.js';
import { requireCluster, type ScenarioContext } from '../scenario-context.js';

// `expect-keys`: every acknowledged key reads back from the current leader with its last acknowledged value (or a
// later one); lost, stale and wrong keys are reported by name.
export async function runExpectKeysStep(_: ExpectKeysStep, ctx: ScenarioContext): Promise<string> {
  requireCluster(ctx);
  if (!ctx.kv) return 'skipped';
  if (ctx.leader === null) {
    ctx.problems.push('no leader to read the acknowledged keys back from');
    return 'no leader';
  }
  const results = await readBackKeys(ctx.kv, ctx.leader, ctx.written);
  ctx.keyResults = results;
  ctx.keysReadBack = results.filter((r) => r.status === 'kept').length;
  // Writes that were not acknowledged are the write step's problem; here only what came back.
  ctx.problems.push(...describeKeyProblems([], results, `the leader ${nodeLabel(ctx.leader)}`));
  return `${ctx.keysReadBack}/${results.length} keys from ${nodeLabel(ctx.leader)}`;
}
