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
      const whose = unconfirmed.length > 1 ? 'their leader' : 'its leader';
      // What was seen, not a claim about the node: its lines may name the leader in a way no rule reads yet.
      ctx.notes.push(
        `${unconfirmed.map((id) => nodeLabel(id)).join(' and ')} logged no line naming ${whose} that verify-lesson could read ` +
          `(such as "leader is n${leader}" or "following leader node${leader}"); ${nodeLabel(leader)}, which said it became leader, ` +
          `was taken as leader after ${QUIET_LEADERSHIP_MS / 1000} s with no election since`,
      );
    }
    if (cluster.kind === 'bundled' && leader !== 1) ctx.problems.push(`the first leader was ${nodeLabel(leader)}, but the lesson's Verify block assumes node 1`);
  }
  return `leader ${nodeLabel(leader)}`;
}
