// Histories generated from a sequential execution: linearizable whatever the overlap; one wrong read breaks it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryValue, ModelName, Operation, OpKind } from '../../src/history/index.js';
import { check } from './history-helpers.js';

interface Step {
  readonly kind: OpKind;
  readonly key: string;
  readonly value: string;
  readonly expected: string;
  readonly before: number;
  readonly after: number;
  readonly indeterminate: boolean;
}

const stepArb = (kinds: readonly OpKind[]) =>
  fc.record({
    kind: fc.constantFrom(...kinds),
    key: fc.constantFrom('a', 'b'),
    value: fc.constantFrom('1', '2', '3'),
    expected: fc.constantFrom('1', '2', '3'),
    before: fc.integer({ min: 0, max: 40 }),
    after: fc.integer({ min: 0, max: 40 }),
    indeterminate: fc.boolean(),
  });

// Runs the steps in order at linearization points 100, 200, ...; each op's interval is stretched around its point.
function execute(steps: readonly Step[], model: ModelName, overlap: boolean): Operation[] {
  const absent: HistoryValue = model === 'kv' ? '' : null;
  const state = new Map<string, HistoryValue>();
  return steps.map((step, id) => {
    const at = (id + 1) * 100;
    const current = state.has(step.key) ? state.get(step.key)! : absent;
    const invokeMs = at - (overlap ? step.before * 5 : 1);
    const completeMs = at + (overlap ? step.after * 5 : 1);
    const base = { id, client: `c${id}`, key: step.key, invokeMs, invokeLine: id + 1 };
    const indeterminate = overlap && step.indeterminate;
    switch (step.kind) {
      case 'read':
        return { ...base, kind: 'read', value: current, outcome: 'ok', completeMs };
      case 'write':
      case 'append': {
        const next = step.kind === 'write' ? step.value : (current ?? '') + step.value;
        state.set(step.key, next);
        return { ...base, kind: step.kind, value: step.value, outcome: indeterminate ? 'info' : 'ok', completeMs: indeterminate ? null : completeMs };
      }
      case 'cas': {
        if (current !== step.expected) return { ...base, kind: 'cas', expected: step.expected, value: step.value, outcome: 'fail', completeMs };
        state.set(step.key, step.value);
        return { ...base, kind: 'cas', expected: step.expected, value: step.value, outcome: indeterminate ? 'info' : 'ok', completeMs: indeterminate ? null : completeMs };
      }
    }
  });
}

const cases: [ModelName, OpKind[]][] = [
  ['register', ['read', 'write', 'cas']],
  ['kv', ['read', 'write', 'append']],
];

describe.each(cases)('checkHistory properties (%s)', (model, kinds) => {
  it('a history recorded from a sequential execution is linearizable, however the operations overlap', () => {
    fc.assert(
      fc.property(fc.array(stepArb(kinds), { minLength: 1, maxLength: 40 }), (steps) => {
        expect(check(execute(steps, model, true), model).verdict).toBe('linearizable');
      }),
      { numRuns: 300 },
    );
  });

  it('changing the value one read returned makes a sequential history not linearizable', () => {
    fc.assert(
      fc.property(fc.array(stepArb(kinds), { minLength: 1, maxLength: 40 }), fc.nat(), (steps, pick) => {
        const ops = execute(steps, model, false);
        const reads = ops.filter((o) => o.kind === 'read');
        fc.pre(reads.length > 0);
        const victim = reads[pick % reads.length]!;
        const swapped = ops.map((o) => (o === victim ? { ...o, value: `${o.value ?? ''}9` } : o));
        const result = check(swapped, model);
        expect(result.verdict).toBe('not-linearizable');
        if (result.verdict === 'not-linearizable') expect(result.failure.culprit).toBe(victim.id);
      }),
      { numRuns: 300 },
    );
  });
});
