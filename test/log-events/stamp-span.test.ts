import { describe, expect, it } from 'vitest';
import { findDetection, measureDelayMs } from '../../src/log-events/log-facts.js';
import { delayBoundsMs, latestMomentMs, mayBeAtOrAfter, roundedBackMs, stampSpanMs } from '../../src/log-events/stamp-span.js';

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

  it("a ms stamp of the ms a finer moment falls in may be at or after it (adv78a-31: `.032` after date's `.032075197`), and counts to that ms's end", () => {
    const ms = { precisionMs: 1 };
    expect(mayBeAtOrAfter(11_032, ms, 11_032.075197)).toBe(true);
    expect(mayBeAtOrAfter(11_031, ms, 11_032.075197)).toBe(false);
    // Beside whole ms a ms stamp is a point, as before.
    expect(mayBeAtOrAfter(11_031, ms, 11_032)).toBe(false);
    expect(mayBeAtOrAfter(11_032, ms, 11_032)).toBe(true);
    expect(measureDelayMs({ atMs: 11_032, event: { time: ms } } as never, 11_032.075197)).toBeCloseTo(0.924803, 6);
    expect(measureDelayMs({ atMs: 11_040, event: { time: ms } } as never, 11_032.075197)).toBeCloseTo(7.924803, 6);
  });

  it('bounds a delay by both stamps\' spans: JUL\'s `5:58:22 AM` after a kill at :21.936 is 64 to 1064 ms after it', () => {
    expect(delayBoundsMs(22_000, second, 21_936, micros)).toEqual({ earliestMs: 64, latestMs: 1064 });
    // a whole-second kill: its second's start is the latest it may have been, the earliest a second before
    expect(delayBoundsMs(11_164, micros, 11_000, second)).toEqual({ earliestMs: -836, latestMs: 164 });
    expect(delayBoundsMs(11_000, second, 11_000, second)).toEqual({ earliestMs: -1000, latestMs: 1000 });
    expect(delayBoundsMs(47_416.5, micros, 47_415)).toEqual({ earliestMs: 1.5, latestMs: 1.5 });
  });
});

describe("a rounded stamp stands for half its tick either side (printf's `%.Nf`)", () => {
  const roundedSecond = { precisionMs: 1000, rounded: true as const };

  it('starts half a tick before its value: `…57` printed for 56.677 may be 56.5 to 57.5', () => {
    expect([roundedBackMs(roundedSecond), roundedBackMs(second), roundedBackMs({ precisionMs: 100, rounded: true }), roundedBackMs({ precisionMs: 1, rounded: true })]).toEqual([500, 0, 50, 0]);
    expect(latestMomentMs(57_000, roundedSecond)).toBe(57_499);
    expect(mayBeAtOrAfter(57_000, roundedSecond, 56_677)).toBe(true);
    expect(mayBeAtOrAfter(57_000, roundedSecond, 57_600)).toBe(false);
  });

  it('bounds a delay from a rounded kill a half tick earlier: a ms line at 57.129 is -371 to +629 ms after `…57`', () => {
    expect(delayBoundsMs(57_129, micros, 57_000, roundedSecond)).toEqual({ earliestMs: -371, latestMs: 629 });
    expect(delayBoundsMs(57_129, micros, 57_000, second)).toEqual({ earliestMs: -871, latestMs: 129 });
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
