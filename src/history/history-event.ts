// One line of a history file (an invocation or a completion), whatever the format; paired into Operations.
import type { HistoryValue, Operation, OpKind, Outcome } from './history-types.js';

export interface HistoryEvent {
  readonly client: string;
  readonly type: 'invoke' | Outcome;
  readonly kind: OpKind;
  readonly key: string;
  /** cas: [expected, new]; otherwise one value. */
  readonly value: HistoryValue | readonly [HistoryValue, HistoryValue];
  /** Undefined when the format has no times: the line number stands in. */
  readonly timeMs: number | undefined;
  readonly line: number;
}

/** A bad line: what the format expected there and what the line holds. */
export interface HistoryInputError {
  readonly line: number;
  readonly expected: string;
  readonly found: string;
}

export type ParsedHistory =
  | { readonly ok: true; readonly format: HistoryFormat; readonly operations: readonly Operation[] }
  | { readonly ok: false; readonly format: HistoryFormat | undefined; readonly error: HistoryInputError };

export type HistoryFormat = 'jsonl' | 'jepsen-log' | 'edn';

const KIND_NAMES: Readonly<Record<string, OpKind>> = { read: 'read', get: 'read', write: 'write', put: 'write', cas: 'cas', append: 'append' };

// get/put are kv words for read/write; both vocabularies are accepted everywhere.
export function parseOpKind(name: string): OpKind | undefined {
  return Object.hasOwn(KIND_NAMES, name) ? KIND_NAMES[name] : undefined;
}

// The accepted words, as error messages list them.
export const OP_KIND_WORDS = 'read, write, cas, append (or get, put)';

function describeValue(value: HistoryEvent['value']): string {
  return Array.isArray(value) ? `[${value.map(String).join(' ')}]` : String(value);
}

// Pairs each client's invocation with its next completion; a client still waiting at the end is indeterminate.
export function pairEvents(events: readonly HistoryEvent[]): { operations: Operation[] } | { error: HistoryInputError } {
  const pending = new Map<string, { event: HistoryEvent; timeMs: number }>();
  const operations: (Operation | undefined)[] = [];
  const slotOf = new Map<HistoryEvent, number>();
  for (const event of events) {
    const timeMs = event.timeMs ?? event.line;
    const open = pending.get(event.client);
    if (event.type === 'invoke') {
      if (open) {
        return { error: { line: event.line, expected: `a completion (ok, fail or info) of client ${event.client}'s ${open.event.kind} invoked on line ${open.event.line} before its next invocation`, found: `another invocation (${event.kind})` } };
      }
      if (event.kind === 'cas' && !Array.isArray(event.value)) {
        return { error: { line: event.line, expected: 'a cas value [expected new]', found: describeValue(event.value) } };
      }
      pending.set(event.client, { event, timeMs });
      slotOf.set(event, operations.length);
      operations.push(undefined);
      continue;
    }
    if (!open) return { error: { line: event.line, expected: `an invocation by client ${event.client} before this completion`, found: `${event.type} ${event.kind} with no open invocation` } };
    if (open.event.kind !== event.kind) {
      return { error: { line: event.line, expected: `the completion of client ${event.client}'s ${open.event.kind} (line ${open.event.line})`, found: `${event.type} ${event.kind}` } };
    }
    if (event.timeMs !== undefined && event.timeMs < open.timeMs) {
      return { error: { line: event.line, expected: `a completion time >= the invocation's ${open.timeMs} (line ${open.event.line})`, found: String(event.timeMs) } };
    }
    pending.delete(event.client);
    operations[slotOf.get(open.event)!] = toOperation(open.event, open.timeMs, event, timeMs);
  }
  for (const { event, timeMs } of pending.values()) operations[slotOf.get(event)!] = toOperation(event, timeMs, undefined, undefined);
  return { operations: operations.map((op, id) => ({ ...op!, id })) };
}

function toOperation(invoke: HistoryEvent, invokeMs: number, done: HistoryEvent | undefined, doneMs: number | undefined): Operation {
  const outcome: Outcome = done ? (done.type as Outcome) : 'info';
  const [expected, value] = invoke.kind === 'cas' ? (invoke.value as readonly [HistoryValue, HistoryValue]) : [undefined, invoke.kind === 'read' ? (done?.value as HistoryValue | undefined) ?? null : (invoke.value as HistoryValue)];
  return {
    id: 0,
    client: invoke.client,
    kind: invoke.kind,
    key: invoke.key,
    value: value ?? null,
    ...(expected === undefined ? {} : { expected }),
    outcome,
    invokeMs,
    completeMs: outcome === 'info' ? null : doneMs!,
    invokeLine: invoke.line,
    ...(done ? { completeLine: done.line } : {}),
  };
}
