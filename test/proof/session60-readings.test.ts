// Session 60's readings, each on a small paste in the shape a blind set found misread (adv60a-e, adv59c-19).
import { describe, expect, it } from 'vitest';
import { checkW12Lines, followerMs, problemCodes } from './helpers.js';

const check = checkW12Lines;

describe('a leader whose own line says it stepped down before the kill was killed as a follower (adv59c-19)', () => {
  const run = (stepDownAt: string) =>
    check([
      '$ date +%H:%M:%S.%3N; kill 20225',
      '21:25:36.824',
      'data/node2/node.log:2026-12-05T21:25:36.261Z node2 INFO  became leader (term 1)',
      'data/node1/node.log:2026-12-05T21:25:36.263Z node1 INFO  following leader node2 (term 1)',
      'data/node3/node.log:2026-12-05T21:25:36.263Z node3 INFO  following leader node2 (term 1)',
      `data/node2/node.log:2026-12-05T21:25:${stepDownAt}Z node2 INFO  stepping down to follower (term 1), leadership transfer requested`,
      'data/node2/node.log:2026-12-05T21:25:36.826Z node2 INFO  received SIGTERM, shutting down',
      'data/node1/node.log:2026-12-05T21:25:36.928Z node1 WARNING election timeout fired after 159 ms (no heartbeat from leader node2), becoming candidate (term 2)',
      'data/node3/node.log:2026-12-05T21:25:36.928Z node3 WARNING election timeout fired after 160 ms (no heartbeat from leader node2), becoming candidate (term 2)',
    ]);

  it('45 ms before: KILLED_NODE_NOT_LEADER naming the step-down line and how long before', () => {
    const verdict = run('36.779');
    expect(verdict.passed).toBe(false);
    const finding = verdict.checks[2]!.findings.find((f) => f.code === 'KILLED_NODE_NOT_LEADER')!;
    expect(finding.args).toMatchObject({ killed: 'node2', leader: null, killLine: 2, roleLine: 6, steppedDownMs: 45 });
  });

  it('within 20 ms of the record (its handler stepping down as the signal came): still the leader\'s kill', () => {
    const verdict = run('36.815');
    expect(problemCodes(verdict)).not.toContain('KILLED_NODE_NOT_LEADER');
    expect(verdict.passed).toBe(true);
  });
});

describe("a markdown table's rows are the student's summary wherever they stand (adv60a-44/-46)", () => {
  const logs = [
    '$ date +%T.%3N; kill 14422',
    '23:57:28.180',
    '$ cat data/node*/node.log | sort',
    '23:57:26.527 [0] INFO  node1: became leader for term 1',
    '23:57:26.895 [2] INFO  node2: following leader node1 (term 1)',
    '23:57:26.937 [2] INFO  node3: following leader node1 (term 1)',
    '23:57:28.183 [0] WARN  node1: received SIGTERM, shutting down',
    '23:57:28.320 [1] WARN  node2: election timeout fired: no heartbeat from leader node1 in 171 ms, becoming candidate term 2',
  ];
  const table = ['', '| node | event | time |', '|---|---|---|', '| node2 | election timeout | 23:57:28.320 |', '| node3 | election timeout | 23:57:28.390 |'];

  it('right under the logs, no fence, no heading: node3, whose own log has no detection, is not measured from its row', () => {
    const verdict = check([...logs, ...table]);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 140, node3: 'no-detection' });
  });

  it('below a closed fence: the same', () => {
    const verdict = check(['```text', ...logs, '```', ...table]);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 140, node3: 'no-detection' });
  });
});

describe('per-process uptimes over a minute: a file counting from its zero is its process\'s clock (adv60a-40)', () => {
  it('grep -H of three files, node1\'s first count 0.001: CLOCKS_INCOMPARABLE, nothing measured', () => {
    const verdict = check([
      '$ date +%T.%3N; kill 21372',
      '00:01:16.858',
      '$ grep -H "heartbeat\\|SIGTERM" data/node*/node.log',
      'data/node1/node.log:[   0.001] DEBUG AppendEntries -> node2, node3 (heartbeat)',
      'data/node1/node.log:[  68.494] WARN  received SIGTERM, shutting down',
      'data/node2/node.log:[  68.508] WARN  election timeout fired: no heartbeat from leader node1 in 200 ms, becoming candidate term 2',
      'data/node3/node.log:[  68.550] WARN  election timeout fired: no heartbeat from leader node1 in 423 ms, becoming candidate term 2',
    ]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.every((f) => f.detectionMs === undefined)).toBe(true);
  });
});

describe('a handled signal the leader logged on after starts no shutdown: a later kill of it is judged apart (adv60c-26)', () => {
  it('kill -USR1, the leader dumping its state as leader, then kill -9: timed from the -9', () => {
    const verdict = check([
      '$ date +%T.%3N; kill -USR1 8347',
      '00:10:01.967',
      '$ date +%T.%3N; kill -9 8347',
      '00:10:02.485',
      '2026-12-06 00:10:00,686 INFO    node1: kv_node node1 starting (pid 8347, udp :8251)',
      '2026-12-06 00:10:01,122 INFO    node1: became leader for term 1',
      '2026-12-06 00:10:01,128 INFO    node2: following leader node1 (term 1)',
      '2026-12-06 00:10:01,130 INFO    node3: following leader node1 (term 1)',
      '2026-12-06 00:10:01,973 INFO    node1: received SIGUSR1, dumping state: role=leader term=1 leader=node1',
      '2026-12-06 00:10:02,489 WARN    node2: connection to leader node1 lost (EOF)',
      '2026-12-06 00:10:02,489 WARN    node3: connection to leader node1 lost (EOF)',
      '2026-12-06 00:10:02,806 WARN    node2: election timeout: no heartbeat from leader node1 for 363 ms',
    ]);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements).toMatchObject({ killLine: 4 });
    expect(followerMs(verdict)).toEqual({ node2: 4, node3: 4 });
  });
});

describe("a new leader's own send or dial to the old one is no detection (adv60c-17/-18)", () => {
  const run = (after: string) =>
    check([
      '$ date +%T.%3N; kill 19108',
      '23:59:02.000',
      '2026-12-05 23:59:01,100 INFO    node1: became leader for term 1',
      '2026-12-05 23:59:01,110 INFO    node2: following leader node1 (term 1)',
      '2026-12-05 23:59:01,110 INFO    node3: following leader node1 (term 1)',
      '2026-12-05 23:59:02,001 INFO    node1: received SIGTERM, transferring leadership to node2',
      '2026-12-05 23:59:02,002 INFO    node2: became leader for term 2',
      '2026-12-05 23:59:02,003 INFO    node3: following leader node2 (term 2)',
      `2026-12-05 23:59:02,116 WARN    node2: ${after}`,
    ]);

  it('write to node1 failed: Broken pipe, after its own claim: node2 detected nothing', () => {
    expect(followerMs(run('write to node1 failed: Broken pipe'))).toMatchObject({ node2: 'no-detection' });
  });

  it('a dial refused: the same', () => {
    expect(followerMs(run('replication stream to node1: [Errno 111] Connection refused'))).toMatchObject({ node2: 'no-detection' });
  });

  it('a stream it read from ending still counts (etcd after a transfer)', () => {
    expect(followerMs(run('lost TCP streaming connection with remote peer node1 (EOF)'))).toMatchObject({ node2: 116 });
  });
});

describe("a start inside a whole-second kill's second is no later run (adv60d-15)", () => {
  it('date +%T printing 00:02:01, node2 starting at 01.393: TIMESTAMPS_TOO_COARSE, not a later run of it', () => {
    const verdict = check([
      '$ date +%T; kill 23889',
      '00:02:01',
      'data/node1/node.log:00:02:00.573 node1 INFO  became leader (term 1)',
      'data/node2/node.log:00:02:01.393 node2 INFO  kv_node node2 starting pid=23891 port=7102 election timeout 294ms',
      'data/node2/node.log:00:02:01.393 node2 INFO  following leader node1 (term 1)',
      'data/node2/node.log:00:02:02.293 node2 WARN  election timeout fired: no heartbeat from leader node1 in 294 ms (term 1)',
      'data/node3/node.log:00:02:00.708 node3 INFO  following leader node1 (term 1)',
      'data/node3/node.log:00:02:02.279 node3 WARN  heartbeat timeout — no message from leader node1 in 280 ms',
    ]);
    expect(verdict.passed).toBe(false);
    expect(problemCodes(verdict)).toContain('TIMESTAMPS_TOO_COARSE');
    expect(problemCodes(verdict)).not.toContain('FOLLOWER_NO_DETECTION');
  });
});

describe("C's [%d] tags after the time are pids when a line of their own states one (adv60a-50: getpid() in a container)", () => {
  it('[2]/[3]/[4] with start lines stating pid 2/3/4: named node1/node2/node3 by those lines', () => {
    const verdict = check([
      '$ date +%T.%3N; kill 2',
      '00:07:06.986',
      '00:07:05.781 [2] INFO  became leader for term 1',
      '00:07:05.781 [2] INFO  kv_node node1 starting pid 2 port 17901 (election timeout 150 ms)',
      '00:07:05.782 [4] INFO  kv_node node3 starting pid 4 port 17903 (election timeout 230 ms)',
      '00:07:05.783 [3] INFO  kv_node node2 starting pid 3 port 17902 (election timeout 170 ms)',
      '00:07:05.790 [3] INFO  following leader node1 (term 1)',
      '00:07:05.790 [4] INFO  following leader node1 (term 1)',
      '00:07:06.990 [2] WARN  received SIGTERM, shutting down',
      '00:07:07.161 [3] WARN  election timeout fired: no heartbeat from leader node1 in 171 ms',
      '00:07:07.217 [4] WARN  election timeout fired: no heartbeat from leader node1 in 231 ms',
    ]);
    expect(verdict.measurements!.leader).toBe('node1');
    expect(followerMs(verdict)).toEqual({ node2: 175, node3: 231 });
  });
});

describe('a date before a pause and a later kill on one line times nothing (adv60c-21)', () => {
  it('date; kill -STOP; sleep 1; kill -TERM; kill -CONT: the date is no kill time, KILL_LINE_MISSING names the pause', () => {
    const verdict = check([
      '$ date +%T.%3N; kill -STOP 10346; sleep 1; kill -TERM 10346; kill -CONT 10346',
      '00:11:06.851',
      '2026-12-06 00:11:05,772 INFO    node2: kv_node node2 starting (pid 10346, udp :9032)',
      '2026-12-06 00:11:05,900 INFO    node2: became leader for term 1',
      '2026-12-06 00:11:05,910 INFO    node1: following leader node2 (term 1)',
      '2026-12-06 00:11:05,910 INFO    node3: following leader node2 (term 1)',
      '2026-12-06 00:11:07,120 WARN    node1: election timeout: no heartbeat from leader node2 for 260 ms',
      '2026-12-06 00:11:07,140 WARN    node3: election timeout: no heartbeat from leader node2 for 280 ms',
    ]);
    expect(verdict.passed).toBe(false);
    const missing = verdict.checks[2]!.findings.find((f) => f.code === 'KILL_LINE_MISSING');
    expect(missing?.args).toMatchObject({ untimestampedLine: 1, delayBetweenDateAndKill: 'kill -STOP 10346' });
  });
});

describe('a handled HUP before a later kill on one line is no ending kill (adv60e-14)', () => {
  it('date; kill -HUP; sleep 0.1; kill -9: the sleep before the KILL leaves the date timing nothing', () => {
    const verdict = check([
      '$ date +%T.%3N; kill -HUP 30001; sleep 0.1; kill -9 30001',
      '00:55:01.000',
      '2026-12-06T00:55:00.100 node1 kv_node node1 starting pid 30001 port 24140',
      '2026-12-06T00:55:00.300 node1 became leader (term 1)',
      '2026-12-06T00:55:00.310 node2 following leader node1 (term 1)',
      '2026-12-06T00:55:00.310 node3 following leader node1 (term 1)',
      '2026-12-06T00:55:01.002 node1 received SIGHUP, reloading config',
      '2026-12-06T00:55:01.118 node2 connection to leader node1 lost (EOF)',
      '2026-12-06T00:55:01.118 node3 connection to leader node1 lost (EOF)',
      '2026-12-06T00:55:01.380 node2 election timeout fired after 262 ms (leader node1), becoming candidate (term 2)',
    ]);
    expect(verdict.passed).toBe(false);
    expect(verdict.checks[2]!.findings.find((f) => f.code === 'KILL_LINE_MISSING')?.args).toMatchObject({ delayBetweenDateAndKill: 'sleep 0.1' });
  });
});

describe("a kill line saying role=leader after its handler's step-down is still the leader's kill (adv60e-06)", () => {
  it('stepping down 30 ms before its own received SIGTERM (role=leader): passes', () => {
    const verdict = check([
      '==> data/node1/node.log <==',
      '2026-12-06T00:52:19.244 node1 became leader (term 1)',
      '2026-12-06T00:52:19.904 node1 leadership transfer: stepping down to follower (term 1)',
      '2026-12-06T00:52:19.934 node1 received SIGTERM, shutting down (role=leader term=1)',
      '',
      '==> data/node2/node.log <==',
      '2026-12-06T00:52:19.250 node2 following leader node1 (term 1)',
      '2026-12-06T00:52:19.939 node2 connection to leader node1 lost (EOF)',
      '2026-12-06T00:52:20.167 node2 election timeout fired after 262 ms (leader node1), becoming candidate (term 2)',
      '',
      '==> data/node3/node.log <==',
      '2026-12-06T00:52:19.251 node3 following leader node1 (term 1)',
      '2026-12-06T00:52:19.939 node3 connection to leader node1 lost (EOF)',
    ]);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 5, node3: 5 });
  });
});
