// Where a line's time sits (time-in-words.ts): inside a sentence's words, not at a log line's head.
import { describe, expect, it } from 'vitest';
import { parseTimestampAt } from '../../src/log-events/parse-timestamp.js';
import { indexLines } from '../../src/log-events/paste-lines.js';
import { scanLines } from '../../src/log-events/scan-lines.js';
import { findStampInWords, isTimeInWords } from '../../src/log-events/time-in-words.js';

// Whether the time written at `timeAt` in `line` sits inside its words.
const inWords = (line: string, timeAt: string): boolean => {
  const at = line.indexOf(timeAt);
  const stamp = parseTimestampAt(line, at, line.length);
  if (stamp === undefined) throw new Error(`no time at "${timeAt}" in "${line}"`);
  return isTimeInWords(line, 0, line.length, stamp);
};

describe('isTimeInWords: a time inside a sentence, not at a log line head', () => {
  it('takes a time with two or more words before it', () => {
    expect(inWords('kill um 14:03:11,482, both followers time out (split vote, then node2 wins term 3):', '14:03')).toBe(true);
    expect(inWords('killed node1 (pid 30117) at 14:03:11.291, node2 noticed', '14:03')).toBe(true);
    expect(inWords('I killed it at: 14:03:11.291', '14:03')).toBe(true);
    expect(inWords('arrêté vers 14:03:11,291, après ça node2 élu', '14:03')).toBe(true);
  });

  it('never a head behind a level, host, weekday, `^C` or a glued bracket: one word is a column', () => {
    expect(inWords('^C14:40:12.331 node1 LEADER    received SIGINT, shutting down', '14:40')).toBe(false);
    expect(inWords('^C[2026-12-01T10:14:22Z INFO  kv_node] node1: received SIGINT, shutting down', '2026')).toBe(false);
    expect(inWords('INFO 2026-12-01 10:14:22.118 node1 received SIGTERM', '2026')).toBe(false);
    expect(inWords('kv-0 kv 2026-11-29T21:27:27.270005Z INFO got signal terminated, shutting down', '2026')).toBe(false);
    expect(inWords('raft-a-1  | 2026-11-30T13:24:31.118Z raft-a: received SIGTERM', '2026')).toBe(false);
    expect(inWords('── ── 💔 💔 10:31:05.089 n1 │ received SIGTERM, shutting down', '10:31')).toBe(false);
  });

  it('never a finer stamp after the line head coarse one (journalctl over the program own time)', () => {
    const line = 'Mon 2026-11-30 14:03:11 UTC raftbox kv@1.service[4101]: [14:03:11.263] node1: received SIGTERM, shutting down';
    expect(inWords(line, '14:03:11.263')).toBe(false);
  });

  it('never a time written on another line (a two-line record, a `date` under its command)', () => {
    const text = 'Dec 01, 2026 2:03:11.291 PM raft.Node run\nINFO: node1 said: received SIGTERM, shutting down';
    const stamp = parseTimestampAt(text, 0, 40)!;
    const second = text.indexOf('\n') + 1;
    expect(isTimeInWords(text, second, text.length, stamp)).toBe(false);
  });
});

describe("findStampInWords: a line's own time inside its words, never a program's head or end stamp", () => {
  // The 1-based lines of `text` whose own time findStampInWords reads as stated in words.
  const statedLines = (text: string): number[] => {
    const lines = indexLines(text);
    const table = scanLines(lines);
    const found: number[] = [];
    for (let i = 0; i < lines.count; i++) if (findStampInWords(lines, table, i) !== undefined) found.push(i + 1);
    return found;
  };

  it('reads a sentence, not a head-stamped line or a line whose one word is a column', () => {
    expect(statedLines(['10:00:00.100 [node1] received SIGTERM', 'I killed the leader (node1) at 10:00:00.100', 'INFO 10:00:00.101 node2 lost leader'].join('\n'))).toEqual([2]);
  });

  it("reads no line of a program that writes its time at the end, line after line (time-last-lines.ts)", () => {
    const timeLast = ['==> n3.log <==', 'WARN heartbeat timeout (10:00:00.100)', 'INFO granted vote to n2 (10:00:00.102)', 'INFO append from n2 ok (10:00:00.110)'];
    expect(statedLines(timeLast.join('\n'))).toEqual([]);
  });
});
