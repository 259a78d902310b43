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

// A lane's marker says whose event it is and when; a legend's (name undefined) only what it stands for.
function marker(event: TimelineEvent, x: number, y: number, name: string | undefined): string {
  const { color, shape } = STYLE[event.kind];
  const tip = name === undefined ? event.label : `${name}: ${event.label} (${event.atMs >= 0 ? '+' : ''}${event.atMs.toFixed(0)} ms)`;
  const title = `<title>${escapeXml(tip)}</title>`;
  switch (shape) {
    case 'circle':
      return `<circle cx="${x}" cy="${y}" r="5" fill="${color}">${title}</circle>`;
    case 'diamond':
      return `<path d="M${x} ${y - 7}L${x + 7} ${y}L${x} ${y + 7}L${x - 7} ${y}Z" fill="${color}">${title}</path>`;
    case 'square':
      return `<rect x="${x - 5}" y="${y - 5}" width="10" height="10" fill="${color}">${title}</rect>`;
    case 'star':
      return `<path d="M${x} ${y - 8}L${x + 2.4} ${y - 2.5}L${x + 8} ${y - 2.5}L${x + 3.5} ${y + 1}L${x + 5} ${y + 7}L${x} ${y + 3.5}L${x - 5} ${y + 7}L${x - 3.5} ${y + 1}L${x - 8} ${y - 2.5}L${x - 2.4} ${y - 2.5}Z" fill="${color}">${title}</path>`;
    case 'line':
      return `<line x1="${x}" y1="${y - 12}" x2="${x}" y2="${y + 12}" stroke="${color}" stroke-width="3">${title}</line>`;
  }
}

const laneName = (timeline: Timeline, node: number): string => timeline.labels?.[node] ?? nodeLabel(node);

// A picture of one run: a lane per node, events on a millisecond axis with the kill at 0 and the window shaded.
export function renderTimelineSvg(timeline: Timeline, title: string): string {
  const laneHeight = 56;
  const left = 90;
  const right = 30;
  const top = 48;
  const width = 900;
  const plotWidth = width - left - right;
  const times = timeline.events.map((e) => e.atMs);
  const minMs = Math.min(-100, ...times) - 20;
  const maxMs = Math.max(timeline.windowMs + 50, ...times) + 30;
  const x = (ms: number): number => Number((left + ((ms - minMs) / (maxMs - minMs)) * plotWidth).toFixed(1));
  const height = top + timeline.nodes.length * laneHeight + 70;
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
    const role = node === timeline.killedNode ? ' (leader, killed)' : '';
    parts.push(`<line x1="${left}" y1="${y}" x2="${width - right}" y2="${y}" stroke="#bbbbbb"/>`);
    parts.push(`<text x="8" y="${y + 4}" font-size="13">${escapeXml(laneName(timeline, node))}${escapeXml(role ? '*' : '')}</text>`);
  }
  parts.push(`<line x1="${x(0)}" y1="${top - 6}" x2="${x(0)}" y2="${top + timeline.nodes.length * laneHeight}" stroke="#d62728" stroke-dasharray="4 3"/>`);
  // Events a few ms apart (a heartbeat timeout, the candidacy and the win) would hide each other on the lane:
  // each goes to the first of three rows where it keeps clear of the marker before it.
  const lastX = new Map<string, number>();
  for (const event of [...timeline.events].sort((a, b) => a.atMs - b.atMs)) {
    const ex = x(event.atMs);
    const row = event.kind === 'kill' ? 0 : ([0, -1, 1].find((r) => Math.abs(ex - (lastX.get(`${event.node}:${r}`) ?? -Infinity)) >= 14) ?? 0);
    lastX.set(`${event.node}:${row}`, ex);
    parts.push(marker(event, ex, laneY(event.node) + row * 16, laneName(timeline, event.node)));
  }

  // The legend names only what the picture draws (a paste's picture has no candidacy or new-leader markers).
  const legendY = height - 22;
  let legendX = left;
  const drawn = new Set(timeline.events.map((event) => event.kind));
  for (const kind of (Object.keys(STYLE) as TimelineEventKind[]).filter((k) => drawn.has(k))) {
    const name = timeline.legend?.[kind] ?? STYLE[kind].name;
    parts.push(marker({ node: 0, kind, atMs: 0, label: name }, legendX, legendY, undefined));
    parts.push(`<text x="${legendX + 12}" y="${legendY + 4}" font-size="11">${escapeXml(name)}</text>`);
    legendX += 14 + name.length * 6.2 + 16;
  }
  if (timeline.nodes.includes(timeline.killedNode)) parts.push(`<text x="8" y="${legendY + 4}" font-size="11">* killed</text>`);

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">\n` +
    `${parts.join('\n')}\n</svg>\n`
  );
}

function niceStep(spanMs: number): number {
  for (const step of [10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000]) if (spanMs / step <= 12) return step;
  return 10_000;
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
