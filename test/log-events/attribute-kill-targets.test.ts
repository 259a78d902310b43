import { describe, expect, it } from 'vitest';
import { judgeKills, placeEventsOnClock, readLogText, type LogEvent } from '../../src/log-events/index.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

// [line, node killed, who led then, of the leader] for every kill the paste holds.
function kills(text: string): (string | number | boolean | undefined)[][] {
  const { events } = readLogText(text, patterns);
  return judgeKills(events, placeEventsOnClock(events)).map((k) => [k.event.line + 1, k.killed, k.leaderThen?.node, k.ofLeader]);
}

const killEvents = (events: readonly LogEvent[]): (string | number | undefined)[][] =>
  events.filter((e) => e.kind === 'kill').map((e) => [e.line + 1, e.node, e.target]);

describe('a kill line written by something that is no node of the cluster names its target', () => {
  const launcher = [
    '[+0.000s] launcher | starting node1 node2 node3 (election timeout 150-300 ms)',
    '[+0.397s] node2    | became leader, term 1',
    '[+0.399s] node1    | following leader node2 (term 1)',
    '[+0.399s] node3    | following leader node2 (term 1)',
    '[+0.400s] launcher | leader is node2 (pid 31208)',
    '[+5.400s] launcher | killing leader node2 (pid 31208) with SIGTERM',
    '[+5.403s] node3    | lost connection to leader node2 (EOF)',
    '[+5.633s] node1    | became leader, term 2',
  ].join('\n');

  it('a launcher column: the kill of node2, and the launcher is no node (no follower of anyone)', () => {
    const read = readLogText(launcher, patterns);
    expect(killEvents(read.events)).toEqual([[6, undefined, 'node2']]);
    expect(kills(launcher)).toEqual([[6, 'node2', 'node2', true]]);
    expect(read.nodes).toEqual(['node1', 'node2', 'node3']);
  });

  it('"launcher | starting node1 node2 node3" introduces none of them: node1, with lines of its own, is no alias of the launcher', () => {
    const read = readLogText(launcher, patterns);
    expect(read.events.find((e) => e.line === 7)).toMatchObject({ kind: 'became-leader', node: 'node1', leader: 'node1' });
    expect(read.aliases.has('node1')).toBe(false);
  });

  it('a JSON logger name (pino\'s "name":"chaos") and a compose service (chaos-1) are writers too', () => {
    const json = [
      '{"level":30,"time":1796042470004,"name":"n1","msg":"became leader","term":1}',
      '{"level":30,"time":1796042470006,"name":"n2","msg":"following leader n1","term":1}',
      '{"level":40,"time":1796042472250,"name":"chaos","msg":"killed n1 (the leader, pid 4101) with SIGTERM"}',
      '{"level":40,"time":1796042472252,"name":"n2","msg":"connection to leader n1 lost: EOF"}',
    ].join('\n');
    expect(kills(json)).toEqual([[3, 'node1', 'node1', true]]);
    const compose = [
      'node1-1  | 2026-11-30T12:46:00.398Z INFO became leader term=1',
      'node2-1  | 2026-11-30T12:46:00.401Z INFO following leader node1 term=1',
      'chaos-1  | 2026-11-30T12:46:04.000Z leader is node1: docker kill --signal SIGKILL demo-node1-1',
      'node2-1  | 2026-11-30T12:46:04.003Z WARN connection to leader lost (EOF)',
    ].join('\n');
    expect(kills(compose)).toEqual([[3, 'node1', 'node1', true]]);
    expect(readLogText(compose, patterns).nodes).toEqual(['node1', 'node2']);
  });

  it('the first node the line names is the one killed ("SIGTERM -> n3; leader is n1" kills a follower)', () => {
    const text = [
      '12:47:00.010 supervisor | spawned n1 n2 n3',
      '12:47:00.398 n1         | became leader (term 1)',
      '12:47:00.401 n2         | following leader n1 (term 1)',
      '12:47:00.402 n3         | following leader n1 (term 1)',
      '12:47:03.000 supervisor | SIGTERM -> n3 (pid 5555); leader is n1',
    ].join('\n');
    expect(kills(text)).toEqual([[5, 'node3', 'node1', false]]);
  });

  it("a node's own shutdown stays its writer's kill, even next to a launcher; a member's kill line naming another node stays its own", () => {
    const text = [
      '12:44:00.010 launcher | spawned node1 node2 node3',
      '12:44:00.412 node1    | became leader term 1',
      '12:44:00.415 node2    | following leader node1',
      '12:44:03.000 node1    | received SIGTERM, shutting down',
      '12:44:03.240 node2    | election timeout fired, no heartbeat from leader node1',
      '12:44:04.000 node2    | received SIGTERM from node3, shutting down',
    ].join('\n');
    expect(kills(text)).toEqual([
      [4, 'node1', 'node1', true],
      [6, 'node2', 'node1', false],
    ]);
  });

  it('a follower describing the leader is still no kill, and a launcher line naming no node stays its writer\'s', () => {
    const text = [
      '12:45:00.412 node1    | became leader term 1',
      '12:45:00.415 node2    | following leader node1',
      '12:45:03.000 launcher | sending SIGTERM to pid 31208',
      '12:45:03.004 node2    | leader node1 stopped responding',
    ].join('\n');
    const read = readLogText(text, patterns);
    expect(killEvents(read.events)).toEqual([[3, 'launcher', undefined]]);
    expect(read.events.find((e) => e.line === 3)?.notKill).toBe('peer');
  });

  it('the kill as a noun in a launcher\'s plan ("waiting 2 s before the kill") is no kill', () => {
    const text = [
      '2026-11-30 12:40:01,537 INFO node1: became leader for term 1',
      '2026-11-30 12:40:01,590 INFO harness: leader is node1, waiting 2 s before the kill',
      '2026-11-30 12:40:03,590 WARNING harness: sending SIGKILL to leader node1 (pid 5101)',
    ].join('\n');
    expect(kills(text)).toEqual([[3, 'node1', 'node1', true]]);
  });
});

describe("a watchdog's file beside the followers' logs, the leader's own left out (adv55f-24)", () => {
  const text = (watchdog: string) =>
    [
      '==> watchdog.log <==',
      `2026-12-05T10:54:22.333 WARN  ${watchdog}`,
      '',
      '==> data/node2/node.log <==',
      '2026-12-05T10:54:21.610 INFO  node2: following leader node1 (term 1)',
      '2026-12-05T10:54:22.341 WARN  node2: connection to leader node1 lost (EOF)',
      '',
      '==> data/node3/node.log <==',
      '2026-12-05T10:54:21.612 INFO  node3: following leader node1 (term 1)',
      '2026-12-05T10:54:22.340 WARN  node3: connection to leader node1 lost (EOF)',
    ].join('\n');

  it('`watchdog: killing node1 (pid 6704)` kills node1, the leader the followers name, not the watchdog', () => {
    expect(killEvents(readLogText(text('watchdog: killing node1 (pid 6704)'), patterns).events)).toEqual([[2, undefined, 'node1']]);
  });

  it('near miss: a kill naming no node the paste knows stays its writer\'s', () => {
    expect(killEvents(readLogText(text('watchdog: killing node7 (pid 6704)'), patterns).events)).toEqual([[2, 'watchdog', undefined]]);
  });
});

describe('"leader n1 killed" is the kill of n1 when no member says it', () => {
  // `go test -v`: t.Logf's `file.go:NN:` position names no writer; the test's own line says what it did.
  const goTest = [
    '=== RUN   TestKillLeader',
    '    node.go:162: 14:03:10.562240 n1: became leader for term 1',
    '    node.go:205: 14:03:10.562302 n2: following leader n1 (term 1)',
    '    cluster_test.go:63: 14:03:11.291034 leader n1 killed (Stop() without handoff)',
    '    node.go:118: 14:03:11.521970 n2: election timeout elapsed (no heartbeat from leader n1 for 280ms)',
    '--- PASS: TestKillLeader (1.43s)',
  ];

  it("a test harness's line with no writer of its own: the kill of the leader it names (as the paste names it)", () => {
    const read = readLogText(goTest.join('\n'), patterns);
    expect(killEvents(read.events)).toEqual([[4, undefined, 'n1']]);
    expect(kills(goTest.join('\n'))).toEqual([[4, 'n1', 'n1', true]]);
    for (const said of ['leader n1 was killed', 'leader n1 stopped', 'leader n1 terminated by SIGTERM', 'leader n1: killed'])
      expect(kills(goTest.join('\n').replace('leader n1 killed', said))).toEqual([[4, 'n1', 'n1', true]]);
  });

  it("a bystander's column saying it is the kill too; a member saying it (a peer's description) or the leader stopping to respond is none", () => {
    const compose = [
      '12:45:00.412 node1   | became leader term 1',
      '12:45:00.415 node2   | following leader node1',
      '12:45:03.000 harness | leader node1 stopped (SIGTERM)',
      '12:45:03.004 node2   | connection to leader node1 lost',
    ];
    expect(kills(compose.join('\n'))).toEqual([[3, 'node1', 'node1', true]]);
    expect(readLogText(compose.join('\n'), patterns).nodes).toEqual(['node1', 'node2']);
    const member = compose.map((l) => l.replace('harness | leader node1 stopped (SIGTERM)', 'node2   | leader node1 stopped (SIGTERM)'));
    expect(kills(member.join('\n'))).toEqual([]);
    for (const said of ['leader n1 stopped responding', 'leader n1 stopped heartbeating'])
      expect(kills(goTest.join('\n').replace('leader n1 killed', said))).toEqual([]);
    // A follower's own line (named after the time) saying it: no kill.
    expect(kills(goTest.join('\n').replace('cluster_test.go:63: 14:03:11.291034 leader n1 killed', 'node.go:77: 14:03:11.291034 n2: leader n1 killed'))).toEqual([]);
  });
});

describe('a kill naming the leader by name while the followers name it by an identity', () => {
  it("is of the leader when neither has lines of its own: `# node2 is the leader` and canonical raft's `from:…@127.0.0.1:9002`", () => {
    const text = [
      '$ date +%T.%3N; kill -KILL 13081   # node2 is the leader',
      '12:05:40.281',
      'node3.log:12:05:39.941 LIBRAFT   src/recv_append_entries.c:36 self:18259981327681688174 from:15873656377935265583@127.0.0.1:9002 leader_commit:11 n_entries:0',
      'node3.log:12:05:43.072 LIBRAFT   src/tick.c:44 convert to candidate and start new election',
      'node1.log:12:05:39.942 LIBRAFT   src/recv_append_entries.c:36 self:4810574327344449475 from:15873656377935265583@127.0.0.1:9002 leader_commit:11 n_entries:0',
    ].join('\n');
    expect(kills(text)).toEqual([[2, 'node2', '127.0.0.1:9002', true]]);
    // A writer of its own is no absent node: killing node3 while the lines name 127.0.0.1:9002 is a follower's kill.
    expect(kills(text.replace('# node2 is', '# node3 is'))).toEqual([[2, 'node3', '127.0.0.1:9002', false]]);
  });
});

describe('a node stopped before the cluster\'s first election killed no leader', () => {
  // RabbitMQ joining a cluster: rabbit2 `stop_app`s (kill-pattern words) minutes before the quorum queue's first
  // Ra election (term 1); later the student kills rabbit1, a follower, believing it leads.
  const join = [
    '$ date +%H:%M:%S.%N; kill -TERM 9884   # rabbit1 = leader',
    '09:57:17.842655120',
    '==> rabbit2.log <==',
    '2026-12-01 09:56:37.780221+00:00 [notice] <0.44.0> Application mnesia exited with reason: stopped',
    "2026-12-01 09:57:12.933885+00:00 [notice] <0.1763.0> queue 'qq1' in vhost '/': candidate -> leader in term: 1 machine version: 2",
    '',
    '==> rabbit3.log <==',
    "2026-12-01 09:57:12.934327+00:00 [info] <0.1566.0> queue 'qq1' in vhost '/': detected a new leader {'%2F_qq1',rabbit2@localhost} in term 1",
    '2026-12-01 09:57:17.864000+00:00 [info] <0.1439.0> rabbit on node rabbit1@localhost down',
  ].join('\n');

  it('the join\'s stop is no kill of a leader; the student\'s kill is of a follower while rabbit2 led', () => {
    expect(kills(join)).toEqual([
      [4, 'rabbit2', undefined, false],
      [2, 'rabbit1', 'rabbit2', false],
    ]);
  });

  it('without a term-1 election after it, a stop nobody is said to lead at stays a possible kill of the leader', () => {
    expect(kills(join.replace(/in term( ?:?) 1/g, 'in term$1 3'))[0]).toEqual([4, 'rabbit2', undefined, true]);
    // Only stops before the first election: they are all the paste has, judged as before.
    const onlyEarly = join.split('\n').filter((l, i) => i >= 2).join('\n');
    expect(kills(onlyEarly)).toEqual([[2, 'rabbit2', undefined, true]]);
  });
});

describe("a long option's number is its value, no kill target", () => {
  const sim = [
    '[+0.000] node1: started, peers node2,node3',
    '[+0.000] node2: started, peers node1,node3',
    '[+0.000] node3: started, peers node1,node2',
    '[+0.180] node3: became leader (term 1), votes 3/3',
  ];

  it.each(['$ python3 sim.py --kill-leader-at 2', '$ python3 sim.py --seed=2 --kill-leader', '$ ./chaos --kill-after 2 --signal TERM'])('%s names no node', (command) => {
    const { events } = readLogText([command, ...sim].join('\n'), patterns);
    expect(killEvents(events)).toEqual([[1, undefined, undefined]]);
  });

  it.each(['$ ./chaos --kill 2', '$ ./chaos --kill-leader --target=2', '$ ./chaos --kill-node 2'])('%s: an option naming a node still does', (command) => {
    const { events } = readLogText([command, ...sim].join('\n'), patterns);
    expect(killEvents(events)).toEqual([[1, undefined, 'node2']]);
  });
});

describe('a chaos column announcing the kill of the leader by a short name', () => {
  it('"chaos | killing the leader n2" is the kill of n2, and chaos no node', () => {
    const text = [
      '2026-12-03 07:10:01.399 n2    | became leader (term 1)',
      '2026-12-03 07:10:01.452 n1    | following leader n2 (term 1)',
      '2026-12-03 07:10:04.000 chaos | killing the leader n2',
      '2026-12-03 07:10:04.198 n1    | heartbeat timeout: no message from leader n2 in 198ms',
    ].join('\n');
    const { events } = readLogText(text, patterns);
    expect(killEvents(events)).toEqual([[3, undefined, 'node2']]);
    expect(kills(text)).toEqual([[3, 'node2', 'node2', true]]);
  });
});

describe('a term number is never a kill target', () => {
  const cluster = [
    '2026-11-30T12:00:00.100Z [node1] became leader for term 3',
    '2026-11-30T12:00:00.200Z [node2] following leader node1 (term 3)',
    '2026-11-30T12:00:00.200Z [node3] following leader node1 (term 3)',
  ];
  const after = ['2026-11-30T12:00:01.150Z [node2] heartbeat timeout: no message from leader in 150ms'];

  it.each([
    '2026-11-30T12:00:01.000Z [chaos] killing the leader [term 3] with SIGTERM',
    '2026-11-30T12:00:01.000Z [chaos] killing the leader term=3 with SIGTERM',
    '2026-11-30T12:00:01.000Z killed leader in term 3 (pid 4242)',
    '2026-11-30T12:00:01.000Z harness: SIGTERM sent to the leader (term: 3)',
  ])('%s kills the leader of the time, node1, not node3', (kill) => {
    const { events } = readLogText([...cluster, kill, ...after].join('\n'), patterns);
    expect(killEvents(events)).toEqual([[4, undefined, undefined]]);
    expect(kills([...cluster, kill, ...after].join('\n'))).toEqual([[4, undefined, 'node1', true]]);
  });

  it('a node named beside the term is still the target', () => {
    const { events } = readLogText([...cluster, '2026-11-30T12:00:01.000Z killed leader node1 in term 3', ...after].join('\n'), patterns);
    expect(killEvents(events)).toEqual([[4, undefined, 'node1']]);
  });
});

describe("a leader field on a node's own kill line is the node's state, not whom it killed", () => {
  // blind15's `tail`: node3 leads; every line carries the writer's `role=… leader=3` columns.
  const tail = [
    '10:22:41.203 [node1] role=FOLLOWER term=6 leader=3 append from node3 ok',
    '10:22:41.204 [node2] role=FOLLOWER term=6 leader=3 append from node3 ok',
    '10:22:41.252 [node3] role=LEADER term=6 leader=3 heartbeat -> node1,node2',
  ];

  it('`[node2] role=FOLLOWER term=6 leader=3 received SIGTERM` is node2 shutting down (a follower), not the kill of node3', () => {
    const text = [...tail, '10:22:41.306 [node2] role=FOLLOWER term=6 leader=3 received SIGTERM, shutting down', '10:22:41.306 [node3] role=LEADER term=6 leader=3 peer node2: connection closed (EOF)'].join('\n');
    expect(killEvents(readLogText(text, patterns).events)).toEqual([[4, 'node2', undefined]]);
    expect(kills(text)).toEqual([[4, 'node2', 'node3', false]]);
  });

  it('a launcher naming the node it kills beside such a field still names its target', () => {
    const launcher = [...tail, '10:22:41.306 [chaos] leader=3 SIGTERM -> node2 (pid 5102)'].join('\n');
    expect(kills(launcher)).toEqual([[4, 'node2', 'node3', false]]);
  });
});

describe('a chaos line sending the signal to its leader field kills that leader; nodes it watches are no target (fixs)', () => {
  const tails = [
    '$ tail -n 2 logs/node2.log logs/node3.log',
    '==> logs/node2.log <==',
    '10:00:00.052 [node2] heartbeat from leader node1 (term 2)',
    '10:00:00.101 [node2] connection to leader node1 lost: EOF',
    '',
    '==> logs/node3.log <==',
    '10:00:00.053 [node3] heartbeat from leader node1 (term 2)',
    '10:00:00.102 [node3] connection to leader node1 lost: EOF',
  ];
  const withChaos = (line: string): string => ['$ python3 chaos.py --kill leader --signal TERM', line, ...tails].join('\n');

  it('`SIGTERM -> leader=node1 (pid 4101); watching node2, node3` kills node1, not the watched node2', () => {
    const text = withChaos('10:00:00.100 [chaos] SIGTERM -> leader=node1 (pid 4101); watching node2, node3');
    expect(killEvents(readLogText(text, patterns).events)).toEqual([[1, undefined, undefined], [2, undefined, 'node1']]);
    expect(kills(text).at(-1)).toEqual([2, 'node1', 'node1', true]);
  });

  it('a node named as the victim beside the leader field is the target; a leader field not sent to is none', () => {
    const victim = withChaos('10:00:00.100 [chaos] SIGTERM -> node2 (pid 4102), leader=node1; watching node1, node3');
    // The name after the arrow is the receiver of the signal, no writer of the line (attribute-node.ts isAfterArrow).
    expect(killEvents(readLogText(victim, patterns).events).at(-1)).toEqual([2, undefined, 'node2']);
    const notSentTo = withChaos('10:00:00.100 [chaos] SIGTERM sent, leader=node1; watching node2, node3');
    expect(killEvents(readLogText(notSentTo, patterns).events).at(-1)).toEqual([2, undefined, undefined]);
    const received = withChaos('10:00:00.100 [chaos] received SIGTERM -> leader=node1 exiting; watching node2, node3');
    expect(killEvents(readLogText(received, patterns).events).at(-1)).toEqual([2, undefined, undefined]);
  });

  it("a node's own line with an arrow to its leader field stays its own kill (its writer is of the leader's family)", () => {
    const nodes = ['10:00:00.050 [node1] heartbeat sent to node3 (term 2)', '10:00:00.051 [node3] heartbeat from leader node1 (term 2)'];
    const own = [...nodes, '10:00:00.100 [node2] shutdown requested: SIGTERM -> leader=node1 notified', '10:00:00.150 [node3] heartbeat from leader node1 (term 2)'].join('\n');
    expect(killEvents(readLogText(own, patterns).events)).toEqual([[3, 'node2', undefined]]);
  });
});

describe('a count of nodes is never a kill target (adv21)', () => {
  const cluster = [
    '2026-11-30T12:00:00.100Z [node1] became leader for term 3',
    '2026-11-30T12:00:00.200Z [node2] following leader node1 (term 3)',
    '2026-11-30T12:00:00.200Z [node3] following leader node1 (term 3)',
  ];

  it.each([
    '2026-11-30T12:00:01.000Z [cluster] received SIGTERM, stopping 3 nodes',
    '2026-11-30T12:00:01.000Z [harness] SIGTERM sent, 3 peers to stop',
  ])('%s names no node3', (kill) => {
    expect(killEvents(readLogText([...cluster, kill].join('\n'), patterns).events)).toEqual([[4, undefined, undefined]]);
  });

  it('a number that is no count still names its node (`killing node 3`, `SIGTERM to 3`, `3 killed`)', () => {
    for (const kill of ['2026-11-30T12:00:01.000Z [chaos] killing node 3 with SIGTERM', '2026-11-30T12:00:01.000Z [chaos] SIGTERM to 3 (pid 4242)', '2026-11-30T12:00:01.000Z [chaos] 3 killed']) {
      expect(killEvents(readLogText([...cluster, kill].join('\n'), patterns).events), kill).toEqual([[4, undefined, 'node3']]);
    }
  });
});

// journalctl's syslog head (`Dec 02 12:04:05.099880 host sudo[2290]:`) holds the day as a bare number: a kill line
// written by no node is read for the node it names from its message, not its head (a new user's trial, session 33).
describe("a journal's kill record names its target by its unit, not by the day in its head", () => {
  const journal = (command: string, day = '02'): string =>
    [
      `Dec ${day} 12:04:03.511822 raftbox kv_node[2211]: node1: became leader (term 1)`,
      `Dec ${day} 12:04:03.512010 raftbox kv_node[2212]: node2: following node1 (term 1)`,
      `Dec ${day} 12:04:03.512300 raftbox kv_node[2213]: node3: following node1 (term 1)`,
      `Dec ${day} 12:04:05.099880 raftbox sudo[2290]:  student : TTY=pts/1 ; PWD=/home/student ; USER=root ; COMMAND=${command}`,
      `Dec ${day} 12:04:05.101502 raftbox kv_node[2212]: node2: connection to leader node1 lost (EOF)`,
    ].join('\n');

  it('sudo\'s COMMAND=/usr/bin/systemctl kill -s KILL kv@1.service: the kill of node1 (the unit), on Dec 02 and Dec 03', () => {
    for (const day of ['02', '03']) {
      expect(killEvents(readLogText(journal('/usr/bin/systemctl kill -s KILL kv@1.service', day), patterns).events), day).toEqual([[4, undefined, 'node1']]);
    }
  });

  it('a unit the paste has as node3 is node3; a command naming no unit leaves the target to the paste (not node2 from "Dec 02")', () => {
    expect(killEvents(readLogText(journal('/usr/bin/systemctl kill kv@3.service'), patterns).events)).toEqual([[4, undefined, 'node3']]);
    expect(killEvents(readLogText(journal('/usr/bin/kill -TERM 4242'), patterns).events)).toEqual([[4, undefined, undefined]]);
  });

  it('the kill of the leader node1 (the unit), judged as such; a message naming node3 is still the kill of node3', () => {
    expect(kills(journal('/usr/bin/systemctl kill -s KILL kv@1.service'))).toEqual([[4, 'node1', 'node1', true]]);
    expect(kills(journal('/usr/bin/kill -9 2213 # node3'))).toEqual([[4, 'node3', 'node1', false]]);
  });
});
