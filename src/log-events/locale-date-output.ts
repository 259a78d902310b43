// GNU date's default output in a student's own locale (glibc's date_fmt): `date; kill 4101` prints `mer. 02 déc. 2026
// 15:19:58 CET` in fr_FR, `Mi 2. Dez 15:19:58 CET 2026` in de_DE, `mié 02 dic 2026 15:19:58 CET` in es_ES. It is the
// kill's time to the second, as the C locale's `Wed Dec  2 15:19:58 CET 2026` is: read as that, the report says the
// time is too coarse, not that the kill has none. And a time whose separator is the locale's: .NET's `Get-Date -Format
// HH:mm:ss.fff` prints `04.55.12.808` in da-DK (`:` is the culture's time separator there), as fi-FI does.
import { GLIBC_MONTHS } from './locale-months.js';
import { parseTimestampAt, type Stamp } from './parse-timestamp.js';

interface LocaleDate {
  /** Abbreviated weekdays, Monday first, and months, as the locale's `%a` and `%b` print them. */
  readonly weekdays: readonly string[];
  readonly months: readonly string[];
  /** The layout: `day-month-year` (`%a %d %b %Y %T %Z`, optional commas) or `day-month-zone-year` (de_DE's `%a %-d. %b %T %Z %Y`). */
  readonly layout: 'day-month-year' | 'day-month-zone-year';
}

// The C locale's names, which the reading rewrites every locale's into.
const C_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const C_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const LOCALES: readonly LocaleDate[] = [
  // fr_FR
  { weekdays: ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'], months: GLIBC_MONTHS.fr, layout: 'day-month-year' },
  // de_DE (day with a dot)
  { weekdays: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'], months: GLIBC_MONTHS.de, layout: 'day-month-zone-year' },
  // es_ES
  { weekdays: ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'], months: GLIBC_MONTHS.es, layout: 'day-month-year' },
  // it_IT (`%a %d %b %Y, %T, %Z`)
  { weekdays: ['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'], months: GLIBC_MONTHS.it, layout: 'day-month-year' },
  // pt_BR / pt_PT
  { weekdays: ['seg', 'ter', 'qua', 'qui', 'sex', 'sáb', 'dom'], months: GLIBC_MONTHS.pt, layout: 'day-month-year' },
  // en_GB, en_IE, en_AU (`Wed 02 Dec 2026 15:19:58 GMT`)
  { weekdays: C_WEEKDAYS, months: C_MONTHS, layout: 'day-month-year' },
];

// `WD DD MON YYYY[,] HH:MM:SS[,] ZONE` and `WD D. MON HH:MM:SS ZONE YYYY` (groups: weekday, day, month, then year, time,
// zone or time, zone, year). A zone is a name (`CET`, `MESZ`) or a number (`-03`, `+0530`).
const DAY_MONTH_YEAR = /^(\S{2,5}) (\d{1,2}) (\S{3,5}) (\d{4}),? (\d{2}:\d{2}:\d{2}),? ([A-Z]{2,5}|[+-]\d{2}(?:\d{2})?)$/u;
const DAY_MONTH_ZONE_YEAR = /^(\S{2,5}) (\d{1,2})\. (\S{3,5}) (\d{2}:\d{2}:\d{2}) ([A-Z]{2,5}|[+-]\d{2}(?:\d{2})?) (\d{4})$/u;

/**
 * The whole-second time a locale's default `date` printed (`output`, the line trimmed), read as the C locale's output
 * of the same instant is read; `end`: where the line ends. Undefined for any other line, a weekday and a month of no one
 * locale, or a zone the C reading does not know (a whole-second time in an unknown zone is no record).
 */
export function readLocaleDateOutput(output: string, end: number): Stamp | undefined {
  const a = DAY_MONTH_YEAR.exec(output);
  const b = a === null ? DAY_MONTH_ZONE_YEAR.exec(output) : null;
  if (a === null && b === null) return undefined;
  const [weekday, day, month, year, time, zone] = a !== null ? [a[1]!, a[2]!, a[3]!, a[4]!, a[5]!, a[6]!] : [b![1]!, b![2]!, b![3]!, b![6]!, b![4]!, b![5]!];
  const layout = a !== null ? 'day-month-year' : 'day-month-zone-year';
  const locale = LOCALES.find((l) => l.layout === layout && l.weekdays.includes(weekday) && l.months.includes(month));
  if (locale === undefined) return undefined;
  const ctime = `${C_WEEKDAYS[locale.weekdays.indexOf(weekday)]!} ${C_MONTHS[locale.months.indexOf(month)]!} ${day.padStart(2, ' ')} ${time} ${zone} ${year}`;
  const stamp = parseTimestampAt(ctime, 0, ctime.length);
  if (stamp === undefined || stamp.end !== ctime.length || stamp.kind !== 'absolute' || !stamp.zoned) return undefined;
  return { ...stamp, end };
}

// `HH.MM.SS.fff` (or `,fff`): a time of day whose separator is a dot (group 1-3: hour, minute, second; 4: the fraction).
const DOTTED_TIME = /^([01]\d|2[0-3])\.([0-5]\d)\.([0-5]\d)(?:[.,](\d{1,9}))?$/;

/**
 * The time of day a date command printed with dots for its separators (`04.55.12.808`, .NET's `HH:mm:ss.fff` in da-DK),
 * read as `04:55:12.808`; `end`: where the line ends. Undefined for any other line.
 */
export function readDottedTimeOutput(output: string, end: number): Stamp | undefined {
  const m = DOTTED_TIME.exec(output);
  if (m === null) return undefined;
  const time = `${m[1]!}:${m[2]!}:${m[3]!}${m[4] === undefined ? '' : `.${m[4]}`}`;
  const stamp = parseTimestampAt(time, 0, time.length);
  return stamp === undefined || stamp.end !== time.length ? undefined : { ...stamp, end };
}
