// Session 64's readings, each on a small paste in the shape a blind set found misread (adv63, adv64a-f).
import { describe, expect, it } from 'vitest';
import { checkW12Lines, followerMs } from './helpers.js';
import { formatFindingMessage } from '../../src/findings/format-finding.js';

const check = checkW12Lines;

describe("a status line's `role=follower` after the node's last claim to lead is its step-down (adv63b-28)", () => {
  const paste = (lastRole: 'leader' | 'follower') => [
    '$ date +%T.%3N; kill 20845',
    '07:41:20.609',
    '07:41:20.169 [node3] INFO status: role=leader term=1 leader=node3',
    '07:41:20.471 [node3] INFO status: role=leader term=1 leader=node3',
    `07:41:20.572 [node3] INFO status: role=${lastRole} term=1 leader=${lastRole === 'leader' ? 'node3' : 'none'}`,
    '07:41:20.609 [node3] INFO received SIGTERM, shutting down',
    '07:41:20.611 [node2] WARN connection to leader node3 lost (EOF)',
    '07:41:20.745 [node1] WARN election timeout: no heartbeat from leader node3 in 275 ms, starting election',
  ];

  it('node3 saying role=follower 37 ms before the kill was no leader then: the followers noticed no dead leader', () => {
    const verdict = check(paste('follower'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killedNode).toBe('node3');
    expect(verdict.measurements!.leader).toBeNull();
  });

  it('node3 still saying role=leader at its last status led when killed: both followers detect in time', () => {
    const verdict = check(paste('leader'));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.leader).toBe('node3');
    expect(followerMs(verdict)).toEqual({ node1: 136, node2: 2 });
  });
});

describe("an HTTP status reply's `last_event` is no detection logged then (adv63e-42)", () => {
  const paste = (fetch: string) => [
    '$ date +%T.%3N; kill 13886',
    '07:24:05.019',
    `$ for p in 25132 25133; do ${fetch} 127.0.0.1:$p/status; echo; done`,
    '{"id":"node2","role":"follower","term":1,"leader":null,"ts":"07:24:05.151","last_event":"lost connection to leader node1 (EOF), election timeout pending"}',
    '{"id":"node3","role":"follower","term":1,"leader":null,"ts":"07:24:05.153","last_event":"lost connection to leader node1 (EOF), no heartbeat for 131 ms"}',
  ];

  it.each(['curl -s', 'wget -qO-', 'http', 'echo status | nc -q1'])('replies printed by `%s` detect nothing: the paste fails', (fetch) => {
    const verdict = check(paste(fetch));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.map((f) => f.status)).toEqual(['no-detection', 'no-detection']);
  });

  it("a reply's `\"term\":2` is no term of the leader it lost: node2's own JSON lines below keep their leader node1", () => {
    const verdict = check([
      '$ date +%T.%3N; kill 31319',
      '10:30:14.553',
      '$ curl -s 127.0.0.1:22221/status',
      '{"node":"node2","role":"candidate","term":2,"leader":null,"last_event":"lost connection to leader node1"}',
      '$ tail -n 4 data/node2/node.log data/node3/node.log',
      '{"ts": "10:30:14.343", "node": "node2", "msg": "following leader node1 (term 1)"}',
      '{"ts": "10:30:14.558", "node": "node2", "msg": "connection to leader node1 lost (EOF)"}',
      '{"ts": "10:30:14.766", "node": "node2", "msg": "election timeout fired after 220 ms (no heartbeat from leader node1), becoming candidate term 2"}',
      '{"ts": "10:30:14.770", "node": "node2", "msg": "became leader for term 2"}',
      '{"ts": "10:30:14.557", "node": "node3", "msg": "connection to leader node1 lost (EOF)"}',
      '{"ts": "10:30:14.768", "node": "node3", "msg": "voted for node2 in term 2"}',
    ]);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.leader).toBe('node1');
    expect(followerMs(verdict)).toEqual({ node2: 5, node3: 4 });
  });

  it('the same records printed by `cat` of the nodes\' JSON logs are their log lines: both detect in time', () => {
    const verdict = check(paste('cat').map((line) => line.replace(/^\$ for .*/, '$ cat data/node2/node.jsonl data/node3/node.jsonl')));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 132, node3: 134 });
  });
});

describe('leader sentences and lost peers in Spanish and German (adv63h-14, -33)', () => {
  const spanish = (lost: string) => [
    'Maté al líder. Los otros dos nodos:',
    '$ date +%T.%3N; kill 15327',
    '08:39:37.293',
    '$ tail -n 5 node1.log node3.log',
    '==> node1.log <==',
    '06 dic 2026, 08:39:36,045 INFO node1 - ahora soy líder (término 1)',
    `06 dic 2026, 08:39:37,299 WARN node1 - conexión con ${lost} perdida (EOF)`,
    '',
    '==> node3.log <==',
    '06 dic 2026, 08:39:36,049 INFO node3 - siguiendo al líder node1 (término 1)',
    `06 dic 2026, 08:39:37,301 WARN node3 - conexión con ${lost} perdida (EOF)`,
  ];

  it('node1 says it leads and node3 follows it: their lost links to node2 right after the kill are no leader lost', () => {
    const verdict = check(spanish('node2'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.find((f) => f.node === 'node3')!.status).toBe('no-detection');
  });

  it('German: `bin jetzt Leader` and `folge Leader knoten1` name knoten1, and `Verbindung zu knoten2 verloren` a peer', () => {
    const verdict = check([
      '$ date +%T.%3N; kill 15123',
      '08:39:34.452',
      '06.12.2026, 08:39:33,594 [knoten1] INFO bin jetzt Leader (Term 2)',
      '06.12.2026, 08:39:33,597 [knoten3] INFO folge Leader knoten1 (Term 2)',
      '06.12.2026, 08:39:34,457 [knoten1] WARNUNG Verbindung zu knoten2 verloren (EOF)',
      '06.12.2026, 08:39:34,457 [knoten3] WARNUNG Verbindung zu knoten2 verloren (EOF)',
    ]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.find((f) => f.node === 'knoten3')!.status).toBe('no-detection');
  });
});

describe('a chat around the logs (adv64e)', () => {
  it('WhatsApp: the kill record and the followers\' terminals sent as messages pass, timed by the date, not the chat', () => {
    const verdict = check([
      '[06/12/2026, 10:02:41] Ana Silva: ok cluster is up, node1 is leader. killing it now',
      '[06/12/2026, 10:05:12] Ana Silva: $ date +%T.%3N; kill 29081',
      '10:03:04.347',
      '[06/12/2026, 10:05:40] Ana Silva: node2 terminal:',
      '10:03:02.595 [node2] INFO following leader node1 in term 1',
      '10:03:04.444 [node2] WARN heartbeat timeout: no heartbeat from leader node1 in 113ms',
      '[06/12/2026, 10:05:58] Ana Silva: node3 terminal:',
      '10:03:02.595 [node3] INFO following leader node1 in term 1',
      '10:03:04.442 [node3] WARN heartbeat timeout: no heartbeat from leader node1 in 111ms',
    ]);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.killLine).toBe(3);
    expect(followerMs(verdict)).toEqual({ node2: 97, node3: 95 });
  });

  it('classmates\' messages claiming the detections, with their times in words, detect nothing', () => {
    const verdict = check([
      '[06/12/2026, 10:05:02] Ana Silva: node1 is leader. Killing at the count',
      '[06/12/2026, 10:05:19] Ana Silva: $ date +%T.%3N; kill 17492',
      '10:05:18.959',
      '[06/12/2026, 10:05:33] Bruno Costa: node2 heartbeat timeout 10:05:19.066',
      '[06/12/2026, 10:05:41] Carla Dias: node3 heartbeat timeout 10:05:19.046',
    ]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killLine).toBe(3);
  });

  it.each([
    ['typed from my screen', ['Bruno Costa  10:05 AM', 'what I saw in node2 terminal (typed from my screen):', '10:05:31.231 node2 heartbeat timeout', 'Carla Dias  10:05 AM', 'node3 terminal, typed:', '10:05:31.220 node3 heartbeat timeout']],
    ['did not keep the files', ['What the followers printed (I did not keep the files):', 'node2 heartbeat timeout at 10:05:31.231', 'node3 heartbeat timeout at 10:05:31.220']],
    ['saw it at', ['node2 heartbeat timeout (saw it at 10:05:31.231)', 'node3 heartbeat timeout (saw it at 10:05:31.220)']],
  ])('lines declared %s are the student\'s account, no node\'s log: the paste fails', (_, claims) => {
    const verdict = check(['node1 leader, killing:', '$ date +%T.%3N; kill 19064', '10:05:31.105', ...claims]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.filter((f) => f.status === 'detected')).toEqual([]);
  });
});

describe("a node's own address tag beside its name, its port stated by its start line (adv64b-20)", () => {
  it('`[127.0.0.1:22252]` lines are node2\'s (`starting pid=31918 port=22252`): one follower, not two', () => {
    const verdict = check([
      '$ date +%T.%3N; kill 31915',
      '10:13:23.314',
      '$ cat data/node2/node.log',
      '10:13:20.500 INFO  [node2] kv_node node2 starting pid=31918 port=22252 peers=node1',
      '10:13:20.691 INFO  [node2] following leader node1 (term 1)',
      '10:13:20.693 INFO  [127.0.0.1:22252] replication stream to leader node1 connected (:22351)',
      '10:13:23.315 WARN  [127.0.0.1:22252] connection to leader node1 lost (EOF)',
      '10:13:23.516 WARN  [node2] election timeout fired after 235 ms: no heartbeat from leader node1, becoming candidate (term 2)',
    ]);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 1 });
  });
});

describe(".NET's clock methods time a PowerShell kill (adv64d-51/-57)", () => {
  const paste = (command: string, printed: string) => [
    `PS C:\\Users\\ana\\raft> ${command}; kill 9343`,
    printed,
    'PS C:\\Users\\ana\\raft> Get-Content node2.log, node3.log',
    '11:04:18.243 [node2] INFO  following leader node1 in term 1',
    '11:04:20.777 [node2] WARN  no heartbeat from leader node1 in 288ms, leader down?',
    '11:04:18.243 [node3] INFO  following leader node1 in term 1',
    '11:04:20.777 [node3] WARN  no heartbeat from leader node1 in 288ms, leader down?',
  ];

  it.each([
    ['(Get-Date).ToString("HH:mm:ss.fff")', '11:04:20.514'],
    ['[DateTime]::Now.ToString("HH:mm:ss.fff")', '11:04:20.514'],
  ])('`%s` prints the kill time', (command, printed) => {
    const verdict = check(paste(command, printed));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node2: 263, node3: 263 });
  });
});

describe("writers the cluster's own start lines leave out (adv64b-18/-39/-40)", () => {
  const detections = [
    '$ date +%T.%3N; kill 12837',
    '10:04:38.642',
    '10:04:38.644 WARN  [node2] connection to leader node1 lost (EOF)',
    '10:04:38.813 WARN  [node2] election timeout fired after 221 ms: no heartbeat from leader node1',
    '10:04:38.659 WARN  [node3] connection to leader node1 lost (EOF)',
    '10:04:38.828 WARN  [node3] election timeout fired after 236 ms: no heartbeat from leader node1',
  ];

  it('start lines listing only node1 and node2 as the cluster: node3\'s lines are no follower\'s, and the report says why', () => {
    const verdict = check([...detections, '10:04:35.935 INFO  [node1] kv_node node1 starting pid=12837 port=22041 peers=node2', '10:04:35.923 INFO  [node2] kv_node node2 starting pid=12839 port=22042 peers=node1']);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 2 });
    const missing = verdict.checks.flatMap((c) => c.findings).find((f) => f.code === 'FOLLOWER_MISSING')!;
    expect(formatFindingMessage(missing)).toContain("node3's lines (from line 5) are not counted: the start lines' peer lists make the cluster node1, node2");
  });

  it('a start line listing node3 as a peer makes it a member: both followers count', () => {
    const verdict = check([...detections, '10:04:35.923 INFO  [node2] kv_node node2 starting pid=12839 port=22042 peers=node1,node3']);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 2, node3: 17 });
  });

  it("node3's start line listing node2's peers, node3 itself among them, is node2's relabeled", () => {
    const verdict = check([...detections, '10:04:35.923 INFO  [node2] kv_node node2 starting pid=12839 port=22042 peers=node1,node3', '10:04:35.923 INFO  [node3] kv_node node3 starting pid=12840 port=22042 peers=node1,node3']);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 2 });
  });

  it('compose containers (each node pid 1 on one port) are three nodes', () => {
    const verdict = check([...detections, '10:04:35.923 INFO  [node2] kv_node node2 starting pid=1 port=7000 peers=node1,node3', '10:04:35.923 INFO  [node3] kv_node node3 starting pid=1 port=7000 peers=node1,node2']);
    expect(verdict.passed).toBe(true);
  });
});

describe("records joined onto one line behind a terminal's label are timed by their own heads (adv64c-29)", () => {
  const joined = (node: string) =>
    `${node} terminal: 10:09:20.849 [${node}] DEBUG tick term=1 leader=node1 10:09:21.055 [${node}] DEBUG tick term=1 leader=node1 10:09:21.169 [${node}] WARN heartbeat timeout: no heartbeat from leader node1 for 352 ms`;

  it('the heartbeat timeout at 21.169 is +321 ms, not the line\'s first time (+1)', () => {
    const verdict = check(['leader terminal: $ date +%T.%3N; kill -TERM 6894', '10:09:20.848', joined('node2'), joined('node3')]);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 321, node3: 321 });
  });
});

describe('lines a sentence above says were typed by hand are the student\'s, however log-like (adv64h-08/-09/-42/-43/-44)', () => {
  const paste = (sentence: string) => [
    sentence,
    '',
    '$ date +%T.%3N; kill 31337',
    '10:30:14.551',
    '10:30:14.553 [node1] received SIGTERM, shutting down',
    '10:30:14.655 [node2] heartbeat timeout, leader node1 lost',
    '10:30:14.655 [node3] heartbeat timeout, leader node1 lost',
  ];

  it.each([
    'Logdateien habe ich nicht mehr. Die Zeilen unten habe ich vom Bildschirm abgetippt (Foto vom Handy):',
    'my laptop died before I could save the logs, I re-keyed these from the photo I took of the three terminals:',
    'Não salvei os arquivos; anotei à mão o que apareceu na tela dos seguidores:',
    "Je n'ai pas gardé les fichiers, j'ai recopié à la main depuis l'écran :",
    'Non ho più i file: ho trascritto a mano le righe dallo schermo.',
  ])('"%s": no detection counts', (sentence) => {
    const verdict = check(paste(sentence));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.filter((f) => f.status === 'detected')).toEqual([]);
  });

  it.each([
    'I started them by hand in 3 terminals, then killed the leader:',
    'first try I used the pid I had written down from an earlier run; this is the real one:',
    'Logs pasted straight from the three terminals (no retyping):',
  ])('"%s": the lines are the nodes\', and both detect in time', (sentence) => {
    const verdict = check(paste(sentence));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 104, node3: 104 });
  });
});

describe('a step-down said in Spanish, German or Portuguese before the kill (adv64h-34)', () => {
  it.each(['dejo de ser líder, ahora soy seguidor (term 1)', 'bin jetzt Follower (term 1)', 'deixo de ser líder (term 1)'])('"%s" 71 ms before: a follower was killed', (words) => {
    const verdict = check([
      '10:29:25.263 [node1] ahora soy líder (term 1)',
      '10:29:25.269 [node2] siguiendo al líder node1 (term 1)',
      `10:29:26.930 [node1] ${words}`,
      '$ date +%T.%3N; kill 26764',
      '10:29:27.001',
      '10:29:27.003 [node1] received SIGTERM, shutting down',
      '10:29:27.150 [node2] election timeout fired, no heartbeat from leader node1',
      '10:29:27.152 [node3] election timeout fired, no heartbeat from leader node1',
    ]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killedNode).toBe('node1');
    expect(verdict.measurements!.leader).toBeNull();
  });
});

describe("a program's file section keeps its lines, whatever node address tags them (adv64h-33)", () => {
  it("traffic.log's `[127.0.0.1:22172]` lines are the load script's, not node3's", () => {
    const verdict = check([
      '$ date +%T.%3N; kill 27761',
      '10:29:29.421',
      '$ tail -n +1 data/node2/node.log logs/traffic.log',
      '==> data/node2/node.log <==',
      '10:29:29.029 [127.0.0.1:22171] kv_node node2 starting pid=27762 port=22171 peers=node1,node3',
      '10:29:29.066 [127.0.0.1:22171] following leader node1 (term 1)',
      '10:29:29.437 [127.0.0.1:22171] connection to leader node1 lost (EOF)',
      '10:29:29.592 [127.0.0.1:22171] election timeout fired after 168 ms (no heartbeat from leader node1)',
      '',
      '==> logs/traffic.log <==',
      '10:29:29.438 [127.0.0.1:22172] PUT k43=v43: connection to leader node1 lost (EOF), retrying',
      '10:29:29.601 [127.0.0.1:22172] PUT k43=v43: no leader (election timeout), retrying',
    ]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.map((f) => f.node)).not.toContain('127.0.0.1:22172');
  });
});

describe('a clean retry on fresh data after a slow first attempt (adv64i-06)', () => {
  it("the followers' new lives name node1 leader of the new term 1, though node1's last own words (run 1) followed node3", () => {
    const verdict = check([
      'attempt 1:',
      '$ date +%T.%3N; kill 29095',
      '10:29:49.993',
      '10:29:49.102 node1 INFO  following leader node2 (term 1)',
      '10:29:50.133 node1 WARN  heartbeat timeout: no heartbeat from leader node2 for 151 ms',
      '10:29:50.583 node1 INFO  following leader node3 (term 2)',
      '10:29:49.103 node3 INFO  following leader node2 (term 1)',
      '10:29:50.405 node3 WARN  heartbeat timeout: no heartbeat from leader node2 for 423 ms',
      '10:29:50.583 node3 INFO  became leader for term 2',
      '',
      'attempt 2:',
      '$ date +%T.%3N; kill 29773',
      '10:29:55.488',
      '10:29:54.030 node2 INFO  kv_node node2 starting pid=29774 port=23151 term=0',
      '10:29:54.685 node2 INFO  following leader node1 (term 1)',
      '10:29:55.607 node2 WARN  heartbeat timeout: no heartbeat from leader node1 for 152 ms',
      '10:29:54.033 node3 INFO  kv_node node3 starting pid=29775 port=23152 term=0',
      '10:29:54.685 node3 INFO  following leader node1 (term 1)',
      '10:29:55.608 node3 WARN  heartbeat timeout: no heartbeat from leader node1 for 153 ms',
    ]);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.killLine).toBe(13);
    expect(verdict.measurements!.leader).toBe('node1');
    expect(followerMs(verdict)).toEqual({ node2: 119, node3: 120 });
  });
});
