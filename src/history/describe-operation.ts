// How an operation reads in the text output and the report: read(k1) → "v1", cas(k1, "1" → "2"), ...
import type { HistoryValue, Operation } from './history-types.js';

const show = (value: HistoryValue | undefined): string => (value === null || value === undefined ? 'nil' : JSON.stringify(value));

// One wording of an operation for the CLI, the scenario's problems and the report.
export function describeOperation(op: Operation): string {
  const key = op.key === '' ? '' : `${JSON.stringify(op.key)}`;
  const sep = key === '' ? '' : ', ';
  const call =
    op.kind === 'read'
      ? `read(${key})`
      : op.kind === 'cas'
        ? `cas(${key}${sep}${show(op.expected)} → ${show(op.value)})`
        : `${op.kind}(${key}${sep}${show(op.value)})`;
  const answer = op.outcome === 'info' ? ' → ?' : op.outcome === 'fail' ? ' → fail' : op.kind === 'read' ? ` → ${show(op.value)}` : '';
  return `${call}${answer}`;
}

// `invoke–complete` in the history's own unit; ∞ for an operation that never completed.
export function describeInterval(op: Operation): string {
  const at = (ms: number) => String(Number(ms.toFixed(3)));
  return `${at(op.invokeMs)}–${op.completeMs === null ? '∞' : at(op.completeMs)}`;
}
