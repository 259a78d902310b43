import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/raft/progress.js';

describe('Progress', () => {
  it('probes with one Append at a time, then streams up to the inflight window once the logs agree', () => {
    const progress = new Progress(5, 2);
    progress.sent(5);
    expect(progress.paused).toBe(true);
    expect(progress.acknowledge(5)).toBe(true);
    expect(progress).toMatchObject({ state: 'replicate', match: 5, next: 6 });
    progress.sent(6);
    progress.sent(7);
    expect(progress.paused).toBe(true);
    progress.acknowledge(6);
    expect(progress.paused).toBe(false);
  });

  it('backs off to the hint on a rejection, never at or below match', () => {
    const progress = new Progress(10, 4);
    progress.acknowledge(3);
    progress.sent(9);
    expect(progress.rejected(1)).toBe(false);
    expect(progress.rejected(6)).toBe(true);
    expect(progress).toMatchObject({ state: 'probe', next: 7 });
  });

  it('ignores a late rejection that cannot answer the outstanding probe', () => {
    const progress = new Progress(10, 4);
    progress.sent(9);
    expect(progress.rejected(4)).toBe(true);
    expect(progress.next).toBe(5);
    expect(progress.rejected(7)).toBe(false);
    expect(progress.next).toBe(5);
  });

  it('frees one inflight slot whenever the follower answers a heartbeat', () => {
    const progress = new Progress(1, 1);
    progress.acknowledge(1);
    progress.sent(2);
    expect(progress.paused).toBe(true);
    progress.heardFrom();
    expect(progress).toMatchObject({ paused: false, recentActive: true });
  });
});
