// C's strftime("%I:%M:%S") writes the hour on a 12-hour clock with no AM/PM: the second after 12:59:59 it writes
// 01:00:00. Read as written, a follower's detection then lies 11 h 59 min before the kill; on the 12-hour circle it
// lies ms after it. Only the paste can show such a clock, and what shows it is a writer's own time going from hour 12
// to hour 1 within the hour, which a 24-hour clock never writes.
import { DAY_MS, parseTimestampAt, type Stamp } from './parse-timestamp.js';
import { decideOncePerTable } from './decide-once-per-table.js';
import type { PasteLines } from './paste-lines.js';
import { LINE_LOG, type LineTable } from './scan-lines.js';
import { placeNear } from './stamp-epoch.js';

const HOUR_MS = 3_600_000;
const HALF_DAY_MS = 12 * HOUR_MS;

// Per scanned paste: its first bare time of day when its bare times are a 12-hour clock's (decideTwelveHourClock).
const twelveHourReference = decideOncePerTable(decideTwelveHourClock);

/**
 * Whether the paste's bare times of day (`12:59:59.880 [n1] …`, no date, zone or AM/PM) are a 12-hour clock's, proven
 * by the paste: every one has an hour from 1 to 12 (a 24-hour clock writes 00 and 13-23), and some writer's time (paste
 * order) goes from hour 12 to hour 1 less than an hour later on the 12-hour circle (11 h back on a 24-hour clock), or a
 * line of no node above them all (the student's `date`) has an afternoon hour that some of them lie within minutes of,
 * 12 h on. Then the paste's first such time, or that afternoon time, which the others are read nearest; else null. A
 * dated stamp keeps every hour.
 */
function decideTwelveHourClock(lines: PasteLines, table: LineTable): number | null {
  const { text, ends } = lines;
  const lastOf = new Map<string | undefined, number>();
  let first: number | null = null;
  let wrapped = false;
  // A line of no node with an afternoon time (`date +%T.%3N`'s `17:53:34.738` above nodes' `05:53:34.900`): the
  // student's 24-hour clock, which the nodes' times may lie just after on the 12-hour circle.
  let afternoon: number | null = null;
  let nearAfternoon = false;
  for (let i = 0; i < lines.count; i++) {
    const at = table.stampAt[i]!;
    if (at < 0 || table.kinds[i] !== LINE_LOG) continue;
    const stamp = parseTimestampAt(text, at, ends[i]!);
    if (stamp === undefined || stamp.kind === 'relative') continue;
    if (stamp.kind !== 'time-of-day' || stamp.format !== 'time-of-day' || stamp.zoned) return null;
    const hour = Math.floor(stamp.dayMs / HOUR_MS);
    const node = table.nodes[i];
    if (node === undefined && hour > 12 && afternoon === null && first === null) {
      afternoon = stamp.dayMs;
      continue;
    }
    if (hour < 1 || hour > 12) return null;
    first ??= stamp.dayMs;
    if (afternoon !== null && Math.abs(stamp.dayMs + HALF_DAY_MS - afternoon) < AFTERNOON_NEAR_MS) nearAfternoon = true;
    const last = lastOf.get(node);
    if (last !== undefined && last >= HALF_DAY_MS && hour === 1 && stamp.dayMs + HALF_DAY_MS - last < HOUR_MS) wrapped = true;
    lastOf.set(node, stamp.dayMs);
  }
  if (wrapped) return first;
  // Every node's time an hour from 1 to 12 and some within minutes of that afternoon time 12 h on (adv67d-03): read
  // nearest it, as `%I` writes them.
  return nearAfternoon ? afternoon : null;
}

// How near a node's time, 12 h on, must lie to the student's afternoon time for the nodes to be read on a 12-hour clock.
const AFTERNOON_NEAR_MS = 5 * 60_000;

/**
 * `stamp`, a line's bare time of day, read on the 12-hour circle nearest the paste's first one when the paste proves a
 * 12-hour clock (`01:00:00.101` after `12:59:59.880` is 13:00:00.101); else as it is.
 */
export function readTwelveHourClock(lines: PasteLines, table: LineTable, stamp: Stamp): Stamp {
  const hour = Math.floor(stamp.dayMs / HOUR_MS);
  if (stamp.kind !== 'time-of-day' || stamp.format !== 'time-of-day' || stamp.zoned || hour < 1 || hour > 12) return stamp;
  const first = twelveHourReference(lines, table);
  if (first === null) return stamp;
  const placed = placeNear(stamp.dayMs % HALF_DAY_MS, HALF_DAY_MS, first);
  const dayMs = placed - Math.floor(placed / DAY_MS) * DAY_MS;
  const shift = dayMs - stamp.dayMs;
  return shift === 0 ? stamp : { ...stamp, ms: stamp.ms + shift, dayMs, yearMs: stamp.yearMs + shift, readTwelveHoursOn: true };
}
