// A day, a month's word and a year, spaced, before the time (adv41 H/W): log4j's `%d{DATE}` (`03 Dec 2026
// 11:20:08,412`), a JDK locale's `3 déc. 2026 …` and `03 dic 2026 …`. The date was not read ("timestamps have no
// date") and its tokens ended the head, so a `[kv-2]` tag after the level named no writer.
import { describe, expect, it } from 'vitest';
import { indexLines } from '../../src/log-events/paste-lines.js';
import { parseTimestampAt, spacedDateEnd } from '../../src/log-events/parse-timestamp.js';
import { scanLines, stampOf } from '../../src/log-events/scan-lines.js';

const DAY = Date.UTC(2026, 11, 3);
const AT = 11 * 3_600_000 + 20 * 60_000 + 8_412;

describe('parseTimestampAt: a spaced day, month word and year', () => {
  it('reads English and JDK-locale months, the day padded or not, a comma or a dot before the ms', () => {
    for (const s of ['03 Dec 2026 11:20:08,412 INFO x', '3 déc. 2026 11:20:08,412 INFO x', '03 dic 2026 11:20:08.412 INFO x', '3 Dez 2026 11:20:08.412 x']) {
      const stamp = parseTimestampAt(s, 0);
      expect(stamp?.kind, s).toBe('absolute');
      expect(stamp?.ms, s).toBe(DAY + AT);
    }
  });

  it('is no date when the word is no month, the day is out of range or no clock follows', () => {
    expect(spacedDateEnd('03 Foo 2026 11:20:08,412', 0)).toBe(-1);
    expect(spacedDateEnd('42 Dec 2026 11:20:08,412', 0)).toBe(-1);
    expect(spacedDateEnd('03 Dec 2026 peers', 0)).toBe(-1);
    expect(spacedDateEnd('03 Dec 2026 11:20:08,412', 0)).toBe(12);
    expect(parseTimestampAt('3 peers 2026 up', 0)).toBeUndefined();
  });
});

describe('scanLines: the tag after a spaced date, time and level names the writer', () => {
  it('reads `[kv-2]` after `03 Dec 2026 11:20:08,412 WARN` as after an ISO date', () => {
    const text = ['03 Dec 2026 11:20:08,412 INFO  [kv-1] received SIGTERM', '03 Dec 2026 11:20:08,581 WARN  [kv-2] heartbeat timeout', '3 déc. 2026 11:20:08,655 WARN  [kv-3] heartbeat timeout'].join('\n');
    const lines = indexLines(text);
    const table = scanLines(lines);
    expect([0, 1, 2].map((i) => table.nodes[i])).toEqual(['kv-1', 'kv-2', 'kv-3']);
    expect([0, 1, 2].map((i) => stampOf(lines, table, i)?.ms)).toEqual([DAY + AT, DAY + AT + 169, DAY + AT + 243]);
  });
});

describe('scanLines: a CSV export whose every value is quoted (Kibana, Datadog)', () => {
  const nodesOf = (rows: string[]) => {
    const lines = indexLines(rows.join('\n'));
    const table = scanLines(lines);
    return rows.map((_, i) => table.nodes[i]);
  };

  it('names each row by its host column, as an unquoted export does (adv41 min/k9, p15)', () => {
    const datadog = ['"Date","Host","Service","Status","Message"', '"2026-12-03T11:20:08.655Z","raft-c","kv","warn","heartbeat timeout"', '"2026-12-03T11:20:08.581Z","raft-b","kv","warn","heartbeat timeout"', '"2026-12-03T11:20:08.412Z","raft-a","kv","info","received SIGTERM, shutting down"'];
    expect(nodesOf(datadog)).toEqual([undefined, 'raft-c', 'raft-b', 'raft-a']);
    const kibana = ['"@timestamp","host.name","log.level",message', '"Dec 3, 2026 @ 11:20:08.745","raft-c","WARN","heartbeat timeout"', '"Dec 3, 2026 @ 11:20:08.590","raft-b","WARN","heartbeat timeout"', '"Dec 3, 2026 @ 11:20:08.412","raft-a","INFO","received SIGTERM, shutting down"', '"Dec 3, 2026 @ 11:20:08.303","raft-c","DEBUG","heartbeat from leader raft-a"', '"Dec 3, 2026 @ 11:20:08.302","raft-b","DEBUG","heartbeat from leader raft-a"', '"Dec 3, 2026 @ 11:20:05.118","raft-a","INFO","became leader for term 2"'];
    expect(nodesOf(kibana)).toEqual([undefined, 'raft-c', 'raft-b', 'raft-a', 'raft-c', 'raft-b', 'raft-a']);
  });

  it('without a CSV header, quoted rows name no writer by their second field', () => {
    expect(nodesOf(['"2026-12-03T11:20:08.655Z","raft-c","x"', '"2026-12-03T11:20:08.581Z","raft-b","y"', '"2026-12-03T11:20:08.412Z","raft-a","z"'])).toEqual([undefined, undefined, undefined]);
  });
});

describe("parseTimestampAt: Kibana's default date `Dec 3, 2026 @ 11:20:08.745`", () => {
  it('reads the date and time around the `@` (adv41 W: "timestamps have no date")', () => {
    expect(parseTimestampAt('Dec 3, 2026 @ 11:20:08.412', 0)?.ms).toBe(DAY + AT);
    expect(parseTimestampAt('Dec 3, 2026 11:20:08.412', 0)?.ms).toBe(DAY + AT);
    expect(parseTimestampAt('Dec 3 @ 11:20:08.412', 0)).toBeUndefined();
  });
});
