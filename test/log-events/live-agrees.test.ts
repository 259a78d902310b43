// The harness reads node logs line by line (readNodeLine: the live event reader plus each line's time on the harness
// clock) and times each follower's detection with findDetection; checkPaste reads a whole paste. On the same lines
// they must agree: every follower detection the verdict measured is the one the harness finds, on the same line, by
// the same route, with the same ms after the kill.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLiveEventReader, findDetection, indexLines, measureDelayMs, readLogEvents } from '../../src/log-events/index.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { normalizePasteText } from '../../src/proof/normalize-paste.js';
import { detectPaneLayout } from '../../src/log-events/detect-pane-layout.js';
import { joinWrappedRows } from '../../src/log-events/join-wrapped-rows.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { readNodeLine, type LogLine } from '../../src/scenario/node-logs.js';
import { loadLesson, ROOT } from '../proof/helpers.js';

const lesson = loadLesson('w12-l03');
const compiled = compileEventPatterns(lesson.proof.timing);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;
const DIR = join(ROOT, 'fixtures/pastes-corpus');
const CASES: { file: string }[] = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8'));
// The harness clock when the first line arrives: a live run reads each line as it is written, so the paste's first
// dated stamp when it has one (time-of-day and yearless stamps take their day and year from the arrival time: a `date
// +%T` kill echo above dated log lines is read on their day), else a day near the pastes' dates; each later line
// arrives at the time of the line before it, as when followed live.
const UNDATED_FIRST_ARRIVAL_MS = Date.UTC(2026, 10, 29, 12);
function firstArrivalMs(text: string): number {
  const dated = readLogEvents(indexLines(text), patterns).events.find((e) => e.time?.kind === 'absolute');
  return dated?.time?.ms ?? UNDATED_FIRST_ARRIVAL_MS;
}

// Pastes whose lines each name their node (no section headers, no cat of files whose lines only their file names, no
// names decided by the whole paste: varying head tokens or process ids, a JSON name field chosen because it varies): the live reader
// sees one line at a time. Not terminal panes copied side by side: the harness reads each node's own log, never a
// screen of several; nor rows wrapped by a console or a chat app: a log file's lines are never wrapped.
// Read as checkPaste reads them (terminal colours stripped: stern's coloured pod column is a head token then).
const selfContained = CASES.map((c) => c.file).filter((file) => {
  const text = normalizePasteText(readFileSync(join(DIR, file), 'utf8'));
  if (detectPaneLayout(indexLines(text)).kind !== 'none' || joinWrappedRows(indexLines(text)) !== undefined) return false;
  // Something to compare: a kill checkPaste finds and a follower it measured on a line.
  const m = checkPaste(lesson, readFileSync(join(DIR, file), 'utf8').replace(/\r/g, '')).measurements;
  if (m?.killLine == null || !m.followers.some((f) => f.line !== undefined)) return false;
  const { events, summaryLines } = readLogEvents(indexLines(text), patterns);
  // A student's summary block (student-lines.ts) is told from log lines by the paste around it; no node's log holds one.
  return events.length > 0 && summaryLines === undefined && events.every((e) => e.nodeFrom !== 'section' && e.nodeFrom !== 'head-token' && e.nodeFrom !== 'process-id' && e.nodeFrom !== 'json-name' && e.nodeFrom !== 'file-name' && e.nodeFrom !== 'file-run' && e.nodeFrom !== 'service-number');
});

// The paste as the harness would read it: every line through readNodeLine, grouped by the node the model names.
function readAsHarness(text: string): { all: LogLine[]; byNode: Map<string, LogLine[]> } {
  const reader = createLiveEventReader(patterns);
  const byNode = new Map<string, LogLine[]>();
  let arrivalMs = firstArrivalMs(text);
  const all = text.split('\n').map((line, i) => {
    const read = readNodeLine(reader, line, { line: i, arrivalMs, localOffsetMin: 0 });
    arrivalMs = read.atMs ?? arrivalMs;
    const node = read.event.node;
    const stamped = read.event.time === undefined ? { ...read, atMs: undefined } : read;
    if (node !== undefined) byNode.set(node, [...(byNode.get(node) ?? []), stamped]);
    return stamped;
  });
  return { all, byNode };
}

describe('the harness and checkPaste agree', () => {
  it('has self-contained pastes to compare', () => {
    expect(selfContained.length).toBeGreaterThan(30);
  });

  // Pastes where the two disagree today (file names); remove an entry when its case passes.
  const KNOWN_DIVERGENT: ReadonlySet<string> = new Set<string>([
    // C's unpadded `%ld.%ld` µs (`1796047391.94305` = .094305 s): checkPaste reads it so because the whole paste proves
    // it (node2's `.61208` then `.211274` runs backwards read as decimals); the live reader sees one line at a time and
    // node1's own lines up to its kill prove nothing, so it reads the kill at .943 (detections 732 ms before it).
    'blind7-c-gettimeofday-unpadded-usec.log',
    // The same proof by a fraction ending in 0 (`.296550`: a float printer that drops digits drops trailing zeros, so the
    // writer prints a field): checkPaste sees node2's line; the live reader, one line at a time, reads the kill's `.25038`
    // (`.50380`) before it as a decimal.
    'clocks42-real-c-gettimeofday-unpadded-usec-node3-444-fails.log',
    'clocks42-c-gettimeofday-unpadded-usec-kill-ends-in-0-passes.log',
    // The same of tv_nsec (`1796389662.14210071` = .014210071 s): checkPaste reads it so because a writer's fractions vary
    // and reach eight or nine digits (no float printer writes so many); the live reader, one line at a time, reads the
    // short fraction as a decimal (+358 ms for +230).
    'adv47b-22-usec-unpadded.log',
    'adv47b-P4-usec-unpadded-in-window.log',
    'cns47-c-ld-ld-tv-nsec-unpadded-passes.log',
    'cns47-c-ld-ld-tv-nsec-unpadded-node3-330-fails.log',
    // `dmesg --time-format iso`'s `+01:00` kill beside zone-less node lines: checkPaste reads the nodes in the zone the
    // paste shows for the host; the live reader sees each line alone and reads them as UTC (an hour apart).
    'adv47-dmesg-oom-kill.log',
    // `watch`'s header dates the screen (`Every 0.2s: … lap: Fri Dec  4 09:40:12 2026`) over time-of-day lines: checkPaste puts them on that
    // date from the whole paste; the live reader, one line at a time, has no date for them (432000002 ms apart).
    'adv47-watch-snapshot-missing-node3.log',
    // C's strftime("%I:%M:%S") with no AM/PM: checkPaste reads `01:00:00.101` as 13:00 because the paste proves a 12-hour
    // clock (twelve-hour-clock.ts: n2's own time goes 12:59:59.836 → 01:00:00.101, no hour 00 or past 12); the live reader,
    // one line at a time, reads 01:00 as written, 11 h 59 min before the kill.
    'clocks42-strftime-I-12-hour-clock-wraps-12-to-1-passes.log',
    'clocks42-strftime-I-12-hour-clock-wraps-12-to-1-n3-310-fails.log',
    // Python logging's `%(relativeCreated)7d` (`   8734 INFO …`): checkPaste reads the bare head numbers as ms because the
    // whole paste proves them a clock (decideRelativeMsColumn: right-aligned, never decreasing, a value repeated); one
    // line alone proves nothing, so the live reader reads no time (the harness's own nodes write dated stamps).
    'blind8-python-logging-relativecreated.log',
    'counter9-python-relativecreated-8d-too-slow-318.log',
    'counter9-python-relativecreated-5d-overflow.log',
    // moreutils `ts -i` (`0.000594 [n3] …`: the gap since the line before): checkPaste sums the gaps of the stream under
    // the `| ts -i` command it sees (decideIncrementalStamps); the live reader sees one line and no command, so it reads
    // no time (the harness's own nodes write dated stamps).
    'blind11-ts-i-incremental-one-pipe.log',
    // A zone-less `date +%T.%3N` kill echo (16:02:09.735) over Python lines stamped with their zone (`…T16:02:09+0100,738`):
    // checkPaste reads the echo in the nodes' zone (+01:00, the truth: node2 +3 ms); this test runs the harness with
    // localOffsetMin 0, so it reads the echo as 16:02:09.735Z, an hour after node2's lines, and finds no detection (with
    // the machine's offset, +60, the harness agrees). A fixed-offset artifact of the test, not of a live run.
    'blind14-python-asctime-zone-then-comma-msecs-node3-not-pasted.log',
    // The same artifact the other way round: a `date -u` kill (13:12:40.511 UTC) over nodes logging Berlin's local time
    // (14:12:40.716): checkPaste proves their zone from the paste (decideLocalZoneMin: node2 +205 ms); the harness at
    // localOffsetMin 0 reads the node lines as UTC, an hour after the kill. Self-contained since its prose lines above
    // the first command are no file's (attribute-file-runs.ts), so no line is a file run's.
    'blind13-date-u-kill-echo-local-node-logs-prose.log',
    // A time-of-day `date +%T.%3N` kill echo (10:00:00.104) over journalctl `short-precise` lines (`Dec 02 10:00:00.106211`,
    // yearless): checkPaste reads the echo on the lines' day (node2 +2.211 ms); the paste has no absolute stamp, so this
    // test's harness takes its first arrival at UNDATED_FIRST_ARRIVAL_MS (Nov 29) and puts the echo three days before the
    // `Dec 02` lines (detections 259200000 ms later). A live run's arrival is the real day: an artifact of the test.
    'adv19-systemctl-kill-no-block-then-date-passes.log',
    // A CSV export (`Date,Host,Service,Status,Message`, then `2026-12-02T14:05:33.219Z,kv-node-2,kv,warn,…`): checkPaste
    // names each row's writer by the host column its header row names (scan-lines.ts readCsvHostColumn); the live
    // reader sees one row and no header, so it names none (a live node writes its own log, never a CSV export).
    'blind18-datadog-csv-export-newest-first-node3-305.log',
    // A kill record a student's date command printed on a 12-hour clock with no AM/PM (`Get-Date -Format "hh:mm:ss.fff"`,
    // `date +%I:%M:%S.%3N`): checkPaste reads its hour next to the nodes' own times in the whole paste (date-output.ts:
    // 09:41:07.118 is 21:41:07.118); the live reader sees one line, printed before any node line, and keeps the morning.
    // A live run times its own kill on the harness clock and never reads a student's date: an artifact of the test.
    'adv24-powershell-get-date-hh-12-hour-kill-record-24h-logs-no-kill-word-fails.log',
    'half12-powershell-get-date-hh-taskkill-12-hour-kill-record-passes.log',
    'half12-date-percent-I-12-hour-kill-record-24h-logs-passes.log',
    // A kill record printed with no hour (`date +%M:%S.%3N` → `19:58.123`): checkPaste takes its hour from the nodes' own
    // lines in the whole paste (hourless-record.ts); the live reader sees the record alone and reads no time. A live run
    // times its own kill: an artifact of the test.
    'adv25-date-M-S-3N-no-hour-record-hms-logs-passes.log',
    'records37-date-M-S-3N-no-hour-record-across-the-hour-59-59-912-hms-logs-passes.log',
    // A bare kill record (`date +%T.%3N`) in the zone the shell's own `date` showed above it (`… CET 2026`, `… EST 2026`)
    // over nodes logging UTC with `Z`: checkPaste reads it in that zone (date-output.ts, the whole paste); the live reader
    // sees the record alone and this test runs it at localOffsetMin 0, as UTC. A live run times its own kill.
    'adv24-date-local-cet-kill-record-followers-utc-z-logs-passes.log',
    'shellzone-date-est-shown-then-local-kill-record-utc-z-logs-passes.log',
    // `TZ=UTC date +%T.%3N` over zone-less local node lines whose zone the shell's `date` shows (CET): checkPaste reads the
    // record on the shell's clock (date-output.ts); the live reader sees the record alone, at localOffsetMin 0.
    'adv25-tz-utc-date-record-cet-local-logs-shown-by-date-passes.log',
    // The same fixed-offset artifact: an epoch kill record (`gdate +%s%3N`, `date +%s.%N`) over nodes logging zone-less
    // local time whose zone the paste shows (`… CET 2026`, timedatectl's `(CET, +0100)`): checkPaste reads the node
    // lines in that zone from the whole paste (+3 ms); the live reader sees each line alone at localOffsetMin 0, as UTC,
    // an hour after the kill. A live run's nodes and harness share the machine's offset.
    'adv25-gdate-epoch-ms-record-macos-date-cet-local-logs-passes.log',
    'adv25-timedatectl-berlin-date-s-N-epoch-ns-local-logs-passes.log',
    // A zone-less moreutils `ts` kill line (15:19:58.123107) over nodes logging `+01:00`: checkPaste reads the bare time in
    // the nodes' zone (the whole paste: +2.893 ms); the live reader at localOffsetMin 0 reads it as UTC, an hour after
    // every node line, and finds no detection. A live run times its own kill.
    'adv25-moreutils-ts-kill-script-output-offset-node-logs-passes.log',
    // The same fixed-offset artifact: node1 in a UTC container (its own SIGTERM line `…T14:03:11.899Z`), node2 and node3
    // on the host logging zone-less local time whose zone the shell's `date` shows (`… CET 2026`): checkPaste reads them
    // in CET (+150 ms); the live reader at localOffsetMin 0 reads them as UTC, an hour after the kill.
    'adv26-leader-docker-utc-z-own-sigterm-followers-local-cet-date-shown-node3-301-fails.log',
    // The undated-arrival artifact of adv19's paste above: a `date +%T.%6N` kill record (14:03:11.086533) over yearless
    // journalctl `short-precise` lines (`Dec 02 14:03:11.088514`): checkPaste reads the record on the lines' day (+1.981
    // ms); this test's harness puts its first arrival on Nov 29, three days before the `Dec 02` lines.
    'adv26-journalctl-u-one-unit-only-node2-date-6N-systemctl-kill-node3-not-pasted-fails.log',
    // A kill record printed with its zone's name after the time (`date +'%T.%3N %Z'`: `15:03:11.086 CET`, `09:03:11.086
    // EST`) over `journalctl --utc` lines: checkPaste reads the zone from the date's output under its command
    // (date-output.ts readPrintedZone); the live reader sees the line alone, a zone-less time at localOffsetMin 0 (and on
    // this test's undated first arrival). A live run times its own kill.
    'adv26-journalctl-utc-short-precise-zoneless-utc-vs-local-record-with-zone-name-passes.log',
    // The fixed-offset artifact again: node2 on the host logging zone-less local time in the zone the shell's own record
    // printed (`+0100`, `+01:00`, `-05:00`, `+02:00`), node3 in a UTC container (`Z`): checkPaste reads node2 in that zone
    // (shown-zones.ts); the live reader at localOffsetMin 0 reads it as UTC, hours off. A live run's nodes and harness
    // share the machine's offset.
    'adv26-date-T-3N-z-offset-record-sigkill-native-local-node2-docker-utc-z-node3-passes.log',
    'adv26-date-iso-colon-offset-record-sigkill-native-local-node2-docker-utc-z-node3-passes.log',
    'zones37-date-T-3N-z-negative-offset-record-native-local-node2-docker-utc-z-node3-passes.log',
    'zones37-date-T-3N-z-offset-record-native-local-node2-docker-utc-z-node3-timeout-311-fails.log',
    'zones37-date-iso-colon-negative-offset-record-native-local-node2-docker-utc-z-node3-passes.log',
    'zones37-date-iso-colon-plus-two-record-native-local-node2-docker-utc-z-node3-timeout-315-fails.log',
    'zones37-journalctl-utc-short-precise-zoneless-utc-vs-est-zone-name-record-passes.log',
    // And for containers whose zone a `docker exec … date` shows (UTC beside a CET or EST host, CET beside a UTC host):
    // checkPaste reads the containers' zone-less lines in it and the bare host record in the host's (shown-zones.ts,
    // date-output.ts); the live reader reads both at localOffsetMin 0. A live run times its own kill.
    'adv25-docker-nodes-utc-host-cet-record-docker-exec-date-passes.log',
    'zones37-docker-nodes-utc-host-est-record-docker-exec-date-node3-308-fails.log',
    'zones37-docker-nodes-cet-host-utc-record-docker-exec-date-passes.log',
    // A record naming several zones (`19:33:11.086 IST`) read in the offset the same shell's date showed (+05:30): the
    // live reader sees the record alone at localOffsetMin 0. A live run times its own kill.
    'zones37-date-zone-name-ist-ambiguous-record-shell-iso-offset-shown-utc-z-logs-no-timeout-word-fails.log',
    'zones37-journalctl-utc-short-precise-zoneless-utc-vs-cet-zone-name-record-node3-306-fails.log',
    // moreutils `ts -s` (`0.835637 [node1] …`: the time since ts started), read only under the one `| ts -s` command
    // checkPaste sees (decideIncrementalStamps); the live reader sees one line and no command, so it reads no time.
    'clocks41-real-ts-s-one-stream-passes.log',
    'clocks41-ts-s-one-stream-node3-348-fails.log',
    // `ts -i` again (adv41's real output, as blind11 above).
    'clocks41-real-ts-i-equal-width-template-lines-node3-323-fails.log',
    // adv51b's real `./cluster.sh | ts -s '%.s'` and `| ts -i` streams, as clocks41's above.
    'adv51b-13-ts-s-one-stream-pass.log',
    'adv51b-14-ts-i-incremental-pass.log',
    // adv52b's real `| ts -s` and `| ts -i` streams of C nodes, as clocks41's above.
    'adv52b-22-ts-s-one-stream.log',
    'adv52b-23-ts-i-gaps.log',
    // A C node's `[%8.3f]` uptime anchored to the wall clock by its terminal's banner (`up, wall clock 2026-12-03
    // 11:19:58.600`, decideRelativeAnchors): checkPaste reads each terminal's offsets from its banner; the harness's
    // reader gives each line alone its own relative clock. A live run's nodes are timed on the harness clock.
    'clocks41-printf-uptime-terminals-banner-wall-clock-node2-518-fails.log',
    'clocks41-printf-uptime-terminals-banner-wall-clock-passes.log',
    // A node key's value in a form no rule reads by itself (slog's `node=7c1e2f4a-…`, `node=bravo`, a JSON `"node"` UUID):
    // checkPaste names the lines by it because the paste repeats such values (scan-lines.ts nameKeyedValues; a request's
    // id differs on each line); one line alone proves nothing, so the live reader names no follower. The harness gives
    // each line the node whose log it reads.
    'attr39-slog-logfmt-node-uuid-after-msg-passes.log',
    'attr39-slog-logfmt-node-uuid-no-peer-keys-passes.log',
    'attr39-slog-logfmt-node-words-alpha-bravo-charlie-passes.log',
    'attr39-slog-logfmt-node-hex8-ids-passes.log',
    'attr39-json-lines-node-uuid-passes.log',
    'attr39-slog-logfmt-node-words-no-peer-keys-passes.log',
    'attr39-json-lines-node-uuid-no-peer-fields-passes.log',
    // A raw asciinema recording (`[5.733, "o", "… node2 WARN connection to leader node1 lost: EOF\r\n"]`): checkPaste
    // reads its events as the terminal showed them (asciinema-cast.ts); the harness reads each node's own log, never a
    // recording of a terminal, so its reader takes each event line as it is.
    'adv47-asciinema-cast.log',
    // moreutils `ts`'s default `Dec 04 15:25:49` (no year) beside a bare `15:25:49.512` record: this test's simulated
    // arrival clock starts on UNDATED_FIRST_ARRIVAL_MS (no line has a year to start it on), so the live reader places the
    // record on that day and the `Dec 04` lines on Dec 4, days apart; a live run's arrivals are today's. Whole seconds
    // either way (TIMESTAMPS_TOO_COARSE).
    'adv48-11-ts-default-whole-seconds.log',
    // `paste node2.log node3.log`'s TAB-joined rows: checkPaste reads them one column at a time under the command
    // (paste-columns.ts); the harness reads each node's own log, never two files side by side.
    'adv48-29-paste-two-columns.log',
    // adv50's lab2 (and adv50b's runs of it): a C node's `[%8.3f]` uptime anchored by its terminal's `up, pid …, wall clock …` banner, as clocks41's
    // above: checkPaste reads each terminal's offsets from its banner; the harness's reader gives each line alone its own
    // relative clock.
    'adv50-13-l2-three-terminals-hb-only.log',
    'adv50-14-l2-terminals-eof-pass.log',
    'adv50-15-l2-timeout-400-600-slow.log',
    'adv50-16-l2-missing-node3-terminal.log',
    'adv50-27-l2-staggered-full-terminals-sigterm.log',
    'adv50-30-l2-save-on-exit-full-terminals.log',
    'adv50b-01-banner-terms-123.log',
    'adv50b-02-banner-terms-312-teardown.log',
    'adv50b-06-oneprocess-banner.log',
    'adv50b-07-launcher-banner.log',
    'adv50b-09-sleepy-ignored-kill9-record.log',
    'adv50b-21-launcher-banner-slow-save.log',
    // A shell's zone-less `date +%T.%N` record (UTC) above node lines stamped +01:00: the harness reads a zone-less time
    // in its own machine's zone (UTC here: +1 ms); the paste does not show the shell's zone, so checkPaste reads it as
    // the nodes' wall time and reports the clocks 1 h apart (a rule decision, adv50-23's case note).
    // A `date -u` record (`…Z`) over zone-less New York logs (adv52c-14): checkPaste reads the logs' zone from the paste as
    // a whole (the record's zone and the lines' one run of times); the live reader reads a zone-less line in the harness
    // machine's zone, hours from the record, and finds no detection after the kill.
    'adv52c-14-pass-utc-record-local-logs.log',
    // Python's unpadded `%(msecs)d` (`54.24` for 54.024): checkPaste reads the ms so when the whole paste proves it
    // (scan-lines.ts decideUnpaddedMillis: one writer's widths vary, a trailing 0 or its time going back); one line
    // alone proves nothing, so the live reader keeps the decimal reading.
    'adv50c-36-unpadded-msecs.log',
    // A C++ node's unpadded ms (`.61` for .061), as adv50c-36: the paste proves the reading, one line does not.
    'adv52e-34-unpadded-ms-eof.log',
    'adv52e-35-unpadded-ms-suspect.log',
    // A follower's later lines naming a leader that another node's line shows elected after the kill (`connection to
    // leader node3 lost`, node3's own `became leader for term 2` in its section): checkPaste, over the whole paste, takes
    // them for that later leader's loss (log-facts.ts isLaterLeadersLoss); the live reader sees the follower's own lines
    // alone and times them (both past the window: no verdict differs; a live run waits out only the window).
    'adv54d-03-r2-first-kill-with-second-kills-detections.log',
    // The undated-arrival artifact: script(1)'s typescript headers (`Script started on 2026-12-05 …`) are its own lines,
    // no event, so the paste's only dates are gone and this test's harness takes its first arrival on Nov 29 under the
    // time-of-day lines (518400001 ms for +1). A live run's arrival is the real day.
    'adv54c-22-script-typescript-crlf-lua.log',
    // The shell-zone artifact: a bare `date +%T.%3N` record after `export TZ=Europe/Berlin` and a `date` showing CET, over
    // nodes logging UTC `Z`: checkPaste reads the record in CET from the whole paste; the live reader at localOffsetMin 0
    // reads it as UTC. A live run times its own kill.
    'adv54d-22-r5-tz-record-in-cet-shell.log',
    // The fixed-offset artifact: PowerShell's `Get-Date -Format o` record with its `+01:00` over nodes logging zone-less
    // local time: checkPaste reads the node lines in the record's zone from the whole paste (+2 ms); the live reader at
    // localOffsetMin 0 reads them as UTC, an hour after the kill. A live run times its own kill.
    'adv54g-16-powershell-getdate-o-offset-pass.log',
    // C's unpadded `%ld.%ld` µs from real C-student runs (adv54i): checkPaste reads the fraction as µs because the whole
    // paste proves it; the live reader, one line at a time, keeps the decimal reading (as blind7's above).
    'adv54i-03-tvu-unpadded-usec-tail.log',
    'adv54i-04-tvu-unpadded-usec-grep-short.log',
    'adv54i-21-verify-greps-tvu.log',
    'adv54i-30-tvu-unpadded-slow-timeout.log',
    // C's unpadded `.%ld` ms (`.9` for .009), as adv50c-36: the paste proves the reading, one line does not.
    'adv54i-05-hms-unpadded-ms.log',
    // Two runs appended per file: the live reader links leader names by term across them (the second run's `following
    // leader node3 term 1` read as the first run's term-1 leader node1), so node2's `lost connection to leader node3` reads
    // as a lost link to node1, no loss of the killed node3 (log-facts.ts tellsNoLossOf); a live harness reads one run.
    'blind3-two-runs-appended-per-file.log',
    // An exception line shown without its frames under the record that announces it (`grep -A1` of a ZooKeeper log,
    // `grep -H -A1`'s context line `zk1/logs/zookeeper.log-java.io.EOFException`): checkPaste reads it as the record's
    // detection (continue-records.ts findFramelessException); the live reader, one line at a time, reads a node's own
    // log, whose traces carry their frames, and keeps the trace rule.
    'adv58d-04-zk-kill9-grepA1-pass.log',
    'adv58d-09-zk-sigterm-grepA1-slow.log',
    'adv58d-10-zk-sigterm-broken-only.log',
    'adv58d-11-zk-killed-follower.log',
    'adv58d-12-zk-kill9-raised-tick-node1-cut.log',
    'adv58d-21-zk-kill9-whole-second-date.log',
    'adv58d-22-zk-kill9-crlf-pass.log',
    'adv58d-27-zk-killed-follower-no-status.log',
    'adv58d-29-zk-kill9-verify-grep-timeout-word.log',
    'adv58e-31-java-grep-H-A1-eofexception.log',
    'adv58e-32-java-grep-H-A1-jvm-slow-exit.log',
    'adv58e-34-java-client-handler-eof-in-window.log',
    'adv58e-35-java-client-handler-eof-only.log',
    'adv58e-36-java-grep-A1-shutdown-hook-late.log',
    'adv58e-39-java-grep-H-A1-with-timeout.log',
    'adv58e-43-zsh-prompt-kill-sleep-then-date-java-late.log',
    // Classic syslog's yearless whole-second stamps (`Dec  5 10:08:07`) beside a `date +%T.%N` record's time of day:
    // checkPaste puts both on one time-of-day clock (and fails the paste for whole seconds); this harness's replay reads
    // the yearless stamps on a year's clock against the record's day, 6 days apart. Either way the paste fails as too
    // coarse (adv55b-25's truth).
    'adv55b-25-c-syslog-seconds-record-ms.log',
    // A launcher's kill line stamped twice, by `ts` and by itself (`10:24:40.670830 launcher: 10:24:40.668 killing leader
    // node1`): checkPaste times it by the head stamp the nodes' lines share (+26 ms for node2, or, for `ts -s`, judges
    // node1's own line: adv55d-05 is in KNOWN_WRONG_TODAY); the live reader, one line at a time, by the launcher's own
    // time 2.8 ms earlier (+29 ms). Both within the window; the paste's truth is checkPaste's (its head clock).
    'adv55d-01-ts-launcher-linebuffered.log',
    'adv55d-05-ts-s-launcher-linebuffered.log',
    // C's `%I` 12-hour clock with no AM/PM crossing 12:59 → 01:00 (adv55i-32): checkPaste reads 01:00 as 13:00 because the
    // whole paste proves the clock (a node's own time going from 12:59:59 to 01:00:00); the live reader, one line at a
    // time, reads 01:00 as morning and finds no detection after the kill.
    'adv55i-32-de-mix-I12-no-ampm-crossing.log',
    // Spanish `05/12/2026 1:00:00,099 p. m.`: checkPaste reads every `dd/mm/yyyy` day first, as the whole paste's decimal
    // comma shows; the live reader, one line at a time, reads the lines after 1 pm as 12 May (the kill's as 5 Dec) and
    // finds no detection after the kill.
    'adv55i-31-es-mix-pm-crossing-eof-after-1pm.log',
    // adv56b: zone-less node lines read against a kill in another zone, or a 12-hour clock, which the whole paste
    // places (TIMESTAMPS_READ_IN_ZONE, the 12-hour circle); the live reader, one line at a time, is an hour or a half
    // day off.
    'adv56b-08-c-I12-no-ampm-1pm-wrap.log',
    'adv56b-15-utcZ-offset-zoneless-mix-shell-date.log',
    'adv56b-26-date-I-12h-record-24h-nodes.log',
    'adv56b-38-epoch-ms-record-zoneless-berlin-nodes.log',
    'adv56b-43-date-u-Z-record-kathmandu-iso-nodes.log',
    'adv56b-39-date-u-record-kathmandu-bare-nodes.log',
    'adv56b-41-date-u-record-berlin-bare-nodes.log',
    'adv56b-42-date-u-dated-record-kathmandu-iso-nodes.log',
    'adv52f-35-ist-logs-utc-kill-record-pass.log',
    // A whole-second kill line: checkPaste drops the timeout its follower followed the leader again after within the
    // kill's second (it came before the kill); the harness times its own kills to the µs, where this cannot arise.
    // adv56f: zone-less node times read in the zone a `date -u` or `date +%z` kill shows (TIMESTAMPS_READ_IN_ZONE,
    // the whole paste's evidence); C's unpadded `%ld` ms (as blind7's µs).
    // A zone-less kill read in the zone two nodes' zoned lines prove (TIMESTAMPS_READ_IN_ZONE's killZoneless): the
    // whole paste's evidence; the live reader times its own kills.
    'adv51-15-java-berlin-local-record-utc-nodes-pass.log',
    'adv51-16-java-berlin-local-record-vote-only-fail.log',
    'adv54a-38-mixed-c-localtime-js-utc.log',
    'adv56f-30-advice-node-toISOString.log',
    'adv56f-36-node-iso-local-date-kill9.log',
    // adv56e: `date -u` kills over zone-less local times (the whole paste's zone evidence), and a whole-second kill's
    // stall timeout checkPaste drops.
    'adv56e-01-stall-timeout-then-resumed-cut-kill.log',
    'adv56e-13-date-u-kill-over-kolkata-local-bare-times.log',
    'adv56e-14-date-u-dated-record-over-kathmandu-dated-logs.log',
    'adv56e-17-date-u-default-format-over-berlin-dated.log',
    'adv56e-18-date-u-kill-over-st-johns-0330.log',
    'adv56e-19-date-u-kill-over-tokyo-slow-timeouts.log',
    'adv56e-49-date-u-kill-brisbane-bare-times-across-midnight.log',
    'adv56e-50-date-u-dated-record-brisbane-dated-lesson-grep-midnight.log',
    'adv56e-51-date-u-whole-second-vladivostok-after-midnight.log',
    'adv56f-16-date-u-local-nodes.log',
    'adv56f-17-date-u-slow-timer.log',
    'adv56f-18-advice-eto300-hb30.log',
    'adv56f-38-advice-date-z-offset-kill9.log',
    'adv56f-33-advice-ms-unpadded-ld.log',
    'adv56b-34-java-whole-second-leader-stall-flap.log',
    'adv56b-35-java-whole-second-leader-stall-flap-early.log',
    // adv57c (session 57, C nodes): a `date -u` kill over Kolkata local times (the zone read from the whole paste), and
    // gettimeofday's unpadded `%ld.%ld` µs proven by other lines of the paste than the live reader has seen.
    'adv57c-28-localtime-kolkata-date-u.log',
    'adv57c-36-gtod-unpadded-detection-short.log',
    'adv57c-37-gtod-unpadded-proven-by-start-line.log',
    // adv57e (session 57, Windows and macOS terminals): a kill time stating its zone (`Get-Date -Format o`'s `+01:00`,
    // Git Bash's `Z`, a macOS epoch) over zone-less node lines, whose zone checkPaste reads from the whole paste; a
    // 12-hour `Get-Date -Format hh:mm:ss` placed by the nodes' times.
    'adv57e-01-ps-getdate-o-stopprocess.log',
    'adv57e-07-gitbash-mingw64-node-iso-z.log',
    'adv57e-12-macos-python-epoch-record.log',
    'adv57e-17-ps-getdate-hh-12hour.log',
    'adv57e-18-dotnet-serilog-quoted.log',
    'adv57e-22-ps51-stopprocess-error-retry.log',
    'adv57e-24-ps-slow-timeouts.log',
    'adv57e-29-win-connreset-10054.log',
    'adv57e-30-macos-date-default-bound.log',
    // Session 59's blind sets: checkPaste reads what the whole paste proves, the live reader one line at a time.
    // Records and lines on different clocks, which only the whole paste places: a journal's dated lines and a
    // date-less `date` record (518,400,318 ms apart, six days, to the live reader), zone-less and zoned times
    // (killZoneless), a 12-hour `date` record (43,200,004 ms: half a day).
    'adv59d-08-journal-datekill-slow.log',
    'adv59a-28-date-u-record-ny-local-logs.log',
    'adv59a-43-tz-offset-one-zone-zoneless-date-record.log',
    'adv59a-41-tz-offsets-tokyo-zoneless-date-record.log',
    'adv59a-27-date-twelve-hour-record.log',
    // A CSV export's and a fenced GitHub issue's rows (a header row naming the columns, a fence opening output): read by
    // the paste's structure, which a line alone does not show.
    'adv59d-19-datadog-csv-silent.log',
    'adv59d-27-github-issue-fences.log',
    // C's unpadded ms and µs (`%ld.%ld`): `.3`, `.51`, `.40` read as the whole paste proves them (the other stamps' digits).
    'adv59b-08-nopad-ms-kill-dot3.log',
    'adv59b-09-nopad-ms-next-second.log',
    'adv59b-10-nopad-ms-kill-dot40.log',
    'adv59a-39-unpadded-usec-bug-kill-short.log',
    // A missing newline glued a node's detection onto another's line: the glued record's time is read from the line's
    // middle (glued-records.ts), which the live reader's line head does not give.
    'adv59b-18-missing-newline-glued-detection.log',
    // Per-process counts anchored by each node's wall-clock banner (checkPaste, with both stamps' rounding).
    'adv59a-22-per-process-wallclock-banner.log',
    // Session 60's blind sets, the same shapes: per-process counts anchored by wall-clock banners; nodes logging in
    // several zones beside a zone-less `date` record (zones read in UTC, the record where it lines up); a journal's
    // json-pretty records (a MESSAGE field timed by its record's `__REALTIME_TIMESTAMP` line) and its dated lines beside
    // a date-less record; one `ts -s` stream read as one clock because of the command above it.
    'adv60a-23-uptime-wallbanner-gH-pass.log',
    'adv60a-24-uptime-wallbanner-gH-node3-slow.log',
    'adv60a-29-tz3-zones-ny-record-pass.log',
    'adv60a-30-tz3-zones-ny-record-node3-slow.log',
    'adv60a-31-tz3-zones-followers-only-pass.log',
    'adv60a-32-tz3-zones-followers-only-node3-slow.log',
    'adv60a-33-tz-kathmandu-record-node2-slow.log',
    'adv60a-34-tz-kathmandu-followers-only-node2-slow.log',
    'adv60a-35-tz-all-ist-berlin-record-pass.log',
    'adv60a-36-tz-saopaulo-london-adelaide-node3-slow.log',
    'adv60a-37-tz-ny-tokyo-utc-299-pass.log',
    'adv60b-05-journal-json-pretty.log',
    'adv60b-14-journal-date-kill-record.log',
    'adv60b-36-ts-s-one-stream.log',
    // adv61 (session 61): readings of the whole paste a line alone does not show — a viewer's line-number gutter or a
    // reply's quote markers (read off every line first), an OCR'd paste's names, a `ts -i`/`ts -s` stream's sums, an
    // uptime count anchored by a wall-clock banner, zone-less Go times read in the zone of a `date -u` record, a writer's
    // stamps all at `.000` (whole seconds), ZooKeeper's myid named by its server lines.
    'adv61c-03-vim-setnu-wrapped.log',
    'adv61c-10-forum-nested-quote.log',
    'adv61c-24-ocr-letters.log',
    'adv61d-09-node-isostring-Z-vs-local-date.log',
    'adv61d-34-php-date-v-always-zero.log',
    'adv61d-43-go-local-berlin-vs-date-u.log',
    'adv61d-46-php-date-v-zero-kill9.log',
    'adv61a-10-uptime-with-wallclock-banner.log',
    'adv61a-16-uptime-banner-two-kills.log',
    'adv61a-41-ts-i-one-stream.log',
    'adv61a-42-ts-s-one-stream.log',
    'adv61b-34-zookeeper-kill9-grepA1.log',
    // More of the same kinds (adv61e-f): one `ts -i` stream's sums, a whole-second writer among precise ones, C's
    // unpadded `%ld` ms told by a writer's fraction widths.
    'adv61e-25-node2-coarse-node3-precise.log',
    'adv61e-37-ts-i-one-stream-all-nodes.log',
    'adv61e-38-ts-i-hms-one-stream-plus-wallclock-date.log',
    'adv61e-41-ts-i-one-stream-one-follower.log',
    'adv61e-56-tail-f-headers-through-one-ts-i.log',
    'adv61e-62-cat-n-coarse-follower.log',
    'adv61f-38-unpadded-ld-millis-41-92.log',
    'adv61e-55-ts-i-background-stream-date-typed-inside.log',
    'adv61e-64-ts-i-stream-enter-pressed-before-kill.log',
    // A quote beside the student's own log read as someone else's (blanked) by its times against the paste's others.
    // adv62 (session 62): `.000` stamps pooled over every writer (none shows a ms), `ts -i` streams' sums, C's unpadded
    // `%ld` ms told by a writer's fraction widths, a compose host's CET beside its containers' UTC.
    'adv62d-09-dot000-grep-few.log',
    'adv62d-32-dot000-one-second.log',
    'adv62d-20-ts-i-stream.log',
    'adv62d-21-ts-i-tee.log',
    'adv62a-37-c-unpadded-ms-stamps-tail.log',
    'adv62c-25-docker-compose-host-cet-containers-utc.log',
    // Python's `,000` whole seconds pooled (adv62f-26/-27), Python's unpadded `%(msecs)d` told by a writer's fraction
    // widths (adv62h-39).
    'adv62f-26-python-comma-000-whole-seconds.log',
    // adv63 (session 63): a `date` output read from the command above it (da-DK's dotted `04.55.12.808`, adv62c-44); C's
    // unpadded `%ld` ms and `%03ld` µs told by a writer's fraction widths (adv63f-06/-07/-09/-10/-11/-36/-41); `.000`
    // pooled (adv63a-07); a New York record over UTC logs (adv63f-40, adv63g-45); a metrics sample's or watchdog's
    // epoch time beside times of day, which the live reader places a week away (adv63e-34/-44).
    'adv62c-44-powershell7-da-DK-time-separator-dots.log',
    'adv63f-06-unpadded-ms-kill-at-second.log',
    'adv63f-07-unpadded-ms-two-digit.log',
    'adv63f-09-usec-03ld-4digit.log',
    'adv63f-10-usec-03ld-5digit.log',
    'adv63f-11-usec-03ld-early-second.log',
    'adv63f-36-usec-03ld-grep-warn.log',
    'adv63f-41-ctrlc-unpadded-leader-line-late.log',
    'adv63a-07-dot000.log',
    'adv63g-45-new-york-record-utc-logs.log',
    'adv63e-34-systemd-watchdog-lines-plus-late-logs.log',
    'adv63e-44-late-real-timeouts-plus-metrics-samples-in-window.log',
    // adv63c (clocks): zones read against the kill's (Berlin, New York, `date -u` over zone-less New York lines), whole
    // seconds against the record's ms (syslog, `ts`), 12-hour clocks with no AM/PM, an hour's rollover read by zone.
    'adv63c-01-berlin-date-vs-utc-z.log',
    'adv63c-02-newyork-shell-stated.log',
    'adv63c-03-newyork-shell-unstated.log',
    'adv63c-09-syslog-whole-seconds.log',
    'adv63c-23-date-u-vs-zoneless-newyork-nodes.log',
    'adv63c-26-ts-default-whole-seconds.log',
    'adv63c-29-date-I-no-ampm-vs-24h-nodes.log',
    'adv63c-37-karachi-12h-no-ampm-12-to-01.log',
    'adv63c-39-la-prefixed-date-vs-Z-hour-rollover.log',
    'adv62f-27-grep-comma-000-only-few-lines.log',
    'adv62h-39-py-unpadded-msecs-too-slow.log',
    // journald's process columns named by the paste's own start lines (adv62i-13/-14/-15/-18, adv62j-50), `.000`
    // pooled (adv62i-20), a TA's quoted example blanked (adv62i-23), a New York record over epoch-ms JSON (adv62j-49).
    'adv62i-13-journal-short-precise-full.log',
    'adv62i-14-journal-grep-two-lines.log',
    'adv62i-15-journal-one-process-two-lines.log',
    'adv62i-18-journal-small-pids-slow.log',
    'adv62i-20-dotzero-full.log',
    'adv62i-23-quote-following-tas-example.log',
    'adv62j-49-ny-local-record-epoch-ms-json-pass.log',
    'adv62j-50-journalctl-precise-systemctl-kill-kv-at-node1-pass.log',
    // adv64 (session 64): what checkPaste reads of the whole paste before any line — a chat's message heads read off
    // (adv64e-12/-37, adv64h-05/-39), records joined onto one line behind a label (adv64c-12/-29/-36), Google Docs'
    // vertical tabs (adv64c-40); a start line's `port=` naming `[127.0.0.1:port]` lines, which the live reader meets as another
    // writer (adv64b-20/-30); zone-less times read in the zone of the kill's record, an hour or more off one line at a
    // time (adv64d-01/-27/-32/-35/-43/-52/-53/-55, adv64f-06/-15); PowerShell kill records timed from the output below
    // their command or a prompt the live reader does not place (adv64d-07/-10/-18/-20/-28/-40/-45/-51).
    'adv64e-12-weechat-ms-prefixed.log',
    'adv64h-05-weechat-german-knoten.log',
    'adv64h-39-irc-minute-heads-status.log',
    'adv64e-37-irssi-seconds-prefixed-real.log',
    'adv64c-12-chat-joined-per-terminal-late.log',
    'adv64c-29-chat-joined-per-terminal-debug-ticks-late.log',
    'adv64c-36-chat-joined-per-terminal-plain-pass.log',
    'adv64c-40-gdocs-vertical-tab-soft-breaks.log',
    'adv64b-20-two-node-addr-tagged-stream.log',
    'adv64b-30-follower-down-addr-tagged-stream.log',
    'adv64d-01-ps-getdate-o-stop-process.log',
    'adv64d-27-wt-padding-kolkata-o.log',
    'adv64d-32-ps-tail-one-follower-periodic.log',
    'adv64d-35-ps-two-stop-process-follower-first.log',
    'adv64d-43-ps-transcript-header.log',
    'adv64d-52-wsl-date-default-cet-at-most.log',
    'adv64d-53-ps7-ansi-late.log',
    'adv64d-55-ps-utc-z-kill-local-logs-late.log',
    'adv64f-06-berlin-local-vs-date-u-pass.log',
    'adv64f-15-cst-zone-vs-date-u-pass.log',
    'adv64d-07-wt-trailing-spaces-json-wsl-kill.log',
    'adv64d-10-ps-getdate-o-taskkill-f.log',
    'adv64d-18-ps-getdate-default-only-json.log',
    'adv64d-20-ps-select-string-relative-early-hours.log',
    'adv64d-28-ps-fi-fi-dotted-time.log',
    'adv64d-40-ps-select-string-context-markers.log',
    'adv64d-45-ps-stop-process-error-then-kill.log',
    'adv64d-51-ps-utc-z-kill-local-logs-note.log',
    // adv65 (session 65): what checkPaste reads of the whole paste — a chat sender's lines after their offer of a made-up
    // one (adv65e-29), a timer naming a live follower of the killed leader as its own (another cluster's: adv65b-44/-45),
    // a start line's `port=` naming an `[127.0.0.1:port]` line, which the live reader meets as another writer (adv65e-12);
    // JSON records' epoch-ms times beside a zone-less kill record (adv65a-14); zone-less or relative times read in the
    // zone or from the banner the paste shows elsewhere, a 12-hour kill record read on the logs' 24-hour clock, Python's
    // unpadded msecs (adv65c-17/-21/-25/-28/-31/-39/-41, adv65e-22).
    'adv65e-29-whatsapp-invented-node2-line.log',
    'adv65b-44-two-clusters-node2-from-other-window.log',
    'adv65b-45-two-clusters-grep-h-no-ports.log',
    'adv65e-12-address-tag-alias-one-follower.log',
    'adv65a-14-node-json-uuids.log',
    'adv65c-17-cet-kill-vs-Z-node3-late.log',
    'adv65c-21-mono-with-wallclock-banner.log',
    'adv65c-25-date-u-vs-cet-abbrev-logs.log',
    'adv65c-28-date-u-vs-cet-logs-node3-late.log',
    'adv65c-31-bracketed-rel-with-banners-reverse-start.log',
    'adv65c-39-kill-12h-no-ampm-vs-24h-logs.log',
    'adv65c-41-python-unpadded-msecs-leader-line.log',
    'adv65e-22-eucla-zone-utc-kill.log',
    // adv66 (session 66): what checkPaste reads of the whole paste — zone-less or `date -u` kill records beside local or
    // zoned node times read in the zone the paste shows or fits (adv66a-15, adv66e-01, adv66f-20/-21/-30/-37, adv66h-18/
    // -19/-26/-27/-40), syslog's whole-second stamps and journal/transcript records (adv66a-08, adv66c-17/-18/-37/-46),
    // a zero-width space after punctuation (adv66g-19), several runs of one file read as runs (adv66h-01/-03/-05/-34/-35/-39).
    'adv66a-08-syslog-seconds.log',
    'adv66a-15-date-u-vs-berlin-local.log',
    'adv66c-17-syslog-classic-seconds.log',
    'adv66c-18-powershell-transcript.log',
    'adv66c-37-journal-systemctl-stop.log',
    'adv66c-46-journal-short-precise-late.log',
    'adv66e-01-date-u-kathmandu-local.log',
    'adv66f-20-zone-mismatch.log',
    'adv66f-21-zone-explicit-cet.log',
    'adv66f-30-zone-utc12-midnight.log',
    'adv66f-37-zone-ist-no-zone.log',
    'adv66g-19-zwsp-after-punctuation.log',
    'adv66h-01-m1-three-runs-tail.log',
    'adv66h-33-l2-two-runs-by-pid-follower-logs.log',
    'adv66h-03-m1-first-two-runs-only.log',
    'adv66h-05-m4-four-runs-second-good.log',
    'adv66h-18-tz2-utc-kill-newyork-logs.log',
    'adv66h-19-tz3-local-kill-utc-logs.log',
    'adv66h-26-tz2-both-runs-logs-one-kill.log',
    'adv66h-27-tz3-second-run-record-only.log',
    'adv66h-34-m2-follower-logs-only.log',
    'adv66h-35-m4-follower-logs-only.log',
    'adv66h-39-l3-late-then-one-follower.log',
    'adv66h-40-x2-mixed-clocks-follower-logs.log',
    // adv67 (session 67): what checkPaste reads of the whole paste — nodes' 12-hour clocks beside a 24-hour date
    // (adv67d-03/-38/-45/-46), kill records in one zone over logs in another (adv67d-05/-07/-15/-37/-47), unpadded %ld ms
    // proved by their own lines (adv67c-30/-31/-37), a leader's terminal only (adv67c-35), journal and watch captures
    // (adv67g-15/-28/-34), an OCR'd `Z` (adv67g-40); adv56b-25's kill record read in the zone node1's own line fixes.
    'adv56b-25-utcZ-and-IST-local-record-shell-date.log',
    'adv67c-30-ld-ms-proved.log',
    'adv67c-31-ld-ms-vote-only.log',
    'adv67c-35-only-node2-file.log',
    'adv67c-37-ctrl-c-ld-ms-leader-terminal.log',
    'adv67d-03-12h-noampm-vs-24h-kill.log',
    'adv67d-05-epoch-ns-kill-newyork-logs.log',
    'adv67d-07-kill-plus0100-logs-utc.log',
    'adv67d-15-date-u-kill-ist-logs.log',
    'adv67d-37-Ins-0530-ist-logs-late.log',
    'adv67d-38-12h-noampm-vs-24h-late.log',
    'adv67d-45-12h-noampm-1oclock-late.log',
    'adv67d-46-12h-noampm-1oclock-pass.log',
    'adv67d-47-date-u-kill-ist-logs-late.log',
    'adv67g-15-journalctl-f-ctrlc.log',
    'adv67g-28-watch-real-screen.log',
    'adv67g-34-journalctl-systemd-lines.log',
    'adv67g-40-ocr-Z2-one-late-reads-fast.log',
    // adv68 (session 68), where the harness's raw clocks differ from the paste's reading: an epoch kill record over logs
    // in CET (adv68a-15: an hour apart), a chat export's message times beside the pasted lines' (adv68a-20/-22: 15 s),
    // a journal's weekday-dated systemd lines (adv68c-23: a week), a logfmt node's debug ticks, one of which the harness
    // takes for a detection 1 ms after the kill (adv68d-59).
    'adv68a-15-epoch-record-cet.log',
    'adv68a-20-chat-borrowed-line.log',
    'adv68a-22-chat-own-lines.log',
    'adv68c-23-systemctl-stop-journal.log',
    'adv68d-59-logfmt-debug-ticks-late-own-sigterm.log',
    // `jq .`'s records a key a line, which checkPaste joins into one line each and the harness reads as printed
    // (adv64f-37, adv68d-27: no line holds a time beside its message); a journal's short lines whose first pid is
    // another process's (adv68g-16).
    'adv64f-37-json-jq-pretty-pass.log',
    'adv68d-27-json-nested-jq-pretty-multiline.log',
    'adv68g-16-journalctl-short-wrong-pid-first.log',
    // adv69 (session 69), shapes a paste has and a live node's lines never do: no-break spaces for every space (adv69c-06/
    // -37: the harness reads the time a week off), `&nbsp;` escapes (-44), U+2028 line separators (-48) from a web page
    // and Word's VT line breaks (-47); two follower logs side by side by `paste` (adv69a-17); a per-process monotonic
    // clock anchored by a wall-clock banner line (adv69b-22/-23); %I's 12-hour node times under a 24-hour date, which
    // checkPaste reads 12 h on (adv69a-63).
    'adv69a-17-paste-side-by-side-two-followers.log',
    'adv69a-63-strftime-percent-I-12h-no-pm-vs-date-24h.log',
    'adv69b-22-per-process-monotonic-wall-banner-anchor.log',
    'adv69b-23-per-process-monotonic-us-wall-banner.log',
    'adv69c-06-nbsp-for-every-space.log',
    'adv69c-44-nbsp-entities-literal.log',
    'adv69c-47-word-manual-line-breaks-vt.log',
    'adv69c-37-late-one-silent-nbsp.log',
    'adv69c-48-unicode-line-separator-2028.log',
    // adv70 (session 70), readings a paste needs and the harness's own nodes never print: journalctl's short-precise
    // `Dec 07 02:36:30.310` beside a bare `date` (adv70a-25/-26/-82: the harness reads the yearless date days off);
    // zone-less or other-zone node times read in the zone a `date` shows (adv70b-27/-41/-50/-61/-69); Java's `hh`
    // 12-hour times under an afternoon `date` (adv70b-119/-120); Python's unpadded `%(msecs)d` proven by the paste
    // (adv70b-122/-123/-124); a forked launcher's shared relativeCreated clock (adv70b-130).
    'adv70a-25-journal-precise-node3-silent.log',
    'adv70a-26-journal-precise-double-stamp.log',
    'adv70a-82-journal-no-hostname-tagged.log',
    'adv70b-27-go-slog-json-utc-vs-ist-date.log',
    'adv70b-41-node-iso-z-vs-berlin-date.log',
    'adv70b-50-py-asctime-ist-vs-date-u.log',
    'adv70b-61-go-slog-json-utc-vs-ist-date-2.log',
    'adv70b-69-rust-env-logger-millis-vs-tokyo-date.log',
    'adv70b-119-java-simpledateformat-hh-afternoon.log',
    'adv70b-120-java-simpledateformat-hh-afternoon-2.log',
    'adv70b-122-py-msecs-unpadded-proven-tail.log',
    'adv70b-123-py-msecs-unpadded-proven-tail-2.log',
    'adv70b-124-py-msecs-unpadded-grep-timeout-one-proven.log',
    'adv70b-130-py-relativecreated-forked-launcher.log',
    // macOS, Windows and WSL shapes (adv70e): an epoch or `-Format o` kill record beside zone-less logs read in the zone
    // that fits (-04/-05/-30/-32/-45), da-DK's dotted `04.55.12.808` date output (-26), PowerShell's `hh` 12-hour time
    // in the afternoon (-29); a student's summary table below the logs, which checkPaste does not measure (adv70f-06).
    'adv70e-04-macos-python-epoch-pst-local-logs.log',
    'adv70e-05-macos-perl-hires-cet-logs.log',
    'adv70e-26-powershell-da-DK-dotted-time.log',
    'adv70e-29-powershell-hh-twelve-hour-pm.log',
    'adv70e-30-powershell-get-date-o-offset-ist.log',
    'adv70e-32-wsl-date-u-vs-cet-logs.log',
    'adv70e-45-powershell-epoch-ms-cet-logs.log',
    // The same for PowerShell's `Get-Date -Format o` (+01:00) over Select-String's zone-less lines (adv64d-42).
    'adv64d-42-ps-onedrive-path-spaces-accent.log',
    'adv70f-06-fail-slow-summary-table.log',
    // A follower killed in a mesh, the grep hiding its own lines and the leader's teardown (adv70f-16): the killed node
    // is not shown leading, so checkPaste sets node1's peer-only EOF aside and reports its timer 2 s on as too slow;
    // the harness, told no leader, reads the EOF. Both fail the run.
    'adv70f-16-fail-meshwrong-grep2-prefixed.log',
    // The same in adv71b's full-mesh runs: checkPaste sets aside lost links naming the killed node only as a peer when
    // nothing shows it led (and a follower's timer 2 s on, or one naming another leader, shows nothing), the harness,
    // told the leader the verdict names or none, reads the EOFs or the later timer. Both fail each run.
    'adv71b-29-slow-disc-eof-grep-followers.log',
    'adv71b-34-follower-first-eof-grep-followers.log',
    'adv71b-43-disc-eof-grep-followers-comment.log',
    'adv71b-44-slow-disc-eof-grep-comment.log',
    'adv71b-46-wrong-pid-then-ctrlc-leader-comment.log',
    // adv72a's clocks: zone-less node lines read in the zone that fits a zoned kill (Santiago, Tokyo, Kathmandu nodes
    // under a UTC or local shell), 12-hour node clocks beside a 24-hour date, a pause inside a whole-second kill's
    // second, C's unpadded `%ld` ms on the leader's own line: checkPaste reads them by the paste rules, the harness by
    // its own clock as written.
    'adv72a-02-utc-kill-santiago-followers.log',
    'adv72a-03-utc-kill-santiago-followers-only.log',
    'adv72a-13-tokyo-12h-nodes-24h-date.log',
    'adv72a-14-tokyo-12h-node3-354.log',
    'adv72a-15-12h-crossing-1259-to-0100.log',
    'adv72a-36-santiago-shell-kill-utc-lines.log',
    'adv72a-37-kathmandu-0545-zoneless.log',
    'adv72a-43-date-default-utc-santiago-bound.log',
    'adv72a-56-stall-timeout-in-kill-second.log',
    'adv72a-64-date-u-whole-second-santiago-followers.log',
    'adv72a-65-epoch-whole-second-santiago-followers.log',
    'adv72a-69-date-Ins-comma-santiago-followers.log',
    'adv72a-70-date-long-utc-santiago-followers.log',
    'adv72a-71-tz-utc-date-santiago-followers.log',
    'adv72a-73-date-Iseconds-santiago-followers-coarse.log',
    'adv72a-77-date-santiago-shell-santiago-nodes.log',
    'adv72a-92-c-unpadded-ms-leader-line.log',
    // Older pastes of the same kind, now read in the zone that fits (the shell's `date` in EST or CET, nodes in UTC).
    'adv63f-26-date-EST-nodes-utc.log',
    'adv64a-25-go-lutc-newyork-date-est.log',
    'adv65c-10-cet-kill-vs-utc-logs.log',
    // adv72c's C nodes: Berlin-time nodes beside `date -u`, gmtime's `Z` beside a New York shell (zone fits), unpadded
    // `%ld` ms on the leader's own kill line; adv72d's whole-second records inside a leader's pause, the followers heard
    // it again (checkPaste sets those timeouts aside by the rules; the harness counts them).
    'adv72c-22-r13-tz-berlin-date-u.log',
    'adv72c-42-r29-gmtime-Z-nodes-newyork-shell.log',
    'adv72c-54-r47-unpadded-ms-kill-line-no-record.log',
    'adv72c-55-r49-unpadded-ms-kill-line-no-record.log',
    'adv72d-50-r20-coarse-stall-heard-again-full.log',
    'adv72d-51-r20-coarse-stall-heard-again-followers.log',
    'adv72d-54-r18-coarse-stall-rearmed-full.log',
    // adv72b's appended attempts (a failed run above a good one, no banner between, a pid reused): checkPaste judges the
    // kill the rules choose, the harness, told one run, the first detections it sees.
    'adv72b-06-r9-failed-attempt-then-success-pass.log',
    'adv72b-08-r3-success-then-failed-no-banner-pass.log',
    'adv72b-36-r9-pid-reused-across-runs-pass.log',
    'adv72b-53-r19-failed-then-success-no-banner-full-pass.log',
    // adv73b's copies through editors and terminals (smart quotes, NBSP, typescripts, `watch` headers, jq's pretty
    // JSON, paste(1) columns): the harness's reader puts a time-of-day kill record and the nodes' dated (or `watch`-
    // headed) lines eight days apart; adv73c's refusal loops begun before the kill (checkPaste sets their next turns
    // aside by the rules; the harness counts them).
    'adv73b-07-smartquotes-nbsp.log',
    'adv73b-12-script-typescript-raw.log',
    'adv73b-14-watch-headers.log',
    'adv73b-64-py-nbsp-all-crlf.log',
    'adv73b-91-js-jq-pretty.log',
    'adv73b-101-coreutils-paste-tabs.log',
    'adv73c-21-refusal-loop-node3-late-365.log',
    'adv73c-23-pass-refusal-loop-node3-198.log',
    'adv73c-39-pass-merged-refusal-loop-kvcli.log',
    // checkPaste sets aside by the rules what the harness counts: adv72d's timeouts after which the follower heard the
    // leader again, before a prompt-timed or whole-second kill; adv73c's node-tagged lines a typed echo printed.
    'adv72d-26-r6-prompt-clock-stall-full.log',
    'adv72d-28-r6-prompt-clock-cat-all.log',
    'adv72d-45-r15-coarse-record-stall-full.log',
    'adv72d-48-r16-prompt-stall-followers-only.log',
    'adv72d-53-r21-prompt-stall-heard-again-followers.log',
    'adv72d-63-r21-rprompt-stall-heard-again-followers.log',
    'adv73c-61-script-grep-config-echo-node3-late.log',
    'adv73c-62-script-grep-config-echo-node3-cut.log',
    'adv73c-65-echo-watching-and-silence-status-lines.log',
    'adv73c-66-echo-watching-only-node2-log.log',
    'adv73c-67-silence-status-grep-no-heartbeat.log',
    'adv73c-71-pass-script-loop-config-echo-ms.log',
    // Nodes under their own TZ= beside the shell's zone a plain `date` on the kill's line showed (checkPaste reads the
    // nodes in their zone; the harness's reader compares the times as written), a refusal loop whose one turn before
    // the kill states its attempt, and adv73e's echoed rows and heard-again stalls (checkPaste sets them aside).
    'adv65f-05-zone-stated-ist.log',
    'adv73a-42-tz-santiago-slow-node3.log',
    'adv73a-43-tz-santiago-pass.log',
    'adv73a-44-tz-santiago-followers-only-pass.log',
    'adv73a-45-tz-santiago-followers-only-slow.log',
    'adv73a-46-tz-kolkata-node3-never.log',
    'adv73a-59-tz-kolkata-pass.log',
    'adv73a-60-tz-kolkata-followers-only-pass.log',
    'adv73a-61-tz-newyork-pass.log',
    'adv73c-54-refusal-one-turn-before-kill.log',
    'adv73e-03-echo-loop-node-lines-fail.log',
    'adv73e-28-whole-second-kill-heard-again-fail.log',
    'adv73e-29-prompt-clock-kill-heard-again-fail.log',
    'adv73e-30-whole-second-kill-is-back-fail.log',
    'adv73e-31-prompt-clock-kill-is-back-fail.log',
    'adv73e-32-whole-second-kill-appendentries-ok-fail.log',
    'adv73e-33-prompt-clock-kill-appendentries-ok-fail.log',
    // Session 74: node-tagged lines an echo typed over the shell's `> ` rows printed, or one an echo wrote into a node's
    // log (a typed time and all): checkPaste reads the command above; the live reader sees each line alone.
    'adv73e-04-echo-loop-continuation-fail.log',
    'adv73e-60-echo-loop-do-on-second-row-fail.log',
    'adv74b-12-ps2-echo-loop-slow.log',
    'adv74b-14-zsh-echo-loop-never.log',
    'adv74b-18-ps2-echo-loop-real-ok.log',
    'adv74b-44-echo-typed-fake-node3-slow.log',
    'adv74b-55-echo-typed-extra-node3-real-ok.log',
    // Session 75: a watcher's echo of node-tagged lines, in its own terminal or sent to the background (the echo
    // readings need the command above, as the live reader does not).
    'adv75b-46-watcher-plain-echo-node3-slow.log',
    'adv75b-47-watcher-bg-subshell-node3-slow.log',
    'adv75b-48-watcher-log-like-node3-slow.log',
    'adv75b-53-watcher-bg-noparens-node3-slow.log',
    'adv75b-54-watcher-bg-subshell-own-terminal-slow.log',
    'adv75b-60-one-terminal-jobs-plus-watcher-slow.log',
    'adv75e-31-bg-watcher-echo-then-logs.log',
    'adv75e-33-bg-watcher-same-line-as-kill.log',
    'adv75e-56-bg-brace-group-watcher-echo.log',
    'adv75e-59-bg-echo-one-follower-slow.log',
    // Session 76: the same watcher under nohup, its echoes printed back by `cat nohup.out`.
    'adv75e-57-nohup-watcher-echo-cat.log',
    'adv75e-58-nohup-echo-one-follower-slow.log',
    // Session 75: clocks the whole paste decides — a kill's date in another zone than the nodes' (`TZ=Europe/Berlin date`,
    // `date -u` over zone-less IST lines, a New York `date` over UTC lines), a 12-hour clock with no AM/PM under a 24-hour
    // date, syslog's year-less day beside a time-of-day kill; the live reader reads each line alone against its own clock.
    'adv75a-48-f02-berlin-date-utc-logs.log',
    'adv75d-57-12h-nopm-under-24h-date.log',
    'adv75d-84-dateu-over-zoneless-ist.log',
    'adv75d-85-ny-zoneless-kill-utc-lines.log',
    'adv75d-105-syslog-slow.log',
    // Session 76: a `script` typescript's header (`Script started on 2026-12-07 19:45:11+00:00 [COMMAND="date +%T.%3N;
    // kill …"]`), a dated clock the live reader compares the time-of-day lines with one at a time; checkPaste reads the
    // header as the recorder's and the date's row below it as the kill's.
    'adv76a-01-script-c-cat-tailall.log',
    'adv76a-02-script-c-catv-catf.log',
    'adv76a-03-script-c-cat-grepH.log',
    'adv76a-24-noeof-script-c-grepH.log',
    'adv76a-27-slow-noeof-script-c.log',
    'adv76a-44-script-c-catv-noeof-slowish.log',
    'adv76a-56-script-c-setv-npm.log',
    'adv76a-58-onefollower-slow-script-c.log',
    'adv76a-68-script-c-bashx-catv.log',
    'adv76a-70-tick-follower-script-c.log',
    // Session 76: clocks the whole paste decides — an epoch kill (perl's or python's `time`) or a UTC date (`date -u`,
    // `gdate -u`, `Get-Date -AsUTC`, ISO `…Z` lines) beside zone-less local lines, 12-hour clocks with and without AM/PM
    // beside a 24-hour kill, PowerShell's `-Format o` offsets and epoch ms; the live reader reads each line alone.
    'adv76b-02-macos-perl-epoch-kill.log',
    'adv76b-03-macos-python-time-kill.log',
    'adv76b-12-wsl-iso-utc-local-kill.log',
    'adv76b-17-linux-12h-no-ampm-nodes.log',
    'adv76b-24-macos-python-eof-pass.log',
    'adv76b-27-macos-perl-one-timeout.log',
    'adv76b-28-macos-python-slow-timeout.log',
    'adv76b-33-wsl-iso-utc-one-timeout.log',
    'adv76b-36-linux-12h-no-ampm-one-timeout.log',
    'adv76b-43-macos-python-one-timeout.log',
    'adv76b-44-macos-epoch-logs-local-gdate-late.log',
    'adv76b-46-windows-powershell-12h-record-taskkill.log',
    'adv76b-54-windows-powershell-format-o-offset.log',
    'adv76b-66-windows-powershell-epoch-ms.log',
    'adv76b-69-windows-pwsh7-asutc-record.log',
    'adv76b-70-macos-gdate-u-record.log',
    'adv76b-71-date-u-record-local-logs.log',
    'adv76b-78-wsl-date-u-kill9-kolkata.log',
    // adv77a's clients' JSON records (full ISO dates) beside the nodes' time-of-day lines and a time-of-day kill record:
    // the harness's reader puts them eight days apart, as adv73b's.
    'adv77a-08-r3-java-all-terminals-json-client-pass.log',
    'adv77a-52-r14-real-KvClient-only-node3-fail.log',
    'adv77a-53-r14-real-all-terminals-fail.log',
    'adv77a-84-r22-real-java-kvclient-json-healthcheck-pass.log',
    // adv78a's `date -u` record over New York nodes' zone-less local times: checkPaste reads the logs at the zone the
    // paste shows (−05:00), the harness's reader in its own clock's zone, five hours from the kill.
    'adv78a-95-c-new-york-nodes-date-u-cat-pass.log',
    'adv78a-96-c-new-york-nodes-date-u-grep-pass.log',
    // adv78b's journalctl pastes (`Dec 08 01:24:02.504795 lab kv_node[10353]: 01:24:02.504 [node1] …`): the harness's
    // reader takes the journal's yearless µs stamp, which it places on another day than a time-of-day record, where
    // checkPaste reads the node's own time after it (to the ms, a µs or two from the journal's, -55/-65/-67/-85).
    'adv78b-49-journal-style-kill-pid-pass.log',
    'adv78b-50-journal-followers-units-only-pass.log',
    'adv78b-51-journal-tcp-eof-pass.log',
    'adv78b-52-journal-no-handler-main-process-killed-pass.log',
    'adv78b-74-journal-systemctl-kill-unit-pass.log',
    'adv78b-55-journal-slow-timeouts-fail.log',
    'adv78b-65-journal-since-leader-process-filtered-pass.log',
    'adv78b-66-journal-no-record-own-line-first-pass.log',
    'adv78b-67-journal-no-record-tcp-sub-ms-pass.log',
    'adv78b-68-journal-slow-followers-only-fail.log',
    'adv78b-80-journal-follower-killed-first-then-leader-pass.log',
    'adv78b-84-systemctl-stop-leader-unit-pass.log',
    'adv78b-85-systemctl-stop-journal-only-pass.log',
    // adv78c's sorted `cat -n` of French logs: the harness's reader takes cat's line numbers for the lines' heads and
    // finds no follower's line.
    'adv78c-84-fr-sorted-cat-n-gutter-fail.log',
    'adv77a-92-p11-real-json-kvclient-beside-pass.log',
  ]);

  it('lists only self-contained pastes as known divergent', () => {
    expect([...KNOWN_DIVERGENT].filter((f) => !selfContained.includes(f))).toEqual([]);
  });

  for (const file of selfContained) {
    const run = KNOWN_DIVERGENT.has(file) ? it.fails : it;
    run(`${file}: each measured detection is the harness's (node, line, route, ms)`, () => {
      const text = readFileSync(join(DIR, file), 'utf8').replace(/\r/g, '');
      const m = checkPaste(lesson, text).measurements!;
      const { all, byNode } = readAsHarness(text);
      const killAtMs = all[m.killLine! - 1]!.atMs!;
      for (const follower of m.followers) {
        if (follower.line === undefined) continue;
        const others = m.followers.map((f) => f.node).filter((node) => node !== follower.node);
        const found = findDetection(byNode.get(follower.node) ?? [], killAtMs, others, m.leader ?? undefined);
        expect([found.first?.event.line, found.via, Math.round(measureDelayMs(found.first!, killAtMs))]).toEqual([follower.line - 1, follower.via, Math.round(follower.detectionMs!)]);
      }
    });
  }
});
