// Session 70's readings, each on a small paste in the shape a blind set found misread.
import { describe, expect, it } from 'vitest';
import { formatVerdictText } from '../../src/proof/format-verdict.js';
import { checkW12Lines as check, followerMs } from './helpers.js';

// The student's own account of a run, no node's log (adv67h-33/-34/-35): the kill row is their record, the detection
// rows are claims a grader cannot count.
describe("a typed sheet or list is the student's, not the nodes' log", () => {
  it('a bullet list whose items end with their time', () => {
    const verdict = check(['- killed node1 (leader) at 17:53:02.090', '- node2: heartbeat timeout at 17:53:02.332', '- node3: heartbeat timeout at 17:53:02.293']);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine).toBe(1);
    expect(followerMs(verdict)).toEqual({ node2: 'no-detection', node3: 'no-detection' });
  });

  it('while log lines pasted as bullets, each opening with its time, are read (the control)', () => {
    const verdict = check(['- 17:53:02.090 [node1] INFO received SIGTERM, shutting down', '- 17:53:02.332 [node2] WARN heartbeat timeout', '- 17:53:02.293 [node3] WARN heartbeat timeout']);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 242, node3: 203 });
  });

  it.each([
    ['CSV', ','],
    ['TSV', '\t'],
  ])('a %s sheet under a header naming an event column', (_, d) => {
    const rows = [['Node', 'Time', 'Event'], ['node1', '17:53:10.246', 'killed (kill -INT)'], ['node2', '17:53:10.466', 'heartbeat timeout'], ['node3', '17:53:10.527', 'heartbeat timeout']];
    const verdict = check(rows.map((r) => r.join(d)));
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({});
    const text = formatVerdictText(verdict, { color: false });
    // No logs are in the paste: the summary stands below none.
    expect(text).toContain("lines 3 and 4 restate node2's and node3's lines in your own summary, so they were not measured");
    expect(text).toContain("the paste holds no line of node2's own log: paste it");
  });

  it('a CSV of a program whose header names a message column, not an event, is its log (the control)', () => {
    const rows = ['time,node,level,message', '17:53:10.246,node1,INFO,received SIGTERM', '17:53:10.466,node2,WARN,heartbeat timeout', '17:53:10.527,node3,WARN,heartbeat timeout'];
    const verdict = check(rows);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 220, node3: 281 });
  });
});

// A client that tags its own lines with the node it was told to act as (adv70d): its output is its own, however it
// reaches the paste — under the command that ran it, from its file under a node's directory by grep -H or cat.
describe("a client's line tagged [node3] is no detection of node3's", () => {
  const RUN = [
    '$ date +%T.%3N; kill 23845',
    '02:31:35.124',
    '==> data/node2/node.log <==',
    '02:31:32.982 [node2] INFO  following leader node1 (term 1)',
    '02:31:35.259 [node2] WARN  heartbeat timeout: no heartbeat from leader node1 in 155 ms',
    '==> data/node3/node.log <==',
    '02:31:32.982 [node3] INFO  following leader node1 (term 1)',
    '02:31:35.264 [node3] INFO  voted for node2 in term 2',
    '02:31:35.265 [node3] INFO  following leader node2 (term 2)',
  ];
  const CLIENT_LINE = '02:31:35.211 [node3] WARN  timed out waiting for the leader (GET k61, 61 ok so far)';

  it.each([
    ['under the command that ran it', [...RUN, '$ python3 kvclient2.py 30271 200 "[node3]"', CLIENT_LINE]],
    ['under ./kv_cli', [...RUN, '$ ./kv_cli --node node3 get k61', CLIENT_LINE]],
    ['from its file under node3 by cat', [...RUN, '$ cat data/node3/client.log', CLIENT_LINE]],
    ['from its file under node3 by grep -H', [...RUN, `data/node3/client.log:${CLIENT_LINE}`]],
  ])('%s', (_, rows) => {
    const verdict = check(rows);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toMatchObject({ node2: 135, node3: 'no-detection' });
  });

  it("while a node launched in the background in that terminal keeps its lines under a client's command (the control)", () => {
    const rows = [
      '$ date +%T.%3N; kill 23845',
      '02:31:35.124',
      '$ ./kv_node --id 3 --port 7003 &',
      '[1] 23847',
      '02:31:32.982 [node3] INFO  following leader node1 (term 1)',
      '$ ./kv_cli --node node3 put k 1',
      '02:31:35.211 [node3] WARN  heartbeat timeout: no heartbeat from leader node1 in 160 ms',
      '==> data/node2/node.log <==',
      '02:31:32.982 [node2] INFO  following leader node1 (term 1)',
      '02:31:35.259 [node2] WARN  heartbeat timeout: no heartbeat from leader node1 in 155 ms',
    ];
    expect(followerMs(check(rows))).toEqual({ node2: 135, node3: 87 });
  });
});

// A node named on the kill's row outside its kill command — what the row runs after it, a `cd` before it, the prompt's
// directory — is no target (adv70c): the pid kills whom it kills.
describe("a node named on the kill's row outside the kill command is not what it killed", () => {
  const FOLLOWERS = [
    '02:38:54.610 [node2] kv_node node2 starting pid=9443 port=29482',
    '02:38:54.814 [node2] following leader node1 (term 1)',
    '02:38:55.877 [node2] missed 3 consecutive heartbeats from leader node1 (last one 153 ms ago)',
    '02:38:54.579 [node3] kv_node node3 starting pid=9444 port=29483',
    '02:38:54.814 [node3] following leader node1 (term 1)',
    '02:38:55.876 [node3] missed 3 consecutive heartbeats from leader node1 (last one 152 ms ago)',
  ];
  it.each([
    ['a cd into its directory before it', '$ cd data/node2; date +%T.%3N; kill 9442'],
    ['a tail -f of its log after it', '$ date +%T.%3N; kill 9442; tail -n 2 -f data/node2/node.log'],
    ['a client asking it after it', '$ date +%T.%3N; kill 9442; ./kv_cli --node node2 get k1'],
    ['an echo naming it', '$ date +%T.%3N; kill 9442; echo "killed the leader, now watching node2"'],
    ["the prompt's directory", 'me@lab:~/kv/data/node2$ date +%T.%3N; kill 9442'],
  ])('%s', (_, command) => {
    const verdict = check([command, '02:38:55.754', ...FOLLOWERS]);
    expect(verdict.measurements?.killedNode).toBe('node1');
    expect(followerMs(verdict)).toEqual({ node2: 123, node3: 122 });
    expect(verdict.checks.flatMap((c) => c.findings).map((f) => f.code)).not.toContain('KILLED_NODE_NOT_LEADER');
  });

  it('while a node named in the kill command itself is its target (the control)', () => {
    const verdict = check(["$ date +%T.%3N; pkill -f 'kv_node --id 2'", '02:38:55.754', ...FOLLOWERS]);
    expect(verdict.measurements?.killedNode).toBe('node2');
    expect(verdict.checks.flatMap((c) => c.findings).map((f) => f.code)).toContain('KILLED_NODE_NOT_LEADER');
  });
});

// A chaos script run at the prompt does the killing: its own timed line is the kill of the node it names, not a kill
// of "chaos" whose line the leader's late own line then overrides (adv70a-52/-60/-77).
describe('a chaos script typed at the prompt is no node it killed', () => {
  const RUN = [
    '[02:43:19.739] node1 | 02:43:19.738 [node1] won election with 2 votes, became leader (term 1)',
    '[02:43:19.739] node3 | 02:43:19.739 [node3] following leader node1 (term 1)',
    '[02:43:19.740] node2 | 02:43:19.739 [node2] following leader node1 (term 1)',
    '[02:43:20.671] node1 | 02:43:20.671 [node1] received SIGTERM, shutting down (role=leader term=1)',
    '[02:43:20.850] node3 | 02:43:20.850 [node3] heartbeat timeout: no message from leader node1 in 360 ms',
    '[02:43:20.850] node2 | 02:43:20.850 [node2] heartbeat timeout: no message from leader node1 in 360 ms',
  ];
  it.each([['./chaos.sh kill-leader'], ['./chaos.sh --kill leader']])('$ %s', (command) => {
    const verdict = check([`$ ${command}`, '02:43:20.520 chaos | killing leader node1 (pid 22262)', '', '$ ./run-cluster.py Procfile', ...RUN]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node2: 330, node3: 330 });
  });
});

// structlog's default key=value renderer writes the event first and its TimeStamper's `timestamp=` last (adv70b): the
// time is the record's own field, no time a sentence states.
describe("structlog's key=value lines with the time last are the nodes' own", () => {
  it.each([
    ['logfmt with a node key', (node: string, at: string, event: string) => `event="${event}" node=${node} level=warning timestamp=2026-12-07T02:39:${at}Z`],
    ['quoted values, the node in the event', (node: string, at: string, event: string) => `event='${node}: ${event}' level='warning' timestamp='2026-12-07T02:39:${at}Z'`],
  ])('%s', (_, line) => {
    const verdict = check([
      '$ date -u +%T.%3N; kill 11108',
      '02:39:34.639',
      '==> data/node2/node.log <==',
      line('node2', '34.798247', 'heartbeat timeout: no heartbeat from leader node1 in 200 ms'),
      '==> data/node3/node.log <==',
      line('node3', '34.799247', 'heartbeat timeout: no heartbeat from leader node1 in 200 ms'),
    ]);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 159.247, node3: 160.247 });
  });

  it('while a sentence stating a time after its words is the student’s (the control)', () => {
    const verdict = check(['$ date -u +%T.%3N; kill 11108', '02:39:34.639', 'node2 I saw the heartbeat timeout at 02:39:34.798', 'node3 I saw the heartbeat timeout at 02:39:34.799']);
    expect(verdict.passed).toBe(false);
  });
});

// foreman's `HH:MM:SS node1.1 | …` columns are a Procfile runner's, not a chat's senders: a chaos process's line among
// them (`02:43:20.520 chaos | killing leader node1`) is read as written, not commented out as chat talk (adv70a-78).
describe("a Procfile runner's process column is no chat", () => {
  it('the chaos line above foreman output times the kill', () => {
    const rows = [
      '$ ./chaos.sh kill-leader',
      '02:43:20.520 chaos | killing leader node1 (pid 22262)',
      '',
      '$ foreman start',
      '02:43:19 node1.1 | 02:43:19.738 [node1] won election with 2 votes, became leader (term 1)',
      '02:43:19 node3.1 | 02:43:19.739 [node3] following leader node1 (term 1)',
      '02:43:19 node2.1 | 02:43:19.739 [node2] following leader node1 (term 1)',
      '02:43:20 node1.1 | 02:43:20.671 [node1] received SIGTERM, shutting down (role=leader term=1)',
      '02:43:20 node3.1 | 02:43:20.850 [node3] heartbeat timeout: no message from leader node1 in 360 ms',
      '02:43:20 node2.1 | 02:43:20.850 [node2] heartbeat timeout: no message from leader node1 in 360 ms',
    ];
    const verdict = check(rows);
    expect(verdict.measurements?.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node2: 330, node3: 330 });
  });
});

// A Procfile runner's process `chaos.1` is the service chaos, no node: its whole-second `killing leader node1` line is a
// kill record, which with the followers' stated silence bounds the kill (adv70a-72).
describe("foreman's chaos.1 is no node", () => {
  it("its whole-second kill line bounds the kill when the followers' silence shows the leader's own line late", () => {
    const rows = [
      '$ foreman start',
      '02:47:36 node1.1 | 02:47:36.444 [node1] won election with 2 votes, became leader (term 1)',
      '02:47:36 node3.1 | 02:47:36.444 [node3] following leader node1 (term 1)',
      '02:47:36 node2.1 | 02:47:36.444 [node2] following leader node1 (term 1)',
      '02:47:38 chaos.1 | killing leader node1 (pid 31736)',
      '02:47:38 node1.1 | 02:47:38.532 [node1] received SIGTERM, shutting down (role=leader term=1)',
      '02:47:38 node2.1 | 02:47:38.716 [node2] heartbeat timeout: no message from leader node1 in 360 ms',
      '02:47:38 node3.1 | 02:47:38.717 [node3] heartbeat timeout: no message from leader node1 in 360 ms',
    ];
    const verdict = check(rows);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine).toBe(5);
  });
});
