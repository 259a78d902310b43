// A kill record printed without its hour: `date +%M:%S.%3N; kill 4101` prints `19:58.123` (minute, second, ms). Beside
// nodes logging `15:19:58.1xx` it is 15:19:58.123, the one hour that puts it next to the nodes' own lines; with lines
// near it in two hours (a paste spanning an hour), or none near it in any, its hour cannot be told and it is no time.
import { readDateFormat } from './date-output.js';
import type { PasteLines } from './paste-lines.js';
import { DAY_MS, parseTimestampAt, type Stamp } from './parse-timestamp.js';
import { LINE_LOG, type LineTable } from './scan-lines.js';

const HOUR_MS = 3_600_000;
// How near a node line must be to the record's reading in an hour for that hour to be the record's: minutes, so a
// zone a quarter or half an hour off (`+05:30`, `+05:45`) puts no node line near it.
const NEAR_MS = 5 * 60_000;
// strftime's minute and second; any specifier that prints an hour or a whole time (`%H`, `%I`, `%k`, `%l`, `%T`, `%R`,
// `%r`, `%X`, `%c`, `%s`, `%+`).
const STRFTIME_MINUTE_SECOND = /%[-_0^#]?M:%[-_0^#]?S(?:[.,]%[-_0^#]?\d?N)?$/;
const STRFTIME_HOUR = /%[-_0^#]?\d{0,2}[HIklTRrXcs+]/;
const DOTNET_MINUTE_SECOND = /^mm:ss(?:[.,]f{1,7})?$/;
// What such a format prints: `19:58.123`, `19:58` (group 1 the minute, 2 the second, 3 the fraction).
const MINUTE_SECOND = /^(\d{2}):(\d{2})(?:[.,](\d{1,9}))?$/;

/** Whether the date `typed` runs prints the minute and second with no hour (`date +%M:%S.%3N`). */
export function printsHourlessClock(typed: string): boolean {
  const date = readDateFormat(typed);
  if (date === undefined) return false;
  if (date.kind === 'dotnet') return DOTNET_MINUTE_SECOND.test(date.format);
  return STRFTIME_MINUTE_SECOND.test(date.format) && !STRFTIME_HOUR.test(date.format);
}

/**
 * The time `output` (a minute:second record, `19:58.123`) stands for, on the hour that alone puts it within minutes of
 * the zone-less wall times `references` of the nodes' own lines (ms since midnight), as a time of day marked
 * Stamp.hourFromNodes; undefined when no hour or two hours do, or any reference is zoned (undefined in the list: the
 * record's zone is the shell's, theirs another).
 */
export function readHourlessRecord(output: string, references: readonly (number | undefined)[], end: number): Stamp | undefined {
  const m = MINUTE_SECOND.exec(output);
  if (m === null || Number(m[1]) > 59 || Number(m[2]) > 59) return undefined;
  const withinHourMs = Number(m[1]) * 60_000 + Number(m[2]) * 1000;
  let hour: number | undefined;
  for (const reference of references) {
    if (reference === undefined) return undefined;
    const nearest = Math.round((reference - withinHourMs) / HOUR_MS);
    const apart = Math.abs(reference - (nearest * HOUR_MS + withinHourMs));
    if (apart > NEAR_MS) continue;
    const h = ((nearest % 24) + 24) % 24;
    if (hour !== undefined && hour !== h) return undefined;
    hour = h;
  }
  if (hour === undefined) return undefined;
  const clock = `${String(hour).padStart(2, '0')}:${output}`;
  const stamp = parseTimestampAt(clock, 0, clock.length);
  if (stamp === undefined || stamp.kind !== 'time-of-day' || stamp.dayMs >= DAY_MS) return undefined;
  return { ...stamp, hourFromNodes: true, end };
}

/**
 * The wall times of the nodes' own timed lines (ms since midnight) as readHourlessRecord takes them: undefined for a
 * zoned one; relative clocks left out.
 */
export function readNodeWallTimes(lines: PasteLines, table: LineTable): (number | undefined)[] {
  const times: (number | undefined)[] = [];
  for (let k = 0; k < lines.count; k++) {
    const at = table.stampAt[k]!;
    if (at < 0 || table.nodes[k] === undefined || table.kinds[k] !== LINE_LOG) continue;
    const stamp = parseTimestampAt(lines.text, at, lines.ends[k]!);
    if (stamp === undefined || stamp.kind === 'relative') continue;
    times.push(stamp.zoned ? undefined : stamp.dayMs);
  }
  return times;
}
