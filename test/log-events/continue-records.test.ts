// A stack trace continues the log record above it (src/log-events/continue-records.ts): its lines are the record's
// writer's, at the record's time; only an exception line's detection is an event. Pastes and the live reader agree.
import { describe, expect, it } from 'vitest';
import { readTraceLine } from '../../src/log-events/continue-records.js';
import { createLiveEventReader, readLogText, type LogEvent } from '../../src/log-events/index.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

const brief = (events: readonly LogEvent[]): string[] =>
  events.filter((e) => e.kind !== 'other').map((e) => [e.line + 1, e.kind, e.node ?? '-', e.time === undefined ? 'untimed' : e.time.dayMs].join(' '));

const at = (clock: string): number => {
  const [h, m, s] = clock.split(':').map(Number);
  return ((h! * 60 + m!) * 60 + s!) * 1000;
};

const JAVA = [
  '12:41:07.601 WARN  [node2] c.s.raft.PeerLink - replication stream from node1 failed, will re-dial',
  'java.net.SocketException: Connection reset',
  '\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:328)',
  '\tat com.student.raft.PeerLink.onPeerStopped(PeerLink.java:88)',
  'Caused by: java.io.IOException: Connection reset by peer',
  '\t... 3 more',
  '12:41:07.733 WARN  [node3] c.s.raft.Follower - heartbeat timeout after 221 ms',
];

const PYTHON = [
  '2026-11-30 10:15:02,561 WARNING [node3] heartbeat reader gave up',
  'Traceback (most recent call last):',
  '  File "/home/ana/raft/node.py", line 171, in read_heartbeat',
  '    frame = self.sock.recv(64)',
  'TimeoutError: timed out',
  '',
  'During handling of the above exception, another exception occurred:',
  '',
  'Traceback (most recent call last):',
  '  File "/home/ana/raft/node.py", line 176, in read_heartbeat',
  '    raise LeaderGone(f"no heartbeat from leader {self.leader}")  # send_to("node4") never runs',
  'raft.errors.LeaderGone: no heartbeat from leader node1 for 250 ms',
];

const GO = [
  '[node3] 2026/11/30 10:20:11.301532 follower loop stopped',
  'panic: read tcp 127.0.0.1:7003->127.0.0.1:7001: read: connection reset by peer',
  '',
  'goroutine 12 [running]:',
  'main.(*Node).followLeader(0xc0000b4000)',
  '\t/home/li/raft/node.go:214 +0x3c5',
  'exit status 2',
];

describe('readTraceLine', () => {
  it('tells exception lines from frames and from lines no trace writes', () => {
    expect(['java.net.SocketException: Connection reset', 'Caused by: java.io.EOFException', 'ConnectionResetError: [Errno 104] Connection reset by peer', 'socket.timeout: timed out', 'panic: EOF'].map(readTraceLine)).toEqual(
      Array(5).fill('exception'),
    );
    expect(['\tat com.x.Y.z(Y.java:1)', '  File "a.py", line 3, in f', 'Traceback (most recent call last):', 'goroutine 12 [running]:', 'main.(*Node).run(0xc000010000)', 'exit status 2'].map(readTraceLine)).toEqual(
      Array(6).fill('frame'),
    );
    expect(['^C', 'node2: leader timeout!', 'killed leader node1'].map(readTraceLine)).toEqual([undefined, undefined, undefined]);
  });
});

describe('stack traces in a paste', () => {
  it("counts a Java trace's exception lines as the record writer's detections at the record's time; frames are no events", () => {
    expect(brief(readLogText(JAVA.join('\n'), patterns).events)).toEqual([
      `2 connection-lost node2 ${at('12:41:07.601')}`,
      `5 connection-lost node2 ${at('12:41:07.601')}`,
      `7 heartbeat-timeout node3 ${at('12:41:07.733')}`,
    ]);
  });

  it("reads a chained Python traceback (blank lines inside) to its last exception; a quoted source line is no event and names no node", () => {
    const { events, nodes } = readLogText(PYTHON.join('\n'), patterns);
    expect(brief(events)).toEqual([`12 heartbeat-timeout node3 ${at('10:15:02.561')}`]);
    expect(nodes).toEqual(['node3']);
  });

  it("gives a Go panic line the record's writer and time; the goroutine dump is no event", () => {
    expect(brief(readLogText(GO.join('\n'), patterns).events)).toEqual([`2 connection-lost node3 ${at('10:20:11.301532')}`]);
  });

  it('leaves untimed lines that are no trace alone, and a would-be exception line with no trace marker', () => {
    const text = ['10:00:00.100 [node2] following leader node1', 'node2: connection to leader lost', 'ConnectionError: connection reset by peer'].join('\n');
    expect(brief(readLogText(text, patterns).events)).toEqual(['1 follows-leader node2 36000100', '2 connection-lost node2 untimed', '3 connection-lost - untimed']);
  });
});

describe('stack traces read live', () => {
  it('gives the same events, line by line, in one log or in a node\'s own log', () => {
    for (const lines of [JAVA, PYTHON, GO]) {
      const paste = brief(readLogText(lines.join('\n'), patterns).events);
      const reader = createLiveEventReader(patterns);
      expect(brief(lines.map((text, line) => reader.read(text, { line })))).toEqual(paste);
    }
    const own = createLiveEventReader(patterns);
    expect(brief(GO.map((text, line) => own.read(text, { line, node: 'node3' })))).toEqual([`2 connection-lost node3 ${at('10:20:11.301532')}`]);
  });
});
