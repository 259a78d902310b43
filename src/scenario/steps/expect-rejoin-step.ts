import { nodeLabel } from '../../log-events/index.js';
import type { ExpectRejoinStep } from '../../lesson/scenario-types.js';
import { pollUntil } from '../../process/poll-until.js';
import { resolveTarget } from '../resolve-target.js';
import { requireCluster, type ScenarioContext } from '../scenario-context.js';
import { STATUS_POLL_MS } from '../scenario-timing.js';
import { waitMs } from './step-durations.js';

// `expect-rejoin`: the node follows the current leader and has caught up to the leader's commit index (bundled:
// by /status; a student's node: a line after its restart that the log-event model reads as following a leader).
export async function runExpectRejoinStep(step: ExpectRejoinStep, ctx: ScenarioContext): Promise<string> {
  const cluster = requireCluster(ctx);
  const [id] = resolveTarget(ctx, step.target ?? 'old-leader', cluster.nodeIds);
  const leader = ctx.leader;
  if (id === undefined || leader === null || id === leader) throw new Error(`expect-rejoin: ${id === undefined ? 'its target names no node, so it' : nodeLabel(id)} cannot rejoin ${leader === null ? 'an unknown leader' : `leader ${nodeLabel(leader)}`}`);
  const timeoutMs = waitMs(step.within, ctx);
  const t0 = Date.now();
  if (cluster.kind !== 'bundled') {
    const since = ctx.faults.at(-1)?.atMs ?? t0;
    const line = await pollUntil(() => (ctx.logs!.poll(), ctx.logs!.linesBetween(id, since).find((l) => l.kind === 'follows-leader')), { timeoutMs, intervalMs: STATUS_POLL_MS });
    if (!line) ctx.problems.push(`${nodeLabel(id)} logged nothing showing it follows again within ${timeoutMs} ms`);
    return line ? `${nodeLabel(id)}: "${line.text.slice(0, 80)}"` : 'no sign of rejoining';
  }
  const target = (await cluster.status(leader))?.commit;
  if (target === undefined) throw new Error(`the leader ${nodeLabel(leader)} does not answer /status`);
  const caughtUp = await pollUntil(async () => {
    const status = await cluster.status(id);
    return status && status.role === 'follower' && status.leader === leader && status.commit >= target ? status : undefined;
  }, { timeoutMs, intervalMs: STATUS_POLL_MS });
  if (!caughtUp) {
    const status = await cluster.status(id);
    ctx.problems.push(`${nodeLabel(id)} did not rejoin leader ${nodeLabel(leader)} at commit ${target} within ${timeoutMs} ms (${status ? `${status.role}, leader ${status.leader}, commit ${status.commit}` : 'no answer'})`);
    return 'not caught up';
  }
  return `${nodeLabel(id)} follows ${nodeLabel(leader)}, commit ${caughtUp.commit} ≥ ${target} after ${Date.now() - t0} ms`;
}
