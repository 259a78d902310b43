// What a student's date command printed (date-output.ts): a kill record on a 12-hour clock with no AM/PM takes the
// reading next to the nodes' own times; a bare time of day takes the zone a plain `date` of the same shell showed.
import { describe, expect, it } from 'vitest';
import { markHalfDay, printsHalfDayClock, printsNow, readDateZone, readInShellZone, readPrintedZone, resolveHalfDayTimes } from '../../src/log-events/date-output.js';
import type { MutableLogEvent } from '../../src/log-events/log-event.js';
import { parseTimestampAt } from '../../src/log-events/parse-timestamp.js';
import { readLogText } from '../../src/log-events/index.js';
import { w12Patterns as patterns } from '../support/lesson-line-mask.js';

describe('printsHalfDayClock', () => {
  it.each([
    'PS C:\\kv> Get-Date -Format "hh:mm:ss.fff"; Stop-Process -Id 9124',
    "PS> get-date -f 'h:mm:ss'; taskkill /PID 9124 /F",
    'PS> Get-Date -UFormat "%I:%M:%S"; Stop-Process -Id 9124',
    '$ date +%I:%M:%S.%3N; kill -TERM 4101',
    "$ date '+%-l:%M:%S.%N' && kill 4101",
    '$ sudo date -u +%I:%M:%S; kill 4101',
  ])('a 12-hour hour with no AM/PM: %s', (command) => {
    expect(printsHalfDayClock(command)).toBe(true);
  });

  it.each([
    'PS C:\\kv> Get-Date -Format "HH:mm:ss.fff"; Stop-Process -Id 9124',
    'PS> Get-Date -Format "hh:mm:ss.fff tt"; Stop-Process -Id 9124',
    'PS> Get-Date -Format o; Stop-Process -Id 9124',
    'PS> Get-Date -Format T; Stop-Process -Id 9124',
    'PS> Get-Date -UFormat "%I:%M:%S %p"; Stop-Process -Id 9124',
    '$ date +%T.%3N; kill -TERM 4101',
    '$ date +%H:%M:%S; kill 4101',
    '$ date "+%I:%M:%S %p"; kill 4101',
    '$ date +%r; kill 4101',
    '$ date; kill 4101',
    '$ echo "use date +%I for a 12-hour clock"',
  ])('a 24-hour clock, an AM/PM, or no format: %s', (command) => {
    expect(printsHalfDayClock(command)).toBe(false);
  });
});

describe('markHalfDay', () => {
  it('marks an hour a 12-hour clock can print, never 13-23', () => {
    expect(markHalfDay(parseTimestampAt('09:41:07.118', 0)!).halfDay).toBe(true);
    expect(markHalfDay(parseTimestampAt('12:00:00.001', 0)!).halfDay).toBe(true);
    expect(markHalfDay(parseTimestampAt('13:05:33.101', 0)!).halfDay).toBeUndefined();
  });
});

describe('resolveHalfDayTimes', () => {
  const event = (time: string, node: string | undefined, halfDay = false): MutableLogEvent => {
    const stamp = parseTimestampAt(time, 0)!;
    return { line: 0, time: halfDay ? markHalfDay(stamp) : stamp, node, nodeFrom: node === undefined ? undefined : 'name', kind: 'other' } as MutableLogEvent;
  };
  const clock = (e: MutableLogEvent): number => e.time!.dayMs;

  it('takes the afternoon reading next to afternoon node lines, the morning one next to morning lines', () => {
    const evening = [event('09:41:07.118', undefined, true), event('21:41:07.121', 'node2'), event('21:41:07.122', 'node3')];
    resolveHalfDayTimes(evening);
    expect(clock(evening[0]!)).toBe(parseTimestampAt('21:41:07.118', 0)!.dayMs);
    const morning = [event('09:41:07.118', undefined, true), event('09:41:07.121', 'node2')];
    resolveHalfDayTimes(morning);
    expect(clock(morning[0]!)).toBe(parseTimestampAt('09:41:07.118', 0)!.dayMs);
  });

  it("reads 12 as the hour after midnight or after noon, across midnight too", () => {
    const night = [event('12:00:00.100', undefined, true), event('23:59:59.950', 'node2')];
    resolveHalfDayTimes(night);
    expect(clock(night[0]!)).toBe(100);
    const noon = [event('12:00:00.100', undefined, true), event('12:00:00.180', 'node2')];
    resolveHalfDayTimes(noon);
    expect(clock(noon[0]!)).toBe(12 * 3_600_000 + 100);
  });

  it('keeps the printed reading with no zone-less node line to go by, and leaves other stamps alone', () => {
    const alone = [event('09:41:07.118', undefined, true), event('2026-12-02T21:41:07.121Z', 'node2'), event('21:41:07.300', undefined)];
    resolveHalfDayTimes(alone);
    expect(clock(alone[0]!)).toBe(parseTimestampAt('09:41:07.118', 0)!.dayMs);
    expect(clock(alone[2]!)).toBe(parseTimestampAt('21:41:07.300', 0)!.dayMs);
  });

  it('moves the event time of a kill record in a whole paste', () => {
    const paste = ['$ date +%I:%M:%S.%3N; kill -TERM 4101', '02:05:33.101', '14:05:33.104 [node2] WARN connection to leader node1 lost (EOF)'].join('\n');
    const kill = readLogText(paste, patterns).events.find((e) => e.kind === 'kill');
    expect(kill?.time?.dayMs).toBe(parseTimestampAt('14:05:33.101', 0)!.dayMs);
    const typed24 = paste.replace('%I', '%H').replace('02:05', '14:05');
    expect(readLogText(typed24, patterns).events.find((e) => e.kind === 'kill')?.time?.halfDay).toBeUndefined();
  });
});

describe('readDateZone', () => {
  it.each(['$ date', '$ date +%T.%3N; kill -TERM 7101', '$ sudo date -R', 'PS1> date --iso-8601=ms && kill 4101', '$ LC_ALL=C date +%T'])('the shell zone: %s', (command) => {
    expect(readDateZone(command)).toBe('shell');
  });
  it.each(['$ date -u', '$ date -u +%T.%3N; kill 4101', '$ date --utc', '$ TZ=UTC date +%T; kill 4101', '$ TZ=Etc/UTC date +%T', "$ TZ=':UTC' date", '$ env TZ=GMT date +%T'])('UTC: %s', (command) => {
    expect(readDateZone(command)).toBe('utc');
  });
  it.each(['$ TZ=America/New_York date +%T', '$ kill 4101', '$ echo "the date is wrong"'])('another zone or no date: %s', (command) => {
    expect(readDateZone(command)).toBeUndefined();
  });
});

describe('printsNow', () => {
  it('is a date of the time it runs at, not one given another time to print', () => {
    expect(['$ date', '$ date -R', '$ date -u +%T', '$ date --iso-8601=ms', '$ date -Iseconds'].map(printsNow)).toEqual([true, true, true, true, true]);
    expect(['$ date -d @1796221198', '$ date --date="yesterday"', '$ date -r data/node1/node.log', '$ date -ud @0', '$ kill 4101'].map(printsNow)).toEqual([false, false, false, false, false]);
  });
});

describe('readInShellZone', () => {
  const shown = parseTimestampAt('Wed Dec  2 09:47:12 EST 2026', 0)!;

  it("reads a bare time on the shown time's date, in its zone", () => {
    const read = readInShellZone(parseTimestampAt('09:47:31.402', 0)!, shown, 0, 'shell')!;
    expect([read.kind, read.zoned, read.ms]).toEqual(['absolute', true, Date.UTC(2026, 11, 2, 14, 47, 31, 402)]);
  });

  it('on the day after or before when that is nearer the shown time', () => {
    const late = parseTimestampAt('Wed Dec  2 23:59:58 CET 2026', 0)!;
    expect(readInShellZone(parseTimestampAt('00:00:01.500', 0)!, late, 0, 'shell')!.ms).toBe(Date.UTC(2026, 11, 2, 23, 0, 1, 500));
    const early = parseTimestampAt('Thu Dec  3 00:00:02 CET 2026', 0)!;
    expect(readInShellZone(parseTimestampAt('23:59:59.000', 0)!, early, 0, 'shell')!.ms).toBe(Date.UTC(2026, 11, 2, 22, 59, 59));
  });

  it("reads a UTC date's bare time in UTC on the shown time's date, on the shell's wall clock", () => {
    const cet = parseTimestampAt('Wed Dec  2 15:19:40 CET 2026', 0)!;
    const read = readInShellZone(parseTimestampAt('14:19:58.123', 0)!, cet, 7, 'utc')!;
    expect([read.kind, read.zoned, read.ms, read.dayMs, read.shellZoneAt, read.printedInUtc]).toEqual(['absolute', true, Date.UTC(2026, 11, 2, 14, 19, 58, 123), parseTimestampAt('15:19:58.123', 0)!.dayMs, 7, true]);
    const beforeMidnight = readInShellZone(parseTimestampAt('23:59:59.000', 0)!, parseTimestampAt('Thu Dec  3 01:00:05 CET 2026', 0)!, 0, 'utc')!;
    expect(beforeMidnight.ms).toBe(Date.UTC(2026, 11, 2, 23, 59, 59));
  });

  it('reads nothing from a zoned record or a shown time without a zone', () => {
    expect(readInShellZone(parseTimestampAt('2026-12-02T14:47:31.402Z', 0)!, shown, 0, 'shell')).toBeUndefined();
    expect(readInShellZone(parseTimestampAt('09:47:31.402', 0)!, parseTimestampAt('2026-12-02 09:47:12', 0)!, 0, 'shell')).toBeUndefined();
  });

  it("times a whole paste's kill record in the zone its shell's date showed, and only then", () => {
    const logs = ['2026-12-02T14:47:31.405Z node2 WARN connection to leader node1 lost (EOF)'];
    const killMs = (head: string[]) => readLogText([...head, ...logs].join('\n'), patterns).events.find((e) => e.kind === 'kill')?.time?.ms;
    const record = ['$ date +%T.%3N; kill -TERM 7101', '09:47:31.402'];
    expect(killMs(['$ date', 'Wed Dec  2 09:47:12 EST 2026', ...record])).toBe(Date.UTC(2026, 11, 2, 14, 47, 31, 402));
    expect(killMs(['$ date -u', 'Wed Dec  2 14:47:12 UTC 2026', ...record])).toBe(parseTimestampAt('09:47:31.402', 0)!.ms);
    expect(killMs(['$ date', 'Wed Dec  2 09:47:12 EST 2026', '$ TZ=UTC date +%T.%3N; kill -TERM 7101', '14:47:31.402'])).toBe(Date.UTC(2026, 11, 2, 14, 47, 31, 402));
    expect(killMs(['$ date', 'Wed Dec  2 09:47:12 EST 2026', '$ TZ=Asia/Tokyo date +%T.%3N; kill -TERM 7101', '23:47:31.402'])).toBe(parseTimestampAt('23:47:31.402', 0)!.ms);
    expect(killMs(record)).toBe(parseTimestampAt('09:47:31.402', 0)!.ms);
    expect(killMs(['$ date -d @1796000000', 'Sun Nov 30 00:53:20 EST 2026', ...record])).toBe(parseTimestampAt('09:47:31.402', 0)!.ms);
  });
});

describe('readPrintedZone', () => {
  const read = (output: string) => readPrintedZone(output, parseTimestampAt(output, 0, output.length)!);

  it.each([
    ['15:03:11.087+0100', 60, 17],
    ['09:03:11.087-0500', -300, 17],
    ['15:03:11.087+01:00', 60, 18],
    ['14:03:11.087Z', 0, 13],
    ['15:03:11.086 CET', 60, 16],
    ['09:03:11.086 EST', -300, 16],
    ['14:03:11.086 UTC', 0, 16],
  ])('%s: a time of day in the zone printed after it', (output, offsetMin, end) => {
    const stamp = read(output);
    expect([stamp.kind, stamp.zoned, stamp.offsetMin, stamp.end, stamp.dayMs % 1000]).toEqual(['time-of-day', true, offsetMin, end, output.includes('.086') ? 86 : 87]);
  });

  it('an abbreviation of several zones (IST) is kept as ambiguous, never guessed; no zone, or a word, leaves the time as it was', () => {
    expect([read('20:33:11.086 IST').zoned, read('20:33:11.086 IST').ambiguousZone, read('20:33:11.086 IST').offsetMin]).toEqual([false, 'IST', undefined]);
    expect(read('15:03:11.086')).toEqual(parseTimestampAt('15:03:11.086', 0));
    expect(read('15:03:11.086 kv-node1').end).toBe(12);
    // A dated stamp reads its own zone already.
    expect(read('2026-12-02T15:03:11.087+01:00').offsetMin).toBeUndefined();
  });

  it('a `date -u` / `TZ=UTC date` record with no date of its shell shown is read in UTC, as `…Z` says it (adv48)', () => {
    const logs = ['2026-12-04T16:23:38.863+01:00 WARN node2 connection to leader node1 lost (EOF)'];
    for (const command of ['$ date -u +%T.%3N; kill 26223', '$ TZ=UTC date +%T.%3N; kill 26223']) {
      const kill = readLogText([command, '15:23:38.853', ...logs].join('\n'), patterns).events.find((e) => e.kind === 'kill');
      expect([kill?.line, kill?.time?.zoned, kill?.time?.offsetMin, kill?.time?.printedInUtc], command).toEqual([1, true, 0, true]);
    }
    // A date in the shell's own zone stays a bare time.
    const local = readLogText(['$ date +%T.%3N; kill 26223', '16:23:38.853', ...logs].join('\n'), patterns).events.find((e) => e.kind === 'kill');
    expect(local?.time?.zoned).toBe(false);
  });

  it('a kill record `date +%T.%3N%z` prints is read with its offset (it was no record)', () => {
    const paste = ['$ date +%T.%3N%z; kill -9 4101', '15:03:11.087+0100', '2026-12-02 15:03:11.089 node2 WARN lost connection to leader node1'].join('\n');
    const kill = readLogText(paste, patterns).events.find((e) => e.kind === 'kill');
    expect([kill?.line, kill?.time?.offsetMin, kill?.time?.dayMs]).toEqual([1, 60, 54_191_087]);
  });
});

describe('an ambiguous zone name on a record', () => {
  const kill = (lines: string[]) => readLogText(lines.join('\n'), patterns).events.find((e) => e.kind === 'kill')?.time;
  const record = ["$ date +'%T.%3N %Z'; kill -9 4101", '19:33:11.086 IST', '2026-12-02T14:03:11.088Z node2 WARN lost connection to leader node1'];

  it("is read in the offset the same shell's date showed (`IST` is +05:30 there), its name kept", () => {
    const time = kill(['$ date --iso-8601=seconds', '2026-12-02T19:32:40+05:30', ...record]);
    expect([time?.ms, time?.ambiguousZone, time?.zoneName]).toEqual([Date.UTC(2026, 11, 2, 14, 3, 11, 86), undefined, 'IST']);
  });

  it('stays ambiguous with no offset shown, or only a zone name of several zones shown', () => {
    expect(kill(record)?.ambiguousZone).toBe('IST');
    expect(kill(['$ date', 'Wed Dec  2 19:32:40 IST 2026', ...record])?.ambiguousZone).toBe('IST');
  });
});


describe("a kill record printed by Python's clock, as the BSD date advice says (adv54g-34)", () => {
  it('times the kill on the line the one-liner printed: `datetime.now().time()` and `time.time()`', () => {
    const read = (clock: string, printed: string) =>
      readLogText(`alice@Alices-MacBook-Pro kv % python3 -c '${clock}'; kill 11660\n${printed}\n`, patterns).events.find((e) => e.kind === 'kill');
    expect(read('import datetime; print(datetime.datetime.now().time())', '08:22:24.288906')).toMatchObject({ line: 1, time: { kind: 'time-of-day', dayMs: 30_144_288.906 } });
    expect(read('import time; print(time.time())', '1796458944.288906')).toMatchObject({ line: 1, time: { kind: 'absolute', ms: 1_796_458_944_288.906 } });
    // Not a script that only mentions the clock's name in a string it prints.
    expect(read('print("ready")', '08:22:24.288906')?.time).toBeUndefined();
  });
});
