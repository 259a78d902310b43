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

  it("counts no exception line under a head that is no detection itself: a client handler's reset (adv55a-25)", () => {
    const client = ['2026-12-05 10:11:00,000 WARN  [node3] client handler for /127.0.0.1:54648 failed', ...JAVA.slice(1, 3)];
    expect(brief(readLogText(client.join('\n'), patterns).events)).toEqual([]);
  });

  it("reads a chained Python traceback (blank lines inside) to its last exception; a quoted source line is no event and names no node", () => {
    const { events, nodes } = readLogText(PYTHON.join('\n'), patterns);
    expect(brief(events)).toEqual([`12 heartbeat-timeout node3 ${at('10:15:02.561')}`]);
    expect(nodes).toEqual(['node3']);
  });

  it("gives a Go panic line the record's writer and time; the goroutine dump is no event", () => {
    expect(brief(readLogText(GO.join('\n'), patterns).events)).toEqual([`2 connection-lost node3 ${at('10:20:11.301532')}`]);
  });

  it("counts an exception line shown without frames under the record announcing it: grep -A1 of one file, grep -H -A1's context line (adv58d-07/-29)", () => {
    const head = (path: string, id: number) => `${path}2026-12-05 18:31:44,658 - WARN  [QuorumPeer[myid=${id}](plain=[0:0:0:0:0:0:0:0]:2181${id}):Follower@128] - Exception when following the leader`;
    expect(brief(readLogText([head('', 1), 'java.io.EOFException'].join('\n'), patterns).events)).toEqual([`2 connection-lost node1 66704658`]);
    const context = [head('zk1/logs/zookeeper.log:', 1), 'zk1/logs/zookeeper.log-java.io.EOFException', '--', head('zk2/logs/zookeeper.log:', 2), 'zk2/logs/zookeeper.log-java.io.EOFException'];
    expect(brief(readLogText(context.join('\n'), patterns).events)).toEqual([`2 connection-lost node1 66704658`, `5 connection-lost node2 66704658`]);
    // Another file's context line, or a record announcing no exception, continues nothing.
    const other = [head('zk1/logs/zookeeper.log:', 1), 'zk2/logs/zookeeper.log-java.io.EOFException'];
    expect(brief(readLogText(other.join('\n'), patterns).events).filter((e) => e.startsWith('2 '))).toEqual(['2 connection-lost - untimed']);
    // A bare name under a record announcing none is no more than a line that looks like one; a qualified one is a
    // runtime's (adv58e-38: `read from leader node1 failed`, then `java.io.EOFException`).
    const plain = ['2026-12-05 18:31:44,658 - INFO  [node1] following the leader', 'EOFError'];
    expect(brief(readLogText(plain.join('\n'), patterns).events)).toContain('2 connection-lost - untimed');
    const qualified = ['2026-12-05 18:31:44,658 - WARN  [node1] read from leader node1 failed', 'java.io.EOFException'];
    expect(brief(readLogText(qualified.join('\n'), patterns).events)).toContain('2 connection-lost node1 66704658');
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

// journalctl's multi-line records, built from record fields as journalctl prints them (systemd 252). Each record:
// its time (µs since the epoch) and fields in the order given; MESSAGE wherever the fields put it.
type JournalRecordFields = readonly [us: number, fields: readonly (readonly [string, string])[]];

const CURSOR = (n: number): string => `s=8d2f41c7a0b94e3c9f1e6d5a4b3c2d1e;i=1a3f${n.toString(16)};b=5b1e0c7a9d3f4e28b6a1c0d9e8f7a6b5;m=1f4${n};t=6617edebf${n};x=d60d5726d6f285f3`;
// `Mon 2026-11-30 14:03:11.104117 UTC`, journalctl's own time format.
function verboseTime(us: number): string {
  const date = new Date(Math.floor(us / 1000));
  return `${date.toUTCString().slice(0, 3)} ${date.toISOString().slice(0, 19).replace('T', ' ')}.${String(us % 1_000_000).padStart(6, '0')} UTC`;
}
const asVerbose = (records: readonly JournalRecordFields[]): string[] =>
  records.flatMap(([us, fields], n) => [`${verboseTime(us)} [${CURSOR(n)}]`, ...fields.map(([k, v]) => `    ${k}=${v}`)]);
const asExport = (records: readonly JournalRecordFields[]): string[] =>
  records.flatMap(([us, fields], n) => [`__CURSOR=${CURSOR(n)}`, `__REALTIME_TIMESTAMP=${us}`, ...fields.map(([k, v]) => `${k}=${v}`), '']);
// json-pretty in hash order: the time after MESSAGE.
const asJsonPretty = (records: readonly JournalRecordFields[]): string[] =>
  records.flatMap(([us, fields], n) => {
    const all = [...fields, ['__CURSOR', CURSOR(n)] as const, ['__REALTIME_TIMESTAMP', String(us)] as const];
    return ['{', ...all.map(([k, v], i) => `\t"${k}" : ${JSON.stringify(v)}${i < all.length - 1 ? ',' : ''}`), '}'];
  });

const KILL_US = 1796047391263871; // 2026-11-30 14:03:11.263871 UTC
const record = (us: number, unit: string, message: string, more: readonly (readonly [string, string])[] = []): JournalRecordFields => [
  us,
  [['_HOSTNAME', 'raftbox'], ['SYSLOG_IDENTIFIER', 'kv_node'], ['MESSAGE', message], ['_PID', String(4100 + Number(unit.slice(3, 4)))], ['_SYSTEMD_UNIT', unit], ...more],
];
// journald's order: MESSAGE before _PID and _SYSTEMD_UNIT; no MESSAGE names its node.
const RECORDS: readonly JournalRecordFields[] = [
  record(KILL_US - 159_754, 'kv@2.service', 'AppendEntries from leader node1 (term 3, heartbeat)'),
  record(KILL_US, 'kv@1.service', 'received SIGTERM, shutting down', [['_CMDLINE', '/usr/bin/kill -TERM 4102']]),
  record(KILL_US + 1_419, 'kv@3.service', 'connection to leader node1 lost: EOF'),
  record(KILL_US + 1_873, 'kv@2.service', 'connection to leader node1 lost: EOF'),
];
// RECORDS with each field's value as `change` gives it (n: the record's index; unit: its node's number).
const withFields = (change: (key: string, value: string, n: number, unit: string) => string): JournalRecordFields[] =>
  RECORDS.map(([us, fields], n) => [us, fields.map(([k, v]): readonly [string, string] => [k, change(k, v, n, fields.find((f) => f[0] === '_SYSTEMD_UNIT')![1][3]!)])]);
const msOf = (us: number): number => Math.round(us) / 1000;
const eventsOf = (lines: readonly string[]): string[] =>
  readLogText(lines.join('\n'), patterns).events.map((e) => [/[A-Z_]+/.exec(lines[e.line]!)![0], e.kind, e.node ?? '-', e.time === undefined ? 'untimed' : e.time.ms].join(' '));
const EXPECTED = [
  `MESSAGE follows-leader node2 ${msOf(KILL_US - 159_754)}`,
  `MESSAGE kill node1 ${msOf(KILL_US)}`,
  `MESSAGE connection-lost node3 ${msOf(KILL_US + 1_419)}`,
  `MESSAGE connection-lost node2 ${msOf(KILL_US + 1_873)}`,
];

describe('journal records in a paste', () => {
  it("gives each record's MESSAGE line the record's time and the writer its unit names, in -o verbose, -o export and -o json-pretty", () => {
    for (const lines of [asVerbose(RECORDS), asExport(RECORDS), asJsonPretty(RECORDS)]) expect(eventsOf(lines), lines[0]).toEqual(EXPECTED);
  });

  it('reads no event from the other fields (`_CMDLINE=/usr/bin/kill -TERM 4102` is no kill) and names no node from them', () => {
    const { events, nodes } = readLogText(asVerbose(RECORDS).join('\n'), patterns);
    expect(events.filter((e) => e.kind === 'kill').map((e) => e.line)).toEqual([9]);
    expect(nodes).toEqual(['node1', 'node2', 'node3']);
  });

  it('names writers by the host when the records share one unit, and by the identifier when units and hosts do not vary', () => {
    const byHost = withFields((k, v, _, unit) => (k === '_HOSTNAME' ? `raft-${'abc'[Number(unit) - 1]}` : k === '_SYSTEMD_UNIT' ? 'raft.service' : v));
    expect(readLogText(asExport(byHost).join('\n'), patterns).nodes).toEqual(['raft-a', 'raft-b', 'raft-c']);
    const byIdentifier = withFields((k, v, _, unit) => (k === 'SYSLOG_IDENTIFIER' ? `kv${unit}` : k === '_SYSTEMD_UNIT' ? 'user@1000.service' : v));
    expect(readLogText(asExport(byIdentifier).join('\n'), patterns).nodes).toEqual(['kv1', 'kv2', 'kv3']);
  });

  it("keeps a MESSAGE's own time, and its own node when no name field varies", () => {
    const own = withFields((k, v, n) => (k === 'MESSAGE' ? `14:03:11.${100 + n} node${n + 1} ${v}` : k === '_SYSTEMD_UNIT' ? 'kv.service' : v));
    expect(brief(readLogText(asVerbose(own).join('\n'), patterns).events).map((e) => e.split(' ').slice(1).join(' '))).toEqual([
      `follows-leader node1 ${at('14:03:11.1')}`,
      `kill node2 ${at('14:03:11.101')}`,
      `connection-lost node3 ${at('14:03:11.102')}`,
      `connection-lost node4 ${at('14:03:11.103')}`,
    ]);
  });

  it('reads no record where the lines are no whole record: fields without their verbose head, a KEY=value block that is no journal export', () => {
    const headless = asVerbose(RECORDS).slice(1, 7);
    expect(eventsOf(headless)).toEqual(['MESSAGE follows-leader - untimed']);
    const settings = ['$ env', 'LEADER=node1', 'MESSAGE=connection to leader node1 lost', 'TIMEOUT_MS=300'];
    expect(eventsOf(settings)).toEqual(['LEADER follows-leader - untimed', 'MESSAGE connection-lost - untimed']);
  });
});

describe('journal records read live', () => {
  it("gives a MESSAGE line the time its record gave before it (verbose head, export's __REALTIME_TIMESTAMP) in the node's own log", () => {
    for (const lines of [asVerbose(RECORDS), asExport(RECORDS)]) {
      const reader = createLiveEventReader(patterns);
      const live = lines.map((text, line) => reader.read(text, { line, node: 'nodeX' })).filter((e) => e.kind !== 'other');
      expect(live.map((e) => `${e.kind} ${e.time?.ms}`)).toEqual(EXPECTED.map((e) => e.split(' ').filter((_, k) => k === 1 || k === 3).join(' ')));
      expect(live.map((e) => [e.line, e.kind, e.time?.ms])).toEqual(readLogText(lines.join('\n'), patterns).events.map((e) => [e.line, e.kind, e.time?.ms]));
    }
  });
});
