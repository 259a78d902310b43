// Session 69's readings, each on a small paste in the shape a blind set found misread (adv69).
import { describe, expect, it } from 'vitest';
import { formatVerdictText } from '../../src/proof/format-verdict.js';
import { checkW12Lines as check, followerMs } from './helpers.js';

// A run whose leader logged its SIGTERM 400 ms after the `date; kill` record (a busy handler): timed by the record,
// both followers are late; timed by the leader's own line, they are not.
const SLOW_RUN = [
  '23:32:12.474 [node1] INFO  kv_node node1 starting pid 17154',
  '23:32:13.019 [node1] INFO  following leader node2 (term 1)',
  '23:32:14.649 [node1] WARN  connection to leader node2 lost (EOF)',
  '23:32:12.480 [node2] INFO  became leader (term 1)',
  '23:32:14.644 [node2] INFO  received SIGTERM, shutting down',
  '23:32:12.490 [node3] INFO  following leader node2 (term 1)',
  '23:32:14.650 [node3] WARN  connection to leader node2 lost (EOF)',
];
const RECORD = ['$ date +%T.%3N; kill 17155', '23:32:14.241', '$ cat data/node*/node.log'];

describe('a date; kill record under a gutter or markup still times the kill (adv69c)', () => {
  it.each([
    ['a Google Doc numbered list (a TAB after the number)', (row: string, k: number) => `${k + 1}.\t${row}`],
    ['Slack inline code on every row', (row: string) => `\`${row}\``],
    ['a quote over an editor gutter', (row: string, k: number) => `> ${String(k + 1).padStart(4)} | ${row}`],
    ['a quote over less -N', (row: string, k: number) => `> ${String(k + 1).padStart(7)} ${row}`],
  ])('%s', (_, shape) => {
    const verdict = check([...RECORD, ...SLOW_RUN].map(shape));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine).toBe(2);
  });

  it.each([
    ['inline code', '`23:32:14.241`'],
    ['bold', '**23:32:14.241**'],
  ])('the output row alone in %s', (_, row) => {
    const verdict = check([RECORD[0]!, row, RECORD[2]!, ...SLOW_RUN]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine).toBe(2);
  });

  it('and the same run with the record plain fails the same way (the control)', () => {
    expect(check([...RECORD, ...SLOW_RUN]).measurements?.killLine).toBe(2);
    expect(check([...RECORD, ...SLOW_RUN]).passed).toBe(false);
  });

  it('a log line with inline code inside it is not unwrapped', () => {
    const rows = SLOW_RUN.map((row) => row.replace('(EOF)', '(`EOF`)'));
    const verdict = check(['$ date +%T.%3N; kill 17155', '23:32:14.641', '$ cat data/node*/node.log', ...rows, '23:32:14.930 [node3] WARN  heartbeat timeout (`no message from leader node2`)']);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node1: 8, node3: 9 });
  });
});

describe('a leadership transfer before the kill: the killed node no longer led (adv69d-42)', () => {
  const paste = (handOver: string) => [
    '$ ./kvctl status',
    'node1 pid=30708 role=leader term=1 leader=node1',
    'node2 pid=30709 role=follower term=1 leader=node1',
    'node3 pid=30710 role=follower term=1 leader=node1',
    '$ date +%T.%3N; kill 30708',
    '23:36:55.329',
    '$ grep -i "lost\\|timeout\\|election" data/node2/node.log data/node3/node.log',
    `data/node2/node.log:23:36:54.723 [node2] INFO  ${handOver}`,
    'data/node2/node.log:23:36:55.334 [node2] WARN  connection to node1 lost (EOF)',
    'data/node3/node.log:23:36:55.334 [node3] WARN  connection to node1 lost (EOF)',
  ];

  it('`received TimeoutNow from node1, starting election`: a follower was killed, and the report says who handed over', () => {
    const verdict = check(paste('received TimeoutNow from node1, starting election (term 2)'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.leader).toBeNull();
    expect(formatVerdictText(verdict, { color: false })).toContain("node2's line 8");
    expect(formatVerdictText(verdict, { color: false })).toContain('says node1 handed its leadership to node2 606 ms before');
  });

  it('an election of node2\'s own (its timer) is no hand-over: the status table\'s leader was killed', () => {
    const verdict = check(paste('starting election (term 2)'));
    expect(verdict.measurements?.leader).toBe('node1');
  });
});

describe('a SIGTERM handler that logged and ran on, then a timed SIGKILL: the SIGKILL ended the leader (adv69d-46/-50)', () => {
  const paste = (between: string[], followerBeats: boolean) => [
    '$ date +%T.%3N; kill 3471',
    '23:39:12.611',
    ...between,
    '$ date +%T.%3N; kill -9 3471',
    '23:39:13.835',
    '$ tail -n +1 data/node1/node.log data/node2/node.log data/node3/node.log',
    '==> data/node1/node.log <==',
    '23:39:11.739 [node1] INFO  kv_node node1 starting pid=3471 port=24471',
    '23:39:11.950 [node1] INFO  became leader for term 1 (votes 3/3)',
    '23:39:12.612 [node1] INFO  received SIGTERM, shutting down',
    '',
    '==> data/node2/node.log <==',
    '23:39:11.954 [node2] INFO  following leader node1 (term 1)',
    ...(followerBeats ? ['23:39:12.560 [node2] DEBUG heartbeat from leader node1 (term 1)'] : []),
    '23:39:13.838 [node2] WARN  connection to leader node1 lost (EOF)',
    '23:39:14.044 [node2] WARN  heartbeat timeout: no message from leader node1 in 216ms, starting election (term 2)',
    '',
    '==> data/node3/node.log <==',
    '23:39:11.954 [node3] INFO  following leader node1 (term 1)',
    ...(followerBeats ? ['23:39:12.561 [node3] DEBUG heartbeat from leader node1 (term 1)'] : []),
    '23:39:13.838 [node3] WARN  connection to leader node1 lost (EOF)',
    '23:39:14.082 [node3] WARN  heartbeat timeout: no message from leader node1 in 254ms, starting election (term 2)',
  ];

  it.each([
    ['a pgrep between the two found it running', ['$ pgrep -f "kv_node.py --id 1"', '3471']],
    ['no process check between them', []],
  ])('%s: timed from the SIGKILL', (_, between) => {
    const verdict = check(paste(between, false));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 3, node3: 3 });
  });

  it('followers that log its heartbeats heard none after the SIGTERM: that one ended its leadership, and they were late', () => {
    const verdict = check(paste([], true));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine).toBe(2);
  });
});

describe("a page's HTML source copied: its escapes are read as the text they stand for (adv69c-44)", () => {
  const run = [
    '$ date +%T.%3N; kill 5202',
    '23:26:43.021',
    '$ cat data/node*/node.log',
    '23:26:41.100 <node1> INFO became leader (term 1)',
    '23:26:43.022 <node1> INFO received SIGTERM, shutting down',
    '23:26:41.110 <node2> INFO following leader node1 (term 1)',
    '23:26:43.025 <node2> WARN connection to leader node1 lost (EOF)',
    '23:26:43.240 <node2> WARN heartbeat timeout: no heartbeat from leader node1 in 215ms',
    '23:26:41.110 <node3> INFO following leader node1 (term 1)',
    '23:26:43.026 <node3> WARN connection to leader node1 lost (EOF)',
  ];
  const escape = (row: string) => row.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/ /g, '&nbsp;');

  it('every space as &nbsp;, the angle brackets as &lt; &gt;: the same verdict as the plain paste', () => {
    const plain = check(run);
    const escaped = check(run.map(escape));
    expect(plain.passed).toBe(true);
    expect(escaped.passed).toBe(true);
    expect(followerMs(escaped)).toEqual(followerMs(plain));
    expect(escaped.measurements?.killLine).toBe(2);
  });
});

describe("nodes' %I times under the student's afternoon date are read 12 h on, and the report says so (adv69a-63)", () => {
  it('passes at +1 ms with an info line naming the first node time so read', () => {
    const verdict = check([
      '$ date +%T.%3N; kill 12876',
      '23:43:17.567',
      '11:43:16.086 [node2] INFO  following leader node1 (term 2)',
      '11:43:17.568 [node2] WARN  connection to leader node1 lost (EOF)',
      '11:43:17.711 [node2] WARN  election timeout: no heartbeat from leader node1 in 168 ms, becoming candidate (term 3)',
      '11:43:16.137 [node3] INFO  following leader node1 (term 2)',
      '11:43:17.568 [node3] WARN  connection to leader node1 lost (EOF)',
    ]);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 1, node3: 1 });
    const info = verdict.checks.flatMap((c) => c.findings).find((f) => f.code === 'NODE_TIMES_TWELVE_HOUR');
    expect(info).toMatchObject({ severity: 'info', args: { line: 3, printed: '11:43:16.086', readAs: '23:43:16.086' } });
    expect(formatVerdictText(verdict, { color: false })).toContain("line 3's 11:43:16.086 was read 12 hours on, as 23:43:16.086");
  });
});

describe("a whole-second date record whose second holds the leader's own line, shown late by the followers' silence (adv69b-61)", () => {
  const paste = (silentMs: number, ownMs: string) => [
    '$ date +%T; kill 3866',
    '23:39:23',
    '2026-12-06 23:39:21.168 [node1] became LEADER for term 1 (pid 3866)',
    `2026-12-06 23:39:23.${ownMs} [node1] received SIGTERM, shutting down (was leader, term 1)`,
    '2026-12-06 23:39:21.171 [node2] following leader node1 (term 1)',
    `2026-12-06 23:39:23.333 [node2] heartbeat timeout: no message from leader node1 in ${silentMs} ms`,
    '2026-12-06 23:39:21.171 [node3] following leader node1 (term 1)',
    `2026-12-06 23:39:23.332 [node3] heartbeat timeout: no message from leader node1 in ${silentMs} ms`,
  ];

  it('silent since .003, its own line at .108: the record bounds the kill, and +333 is not shown within 300 ms', () => {
    const verdict = check(paste(330, '108'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine).toBe(2);
    expect(formatVerdictText(verdict, { color: false })).toContain('record the kill');
  });

  it('silent since .033, its own line at .040 (a heartbeat gap): the own line times the kill, as the documented rule says', () => {
    const verdict = check(paste(300, '040'));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.killLine).toBe(4);
    expect(followerMs(verdict)).toEqual({ node2: 293, node3: 292 });
  });
});

describe("a mail client's wrap that puts a node's name at the head of a row continues the row above (adv69c-49)", () => {
  const rows = [
    '$ date +%T.%3N; kill 5321',
    '23:26:51.223',
    '2026-12-06T23:26:49.999Z [node1] INFO  became leader (term 1)',
    '2026-12-06T23:26:51.224Z [node1] INFO  received SIGTERM,',
    'shutting down',
    '2026-12-06T23:26:50.000Z [node2] INFO  following leader node1',
    '(term 1)',
    '2026-12-06T23:26:51.226Z [node2] WARN  connection to leader',
    'node1 lost (EOF)',
    '2026-12-06T23:26:49.999Z [node3] INFO  following leader node1',
    '(term 1)',
    '2026-12-06T23:26:51.226Z [node3] WARN  connection to leader',
    'node1 lost (EOF)',
    '2026-12-06T23:26:51.354Z [node3] WARN  election timeout fired:',
    'no heartbeat from leader node1 in 154ms, becoming candidate',
  ];

  it('both followers detected at +3 ms, on the rows the wrap began', () => {
    const verdict = check(rows);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 3, node3: 3 });
    expect(verdict.measurements?.followers.map((f) => f.line)).toEqual([8, 12]);
  });

  it("a student's own row naming a node under a short log line stays a row of its own", () => {
    const verdict = check([...rows.slice(0, 13), '2026-12-06T23:26:51.300Z [node3] INFO  ok', 'node3 was slower:']);
    expect(verdict.measurements?.followers.map((f) => f.line)).toEqual([8, 12]);
  });
});

describe("one follower's log shown again under another's file name (a symlink): the copy is reported and not counted (adv67b-21)", () => {
  it('node3 has no lines of its own, and an info line says whose lines its section repeats', () => {
    const verdict = check([
      'student@kv-vm:~/kv$ date +%T.%3N; kill 30343',
      '17:56:20.163',
      '',
      '$ grep -H -i "timeout\\|leader" data/node2/node.log data/node3/node.log',
      'data/node2/node.log:17:56:18.217 [node2] INFO following leader node1 (term 1)',
      'data/node2/node.log:17:56:20.301 [node2] WARN heartbeat timeout: no message from leader node1 in 154ms',
      'data/node2/node.log:17:56:20.457 [node2] INFO following leader node3 (term 2)',
      'data/node3/node.log:17:56:18.217 [node2] INFO following leader node1 (term 1)',
      'data/node3/node.log:17:56:20.301 [node2] WARN heartbeat timeout: no message from leader node1 in 154ms',
      'data/node3/node.log:17:56:20.457 [node2] INFO following leader node3 (term 2)',
    ]);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 138, node3: 'no-detection' });
    expect(formatVerdictText(verdict, { color: false })).toContain('lines 8-10 under node3 repeat lines 5-7 under node2 line for line, to the ms');
  });
});

describe("etcd's learner's timer, `node3 is unpromotable and can not campaign`, says node3 does not vote (adv56e-42)", () => {
  it('node3 is no follower of the voters, and the report says why', () => {
    const verdict = check([
      '$ date +%T.%3N; kill 12825',
      '13:41:46.299',
      '2026-12-05 13:41:44.914 [node2] INFO following leader node1 (term 1)',
      '2026-12-05 13:41:46.302 [node2] WARN connection to leader node1 lost (EOF)',
      '2026-12-05 13:41:46.518 [node2] WARN election timeout fired: no heartbeat from leader node1 in 246 ms',
      '2026-12-05 13:41:44.914 [node3] INFO following leader node1 (term 1)',
      '2026-12-05 13:41:46.302 [node3] WARN connection to leader node1 lost (EOF)',
      '2026-12-05 13:41:46.556 [node3] WARN node3 is unpromotable and can not campaign',
      '2026-12-05 13:41:46.839 [node3] WARN node3 is unpromotable and can not campaign',
    ]);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 3 });
    expect(formatVerdictText(verdict, { color: false })).toContain('node3 does not vote (its own line 8 says so)');
  });
});
