// Puts every timestamp of one paste on one comparable number line.
//
// If all stamps carry a full date, they compare as epoch ms. If some lack the year (syslog, glog), all compare
// on wall-clock time within a synthetic year; if some lack the date (bare `19:30:01.123`), all compare on
// wall-clock time of day. Dateless values are unwrapped around the paste's first timestamp — a value more than
// half a period away is taken to be on the neighbouring day (year) — so a demo spanning midnight still measures
// correctly, and shifting every timestamp by a constant shifts every value by that constant.
//
// Relative stamps (`[ 88419.530]` since boot, `[+5.400s]` since a launcher started, Python logging's relativeCreated
// ms) are a clock of their own per format: they never compare with wall-clock stamps or with each other's formats. A
// paste that mixes clocks is measured on the clock most of its stamps use; stamps on another clock have no value
// (`valueOf` → undefined) and the caller reports them (CLOCKS_INCOMPARABLE) rather than inventing an offset between the two.
import { civilFromDays, DAY_MS, type ClockKind, type Stamp, type TimestampFormat } from './parse-timestamp.js';
import { placeNear } from './stamp-epoch.js';

const YEAR_MS = 365 * DAY_MS;

export interface PasteClock {
  readonly kind: ClockKind;
  /** Relative clocks: the format all its stamps share (`monotonic` or `relative`). */
  readonly format?: TimestampFormat;
  /** Whether the paste mixes clocks (some stamps had more date information than the clock used). */
  readonly mixed: boolean;
  /** Stamps left off because they are on another, incomparable clock (relative vs wall clock). */
  readonly offClock: number;
  /** The chosen clock's name (clockNameOf). */
  readonly name: string;
  /** Comparable value of a stamp (written by `writer`, fetched from `machine`), in ms; undefined for a stamp on another clock. */
  valueOf(stamp: Stamp, writer?: string, machine?: string): number | undefined;
}

// Which comparable clock a stamp is on: every wall-clock stamp shares one; each relative format is its own, an uptime
// (seconds since the writing process started) is its writer's own: `uptime@node2`, a since-boot stamp fetched from
// one of several machines (LogEvent.machine) is that machine's: `monotonic@kv2`, and a launcher's restarted count a
// run's own: `relative#1` (Stamp.run).
/** The start of an uptime clock's name, the writer's id after it (`uptime@node2`). */
export const UPTIME_CLOCK_PREFIX = 'uptime@';
const clockOf = (stamp: Stamp, writer: string | undefined, machine: string | undefined): string =>
  stamp.kind !== 'relative'
    ? 'wall'
    : stamp.format === 'uptime'
      ? `${UPTIME_CLOCK_PREFIX}${writer ?? ''}`
      : machine !== undefined && stamp.format === 'monotonic'
        ? `monotonic@${machine}`
        : stamp.run === undefined
          ? stamp.format
          : `${stamp.format}#${stamp.run}`;

/** The name of the clock a stamp written by `writer` (on `machine`) is on (`wall`, `monotonic`, `relative`, `relative#1`, `uptime@node2`, `monotonic@kv2`). */
export const clockNameOf = (stamp: Stamp | undefined, writer: string | undefined, machine?: string): string => (stamp === undefined ? 'wall' : clockOf(stamp, writer, machine));

/**
 * Chooses the clock for a paste's stamps (see the header comment); `stamps` in paste order, `writers` their writers,
 * `isKill(k)` whether stamp k's line is a kill (asked only when uptimes are the clock), `machines` the machines stamps
 * were fetched from (LogEvent.machine). Of clocks per process (uptimes) or per machine the first stamped kill's (of those
 * isKill admits: placeEventsOnClock admits only the one that ended the first reign, when it finds one) is
 * chosen: the other processes' (machines') lines never compare with it anyway, and the kill is then reported at its
 * own time.
 */
export function choosePasteClock(
  stamps: readonly (Stamp | undefined)[],
  writers: readonly (string | undefined)[] = [],
  isKill: (k: number) => boolean = () => false,
  machines: readonly (string | undefined)[] = [],
): PasteClock {
  // The clock most stamps use (ties: the wall clock, then the first seen); counted by name only when a relative
  // stamp is there (most pastes have wall-clock stamps alone).
  let total = 0;
  let wall = 0;
  for (let k = 0; k < stamps.length; k++) {
    const stamp = stamps[k];
    if (!stamp) continue;
    total++;
    if (stamp.kind !== 'relative') wall++;
  }
  let chosen = 'wall';
  let offClock = total - wall;
  if (wall < total) {
    const counts = new Map<string, number>([['wall', 0]]);
    for (let k = 0; k < stamps.length; k++) {
      const stamp = stamps[k];
      if (!stamp) continue;
      const clock = clockOf(stamp, writers[k], machines[k]);
      counts.set(clock, (counts.get(clock) ?? 0) + 1);
    }
    for (const [clock, count] of counts) if (count > counts.get(chosen)!) chosen = clock;
    if (chosen.includes('@')) {
      const owned = (k: number): boolean => clockOf(stamps[k]!, writers[k], machines[k]).includes('@');
      const kill = stamps.findIndex((stamp, k) => stamp !== undefined && owned(k) && isKill(k));
      if (kill >= 0) chosen = clockOf(stamps[kill]!, writers[kill], machines[kill]);
    } else if ([...counts.keys()].some((clock) => clock.includes('#'))) {
      // A launcher's runs (`relative`, `relative#1`): the run with the most stamps, unless it holds no kill and another
      // run does (adv54h-22: run 1's SIGTERM, run 2's leader SIGKILLed without a line): then the first such run.
      const clockAt = (k: number): string => clockOf(stamps[k]!, writers[k], machines[k]);
      const killed = stamps.some((stamp, k) => stamp !== undefined && clockAt(k) === chosen && isKill(k));
      const kill = killed ? -1 : stamps.findIndex((stamp, k) => stamp !== undefined && stamp.kind === 'relative' && isKill(k));
      if (kill >= 0) chosen = clockAt(kill);
    }
    offClock = total - counts.get(chosen)!;
  }
  if (chosen !== 'wall') {
    const format = (chosen.includes('@') ? chosen.slice(0, chosen.indexOf('@')) : chosen) as TimestampFormat;
    return { kind: 'relative', format, name: chosen, mixed: false, offClock, valueOf: (s, writer, machine) => (clockOf(s, writer, machine) === chosen ? s.ms : undefined) };
  }
  let reference: Stamp | undefined;
  let absolute = false;
  let yearless = false;
  let timeOfDay = false;
  for (const stamp of stamps) {
    if (!stamp || stamp.kind === 'relative') continue;
    reference ??= stamp;
    if (stamp.kind === 'absolute') absolute = true;
    else if (stamp.kind === 'yearless') yearless = true;
    else timeOfDay = true;
  }
  const shift = timeOfDay || yearless ? decideWallShifts(stamps) : undefined;
  if (timeOfDay) {
    const ref = reference!.dayMs + (shift?.(reference!) ?? 0);
    return { kind: 'time-of-day', name: 'wall', mixed: absolute || yearless, offClock, valueOf: (s) => (s.kind === 'relative' ? undefined : placeNear(s.dayMs + (shift?.(s) ?? 0), DAY_MS, ref)) };
  }
  if (yearless) {
    const ref = reference!.yearMs + (shift?.(reference!) ?? 0);
    return { kind: 'yearless', name: 'wall', mixed: absolute, offClock, valueOf: (s) => (s.kind === 'relative' ? undefined : placeNear(s.yearMs + (shift?.(s) ?? 0), YEAR_MS, ref)) };
  }
  return { kind: 'absolute', name: 'wall', mixed: false, offClock, valueOf: absoluteValueOf };
}

/**
 * On a clock of wall times (some stamps write no date), how far to move a stamp's wall time (ms): stamps compare as
 * written when those that state a zone state one (the zone-less ones are taken to be in it, as they always were).
 * Beside zone-less stamps, zoned ones in several zones move to UTC. Stamps that all state a zone, not all the same (a `15:03:11.086 CET` record beside
 * `journalctl --utc`'s lines), move to the first one's zone; undefined: none moves.
 */
function decideWallShifts(stamps: readonly (Stamp | undefined)[]): ((stamp: Stamp) => number) | undefined {
  let first: number | undefined;
  let several = false;
  let zoneless = false;
  for (const stamp of stamps) {
    if (!stamp || stamp.kind === 'relative') continue;
    const offsetMin = knownOffsetMin(stamp);
    if (offsetMin === undefined) zoneless = true;
    else if (first === undefined) first = offsetMin;
    else if (offsetMin !== first) several = true;
  }
  if (!several) return undefined;
  // Zoned stamps in several zones beside zone-less ones (adv59a-44: nodes logging `%z` in +0100, -0500 and +0530, a
  // `date +%T.%3N` record): the zoned ones move to UTC, where they compare with each other; the zone-less ones stay as
  // written, in a zone no stamp states (a kill among them is read in the zone that puts it by the nodes: killZoneless).
  if (zoneless) return (stamp) => -(knownOffsetMin(stamp) ?? 0) * 60_000;
  return (stamp) => (first! - (knownOffsetMin(stamp) ?? first!)) * 60_000;
}

/**
 * The UTC offset (minutes east) a wall-clock stamp's wall time (`dayMs`, `yearMs`) is in, when the paste fixes it: a
 * dated zoned stamp's (its wall time less its instant), or the one a stamp without a date carries (Stamp.offsetMin);
 * undefined for a zone-less stamp.
 */
export function knownOffsetMin(stamp: Stamp): number | undefined {
  if (stamp.offsetMin !== undefined) return stamp.offsetMin;
  if (stamp.kind !== 'absolute' || !stamp.zoned) return undefined;
  const aheadMin = Math.round(moduloDay(stamp.dayMs - stamp.ms) / 60_000);
  return aheadMin > 14 * 60 ? aheadMin - 24 * 60 : aheadMin;
}

// The absolute clock's value of a stamp: one function for every paste, no closure per clock.
const absoluteValueOf = (s: Stamp): number | undefined => (s.kind === 'relative' ? undefined : s.ms);

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

// Two and three digits of a whole number from 0 (pad's result for those, without padStart's generic path).
const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

// `((x % DAY_MS) + DAY_MS) % DAY_MS`: for a whole number of ms (most stamps) by division, no floating-point remainder
// (a call into libm per `%` on values past 32 bits); the quotient is exact below 2^45 ms (1,100 years from 1970).
function moduloDay(x: number): number {
  if (Number.isInteger(x) && x < 2 ** 45 && x > -(2 ** 45)) return x - Math.floor(x / DAY_MS) * DAY_MS;
  return ((x % DAY_MS) + DAY_MS) % DAY_MS;
}

function clockText(dayMs: number, wholeSeconds = false): string {
  const ms = moduloDay(dayMs);
  const whole = Math.floor(ms);
  const micros = Math.round((ms - whole) * 1000);
  // Whole ms of one day fit 32 bits: integer arithmetic, no float division and floor per field.
  const h = (whole / 3_600_000) | 0;
  const inHour = whole - h * 3_600_000;
  const m = (inHour / 60_000) | 0;
  const inMinute = inHour - m * 60_000;
  const s = (inMinute / 1000) | 0;
  const milli = inMinute - s * 1000;
  if (wholeSeconds && milli === 0 && micros === 0) return `${pad2(h)}:${pad2(m)}:${pad2(s)}`;
  return `${pad2(h)}:${pad2(m)}:${pad2(s)}.${pad3(milli)}${micros > 0 ? pad3(micros) : ''}`;
}

/** A UTC offset as ISO 8601 writes it: 60 → `+01:00`, -210 → `-03:30`. */
export const formatUtcOffset = (minutes: number): string =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;

/**
 * The UTC offset a stamp was written in, in minutes east (`11:14:22+01:00` and `11:14:22 CET` → 60): its wall time
 * as written less its instant. 0 for UTC, epoch numbers and stamps without a zone (or a date).
 */
export function writtenOffsetMin(stamp: Stamp | undefined): number {
  if (stamp === undefined || stamp.kind !== 'absolute' || !stamp.zoned) return 0;
  const aheadMin = Math.round(moduloDay(stamp.dayMs - stamp.ms) / 60_000);
  const offsetMin = aheadMin > 14 * 60 ? aheadMin - 24 * 60 : aheadMin;
  return offsetMin % 15 === 0 ? offsetMin : 0;
}

/** The fraction digits a precision was written with: 1 ms → 3, 100 ms → 1, 1 µs → 6. */
export const fractionDigitsOf = (precisionMs: number): number => Math.min(6, Math.max(0, Math.round(3 - Math.log10(precisionMs))));

/**
 * An epoch stamp as the paste wrote it (`date +%s.%3N`'s `1796133933.120`, JavaScript's ms `1796133933120`, µs
 * `1796133933120456`, C's `%ld.%ld` `1796047391.94305`): a student who pasted seconds since 1970 finds that number
 * beside the time it is. Undefined for other formats, and for ns (the value keeps µs, so its last digits are lost).
 */
function epochText(valueMs: number, format: TimestampFormat | undefined, precisionMs = 1): string | undefined {
  if (format !== 'epoch-s' && format !== 'epoch-s-usec' && format !== 'epoch-ms' && format !== 'epoch-us') return undefined;
  const micros = Math.round(valueMs * 1000);
  if (format === 'epoch-us') return String(micros);
  const seconds = Math.floor(micros / 1_000_000);
  const fractionUs = micros - seconds * 1_000_000;
  if (format === 'epoch-s-usec') return `${seconds}.${fractionUs}`;
  if (format === 'epoch-ms') {
    const wholeMs = Math.floor(micros / 1000);
    const digits = fractionDigitsOf(precisionMs) - 3;
    return digits > 0 ? `${wholeMs}.${pad(Math.floor((micros - wholeMs * 1000) / 10 ** (3 - digits)), digits)}` : String(wholeMs);
  }
  const digits = fractionDigitsOf(precisionMs);
  return digits > 0 ? `${seconds}.${pad(Math.floor(fractionUs / 10 ** (6 - digits)), digits)}` : String(seconds);
}

// Whether the line writes an epoch's seconds apart from their fraction (log4j2's `"epochSecond":1796047391,
// "nanoOfSecond":291418000`, a timespec's `tv_sec: …, tv_nsec: …`): its number as one (`1796047391291418`) is none a
// student finds in the paste (rev74). A line holding no part of it (a journal record's MESSAGE, its time on another
// line) shows no such thing.
function isWrittenApart(epoch: string, lineText: string | undefined): boolean {
  if (lineText === undefined || lineText.includes(epoch) || lineText.includes(epoch.replace('.', ','))) return false;
  return lineText.includes(epoch.slice(0, 10));
}

/**
 * A value on the paste's clock as text: ISO for absolute, in the offset the paste wrote it (`offsetMin`:
 * `2026-12-01T11:14:22.502117+01:00`, else UTC's `Z`), `Nov 26 19:30:01.123`, `19:30:01.123`. A stamp
 * written without a zone (`zoned: false`) is local wall-clock time of an unknown zone: `2026-11-26 19:30:01.123`,
 * no `Z`. An epoch stamp (`format`) in UTC, then as written: `2026-12-01T14:05:33.120Z (written 1796133933.120)`
 * (epochText; a bare 13- or 16-digit number tells a student no time) when `lineText`, the stamp's line, holds it so. Relative clocks print seconds as written, no
 * date: `+5.400 s`, `88419.530 s (monotonic clock)`.
 */
export function formatClockValue(kind: ClockKind, value: number, options: { zoned?: boolean; format?: TimestampFormat; precisionMs?: number; offsetMin?: number; lineText?: string } = {}): string {
  // A stamp written in whole seconds is shown so (`10:14:22`), not with milliseconds it never had (`10:14:22.000`).
  const wholeSeconds = (options.precisionMs ?? 0) >= 1000;
  if (kind === 'relative') {
    const seconds = Math.floor(value / 1000);
    const fraction = clockText(value - seconds * 1000).slice(9);
    if (options.format === 'uptime') return `${seconds}.${fraction} s (since the process started)`;
    if (options.format === 'relative-ms') return `${Math.round(value)} ms (since the process started logging)`;
    if (options.format === 'incremental') return `+${seconds}.${fraction} s (the ts -i gaps summed)`;
    return options.format === 'relative' ? `+${seconds}.${fraction} s` : `${seconds}.${fraction} s (monotonic clock)`;
  }
  if (kind === 'absolute') {
    const epoch = epochText(value, options.format, options.precisionMs);
    const offsetMin = epoch !== undefined || options.zoned === false ? 0 : (options.offsetMin ?? 0);
    const wall = value + offsetMin * 60_000;
    const days = Math.floor(wall / DAY_MS);
    const { year, month, day } = civilFromDays(days);
    const date = `${year >= 1000 && year <= 9999 ? `${year}` : pad(year, 4)}-${pad2(month)}-${pad2(day)}`;
    const time = clockText(wall - days * DAY_MS, wholeSeconds);
    if (epoch !== undefined) return isWrittenApart(epoch, options.lineText) ? `${date}T${time}Z` : `${date}T${time}Z (written ${epoch})`;
    return options.zoned === false ? `${date} ${time}` : `${date}T${time}${offsetMin === 0 ? 'Z' : formatUtcOffset(offsetMin)}`;
  }
  if (kind === 'yearless') {
    const inYear = ((value % YEAR_MS) + YEAR_MS) % YEAR_MS;
    const day = Math.floor(inYear / DAY_MS);
    const month = MONTH_START.findIndex((start) => start > day) - 1;
    return `${MONTHS[month]} ${day - MONTH_START[month]! + 1} ${clockText(inYear - day * DAY_MS, wholeSeconds)}`;
  }
  return clockText(value, wholeSeconds);
}
