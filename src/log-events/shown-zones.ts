// The zone of node lines that print none, where the paste shows it. Zone-less times are compared as one local clock
// unless the paste says which zone a command printed them in:
// - `journalctl --utc` (or `TZ=UTC journalctl`) prints UTC with no zone mark (`Dec 02 14:03:11.088514`); beside a
//   record that states its zone (`2026-12-02T15:03:11.086+01:00`) the journal's lines are UTC, not the record's zone.
// Nothing is assumed where the paste shows no zone: such lines stay zone-less.
import type { MutableLogEvent } from './log-event.js';
import type { Stamp } from './parse-timestamp.js';
import type { PasteLines } from './paste-lines.js';
import { UTC_TZ } from './date-output.js';
import { findLastCommand, type LineTable } from './scan-lines.js';

// `journalctl …` in a command, with what a `TZ=` before it in the same pipeline stage set (`TZ=UTC journalctl`), and
// its arguments up to the stage's end.
const JOURNALCTL = /(?:^|[;&|(]|[$#>]\s)\s*(?:(?:sudo|env)\s+)*(?:TZ=(\S*)\s+)?(?:sudo\s+)?journalctl\b([^;&|\n]*)/;
// journalctl's arguments that print its times in UTC.
const UTC_JOURNAL_FLAG = /(?:^|\s)--utc(?=\s|$)/;

/**
 * The UTC offset (minutes east) the lines `command` prints carry no mark of, when the command says it (`journalctl
 * --utc`: 0); undefined when it says none.
 */
export function readCommandZone(command: string): number | undefined {
  if (!command.includes('journalctl')) return undefined;
  const journal = JOURNALCTL.exec(command);
  if (journal === null) return undefined;
  return UTC_JOURNAL_FLAG.test(journal[2]!) || (journal[1] !== undefined && UTC_TZ.test(journal[1])) ? 0 : undefined;
}

/** Each zone-less wall-clock time of `events` whose line a command printed in a zone it states (readCommandZone), read in that zone. */
export function applyShownZones(lines: PasteLines, table: LineTable, events: readonly MutableLogEvent[]): void {
  // Per command line: the zone it prints in (null: none stated).
  let zones: Map<number, number | null> | undefined;
  for (const event of events) {
    const time = event.time;
    if (time === undefined || time.kind === 'relative' || time.zoned || time.ambiguousZone !== undefined) continue;
    const command = findLastCommand(table.kinds, event.line);
    if (command < 0) continue;
    zones ??= new Map();
    let zone = zones.get(command);
    if (zone === undefined) {
      const start = lines.starts[command]!;
      zone = readCommandZone(lines.text.slice(start, Math.min(lines.ends[command]!, start + 4096))) ?? null;
      zones.set(command, zone);
    }
    if (zone !== null) event.time = inZone(time, zone);
  }
}

// A zone-less wall-clock `stamp` read `offsetMin` east of UTC: a dated one's instant moves, one without a date keeps
// the offset (Stamp.offsetMin); its wall clock stays as written either way.
function inZone(stamp: Stamp, offsetMin: number): Stamp {
  if (stamp.kind === 'absolute') return { ...stamp, ms: stamp.ms - offsetMin * 60_000, zoned: true };
  return { ...stamp, zoned: true, offsetMin };
}
