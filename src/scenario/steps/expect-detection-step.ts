import { setTimeout as delay } from 'node:timers/promises';
import { findDetection } from '../../log-events/index.js';
import { parseDurationMs } from '../../lesson/parse-duration.js';
import type { ExpectDetectionStep } from '../../lesson/scenario-types.js';
import { lastFault, requireCluster, type FaultRecord, type ScenarioContext } from '../scenario-context.js';
import { CLOCK_ROUNDING_MS, DETECTION_POLL_MS } from '../scenario-timing.js';
import { checkLogClock } from '../check-log-clock.js';

// Each watching node's detection of the fault (up to `toMs`) by the log-event model's rule (findDetection, the one
// checkPaste applies): its first heartbeat timeout and first lost connection after the fault, by each line's own time.
export function scanDetections(ctx: ScenarioContext, fault: FaultRecord, watchers: readonly number[], toMs = Infinity): void {
  for (const id of watchers) {
    const found = findDetection(ctx.logs!.linesBetween(id, fault.atMs - CLOCK_ROUNDING_MS, toMs), fault.atMs - CLOCK_ROUNDING_MS);
    if (found.heartbeat) ctx.heartbeatAt.set(id, found.heartbeat.atMs!);
    if (found.first) ctx.detectedAt.set(id, { atMs: found.first.atMs!, via: found.via! });
  }
}

// The nodes' log clock against the harness's: every line read so far, and the killed node's own shutdown line.
function checkClockOf(ctx: ScenarioContext, fault: FaultRecord): string[] {
  const samples = ctx.cluster!.nodeIds.flatMap((node) =>
    ctx.logs!.lines(node).flatMap((l) => (l.arrivalMs === undefined || l.atMs === undefined ? [] : [{ node, stampMs: l.atMs, arrivalMs: l.arrivalMs }])),
  );
  const killed = fault.nodes[0]!;
  const shutdown = fault.signal === 'SIGTERM' || fault.signal === 'SIGINT' ? ctx.logs!.lines(killed).find((l) => l.kind === 'kill' && (l.arrivalMs ?? 0) >= fault.atMs) : undefined;
  return checkLogClock(samples, shutdown?.atMs === undefined ? undefined : { node: killed, stampMs: shutdown.atMs, killAtMs: fault.atMs });
}

// `expect-detection`: every node the fault did not hit logs that it noticed (heartbeat timeout or lost connection),
// timed by the line's own timestamp against the harness clock at the fault; waits the window plus --timeout-ms.
export async function runExpectDetectionStep(step: ExpectDetectionStep, ctx: ScenarioContext): Promise<string> {
  const cluster = requireCluster(ctx);
  const fault = lastFault(ctx);
  if (!fault || !ctx.logs) throw new Error('expect-detection needs a fault step before it');
  const windowMs = step.within === undefined ? ctx.windowMs : (parseDurationMs(step.within) ?? ctx.windowMs);
  const watchers = cluster.nodeIds.filter((id) => !fault.nodes.includes(id));
  const scan = (): void => {
    ctx.logs!.poll();
    scanDetections(ctx, fault, watchers);
  };
  const deadline = Date.now() + windowMs + ctx.timeoutMs;
  while (Date.now() < deadline && !watchers.every((id) => ctx.detectedAt.has(id))) {
    ctx.options.abortSignal?.throwIfAborted();
    scan();
    await delay(DETECTION_POLL_MS);
  }
  scan();
  const missing = watchers.filter((id) => !ctx.detectedAt.has(id));
  // A disagreeing log clock makes every number below wrong: say so first.
  ctx.problems.push(...checkClockOf(ctx, fault));
  const unconfirmed = missing.filter((id) => ctx.firstLeader === fault.nodes[0] && cluster.unconfirmedFollowers?.().includes(id));
  // A killed leader that never exited kept leading: nothing was there to detect, and that is what to fix.
  const killed = fault.nodes[0]!;
  if (missing.length > 0 && fault.action === 'kill' && cluster.isRunning(killed)) {
    ctx.problems.push(`node${killed} was still running ${Date.now() - fault.atMs} ms after ${fault.signal}: it did not act on the signal, so it kept leading and its followers had nothing to detect (does its handler run and exit, whichever thread catches the signal?)`);
  }
  if (missing.length > 0) {
    ctx.problems.push(
      `${missing.map((id) => `node${id}`).join(' and ')} logged no detection within ${windowMs + ctx.timeoutMs} ms of the ${fault.action}` +
        (unconfirmed.length > 0 ? ` (${unconfirmed.map((id) => `node${id}`).join(' and ')} never showed it follows leader node${fault.nodes[0]}: no line naming it as leader before the ${fault.action})` : ''),
    );
  }
  const late = watchers.filter((id) => ctx.detectedAt.has(id) && ctx.detectedAt.get(id)!.atMs - fault.atMs > windowMs);
  if (late.length > 0) ctx.problems.push(`${late.map((id) => `node${id} detected after ${Math.round(ctx.detectedAt.get(id)!.atMs - fault.atMs)} ms`).join(', ')}: the window is ${windowMs} ms`);
  return watchers.map((id) => `node${id} ${ctx.detectedAt.has(id) ? `+${(ctx.detectedAt.get(id)!.atMs - fault.atMs).toFixed(0)} ms` : 'none'}`).join(', ');
}
