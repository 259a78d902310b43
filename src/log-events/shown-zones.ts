// The zone of node lines that print none, where the paste shows it. Zone-less times are compared as one local clock
// unless the paste says which zone a command printed them in:
// - `journalctl --utc` (or `TZ=UTC journalctl`) prints UTC with no zone mark (`Dec 02 14:03:11.088514`); beside a
//   record that states its zone (`2026-12-02T15:03:11.086+01:00`) the journal's lines are UTC, not the record's zone.
// - the host shell's own lines (`tail -n 3 data/node2/node.log`, not `docker logs`, `kubectl logs`, `ssh …`) are in the
//   zone the same shell's `date` printed (a record's `2026-12-02T15:03:11.087+01:00` or `15:03:11.087+0100`, a plain
//   `date`'s `Wed Dec  2 15:19:40 CET 2026`): zone-less host lines beside a container's `Z` lines were read as UTC.
// - a container's zone-less lines (`docker logs kv-node2`, `kubectl logs`) are in the zone a `date` run in a container
//   printed (`docker exec kv-node2 date` → `Wed Dec  2 14:19:41 UTC 2026`): a cluster's containers run one image. Read in
//   the host's zone instead, they sat an hour before a host record printed in CET.
// Nothing is assumed where the paste shows no zone: such lines stay zone-less.
import type { MutableLogEvent } from './log-event.js';
import type { Stamp } from './parse-timestamp.js';
import type { PasteLines } from './paste-lines.js';
import { knownOffsetMin } from './paste-clock.js';
import { DATE_PROGRAM, printsNow, readDateZone, UTC_TZ } from './date-output.js';
import { findDateOutputStamp, findLastCommand, LINE_COMMAND, type LineTable } from './scan-lines.js';
import { PROMPT_SIGIL_GAP_SOURCE } from './shell-prompt.js';

// `journalctl …` in a command, with what a `TZ=` before it in the same pipeline stage set (`TZ=UTC journalctl`), and
// its arguments up to the stage's end.
const JOURNALCTL = new RegExp(String.raw`(?:^|[;&|(]|${PROMPT_SIGIL_GAP_SOURCE})\s*(?:(?:sudo|env)\s+)*(?:TZ=(\S*)\s+)?(?:sudo\s+)?journalctl\b([^;&|\n]*)`);
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

// A zone the paste shows (minutes east of UTC), where (the text offset of a date's output, or of the command stating it)
// and by what.
interface ShownZone {
  readonly offsetMin: number;
  readonly at: number;
  readonly by: 'command' | 'shell' | 'container';
}

// A command whose output is another machine's or container's, not the host shell's own: a container or cluster tool,
// a remote shell, a cloud CLI.
const OTHER_MACHINE_COMMAND = /(?:^|[\s;&|(])(?:ssh|docker(?:-compose)?|podman|nerdctl|crictl|kubectl|oc|k9s|lxc|incus|multipass|vagrant|machinectl|fly|flyctl|heroku|gcloud|aws|az|nomad|ansible)(?=\s|$)/;

// A command printing containers' own logs: `docker logs`, `docker compose logs`, `podman logs`, `kubectl logs`.
const CONTAINER_LOGS = /(?:^|[\s;&|(])(?:(?:docker|podman|nerdctl)(?:[ -]compose|\s+container)?|kubectl)\s+(?:-\S+\s+)*logs(?=\s|$)/;
// A date run in a container (`docker exec kv-node2 date`, `podman exec -it kv2 /bin/date`, `kubectl exec kv-0 -- date`),
// with its arguments.
const CONTAINER_DATE = new RegExp(String.raw`(?:^|[\s;&|(])(?:(?:docker|podman|nerdctl)(?:\s+container)?\s+exec|kubectl\s+exec)(?:\s+-{1,2}[\w-]+(?:[= ][\w.:/-]+)?)*\s+[\w.:/-]+(?:\s+-c\s+[\w.-]+)?(?:\s+--)?\s+(${DATE_PROGRAM}(?:\s+[^\s;&|]+)*)\s*$`);

/**
 * Each zone-less wall-clock time of `events` read in the zone its line's command shows: the one a command states
 * (readCommandZone); for containers' logs, the containers' zone (findContainerZone); for the host shell's own commands
 * (none reaching another machine or container), the shell's zone (findShellZone).
 */
export function applyShownZones(lines: PasteLines, table: LineTable, events: readonly MutableLogEvent[]): void {
  // Per command line: the zone it prints in (null: none shown).
  let zones: Map<number, ShownZone | null> | undefined;
  // The host shell's zone: undefined until asked, null when none is shown.
  let shell: ShownZone | null | undefined;
  // The containers' zone, likewise.
  let containers: ShownZone | null | undefined;
  // The last command line at or before `seenTo`, read forward as the events come in paste order (one pass over the lines,
  // not one backward search an event: a 35,000-line paste of zone-less lines with no command above them).
  let seenTo = -1;
  let lastCommand = -1;
  for (const event of events) {
    const time = event.time;
    if (time === undefined || time.kind === 'relative' || time.zoned || time.ambiguousZone !== undefined) continue;
    let command: number;
    if (event.line > seenTo) {
      for (let k = seenTo + 1; k < event.line; k++) if (table.kinds[k] === LINE_COMMAND) lastCommand = k;
      seenTo = event.line - 1;
      command = lastCommand;
    } else command = findLastCommand(table.kinds, event.line);
    if (command < 0) continue;
    zones ??= new Map();
    let zone = zones.get(command);
    if (zone === undefined) {
      const start = lines.starts[command]!;
      const typed = lines.text.slice(start, Math.min(lines.ends[command]!, start + 4096));
      const stated = readCommandZone(typed);
      zone = stated === undefined ? null : { offsetMin: stated, at: start, by: 'command' };
      if (zone === null && CONTAINER_LOGS.test(typed)) zone = containers === undefined ? (containers = findContainerZone(lines, table) ?? null) : containers;
      else if (zone === null && !OTHER_MACHINE_COMMAND.test(typed)) zone = shell === undefined ? (shell = findShellZone(lines, table) ?? null) : shell;
      zones.set(command, zone);
    }
    if (zone !== null) event.time = { ...inZone(time, zone.offsetMin), shownZone: { at: zone.at, by: zone.by } };
  }
}

/**
 * The host shell's zone (minutes east of UTC): the one every `date` of the shell's own zone (no `-u`, `--utc`, `TZ=`)
 * printing the time it runs at printed with its time (`Wed Dec  2 15:19:40 CET 2026`, `2026-12-02T15:03:11.087+01:00`,
 * `15:03:11.087+0100`); undefined when none did, or two printed different zones.
 */
function findShellZone(lines: PasteLines, table: LineTable): ShownZone | undefined {
  return findAgreedZone(lines, table, 'shell', (typed) => (typed.includes('date') && !OTHER_MACHINE_COMMAND.test(typed) ? typed : undefined));
}

/**
 * The containers' zone (minutes east of UTC): the one every date run in a container (CONTAINER_DATE) printing the time
 * it runs at in the container's own zone printed with its time; undefined when none did, or two printed different zones.
 */
function findContainerZone(lines: PasteLines, table: LineTable): ShownZone | undefined {
  return findAgreedZone(lines, table, 'container', (typed) => (typed.includes('date') && typed.includes('exec') ? CONTAINER_DATE.exec(typed)?.[1] : undefined));
}

// The zone every date command a command line holds (`dateOf`: the date part of the typed line, if any) printed with the
// time it runs at in its own zone (no `-u`, `--utc`, `TZ=`); undefined when none did, or two printed different zones.
function findAgreedZone(lines: PasteLines, table: LineTable, by: ShownZone['by'], dateOf: (typed: string) => string | undefined): ShownZone | undefined {
  let zone: ShownZone | undefined;
  for (let k = 0; k + 1 < lines.count; k++) {
    if (table.kinds[k] !== LINE_COMMAND) continue;
    const start = lines.starts[k]!;
    const date = dateOf(lines.text.slice(start, Math.min(lines.ends[k]!, start + 4096)));
    if (date === undefined || readDateZone(date) !== 'shell' || !printsNow(date)) continue;
    const printed = findDateOutputStamp(lines, table, k);
    const offsetMin = printedOffsetMin(printed);
    if (offsetMin === undefined) continue;
    if (zone !== undefined && zone.offsetMin !== offsetMin) return undefined;
    zone ??= { offsetMin, at: printed!.end - 1, by };
  }
  return zone;
}

// The offset a date's printed time states, in minutes east of UTC: none for epoch seconds (`date +%s.%N`, the same in
// every zone), nor for a bare time read in the zone a plain date showed (date-output.ts).
function printedOffsetMin(printed: ReturnType<typeof findDateOutputStamp>): number | undefined {
  return printed === undefined || printed.shellZoneAt !== undefined || !writesZone(printed) ? undefined : knownOffsetMin(printed);
}

// Whether `stamp`'s text states its zone (an offset, `Z`, a zone's name): not an epoch number, which is the same in every zone.
const writesZone = (stamp: Stamp): boolean => stamp.offsetMin !== undefined || (stamp.kind === 'absolute' && stamp.zoned && !stamp.format.startsWith('epoch') && stamp.format !== 'tai64n');

// A zone-less wall-clock `stamp` read `offsetMin` east of UTC: a dated one's instant moves, one without a date keeps
// the offset (Stamp.offsetMin); its wall clock stays as written either way.
function inZone(stamp: Stamp, offsetMin: number): Stamp {
  if (stamp.kind === 'absolute') return { ...stamp, ms: stamp.ms - offsetMin * 60_000, zoned: true };
  return { ...stamp, zoned: true, offsetMin };
}
