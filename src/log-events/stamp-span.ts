// A stamp stands for a stretch of time, not a point: log times are truncated, so `04:04:47` is some moment of
// [04:04:47.000, 04:04:48.000). The one definition of that interval, for every "before / at or after" question.
import type { Stamp } from './parse-timestamp.js';

// How long after its written value a stamp may stand for: its resolution when coarser than a ms (whole seconds,
// tenths), else 0 (ms and finer stamps are read as points, as every measurement in ms is).
export function stampSpanMs(stamp: Pick<Stamp, 'precisionMs'> | undefined): number {
  return stamp !== undefined && stamp.precisionMs > 1 ? stamp.precisionMs : 0;
}

// Whether a line stamped `atMs` may have been written at or after `momentMs`: a whole-second stamp of the kill's own
// second may be after a kill at .415, so it is not "before the kill".
export function mayBeAtOrAfter(atMs: number, stamp: Pick<Stamp, 'precisionMs'> | undefined, momentMs: number): boolean {
  return atMs >= momentMs || atMs + stampSpanMs(stamp) > momentMs;
}

// The last whole ms a line stamped `atMs` may stand for (a whole-second stamp: its second's .999): what orders lines
// whose stamps differ in resolution, kills and leader statements alike.
export function latestMomentMs(atMs: number, stamp: Pick<Stamp, 'precisionMs'> | undefined): number {
  return atMs + Math.max(0, (stamp?.precisionMs ?? 1) - 1);
}

/** What a stamp coarser than a millisecond allows: the line came between these delays after the signal (earliestMs < 0: perhaps before it). */
export interface StampBounds {
  readonly earliestMs: number;
  readonly latestMs: number;
}

// The delays from a kill to a line that their two stamps allow, each standing for [value, value + span): more than
// `atMs - killAtMs - span(kill)` and less than `atMs - killAtMs + span(line)`. All a coarse measurement can say
// (`5:58:22 AM` after a kill at 5:58:21.936: 64 ms to 1064 ms).
export function delayBoundsMs(
  atMs: number,
  stamp: Pick<Stamp, 'precisionMs'> | undefined,
  killAtMs: number,
  killStamp?: Pick<Stamp, 'precisionMs'>,
): StampBounds {
  return { earliestMs: atMs - killAtMs - stampSpanMs(killStamp), latestMs: atMs - killAtMs + stampSpanMs(stamp) };
}
