import { describe, expect, it } from 'vitest';
import { printsHourlessClock, readHourlessRecord } from '../../src/log-events/hourless-record.js';

const at = (h: number, m: number, s: number, ms = 0): number => ((h * 60 + m) * 60 + s) * 1000 + ms;

describe('printsHourlessClock', () => {
  it.each([
    ['$ date +%M:%S.%3N; kill 4101', true],
    ["$ date '+%M:%S.%N' && kill 4101", true],
    ['$ date -u +%M:%S; kill 4101', true],
    ["PS C:\\kv> Get-Date -Format 'mm:ss.fff'; taskkill /PID 4101 /F", true],
    ['PS C:\\kv> Get-Date -UFormat "%M:%S"; taskkill /PID 4101 /F', true],
    ['$ date +%T.%3N; kill 4101', false],
    ['$ date +%H:%M:%S.%3N; kill 4101', false],
    ['$ date +%s.%3N; kill 4101', false],
    ["PS C:\\kv> Get-Date -Format 'HH:mm:ss.fff'; taskkill /PID 4101 /F", false],
    ['$ date; kill 4101', false],
  ])('%s: %s', (typed, expected) => {
    expect(printsHourlessClock(typed)).toBe(expected);
  });
});

describe('readHourlessRecord', () => {
  it("takes the one hour that puts the minute and second next to the nodes' lines (adv25)", () => {
    const stamp = readHourlessRecord('19:58.123', [at(15, 19, 58, 22), at(15, 19, 58, 126), at(15, 19, 58, 311)], 9);
    expect(stamp).toMatchObject({ kind: 'time-of-day', dayMs: at(15, 19, 58, 123), precisionMs: 1, zoned: false, hourFromNodes: true, end: 9 });
  });

  it('reads across the hour and across midnight', () => {
    expect(readHourlessRecord('59:59.912', [at(14, 59, 59, 871), at(15, 0, 0, 7)], 9)?.dayMs).toBe(at(14, 59, 59, 912));
    expect(readHourlessRecord('59:59.950', [at(0, 0, 0, 120)], 9)?.dayMs).toBe(at(23, 59, 59, 950));
  });

  it('reads no hour when lines lie near the record in two hours, in none, or any is zoned (near misses)', () => {
    expect(readHourlessRecord('19:58.123', [at(14, 19, 41, 208), at(15, 19, 58, 311)], 9)).toBeUndefined();
    expect(readHourlessRecord('19:58.123', [at(9, 49, 58, 126), at(9, 49, 58, 311)], 9)).toBeUndefined();
    expect(readHourlessRecord('19:58.123', [at(15, 19, 58, 126), undefined], 9)).toBeUndefined();
    expect(readHourlessRecord('19:58.123', [], 9)).toBeUndefined();
  });

  it('reads only a minute and second as such a format prints them', () => {
    expect(readHourlessRecord('61:58.123', [at(15, 1, 58)], 9)).toBeUndefined();
    expect(readHourlessRecord('15:19:58.123', [at(15, 19, 58)], 12)).toBeUndefined();
    expect(readHourlessRecord('19:58', [at(15, 19, 58, 126)], 5)).toMatchObject({ dayMs: at(15, 19, 58), precisionMs: 1000 });
  });
});
