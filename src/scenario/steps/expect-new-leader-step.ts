import type { ExpectNewLeaderStep } from '../../lesson/scenario-types.js';
import { lastFault, requireCluster, type ScenarioContext } from '../scenario-context.js';
import { waitMs } from './step-durations.js';

// `expect-new-leader`: a node the fault did not hit is elected; re-election time is read from its "won" line.
export async function runExpectNewLeaderStep(step: ExpectNewLeaderStep, ctx: ScenarioContext): Promise<string> {
  const cluster = requireCluster(ctx);
  const fault = lastFault(ctx);
  const exclude = fault?.nodes[0] ?? ctx.leader ?? undefined;
  const timeoutMs = waitMs(step.within, ctx);
  let id: number;
  try {
    id = await cluster.waitForLeader({ timeoutMs, ...(exclude === undefined ? {} : { exclude }) });
  } catch (error) {
    ctx.problems.push(`no new leader: ${(error as Error).message}`);
    return 'none';
  }
  ctx.newLeader = id;
  ctx.leader = id;
  if (fault && ctx.logs) {
    ctx.logs.poll();
    const won = ctx.logs.linesBetween(id, fault.atMs - 2).find((line) => line.kind === 'became-leader');
    // A whole-second stamp (etcd's capnslog raft lines) cannot time a re-election of a few ms.
    const timed = won?.atMs !== undefined && (won.event.time?.precisionMs ?? 1) <= 1;
    ctx.reelectionMs ??= timed ? Math.round(won.atMs! - fault.atMs) : null;
  }
  return `node${id}`;
}
