import { nodeLabel } from '../../log-events/index.js';
import type { ExpectNewLeaderStep } from '../../lesson/scenario-types.js';
import { lastFault, requireCluster, type ScenarioContext } from '../scenario-context.js';
import { pollUntil } from '../../process/poll-until.js';
import { STATUS_POLL_MS } from '../scenario-timing.js';
import { waitMs } from './step-durations.js';

// How long the new leader's "became leader" line is waited for once /status names it (its log write may come later).
const WON_LINE_WAIT_MS = 1000;

// `expect-new-leader`: a node the fault did not hit is elected; re-election time is read from its "won" line.
export async function runExpectNewLeaderStep(step: ExpectNewLeaderStep, ctx: ScenarioContext): Promise<string> {
  const cluster = requireCluster(ctx);
  const fault = lastFault(ctx);
  const exclude = fault?.nodes[0] ?? ctx.leader ?? undefined;
  const timeoutMs = waitMs(step.within, ctx);
  if (cluster.nodeIds.every((node) => node === exclude)) {
    const nodes = cluster.nodeIds.length;
    ctx.problems.push(`no new leader: the cluster has ${nodes} node${nodes === 1 ? '' : 's'} (scenario.nodes), so no node but ${nodeLabel(exclude!)} is left to elect`);
    return 'none';
  }
  // A leader that ignored its kill still leads: no election is coming, and the cause is already said.
  if (fault?.ignored && exclude !== undefined && cluster.isRunning(exclude)) return `not waited for: ${nodeLabel(exclude)} still runs, it did not act on ${fault.signal}`;
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
    // The node may answer /status as leader before its "became leader" line is in its log file (a write after an
    // fsync, a student's buffered stdout): the line is waited for, briefly, rather than the re-election left untimed.
    const logs = ctx.logs;
    const won = await pollUntil(() => (logs.poll(), logs.linesBetween(id, fault.atMs - 2).find((line) => line.kind === 'became-leader')), {
      timeoutMs: WON_LINE_WAIT_MS,
      intervalMs: STATUS_POLL_MS,
    });
    // A whole-second stamp (etcd's capnslog raft lines) cannot time a re-election of a few ms.
    const timed = won?.atMs !== undefined && (won.event.time?.precisionMs ?? 1) <= 1;
    ctx.reelectionMs ??= timed ? Math.round(won.atMs! - fault.atMs) : null;
  }
  return nodeLabel(id);
}
