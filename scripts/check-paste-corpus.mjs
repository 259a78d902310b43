// Cross-checks fixtures/pastes-corpus/expected.json against the paste text, independently of the generator and of the
// engine: reads the timestamp printed on each kill line and detection line (a few regexes for the formats the corpus
// uses) and recomputes detectionMs. Catches a formatter that prints something other than the truth it records.
// Run: node scripts/check-paste-corpus.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pastes-corpus');
const MONTHS = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12 };
const DAY_US = 86_400_000_000;
// Minutes east of UTC of the zone names a `%Z` prints after a stamp (adv19's DST paste: CEST then CET; shellzone's EST).
const ZONE_NAME_MIN = { UTC: 0, GMT: 0, WET: 0, WEST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, EST: -300, EDT: -240, PST: -480, PDT: -420, JST: 540 };

const fracUs = (f) => (f ? Number(f.padEnd(6, '0').slice(0, 6)) : 0);
const todUs = (h, m, s, f) => ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1_000_000 + fracUs(f);
const zoneUs = (z) => {
  if (!z || z === 'Z') return 0;
  const sign = z[0] === '-' ? -1 : 1;
  const hhmm = z.slice(1).replace(':', '');
  return sign * (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(2, 4))) * 60_000_000;
};

/** { us, dated, zoned } — µs since the epoch (dated) or since midnight (time of day); zoned: the line printed its zone. */
function readWallTime(line) {
  let m = /"(?:time|ts)":(\d{13})\b/.exec(line) ?? /^(\d{13})(?: |$)/.exec(line);
  if (m) return { us: Number(m[1]) * 1000, dated: true };
  // journald's µs since the epoch (`__REALTIME_TIMESTAMP=…`, `"__REALTIME_TIMESTAMP" : "…"`).
  m = /__REALTIME_TIMESTAMP"?\s*[=:]\s*"?(\d{16})\b/.exec(line);
  if (m) return { us: Number(m[1]), dated: true };
  // Epoch seconds with a fraction (`time.time()`, zap's `"ts":1764…`, `date +%s.%N`), this decade's.
  // A decimal comma too (`printf("%.6f")` under a de/fr LC_NUMERIC: `1796316942,621573 [node1] …`).
  m = /(?<![\d.])(1[6-9]\d{8})(?:\.(\d{1,9})(?![\d.])|,(\d{1,9})(?=[ \t]))/.exec(line);
  if (m) return { us: Number(m[1]) * 1_000_000 + fracUs(m[2] ?? m[3]), dated: true };
  // log4j2 JsonLayout's instant.
  m = /"epochSecond":(\d{10}),"nanoOfSecond":(\d{1,9})\b/.exec(line);
  if (m) return { us: Number(m[1]) * 1_000_000 + Math.floor(Number(m[2]) / 1000), dated: true };
  // (Python logging may print its milliseconds after a `%z` zone: `…T15:03:11+0100.291`.)
  m = /(\d{4})[-/](\d\d)[-/](\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d+))?(Z|[+-]\d\d:?\d\d)?(?:[.,](\d{3})(?!\d))?/.exec(line);
  if (m) {
    // A whole-second stamp before the program's own finer time of the same second (flyctl's and logcli's
    // `…T12:40:18Z … 12:40:18.002 [kv1] …`): the finer one.
    // Or before it: journalctl's µs head over a program's whole-second stamp (`Dec 04 17:59:00.340027 lab kv_node[23206]:
    // [2026-12-04T17:59:00Z INFO …`).
    const finer = m[7] ?? m[9] ? null : (new RegExp(`\\b${m[4]}:${m[5]}:${m[6]}[.,](\\d+)`).exec(line.slice(m.index + m[0].length)) ?? new RegExp(`\\b${m[4]}:${m[5]}:${m[6]}[.,](\\d+)`).exec(line.slice(0, m.index)));
    // A zone's name right after a zone-less stamp (`date '+%F %T.%3N %Z'`: `… 02:59:59.900 CEST`): its offset.
    // glibc's `%Z` for a zone without letters is numeric (`… 14:08:58.764 -03 [node3]`, ` +0545`).
    const named = m[8] ? null : /^ (?:(UTC|GMT|WET|WEST|CET|CEST|EET|EEST|JST)\b|([+-]\d\d(?:\d\d)?)(?=[ \t\]]|$))/.exec(line.slice(m.index + m[0].length));
    const zoneNameUs = !named ? 0 : named[1] ? ZONE_NAME_MIN[named[1]] * 60_000_000 : zoneUs(named[2]);
    return { us: Date.UTC(+m[1], +m[2] - 1, +m[3]) * 1000 + todUs(m[4], m[5], m[6], m[7] ?? m[9] ?? finer?.[1]) - zoneUs(m[8]) - zoneNameUs, dated: true, zoned: Boolean(m[8] ?? named) };
  }
  m = /(\d\d)\/(\d\d)\/(\d{4}) (\d{1,2}):(\d\d):(\d\d)\.(\d+) (AM|PM)/i.exec(line);
  if (m) return { us: Date.UTC(+m[3], +m[1] - 1, +m[2]) * 1000 + todUs((+m[4] % 12) + (/pm/i.test(m[8]) ? 12 : 0), m[5], m[6], m[7]), dated: true };
  m = /\[(\d{10})\.(\d+)\]/.exec(line);
  if (m) return { us: Number(m[1]) * 1_000_000 + fracUs(m[2]), dated: true };
  // C's ctime()/asctime() text with the fraction glued after the year (`[%.24s.%03ld]`): `Thu Dec  3 07:01:02 2026.545`,
  // `… 2026,512`, µs `… 2026.233109`.
  m = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +(\d{1,2}) (\d\d):(\d\d):(\d\d) (\d{4})[.,](\d{1,9})(?!\d)/.exec(line);
  if (m) return { us: Date.UTC(+m[6], MONTHS[m[1]] - 1, +m[2]) * 1000 + todUs(m[3], m[4], m[5], m[7]), dated: true };
  m = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +(\d{1,2}) (\d\d):(\d\d):(\d\d)\.(\d+)/.exec(line);
  if (m) return { us: Date.UTC(2026, MONTHS[m[1]] - 1, +m[2]) * 1000 + todUs(m[3], m[4], m[5], m[6]), dated: true };
  m = /(\d{1,2}):(\d\d):(\d\d)\.(\d+) (AM|PM)/i.exec(line);
  if (m) return { us: todUs((+m[1] % 12) + (/pm/i.test(m[5]) ? 12 : 0), m[2], m[3], m[4]), dated: false };
  // cmd.exe's `echo %time%` alone on its line (after `%date%`'s day-first date when echoed too): the hour space-padded
  // below 10, a comma in many locales (` 9:41:07,12`, `02.12.2026  9:41:07,12`).
  m = /^(?:\d\d[./]\d\d[./]\d{4} +)? ?(\d{1,2}):(\d\d):(\d\d)[.,](\d\d)$/.exec(line);
  if (m) return { us: todUs(m[1], m[2], m[3], m[4]), dated: false };
  // A time of day with its zone: `date +%T.%3N%z`'s glued offset (`15:03:11.087+0100`), `date +'%T.%3N %Z'`'s name
  // (one a single offset: not PST, also the Philippines').
  m = /(\d\d):(\d\d):(\d\d)[.,](\d+)(?:([+-]\d\d:?\d\d)(?![\d:])| (UTC|GMT|WET|WEST|CET|CEST|EET|EEST|EST|EDT|PDT)\b)?/.exec(line);
  if (m) return { us: todUs(m[1], m[2], m[3], m[4]) - zoneUs(m[5]) - (m[6] ? ZONE_NAME_MIN[m[6]] * 60_000_000 : 0), dated: false, zoned: Boolean(m[5] ?? m[6]) };
  // Epoch ns of this decade, 19 digits (canonical raft's and dqlite's `LIBRAFT   1796126743071779039 src/…` traces).
  m = /(?<![\d.])(1[6-9]\d{17})(?![\d.])/.exec(line);
  if (m) return { us: Number(BigInt(m[1]) / 1000n), dated: true };
  // Rust's `SystemTime { tv_sec: 1796047391, tv_nsec: 291234567 }` (its Debug print on Unix).
  m = /SystemTime \{ tv_sec: (\d{10}), tv_nsec: (\d{1,9}) \}/.exec(line);
  if (m) return { us: Number(m[1]) * 1_000_000 + Math.floor(Number(m[2]) / 1000), dated: true };
  // Deno's `performance.timeOrigin + performance.now()`: epoch ms with a fraction, `[1796116462517.384]`.
  m = /\[(1[6-9]\d{11})\.(\d{1,3})\]/.exec(line);
  if (m) return { us: Number(m[1]) * 1000 + Number(m[2].padEnd(3, '0')), dated: true };
  // daemontools/runit svlogd's raw TAI64N label `@400000006b0e9a5a070d26cb`: 2^62 + TAI seconds, then ns (the TAI
  // offset is one constant, so differences hold).
  m = /^@4([0-9a-f]{15})([0-9a-f]{8})\b/.exec(line);
  if (m) return { us: Number(BigInt(`0x${m[1]}`)) * 1_000_000 + Math.floor(parseInt(m[2], 16) / 1000), dated: true };
  // A monotonic clock's seconds: logfmt's `mono=88213.604331`, a harness's `[ 5314.902551]` (ctest -V's `3: ` before it).
  m = /\bmono=(\d{1,9})\.(\d{1,9})\b/.exec(line) ?? /\[\s*(\d{1,9})\.(\d{6})\]/.exec(line);
  if (m) return { us: Number(m[1]) * 1_000_000 + fracUs(m[2]), dated: true };
  return null;
}

// A journal record's MESSAGE field (journalctl -o verbose, -o export, -o json-pretty) has no time of its own: its
// record's `__REALTIME_TIMESTAMP` (µs) has, or under -o verbose the record's unindented head line.
const JOURNAL_MESSAGE = /^\s*"?MESSAGE"?\s*[=:]/;
const REALTIME = /__REALTIME_TIMESTAMP"?\s*[=:]\s*"?(\d{16})\b/;
function readJournalRecordTime(lines, index) {
  if (!JOURNAL_MESSAGE.test(lines[index] ?? '')) return null;
  const boundary = (line) => line.trim() === '' || line.trim() === '{' || line.trim() === '}' || line.trim() === '},' || !/^\s|^[A-Z_]+=|^"/.test(line);
  for (const step of [-1, 1]) {
    for (let i = index + step; i >= 0 && i < lines.length && Math.abs(i - index) < 300; i += step) {
      const m = REALTIME.exec(lines[i]);
      if (m) return { us: Number(m[1]), dated: true };
      if (!boundary(lines[i])) continue;
      // -o verbose: the head line above the fields holds the record's time.
      if (step < 0 && lines[i].trim() !== '' && !/^[{}]/.test(lines[i].trim())) return readWallTime(lines[i]);
      break;
    }
  }
  return null;
}

// A process's seconds since it started (`[+6.881s]`) under its own line giving that start's wall-clock time
// (`kv_node n1: started 2026-12-01 12:31:00.118 (wall clock)`): the start plus the seconds.
function readAnchoredElapsed(lines, index) {
  const m = /^\[\+(\d{1,6})\.(\d{1,6})s\]/.exec(lines[index] ?? '');
  if (!m) return null;
  for (let i = index - 1; i >= 0 && index - i < 500; i--) {
    if (!/\bstarted\b/.test(lines[i]) || /^\[\+/.test(lines[i])) continue;
    const start = readWallTime(lines[i]);
    return start && { us: start.us + Number(m[1]) * 1_000_000 + fracUs(m[2]), dated: start.dated };
  }
  return null;
}

// moreutils' `ts -i` stamps each line with the time since the line before: a line's time is the sum of the gaps of
// the lines above it, so a delay is the sum of the gaps after the kill line up to the detection line.
const INCREMENTAL_GAP = /^(\d{1,6})\.(\d{6}) /;
function sumIncrementalGapsUs(lines, fromLine, toLine) {
  let us = 0;
  for (let i = fromLine; i < toLine; i++) {
    const m = INCREMENTAL_GAP.exec(lines[i] ?? '');
    if (m) us += Number(m[1]) * 1_000_000 + Number(m[2]);
  }
  return us;
}

// C's `printf("%ld.%ld", tv_sec, tv_usec)` without zero padding: the digits after the dot are µs as a number (the
// cases whose class says unpadded-usec).
function readUnpaddedMicros(line) {
  const m = /(?<![\d.])(\d{10})\.(\d{1,6})(?![\d.])/.exec(line);
  return m ? { us: Number(m[1]) * 1_000_000 + Number(m[2]), dated: true } : null;
}

// The same with tv_nsec (the cases whose class says unpadded-tv-nsec): the digits are ns as a number, read to the µs.
function readUnpaddedNanos(line) {
  const m = /(?<![\d.])(\d{10})\.(\d{1,9})(?![\d.])/.exec(line);
  return m ? { us: Number(m[1]) * 1_000_000 + Number(m[2]) / 1000, dated: true } : null;
}

// C's `printf("%s.%ld", hms, tv_nsec / 1000000)` without zero padding: the one to three digits after the clock's dot
// are ms as a number (the cases whose class says unpadded-ms); a finer fraction (a `date +%T.%N` record) is decimal.
function readUnpaddedMillis(line) {
  const m = /(?<!\d)(\d\d):(\d\d):(\d\d)\.(\d+)(?!\d)/.exec(line);
  if (!m) return null;
  return { us: m[4].length > 3 ? todUs(m[1], m[2], m[3], m[4]) : todUs(m[1], m[2], m[3]) + Number(m[4]) * 1000, dated: false };
}

// Python logging's `%(relativeCreated)7d`: whole ms at the head of the line, one clock for the paste (the cases whose
// class or shape says relativecreated).
function readRelativeMs(line) {
  const m = /^ *(\d{1,9})[ \t]/.exec(line);
  return m ? { us: Number(m[1]) * 1000, dated: true } : null;
}

// One launcher's `[+s.mmm]` since it started, stamping every node's line (a supervisor's stream, `ts -s` over one pipe,
// one process running all the nodes): seconds on one clock (the cases whose class says one-elapsed-clock).
function readSharedElapsed(line) {
  const m = /^\[\+(\d{1,6})\.(\d{3,9})s?\]/.exec(line);
  return m ? { us: Number(m[1]) * 1_000_000 + fracUs(m[2]), dated: true } : null;
}

// A CI runner's receive stamp before the program's own time (GitHub Actions' raw log: `2026-12-01T10:20:41.5834336Z
// 2026-12-01 10:20:39.742 …`, a `cat` of log files printed seconds after the events): the program's own time (the
// cases whose shape says runner-stamp-then-own).
// A line timed at its end (`WARN  election timeout: deadline 10:00:00.302 passed … (10:00:00.410)`, the shapes whose
// name says time-last-parens): the time closing it, not one its message states.
function readTimeLast(line) {
  const m = /[([](\d\d):(\d\d):(\d\d)[.,](\d+)[)\]]\s*$/.exec(line);
  return m ? { us: todUs(m[1], m[2], m[3], m[4]), dated: false } : readWallTime(line);
}

function readAfterRunnerStamp(line) {
  return readWallTime(line.replace(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z /, ''));
}

// A relay's column before the program's own stamp (docker -t's `…413002117Z [11:20:08.412]`, Grafana Explore's
// `2026-12-03 12:20:08.655<TAB>ts=…Z`): the program's stamp is the event's (shapes saying relay-column-then-own).
function readAfterRelayColumn(line) {
  return readWallTime(line.replace(/^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d\.\d+Z?[\t ]/, ''));
}

function linesOf(file) {
  const bytes = readFileSync(join(DIR, file));
  const text = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.subarray(2).toString('utf16le') : bytes.toString('utf8');
  return text.replace(/\x1b\[[0-9;]*m/g, '').replace(/\0/g, '').split(/\r?\n|[\u2028\u2029]/);
}

let bad = 0;
let checked = 0;
// Rows whose kill or detection time none of the readers above reads (journal records whose time is on another line,
// unpadded C µs, …): not re-read, listed apart; they are no disagreement.
const unread = [];
for (const c of JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8'))) {
  if (c.killLine === null) continue;
  const lines = linesOf(c.file);
  const kind = `${c.class} ${c.shape ?? ''}`;
  const readTime = /relativecreated/i.test(kind)
    ? readRelativeMs
    : /one-elapsed-clock/i.test(kind)
      ? readSharedElapsed
      : /unpadded-usec/i.test(kind)
        ? readUnpaddedMicros
        : /unpadded-tv-nsec/i.test(kind)
          ? readUnpaddedNanos
        : /unpadded-ms/i.test(kind)
          ? readUnpaddedMillis
        : /runner-stamp-then-own/i.test(kind)
          ? readAfterRunnerStamp
          : /relay-column-then-own/i.test(kind)
            ? readAfterRelayColumn
            : /time-last-parens/i.test(kind)
              ? readTimeLast
              : readWallTime;
  const incremental = /incremental/i.test(kind);
  const kill = incremental ? { us: 0, dated: true } : (readTime(lines[c.killLine - 1] ?? '') ?? readJournalRecordTime(lines, c.killLine - 1) ?? readAnchoredElapsed(lines, c.killLine - 1));
  for (const [node, ms] of Object.entries(c.followers)) {
    const at = c.detectionLines?.[node];
    if (ms === null || at === undefined) continue;
    // A detection inside a stack trace has no time of its own: its record's first line (recordLines) has it.
    // Panes side by side (`|`, tmux's `│`, `┃`, `║` borders): the segment of the row that names the node, by its name
    // or one of its aliases of three characters or more (`node 3`; a bare `3` may be any number's digit).
    const row = lines[(c.recordLines?.[node] ?? at) - 1] ?? '';
    const segments = row.split(/[|│┃║]/).filter((seg) => readTime(seg) !== null);
    const names = [node, ...(c.aliases?.[node] ?? []).filter((alias) => alias.length >= 3)];
    const det = incremental
      ? { us: sumIncrementalGapsUs(lines, c.killLine, at), dated: true }
      : (readTime(segments.length > 1 ? (segments.find((seg) => names.some((name) => seg.includes(name))) ?? row) : row) ?? readJournalRecordTime(lines, (c.recordLines?.[node] ?? at) - 1) ?? readAnchoredElapsed(lines, at - 1));
    if (!kill || !det) {
      unread.push(`${c.file} ${node} (line ${kill ? at : c.killLine})`);
      continue;
    }
    let diffUs = det.us - kill.us;
    // A kill record printed in the shell's zone (the `date` output above it names it: `Wed Dec  2 15:19:58 CET 2026`)
    // over node lines stamped in UTC (`…Z`): the record's wall time less that zone's offset.
    if (/local-zone-shown/.test(kind) && !kill.dated && det.dated) {
      const zone = lines.slice(0, c.killLine - 1).map((line) => / ([A-Z]{3,4}) \d{4}$/.exec(line)?.[1]).findLast((name) => name in ZONE_NAME_MIN);
      if (zone !== undefined) diffUs += ZONE_NAME_MIN[zone] * 60_000_000;
    }
    // A kill record whose zone name names several zones (`19:33:11.086 IST`) in the offset the same shell's ISO date
    // printed above it (shapes saying shell-iso-offset-shown).
    if (/shell-iso-offset-shown/.test(kind) && !kill.zoned) {
      const offset = lines.slice(0, c.killLine - 1).map((line) => /[+-]\d\d:\d\d$/.exec(line)?.[0]).findLast(Boolean);
      if (offset !== undefined) diffUs += zoneUs(offset);
    }
    // A zone-less kill record or zone-less node lines in a zone the paste shows elsewhere (the shapes saying
    // `record-in-CET`, `logs-in-UTC`: a `TZ=UTC date` record, nodes in a UTC container, a `timedatectl` zone): each
    // side's wall time less that zone's offset. The zone must be named in the paste (or its offset printed).
    for (const [side, sign] of [['record', 1], ['logs', -1]]) {
      const zone = new RegExp(`\\b${side}-in-([A-Z]{3,4})\\b`).exec(kind)?.[1];
      if (zone === undefined) continue;
      const min = ZONE_NAME_MIN[zone];
      const offset = `${min < 0 ? '-' : '+'}${String(Math.floor(Math.abs(min) / 60)).padStart(2, '0')}:${String(Math.abs(min) % 60).padStart(2, '0')}`;
      if (min === undefined || !lines.some((line) => new RegExp(`\\b${zone}\\b`).test(line) || line.includes(offset) || line.includes(offset.replace(':', '')))) {
        throw new Error(`${c.file}: its shape says ${side}-in-${zone}, a zone the paste never shows`);
      }
      // Only that side's zone-less times: a line printing its own zone or offset (a UTC container's `…Z` beside zone-less
      // host logs, a record with `%z`) is read in it.
      if ((side === 'record' ? kill : det).zoned) continue;
      diffUs += sign * min * 60_000_000;
    }
    // A kill record printed on a 12-hour clock with no AM/PM (`Get-Date -Format "hh:…"`, `date +%I:…`): its hour is
    // known modulo 12, so is the difference.
    const periodUs = /twelve-hour|hh-12-hour/.test(kind) ? DAY_US / 2 : DAY_US;
    if (!(kill.dated && det.dated)) diffUs = ((((diffUs % periodUs) + periodUs + periodUs / 2) % periodUs) - periodUs / 2);
    checked++;
    // Times are read to the µs (ns truncated); with both stamps truncated the difference may be 1 µs off the truth.
    if (Math.abs(diffUs / 1000 - ms) > 0.001 + 1e-9) {
      bad++;
      console.log(`${c.file} ${node}: text says ${diffUs / 1000} ms (lines ${c.killLine}→${at}), expected.json says ${ms}`);
    }
  }
}
if (unread.length > 0) console.log(`not re-read (no reader here for the time on that line):\n  ${unread.join('\n  ')}`);
console.log(`${checked} detections re-read from the text, ${bad} disagree, ${unread.length} not re-read`);
process.exit(bad ? 1 : 0);
