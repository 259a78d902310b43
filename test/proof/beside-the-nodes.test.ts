// Lines beside the nodes' own that a blind tester's false-pass hunt (adv52f) showed counted as a follower's or hid a
// living leader: a leader's per-peer thread named after the peer, a proxy's log under a node's directory, a client's
// lines in a node's terminal, and followers back to a leader 15 ms after a `kill -1` the paste ties to no node.
import { describe, expect, it } from 'vitest';
import { checkPaste } from '../../src/proof/check-paste.js';
import { formatFindingMessage } from '../../src/findings/format-finding.js';
import { loadLesson } from './helpers.js';

const lesson = loadLesson('w12-l03');
const codes = (text: string): string[] => checkPaste(lesson, text).checks.flatMap((c) => c.findings.map((f) => f.code));
const followers = (text: string): (readonly [string, string])[] => (checkPaste(lesson, text).measurements?.followers ?? []).map((f) => [f.node, f.status] as const);

describe("a leader's per-peer thread is the leader's line", () => {
  const paste = (thread: string): string =>
    [
      '$ date +%T.%N; kill 6145',
      '02:40:00.113815548',
      '==> data/node1/node.log <==',
      `02:40:00.231 [${thread}] WARN  node1 - heartbeat timeout: no ack from node3 in 150 ms`,
      '02:40:00.618 [main] INFO  node1 - drain done, stopped',
      '==> data/node2/node.log <==',
      '02:39:59.075 [main] INFO  node2 - following leader node1 (term 1)',
      '02:40:00.115 [main] WARN  node2 - connection to leader node1 lost (EOF)',
      '==> data/node3/node.log <==',
      '02:39:59.075 [main] INFO  node3 - following leader node1 (term 1)',
      '02:40:00.236 [main] INFO  node3 - following leader node2 (term 2)',
    ].join('\n');

  it.each(['replicator-node3', 'heartbeat-node3', 'peer_node3', 'sender-node3'])('`[%s]` under node1 names no follower: node3 noticed nothing', (thread) => {
    expect(checkPaste(lesson, paste(thread)).passed).toBe(false);
    expect(followers(paste(thread))).toEqual([
      ['node2', 'detected'],
      ['node3', 'no-detection'],
    ]);
  });

  it("a node's own tag in that place (`[node3]`) still names its writer", () => {
    const own = paste('node3').replace('no ack from node3 in 150 ms', 'no message from leader in 150 ms');
    expect(followers(own)).toEqual([
      ['node2', 'detected'],
      ['node3', 'detected'],
    ]);
  });
});

describe('a proxy or a client beside a node is none of its lines', () => {
  const node2 = ['==> data/node2/node.log <==', '2026-12-05T02:39:49.997+00:00 node2 INFO  following leader node1 (term 1)', '2026-12-05T02:39:50.988+00:00 node2 WARN  connection to leader node1 lost (EOF)'];
  const proxy = (file: string): string[] => [
    `==> ${file} <==`,
    '2026-12-05T02:39:49.999+00:00 INFO  routing requests to leader node1 (term 1)',
    '2026-12-05T02:39:50.990+00:00 WARN  connection to leader node1 lost (EOF), re-resolving leader',
  ];
  const record = ['$ date +%T.%N; kill 6087', '02:39:50.982968572'];

  it.each(['data/node3/proxy.log', 'data/node3/kv-proxy.log', 'node3/client.log'])('`%s` is no log of node3: one follower shown, the paste fails', (file) => {
    const text = [...record, ...node2, ...proxy(file)].join('\n');
    expect(checkPaste(lesson, text).passed).toBe(false);
    expect(codes(text)).toContain('FOLLOWER_MISSING');
  });

  it("node3's own log beside its proxy's: node3 is judged by its own lines", () => {
    const node3 = ['==> data/node3/node.log <==', '2026-12-05T02:39:49.998+00:00 node3 INFO  following leader node1 (term 1)', '2026-12-05T02:39:51.159+00:00 node3 INFO  following leader node2 (term 2)'];
    expect(followers([...record, ...node2, ...node3, ...proxy('data/node3/proxy.log')].join('\n'))).toEqual([
      ['node2', 'detected'],
      ['node3', 'no-detection'],
    ]);
  });

  it("a `kvclient:` line in node3's terminal is the client's", () => {
    const terminal = [
      '--- terminal 3 ---',
      '$ python3 kv_node.py --id 3 &',
      '$ python3 kvclient.py --watch',
      '[02:39:52.982] [node3] following leader node1 (term 1)',
      '[02:39:54.047] kvclient: connection to leader node1 lost (EOF), retrying in 100 ms',
      '[02:39:54.279] [node3] following leader node2 (term 2)',
    ];
    const text = ['[02:39:54.046] [node1] received SIGTERM, shutting down', '[02:39:54.047] [node2] connection to leader node1 lost (EOF)', ...terminal].join('\n');
    expect(followers(text)).toEqual([
      ['node2', 'detected'],
      ['node3', 'no-detection'],
    ]);
    // The same line as node3's own is its detection: the rule is the client's name, not the terminal.
    expect(followers(text.replace('kvclient: connection', '[node3] connection'))).toEqual([
      ['node2', 'detected'],
      ['node3', 'detected'],
    ]);
  });
});

describe('followers back to the leader soon after a kill of a pid the paste ties to no node', () => {
  const paste = (backMs: number): string => {
    const at = (ms: number): string => `2026-12-05T02:39:20.${String(ms).padStart(3, '0')}+00:00`;
    return [
      '$ date +%T.%N; kill -1 5750',
      '02:39:20.165188165',
      `${at(78)} node1 INFO  became leader (term 1)`,
      `${at(78)} node2 INFO  following leader node1 (term 1)`,
      `${at(78)} node3 INFO  following leader node1 (term 1)`,
      `${at(166)} node2 WARN  connection to leader node1 lost (EOF)`,
      `${at(166)} node3 WARN  connection to leader node1 lost (EOF)`,
      `${at(166 + backMs)} node2 INFO  following leader node1 (term 1)`,
      `${at(166 + backMs)} node3 INFO  following leader node1 (term 1)`,
    ].join('\n');
  };

  it('15 ms after their EOFs, inside the kill\'s 20 ms instant: node1 led on (KILLED_NODE_LED_ON)', () => {
    expect(checkPaste(lesson, paste(15)).passed).toBe(false);
    expect(codes(paste(15))).toContain('KILLED_NODE_LED_ON');
  });

  it('2 ms after: a message queued before the loss may say so, and the detections stand', () => {
    expect(codes(paste(2))).not.toContain('KILLED_NODE_LED_ON');
    expect(followers(paste(2))).toEqual([
      ['node2', 'detected'],
      ['node3', 'detected'],
    ]);
  });
});

describe('a learner beside the voters is no follower', () => {
  const at = (ms: number): string => `2026-12-05T02:39:57.${String(ms).padStart(3, '0')}+00:00`;
  const paste = (node4Start: string): string =>
    [
      `${at(40)} node1 INFO  became leader (term 1)`,
      `${at(82)} node1 INFO  received SIGTERM, shutting down`,
      `${at(83)} node2 WARN  connection to leader node1 lost (EOF)`,
      `${at(270)} node3 INFO  voted for node2 in term 2`,
      `${at(10)} node4 INFO  ${node4Start}`,
      `${at(82)} node4 WARN  connection to leader node1 lost (EOF)`,
    ].join('\n');

  it.each(['starting kv_node node4 (learner, non-voting) pid 6142', 'node4 started as observer', 'starting kv_node node4 as non voter', 'raft: node4 joining cluster as learner (pid 6142)'])('`%s`: node3, a voter that only voted, fails the paste', (start) => {
    expect(followers(paste(start))).toEqual([
      ['node2', 'detected'],
      ['node3', 'no-detection'],
    ]);
  });

  it("a voter's start line mentioning others, negating, counting or promoted stays a follower (adv56e)", () => {
    for (const start of [
      'starting kv_node node4 pid 6142 (voter; cluster also has non-voter node5)',
      'starting kv_node node4 pid 6142 learner=false observer=false',
      'starting kv_node node4 pid 6142 (config: 2 voters + 1 non-voter)',
    ]) {
      expect(followers(paste(start)).map(([node]) => node), start).toEqual(['node2', 'node3', 'node4']);
    }
    expect(followers(paste('starting kv_node node4 pid 6142 voter=false')).map(([node]) => node)).toEqual(['node2', 'node3']);
  });

  it('a fourth voter stays a follower', () => {
    expect(followers(paste('starting kv_node node4 pid 6142')).map(([node]) => node)).toEqual(['node2', 'node3', 'node4']);
  });
});

describe("a follower whose own timer says it is a non-voter is no follower (adv56a-07: hashicorp/raft's words)", () => {
  const paste = (node3Timeout: string): string =>
    [
      '2026-12-05T12:58:05.942+0000 [INFO]  node2 raft: entering leader state: leader="Node at 127.0.0.1:44497 [Leader]"',
      '2026-12-05T12:58:07.148+0000 [INFO]  node2 agent: Caught: signal=terminated',
      '2026-12-05T12:58:07.324+0000 [WARN]  node1 raft: heartbeat timeout reached, starting election: last-leader-addr=127.0.0.1:44497 last-leader-id=node2',
      `2026-12-05T12:58:07.324+0000 [WARN]  node3 raft: ${node3Timeout}`,
    ].join('\n');

  it('`not part of a stable configuration or a non-voter, not triggering a leader election`: one follower, and the report says why', () => {
    const verdict = checkPaste(lesson, paste('heartbeat timeout reached, not part of a stable configuration or a non-voter, not triggering a leader election'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.map((f) => f.node)).toEqual(['node1']);
    const missing = verdict.checks.flatMap((c) => c.findings).find((f) => f.code === 'FOLLOWER_MISSING')!;
    expect(missing.args.nonVoters).toEqual([{ node: 'node3', line: 4 }]);
    expect(formatFindingMessage(missing)).toBe(
      'expected 2 followers to detect the dead leader; the paste shows 1 (node1); node3 does not vote (its own line 4 says so), so it is no follower of the voters — ' +
        'a non-voter (a learner) elects no leader: make every node a voter',
    );
  });

  it('a removed node saying it is not in the configuration and does not campaign is left out too (adv56d-34)', () => {
    const verdict = checkPaste(lesson, paste('election timeout fired after 195 ms, but node3 is not in the configuration; not campaigning'));
    expect(verdict.checks.flatMap((c) => c.findings).find((f) => f.code === 'FOLLOWER_MISSING')!.args.nonVoters).toEqual([{ node: 'node3', line: 4 }]);
  });

  it("a voter's timer naming another node as the non-voter stays its detection (adv56e-28)", () => {
    const verdict = checkPaste(lesson, paste('election timeout fired: no heartbeat from leader node2 in 152 ms (non-voter node4 not triggering a leader election)'));
    expect(verdict.passed).toBe(true);
  });

  it("a voter's timeout starting an election stays a follower's detection", () => {
    const verdict = checkPaste(lesson, paste('heartbeat timeout reached, starting election: last-leader-addr=127.0.0.1:44497 last-leader-id=node2'));
    expect(verdict.passed).toBe(true);
  });
});

describe("a status table above the kill says whose pid it killed and who led (adv52f-03's `kvctl status`)", () => {
  const paste = (node1Role: string, node5Role: string, killedPid: number): string =>
    [
      '$ ./kvctl status',
      `node1  pid=5340    role=${node1Role}  term=1 leader=${node1Role === 'leader' ? 'node1' : 'node5'}`,
      'node2  pid=5341    role=follower  term=1 leader=node5',
      'node3  pid=5342    role=follower  term=1 leader=node5',
      `node5  pid=5344    role=${node5Role}    term=1 leader=node5`,
      `$ date +%T.%N; kill ${killedPid}`,
      '02:38:56.663325882',
      '2026-12-05T02:38:56.815+00:00 node2 WARN  heartbeat timeout: no heartbeat from node1 in 202 ms, marking node1 down',
      '2026-12-05T02:38:56.815+00:00 node3 WARN  heartbeat timeout: no heartbeat from node1 in 203 ms, marking node1 down',
    ].join('\n');

  it("a follower's pid killed while the table shows node5 leading: KILLED_NODE_NOT_LEADER naming node5 and its row", () => {
    const verdict = checkPaste(lesson, paste('follower', 'leader', 5340));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements).toMatchObject({ killedNode: 'node1' });
    expect(verdict.checks[2]!.findings.find((f) => f.code === 'KILLED_NODE_NOT_LEADER')?.args).toMatchObject({ killed: 'node1', leader: 'node5', line: 5 });
  });

  it('no rule when a row names the killed node leader', () => {
    expect(codes(paste('leader', 'follower', 5340))).not.toContain('KILLED_NODE_NOT_LEADER');
  });
});

describe("a syslog head's process named by the tail section its lines stand in (adv53-22)", () => {
  const row = (ms: string, pid: number, message: string): string => `Dec  5 04:44:${ms} kvbox kv_node[${pid}]: ${message}`;
  const text = [
    '$ grep -h LEADER data/node*/node.log',
    row('50.264', 11071, 'won election with 2 votes, I am the LEADER for term 2'),
    row('48.868', 11072, 'won election with 2 votes, I am the LEADER for term 1'),
    '$ date +%T.%N; kill 11071',
    '04:44:52.247500266',
    '$ tail -n 3 data/node*/node.log',
    '==> data/node1/node.log <==',
    row('50.264', 11071, 'won election with 2 votes, I am the LEADER for term 2'),
    row('52.251', 11071, 'received SIGTERM, shutting down'),
    '==> data/node2/node.log <==',
    row('50.789', 11072, 'following leader 1 (term 2)'),
    row('52.252', 11072, 'lost connection to leader 1 (EOF)'),
    '==> data/node3/node.log <==',
    row('50.264', 11073, 'following leader 1 (term 2)'),
    row('52.252', 11073, 'lost connection to leader 1 (EOF)'),
  ].join('\n');

  it('names the grep -h lines by their sections\' nodes: no phantom `kv_node[11071]` follower', () => {
    expect(followers(text)).toEqual([
      ['node2', 'detected'],
      ['node3', 'detected'],
    ]);
  });
});
