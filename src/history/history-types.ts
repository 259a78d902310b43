// One operation of a concurrent history, as the checker sees it: invoked, then ok / fail / info.

/** ok: it happened and returned; fail: it certainly did not happen; info: it may or may not have happened. */
export type Outcome = 'ok' | 'fail' | 'info';

/** read = get, write = put; cas and append change the value conditionally / by a suffix. */
export type OpKind = 'read' | 'write' | 'cas' | 'append';

/** Values are compared as text; null is "absent" (a read of a key never written). */
export type HistoryValue = string | null;

// The pair of events (invoke, completion) of one client request.
export interface Operation {
  /** Position in the parsed history (0-based, in invocation order). */
  readonly id: number;
  readonly client: string;
  readonly kind: OpKind;
  /** '' for a single register. */
  readonly key: string;
  /** write / append: the argument; read: the value read when ok; cas: the new value. */
  readonly value: HistoryValue;
  /** cas only: the value expected before. */
  readonly expected?: HistoryValue;
  readonly outcome: Outcome;
  /** Monotonic time of the invocation (ms, or the line number for logs without times). */
  readonly invokeMs: number;
  /** Monotonic time of the completion; null when it never completed (an info op). */
  readonly completeMs: number | null;
  /** 1-based source lines of the invocation and the completion, for messages. */
  readonly invokeLine?: number;
  readonly completeLine?: number;
}

export type ModelName = 'register' | 'kv';

// For --model and its usage message.
export const MODEL_NAMES: readonly ModelName[] = ['register', 'kv'];
