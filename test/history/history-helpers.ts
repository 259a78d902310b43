// Hand-made operations for the checker's unit tests: op(client, kind, key, value, invokeMs, completeMs | null, outcome).
import { checkHistory, selectModel, type ModelName, type Operation, type OpKind, type Outcome } from '../../src/history/index.js';

let nextId = 0;

export function op(
  client: string,
  kind: OpKind,
  key: string,
  value: string | null | readonly [string | null, string | null],
  invokeMs: number,
  completeMs: number | null,
  outcome: Outcome = completeMs === null ? 'info' : 'ok',
): Operation {
  const cas = Array.isArray(value);
  return {
    id: nextId++,
    client,
    kind,
    key,
    value: cas ? (value as readonly [string | null, string | null])[1] : (value as string | null),
    ...(cas ? { expected: (value as readonly [string | null, string | null])[0] } : {}),
    outcome,
    invokeMs,
    completeMs,
  };
}

// Ids renumbered 0..n-1 in the given order, as parsed histories have them.
export function history(...ops: Operation[]): Operation[] {
  return ops.map((o, id) => ({ ...o, id }));
}

export function check(ops: readonly Operation[], model: ModelName = 'register') {
  let now = 0;
  return checkHistory(ops, { model: selectModel(model), nowMs: () => now++ });
}
