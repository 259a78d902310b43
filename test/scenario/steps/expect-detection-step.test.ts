import { describe, expect, it } from 'vitest';
import { isDetectionSettled } from '../../../src/scenario/steps/expect-detection-step.js';

const FAULT_MS = 1_000_000;
const WINDOW_END_MS = FAULT_MS + 300;

describe('isDetectionSettled', () => {
  it('ends the wait once every watcher detected', () => {
    const ctx = { detectedAt: new Map([[2, { atMs: FAULT_MS + 24, via: 'connection' as const }], [3, { atMs: FAULT_MS + 26, via: 'connection' as const }]]), followedAt: new Map() };
    expect(isDetectionSettled([2, 3], ctx, WINDOW_END_MS, FAULT_MS + 30)).toBe(true);
  });

  it('keeps waiting within the window for a watcher that only followed a new leader (etcd: leadership handed over before its streams to the old leader close)', () => {
    const ctx = { detectedAt: new Map(), followedAt: new Map([[2, { leader: 2, atMs: FAULT_MS + 3 }], [3, { leader: 2, atMs: FAULT_MS + 3 }]]) };
    expect(isDetectionSettled([2, 3], ctx, WINDOW_END_MS, FAULT_MS + 20)).toBe(false);
    expect(isDetectionSettled([2, 3], ctx, WINDOW_END_MS, WINDOW_END_MS + 10)).toBe(true);
  });

  it('keeps waiting for a watcher that neither detected nor followed', () => {
    const ctx = { detectedAt: new Map([[2, { atMs: FAULT_MS + 24, via: 'connection' as const }]]), followedAt: new Map() };
    expect(isDetectionSettled([2, 3], ctx, WINDOW_END_MS, WINDOW_END_MS + 1000)).toBe(false);
  });
});
