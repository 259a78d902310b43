// Porcupine-style picture of a history: a lane per client, a bar per operation on an axis of event order (so
// crowded instants stay readable; hover shows real times), the failing key's longest linearizable prefix numbered
// in green and the operation that cannot be placed in red.
import { escapeXml } from '../formats/escape-xml.js';
import type { HistoryCheckResult } from './check-history.js';
import { describeInterval, describeOperation } from './describe-operation.js';
import type { Operation } from './history-types.js';

// What one report draws.
export interface HistoryReportInput {
  readonly title: string;
  readonly operations: readonly Operation[];
  readonly result: HistoryCheckResult;
}

const LANE_HEIGHT = 34;
const LEFT = 110;
const TOP = 78;

function caption(result: HistoryCheckResult, byId: ReadonlyMap<number, Operation>): string[] {
  if (result.verdict === 'linearizable') return [`linearizable: ${result.operations} operations, ${result.partitions} keys, checked in ${result.elapsedMs.toFixed(1)} ms`];
  if (result.verdict === 'unknown') return [`unknown: gave up after ${result.elapsedMs.toFixed(0)} ms (${result.reason} budget) on key ${JSON.stringify(result.key)}`];
  const { failure } = result;
  const culprit = byId.get(failure.culprit)!;
  return [
    `not linearizable: key ${JSON.stringify(failure.key)} (${failure.operationIds.length} operations); the longest linearizable prefix places ${failure.prefix.length} (green, numbered in order)`,
    `cannot place #${culprit.id} ${culprit.client}: ${describeOperation(culprit)} [${describeInterval(culprit)} ms] after it (red)`,
  ];
}

// The picture itself (also the body of the HTML report).
export function renderHistorySvg(input: HistoryReportInput): string {
  const { result } = input;
  const failure = result.verdict === 'not-linearizable' ? result.failure : undefined;
  const shown = failure ? input.operations.filter((op) => failure.operationIds.includes(op.id) || (op.key === failure.key && op.outcome === 'fail')) : input.operations;
  const byId = new Map(input.operations.map((op) => [op.id, op]));
  const order = new Map(failure?.prefix.map((id, index) => [id, index + 1]) ?? []);
  const times = [...new Set(shown.flatMap((op) => (op.completeMs === null ? [op.invokeMs] : [op.invokeMs, op.completeMs])))].sort((a, b) => a - b);
  const slot = new Map(times.map((t, i) => [t, i]));
  const endSlot = times.length + 1;
  const clients = [...new Set(shown.map((op) => op.client))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const lane = new Map(clients.map((c, i) => [c, i]));
  // Wide slots for a short history, 14 px each for a long one (the HTML report scrolls sideways).
  const slotWidth = Math.round(Math.min(90, Math.max(14, 1400 / Math.max(1, times.length))));
  const x = (s: number) => LEFT + s * slotWidth;
  const width = Math.max(720, x(endSlot) + 40);
  const height = TOP + clients.length * LANE_HEIGHT + 40;
  const lines = caption(result, byId);

  const parts: string[] = [`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`];
  parts.push(`<text x="12" y="22" font-size="15" font-weight="bold">${escapeXml(input.title)}</text>`);
  lines.forEach((line, i) => parts.push(`<text x="12" y="${42 + i * 17}" font-size="12" fill="${i === 1 ? '#b40000' : '#333333'}">${escapeXml(line)}</text>`));
  clients.forEach((client, i) => {
    const y = TOP + i * LANE_HEIGHT;
    parts.push(`<rect x="0" y="${y}" width="${width}" height="${LANE_HEIGHT}" fill="${i % 2 ? '#f7f7f7' : '#ffffff'}"/>`);
    parts.push(`<text x="12" y="${y + LANE_HEIGHT / 2 + 4}" font-size="12">client ${escapeXml(client)}</text>`);
  });
  for (const op of shown) {
    const x1 = x(slot.get(op.invokeMs)!);
    const x2 = op.completeMs === null ? x(endSlot) : x(slot.get(op.completeMs)!) + slotWidth * 0.6;
    const y = TOP + lane.get(op.client)! * LANE_HEIGHT + 6;
    const isCulprit = failure?.culprit === op.id;
    const placed = order.get(op.id);
    const fill = isCulprit ? '#f4b4b4' : placed !== undefined ? '#c9ebc9' : op.outcome === 'fail' ? '#eeeeee' : '#dfe7f5';
    const stroke = isCulprit ? '#c00000' : placed !== undefined ? '#2a8a2a' : '#7a8fb8';
    const dash = op.outcome === 'info' ? ' stroke-dasharray="4 3"' : '';
    const fullLabel = `${placed === undefined ? '' : `${placed}. `}${describeOperation(op)}`;
    const fits = Math.max(1, Math.floor((Math.max(4, x2 - x1) - 6) / 5.6));
    const label = fullLabel.length > fits ? `${fullLabel.slice(0, Math.max(0, fits - 1))}…` : fullLabel;
    const tip = `#${op.id} client ${op.client}: ${describeOperation(op)}\n${op.outcome}, ${describeInterval(op)} ms${op.invokeLine ? `, line ${op.invokeLine}` : ''}${isCulprit ? '\ncannot be placed after the longest linearizable prefix' : ''}`;
    parts.push(
      `<g><title>${escapeXml(tip)}</title><rect x="${x1}" y="${y}" width="${Math.max(4, x2 - x1)}" height="${LANE_HEIGHT - 12}" rx="3" fill="${fill}" stroke="${stroke}" stroke-width="${isCulprit ? 2.5 : 1}"${dash}/>` +
        `<text x="${x1 + 3}" y="${y + LANE_HEIGHT / 2 - 2}" font-size="10" fill="#111111">${escapeXml(label)}</text></g>`,
    );
  }
  parts.push(`<text x="${LEFT}" y="${height - 14}" font-size="11" fill="#666666">event order → (bars: invoke to completion; dashed: indeterminate, may take effect until the end; grey: failed, did not happen)</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">${parts.join('')}</svg>\n`;
}

// A page that scrolls sideways for long histories.
export function renderHistoryHtml(input: HistoryReportInput): string {
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeXml(input.title)}</title><style>body{margin:12px;font-family:sans-serif}div{overflow-x:auto}</style></head><body><div>${renderHistorySvg(input)}</div></body></html>\n`;
}
