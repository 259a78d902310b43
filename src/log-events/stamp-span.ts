// A stamp stands for a stretch of time, not a point: log times are truncated, so `04:04:47` is some moment of
// [04:04:47.000, 04:04:48.000). The one definition of that interval, for every "before / at or after" question.
import type { Stamp } from './parse-timestamp.js';

// How long after its written value a stamp may stand for: its resolution when coarser than a ms (whole seconds,
// tenths), else 0 (ms and finer stamps are read as points, as every measurement in ms is).
export function stampSpanMs(stamp: Pick<Stamp, 'precisionMs'> | undefined): number {
  return stamp !== undefined && stamp.precisionMs > 1 ? stamp.precisionMs : 0;
}

type SpanOf = Pick<Stamp, 'precisionMs' | 'rounded'>;

// How far before its written value a stamp's stretch starts: half its span when its printer rounded (Stamp.rounded:
// `printf '%.0f' $EPOCHREALTIME` prints 13:14:56.677 as …57), else 0 (cut, as log times are).
export function roundedBackMs(stamp: SpanOf | undefined): number {
  return stamp?.rounded === true ? stampSpanMs(stamp) / 2 : 0;
}

// Whether a line stamped `atMs` may have been written at or after `momentMs`: a whole-second stamp of the kill's own
// second may be after a kill at .415, so it is not "before the kill"; so may a ms stamp of the ms a finer moment falls
// in (`.032` after `date +%T.%N`'s `.032075197`, adv78a-31: a point only beside whole ms).
export function mayBeAtOrAfter(atMs: number, stamp: SpanOf | undefined, momentMs: number): boolean {
  const from = atMs - roundedBackMs(stamp);
  return from >= momentMs || from + stretchMs(stamp) > momentMs;
}

// What a stamp's value may stand for after it: its span, at least its own unit (a ms stamp's ms).
const stretchMs = (stamp: SpanOf | undefined): number => Math.max(stampSpanMs(stamp), stamp === undefined ? 0 : Math.min(1, stamp.precisionMs));

/**
 * The ms from a moment (a kill) to a line stamped `atMs` that may be at or after it (mayBeAtOrAfter): a stamp whose
 * stretch holds the moment counts to the stretch's end, the most a line after it can show.
 */
export function delayToStretchEndMs(atMs: number, stamp: SpanOf | undefined, momentMs: number): number {
  return (atMs >= momentMs ? atMs : atMs + stretchMs(stamp)) - momentMs;
}

// The last whole ms a line stamped `atMs` may stand for (a whole-second stamp: its second's .999): what orders lines
// whose stamps differ in resolution, kills and leader statements alike.
export function latestMomentMs(atMs: number, stamp: SpanOf | undefined): number {
  return atMs - roundedBackMs(stamp) + Math.max(0, (stamp?.precisionMs ?? 1) - 1);
}

/** What a stamp coarser than a millisecond allows: the line came between these delays after the signal (earliestMs < 0: perhaps before it). */
export interface StampBounds {
  readonly earliestMs: number;
  readonly latestMs: number;
}

// The delays from a kill to a line that their two stamps allow, each standing for [value, value + span) (a rounded one
// for [value − span/2, value + span/2)): more than
// `atMs - killAtMs - span(kill)` and less than `atMs - killAtMs + span(line)`. All a coarse measurement can say
// (`5:58:22 AM` after a kill at 5:58:21.936: 64 ms to 1064 ms).
export function delayBoundsMs(
  atMs: number,
  stamp: SpanOf | undefined,
  killAtMs: number,
  killStamp?: SpanOf,
): StampBounds {
  const lineFrom = atMs - roundedBackMs(stamp);
  const killFrom = killAtMs - roundedBackMs(killStamp);
  return { earliestMs: lineFrom - killFrom - stampSpanMs(killStamp), latestMs: lineFrom - killFrom + stampSpanMs(stamp) };
}
