// Timestamps as real logs write them, parsed by hand (no regex) because every line of a paste may carry one.
//
// Three clocks, because not every format says which day it is:
// - absolute: a full date (ISO-8601, Go, Python, glog >= 0.6's `I20261126 19:30:01.123456`) or epoch
//   seconds/ms/µs/ns → epoch ms, zone applied (no zone → read as UTC: only differences within one paste matter);
// - yearless: syslog `Nov 26 19:30:01` and glog `I1126 19:30:01.123456` → ms since Jan 1 of a synthetic
//   non-leap year;
// - time-of-day: bare `19:30:01.123` → ms since midnight of a synthetic day.
// Every stamp also keeps its wall-clock `dayMs` and `yearMs`, so a paste mixing clocks can be compared on the
// weakest one (see paste-clock.ts).
// A fourth kind is no wall clock at all:
// - relative: seconds since some origin, in brackets at the head of a line — `[ 88419.530]` (dmesg style,
//   journalctl -o short-monotonic: CLOCK_MONOTONIC, seconds since boot, one clock for every process on the
//   machine) and `[+5.400s]` (a launcher's time since it started). Only differences on one such clock mean
//   anything; they never compare with wall-clock stamps. Python logging's `%(relativeCreated)7d` (whole ms since the
//   process loaded logging) is one too, read only when a whole paste proves its bare numbers are that (scan-lines.ts).

import { isAsciiDigit, isAsciiLetter, isAsciiWordChar } from './char-codes.js';
import { monthOfLocaleWord } from './locale-months.js';
export type ClockKind = 'absolute' | 'yearless' | 'time-of-day' | 'relative';

export type TimestampFormat =
  | 'iso-8601'
  | 'go'
  | 'python'
  | 'us-date'
  /** `01/12/2026 11:27:09,118`, `01.12.2026 …`, cmd's `02.12.2026  9:41:07,12`: day/month/year (parseNumericDateTime). */
  | 'day-first-date'
  | 'jul'
  /** `30-Nov-2026 12:52:31.704` (Tomcat) and Erlang/OTP's report heads `30-Nov-2026::12:52:31.704219`. */
  | 'day-month-year'
  | 'syslog'
  /** C's ctime()/asctime() and date(1): `Tue Dec  1 12:44:20 2026`, `Tue Dec  1 12:44:20 UTC 2026`. */
  | 'ctime'
  /** RFC 2822's (`date -R`, JavaScript's toUTCString): `Thu, 03 Dec 2026 09:49:44 +0000`, `… GMT` (parseRfc2822Date). */
  | 'rfc-2822'
  /** JavaScript's Date#toString: `Thu Dec 03 2026 09:54:57 GMT+0000 (Coordinated Universal Time)` (parseJsDateString). */
  | 'js-date'
  | 'glog'
  | 'epoch-s'
  /**
   * daemontools' and runit's raw TAI64N label `@400000006b0e9a5a070d26cb` (svlogd -t, multilog t): 16 hex digits of
   * 2^62 + 10 + Unix seconds, then 8 of nanoseconds (parseTai64n).
   */
  | 'tai64n'
  /** `1796047391.94305` read as C's `%ld.%ld` of tv_sec and tv_usec (readUnpaddedFraction): the paste's order proved it. */
  | 'epoch-s-usec'
  /** `1796047391.5123456` read as C's `%ld.%ld` of tv_sec and tv_nsec (readUnpaddedFraction), proved the same way. */
  | 'epoch-s-nsec'
  | 'epoch-ms'
  | 'epoch-us'
  | 'epoch-ns'
  | 'time-of-day'
  /** `[ 88419.530]`, logfmt's `mono=88419.530`: seconds since boot (CLOCK_MONOTONIC). */
  | 'monotonic'
  /** `[+5.400s]`: seconds since a launcher started. */
  | 'relative'
  /**
   * Time since the writing process started (a clock per process): `  14.881046213s` at a line's head (tracing's Uptime
   * timer), `[41536.208ms]` (JavaScript's `performance` clock, `now()`).
   */
  | 'uptime'
  /** `[+6.881s]` after its writer's `started 2026-12-01 12:31:00.118` line: that start plus the offset, a wall time (decideRelativeAnchors in scan-lines.ts). */
  | 'anchored'
  /** moreutils `ts -i`'s gap since the previous line summed over its stream: seconds since the stream's first line (decideIncrementalStamps in scan-lines.ts). */
  | 'incremental'
  /** `   8734 ` at a line's head: Python logging's `%(relativeCreated)7d`, whole ms since the process loaded logging (decideRelativeMsColumn in scan-lines.ts). */
  | 'relative-ms';

export interface Stamp {
  readonly kind: ClockKind;
  /** absolute: epoch ms (UTC); yearless: `yearMs`; time-of-day: `dayMs`; relative: ms since the clock's origin. Fractions of a ms are kept to µs. */
  readonly ms: number;
  /** Wall clock (as written, before any zone offset) in ms since midnight (relative stamps: = ms, no wall clock). */
  readonly dayMs: number;
  /** Wall clock in ms since Jan 1 00:00 of a synthetic non-leap year (time-of-day stamps: = dayMs; relative: = ms). */
  readonly yearMs: number;
  /** Resolution of the written value: 1000 for whole seconds, 1 for ms, 0.001 for µs. */
  readonly precisionMs: number;
  /**
   * The nanoseconds a 7-12 digit fraction writes past the µs `ms` keeps (1-999), when not 0: an epoch's ms to the ns
   * would need more than a double's 53 bits, and a detection at 300.000489 ms is still past a 300 ms window.
   */
  readonly nanos?: number;
  readonly format: TimestampFormat;
  /** Whether the written value fixes the instant (a zone or UTC offset, or epoch); false: local wall time of unknown zone. */
  readonly zoned: boolean;
  /** A zone abbreviation written after the time that names several offsets (`IST`, `CST`): the zone is unknown. */
  readonly ambiguousZone?: string;
  /**
   * The run of one stream's `[+x s]` clock this stamp belongs to when the stream started again (a launcher's second run
   * appended to its first: process-clocks.ts markRelativeRuns), 1 for the first restart; absent for the first run. Each
   * run is a clock of its own (paste-clock.ts: `relative#1`).
   */
  readonly run?: number;
  /** BSD/macOS date's literal `N` stood for the fraction (`16:08:41.N`, `15:19:58.3N`: `%N` and `%3N`): whole seconds. */
  readonly literalN?: true;
  /**
   * Printed rounded to its tick, not cut (`printf '%.0f' $EPOCHREALTIME`: 13:14:56.677 printed as …57): the stamp stands
   * for [value − tick/2, value + tick/2) (stamp-span.ts), not [value, value + tick).
   */
  readonly rounded?: true;
  /** Printed on a 12-hour clock with no AM/PM (date-output.ts): the time is known modulo 12 hours. */
  readonly halfDay?: true;
  /** A node's bare time read 12 h on, on the 12-hour clock with no AM/PM the paste proves (twelve-hour-clock.ts). */
  readonly readTwelveHoursOn?: true;
  /** Printed with no hour (`date +%M:%S.%3N`: `19:58.123`): the hour was taken from the nodes' lines (hourless-record.ts). */
  readonly hourFromNodes?: true;
  /**
   * Where in the paste the zoned time a plain `date` of the same shell printed starts, when this zone-less time was read
   * on its date and on its clock (date-output.ts readInShellZone).
   */
  readonly shellZoneAt?: number;
  /** The name of several zones a record printed (`IST`), read in the offset the same shell's date showed (shellZoneAt). */
  readonly zoneName?: string;
  /** Printed in UTC (`date -u`, `TZ=UTC date`) and read on that shell's clock: `dayMs` is the shell's wall clock. */
  readonly printedInUtc?: true;
  /**
   * The UTC offset (minutes east) the wall clock of a stamp that writes no date is in, when known (then `zoned` too): a
   * time of day printed with its zone (`date +%T.%3N%z`'s `15:03:11.087+0100`), or one the paste shows for lines that
   * print none (`journalctl --utc`'s `Dec 02 14:03:11.088514`: shown-zones.ts). Dated zoned stamps keep theirs in `ms`.
   */
  readonly offsetMin?: number;
  /**
   * Where the paste showed the zone this zone-less stamp was read in (shown-zones.ts), and by what: a command stating it
   * (`journalctl --utc`), the host shell's own date, or a date run in a container.
   */
  readonly shownZone?: { readonly at: number; readonly by: 'command' | 'shell' | 'container' };
  /** Offset just after the timestamp in the scanned string. */
  readonly end: number;
}

/** One day in ms: the one definition the clock code shares. */
export const DAY_MS = 86_400_000;
/** Days before each month in a non-leap year. */
const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const digitAt = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

// Value of exactly n digits at i, or -1.
function digits(s: string, i: number, n: number): number {
  let value = 0;
  for (let k = 0; k < n; k++) {
    const d = digitAt(s, i + k);
    if (d < 0) return -1;
    value = value * 10 + d;
  }
  return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm; integer math, no Date).
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The proleptic Gregorian date of a day number (inverse of daysFromCivil). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

const yearMsOf = (month: number, day: number, dayMs: number): number => (MONTH_START[month - 1]! + day - 1) * DAY_MS + dayMs;

// A space, a tab or the end of the text (NaN).
const isGapOrEnd = (c: number): boolean => c === 32 || c === 9 || Number.isNaN(c);

const precisionOf = (fractionDigits: number): number => (fractionDigits >= 6 ? 0.001 : 10 ** (3 - fractionDigits));

interface Clock {
  dayMs: number;
  fractionDigits: number;
  end: number;
  /** Set when coarser than whole seconds (time.Kitchen's minutes). */
  precisionMs?: number;
  /** Stamp.nanos: the fraction's ns past its µs, when not 0. */
  nanos?: number;
  /** Stamp.literalN: BSD date's `.N` / `.3N` stood where the fraction would. */
  literalN?: true;
}

// `stamp` with what its clock marks besides the time: the ns its fraction wrote past the µs (Stamp.nanos), BSD date's
// literal `N` (Stamp.literalN); most stamps have neither and keep their shape.
function withClockMarks<T extends Stamp>(stamp: T, { nanos, literalN }: Pick<Clock, 'nanos' | 'literalN'>): T {
  if (nanos !== undefined && nanos !== 0) (stamp as { nanos?: number }).nanos = nanos;
  if (literalN === true) (stamp as { literalN?: true }).literalN = true;
  return stamp;
}

// `H:MM:SS`, `HH:MM:SS`, optional `.f` or `,f` with 1-12 digits (kept to µs; Haskell's `show UTCTime` writes up to 12), or `:mmm`.
function parseClock(s: string, i: number, limit: number): Clock | undefined {
  let hour = digits(s, i, 2);
  let p = i + 2;
  if (hour < 0) {
    hour = digits(s, i, 1);
    p = i + 1;
  }
  if (hour < 0 || hour > 23 || s.charCodeAt(p) !== 58 /* : */) return undefined;
  const minute = digits(s, p + 1, 2);
  if (minute < 0 || minute > 59 || s.charCodeAt(p + 3) !== 58) return parseUnpaddedClock(s, p, hour);
  const second = digits(s, p + 4, 2);
  if (second < 0 || second > 60) return parseUnpaddedClock(s, p, hour);
  p += 6;
  let micros = 0;
  let nanos = 0;
  let fractionDigits = 0;
  const sep = s.charCodeAt(p);
  // A C printf's `%02d:%02d:%02d:%03ld`: `12:30:44:518`, milliseconds after a colon (exactly three digits).
  const colonMillis = sep === 58 && digits(s, p + 1, 3) >= 0 && digitAt(s, p + 4) < 0 && s.charCodeAt(p + 4) !== 58;
  // A C strftime's seconds then its ms as a field of their own, in the stamp's closing bracket (`[%H:%M:%S %03ld]`:
  // `[08:36:02 215]`, adv54i-10): exactly three digits, then the bracket.
  const spaceMillis = sep === 32 && digits(s, p + 1, 3) >= 0 && s.charCodeAt(p + 4) === 93;
  // BSD/macOS `date +%T.%N` prints `%N` as a literal `N`, and `%3N` as `3N`; busybox's keeps the `%` (`.%N`, `.%3N`):
  // `16:08:41.N`, `15:19:58.3N`, `08:13:44.%N` are times in whole seconds.
  const q = sep === 46 && s.charCodeAt(p + 1) === 37 ? p + 1 : p;
  const literalN = sep === 46 ? (s.charCodeAt(q + 1) === 78 ? q + 1 : digitAt(s, q + 1) > 0 && s.charCodeAt(q + 2) === 78 ? q + 2 : -1) : -1;
  const readsLiteralN = literalN > 0 && !isAsciiLetter(s.charCodeAt(literalN + 1)) && !isAsciiDigit(s.charCodeAt(literalN + 1)) && s.charCodeAt(literalN + 1) !== 95;
  if (readsLiteralN) {
    p = literalN + 1;
  } else if (((sep === 46 /* . */ || sep === 44) /* , */ && digitAt(s, p + 1) >= 0) || colonMillis || spaceMillis) {
    p++;
    while (p < limit && fractionDigits < 12) {
      const d = digitAt(s, p);
      if (d < 0) break;
      if (fractionDigits < 6) micros = micros * 10 + d;
      else if (fractionDigits < 9) nanos = nanos * 10 + d;
      fractionDigits++;
      p++;
    }
    for (let k = fractionDigits; k < 6; k++) micros *= 10;
    for (let k = Math.max(fractionDigits, 6); k < 9; k++) nanos *= 10;
  }
  const next = s.charCodeAt(p);
  // A letter between the fraction's digits (`18:06:00.2A9`, `59.9S7`: a screenshot's text recognition misreading a
  // digit, adv67g-39/-11): the fraction is not readable, and its first digits alone would be another time.
  if (fractionDigits > 0 && isAsciiLetter(next) && isAsciiDigit(s.charCodeAt(p + 1))) return undefined;
  // `12:30:01:5`, `12:30:011`; a colon that ends the time (pm2's `--time` prefix `2026-11-30T14:03:11: `) is no digit of it.
  if ((next >= 48 && next <= 57) || (next === 58 && !isGapOrEnd(s.charCodeAt(p + 1)))) return undefined;
  // A 12-hour clock: `11:59:53.680 PM`, `12:00:00 AM` (midnight), dotted `11:59:59.880 p.m.`, Spanish locales' spaced
  // `12:59:59,979 p. m.` (glibc's es_ES/es_MX `%p`, adv55i-31).
  if (next === 32 && hour >= 1 && hour <= 12) {
    const a = s.charCodeAt(p + 1) | 0x20;
    if (a === 97 || a === 112) {
      const spaced = s.charCodeAt(p + 2) === 46 && s.charCodeAt(p + 3) === 32 && s.charCodeAt(p + 5) === 46;
      const dotted = !spaced && s.charCodeAt(p + 2) === 46 && s.charCodeAt(p + 4) === 46;
      const m = spaced ? p + 4 : dotted ? p + 3 : p + 2;
      const after = s.charCodeAt(m + (spaced || dotted ? 2 : 1)) | 0x20;
      if ((s.charCodeAt(m) | 0x20) === 109 && !(after >= 97 && after <= 122)) {
        hour = (hour % 12) + (a === 112 ? 12 : 0);
        p = m + (spaced || dotted ? 2 : 1);
      }
    }
  }
  const clock: Clock = { dayMs: ((hour * 60 + minute) * 60 + second) * 1000 + micros / 1000, fractionDigits, end: p };
  if (nanos !== 0) clock.nanos = nanos;
  if (readsLiteralN) clock.literalN = true;
  return clock;
}

/**
 * C's unpadded `%d:%d:%d.%03ld` (`11:20:8.412`, `9:5:3.007`): a minute or second of one digit, read only with exactly
 * three digits of ms after it and no digit, `:` or `.` next, the one form no version number or ratio takes. `p`: the
 * colon after the hour.
 */
function parseUnpaddedClock(s: string, p: number, hour: number): Clock | undefined {
  let q = p + 1;
  const minuteDigits = digitAt(s, q + 1) >= 0 ? 2 : 1;
  const minute = digits(s, q, minuteDigits);
  q += minuteDigits;
  if (minute < 0 || minute > 59 || s.charCodeAt(q) !== 58) return undefined;
  const secondDigits = digitAt(s, q + 2) >= 0 ? 2 : 1;
  const second = digits(s, q + 1, secondDigits);
  q += 1 + secondDigits;
  if (second < 0 || second > 59 || (minuteDigits === 2 && secondDigits === 2) || s.charCodeAt(q) !== 46) return undefined;
  const millis = digits(s, q + 1, 3);
  const after = s.charCodeAt(q + 4);
  if (millis < 0 || (after >= 48 && after <= 57) || after === 58 || after === 46) return undefined;
  return { dayMs: ((hour * 60 + minute) * 60 + second) * 1000 + millis, fractionDigits: 3, end: q + 4 };
}

// Go's time.Kitchen `3:04PM` (zerolog's console default), also `3:04 PM`: minutes only (precision 60 s).
function parseKitchenClock(s: string, i: number): Clock | undefined {
  let hour = digits(s, i, 2);
  let p = i + 2;
  if (hour < 0) {
    hour = digits(s, i, 1);
    p = i + 1;
  }
  if (hour < 1 || hour > 12 || s.charCodeAt(p) !== 58) return undefined;
  const minute = digits(s, p + 1, 2);
  if (minute < 0 || minute > 59) return undefined;
  p += 3;
  if (s.charCodeAt(p) === 32) p++;
  const a = s.charCodeAt(p) | 0x20;
  const after = s.charCodeAt(p + 2) | 0x20;
  if ((a !== 97 && a !== 112) || (s.charCodeAt(p + 1) | 0x20) !== 109 || (after >= 97 && after <= 122)) return undefined;
  hour = (hour % 12) + (a === 112 ? 12 : 0);
  return { dayMs: (hour * 60 + minute) * 60_000, fractionDigits: 0, end: p + 2, precisionMs: 60_000 };
}

/**
 * Zone abbreviations read as a UTC offset (minutes east): those the tz database uses with one offset only in
 * 2020-2026 (checked with Python's zoneinfo over every zone). US ones are among them except PST (also
 * Asia/Manila's) and CST/CDT (also China's and Cuba's). Ambiguous ones are never guessed: see AMBIGUOUS_ZONES.
 */
const ZONE_OFFSETS_MIN: ReadonlyMap<string, number> = new Map([
  ['UTC', 0], ['UT', 0], ['GMT', 0], ['Z', 0], ['WET', 0], ['WEST', 60], ['BST', 60], ['CET', 60], ['CEST', 120],
  ['MET', 60], ['MEST', 120], ['EET', 120], ['EEST', 180], ['MSK', 180], ['SAST', 120],
  ['EST', -300], ['EDT', -240], ['MST', -420], ['MDT', -360], ['PDT', -420], ['AKST', -540], ['AKDT', -480], ['HST', -600],
  ['JST', 540], ['KST', 540], ['HKT', 480], ['AWST', 480], ['ACST', 570], ['ACDT', 630], ['AEST', 600], ['AEDT', 660],
  ['NZST', 720], ['NZDT', 780],
]);
/** Abbreviations the tz database uses for several offsets (IST: India, Ireland, Israel; CST: US, China, Cuba; PST: US, Philippines). */
const AMBIGUOUS_ZONES: ReadonlySet<string> = new Set(['IST', 'CST', 'CDT', 'PST']);

/** A zone's abbreviation (`UTC`, `GMT`, `CET`, `IST`): one the stamp parser reads after a time, known or ambiguous. */
export const isZoneAbbreviation = (word: string): boolean => ZONE_OFFSETS_MIN.has(word) || AMBIGUOUS_ZONES.has(word);

// A unit or a count's noun after a signed number (`+10 ms`, `-12 dBm`, `+3 %`): the number is no zone.
const UNIT_AFTER = /[ \t]+(?:%|(?:ms|s|secs?|seconds?|µs|us|ns|mins?|minutes?|h|hrs?|hours?|days?|dBm?|x|entries|lines?|more)(?![\p{L}\d_]))/uy;

// glibc's `%Z` for a zone the tz database gives no letters (America/Sao_Paulo's ` -03`, Asia/Dubai's ` +04`,
// Asia/Kathmandu's ` +0545`): a space, a sign, the hours (at most 14) and maybe the minutes, then nothing glued to
// them and no unit after them (`+10 ms` is a count). Minutes east of UTC.
function parseNumericZoneName(s: string, p: number): { offsetMin: number; end: number } | undefined {
  const sign = s.charCodeAt(p + 1);
  const hours = digits(s, p + 2, 2);
  if ((sign !== 43 && sign !== 45) || hours < 0 || hours > 14) return undefined;
  const minutes = digits(s, p + 4, 2);
  const end = minutes >= 0 ? p + 6 : p + 4;
  const after = s.charCodeAt(end);
  if (minutes > 59 || !(Number.isNaN(after) || after === 32 || after === 9 || after === 93 || after === 41 || after === 124)) return undefined;
  UNIT_AFTER.lastIndex = end;
  if (UNIT_AFTER.test(s)) return undefined;
  const offset = hours * 60 + Math.max(0, minutes);
  return { offsetMin: sign === 45 ? -offset : offset, end };
}

// ` UTC`, ` CET` after a time: 1-4 capital letters ending the word (or a numeric one, ` -03`: parseNumericZoneName).
// Known → offset; ambiguous → `ambiguous`.
function parseZoneName(s: string, p: number): { offsetMin: number; end: number } | { ambiguous: string; end: number } | undefined {
  const first = s.charCodeAt(p + 1);
  if (first === 43 || first === 45) return parseNumericZoneName(s, p);
  let q = p + 1;
  while (q - p <= 5 && s.charCodeAt(q) >= 65 && s.charCodeAt(q) <= 90) q++;
  const after = s.charCodeAt(q);
  if (q === p + 1 || q - p > 5 || (after >= 97 && after <= 122) || (after >= 48 && after <= 57) || after === 95) return undefined;
  const name = s.slice(p + 1, q);
  const offsetMin = ZONE_OFFSETS_MIN.get(name);
  if (offsetMin !== undefined) return { offsetMin, end: q };
  return AMBIGUOUS_ZONES.has(name) ? { ambiguous: name, end: q } : undefined;
}

// `Z`, `+01:00`, `+0100`, `+01`, optionally after one space (`… 19:30:01 +0100`), or a zone abbreviation after a
// space (`… 19:30:01.123 CET`). Minutes east of UTC.
function parseZone(s: string, p: number): { offsetMin: number; end: number } | { ambiguous: string; end: number } | undefined {
  const c = s.charCodeAt(p);
  if (c === 90 || c === 122) return { offsetMin: 0, end: p + 1 }; // Z z
  let q = p;
  let sign = c;
  if (c === 32) {
    sign = s.charCodeAt(p + 1);
    if ((sign >= 65 && sign <= 90) || ((sign === 43 || sign === 45) && digits(s, p + 2, 4) < 0)) return parseZoneName(s, p);
    if (sign !== 43 && sign !== 45) return undefined;
    q = p + 1;
  }
  if (sign !== 43 && sign !== 45) return undefined;
  const hours = digits(s, q + 1, 2);
  if (hours < 0 || hours > 14) return undefined;
  let end = q + 3;
  let minutes = 0;
  if (s.charCodeAt(end) === 58 && digits(s, end + 1, 2) >= 0) {
    minutes = digits(s, end + 1, 2);
    end += 3;
  } else if (digits(s, end, 2) >= 0) {
    minutes = digits(s, end, 2);
    end += 2;
  }
  if (digitAt(s, end) >= 0) return undefined;
  const offset = hours * 60 + minutes;
  return { offsetMin: sign === 45 ? -offset : offset, end };
}

/**
 * The zone written right after a time ending at `p` (`+0100`, `+01:00`, `Z`, ` CET`; parseZone): its offset in
 * minutes east and where it ends, `ambiguous` for an abbreviation of several zones (` IST`), or undefined.
 */
export const readZoneAfter = (s: string, p: number): { offsetMin: number; end: number } | { ambiguous: string; end: number } | undefined => parseZone(s, p);

// A calendar date and a clock as one absolute stamp; `offsetMin`: the zone offset the text stated, if any.
function dateClockStamp(year: number, month: number, day: number, clock: Clock, format: TimestampFormat, offsetMin?: number, end = clock.end): Stamp {
  return withClockMarks({
    kind: 'absolute',
    ms: daysFromCivil(year, month, day) * DAY_MS + clock.dayMs - (offsetMin ?? 0) * 60_000,
    dayMs: clock.dayMs,
    yearMs: yearMsOf(month, day, clock.dayMs),
    precisionMs: precisionOf(clock.fractionDigits),
    format,
    zoned: offsetMin !== undefined,
    end,
  }, clock);
}

/** `2026-11-26T19:30:01.123Z`, `2026-11-26 19:30:01,123`, `2026/11/26 19:30:01.123456`: exported for the test above. */
export function parseDateTime(s: string, i: number, limit: number): Stamp | undefined {
  const year = digits(s, i, 4);
  const sep = s.charCodeAt(i + 4);
  const month = digits(s, i + 5, 2);
  const day = digits(s, i + 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || s.charCodeAt(i + 7) !== sep) return undefined;
  const t = s.charCodeAt(i + 10);
  if (t !== 84 && t !== 116 && t !== 32 && t !== 95) return undefined; // T t space _
  const clock = parseClock(s, i + 11, limit);
  if (!clock || clock.dayMs < 0) return undefined;
  const zone = parseZone(s, clock.end);
  const format = sep === 47 ? 'go' : t === 32 && s.charCodeAt(i + 19) === 44 ? 'python' : 'iso-8601';
  const offsetMin = zone !== undefined && 'offsetMin' in zone ? zone.offsetMin : undefined;
  let end = zone ? zone.end : clock.end;
  // Python logging with a `datefmt` ending in `%z` and the format's `.%(msecs)03d` after it:
  // `2026-11-30T15:03:11+0100.291` — the milliseconds follow the zone. Only after `%z`'s `±hhmm` and with no `,` after
  // them (`…Z,404,GET` is a CSV row's next field).
  const zoneText = zone === undefined ? '' : s.slice(clock.end, end);
  const afterZone = offsetMin !== undefined && clock.fractionDigits === 0 && /^[+-]\d{4}$/.test(zoneText) ? s.charCodeAt(end) : 0;
  if ((afterZone === 46 || afterZone === 44) && digits(s, end + 1, 3) >= 0 && digitAt(s, end + 4) < 0 && s.charCodeAt(end + 4) !== 44) {
    clock.dayMs += digits(s, end + 1, 3);
    clock.fractionDigits = 3;
    end += 4;
  }
  const stamp = dateClockStamp(year, month, day, clock, format, offsetMin, end);
  return zone !== undefined && 'ambiguous' in zone ? { ...stamp, ambiguousZone: zone.ambiguous } : stamp;
}

// Two digits at i as a number, or -1.
const twoDigits = (s: string, i: number): number => {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};

/**
 * parseDateTime's reading of the commonest event stamp, a dashed date and a clock to the ms (`2026-11-26T19:30:01.123Z`,
 * `2026-11-26 19:30:01,123 INFO`), without its general steps; undefined when `s[i]` starts no such stamp, or one whose
 * reading needs them (a 12-hour clock's AM/PM, a colon after the ms): parseDateTime decides those. Exported for the
 * test that it reads every stamp as parseDateTime does.
 */
export function parseMillisDateTime(s: string, i: number, limit: number): Stamp | undefined {
  const t = s.charCodeAt(i + 10);
  const dot = s.charCodeAt(i + 19);
  if (limit < i + 23 || s.charCodeAt(i + 4) !== 45 || s.charCodeAt(i + 7) !== 45 || (t !== 84 && t !== 32) || s.charCodeAt(i + 13) !== 58 || s.charCodeAt(i + 16) !== 58 || (dot !== 46 && dot !== 44)) return undefined;
  const century = twoDigits(s, i);
  const yearOf = twoDigits(s, i + 2);
  const month = twoDigits(s, i + 5);
  const day = twoDigits(s, i + 8);
  const hour = twoDigits(s, i + 11);
  const minute = twoDigits(s, i + 14);
  const second = twoDigits(s, i + 17);
  const centis = twoDigits(s, i + 20);
  const milli = s.charCodeAt(i + 22) - 48;
  const next = s.charCodeAt(i + 23);
  if (century < 0 || yearOf < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return undefined;
  if (centis < 0 || milli < 0 || milli > 9 || (next >= 48 && next <= 57) || next === 58) return undefined;
  // A letter between digits (`.123Z5`): parseDateTime's misread digit.
  if (isAsciiLetter(next) && isAsciiDigit(s.charCodeAt(i + 24))) return undefined;
  if (next === 32 && hour >= 1 && hour <= 12) {
    const a = s.charCodeAt(i + 24) | 0x20;
    if (a === 97 || a === 112) return undefined;
  }
  const dayMs = ((hour * 60 + minute) * 60 + second) * 1000 + centis * 10 + milli;
  // `Z` (most ISO stamps) read here: no zone object to make.
  const utc = next === 90 || next === 122;
  const zone = utc ? undefined : parseZone(s, i + 23);
  const offsetMin = utc ? 0 : zone !== undefined && 'offsetMin' in zone ? zone.offsetMin : undefined;
  const stamp: Stamp = {
    kind: 'absolute',
    ms: daysFromCivil(century * 100 + yearOf, month, day) * DAY_MS + dayMs - (offsetMin ?? 0) * 60_000,
    dayMs,
    yearMs: yearMsOf(month, day, dayMs),
    precisionMs: 1,
    format: t === 32 && dot === 44 ? 'python' : 'iso-8601',
    zoned: offsetMin !== undefined,
    end: utc ? i + 24 : zone === undefined ? i + 23 : zone.end,
  };
  return zone !== undefined && 'ambiguous' in zone ? { ...stamp, ambiguousZone: zone.ambiguous } : stamp;
}

/**
 * End of a relative stamp at `s[i]` (`[ 88419.530]`, `[+5.400s]`, `[+  2.401s]`: a bracket, spaces, an optional `+` and spaces, seconds with
 * 3-9 fraction digits, an optional `s`, the closing bracket; `[41536.208ms]`: ms with 1-6 fraction digits, no `+`),
 * or -1. Cheap enough for the head scan.
 */
export function findRelativeStampEnd(s: string, i: number, limit: number): number {
  if (s.charCodeAt(i) !== 91) return -1;
  let p = i + 1;
  while (p < limit && s.charCodeAt(p) === 32) p++;
  const plus = s.charCodeAt(p) === 43;
  if (plus) p++;
  // A printf width after the sign (`[+  2.401s]`, `%+8.3f`-style padding).
  if (plus) while (p < limit && p - i < 10 && s.charCodeAt(p) === 32) p++;
  const whole = p;
  while (p < limit && p - whole < 10 && digitAt(s, p) >= 0) p++;
  if (p === whole || p - whole >= 10 || s.charCodeAt(p) !== 46) return -1;
  const fraction = ++p;
  while (p < limit && p - fraction < 10 && digitAt(s, p) >= 0) p++;
  if (!plus && p - fraction >= 1 && p - fraction <= 6 && s.charCodeAt(p) === 109 && s.charCodeAt(p + 1) === 115) return s.charCodeAt(p + 2) === 93 ? p + 3 : -1; // ms]
  if (p - fraction < 3 || p - fraction > 9) return -1;
  if (s.charCodeAt(p) === 115) p++; // s
  return s.charCodeAt(p) === 93 ? p + 1 : -1;
}

// `[ 88419.530]` (monotonic), `[+5.400s]` (relative), `[41536.208ms]` (uptime): see the header comment.
function parseRelative(s: string, i: number, limit: number): Stamp | undefined {
  const end = findRelativeStampEnd(s, i, limit);
  if (end < 0) return undefined;
  let p = i + 1;
  while (s.charCodeAt(p) === 32) p++;
  const plus = s.charCodeAt(p) === 43;
  if (plus) p++;
  if (plus) while (s.charCodeAt(p) === 32) p++;
  let whole = 0;
  while (digitAt(s, p) >= 0) whole = whole * 10 + digitAt(s, p++);
  p++;
  let micros = 0;
  let fractionDigits = 0;
  for (; digitAt(s, p) >= 0; p++, fractionDigits++) if (fractionDigits < 6) micros = micros * 10 + digitAt(s, p);
  for (let k = fractionDigits; k < 6; k++) micros *= 10;
  if (s.charCodeAt(end - 2) === 115 && s.charCodeAt(end - 3) === 109) {
    // `[41536.208ms]`: JavaScript's `performance` clock's `now()` (Deno, Node, a browser), ms since the writing process started.
    const ms = whole + micros / 1e6;
    return { kind: 'relative', ms, dayMs: ms, yearMs: ms, precisionMs: precisionOf(fractionDigits + 3), format: 'uptime', zoned: false, end };
  }
  const ms = whole * 1000 + micros / 1000;
  const format = plus || s.charCodeAt(end - 2) === 115 ? 'relative' : 'monotonic';
  return { kind: 'relative', ms, dayMs: ms, yearMs: ms, precisionMs: precisionOf(fractionDigits), format, zoned: false, end };
}

// tracing-subscriber's `.with_timer(Uptime)`: `14.881046213s` (seconds, 3-9 fraction digits, `s`, then a space or the end).
function parseUptime(s: string, i: number, limit: number): Stamp | undefined {
  let p = i;
  let seconds = 0;
  while (p < limit && p - i < 10 && digitAt(s, p) >= 0) seconds = seconds * 10 + digitAt(s, p++);
  if (p - i >= 10 || s.charCodeAt(p) !== 46) return undefined;
  const fraction = ++p;
  let micros = 0;
  while (p < limit && p - fraction < 10 && digitAt(s, p) >= 0) {
    if (p - fraction < 6) micros = micros * 10 + digitAt(s, p);
    p++;
  }
  const fractionDigits = p - fraction;
  if (fractionDigits < 3 || fractionDigits > 9 || s.charCodeAt(p) !== 115) return undefined;
  const after = s.charCodeAt(p + 1);
  if (p + 1 < limit && after !== 32 && after !== 9) return undefined;
  for (let k = Math.min(fractionDigits, 6); k < 6; k++) micros *= 10;
  const ms = seconds * 1000 + micros / 1000;
  return { kind: 'relative', ms, dayMs: ms, yearMs: ms, precisionMs: precisionOf(fractionDigits), format: 'uptime', zoned: false, end: p + 1 };
}

/**
 * The whole number at `s[i]` (digits up to a space or tab) as ms on a relative clock: Python logging's
 * `%(relativeCreated)7d`. A bare number is only a time when the whole paste proves it (scan-lines.ts decides); undefined
 * when `s[i]` starts no such number.
 */
export function readRelativeMs(s: string, i: number, limit: number): Stamp | undefined {
  let p = i;
  let ms = 0;
  while (p < limit && p - i < 10 && digitAt(s, p) >= 0) ms = ms * 10 + digitAt(s, p++);
  const after = s.charCodeAt(p);
  if (p === i || p - i >= 10 || (after !== 32 && after !== 9)) return undefined;
  return { kind: 'relative', ms, dayMs: ms, yearMs: ms, precisionMs: 1, format: 'relative-ms', zoned: false, end: p };
}

/**
 * A numeric date `dd/dd/yyyy` or `dd.dd.yyyy` and a clock: `11/29/2026 11:59:53.680 PM` (US month/day/year, usually
 * with a 12-hour clock) or `01/12/2026 11:27:09,118`, `01.12.2026 11:27:09.118` (day/month/year, most of the world).
 * `dayFirst` says which; undefined reads month first unless only day first is a valid date (`29/11/2026`), `.` the
 * other way round. One stamp cannot tell `01/12` apart: the paste decides (decideDayFirst in scan-lines.ts).
 */
export function parseNumericDateTime(s: string, i: number, limit: number, dayFirst?: boolean): Stamp | undefined {
  // Either field may be unpadded (`12/3/2026, 9:55:07 AM`: JavaScript's toLocaleString, .NET's and PowerShell's US default).
  const firstDigits = digitAt(s, i + 1) >= 0 ? 2 : 1;
  const sep = s.charCodeAt(i + firstDigits);
  const secondAt = i + firstDigits + 1;
  const secondDigits = digitAt(s, secondAt + 1) >= 0 ? 2 : 1;
  const yearAt = secondAt + secondDigits + 1;
  const first = digits(s, i, firstDigits);
  const second = digits(s, secondAt, secondDigits);
  const year = digits(s, yearAt, 4);
  // A comma may follow the year (`12/3/2026, 9:55:07 AM`).
  const afterYear = s.charCodeAt(yearAt + 4) === 44 ? yearAt + 5 : yearAt + 4;
  if ((sep !== 47 && sep !== 46) || first < 1 || second < 1 || year < 0 || s.charCodeAt(yearAt - 1) !== sep || s.charCodeAt(afterYear) !== 32) return undefined;
  const validDayFirst = second <= 12 && first <= 31;
  const validMonthFirst = first <= 12 && second <= 31;
  const readDayFirst = dayFirst ?? (sep === 46 ? validDayFirst || !validMonthFirst : !validMonthFirst);
  if (readDayFirst ? !validDayFirst : !validMonthFirst) return undefined;
  // cmd's `%date% %time%` pads an hour below 10 with a space: `02.12.2026  9:41:07,12`.
  const at = s.charCodeAt(afterYear + 1) === 32 && digitAt(s, afterYear + 2) >= 0 && s.charCodeAt(afterYear + 3) === 58 ? afterYear + 2 : afterYear + 1;
  const clock = parseClock(s, at, limit);
  if (!clock) return undefined;
  return readDayFirst ? dateClockStamp(year, second, first, clock, 'day-first-date') : dateClockStamp(year, first, second, clock, 'us-date');
}

/** A numeric date's stamp read the other way round (`01/12/2026`: 12 January ⇄ 1 December); undefined when that reading is no date. */
export function swapDayMonth(stamp: Stamp): Stamp | undefined {
  if (stamp.format !== 'us-date' && stamp.format !== 'day-first-date') return undefined;
  const days = Math.round((stamp.ms - stamp.dayMs) / DAY_MS);
  const { year, month, day } = civilFromDays(days);
  if (day > 12) return undefined;
  const swapped = daysFromCivil(year, day, month);
  if (civilFromDays(swapped).day !== month) return undefined;
  return { ...stamp, ms: swapped * DAY_MS + stamp.dayMs, yearMs: yearMsOf(day, month, stamp.dayMs), format: stamp.format === 'us-date' ? 'day-first-date' : 'us-date' };
}

// `30-Nov-2026 12:52:31.704` (Tomcat's default), `1-Dec-2026::00:00:01.000001` (Erlang/OTP's legacy report head:
// the day unpadded, `::` before the time).
function parseDayMonthYear(s: string, i: number, limit: number): Stamp | undefined {
  const dayDigits = s.charCodeAt(i + 1) === 45 ? 1 : 2;
  const day = digits(s, i, dayDigits);
  let p = i + dayDigits;
  const month = MONTHS.indexOf(s.slice(p + 1, p + 4).toLowerCase()) + 1;
  if (day < 1 || day > 31 || month === 0 || s.charCodeAt(p + 4) !== 45) return undefined;
  const year = digits(s, p + 5, 4);
  p += 9;
  if (year < 0) return undefined;
  if (s.charCodeAt(p) === 58 && s.charCodeAt(p + 1) === 58) p += 2;
  else if (s.charCodeAt(p) === 32) p++;
  else return undefined;
  const clock = parseClock(s, p, limit);
  return clock && dateClockStamp(year, month, day, clock, 'day-month-year');
}

// A day, a month's word and a year, spaced, before the clock: log4j's `%d{DATE}` (`03 Dec 2026 11:20:08,412`), Redis's
// `30 Nov 2026 14:05:00.412`, a JDK locale's (`3 déc. 2026`, `03 dic 2026`; locale-months.ts).
const SPACED_DAY_MONTH_YEAR = /(\d{1,2}) (\p{L}{3,5})\.? (\d{4}) (?=\d)/uy;

// The spaced date at `i` (SPACED_DAY_MONTH_YEAR) and where its clock starts, or undefined.
function readSpacedDate(s: string, i: number): { year: number; month: number; day: number; end: number } | undefined {
  SPACED_DAY_MONTH_YEAR.lastIndex = i;
  const m = SPACED_DAY_MONTH_YEAR.exec(s);
  if (m === null) return undefined;
  const day = Number(m[1]);
  const month = monthOfWord(m[2]!.toLowerCase());
  return day >= 1 && day <= 31 && month > 0 ? { year: Number(m[3]), month, day, end: SPACED_DAY_MONTH_YEAR.lastIndex } : undefined;
}

/** Where the clock after a spaced `03 Dec 2026 ` date at `i` starts (SPACED_DAY_MONTH_YEAR), or -1. */
export const spacedDateEnd = (s: string, i: number): number => readSpacedDate(s, i)?.end ?? -1;

// The spaced date (readSpacedDate) and its clock.
function parseSpacedDayMonthYear(s: string, i: number, limit: number): Stamp | undefined {
  const date = readSpacedDate(s, i);
  const clock = date && parseClock(s, date.end, limit);
  return clock && dateClockStamp(date!.year, date!.month, date!.day, clock, 'day-month-year');
}

// `, tv_nsec: 91001877` / `, tv_usec = 94305` after a timespec's or timeval's seconds (group 1: `n` or `u`).
const TIMESPEC_PART = /, ?tv_([nu])sec ?[:=] ?(\d{1,9})(?!\d)/y;
function readTimespecPart(s: string, p: number, limit: number): { micros: number; nanos: number; end: number } | undefined {
  TIMESPEC_PART.lastIndex = p;
  const part = TIMESPEC_PART.exec(s);
  if (part === null || TIMESPEC_PART.lastIndex > limit || (part[1] === 'u' && part[2]!.length > 6)) return undefined;
  const count = Number(part[2]);
  return { micros: part[1] === 'n' ? Math.floor(count / 1000) : count, nanos: part[1] === 'n' ? count % 1000 : 0, end: TIMESPEC_PART.lastIndex };
}

// Whether the comma before `p` is epoch seconds' decimal comma (C's `printf("%.6f")` under a de/fr LC_NUMERIC:
// `1796316942,621573 [node1] …`): 1-9 digits, then a space or a tab (a CSV row's next field, `…,621573,node1`, and a
// JSON array's, `…,42]`, are no fraction).
function isDecimalComma(s: string, p: number, limit: number): boolean {
  let q = p;
  while (q < limit && q - p < 10 && digitAt(s, q) >= 0) q++;
  const after = s.charCodeAt(q);
  return q > p && q - p <= 9 && q < limit && (after === 32 || after === 9);
}

// 10 digits = seconds (optional fraction, or a timespec's tv_nsec after it), 13 = ms, 16 = µs, 19 = ns.
function parseEpoch(s: string, i: number, limit: number): Stamp | undefined {
  let n = 0;
  while (i + n < limit && n < 20 && digitAt(s, i + n) >= 0) n++;
  if (n !== 10 && n !== 13 && n !== 16 && n !== 19) return undefined;
  let p = i + n;
  let ms: number;
  let fractionDigits: number;
  let nanos = 0;
  if (n === 10) {
    ms = digits(s, i, 10) * 1000;
    fractionDigits = 0;
  } else {
    ms = digits(s, i, 13);
    // µs/ns: keep the first three extra digits as a fraction of a ms.
    ms += n > 13 ? digits(s, i + 13, 3) / 1000 : 0;
    if (n === 19) nanos = digits(s, i + 16, 3);
    fractionDigits = n === 13 ? 3 : 6;
  }
  if ((n === 10 || n === 13) && (s.charCodeAt(p) === 46 || (n === 10 && isDecimalComma(s, p + 1, limit))) && digitAt(s, p + 1) >= 0) {
    p++;
    let scale = n === 10 ? 100 : 0.1;
    let extra = 0;
    while (p < limit && digitAt(s, p) >= 0) {
      if (extra < (n === 10 ? 6 : 3)) {
        ms += digitAt(s, p) * scale;
        scale /= 10;
        extra++;
      } else if (extra < (n === 10 ? 9 : 6)) {
        nanos += digitAt(s, p) * 10 ** ((n === 10 ? 8 : 5) - extra);
        extra++;
      }
      p++;
    }
    fractionDigits = Math.min(6, n === 10 ? extra : 3 + extra);
    ms = Math.round(ms * 1000) / 1000;
  }
  // A timespec/timeval written as its fields: Rust's `SystemTime { tv_sec: 1796047391, tv_nsec: 91001877 }` (Debug),
  // gdb's `{tv_sec = 1796047391, tv_usec = 94305}`: the second's part is a count of ns or µs, not zero-padded.
  const part = n === 10 && fractionDigits === 0 && s.charCodeAt(p) === 44 ? readTimespecPart(s, p, limit) : undefined;
  if (part !== undefined) {
    ms = (ms * 1000 + part.micros) / 1000;
    nanos = part.nanos;
    fractionDigits = 6;
    p = part.end;
  }
  // Rust's Duration Debug of the time since UNIX_EPOCH (`[1796133933.10330194s]`): seconds with their unit.
  if (n === 10 && fractionDigits > 0 && s.charCodeAt(p) === 115 && !isAsciiWordChar(s.charCodeAt(p + 1))) p++;
  const next = s.charCodeAt(p);
  if (next === 58 || next === 45 || next === 47 || (next >= 65 && next <= 90) || (next >= 97 && next <= 122)) return undefined;
  const days = Math.floor(ms / DAY_MS);
  const dayMs = ms - days * DAY_MS;
  const { month, day } = civilFromDays(days);
  const format = n === 10 ? 'epoch-s' : n === 13 ? 'epoch-ms' : n === 16 ? 'epoch-us' : 'epoch-ns';
  return withClockMarks({ kind: 'absolute', ms, dayMs, yearMs: yearMsOf(month, day, dayMs), precisionMs: precisionOf(fractionDigits), format, zoned: true, end: p }, { nanos });
}

/**
 * An epoch-seconds stamp whose fraction `digits` (as written, `94305` of `.94305`) are C's unpadded tv_usec (`width` 6:
 * 94305 µs) or tv_nsec (9: `.5123456` is 5123456 ns), as decideUnpaddedFraction (scan-lines.ts) proved the paste writes
 * them; a full-width fraction, another format or no fraction is returned as it is.
 */
export function readUnpaddedFraction(stamp: Stamp, width: 6 | 9, digits: string): Stamp {
  if (stamp.format !== 'epoch-s' || digits.length === 0 || digits.length >= width) return stamp;
  const unitMs = 10 ** (3 - width);
  const fractionMs = Number(digits) * unitMs;
  const secondMs = Math.floor(stamp.ms / 1000) * 1000;
  const dayMs = Math.floor(stamp.dayMs / 1000) * 1000 + fractionMs;
  return { ...stamp, ms: secondMs + fractionMs, dayMs, yearMs: Math.floor(stamp.yearMs / 1000) * 1000 + fractionMs, precisionMs: unitMs, format: width === 6 ? 'epoch-s-usec' : 'epoch-s-nsec' };
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const FULL_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Where a full English weekday and its comma and space written at `s[i]` end (`Saturday, `, PowerShell's default
 * Get-Date), or -1: the one reading of it, for a time's parse and for a date's output line (scan-lines.ts).
 */
export function fullWeekdayCommaEnd(s: string, i: number): number {
  if (!isAsciiLetter(s.charCodeAt(i + 3)) || !WEEKDAYS.includes(s.slice(i, i + 3).toLowerCase())) return -1;
  const end = fullWordEnd(s, i, FULL_WEEKDAYS);
  return end > 0 && s.charCodeAt(end) === 44 && s.charCodeAt(end + 1) === 32 ? end + 2 : -1;
}

// Where one of `words` (lower case, English) written at `s[i]` in any case ends, or -1.
function fullWordEnd(s: string, i: number, words: readonly string[]): number {
  for (const word of words) if (s.length >= i + word.length && s.slice(i, i + word.length).toLowerCase() === word) return i + word.length;
  return -1;
}

// The year C's ctime()/asctime() and date(1) write after the time (`… 12:44:20 2026`, `… 12:44:20 UTC 2026`): a space,
// an optional zone abbreviation, 4 digits from 1970 to 2099, then no further digit or letter; undefined when there is none.
function readTrailingYear(s: string, p: number): { year: number; zone: ReturnType<typeof parseZoneName>; end: number } | undefined {
  if (s.charCodeAt(p) !== 32) return undefined;
  const zone = parseZoneName(s, p);
  const at = zone === undefined ? p : zone.end;
  const year = s.charCodeAt(at) === 32 ? digits(s, at + 1, 4) : -1;
  const after = s.charCodeAt(at + 5) | 0x20;
  if (year < 1970 || year > 2099 || (after >= 48 && after <= 57) || (after >= 97 && after <= 122)) return undefined;
  return { year, zone, end: at + 5 };
}

// C's `[%.24s.%03ld]`: ctime()'s text with the second's fraction glued after the year (`… 07:01:02 2026.545`, `… 2026,545`,
// µs `… 2026.545123`): the clock with that fraction (its digits give the precision); undefined when the clock wrote its
// own fraction or no digit follows the `.` (a year ending a sentence), or a letter or a 13th digit follows the digits.
function readFractionAfterYear(s: string, p: number, limit: number, clock: Clock): Clock | undefined {
  const sep = s.charCodeAt(p);
  if ((sep !== 46 && sep !== 44) || clock.fractionDigits > 0 || clock.literalN === true || digitAt(s, p + 1) < 0) return undefined;
  let q = p + 1;
  let micros = 0;
  let nanos = 0;
  for (; q < limit && q - p <= 12 && digitAt(s, q) >= 0; q++) {
    if (q - p <= 6) micros = micros * 10 + digitAt(s, q);
    else if (q - p <= 9) nanos = nanos * 10 + digitAt(s, q);
  }
  const fractionDigits = q - p - 1;
  if (isAsciiWordChar(s.charCodeAt(q))) return undefined;
  for (let k = fractionDigits; k < 6; k++) micros *= 10;
  for (let k = Math.max(fractionDigits, 6); k < 9; k++) nanos *= 10;
  const fractioned: Clock = { dayMs: clock.dayMs + micros / 1000, fractionDigits, end: q };
  if (nanos !== 0) fractioned.nanos = nanos;
  return fractioned;
}

// A JUL record head's month, day and year (`%1$tb %1$td, %1$tY `): `Dez. 03, 2026 `.
const LOCALIZED_JUL_HEAD = /(\p{L}{3,5})\.? (\d{2}), (\d{4}) /uy;

/**
 * Where the month of a java.util.logging record head in a student's locale ends (`Dez. 03, 2026 9:09:27 AM RaftNode
 * start`: the space after `Dez.`), or -1: SimpleFormatter's `%1$tb` is the JVM locale's abbreviation, and only the
 * record's `DD, YYYY` after it makes a month word a date.
 */
export function localizedJulMonthEnd(s: string, i: number): number {
  LOCALIZED_JUL_HEAD.lastIndex = i;
  const m = LOCALIZED_JUL_HEAD.exec(s);
  if (m === null || monthOfWord(m[1]!.toLowerCase()) === 0) return -1;
  return i + m[0].indexOf(' ');
}

// A JUL head's month: the JDK's abbreviation in the JVM's locale (locale-months.ts), or English.
const monthOfWord = (word: string): number => monthOfLocaleWord(word) || MONTHS.indexOf(word) + 1;

// `Dez. 03, 2026 9:09:27 AM` (localizedJulMonthEnd): the JUL head read as `Dec 03, 2026 9:09:27 AM` is.
function parseLocalizedJulHead(s: string, i: number, limit: number): Stamp | undefined {
  const monthEnd = localizedJulMonthEnd(s, i);
  if (monthEnd < 0) return undefined;
  const month = monthOfWord(s.slice(i, s.charCodeAt(monthEnd - 1) === 46 ? monthEnd - 1 : monthEnd).toLowerCase());
  const day = digits(s, monthEnd + 1, 2);
  const year = digits(s, monthEnd + 5, 4);
  const clock = day >= 1 && day <= 31 ? parseClock(s, monthEnd + 10, limit) : undefined;
  if (clock === undefined) return undefined;
  const ms = daysFromCivil(year, month, day) * DAY_MS + clock.dayMs;
  return withClockMarks({ kind: 'absolute', ms, dayMs: clock.dayMs, yearMs: yearMsOf(month, day, clock.dayMs), precisionMs: precisionOf(clock.fractionDigits), format: 'jul', zoned: false, end: clock.end }, clock);
}

// `Nov 26 19:30:01`, `Nov  6 19:30:01.123`; C's ctime()/asctime() and date(1) `Tue Dec  1 12:44:20 2026` (a weekday
// before, the year after: a full date).
function parseSyslog(s: string, i: number, limit: number): Stamp | undefined {
  if (s.charCodeAt(i + 3) === 32 && WEEKDAYS.includes(s.slice(i, i + 3).toLowerCase())) {
    // cmd's `echo %date% %time%` in en-US: `Sat 12/05/2026 11:00:41.33`, the weekday before a numeric date.
    const dated = isAsciiDigit(s.charCodeAt(i + 4)) ? parseTimestampAt(s, i + 4, limit) : parseSyslog(s, i + 4, limit);
    return dated?.kind === 'absolute' ? dated : undefined;
  }
  if (s.charCodeAt(i + 3) === 44 && s.charCodeAt(i + 4) === 32 && WEEKDAYS.includes(s.slice(i, i + 3).toLowerCase())) return parseRfc2822Date(s, i + 5, limit);
  // PowerShell's default Get-Date (en-US): `Saturday, December 5, 2026 4:49:57 PM`, a full weekday and month.
  const weekdayEnd = fullWeekdayCommaEnd(s, i);
  if (weekdayEnd > 0) {
    const dated = parseSyslog(s, weekdayEnd, limit);
    return dated?.kind === 'absolute' ? dated : undefined;
  }
  const month = MONTHS.indexOf(s.slice(i, i + 3).toLowerCase()) + 1;
  const monthEnd = month === 0 ? -1 : s.charCodeAt(i + 3) === 32 ? i + 3 : fullWordEnd(s, i, FULL_MONTHS);
  if (month === 0 || monthEnd < 0 || s.charCodeAt(monthEnd) !== 32) return parseLocalizedJulHead(s, i, limit);
  let p = monthEnd + 1;
  if (s.charCodeAt(p) === 32) p++;
  let day = digits(s, p, 2);
  if (day >= 0) p += 2;
  else {
    day = digits(s, p, 1);
    p += 1;
  }
  // java.util.logging's SimpleFormatter: `Nov 30, 2026 12:15:09 PM` (a record's first line).
  const year = s.charCodeAt(p) === 44 && s.charCodeAt(p + 1) === 32 && s.charCodeAt(p + 6) === 32 ? digits(s, p + 2, 4) : -1;
  if (year >= 0) p += 6;
  // Kibana's default date format: `Dec 3, 2026 @ 11:20:08.745`.
  if (year >= 0 && s.charCodeAt(p + 1) === 64 && s.charCodeAt(p + 2) === 32) p += 2;
  if (day < 1 || day > 31 || s.charCodeAt(p) !== 32) return undefined;
  // JavaScript's Date#toString: the year before the time (`Dec 03 2026 09:54:57 GMT+0000 …`).
  if (year < 0 && s.charCodeAt(p + 5) === 32 && digits(s, p + 1, 4) >= 1970) return parseJsDateString(s, i, limit);
  const clock = parseClock(s, p + 1, limit);
  if (!clock) return undefined;
  const yearMs = yearMsOf(month, day, clock.dayMs);
  if (year >= 0) {
    const ms = daysFromCivil(year, month, day) * DAY_MS + clock.dayMs;
    return withClockMarks({ kind: 'absolute', ms, dayMs: clock.dayMs, yearMs, precisionMs: precisionOf(clock.fractionDigits), format: 'jul', zoned: false, end: clock.end }, clock);
  }
  const trailing = readTrailingYear(s, clock.end);
  if (trailing !== undefined) {
    const zone = trailing.zone;
    const fractioned = readFractionAfterYear(s, trailing.end, limit, clock);
    const stamp = dateClockStamp(trailing.year, month, day, fractioned ?? clock, 'ctime', zone !== undefined && 'offsetMin' in zone ? zone.offsetMin : undefined, fractioned?.end ?? trailing.end);
    return zone !== undefined && 'ambiguous' in zone ? { ...stamp, ambiguousZone: zone.ambiguous } : stamp;
  }
  return withClockMarks({ kind: 'yearless', ms: yearMs, dayMs: clock.dayMs, yearMs, precisionMs: precisionOf(clock.fractionDigits), format: 'syslog', zoned: false, end: clock.end }, clock);
}

// RFC 2822's date after its weekday's `, ` (`i`): `03 Dec 2026 09:49:44 +0000`, `3 Dec 2026 09:49:44 GMT` (`date -R`,
// `date --rfc-email`, JavaScript's toUTCString, HTTP's Date), to the second, in the zone it must state (an offset or a
// name of one zone).
function parseRfc2822Date(s: string, i: number, limit: number): Stamp | undefined {
  let p = i + 2;
  let day = digits(s, i, 2);
  if (day < 0) [day, p] = [digits(s, i, 1), i + 1];
  if (day < 1 || day > 31 || s.charCodeAt(p) !== 32 || s.charCodeAt(p + 4) !== 32 || s.charCodeAt(p + 9) !== 32) return undefined;
  const month = MONTHS.indexOf(s.slice(p + 1, p + 4).toLowerCase()) + 1;
  const year = digits(s, p + 5, 4);
  const clock = month > 0 && year >= 1970 ? parseClock(s, p + 10, limit) : undefined;
  if (clock === undefined || s.charCodeAt(clock.end) !== 32) return undefined;
  const zone = parseZone(s, clock.end);
  if (zone === undefined || !('offsetMin' in zone) || zone.end > limit) return undefined;
  return dateClockStamp(year, month, day, clock, 'rfc-2822', zone.offsetMin, zone.end);
}

// The zone's name JavaScript's Date#toString writes after its offset, in the runtime's language: ` (Coordinated
// Universal Time)`, ` (Mitteleuropäische Normalzeit)`.
const JS_ZONE_NAME = / \(\p{L}[\p{L}\w .'+-]{0,60}\)/uy;

// JavaScript's Date#toString after its weekday (`i`): `Dec 03 2026 09:54:57 GMT+0000 (Coordinated Universal Time)`,
// to the second, zoned by its `GMT+hhmm` (the name after it, in the runtime's words, is decoration: read with it).
function parseJsDateString(s: string, i: number, limit: number): Stamp | undefined {
  const month = MONTHS.indexOf(s.slice(i, i + 3).toLowerCase()) + 1;
  const day = digits(s, i + 4, 2);
  const year = digits(s, i + 7, 4);
  if (month === 0 || s.charCodeAt(i + 3) !== 32 || day < 1 || day > 31 || s.charCodeAt(i + 6) !== 32 || year < 1970 || s.charCodeAt(i + 11) !== 32) return undefined;
  const clock = parseClock(s, i + 12, limit);
  if (clock === undefined) return undefined;
  const sign = s.charCodeAt(clock.end + 4);
  const zone = s.startsWith(' GMT', clock.end) && (sign === 43 || sign === 45) ? parseZone(s, clock.end + 4) : undefined;
  if (zone === undefined || !('offsetMin' in zone) || zone.end > limit) return dateClockStamp(year, month, day, clock, 'js-date');
  JS_ZONE_NAME.lastIndex = zone.end;
  const end = JS_ZONE_NAME.test(s) && JS_ZONE_NAME.lastIndex <= limit ? JS_ZONE_NAME.lastIndex : zone.end;
  return dateClockStamp(year, month, day, clock, 'js-date', zone.offsetMin, end);
}

// glog/klog: `I1126 19:30:01.123456`; glog >= 0.6 writes the year too (`I20261201 08:57:14.091873`): the severity
// letter glued to the date.
function parseGlog(s: string, i: number, limit: number): Stamp | undefined {
  const year = s.charCodeAt(i + 5) === 32 ? -1 : digits(s, i + 1, 4);
  const at = year < 0 ? i + 1 : i + 5;
  const month = digits(s, at, 2);
  const day = digits(s, at + 2, 2);
  if (month < 1 || month > 12 || day < 1 || day > 31 || s.charCodeAt(at + 4) !== 32) return undefined;
  const clock = parseClock(s, at + 5, limit);
  if (!clock) return undefined;
  const yearMs = yearMsOf(month, day, clock.dayMs);
  const precisionMs = precisionOf(clock.fractionDigits);
  if (year >= 0) return withClockMarks({ kind: 'absolute', ms: daysFromCivil(year, month, day) * DAY_MS + clock.dayMs, dayMs: clock.dayMs, yearMs, precisionMs, format: 'glog', zoned: false, end: clock.end }, clock);
  return withClockMarks({ kind: 'yearless', ms: yearMs, dayMs: clock.dayMs, yearMs, precisionMs, format: 'glog', zoned: false, end: clock.end }, clock);
}

const hexAt = (s: string, i: number): number => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
};

// Value of exactly n hex digits at i (n <= 8: exact as a double), or -1.
function hexDigits(s: string, i: number, n: number): number {
  let value = 0;
  for (let k = 0; k < n; k++) {
    const d = hexAt(s, i + k);
    if (d < 0) return -1;
    value = value * 16 + d;
  }
  return value;
}

/** The TAI64 label of 1970-01-01 00:00:00 UTC as daemontools, runit and s6 write it: 2^62 + 10 (TAI was 10 s ahead then). */
const TAI64_UNIX_EPOCH_LOW = 10;

/**
 * `@400000006b0e9a5a070d26cb`: a raw TAI64N label as `svlogd -t`, multilog's `t` and s6-log's `t` write it before each
 * line (`tai64nlocal` turns it into a date). The first 16 hex digits are the TAI64 label, 2^62 + seconds since
 * 1970-01-01 00:00:00 TAI; the last 8 the nanoseconds. daemontools and runit label the system clock's Unix seconds u
 * as 2^62 + 10 + u (their tai_now: no leap-second table) and their tai64nlocal undoes exactly that, so that is the
 * reading here: epoch ms = (label - 2^62 - 10) s + ns. A writer that does count leap seconds (s6 with skalibs'
 * default leap table) is 27 s later on this reading; only its difference to another clock in the paste would notice.
 * Labels outside 2^62 .. 2^62 + 2^32 (1970-2106) are refused.
 */
function parseTai64n(s: string, i: number): Stamp | undefined {
  if (s.charCodeAt(i) !== 64 || s.charCodeAt(i + 1) !== 52 || hexDigits(s, i + 2, 7) !== 0) return undefined; // @4, then 0000000
  const seconds = hexDigits(s, i + 9, 8) - TAI64_UNIX_EPOCH_LOW;
  const nanos = hexDigits(s, i + 17, 8);
  if (seconds < 0 || nanos < 0 || nanos > 999_999_999 || hexAt(s, i + 25) >= 0) return undefined;
  const fractionMs = Math.floor(nanos / 1000) / 1000;
  const days = Math.floor(seconds / 86_400);
  const dayMs = (seconds - days * 86_400) * 1000 + fractionMs;
  const ms = seconds * 1000 + fractionMs;
  const { month, day } = civilFromDays(days);
  return { kind: 'absolute', ms, dayMs, yearMs: yearMsOf(month, day, dayMs), precisionMs: 0.001, format: 'tai64n', zoned: true, end: i + 25 };
}

/**
 * logfmt's `mono=88213.604331` / `monotonic=…` (a C node's `clock_gettime(CLOCK_MONOTONIC)`): seconds since boot, one
 * clock for every process on the machine, the `monotonic` format of `[ 88419.530]`. The seconds need a fraction.
 */
function parseMonotonicField(s: string, i: number, limit: number): Stamp | undefined {
  let p = s.startsWith('mono=', i) ? i + 5 : s.startsWith('monotonic=', i) ? i + 10 : -1;
  if (p < 0) return undefined;
  const whole = p;
  let seconds = 0;
  while (p < limit && p - whole < 10 && digitAt(s, p) >= 0) seconds = seconds * 10 + digitAt(s, p++);
  if (p === whole || s.charCodeAt(p) !== 46) return undefined;
  const fraction = ++p;
  let micros = 0;
  for (; p < limit && digitAt(s, p) >= 0; p++) if (p - fraction < 6) micros = micros * 10 + digitAt(s, p);
  const fractionDigits = p - fraction;
  if (fractionDigits < 1 || fractionDigits > 9 || (p < limit && !isGapOrEnd(s.charCodeAt(p)))) return undefined;
  for (let k = fractionDigits; k < 6; k++) micros *= 10;
  const ms = seconds * 1000 + micros / 1000;
  return { kind: 'relative', ms, dayMs: ms, yearMs: ms, precisionMs: precisionOf(fractionDigits), format: 'monotonic', zoned: false, end: p };
}

/**
 * Parses a timestamp starting exactly at `s[i]` (not searching), reading no further than `limit`.
 * Returns undefined when there is none in a supported format.
 */
export function parseTimestampAt(s: string, i: number, limit: number = s.length): Stamp | undefined {
  const c = s.charCodeAt(i);
  if (c >= 48 && c <= 57) {
    const millis = parseMillisDateTime(s, i, limit);
    if (millis !== undefined) return millis;
    const dateSep = s.charCodeAt(i + 2);
    if ((dateSep === 47 || dateSep === 46) && s.charCodeAt(i + 5) === dateSep) return parseNumericDateTime(s, i, limit);
    // An unpadded month or day: `12/3/2026`, `1/12/2026`, `1/3/2026`.
    if (dateSep === 47 || s.charCodeAt(i + 1) === 47) {
      const numeric = parseNumericDateTime(s, i, limit);
      if (numeric) return numeric;
    }
    if ((s.charCodeAt(i + 2) === 45 || s.charCodeAt(i + 1) === 45) && (s.charCodeAt(i + 6) === 45 || s.charCodeAt(i + 5) === 45)) {
      const dated = parseDayMonthYear(s, i, limit);
      if (dated) return dated;
    }
    if (s.charCodeAt(i + 2) === 32 || s.charCodeAt(i + 1) === 32) {
      const spaced = parseSpacedDayMonthYear(s, i, limit);
      if (spaced) return spaced;
    }
    const sep = s.charCodeAt(i + 4);
    if ((sep === 45 || sep === 47) && digits(s, i, 4) >= 0) return parseDateTime(s, i, limit);
    const epoch = parseEpoch(s, i, limit);
    if (epoch) return epoch;
    const uptime = parseUptime(s, i, limit);
    if (uptime) return uptime;
    const clock = parseClock(s, i, limit) ?? parseKitchenClock(s, i);
    if (!clock) return undefined;
    return withClockMarks(
      {
        kind: 'time-of-day',
        ms: clock.dayMs,
        dayMs: clock.dayMs,
        yearMs: clock.dayMs,
        precisionMs: clock.precisionMs ?? precisionOf(clock.fractionDigits),
        format: 'time-of-day',
        zoned: false,
        end: clock.end,
      },
      clock,
    );
  }
  if (c === 73 || c === 87 || c === 69 || c === 70) {
    // I W E F
    if (digitAt(s, i + 1) >= 0) return parseGlog(s, i, limit);
  }
  if (c === 109 && s.charCodeAt(i + 2) === 110) {
    const mono = parseMonotonicField(s, i, limit);
    if (mono) return mono;
  }
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return parseSyslog(s, i, limit);
  if (c === 91) return parseRelative(s, i, limit);
  if (c === 64) return parseTai64n(s, i);
  return undefined;
}

/** A JSON number field (`"ts": 1732646400.123`) as epoch seconds, ms, µs or ns by magnitude. */
export function stampFromEpochNumber(value: number): Stamp | undefined {
  if (!Number.isFinite(value) || value <= 0) return undefined;
  let ms: number;
  let precisionMs: number;
  let format: TimestampFormat;
  if (value < 1e11) [ms, precisionMs, format] = [value * 1000, Number.isInteger(value) ? 1000 : 1, 'epoch-s'];
  else if (value < 1e14) [ms, precisionMs, format] = [value, 1, 'epoch-ms'];
  else if (value < 1e17) [ms, precisionMs, format] = [value / 1000, 0.001, 'epoch-us'];
  else [ms, precisionMs, format] = [value / 1e6, 0.001, 'epoch-ns'];
  ms = Math.round(ms * 1000) / 1000;
  const days = Math.floor(ms / DAY_MS);
  const dayMs = ms - days * DAY_MS;
  const { month, day } = civilFromDays(days);
  return { kind: 'absolute', ms, dayMs, yearMs: yearMsOf(month, day, dayMs), precisionMs, format, zoned: true, end: 0 };
}
