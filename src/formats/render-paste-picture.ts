// The picture of a paste: what the engine understood, drawn by the scenario report's renderer — a lane per node,
// the kill at 0, each follower's heartbeat timeout and connection loss, the detection window. Built from the
// verdict's measurements alone, so it cannot disagree with the verdict.
import type { Lesson } from '../lesson/types.js';
import { escapeXml } from './escape-xml.js';
import type { Verdict } from '../proof/verdict.js';
import { renderTimelineHtml, renderTimelineSvg } from '../scenario/render-report.js';
import type { Timeline, TimelineEvent } from '../scenario/timeline.js';


/** The timeline of a judged paste, or undefined when the verdict found no kill to draw around. */
export function timelineFromVerdict(verdict: Verdict): Timeline | undefined {
  const m = verdict.measurements;
  if (!m || m.killAtMs === null) return undefined;
  const names = [...m.nodesSeen];
  if (m.leader !== null && !names.includes(m.leader)) names.unshift(m.leader);
  const lane = (name: string): number => names.indexOf(name) + 1;
  const leaderLane = m.leader === null ? 0 : lane(m.leader);
  const events: TimelineEvent[] = [{ node: leaderLane, kind: 'kill', atMs: 0, label: `kill, line ${m.killLine}: ${m.killExcerpt ?? ''}` }];
  for (const f of m.followers) {
    if (f.connectionMs !== undefined) events.push({ node: lane(f.node), kind: 'connection-lost', atMs: f.connectionMs, label: `line ${f.connectionLine}` });
    if (f.heartbeatMs !== undefined) events.push({ node: lane(f.node), kind: 'heartbeat-timeout', atMs: f.heartbeatMs, label: `line ${f.heartbeatLine}` });
  }
  const labels: Record<number, string> = {};
  names.forEach((name, i) => (labels[i + 1] = name));
  const nodes = names.map((_, i) => i + 1);
  return { nodes: leaderLane === 0 ? [0, ...nodes] : nodes, killedNode: leaderLane, windowMs: m.windowMs, events: events.sort((a, b) => a.atMs - b.atMs), labels: leaderLane === 0 ? { ...labels, 0: 'leader?' } : labels };
}

const titleOf = (verdict: Verdict, lesson: Pick<Lesson, 'id'>): string =>
  `${lesson.id}: ${verdict.passed ? 'passed' : 'failed'}${verdict.measurements?.leader ? `, kill of leader ${verdict.measurements.leader}` : ''}`;

// What the checks found, in one line each, for the HTML report's table.
function summaryOf(verdict: Verdict): [string, string][] {
  const m = verdict.measurements;
  return [
    ['verdict', verdict.passed ? 'passed' : 'failed'],
    ...(m ? m.followers.map((f): [string, string] => [f.node, f.detectionMs === undefined ? f.status : `${f.detectionMs} ms (${f.via}, ${f.status})`]) : []),
  ];
}

/** The paste's picture as SVG; a verdict without a kill gets a picture that says so. */
export function renderPasteSvg(verdict: Verdict, lesson: Pick<Lesson, 'id'>): string {
  const timeline = timelineFromVerdict(verdict);
  if (timeline) return renderTimelineSvg(timeline, titleOf(verdict, lesson));
  const reason = verdict.checks.find((c) => c.id === 'timing')?.findings.find((f) => f.severity === 'error')?.code ?? 'no timing measurements';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="60" font-family="sans-serif"><text x="10" y="35" font-size="14">${escapeXml(`${lesson.id}: nothing to draw — no kill found (${reason})`)}</text></svg>\n`;
}

/** The paste's picture in an HTML page with the per-follower summary. */
export function renderPasteHtml(verdict: Verdict, lesson: Pick<Lesson, 'id'>): string {
  const timeline = timelineFromVerdict(verdict);
  if (!timeline) return `<!doctype html><meta charset="utf-8"><title>${escapeXml(lesson.id)}</title>${renderPasteSvg(verdict, lesson)}`;
  return renderTimelineHtml(timeline, titleOf(verdict, lesson), summaryOf(verdict));
}
