import { describe, expect, it } from 'vitest';
import { indexLines } from '../../src/log-events/paste-lines.js';
import { scanLines, stampOf } from '../../src/log-events/scan-lines.js';

// Each row's time of day as read (ms since midnight), or undefined.
const dayMsOf = (rows: readonly string[]) => {
  const lines = indexLines(rows.join('\n'));
  const table = scanLines(lines);
  return rows.map((_, i) => stampOf(lines, table, i)?.dayMs);
};
const at = (h: number, m: number, s: number, ms: number) => ((h * 60 + m) * 60 + s) * 1000 + ms;

describe("bare times of day on a 12-hour clock with no AM/PM (C's strftime(\"%I:%M:%S\"); adv42 p73)", () => {
  it('reads an hour-1 time after a writer\'s hour-12 one as the hour after it, 13:00, when the paste proves the clock', () => {
    const rows = [
      '$ grep -h "heartbeat\\|SIGTERM" data/node*/node.log | tail -n 5',
      '12:59:59.835 [n1] INFO sent heartbeat #2380 to followers',
      '12:59:59.880 [n1] WARN received SIGTERM, shutting down',
      '12:59:59.836 [n2] INFO heartbeat from leader node1 (term 1)',
      '01:00:00.101 [n2] WARN heartbeat timeout: no heartbeat from leader node1 in 265 ms',
      '01:00:00.139 [n3] WARN heartbeat timeout: no heartbeat from leader node1 in 300 ms',
    ];
    expect(dayMsOf(rows).slice(1)).toEqual([at(12, 59, 59, 835), at(12, 59, 59, 880), at(12, 59, 59, 836), at(13, 0, 0, 101), at(13, 0, 0, 139)]);
  });

  it('reads 11 → 12 → 1 as one run forward', () => {
    const rows = ['11:59:59.900 [n1] a', '12:00:00.100 [n1] b', '12:59:59.900 [n1] c', '01:00:00.100 [n1] d'];
    expect(dayMsOf(rows)).toEqual([at(11, 59, 59, 900), at(12, 0, 0, 100), at(12, 59, 59, 900), at(13, 0, 0, 100)]);
  });

  it('keeps the hours as written on a 24-hour clock: an hour 0 or past 12 anywhere, or no writer going from 12 to 1', () => {
    const wrap = ['12:59:59.880 [n1] a', '01:00:00.101 [n2] b', '12:59:59.836 [n2] c', '01:00:00.139 [n2] d'];
    expect(dayMsOf([...wrap, '13:00:00.200 [n3] e'])[3]).toBe(at(1, 0, 0, 139));
    expect(dayMsOf([...wrap, '00:00:00.200 [n3] e'])[3]).toBe(at(1, 0, 0, 139));
    expect(dayMsOf(['09:59:59.880 [n1] a', '10:00:00.101 [n2] b', '11:00:00.139 [n3] c'])).toEqual([at(9, 59, 59, 880), at(10, 0, 0, 101), at(11, 0, 0, 139)]);
    // 12 then 1 in two writers' lines only: no writer's own time wrapped.
    expect(dayMsOf(['12:59:59.880 [n1] a', '01:00:00.101 [n2] b'])[1]).toBe(at(1, 0, 0, 101));
  });

  it('keeps them when the writer\'s 12 → 1 is an hour or more on the 12-hour circle (another run), or a date is written', () => {
    expect(dayMsOf(['12:10:00.000 [n1] a', '01:30:00.000 [n1] b'])[1]).toBe(at(1, 30, 0, 0));
    expect(dayMsOf(['2026-12-03 12:59:59.880 [n1] a', '2026-12-03 01:00:00.101 [n1] b'])[1]).toBe(at(1, 0, 0, 101));
  });
});
