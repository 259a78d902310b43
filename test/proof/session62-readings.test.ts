// Session 62's readings, each on a small paste in the shape a blind set found misread (adv61g, adv62a-e).
import { describe, expect, it } from 'vitest';
import { checkW12Lines, followerMs, problemCodes } from './helpers.js';

const check = checkW12Lines;

// A real run's record and two nodes' logs in one fence (adv61g-20), node3's log missing.
const run = [
  '```',
  '$ date +%T.%3N; kill 14379',
  '03:08:22.303',
  '03:08:21.772 node1 INFO started on 127.0.0.1:27101 pid=14379',
  '03:08:21.772 node1 INFO became leader term=1',
  '03:08:22.303 node1 INFO received SIGTERM, shutting down',
  '03:08:21.812 node2 INFO started on 127.0.0.1:27102 pid=14377',
  '03:08:21.813 node2 INFO follower term=1 leader=node1',
  '03:08:21.823 node2 INFO heartbeat from node1',
  '03:08:22.501 node2 INFO election timeout: no heartbeat from node1 for 222ms, starting election term=2',
  '```',
  '',
];

describe('a later fence whose heading says it holds notes written by hand is not measured (adv61g-20/-33)', () => {
  const notes = (heading: string, rows: string[]) => [heading, '```', ...rows, '```'];

  it("node3's time from memory, node3 in no earlier fence: node3 has no detection and the paste fails", () => {
    const verdict = check([...run, ...notes("my notes (node3's terminal closed before I could copy it, time as I remember it from the screen):", ['03:08:22.560 node3 election timeout (+257 ms)'])]);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 198, node3: 'no-detection' });
    expect(problemCodes(verdict)).toContain('SUMMARY_LINES_NOT_MEASURED');
  });

  it('times copied by hand, the kill restated: the record times the kill, node2 by its own line', () => {
    const verdict = check([...run, ...notes("copied the times by hand, node3's window was closed:", ['03:08:22.303 kill node1', '03:08:22.451 node2 election timeout', '03:08:22.560 node3 election timeout'])]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killLine).toBe(3);
    expect(followerMs(verdict)).toEqual({ node2: 198, node3: 'no-detection' });
  });

  it("a later fence under words that declare nothing is a node's output: node3's file pasted below passes", () => {
    const verdict = check([...run, ...notes("node3's log (it was in another terminal):", ['03:08:22.560 node3 INFO election timeout: no heartbeat from node1 for 230ms, starting election term=2'])]);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 198, node3: 257 });
  });
});

describe("a quote whose heading names someone else's output is not the student's run, even in the same minute (adv61g-31)", () => {
  const own = run.slice(1, -2);
  const quote = (heading: string) => [
    '',
    heading,
    '> $ date +%T.%3N; kill 14140',
    '> 03:08:15.975',
    '> 03:08:16.192 node2 INFO election timeout: no heartbeat from node1 for 225ms, starting election term=2',
    '> 03:08:16.138 node3 INFO election timeout: no heartbeat from node1 for 171ms, starting election term=2',
  ];

  it("a classmate's run from the group chat: blanked, so only node2 is measured and the paste fails", () => {
    const verdict = check([...own, ...quote("for comparison, Alex's output from the group chat (his passed):")]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node2: 198 });
  });

  it('the same quote under words naming no one else is read: its kill and followers are timed', () => {
    const verdict = check([...own, ...quote('and my second try:')]);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.killLine).toBe(13);
  });
});

describe("a bullet's or table row's kill restates the typed record unless a node started between them (adv61g-15/-32, adv61g-11)", () => {
  const logs = [
    '$ date +%T.%3N; kill 14379',
    '03:08:22.303',
    '$ cat node2.log node3.log',
    '03:08:21.812 node2 INFO started on 127.0.0.1:27102 pid=14377',
    '03:08:21.813 node2 INFO follower term=1 leader=node1',
    '03:08:22.501 node2 INFO election timeout: no heartbeat from node1 for 222ms, starting election term=2',
    '03:08:21.759 node3 INFO started on 127.0.0.1:27103 pid=14378',
    '03:08:21.759 node3 INFO follower term=1 leader=node1',
    '03:08:22.699 node3 INFO election timeout: no heartbeat from node1 for 420ms, starting election term=2',
    '',
  ];

  it('a bullet 117 ms after the record, no restart between: the record times the kill and node3 is too slow', () => {
    const verdict = check([...logs, '- 03:08:22.420 killed node1', '- node2 noticed after 81 ms, node3 after 279 ms -> both < 300 ms']);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node2: 198, node3: 396 });
  });

  it("a table row's kill miscopied before the record: the record times the kill", () => {
    const verdict = check([...logs, '| kill node1 | 03:08:22.103 |', '|---|---|']);
    expect(verdict.measurements!.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node2: 198, node3: 396 });
  });

  it("a bullet after the nodes restarted is a later attempt's kill, and times that attempt", () => {
    const verdict = check([
      ...logs,
      'attempt 2 (restarted all 3 nodes, the kill was in the other tab):',
      '03:08:25.183 node2 INFO started on 127.0.0.1:27102 pid=14504',
      '03:08:25.183 node2 INFO follower term=1 leader=node1',
      '03:08:26.028 node2 INFO election timeout: no heartbeat from node1 for 230ms, starting election term=2',
      '03:08:25.227 node3 INFO started on 127.0.0.1:27103 pid=14505',
      '03:08:25.227 node3 INFO follower term=1 leader=node1',
      '03:08:25.997 node3 INFO election timeout: no heartbeat from node1 for 200ms, starting election term=2',
      '',
      '- attempt 2: 03:08:25.815 killed node1 (pid 14506)',
    ]);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.killLine).toBe(19);
    expect(followerMs(verdict)).toEqual({ node2: 213, node3: 182 });
  });
});

describe("a detection stating its delay from the kill is the student's sum, in any block shape (adv62d-04/-05/-06/-33/-39)", () => {
  const logs = [
    '```text',
    '$ date +%T.%3N; kill 22144',
    '04:54:49.771',
    '04:54:48.465 [node2] INFO following leader node1 (term 2)',
    '04:54:50.088 [node2] WARN heartbeat timeout - no message from leader node1 in 335 ms',
    '04:54:48.465 [node3] INFO following leader node1 (term 2)',
    '04:54:50.146 [node3] WARN heartbeat timeout - no message from leader node1 in 392 ms',
    '```',
  ];
  const slow = { node2: 317, node3: 375 };

  it('a notes fence above the logs, its kill restating the record: the logs are measured, too slow', () => {
    const verdict = check(['my notes:', '```text', '04:54:49.771  kill node1 (date; kill)', '04:54:50.018  node2 heartbeat timeout   (+247 ms)', '04:54:50.046  node3 heartbeat timeout   (+275 ms)', '```', '', ...logs]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killLine).toBe(10);
    expect(followerMs(verdict)).toEqual(slow);
    expect(problemCodes(verdict)).toContain('SUMMARY_LINES_NOT_MEASURED');
  });

  it('a second fence right after the logs with no words between', () => {
    const verdict = check([...logs, '```', '04:54:50.018 node2 heartbeat timeout  (+247 ms)', '04:54:50.046 node3 heartbeat timeout  (+275 ms)', '```']);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual(slow);
  });

  it('a box-drawn table with a delta column', () => {
    const verdict = check([
      ...logs.slice(1, -1),
      '',
      '│ node1 │ killed (SIGTERM)  │ 04:54:49.771 │      0 │',
      '│ node2 │ heartbeat timeout │ 04:54:50.018 │ +247ms │',
      '│ node3 │ heartbeat timeout │ 04:54:50.046 │ +275ms │',
    ]);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual(slow);
  });

  it("a node's own line reporting a delay in other words is still its detection", () => {
    const verdict = check([...logs.slice(1, 4), '04:54:49.950 [node2] WARN heartbeat timeout (+179 ms since the last heartbeat)', ...logs.slice(5, 6), '04:54:49.990 [node3] WARN heartbeat timeout - no message from leader node1 in 240 ms']);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 179, node3: 219 });
  });
});

describe("a sentence in the student's own voice naming a node at its head is no detection (adv62d-28)", () => {
  const logs = [
    '$ date +%T.%3N; kill 19232',
    '04:54:28.433',
    '$ tail -n 3 data/node2/node.log',
    '04:54:28.565 [node2] WARN heartbeat timeout - no message from leader node1 in 150 ms',
    '',
  ];

  it("node3's time stated in the student's words: node3 has no detection", () => {
    const verdict = check([...logs, 'node3 showed the same heartbeat timeout line at 04:54:28.565 (I closed that terminal before copying it, sorry).']);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 132, node3: 'no-detection' });
  });
});

describe('one follower shown twice under two related names is one follower (adv62e-42/-43)', () => {
  const pm2 = [
    '$ date +%T.%3N; pm2 stop raft-a',
    '04:55:23.481',
    '$ tail -n 4 ~/.pm2/logs/raft-a-out.log ~/.pm2/logs/raft-b-out.log',
    '==> /home/student/.pm2/logs/raft-a-out.log <==',
    '04:55:22.360 became leader (term 1)',
    '04:55:23.486 received SIGINT, shutting down',
    '',
    '==> /home/student/.pm2/logs/raft-b-out.log <==',
    '04:55:22.360 following leader raft-a (term 1)',
    '04:55:23.640 heartbeat timeout: no message from leader raft-a in 153 ms',
    '04:55:23.777 election timeout after 291 ms, becoming candidate (term 2)',
    '04:55:23.778 became leader (term 2)',
  ];
  const again = [
    '$ pm2 logs raft-b --lines 4 --nostream',
    '1|raft-b   | 04:55:22.360 following leader raft-a (term 1)',
    '1|raft-b   | 04:55:23.640 heartbeat timeout: no message from leader raft-a in 153 ms',
    '1|raft-b   | 04:55:23.777 election timeout after 291 ms, becoming candidate (term 2)',
    '1|raft-b   | 04:55:23.778 became leader (term 2)',
  ];

  it("pm2's out file and `pm2 logs` of raft-b: one follower, the paste fails; the leader is the app raft-a", () => {
    const verdict = check([...pm2, ...again]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.leader).toBe('raft-a');
    expect(verdict.measurements!.followers.filter((f) => f.detectionMs !== undefined).map((f) => f.node)).toEqual(['raft-b']);
  });

  it('two followers whose files end alike to the ms stay two (adv51b-33: vote, follow, EOF in one ms)', () => {
    const verdict = check([
      '$ date +%T.%N; kill -TERM $(cat node3.pid); sleep 0.1; tail -n 3 data/node*/node.log',
      '23:33:03.462085064',
      '==> data/node1/node.log <==',
      '23:33:02.130 voted for node3 in term 1',
      '23:33:02.130 following leader node3 (term 1)',
      '23:33:03.470 lost connection to leader node3 (EOF)',
      '',
      '==> data/node2/node.log <==',
      '23:33:02.130 voted for node3 in term 1',
      '23:33:02.130 following leader node3 (term 1)',
      '23:33:03.470 lost connection to leader node3 (EOF)',
      '',
      '==> data/node3/node.log <==',
      '23:33:02.130 became leader for term 1 (2 votes)',
      '23:33:03.470 received SIGTERM, shutting down',
    ]);
    expect(verdict.measurements!.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node1: 7.915, node2: 7.915 });
  });
});

describe("a writer named by the address another writer's startup line starts on is that writer (adv62e-48)", () => {
  it("syslog's host ip-10-0-1-11 and its own file tagged [10.0.1.11:7000] are one follower: the paste fails", () => {
    const verdict = check([
      "student@bastion:~$ ssh ip-10-0-1-12 'date +%T.%3N; sudo kill $(pgrep -f kv_node)'",
      '04:55:45.346',
      "student@bastion:~$ ssh logs01 'grep -h kv_node /var/log/raft/kv.log | tail -n 12'",
      'Dec  6 04:55:44 ip-10-0-1-11 kv_node[31172]: 04:55:44.147 starting kv_node ip-10-0-1-11 on 10.0.1.11:7000 (pid 31172), heartbeat timeout 150 ms',
      'Dec  6 04:55:44 ip-10-0-1-12 kv_node[31173]: 04:55:44.337 became leader (term 1)',
      'Dec  6 04:55:44 ip-10-0-1-11 kv_node[31172]: 04:55:44.337 following leader 10.0.1.12:7000 (term 1)',
      'Dec  6 04:55:45 ip-10-0-1-12 kv_node[31173]: 04:55:45.347 received SIGTERM, shutting down',
      'Dec  6 04:55:45 ip-10-0-1-11 kv_node[31172]: 04:55:45.477 heartbeat timeout: no message from leader 10.0.1.12:7000 in 150 ms',
      'student@bastion:~$ ssh ip-10-0-1-11 tail -n 1 /var/log/kv_node/node.log',
      '04:55:45.477 [10.0.1.11:7000] heartbeat timeout: no message from leader 10.0.1.12:7000 in 150 ms',
    ]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.map((f) => f.node)).toEqual(['ip-10-0-1-11']);
  });
});

describe('stamps at .000 pooled over the writers, none showing a ms, are whole seconds (adv62d-09/-32)', () => {
  it("node2's four stamps in one second and node3's two: too coarse to prove 300 ms, the paste fails", () => {
    const verdict = check([
      '$ date +%T.%3N; kill 28079',
      '04:55:27.884',
      '$ tail -n 4 data/node2/node.log',
      '04:55:28.000 node2 WARN heartbeat timeout - no message from leader node1 in 153 ms',
      '04:55:28.000 node2 INFO term 1 -> 2 on RequestVote from node3; election timer rescheduled',
      '04:55:28.000 node2 INFO granted vote to node3 (term 2)',
      '04:55:28.000 node2 INFO following leader node3 (term 2)',
      '$ tail -n 2 data/node3/node.log',
      '04:55:27.000 node3 WARN heartbeat timeout - no message from leader node1 in 150 ms',
      '04:55:28.000 node3 WARN election timeout: no heartbeat from leader node1 in 483 ms, becoming candidate (term 2)',
    ]);
    expect(verdict.passed).toBe(false);
    expect(problemCodes(verdict)).toContain('TIMESTAMPS_TOO_COARSE');
  });
});

describe("two grepped follower lines name their writers in the column after the time (adv62a-14/-26)", () => {
  it('`grep -h WARN` of n1 and n3 below a timed kill: both measured', () => {
    const verdict = check([
      'student@lab:~/raft-kv$ date +%T.%3N; kill -KILL 19076',
      '04:54:21.829',
      'student@lab:~/raft-kv$ grep -h "WARN" data/node*/node.log',
      '04:54:21.990 n1 WARN  election timeout: no heartbeat from leader node2 for 170 ms, becoming candidate (term 3)',
      '04:54:21.998 n3 WARN  election timeout: no heartbeat from leader node2 for 178 ms, becoming candidate (term 3)',
    ]);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ n1: 161, n3: 169 });
  });
});

describe("a leader's own signal line after a record of another kill is its own kill's arrival (adv62b-46/-48)", () => {
  const logs = (signal: string) => [
    '05:00:15.136 node3 starting kv_node node3 pid=17714 port=22353 term=0',
    '05:00:15.336 node3 became leader (term 1, votes 2/3)',
    `05:00:16.755 node3 received ${signal}, shutting down (role=leader term=1)`,
    '05:00:15.108 node1 starting kv_node node1 pid=17709 port=22351 term=0',
    '05:00:15.337 node1 following leader node3 (term 1)',
    '05:00:16.848 node1 no heartbeat from leader node3 for 123ms (heartbeat timeout)',
    '05:00:15.220 node2 starting kv_node node2 pid=17711 port=22352 term=0',
    '05:00:15.337 node2 following leader node3 (term 1)',
    '05:00:16.848 node2 no heartbeat from leader node3 for 123ms (heartbeat timeout)',
  ];

  it("a dated kill of another pid, then an undated kill of the leader's own pid: the leader's line times its kill", () => {
    const verdict = check(['$ date +%T.%3N; kill 17734', '05:00:16.244', '$ kill 17714', '', '$ cat data/node*/node.log', ...logs('SIGTERM')]);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.killLine).toBe(8);
    expect(followerMs(verdict)).toEqual({ node1: 93, node2: 93 });
  });

  it("a dated kill -9, then the leader's own SIGINT half a second on: not the SIGKILL's, which is never received", () => {
    const verdict = check(['$ date +%T.%3N; kill -9 17429', '05:00:16.244', '^C   <- in node3\'s terminal', '', '$ cat data/node*/node.log', ...logs('SIGINT')]);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.killLine).toBe(8);
  });

  it('the same own line after a dated kill of its own pid is the handler logging late: the date times the kill', () => {
    const verdict = check(['$ date +%T.%3N; kill 17714', '05:00:16.244', '', '$ cat data/node*/node.log', ...logs('SIGTERM')]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node1: 604, node2: 604 });
  });
});

describe("any program's journal column is a process named by its own lines (adv62c-21, adv62e-13)", () => {
  it('`python3[pid]:` lines, each process naming its node on its start line: both followers measured', () => {
    const verdict = check([
      'maria@lab:~/raft$ date +%T.%3N; sudo systemctl kill raftkv@2',
      '04:55:30.813',
      'maria@lab:~/raft$ journalctl -o short-precise -u raftkv@1 -u raftkv@2 -u raftkv@3 --no-pager',
      'Dec 06 04:55:29.011233 lab python3[28859]: INFO  kv_node node2 starting pid=28859 port=23352',
      'Dec 06 04:55:29.035902 lab python3[28860]: INFO  kv_node node3 starting pid=28860 port=23353',
      'Dec 06 04:55:29.051417 lab python3[28858]: INFO  kv_node node1 starting pid=28858 port=23351',
      'Dec 06 04:55:29.252233 lab python3[28859]: INFO  became leader (term 1)',
      'Dec 06 04:55:30.813233 lab python3[28859]: INFO  received SIGTERM, shutting down (role=leader term=1)',
      'Dec 06 04:55:31.049417 lab python3[28858]: WARN  election timeout: no heartbeat from leader node2 in 257 ms, becoming candidate (term 2)',
      'Dec 06 04:55:31.074902 lab python3[28860]: WARN  election timeout: no heartbeat from leader node2 in 281 ms, becoming candidate (term 3)',
    ]);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node1: 236.417, node3: 261.902 });
  });

  it("a template unit's SyslogIdentifier `raftkv@2[pid]:` is node2; sudo's own journal line is no node", () => {
    const verdict = check([
      '$ date +%T.%3N; sudo systemctl kill raftkv@1',
      '04:55:21.048',
      '$ journalctl -u raftkv@2 -u raftkv@3 -u raftkv@1 -o short-iso-precise --no-pager',
      '2026-12-06T04:55:19.939056+00:00 lab raftkv@1[27338]: became leader (term 1)',
      '2026-12-06T04:55:21.047990+00:00 lab sudo[27400]:  student : TTY=pts/1 ; COMMAND=/usr/bin/systemctl kill raftkv@1',
      '2026-12-06T04:55:21.052014+00:00 lab raftkv@1[27338]: received SIGTERM, shutting down',
      '2026-12-06T04:55:21.169209+00:00 lab raftkv@2[27339]: heartbeat timeout: no message from leader A in 152 ms',
      '2026-12-06T04:55:21.169755+00:00 lab raftkv@3[27346]: heartbeat timeout: no message from leader A in 153 ms',
    ]);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.leader).toBe('node1');
    expect(Object.keys(followerMs(verdict))).toEqual(['node2', 'node3']);
  });
});

describe("in the student's summary block, a row of a node no own line shows is the student's too (adv62g-46)", () => {
  it("a Timeline restating kv-2's own timeout, with kv-3 only in the timeline: kv-3 is not measured", () => {
    const verdict = check([
      'Timeline:',
      '',
      '05:23:25.663  kill kv-1 (SIGTERM)',
      '05:23:25.860  kv-2 heartbeat timeout',
      '05:23:25.954  kv-3 heartbeat timeout',
      '',
      'kv-2 log:',
      '```',
      '$ date +%T.%3N; kill 20393',
      '05:23:25.663',
      '05:23:24.451 [INFO] kv-2: following leader kv-1 (term 1), election timeout 200ms',
      '05:23:25.860 [WARN] kv-2: heartbeat timeout: no message from leader kv-1 in 200ms',
      '```',
    ]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.filter((f) => f.detectionMs !== undefined).map((f) => f.node)).toEqual(['kv-2']);
  });
});

describe("epoch fractions of different widths in different writers are two printers, not C's unpadded µs (adv62h-50)", () => {
  it("bash's $EPOCHREALTIME µs record over a Rust node's zero-padded ms: +355/+363 ms, too slow", () => {
    const verdict = check([
      'student@lab:~/raft-kv$ echo $EPOCHREALTIME; kill 12671',
      '1796535116.768990',
      'student@lab:~/raft-kv$ cat r1.log r3.log',
      '[1796535114.889] r1 INFO following leader r2 (term 1)',
      '[1796535117.124] r1 WARN no heartbeat from leader r2 in 391ms',
      '[1796535117.193] r1 INFO following leader r3 (term 2)',
      '[1796535114.889] r3 INFO following leader r2 (term 1)',
      '[1796535117.132] r3 WARN no heartbeat from leader r2 in 399ms',
      '[1796535117.193] r3 INFO became leader (term 2)',
    ]);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ r1: 355.01, r3: 363.01 });
  });
});

describe('the newest rules widened to the words students use (adv62f)', () => {
  const record = ['$ date +%T.%3N; kill 28696', '05:27:26.701', '05:27:26.702 n1 INFO received SIGTERM, shutting down (role=leader term=1)', ''];
  const slowLogs = [
    '05:24:19.331 [node1] INFO received SIGTERM, shutting down',
    '05:24:19.680 [node2] WARN heartbeat timeout: no heartbeat from leader node1 in 300 ms',
    '05:24:19.690 [node3] WARN heartbeat timeout: no heartbeat from leader node1 in 302 ms',
  ];

  for (const sum of ['= 247ms', 'Δ247 ms', '247 ms after the kill', '(+0.247 s)']) {
    it(`a sum written \`${sum}\` is the student's, not a node's line`, () => {
      const verdict = check(['$ date +%T.%3N; kill 4101', '05:24:19.331', ...slowLogs, '', 'my times:', `05:24:19.578 node2 heartbeat timeout ${sum}`, `05:24:19.589 node3 heartbeat timeout ${sum}`]);
      expect(verdict.passed).toBe(false);
      expect(followerMs(verdict)).toEqual({ node2: 349, node3: 359 });
    });
  }

  it("a logger ending every line with its own delay (Node's debug module) writes no sums", () => {
    const verdict = check(['$ date +%T.%3N; kill 4101', '05:24:19.331', '05:24:18.100 [node2] INFO following leader node1 (term 1) +0ms', '05:24:19.450 [node2] WARN heartbeat timeout +1350ms', '05:24:18.100 [node3] INFO following leader node1 (term 1) +0ms', '05:24:19.460 [node3] WARN heartbeat timeout +1360ms']);
    expect(verdict.passed).toBe(true);
  });

  it("an arrow's annotation on a node's own line leaves it the node's (blind18's `<-- node3 = 3ms`)", () => {
    const verdict = check(['$ date +%T.%3N; kill 4101', '05:24:19.331', '05:24:19.450 [node2] WARN heartbeat timeout    <-- node2 = 119ms', '05:24:19.460 [node3] WARN heartbeat timeout    <-- +129 ms']);
    expect(followerMs(verdict)).toEqual({ node2: 119, node3: 129 });
  });

  for (const heading of ['What I copied down off the follower screens before I closed them:', 'Follower lines (jotted on paper during the demo, typed up after):', 'node2/node3 — transcribed from a phone photo of the screen:']) {
    it(`a later fence under "${heading}" holds notes`, () => {
      const verdict = check(['```', ...record.slice(0, 3), '```', '', heading, '```', '05:27:26.889 n2 WARN heartbeat timeout: no heartbeat from leader n1 in 190 ms', '05:27:26.902 n3 WARN heartbeat timeout: no heartbeat from leader n1 in 192 ms', '```']);
      expect(verdict.passed).toBe(false);
    });
  }

  it('a fence under "my notes" that says it was pasted straight from the terminals is output', () => {
    const verdict = check(['```', ...record.slice(0, 3), '```', '', '## My notes — follower output, pasted straight from the two terminals', '```', '05:27:26.889 n2 WARN heartbeat timeout: no heartbeat from leader n1 in 190 ms', '05:27:26.902 n3 WARN heartbeat timeout: no heartbeat from leader n1 in 192 ms', '```']);
    expect(verdict.passed).toBe(true);
  });

  for (const heading of ["My follower terminals froze, so this is from my lab partner's laptop (same code):", 'Jordan sent me his terminal since mine crashed:', 'copied from the Discord thread where it worked:']) {
    it(`a quote under "${heading}" is someone else's run, beside the student's own two-line record`, () => {
      const verdict = check([...record.slice(0, 2), '', heading, '> $ date +%T.%3N; kill 21423', '> 05:23:58.427', '> 05:23:58.555 node2 WARN  heartbeat timeout: no heartbeat from leader node1 in 174 ms', '> 05:23:58.553 node3 WARN  heartbeat timeout: no heartbeat from leader node1 in 170 ms']);
      expect(verdict.passed).toBe(false);
      expect(verdict.measurements!.killLine).toBe(2);
    });
  }

  it('a numbered list of detections with their times last is the student\'s', () => {
    const verdict = check([...record, '1. kill: 05:27:26.701 (n1, date; kill)', '2. n2 heartbeat timeout 05:27:26.889', '3. n3 heartbeat timeout 05:27:26.902']);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killLine).toBe(2);
  });
});

describe("a CSV summary's rows are the student's table (adv62g-09)", () => {
  it("`kill,05:22:33.639,0` under node3's section is no kill of node3", () => {
    const verdict = check([
      '$ date +%T.%3N; kill 18827',
      '05:22:33.639',
      '--- node2 ---',
      '05:22:33.765 [WARN] node2: heartbeat timeout: no message from leader node1 in 200ms',
      '--- node3 ---',
      '05:22:33.807 [WARN] node3: heartbeat timeout: no message from leader node1 in 200ms',
      '',
      'event,time,delta_ms',
      'kill,05:22:33.639,0',
      'node2_timeout,05:22:33.765,126',
      'node3_timeout,05:22:33.807,168',
    ]);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 126, node3: 168 });
  });
});

describe("the first fence is notes when its heading says so and the output follows (adv62i-34/-36)", () => {
  const output = ['', 'Full output:', '', '```text', '$ date +%T.%3N; kill 31575', '05:45:42.894', '05:45:40.991 [node1] INFO  following leader node3 (term 1)', '05:45:43.416 [node1] WARN  election timeout fired: no heartbeat from leader node3 in 528 ms', '05:45:40.991 [node2] INFO  following leader node3 (term 1)', '05:45:43.417 [node2] WARN  election timeout fired: no heartbeat from leader node3 in 529 ms', '```'];
  for (const heading of ['Summary', 'What I wrote down by hand during the demo (the panes scrolled away):']) {
    it(`"${heading}" over a fence above the output: the record times the kill and the logs are too slow`, () => {
      const verdict = check([heading, '', '```text', '05:45:42.894  kill node3 (leader)', '05:45:43.116  node1 election timeout', '05:45:43.117  node2 election timeout', '```', ...output]);
      expect(verdict.passed).toBe(false);
      expect(followerMs(verdict)).toEqual({ node1: 522, node2: 523 });
    });
  }

  it('a heading that says the notes are output copied out of tmux leaves them output', () => {
    const verdict = check(['```', '$ date +%T.%3N; kill 30819', '05:45:23.508', '```', '', 'My notes for the demo — both follower terminals right after the kill (copied out of tmux):', '```', '05:45:23.517 [node1] WARN  connection to leader node2 lost (EOF)', '05:45:23.772 [node1] WARN  heartbeat timeout: no message from leader node2 in 255 ms', '05:45:23.518 [node3] WARN  connection to leader node2 lost (EOF)', '05:45:23.780 [node3] WARN  heartbeat timeout: no message from leader node2 in 262 ms', '```']);
    expect(verdict.passed).toBe(true);
  });
});
