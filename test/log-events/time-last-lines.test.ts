// A program's line timed at its end (time-last-lines.ts): `WARN  received SIGTERM, shutting down (10:00:00.100)`
// repeated in one shape is a program's line, as a head-stamped one is — a file's in a headerless cat, no sentence.
import { describe, expect, it } from 'vitest';
import { readLogText, type LogEvent } from '../../src/log-events/index.js';
import { indexLines } from '../../src/log-events/paste-lines.js';
import { scanLines } from '../../src/log-events/scan-lines.js';
import { findTimeLastStamp, PROGRAM_SHAPE_LINES, readLineEndTime } from '../../src/log-events/time-last-lines.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

const endTime = (line: string): { dayMs: number; shape: string } | undefined => {
  const time = readLineEndTime(line, 0, line.length);
  return time && { dayMs: time.stamp.dayMs, shape: time.shape };
};
// Which lines (1-based) of `text` are a program's lines timed at their end.
const timeLastLines = (text: string): number[] => {
  const lines = indexLines(text);
  const table = scanLines(lines);
  const found: number[] = [];
  for (let i = 0; i < lines.count; i++) if (findTimeLastStamp(lines, table, i) !== undefined) found.push(i + 1);
  return found;
};
const brief = (events: readonly LogEvent[]): string[] => events.map((e) => [e.line + 1, e.kind, e.node ?? '-', e.nodeFrom ?? '-'].join(' '));

// Three nodes' whole logs, time last, the leader (node1) killed (the shape of adv15-fixg-time-last-format-cat-*).
const CAT = [
  '$ cat node1.log node2.log node3.log',
  'INFO  became leader for term 2 (09:59:58.101)',
  'INFO  heartbeat sent to node2, node3 (10:00:00.051)',
  'WARN  received SIGTERM, shutting down (10:00:00.100)',
  'INFO  following leader node1 for term 2 (09:59:58.105)',
  'INFO  heartbeat from leader node1 (10:00:00.052)',
  'WARN  connection to leader node1 closed: EOF (10:00:00.101)',
  'INFO  following leader node1 for term 2 (09:59:58.104)',
  'INFO  heartbeat from leader node1 (10:00:00.052)',
  'WARN  heartbeat timeout, no message from leader node1 in 228ms (10:00:00.280)',
];

describe('readLineEndTime: a time closing a line', () => {
  it('reads it in parentheses, in brackets or after " at ", each its own shape', () => {
    expect(endTime('WARN  received SIGTERM, shutting down (10:00:00.100)')).toEqual({ dayMs: 36_000_100, shape: '(time-of-day/1' });
    expect(endTime('heartbeat timeout  [10:00:00.280]  ')).toEqual({ dayMs: 36_000_280, shape: '[time-of-day/1' });
    expect(endTime('Compilation started at Tue Dec  1 11:48:02')?.shape).toMatch(/^at .*\/1000$/);
  });

  it('reads none inside the words, glued to a word, or before a closing full stop', () => {
    expect(endTime('killed node1 at 10:00:00.100, node2 noticed')).toBeUndefined();
    expect(endTime('heartbeat timeout(10:00:00.280)')).toBeUndefined();
    expect(endTime('I killed the leader at 10:00:00.100.')).toBeUndefined();
    expect(endTime('10:00:00.100 INFO heartbeat (took 12ms)')).toBeUndefined();
  });
});

describe('findTimeLastStamp: a shape repeated over lines is a program’s', () => {
  it(`takes lines of one shape written ${PROGRAM_SHAPE_LINES} times or more, not fewer`, () => {
    expect(timeLastLines(CAT.join('\n'))).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(timeLastLines(CAT.slice(0, PROGRAM_SHAPE_LINES).join('\n'))).toEqual([]);
  });

  it("takes no student's sentence under head-stamped logs, nor a line timed at its head", () => {
    const text = ['10:00:00.100 [node1] received SIGTERM, shutting down', '10:00:00.101 [node2] lost leader node1 (10:00:00.100)', 'so I killed the leader at 10:00:00.100'].join('\n');
    expect(timeLastLines(text)).toEqual([]);
  });

  it("takes no student's notes written alike under more head-stamped log lines (adv16)", () => {
    const logs = ['10:00:00.100 [node1] received SIGTERM, shutting down', '10:00:00.101 [node2] connection to leader closed: EOF', '10:00:00.281 [node3] heartbeat timeout after 229ms', '10:00:00.380 [node3] starting election for term 3'];
    const notes = ['leader killed at 10:00:00.100', 'first follower noticed at 10:00:00.101', 'second follower noticed at 10:00:00.281'];
    expect(timeLastLines([...logs, '', ...notes].join('\n'))).toEqual([]);
    // The same notes beside fewer head-stamped lines (a `date` output) still read as a program's.
    expect(timeLastLines(['10:00:00.099', ...notes].join('\n'))).toEqual([2, 3, 4]);
  });

  it("takes a shape under two files' headers, one line each (tail -n 1 under a date; adv16)", () => {
    const text = ['$ date +%T.%3N; kill 4101', '10:00:00.100', '$ tail -n 1 node2.log node3.log', '==> node2.log <==', 'WARN  connection to leader node1 closed: EOF (10:00:00.101)', '', '==> node3.log <==', 'WARN  heartbeat timeout (10:00:00.280)'];
    expect(timeLastLines(text.join('\n'))).toEqual([5, 8]);
    // Both under one header: a student's two lines as readily.
    expect(timeLastLines(text.filter((line) => !line.startsWith('==> node3')).join('\n'))).toEqual([]);
  });

  it('tells shapes apart: three sentences in three shapes are none', () => {
    const text = ['killed node1 at 10:00:00.100', 'node2 noticed (10:00:00.101)', 'node3 noticed [10:00:00.280]'].join('\n');
    expect(timeLastLines(text)).toEqual([]);
  });
});

describe('readLogText: a headerless cat of time-last files', () => {
  it("gives each file's lines the writer its cat command names, the kill line included (no sentence)", () => {
    const { events, nodes } = readLogText(CAT.join('\n'), patterns);
    expect(nodes).toEqual(['node1', 'node2', 'node3']);
    expect(brief(events)).toEqual([
      '2 became-leader node1 file-run',
      '4 kill node1 file-run',
      '5 follows-leader node2 file-run',
      '6 follows-leader node2 file-run',
      '7 connection-lost node2 file-run',
      '8 follows-leader node3 file-run',
      '9 follows-leader node3 file-run',
      '10 heartbeat-timeout node3 file-run',
    ]);
    expect(events.find((e) => e.kind === 'kill')?.timeInWords).toBeUndefined();
  });

  it('splits files with no cat command by the time jumping back, as with the time first', () => {
    // Each file names its writer once, in a tag; the other lines are found by the file they are in.
    const text = CAT.slice(1)
      .map((line, i) => (i % 3 === 0 ? line.replace('INFO  ', `INFO  [node${i / 3 + 1}] `) : line))
      .join('\n');
    const { events } = readLogText(text, patterns);
    expect(events.filter((e) => e.kind === 'connection-lost' || e.kind === 'heartbeat-timeout' || e.kind === 'kill').map((e) => [e.line + 1, e.node])).toEqual([
      [3, 'node1'],
      [6, 'node2'],
      [9, 'node3'],
    ]);
  });

  it('times such a line at its closing time, not at a time its words state before it (adv16)', () => {
    const text = CAT.map((line) => line.replace('heartbeat timeout, no message from leader node1 in 228ms (10:00:00.280)', 'election timeout: deadline 10:00:00.202 passed, starting election for term 3 (10:00:00.410)')).join('\n');
    const timeout = readLogText(text, patterns).events.find((e) => e.kind === 'heartbeat-timeout');
    expect(timeout && [timeout.line + 1, timeout.node, timeout.time?.dayMs]).toEqual([10, 'node3', 36_000_410]);
  });

  it("keeps a student's single kill sentence under such logs the student's", () => {
    const text = [...CAT.slice(1).filter((line) => !line.includes('SIGTERM')), '', 'killed the leader node1 at 10:00:00.100'].join('\n');
    const kill = readLogText(text, patterns).events.find((e) => e.kind === 'kill');
    expect(kill && { node: kill.node, target: kill.target, inWords: kill.timeInWords }).toEqual({ node: undefined, target: 'node1', inWords: true });
  });
});
