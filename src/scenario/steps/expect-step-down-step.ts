import { nodeLabel } from '../../log-events/index.js';
import type { ExpectStepDownStep } from '../../lesson/scenario-types.js';
import type { LogEventKind } from '../../log-events/index.js';
import { pollUntil } from '../../process/poll-until.js';
import { resolveTarget } from '../resolve-target.js';
import { lastFault, requireCluster, type ScenarioContext } from '../scenario-context.js';
import { STATUS_POLL_MS } from '../scenario-timing.js';
import { waitMs } from './step-durations.js';

// Log-event kinds that say a node no longer leads: it stepped down, starts an election, or follows someone.
const NOT_LEADING: ReadonlySet<LogEventKind> = new Set(['stepped-down', 'election-started', 'follows-leader']);

// `expect-step-down`: a leader cut off from the majority stops leading (bundled: /status; a student's node: a log line).
export async function runExpectStepDownStep(step: ExpectStepDownStep, ctx: ScenarioContext): Promise<string> {
  const cluster = requireCluster(ctx);
  const [id] = resolveTarget(ctx, step.target ?? 'old-leader', cluster.nodeIds);
  if (id === undefined) throw new Error('expect-step-down: no target node');
  const since = lastFault(ctx)?.atMs ?? Date.now();
  const timeoutMs = waitMs(step.within, ctx);
  const steppedDown = await pollUntil(async () => {
    ctx.logs?.poll();
    const line = ctx.logs?.linesBetween(id, since).find((l) => NOT_LEADING.has(l.kind));
    if (line) return `logged "${line.text.slice(0, 80)}"`;
    if (cluster.kind !== 'bundled') return undefined;
    const status = await cluster.status(id);
    return status && status.role !== 'leader' ? `${status.role} in term ${status.term}` : undefined;
  }, { timeoutMs, intervalMs: STATUS_POLL_MS });
  if (!steppedDown) ctx.problems.push(`${nodeLabel(id)} still led ${timeoutMs} ms after it was cut off from the majority`);
  return steppedDown ? `${nodeLabel(id)} ${steppedDown} after ${Date.now() - since} ms` : `${nodeLabel(id)} still leads`;
}
