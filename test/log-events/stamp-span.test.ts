import { describe, expect, it } from 'vitest';
import { findDetection, measureDelayMs } from '../../src/log-events/log-facts.js';
import { mayBeAtOrAfter, stampSpanMs } from '../../src/log-events/stamp-span.js';

const second = { precisionMs: 1000 };
const micros = { precisionMs: 0.001 };

describe('a stamp stands for its resolution', () => {
  it('spans its resolution when coarser than a ms, else is a point', () => {
    expect([stampSpanMs(second), stampSpanMs({ precisionMs: 100 }), stampSpanMs({ precisionMs: 1 }), stampSpanMs(micros), stampSpanMs(undefined)]).toEqual([1000, 100, 0, 0, 0]);
  });

  it('a whole-second stamp of a moment\'s own second may be at or after it; one of an earlier second is not', () => {
    expect(mayBeAtOrAfter(47_000, second, 47_415)).toBe(true);
    expect(mayBeAtOrAfter(46_000, second, 47_000)).toBe(false);
    expect(mayBeAtOrAfter(47_000, micros, 47_415)).toBe(false);
    expect(mayBeAtOrAfter(47_415, micros, 47_415)).toBe(true);
  });
});

describe('findDetection with coarse stamps', () => {
  const line = (kind: 'heartbeat-timeout' | 'connection-lost', atMs: number, time: { precisionMs: number }) => ({ kind, atMs, event: { time } });

  it('counts a whole-second line of the kill\'s second, up to that second\'s end', () => {
    const found = findDetection([line('connection-lost', 47_000, second)], 47_415);
    expect(found.via).toBe('connection');
    expect(measureDelayMs(found.first!, 47_415)).toBe(585);
  });

  it('takes a ms line over a whole-second one that may be later, and the latest-ending first', () => {
    const found = findDetection([line('heartbeat-timeout', 47_000, second), line('connection-lost', 47_420, micros)], 47_415);
    expect([found.via, measureDelayMs(found.first!, 47_415)]).toEqual(['connection', 5]);
  });
});
