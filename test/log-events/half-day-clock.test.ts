// A kill record printed on a 12-hour clock with no AM/PM (half-day-clock.ts): the format read from the date command,
// and the reading next to the nodes' own times.
import { describe, expect, it } from 'vitest';
import { markHalfDay, printsHalfDayClock, resolveHalfDayTimes } from '../../src/log-events/half-day-clock.js';
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
