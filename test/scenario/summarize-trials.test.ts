import { describe, expect, it } from 'vitest';
import { summarize, summarizePerFollower } from '../../src/scenario/summarize-trials.js';

describe('summarize', () => {
  it('returns null for no samples', () => {
    expect(summarize([])).toBeNull();
  });

  it('gives one sample as every figure', () => {
    expect(summarize([42])).toEqual({ count: 1, min: 42, p50: 42, p95: 42, p99: 42, max: 42 });
  });

  it('uses nearest-rank percentiles over 1..100, whatever the input order', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarize(values)).toEqual({ count: 100, min: 1, p50: 50, p95: 95, p99: 99, max: 100 });
  });

  it('reports only values that were measured (no interpolation)', () => {
    const d = summarize([10, 20, 30, 40])!;
    expect(d).toEqual({ count: 4, min: 10, p50: 20, p95: 40, p99: 40, max: 40 });
    const d5 = summarize([5.5, 1.25, 3, 2, 4])!;
    expect(d5).toEqual({ count: 5, min: 1.25, p50: 3, p95: 5.5, p99: 5.5, max: 5.5 });
  });

  it('lets p99 differ from max once there are enough samples', () => {
    const values = [...Array.from({ length: 199 }, () => 1), 1000];
    expect(summarize(values)).toMatchObject({ count: 200, p50: 1, p95: 1, p99: 1, max: 1000 });
  });

  it('does not reorder the caller\'s array', () => {
    const values = [3, 1, 2];
    summarize(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

// --trials counted a whole-second stamp's bound (`≤ 534 ms`) as a measurement: a median of bounds.
describe('summarizePerFollower', () => {
  it('summarizes measured followers only, and counts the trials and followers that had only a bound', () => {
    const summary = summarizePerFollower([
      [{ ms: 12 }, { ms: 20 }],
      [{ ms: null, coarseMs: 1000 }, { ms: 15 }],
      [{ ms: null, coarseMs: 1000 }, { ms: null, coarseMs: 1000 }],
      [{ ms: null }, { ms: 30 }],
    ]);
    expect(summary).toEqual({
      distribution: { count: 4, min: 12, p50: 15, p95: 30, p99: 30, max: 30 },
      trials: 4,
      followers: 8,
      boundedTrials: 2,
      boundedFollowers: 3,
      coarsestMs: 1000,
    });
  });

  it('has no distribution when every follower had only a bound', () => {
    expect(summarizePerFollower([[{ ms: null, coarseMs: 1000 }]])).toEqual({ distribution: null, trials: 1, followers: 1, boundedTrials: 1, boundedFollowers: 1, coarsestMs: 1000 });
  });
});
