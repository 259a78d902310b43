import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createLiveEventReader,
  findNewLeaderFollowed,
  judgeKills,
  normalizeNodeToken,
  placeEventsOnClock,
  readLogLine,
  readLogText,
  resolveEventNames,
  stampToEpochMs,
  zoneShiftMinOf,
  stampInWriterZone,
  type LogEvent,
} from '../../src/log-events/index.js';
import { parseTimestampAt } from '../../src/log-events/parse-timestamp.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { ROOT, W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

const brief = (events: readonly LogEvent[]): string[] =>
  events.map((e) => [e.line + 1, e.kind, e.node ?? '-', e.leader ?? '', e.target ?? ''].join(' ').trimEnd());

describe('readLogText', () => {
  it("names Python's `[%(process)d]` column after the time by the start line stating each pid, also sorted (adv78a-46)", () => {
    const text = [
      '2026-12-08 01:25:29,358 [14347] INFO starting kv_node node1 pid=14347 port=49101 peers=node2,node3',
      '2026-12-08 01:25:29,374 [14348] INFO starting kv_node node2 pid=14348 port=49102 peers=node1,node3',
      '2026-12-08 01:25:29,382 [14349] INFO starting kv_node node3 pid=14349 port=49103 peers=node1,node2',
      '2026-12-08 01:25:29,563 [14347] INFO following leader node3 (term 1)',
      '2026-12-08 01:25:29,563 [14349] INFO became leader (term 1)',
      '2026-12-08 01:25:30,934 [14347] WARNING no heartbeat from leader node3 for 186 ms, voting for node2 in term 2',
      '2026-12-08 01:25:30,934 [14348] WARNING election timeout: no heartbeat from leader node3 in 184 ms, becoming candidate (term 2)',
    ].join('\n');
    expect(brief(readLogText(text, patterns).events).slice(3)).toEqual(['4 follows-leader node1 node3', '5 became-leader node3 node3', '6 heartbeat-timeout node1 node3', '7 heartbeat-timeout node2 node3']);
    // With no line stating a pid, the column names no writer (a pid is no node id).
    const unstated = text.replace(/ pid=\d+/g, '');
    expect(readLogText(unstated, patterns).events.filter((e) => e.kind === 'heartbeat-timeout').map((e) => e.node)).toEqual([undefined, undefined]);
  });

  it("a node named only inside the words of an untimed line (the student's sentence under the logs) is no writer of the paste", () => {
    const logs = ['[2026-11-30 14:03:11.000] [node1] received SIGTERM, shutting down', '[2026-11-30 14:03:11.200] [node3] heartbeat timeout'];
    const sentence = 'the kill came first, so node2 noticed nothing?? I guess node2 was too slow';
    const { nodes, events } = readLogText([...logs, '', sentence].join('\n'), patterns);
    expect(nodes).toEqual(['node1', 'node3']);
    // The sentence's kill words keep no node: no writer signs it.
    expect(brief(events)).toEqual(['1 kill node1', '2 heartbeat-timeout node3', '4 kill -']);
    expect(events.filter((e) => e.node === undefined && e.kind !== 'kill')).toEqual([]);
    // A timed line, or a prefix `node2:`, is node2's own: it stays a node.
    expect(readLogText([...logs, '', 'node2: nothing after the kill?? I guess it was too slow'].join('\n'), patterns).nodes).toEqual(['node1', 'node2', 'node3']);
    expect(readLogText([...logs, '[2026-11-30 14:03:11.300] so node2 noticed nothing'].join('\n'), patterns).nodes).toContain('node2');
    // A paste with no time at all keeps the names its lines give (no timed line to tell a sentence from a log line).
    expect(readLogText(['node1 received SIGTERM', 'then node2 noticed nothing'].join('\n'), patterns).nodes).toEqual(['node1', 'node2']);
  });

  it('reads the bundled cluster grep output into events with node, time and kind', () => {
    const { events, nodes } = readLogText(readFileSync(`${ROOT}fixtures/pastes/bundled-grep.log`, 'utf8'), patterns);
    expect(nodes).toEqual(['node1', 'node2', 'node3']);
    expect(brief(events).slice(0, 6)).toEqual([
      '1 startup node1',
      '2 heartbeat-timeout node1',
      '3 became-leader node1 node1',
      '4 startup node2',
      '5 vote node2',
      '6 follows-leader node2 node1',
    ]);
    const kill = events.find((e) => e.kind === 'kill')!;
    expect([kill.node, kill.nodeFrom, kill.time?.format]).toEqual(['node1', 'file-prefix', 'iso-8601']);
  });

  it("names a leader's id and address after the writer whose name is the address's host (hashicorp/raft in compose)", () => {
    const text = [
      'rqlite1-1  | 2026-11-30T14:02:55.731Z [INFO]  raft: entering leader state: leader="Node at rqlite1:4002 [Leader]"',
      'rqlite2-1  | 2026-11-30T14:02:55.740Z [INFO]  raft: entering follower state: follower="Node at rqlite2:4002 [Follower]" leader-address=rqlite1:4002 leader-id=1',
      'rqlite3-1  | 2026-11-30T14:02:55.741Z [INFO]  raft: entering follower state: follower="Node at rqlite3:4002 [Follower]" leader-address=rqlite1:4002 leader-id=1',
      'rqlite1-1  | [rqlited] 2026/11/30 14:03:11 received signal "terminated", shutting down',
      'rqlite3-1  | 2026-11-30T14:03:11.164Z [WARN]  raft: heartbeat timeout reached, starting election: last-leader-addr=rqlite1:4002 last-leader-id=1',
      'rqlite2-1  | 2026-11-30T14:03:11.165Z [WARN]  raft: rejecting vote request since we have a leader: from=rqlite3:4002 leader=rqlite1:4002 leader-id=1',
    ].join('\n');
    const { events, aliases } = readLogText(text, patterns);
    expect([aliases.get('node1'), aliases.get('rqlite1:4002')]).toEqual(['rqlite1', 'rqlite1']);
    expect(events.filter((e) => e.leader !== undefined).map((e) => e.leader)).toEqual(['rqlite1', 'rqlite1', 'rqlite1', 'rqlite1', 'rqlite1']);
    // An address of no writer names no one; a writer's name in other letter case is that writer.
    expect(readLogText(text.replaceAll('rqlite1:4002', 'db-9:4002'), patterns).aliases.has('db-9:4002')).toBe(false);
    const upper = readLogText(text.replaceAll('rqlite1-1  |', 'Rqlite1-1  |'), patterns);
    expect([upper.aliases.get('node1'), upper.nodes]).toEqual(['Rqlite1', ['Rqlite1', 'rqlite2', 'rqlite3']]);
    // 0-based Raft ids beside node names: `leader-id=2` of the writer node1 never renames the writer node2.
    const zeroBased = readLogText(text.replaceAll('rqlite', 'node').replaceAll('leader-id=1', 'leader-id=2'), patterns);
    expect([zeroBased.aliases.get('node2'), zeroBased.nodes]).toEqual([undefined, ['node1', 'node2', 'node3']]);
  });

  it('a pod whose lines name the program by an id key (`[pod/raft-0/kv] … id=1`) is that node too: ordinal 0 is node1 when its lines say so', () => {
    const line = (pod: number, id: number, rest: string, ms: number): string =>
      `[pod/raft-${pod}/kv] 2026-11-30T14:03:11.${String(ms).padStart(3, '0')}Z level=info id=${id} term=7 ${rest}`;
    const text = [
      line(1, 2, 'msg="append entries from leader" leader=1', 127),
      line(2, 3, 'msg="append entries from leader" leader=1', 128),
      line(0, 1, 'msg="received SIGTERM, shutting down" role=leader', 527),
      line(1, 2, 'msg="lost connection to leader" leader=1 err=EOF', 528),
      line(2, 3, 'msg="election timeout, no AppendEntries from leader" leader=1', 771),
    ].join('\n');
    const { events, aliases, nodes } = readLogText(text, patterns);
    expect(nodes).toEqual(['raft-0', 'raft-1', 'raft-2']);
    expect([aliases.get('node1'), aliases.get('node2'), aliases.get('node3')]).toEqual(['raft-0', 'raft-1', 'raft-2']);
    expect(events.filter((e) => e.leader !== undefined).map((e) => e.leader)).toEqual(['raft-0', 'raft-0', 'raft-0', 'raft-0']);
    // A pod whose lines give two ids names itself by neither; an id two pods give is neither's.
    const twoIds = readLogText(`${text}\n${line(0, 4, 'msg="granted vote" candidate=3', 772)}`, patterns);
    expect(twoIds.aliases.has('node1')).toBe(false);
    const shared = readLogText(text.replace('id=3', 'id=1').replace('id=3', 'id=1'), patterns);
    expect(shared.aliases.has('node1')).toBe(false);
    // The program's id may be the pod's own name: nothing to join.
    expect(readLogText(text.replaceAll(/raft-(\d)/g, (_, n) => `node${Number(n) + 1}`), patterns).aliases.size).toBe(0);
  });

  it('names of one family joined to nodes by number (zk1 → node1, zk2 → node2) name the rest alike: the kill of `# zk3` is of node3', () => {
    const section = (n: number): string[] => [
      `==> zk${n}/zookeeper.log <==`,
      `2026-12-01 00:12:06,202 - INFO  [QuorumPeer[myid=${n}](plain=[::]:3130${n}):Follower@77] - FOLLOWING - LEADER ELECTION TOOK - 40 MS`,
      `2026-12-01 00:12:06,674 - INFO  [WorkerReceiver[myid=${n}]:WorkerReceiver@391] - Notification: my state:FOLLOWING; n.sid:3, n.leader:3`,
      `2026-12-01 00:12:08,934 - INFO  [QuorumPeer[myid=${n}](plain=[::]:3130${n}):Follower@142] - Disconnected from leader (with address: /127.0.0.1:31313)`,
    ];
    const lines = ['$ date +%H:%M:%S.%N; kill -KILL 29982   # zk3 is the leader', '00:12:08.916728685', ...section(1), ...section(2)];
    const { events, aliases } = readLogText(lines.join('\n'), patterns);
    expect([aliases.get('zk1'), aliases.get('zk2'), aliases.get('zk3')]).toEqual(['node1', 'node2', 'node3']);
    expect(events.find((e) => e.kind === 'kill')?.target).toBe('node3');
    // One member joined is no family: zk3 stays a name of its own.
    const one = readLogText([...lines.slice(0, 2), ...section(1)].join('\n'), patterns);
    expect([one.aliases.get('zk1'), one.aliases.has('zk3')]).toEqual(['node1', false]);
    // A family whose members join other numbers (zk1 → node2) names no one.
    const crossed = readLogText([...lines.slice(0, 2), ...section(1).map((l) => l.replace('myid=1', 'myid=2')), ...section(2).map((l) => l.replace('myid=2', 'myid=1'))].join('\n'), patterns);
    expect([crossed.aliases.get('zk1'), crossed.aliases.has('zk3')]).toEqual(['node2', false]);
  });

  it("fly.io's machine id is an alias of the node its lines name: flyctl's \"Sending kill signal to machine 148edd3f920489\" kills kv1", () => {
    const fly = (id: string, rest: string): string => `2026-12-01T12:40:18Z app[${id}] ams [info]${rest}`;
    const text = [
      '$ fly machine stop 148edd3f920489 -a raftkv-lab',
      'Sending kill signal to machine 148edd3f920489...',
      fly('148edd3f920489', '12:40:17.961 [kv1] term 4: heartbeat -> kv2 kv3 (commit 57)'),
      fly('e784079b449483', '12:40:17.963 [kv2] term 4: heartbeat from leader kv1'),
      fly('148edd3f920489', ' INFO Sending signal SIGINT to main child process w/ PID 313'),
      fly('148edd3f920489', '12:40:18.002 [kv1] received SIGINT, shutting down'),
      fly('3d8d9e7a524789', '12:40:18.004 [kv3] term 4: connection to leader kv1 lost: EOF'),
    ].join('\n');
    const { aliases, nodes, events } = readLogText(text, patterns);
    expect(aliases.get('148edd3f920489')).toBe('kv1');
    expect(nodes).toEqual(['kv1', 'kv2', 'kv3']);
    expect(events.filter((e) => e.kind === 'kill').map((e) => [e.line, e.node ?? e.target])).toEqual([
      [1, 'kv1'],
      [4, 'kv1'],
      [5, 'kv1'],
    ]);
  });

  it('`kill -TERM 30805` kills the server whose `[30805]` lines name it; "new metadata leader: n2/C1" names the writer n2 (NATS)', () => {
    const text = [
      '$ date +%H:%M:%S.%N; kill -TERM 30805',
      '00:12:14.985633959',
      '[30799] 2026/12/01 00:12:12.496058 [INF]   Name:     n1',
      '[30805] 2026/12/01 00:12:12.500458 [INF]   Name:     n2',
      '[30816] 2026/12/01 00:12:12.528005 [INF]   Name:     n3',
      '[30799] 2026/12/01 00:12:12.775470 [INF] JetStream cluster new metadata leader: n2/C1',
      '[30805] 2026/12/01 00:12:14.989269 [INF] 127.0.0.1:45068 - rid:6 - Router connection closed: Server Shutdown',
      '[30816] 2026/12/01 00:12:14.989871 [INF] 127.0.0.1:32012 - rid:6 - Router connection closed: Client Closed',
    ].join('\n');
    const { events, nodes } = readLogText(text, patterns);
    expect(nodes).toEqual(['node1', 'node2', 'node3']);
    expect(events.find((e) => e.kind === 'kill')?.target).toBe('node2');
    expect(events.find((e) => e.kind === 'follows-leader')?.leader).toBe('node2');
    // A pid no line carries names no one.
    expect(readLogText(text.replace('kill -TERM 30805', 'kill -TERM 4242'), patterns).events.find((e) => e.kind === 'kill')?.target).toBeUndefined();
  });

  it('`kill 21677` kills the node whose own startup line states `pid=21677` (adv50c-37: a follower killed)', () => {
    const text = [
      'student@laptop:~/kv$ date +%T.%3N; kill 21677',
      '21:28:23.602',
      'data/node1/node.log:2026-12-04 21:28:22,395 node1 INFO kv_node node1 starting pid=21676 port=7801',
      'data/node1/node.log:2026-12-04 21:28:22,585 node1 INFO became leader for term 1 with 2 votes',
      'data/node2/node.log:2026-12-04 21:28:22,440 node2 INFO kv_node node2 starting pid=21677 port=7802',
      'data/node2/node.log:2026-12-04 21:28:22,601 node2 INFO following leader node1 (term 1)',
    ].join('\n');
    expect(readLogText(text, patterns).events.find((e) => e.kind === 'kill')?.target).toBe('node2');
    // A pid two nodes' startup lines state names neither; a non-startup line's pid names no one.
    expect(readLogText(text.replace('pid=21676', 'pid=21677'), patterns).events.find((e) => e.kind === 'kill')?.target).toBeUndefined();
    expect(readLogText(text.replace('node2 starting pid=21677', 'node2 saw pid=21677'), patterns).events.find((e) => e.kind === 'kill')?.target).toBeUndefined();
  });

  it('a Ra server id `{Name, Node}` after "leader" names its node, and an Erlang node `rabbit2@localhost` is the writer or kill target `rabbit2` (RabbitMQ quorum queues)', () => {
    const follows = (line: string): string | undefined => readLogLine(line, patterns, { line: 0, node: 'rabbit1' }).leader;
    expect(follows("2026-12-01 09:38:33.255873+00:00 [info] <0.1133.0> queue 'qq1' in vhost '/': detected a new leader {'%2F_qq1',rabbit2@localhost} in term 1")).toBe('rabbit2@localhost');
    expect(follows("2026-12-01 09:38:33.255873+00:00 [info] <0.1133.0> detected a new leader {qq_2,'rabbit@ip-10-0-0-2'} in term 3")).toBe('rabbit@ip-10-0-0-2');
    const head = (n: number): string[] => [`==> rabbit${n}.log <==`];
    const line = (t: string, m: string): string => `2026-12-01 09:38:${t}+00:00 [info] <0.1133.0> ${m}`;
    const sections = [
      '$ date +%H:%M:%S.%N; kill -TERM 10433',
      '09:38:37.440372061',
      ...head(1),
      line('33.255873', "queue 'qq1' in vhost '/': detected a new leader {'%2F_qq1',rabbit2@localhost} in term 1"),
      line('37.484287', "queue 'qq1' in vhost '/': Leader monitor down with shutdown, setting election timeout"),
      '',
      ...head(2),
      line('37.448306', 'SIGTERM received - shutting down'),
    ].join('\n');
    expect(readLogText(sections, patterns).events.find((e) => e.kind === 'follows-leader')?.leader).toBe('rabbit2');
    // Only followers pasted: the comment's `rabbit3` is the kill's target, and the Erlang node rabbit3@localhost is it.
    const followersOnly = [
      '$ date +%H:%M:%S.%N; kill -KILL 11915   # rabbit3 is the leader',
      '09:39:28.953058425',
      "rabbit1.log:2026-12-01 09:39:25.730168+00:00 [info] <0.1112.0> queue 'qq1' in vhost '/': detected a new leader {'%2F_qq1',rabbit3@localhost} in term 1",
      "rabbit2.log:2026-12-01 09:39:25.731140+00:00 [info] <0.1755.0> queue 'qq1' in vhost '/': detected a new leader {'%2F_qq1',rabbit3@localhost} in term 1",
    ].join('\n');
    const read = readLogText(followersOnly, patterns).events;
    expect([read.find((e) => e.kind === 'kill')?.target, ...read.filter((e) => e.kind === 'follows-leader').map((e) => e.leader)]).toEqual(['rabbit3', 'rabbit3', 'rabbit3']);
    // A name part no writer or target goes by stays the Erlang node.
    expect(readLogText(followersOnly.replace('# rabbit3 is the leader', ''), patterns).events.find((e) => e.kind === 'follows-leader')?.leader).toBe('rabbit3@localhost');
  });

  it('names an Erlang node by its short name, as the paste names its other nodes (real10-B: the killed leader rabbit2@localhost wrote no line)', () => {
    const line = (t: string, m: string): string => `2026-12-01 09:38:${t}+00:00 [info] <0.1133.0> ${m}`;
    const tail = [
      '$ date +%H:%M:%S.%N; kill -TERM 10433',
      '09:38:37.440372061',
      '==> rabbit1.log <==',
      line('33.255873', "queue 'qq1' in vhost '/': detected a new leader {'%2F_qq1',rabbit2@localhost} in term 1"),
      line('37.484287', "queue 'qq1' in vhost '/': Leader monitor down with shutdown, setting election timeout"),
      line('37.513543', "queue 'qq1' in vhost '/': detected a new leader {'%2F_qq1',rabbit3@localhost} in term 2"),
      '',
      '==> rabbit3.log <==',
      line('33.281754', "queue 'qq1' in vhost '/': detected a new leader {'%2F_qq1',rabbit2@localhost} in term 1"),
      line('37.483865', "queue 'qq1' in vhost '/': Leader monitor down with shutdown, setting election timeout"),
    ].join('\n');
    const { events, aliases } = readLogText(tail, patterns);
    expect(events.filter((e) => e.kind === 'follows-leader').map((e) => e.leader)).toEqual(['rabbit2', 'rabbit3', 'rabbit2']);
    expect(aliases.get('rabbit2@localhost')).toBe('rabbit2');
    // Another host's Erlang node is no node of these names.
    expect(readLogText(tail.replaceAll('rabbit2@localhost', 'rabbit2@otherhost'), patterns).events.find((e) => e.kind === 'follows-leader')?.leader).toBe('rabbit2@otherhost');
  });

  it('reads a phrase joined by - or _ as the lesson\'s words, but a setting with such a key as no detection', () => {
    const kinds = (line: string): string => readLogLine(line, patterns, { line: 0, node: 'node2' }).kind;
    expect(kinds('30.11.2026 11:58:03.465 [node2] Heartbeat-Timeout: kein Heartbeat von node1 seit 347 ms')).toBe('heartbeat-timeout');
    expect(kinds('2026-11-30T10:00:00.000Z level=warn event=HEARTBEAT_TIMEOUT leader=node1')).toBe('heartbeat-timeout');
    expect(kinds('2026-11-30T10:00:00.000Z node2 starting kv_node id=2 election_timeout=300ms')).toBe('startup');
    expect(kinds('2026-11-30T10:00:00.000Z node2 config {"heartbeat-timeout": 100, "x": 1}')).toBe('other');
    expect(kinds('2026-11-30T10:00:00.000Z node2 started with --election-timeout 300')).toBe('startup');
  });

  it('reads the built-in event phrases joined by - or _ as real loggers write them, as the lesson\'s patterns are', () => {
    const read = (line: string): string[] => {
      const e = readLogLine(line, patterns, { line: 0 });
      return [e.kind, e.node ?? '-', e.leader ?? '-'];
    };
    // structlog's console renderer, logfmt, zerolog/zap JSON event names, Python logging and Elixir-style text.
    expect(read('2026-11-30 12:00:01 [info     ] became_leader                  node=n2 term=2')).toEqual(['became-leader', 'node2', 'node2']);
    expect(read('ts=2026-11-30T12:00:01.123Z level=info node=node2 msg=Became-Leader term=2')).toEqual(['became-leader', 'node2', 'node2']);
    expect(read('{"level":"info","node":"node3","event":"leader_elected","leader":"node2","term":2}')).toEqual(['follows-leader', 'node3', 'node2']);
    expect(read('12:00:01.123 [info] node=node1 leader-elected: node2 (term 2)')).toEqual(['follows-leader', 'node1', 'node2']);
    expect(read('2026-11-30 12:00:01,123 INFO [node1] Leader elected: node2')).toEqual(['follows-leader', 'node1', 'node2']);
    expect(read('2026-11-30 12:00:01,123 INFO [node1] election_started term=2')).toEqual(['election-started', 'node1', '-']);
    // A follower hearing from its leader names it; not hearing from it is a detection.
    expect(read('2026-11-30 14:03:05.082 INFO  node3: follower term 2: heartbeat from leader node1')).toEqual(['follows-leader', 'node3', 'node1']);
    expect(read('2026-11-30 14:03:05.082 DEBUG [n2] AppendEntries received from leader n1 (term 4)')).toEqual(['follows-leader', 'node2', 'node1']);
    expect(read('2026-11-30 14:03:05.382 WARN  node3: no heartbeat from leader node1 in 300ms')[0]).toBe('heartbeat-timeout');
    expect(read('{"event":"vote_granted","node":"node3","to":"node2","term":2}')).toEqual(['vote', 'node3', '-']);
    expect(read('level=info msg=step_down node=node2 reason=higher_term')).toEqual(['stepped-down', 'node2', '-']);
    // A key that joins the words is a field, not an event.
    expect(read('{"term":3,"vote_granted":true,"node":"node3"}')[0]).toBe('other');
    expect(read('node2 is_leader=false term=3')[0]).toBe('other');
  });

  it('a kill line of no node names its target after "leader" ("killing leader n0 (pid 51877)")', () => {
    const event = readLogLine('2026-11-30 10:33:12.604 killing leader n0 (pid 51877) with SIGTERM', patterns, { line: 0 });
    expect([event.kind, event.target]).toEqual(['kill', 'node0']);
  });

  it('does not take component stops or a follower describing the leader for kills', () => {
    const { events } = readLogText(
      [
        '10:00:00.000 [node2] election timer stopped',
        '10:00:01.000 [node2] leader node1 stopped responding',
        '10:00:01.100 [node3] stopped streaming with peer node1',
        '10:00:02.000 [node1] received SIGTERM, shutting down',
      ].join('\n'),
      patterns,
    );
    expect(events.filter((e) => e.kind === 'kill').map((e) => e.line + 1)).toEqual([4]);
    expect(events.find((e) => e.line === 1)?.notKill).toBe('peer');
  });

  it("does not take what a server ends for its clients for its own kill (nu33 x14: `client 7: session killed`)", () => {
    const ends = [
      '12:04:05.120 [node2] client 7: session killed (idle 30s)',
      '12:04:05.121 [node2] query 12 killed by admin',
      '12:04:05.122 [node2] connection #4 terminated',
      '12:04:05.123 [node2] session 0x1f3a terminated by admin',
      '12:04:05.124 [node2] client 127.0.0.1:5555 connection killed',
    ];
    const { events } = readLogText(ends.join('\n'), patterns);
    expect(events.filter((e) => e.kind === 'kill').map((e) => e.line + 1)).toEqual([]);
    expect(events.find((e) => e.line === 0)?.notKill).toBe('component');
    // Near misses: the node's own death that also mentions its clients stays its kill.
    for (const own of [
      '12:04:05.000 [node1] received SIGTERM, closing client connections, terminated',
      '12:04:05.000 [node1] killed by SIGKILL (client load 12 rps)',
      '12:04:05.000 [node1] terminated: client listener closed after SIGTERM',
      '12:04:05.000 [node1] process terminated',
      '12:04:05.000 [node1] received SIGTERM, client sessions terminated, shutting down',
      '12:04:05.000 [node1] received SIGTERM, 3 client connections terminated',
    ]) {
      expect(readLogText(own, patterns).events[0], own).toMatchObject({ kind: 'kill', node: 'node1' });
    }
  });

  it('a role label in front of the message (`leader: received SIGTERM`) is the writer\'s own state: its kill', () => {
    const { events } = readLogText(
      [
        '2026-11-30T14:03:11.361482905Z [node 1] term 4 leader: heartbeat -> node 2, node 3',
        '2026-11-30T14:03:11.412096350Z [node 1] term 4 leader: received SIGTERM, shutting down',
        '2026-11-30T14:03:11.413377902Z [node 3] term 4 follower: leader node 1 stopped responding',
      ].join('\n'),
      patterns,
    );
    expect(events.filter((e) => e.kind === 'kill').map((e) => [e.line + 1, e.node])).toEqual([[2, 'node1']]);
    expect(events.find((e) => e.line === 2)?.notKill).toBe('peer');
  });

  it('names the leader from "X elected leader Y" and links member ids to node names (etcd)', () => {
    const text = [
      'infra1.log:2026-11-30 04:10:00.100000 I | raft: 8e9e05c52164694d became leader at term 2',
      'infra2.log:2026-11-30 04:10:00.101000 I | raft: raft.node: 91bc3c398fb3c146 elected leader 8e9e05c52164694d at term 2',
      'infra1.log:2026-11-30 04:10:05.000000 N | pkg/osutil: received terminated signal, shutting down...',
    ].join('\n');
    const { events, aliases } = readLogText(text, patterns);
    expect(aliases.get('8e9e05c52164694d')).toBe('infra1');
    expect(brief(events)).toEqual(['1 became-leader infra1 infra1', '2 follows-leader infra2 infra1', '3 kill infra1']);
    expect(events[0]!.term).toBe(2);
  });

  it('reads etcd zap JSON: the member id a message starts with is the writer\'s, not the peer it names', () => {
    const line = (file: string, ts: string, msg: string): string => `${file}:{"level":"info","ts":"2026-11-30T04:05:${ts}Z","caller":"raft/raft.go:865","msg":"${msg}"}`;
    const text = [
      line('infra1.log', '55.493', '22464bf5e46dda30 [term: 1] received a MsgVote message with higher term from 4dba6cf265e2e495 [term: 2]'),
      line('infra1.log', '55.494', 'raft.node: 22464bf5e46dda30 elected leader 4dba6cf265e2e495 at term 2'),
      line('infra2.log', '57.894', '8da7414648369a2a [term: 2] received a MsgVote message with higher term from 22464bf5e46dda30 [term: 3]'),
    ].join('\n');
    const { events, aliases } = readLogText(text, patterns);
    expect([...aliases]).toEqual([
      ['22464bf5e46dda30', 'infra1'],
      ['8da7414648369a2a', 'infra2'],
    ]);
    expect(events[1]!.leader).toBe('4dba6cf265e2e495');
  });

  it('reads etcd\'s "is starting a new election" as its election timer firing, unless a leadership transfer started it', () => {
    const text = [
      '[infra1] 2026-11-30 04:05:57.892000 I | raft: 22464bf5e46dda30 is starting a new election at term 2',
      '[infra3] 2026-11-30 04:05:58.000000 I | raft: 7ca79a4b57ea3372 [term 2] received MsgTimeoutNow from ccdd947a89862c0e and starts an election to get leadership.',
      '[infra3] 2026-11-30 04:05:58.000100 I | raft: 7ca79a4b57ea3372 is starting a new election at term 2',
      '[infra2] 2026-11-30 04:05:58.100000 I | raft: 8da7414648369a2a became candidate at term 3',
    ].join('\n');
    expect(brief(readLogText(text, patterns).events).map((e) => e.split(' ').slice(0, 3).join(' '))).toEqual([
      '1 heartbeat-timeout infra1',
      '2 election-started infra3',
      '3 election-started infra3',
      '4 election-started infra2',
    ]);
  });

  it("reads Ratis's FollowerState \"change to CANDIDATE, …, electionTimeout:…\" as its election timer firing, its role changes as elections and leadership", () => {
    const text = [
      '2026-11-30 14:05:00,734 INFO  RaftServer$Division:318 - n0@group-7A3B8C1D2E4F: changes role from CANDIDATE to LEADER at term 1 for changeToLeader',
      '2026-11-30 14:05:13,061 INFO  FollowerState:143 - n1@group-7A3B8C1D2E4F-FollowerState: change to CANDIDATE, lastRpcElapsedTime:226ms, electionTimeout:176ms',
      '2026-11-30 14:05:13,062 INFO  RaftServer$Division:318 - n1@group-7A3B8C1D2E4F: changes role from  FOLLOWER to CANDIDATE at term 1 for changeToCandidate',
      '2026-11-30 14:05:13,073 INFO  RaftServer$Division:318 - n2@group-7A3B8C1D2E4F: changes role from  FOLLOWER to FOLLOWER at term 2 for candidate:n1',
    ].join('\n');
    expect(brief(readLogText(text, patterns).events)).toEqual(['1 became-leader node0 node0', '2 heartbeat-timeout node1', '3 election-started node1']);
  });

  it("reads canonical raft's (libraft, dqlite's) traces: a follower's tick \"convert to candidate and start new election\" is its election timer firing, \"convert to leader\" a claim, an AppendEntries' sender the leader", () => {
    const raft = (file: string, ns: string, message: string): string => `${file}:LIBRAFT   1796126${ns} src/${message}`;
    const text = [
      raft('node1.log', '725000000000', 'convert.c:168 self elect and convert to leader'),
      raft('node2.log', '739000000000', 'recv_append_entries.c:36 self:4810574327344449475 from:3297041220608546238@127.0.0.1:9001 leader_commit:11 n_entries:0 prev_log_index:11 prev_log_term:1, term:1'),
      raft('node1.log', '739100000000', 'recv_append_entries_result.c:24 self:3297041220608546238 from:4810574327344449475@127.0.0.1:9002 last_log_index:11 rejected:0 term:1'),
      raft('node2.log', '743071779039', 'tick.c:44 convert to candidate and start new election'),
      raft('node2.log', '746000000000', 'tick.c:72 start new election'),
      raft('node2.log', '746100000000', 'recv_request_vote_result.c:127 votes quorum reached -> convert to leader'),
      raft('node3.log', '746200000000', 'recv_timeout_now.c:29 self:15124286138361969277 from:4810574327344449475@127.0.0.1:9002 last_log_index:11 last_log_term:1 term:2'),
    ].join('\n');
    expect(brief(readLogText(text, patterns).events)).toEqual([
      '1 became-leader node1 node1',
      '2 follows-leader node2 node1',
      '4 heartbeat-timeout node2',
      '5 election-started node2',
      '6 became-leader node2 node2',
    ]);
  });

  it("names a node by the address its start line gives it (real12: hashicorp/raft's `id=node2 addr=…`, PySyncObj's `starting 127.0.0.1:9213`)", () => {
    // `grep -h -i "timeout\|signal" node*.log | sort`: node2's address is the last leader its followers name.
    const hraft = [
      '2026-12-01T17:29:08.862Z [INFO]  hraftnode: started: id=node2 addr=127.0.0.1:17252 pid=16065 heartbeat-timeout=200ms election-timeout=200ms',
      '2026-12-01T17:29:08.867Z [INFO]  hraftnode: started: id=node1 addr=127.0.0.1:17251 pid=16064 heartbeat-timeout=200ms election-timeout=200ms',
      '2026-12-01T17:29:11.468Z [WARN]  raft: heartbeat timeout reached, starting election: last-leader=127.0.0.1:17252',
    ].join('\n');
    const read = readLogText(hraft, patterns);
    expect(brief(read.events)).toEqual(['1 startup node2', '2 startup node1', '3 heartbeat-timeout - node2']);
    expect(read.nodes).toEqual(['node1', 'node2']);
    const pso = [
      '2026-12-01 17:30:05,722 INFO node3: starting 127.0.0.1:9213 pid=18187 partners=127.0.0.1:9211,127.0.0.1:9212 raftMinTimeout=0.100 raftMaxTimeout=0.120 appendEntriesPeriod=0.020',
      '2026-12-01 17:30:08,137 INFO node2: leader changed: 127.0.0.1:9211 -> 127.0.0.1:9213',
    ].join('\n');
    expect(brief(readLogText(pso, patterns).events)).toEqual(['1 startup node3', '2 follows-leader node2 node3']);
  });

  it("splits a headerless `cat` of hashicorp/raft logs by file: a peer named as `{Voter node3 …}` or `peer=node1` is no writer (real12-hraft-B)", () => {
    const text = readFileSync(`${ROOT}fixtures/pastes-corpus/real12-hraft-B-cat-all-no-echo.log`, 'utf8');
    const { events, nodes } = readLogText(text, patterns);
    expect(nodes).toEqual(['node1', 'node2', 'node3']);
    const at = (line: number): string | undefined => events.find((e) => e.line === line - 1)?.node;
    // node1's file: its timeout (line 26) and its failed appends to the dead node3 (lines 42, 70).
    expect([at(26), at(42), at(70)]).toEqual(['node1', 'node1', 'node1']);
    // node2's file: its timeout (line 85) and its failed vote request to node3 (line 89).
    expect([at(85), at(89)]).toEqual(['node2', 'node2']);
  });

  it("names a leader known only by its address (canonical raft's `from:…@127.0.0.1:9001`) by the writer whose claim to lead is the latest before every line naming it", () => {
    const raft = (node: string, ms: string, message: string): string => `[${node}] 12:05:${ms} LIBRAFT   src/${message}`;
    const follow = (self: string, from: string): string => `recv_append_entries.c:36 self:${self} from:7${from}@127.0.0.1:900${from} leader_commit:11 n_entries:0`;
    const claimed = [
      raft('node1', '20.000000', 'convert.c:168 self elect and convert to leader'),
      raft('node2', '23.000000', follow('42', '1')),
      raft('node3', '23.000100', follow('43', '1')),
      raft('node2', '24.080000', 'recv_request_vote_result.c:127 votes quorum reached -> convert to leader'),
      raft('node3', '24.090000', follow('43', '2')),
    ];
    expect(brief(readLogText(claimed.join('\n'), patterns).events)).toEqual([
      '1 became-leader node1 node1',
      '2 follows-leader node2 node1',
      '3 follows-leader node3 node1',
      '4 became-leader node2 node2',
      '5 follows-leader node3 node2',
    ]);
    // node1's claim not pasted: the lines naming 127.0.0.1:9001 have no claim before them, so it stays an address.
    expect(brief(readLogText(claimed.slice(1).join('\n'), patterns).events)).toEqual([
      '1 follows-leader node2 127.0.0.1:9001',
      '2 follows-leader node3 127.0.0.1:9001',
      '3 became-leader node2 node2',
      '4 follows-leader node3 node2',
    ]);
  });

  it('reads "node 2 is the leader", "n2 is leader now" and "accepted n2 as leader" as the writer following node2; stepping down as leader is no claim to lead', () => {
    const text = [
      '10:00:00.000 [node1] node 2 is the leader',
      '10:00:00.001 [node3] n2 is leader now',
      '10:00:00.002 [node1] accepted n2 as leader for term 3',
      '10:00:00.003 [node2] node2 is the new leader',
      '10:00:00.004 [node3] Elected as leader for term 4',
      '10:00:00.005 [node3] stepped down as leader of term 4: saw a higher term',
    ].join('\n');
    expect(brief(readLogText(text, patterns).events)).toEqual([
      '1 follows-leader node1 node2',
      '2 follows-leader node3 node2',
      '3 follows-leader node1 node2',
      '4 became-leader node2 node2',
      '5 became-leader node3 node3',
      '6 stepped-down node3',
    ]);
  });

  it("reads ZooKeeper's peer states as roles: LEADING leads, FOLLOWING and LOOKING do not; `[myid:N]` / `QuorumPeer[myid=N]` name node N", () => {
    const head = (id: number, ms: number, at: string): string =>
      `2026-11-30 14:02:37,${ms} [myid:${id}] - INFO  [QuorumPeer[myid=${id}](plain=[0:0:0:0:0:0:0:0]:2181)(secure=disabled):${at}] -`;
    const text = [
      `${head(1, 568, 'o.a.z.s.q.QuorumPeer@1461')} LOOKING`,
      `${head(1, 804, 'o.a.z.s.q.Follower@75')} FOLLOWING - LEADER ELECTION TOOK - 236 MS`,
      `${head(1, 866, 'o.a.z.s.q.QuorumPeer@863')} Peer state changed: following - broadcast`,
      `${head(3, 798, 'o.a.z.s.q.Leader@581')} LEADING - LEADER ELECTION TOOK - 231 MS`,
      '2026-11-30 14:02:37,799 [myid:] - INFO  [QuorumPeer[myid=2](plain=0.0.0.0:2181)(secure=disabled):QuorumPeer@1549] - LEADING',
      '2026-11-30 14:02:37,900 [myid:2] - INFO  [QuorumPeer[myid=2](plain=0.0.0.0:2181)(secure=disabled):QuorumPeer@863] - Peer state changed: leading - broadcast',
      // ZooKeeper 3.4: `Leader@361] - LEADING - LEADER ELECTION TOOK - 231`, a message of its own words otherwise.
      '2026-11-30 14:02:38,000 [myid:3] - INFO  [QuorumPeer[myid=3]/0:0:0:0:0:0:0:0:2181:Leader@361] - LEADING - LEADER ELECTION TOOK - 231',
      '2026-11-30 14:02:38,100 [myid:3] - INFO  [main:Util@10] - leading zeros dropped - FOLLOWING the defaults',
    ].join('\n');
    expect(brief(readLogText(text, patterns).events)).toEqual([
      '1 election-started node1',
      '2 stepped-down node1',
      '3 stepped-down node1',
      '4 became-leader node3 node3',
      '5 became-leader node2 node2',
      '6 became-leader node2 node2',
      '7 became-leader node3 node3',
    ]);
  });

  it('names the leader from a JSON `"leader":1` field and hclog\'s `leader-id=node1`, not from `leader-address=`; hclog\'s `node2.raft:` logger is node2', () => {
    const text = [
      '{"level":"info","node":2,"leader":1,"term":1,"time":1796044201386,"message":"following leader"}',
      '2026-11-30T13:10:00.006+0100 [INFO]  node3.raft: entering follower state: follower="Node at 127.0.0.1:7003 [Follower]" leader-address= leader-id=',
      '2026-11-30T13:10:01.431+0100 [INFO]  node1.raft: entering leader state: leader="Node at 127.0.0.1:7001 [Leader]"',
      '2026-11-30T13:10:01.433+0100 [INFO]  node2.raft: entering follower state: follower="Node at 127.0.0.1:7002 [Follower]" leader-address=127.0.0.1:7001 leader-id=node1',
    ].join('\n');
    expect(readLogText(text, patterns).events.map((e) => [e.kind, e.node, e.leader])).toEqual([
      ['follows-leader', 'node2', 'node1'],
      // hclog's `entering follower state`: node3 says it does not lead (a step-down after a reign, nothing at startup);
      // its `follower="Node at 127.0.0.1:7003 [Follower]"` names no leader.
      ['stepped-down', 'node3', undefined],
      ['became-leader', 'node1', 'node1'],
      ['follows-leader', 'node2', 'node1'],
    ]);
  });

  it('reads a shell kill with the node and pid it names', () => {
    const { events } = readLogText('$ pkill -f "kv_node.*--id 1"\n$ kill -TERM 4242', patterns);
    expect(events.map((e) => [e.kind, e.target, e.pid])).toEqual([
      ['kill', 'node1', undefined],
      ['kill', undefined, 4242],
    ]);
  });

  it('a kill line\'s comment names the node it killed (`# infra1`), a word in it does not', () => {
    const text = [
      '2026-11-30T04:06:15.385467+00:00 kill -KILL 10108 # infra1',
      '$ kill -TERM 10109   # infra2 (leader)',
      '2026-11-30T04:06:16.000000+00:00 kill -TERM 10110 # the leader',
    ].join('\n');
    expect(readLogText(text, patterns).events.map((e) => [e.kind, e.target ?? null])).toEqual([
      ['kill', 'infra1'],
      ['kill', 'infra2'],
      ['kill', null],
    ]);
  });
});

describe("pm2's columns (blind7 pm2 pastes)", () => {
  it("`0|raft-1 |` names its app's lines; pm2's own `PM2 |` line is no node's, and its exit report is raft-1's kill", () => {
    const { events, nodes } = readLogText(
      [
        'PM2        | 2026-11-30T14:02:54: PM2 log: App [raft-1:0] online',
        '0|raft-1   | 2026-11-30T14:02:58: [raft-1] became leader for term 4',
        '1|raft-2   | 2026-11-30T14:02:58: [raft-2] following leader raft-1 (term 4)',
        '2|raft-3   | 2026-11-30T14:02:58: [raft-3] following leader raft-1 (term 4)',
        'PM2        | 2026-11-30T14:03:11: PM2 log: App [raft-1:0] exited with code [0] via signal [SIGINT]',
        '1|raft-2   | 2026-11-30T14:03:11: [raft-2] connection to leader lost (ECONNRESET)',
      ].join('\n'),
      patterns,
    );
    expect([...nodes].sort()).toEqual(['raft-1', 'raft-2', 'raft-3']);
    expect(brief(events)).toEqual([
      '2 became-leader raft-1 raft-1',
      '3 follows-leader raft-2 raft-1',
      '4 follows-leader raft-3 raft-1',
      '5 kill -  raft-1',
      '6 connection-lost raft-2',
    ]);
  });
});

describe('a line headed by an address', () => {
  const lines = (head: string): string =>
    [
      '[2026-12-04 13:12:01.004] node1 listening on 127.0.0.1:7001',
      '[2026-12-04 13:12:01.006] node2 listening on 127.0.0.1:7002',
      '[2026-12-04 13:12:01.330] node1 became leader (term 1)',
      '[2026-12-04 13:12:04.500] node1 received SIGTERM, shutting down',
      `[2026-12-04 13:12:04.502] ${head} connection to leader 127.0.0.1:7001 lost: EOF`,
    ].join('\n');

  it("is the line of the node whose own listen line gives it that address; an address no listen line gives names no node", () => {
    expect(brief(readLogText(lines('127.0.0.1:7002'), patterns).events).at(-1)).toBe('5 connection-lost node2 node1');
    expect(brief(readLogText(lines('127.0.0.1:7009'), patterns).events).at(-1)).toBe('5 connection-lost - node1');
  });
});

describe('a family of service names', () => {
  it("names the leader its followers call `node1` by the services' family (`kv2` is node2, `kv3` node3: node1 is kv1) when kv1's log is not pasted", () => {
    const { events } = readLogText(
      [
        '> date +%T.%3N; docker kill kv1',
        '15:54:05.305',
        'kv2-1  | 15:54:04.283 [node2] INFO  following leader node1 (term 1)',
        'kv2-1  | 15:54:05.314 [node2] WARN  connection to leader node1 lost (EOF)',
        'kv3-1  | 15:54:04.290 [node3] INFO  following leader node1 (term 1)',
        'kv3-1  | 15:54:05.314 [node3] WARN  connection to leader node1 lost (EOF)',
      ].join('\n'),
      patterns,
    );
    expect(events.filter((e) => e.kind === 'connection-lost').map((e) => [e.node, e.leader])).toEqual([
      ['kv2', 'kv1'],
      ['kv3', 'kv1'],
    ]);
  });
});

describe('judgeKills', () => {
  it('judges kills in time order against who led then, whatever the paste order', () => {
    // A follower's log pasted before the leader's; node3 was killed earlier (a teardown), when node1 led.
    const text = [
      '==> node2.log <==',
      '2026-11-26T19:29:59.010Z following leader node1 (term 1)',
      '2026-11-26T19:30:01.012Z connection to leader node1 lost (EOF)',
      '==> node3.log <==',
      '2026-11-26T19:29:59.010Z following leader node1 (term 1)',
      '2026-11-26T19:30:00.500Z received SIGTERM, shutting down',
      '==> node1.log <==',
      '2026-11-26T19:29:59.000Z became leader for term 1',
      '2026-11-26T19:30:01.000Z received SIGTERM, shutting down',
    ].join('\n');
    const { events } = readLogText(text, patterns);
    const kills = judgeKills(events, placeEventsOnClock(events));
    expect(kills.map((k) => [k.event.line + 1, k.killed, k.leaderThen?.node, k.ofLeader])).toEqual([
      [6, 'node3', 'node1', false],
      [9, 'node1', 'node1', true],
    ]);
  });

  it('takes a node killed and then back on a lower term (a relaunched cluster) for alive again: its later kill is a kill of its own', () => {
    // Run 1's teardown kills node2; the cluster is launched again (terms from 1) and node2 leads when it is killed.
    const text = [
      '10:02:11.716 [node1] became leader term=1',
      '10:02:14.001 [node1] received SIGTERM, shutting down',
      '10:02:14.615 [node2] granted vote to node3 term=2',
      '10:02:14.617 [node3] became leader term=2',
      '10:02:17.002 [node3] received SIGTERM, shutting down',
      '10:02:17.002 [node2] received SIGTERM, shutting down',
      '10:05:40.187 [node2] election timeout, becoming candidate term=1',
      '10:05:40.190 [node2] became leader term=1',
      '10:05:43.001 [node2] received SIGTERM, shutting down',
      '10:05:43.002 [node1] connection to leader node2 closed (EOF)',
    ].join('\n');
    const { events } = readLogText(text, patterns);
    const judged = (evs: readonly LogEvent[]): unknown[] => judgeKills(evs, placeEventsOnClock(evs)).map((k) => [k.event.line + 1, k.killed, k.leaderThen?.node, k.ofLeader]);
    expect(judged(events)).toEqual([
      [2, 'node1', 'node1', true],
      [5, 'node3', 'node3', true],
      [6, 'node2', 'node3', false],
      [9, 'node2', 'node2', true],
    ]);
    // Without the lower term (the same life's term 2 and on), node2's later line is the same shutdown going on.
    const sameLife = readLogText(text.replace('candidate term=1', 'candidate term=3').replace('leader term=1\n10:05:43', 'leader term=3\n10:05:43'), patterns).events;
    expect(judged(sameLife).map((k) => (k as unknown[])[0])).toEqual([2, 5, 6]);
  });

  it('keeps a killed leader campaigning during its shutdown (a higher term) one kill', () => {
    // etcd's leader whose leadership transfer failed on SIGTERM starts an election before it stops.
    const text = [
      '2026-11-30 04:05:20.100 [node3] became leader at term 15',
      '2026-11-30 04:05:20.104 [node1] following leader node3 at term 15',
      '2026-11-30 04:05:27.000 [node3] received SIGTERM, shutting down',
      '2026-11-30 04:05:34.500 [node3] became candidate at term 16',
      '2026-11-30 04:05:34.579 [node3] stopped',
    ].join('\n');
    const { events } = readLogText(text, patterns);
    expect(judgeKills(events, placeEventsOnClock(events)).map((k) => k.event.line + 1)).toEqual([3]);
  });

  it('reads a node that won and stepped down to a higher term in the same millisecond as no leader (the harness agrees)', () => {
    // The Python node's millisecond stamps: n2 logged its term-1 win, its step-down and "leader is n1 for term 4"
    // in one millisecond; n1 led term 4 and was the one killed.
    const text = [
      'data/node1/node.log:2026-11-30 08:03:55,542 INFO n1 term 4: got 2 of 3 votes, I am the leader',
      'data/node3/node.log:2026-11-30 08:03:55,542 INFO n3 leader is n1 for term 4',
      'data/node2/node.log:2026-11-30 08:03:55,551 INFO n2 term 1: got 2 of 3 votes, I am the leader',
      'data/node2/node.log:2026-11-30 08:03:55,551 WARNING n2 saw term 3, stepping down',
      'data/node2/node.log:2026-11-30 08:03:55,551 INFO n2 leader is n1 for term 4',
      'data/node1/node.log:2026-11-30 08:03:57,060 INFO n1 caught SIGTERM, stopping',
    ].join('\n');
    const { events } = readLogText(text, patterns);
    expect(judgeKills(events, placeEventsOnClock(events)).map((k) => [k.killed, k.leaderThen?.node, k.ofLeader])).toEqual([['node1', 'node1', true]]);
  });

  it("places a leadership claim printed before every peer's vote of its term at the first such vote (its writer's clock is behind)", () => {
    // raft-b's clock runs 2.4 s behind: its term-2 win prints before raft-a's kill, the vote it needed after it.
    const text = [
      '2026-11-30T12:49:21.702445+00:00 raft-a kv_node[790]: became leader for term 1',
      '2026-11-30T12:49:21.706011+00:00 raft-c kv_node[805]: following leader raft-a (term 1)',
      '2026-11-30T12:49:33.541260+00:00 raft-a kv_node[790]: received SIGTERM, shutting down',
      '2026-11-30T12:49:33.763002+00:00 raft-c kv_node[805]: granted vote to raft-b (term 2)',
      '2026-11-30T12:49:31.366540+00:00 raft-b kv_node[812]: became leader for term 2',
    ].join('\n');
    const { events } = readLogText(text, patterns);
    expect(judgeKills(events, placeEventsOnClock(events)).map((k) => [k.killed, k.leaderThen?.node, k.ofLeader])).toEqual([['raft-a', 'raft-a', true]]);
    // A peer's vote before the claim leaves it where it was printed: raft-b led when raft-a was killed.
    const voted = text.replace('12:49:33.763002', '12:49:31.363002');
    const again = readLogText(voted, patterns).events;
    expect(judgeKills(again, placeEventsOnClock(again)).map((k) => [k.killed, k.leaderThen?.node, k.ofLeader])).toEqual([['raft-a', 'raft-b', false]]);
  });

  it('takes a kill naming a node whose log is absent for the kill of the leader the followers name by member id', () => {
    const text = [
      '2026-11-30T04:05:56.736089Z kill -9 9683   # infra3 is the leader',
      'infra1.log:{"level":"info","ts":"2026-11-30T04:05:55.494Z","msg":"raft.node: 22464bf5e46dda30 elected leader 4dba6cf265e2e495 at term 2"}',
      'infra2.log:{"level":"info","ts":"2026-11-30T04:05:55.494Z","msg":"raft.node: 8da7414648369a2a elected leader 4dba6cf265e2e495 at term 2"}',
    ].join('\n');
    const { events } = readLogText(text, patterns);
    const kills = judgeKills(events, placeEventsOnClock(events));
    expect(kills.map((k) => [k.event.line + 1, k.killed, k.leaderThen?.node, k.ofLeader])).toEqual([[1, 'infra3', '4dba6cf265e2e495', true]]);
  });

  it('still tells two absent nodes named by name apart (a killed follower is no kill of the leader)', () => {
    const text = [
      '2026-11-30T04:05:50.000Z [node2] following leader node1',
      '2026-11-30T04:05:56.000Z kill -9 9683   # node3',
    ].join('\n');
    const { events } = readLogText(text, patterns);
    expect(judgeKills(events, placeEventsOnClock(events)).map((k) => [k.killed, k.ofLeader])).toEqual([['node3', false]]);
  });

  it('judges `docker kill zk1` against the ZooKeeper roles: zk1 was FOLLOWING, zk3 LEADING, so a follower was killed', () => {
    const text = (killed: string): string =>
      [
        `$ date '+%F %T,%3N'; docker kill --signal=SIGTERM ${killed}`,
        '2026-11-30 14:03:11,291',
        '$ for i in 1 2 3; do echo "== zk$i =="; docker logs --tail 8 zk$i 2>&1; done',
        '== zk1 ==',
        '2026-11-30 14:02:37,804 [myid:1] - INFO  [QuorumPeer[myid=1](plain=[0:0:0:0:0:0:0:0]:2181)(secure=disabled):o.a.z.s.q.Follower@75] - FOLLOWING - LEADER ELECTION TOOK - 236 MS',
        '2026-11-30 14:02:52,240 [myid:1] - INFO  [NIOWorkerThread-2:o.a.z.s.ZooKeeperServer@1144] - Client attempting to establish new session',
        '== zk3 ==',
        '2026-11-30 14:02:37,798 [myid:3] - INFO  [QuorumPeer[myid=3](plain=[0:0:0:0:0:0:0:0]:2181)(secure=disabled):o.a.z.s.q.Leader@581] - LEADING - LEADER ELECTION TOOK - 231 MS',
        '2026-11-30 14:02:37,860 [myid:3] - INFO  [LearnerHandler-/172.18.0.2:43514:o.a.z.s.q.LearnerHandler@807] - Synchronizing with Learner sid: 1',
      ].join('\n');
    const judge = (killed: string) => {
      const { events } = readLogText(text(killed), patterns);
      return judgeKills(events, placeEventsOnClock(events)).map((k) => [k.event.line + 1, k.killed, k.leaderThen?.node, k.ofLeader]);
    };
    expect(judge('zk1')).toEqual([[2, 'node1', 'node3', false]]);
    expect(judge('zk3')).toEqual([[2, 'node3', 'node3', true]]);
  });

  it('reads a node\'s later shutdown lines as the same kill until that node starts again', () => {
    const text = [
      '==> node1.log <==',
      '2026-11-26T19:29:59.000Z became leader for term 1',
      '2026-11-26T19:30:01.000Z received SIGTERM, shutting down',
      '2026-11-26T19:30:01.004Z stopped (term 1, commit 182); WAL synced',
      '2026-11-26T19:30:05.000Z starting kv_node id=1',
      '2026-11-26T19:30:09.000Z received SIGTERM, shutting down',
    ].join('\n');
    const { events } = readLogText(text, patterns);
    const kills = judgeKills(events, placeEventsOnClock(events));
    expect(kills.map((k) => [k.event.line + 1, k.killed])).toEqual([
      [3, 'node1'],
      [6, 'node1'],
    ]);
  });

  it("reads a section's untagged shutdown line as the kill of the writer its tagged lines name (tail of Kafka KRaft logs)", () => {
    const text = [
      '==> kraft-1/logs/server.log <==',
      '[2026-11-30 14:02:48,112] INFO [RaftManager id=1] Completed transition to Leader(localId=1, epoch=4)',
      '[2026-11-30 14:03:11,291] INFO Terminating process due to signal SIGTERM (org.apache.kafka.common.utils.LoggingSignalHandler)',
      '[2026-11-30 14:03:11,295] INFO [KafkaRaftServer nodeId=1] Transition from STARTED to SHUTTING_DOWN (kafka.server.KafkaRaftServer)',
      '',
      '==> kraft-2/logs/server.log <==',
      '[2026-11-30 14:02:48,140] INFO [RaftManager id=2] Completed transition to FollowerState(epoch=4, leaderId=1)',
      '[2026-11-30 14:03:11,538] INFO [RaftManager id=2] Become candidate due to fetch timeout',
    ].join('\n');
    const { events, nodes, aliases } = readLogText(text, patterns);
    expect(nodes).toEqual(['node1', 'node2']);
    expect(aliases.get('kraft-2')).toBe('node2');
    const kills = judgeKills(events, placeEventsOnClock(events));
    expect(kills.map((k) => [k.event.line + 1, k.killed, k.leaderThen?.node, k.ofLeader])).toEqual([[3, 'node1', 'node1', true]]);
  });
});

describe('readLogLine / createLiveEventReader', () => {
  it('attributes a live line to the node whose log it came from', () => {
    const event = readLogLine('2026-11-26 21:29:50,879 WARNING heartbeat timed out, no message from leader', patterns, { line: 7, node: 'node2' });
    expect([event.line, event.kind, event.node, event.nodeFrom, event.time?.zoned]).toEqual([7, 'heartbeat-timeout', 'node2', 'caller', false]);
  });

  // ruby40 item 11: the harness's new-leader step waits for the new leader's own claim in its live log; a Ruby node's
  // `state: candidate -> leader (term 2)` was none, so the step waited out its 1 s and left the re-election untimed.
  it('reads a state going to leader as the claim the new-leader step waits for, and one going from leader as a step down', () => {
    const reader = createLiveEventReader(patterns);
    const won = reader.read('[59864.767237] state: candidate -> leader (term 2)', { line: 0, node: 'node2' });
    const down = reader.read('[59865.100000] state: leader -> follower (term 3)', { line: 1, node: 'node2' });
    expect([won.kind, won.leader, won.term, down.kind]).toEqual(['became-leader', 'node2', 2, 'stepped-down']);
  });

  it('remembers member ids across lines', () => {
    const reader = createLiveEventReader(patterns);
    reader.read('2026-11-30 04:10:00.100000 I | raft: 8e9e05c52164694d became leader at term 2', { line: 0, node: 'node1' });
    const follower = reader.read('2026-11-30 04:10:00.101000 I | raft: raft.node: 91bc3c398fb3c146 elected leader 8e9e05c52164694d at term 2', { line: 0, node: 'node2' });
    expect([follower.kind, follower.leader]).toEqual(['follows-leader', 'node1']);
  });

  it('takes a member id etcd prints without its leading zero (15 hex digits) as the writer\'s, so its own "elected leader" line keeps its claim', () => {
    const reader = createLiveEventReader(patterns);
    const own = reader.read('{"level":"info","ts":"2026-12-01T03:24:03.162Z","caller":"raft/raft.go:771","msg":"640e6d2f67c41c1 became leader at term 2"}', { line: 0, node: 'node1' });
    const again = reader.read('{"level":"info","ts":"2026-12-01T03:24:03.162Z","caller":"raft/node.go:327","msg":"raft.node: 640e6d2f67c41c1 elected leader 640e6d2f67c41c1 at term 2"}', { line: 1, node: 'node1' });
    const follower = reader.read('{"level":"info","ts":"2026-12-01T03:24:03.197Z","caller":"raft/node.go:327","msg":"raft.node: 8dca5d6f8a84b209 elected leader 640e6d2f67c41c1 at term 2"}', { line: 0, node: 'node3' });
    expect([own.subject, again.leader, follower.leader]).toEqual(['640e6d2f67c41c1', 'node1', 'node1']);
    // Seventeen hex digits are no member id; seven are too few.
    expect(readLogLine('0640e6d2f67c41c1a became leader at term 2', patterns, { line: 0 }).subject).toBeUndefined();
    expect(readLogLine('640e6d2 became leader at term 2', patterns, { line: 0 }).subject).toBeUndefined();
  });

  it("resolves a leader named by a member id read before that member's own line linked it (resolveEventNames), as checkPaste does over the whole paste", () => {
    const reader = createLiveEventReader(patterns);
    const follower = reader.read('{"level":"info","ts":"2026-12-01T03:15:22.083Z","msg":"raft.node: f36d74f17bf13157 elected leader 4a0a6efc2f1a6180 at term 3"}', { line: 0, node: 'node3' });
    expect([follower.kind, follower.leader, resolveEventNames(follower, reader.resolveName)]).toEqual(['follows-leader', '4a0a6efc2f1a6180', follower]);
    const version = reader.aliasVersion;
    reader.read('{"level":"info","ts":"2026-12-01T03:15:22.083Z","msg":"4a0a6efc2f1a6180 became leader at term 3"}', { line: 0, node: 'node1' });
    expect(reader.aliasVersion).toBeGreaterThan(version);
    expect(resolveEventNames(follower, reader.resolveName).leader).toBe('node1');
  });

  it('readAt gives the stamp as epoch ms in the zone it is told (the harness clock)', () => {
    const reader = createLiveEventReader(patterns);
    const arrivalMs = Date.UTC(2026, 10, 26, 16, 0, 0, 0);
    const { event, stampMs } = reader.readAt('2026-11-26 21:29:50,879 WARNING heartbeat timed out', { line: 0, node: 'node2', arrivalMs, localOffsetMin: 330 });
    expect([event.kind, stampMs]).toEqual(['heartbeat-timeout', Date.UTC(2026, 10, 26, 15, 59, 50, 879)]);
    expect(reader.readAt('no stamp: election timeout', { line: 1, node: 'node2', arrivalMs, localOffsetMin: 0 }).stampMs).toBeUndefined();
  });

  it("inferWriterClocks: a node's zone-less stamps a whole number of quarter hours ahead of its lines' arrival are read in its own zone", () => {
    const reader = createLiveEventReader(patterns, { inferWriterClocks: true });
    // Written in Asia/Kolkata (+05:30), read by a harness in UTC, 3 ms after it was written.
    const writtenMs = Date.UTC(2026, 10, 30, 9, 49, 10, 466);
    const line = reader.readAt('2026-11-30 15:19:10.466 [node2] heartbeat timeout: no heartbeat from leader node3 for 175 ms', { line: 0, node: 'node2', arrivalMs: writtenMs + 3, localOffsetMin: 0 });
    expect([line.stampMs, line.zoneShiftMin, reader.zoneShiftMin('node2'), reader.zoneShiftMin('node3')]).toEqual([writtenMs, 330, 330, 0]);
    // Zoned stamps say their zone: never moved.
    const zoned = reader.readAt('2026-11-30T09:49:10.470Z node2 following leader node1', { line: 1, node: 'node2', arrivalMs: writtenMs + 5, localOffsetMin: 0 });
    expect([zoned.stampMs, zoned.zoneShiftMin]).toEqual([writtenMs + 4, 0]);
    // Without the option (a paste replayed line by line), stamps are read in the zone the caller names.
    const plain = createLiveEventReader(patterns).readAt('2026-11-30 15:19:10.466 [node2] heartbeat timeout', { line: 0, node: 'node2', arrivalMs: writtenMs + 3, localOffsetMin: 0 });
    expect([plain.stampMs! - writtenMs, plain.zoneShiftMin]).toEqual([330 * 60_000, 0]);
  });

  it("inferWriterClocks: the line that ran most ahead decides, so an old log's lines read first do not fix a zone", () => {
    const reader = createLiveEventReader(patterns, { inferWriterClocks: true });
    const nowMs = Date.UTC(2026, 10, 30, 10, 0, 0, 0);
    // A run three hours earlier, appended to the same node.log, then this run's first line.
    expect(reader.readAt('2026-11-30 07:00:00.000 n2 leader is n1 for term 3', { line: 0, node: 'node2', arrivalMs: nowMs, localOffsetMin: 0 }).zoneShiftMin).toBe(-180);
    expect(reader.readAt('2026-11-30 09:59:59.990 n2 started', { line: 1, node: 'node2', arrivalMs: nowMs + 1, localOffsetMin: 0 })).toMatchObject({ stampMs: nowMs - 10, zoneShiftMin: 0 });
  });

  it('zoneShiftMinOf: the nearest quarter hour; latency of ms to minutes is no zone', () => {
    expect([0, -40, -7 * 60_000, 7 * 60_000].map(zoneShiftMinOf)).toEqual([0, 0, 0, 0]);
    expect([330 * 60_000 - 12, -(300 * 60_000) - 2500, 345 * 60_000 - 30_000, -(30 * 60_000)].map(zoneShiftMinOf)).toEqual([330, -300, 345, -30]);
  });

  it('stampInWriterZone: zone-less stamps in the writer\'s zone, zoned ones as written, relative ones not at all', () => {
    const arrivalMs = Date.UTC(2026, 10, 30, 12, 0, 1);
    const utc = () => 0;
    const local = parseTimestampAt('2026-11-30 17:30:00.500', 0)!;
    expect(stampInWriterZone(local, arrivalMs, 330, utc)).toBe(Date.UTC(2026, 10, 30, 12, 0, 0, 500));
    const zoned = parseTimestampAt('2026-11-30T12:00:00.500Z', 0)!;
    expect(stampInWriterZone(zoned, arrivalMs, 330, utc)).toBe(Date.UTC(2026, 10, 30, 12, 0, 0, 500));
    const sinceBoot = parseTimestampAt('[ 88419.530]', 0);
    expect(sinceBoot?.kind).toBe('relative');
    expect(stampInWriterZone(sinceBoot!, arrivalMs, 330, utc)).toBeUndefined();
  });
});

describe('findNewLeaderFollowed', () => {
  const line = (kind: LogEvent['kind'], atMs: number, leader?: string) => ({ kind, atMs, event: { leader } });

  it('is the first line after the kill naming a leader other than the one gone, or claiming to lead', () => {
    const lines = [line('follows-leader', 90, 'node2'), line('follows-leader', 110, 'node3'), line('follows-leader', 120, 'node1'), line('heartbeat-timeout', 125)];
    expect(findNewLeaderFollowed(lines, 100, ['node3'])).toBe(lines[2]);
    expect(findNewLeaderFollowed([line('became-leader', 130, 'node2'), line('follows-leader', 140, 'node2')], 100, ['node3'])?.atMs).toBe(130);
    expect(findNewLeaderFollowed([line('vote', 130), line('follows-leader', 140, 'node3')], 100, ['node3'])).toBeUndefined();
  });
});

describe('what a line says beyond its kind', () => {
  const read = (text: string): LogEvent => readLogLine(text, patterns, { line: 0, node: 'node2' });

  it.each([
    ['stepping down: saw term 4 from node3', 'stepped-down'],
    ['8e9e05c52164694d became follower at term 3', 'stepped-down'],
    ['lost leadership (no quorum for 3 heartbeats)', 'stepped-down'],
    ['no longer the leader, term 5', 'stepped-down'],
    ['stepped down as leader of term 4: no contact with a majority within an election timeout', 'stepped-down'],
    ['became follower, following leader node3 (term 4)', 'follows-leader'],
  ])('%j is %s', (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });

  it('a heartbeat timeout states the silence it measured and whether it starts an election', () => {
    expect(read('heartbeat timeout — no message from leader node1 in 287ms')).toMatchObject({ kind: 'heartbeat-timeout', silentMs: 287, leader: 'node1' });
    expect(read('heartbeat timeout — no message from leader in 300ms; starting election for term 3')).toMatchObject({ silentMs: 300, startsElection: true });
    const plain = read('election timeout');
    expect([plain.kind, plain.silentMs, plain.startsElection]).toEqual(['heartbeat-timeout', undefined, undefined]);
  });
});

describe('stampToEpochMs', () => {
  const at = (text: string) => readLogLine(`${text} x`, patterns, { line: 0 }).time!;
  const nearMs = Date.UTC(2026, 10, 29, 16, 0, 0);
  it('reads zone-less times as the given local zone, zoned ones as written', () => {
    expect(stampToEpochMs(at('2026-11-29 21:29:50,879'), { localOffsetMin: 330, nearMs })).toBe(Date.UTC(2026, 10, 29, 15, 59, 50, 879));
    expect(stampToEpochMs(at('2026-11-29T21:29:50.879Z'), { localOffsetMin: 330, nearMs })).toBe(Date.UTC(2026, 10, 29, 21, 29, 50, 879));
  });
  it('puts time-of-day and yearless stamps on the date nearest the clock', () => {
    expect(stampToEpochMs(at('21:29:50.879'), { localOffsetMin: 330, nearMs })).toBe(Date.UTC(2026, 10, 29, 15, 59, 50, 879));
    expect(stampToEpochMs(at('Nov 29 21:29:50.879'), { localOffsetMin: 0, nearMs })).toBe(Date.UTC(2026, 10, 29, 21, 29, 50, 879));
    expect(stampToEpochMs(at('Mar 1 00:00:00.000'), { localOffsetMin: 0, nearMs: Date.UTC(2028, 1, 20) })).toBe(Date.UTC(2028, 2, 1));
  });
});

describe('vote events', () => {
  it('reads granted votes as votes but not a vote field of a persisted state dump', () => {
    const text = [
      '2026-11-26T19:30:00.000Z node2 INFO  granted vote to node1 for term 3',
      '2026-11-26T19:30:00.010Z node2 INFO  persisted hard state term=3 vote=1 commit=4',
      '2026-11-26T19:30:00.020Z node3 DEBUG {"term": 3, "vote": 1}',
      '2026-11-26T19:30:00.030Z node3 INFO  8e9e05c52164694d received MsgVoteResp from 91bc3c398fb3c146 at term 3',
    ].join('\n');
    expect(brief(readLogText(text, patterns).events)).toEqual(['1 vote node2', '4 vote node3']);
  });
});

describe('what a line says about the leader (blind2 corpus)', () => {
  const read = (text: string): LogEvent => readLogLine(text, patterns, { line: 0, node: 'node2' });

  it.each([
    ['raft: entering follower state: follower="Node at 127.0.0.1:7002 [Follower]" leader-address=127.0.0.1:7001 leader-id=node1', 'node1'],
    ['raft: entering follower state: follower="Node at 127.0.0.1:7002 [Follower]" leader-address= leader-id=', undefined],
    ['raft: heartbeat timeout reached, starting election: last-leader-addr=127.0.0.1:7001', '127.0.0.1:7001'],
    ['{"level":"warn","node":2,"leader":1,"term":1,"message":"heartbeat timeout"}', 'node1'],
    ['{"level":"info","node":2,"leader":1,"message":"following leader"}', 'node1'],
  ])('%s names leader %s', (text, leader) => {
    expect(read(text).leader).toBe(leader);
  });

  it('nodes named by port: a bare number naming the leader (`leader=7001`) is that port\'s node', () => {
    const text = [
      '2026-11-30 13:48:12.402 pid=50210 port=7001 level=info msg="became leader" term=1',
      '2026-11-30 13:48:12.405 pid=50211 port=7002 level=info msg="following leader" leader=7001 term=1',
      '2026-11-30 13:48:20.118 pid=50210 port=7001 level=info msg="received SIGTERM, shutting down"',
      '2026-11-30 13:48:20.120 pid=50212 port=7003 level=warn msg="connection to leader closed" leader=7001 err=EOF',
    ].join('\n');
    const { events, nodes } = readLogText(text, patterns);
    expect(nodes).toEqual([':7001', ':7002', ':7003']);
    expect(brief(events)).toEqual(['1 became-leader :7001 :7001', '2 follows-leader :7002 :7001', '3 kill :7001', '4 connection-lost :7003 :7001']);
  });

  it('a leader named by its address is the node listening on it', () => {
    const text = [
      '12:00:00.000 node1 listening on 127.0.0.1:7001',
      '12:00:00.001 node2 listening on localhost:7002',
      '12:00:05.000 node2 heartbeat timeout reached, starting election: last-leader-addr=localhost:7001',
    ].join('\n');
    expect(readLogText(text, patterns).events.at(-1)).toMatchObject({ kind: 'heartbeat-timeout', node: 'node2', leader: 'node1' });
  });

  it('a node named by its wildcard address (`[::]:7003`) is the node a peer dials on loopback (`[::1]:7003`, `:7003`, `leader=7003`)', () => {
    const text = [
      '2026/11/30 11:52:00.101204 raft [::]:7001: listening',
      '2026/11/30 11:52:00.388772 raft [::]:7003: became leader term=1',
      '2026/11/30 11:52:00.389102 raft [::]:7001: following leader [::1]:7003 term=1',
      '2026/11/30 11:52:00.389530 raft [::]:7002: following leader :7003 term=1',
      '2026/11/30 11:52:08.775310 raft [::]:7002: received signal terminated, shutting down',
      '2026/11/30 11:52:08.826448 raft [::]:7001: heartbeat timeout, leader=7003',
    ].join('\n');
    const { events, nodes } = readLogText(text, patterns);
    expect(nodes).toEqual(['[::]:7001', '[::]:7002', '[::]:7003']);
    expect(brief(events)).toEqual([
      '2 became-leader [::]:7003 [::]:7003',
      '3 follows-leader [::]:7001 [::]:7003',
      '4 follows-leader [::]:7002 [::]:7003',
      '5 kill [::]:7002',
      '6 heartbeat-timeout [::]:7001 [::]:7003',
    ]);
  });

  it('a configured timeout range is no detection; a timeout that states its silence is', () => {
    expect(read('2026-11-30T11:02:00.100Z [n1] INFO  node n1 up, cluster=[n1 n2 n3 n4 n5], election timeout 150-300ms').kind).not.toBe('heartbeat-timeout');
    expect(read('config: heartbeat 50ms, election timeout: [150, 300] ms').kind).not.toBe('heartbeat-timeout');
    expect(read('election timeout 150..300 ms').kind).not.toBe('heartbeat-timeout');
    expect(read('heartbeat timeout (223ms), starting election term=2').kind).toBe('heartbeat-timeout');
    expect(read('heartbeat timeout 287ms, starting election for term 2').kind).toBe('heartbeat-timeout');
    expect(read('Heartbeat timeout after 347 ms, starting election for term 2').kind).toBe('heartbeat-timeout');
  });

  it("a setting whose key joins the words is no detection, a loguru code location named after the timeout (`_on_election_timeout:142`) is no setting", () => {
    expect(read('2026-11-30 13:06:04.812 | INFO | raft.node:serve:61 - node3: config election_timeout=300').kind).not.toBe('heartbeat-timeout');
    expect(read('config raft.election_timeout: 300').kind).not.toBe('heartbeat-timeout');
    expect(read('2026-11-30 13:06:12.440 | WARNING  | raft.node:_on_election_timeout:142 - node3: election timeout fired, no heartbeat from leader node1 for 341 ms').kind).toBe('heartbeat-timeout');
  });

  it('key fragments are no node names', () => {
    expect(normalizeNodeToken('-address')).toBeUndefined();
    expect(normalizeNodeToken(':1')).toBeUndefined();
    expect(normalizeNodeToken(':7001')).toBe(':7001');
    expect(normalizeNodeToken('[::1]:7003')).toBe('[::1]:7003');
    expect(normalizeNodeToken('"[FE80::1]:7003",')).toBe('[fe80::1]:7003');
    expect(normalizeNodeToken('[::1]')).toBeUndefined();
  });

  it('a 0x number is no node name: ZooKeeper\'s "zxid of leader is 0x100000000" names no leader', () => {
    expect(normalizeNodeToken('0x100000000,')).toBeUndefined();
    expect(normalizeNodeToken('0X1f')).toBeUndefined();
    expect(normalizeNodeToken('0x1')).toBeUndefined();
    const line = '2026-12-01 00:11:47,343 - INFO  [LearnerHandler-/127.0.0.1:53840:LearnerHandler@572] - Sending snapshot last zxid of peer is 0x0, zxid of leader is 0x100000000, send zxid of db as 0x100000000';
    expect(readLogLine(line, patterns, { line: 0, node: 'node2' }).leader).toBeUndefined();
  });

  it('names the leader by an IPv6 address with its port', () => {
    expect(readLogLine('raft [::]:7001: following leader [::1]:7003 term=1', patterns, { line: 0, node: 'node1' }).leader).toBe('[::1]:7003');
    expect(readLogLine('heartbeat timeout, leader=[::1]:7003', patterns, { line: 0, node: 'node1' }).leader).toBe('[::1]:7003');
    expect(readLogLine('heartbeat timeout, leader [node3]', patterns, { line: 0, node: 'node1' }).leader).toBe('node3');
  });

  it("the live reader gives a java.util.logging record's second line its first line's time", () => {
    const reader = createLiveEventReader(patterns);
    reader.read('Nov 30, 2026 12:15:09 PM com.student.raft.Main lambda$main$0', { line: 0, node: 'node1' });
    const kill = reader.read('INFO: node1 received SIGTERM, shutting down', { line: 1, node: 'node1' });
    expect([kill.kind, kill.time?.ms]).toEqual(['kill', Date.UTC(2026, 10, 30, 12, 15, 9)]);
  });
});

describe('times printed on a neighbouring line', () => {
  const dotnet = [
    '12:12:00.402 info: KvNode.RaftNode[0]',
    '      node1 became leader for term 1',
    '12:12:07.631 info: Microsoft.Hosting.Lifetime[0]',
    '      Application is shutting down...',
    '12:12:07.869 warn: KvNode.RaftNode[0]',
    '      node2 heartbeat timeout: no heartbeat from leader node1 in 238 ms',
  ].join('\n');

  it(".NET console records: the indented message line has its head line's time; the category is no node", () => {
    const { events, nodes } = readLogText(dotnet, patterns);
    expect(nodes).toEqual(['node1', 'node2']);
    expect(events.map((e) => [e.line + 1, e.kind, e.time?.dayMs])).toEqual([
      [2, 'became-leader', 43_920_402],
      [4, 'kill', 43_927_631],
      [6, 'heartbeat-timeout', 43_927_869],
    ]);
  });

  it('a message line without such a head, or not indented, gets no borrowed time', () => {
    const { events } = readLogText(['12:12:07.631 node1 ready', '      Application is shutting down...', '12:12:07.631 info: KvNode.RaftNode[0]', 'Application is shutting down...'].join('\n'), patterns);
    expect(events.map((e) => [e.line + 1, e.time])).toEqual([[2, undefined], [4, undefined]]);
  });

  it('the live reader applies the same rule per log', () => {
    const reader = createLiveEventReader(patterns);
    const lines = dotnet.split('\n');
    const read = lines.map((text, i) => reader.read(text, { line: i, node: i < 4 ? 'node1' : 'node2' }));
    expect(read[3]).toMatchObject({ kind: 'kill', time: { dayMs: 43_927_631 } });
    expect(read[5]).toMatchObject({ kind: 'heartbeat-timeout', time: { dayMs: 43_927_869 } });
  });

  it('`date +%T.%N; kill 5120`: the date output on the next line is the kill, at that time', () => {
    const { events } = readLogText(['$ date +%T.%N; kill 5120', '10:58:40.517302911', '$ kill 5121', '10:58:41.000'].join('\n'), patterns);
    expect(events.map((e) => [e.line + 1, e.kind, e.pid, e.time?.dayMs])).toEqual([
      [2, 'kill', 5120, 39_520_517.302],
      [3, 'kill', 5121, undefined],
    ]);
    const after = readLogText(['$ kill 5120 && date -Ins', '2026-11-30T10:58:40,517302911+00:00'].join('\n'), patterns).events;
    expect(after.map((e) => [e.line + 1, e.time?.ms])).toEqual([[2, Date.UTC(2026, 10, 30, 10, 58, 40, 517) + 0.302]]);
    // Output that is more than a time is not the date's.
    expect(readLogText(['$ date; kill 5120', '10:58:40.517 node2 INFO following leader node1'].join('\n'), patterns).events[0]).toMatchObject({ line: 0, time: undefined });
  });

  it('a sleep between the kill and its date makes the date time nothing: it prints seconds away from the kill (adv17)', () => {
    for (const command of ['$ kill 4101 && sleep 1 && date +%T.%3N', '$ date +%T.%3N; sleep 2; kill 4101']) {
      expect(readLogText([command, '10:00:01.100'].join('\n'), patterns).events.map((e) => [e.line, e.kind, e.time])).toEqual([[0, 'kill', undefined]]);
    }
    // A sleep after both still leaves the date the kill's.
    expect(readLogText(['$ date +%T.%3N; kill 4101; sleep 1; tail -n 3 data/node2/node.log', '10:00:00.100'].join('\n'), patterns).events.map((e) => [e.line + 1, e.time?.dayMs])).toEqual([[2, 36_000_100]]);
  });

  it('a kill waiting in a group sent to the background while the date runs at once times nothing (adv55c-18)', () => {
    for (const command of ['$ (sleep 0.6; kill 3421) & date +%T.%N', '$ { sleep 1; kill 3421; } & date +%T.%N']) {
      expect(readLogText([command, '10:25:51.386426027'].join('\n'), patterns).events.map((e) => [e.line, e.kind, e.time])).toEqual([[0, 'kill', undefined]]);
    }
    // A background group with no wait before its kill leaves the date the kill's.
    expect(readLogText(['$ (kill 3421) & date +%T.%N', '10:25:51.386426027'].join('\n'), patterns).events.map((e) => [e.line + 1, e.time?.dayMs])).toEqual([[2, 37_551_386.426]]);
  });

  it("a kill run through ssh then a local date, or a date echoed after a sleep, times nothing (adv48b)", () => {
    expect(readLogText(["$ ssh raft-a 'sudo kill $(pidof kv_node)'; date +%T.%3N", '15:55:02.571'].join('\n'), patterns).events.map((e) => [e.line, e.kind, e.time])).toEqual([[0, 'kill', undefined]]);
    const echoed = readLogText(['$ kill -TERM 16236 && sleep 0.2 && echo "killed leader at $(date +%T.%3N)"', 'killed leader at 15:58:16.732'].join('\n'), patterns).events;
    expect(echoed.filter((e) => e.kind === 'kill').map((e) => e.time)).toEqual([undefined, undefined]);
    // The date before the ssh'd kill is still its time (the signal came after it).
    expect(readLogText(["$ date +%T.%3N; ssh raft-a 'sudo kill 4101'", '15:55:02.571'].join('\n'), patterns).events[0]?.time?.dayMs).toBe(57_302_571);
  });

  it("a quoted remote command starting with `date` (`ssh raft-1 'date …; pkill …'`, ansible's `-a`) times the kill by its output", () => {
    const ssh = readLogText(["$ ssh raft-1 'date +%T.%6N; pkill -TERM -x kv_node'", '13:08:44.301527'].join('\n'), patterns).events;
    expect(ssh.map((e) => [e.line + 1, e.kind, e.time?.dayMs])).toEqual([[2, 'kill', 47_324_301.527]]);
    // ansible prints the host's header between the command and the date's output.
    const ansible = ["$ ansible raft-1 -b -m shell -a 'date +%T.%6N; pkill -TERM -x kv_node'", 'raft-1 | CHANGED | rc=0 >>', '13:08:44.301527'];
    expect(readLogText(ansible.join('\n'), patterns).events.map((e) => [e.line + 1, e.kind, e.time?.dayMs])).toEqual([[3, 'kill', 47_324_301.527]]);
    // A header of another kind between them is no date output's.
    expect(readLogText(["$ ssh raft-1 'date +%T.%6N; pkill kv_node'", '==> node2.log <==', '13:08:44.301527'].join('\n'), patterns).events[0]).toMatchObject({ line: 0, time: undefined });
  });

  it('run on several hosts by ansible, `date; … && pkill` killed where the command succeeded: the kill is the date under that host', () => {
    // adv15: every host printed its date; only raft-1's role check passed, and ansible listed it last.
    const hosts = [
      "$ ansible raft -b -m shell -a 'date +%T.%6N; curl -s localhost:7000/role | grep -qx leader && pkill -TERM -x kv_node'",
      'raft-3 | FAILED | rc=1 >>',
      '13:08:44.322410',
      'non-zero return code',
      'raft-1 | CHANGED | rc=0 >>',
      '13:08:44.301527',
    ];
    expect(readLogText(hosts.join('\n'), patterns).events.map((e) => [e.line + 1, e.kind, e.time?.dayMs])).toEqual([[6, 'kill', 47_324_301.527]]);
    // No host succeeded: no date is the kill's.
    const none = hosts.slice(0, 4).join('\n');
    expect(readLogText(none, patterns).events[0]).toMatchObject({ line: 0, time: undefined });
  });

  it("GNU `date`'s default output `Tue Dec  1 15:33:08 UTC 2026` under `date; kill -9 7301` is the kill's whole-second time", () => {
    const { events } = readLogText(['$ date; kill -9 7301', 'Tue Dec  1 15:33:08 UTC 2026', '$ date ; kill 7302', 'Tue Dec  1 15:33:09 2026'].join('\n'), patterns);
    expect(events.map((e) => [e.line + 1, e.kind, e.pid, e.time?.ms, e.time?.precisionMs, e.time?.zoned])).toEqual([
      [2, 'kill', 7301, Date.UTC(2026, 11, 1, 15, 33, 8), 1000, true],
      // Printed with no zone by the shell whose date just printed UTC: in UTC (shown-zones.ts).
      [4, 'kill', 7302, Date.UTC(2026, 11, 1, 15, 33, 9), 1000, true],
    ]);
    // Not the date's output: a weekday line that is more than the date, a word that only starts like one, no `date` run.
    const kills = (text: string[]): unknown[] => readLogText(text.join('\n'), patterns).events.filter((e) => e.kind === 'kill').map((e) => [e.line + 1, e.time]);
    expect(kills(['$ date; kill 5120', 'Tue Dec  1 15:33:08 UTC 2026 node2 following leader node1'])).toEqual([[1, undefined]]);
    expect(kills(['$ date; kill 5120', 'Tuesday Dec  1 15:33:08 UTC 2026'])).toEqual([[1, undefined]]);
    expect(kills(['$ kill 5120', 'Tue Dec  1 15:33:08 UTC 2026'])).toEqual([[1, undefined]]);
  });

  it('Windows: `PS C:\\…> Get-Date -Format o; taskkill /PID 11872 /F` is a kill timed by the round-trip time printed under it', () => {
    const { events } = readLogText(
      [
        'PS C:\\src\\kv> Get-Date -Format o; taskkill /PID 11872 /F',
        '2026-11-30T13:52:17.4031856+01:00',
        'SUCCESS: The process with PID 11872 has been terminated.',
        'PS C:\\src\\kv> Stop-Process -Id 9940',
        'C:\\kv>taskkill /PID 15208 /F',
      ].join('\n'),
      patterns,
    );
    expect(events.filter((e) => e.pid !== undefined).map((e) => [e.line + 1, e.kind, e.pid, e.time?.ms])).toEqual([
      [2, 'kill', 11872, Date.UTC(2026, 10, 30, 12, 52, 17, 403) + 0.185],
      [4, 'kill', 9940, undefined],
      [5, 'kill', 15208, undefined],
    ]);
  });

  it("Windows cmd: `C:\\kv>echo %TIME% & taskkill /F /PID 7712` is a kill timed by the `14:03:11,29` printed under it", () => {
    const { events } = readLogText(['C:\\kv>echo %TIME% & taskkill /F /PID 7712', '14:03:11,29', 'C:\\kv>taskkill /PID 7716', '14:03:12,00'].join('\n'), patterns);
    expect(events.filter((e) => e.pid !== undefined).map((e) => [e.line + 1, e.kind, e.pid, e.time?.ms, e.time?.precisionMs])).toEqual([
      [2, 'kill', 7712, (14 * 3600 + 3 * 60 + 11) * 1000 + 290, 10],
      [3, 'kill', 7716, undefined, undefined],
    ]);
  });

  it("honcho's whole-second prefix gives way to the program's own finer time on the line", () => {
    const { events } = readLogText(
      ['11:40:11 node1.1  | 2026-11-30 11:40:11.952 node1 received SIGTERM, shutting down', '11:40:11 node2.1  | node2 lost connection to leader node1 at 11:38:00.100'].join('\n'),
      patterns,
    );
    expect(events.map((e) => [e.time?.format, e.time?.dayMs, e.time?.precisionMs])).toEqual([
      ['iso-8601', 42_011_952, 1],
      ['time-of-day', 42_011_000, 1000],
    ]);
  });
});

describe('the live reader with the harness\'s address book', () => {
  // node2 was given node1 at 127.0.0.1:7001 directly; node3 reaches node1 through a peer link's proxy at :40123.
  const peerAddresses = new Map<string | undefined, ReadonlyMap<string, string>>([
    [undefined, new Map([['127.0.0.1:7001', 'node1'], ['127.0.0.1:7002', 'node2'], ['127.0.0.1:7003', 'node3']])],
    ['node3', new Map([['127.0.0.1:40123', 'node1'], ['127.0.0.1:40124', 'node2'], ['127.0.0.1:7003', 'node3']])],
  ]);

  it('names the node a follower calls by the address it was given for it, loopback written any way', () => {
    const reader = createLiveEventReader(patterns, { inferWriterClocks: true, peerAddresses });
    const read = (text: string, node: string) => reader.read(text, { line: 0, node });
    expect(read('2026-12-03 06:30:23,019 INFO n2 leader is 127.0.0.1:7001 for term 2', 'node2').leader).toBe('node1');
    expect(read('2026-12-03 06:30:23,019 INFO n2 leader is localhost:7001 for term 2', 'node2').leader).toBe('node1');
    expect(read('2026-12-03 06:30:43,406 WARN [127.0.0.1:7003] connection closed by leader 127.0.0.1:40123', 'node3').leader).toBe('node1');
    // A proxy's port is a node only for the writer it was given to; an address no node was given stays as written.
    expect(read('2026-12-03 06:30:23,019 INFO n2 leader is 127.0.0.1:40123 for term 2', 'node2').leader).toBe('127.0.0.1:40123');
    expect(read('2026-12-03 06:30:23,019 INFO n2 leader is 10.0.0.7:7001 for term 2', 'node2').leader).toBe('10.0.0.7:7001');
  });

  it('without an address book an address stays as written', () => {
    const reader = createLiveEventReader(patterns, { inferWriterClocks: true });
    expect(reader.read('2026-12-03 06:30:23,019 INFO n2 leader is 127.0.0.1:7001 for term 2', { line: 0, node: 'node2' }).leader).toBe('127.0.0.1:7001');
  });
});

describe('the live reader links leader names by term', () => {
  // MIT 6.824's 0-based names: the harness's node1 writes `[S0]`, node2 `[S1]`.
  it("a follower's 0-based `leader is S0 for term 3` names the node that became leader in term 3, read in either order", () => {
    const reader = createLiveEventReader(patterns, { inferWriterClocks: true });
    const follows = reader.read('2026-12-03 06:40:20,846 INFO [S1] leader is S0 for term 3', { line: 0, node: 'node2' });
    expect([follows.kind, follows.leader, reader.aliasVersion]).toEqual(['follows-leader', 'S0', 0]);
    reader.read('2026-12-03 06:40:20,845 INFO [S0] term 3: got 2 of 3 votes, I am the leader', { line: 0, node: 'node1' });
    expect([reader.resolveName('S0'), reader.aliasVersion]).toEqual(['node1', 1]);
    expect(reader.read('2026-12-03 06:40:20,846 INFO [S2] leader is S0 for term 3', { line: 0, node: 'node3' }).leader).toBe('node1');
  });

  it('unlinks a name two terms give to two nodes, and never renames a node\'s own name', () => {
    const reader = createLiveEventReader(patterns, { inferWriterClocks: true });
    reader.read('2026-12-03 06:40:20,845 INFO [S0] term 3: got 2 of 3 votes, I am the leader', { line: 0, node: 'node1' });
    reader.read('2026-12-03 06:40:29,845 INFO [S2] term 4: got 2 of 3 votes, I am the leader', { line: 0, node: 'node3' });
    expect(reader.read('2026-12-03 06:40:30,846 INFO [S1] leader is S7 for term 3', { line: 0, node: 'node2' }).leader).toBe('node1');
    // The same name for term 4's leader, node3: it stands for no one node, and is no node's from then on.
    expect(reader.read('2026-12-03 06:40:31,846 INFO [S1] leader is S7 for term 4', { line: 0, node: 'node2' }).leader).toBe('S7');
    expect(reader.resolveName('S7')).toBe('S7');
    // node2 says node3 led in term 3 (another run's line): a node's own name is never renamed.
    expect(reader.read('2026-12-03 06:40:32,846 INFO n2 leader is node3 for term 3', { line: 0, node: 'node2' }).leader).toBe('node3');
  });
});

describe('the live reader on relative clocks', () => {
  it('places one relative clock on the harness clock by its first line; differences stay exact', () => {
    const reader = createLiveEventReader(patterns);
    const first = reader.readAt('[ 88419.530] node1: got SIGTERM, bye', { line: 0, arrivalMs: 1_000_000, localOffsetMin: 60 });
    const later = reader.readAt('[ 88419.764] node2: election timeout (234 ms without heartbeat)', { line: 1, arrivalMs: 1_000_900, localOffsetMin: 60 });
    expect([first.stampMs, later.stampMs! - first.stampMs!]).toEqual([1_000_000, 234]);
    expect(stampToEpochMs(first.event.time!, { localOffsetMin: 0, nearMs: 0 })).toBeUndefined();
  });

  // The harness: each node is a process of its own, started at its own moment, and a line arrives after it was written.
  const at = (node: string, arrivalMs: number) => ({ line: 0, node, arrivalMs, localOffsetMin: 0 });

  it("inferWriterClocks: each node's `[+s.mmm]` counts from its own start, its zero the least arrival − stamp", () => {
    const reader = createLiveEventReader(patterns, { inferWriterClocks: true });
    // node1 started at 1_000_000, node2 150 ms later; lines arrive 0-40 ms after they were written (a 50 ms poll).
    expect(reader.readAt('[+0.005s] INFO n1 started', at('node1', 1_000_040)).stampMs).toBe(1_000_040);
    expect(reader.readAt('[+0.223s] INFO n1 term 1: I am the leader', at('node1', 1_000_224)).stampMs).toBe(1_000_224);
    // node2's start line, written at 1_000_154, arrived 2 ms later: its zero is 1_000_152 (2 ms late at most).
    expect(reader.readAt('[+0.004s] INFO n2 started', at('node2', 1_000_156)).stampMs).toBe(1_000_156);
    // node2's connection closed 5 ms after node1 was killed at 1_000_240 (written at 1_000_245, read 45 ms later):
    // placed on node2's clock, not node1's, by the earlier line's tighter zero.
    const closed = reader.readAt('[+0.095s] WARNING n2 connection closed by leader n1', at('node2', 1_000_290));
    expect([closed.event.kind, closed.stampMs]).toEqual(['connection-lost', 1_000_247]);
    // The one clock of the plain reader (a paste's lines read one by one) would put it 150 ms before the kill.
    const plain = createLiveEventReader(patterns);
    plain.readAt('[+0.005s] INFO n1 started', at('node1', 1_000_005));
    expect(plain.readAt('[+0.095s] WARNING n2 connection closed by leader n1', at('node2', 1_000_251)).stampMs).toBe(1_000_095);
  });

  it('inferWriterClocks: an old run of the same node, read first, does not set the new run\'s zero', () => {
    const reader = createLiveEventReader(patterns, { inferWriterClocks: true });
    // A reused work dir: the last run's lines (up to 12.4 s on its clock) arrive with the new run's first line.
    reader.readAt('[+3.100s] INFO n2 leader is n1 for term 1', at('node2', 2_000_010));
    reader.readAt('[+12.400s] INFO n2 caught SIGTERM, stopping', at('node2', 2_000_010));
    expect(reader.readAt('[+0.003s] INFO n2 started', at('node2', 2_000_010)).stampMs).toBe(2_000_010);
    expect(reader.readAt('[+0.300s] WARNING n2 no heartbeat from leader n1 for 170 ms', at('node2', 2_000_320)).stampMs).toBe(2_000_307);
  });

  it('inferWriterClocks: seconds since boot are the machine\'s clock, one for every node', () => {
    const reader = createLiveEventReader(patterns, { inferWriterClocks: true });
    expect(reader.readAt('[ 88419.530] node1: got SIGTERM, bye', at('node1', 1_000_030)).stampMs).toBe(1_000_030);
    // node2's line arrived 1 ms after it was written: it places node1's clock too (the least arrival − stamp).
    expect(reader.readAt('[ 88419.764] node2: election timeout (234 ms without heartbeat)', at('node2', 1_000_235)).stampMs).toBe(1_000_235);
    expect(reader.readAt('[ 88419.800] node3: vote for node2', at('node3', 1_000_300)).stampMs).toBe(1_000_271);
  });
});

describe('judgeKills with a whole-second and a finer kill stamp', () => {
  it("takes the node's own finer kill inside a supervisor's whole-second one as the kill", () => {
    const { events } = readLogText(
      [
        '11:40:02 node1.1  | 2026-11-30 11:40:02.618 node1 became leader (term 1)',
        '11:40:11 node1.1  | 2026-11-30 11:40:11.952 node1 received SIGTERM, shutting down',
        '11:40:11 system   | node1.1 stopped (rc=-15)',
      ].join('\n'),
      patterns,
    );
    const kills = judgeKills(events, placeEventsOnClock(events));
    expect(kills.map((k) => [k.event.line + 1, k.killed])).toEqual([[2, 'node1']]);
  });

  it("takes the node's own kill line over writerless ones in the same whole second, whatever the paste order (pm2's pm2.log section first)", () => {
    const { events } = readLogText(
      [
        'PM2        | 2026-11-30T14:03:11: PM2 log: App [raft-1:0] exited with code [0] via signal [SIGINT]',
        'PM2        | 2026-11-30T14:03:11: PM2 log: pid=48206 msg=process killed',
        '0|raft-1   | 2026-11-30T14:02:58: [raft-1] became leader for term 4',
        '0|raft-1   | 2026-11-30T14:03:11: [raft-1] received SIGINT, shutting down',
        '1|raft-2   | 2026-11-30T14:02:58: [raft-2] following leader raft-1 (term 4)',
      ].join('\n'),
      patterns,
    );
    expect(judgeKills(events, placeEventsOnClock(events))[0]!.event.line + 1).toBe(4);
    // A finer stamp orders them: a harness's command in the node's own ms stays first (the command was issued then).
    const { events: fine } = readLogText(
      [
        '[2026-11-30T14:03:10.208Z INFO  kvraft::raft] n2: following leader n1 (term 1)',
        '[2026-11-30T14:03:11.604Z INFO  failover] sending SIGTERM to leader n1 (pid 41877)',
        '[2026-11-30T14:03:11.604Z WARN  kvraft::node] n1: received SIGTERM, shutting down',
      ].join('\n'),
      patterns,
    );
    expect(judgeKills(fine, placeEventsOnClock(fine))[0]!.event.line + 1).toBe(2);
  });
});

describe('launch commands name their nodes', () => {
  it("reads make -Otarget's blocks by the recipe echoes: the port is the node (`leader 7001`), the echoed date is the kill's time", () => {
    const { events, nodes } = readLogText(
      [
        '$ make -j4 -Otarget demo',
        'sleep 2; date +%T.%3N; kill $(cat run/node1.pid)',
        '10:12:44.207',
        './build/kv_node --id 1 --port 7001 --peers 7002,7003',
        '10:12:42.359 leader    term=1 got 3/3 votes, I am the leader',
        '10:12:44.208 leader    term=1 received SIGTERM, shutting down',
        'timeout 5 ./build/kv_node --id 2 --port 7002 --peers 7001,7003',
        '10:12:42.360 follower  term=1 following leader 7001',
        '10:12:44.209 follower  term=1 read() from leader 7001 returned 0, waiting for election timeout',
      ].join('\n'),
      patterns,
    );
    expect(nodes).toEqual(['node1', 'node2']);
    expect(brief(events)).toEqual(['3 kill -  node1', '5 became-leader node1 node1', '6 kill node1', '8 follows-leader node2 node1', '9 connection-lost node2 node1']);
    expect(events[0]!.time?.dayMs).toBe(36_764_207);
  });

  it('kills the node a pgrep listing gives the pid of: here a follower', () => {
    const { events } = readLogText(
      [
        '$ pgrep -a kv_node',
        '12001 ./kv_node --id 1 --port 7001',
        '12002 ./kv_node --id 2 --port 7002',
        '$ date +%T.%3N; kill 12002',
        '09:33:27.450',
        '09:33:27.401 n1 heartbeat from leader n3',
      ].join('\n'),
      patterns,
    );
    const kill = events.find((e) => e.kind === 'kill')!;
    expect([kill.line + 1, kill.target, kill.pid]).toEqual([5, 'node2', 12002]);
  });

  it('kills the node a ps aux row runs by bare id and port arguments (`./kv_node 0 7000`, ids from 0)', () => {
    const { events } = readLogText(
      [
        '$ ps aux | grep kv_node',
        'student   5200  0.3  0.0   6212  2048 pts/1    S+   14:21 0:00 ./kv_node 0 7000',
        'student   5201  0.4  0.0   6212  2052 pts/2    S+   14:21 0:00 ./kv_node 1 7001',
        'student   5230  0.0  0.0   6412  2260 pts/4    S+   14:22 0:00 grep --color=auto kv_node',
        '$ date +%T.%3N && kill 5200',
        '14:22:19.804',
        '[14:22:19.805] [node 0] caught SIGTERM, exiting',
      ].join('\n'),
      patterns,
    );
    const kill = events.find((e) => e.kind === 'kill')!;
    expect([kill.line + 1, kill.target, kill.pid]).toEqual([6, 'node0', 5200]);
  });

  it('drops a kill that printed it killed nothing, and reads its error as no kill', () => {
    const { events } = readLogText(
      [
        '$ date +%T.%3N; kill 10411',
        '15:10:02.337',
        'bash: kill: (10411) - No such process',
        '$ date +%T.%3N; kill 10412',
        '15:10:09.868',
        '$ kill 10413 10414',
        'bash: kill: (10414) - No such process',
      ].join('\n'),
      patterns,
    );
    expect(events.map((e) => [e.line + 1, e.kind, e.pid])).toEqual([
      [5, 'kill', 10412],
      [6, 'kill', 10413],
    ]);
  });

  it("drops a kill whose error zsh words its own way (`kill: kill 4101 failed: no such process`, adv19)", () => {
    const { events } = readLogText(
      ['% date +%T.%3N; kill 4101', '10:00:00.100', '% date +%T.%3N; kill -9 4101', '10:00:00.412', 'kill: kill 4101 failed: no such process'].join('\n'),
      patterns,
    );
    expect(events.map((e) => [e.line + 1, e.kind, e.pid])).toEqual([[2, 'kill', 4101]]);
    // zsh naming itself and the line (`zsh:kill:1: …`, adv56c-29): the same error.
    const named = readLogText(['% date +%T.%N; kill 17262', '13:10:06.718737437', 'zsh:kill:1: kill 17262 failed: no such process'].join('\n'), patterns);
    expect(named.events.filter((e) => e.kind === 'kill')).toEqual([]);
  });

  it("drops `kill %1` when bash answers that job 1 is gone (`bash: kill: %1: no such job`, adv21); near miss: kept without it", () => {
    const paste = [
      '$ ./kv_node --id 1 --port 7001 &',
      '[4] 4127',
      '$ date +%T.%3N; kill %1',
      '10:00:00.100',
      'bash: kill: %1: no such job',
      '$ date +%T.%3N; kill %4',
      '10:00:03.517',
    ];
    const killLines = (lines: string[]) => readLogText(lines.join('\n'), patterns).events.filter((e) => e.kind === 'kill').map((e) => e.line + 1);
    expect(killLines(paste).filter((line) => line < 6)).toEqual([]);
    expect(killLines(paste.filter((l) => !l.includes('no such job'))).filter((line) => line < 6)).toEqual([4]);
  });

  it("drops a kill whose job spec /bin/kill could not parse (fish 3 has no `%1`: `kill: failed to parse argument: '%1'`, real15)", () => {
    const fish = ['root@vm ~/kv# date +%T.%3N; kill -TERM %1', '07:43:49.738', "kill: failed to parse argument: '%1'", 'root@vm ~/kv [1]# date +%T.%3N; kill -TERM (jobs -p %1)', '07:43:51.020'];
    expect(readLogText(fish.join('\n'), patterns).events.map((e) => [e.line + 1, e.kind])).toEqual([[5, 'kill']]);
    // Near miss: with no such error under it the first kill stands.
    expect(readLogText([...fish.slice(0, 2), ...fish.slice(3)].join('\n'), patterns).events.map((e) => [e.line + 1, e.kind])).toEqual([[2, 'kill'], [4, 'kill']]);
  });
});

describe('a family of writers named with their numbers', () => {
  const lines = [
    '$ sudo supervisorctl status',
    'kv1                              RUNNING   pid 4101, uptime 0:02:13',
    'kv2                              RUNNING   pid 4102, uptime 0:02:13',
    'kv3                              RUNNING   pid 4103, uptime 0:02:13',
    '$ sudo supervisorctl stop kv1',
    'kv1: stopped',
    '==> /var/log/supervisor/supervisord.log <==',
    '2026-12-01 10:48:11,902 INFO success: kv2 entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)',
    '2026-12-01 10:48:11,902 INFO success: kv3 entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)',
    '2026-12-01 10:50:25,377 DEBG killing kv1 (pid 4101) with signal SIGTERM',
    '==> /var/log/supervisor/kv2-stdout---supervisor-x8k2p1.log <==',
    '[10:50:25.310] FOLLOWER t1 commit=20 heartbeat from leader 1 ok',
    '[10:50:25.378] FOLLOWER t1 recv() from leader 1 returned 0, leader is gone',
    '==> /var/log/supervisor/kv3-stdout---supervisor-f0q9zz.log <==',
    '[10:50:25.379] FOLLOWER t1 recv() from leader 1 returned 0, leader is gone',
  ];

  it('is what a bare number names: `leader 1` is kv1', () => {
    const { events, nodes, aliases } = readLogText(lines.join('\n'), patterns);
    expect(nodes).toEqual(['kv1', 'kv2', 'kv3']);
    expect(aliases.get('node1')).toBe('kv1');
    // `supervisorctl stop kv1` (line 5, untimed) is a kill command too: the program it names.
    expect(brief(events)).toEqual(['5 kill -  kv1', '6 kill kv1', '10 kill -  kv1', '12 follows-leader kv2 kv1', '13 heartbeat-timeout kv2 kv1', '15 heartbeat-timeout kv3 kv1']);
  });

  it('is not when the paste writes node1 itself, or numbers from 0', () => {
    expect(readLogText([...lines, '[10:50:25.380] node1 is gone'].join('\n'), patterns).aliases.get('node1')).toBeUndefined();
    const zeroBased = lines.map((l) => l.replace(/kv1/g, 'kv0').replace(/kv2/g, 'kv1').replace(/kv3/g, 'kv2'));
    expect(readLogText(zeroBased.join('\n'), patterns).aliases.get('node1')).toBeUndefined();
  });
});

describe('readLogText: a writer named by a head token `n1` and a message naming it', () => {
  it('reads `leader is n1` (node1 by normalizeNodeToken) as the writer n1, when no writer is called node1', () => {
    const text = ['[ 5312.400117] n1 FOLLOWER t0 up', '[ 5312.400530] n2 FOLLOWER t0 up', '[ 5312.572801] n1 LEADER t1 elected', '[ 5312.573355] n2 FOLLOWER t1 leader is n1'].join('\n');
    const { nodes, events } = readLogText(text, patterns);
    expect(nodes).toEqual(['n1', 'n2']);
    expect(events.find((e) => e.kind === 'follows-leader')?.leader).toBe('n1');
  });
});

describe("kubelet's pod log files (`/var/log/pods/<namespace>_<pod>_<uid>/<container>/<restart>.log`)", () => {
  const pod = (name: string, uid: string, restart: number): string => `==> /var/log/pods/raft_${name}_${uid}/kv/${restart}.log <==`;
  const lines = [
    pod('kv-0', '6b1f0c3e-2a4d-4c8e-9f17-5d3a8e2b7c40', 0),
    '2026-12-01T15:02:44.518220114Z stderr F [kv-0] leader t2: SIGTERM received, shutting down',
    '',
    pod('kv-0', '6b1f0c3e-2a4d-4c8e-9f17-5d3a8e2b7c40', 1),
    '2026-12-01T15:02:45.731442019Z stdout F [kv-0] starting, id=0 peers=kv-1.kv:7000,kv-2.kv:7000',
    '2026-12-01T15:02:45.902117364Z stdout F [kv-0] follower t4: following leader kv-2',
    '',
    pod('kv-1', 'a83d57e2-0f4b-49c1-b6e5-1c92d7f04a8b', 0),
    '2026-12-01T15:02:44.730559203Z stderr F [kv-1] candidate t3: heartbeat timeout after 262ms, requesting votes',
    '',
    pod('kv-2', '3e9c2b71-d56a-4f08-8a3d-f7b4e610c925', 0),
    '2026-12-01T15:02:44.830461805Z stderr F [kv-2] candidate t4: heartbeat timeout after 362ms, requesting votes',
  ];

  it("name the pod: each restart's file (0.log, 1.log) is the same node, the restart count none, the program's id=0 an alias", () => {
    const { events, nodes, aliases } = readLogText(lines.join('\n'), patterns);
    expect(nodes).toEqual(['kv-0', 'kv-1', 'kv-2']);
    expect(aliases.get('node0')).toBe('kv-0');
    expect(events.map((e) => [e.line + 1, e.kind, e.node])).toEqual([
      [2, 'kill', 'kv-0'],
      [5, 'startup', 'kv-0'],
      [6, 'follows-leader', 'kv-0'],
      [9, 'heartbeat-timeout', 'kv-1'],
      [12, 'heartbeat-timeout', 'kv-2'],
    ]);
  });
});

describe('the nodes of a paste', () => {
  it('a node whose lines under its `==>` header hold no event is one (a follower that logged nothing after the kill)', () => {
    const text = ['==> logs/node3.log <==', '2026/12/01 14:21:09.510502 node3 raft: appended index 39 from leader node1', '2026/12/01 14:21:09.563519 node3 raft: appended index 40 from leader node1'].join('\n');
    expect(readLogText(text, patterns).nodes).toEqual(['node3']);
    // A header alone (the file was empty) names no node.
    expect(readLogText('==> logs/node3.log <==\n==> logs/node2.log <==\n2026/12/01 14:21:09.6 node2 raft: x', patterns).nodes).toEqual(['node2']);
  });
});

describe("systemd's lines about the unit it stops", () => {
  it('are the kill of the unit\'s node, not of the manager `systemd[1]` (whose bracket reads like node1)', () => {
    const journal = [
      'Dec 01 10:20:00.000377 raft-vm kv_node[4101]: [node1] term 2: became leader',
      'Dec 01 10:20:00.001208 raft-vm kv_node[4102]: [node2] term 2: following leader node1',
      'Dec 01 10:20:00.099790 raft-vm systemd[1]: Stopping kv@2.service - Raft KV node 2...',
      'Dec 01 10:20:00.102101 raft-vm systemd[1]: Stopped kv@2.service - Raft KV node 2.',
    ];
    const kills = readLogText(journal.join('\n'), patterns).events.filter((e) => e.kind === 'kill');
    expect(kills.map((e) => [e.line, e.node, e.target])).toEqual([
      [2, undefined, 'node2'],
      [3, undefined, 'node2'],
    ]);
  });
});

describe("readLogText: Python multiprocessing's process name column is the node its words name (blind17)", () => {
  const paste = (killed: string): string =>
    [
      '2026-12-01 14:05:30,318 Process-1 INFO node 1: became leader for term 2',
      '2026-12-01 14:05:30,320 Process-2 INFO node 2: following leader node 1 (term 2)',
      '2026-12-01 14:05:30,321 Process-3 INFO node 3: following leader node 1 (term 2)',
      '2026-12-01 14:05:33,052 Process-2 DEBUG node 2: heartbeat from leader node 1',
      '2026-12-01 14:05:33,052 Process-3 DEBUG node 3: heartbeat from leader node 1',
      `2026-12-01 14:05:33,100 MainProcess INFO sending SIGTERM to ${killed} via terminate()`,
    ].join('\n');
  const killOf = (text: string) => readLogText(text, patterns).events.find((e) => e.kind === 'kill');

  it('a kill of `Process-1` kills node1, whose column appears once, by its family (Process-2 is node2, Process-3 node3)', () => {
    expect(killOf(paste('leader Process-1 (node 1, pid 7712)'))).toMatchObject({ target: 'node1' });
    expect(killOf(paste('Process-2 (pid 7713)'))).toMatchObject({ target: 'node2' });
  });

  it('reads the writers from the words, as without the column', () => {
    expect(readLogText(paste('Process-1'), patterns).nodes).toEqual(['node1', 'node2', 'node3']);
  });

  it("reads `MainProcess`, the launcher, as no node's column", () => {
    expect(readLogText(paste('Process-1'), patterns).events.find((e) => e.kind === 'kill')?.node).toBeUndefined();
  });
});

describe('a kill timed after the kill (kills2)', () => {
  const flagOf = (lines: string[]) => readLogText(lines.join('\n'), patterns).events.find((e) => e.kind === 'kill')?.timeAfterKill;
  it('is a command that prints the date after killing, not before', () => {
    expect(flagOf(['$ kill -9 4101 && date +%T.%3N', '14:05:12.891'])).toBe(true);
    expect(flagOf(['$ kill -TERM 4101; date +%T.%N', '10:22:40.963412877'])).toBe(true);
    expect(flagOf(['$ date +%T.%3N; kill -TERM 4101', '14:05:12.891'])).toBeUndefined();
  });

  it("is a writerless program line about the shutdown, not a node's own line", () => {
    expect(flagOf(['2026-12-01T10:00:00.102630Z info: Microsoft.Hosting.Lifetime[0] Application is shutting down...'])).toBe(true);
    expect(flagOf(['2026-12-01T10:00:00.100452Z [node1] received SIGTERM, stopping raft node'])).toBeUndefined();
  });
});

describe("a kill typed after a prompt that shows a clock, with the time its `date` printed (adv20)", () => {
  const killOf = (lines: string[]) => readLogText(lines.join('\n'), patterns).events.find((e) => e.kind === 'kill');
  it.each([
    ["bash's `\\t` inside the prompt", '[09:59:58] sam@lab:~/raft$'],
    ["zsh's `%*` before it", '09:59:58 sam@lab ~/raft %'],
  ])("%s: the date's output below times the kill, not the prompt's clock", (_, prompt) => {
    const kill = killOf([`${prompt} { date +%T.%3N; kill -TERM 4101; } 2>&1 | tee -a kill.txt`, '10:00:00.100']);
    expect(kill).toMatchObject({ line: 1, time: { dayMs: 36_000_100 } });
    expect(kill).not.toHaveProperty('timeBeforeCommand');
  });

  it("keeps the prompt's clock, drawn before the command, when no date output times the kill", () => {
    const prompt = '[09:59:58] sam@lab:~/raft$';
    for (const typed of ['kill -TERM 4101', '{ kill -TERM 4101; sleep 1; date +%T.%3N; }', 'date +%T.%3N > t.txt; kill -TERM 4101', 'date +%T.%3N; read; kill -TERM 4101']) {
      expect(killOf([`${prompt} ${typed}`, '10:00:00.100']), typed).toMatchObject({ line: 0, time: { dayMs: 35_998_000 }, timeBeforeCommand: true });
    }
  });
});

describe("a date command's output under VS Code's empty line (blind17)", () => {
  const killOf = (lines: string[]) => readLogText(lines.join('\n'), patterns).events.find((e) => e.kind === 'kill');
  it('times the kill, the event on the output line', () => {
    const task = " *  Executing task: date +%T.%3N && kill $(pgrep -f 'kv_node --id 1') ";
    expect(killOf([task, '', '14:05:33.100', '14:05:33.102 WARN  node2: connection to leader node1 lost'])).toMatchObject({ line: 2, time: { dayMs: 50_733_100 } });
    // Two empty lines, or words after the time, are no date's output.
    expect(killOf([task, '', '', '14:05:33.100'])?.time).toBeUndefined();
    expect(killOf([task, '', '14:05:33.100 node2 x'])?.time).toBeUndefined();
  });
  it("reads VS Code's older marker too", () => {
    const task = "> Executing task in folder kv: date +%T.%3N && kill $(pgrep -f 'kv_node --id 1') <";
    expect(killOf([task, '', '09:41:05.300'])).toMatchObject({ line: 2, time: { dayMs: 34_865_300 } });
  });
  it("leaves a bare time under an empty line after any other command untimed: a two-line prompt's (fixs)", () => {
    const command = "~/kv % kill $(pgrep -f 'kv_node --id 1'); date +%T.%3N >> kill-times.txt";
    expect(killOf([command, '', '14:05:33.104', '~/kv % tail -n 3 node2.log'])?.time).toBeUndefined();
    const echoed = "date +%T.%3N; kill $(cat run/node1.pid)";
    expect(killOf([echoed, '', '14:05:33.104'])?.time).toBeUndefined();
  });
});

describe('pkill -o / -n: the oldest or newest process of the name, not every one (adv24)', () => {
  const terminal = (kill: string): readonly LogEvent[] =>
    readLogText(
      [
        '$ ./kv_node --id 1 > logs/n1.log 2>&1 &',
        '[1] 4410',
        '$ ./kv_node --id 2 > logs/n2.log 2>&1 &',
        '[2] 4417',
        '$ ./kv_node --id 3 > logs/n3.log 2>&1 &',
        '[3] 4423',
        `$ date +%T.%6N; ${kill}`,
        '10:41:19.552801',
        '[10:41:19.553390] n2 leader n1 closed the connection (EOF)',
      ].join('\n'),
      patterns,
    ).events;
  const killOf = (kill: string): Partial<LogEvent> | undefined => {
    const k = terminal(kill).find((e) => e.kind === 'kill' && e.line === 7);
    return k && { target: k.target, killedNodes: k.killedNodes };
  };

  it('`pkill -o` kills the oldest (lowest pid) only, `pkill -n` / `kill $(pgrep -n …)` the newest', () => {
    expect(killOf('pkill -o -TERM kv_node')).toEqual({ target: 'node1', killedNodes: undefined });
    expect(killOf('pkill -fo kv_node')).toEqual({ target: 'node1', killedNodes: undefined });
    expect(killOf('pkill --newest kv_node')).toEqual({ target: 'node3', killedNodes: undefined });
    expect(killOf('kill $(pgrep -n kv_node)')).toEqual({ target: 'node3', killedNodes: undefined });
  });

  it('near misses: plain pkill / killall still end every process of the name, `-f` alone is no -o', () => {
    expect(killOf('pkill -TERM kv_node')?.killedNodes).toEqual(['node1', 'node2', 'node3']);
    expect(killOf('pkill -f kv_node')?.killedNodes).toEqual(['node1', 'node2', 'node3']);
    expect(killOf('killall -o kv_node')?.killedNodes).toEqual(['node1', 'node2', 'node3']);
  });
});

describe('LogEvent.words', () => {
  const read = (text: string): LogEvent[] => readLogText(text, patterns).events as LogEvent[];
  const wordsOf = (event: LogEvent | undefined, text: string): string | undefined =>
    event?.words === undefined ? undefined : text.slice(event.words.index, event.words.index + event.words.text.length);

  it("keeps where the lesson's pattern matched a kill or detection line as written, the words measuring quotes", () => {
    const lines = [
      '[2026-11-30 14:03:11.000] [node1] received SIGTERM, shutting down',
      '[2026-11-30 14:03:11.012] [node2] connection to leader node1 lost (EOF)',
      '[2026-11-30 14:03:11.282] [node3] heartbeat timeout, no message from leader',
    ];
    const events = read(lines.join('\n'));
    expect(events.map((e) => [e.kind, e.words?.text])).toEqual([
      ['kill', 'received SIGTERM'],
      ['connection-lost', 'connection to leader node1 lost'],
      ['heartbeat-timeout', 'heartbeat timeout'],
    ]);
    // The index is the match's place in the line, so the words are the line's own characters.
    for (const e of events) expect(wordsOf(e, lines[e.line]!)).toBe(e.words!.text);
  });

  it('keeps none where the classifier read another text than the line: an escaped JSON record, a kill timed below it', () => {
    // docker's JSON log: the classifier reads the record's unescaped message, whose places are not the line's.
    const record = '{"log":"2026-11-30T14:03:11.012Z node2 \\"raft\\" connection to leader node1 lost\\n","stream":"stderr"}';
    const json = read(record);
    expect(json.map((e) => e.kind)).toEqual(['connection-lost']);
    expect(json[0]!.words).toBeUndefined();
    // A plain JSON line is read as written: its words are the line's own characters.
    const plain = '{"ts":"2026-11-30T14:03:11.012Z","node":"node2","msg":"connection to leader node1 lost"}';
    const read2 = read(plain);
    expect(read2[0]!.words?.text).toBe('connection to leader node1 lost');
    expect(wordsOf(read2[0], plain)).toBe('connection to leader node1 lost');
    // `date; kill` timed by the date's output on the line below: the event is that line's, the words were not on it.
    const typed = read(['date +%T.%3N; kill 4101', '14:03:11.000'].join('\n'));
    expect(typed.map((e) => [e.line, e.kind])).toEqual([[1, 'kill']]);
    expect(typed[0]!.words).toBeUndefined();
  });
});

describe('readLogText: a stopped container is the node of its number when nothing says otherwise (`docker kill kv1` over node1…node3)', () => {
  const paste = (command: string, above: string[] = [], writer3 = 'node3'): string =>
    [
      ...above,
      `$ date +%T.%3N; ${command}`,
      '11:20:08.123',
      'data/node1/node.log:11:20:02.731 node1 INFO  became leader for term 3',
      'data/node2/node.log:11:20:02.735 node2 INFO  following leader node1 (term 3)',
      'data/node2/node.log:11:20:08.126 node2 WARN  lost connection to leader node1: EOF',
      writer3 === 'node3' ? 'data/node3/node.log:11:20:08.127 node3 WARN  lost connection to leader node1: EOF' : `${writer3}  | 11:20:08.127 WARN  lost connection to leader node1: EOF`,
    ].join('\n');
  const killedBy = (text: string): (string | undefined)[] => {
    const { events } = readLogText(text, patterns);
    return judgeKills(events, placeEventsOnClock(events)).map((k) => k.killed);
  };

  it('joins kv1 to node1 for `docker kill`, `docker stop` and `kubectl delete pod`, and kv2 to node2', () => {
    expect(killedBy(paste('docker kill kv1'))).toEqual(['node1']);
    expect(killedBy(paste('docker stop kv1'))).toEqual(['node1']);
    expect(killedBy(paste('kubectl delete pod kv-1'))).toEqual(['node1']);
    expect(killedBy(paste('docker kill kv2'))).toEqual(['node2']);
  });

  it('keeps the container its own name when the paste launches it as another id, a writer goes by its family, or the kill runs inside it', () => {
    expect(killedBy(paste('docker kill kv1', ['$ docker run -d --name kv1 kv-image --id 2']))).toEqual(['kv1']);
    expect(killedBy(paste('docker kill kv1', [], 'kv3'))).toEqual(['kv1']);
    // No node of its number writes: nothing to join.
    expect(killedBy(paste('docker kill kv4'))).toEqual(['kv4']);
    // A kill run inside the container names it only by its pid (readLogEvents' exec rule), never by this join.
    expect(killedBy(paste("docker exec kv2 sh -c 'kill 1'"))).not.toContain('node2');
  });
});

describe('a typed search for the signal\'s name', () => {
  const compiledW12 = compileEventPatterns(W12_TIMING);
  if (!compiledW12.ok) throw new Error(compiledW12.message);
  const kills = (command: string): number[] =>
    readLogText([command, '[04:43:28.735] [node3] INFO  received SIGTERM, shutting down'].join('\n'), compiledW12.patterns).events.filter((e) => e.kind === 'kill').map((e) => e.line);

  it('is no kill (adv53-16: `grep -h -i "timeout\\|lost\\|SIGTERM"` read as an untimed kill)', () => {
    expect(kills('student@kvbox:~/w12$ grep -h -i "timeout\\|lost\\|SIGTERM" data/node*/node.log')).toEqual([1]);
    expect(kills('$ sudo rg SIGTERM data/')).toEqual([1]);
    expect(kills('PS C:\\kv> Select-String -Pattern SIGTERM node1.log')).toEqual([1]);
  });

  it('a kill in the same line stays one', () => {
    expect(kills('$ grep -l SIGTERM data/*/pid | xargs kill -TERM')).toEqual([0, 1]);
    expect(kills('$ kill -s SIGTERM 4101')).toEqual([0, 1]);
  });
});
