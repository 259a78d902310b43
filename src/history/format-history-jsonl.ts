// Writes operations in the project's JSON-lines history format (what `history check` reads back), in time order.
import type { Operation } from './history-types.js';

export function formatHistoryJsonl(ops: readonly Operation[]): string {
  const events: { timeMs: number; id: number; phase: number; line: Record<string, unknown> }[] = [];
  for (const op of ops) {
    const value = op.kind === 'cas' ? [op.expected ?? null, op.value] : op.kind === 'read' ? null : op.value;
    const base = { client: op.client, f: op.kind, key: op.key };
    events.push({ timeMs: op.invokeMs, id: op.id, phase: 0, line: { ...base, type: 'invoke', value, timeMs: op.invokeMs } });
    const completedMs = op.completeMs ?? op.invokeMs;
    const answer = op.kind === 'read' ? (op.outcome === 'ok' ? op.value : null) : value;
    // An info completion is written at its invocation time: it tells only that the answer never came.
    events.push({ timeMs: completedMs, id: op.id, phase: 1, line: { ...base, type: op.outcome, value: answer, timeMs: completedMs } });
  }
  events.sort((a, b) => a.timeMs - b.timeMs || a.id - b.id || a.phase - b.phase);
  return events.map((e) => JSON.stringify({ ...e.line, timeMs: Number((e.line.timeMs as number).toFixed(3)) })).join('\n') + '\n';
}
