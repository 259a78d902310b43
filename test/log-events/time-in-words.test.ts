// A kill stated in a sentence with its time inside the words (time-in-words.ts): the student's line, no program's.
import { describe, expect, it } from 'vitest';
import { judgeKills, placeEventsOnClock, readLogText, type LogEvent } from '../../src/log-events/index.js';
import { parseTimestampAt } from '../../src/log-events/parse-timestamp.js';
import { isTimeInWords } from '../../src/log-events/time-in-words.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

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

describe('readLogText: a kill sentence is the student line', () => {
  const logs = [
    '14:03:10,953 [node1] heartbeat -> node2,node3',
    '14:03:11,478 [node1] heartbeat -> node2,node3',
    '14:03:11,482 [node1] received SIGTERM, shutting down',
    '14:03:11,479 [node2] heartbeat from node1, term 1',
    '14:03:11,783 [node2] heartbeat timeout (300 ms), candidate for term 2',
    '14:03:12,013 [node2] leader for term 3',
    '14:03:11,478 [node3] heartbeat from node1, term 1',
    '14:03:11,786 [node3] heartbeat timeout (300 ms), candidate for term 2',
  ];
  const sentence = 'kill um 14:03:11,482, both followers time out (split vote, then node2 wins term 3):';
  const kills = (events: readonly LogEvent[]) => events.filter((e) => e.kind === 'kill').map((e) => ({ line: e.line + 1, node: e.node, target: e.target, inWords: e.timeInWords === true }));

  it('is no file in a cat of whole files, and names no node its words name after its time', () => {
    const { events } = readLogText([sentence, '', ...logs].join('\n'), patterns);
    expect(kills(events)).toEqual([
      { line: 1, node: undefined, target: undefined, inWords: true },
      { line: 5, node: 'node1', target: undefined, inWords: false },
    ]);
  });

  it('names the node its words name before its time', () => {
    const { events } = readLogText(['killed node1 (the leader) at 14:03:11,482, then node2 won term 3', '', ...logs].join('\n'), patterns);
    expect(kills(events)[0]).toEqual({ line: 1, node: undefined, target: 'node1', inWords: true });
  });

  it("yields to the leader's own line at the same instant: that line is the kill (a log line over a sentence)", () => {
    const { events } = readLogText([sentence, '', ...logs].join('\n'), patterns);
    const judged = judgeKills(events, placeEventsOnClock(events));
    expect(judged.map((k) => ({ line: k.event.line + 1, killed: k.killed, ofLeader: k.ofLeader, ownLine: k.ownLine }))).toEqual([
      { line: 5, killed: 'node1', ofLeader: true, ownLine: undefined },
    ]);
  });

  it('stays the kill, joined to the own line, when that line is later (the stricter reading)', () => {
    const later = logs.map((l) => l.replace('14:03:11,482 [node1]', '14:03:11,490 [node1]'));
    const { events } = readLogText([sentence, '', ...later].join('\n'), patterns);
    const judged = judgeKills(events, placeEventsOnClock(events));
    expect(judged.map((k) => ({ line: k.event.line + 1, killed: k.killed, ownLine: k.ownLine && k.ownLine.event.line + 1 }))).toEqual([{ line: 1, killed: 'node1', ownLine: 5 }]);
  });

  it("keeps a program's line that only a `^C` precedes its file's (blind12-rust-env-logger)", () => {
    const text = [
      'node1 $ cargo run -- --id 1',
      '[2026-12-01T10:13:59Z INFO  kv_node::raft] node1: became leader for term 1',
      '^C[2026-12-01T10:14:22Z INFO  kv_node] node1: received SIGINT, shutting down',
      '',
      'node2 $ cargo run -- --id 2',
      '[2026-12-01T10:13:58Z INFO  kv_node] node2 listening on 127.0.0.1:7002',
      '[2026-12-01T10:14:22Z WARN  kv_node::raft] node2: heartbeat timeout after 247ms, starting election for term 2',
    ].join('\n');
    const { events } = readLogText(text, patterns);
    expect(kills(events)).toEqual([{ line: 3, node: 'node1', target: undefined, inWords: false }]);
  });
});

describe('readLogText: a sentence that is no kill is no node line', () => {
  const paste = [
    '$ date -u +%FT%T.%3NZ; kill -9 8841',
    '2026-12-01T14:05:33.301Z',
    '==> n3.log <==',
    '2026-12-01T19:50:33.201+0545 [n3] DEBUG heartbeat from leader n1 term 2',
    '2026-12-01T19:50:33.519+0545 [n3] WARN election timeout fired (no heartbeat from leader n1 for 268 ms)',
    '',
    'kill at 14:05:33.301Z = 19:50:33.301 here. n2 EOF after 2 ms, n3 timer after 218 ms.',
  ].join('\n');

  it("drops a closing sentence under a node's section: its EOF is no detection of that node, its time none of its clock", () => {
    const events = readLogText(paste, patterns).events;
    expect(events.some((e) => e.line === 6)).toBe(false);
    expect(events.filter((e) => e.kind === 'heartbeat-timeout' || e.kind === 'connection-lost').map((e) => e.line)).toEqual([4]);
  });

  it("keeps a line whose own column names its writer, and a program's lines timed at their end", () => {
    expect(readLogText('[n3] WARN lost connection to leader n1 at 19:50:33.303 (EOF)', patterns).events.map((e) => e.kind)).toEqual(['connection-lost']);
    const timeLast = ['==> n3.log <==', 'WARN heartbeat timeout (10:00:00.100)', 'INFO granted vote to n2 (10:00:00.102)', 'INFO append from n2 ok (10:00:00.110)'].join('\n');
    expect(readLogText(timeLast, patterns).events.map((e) => e.kind)).toContain('heartbeat-timeout');
  });
});
