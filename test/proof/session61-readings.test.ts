// Session 61's readings, each on a small paste in the shape a blind set found misread (adv60a, adv61a-d).
import { describe, expect, it } from 'vitest';
import { formatFindingMessage } from '../../src/findings/format-finding.js';
import { checkW12Lines, followerMs, problemCodes } from './helpers.js';

const check = checkW12Lines;
// The verdict, the kill line it times and each follower's ms.
const expectMeasured = (verdict: ReturnType<typeof check>, passed: boolean, killLine: number, ms: Record<string, number>) => {
  expect(verdict.passed).toBe(passed);
  expect(verdict.measurements!.killLine).toBe(killLine);
  expect(followerMs(verdict)).toEqual(ms);
};

describe("a second fence under the student's words, going back against the logs' fence, holds notes (adv60a-21)", () => {
  const logs = [
    '~~~',
    '$ date +%T.%3N; kill 14405',
    '23:57:28.169',
    '$ cat data/node*/node.log | sort',
    '23:57:26.356 [6] node1 became leader for term 1',
    '23:57:26.838 [6] node2 following leader node1 (term 1)',
    '23:57:26.952 [6] node3 following leader node1 (term 1)',
    '23:57:28.175 [4] node1 received SIGTERM, shutting down',
    '23:57:28.352 [4] node3 election timeout fired: no heartbeat from leader node1 in 190 ms, becoming candidate term 2',
    '23:57:28.527 [4] node2 election timeout fired: no heartbeat from leader node1 in 364 ms, becoming candidate term 2',
    '~~~',
    '',
  ];
  const notes = (heading: string) => [heading, '', '```', '23:57:28.349 node2 election timeout  (+180 ms)', '23:57:28.352 node3 election timeout  (+183 ms)', '```'];

  it('the notes are not measured: node2 is +358 ms by its own line, and the report quotes the notes', () => {
    const verdict = check([...logs, ...notes('my notes (times copied from the terminals):')]);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 358, node3: 183 });
    expect(problemCodes(verdict)).toContain('SUMMARY_LINES_NOT_MEASURED');
  });

  it('a fence right after the first with no words above it is output: its lines stay the nodes\' own', () => {
    // Without the sums: a line stating its delay from the kill is the student's in any fence (session 62's sums rule).
    const verdict = check([...logs.slice(0, -1), ...notes('').slice(2).map((line) => line.replace(/ {2}\(\+\d+ ms\)$/, ''))]);
    expect(followerMs(verdict).node2).toBe(180);
  });

  it('a later fence whose lines do not go back (the next lines of the same log) is output too', () => {
    const later = ['more output:', '', '```', '23:57:28.601 [4] node2 became candidate term 2', '23:57:28.640 [4] node3 voted for node2 in term 2', '```'];
    const verdict = check([...logs, ...later]);
    expect(followerMs(verdict)).toEqual({ node2: 358, node3: 183 });
    expect(problemCodes(verdict)).not.toContain('SUMMARY_LINES_NOT_MEASURED');
  });
});

describe("counts over a minute are each process's own when a timeout's silence reaches back before the leader's own last line (adv60a-43)", () => {
  const run = (silence2: number, silence3: number) =>
    check([
      '$ date +%T.%3N; kill 21372',
      '00:01:16.858',
      '$ grep -H WARN data/node*/node.log',
      'data/node1/node.log:[  68.494] WARN  received SIGTERM, shutting down',
      `data/node2/node.log:[  68.508] WARN  election timeout fired: no heartbeat from leader node1 in ${silence2} ms, becoming candidate term 2`,
      `data/node3/node.log:[  68.550] WARN  election timeout fired: no heartbeat from leader node1 in ${silence3} ms, becoming candidate term 2`,
    ]);

  it('silences of 200 and 423 ms 14 and 56 ms after the kill: CLOCKS_INCOMPARABLE, nothing measured', () => {
    const verdict = run(200, 423);
    expect(verdict.passed).toBe(false);
    expect(problemCodes(verdict)).toContain('CLOCKS_INCOMPARABLE');
    expect(followerMs(verdict)).toEqual({ node2: 'no-detection', node3: 'no-detection' });
  });

  it('silences reaching back at most 150 ms before the kill keep one since-boot clock', () => {
    const verdict = run(160, 200);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 14, node3: 56 });
  });
});

describe("a table row of a node no own line shows is the student's too (adv60e-03)", () => {
  const tail = [
    '$ date +%T.%3N; kill 28951',
    '00:52:17.160',
    '$ tail -n 4 data/node2/node.log',
    '2026-12-06T00:52:17.167 node2 connection to leader node1 lost (EOF)',
    '2026-12-06T00:52:17.377 node2 election timeout fired after 258 ms (leader node1), becoming candidate (term 2)',
    '',
  ];
  const rows = ['| time | node | event |', '|---|---|---|', '| 00:52:17.165 | node3 | connection to leader node1 lost (EOF) |', '| 00:52:17.167 | node2 | connection to leader node1 lost (EOF) |'];

  it('node3 only in the table: not measured, and the report asks for its log', () => {
    const verdict = check([...tail, ...rows]);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 7 });
    const finding = verdict.checks[2]!.findings.find((f) => f.code === 'SUMMARY_LINES_NOT_MEASURED')!;
    expect(formatFindingMessage(finding)).toContain("line 9 says node3 noticed the dead leader, but the paste holds no line of node3's own log");
  });

  it("the same row as node3's own line (no table) is measured", () => {
    const verdict = check([...tail.slice(0, -1), '2026-12-06T00:52:17.165 node3 connection to leader node1 lost (EOF)']);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 7, node3: 5 });
  });
});

describe("bash's default prompt without its `$` starts a command (adv60f-25)", () => {
  it("a second attempt's `date; kill` under the first's tail sections is the kill, not node3's line", () => {
    const verdict = check([
      'student@lab:~/raft-kv tail -n +1 data/node*/node.log',
      '==> data/node3/node.log <==',
      '00:50:08.779 [node3] INFO  kv_node node3 starting pid 26536 on 127.0.0.1:24253',
      '00:50:12.251 [node3] INFO  received SIGTERM, shutting down (role=follower term=1)',
      '',
      'student@lab:~/raft-kv date +%T.%3N; kill 27089',
      '00:50:39.559',
      'student@lab:~/raft-kv tail -n +1 data/node*/node.log',
      '==> data/node1/node.log <==',
      '00:50:38.194 [node1] INFO  became leader for term 1',
      '00:50:39.560 [node1] INFO  received SIGTERM, shutting down (role=leader term=1)',
      '==> data/node2/node.log <==',
      '00:50:38.194 [node2] INFO  following leader node1 (term 1)',
      '00:50:39.674 [node2] WARN  heartbeat timeout: no message from leader node1 in 132 ms',
      '==> data/node3/node.log <==',
      '00:50:38.194 [node3] INFO  following leader node1 (term 1)',
      '00:50:39.676 [node3] WARN  heartbeat timeout: no message from leader node1 in 134 ms',
    ]);
    expectMeasured(verdict, true, 7, { node2: 115, node3: 117 });
  });
});

describe('a date times the kill after it, not a signal sent before it on the same line (adv61a-28, -50)', () => {
  const logs = (stepDownAt: string) => [
    '==> data/node1/node.log <==',
    '02:15:25.625 [node1] INFO became leader (term 1)',
    `02:15:${stepDownAt} [node1] INFO stepping down to follower (term 1), leadership transfer requested`,
    '02:15:26.641 [node1] INFO received SIGTERM, shutting down',
    '==> data/node2/node.log <==',
    '02:15:25.625 [node2] INFO following leader node1 (term 1)',
    '02:15:26.736 [node2] WARN heartbeat timeout - no message from leader node1 in 152 ms',
    '==> data/node3/node.log <==',
    '02:15:25.625 [node3] INFO following leader node1 (term 1)',
    '02:15:26.737 [node3] WARN heartbeat timeout - no message from leader node1 in 153 ms',
  ];
  const run = (stepDownAt: string) => check(['$ kill -USR2 21271; sleep 0.020; date +%T.%3N; kill 21271', '02:15:26.637', ...logs(stepDownAt)]);

  it('a step-down 19 ms before the date (the USR2 before it): node1 no longer led, KILLED_NODE_NOT_LEADER', () => {
    const verdict = run('26.618');
    expect(verdict.passed).toBe(false);
    expect(problemCodes(verdict)).toContain('KILLED_NODE_NOT_LEADER');
  });

  it('no step-down: the date times the TERM after it, node1 the leader', () => {
    const verdict = check(['$ kill -USR2 21271; sleep 0.020; date +%T.%3N; kill 21271', '02:15:26.637', ...logs('26.618').filter((l) => !l.includes('stepping down'))]);
    expectMeasured(verdict, true, 2, { node2: 99, node3: 100 });
  });

  it("a step-down at the date's ms or after it is the handler's: still the leader's kill", () => {
    expect(run('26.639').passed).toBe(true);
  });
});

describe("a `ts -i` per terminal sums each stream from its own ts's start: no clock ties them (adv61a-43)", () => {
  const terminal = (n: number, rows: string[]) => [`── terminal ${n} ──`, `$ python3 kv_node.py --id ${n} | ts -i '%.s'`, ...rows, ''];
  const paste = (streams: string[][]) =>
    check([
      ...streams.flatMap((rows, i) => terminal(i + 1, rows)),
      '$ date +%T.%3N; kill 30682',
      '02:17:22.822',
    ]);
  const node1 = ['0.381737 node1 INFO kv_node node1 starting', '0.001220 node1 INFO became leader (term 1)', '0.792156 node1 INFO received SIGTERM, shutting down'];
  const node2 = ['0.412356 node2 INFO kv_node node2 starting', '0.000963 node2 INFO following leader node1 (term 1)', '0.923402 node2 WARN heartbeat timeout - no message from leader node1 in 152 ms'];
  const node3 = ['0.614234 node3 INFO kv_node node3 starting', '0.001453 node3 INFO following leader node1 (term 1)', '0.927318 node3 WARN heartbeat timeout - no message from leader node1 in 156 ms'];

  it("three streams: nothing measured across them, and the report names the terminals' ts", () => {
    const verdict = paste([node1, node2, node3]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.every((f) => f.detectionMs === undefined)).toBe(true);
    const untimed = verdict.checks[2]!.findings.find((f) => f.args.tsPerTerminalLine !== undefined)!;
    expect(formatFindingMessage(untimed)).toContain("its stamp counts from its own terminal's ts (line 2 pipes one terminal through ts");
  });

  it('one stream (all logs through one ts -i) is summed and measured', () => {
    const verdict = check(["$ tail -f n1.log n2.log n3.log | ts -i '%.s'", '0.100000 node1 INFO became leader (term 1)', '0.010000 node2 INFO following leader node1 (term 1)', '0.010000 node3 INFO following leader node1 (term 1)', '1.000000 node1 INFO received SIGTERM, shutting down', '0.150000 node2 WARN heartbeat timeout - no message from leader node1 in 152 ms', '0.010000 node3 WARN heartbeat timeout - no message from leader node1 in 156 ms']);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 150, node3: 160 });
  });
});

describe("a writer's stamps all at .000 are whole seconds (PHP's date('v'), adv61d-34)", () => {
  const run = (ms: (i: number) => string) =>
    check([
      '$ date +%T.%3N; kill 23619',
      '02:16:04.978',
      `[2026-12-06 02:16:02.${ms(0)}] node1.INFO: became leader, term 1`,
      `[2026-12-06 02:16:05.${ms(1)}] node1.INFO: caught SIGTERM, exiting`,
      `[2026-12-06 02:16:02.${ms(2)}] node2.INFO: following leader node1 (term 1)`,
      `[2026-12-06 02:16:05.${ms(3)}] node2.WARN: heartbeat timeout after 277ms (leader node1), starting election term 2`,
      `[2026-12-06 02:16:05.${ms(4)}] node2.INFO: became leader, term 2`,
      `[2026-12-06 02:16:02.${ms(5)}] node3.INFO: following leader node1 (term 1)`,
      `[2026-12-06 02:16:05.${ms(6)}] node3.WARN: heartbeat timeout after 272ms (leader node1), starting election term 2`,
      `[2026-12-06 02:16:05.${ms(7)}] node3.INFO: voted for node2 in term 2`,
    ]);

  it('all .000: TIMESTAMPS_TOO_COARSE, no follower measured to the ms', () => {
    const verdict = run(() => '000');
    expect(verdict.passed).toBe(false);
    expect(problemCodes(verdict)).toContain('TIMESTAMPS_TOO_COARSE');
  });

  it('real ms (none at .000) are measured', () => {
    const verdict = run((i) => String(100 + i * 37).padStart(3, '0'));
    expect(verdict.measurements!.followers.every((f) => f.detectionMs !== undefined)).toBe(true);
  });
});

describe('colour codes whose ESC a copy dropped are read off (adv61c-45, -32)', () => {
  it("a prompt's `[01;32m…[00m$ date …; kill …` is the typed kill: its date's output times it", () => {
    const verdict = check([
      '[01;32mmaria@lab[00m:[01;34m~/raft-kv[00m$ date +%T.%3N; kill 5646',
      '02:19:34.009',
      '02:19:32.835 [node3] INFO  became leader (term 1, 3 votes)',
      '02:19:32.836 [node1] INFO  following leader node3 (term 1)',
      '02:19:32.836 [node2] INFO  following leader node3 (term 1)',
      '02:19:34.410 [node3] INFO  received SIGTERM, state flushed, shutting down (role=leader term=1)',
      '02:19:34.411 [node1] WARN  lost connection to leader node3 (EOF)',
      '02:19:34.411 [node2] WARN  lost connection to leader node3 (EOF)',
    ]);
    expectMeasured(verdict, false, 2, { node1: 402, node2: 402 });
  });
});

describe("a summary's kill row yields to the typed record of the kill (adv61e-68/-69, adv60a-54)", () => {
  const logs = [
    'Follower logs:',
    '```',
    '$ date +%T.%3N; kill 15761',
    '02:46:30.757',
    '',
    '==> data/node2/node.log <==',
    '02:46:29.681 [node2] INFO following leader node1 (term 1)',
    '02:46:31.129 [node2] WARN heartbeat timeout: no heartbeat from leader node1 in 160 ms',
    '==> data/node3/node.log <==',
    '02:46:29.681 [node3] INFO following leader node1 (term 1)',
    '02:46:31.111 [node3] WARN heartbeat timeout: no heartbeat from leader node1 in 150 ms',
    '```',
  ];
  const summary = (killAt: string) => ['**My result** (summary, times copied from the terminals):', '', `- ${killAt} killed node1 (date; kill)`, '- 02:46:31.129 node2 heartbeat timeout', '- 02:46:31.111 node3 heartbeat timeout', ''];

  it('a miscopied kill time in the summary: the record times the kill, +372/+354 ms', () => {
    expectMeasured(check([...summary('02:46:30.857'), ...logs]), false, 10, { node2: 372, node3: 354 });
  });
});

describe('a `ts -i` stream sent to the background sums on under the commands typed while it runs (adv61e-55)', () => {
  it("the job's notice, `date; kill` with its output and an Enter's empty row are not the stream's lines", () => {
    const verdict = check([
      "$ ./start_cluster.sh 2>&1 | ts -i '%.s' &",
      '[1] 27169',
      '0.153216 [node1] INFO became leader (term 1)',
      '0.000137 [node3] INFO following leader node1 (term 1)',
      '0.000091 [node2] INFO following leader node1 (term 1)',
      '$ date +%T.%3N; kill 27170',
      '02:51:41.166',
      '',
      '1.981632 [node1] INFO received SIGTERM, shutting down',
      '0.177514 [node3] WARN heartbeat timeout: no heartbeat from leader node1 in 178 ms, starting election (term 2)',
      '0.000180 [node2] WARN heartbeat timeout: no heartbeat from leader node1 in 178 ms, starting election (term 2)',
    ]);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 177.694, node3: 177.514 });
  });
});

describe("C's `<%d>` id after the time names the node, as its `[%d]` does (adv61f-40/-46)", () => {
  it('files merged with sort: each `<N>` line is node N\'s', () => {
    const verdict = check([
      '$ date +%T.%3N; kill -9 9620',
      '02:43:32.450',
      '$ cat data/node*/node.log | sort',
      '[02:43:30.497] <2> I am the leader now (term 1, 2 votes)',
      '[02:43:30.498] <1> following leader 2 (term 1)',
      '[02:43:30.498] <3> following leader 2 (term 1)',
      '[02:43:32.452] <1> leader 2 closed connection (read returned 0)',
      '[02:43:32.453] <3> leader 2 closed connection (read returned 0)',
      '[02:43:32.650] <3> HEARTBEAT TIMEOUT: leader 2 silent for 198 ms -> candidate, term 2',
    ]);
    expectMeasured(verdict, true, 2, { node1: 2, node3: 3 });
  });
});

describe('what the newest rules must not take (adv61g-03, -18)', () => {
  it("a fence repeating an earlier fence's line word for word is a copy of the logs, not notes", () => {
    const verdict = check([
      '```',
      '$ date +%T.%3N; kill 10373',
      '03:11:01.399',
      '$ tail -n 1 node2.log node3.log',
      '==> node2.log <==',
      '03:11:01.615 node2 INFO vote request to node1 failed: connection refused',
      '==> node3.log <==',
      '03:11:01.730 node3 INFO vote request to node1 failed: connection refused',
      '```',
      '',
      'oops tail -n 1 only shows the last line, here are the whole files:',
      '```',
      '03:11:00.745 node2 INFO follower term=1 leader=node1',
      '03:11:01.564 node2 INFO election timeout: no heartbeat from node1 for 186ms, starting election term=2',
      '03:11:01.615 node2 INFO vote request to node1 failed: connection refused',
      '03:11:00.741 node3 INFO follower term=1 leader=node1',
      '03:11:01.609 node3 INFO election timeout: no heartbeat from node1 for 231ms, starting election term=2',
      '03:11:01.730 node3 INFO vote request to node1 failed: connection refused',
      '```',
    ]);
    expectMeasured(verdict, true, 3, { node2: 165, node3: 210 });
  });

  it("a quote of the same run across a minute's turn is read, markers off", () => {
    const verdict = check([
      'TA wrote:',
      '> $ date +%T.%3N; kill 10373',
      '> 03:10:59.887',
      '> 03:10:59.890 node1 INFO received SIGTERM, shutting down',
      '',
      'and the followers:',
      '03:10:58.745 node2 INFO follower term=1 leader=node1',
      '03:11:00.097 node2 INFO election timeout: no heartbeat from node1 for 186ms, starting election term=2',
      '03:10:58.741 node3 INFO follower term=1 leader=node1',
      '03:11:00.109 node3 INFO election timeout: no heartbeat from node1 for 198ms, starting election term=2',
    ]);
    expectMeasured(verdict, true, 3, { node2: 210, node3: 222 });
  });
});

describe("a later kill's `No such process` says an earlier signal on the line ended the process (adv61a-56)", () => {
  const logs = [
    '==> data/node1/node.log <==',
    '02:27:11.543 [node1] INFO became leader (term 1)',
    '==> data/node2/node.log <==',
    '02:27:11.545 [node2] INFO following leader node1 (term 1)',
    '02:27:12.649 [node2] WARN heartbeat timeout - no message from leader node1 in 152 ms',
    '==> data/node3/node.log <==',
    '02:27:11.545 [node3] INFO following leader node1 (term 1)',
    '02:27:12.650 [node3] WARN heartbeat timeout - no message from leader node1 in 153 ms',
  ];
  const run = (failures: string[]) => check(['$ date +%T.%3N; kill -s SIGUSR1 31590; sleep 0.2; kill -9 31590', '02:27:12.526', ...failures, ...logs]);

  it('the -9 found the process gone: the USR1 ended it, timed by the date', () => {
    expectMeasured(run(['bash: kill: (31590) - No such process']), true, 2, { node2: 123, node3: 124 });
  });

  it('both kills failing killed nothing', () => {
    expect(run(['bash: kill: (31590) - No such process', 'bash: kill: (31590) - No such process']).passed).toBe(false);
  });
});
