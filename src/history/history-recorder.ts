// Records a live history as clients run: invoke when a request starts, then ok / fail / info, on a clock passed in.
import type { HistoryValue, Operation, OpKind, Outcome } from './history-types.js';

export interface InvokedOperation {
  readonly client: string;
  readonly kind: OpKind;
  readonly key: string;
  /** write / append: the argument; read: null (the answer comes with complete). */
  readonly value: HistoryValue;
  readonly expected?: HistoryValue;
}

export interface HistoryRecorder {
  /** Starts an operation now; returns its id for complete(). */
  invoke(op: InvokedOperation): number;
  /** ok (with the value read, for reads), fail (certainly did not happen) or info (may have happened). */
  complete(id: number, outcome: Outcome, readValue?: HistoryValue): void;
  /** Everything so far; an operation still open counts as info. */
  operations(): Operation[];
}

export function createHistoryRecorder(nowMs: () => number): HistoryRecorder {
  const ops: Operation[] = [];
  return {
    invoke(op) {
      const id = ops.length;
      ops.push({ id, ...op, outcome: 'info', invokeMs: nowMs(), completeMs: null });
      return id;
    },
    complete(id, outcome, readValue) {
      const open = ops[id]!;
      const value = open.kind === 'read' ? (readValue ?? null) : open.value;
      ops[id] = { ...open, value, outcome, completeMs: outcome === 'info' ? null : nowMs() };
    },
    operations: () => ops.slice(),
  };
}
