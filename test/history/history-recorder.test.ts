import { describe, expect, it } from 'vitest';
import { createHistoryRecorder, formatHistoryJsonl, parseHistoryText, type Operation } from '../../src/history/index.js';

describe('createHistoryRecorder + formatHistoryJsonl', () => {
  it('records invoke / complete on the given clock and round-trips through the JSON-lines format', () => {
    let now = 10;
    const recorder = createHistoryRecorder(() => (now += 1.25));
    const w = recorder.invoke({ client: 'c1', kind: 'write', key: 'k', value: 'v1' });
    const r = recorder.invoke({ client: 'c2', kind: 'read', key: 'k', value: null });
    const a = recorder.invoke({ client: 'c3', kind: 'append', key: 'k', value: 'x' });
    recorder.complete(w, 'ok');
    recorder.complete(r, 'ok', 'v1');
    recorder.complete(a, 'info');
    const open = recorder.invoke({ client: 'c1', kind: 'read', key: 'k', value: null });
    const ops = recorder.operations();
    expect(ops.map((o) => [o.id, o.kind, o.value, o.outcome, o.invokeMs, o.completeMs])).toEqual([
      [0, 'write', 'v1', 'ok', 11.25, 15],
      [1, 'read', 'v1', 'ok', 12.5, 16.25],
      [2, 'append', 'x', 'info', 13.75, null],
      [open, 'read', null, 'info', 17.5, null],
    ]);
    const parsed = parseHistoryText(formatHistoryJsonl(ops));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const strip = (o: Operation) => ({ ...o, invokeLine: undefined, completeLine: undefined });
    expect(parsed.operations.map(strip)).toEqual(ops.map(strip));
  });
});
