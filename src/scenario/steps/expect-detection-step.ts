import { setTimeout as delay } from 'node:timers/promises';
import { createFinding } from '../../findings/finding.js';
import { formatFindingMessage } from '../../findings/format-finding.js';
import { delayBoundsMs, findDetection, findNewLeaderFollowed, measureDelayMs, nodeLabel, stampSpanMs } from '../../log-events/index.js';
import { localOffsetMinAt } from '../../process/local-zone.js';
import { parseDurationMs } from '../../lesson/parse-duration.js';
import type { ExpectDetectionStep } from '../../lesson/scenario-types.js';
import { lastFault, requireCluster, type FaultRecord, type ScenarioContext, type WatcherLineTime } from '../scenario-context.js';
import type { LogLine } from '../node-logs.js';
import { CLOCK_ROUNDING_MS, DETECTION_POLL_MS } from '../scenario-timing.js';
import { checkLogClock } from '../check-log-clock.js';
import { describeLingering } from '../describe-lingering.js';

// Each watching node's detection of the fault (up to `toMs`) by the log-event model's rule (findDetection, the one
// checkPaste applies): its first heartbeat timeout and first lost connection after the fault, by each line's own time.
// A line the harness had read before the fault was logged before it, whatever a coarse stamp allows; and of two
// detection lines one coarse stamp cannot order, the node's file says which it logged first (findDetection). A line with no
// timestamp at all (nor one before it in its log) is timed by the harness's read that found it after the fault.
export function scanDetections(ctx: ScenarioContext, fault: FaultRecord, watchers: readonly number[], toMs = Infinity): void {
  for (const id of watchers) {
    const fromMs = fault.atMs - CLOCK_ROUNDING_MS;
    const others = watchers.filter((other) => other !== id).map((other) => nodeLabel(other));
    const stamped = ctx.logs!.linesBetween(id, fromMs, toMs).filter((line) => line.arrivalMs >= fault.atMs);
    const untimed = ctx.logs!.linesArrivedBetween(id, fault.atMs - 1, toMs).flatMap((line) => (line.atMs === undefined ? [{ ...line, atMs: line.arrivalMs, untimed: true as const }] : []));
    const lines: (LogLine & { readonly untimed?: true })[] = [...stamped, ...untimed];
    // The node the fault ended, when one: a lost link naming another numbered node tells nothing of it (tellsNoLossOf).
    const leader = fault.nodes.length === 1 ? nodeLabel(fault.nodes[0]!) : undefined;
    const found = findDetection(lines, fromMs, others, leader);
    if (found.heartbeat) ctx.heartbeatAt.set(id, timeWatcherLine(found.heartbeat, fromMs));
    const { first, via } = found;
    if (first) {
      ctx.detectedAt.set(id, {
        ...timeWatcherLine(first, fromMs),
        via: via!,
        text: first.text,
        ...(first.atMs! < fromMs ? { stampHoldsKill: true as const } : {}),
      });
    }
  }
}

// A watcher's line after the fault (`fromMs`), timed by its stamp (measureDelayMs) and by the harness's reads of its file.
function timeWatcherLine(line: LogLine & { readonly untimed?: true }, fromMs: number): WatcherLineTime {
  const read = { readAtMs: line.arrivalMs, ...(line.lookedBeforeMs === undefined ? {} : { lookedBeforeMs: line.lookedBeforeMs }) };
  if (line.untimed) return { atMs: line.arrivalMs, untimed: true, ...read };
  const precisionMs = line.event.time?.precisionMs;
  return {
    atMs: fromMs + measureDelayMs(line, fromMs),
    stampMs: line.atMs!,
    ...(precisionMs === undefined ? {} : { precisionMs }),
    ...read,
  };
}

// The nodes' log clock against the harness's: every line read so far, and the killed node's own shutdown line.
function checkClockOf(ctx: ScenarioContext, fault: FaultRecord): string[] {
  const samples = ctx.cluster!.nodeIds.flatMap((node) =>
    ctx.logs!.lines(node).flatMap((l) => (l.event.time === undefined || l.atMs === undefined ? [] : [{ node, stampMs: l.atMs, arrivalMs: l.arrivalMs }])),
  );
  const killed = fault.nodes[0]!;
  const shutdown = fault.signal === 'SIGTERM' || fault.signal === 'SIGINT' ? ctx.logs!.lines(killed).find((l) => l.kind === 'kill' && l.arrivalMs >= fault.atMs) : undefined;
  return checkLogClock(samples, shutdown?.atMs === undefined ? undefined : { node: killed, stampMs: shutdown.atMs, spanMs: stampSpanMs(shutdown.event.time), killAtMs: fault.atMs });
}

// Each watching node that has not detected the fault but already shows a new leader (it follows one, or leads):
// nothing more will come from it, so the wait can end, and the report says what it did instead.
function scanFollowed(ctx: ScenarioContext, fault: FaultRecord, watchers: readonly number[]): void {
  const gone = fault.nodes.map((id) => nodeLabel(id));
  for (const id of watchers) {
    if (ctx.detectedAt.has(id)) continue;
    const line = findNewLeaderFollowed(ctx.logs!.linesBetween(id, fault.atMs - CLOCK_ROUNDING_MS), fault.atMs - CLOCK_ROUNDING_MS, gone);
    const leader = line?.event.leader === undefined ? undefined : /^node(\d+)$/.exec(line.event.leader);
    if (line && leader) ctx.followedAt.set(id, { leader: Number(leader[1]), atMs: line.atMs! });
  }
}

// What the run learned about the nodes' clocks: a zone of their own is read in it, and said; any other disagreement
// is a problem, since it makes every number below wrong.
function reportClock(ctx: ScenarioContext, fault: FaultRecord): void {
  ctx.problems.push(...checkClockOf(ctx, fault));
  const byShift = new Map<number, string[]>();
  for (const id of ctx.cluster!.nodeIds) {
    const shift = ctx.logs!.zoneShiftMin(id);
    if (shift !== 0) byShift.set(shift, [...(byShift.get(shift) ?? []), nodeLabel(id)]);
  }
  for (const [shiftMin, nodes] of byShift) {
    ctx.notes.push(formatFindingMessage(createFinding('LOG_CLOCK_OWN_ZONE', 'info', { nodes, shiftMin, harnessOffsetMin: localOffsetMinAt(fault.atMs) })));
  }
}

/**
 * Whether the detection wait can end at `nowMs`: every watcher detected, or follows a new leader and the window
 * (ending at `windowEndMs`) has passed. A follower of the new leader may still log within the window that the old one
 * is gone — etcd hands leadership over on SIGTERM (new leader at +3 ms) before its streams to the old leader close
 * (+25 ms) — and checkPaste counts that line; only past the window is nothing more to come.
 */
export function isDetectionSettled(watchers: readonly number[], ctx: { readonly detectedAt: ReadonlyMap<number, unknown>; readonly followedAt: ReadonlyMap<number, unknown> }, windowEndMs: number, nowMs: number): boolean {
  return watchers.every((id) => ctx.detectedAt.has(id) || (ctx.followedAt.has(id) && nowMs > windowEndMs + CLOCK_ROUNDING_MS));
}

// `expect-detection`: every node the fault did not hit logs that it noticed (heartbeat timeout or lost connection),
// timed by the line's own timestamp against the harness clock at the fault; waits the window plus --timeout-ms, or
// until every node not yet detecting follows a new leader and the window has passed (Raft: a follower granting a vote
// before its own timer fires never times out).
export async function runExpectDetectionStep(step: ExpectDetectionStep, ctx: ScenarioContext): Promise<string> {
  const cluster = requireCluster(ctx);
  const fault = lastFault(ctx);
  if (!fault || !ctx.logs) throw new Error('expect-detection needs a fault step before it');
  const windowMs = step.within === undefined ? ctx.windowMs : (parseDurationMs(step.within) ?? ctx.windowMs);
  const watchers = cluster.nodeIds.filter((id) => !fault.nodes.includes(id));
  if (watchers.length === 0) {
    const nodes = cluster.nodeIds.length;
    ctx.problems.push(`no node besides ${fault.nodes.map((id) => nodeLabel(id)).join(' and ')} to notice the ${fault.action}: the cluster has ${nodes} node${nodes === 1 ? '' : 's'} (scenario.nodes), so no follower can detect it`);
    return 'no other node';
  }
  const scan = (): void => {
    ctx.logs!.poll();
    scanDetections(ctx, fault, watchers);
    scanFollowed(ctx, fault, watchers);
  };
  const deadline = Date.now() + windowMs + ctx.timeoutMs;
  while (Date.now() < deadline && !isDetectionSettled(watchers, ctx, fault.atMs + windowMs, Date.now())) {
    ctx.options.abortSignal?.throwIfAborted();
    scan();
    await delay(DETECTION_POLL_MS);
  }
  scan();
  for (const id of ctx.detectedAt.keys()) ctx.followedAt.delete(id);
  const followed = watchers.filter((id) => ctx.followedAt.has(id));
  const missing = watchers.filter((id) => !ctx.detectedAt.has(id) && !ctx.followedAt.has(id));
  reportClock(ctx, fault);
  for (const id of followed) {
    const { leader, atMs } = ctx.followedAt.get(id)!;
    const followers = ctx.lesson.proof.timing?.followers ?? watchers.length;
    const args = { node: nodeLabel(id), leader: nodeLabel(leader), gone: nodeLabel(fault.nodes[0]!), afterMs: Math.round(atMs - fault.atMs), fault: fault.action, followers };
    ctx.problems.push(formatFindingMessage(createFinding('FOLLOWER_FOLLOWED_WITHOUT_DETECTION', 'error', args)));
  }
  const unconfirmed = missing.filter((id) => ctx.firstLeader === fault.nodes[0] && cluster.unconfirmedFollowers?.().includes(id));
  // A killed leader that never exited kept leading: nothing was there to detect, and that is what to fix.
  const killed = fault.nodes[0]!;
  if (missing.length > 0 && fault.action === 'kill' && cluster.isRunning(killed)) {
    fault.ignored = true;
    ctx.problems.push(`${nodeLabel(killed)} was still running ${Date.now() - fault.atMs} ms after ${fault.signal}${describeLingering(cluster, killed)}: it did not act on the signal, so it kept leading and its followers had nothing to detect (does its handler run and exit, whichever thread catches the signal?)`);
  }
  if (missing.length > 0) {
    ctx.problems.push(
      `${missing.map((id) => nodeLabel(id)).join(' and ')} logged no detection within ${windowMs + ctx.timeoutMs} ms of the ${fault.action}` +
        (unconfirmed.length > 0 ? ` (${unconfirmed.map((id) => nodeLabel(id)).join(' and ')} never showed it follows leader ${nodeLabel(fault.nodes[0]!)}: no line naming it as leader before the ${fault.action})` : ''),
    );
  }
  // Stamps coarser than the window prove nothing either way (a whole-second stamp of the fault's own second may be
  // from before it or after it): checkPaste's TIMESTAMPS_TOO_COARSE, never "late" nor a clock offset.
  const coarse = (id: number): boolean => (ctx.detectedAt.get(id)?.precisionMs ?? 0) > windowMs;
  for (const id of watchers.filter(coarse)) {
    const { atMs, precisionMs, stampHoldsKill } = ctx.detectedAt.get(id)!;
    const bounds = delayBoundsMs(atMs, { precisionMs: precisionMs! }, fault.atMs);
    const reach = stampHoldsKill ? { stampHoldsKill } : { earliestMs: Math.round(bounds.earliestMs), latestMs: Math.round(bounds.latestMs) };
    const args = { node: nodeLabel(id), precisionMs, windowMs, detectionMs: Math.round(atMs - fault.atMs), ...reach };
    ctx.problems.push(formatFindingMessage(createFinding('TIMESTAMPS_TOO_COARSE', 'error', args)));
  }
  // A line with no timestamp is never shown late: the harness copies a node's output into its log, so a read may miss
  // a line still in the pipe (its demo log fails checkPaste for the stamps it lacks).
  const late = watchers.filter((id) => ctx.detectedAt.has(id) && !coarse(id) && !ctx.detectedAt.get(id)!.untimed && ctx.detectedAt.get(id)!.atMs - fault.atMs > windowMs);
  if (late.length > 0) ctx.problems.push(`${late.map((id) => `${nodeLabel(id)} detected after ${Math.round(ctx.detectedAt.get(id)!.atMs - fault.atMs)} ms`).join(', ')}: the window is ${windowMs} ms`);
  const detail = (id: number): string => {
    const detected = ctx.detectedAt.get(id);
    if (detected?.untimed) return `in log by +${(detected.readAtMs - fault.atMs).toFixed(0)} ms (harness read; no timestamp)`;
    if (detected) return `${detected.stampHoldsKill ? 'at most ' : ''}+${(detected.atMs - fault.atMs).toFixed(0)} ms${coarse(id) ? ' (timestamps too coarse)' : ''}`;
    const follows = ctx.followedAt.get(id);
    if (follows) return `none (${follows.leader === id ? 'became leader' : `followed ${nodeLabel(follows.leader)}`} at +${(follows.atMs - fault.atMs).toFixed(0)} ms)`;
    return 'none';
  };
  return watchers.map((id) => `${nodeLabel(id)} ${detail(id)}`).join(', ');
}
