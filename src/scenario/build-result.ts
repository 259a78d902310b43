import { delayBoundsMs, nodeLabel, stampSpanMs } from '../log-events/index.js';
import { readFileSync } from 'node:fs';
import { extractTimeline, type TimedLine } from './extract-timeline.js';
import type { ScenarioContext, WatcherLineTime } from './scenario-context.js';
import { LOG_TAIL_LINES } from './scenario-timing.js';
import { scanDetections } from './steps/expect-detection-step.js';
import type { FollowerDetection, HarnessRead, ScenarioJournal, ScenarioResult, StampBounds } from './scenario-types.js';

const round3 = (ms: number): number => Math.round(ms * 1000) / 1000;

function tailOf(path: string): string[] {
  try {
    const text = readFileSync(path, 'utf8').trimEnd();
    return text === '' ? [] : text.split('\n').slice(-LOG_TAIL_LINES);
  } catch {
    return [];
  }
}

// A watcher's line relative to the signal: its stamp's figure when the stamp is a ms or finer, else what the stamp
// allows; and when the harness found it in the log file, which the stamp's resolution does not limit.
function relativeTiming(line: WatcherLineTime | undefined, killAtMs: number): { ms: number | null; precisionMs: number | null; boundsMs: StampBounds | null; readMs: HarnessRead | null } {
  if (!line) return { ms: null, precisionMs: null, boundsMs: null, readMs: null };
  const readMs = { afterMs: line.lookedBeforeMs === undefined ? null : round3(line.lookedBeforeMs - killAtMs), byMs: round3(line.readAtMs - killAtMs) };
  if (line.untimed) return { ms: null, precisionMs: null, boundsMs: null, readMs };
  const stamp = { precisionMs: line.precisionMs ?? 1 };
  if (stampSpanMs(stamp) === 0) return { ms: round3(line.atMs - killAtMs), precisionMs: null, boundsMs: null, readMs };
  const bounds = delayBoundsMs(line.stampMs!, stamp, killAtMs);
  return { ms: null, precisionMs: stamp.precisionMs, boundsMs: { earliestMs: round3(bounds.earliestMs), latestMs: round3(bounds.latestMs) }, readMs };
}

// Detection per watching node: from the demo log by checkPaste and from the harness clock.
function detections(ctx: ScenarioContext, killAtMs: number, watchers: readonly number[]): FollowerDetection[] {
  const fromLog = new Map((ctx.verdict?.measurements?.followers ?? []).map((f) => [f.node, f]));
  return watchers.map((id) => {
    const harness = ctx.detectedAt.get(id);
    const first = relativeTiming(harness, killAtMs);
    const heartbeat = relativeTiming(ctx.heartbeatAt.get(id), killAtMs);
    const logged = fromLog.get(nodeLabel(id));
    return {
      node: id,
      nodeLabel: nodeLabel(id),
      fromLogMs: logged?.detectionMs === undefined || stampSpanMs({ precisionMs: logged.precisionMs ?? 1 }) > 0 ? null : logged.detectionMs,
      fromHarnessMs: first.ms,
      stampPrecisionMs: first.precisionMs,
      stampBoundsMs: first.boundsMs,
      readMs: first.readMs,
      via: harness?.via ?? null,
      heartbeatMs: heartbeat.ms,
      heartbeatBoundsMs: heartbeat.boundsMs,
      heartbeatReadMs: heartbeat.readMs,
      followed: followed(ctx, id, killAtMs, harness === undefined),
    };
  });
}

// A watching node that logged no detection but followed (or became) a new leader: whom, and when.
function followed(ctx: ScenarioContext, id: number, killAtMs: number, undetected: boolean): FollowerDetection['followed'] {
  const seen = ctx.followedAt.get(id);
  return undetected && seen ? { leader: seen.leader, leaderLabel: nodeLabel(seen.leader), afterMs: round3(seen.atMs - killAtMs) } : null;
}

// The run's story for the report: every line of the capture window, one lane per node.
function timeline(ctx: ScenarioContext, killedNode: number, killAtMs: number): ScenarioResult['timeline'] {
  if (!ctx.cluster || !ctx.logs) return null;
  const fromMs = ctx.window?.fromMs ?? killAtMs - 1;
  const toMs = ctx.window?.toMs ?? Infinity;
  const lines: TimedLine[] = ctx.cluster.nodeIds.flatMap((id) =>
    ctx.logs!.linesBetween(id, fromMs, toMs).map((l) => ({ node: id, atMs: l.atMs!, spanMs: stampSpanMs(l.event.time), arrivalMs: l.arrivalMs, event: l.event, text: l.text.replace(/^\S+\s+node\d+\s+[A-Z]+\s+/, '') })),
  );
  // Lane names in the JSON too: the timeline's numbers are the nodes the verdict calls node1..
  const labels = Object.fromEntries(ctx.cluster.nodeIds.map((id) => [id, nodeLabel(id)]));
  return extractTimeline(lines, { killedNode, killAtMs, windowMs: ctx.windowMs, nodes: ctx.cluster.nodeIds, signal: `${ctx.signal} sent`, labels });
}

// The ScenarioResult of a finished (or failed) run, from what its steps left in the context.
export function buildResult(ctx: ScenarioContext, journal: ScenarioJournal, startedMs: number): ScenarioResult {
  const fault = ctx.faults.find((f) => f.action === 'kill' || f.action === 'pause' || f.action === 'partition');
  const killedNode = fault?.nodes[0];
  const watchers = ctx.cluster && fault ? ctx.cluster.nodeIds.filter((id) => !fault.nodes.includes(id)) : [];
  // Heartbeat timeouts that came after the detection step ended, up to the end of the demo log's window.
  if (fault && ctx.logs) scanDetections(ctx, fault, watchers, ctx.window?.toMs);
  return {
    lessonId: ctx.lesson.id,
    signal: ctx.signal,
    fault: fault?.action === 'kill' || fault?.action === 'pause' || fault?.action === 'partition' ? fault.action : null,
    passed: ctx.problems.length === 0,
    problems: ctx.problems,
    notes: ctx.notes,
    cluster: ctx.options.clusterCommand ? 'custom' : 'bundled',
    workDir: ctx.workDir,
    // A failed run keeps its temp dir (node logs, outputs, the journal): the student needs them to find out why. One
    // that failed before any node started has no logs to keep (its problem is printed): its temp dir goes.
    keptWorkDir: ctx.options.workDir !== undefined || (ctx.problems.length > 0 && ctx.cluster !== undefined),
    demoLogFile: ctx.demoLogFile,
    verdict: ctx.verdict,
    pids: ctx.pids,
    leader: ctx.firstLeader,
    leaderLabel: ctx.firstLeader === null ? null : nodeLabel(ctx.firstLeader),
    newLeader: ctx.newLeader,
    newLeaderLabel: ctx.newLeader === null ? null : nodeLabel(ctx.newLeader),
    killAtMs: fault?.atMs ?? null,
    detections: fault ? detections(ctx, fault.atMs, watchers) : [],
    reelectionMs: ctx.reelectionMs,
    keysWritten: ctx.keys.length,
    keysReadBack: ctx.keysReadBack,
    keys: ctx.keyResults,
    history: ctx.history,
    verifyBlock: ctx.verifyBlock,
    timeline: fault && killedNode !== undefined ? timeline(ctx, killedNode, fault.atMs) : null,
    durationMs: Date.now() - startedMs,
    logTails: ctx.cluster ? Object.fromEntries(ctx.cluster.nodeIds.map((id) => [nodeLabel(id), tailOf(ctx.cluster!.logPath(id))])) : {},
    journal,
  };
}
