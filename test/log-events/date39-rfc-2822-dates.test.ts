// RFC 2822's date (`date -R`, `date --rfc-email`, JavaScript's toUTCString: `Thu, 03 Dec 2026 09:49:44 +0000`): a
// zoned time to the second, also as the kill record a `date -R; kill PID` printed.
import { describe, expect, it } from 'vitest';
import { readLogText } from '../../src/log-events/index.js';
import { parseTimestampAt } from '../../src/log-events/parse-timestamp.js';
import { w12Patterns as patterns } from '../support/lesson-line-mask.js';

const AT = Date.UTC(2026, 11, 3, 9, 49, 44);
const parse = (text: string) => parseTimestampAt(text, 0, text.length);

describe('RFC 2822 dates', () => {
  it.each([
    ['Thu, 03 Dec 2026 09:49:44 +0000', 0],
    ['Thu, 03 Dec 2026 10:49:44 +0100', 0],
    ['Thu, 03 Dec 2026 04:49:44 -0500', 0],
    ['Thu, 3 Dec 2026 09:49:44 GMT', 0],
    ['Thu, 03 Dec 2026 09:49:44 UT', 0],
    ['Thu, 03 Dec 2026 10:49:44 CET', 0],
  ])('reads %s as a zoned whole-second time', (text) => {
    expect(parse(text)).toMatchObject({ kind: 'absolute', ms: AT, precisionMs: 1000, zoned: true, end: text.length });
  });

  it('keeps the wall clock as written', () => {
    expect(parse('Thu, 03 Dec 2026 10:49:44 +0100')).toMatchObject({ dayMs: (10 * 3600 + 49 * 60 + 44) * 1000 });
  });

  it('reads no date without a zone, a weekday, a known month or a 4-digit year (near misses)', () => {
    expect(parse('Thu, 03 Dec 2026 09:49:44')).toBeUndefined();
    expect(parse('Thu, 03 Dez 2026 09:49:44 +0000')).toBeUndefined();
    expect(parse('Thx, 03 Dec 2026 09:49:44 +0000')).toBeUndefined();
    expect(parse('Thu, 03 Dec 26 09:49:44 +0000')).toBeUndefined();
    expect(parse('Thu, 33 Dec 2026 09:49:44 +0000')).toBeUndefined();
  });
});

describe('a date -R kill record', () => {
  const followers = [
    '2026-12-03T09:49:44.256Z [node2] connection to leader node1 lost (EOF)',
    '2026-12-03T09:49:44.254Z [node3] connection to leader node1 lost (EOF)',
  ];
  const killTime = (head: string[]) => readLogText([...head, ...followers].join('\n'), patterns).events.find((e) => e.kind === 'kill')?.time;

  it.each(['$ date -R; kill 4664', '$ date --rfc-email; kill 4664'])('times `%s` by the date it printed', (command) => {
    expect(killTime([command, 'Thu, 03 Dec 2026 09:49:44 +0000'])).toMatchObject({ kind: 'absolute', ms: AT, precisionMs: 1000, zoned: true });
  });
});
