// What a student's date command printed before a kill, read as that command prints it:
// - on a 12-hour clock with no AM/PM (`Get-Date -Format "hh:mm:ss.fff"`, `date +%I:%M:%S.%3N`) the time is known only
//   modulo 12 hours: `09:41:07.118` may be 21:41:07.118. Read as morning beside node logs on a 24-hour clock, every
//   detection sat half a day before the kill; it takes the reading next to the zone-less times of the nodes' own lines.
// - in the shell's zone: `$ date` shows it (`Wed Dec  2 09:47:12 EST 2026`), then `$ date +%T.%3N; kill -TERM 7101`
//   prints a bare `09:47:31.402` in that same zone. Beside nodes logging UTC with `Z`, read as UTC it put the kill five
//   hours off; it is read on the shown time's date, in its zone.
// - with its zone after it (`date +%T.%3N%z`'s `15:03:11.087+0100`, `date +'%T.%3N %Z'`'s `15:03:11.086 CET`): a time
//   of day in that zone. It was no record at all ("has no timestamp"); an abbreviation of several zones (`IST`) is kept
//   as such, never guessed.
import { COMMAND_KILL_PATTERN } from './default-patterns.js';
import type { MutableLogEvent } from './log-event.js';
import { DAY_MS, readZoneAfter, type Stamp } from './parse-timestamp.js';
import { PROMPT_SIGIL_GAP_SOURCE } from './shell-prompt.js';

const HALF_DAY_MS = DAY_MS / 2;

/**
 * The program that prints the time: `date`, by any path (`/bin/date`, `/opt/homebrew/bin/gdate`), macOS Homebrew
 * coreutils' `gdate` (BSD date has no `%N`). Every date regex (here and scan-lines.ts's) is built on it.
 */
export const DATE_PROGRAM = String.raw`(?:(?:/[\w.+-]{1,64}){0,8}/)?g?date`;

// A date command ended by `;` or `&&` (where a command starts), with its arguments: what times the command after it.
const DATE_THEN = new RegExp(String.raw`(?:^|[\s;&|(])${DATE_PROGRAM}(?:\s+[^\s;&|)]+){0,4}\s*(?:;|&&)`, 'g');
/**
 * The part of a typed command the date in it times: from the last `date …;` that a kill follows (adv61a-28/-50: `kill
 * -USR2 21271; sleep 0.020; date +%T.%3N; kill 21271` times the TERM, not the USR2 before the date). The whole command
 * when no date stands after another command.
 */
export function readTimedByDate(command: string): string {
  if (command.indexOf('date') < 0) return command;
  DATE_THEN.lastIndex = 0;
  let from = -1;
  for (let m = DATE_THEN.exec(command); m !== null; m = DATE_THEN.exec(command)) if (COMMAND_KILL_PATTERN.test(command.slice(m.index + m[0].length))) from = m.index;
  return from > 0 && COMMAND_KILL_PATTERN.test(command.slice(0, from)) ? command.slice(from) : command;
}

// strftime's 12-hour hour (`%I`, `%l`, with a flag or width: `%-I`, `%_l`) and its AM/PM (`%p`, `%P`, or `%r`, which holds it).
const STRFTIME_TWELVE_HOUR = /%[-_0^#]?\d{0,2}[Il]/;
const STRFTIME_AM_PM = /%[-_0^#]?\d{0,2}[pPr]/;
// `date …` where a command starts (a line's start, after a prompt, `;`, `&&`, `|`, `(`, a wrapper or a variable's
// setting, kept: `TZ=UTC date`; not a word of an echoed sentence) up to the end of its command: its arguments (the
// `+FORMAT`, `-u`).
const DATE_ARGUMENTS = new RegExp(String.raw`(?:^|[;&|(\`]|${PROMPT_SIGIL_GAP_SOURCE}|\b(?:sudo|env|exec|nohup|time)\s|(?:\bTZ=(\S*)|=\S*)\s)\s*${DATE_PROGRAM}((?:\s+[^\s;&|)\`]+)*)`);
/** A TZ value that is UTC (`TZ=UTC`, `TZ=:UTC`, `TZ=Etc/UTC`, `TZ=UTC0`, `TZ=GMT`). */
export const UTC_TZ = /^["']?:?(?:Etc\/)?(?:UTC|GMT|UCT|Zulu|Z)0?["']?$/i;
// PowerShell's `Get-Date`: `-UFormat` takes strftime's specifiers, `-Format` (`-f`) .NET's custom ones.
const GET_DATE_UFORMAT = /\bget-date\b[^;|\n]*?\s-uformat\s+(?:"([^"\n]*)"|'([^'\n]*)'|([^\s;|]+))/i;
const GET_DATE_FORMAT = /\bget-date\b[^;|\n]*?\s-f(?:ormat)?\s+(?:"([^"\n]*)"|'([^'\n]*)'|([^\s;|]+))/i;

/**
 * The format the date `command` runs prints with: strftime's (`date +FORMAT`, quotes dropped; `Get-Date -UFormat`) or
 * .NET's custom one (`Get-Date -Format`); undefined for a date with no format of its own.
 */
export function readDateFormat(command: string): { readonly kind: 'strftime' | 'dotnet'; readonly format: string } | undefined {
  const uformat = GET_DATE_UFORMAT.exec(command);
  if (uformat !== null) return { kind: 'strftime', format: uformat[1] ?? uformat[2] ?? uformat[3]! };
  const dotnet = GET_DATE_FORMAT.exec(command);
  if (dotnet !== null) return { kind: 'dotnet', format: dotnet[1] ?? dotnet[2] ?? dotnet[3]! };
  const args = DATE_ARGUMENTS.exec(command)?.[2];
  const plus = args === undefined ? -1 : args.indexOf('+');
  return plus < 0 ? undefined : { kind: 'strftime', format: args!.slice(plus + 1).replace(/["']/g, '').trim() };
}

/**
 * Whether the date `command` runs prints the hour on a 12-hour clock with no AM/PM: strftime's `%I` / `%l` without
 * `%p` (`date +%I:%M:%S`, `Get-Date -UFormat "%I:%M:%S"`), or a .NET custom format with `h` and no `t`
 * (`Get-Date -Format "hh:mm:ss.fff"`; a one-letter format is a standard one, whose culture decides).
 */
export function printsHalfDayClock(command: string): boolean {
  const date = readDateFormat(command);
  if (date === undefined) return false;
  if (date.kind === 'strftime') return isHalfDayStrftime(date.format);
  return date.format.length > 1 && date.format.includes('h') && !date.format.includes('t');
}

const isHalfDayStrftime = (format: string): boolean => STRFTIME_TWELVE_HOUR.test(format) && !STRFTIME_AM_PM.test(format);

/** `stamp` marked as known modulo 12 hours (Stamp.halfDay), where its hour could be a 12-hour clock's (0-12). */
export function markHalfDay(stamp: Stamp): Stamp {
  const hour = Math.floor((((stamp.dayMs % DAY_MS) + DAY_MS) % DAY_MS) / 3_600_000);
  return hour <= 12 && (stamp.kind === 'time-of-day' || stamp.kind === 'absolute') ? { ...stamp, halfDay: true } : stamp;
}

/**
 * Each event time known modulo 12 hours (Stamp.halfDay) at its reading nearest, on the 24-hour circle, to the
 * zone-less time of a node's own line (a line with a node and a wall clock of no stated zone); with no such line it
 * keeps the hour as printed.
 */
export function resolveHalfDayTimes(events: readonly MutableLogEvent[]): void {
  let references: number[] | undefined;
  for (const event of events) {
    const time = event.time;
    if (time?.halfDay !== true) continue;
    references ??= events.flatMap((e) => (e.node !== undefined && e.time !== undefined && e.time.halfDay !== true && !e.time.zoned && e.time.kind !== 'relative' ? [e.time.dayMs] : []));
    if (references.length === 0) return;
    const morning = time.dayMs % HALF_DAY_MS;
    const dayMs = nearestDistance(morning + HALF_DAY_MS, references) < nearestDistance(morning, references) ? morning + HALF_DAY_MS : morning;
    const shift = dayMs - time.dayMs;
    if (shift !== 0) event.time = { ...time, ms: time.ms + shift, dayMs, yearMs: time.yearMs + shift };
  }
}

// The distance on the 24-hour circle from `dayMs` to the nearest of `references`.
function nearestDistance(dayMs: number, references: readonly number[]): number {
  let best = Infinity;
  for (const reference of references) {
    const apart = Math.abs(dayMs - reference) % DAY_MS;
    best = Math.min(best, apart, DAY_MS - apart);
  }
  return best;
}

// A date's arguments that run it in UTC or a zone of its own: `-u`, `-ud`, `--utc`, `--universal`.
// PowerShell's clock printed in UTC: `Get-Date -AsUTC` (7.1 on), and `[DateTime]::UtcNow` or `(Get-Date).ToUniversalTime()`
// formatted right there (`.ToString('HH:mm:ss.fff')`; one kept in a variable or turned back, `.ToLocalTime()`, is not).
const POWERSHELL_UTC = /\bget-date\b[^;|\n]*?\s-asutc\b|(?:\[(?:system\.)?datetime(?:offset)?\]::utcnow|\.touniversaltime\(\))\.tostring\(/i;
const UTC_FLAG = /(?:^|\s)(?:-[a-zA-Z]{0,2}u[a-zA-Z]{0,2}|--utc|--universal)(?=\s|$)/;

// A date's option that makes it print another time than now, and its value (group 1, quotes kept): `-d "13:44:41.400"`,
// `-d"…"`, `-d@1796651081.4`, `-ud …`, `--date=…`, `-r file`, `--reference=file`, `-f file`.
const OTHER_TIME_OPTION = /(?:^|\s)(?:-[a-zA-Z]{0,2}[dfr]|--date|--reference|--file)(?:=|\s+|(?=["'@\d]))("[^"]*"|'[^']*'|[^\s;&|)`]+)?/;
// A value that is a clock's reading after all: `now`, `today`, bash's `$EPOCHREALTIME`/`$EPOCHSECONDS`, a `$(date …)`.
const CLOCK_VALUE = /^["']?(?:now|today)["']?$|EPOCHREALTIME|EPOCHSECONDS|\$\(\s*date\b|`\s*date\b/i;
// A variable's value (`"@$t"`, `${T}`): group 1 its name.
const VARIABLE_REFERENCE = /^["']?@?\$\{?([A-Za-z_]\w*)/;

// Whether a date whose arguments are `args`, on the typed line `command`, prints a time typed into it: an
// OTHER_TIME_OPTION whose value is no clock's reading, directly or through a variable the line set from a clock
// (`t=$EPOCHREALTIME; kill 4101; date -d "@$t" +%T.%3N`).
function printsTypedTime(command: string, args: string): boolean {
  const option = OTHER_TIME_OPTION.exec(args);
  if (option === null) return false;
  const value = option[1] ?? '';
  if (CLOCK_VALUE.test(value)) return false;
  const variable = VARIABLE_REFERENCE.exec(value);
  return variable === null || !new RegExp(String.raw`\b${variable[1]}=(?:["']?\$(?:EPOCHREALTIME|EPOCHSECONDS)|["']?\$\(\s*date\b|["']?\`\s*date\b)`).test(command);
}

/** Whether the `date` that `command` runs prints the time it runs at (not `date -d @1796221198`, `date -r file`). */
export function printsNow(command: string): boolean {
  const date = DATE_ARGUMENTS.exec(command);
  return date !== null && !printsTypedTime(command, date[2]!);
}

/**
 * Whether a `date` that `command` runs prints another time than now (`date -d "13:44:41.400"`, `-r file`): typed, no
 * clock's — any of its dates (`date; date -d "13:44:41.300" +%T.%3N; kill 4101`: the row read is the last's).
 */
export function printsOtherTime(command: string): boolean {
  const dates = new RegExp(DATE_ARGUMENTS.source, 'g');
  for (let date = dates.exec(command); date !== null; date = dates.exec(command)) if (printsTypedTime(command, date[2]!)) return true;
  return false;
}

/**
 * The zone the `date` that `command` runs prints in: `utc` (`-u`, `--utc`, `TZ=UTC`; PowerShell 7's `Get-Date -AsUTC`,
 * `[DateTime]::UtcNow.ToString(…)`: adv76b-69), `shell` (none given: the shell's own), or undefined (no date,
 * or another zone's `TZ=`).
 */
export function readDateZone(command: string): 'utc' | 'shell' | undefined {
  const date = DATE_ARGUMENTS.exec(command);
  if (date === null) return POWERSHELL_UTC.test(command) ? 'utc' : undefined;
  if (UTC_FLAG.test(date[2]!) || (date[1] !== undefined && UTC_TZ.test(date[1]))) return 'utc';
  return date[1] === undefined ? 'shell' : undefined;
}

/**
 * `record`, a zone-less time of day the shell printed (or one naming several zones, `IST`, which the shown zone settles), as an absolute time on the date of `shown` (an absolute zoned
 * time the same shell printed, its `date`, starting at `shownAt` in the paste), on the day that puts it within 12 hours
 * of `shown`: in `shown`'s zone, or in UTC where the record's date ran in UTC (`zone`, readDateZone). Its wall clock
 * (`dayMs`, `yearMs`) is the shell's either way: the zone-less node lines beside it are taken to be on the shell's clock,
 * as a zone-less record is. Undefined when either is not such a time.
 */
export function readInShellZone(record: Stamp, shown: Stamp, shownAt: number, zone: 'utc' | 'shell'): Stamp | undefined {
  if (record.kind !== 'time-of-day' || record.zoned || shown.kind !== 'absolute' || !shown.zoned) return undefined;
  if (record.ambiguousZone !== undefined && zone === 'utc') return undefined;
  // The shown time's wall clock less its instant: its zone's offset (none to take off for a record in that zone).
  let offsetMs = zone === 'utc' ? (shown.dayMs - (shown.ms % DAY_MS) + DAY_MS) % DAY_MS : 0;
  if (offsetMs > 14 * 3_600_000) offsetMs -= DAY_MS;
  let apartMs = record.dayMs - (shown.dayMs - offsetMs);
  if (apartMs > HALF_DAY_MS) apartMs -= DAY_MS;
  else if (apartMs < -HALF_DAY_MS) apartMs += DAY_MS;
  const dayMs = (((shown.dayMs + apartMs) % DAY_MS) + DAY_MS) % DAY_MS;
  const read: Stamp = { ...record, kind: 'absolute', ms: shown.ms + apartMs, dayMs, yearMs: shown.yearMs + apartMs, zoned: true, shellZoneAt: shownAt };
  // A name of several zones (`19:33:11.086 IST`) the shell's shown offset settles: no longer ambiguous, its name kept.
  if (record.ambiguousZone !== undefined) return { ...read, ambiguousZone: undefined, zoneName: record.ambiguousZone };
  return zone === 'utc' ? { ...read, printedInUtc: true } : read;
}

/**
 * `stamp`, a time of day a date printed, with the zone printed right after it (`15:03:11.087+0100`, `15:03:11.087Z`,
 * `15:03:11.086 CET`): in that zone (Stamp.offsetMin), or marked ambiguous for an abbreviation of several zones (`IST`,
 * Stamp.ambiguousZone); as it was when no zone follows it.
 */
export function readPrintedZone(text: string, stamp: Stamp): Stamp {
  if (stamp.kind !== 'time-of-day' || stamp.zoned || stamp.ambiguousZone !== undefined) return stamp;
  const zone = readZoneAfter(text, stamp.end);
  if (zone === undefined) return stamp;
  return 'offsetMin' in zone ? { ...stamp, zoned: true, offsetMin: zone.offsetMin, end: zone.end } : { ...stamp, ambiguousZone: zone.ambiguous, end: zone.end };
}

