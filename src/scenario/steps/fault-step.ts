import { nodeLabel } from '../../log-events/index.js';
import type { FaultStep } from '../../lesson/scenario-types.js';
import { parseDurationMs } from '../../lesson/parse-duration.js';
import { requireCluster, type ScenarioContext } from '../scenario-context.js';
import { decideKillSignal } from '../kill-signal.js';
import { resolveTarget, resolveTargetGroups } from '../resolve-target.js';
import type { FaultSignal } from '../scenario-types.js';

const SIGNAL_OF = { pause: 'SIGSTOP', resume: 'SIGCONT' } as const;


// CLOCK_MONOTONIC in ms: on Linux process.hrtime reads it (libuv's uv_hrtime), the clock a node's
// clock_gettime(CLOCK_MONOTONIC), Python's time.monotonic() or Ruby's Process::CLOCK_MONOTONIC stamps with. Elsewhere
// (macOS: mach_absolute_time, which stops in sleep) it is another clock, so undefined.
function readMonotonicMs(): number | undefined {
  return process.platform === 'linux' ? Number(process.hrtime.bigint()) / 1e6 : undefined;
}

// `fault`: kill | pause | resume | restart one node, or partition | heal the peer links.
export async function runFaultStep(step: FaultStep, ctx: ScenarioContext): Promise<string> {
  const cluster = requireCluster(ctx);
  const atMs = Date.now();
  if (step.action === 'heal') {
    cluster.heal();
    ctx.faults.push({ action: 'heal', nodes: [], atMs, pids: [] });
    return 'every peer link restored';
  }
  if (step.action === 'partition') {
    const groups = resolveTargetGroups(ctx, step.target ?? 'leader | rest', cluster.nodeIds);
    const latencyMs = step.latency === undefined ? 0 : (parseDurationMs(step.latency) ?? 0);
    cluster.partition(groups, latencyMs);
    const minority = groups.find((g) => g.length * 2 < cluster.nodeIds.length) ?? groups[0]!;
    if (ctx.leader !== null && minority.includes(ctx.leader)) ctx.oldLeader = ctx.leader;
    ctx.faults.push({ action: 'partition', nodes: minority, atMs, pids: [] });
    return `${groups.map((g) => g.map((id) => nodeLabel(id)).join(' ')).join(' | ')}${latencyMs ? `, +${latencyMs} ms on the links left up` : ''}`;
  }
  const [id] = resolveTarget(ctx, step.target ?? 'leader', cluster.nodeIds);
  if (id === undefined) throw new Error(`fault ${step.action}: target "${step.target}" names no node`);
  const pid = cluster.pid(id);
  if (step.action === 'restart') {
    await cluster.restart(id);
    ctx.faults.push({ action: 'restart', nodes: [id], atMs, pids: [cluster.pid(id)] });
    return `${nodeLabel(id)} restarted (pid ${cluster.pid(id)})`;
  }
  const first = !ctx.faults.some((f) => f.action === 'kill' || f.action === 'pause');
  const signal = step.action === 'kill' ? decideKillSignal(step, ctx.options.signal, first) : SIGNAL_OF[step.action];
  const action = signal === 'SIGSTOP' ? 'pause' : step.action;
  if (action === 'kill' || action === 'pause') {
    if (first) ctx.signal = signal as FaultSignal;
    ctx.oldLeader = id;
  }
  const monotonicMs = readMonotonicMs();
  cluster.sendSignal(id, signal);
  ctx.faults.push({ action, nodes: [id], signal, atMs, ...(monotonicMs === undefined ? {} : { monotonicMs }), pids: [pid] });
  return `${signal} to ${nodeLabel(id)} (pid ${pid})`;
}
