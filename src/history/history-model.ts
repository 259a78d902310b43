// The sequential specifications a history is checked against: a register and a key-value store, per key.
import type { HistoryValue, ModelName, Operation, OpKind } from './history-types.js';

export interface HistoryModel {
  readonly name: ModelName;
  readonly kinds: readonly OpKind[];
  readonly initial: HistoryValue;
  /** The state after `op`, or undefined when `op` cannot take effect in `state` (its observed answer disagrees). */
  step(state: HistoryValue, op: Operation): HistoryValue | undefined;
}

// Shared by both models: one key's value; the models differ only in their vocabulary and the absent value.
function stepValue(state: HistoryValue, op: Operation, absent: HistoryValue): HistoryValue | undefined {
  switch (op.kind) {
    case 'read':
      if (op.outcome !== 'ok') return state;
      return (op.value ?? absent) === state ? state : undefined;
    case 'write':
      return op.value;
    case 'append':
      return (state ?? '') + (op.value ?? '');
    case 'cas': {
      const matches = (op.expected ?? absent) === state;
      if (op.outcome === 'ok') return matches ? op.value : undefined;
      return matches ? op.value : state;
    }
  }
}

// Jepsen's cas-register: read / write / cas; a never-written register reads as null (nil).
export const REGISTER_MODEL: HistoryModel = {
  name: 'register',
  kinds: ['read', 'write', 'cas'],
  initial: null,
  step: (state, op) => stepValue(state, op, null),
};

// Porcupine's and 6.5840's kv: get / put / append; a missing key reads as "" (as kvraft's Get answers).
export const KV_MODEL: HistoryModel = {
  name: 'kv',
  kinds: ['read', 'write', 'append', 'cas'],
  initial: '',
  step: (state, op) => stepValue(state, op, ''),
};

// --model's word → the model.
export function selectModel(name: ModelName): HistoryModel {
  return name === 'register' ? REGISTER_MODEL : KV_MODEL;
}
