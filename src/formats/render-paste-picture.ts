// The picture of a paste: what the engine understood, drawn by the scenario report's renderer — a lane per node,
// the kill at 0, each follower's heartbeat timeout and connection loss, the detection window. Built from the
// verdict's measurements alone, so it cannot disagree with the verdict; each node named as the paste writes it.
import type { Lesson } from '../lesson/types.js';
import { escapeXml } from './escape-xml.js';
import { findClockShift, formatFindingMessage } from '../findings/format-finding.js';
import { nameNode } from '../findings/node-names.js';
import { describeCoarseSpan, describeMissingDetection, isLeadingUnshown } from '../proof/format-verdict.js';
import type { StampBounds } from '../log-events/stamp-span.js';
import { STALE_LOG_MS } from '../log-events/log-facts.js';
import type { FollowerMeasurement, Verdict } from '../proof/verdict.js';
import { renderTimelineHtml, renderTimelineSvg } from '../scenario/render-report.js';
import type { Timeline, TimelineEvent } from '../scenario/timeline.js';


// The two routes by which a follower noticed, named by route rather than by words a paste may not contain (a
// "heartbeat timeout" diamond on a line saying "leader node1 is down").
const PASTE_LEGEND = { 'heartbeat-timeout': 'follower noticed: leader silent', 'connection-lost': 'follower noticed: connection dropped' } as const;

// Was the judged kill that of a follower (another node named leading then, or none when the killed node's own log shows it followed)?
const killedFollower = (m: NonNullable<Verdict['measurements']>): boolean => m.killedNode !== null && m.killedNode !== m.leader;

/** The timeline of a judged paste, or undefined when the verdict found no kill to draw around. */
export function timelineFromVerdict(verdict: Verdict): Timeline | undefined {
  const m = verdict.measurements;
  if (!m || m.killAtMs === null) return undefined;
  const names = [...m.nodesSeen];
  // The kill goes on the lane of the node it killed: the leader's, or a follower's when a follower was killed.
  const killed = m.killedNode ?? m.leader;
  if (killed !== null && !names.includes(killed)) names.unshift(killed);
  const lane = (name: string): number => names.indexOf(name) + 1;
  const leaderLane = killed === null ? 0 : lane(killed);
  const events: TimelineEvent[] = [{ node: leaderLane, kind: 'kill', atMs: 0, label: `kill, line ${m.killLine}: ${m.killExcerpt ?? ''}` }];
  // Each detection labelled with its line and the paste's own words on it, never with a name for the event.
  const said = (line: number | undefined, words: string | undefined): string => `line ${line}${words === undefined ? '' : `: ${JSON.stringify(words)}`}`;
  // A detection too coarse to measure is drawn as what its stamps allow (a bar over that stretch, hollow at its end),
  // never as a point at the stamps' difference: `08:47:23` after a kill at `08:47:23` is no detection at 0 ms.
  const at = (ms: number, bounds: StampBounds | undefined, precisionMs: number | undefined): Pick<TimelineEvent, 'atMs' | 'spanMs' | 'precisionMs'> =>
    bounds === undefined || precisionMs === undefined ? { atMs: ms } : { atMs: bounds.earliestMs, spanMs: bounds.latestMs - bounds.earliestMs, precisionMs };
  const findings = verdict.checks.find((c) => c.id === 'timing')?.findings ?? [];
  // Only the kill's stamp is coarse (a `date +%T` record): the detection line's own stamp is fine.
  const coarseKill = (node: string): boolean => findings.some((x) => x.code === 'TIMESTAMPS_TOO_COARSE' && x.args.node === node && x.args.coarseKillLine !== undefined);
  // A detection after the window is marked late, so it never looks like one in time (adv41b p01: 301 ms).
  const mark = (f: FollowerMeasurement, ms: number): Pick<TimelineEvent, 'late' | 'coarseKill'> => ({
    ...(f.status === 'too-slow' && ms > m.windowMs ? { late: true as const } : {}),
    ...(f.precisionMs !== undefined && coarseKill(f.node) ? { coarseKill: true as const } : {}),
  });
  const laneNotes: Record<number, string> = {};
  for (const f of m.followers) {
    if (f.connectionMs !== undefined) events.push({ node: lane(f.node), kind: 'connection-lost', ...at(f.connectionMs, f.connectionBoundsMs, f.precisionMs), label: said(f.connectionLine, f.connectionWords), ...mark(f, f.connectionMs) });
    if (f.heartbeatMs !== undefined) events.push({ node: lane(f.node), kind: 'heartbeat-timeout', ...at(f.heartbeatMs, f.heartbeatBoundsMs, f.precisionMs), label: said(f.heartbeatLine, f.heartbeatWords), ...mark(f, f.heartbeatMs) });
    if (f.detectionMs === undefined) laneNotes[lane(f.node)] = describeMissingDetection(f);
  }
  // A follower that noticed only before the kill: its line where it was, not an empty lane (adv41b p14); not one hours before.
  for (const x of findings) {
    if (x.code !== 'DETECTION_BEFORE_KILL_ONLY' || typeof x.args.beforeMs !== 'number' || x.args.beforeMs > STALE_LOG_MS || !names.includes(String(x.args.node))) continue;
    events.push({ node: lane(String(x.args.node)), kind: 'heartbeat-timeout', atMs: -x.args.beforeMs, label: `line ${String(x.args.line)}, before the kill` });
  }
  const labels: Record<number, string> = {};
  names.forEach((name, i) => (labels[i + 1] = nameNode(name, verdict.nodeNames)));
  // A follower was killed: say which lane led.
  if (killedFollower(m) && names.includes(m.leader!)) labels[lane(m.leader!)] = `${nameNode(m.leader!, verdict.nodeNames)} (leader)`;
  const nodes = names.map((_, i) => i + 1);
  // Followers the lesson expects and the paste does not show: a lane each that says so (FOLLOWER_MISSING).
  const missing = findings.find((x) => x.code === 'FOLLOWER_MISSING' && x.severity === 'error');
  const absent = missing === undefined ? 0 : Math.max(0, (missing.args.expected as number) - (missing.args.seen as number));
  for (let i = 0; i < absent; i++) {
    const n = names.length + i + 1;
    nodes.push(n);
    labels[n] = 'follower?';
    laneNotes[n] = 'not in the paste';
  }
  return {
    nodes: leaderLane === 0 ? [0, ...nodes] : nodes,
    killedNode: leaderLane,
    windowMs: m.windowMs,
    events: events.sort((a, b) => a.atMs - b.atMs),
    labels: leaderLane === 0 ? { ...labels, 0: 'leader?' } : labels,
    legend: PASTE_LEGEND,
    ...(Object.keys(laneNotes).length > 0 ? { laneNotes } : {}),
    ...(ledOn(verdict) ? { survived: true as const } : {}),
  };
}

// The signalled leader lived on (KILLED_NODE_LED_ON) and no follower was killed instead: no kill to mark.
function ledOn(verdict: Verdict): boolean {
  const m = verdict.measurements;
  return m !== null && !killedFollower(m) && m.leader !== null && verdict.checks.some((c) => c.id === 'timing' && c.findings.some((f) => f.code === 'KILLED_NODE_LED_ON'));
}

function titleOf(verdict: Verdict, lesson: Pick<Lesson, 'id'>): string {
  const m = verdict.measurements;
  const name = (id: string | null): string => nameNode(id!, verdict.nodeNames);
  const what = !m
    ? ''
    : isLeadingUnshown(verdict)
      ? `, kill of ${name(m.killedNode)}, not shown leading`
      : killedFollower(m)
      ? `, kill of ${name(m.killedNode)}, a follower${m.leader === null ? '' : ` (${name(m.leader)} led)`}`
      : ledOn(verdict)
        ? `, leader ${name(m.leader)} signalled but not killed: it led on`
        : m.leader
          ? `, kill of leader ${name(m.leader)}`
          : '';
  return `${lesson.id}: ${verdict.passed ? 'passed' : 'failed'}${what}`;
}

// What the checks found, in one line each, for the HTML report's table; a failed timing check's errors in the
// formatter's words.
function summaryOf(verdict: Verdict): [string, string][] {
  const m = verdict.measurements;
  const timing = verdict.checks.find((c) => c.id === 'timing');
  const errors = timing?.passed === false ? timing.findings.filter((f) => f.severity === 'error') : [];
  // A follower judged on stamps too coarse to measure: the span they allow, not their difference.
  const detection = (f: FollowerMeasurement): string => describeCoarseSpan(f, timing?.findings ?? []) ?? `${f.detectionMs} ms`;
  // Whole quarter hours and ms after the kill: clocks apart, in the words of the text's row (findClockShift).
  const measured = (f: FollowerMeasurement, windowMs: number): string => {
    const shift = f.status === 'too-slow' ? findClockShift(f.detectionMs!, windowMs) : undefined;
    return shift === undefined ? `${detection(f)} (${f.status})` : `+${shift.words} (${f.detectionMs} ms, ${f.status}): ${shift.apart}`;
  };
  return [
    ['verdict', verdict.passed ? 'passed' : 'failed'],
    ...(m
      ? m.followers.map((f): [string, string] => [
          nameNode(f.node, verdict.nodeNames),
          f.detectionMs === undefined ? (f.unattributedDetections === undefined ? f.status : `${f.status} (${describeMissingDetection(f)})`) : `${measured(f, m.windowMs)}, line ${f.line}${f.words === undefined ? '' : `: ${JSON.stringify(f.words)}`}`,
        ])
      : []),
    ...errors.map((f): [string, string] => [f.code, formatFindingMessage(f, verdict.nodeNames)]),
  ];
}

/** The paste's picture as SVG; a verdict without a kill gets a picture that says so. */
export function renderPasteSvg(verdict: Verdict, lesson: Pick<Lesson, 'id'>): string {
  const timeline = timelineFromVerdict(verdict);
  if (timeline) return renderTimelineSvg(timeline, titleOf(verdict, lesson));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="60" font-family="sans-serif"><text x="10" y="35" font-size="14">${escapeXml(`${lesson.id}: nothing to draw — ${nothingToDraw(verdict)}`)}</text></svg>\n`;
}

// Why a verdict has no picture, in words (never a raw code): the input's refusal first, then the timing check's.
function nothingToDraw(verdict: Verdict): string {
  const error = verdict.checks.flatMap((c) => c.findings).find((f) => f.severity === 'error');
  switch (error?.code) {
    case 'PASTE_EMPTY':
      return 'the paste is empty';
    case 'PASTE_BINARY':
      return 'the paste is binary data, not log text';
    case 'PASTE_TOO_LARGE':
      return 'the paste is over the size limit';
    case 'PASTE_PANES_AMBIGUOUS':
      return 'terminal panes side by side could not be told apart';
    case 'REFERENCE_OUTPUT':
      return "the paste is the bundled cluster's reference output";
    case 'TIMESTAMPS_MISSING':
      return 'no line has a timestamp';
    case 'KILL_LINE_MISSING':
      return error.args.pausedLine !== undefined ? `line ${String(error.args.pausedLine)} paused the leader, which is no kill` : 'no timestamped line shows the kill';
    default:
      return 'no kill found';
  }
}

/** The paste's picture in an HTML page with the per-follower summary. */
export function renderPasteHtml(verdict: Verdict, lesson: Pick<Lesson, 'id'>): string {
  const timeline = timelineFromVerdict(verdict);
  if (!timeline) return `<!doctype html><meta charset="utf-8"><title>${escapeXml(lesson.id)}</title>${renderPasteSvg(verdict, lesson)}`;
  return renderTimelineHtml(timeline, titleOf(verdict, lesson), summaryOf(verdict));
}
