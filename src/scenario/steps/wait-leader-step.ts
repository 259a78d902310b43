import { nodeLabel } from '../../log-events/index.js';
import type { WaitLeaderStep } from '../../lesson/scenario-types.js';
import { requireCluster, type ScenarioContext } from '../scenario-context.js';
import { waitMs } from './step-durations.js';
import { QUIET_LEADERSHIP_MS } from '../../cluster/command-cluster.js';

// `wait-leader`: a leader every node knows (bundled: by /status; a student's: by its log lines or --leader).
export async function runWaitLeaderStep(step: WaitLeaderStep, ctx: ScenarioContext): Promise<string> {
  const cluster = requireCluster(ctx);
  const leader = await cluster.waitForLeader({ timeoutMs: waitMs(step.within, ctx), ...(ctx.options.leader ? { expected: ctx.options.leader } : {}) });
  ctx.leader = leader;
  if (ctx.firstLeader === null) {
    ctx.firstLeader = leader;
    const unconfirmed = cluster.unconfirmedFollowers?.() ?? [];
    if (unconfirmed.length > 0) {
      const whom = unconfirmed.length > 1 ? 'whom they follow' : 'whom it follows';
      ctx.notes.push(`${unconfirmed.map((id) => nodeLabel(id)).join(' and ')} never logged ${whom}; ${nodeLabel(leader)} was taken as leader after ${QUIET_LEADERSHIP_MS / 1000} s without an election`);
    }
    if (cluster.kind === 'bundled' && leader !== 1) ctx.problems.push(`the first leader was ${nodeLabel(leader)}, but the lesson's Verify block assumes node 1`);
  }
  return `leader ${nodeLabel(leader)}`;
}
