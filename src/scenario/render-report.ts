import { nodeLabel } from '../log-events/index.js';
import type { Timeline, TimelineEvent, TimelineEventKind } from './timeline.js';

const STYLE: Record<TimelineEventKind, { color: string; shape: 'line' | 'circle' | 'diamond' | 'square' | 'star'; name: string }> = {
  kill: { color: '#d62728', shape: 'line', name: 'kill' },
  shutdown: { color: '#7f7f7f', shape: 'square', name: 'leader shutdown' },
  'last-heartbeat': { color: '#8c8c8c', shape: 'circle', name: 'last heartbeat received' },
  'connection-lost': { color: '#ff7f0e', shape: 'diamond', name: 'connection lost' },
  'heartbeat-timeout': { color: '#1f77b4', shape: 'diamond', name: 'heartbeat timeout' },
  candidate: { color: '#9467bd', shape: 'square', name: 'candidacy' },
  leader: { color: '#2ca02c', shape: 'star', name: 'new leader' },
};

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const signedMs = (ms: number): string => `${ms >= 0 ? '+' : ''}${ms.toFixed(0)}`;

// "stamped in whole seconds", "stamped to 100 ms".
const coarseStamp = (spanMs: number): string => (spanMs === 1000 ? 'stamped in whole seconds' : `stamped to ${spanMs} ms`);

// What a lane's event says when pointed at: whose, what, and when — for a coarse stamp, the stretch it stands for.
function tipOf(event: TimelineEvent, name: string): string {
  const late = event.late ? ', after the window' : '';
  if (!event.precisionMs) return `${name}: ${event.label} (${signedMs(event.atMs)} ms${late})`;
  const span = event.spanMs ?? event.precisionMs;
  const end = signedMs(event.atMs + span);
  const read = span < event.precisionMs ? `, in its log by ${end} ms` : '';
  const stamped = event.coarseKill ? `the kill's time ${coarseStamp(event.precisionMs)}` : coarseStamp(event.precisionMs);
  return `${name}: ${event.label} (${stamped}${read}: somewhere from ${signedMs(event.atMs)} to ${end} ms${late})`;
}

// A lane's marker says whose event it is and when; a legend's (name undefined) only what it stands for. A hollow one
// is a coarse stamp's: the event is somewhere in the bar drawn to it.
function marker(event: TimelineEvent, x: number, y: number, name: string | undefined, hollow = false): string {
  const { color, shape } = STYLE[event.kind];
  const title = `<title>${escapeXml(name === undefined ? event.label : tipOf(event, name))}</title>`;
  // Late: a red ring around it, whatever its route's colour.
  const paint = hollow ? `fill="#ffffff" stroke="${event.late ? '#d62728' : color}" stroke-width="${event.late ? 3 : 2}"` : event.late ? `fill="${color}" stroke="#d62728" stroke-width="3"` : `fill="${color}"`;
  switch (shape) {
    case 'circle':
      return `<circle cx="${x}" cy="${y}" r="5" ${paint}>${title}</circle>`;
    case 'diamond':
      return `<path d="M${x} ${y - 7}L${x + 7} ${y}L${x} ${y + 7}L${x - 7} ${y}Z" ${paint}>${title}</path>`;
    case 'square':
      return `<rect x="${x - 5}" y="${y - 5}" width="10" height="10" ${paint}>${title}</rect>`;
    case 'star':
      return `<path d="M${x} ${y - 8}L${x + 2.4} ${y - 2.5}L${x + 8} ${y - 2.5}L${x + 3.5} ${y + 1}L${x + 5} ${y + 7}L${x} ${y + 3.5}L${x - 5} ${y + 7}L${x - 3.5} ${y + 1}L${x - 8} ${y - 2.5}L${x - 2.4} ${y - 2.5}Z" ${paint}>${title}</path>`;
    case 'line':
      return `<line x1="${x}" y1="${y - 12}" x2="${x}" y2="${y + 12}" stroke="${color}" stroke-width="3">${title}</line>`;
  }
}

// The stretch a coarse-stamped line may have been logged in, on its lane: from the stamp as written to the stamp's end or to when the harness read it.
function spanBar(event: TimelineEvent, x0: number, x1: number, y: number, name: string): string {
  return `<rect x="${x0}" y="${y - 4}" width="${Math.max(1, x1 - x0).toFixed(1)}" height="8" fill="${STYLE[event.kind].color}" fill-opacity="0.25" data-stamp-span-ms="${event.precisionMs}"><title>${escapeXml(tipOf(event, name))}</title></rect>`;
}

const laneName = (timeline: Timeline, node: number): string => timeline.labels?.[node] ?? nodeLabel(node);

// Characters of a remark line under the picture: its width at 11 px sans-serif.
const REMARK_CHARS = 140;

// A remark cut at spaces into lines of at most REMARK_CHARS (a longer word is cut where it must be).
function wrapRemark(text: string): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > REMARK_CHARS) {
    const space = rest.lastIndexOf(' ', REMARK_CHARS);
    const cut = space > 0 ? space : REMARK_CHARS;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(space > 0 ? cut + 1 : cut);
  }
  return [...lines, rest];
}

// A picture of one run: a lane per node, events on a millisecond axis with the kill at 0 and the window shaded;
// `remarks` (a run's notes, problems, not to submit its log: run-outcome.ts) are written under it, as the text says them.
export function renderTimelineSvg(timeline: Timeline, title: string, remarks: readonly string[] = []): string {
  const laneHeight = 56;
  const left = 90;
  const right = 30;
  const top = 48;
  const width = 900;
  const plotWidth = width - left - right;
  const times = timeline.events.flatMap((e) => [e.atMs, e.atMs + (e.spanMs ?? 0)]);
  const minMs = Math.min(-100, ...times) - 20;
  const maxMs = Math.max(timeline.windowMs + 50, ...times) + 30;
  const x = (ms: number): number => Number((left + ((ms - minMs) / (maxMs - minMs)) * plotWidth).toFixed(1));
  const spans = [...new Set(timeline.events.flatMap((e) => (e.precisionMs ? [e.precisionMs] : [])))];
  // A second legend row says what the bars of coarse stamps are: from the stamp as written to its end, or to the
  // harness's read of the line if sooner.
  const pictureHeight = top + timeline.nodes.length * laneHeight + 70 + (spans.length > 0 ? 18 : 0);
  const remarkLines = remarks.flatMap(wrapRemark);
  const height = pictureHeight + (remarkLines.length === 0 ? 0 : remarkLines.length * 16 + 8);
  const laneY = (node: number): number => top + timeline.nodes.indexOf(node) * laneHeight + laneHeight / 2;

  const parts: string[] = [];
  parts.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(`<text x="${left}" y="24" font-size="16" font-weight="bold">${escapeXml(title)}</text>`);
  parts.push(
    `<rect x="${x(0)}" y="${top}" width="${(x(timeline.windowMs) - x(0)).toFixed(1)}" height="${timeline.nodes.length * laneHeight}" fill="#2ca02c" fill-opacity="0.08"><title>detection window: ${timeline.windowMs} ms</title></rect>`,
  );
  const step = niceStep(maxMs - minMs);
  for (let ms = Math.ceil(minMs / step) * step; ms <= maxMs; ms += step) {
    parts.push(`<line x1="${x(ms)}" y1="${top}" x2="${x(ms)}" y2="${top + timeline.nodes.length * laneHeight}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${x(ms)}" y="${top + timeline.nodes.length * laneHeight + 16}" font-size="11" text-anchor="middle">${ms} ms</text>`);
  }
  for (const node of timeline.nodes) {
    const y = laneY(node);
    const role = node === timeline.killedNode && timeline.survived !== true ? ' (leader, killed)' : '';
    parts.push(`<line x1="${left}" y1="${y}" x2="${width - right}" y2="${y}" stroke="#bbbbbb"/>`);
    parts.push(`<text x="8" y="${y + 4}" font-size="13">${escapeXml(laneName(timeline, node))}${escapeXml(role ? '*' : '')}</text>`);
    const note = timeline.laneNotes?.[node];
    if (note !== undefined) parts.push(`<text x="${x(0) + 10}" y="${y - 6}" font-size="11" font-style="italic" fill="#d62728">${escapeXml(note)}</text>`);
  }
  parts.push(`<line x1="${x(0)}" y1="${top - 6}" x2="${x(0)}" y2="${top + timeline.nodes.length * laneHeight}" stroke="#d62728" stroke-dasharray="4 3"/>`);
  // Events a few ms apart (a heartbeat timeout, the candidacy and the win) would hide each other on the lane:
  // each goes to the first of three rows where it keeps clear of the marker before it.
  const lastX = new Map<string, number>();
  // A coarse-stamped event's marker stands at the latest moment it may have been logged (the bar's end: its stamp's
  // end, or the harness's read of it if sooner), hollow; its bar reaches back to the stamp as written.
  const markAt = (event: TimelineEvent): number => event.atMs + (event.precisionMs ? (event.spanMs ?? event.precisionMs) : 0);
  // A bar keeps clear of the bars before it on its row too, where a row allows; else it goes where the bars end soonest.
  const barEnd = new Map<string, number>();
  for (const event of [...timeline.events].sort((a, b) => markAt(a) - markAt(b))) {
    const ex = x(markAt(event));
    const coarse = (event.precisionMs ?? 0) > 0;
    const x0 = x(event.atMs);
    const clear = (r: number): boolean => Math.abs(ex - (lastX.get(`${event.node}:${r}`) ?? -Infinity)) >= 14 && (!coarse || x0 >= (barEnd.get(`${event.node}:${r}`) ?? -Infinity));
    const soonest = [0, -1, 1].reduce((best, r) => ((barEnd.get(`${event.node}:${r}`) ?? -Infinity) < (barEnd.get(`${event.node}:${best}`) ?? -Infinity) ? r : best));
    const row = event.kind === 'kill' ? 0 : ([0, -1, 1].find(clear) ?? (coarse ? soonest : 0));
    lastX.set(`${event.node}:${row}`, ex);
    if (coarse) barEnd.set(`${event.node}:${row}`, Math.max(ex, barEnd.get(`${event.node}:${row}`) ?? -Infinity));
    const y = laneY(event.node) + row * 16;
    if (coarse) parts.push(spanBar(event, x0, ex, y, laneName(timeline, event.node)));
    parts.push(marker(event, ex, y, laneName(timeline, event.node), coarse));
  }

  // The legend names only what the picture draws (a paste's picture has no candidacy or new-leader markers).
  const legendY = pictureHeight - 22 - (spans.length > 0 ? 18 : 0);
  if (spans.length > 0) {
    const y = pictureHeight - 22;
    const stamped = spans.length === 1 ? coarseStamp(spans[0]!) : 'stamped coarsely';
    parts.push(`<rect x="${left - 7}" y="${y - 4}" width="32" height="8" fill="#7f7f7f" fill-opacity="0.25"/>`);
    parts.push(`<path d="M${left + 25} ${y - 7}L${left + 32} ${y}L${left + 25} ${y + 7}L${left + 18} ${y}Z" fill="#ffffff" stroke="#7f7f7f" stroke-width="2"/>`);
    parts.push(`<text x="${left + 40}" y="${y + 4}" font-size="11">${escapeXml(`bar and hollow marker: ${stamped}; logged somewhere in the bar, at the latest by the marker`)}</text>`);
  }
  let legendX = left;
  const drawn = new Set(timeline.events.map((event) => event.kind));
  for (const kind of (Object.keys(STYLE) as TimelineEventKind[]).filter((k) => drawn.has(k))) {
    const name = timeline.legend?.[kind] ?? STYLE[kind].name;
    parts.push(marker({ node: 0, kind, atMs: 0, label: name }, legendX, legendY, undefined));
    parts.push(`<text x="${legendX + 12}" y="${legendY + 4}" font-size="11">${escapeXml(name)}</text>`);
    legendX += 14 + name.length * 6.2 + 16;
  }
  if (timeline.events.some((e) => e.late)) {
    parts.push(`<circle cx="${legendX}" cy="${legendY}" r="6" fill="#ffffff" stroke="#d62728" stroke-width="3"/>`);
    parts.push(`<text x="${legendX + 12}" y="${legendY + 4}" font-size="11">late: after the window</text>`);
  }
  if (timeline.nodes.includes(timeline.killedNode) && timeline.survived !== true) parts.push(`<text x="8" y="${legendY + 4}" font-size="11">* killed</text>`);
  remarkLines.forEach((line, i) => parts.push(`<text x="8" y="${pictureHeight + 16 * (i + 1)}" font-size="11" data-remark="">${escapeXml(line)}</text>`));

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">\n` +
    `${parts.join('\n')}\n</svg>\n`
  );
}

// At most 12 ticks on any span: an hour between two clocks (adv41b p31) drew 361 labels, a black bar.
function niceStep(spanMs: number): number {
  for (let scale = 1; ; scale *= 10) {
    for (const step of [10, 20, 25, 50]) if (spanMs / (step * scale) <= 12) return step * scale;
  }
}

// The same picture wrapped in a small standalone page with the run's key numbers as a table.
export function renderTimelineHtml(timeline: Timeline, title: string, summary: readonly [string, string][]): string {
  const rows = summary.map(([k, v]) => `<tr><th>${escapeXml(k)}</th><td>${escapeXml(v)}</td></tr>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeXml(title)}</title>
<style>body{font-family:sans-serif;margin:24px;color:#222}table{border-collapse:collapse;margin-top:16px}th,td{text-align:left;padding:4px 12px;border-bottom:1px solid #eee}th{font-weight:600}</style>
</head>
<body>
${renderTimelineSvg(timeline, title)}
<table>
${rows}
</table>
</body>
</html>
`;
}
