// A log line's time as epoch ms next to a real clock (the harness's). Zone-less stamps are the writer's local wall
// time: they are read in the zone the caller names (its own local offset), never silently as UTC.
import { civilFromDays, DAY_MS, daysFromCivil, type Stamp } from './parse-timestamp.js';

/**
 * The value a wall clock that repeats every `periodMs` (a time of day: a day; a date without its year: a year) stands
 * for nearest `nearMs`, within half a period before or after it. The one rule for placing a stamp that lacks its date
 * or year: the harness passes the moment the line arrived, checkPaste a moment of the paste's own (its first stamp).
 */
export function placeNear(wallMs: number, periodMs: number, nearMs: number): number {
  let delta = (wallMs - nearMs) % periodMs;
  if (delta < -periodMs / 2) delta += periodMs;
  else if (delta >= periodMs / 2) delta -= periodMs;
  return nearMs + delta;
}

/**
 * Epoch ms of `stamp`. `localOffsetMin` (minutes east of UTC: the negated getTimezoneOffset() of a Date, read at the
 * I/O edge) applies to zone-less stamps; `nearMs` (a clock reading close to the line) supplies the date of
 * time-of-day stamps and the year of syslog/glog stamps: the candidate nearest to it is taken. A relative stamp
 * (seconds since boot or since a launcher started) needs `relativeOriginMs`, the epoch ms of its clock's zero;
 * without it, undefined.
 */
export function stampToEpochMs(stamp: Stamp, options: { localOffsetMin: number; nearMs: number; relativeOriginMs?: number }): number | undefined {
  if (stamp.kind === 'relative') return options.relativeOriginMs === undefined ? undefined : options.relativeOriginMs + stamp.ms;
  const offsetMs = options.localOffsetMin * 60_000;
  if (stamp.kind === 'absolute') return stamp.zoned ? stamp.ms : stamp.ms - offsetMs;
  const localNear = options.nearMs + offsetMs;
  if (stamp.kind === 'time-of-day') return placeNear(stamp.dayMs, DAY_MS, localNear) - offsetMs;
  // yearless: pick the year (this, previous or next) whose instant is nearest.
  const { year } = civilFromDays(Math.floor(localNear / DAY_MS));
  let best = Number.NaN;
  for (const y of [year - 1, year, year + 1]) {
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    // yearMs counts a non-leap year: in a leap year, dates after Feb 28 are one day later.
    const local = daysFromCivil(y, 1, 1) * DAY_MS + stamp.yearMs + (leap && stamp.yearMs >= 59 * DAY_MS ? DAY_MS : 0);
    if (Number.isNaN(best) || Math.abs(local - localNear) < Math.abs(best - localNear)) best = local;
  }
  return best - offsetMs;
}

const QUARTER_HOUR_MS = 15 * 60_000;

/**
 * How many minutes east of the reader's zone a writer's zone-less stamps were written, from `aheadMs`: the most a
 * line's stamp (read in the reader's zone) ran ahead of when the line arrived. Zones are whole quarter hours apart
 * and a line arrives ms to seconds after it was written, never minutes: the nearest quarter hour (0 within ±7.5 min).
 */
export function zoneShiftMinOf(aheadMs: number): number {
  return Math.round(aheadMs / QUARTER_HOUR_MS) * 15 || 0;
}

// The tz database's offsets that are no whole hour, in minutes east of UTC: Marquesas -09:30, Newfoundland -03:30 (and
// its summer -02:30), Iran +03:30, Afghanistan +04:30, India and Sri Lanka +05:30, Nepal +05:45, Myanmar +06:30, Eucla
// +08:45, Australia's central zones +09:30/+10:30, Lord Howe +10:30/+11:00, Chatham +12:45/+13:45.
const PART_HOUR_OFFSETS: ReadonlySet<number> = new Set([-570, -210, -150, 210, 270, 330, 345, 390, 525, 570, 630, 765, 825]);

/**
 * Whether `offsetMin` (minutes east of UTC) is an offset some zone uses: a whole hour from UTC-12:00 to UTC+14:00, or
 * one of the tz database's half- and quarter-hour ones (PART_HOUR_OFFSETS; no zone is UTC+00:30, adv66f). A difference
 * between two zones may be any quarter hour (India +05:30 vs Nepal); an offset from UTC may not.
 */
export function isZoneOffsetMin(offsetMin: number): boolean {
  if (offsetMin < -720 || offsetMin > 840) return false;
  return offsetMin % 60 === 0 || PART_HOUR_OFFSETS.has(offsetMin);
}

/**
 * Epoch ms of a live line's stamp read again in its writer's zone: `zoneShiftMin` east of the harness's own offset
 * at the line's arrival (`localOffsetMinAt`); zoned stamps as written; undefined for a relative stamp (no zone).
 */
export function stampInWriterZone(stamp: Stamp, arrivalMs: number, zoneShiftMin: number, localOffsetMinAt: (atMs: number) => number): number | undefined {
  if (stamp.kind === 'relative') return undefined;
  return stampToEpochMs(stamp, { localOffsetMin: localOffsetMinAt(arrivalMs) + (stamp.zoned ? 0 : zoneShiftMin), nearMs: arrivalMs });
}
