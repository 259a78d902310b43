// A record glued after a cut one (a C node's buffered stdout flushed mid-line, its stderr line right after the cut):
// the glued record's own head times its words; a time a message states is no head.
import { describe, expect, it } from 'vitest';
import { findGluedRecordTime } from '../../src/log-events/glued-records.js';
import { parseTimestampAt } from '../../src/log-events/parse-timestamp.js';

const at = (line: string, words: string): number => line.indexOf(words);
const timeOf = (line: string, words: string) => {
  const head = parseTimestampAt(line, 0)!;
  return findGluedRecordTime(line, 0, head, at(line, words));
};

describe('findGluedRecordTime', () => {
  it('reads the glued head before the words: the same format, length and writer token', () => {
    const line = '2026-12-03 20:39:10.384 [node2] INFO  heartbeat f2026-12-03 20:39:11.334 [node2] WARN  connection to leader node1 lost: EOF';
    const glued = timeOf(line, 'connection to leader');
    expect(glued!.ms - parseTimestampAt(line, 0)!.ms).toBe(950);
    expect(glued!.dayMs - parseTimestampAt(line, 0)!.dayMs).toBe(950);
  });

  it('takes a level word after both heads as the same shape, and the last glued head of several', () => {
    const line = '20:39:10.384 INFO  applied ind20:39:10.500 INFO  persisted te20:39:11.334 WARN  heartbeat timeout';
    expect(timeOf(line, 'heartbeat timeout')!.dayMs).toBe((20 * 3600 + 39 * 60 + 11) * 1000 + 334);
  });

  it('reads no glued head in a time the message states, nor after the words, nor of another format', () => {
    for (const [line, words] of [
      ['2026-12-03 20:39:11.250 [node2] WARN  no heartbeat since 2026-12-03 20:39:10.990, election timeout', 'election timeout'],
      ['2026-12-03 20:39:11.250 [node2] WARN  last heartbeat 2026-12-03 20:39:10.990 [leader node1] expired: election timeout', 'election timeout'],
      ['2026-12-03 20:39:11.250 [node2] WARN  connection to leader node1 lost at 2026-12-03 20:39:11.100 [node2] (EOF)', 'connection to leader'],
      ['2026-12-03 20:39:11.250 [node2] WARN  heartbeat f20:39:11.900 [node2] WARN  connection to leader node1 lost', 'connection to leader'],
    ] as const) {
      expect(timeOf(line, words), line).toBeUndefined();
    }
  });
});
