// A leader's own signal line that did not end it, a deposed leader's stale sockets (its term shown or not), a harness's expectations, and a
// control key's echo before a java.util.logging head (adv49, adv49b: blind testers' real captures, cut down here).
import { describe, expect, it } from 'vitest';
import { formatFindingMessage } from '../../src/findings/format-finding.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson, problemCodes } from './helpers.js';

const lesson = loadLesson('w12-l03');
const paste = (lines: readonly string[]): string => `${lines.join('\n')}\n`;

const START = [
  '17:55:16.469 [node1] INFO  kv_node id=1 pid 18607 listening on 127.0.0.1:7301 (cluster of 3)',
  '17:55:16.470 [node1] INFO  became leader for term 1',
  '17:55:16.474 [node2] INFO  following leader node1 (term 1)',
  '17:55:16.478 [node3] INFO  following leader node1 (term 1)',
  '17:55:16.935 [node2] DEBUG heartbeat from leader node1 (term 1)',
  '17:55:16.986 [node3] DEBUG heartbeat from leader node1 (term 1)',
];

describe('a leader that logged the signal and kept running (adv49b-10)', () => {
  const lived = [
    ...START,
    '17:55:17.476 [node1] INFO  received SIGTERM, shutting down',
    '17:55:17.476 [node2] WARN  connection to leader node1 lost (EOF)',
    '17:55:17.476 [node3] WARN  connection to leader node1 lost (EOF)',
    '17:55:17.526 [node2] INFO  reconnected, following leader node1 (term 1)',
    '17:55:17.547 [node3] DEBUG heartbeat from leader node1 (term 1)',
    '17:55:18.003 [node2] DEBUG heartbeat from leader node1 (term 1)',
  ];

  it('fails: a follower that lost it followed it again in its term and heard it lead (KILLED_NODE_LED_ON, its own line)', () => {
    const verdict = checkPaste(lesson, paste(lived));
    expect(verdict.passed).toBe(false);
    const finding = verdict.checks[2]!.findings.find((f) => f.code === 'KILLED_NODE_LED_ON')!;
    expect(finding).toMatchObject({ severity: 'error', line: 10, args: { node: 'node1', killLine: 7, line: 10, afterMs: 50, ownLine: true } });
    expect(formatFindingMessage(finding)).toBe(
      'node1 logged the signal on line 7 but kept running: a follower followed it again on line 10 (50 ms later) and heard it lead on, ' +
        "so no follower had a dead leader to notice — make node1's SIGTERM handler end the process (exit after its cleanup), then kill the leader again",
    );
  });

  it('passes when the one followed after the loss is another leader, or node1 after a restart (a new life)', () => {
    const newLeader = [
      ...START,
      '17:55:17.476 [node1] INFO  received SIGTERM, shutting down',
      '17:55:17.477 [node3] WARN  connection to leader node1 lost (EOF)',
      '17:55:17.700 [node2] WARN  election timeout: no heartbeat from leader node1 in 224 ms, becoming candidate (term 2)',
      '17:55:17.701 [node2] INFO  became leader for term 2',
      '17:55:17.702 [node3] INFO  following leader node2 (term 2)',
      '17:55:17.750 [node3] DEBUG heartbeat from leader node2 (term 2)',
    ];
    expect(checkPaste(lesson, paste(newLeader)).passed).toBe(true);
    const restarted = [
      ...newLeader,
      '17:55:19.000 [node1] INFO  kv_node id=1 pid 18700 listening on 127.0.0.1:7301 (cluster of 3)',
      '17:55:19.100 [node1] INFO  following leader node2 (term 2)',
    ];
    expect(checkPaste(lesson, paste(restarted)).passed).toBe(true);
  });
});

describe('a SIGTERM the leader ignored, then a signal that ended it (adv49b-11)', () => {
  const lines = (between: readonly string[], later = '^C17:55:23.737 [node1] INFO  received SIGINT again, exiting'): string =>
    paste([
      ...START,
      '17:55:22.236 [node1] INFO  received SIGTERM, shutting down',
      ...between,
      later,
      '17:55:23.738 [node3] WARN  connection to leader node1 lost (EOF)',
      '17:55:23.959 [node2] WARN  election timeout: no heartbeat from leader node1 in 230 ms, becoming candidate (term 2)',
    ]);

  it('judges the later kill when the followers heard it lead between the two', () => {
    const verdict = checkPaste(lesson, lines(['17:55:22.714 [node2] DEBUG heartbeat from leader node1 (term 1)', '17:55:23.273 [node3] DEBUG heartbeat from leader node1 (term 1)']));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements).toMatchObject({ killLine: 10, followers: [{ node: 'node2', detectionMs: 222 }, { node: 'node3', detectionMs: 1 }] });
  });

  it('judges the later kill when it names another signal, received by the node itself: the first had not ended it (adv50-24)', () => {
    const verdict = checkPaste(lesson, lines([]));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements).toMatchObject({ killLine: 8, followers: [{ node: 'node2', detectionMs: 222 }, { node: 'node3', detectionMs: 1 }] });
  });

  it('keeps the first as the kill when nothing shows it alive between and the later line names the same signal (one shutdown going on: a drain)', () => {
    const verdict = checkPaste(lesson, lines([], '17:55:23.737 [node1] INFO  SIGTERM: raft log flushed, exiting'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements).toMatchObject({ killLine: 7 });
    expect(problemCodes(verdict)).toContain('DETECTION_TOO_SLOW');
  });
});

describe('stale sockets of a leader deposed before the kill (adv49b-25)', () => {
  const lines = (third: string): string =>
    paste([
      '17:56:20.698 [node1] INFO  became leader for term 1',
      '17:56:20.700 [node2] INFO  following leader node1 (term 1)',
      '17:56:20.702 [node3] INFO  following leader node1 (term 1)',
      '17:56:21.566 [node2] WARN  election timeout: no heartbeat from leader node1 in 250 ms, becoming candidate (term 2)',
      '17:56:21.566 [node2] INFO  got 2 votes, won election: became leader for term 2',
      third,
      '17:56:22.001 [node1] INFO  received SIGTERM, shutting down',
      '17:56:22.002 [node2] WARN  connection to leader node1 lost (EOF)',
      '17:56:22.001 [node3] WARN  connection to leader node1 lost (EOF)',
    ]);

  it('fails: node2 won term 2 and node3 followed it, so the killed node1 led no more', () => {
    const verdict = checkPaste(lesson, lines('17:56:21.666 [node3] INFO  following leader node2 (term 2)'));
    expect(verdict.passed).toBe(false);
    expect(problemCodes(verdict)).toContain('KILLED_NODE_NOT_LEADER');
    expect(verdict.measurements).toMatchObject({ leader: 'node2', killedNode: 'node1' });
  });

  it('keeps node1 as the leader its survivors lost when no third node followed node2 in its term', () => {
    const verdict = checkPaste(lesson, lines('17:56:21.666 [node3] DEBUG append entries applied index=4'));
    expect(problemCodes(verdict)).not.toContain('KILLED_NODE_NOT_LEADER');
    expect(verdict.measurements).toMatchObject({ leader: 'node1' });
  });
});

describe('a deposed leader whose own term no line shows (adv49c-18: tail -n 3 cut it)', () => {
  const lines = (timeout: string, won: string, third: string): string =>
    paste([
      '18:51:25.658 [node1] INFO  follower connected (1 peers)',
      '18:51:25.661 [node1] INFO  follower connected (2 peers)',
      '18:51:28.761 [node1] INFO  received SIGTERM, shutting down',
      timeout,
      won,
      '18:51:28.762 [node2] WARN  connection to leader node1 lost (EOF)',
      '18:51:27.363 [node3] INFO  RequestVote from node2 term:2: granting vote',
      third,
      '18:51:28.762 [node3] WARN  connection to leader node1 lost (EOF)',
    ]);
  const TIMEOUT = '18:51:27.363 [node2] WARN  election timeout: no heartbeat from leader node1 in 230 ms, becoming candidate term:2';
  const WON = '18:51:27.363 [node2] INFO  got 2 votes, won election: became leader term:2';
  const FOLLOWED = '18:51:27.463 [node3] INFO  following leader node2 term:2';

  it('fails: node2 timed out on node1 into term 2, won it, and node3 followed it, so node1 led a lower term and no more', () => {
    const verdict = checkPaste(lesson, lines(TIMEOUT, WON, FOLLOWED));
    expect(verdict.passed).toBe(false);
    expect(problemCodes(verdict)).toContain('KILLED_NODE_NOT_LEADER');
    expect(verdict.measurements).toMatchObject({ leader: 'node2', killedNode: 'node1' });
  });

  it.each([
    ['the timeout started another term than the one won', TIMEOUT.replace('term:2', 'term:1'), WON, FOLLOWED],
    ['no third node followed the winner', TIMEOUT, WON, '18:51:27.463 [node3] DEBUG append entries applied index=4'],
    ['the timeout was on another leader', TIMEOUT.replace('leader node1', 'leader node3'), WON, FOLLOWED],
  ])('keeps node1 the leader its survivors lost when %s', (_, timeout, won, third) => {
    const verdict = checkPaste(lesson, lines(timeout, won, third));
    expect(problemCodes(verdict)).not.toContain('KILLED_NODE_NOT_LEADER');
    expect(verdict.measurements).toMatchObject({ leader: 'node1' });
  });
});

describe("a test harness's expectations are no detection (adv49b-19)", () => {
  const lines = (expectation: string): string =>
    paste([
      '[17:57:52.000] harness: killing leader node1 (pid 21920) with SIGTERM',
      `[17:57:52.000] node2: ${expectation}`,
      `[17:57:52.000] node3: ${expectation}`,
      '17:57:50.993 [node1] INFO  became leader for term 1',
      '17:57:51.001 [node2] INFO  following leader node1 (term 1)',
      '17:57:51.002 [node3] INFO  following leader node1 (term 1)',
      '17:57:52.000 [node1] INFO  received SIGTERM, shutting down',
      '17:57:52.579 [node2] WARN  election timeout: no heartbeat from leader node1 in 600 ms, becoming candidate (term 2)',
      '17:57:52.582 [node3] INFO  RequestVote from node2 term 2: granting vote',
    ]);

  it.each(['expect election timeout within 300ms', 'expecting a heartbeat timeout', 'should see an election timeout', 'expected: election timeout'])('"%s" under a node prefix', (expectation) => {
    const verdict = checkPaste(lesson, lines(expectation));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.followers.find((f) => f.node === 'node2')).toMatchObject({ detectionMs: 579 });
  });

  it('a timeout the node logs with what it expected is still its detection', () => {
    const verdict = checkPaste(lesson, lines('election timeout (expected within 300ms), becoming candidate'));
    expect(verdict.measurements?.followers.find((f) => f.node === 'node3')).toMatchObject({ detectionMs: 0 });
  });
});

describe('a control key echoed before a java.util.logging head (adv49 p19e)', () => {
  it('reads the head after `^C` as the record of the kill', () => {
    const verdict = checkPaste(
      lesson,
      paste([
        'Dec 04, 2026 5:58:46.197 PM edu.sys.raft.RaftNode onUdp',
        'INFO: [node2] became LEADER for term 1 (2 votes)',
        '^CDec 04, 2026 5:58:49.053 PM edu.sys.raft.RaftNode lambda$main$5',
        'INFO: [node2] caught SIGINT, stopping',
        'Dec 04, 2026 5:58:46.210 PM edu.sys.raft.RaftNode onHb',
        'INFO: [node3] following leader node2 (term 1)',
        'Dec 04, 2026 5:58:49.329 PM edu.sys.raft.RaftNode tick',
        'INFO: [node3] election timeout, no heartbeat from leader node2 -> CANDIDATE term 2',
        'Dec 04, 2026 5:58:46.211 PM edu.sys.raft.RaftNode onHb',
        'INFO: [node1] following leader node2 (term 1)',
        'Dec 04, 2026 5:58:49.300 PM edu.sys.raft.RaftNode onStream',
        'INFO: [node1] stream from node2 closed: EOF',
      ]),
    );
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements).toMatchObject({ leader: 'node2', killLine: 4, followers: [{ node: 'node1', detectionMs: 247 }, { node: 'node3', detectionMs: 276 }] });
  });
});

describe('a follower that was a candidate before the kill (adv49b-13: a partition)', () => {
  const lines = (between: readonly string[], after = '17:55:29.867'): string =>
    paste([
      '17:55:28.752 [node1] INFO  became leader for term 1',
      '17:55:28.759 [node2] INFO  following leader node1 (term 1)',
      '17:55:28.756 [node3] INFO  following leader node1 (term 1)',
      '17:55:29.617 [node3] WARN  election timeout: no heartbeat from leader node1 in 250 ms, becoming candidate (term 2)',
      ...between,
      '17:55:29.754 [node1] INFO  received SIGTERM, shutting down',
      '17:55:29.942 [node2] WARN  election timeout: no heartbeat from leader node1 in 220 ms, becoming candidate (term 2)',
      `${after} [node3] WARN  election timeout: no heartbeat from leader node1 in 250 ms, becoming candidate (term 3)`,
    ]);

  it("fails: its timeout after the kill at a higher term is its own election's timer (FOLLOWER_TIMEOUT_LOOP, one timeout)", () => {
    const verdict = checkPaste(lesson, lines([]));
    expect(verdict.passed).toBe(false);
    const finding = verdict.checks[2]!.findings.find((f) => f.code === 'FOLLOWER_TIMEOUT_LOOP')!;
    expect(finding).toMatchObject({ line: 7, args: { node: 'node3', killLine: 5, line: 7, firstLine: 4, lastLine: 4, timeouts: 1, afterMs: 113, periodMs: 250, candidate: true } });
    expect(formatFindingMessage(finding)).toMatch(/^node3 did not notice the kill on line 5: it had already timed out before it, on line 4, and started an election, with no line since saying it followed node1 — so its line 7, 113 ms after the kill, is its own election's timer going round/);
  });

  it('passes when it followed or heard the leader again before the kill', () => {
    expect(checkPaste(lesson, lines(['17:55:29.640 [node3] INFO  following leader node1 (term 2)'])).passed).toBe(true);
    expect(checkPaste(lesson, lines(['17:55:29.640 [node3] DEBUG heartbeat from leader node1 (term 2)'])).passed).toBe(true);
  });

  it('counts a timeout whose stated silence began after its candidacy: the leader was heard again (adv49c-15, grep -v DEBUG)', () => {
    const heard = paste([
      '17:55:28.752 [node1] INFO  became leader t=1',
      '17:55:28.759 [node2] INFO  following leader node1 t=1',
      '17:55:28.756 [node3] INFO  following leader node1 t=1',
      '17:55:29.617 [node3] WARN  election timeout: no heartbeat from leader node1 in 200 ms, becoming candidate t=2',
      '17:55:29.754 [node1] INFO  received SIGTERM, shutting down',
      '17:55:29.942 [node2] WARN  election timeout: no heartbeat from leader node1 in 220 ms, becoming candidate t=3',
      '17:55:29.958 [node3] WARN  election timeout: no heartbeat from leader node1 in 200 ms, becoming candidate t=3',
    ]);
    const verdict = checkPaste(lesson, heard);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.followers.find((f) => f.node === 'node3')).toMatchObject({ detectionMs: 204 });
    // Its silence stated from its candidacy on (the timer its own timeout reset): a candidate's round, written `t=N`.
    const round = heard.replace('17:55:29.958 [node3] WARN  election timeout: no heartbeat from leader node1 in 200 ms', '17:55:29.958 [node3] WARN  election timeout: no heartbeat from leader node1 in 341 ms');
    expect(problemCodes(checkPaste(lesson, round))).toContain('FOLLOWER_TIMEOUT_LOOP');
  });

  it('counts a timeout after the kill that came more than twice the window after its candidacy (lines a grep left out)', () => {
    const late = paste([
      '17:55:28.752 [node1] INFO  became leader for term 1',
      '17:55:28.759 [node2] INFO  following leader node1 (term 1)',
      '17:55:27.000 [node3] WARN  election timeout: no heartbeat from leader node1 in 250 ms, becoming candidate (term 1)',
      '17:55:29.754 [node1] INFO  received SIGTERM, shutting down',
      '17:55:29.942 [node2] WARN  election timeout: no heartbeat from leader node1 in 220 ms, becoming candidate (term 2)',
      '17:55:29.867 [node3] WARN  election timeout: no heartbeat from leader node1 in 250 ms, becoming candidate (term 3)',
    ]);
    expect(checkPaste(lesson, late).passed).toBe(true);
  });
});

describe('a second signal the leader itself received after a first it lived through (adv50-24)', () => {
  const lines = (second: string): string =>
    paste([
      '2026-12-04T15:32:21.497-05:00 [tid 17472] INFO  node=2 leader is 1 term=1',
      '2026-12-04T15:32:21.709-05:00 [tid 17476] INFO  node=3 leader is 1 term=1',
      '2026-12-04T15:32:23.369-05:00 [tid 17471] INFO  node=1 SIGTERM received, graceful shutdown requested',
      second,
      '2026-12-04T15:32:25.578-05:00 [tid 17472] WARN  node=2 connection to leader 1 closed (read returned 0), election timeout next',
      '2026-12-04T15:32:25.578-05:00 [tid 17476] WARN  node=3 connection to leader 1 closed (read returned 0), election timeout next',
    ]);

  it('judges the later SIGINT: the process that logged it 2.2 s on was alive, and its followers noticed 4 ms after it', () => {
    const verdict = checkPaste(lesson, lines('2026-12-04T15:32:25.574-05:00 [tid 17471] INFO  node=1 SIGINT received (Ctrl-C), stopping node'));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements).toMatchObject({ killLine: 4 });
    expect(verdict.measurements?.followers.map((f) => f.detectionMs)).toEqual([4, 4]);
  });

  it('keeps the first line the kill when the later one names the same signal (the shutdown going on)', () => {
    const verdict = checkPaste(lesson, lines('2026-12-04T15:32:25.574-05:00 [tid 17471] INFO  node=1 SIGTERM: stopping node'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements).toMatchObject({ killLine: 3 });
  });
});

describe('relative counts anchored by a banner stamped after its own zero (adv50-27)', () => {
  const lines = (node2Banner: string): string =>
    paste([
      '[   0.000] node1: up, pid 17144, wall clock 2026-12-04 20:31:44.004',
      '[   2.368] node1: *** became LEADER (term 11, 2 votes) ***',
      '[   6.461] node1: got SIGTERM, exiting',
      '',
      `[   ${node2Banner}] node2: up, pid 17162, wall clock 2026-12-04 20:31:46.113`,
      '[   0.259] node2: following leader node1 (term 11)',
      '[   4.352] node2: read() from node1 returned 0, leader gone',
      '',
      '[   0.001] node3: up, pid 17164, wall clock 2026-12-04 20:31:47.420',
      '[   0.084] node3: following leader node1 (term 11)',
      '[   3.046] node3: read() from node1 returned 0, leader gone',
      '[   3.191] node3: no heartbeat from node1 in 171 ms -> heartbeat timeout, becoming candidate',
    ]);

  it('a detection that lands 1 ms before the kill through two rounded offsets is within their precision, not before the kill', () => {
    const verdict = checkPaste(lesson, lines('0.001'));
    expect(verdict.passed).toBe(true);
    expect(problemCodes(verdict)).not.toContain('DETECTION_BEFORE_KILL_ONLY');
  });

  it('one the offsets put 10 ms before the kill is still before it', () => {
    const verdict = checkPaste(lesson, lines('0.010'));
    expect(verdict.passed).toBe(false);
    expect(problemCodes(verdict)).toContain('DETECTION_BEFORE_KILL_ONLY');
  });
});

describe("a node's banner in a launcher's stream anchors its own lines only (adv50b-22)", () => {
  // `./start.sh 2>&1 | tail -n 17`: three nodes' `[%8.3f]` uptimes in one stream, only node3's banner kept.
  const stream = (banner: readonly string[]): string =>
    paste([
      '$ ./start.sh 2>&1 | tail -n 17',
      ...banner,
      '[   0.968] node1: election timeout (term 0)',
      '[   0.430] node3: vote granted to node1 (term 1)',
      '[   0.969] node1: *** became LEADER (term 1, 2 votes) ***',
      '[   0.543] node2: following node1 (term 1)',
      '[   0.430] node3: following node1 (term 1)',
      '[   3.549] node1: got SIGTERM, exiting',
      '[   3.724] node2: read() from node1 returned 0, leader gone',
      '[   3.612] node3: read() from node1 returned 0, leader gone',
      '[   3.903] node3: no heartbeat from node1 in 936 ms -> heartbeat timeout, becoming candidate',
    ]);

  it("fails: node1's and node2's counts are their own, tied to no wall time, so the kill cannot be timed on node3's clock", () => {
    const verdict = checkPaste(lesson, stream(['[   0.000] node3: up, pid 8352, wall clock 2026-12-04 21:13:15.016']));
    expect(verdict.passed).toBe(false);
    const missing = verdict.checks.flatMap((c) => c.findings).find((f) => f.code === 'KILL_LINE_MISSING')!;
    expect(missing.args).toMatchObject({ untimestampedLine: 8, offClock: true });
    expect(formatFindingMessage(missing)).toContain('line 8 shows the kill, but its time is on another clock');
  });

  it("a launcher's own start line (no node's) still anchors every line of its stream", () => {
    const verdict = checkPaste(lesson, stream(['[   0.000] cluster: started, wall clock 2026-12-04 21:13:15.016']));
    expect(verdict.measurements?.killAt).toBe('2026-12-04 21:13:18.565');
  });
});

describe('a leader that logged the signal and kept running, only its heartbeats showing it (adv50c-10/-11, adv49c-19)', () => {
  const lines = (after: readonly string[]): string =>
    paste([
      'data/node1/node.log:2026-12-04 21:09:00,887 node1 INFO heartbeat from leader node3 (term 1)',
      'data/node1/node.log:2026-12-04 21:09:01,431 node1 WARNING connection to leader node3 lost (EOF)',
      ...after.filter((l) => l.includes('node1 INFO')),
      'data/node2/node.log:2026-12-04 21:09:00,938 node2 INFO heartbeat from leader node3 (term 1)',
      'data/node2/node.log:2026-12-04 21:09:01,430 node2 WARNING connection to leader node3 lost (EOF)',
      ...after.filter((l) => l.includes('node2 INFO')),
      'data/node3/node.log:2026-12-04 21:09:00,331 node3 WARNING election timeout (no heartbeat for 250 ms), starting election for term 1',
      'data/node3/node.log:2026-12-04 21:09:01,430 node3 INFO received SIGTERM, shutting down',
    ]);
  const HEARD = [
    'data/node1/node.log:2026-12-04 21:09:01,897 node1 INFO heartbeat from leader node3 (term 1)',
    'data/node1/node.log:2026-12-04 21:09:02,403 node1 INFO heartbeat from leader node3 (term 1)',
    'data/node2/node.log:2026-12-04 21:09:01,444 node2 INFO heartbeat from leader node3 (term 1)',
    'data/node2/node.log:2026-12-04 21:09:01,948 node2 INFO heartbeat from leader node3 (term 1)',
  ];

  it('fails with KILLED_NODE_LED_ON when its followers heard it lead twice after their EOFs', () => {
    const verdict = checkPaste(lesson, lines(HEARD));
    expect(verdict.passed).toBe(false);
    const finding = verdict.checks.flatMap((c) => c.findings).find((f) => f.code === 'KILLED_NODE_LED_ON')!;
    expect(finding.args).toMatchObject({ node: 'node3', ownLine: true, heardOnly: true });
    expect(formatFindingMessage(finding)).toContain('a follower heard it lead again on line');
  });

  it('keeps the kill when a follower heard it once after (a stale message), or only before its EOF', () => {
    const once = checkPaste(lesson, lines([HEARD[2]!]));
    expect(problemCodes(once)).not.toContain('KILLED_NODE_LED_ON');
    expect(once.measurements?.followers.map((f) => f.detectionMs)).toEqual([1, 0]);
    expect(problemCodes(checkPaste(lesson, lines([])))).not.toContain('KILLED_NODE_LED_ON');
  });
});

describe("a leader whose own lines after its SIGTERM line show it in a new term's election (adv51-08, -23)", () => {
  const text = (after: readonly string[]): string =>
    [
      '==> data/node1/node.log <==',
      '2026-12-04T23:25:46.106Z node1 INFO  became leader for term 1',
      '2026-12-04T23:25:47.657Z node1 INFO  received SIGTERM, shutting down',
      ...after,
      '',
      '==> data/node2/node.log <==',
      '2026-12-04T23:25:46.107Z node2 INFO  following leader node1 (term 1)',
      '2026-12-04T23:25:47.663Z node2 WARN  connection to leader node1 lost (EOF)',
      '2026-12-04T23:25:47.818Z node2 WARN  heartbeat timeout: no heartbeat from leader node1 in 193ms, starting election',
      '2026-12-04T23:25:47.825Z node2 INFO  became leader for term 2',
      '',
      '==> data/node3/node.log <==',
      '2026-12-04T23:25:46.106Z node3 INFO  following leader node1 (term 1)',
      '2026-12-04T23:25:47.662Z node3 WARN  connection to leader node1 lost (EOF)',
      '2026-12-04T23:25:47.824Z node3 INFO  voted for node2 in term 2',
    ].join('\n');

  it('fails with KILLED_NODE_LED_ON (ownAct, asMember) when it votes in term 2 after its own kill line', () => {
    const verdict = checkPaste(lesson, text(['2026-12-04T23:25:47.820Z node1 INFO  voted for node2 in term 2', '2026-12-04T23:25:47.825Z node1 INFO  following leader node2 (term 2)']));
    expect(verdict.passed).toBe(false);
    const finding = verdict.checks.flatMap((c) => c.findings).find((f) => f.code === 'KILLED_NODE_LED_ON')!;
    expect(finding.args).toMatchObject({ node: 'node1', killLine: 3, line: 4, afterMs: 163, ownLine: true, ownAct: true, asMember: true });
    expect(formatFindingMessage(finding)).toContain('on line 4 (163 ms after the kill) it still took part in an election as a live member');
  });

  it('fails with KILLED_NODE_LED_ON (sentOn) when its own write to a follower fails 1.7 s after its kill line (adv54i-22)', () => {
    const verdict = checkPaste(lesson, text(['2026-12-04T23:25:49.400Z node1 WARN  write to node2 failed: Broken pipe']));
    expect(verdict.passed).toBe(false);
    const finding = verdict.checks.flatMap((c) => c.findings).find((f) => f.code === 'KILLED_NODE_LED_ON')!;
    expect(finding.args).toMatchObject({ node: 'node1', killLine: 3, line: 4, afterMs: 1743, ownLine: true, ownAct: true, sentOn: true });
    expect(formatFindingMessage(finding)).toContain('on line 4 (1743 ms after the kill) it still wrote to a peer (its send failed');
    // The same write within its shutdown's first second is its shutdown's.
    expect(checkPaste(lesson, text(['2026-12-04T23:25:48.400Z node1 WARN  write to node2 failed: Broken pipe'])).passed).toBe(true);
  });

  it("passes when its later lines are its old term's (a draining leader's last heartbeat), a new process's term 1, or follow a restart", () => {
    const passes = (after: readonly string[]): boolean => checkPaste(lesson, text(after)).passed;
    expect(passes([])).toBe(true);
    expect(passes(['2026-12-04T23:25:47.700Z node1 DEBUG role=leader term=1 heartbeat sent to node2,node3'])).toBe(true);
    expect(passes(['2026-12-04T23:25:48.300Z node1 INFO  following leader node2 (term 1)'])).toBe(true);
    expect(passes(['[loop] exited 143, restarting', '2026-12-04T23:25:48.300Z node1 INFO  following leader node2 (term 2)'])).toBe(true);
    // A drain that kept its Raft loop running, then said it stopped (adv51d-03).
    expect(passes(['2026-12-04T23:25:47.820Z node1 INFO  voted for node2 in term 2', '2026-12-04T23:25:48.257Z node1 INFO  drain done, stopped'])).toBe(true);
  });
});

describe("a shell record of the kill, then the leader's own line saying it stopped 307 ms later (adv51-11: a JVM shutdown hook)", () => {
  const text = (ownLine: string): string =>
    [
      'student@laptop:~/kv-java$ date +%T.%3N; kill -TERM 22040',
      '23:24:37.400',
      'student@laptop:~/kv-java$ tail -n 4 data/node*/node.log',
      '==> data/node1/node.log <==',
      '23:24:35.871 [peer-reader-2] INFO  KvNode - following leader node2 (term 1)',
      '23:24:37.721 [peer-reader-2] WARN  KvNode - connection to leader node2 lost (EOF)',
      '',
      '==> data/node2/node.log <==',
      '23:24:35.843 [peer-reader-3] INFO  KvNode - became leader for term 1 (2 votes)',
      `23:24:37.707 [shutdown-hook] INFO  KvNode - ${ownLine}`,
      '',
      '==> data/node3/node.log <==',
      '23:24:35.871 [peer-reader-2] INFO  KvNode - following leader node2 (term 1)',
      '23:24:37.719 [peer-reader-2] WARN  KvNode - connection to leader node2 lost (EOF)',
    ].join('\n');

  it('times the kill by the record: the stopped line ends the shutdown the record started', () => {
    const verdict = checkPaste(lesson, text('node2 stopped'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killAt).toBe('23:24:37.400');
    expect(verdict.measurements?.followers.map((f) => f.detectionMs)).toEqual([321, 319]);
  });

  it("times it by the stopped line when a follower heard the leader between the record and it (adv51d-08: a slow handler)", () => {
    const heard = text('node2 stopped').replace(
      '23:24:37.719 [peer-reader-2] WARN  KvNode - connection to leader node2 lost (EOF)',
      '23:24:37.600 [peer-reader-2] DEBUG KvNode - heartbeat from leader node2 (term 1)\n23:24:37.719 [peer-reader-2] WARN  KvNode - connection to leader node2 lost (EOF)',
    );
    const verdict = checkPaste(lesson, heard);
    expect(verdict.measurements?.killAt).toBe('23:24:37.707');
    expect(verdict.measurements?.followers.map((f) => f.detectionMs)).toEqual([14, 12]);
  });

  it("times it by the record too when the leader's own line says it received the signal: a handler that logged late (adv54f-32)", () => {
    const verdict = checkPaste(lesson, text('node2 received SIGTERM, shutting down'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killAt).toBe('23:24:37.400');
    expect(verdict.measurements?.followers.map((f) => f.detectionMs)).toEqual([321, 319]);
  });
});

describe("a shell record of the kill command long before the leader's own signal line (adv52c-10)", () => {
  // `date +%T.%N; kill $(pgrep -f "… --id 1 …")` whose pgrep took `gapMs`: the signal came when node1 logged it.
  const delayed = (gapMs: number): string =>
    paste([
      `student@laptop:~/raft-kv$ date +%T.%N; kill $(pgrep -f "[k]vraft.py --id 1")`,
      `17:55:17.${String(476 - gapMs).padStart(3, '0')}000000`,
      ...START,
      '17:55:17.476 [node1] INFO  received SIGTERM, shutting down',
      '17:55:17.729 [node2] WARN  heartbeat timeout — no message from leader node1 in 308ms',
      '17:55:17.731 [node3] WARN  heartbeat timeout — no message from leader node1 in 308ms',
    ]);

  it("judges the own line as a kill of its own when it came more than 20 ms after the record: +253 ms passes", () => {
    const verdict = checkPaste(lesson, delayed(378));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements).toMatchObject({ killLine: 9, leader: 'node1' });
    expect(verdict.measurements!.followers.map((f) => Math.round(f.detectionMs!))).toEqual([253, 255]);
  });

  it('keeps a plain `date; kill <pid>` record as the one kill however late the own line: it signalled at once', () => {
    const plain = delayed(378).replace(/kill \$\(pgrep -f "\[k\]vraft\.py --id 1"\)/, 'kill 18607');
    expect(plain).toContain('date +%T.%N; kill 18607');
    expect(checkPaste(lesson, plain).measurements).toMatchObject({ killLine: 2 });
  });

  it('keeps a record a few ms before the own line as the one kill, timed by the record (the stricter reading)', () => {
    const verdict = checkPaste(lesson, delayed(15));
    expect(verdict.measurements).toMatchObject({ killLine: 2 });
    expect(verdict.measurements!.followers.map((f) => Math.round(f.detectionMs!))).toEqual([268, 270]);
  });
});

describe('a leader both followers went back to, with nothing else heard (adv52c-32, adv52-34)', () => {
  const lost = [
    ...START,
    '17:55:17.476 [node1] INFO  received SIGTERM, shutting down',
    '17:55:17.476 [node2] WARN  connection to leader node1 lost (EOF)',
    '17:55:17.477 [node3] WARN  connection to leader node1 lost (EOF)',
  ];
  const ledOn = (lines: readonly string[]): boolean => problemCodes(checkPaste(lesson, paste(lines))).includes('KILLED_NODE_LED_ON');

  it('fails when both follow it again in the term it led within 1 s of losing it, in any wording of a live link', () => {
    for (const words of ['following leader node1 (term 1)', 'reconnected to leader node1 (term 1)', 'heartbeat from leader node1 (term 1)']) {
      expect(ledOn([...lost, `17:55:17.510 [node2] INFO  ${words}`, `17:55:17.511 [node3] INFO  ${words}`]), words).toBe(true);
    }
  });

  it('does not for one follower once, a stale message at the instant of the loss, a term it did not state, or a second run seconds later', () => {
    expect(ledOn([...lost, '17:55:17.510 [node2] INFO  following leader node1 (term 1)'])).toBe(false);
    expect(ledOn([...lost, '17:55:17.478 [node2] DEBUG heartbeat from leader node1 (term 1)', '17:55:17.478 [node3] DEBUG heartbeat from leader node1 (term 1)'])).toBe(false);
    expect(ledOn([...lost, '17:55:17.510 [node2] INFO  following leader node1', '17:55:17.511 [node3] INFO  following leader node1'])).toBe(false);
    expect(ledOn([...lost, '17:55:19.510 [node2] INFO  following leader node1 (term 1)', '17:55:19.511 [node3] INFO  following leader node1 (term 1)'])).toBe(false);
  });

  it('reads "not connected to leader" as no link', () => {
    expect(ledOn([...lost, '17:55:17.510 [node2] WARN  not connected to leader node1 (term 1)', '17:55:17.511 [node3] WARN  not connected to leader node1 (term 1)'])).toBe(false);
  });
});

describe('status lines restating whom a follower follows after it lost the leader (adv52d-03)', () => {
  it('are no following again: `tick: follower of node1 in term 1, …, last contact 77 ms ago` on both followers passes', () => {
    const verdict = checkPaste(lesson, paste([
      ...START,
      '17:55:17.476 [node1] INFO  received SIGTERM, shutting down',
      '17:55:17.477 [node2] WARN  connection to leader node1 lost (EOF)',
      '17:55:17.477 [node3] WARN  connection to leader node1 lost (EOF)',
      '17:55:17.520 [node2] INFO  tick: follower of node1 in term 1, commit 0, last contact 77 ms ago',
      '17:55:17.530 [node3] INFO  tick: follower of node1 in term 1, leader=node1, commit 0',
    ]));
    expect(problemCodes(verdict)).not.toContain('KILLED_NODE_LED_ON');
    expect(verdict.checks.find((c) => c.id === 'timing')!.passed).toBe(true);
  });
});
