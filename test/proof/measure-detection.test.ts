import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFindingMessage } from '../../src/findings/format-finding.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { MAX_JUDGED_KILLS } from '../../src/proof/measure-detection.js';
import { formatVerdictText } from '../../src/proof/format-verdict.js';
import { loadLesson, makeLesson, problemCodes, ROOT, W12_TIMING } from './helpers.js';

const lesson = makeLesson();
const t = (ms: number): string => new Date(Date.UTC(2026, 10, 26, 19, 30, 1) + ms).toISOString();
const measure = (lines: string[], l = lesson) => checkPaste(l, lines.join('\n'));

describe('kill line and leader', () => {
  it('the earliest timestamped kill line, whatever the paste order', () => {
    const verdict = measure([
      `${t(12)} node2 connection to leader node1 lost (EOF)`,
      `${t(500)} node1 stopped`,
      `${t(0)} node1 received SIGTERM`,
      `${t(20)} node3 heartbeat timeout`,
    ]);
    expect(verdict.measurements).toMatchObject({ killLine: 3, killAtMs: Date.UTC(2026, 10, 26, 19, 30, 1) });
    expect(verdict.passed).toBe(true);
  });

  it('a detection line that also says "stopped" is not the kill when a real kill line exists', () => {
    const verdict = measure([
      `${t(-100)} node2 heartbeat timeout — leader stopped sending`,
      `${t(0)} node1 received SIGTERM`,
      `${t(20)} node2 heartbeat timeout`,
      `${t(25)} node3 heartbeat timeout`,
    ]);
    expect(verdict.measurements!.killLine).toBe(2);
  });

  it('when no kill passes, the first in time is judged, not a later one naming its node (the teardown after the demo)', () => {
    const verdict = measure([
      `${t(0)} $ kill -TERM 4242`,
      `${t(5000)} node2 connection refused`,
      `${t(5100)} node3 connection refused`,
      `${t(12_000)} node2 received SIGTERM, shutting down`,
      `${t(12_001)} node3 received SIGTERM, shutting down`,
    ]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements).toMatchObject({ killLine: 1, followers: [expect.objectContaining({ node: 'node2', detectionMs: 5000 }), expect.objectContaining({ node: 'node3', detectionMs: 5100 })] });
  });

  it('an untimestamped `$ kill` cannot give the kill time', () => {
    const verdict = measure(['$ kill 4242', `${t(20)} node2 heartbeat timeout`, `${t(25)} node3 heartbeat timeout`]);
    expect(problemCodes(verdict)).toEqual(['KILL_LINE_MISSING']);
    expect(verdict.checks[2]!.findings.at(-1)).toMatchObject({ code: 'KILL_LINE_MISSING', line: 1, args: { untimestampedLine: 1 } });
  });

  it('a kill whose date ran after a delay (a sleep, a wait for the process to end) is untimed, and the report names the delay', () => {
    const after = ['10:00:01.100', '10:00:01.183 node2 election timeout: no heartbeat from leader node1', '10:00:01.241 node3 election timeout: no heartbeat from leader node1'];
    const missing = (command: string) => measure([command, ...after]).checks[2]!.findings.find((f) => f.code === 'KILL_LINE_MISSING');
    const slept = missing('$ kill 4101 && sleep 1 && date +%T.%3N')!;
    expect(slept).toMatchObject({ line: 1, args: { untimestampedLine: 1, delayBetweenDateAndKill: 'sleep 1' } });
    expect(formatFindingMessage(slept)).toContain('line 1 shows the kill, but "sleep 1" waits between its date and its kill, so the time date printed is not the kill\'s');
    // adv18: waits for the process's end print its exit time, not the kill's
    expect(missing('$ kill 4101; while kill -0 4101 2>/dev/null; do :; done; date +%T.%3N')?.args).toMatchObject({ delayBetweenDateAndKill: 'while kill -0 4101 2>/dev/null' });
    expect(missing('$ kill 4101 && tail --pid=4101 -f /dev/null; date +%T.%3N')?.args).toMatchObject({ delayBetweenDateAndKill: 'tail --pid=4101 -f /dev/null' });
    expect(missing('$ kill %1; wait; date +%T.%3N')?.args).toMatchObject({ delayBetweenDateAndKill: 'wait' });
    expect(missing("$ kill 4101 && pidwait -f 'kv_node --id 1'; date +%T.%3N")?.args).toMatchObject({ delayBetweenDateAndKill: "pidwait -f 'kv_node --id 1'" });
    expect(missing("$ kill 4101; timeout 5 sh -c 'while kill -0 4101; do :; done'; date +%T.%3N")?.args).toMatchObject({ delayBetweenDateAndKill: 'while kill -0 4101' });
    expect(missing('$ date +%T.%3N; sleep 2; kill 4101')?.args).toMatchObject({ delayBetweenDateAndKill: 'sleep 2' });
    // a date whose output went to a file printed nothing: the time on the next line is something else's (fixs: a prompt's)
    expect(missing('$ date +%T.%3N >> kill-times.txt; kill 4101')?.args).toMatchObject({ untimestampedLine: 1 });
    expect(missing('$ date +%T.%3N>/tmp/t; kill 4101')).toBeDefined();
    expect(missing('$ date +%T.%3N 2>/dev/null; kill 4101')).toBeUndefined();
    expect(missing('$ date +%T.%3N | tee -a kill-times.txt; kill 4101')).toBeUndefined();
    expect(missing('$ date +%T.%3N >&2; kill 4101')).toBeUndefined();
    // without a delay the date is the kill's time, on either side of it
    expect(missing('$ kill 4101 && date +%T.%3N')).toBeUndefined();
    expect(missing('$ date +%T.%3N; kill 4101')).toBeUndefined();
  });

  it('a date printed after a stop that waits for the process to exit (systemctl stop, docker stop, kubectl delete) is no kill time (adv19)', () => {
    const after = ['10:00:00.431', '10:00:00.534 node2 connection to leader node1 lost: EOF', '10:00:00.537 node3 connection to leader node1 lost: EOF'];
    const missing = (command: string) => measure([command, ...after]).checks[2]!.findings.find((f) => f.code === 'KILL_LINE_MISSING');
    const stopped = missing('$ sudo systemctl stop kv@1 && date +%T.%3N   # kill the leader')!;
    expect(stopped).toMatchObject({ line: 1, args: { untimestampedLine: 1, delayBetweenDateAndKill: 'systemctl stop kv@1', stopWaitsForExit: true } });
    expect(formatFindingMessage(stopped)).toContain('"systemctl stop kv@1" returns only once the process has exited, so the time date printed after it is the end of the shutdown');
    expect(missing('$ docker stop kv1 > /dev/null && date -u +%T.%3N')?.args).toMatchObject({ delayBetweenDateAndKill: 'docker stop kv1', stopWaitsForExit: true });
    expect(missing('$ docker compose stop kv1; date +%T.%3N')?.args).toMatchObject({ delayBetweenDateAndKill: 'docker compose stop kv1' });
    expect(missing('$ podman stop -t 5 kv1 >/dev/null && date +%T.%3N')?.args).toMatchObject({ delayBetweenDateAndKill: 'podman stop -t 5 kv1' });
    expect(missing('$ kubectl delete pod kv-0 >/dev/null && date -u +%T.%3N')?.args).toMatchObject({ delayBetweenDateAndKill: 'kubectl delete pod kv-0' });
    expect(missing('$ sudo supervisorctl stop raft:node1 >/dev/null; date +%T.%3N')?.args).toMatchObject({ delayBetweenDateAndKill: 'supervisorctl stop raft:node1' });
    expect(missing('$ pm2 stop 1 >/dev/null && date +%T.%3N')?.args).toMatchObject({ delayBetweenDateAndKill: 'pm2 stop 1' });
    // the date before the stop is the kill's time; a kill that only signals (systemctl kill, docker kill, kill) returns at once
    expect(missing('$ date +%T.%3N; sudo systemctl stop kv@1   # kill the leader')).toBeUndefined();
    expect(missing('$ sudo systemctl kill kv@1 && date +%T.%3N')).toBeUndefined();
    expect(missing('$ sudo systemctl stop --no-block kv@1 && date +%T.%3N   # kill the leader')).toBeUndefined();
    expect(missing('$ docker kill --signal=SIGTERM kv1 > /dev/null && date +%T.%3N')).toBeUndefined();
    expect(missing('$ kubectl delete pod kv-0 --wait=false >/dev/null && date -u +%T.%3N   # kill the leader')).toBeUndefined();
    expect(missing('$ kill 4101 && date +%T.%3N')).toBeUndefined();
  });

  it("with no kill timed, bash's `Stopped` in a node's terminal is cited as the pause it is (Ctrl+Z), not the student's prose above as a kill", () => {
    const verdict = measure([
      'killed the leader (node1) with ctrl-z in its terminal',
      'node1 $ ./kv_node --id 1 --port 7001',
      '[16:40:31.902] node1 leader t1: put k19 committed',
      '[1]+  Stopped                 ./kv_node --id 1 --port 7001',
      'node2 $ ./kv_node --id 2 --port 7002',
      '[16:40:40.781] node2 follower t1: no heartbeat from leader node1 for 233ms',
      'node3 $ ./kv_node --id 3 --port 7003',
      '[16:40:40.782] node3 follower t1: no heartbeat from leader node1 for 234ms',
    ]);
    expect(problemCodes(verdict)).toEqual(['KILL_LINE_MISSING']);
    const missing = verdict.checks[2]!.findings.at(-1)!;
    expect(missing).toMatchObject({ code: 'KILL_LINE_MISSING', line: 4, args: { pausedLine: 4, pausedNode: 'node1', pausedWords: '[1]+  Stopped' } });
    expect(missing.args.untimestampedLine).toBeUndefined();
    // with no node's line of the kill and no pause, the first kill line is cited, prose or not
    const prose = measure(['killed the leader (node1) with ctrl-z', `${t(20)} node2 heartbeat timeout`, `${t(25)} node3 heartbeat timeout`]);
    expect(prose.checks[2]!.findings.at(-1)).toMatchObject({ code: 'KILL_LINE_MISSING', line: 1, args: { untimestampedLine: 1 } });
  });

  it("with no node's line of the kill, the untimed kill command is cited (Stop-Process), not the student's sentence above the logs", () => {
    const verdict = measure([
      'Windows 11, nodes started in three PowerShell windows. node1 was leader (it says "became leader term=2" in its window), I stopped it from a fourth window:',
      'PS C:\\raft> Stop-Process -Id 9120',
      'PS C:\\raft> Get-Content .\\data\\node2\\node.log -Tail 3',
      '2026-12-01 14:33:52.640 [node2] heartbeat from leader node1 term=2',
      '2026-12-01 14:33:52.758 [node2] connection to leader node1 reset (WSAECONNRESET 10054)',
      '2026-12-01 14:33:52.951 [node2] election timeout (261 ms), starting election term=3',
      'PS C:\\raft> Get-Content .\\data\\node3\\node.log -Tail 3',
      '2026-12-01 14:33:52.641 [node3] heartbeat from leader node1 term=2',
      '2026-12-01 14:33:52.759 [node3] connection to leader node1 reset (WSAECONNRESET 10054)',
      'PS C:\\raft> Get-Content .\\data\\node1\\node.log -Tail 1',
      '2026-12-01 14:33:52.639 [node1] sent heartbeat term=2 commit=14',
    ]);
    expect(problemCodes(verdict)).toEqual(['KILL_LINE_MISSING']);
    expect(verdict.checks[2]!.findings.at(-1)).toMatchObject({ code: 'KILL_LINE_MISSING', line: 2, args: { untimestampedLine: 2 } });
  });

  it('a timestamped prompt line can; the leader then comes from "leader nodeN" in the detections', () => {
    const verdict = measure([
      '[19:30:01.000] $ kill 4242',
      '[19:30:01.020] [n2] heartbeat timeout, leader node1 gone',
      '[19:30:01.030] [n3] connection to leader node1 lost (EOF)',
    ]);
    expect(verdict.measurements).toMatchObject({ leader: 'node1', leaderFrom: 'detections', clock: 'time-of-day' });
    expect(verdict.passed).toBe(true);
  });

  it('a kill line naming its node (`kill node1`, `--id 1`) makes that node the leader', () => {
    const verdict = measure([`${t(0)} $ kill $(pgrep -f "kv_node.*--id 1")`, `${t(20)} node2 heartbeat timeout`, `${t(25)} node3 heartbeat timeout`]);
    expect(verdict.measurements).toMatchObject({ leader: 'node1', leaderFrom: 'kill-line-mention' });
  });
});

describe('followers', () => {
  it('reports both signals per follower and takes the first as the detection', () => {
    const verdict = measure([
      `${t(0)} node1 received SIGTERM`,
      `${t(280)} node2 heartbeat timeout`,
      `${t(3)} node2 connection to leader node1 lost (EOF)`,
      `${t(290)} node3 heartbeat timeout`,
    ]);
    expect(verdict.measurements!.followers).toEqual([
      expect.objectContaining({ node: 'node2', detectionMs: 3, via: 'connection', connectionMs: 3, heartbeatMs: 280, connectionLine: 3, heartbeatLine: 2 }),
      expect.objectContaining({ node: 'node3', detectionMs: 290, via: 'heartbeat', heartbeatMs: 290 }),
    ]);
    expect(verdict.measurements!.followers[1]).not.toHaveProperty('connectionMs');
  });

  it("a leader's complaint about a follower is no detection of a dead leader (its role column says it leads, and it does then)", () => {
    const lines = [
      `${t(-5000)} [node1] became leader term=3`,
      `${t(0)} [node1] received SIGTERM, shutting down`,
      `${t(120)} [node2] heartbeat timeout, starting election term=4`,
      `${t(240)} [node3] starting election term=4`,
      `${t(250)} [node3] became leader term=4`,
      `${t(260)} [node3] leader: heartbeat to node1 failed (connection refused)`,
    ];
    const verdict = measure(lines);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.find((f) => f.node === 'node3')).toMatchObject({ status: 'no-detection' });
    // While node1 still leads, the same words from node2 are its detection (a label the paste's leadership does not back).
    const follower = measure([...lines.slice(0, 2), `${t(200)} [node2] leader: connection refused`, `${t(210)} [node3] connection to leader node1 lost`]);
    expect(follower.measurements!.followers.map((f) => [f.node, f.detectionMs])).toEqual([
      ['node2', 200],
      ['node3', 210],
    ]);
  });

  it('too slow, by how much', () => {
    const verdict = measure([`${t(0)} node1 received SIGTERM`, `${t(120)} node2 heartbeat timeout`, `${t(420)} node3 heartbeat timeout`]);
    expect(verdict.passed).toBe(false);
    expect(verdict.checks[2]!.findings).toContainEqual(
      expect.objectContaining({ code: 'DETECTION_TOO_SLOW', severity: 'error', line: 3, args: { node: 'node3', detectionMs: 420, windowMs: 300, overByMs: 120, via: 'heartbeat', line: 3, words: 'heartbeat timeout' } }),
    );
  });

  it('exactly at the window passes', () => {
    expect(measure([`${t(0)} node1 killed`, `${t(300)} node2 heartbeat timeout`, `${t(300)} node3 heartbeat timeout`]).passed).toBe(true);
  });

  it('a follower missing: how many seen, how many expected', () => {
    const verdict = measure([`${t(0)} node1 received SIGTERM`, `${t(20)} node2 heartbeat timeout`]);
    expect(verdict.checks[2]!.findings.at(-1)).toMatchObject({ code: 'FOLLOWER_MISSING', args: { expected: 2, seen: 1, seenNodes: ['node2'], leader: 'node1' } });
  });

  it('a follower that logged nothing about the leader', () => {
    const verdict = measure([`${t(0)} node1 received SIGTERM`, `${t(20)} node2 heartbeat timeout`, `${t(30)} node3 applied index 42`]);
    expect(problemCodes(verdict)).toEqual(['FOLLOWER_NO_DETECTION']);
    expect(verdict.measurements!.followers[1]).toEqual({ node: 'node3', status: 'no-detection' });
  });

  it('a lesson with its own detection patterns is told what those need, not the default wording', () => {
    const custom = makeLesson({
      patterns: ['missed|lease'],
      timing: { ...W12_TIMING, heartbeat_pattern: 'missed (\\d+ )?heartbeats?|leader lease expired', connection_pattern: 'peer (closed|hung up)|socket closed' },
    });
    const verdict = measure([`${t(0)} node1 received SIGTERM`, `${t(20)} node2 missed 3 heartbeats`, `${t(30)} node3 heartbeat timeout`], custom);
    const finding = verdict.checks[2]!.findings.find((f) => f.code === 'FOLLOWER_NO_DETECTION')!;
    expect(finding.args).toMatchObject({ node: 'node3', expectedHeartbeat: ['missed heartbeat', 'leader lease expired'], expectedConnection: ['peer closed', 'socket closed'] });
    const message = formatFindingMessage(finding);
    expect(message).toContain('expected a line saying "missed heartbeat" or "leader lease expired" (the lesson\'s heartbeat_pattern), or "peer closed" or "socket closed" (its connection_pattern)');
    expect(message).not.toMatch(/election timeout|connection to the leader/);
    // Only the pattern the lesson changed is spelled out; the shipped lesson's (the defaults) keep the words.
    const own = makeLesson({ timing: { ...W12_TIMING, heartbeat_pattern: 'missed heartbeats?' } });
    const ownMessage = formatFindingMessage(measure([`${t(0)} node1 received SIGTERM`, `${t(20)} node2 missed heartbeats`, `${t(30)} node3 applied index 42`], own).checks[2]!.findings.find((f) => f.code === 'FOLLOWER_NO_DETECTION')!);
    expect(ownMessage).toContain('(expected a line saying "missed heartbeat" (the lesson\'s heartbeat_pattern), or its connection to the leader lost or closed)');
    const shipped = measure([`${t(0)} node1 received SIGTERM`, `${t(20)} node2 heartbeat timeout`, `${t(30)} node3 applied index 42`]);
    const shippedFinding = shipped.checks[2]!.findings.find((f) => f.code === 'FOLLOWER_NO_DETECTION')!;
    expect(shippedFinding.args).not.toHaveProperty('expectedHeartbeat');
    expect(formatFindingMessage(shippedFinding)).toContain('(expected a heartbeat or election timeout, or its connection to the leader lost or closed)');
  });

  it('lines without a node cannot be followers, and the finding says how to fix it', () => {
    const verdict = measure([`${t(0)} node1 received SIGTERM`, `${t(20)} heartbeat timeout`, `${t(25)} heartbeat timeout`]);
    expect(verdict.checks[2]!.findings.at(-1)).toMatchObject({ code: 'FOLLOWER_MISSING', args: { seen: 0, unattributedDetections: 2 } });
  });

  it('FOLLOWER_MISSING counts detection lines tied to no node, not every event line without one', () => {
    const verdict = measure([`${t(0)} node1 received SIGTERM`, `${t(20)} heartbeat timeout`, `${t(30)} voted for node1 in term 3`, `${t(40)} following leader node9`]);
    expect(verdict.checks[2]!.findings.at(-1)).toMatchObject({ code: 'FOLLOWER_MISSING', args: { unattributedDetections: 1 } });
  });

  describe('detection lines after the kill tied to no node (a `cat … | sort`, a prefix cut off)', () => {
    // node2 and node3 name themselves before the kill; after it, no detection line names its writer.
    const paste = [
      `${t(-100)} [node2] following leader node1 (term 6)`,
      `${t(-90)} [node3] following leader node1 (term 6)`,
      `${t(0)} [node1] received SIGTERM, shutting down`,
      `${t(200)} election timeout: no heartbeat from leader node1 for 200 ms, starting election for term 7`,
      `${t(250)} connection to leader node1 lost (EOF)`,
      `${t(400)} stepping down: node3 has term 8`,
    ];

    it('never says a follower logged nothing: the finding quotes those lines, and the verdict still fails', () => {
      const verdict = measure(paste);
      expect(verdict.passed).toBe(false);
      expect(problemCodes(verdict)).toEqual(['FOLLOWER_DETECTION_UNATTRIBUTED']);
      expect(verdict.measurements!.followers).toEqual([
        { node: 'node2', status: 'no-detection', unattributedDetections: 2 },
        { node: 'node3', status: 'no-detection', unattributedDetections: 2 },
      ]);
      const node3 = verdict.checks[2]!.findings.find((f) => f.code === 'FOLLOWER_DETECTION_UNATTRIBUTED' && f.args.node === 'node3')!;
      expect(node3).toMatchObject({
        severity: 'error',
        line: 4,
        args: {
          node: 'node3',
          killLine: 3,
          unattributed: 2,
          unattributedLines: [
            { line: 4, excerpt: expect.stringContaining('election timeout: no heartbeat from leader node1') },
            { line: 5, excerpt: expect.stringContaining('connection to leader node1 lost') },
          ],
          // "stepping down: node3 has term 8" names node3 in its words only: a line about node3, maybe not by it.
          looked: [{ line: 6, excerpt: expect.stringContaining('stepping down: node3'), wordsOnly: true }],
        },
      });
      const message = formatFindingMessage(node3);
      expect(message).not.toMatch(/logged nothing|its lines after the kill/);
      expect(message).toContain('whether node3 noticed the leader was gone cannot be told from the paste');
      expect(message).toContain('2 lines after the kill saying a node noticed (a timeout or a lost connection) could not be tied to any node (line 4 "');
      expect(message).toContain("lines after the kill taken as node3's only because their words name it");
    });

    it('a follower with a detection before the kill keeps it in the finding, not "only before the kill"', () => {
      const verdict = measure([`${t(-300)} [node2] heartbeat timeout, starting election`, ...paste]);
      const node2 = verdict.checks[2]!.findings.find((f) => f.args.node === 'node2')!;
      expect(node2).toMatchObject({ code: 'FOLLOWER_DETECTION_UNATTRIBUTED', args: { beforeMs: 300, line: 1, unattributed: 2 } });
      expect(verdict.measurements!.followers[0]).toEqual({ node: 'node2', status: 'before-kill-only', unattributedDetections: 2 });
      expect(formatFindingMessage(node2)).toContain('before the kill it noticed a missing leader on line 1, 300 ms before');
    });

    it('a follower whose own line detected is measured as before; only the other one cannot be told', () => {
      const verdict = measure([...paste, `${t(120)} [node2] heartbeat timeout`]);
      expect(verdict.measurements!.followers).toEqual([
        expect.objectContaining({ node: 'node2', status: 'detected', detectionMs: 120 }),
        { node: 'node3', status: 'no-detection', unattributedDetections: 2 },
      ]);
      expect(problemCodes(verdict)).toEqual(['FOLLOWER_DETECTION_UNATTRIBUTED']);
    });

    it('detection lines tied to no node before the kill change nothing: the follower logged nothing after it', () => {
      const verdict = measure([`${t(-50)} heartbeat timeout`, `${t(0)} [node1] received SIGTERM`, `${t(20)} [node2] heartbeat timeout`, `${t(30)} [node3] applied index 42`]);
      expect(problemCodes(verdict)).toEqual(['FOLLOWER_NO_DETECTION']);
    });
  });

  it('more followers than required: one that logged nothing is a warning once enough detected in time; one too slow fails', () => {
    const silent = measure([`${t(0)} node1 received SIGTERM`, `${t(20)} node2 heartbeat timeout`, `${t(25)} node3 heartbeat timeout`, `${t(600)} node4 applied index 42`]);
    expect(silent.passed).toBe(true);
    expect(silent.checks[2]!.findings).toContainEqual(expect.objectContaining({ code: 'FOLLOWER_NO_DETECTION', severity: 'warning' }));
    // A five-node cluster's node4 at +900 ms shows an election timeout the lesson rules out, however fast node2 and node3 were.
    const slow = measure([`${t(0)} node1 received SIGTERM`, `${t(20)} node2 heartbeat timeout`, `${t(25)} node3 heartbeat timeout`, `${t(900)} node4 heartbeat timeout`]);
    expect(slow.passed).toBe(false);
    expect(slow.checks[2]!.findings).toContainEqual(expect.objectContaining({ code: 'DETECTION_TOO_SLOW', severity: 'error' }));
    expect(formatVerdictText(slow, { color: false })).toContain('2/3 followers detected the dead leader within 300 ms');
  });

  it('timestamps coarser than the window cannot prove it', () => {
    const verdict = measure(['Nov 26 19:30:01 h kv_node[1]: received SIGTERM', 'Nov 26 19:30:01 h kv_node[2]: heartbeat timeout', 'Nov 26 19:30:01.500 h kv_node[3]: heartbeat timeout']);
    expect(verdict.measurements!.followers.map((f) => [f.node, f.status, f.precisionMs])).toEqual([
      ['node2', 'too-coarse', 1000],
      ['node3', 'too-coarse', 1000],
    ]);
    const fine = checkPaste(makeLesson({ timing: { ...W12_TIMING, window_ms: 2000 } }), ['Nov 26 19:30:01 h kv_node[1]: received SIGTERM', 'Nov 26 19:30:02 h kv_node[2]: heartbeat timeout', 'Nov 26 19:30:02 h kv_node[3]: heartbeat timeout'].join('\n'));
    expect(fine.passed).toBe(true);
  });
});

describe('a kill stamped in whole seconds before detections stamped to the ms', () => {
  // The kill came no earlier than its second's start, so a detection below it in that second is at most the measured
  // ms after it; nothing else is settled by the bound.
  const kill = '2026-11-30 14:03:11 node1 received SIGTERM';

  it('is within the window when a detection below the kill came in time even from the start of its second', () => {
    const verdict = measure([kill, '2026-11-30 14:03:11.164 node3 heartbeat timeout', '2026-11-30 14:03:11.300 node2 heartbeat timeout']);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.followers.map((f) => [f.node, f.status, f.detectionMs, f.precisionMs])).toEqual([
      ['node2', 'detected', 300, 1000],
      ['node3', 'detected', 164, 1000],
    ]);
    const detected = verdict.checks[2]!.findings.find((f) => f.code === 'FOLLOWER_DETECTED' && f.args.node === 'node3')!;
    expect(detected.args).toMatchObject({ killPrecisionMs: 1000 });
    expect(formatFindingMessage(detected)).toContain('node3 noticed the dead leader at most 164 ms after the kill');
  });

  it('proves nothing for detections above the kill line (they may have come before it), later than the window, or in whole seconds', () => {
    const above = measure(['2026-11-30 14:03:10.100 node1 became leader', '2026-11-30 14:03:11.050 node2 heartbeat timeout', '2026-11-30 14:03:11.060 node3 heartbeat timeout', kill]);
    expect(above.passed).toBe(false);
    expect(above.measurements!.followers.map((f) => f.status)).toEqual(['too-coarse', 'too-coarse']);
    // A prompt's time is drawn before the command runs: 1.4 s after it may still be in time.
    const late = measure([kill, '2026-11-30 14:03:12.400 node2 heartbeat timeout', '2026-11-30 14:03:11.301 node3 heartbeat timeout']);
    expect(late.measurements!.followers.map((f) => [f.node, f.status])).toEqual([
      ['node2', 'too-coarse'],
      ['node3', 'too-coarse'],
    ]);
    const whole = measure([kill, '2026-11-30 14:03:11 node2 heartbeat timeout', '2026-11-30 14:03:11 node3 heartbeat timeout']);
    expect(whole.measurements!.followers.map((f) => f.status)).toEqual(['too-coarse', 'too-coarse']);
  });

  it('says how far apart the stamps put kill and detection, not one measured figure', () => {
    const coarse = (lines: string[]) => measure(lines).checks[2]!.findings.filter((f) => f.code === 'TIMESTAMPS_TOO_COARSE').map((f) => formatFindingMessage(f));
    // 14:03:12.400 after a kill of 14:03:11.000-.999: 400 to 1400 ms; only the kill's stamp is coarse, and the report says so
    expect(coarse([kill, '2026-11-30 14:03:12.400 node2 heartbeat timeout', '2026-11-30 14:03:11.100 node3 heartbeat timeout'])[0]).toBe(
      "node2: the kill's time (line 1) has 1 s resolution, too coarse for a 300 ms window (the stamps put the line 400 ms to 1400 ms after the kill): record the kill's time with milliseconds",
    );
    // both in the kill's second: before or after it
    expect(coarse([kill, '2026-11-30 14:03:11 node2 heartbeat timeout', '2026-11-30 14:03:11 node3 heartbeat timeout'])[0]).toBe(
      'node2: timestamps have 1 s resolution, too coarse for a 300 ms window (the stamps put the line anywhere from 1000 ms before the kill to 1000 ms after it): log times with milliseconds',
    );
  });
});

describe('unpadded US dates (`12/3/2026`: toLocaleString, .NET, PowerShell) keep their day', () => {
  it('so detections a day after the kill are a day late, not +200 ms; the same day passes, with no "no date" note', () => {
    const dayLater = measure(['12/3/2026 11:20:08.100 AM [n1] received SIGTERM', '12/4/2026 11:20:08.300 AM [n2] heartbeat timeout', '12/4/2026 11:20:08.310 AM [n3] heartbeat timeout']);
    expect(dayLater.passed).toBe(false);
    expect(dayLater.measurements!.followers.map((f) => [f.node, f.detectionMs])).toEqual([
      ['node2', 86_400_200],
      ['node3', 86_400_210],
    ]);
    const sameDay = measure(['12/3/2026, 9:55:07.100 AM [n1] received SIGTERM', '12/3/2026, 9:55:07.300 AM [n2] heartbeat timeout', '12/3/2026, 9:55:07.310 AM [n3] heartbeat timeout']);
    expect(sameDay.passed).toBe(true);
    expect(sameDay.measurements).toMatchObject({ clock: 'absolute', killAt: '2026-12-03 09:55:07.100' });
  });
});

describe('the delays a follower\'s coarse stamps allow, kept per detection line for the picture', () => {
  it('are set on followers too coarse to measure, per line, from each stamp and the kill\'s, and on no other follower', () => {
    const verdict = measure([
      '2026-11-30 14:03:11 node1 received SIGTERM',
      '2026-11-30 14:03:12.400 node2 heartbeat timeout',
      '2026-11-30 14:03:11 node3 connection to leader node1 lost',
      '2026-11-30 14:03:12 node3 heartbeat timeout',
    ]);
    expect(verdict.measurements!.followers.map((f) => [f.node, f.status, f.heartbeatBoundsMs, f.connectionBoundsMs])).toEqual([
      ['node2', 'too-coarse', { earliestMs: 400, latestMs: 1400 }, undefined],
      ['node3', 'too-coarse', { earliestMs: 0, latestMs: 2000 }, { earliestMs: -1000, latestMs: 1000 }],
    ]);
    const measured = measure(['2026-11-30 14:03:11.000 node1 received SIGTERM', '2026-11-30 14:03:11.100 node2 heartbeat timeout', '2026-11-30 14:03:11.120 node3 heartbeat timeout']);
    expect(measured.measurements!.followers.map((f) => [f.status, 'heartbeatBoundsMs' in f, 'connectionBoundsMs' in f])).toEqual([
      ['detected', false, false],
      ['detected', false, false],
    ]);
  });
});

describe("a kill timed by macOS's BSD date, which prints %N as a literal N (`16:08:41.N`)", () => {
  it("is the kill's time in whole seconds, too coarse for the window, and the report names the kill's line as the coarse one", () => {
    const verdict = measure([
      '% date +%H:%M:%S.%N; kill -9 4101',
      '16:08:41.N',
      '16:08:40.951 node2 follower term 2: append from leader node1 ok',
      '16:08:41.640 node2 follower term 2: recv from leader node1: Connection reset by peer',
      '16:08:41.641 node3 follower term 2: recv from leader node1: Connection reset by peer',
    ]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements).toMatchObject({ killLine: 2, killAt: '16:08:41' });
    expect(verdict.measurements!.followers.map((f) => [f.node, f.status])).toEqual([
      ['node2', 'too-coarse'],
      ['node3', 'too-coarse'],
    ]);
    const coarse = verdict.checks[2]!.findings.find((f) => f.code === 'TIMESTAMPS_TOO_COARSE' && f.args.node === 'node2')!;
    expect(coarse.args).toMatchObject({ coarseKillLine: 2, precisionMs: 1000, bsdDate: true });
    expect(formatFindingMessage(coarse)).toBe(
      "node2: the kill's time (line 2) has 1 s resolution, too coarse for a 300 ms window (the stamps put the line anywhere from 360 ms before the kill to 640 ms after it): record the kill's time with milliseconds" +
        " — macOS's date has no %N (it prints the letter N): use GNU date, `gdate +%T.%3N` (Homebrew's coreutils), or `python3 -c 'import datetime; print(datetime.datetime.now().time())'`",
    );
  });
});

describe('a kill stamped to the ms before detections stamped in whole seconds (Go log.LstdFlags)', () => {
  // `04:04:47` stands for some moment of [04:04:47.000, 04:04:48.000): a detection stamped in the kill's own second may
  // be after a kill at .790, so it is too coarse to prove the window, never "before the kill".
  const kill = ['$ date +%H:%M:%S.%N; kill -TERM 19529', '04:04:47.790811766'];
  const go = (node: string, second: number, message: string): string => `[${node}] 2026/12/01 04:04:${second} ${message}`;

  it('a detection in the kill\'s second is too coarse, measured at most to the end of that second', () => {
    const verdict = measure([...kill, go('node1', 46, 'following leader node2 (term 1)'), go('node1', 47, 'WARN lost connection to leader node2: EOF'), go('node2', 47, 'caught signal: terminated, shutting down'), go('node3', 47, 'WARN lost connection to leader node2: EOF')]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.map((f) => [f.node, f.status, f.detectionMs, f.stampHoldsKill])).toEqual([
      ['node1', 'too-coarse', 209.188, true],
      ['node3', 'too-coarse', 209.188, true],
    ]);
    expect(problemCodes(verdict)).not.toContain('DETECTION_BEFORE_KILL_ONLY');
    const coarse = verdict.checks[2]!.findings.find((f) => f.code === 'TIMESTAMPS_TOO_COARSE' && f.args.node === 'node1')!;
    expect(coarse.args).toMatchObject({ stampHoldsKill: true, line: 4 });
    expect(formatFindingMessage(coarse)).toBe(
      "node1: timestamps have 1 s resolution, too coarse for a 300 ms window (line 4's stamp spans 1 s, which holds the kill: the line may be from before the kill or up to 209.188 ms after it): log times with milliseconds",
    );
  });

  it('a detection stamped in a later second is too coarse, 209.188 ms to 1209.188 ms after the kill (JUL: `Dec 01, 2026 4:04:48 AM`)', () => {
    const jul = (node: string, message: string): string[] => ['Dec 01, 2026 4:04:48 AM raft.Node onMessage', `INFO: [${node}] ${message}`];
    const verdict = measure([...kill, ...jul('node1', 'no heartbeat from leader node2 for 210 ms, voting for node3'), ...jul('node3', 'election timeout: no heartbeat from leader node2 for 208 ms')]);
    expect(verdict.measurements!.followers.map((f) => [f.node, f.status, f.detectionMs])).toEqual([
      ['node1', 'too-coarse', 209.188],
      ['node3', 'too-coarse', 209.188],
    ]);
    const coarse = verdict.checks[2]!.findings.find((f) => f.code === 'TIMESTAMPS_TOO_COARSE' && f.args.node === 'node1')!;
    expect(formatFindingMessage(coarse)).toBe(
      'node1: timestamps have 1 s resolution, too coarse for a 300 ms window (the stamps put the line 209.188 ms to 1209.188 ms after the kill): log times with milliseconds',
    );
  });

  it('so is a JUL record grep -H printed (`data/node1/node.log:INFO: …` takes its head\'s time), not an untimed line', () => {
    const grepH = (node: string, message: string): string[] => [`data/${node}/node.log:Dec 01, 2026 4:04:48 AM raft.Node onMessage`, `data/${node}/node.log:INFO: ${message}`];
    const verdict = measure([...kill, ...grepH('node1', 'no heartbeat from leader node2 for 210 ms, voting for node3'), ...grepH('node3', 'election timeout: no heartbeat from leader node2 for 208 ms')]);
    expect(verdict.measurements!.followers.map((f) => [f.node, f.status, f.line])).toEqual([
      ['node1', 'too-coarse', 4],
      ['node3', 'too-coarse', 6],
    ]);
    expect(problemCodes(verdict)).not.toContain('FOLLOWER_NO_DETECTION');
  });

  it('a whole-second detection of an earlier second is still before the kill', () => {
    const verdict = measure([...kill, go('node1', 46, 'WARN lost connection to leader node2: EOF'), go('node3', 46, 'WARN lost connection to leader node2: EOF')]);
    expect(verdict.measurements!.followers.map((f) => f.status)).toEqual(['before-kill-only', 'before-kill-only']);
  });

  it('a ms-stamped detection of the same second comes first: it is proven, the whole-second one may be later', () => {
    const verdict = measure([...kill, go('node1', 47, 'WARN lost connection to leader node2: EOF'), '[node1] 2026/12/01 04:04:47.795000 election timeout fired', '[node3] 2026/12/01 04:04:47.796000 WARN lost connection to leader node2: EOF']);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.followers.map((f) => [f.node, f.status, f.detectionMs, f.line])).toEqual([
      ['node1', 'detected', 4.188, 4],
      ['node3', 'detected', 5.188, 5],
    ]);
  });
});

describe('timestamps', () => {
  it('none at all: the line read as the kill is named, nothing is measured', () => {
    const verdict = measure(['node2 heartbeat armed', 'node1 received SIGTERM', 'node2 heartbeat timeout']);
    expect(verdict.checks[2]!.findings).toEqual([expect.objectContaining({ code: 'TIMESTAMPS_MISSING', args: { lines: 3, untimestampedLine: 2 } })]);
    expect(verdict.measurements).toMatchObject({ killLine: null, killAtMs: null, leader: null });
  });

  it('a ts -i stream filtered after ts: the command line is named, its gaps are not summed', () => {
    const verdict = measure(["$ ./cluster.sh | ts -i '%.s' | grep -v append", '0.000385 [n1] received SIGTERM', '0.000594 [n2] heartbeat timeout']);
    expect(verdict.checks[2]!.findings).toEqual([expect.objectContaining({ code: 'TIMESTAMPS_MISSING', args: { lines: 3, untimestampedLine: 2, unsummedIncrementalLine: 1 } })]);
  });

  it('a ts -s count per terminal (a comment after the command): the command line is named, the counts are not read', () => {
    const verdict = measure([
      "$ ./kv_node --id N 2>&1 | ts -s '%.s' | tee data/nodeN/node.log  # one per terminal",
      '==> node1.log <==',
      '1.499373 INFO  node1: received SIGTERM, shutting down',
      '==> node2.log <==',
      '1.621401 WARN  node2: election timeout fired: no heartbeat from leader node1',
    ]);
    expect(verdict.checks[2]!.findings).toEqual([expect.objectContaining({ code: 'TIMESTAMPS_MISSING', args: { lines: 5, untimestampedLine: 3, sinceStartCommandLine: 1 } })]);
  });

  it('none at all and no kill line: no kill is named', () => {
    const verdict = measure(['node2 started', 'node2 heartbeat timeout']);
    expect(verdict.checks[2]!.findings).toEqual([expect.objectContaining({ code: 'TIMESTAMPS_MISSING', args: { lines: 2 } })]);
  });

  it('a timestamp somewhere, but not on the kill or detection lines: the kill is missing', () => {
    expect(problemCodes(measure([`${t(-5)} node2 started`, 'node1 received SIGTERM', 'node2 heartbeat timeout']))).toEqual(['KILL_LINE_MISSING']);
  });

  it('detections only before the kill', () => {
    const verdict = measure([`${t(-300)} node2 heartbeat timeout`, `${t(-250)} node3 EOF`, `${t(0)} node1 received SIGTERM`]);
    expect(verdict.checks[2]!.findings.filter((f) => f.code === 'DETECTION_BEFORE_KILL_ONLY').map((f) => f.args)).toEqual([
      { node: 'node2', beforeMs: 300, line: 1, killLine: 3, looked: [] },
      { node: 'node3', beforeMs: 250, line: 2, killLine: 3, looked: [] },
    ]);
  });

  it('running backwards within one node is a warning (once per node), not a failure', () => {
    const verdict = measure([
      `${t(0)} node1 received SIGTERM`,
      `${t(140)} node2 heartbeat timeout`,
      `${t(10)} node2 EOF`,
      `${t(5)} node2 EOF`,
      `${t(30)} node3 heartbeat timeout`,
    ]);
    expect(verdict.passed).toBe(true);
    expect(verdict.checks[2]!.findings.filter((f) => f.code === 'TIMESTAMPS_BACKWARDS')).toEqual([
      expect.objectContaining({ severity: 'warning', line: 3, args: { node: 'node2', backMs: 130, line: 3, previousLine: 2 } }),
    ]);
  });

  it("a record that signalled at once times the kill, its leader's handler logging late (adv54f-32: 26 ms, +309 ms not +283)", () => {
    const lines = (record: string): string[] => [
      `${t(-2000)} node1 became leader (term 1)`,
      `${t(-1999)} node2 following leader node1 (term 1)`,
      `${t(-1999)} node3 following leader node1 (term 1)`,
      `$ date +%T.%3N; ${record}`,
      new Date(Date.UTC(2026, 10, 26, 19, 30, 1)).toISOString().slice(11, 23),
      `${t(26)} node1 received SIGTERM, shutting down`,
      `${t(309)} node2 heartbeat timeout`,
      `${t(250)} node3 heartbeat timeout`,
    ];
    const signalled = measure(lines('kill 8237'));
    expect([signalled.passed, signalled.measurements?.killLine, signalled.measurements?.followers.map((f) => f.detectionMs)]).toEqual([false, 5, [309, 250]]);
    // A kill that looked its pid up after the date (`kill $(pgrep …)`): the own line is the signal's arrival, judged too,
    // when the paste shows node1 alive after the date (node2 heard from it); else its handler may have logged late as
    // well, and the record times the kill (adv68a-28).
    const looked = measure(lines('kill $(pgrep -f "kv_node --id 1")'));
    expect([looked.passed, looked.measurements?.killLine]).toEqual([false, 5]);
    const heard = lines('kill $(pgrep -f "kv_node --id 1")');
    heard.splice(5, 0, `${t(12)} node2 heartbeat from leader node1 (term 1)`);
    const alive = measure(heard);
    expect([alive.passed, alive.measurements?.killLine]).toEqual([true, 7]);
  });

  it("a whole-second kill record (BSD date's `.N`) with the leader's own ms line inside its second: the line times the kill (adv54g-14)", () => {
    const verdict = measure([
      `${t(-2000)} node3 became leader (term 1)`,
      `${t(-1999)} node1 following leader node3 (term 1)`,
      `${t(-1999)} node2 following leader node3 (term 1)`,
      '$ date +%T.%N; kill 31537',
      '19:30:01.N',
      `${t(743)} node3 received SIGTERM, shutting down`,
      `${t(746)} node1 connection to leader node3 lost (EOF)`,
      `${t(746)} node2 connection to leader node3 lost (EOF)`,
    ]);
    expect([verdict.checks[2]!.passed, verdict.measurements?.killLine, verdict.measurements?.followers.map((f) => f.detectionMs)]).toEqual([true, 6, [3, 3]]);
  });

  it("a follower's lost link to a leader another node's line shows leading a later term is no detection of the kill (adv54d-03)", () => {
    const verdict = measure([
      `${t(-1300)} node1 became leader (term 1), votes from node2, node3`,
      `${t(0)} node1 received SIGTERM, shutting down`,
      `${t(1080)} node1 kv_node node1 starting (pid 31671) listening on 127.0.0.1:7201, term 1`,
      `${t(1100)} node1 following leader node2 (term 2)`,
      `${t(2530)} node3 connection to leader node2 lost (EOF)`,
    ]);
    const node3 = verdict.measurements!.followers.find((f) => f.node === 'node3')!;
    expect(node3.status).toBe('no-detection');
  });

  it("a student's kill time after the leader's own 'received SIGTERM' line is no kill of it (adv54d-15: a later time typed under the logs)", () => {
    const lines = [
      `${t(-1050)} node2 became leader (term 1)`,
      `${t(-1049)} node1 following leader node2 (term 1)`,
      `${t(-1049)} node3 following leader node2 (term 1)`,
      `${t(0)} node2 received SIGTERM, shutting down`,
      `${t(389)} node1 heartbeat timeout — no message from leader node2 in 431ms`,
      `${t(384)} node3 heartbeat timeout — no message from leader node2 in 425ms`,
    ];
    const at = new Date(Date.UTC(2026, 10, 26, 19, 30, 1) + 185).toISOString().slice(11, 23);
    for (const claim of [`killed the leader at ${at} (date in my other terminal), so node3 detected after 199 ms`, `| kill (date) | ${at} |`]) {
      const verdict = measure([...lines, '', claim]);
      expect([verdict.passed, verdict.measurements?.killLine], claim).toEqual([false, 4]);
      const chosen = verdict.checks[2]!.findings.find((f) => f.code === 'KILL_CHOSEN')!;
      expect(formatFindingMessage(chosen), claim).toContain("185 ms after node2's own line 4 saying it received its end");
    }
  });

  it("a follower's kill after every other node noticed the leader gone: the leader's own kill left no line (adv54a-22: kill -9, then the teardown)", () => {
    const verdict = measure([
      `${t(-2000)} n1 became leader (term 1)`,
      `${t(-1999)} n2 following leader n1 (term 1)`,
      `${t(-1998)} n3 following leader n1 (term 1)`,
      `${t(-510)} n2 election timeout fired (no heartbeat from leader n1 in 253ms), becoming candidate term 2`,
      `${t(-510)} n3 election timeout fired (no heartbeat from leader n1 in 253ms), becoming candidate term 2`,
      `${t(0)} n2 received SIGTERM, shutting down`,
    ]);
    const finding = verdict.checks[2]!.findings.find((f) => f.code === 'KILLED_NODE_NOT_LEADER')!;
    expect(finding.args).toMatchObject({ killed: 'n2', leader: 'n1', lostBefore: { lines: [4, 5] } });
    expect(formatFindingMessage(finding)).toContain('was gone before it: lines 4, 5 show every other node noticing it before this kill');
    // Not when a node had not noticed: the follower's kill is then the student's mistake, as before.
    const partial = measure([`${t(-2000)} n1 became leader (term 1)`, `${t(-1999)} n2 following leader n1 (term 1)`, `${t(-1998)} n3 following leader n1 (term 1)`, `${t(-510)} n3 election timeout fired (no heartbeat from leader n1 in 253ms)`, `${t(0)} n2 received SIGTERM, shutting down`]);
    expect(partial.checks[2]!.findings.find((f) => f.code === 'KILLED_NODE_NOT_LEADER')!.args.lostBefore).toBeUndefined();
  });

  it('a command printing the log again between the two lines starts its order afresh: no warning; a relaunch between them keeps it', () => {
    const tail = [
      `$ grep -h leader data/node*/node.log`,
      `${t(-2000)} node1 became leader for term 1`,
      `${t(-1999)} node2 following leader node1 (term 1)`,
      `$ date +%T.%N; kill -STOP 4101`,
      `$ tail -n 3 data/node*/node.log`,
      `${t(-3000)} node2 voted for node1 in term 1`,
      `${t(-1999)} node2 following leader node1 (term 1)`,
      `${t(140)} node2 heartbeat timeout`,
    ];
    expect(measure(tail).checks[2]!.findings.filter((f) => f.code === 'TIMESTAMPS_BACKWARDS')).toEqual([]);
    // `sudo docker compose logs kv2` and PowerShell's Get-Content print logs too; a launch (`./kv_node --id 2`) is a new run.
    for (const command of ['$ sudo docker compose logs --no-color kv2', 'PS C:\\lab> Get-Content .\\node2.log -Tail 3']) {
      expect(measure(tail.map((line) => (line.startsWith('$ tail') ? command : line))).checks[2]!.findings.filter((f) => f.code === 'TIMESTAMPS_BACKWARDS')).toEqual([]);
    }
    const relaunched = tail.map((line) => (line.startsWith('$ tail') ? '$ ./kv_node --id 2 --port 7002' : line));
    expect(measure(relaunched).checks[2]!.findings.filter((f) => f.code === 'TIMESTAMPS_BACKWARDS').map((f) => f.args)).toEqual([{ node: 'node2', backMs: 1001, line: 6, previousLine: 3 }]);
  });

  it("a step back of RESTART_BACKSTEP_MS or less is a process's threads writing out of order, no warning (ZooKeeper, etcd)", () => {
    const verdict = measure([`${t(0)} node1 received SIGTERM`, `${t(40)} node2 heartbeat timeout`, `${t(-10)} node2 EOF`, `${t(30)} node3 heartbeat timeout`]);
    expect(verdict.checks[2]!.findings.filter((f) => f.code === 'TIMESTAMPS_BACKWARDS')).toEqual([]);
  });

  it('a whole-second stamp after finer ones of its own second is not running backwards (etcd capnslog raft lines)', () => {
    const verdict = measure([
      '2026-11-30 04:06:15.385467 node1 I | received SIGTERM',
      '2026-11-30 04:06:15.391000 node2 W | rafthttp: lost the TCP streaming connection with peer 9fbe5480589c3da3 (stream Message reader)',
      'raft2026/11/30 04:06:15 node2 INFO: d3f8ab1e4ba1b8c0 is starting a new election at term 2',
      '2026-11-30 04:06:15.390000 node3 W | rafthttp: lost the TCP streaming connection with peer 9fbe5480589c3da3 (stream Message reader)',
      '2026-11-30 04:06:14.999000 node3 W | heartbeat timeout',
    ]);
    expect(verdict.checks[2]!.findings.filter((f) => f.code === 'TIMESTAMPS_BACKWARDS').map((f) => f.args)).toEqual([
      { node: 'node3', backMs: 391, line: 5, previousLine: 4 },
    ]);
  });

  it('mixing dated and bare times compares by time of day, and says so', () => {
    const verdict = measure([`${t(0)} node1 received SIGTERM`, '19:30:01.100 node2 heartbeat timeout', '19:30:01.200 node3 heartbeat timeout']);
    expect(verdict.passed).toBe(true);
    expect(verdict.checks[2]!.findings).toContainEqual(expect.objectContaining({ code: 'TIMESTAMPS_WITHOUT_DATE', args: { clock: 'time-of-day', mixed: true } }));
  });

  it('zones are applied: the same instant in +01:00 and Z', () => {
    const verdict = measure(['2026-11-26T20:30:01.000+01:00 node1 received SIGTERM', '2026-11-26T19:30:01.050Z node2 EOF', '2026-11-26T18:30:01.060-0100 node3 EOF']);
    expect(verdict.measurements!.followers.map((f) => f.detectionMs)).toEqual([50, 60]);
  });
});

// blind9 pastes whose verdict is right but whose words were wrong (the corpus test compares no texts).
describe('the words of a right verdict (blind9)', () => {
  const corpus = (file: string) => checkPaste(loadLesson('w12-l03'), readFileSync(`${ROOT}fixtures/pastes-corpus/${file}`, 'utf8'));
  const timingFindings = (verdict: ReturnType<typeof checkPaste>) => verdict.checks.find((c) => c.id === 'timing')!.findings;

  it("a Stack Overflow question's code snippet and the asker's name are no followers", () => {
    const verdict = corpus('blind9-stackoverflow-indented-too-slow-312.log');
    expect(verdict.measurements!.followers.map((f) => [f.node, f.status])).toEqual([
      ['node2', 'detected'],
      ['node3', 'too-slow'],
    ]);
  });

  it('a line saying the connection closed, "waiting for election timeout", is quoted by the closed connection it says first', () => {
    const detected = timingFindings(corpus('blind9-kill-leader-script-prompts-0-based-ids.log')).filter((f) => f.code === 'FOLLOWER_DETECTED');
    expect(detected.map((f) => [f.args.node, f.args.words])).toEqual([
      ['node0', 'connection to leader node1 closed'],
      ['node2', 'election timeout'],
    ]);
  });

  it("a runner's teardown (`[run-cluster] got SIGINT, stopping n2 n3`) is one kill with node2's own shutdown after it, no kill of no node", () => {
    const chosen = timingFindings(corpus('blind9-ts-s-relative-one-stream.log')).find((f) => f.code === 'KILL_CHOSEN')!;
    expect(chosen.args.kills).toEqual([
      { line: 13, node: 'node1', ofLeader: true, leaderThen: 'node1' },
      { line: 19, node: 'node2', ofLeader: true, leaderThen: 'node2' },
      { line: 21, node: 'node3', ofLeader: false, leaderThen: 'node2' },
    ]);
  });
});

describe("a follower's lines after it lives again are not its detection of this kill (findNewLifeMs)", () => {
  // node2 logs nothing after the kill; minutes later the cluster runs again and node2's next run times out.
  const paste = (relaunch: string): string[] => [
    `${t(-2000)} node1 became leader for term 3`,
    `${t(-1990)} node2 following leader node1 for term 3`,
    `${t(-1990)} node3 following leader node1 for term 3`,
    `${t(0)} node1 received SIGTERM, shutting down`,
    `${t(180)} node3 heartbeat timeout, starting election for term 4`,
    relaunch,
    `${t(302_000)} node2 heartbeat timeout, starting an election`,
  ];
  const node2 = (lines: string[]) => measure(lines).measurements!.followers.find((f) => f.node === 'node2');

  it('a startup line past the window starts a new life: node2 detected nothing', () => {
    expect(node2(paste(`${t(300_000)} node2 kv_node id=2 listening on 127.0.0.1:7002`))).toMatchObject({ status: 'no-detection' });
  });

  it('so does a Raft term lower than the one it named before the kill, with no startup line (a fresh process)', () => {
    expect(node2(paste(`${t(300_000)} node2 following leader node1 for term 1`))).toMatchObject({ status: 'no-detection' });
  });

  it('a term as high or higher is the same life: its late timeout is its (too slow) detection', () => {
    expect(node2(paste(`${t(300_000)} node2 following leader node3 for term 4`))).toMatchObject({ status: 'too-slow', detectionMs: 302_000 });
  });
});

describe('a follower ended with the leader is no follower left to notice (fp2, findFollowerDeath)', () => {
  const pgrep = ['$ pgrep -af kv_node', '4101 ./kv_node --id 1 --port 7001', '4102 ./kv_node --id 2 --port 7002', '4103 ./kv_node --id 3 --port 7003'];
  const logs = (node2: string[], node3: string[]): string[] => [
    '10:00:00.051 [node1] heartbeat sent to node2, node3 (term 2)',
    '10:00:00.099 [node1] received SIGTERM, shutting down',
    '10:00:00.052 [node2] heartbeat from leader node1 (term 2), election timeout reset',
    ...node2,
    '10:00:00.052 [node3] heartbeat from leader node1 (term 2), election timeout reset',
    ...node3,
  ];
  const node3Notices = ['10:00:00.101 [node3] connection to leader node1 lost: EOF'];
  const follower = (verdict: ReturnType<typeof measure>, node: string) => verdict.measurements!.followers.find((f) => f.node === node);

  it("a follower's line after its own SIGTERM is written while it dies: no detection, and the report says it was killed", () => {
    const verdict = measure(['$ kill 4101 4102; date +%T.%3N', '10:00:00.100', ...logs(['10:00:00.099 [node2] received SIGTERM, shutting down', '10:00:00.100 [node2] connection to leader node1 lost: EOF'], node3Notices)]);
    expect(verdict.passed).toBe(false);
    expect(follower(verdict, 'node2')).toMatchObject({ status: 'no-detection' });
    expect(follower(verdict, 'node3')).toMatchObject({ status: 'detected', detectionMs: 2 });
    const killed = verdict.checks[2]!.findings.find((f) => f.code === 'FOLLOWER_NO_DETECTION')!;
    expect(formatFindingMessage(killed)).toContain('node2 was itself killed on line');
  });

  it('a command ending the leader and a follower (pids a listing maps, `killall NAME`) leaves that follower no detection, even with no line of its own death', () => {
    const eof = ['10:00:00.100 [node2] connection to leader node1 lost: EOF'];
    const ends = ['$ date +%T.%3N; kill $(pgrep kv_node)', '$ date +%T.%3N; pgrep kv_node | xargs kill', "$ date +%T.%3N; pkill -f 'kv_node --id'"];
    for (const command of ['$ kill 4101 4102; date +%T.%3N', '$ date +%T.%3N; killall kv_node', '$ date +%T.%3N; pkill kv_node', ...ends]) {
      const verdict = measure([...pgrep, command, '10:00:00.099', ...logs(eof, node3Notices)]);
      expect(verdict.passed, command).toBe(false);
      expect(follower(verdict, 'node2'), command).toMatchObject({ status: 'no-detection' });
      expect(formatFindingMessage(verdict.checks[2]!.findings.find((f) => f.code === 'FOLLOWER_NO_DETECTION')!), command).toContain('node2 was itself killed');
    }
  });

  it('a kill by image name on Windows (`Stop-Process -Name`, `Get-Process NAME | Stop-Process`, `taskkill /IM`) ends every listed process of it (adv23)', () => {
    const eof = ['10:00:00.100 [node2] connection to leader node1 lost: EOF'];
    // Get-Process's table names no node: three kv_node processes for three nodes are the nodes
    const table = ['PS C:\\kv> Get-Process kv_node | Format-Table Id,ProcessName,StartTime', '  Id ProcessName StartTime', '  -- ----------- ---------', '6120 kv_node     12/2/2026 3:10:02 PM', '6124 kv_node     12/2/2026 3:10:02 PM', '6128 kv_node     12/2/2026 3:10:03 PM'];
    const cim = ['ProcessId CommandLine', '--------- -----------', '     6120 C:\\kv\\KV_NODE.EXE --id 1', '     6124 C:\\kv\\KV_NODE.EXE --id 2', '     6128 C:\\kv\\KV_NODE.EXE --id 3'];
    const cases: [string[], string][] = [
      [table, 'PS C:\\kv> Get-Date -Format HH:mm:ss.fff; Stop-Process -Name kv_node'],
      [table, 'PS C:\\kv> Get-Date -Format HH:mm:ss.fff; Stop-Process -Name "kv_node" -Force'],
      [table, 'PS C:\\kv> Get-Date -Format HH:mm:ss.fff; Get-Process kv_node | Stop-Process'],
      [table, '$ date +%T.%3N; killall kv_node'],
      [cim, 'C:\\kv> echo %time% & taskkill /F /IM kv_node.exe'],
    ];
    for (const [above, command] of cases) {
      const verdict = measure([...above, command, '10:00:00.099', ...logs(eof, node3Notices)]);
      expect(verdict.passed, command).toBe(false);
      expect(follower(verdict, 'node2'), command).toMatchObject({ status: 'no-detection' });
      expect(formatFindingMessage(verdict.checks[2]!.findings.find((f) => f.code === 'FOLLOWER_NO_DETECTION')!), command).toContain('node2 was itself killed');
    }
  });

  it('still passes: a kill by id, a name no listed node runs, a name only one listed process runs, two rows for three nodes', () => {
    const eof = ['10:00:00.100 [node2] connection to leader node1 lost: EOF'];
    const table = (names: string[]) => ['  Id ProcessName StartTime', '  -- ----------- ---------', ...names.map((n, k) => `${6120 + 4 * k} ${n.padEnd(11)} 12/2/2026 3:10:02 PM`)];
    const cases: [string[], string][] = [
      [table(['kv_node', 'kv_node', 'kv_node']), 'PS C:\\kv> Get-Date -Format HH:mm:ss.fff; Stop-Process -Id 6120'],
      [table(['kv_node', 'kv_node', 'kv_node', 'kv_client']), 'PS C:\\kv> Get-Date -Format HH:mm:ss.fff; Stop-Process -Name kv_client'],
      [table(['kv_node', 'python', 'python']), 'PS C:\\kv> Get-Date -Format HH:mm:ss.fff; Stop-Process -Name kv_node'],
      [table(['kv_node', 'kv_node']), '$ date +%T.%3N; killall kv_node'],
    ];
    for (const [above, command] of cases) {
      const verdict = measure([...above, command, '10:00:00.099', ...logs(eof, node3Notices)]);
      expect(verdict.passed, `${command} over ${above.length - 2} rows`).toBe(true);
      expect(follower(verdict, 'node2'), command).toMatchObject({ status: 'detected', detectionMs: 1 });
    }
  });

  it('a background job of the pasted shell (`./kv_node --id 2 &`, `[2] 4102`) is a listed process a `pkill NAME` ends', () => {
    const jobs = ['$ ./kv_node --id 1 --port 7001 &', '[1] 4101', '$ ./kv_node --id 2 --port 7002 &', '[2] 4102', '$ ./kv_node --id 3 --port 7003 &', '[3] 4103'];
    const verdict = measure([...jobs, '$ date +%T.%3N; pkill kv_node', '10:00:00.099', ...logs(['10:00:00.100 [node2] connection to leader node1 closed: context canceled'], node3Notices)]);
    expect(verdict.passed).toBe(false);
    expect(follower(verdict, 'node2')).toMatchObject({ status: 'no-detection' });
  });

  it('a kill of a process group or job holding every node (`kill -- -PGID` by a ps PGID column, `kill %1` of the launcher, `pkill -P`) ends the followers too (adv19)', () => {
    const eof = ['10:00:00.100 [node2] connection to leader node1 lost: EOF'];
    const psGroup = ['$ ps -o pid,pgid,args -C kv_node', '    PID    PGID COMMAND', '   4101    4100 ./kv_node --id 1 --port 7001', '   4102    4100 ./kv_node --id 2 --port 7002', '   4103    4100 ./kv_node --id 3 --port 7003'];
    const psNoHeader = ['$ ps -eo pid,pgid,args | grep [k]v_node', '   4101    4100 ./kv_node --id 1 --port 7001', '   4102    4100 ./kv_node --id 2 --port 7002', '   4103    4100 ./kv_node --id 3 --port 7003'];
    const launcher = ['$ ./start-cluster.sh > /dev/null 2>&1 &', '[1] 4100'];
    const children = ['$ pgrep -a -P 4100', '4101 ./kv_node --id 1 --port 7001', '4102 ./kv_node --id 2 --port 7002', '4103 ./kv_node --id 3 --port 7003'];
    const cases: [string[], string][] = [
      [psGroup, '$ date +%T.%3N; kill -TERM -- -4100'],
      [psNoHeader, '$ date +%T.%3N; kill -9 -4100'],
      [launcher, '$ date +%T.%3N; kill %1'],
      [launcher, '$ date +%T.%3N; kill -s TERM -- -4100'],
      [[...launcher, ...children], '$ date +%T.%3N; pkill -TERM -P 4100'],
    ];
    for (const [above, command] of cases) {
      const verdict = measure([...above, command, '10:00:00.099', ...logs(eof, node3Notices)]);
      expect(verdict.passed, command).toBe(false);
      expect(follower(verdict, 'node2'), command).toMatchObject({ status: 'no-detection' });
      expect(formatFindingMessage(verdict.checks[2]!.findings.find((f) => f.code === 'FOLLOWER_NO_DETECTION')!), command).toContain('node2 was itself killed');
    }
  });

  it('still passes: a group the listing shows only the leader in, a group the paste does not show, a job of the leader alone, a viewer job', () => {
    const eof = ['10:00:00.100 [node2] connection to leader node1 lost: EOF'];
    const ownGroups = ['$ ps -o pid,pgid,args -C kv_node', '    PID    PGID COMMAND', '   4101    4101 ./kv_node --id 1 --port 7001', '   4102    4102 ./kv_node --id 2 --port 7002', '   4103    4103 ./kv_node --id 3 --port 7003'];
    const jobs = ['$ ./kv_node --id 1 --port 7001 &', '[1] 4101', '$ ./kv_node --id 2 --port 7002 &', '[2] 4102', '$ ./kv_node --id 3 --port 7003 &', '[3] 4103'];
    const cases: [string[], string][] = [
      [ownGroups, '$ date +%T.%3N; kill -TERM -- -4101'],
      [pgrep, '$ date +%T.%3N; kill -TERM -- -4100'],
      [jobs, '$ date +%T.%3N; kill %1'],
      [['$ tail -f logs/node2.log &', '[1] 4200', ...pgrep], '$ date +%T.%3N; kill 4101; kill %1'],
    ];
    for (const [above, command] of cases) {
      const verdict = measure([...above, command, '10:00:00.099', ...logs(eof, node3Notices)]);
      expect(verdict.passed, command).toBe(true);
      expect(follower(verdict, 'node2'), command).toMatchObject({ status: 'detected', detectionMs: 1 });
    }
  });

  it("still passes: a kill of one job of a loop's launches (adv22): job 1 is the loop's first launch, job 3 its third, no launcher of all", () => {
    const logs = ['kv[1] 10:00:00.051 leader for term 2', '$ date +%T.%3N; kill %1', '10:00:00.099', 'kv[1] 10:00:00.099 received SIGTERM, shutting down', 'kv[2] 10:00:00.100 connection to leader 1 lost: EOF', 'kv[3] 10:00:00.101 heartbeat timeout: no append from leader 1'];
    const notices = ['[1] 4101', '[2] 4102', '[3] 4103'];
    const cases: [string, string[]][] = [
      ['$ for i in 1 2 3; do ./kv_node $i & done', ['[1]+  Terminated              ./kv_node $i']],
      ['$ for i in 1 2 3; do ./kv_node --id $i & done', ['[1]+  Terminated              ./kv_node --id $i']],
      // job 1's own part of a row of three launches, not the row (which names every node)
      ['$ ./kv_node --id 1 & ./kv_node --id 2 & ./kv_node --id 3 &', ['$ kill %4']],
    ];
    for (const [launch, after] of cases) {
      const verdict = measure([launch, ...notices, ...logs, ...after]);
      expect(verdict.passed, launch).toBe(true);
      expect(follower(verdict, 'node2'), launch).toMatchObject({ status: 'detected', detectionMs: 1 });
    }
  });

  it("a follower's own `received SIGTERM` in its detection's ms ended it whatever the line order (adv19's `kill %1`); a part's `stopped` does not", () => {
    const dying = ['10:00:00.100 [node2] connection to leader node1 lost: EOF', '10:00:00.100 [node2] received SIGTERM, shutting down'];
    const verdict = measure(['$ date +%T.%3N; kill 4101', '10:00:00.099', ...logs(dying, node3Notices)]);
    expect(verdict.passed).toBe(false);
    expect(follower(verdict, 'node2')).toMatchObject({ status: 'no-detection' });
    // a millisecond before its own SIGTERM, it noticed while it served (blind3's honcho teardown)
    const earlier = ['10:00:00.100 [node2] connection to leader node1 lost: EOF', '10:00:00.104 [node2] received SIGTERM, shutting down'];
    expect(follower(measure(['$ date +%T.%3N; kill 4101', '10:00:00.099', ...logs(earlier, node3Notices)]), 'node2')).toMatchObject({ status: 'detected', detectionMs: 1 });
  });

  it('still passes: a second pid that is no node, a kill of the leader alone, a follower whose own stop line comes after its detection', () => {
    const eof = ['10:00:00.100 [node2] connection to leader node1 lost: EOF'];
    for (const command of ['$ kill 4101 4999; date +%T.%3N', '$ kill 4101; date +%T.%3N', '$ date +%T.%3N; pkill -f "kv_node --id 1"', '$ date +%T.%3N; killall kv_nod', "$ date +%T.%3N; kill $(pgrep -f 'kv_node --id 1')", '$ pgrep -af kv_node; date +%T.%3N; kill 4101']) {
      const verdict = measure([...pgrep, command, '10:00:00.099', ...logs(eof, node3Notices)]);
      expect(verdict.passed, command).toBe(true);
      expect(follower(verdict, 'node2'), command).toMatchObject({ status: 'detected', detectionMs: 1 });
    }
    // `append handler stopped` after the follower's own notice is a part of it stopping, written after it noticed.
    const stopped = measure(['$ kill 4101; date +%T.%3N', '10:00:00.100', ...logs([...eof, '10:00:00.100 [node2] append handler stopped'], node3Notices)]);
    expect(follower(stopped, 'node2')).toMatchObject({ status: 'detected', detectionMs: 1 });
  });
});

describe('a kill of the one process running every node ends them all (adv21, an in-process cluster)', () => {
  // pino-pretty heads `(name/pid)`: node1..node3 under pids `p1`..`p3`; the followers notice node1's end 3 ms after.
  const cluster = (p1: string, p2: string, p3: string): string[] => [
    `[10:00:00.040] INFO (node1/${p1}): election timeout (294ms), starting election (term 1)`,
    `[10:00:00.051] INFO (node1/${p1}): became leader (term 1, 3 votes)`,
    `[10:00:00.052] INFO (node2/${p2}): following leader node1`,
    `[10:00:00.052] INFO (node3/${p3}): following leader node1`,
    `[10:00:00.102] WARN (node2/${p2}): lost connection to leader node1 (socket ended)`,
    `[10:00:00.103] WARN (node3/${p3}): lost connection to leader node1 (socket ended)`,
  ];
  const kill = (command: string): string[] => [`$ ${command}`, '10:00:00.099'];
  const follower = (verdict: ReturnType<typeof measure>, node: string) => verdict.measurements!.followers.find((f) => f.node === node);
  const messages = (verdict: ReturnType<typeof measure>): string[] => verdict.checks[2]!.findings.filter((f) => f.code === 'FOLLOWER_NO_DETECTION').map((f) => formatFindingMessage(f));

  it('`kill -TERM 5120` of the pid every node logs under fails, and the report says one kill stopped every node', () => {
    const verdict = measure([...cluster('5120', '5120', '5120'), ...kill('date +%T.%3N; kill -TERM 5120')]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killLine).toBe(8);
    expect(follower(verdict, 'node2')).toMatchObject({ status: 'no-detection' });
    expect(follower(verdict, 'node3')).toMatchObject({ status: 'no-detection' });
    expect(messages(verdict)).toEqual(
      ['node2', 'node3'].map(
        (node) =>
          `${node} was stopped on line 8, by the same kill as the leader: pid 5120 is one process running node1, node2 and node3 (all their lines carry 5120), ` +
          "so killing it stopped every node and no follower was left running to notice the leader was gone: run each node as a process of its own and kill only the leader's",
      ),
    );
  });

  it('with no kill command pasted, the process\'s own `(cluster/5120): received SIGTERM` is the kill of all three', () => {
    const lines = cluster('5120', '5120', '5120');
    const verdict = measure([...lines.slice(0, 4), '[10:00:00.100] INFO (cluster/5120): received SIGTERM, stopping 3 nodes', ...lines.slice(4)]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killLine).toBe(5);
    expect(messages(verdict)[0]).toContain('node2 was stopped on line 5, by the same kill as the leader: pid 5120 is one process running node1, node2 and node3');
    // "stopping 3 nodes" counts the nodes: it names no node3 (a follower), it ends the leader node1 with the rest.
    expect(verdict.measurements).toMatchObject({ leader: 'node1', killedNode: 'node1' });
  });

  it('still passes: one pid per node, pid 1 of each container (`docker exec kv1 … kill 1`, `kill 1` in its shell), a pid in another container or machine', () => {
    const cases: [string[], string][] = [
      [cluster('5120', '5121', '5122'), 'date +%T.%3N; kill -TERM 5120'],
      [cluster('1', '1', '1'), "docker exec kv1 sh -c 'date +%T.%3N; kill -TERM 1'"],
      [cluster('1', '1', '1'), 'date +%T.%3N; kill -TERM 1'],
      [cluster('7', '7', '7'), 'date +%T.%3N; kubectl exec kv-0 -- kill 7'],
      [cluster('4101', '4101', '4101'), 'date +%T.%3N; ssh kv1 kill 4101'],
    ];
    for (const [lines, command] of cases) {
      const verdict = measure([...lines, ...kill(command)]);
      expect(verdict.passed, command).toBe(true);
      expect(follower(verdict, 'node2'), command).toMatchObject({ status: 'detected', detectionMs: 3 });
      expect(follower(verdict, 'node3'), command).toMatchObject({ status: 'detected', detectionMs: 4 });
    }
  });
});

describe('a timeout loop from before the kill is no detection (adv19, timeout-loop.ts)', () => {
  const node2 = ['09:59:59.951 [node2] heartbeat from leader node1 (term 2)', '10:00:00.051 [node2] heartbeat from leader node1 (term 2)', '10:00:00.102 [node2] connection to leader node1 closed: EOF'];
  const kill = ['$ date +%T.%3N; kill 4101', '10:00:00.100'];
  const loop = [
    '09:59:59.349 [node3] election timeout, no heartbeat from leader; starting election for term 14',
    '09:59:59.611 [node3] election timeout, no heartbeat from leader; starting election for term 15',
    '09:59:59.869 [node3] election timeout, no heartbeat from leader; starting election for term 16',
  ];
  const follower3 = (codeOf: ReturnType<typeof measure>) => codeOf.measurements!.followers.find((f) => f.node === 'node3');

  it("a follower timing out every ~260 ms since before the kill, never following node1: its next turn (+27 ms) is no detection, and the report says why", () => {
    const verdict = measure([...kill, ...node2, ...loop, '10:00:00.127 [node3] election timeout, no heartbeat from leader; starting election for term 17', '10:00:00.128 [node3] RequestVote to node1 (127.0.0.1:7101) failed: connection refused']);
    expect(verdict.passed).toBe(false);
    expect(follower3(verdict)).toMatchObject({ status: 'no-detection' });
    const finding = verdict.checks[2]!.findings.find((f) => f.code === 'FOLLOWER_TIMEOUT_LOOP')!;
    expect(finding).toMatchObject({ severity: 'error', line: 9, args: { node: 'node3', leader: 'node1', killLine: 2, line: 9, afterMs: 27, firstLine: 6, lastLine: 8, timeouts: 3, periodMs: 262 } });
    expect(formatFindingMessage(finding)).toContain('node3 did not notice the kill on line 2: it was already timing out before it, 3 times from line 6 to line 8 (up to 262 ms apart), with no line saying it followed node1');
  });

  it('a line of the looping node naming node1 as the leader it lost still counts', () => {
    const verdict = measure([...kill, ...node2, ...loop, '10:00:00.127 [node3] connection to leader node1 lost: EOF']);
    expect(verdict.passed).toBe(true);
    expect(follower3(verdict)).toMatchObject({ status: 'detected', detectionMs: 27 });
  });

  it('still passes: one election timeout long before, then following node1 until the kill', () => {
    const verdict = measure([...kill, ...node2, '09:59:58.000 [node3] election timeout, starting election for term 2', '09:59:58.004 [node3] heartbeat from leader node1 (term 2)', '10:00:00.051 [node3] heartbeat from leader node1 (term 2)', '10:00:00.287 [node3] election timeout, starting election for term 3']);
    expect(verdict.passed).toBe(true);
    expect(follower3(verdict)).toMatchObject({ status: 'detected', detectionMs: 187 });
  });

  it('still passes: timeouts of the first election (a split vote) seconds before the kill, the following lines grepped away', () => {
    const verdict = measure([...kill, ...node2, '09:59:57.300 [node3] election timeout, starting election for term 1', '09:59:57.560 [node3] election timeout, starting election for term 2', '10:00:00.287 [node3] election timeout, starting election for term 3']);
    expect(verdict.passed).toBe(true);
    expect(follower3(verdict)).toMatchObject({ status: 'detected', detectionMs: 187 });
  });

  it('still passes: two timeouts just before the kill with a line between them and the kill saying node3 followed node1', () => {
    const verdict = measure([...kill, ...node2, '09:59:59.611 [node3] election timeout, starting election for term 1', '09:59:59.869 [node3] election timeout, starting election for term 2', '09:59:59.900 [node3] following leader node1 (term 2)', '10:00:00.127 [node3] election timeout, starting election for term 3']);
    expect(verdict.passed).toBe(true);
    expect(follower3(verdict)).toMatchObject({ status: 'detected', detectionMs: 27 });
  });
});

describe('one follower is not counted twice (adv19)', () => {
  const hb = '10:00:00.051 INFO  heartbeat from leader node1 term=2 ok';
  const eof = '10:00:00.102 WARN  connection to leader node1 lost: EOF';
  const timeout = (ms: number) => `10:00:00.${ms} INFO  election timeout, starting election for term 3`;
  const head = ['$ date +%T.%3N; kill 4101', '10:00:00.100', '$ for n in 2 3; do echo "=== node$n ==="; tail -n 3 data/node2/node.log; done'];

  it("node2's lines again under a `node3` header (a loop tailing one file) are counted once: node3 is missing, and the report says why", () => {
    const verdict = measure([...head, '=== node2 ===', hb, eof, timeout(287), '=== node3 ===', hb, eof, timeout(287)]);
    expect(verdict.passed).toBe(false);
    expect(problemCodes(verdict)).toEqual(['FOLLOWER_MISSING']);
    const finding = verdict.checks[2]!.findings.find((f) => f.code === 'SECTION_REPEATED')!;
    expect(finding).toMatchObject({ severity: 'info', line: 9, args: { node: 'node3', firstLine: 9, lastLine: 11, sameAs: 'node2', sameAsFirstLine: 5, sameAsLastLine: 7 } });
    expect(formatFindingMessage(finding)).toContain('lines 9-11 under node3 repeat lines 5-7 under node2 line for line, to the ms');
  });

  it('still passes: the same heartbeat and EOF ms under both headers, their own election timeouts apart', () => {
    const verdict = measure([...head, '=== node2 ===', hb, eof, timeout(287), '=== node3 ===', hb, eof, timeout(243)]);
    expect(verdict.passed).toBe(true);
  });

  it("a raft library's log named by a node's launched port (`logs/raft-7002.log`, `--port 7002`) is that node, no second follower", () => {
    const verdict = measure([
      '$ pgrep -af kv_node',
      '4101 ./kv_node --id 1 --port 7001',
      '4102 ./kv_node --id 2 --port 7002',
      '4103 ./kv_node --id 3 --port 7003',
      '$ date +%T.%3N; kill 4101',
      '10:00:00.100',
      "$ grep -H -i 'leader\\|timeout\\|eof' logs/*.log",
      'logs/n2.log:10:00:00.102 connection to leader n1 lost: EOF',
      'logs/n3.log:10:00:00.522 heartbeat timeout: no heartbeat from leader n1 for 420ms',
      'logs/raft-7002.log:10:00:00.310 [raft] 127.0.0.1:7002 heartbeat timeout reached, starting election (last leader 127.0.0.1:7001)',
      'logs/raft-7003.log:10:00:00.523 [raft] 127.0.0.1:7003 heartbeat timeout reached, starting election (last leader 127.0.0.1:7001)',
    ]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.nodesSeen).toEqual(['node2', 'node3']);
    expect(verdict.measurements!.followers).toMatchObject([{ node: 'node2', detectionMs: 2, status: 'detected' }, { node: 'node3', detectionMs: 422, status: 'too-slow' }]);
  });
});

describe('measureDetection: the ns past the µs decide a detection at exactly the window', () => {
  const w12 = loadLesson('w12-l03');
  const paste = (kill: string, node3: string): string =>
    [
      '$ grep -h "SIGTERM\\|leader" n1.log n2.log n3.log',
      `2026-12-02T10:00:00.${kill}Z\tINFO\tnode1\treceived SIGTERM, shutting down`,
      '2026-12-02T10:00:00.101212000Z\tWARN\tnode2\tconnection to leader node1 lost: EOF',
      `2026-12-02T10:00:00.${node3}Z\tWARN\tnode3\theartbeat timeout: no message from leader node1`,
    ].join('\n');
  const node3 = (text: string) => checkPaste(w12, text).measurements?.followers.find((f) => f.node === 'node3');

  it('zap RFC3339Nano 300.000489 ms after the kill is too slow, and says by how much', () => {
    const verdict = checkPaste(w12, paste('100000000', '400000489'));
    expect(verdict.passed).toBe(false);
    expect(node3(paste('100000000', '400000489'))).toMatchObject({ status: 'too-slow', detectionMs: 300.000489 });
    const slow = verdict.checks[2]!.findings.find((f) => f.code === 'DETECTION_TOO_SLOW')!;
    expect(formatFindingMessage(slow)).toContain('300.000489 ms after the kill ("heartbeat timeout"), 0.000489 ms later than the 300 ms allowed');
  });

  it('299.999511 ms is in time, and so is 300.000489 after a kill whose own ns come later (.100000600: 299.999889)', () => {
    expect(node3(paste('100000000', '399999511'))).toMatchObject({ status: 'detected', detectionMs: 299.999511 });
    expect(checkPaste(w12, paste('100000600', '400000489')).passed).toBe(true);
    expect(node3(paste('100000600', '400000489'))).toMatchObject({ status: 'detected', detectionMs: 299.999889 });
  });
});

describe('a lost connection to another follower is no detection of the leader (a new user\'s FALSE PASS, session 32)', () => {
  const paste = (node3Line: string): string[] => [
    `${t(-100)} node1 INFO  became leader term=3`,
    `${t(0)} node1 INFO  received SIGTERM, shutting down`,
    `${t(200)} node2 WARN  heartbeat timeout — no message from leader in 300ms`,
    `${t(30)} node3 INFO  ${node3Line}`,
    `${t(420)} node3 WARN  heartbeat timeout — no message from leader in 300ms`,
  ];
  const node3Ms = (line: string): number | null | undefined => measure(paste(line)).measurements?.followers.find((f) => f.node === 'node3')?.detectionMs;

  it('`connection to peer node2 lost (EOF)` and `lost connection to node2` leave node3 120 ms too slow: fails', () => {
    for (const line of ['connection to peer node2 lost (EOF)', 'lost connection to node2 (EOF)', 'connection with peer n2 closed']) {
      const verdict = measure(paste(line));
      expect(verdict.passed, line).toBe(false);
      expect(node3Ms(line), line).toBe(420);
    }
  });

  it('near misses: the lost link to the killed leader, by name or with no name, or to an address, still counts', () => {
    for (const line of ['connection to peer node1 lost (EOF)', 'lost connection to node1 (EOF)', 'connection to the leader lost', 'read from 127.0.0.1:7001: EOF']) {
      expect(measure(paste(line)).passed, line).toBe(true);
      expect(node3Ms(line), line).toBe(30);
    }
  });
});

// adv40 W2: a leader that logs its SIGTERM and goes on sending heartbeats never exited; with no line of a restart
// between, the report said "restarted that soon (by systemd's Restart=…)".
describe('a killed leader leading again with no restart between', () => {
  const lines = (restart: string[]): string[] => [
    '2026-12-03T11:19:40.118Z node1 INFO  became leader (term 1)',
    '2026-12-03T11:19:40.120Z node2 INFO  following leader node1 (term 1)',
    '2026-12-03T11:19:40.121Z node3 INFO  following leader node1 (term 1)',
    '2026-12-03T11:20:08.123Z node1 INFO  received SIGTERM, shutting down',
    ...restart,
    '2026-12-03T11:20:08.173Z node1 DEBUG sent heartbeat to node2, node3 (term 1)',
    '2026-12-03T11:20:08.174Z node2 DEBUG heartbeat from leader node1 (term 1), election timer reset',
    '2026-12-03T11:20:08.174Z node3 DEBUG heartbeat from leader node1 (term 1), election timer reset',
  ];
  const ledAgain = (verdict: ReturnType<typeof measure>): string | undefined => {
    const finding = verdict.checks[2]!.findings.find((f) => f.code === 'KILLED_LEADER_LED_AGAIN');
    return finding === undefined ? undefined : formatFindingMessage(finding);
  };

  it('says the leader went on leading after its SIGTERM line, without a restart', () => {
    const verdict = measure(lines([]));
    expect(verdict.passed).toBe(false);
    expect(ledAgain(verdict)).toBe(
      'node1 logged the kill on line 4 but went on leading after it (line 5, 50 ms later), and no line shows it restarting: its process did not exit ' +
        '(a signal handler that logs and carries on), so its followers had no dead leader to notice — make the node exit on SIGTERM, then kill the leader again',
    );
  });

  it('still says restarted when a line shows the restart', () => {
    expect(ledAgain(measure(lines(['2026-12-03T11:20:08.150Z node1 INFO  starting kv_node (term 1 restored)'])))).toContain("restarted that soon (by systemd's Restart=");
  });
});

describe('followers reached by the kill, and lost links to other nodes (adv48b)', () => {
  const lesson = loadLesson('w12-l03');
  const t = (ms: number): string => `15:58:${(28_334 + ms) / 1000}`.replace(/:(\d)\./, ':0$1.');
  const run = (lines: readonly string[]) => checkPaste(lesson, lines.join('\n'));

  it('a follower signalled in the leader\'s instant (a Ctrl+C of the whole cluster) noticed nothing, though it drained on', () => {
    const base = [`${t(-900)} [node1] INFO  became leader for term 1`, `${t(-800)} [node2] INFO  following leader node1 (term 1)`, `${t(-800)} [node3] INFO  following leader node1 (term 1)`, `${t(0)} [node1] INFO  received SIGINT, shutting down`];
    const drained = run([...base, `${t(1)} [node2] INFO  received SIGINT, draining for 500 ms`, `${t(1)} [node2] WARN  connection to leader node1 lost (EOF)`, `${t(2)} [node3] WARN  connection to leader node1 lost (EOF)`, `${t(250)} [node2] INFO  got vote, won election: became leader for term 2`]);
    expect(drained.passed).toBe(false);
    expect(drained.measurements!.followers.map((f) => [f.node, f.status])).toEqual([
      ['node2', 'no-detection'],
      ['node3', 'detected'],
    ]);
  });

  it("a lost link to a numbered node that is not the leader (a fourth peer never started) is no detection", () => {
    const lines = [`${t(-900)} [node1] INFO  became leader for term 1`, `${t(-800)} [node2] INFO  following leader node1 (term 1)`, `${t(-800)} [node3] INFO  following leader node1 (term 1)`, `${t(0)} [node1] INFO  received SIGTERM, shutting down`, `${t(2)} [node2] WARN  connection to leader node1 lost (EOF)`];
    const refused = run([...lines, `${t(120)} [node3] WARN  connect to peer node4 (127.0.0.1:7224) failed: connection refused`]);
    expect(refused.measurements!.followers.find((f) => f.node === 'node3')?.status).toBe('no-detection');
    const leader = run([...lines, `${t(120)} [node3] WARN  connect to peer node1 (127.0.0.1:7221) failed: connection refused`]);
    expect(leader.measurements!.followers.find((f) => f.node === 'node3')?.status).toBe('detected');
  });
});

describe('a lost link naming the killed node only as a peer (adv50-06: a follower killed, who led grepped out)', () => {
  const w12 = loadLesson('w12-l03');
  const lines = (...extra: string[]): string =>
    [
      'student@kvbox:~/cs-lab/w12$ kill $(pgrep -f "kv_node --id 1")',
      'student@kvbox:~/cs-lab/w12$ grep -h "SIGTERM\\|EOF\\|timeout" data/node*.log',
      'Dec  4 20:29:15.219 kvbox [n1] received SIGTERM, shutting down',
      'Dec  4 20:29:15.219 kvbox [n2] peer 1 disconnected (EOF)',
      'Dec  4 20:29:15.220 kvbox [n3] peer 1 disconnected (EOF)',
      ...extra,
    ].join('\n');

  it('is no detection when no line shows the killed node led and no timer fired after the kill: every node logs it for any peer', () => {
    const verdict = checkPaste(w12, lines());
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.followers.map((f) => f.status)).toEqual(['no-detection', 'no-detection']);
    const finding = verdict.checks.flatMap((c) => c.findings).find((f) => f.code === 'FOLLOWER_NO_DETECTION')!;
    expect(finding.args).toMatchObject({ peerOnly: { line: 4, leader: 'node1' } });
    expect(formatFindingMessage(finding)).toContain('names node1 only as a peer, which every node logs when any peer goes away');
  });

  it.each([
    ['a follower following it', 'Dec  4 20:29:14.277 kvbox [n3] following leader 1 (term 2)'],
    ['its own claim', 'Dec  4 20:29:14.277 kvbox [n1] I am the LEADER for term 2'],
    ["another node's timer firing after the kill", 'Dec  4 20:29:15.390 kvbox [n2] election timeout, starting election for term 3'],
  ])('counts when %s shows the killed node led', (_, line) => {
    const verdict = checkPaste(w12, lines(line));
    expect(verdict.measurements?.followers.map((f) => [f.node, f.detectionMs])).toEqual([
      ['node2', 0],
      ['node3', 1],
    ]);
  });
});

describe("KILL_LINE_MISSING's notLeader: an untimed kill of a node the paste shows following another (adv52b-07)", () => {
  const lesson = loadLesson('w12-l03');
  const file = join(ROOT, 'fixtures/pastes-corpus/adv52b-07-follower-killed.log');
  const missing = (text: string) => checkPaste(lesson, text).checks.flatMap((c) => c.findings).find((f) => f.code === 'KILL_LINE_MISSING')!;

  it('names the killed node, the one leader and its line, and tells the student to kill that one', () => {
    const finding = missing(readFileSync(file, 'utf8'));
    expect(finding.args.notLeader).toEqual({ node: 'node1', leader: 'node3', leaderLine: 12 });
    expect(formatFindingMessage(finding)).toContain('and it kills node1, which was not the leader: line 12 shows node3 leading, so kill node3 (with the time of the kill)');
  });

  it('says nothing of it when a line names the killed node as the leader (a later term the paste may hide)', () => {
    const text = `${readFileSync(file, 'utf8')}2026-12-05T01:58:43.900Z node2 WARN  connection to leader node1 lost (EOF)\n`;
    expect(missing(text).args.notLeader).toBeUndefined();
  });
});

describe("FOLLOWER_NO_DETECTION's laterStart: a follower whose detection comes after its own start, later than the window (adv52c-24)", () => {
  const lesson = loadLesson('w12-l03');
  const text = readFileSync(join(ROOT, 'fixtures/pastes-corpus/adv52c-24-fail-skew-plus-2400.log'), 'utf8');

  it('says the line that reads as its detection is of a later start, not "logged nothing"', () => {
    const finding = checkPaste(lesson, text).checks.flatMap((c) => c.findings).find((f) => f.code === 'FOLLOWER_NO_DETECTION' && f.args.node === 'node3')!;
    expect(finding.args.laterStart).toEqual({ line: 12, startLine: 10, startAfterMs: 2277 });
    expect(formatFindingMessage(finding)).toBe(
      "node3's line 12 reads as noticing the leader was gone, but it comes after node3 started on line 10, 2277 ms after the kill on line 5 by its stamps: " +
        "a later run of it, not this kill's (or its clock runs ahead of the others' — paste one run, from machines whose clocks agree)",
    );
  });
});

describe("FOLLOWER_NO_DETECTION's copied: one follower's detection line copied for another (adv55h-09)", () => {
  const paste = (node3Line: string, third: string[] = []) => [
    '$ date +%T.%N; kill 25927',
    '11:23:31.543611802',
    '2026-12-05 11:23:28.995958 [node1] INFO  became leader (term 1, 3 votes)',
    '2026-12-05 11:23:28.998085 [node2] INFO  following leader node1 (term 1)',
    '2026-12-05 11:23:31.546005 [node2] WARN  connection to leader node1 lost (EOF)',
    '2026-12-05 11:23:28.997864 [node3] INFO  following leader node1 (term 1)',
    node3Line,
    ...third,
  ];

  it('the same µs and words with the name changed: the copy detects nothing', () => {
    const verdict = measure(paste('2026-12-05 11:23:31.546005 [node3] WARN  connection to leader node1 lost (EOF)'));
    expect(verdict.passed).toBe(false);
    const finding = verdict.checks.flatMap((c) => c.findings).find((f) => f.code === 'FOLLOWER_NO_DETECTION')!;
    expect(finding.args).toMatchObject({ node: 'node3', copied: { line: 7, originalLine: 5, original: 'node2' } });
    expect(formatFindingMessage(finding)).toContain("node3's line 7 is node2's line 5 with the name changed");
  });

  it('near misses: a µs apart, other words, or a third writer at that stamp (a batch) stay detections', () => {
    const node3 = (lines: string[]) => measure(lines).measurements!.followers.find((f) => f.node === 'node3')!.status;
    expect(node3(paste('2026-12-05 11:23:31.546006 [node3] WARN  connection to leader node1 lost (EOF)'))).toBe('detected');
    expect(node3(paste('2026-12-05 11:23:31.546005 [node3] WARN  connection to leader node1 closed (EOF)'))).toBe('detected');
    const batch = paste('2026-12-05 11:23:31.546005 [node3] WARN  connection to leader node1 lost (EOF)', ['2026-12-05 11:23:31.546005 [node1] INFO  received SIGTERM, shutting down']);
    expect(measure(batch).checks.flatMap((c) => c.findings).some((f) => f.args.copied !== undefined)).toBe(false);
  });
});

describe("FOLLOWER_NO_DETECTION's beforeOwnStart: a detection stamped before its own writer's start above it (adv55h-13)", () => {
  // node2's EOF line stamped `eof`, listed between its own start and vote lines (run B), under run A's leader kill.
  const paste = (eof: string, after = '2026-12-05 11:22:15.122 [node2] INFO  voted for node3 in term 2') => [
    '2026-12-05 11:22:04.291 [node1] INFO  became leader (term 1, 3 votes)',
    '2026-12-05 11:22:06.338 [node1] INFO  received SIGTERM, shutting down',
    '2026-12-05 11:22:12.223 [node2] INFO  kv_node node2 starting pid=24833 port=7112 election_timeout=250ms',
    '2026-12-05 11:22:12.785 [node2] INFO  following leader node1 (term 1)',
    `${eof} [node2] WARN  connection to leader node1 lost (EOF)`,
    after,
    '2026-12-05 11:22:04.295 [node3] INFO  following leader node1 (term 1)',
    '2026-12-05 11:22:06.350 [node3] WARN  connection to leader node1 lost (EOF)',
  ];
  const node2 = (lines: string[]) => measure(lines).measurements!.followers.find((f) => f.node === 'node2')!;

  it('alone between lines after its start, 5.9 s before it: no detection, and the report says why', () => {
    const verdict = measure(paste('2026-12-05 11:22:06.349'));
    expect(verdict.passed).toBe(false);
    expect(node2(paste('2026-12-05 11:22:06.349')).status).toBe('no-detection');
    const finding = verdict.checks.flatMap((c) => c.findings).find((f) => f.code === 'FOLLOWER_NO_DETECTION' && f.args.node === 'node2')!;
    expect(finding.args).toMatchObject({ beforeOwnStart: { line: 5, startLine: 3, beforeMs: 5874 } });
    expect(formatFindingMessage(finding)).toBe(
      "node2's line 5 reads as noticing the leader was gone, but it is stamped 5874 ms before node2's own start on line 3 above it, between lines stamped after that start: " +
        "a process logs nothing before it starts, so the line is not this run's — paste node2's own log lines of the run you killed the leader in, as it wrote them",
    );
    // Not explained as a buffered stdout block either: no process's output is stamped before it started.
    const backwards = verdict.checks.flatMap((c) => c.findings).find((f) => f.code === 'TIMESTAMPS_BACKWARDS' && f.args.node === 'node2')!;
    expect(backwards.args.buffered).toBeUndefined();
  });

  it('a block running back (an older rotated file pasted under the newer one), or a line after the start, is no line before it', () => {
    expect(node2(paste('2026-12-05 11:22:06.349', '2026-12-05 11:22:06.559 [node2] WARN  heartbeat timeout: no heartbeat from leader node1 in 252ms')).status).toBe('detected');
    const finding = measure(paste('2026-12-05 11:22:12.224')).checks.flatMap((c) => c.findings).find((f) => f.code === 'FOLLOWER_NO_DETECTION' && f.args.node === 'node2');
    expect(finding?.args.beforeOwnStart).toBeUndefined();
  });
});

describe("FOLLOWER_NO_DETECTION's laterStart with termBack: a new life read from a term below the node's own (adv56a-32)", () => {
  const lesson = loadLesson('w12-l03');
  const text = readFileSync(join(ROOT, 'fixtures/pastes-corpus/adv56a-32-etcd-zapjson-prevote-lease.log'), 'utf8');

  it('says the term went back on that line, not that the node started there', () => {
    const finding = checkPaste(lesson, text).checks.flatMap((c) => c.findings).find((f) => f.code === 'FOLLOWER_NO_DETECTION' && f.args.node === 'node3')!;
    expect(finding.args.laterStart).toMatchObject({ line: 20, startLine: 18, termBack: 1 });
    expect(formatFindingMessage(finding)).toContain("node3's line 20 reads as noticing the leader was gone, but it comes after node3's term went back to 1 on line 18 (a new start of it)");
  });
});

describe("FOLLOWER_NO_DETECTION's laterStart with restarted: a follower restarted within the window (adv56e-39/-40)", () => {
  // node3 runs as pid 12042 until the kill at .688; `started` is its line at .766, then its timeout at .874.
  const paste = (started: string, timeout = '2026-12-05 13:40:59.874 [node3] WARN election timeout fired after 107 ms, becoming candidate (term 4)') => [
    '$ date +%T.%3N; kill 12039',
    '13:40:59.688',
    '2026-12-05 13:40:57.851 [node2] INFO starting kv_node node2 pid=12040 on 127.0.0.1:23172',
    '2026-12-05 13:40:58.028 [node2] INFO following leader node1 (term 3)',
    '2026-12-05 13:40:59.692 [node2] WARN connection to leader node1 lost (EOF)',
    '2026-12-05 13:40:57.899 [node3] INFO starting kv_node node3 pid=12042 on 127.0.0.1:23173',
    '2026-12-05 13:40:58.029 [node3] INFO following leader node1 (term 3)',
    started,
    timeout,
  ];
  const node3 = (lines: string[]) => measure(lines).measurements!.followers.find((f) => f.node === 'node3')!;

  it('a start line stating a new pid after the kill: its new process never followed the leader, and the report says so', () => {
    const verdict = measure(paste('2026-12-05 13:40:59.766 [node3] INFO starting kv_node node3 pid=12051 on 127.0.0.1:23173'));
    expect(verdict.passed).toBe(false);
    const finding = verdict.checks.flatMap((c) => c.findings).find((f) => f.code === 'FOLLOWER_NO_DETECTION' && f.args.node === 'node3')!;
    expect(finding.args.laterStart).toEqual({ line: 9, startLine: 8, startAfterMs: 78, restarted: true });
    expect(formatFindingMessage(finding)).toBe(
      "node3's line 9 reads as noticing the leader was gone, but it comes after node3 started again, as a new process, on line 8, 78 ms after the kill on line 2: " +
        'node3 was restarted, and its new process never followed the killed leader, while the one that did logged no detection of it — ' +
        'leave both followers running through the kill and paste their lines of that one run',
    );
  });

  it('hidden start lines: a term two or more below its own shows the new life; one below may be a pre-vote\'s term, and is none', () => {
    const hidden = (term: number) => paste('2026-12-05 13:40:59.700 [node2] INFO vote granted (term 3)', `2026-12-05 13:40:59.874 [node3] WARN election timeout fired after 107 ms (term ${term})`);
    expect(node3(hidden(1)).status).toBe('no-detection');
    expect(node3(hidden(2)).status).toBe('detected');
    expect(node3(hidden(3))).toMatchObject({ status: 'detected', detectionMs: 186 });
  });

  it('the same pid stated again, or a start line stating none, is no restart within the window (a flush stamp, a stats line)', () => {
    expect(node3(paste('2026-12-05 13:40:59.766 [node3] INFO starting kv_node node3 pid=12042 on 127.0.0.1:23173')).status).toBe('detected');
    expect(node3(paste('2026-12-05 13:40:59.766 [node3] INFO stats: 1213 heartbeats received, 0 elections started')).status).toBe('detected');
  });
});

describe("FOLLOWER_NO_DETECTION's leaderless: a timer whose words say it fired with no leader (adv57b-21/-22)", () => {
  const paste = (timer: string) => [
    '$ date -u +%T.%3N; kill 18054',
    '15:23:21.708',
    '2026-12-05T15:23:20.714Z node1 INFO  kv_node node1 starting pid=18054 port=7101',
    '2026-12-05T15:23:21.538Z node1 WARN  election timeout fired after 407 ms (no leader), becoming candidate (term 2)',
    '2026-12-05T15:23:21.710Z node1 INFO  received SIGTERM, shutting down',
    `2026-12-05T15:23:21.894Z node2 WARN  ${timer}`,
    '2026-12-05T15:23:21.889Z node3 WARN  connection to leader node1 lost (EOF)',
  ];
  const node2 = (timer: string) => measure(paste(timer)).measurements!.followers.find((f) => f.node === 'node2')!;

  it('`(no leader)`, `with no leader`, `no leader yet`: no detection, and the report says the follower had no leader to lose', () => {
    for (const timer of ['election timeout fired after 200 ms (no leader), becoming candidate (term 1)', 'election timeout with no leader, starting election', 'heartbeat timeout: No leader yet']) {
      expect(node2(timer).status).toBe('no-detection');
    }
    const finding = measure(paste('election timeout fired after 200 ms (no leader), becoming candidate (term 1)')).checks.flatMap((c) => c.findings).find((f) => f.code === 'FOLLOWER_NO_DETECTION')!;
    expect(finding.args).toMatchObject({ node: 'node2', leaderless: 6 });
    expect(formatFindingMessage(finding)).toContain('its timer on line 6 says it fired with no leader, so node2 followed no leader then and had none to lose');
  });

  it("a leader's silence is a detection: `no leader heartbeat for 186 ms`, a timer naming the leader", () => {
    expect(node2('election timeout: no leader heartbeat for 186 ms').status).toBe('detected');
    expect(node2('election timeout fired: no heartbeat from leader node1 (no leader now)').status).toBe('detected');
  });
});

describe('KILLS_TOO_MANY: a paste of more runs than the checker weighs (a 7-line run pasted 5000 times took 32 s)', () => {
  const run = (k: number) => {
    const at = (ms: number) => new Date(Date.UTC(2026, 11, 5, 10, 0, 0) + k * 60_000 + ms).toISOString().replace('T', ' ').slice(0, 23);
    return [
      `${at(100)} [node1] INFO became leader for term 1`,
      `${at(150)} [node2] INFO following leader node1`,
      `${at(151)} [node3] INFO following leader node1`,
      `${at(5000)} [node1] INFO received SIGTERM, shutting down`,
      `${at(5210)} [node2] WARN heartbeat timeout - no message from leader in 210ms`,
      `${at(5250)} [node3] WARN heartbeat timeout - no message from leader in 250ms`,
    ];
  };
  const runs = (n: number) => Array.from({ length: n }, (_, k) => run(k)).flat();

  it('refuses more than 256 timestamped kill lines at once, saying how many and what to paste', () => {
    const verdict = measure(runs(MAX_JUDGED_KILLS + 1));
    expect(verdict.passed).toBe(false);
    const finding = verdict.checks.flatMap((c) => c.findings).find((f) => f.code === 'KILLS_TOO_MANY')!;
    expect(finding.args).toEqual({ kills: MAX_JUDGED_KILLS + 1, maxKills: MAX_JUDGED_KILLS });
    expect(formatFindingMessage(finding)).toContain('paste the lines of the one run where you killed the leader');
  });

  it('judges 256 of them as any paste (the first kill of the leader, measured)', () => {
    const verdict = measure(runs(MAX_JUDGED_KILLS));
    expect(verdict.checks.flatMap((c) => c.findings).some((f) => f.code === 'KILLS_TOO_MANY')).toBe(false);
    expect(verdict.measurements!.followers.map((f) => f.detectionMs)).toEqual([210, 250]);
  });
});

describe("a kill time its printer rounded (`printf '%.0f' \"$EPOCHREALTIME\"`, adv56c-40) bounds no delay", () => {
  const paste = (format: string, printed: string) => [
    `$ printf '${format}\\n' "$EPOCHREALTIME"; kill -9 11839`,
    printed,
    '2026-12-05T13:14:52.682441Z INFO node1: became leader (term 1)',
    '2026-12-05T13:14:52.682704Z INFO node2: following leader node1 (term 1)',
    '2026-12-05T13:14:57.128759Z WARN node2: heartbeat timeout: no heartbeat from leader node1 in 540ms, starting election (term 2)',
    '2026-12-05T13:14:52.682643Z INFO node3: following leader node1 (term 1)',
    '2026-12-05T13:14:57.107358Z WARN node3: heartbeat timeout: no heartbeat from leader node1 in 520ms, starting election (term 2)',
  ];
  const statuses = (lines: string[]) => measure(lines).measurements!.followers.map((f) => [f.node, f.status]);

  it('a whole second printed by %.0f (up to half a second after the kill) is too coarse, not "at most +129 ms"', () => {
    const verdict = measure(paste('%.0f', '1796476497'));
    expect(verdict.passed).toBe(false);
    expect(statuses(paste('%.0f', '1796476497'))).toEqual([
      ['node2', 'too-coarse'],
      ['node3', 'too-coarse'],
    ]);
    const coarse = verdict.checks.flatMap((c) => c.findings).find((f) => f.code === 'TIMESTAMPS_TOO_COARSE' && f.args.node === 'node2')!;
    expect(coarse.args).toMatchObject({ earliestMs: -371.241, latestMs: 628.759 });
  });

  it('the same whole second cut (`%s`-style, no %.Nf) keeps the documented "at most" reading', () => {
    const cut = [`$ date +%s; kill -9 11839`, ...paste('%.0f', '1796476497').slice(1)];
    expect(statuses(cut)).toEqual([
      ['node2', 'detected'],
      ['node3', 'detected'],
    ]);
  });

  it('tenths printed by %.1f may stand 50 ms either side: +277 as written may be past 300 ms, so too coarse', () => {
    const lines = paste('%.1f', '1796476496.9');
    lines[4] = '2026-12-05T13:14:57.177000Z WARN node2: heartbeat timeout: no heartbeat from leader node1 in 540ms, starting election (term 2)';
    lines[6] = '2026-12-05T13:14:57.001000Z WARN node3: heartbeat timeout: no heartbeat from leader node1 in 520ms, starting election (term 2)';
    expect(statuses(lines)).toEqual([
      ['node2', 'too-coarse'],
      ['node3', 'detected'],
    ]);
  });
});

describe('a timeout in a whole-second kill\'s second that its follower followed the leader again after came before the kill (adv56b-35)', () => {
  const paste = (node3Back: boolean) => [
    'data/node1/node.log:2026-12-05 13:01:54 INFO node1: became leader (term 1)',
    'data/node1/node.log:2026-12-05 13:01:58 INFO node1: received SIGTERM, shutting down',
    'data/node2/node.log:2026-12-05 13:01:54,027 INFO node2: following leader node1 (term 1)',
    'data/node2/node.log:2026-12-05 13:01:58,218 WARNING node2: connection to leader node1 lost (EOF)',
    'data/node3/node.log:2026-12-05 13:01:54,027 INFO node3: following leader node1 (term 1)',
    'data/node3/node.log:2026-12-05 13:01:58,061 WARNING node3: heartbeat timeout: no heartbeat from leader node1 in 380ms',
    ...(node3Back ? ['data/node3/node.log:2026-12-05 13:01:58,121 INFO node3: heartbeat from leader node1 resumed, following leader node1 (term 1)'] : []),
    'data/node3/node.log:2026-12-05 13:01:58,552 WARNING node3: heartbeat timeout: no heartbeat from leader node1 in 380ms, starting election (term 2)',
  ];
  const node3 = (lines: string[]) => measure(lines).measurements!.followers.find((f) => f.node === 'node3')!;

  it('its next timeout is judged: +552 ms at most is no bound within the window, so too coarse', () => {
    expect(measure(paste(true)).passed).toBe(false);
    expect(node3(paste(true))).toMatchObject({ status: 'too-coarse', line: 8 });
  });

  it('with no line of the leader back, the timeout in the kill\'s second is at most +61 ms', () => {
    expect(node3(paste(false))).toMatchObject({ status: 'detected', detectionMs: 61, line: 6 });
  });
});

describe("KILL_CHOSEN's measured: a failing paste's first kill that ended followers with the leader is not the one reported (adv56f-21)", () => {
  // Run 1 ended by Ctrl+C of both remaining nodes in one ms (a teardown); run 2's leader killed by a timed record.
  const paste = [
    '$ date +%T.%3N; kill 3360',
    '13:34:46.262',
    '$ cat data/node2/node.log data/node3/node.log',
    '[13:34:36.467] node2 INFO  following leader node1 (term 1)',
    '[13:34:37.953] node2 INFO  won election with 2 votes, became leader (term 2)',
    '[13:34:38.700] node2 INFO  received SIGINT, shutting down',
    '[13:34:44.742] node2 INFO  kv_node id=2 listening on 127.0.0.1:7102 (pid 3361, election timeout 400 ms)',
    '[13:34:45.050] node2 INFO  following leader node1 (term 1)',
    '[13:34:46.620] node2 WARN  heartbeat timeout: no message from leader in 400 ms, becoming candidate (term 2)',
    '[13:34:37.958] node3 INFO  following leader node2 (term 2)',
    '[13:34:38.699] node3 INFO  received SIGINT, shutting down',
    '[13:34:44.756] node3 INFO  kv_node id=3 listening on 127.0.0.1:7103 (pid 3362, election timeout 400 ms)',
    '[13:34:45.050] node3 INFO  following leader node1 (term 1)',
    '[13:34:46.620] node3 WARN  heartbeat timeout: no message from leader in 400 ms, becoming candidate (term 2)',
  ];

  it("reports the later timed kill whose followers were too slow, and says why it was chosen", () => {
    const verdict = measure(paste);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements).toMatchObject({ killLine: 2, leader: 'node1' });
    expect(verdict.measurements!.followers.map((f) => [f.node, f.status, f.detectionMs])).toEqual([
      ['node2', 'too-slow', 358],
      ['node3', 'too-slow', 358],
    ]);
    const chosen = verdict.checks.flatMap((c) => c.findings).find((f) => f.code === 'KILL_CHOSEN')!;
    expect(chosen.args.reason).toBe('measured');
    expect(formatFindingMessage(chosen)).toContain('the first whose followers the paste shows noticing (an earlier one ended them with the leader)');
  });

  it('keeps the first kill when it ended no follower, though a later kill measures more (java39: a tail cut before its detections)', () => {
    const kept = measure([
      '$ date +%T.%3N; kill 32277',
      '09:06:27.374',
      '[09:06:25.100] node2 INFO  following leader node1 (term 1)',
      '[09:06:25.100] node3 INFO  following leader node1 (term 1)',
      '[09:06:28.900] node3 INFO  became leader (term 3)',
      '[09:06:28.950] node2 INFO  following leader node3 (term 3)',
      '[09:06:30.400] node3 INFO  received SIGTERM, shutting down',
      '[09:06:30.402] node2 WARN  connection to leader node3 lost (EOF)',
    ]);
    expect(kept.measurements).toMatchObject({ killLine: 2, leader: 'node1' });
    expect(kept.checks.flatMap((c) => c.findings).find((f) => f.code === 'KILL_CHOSEN')!.args.reason).toBe('first');
  });
});

describe('a killed leader replaced after its followers lost it, its own line of the kill later (adv58b-09)', () => {
  const replaced = [
    '$ kill 9791',
    '18:14:13.196 [node1] INFO  kv_node node1 starting pid=9791 port=7101',
    '18:14:13.197 [node1] INFO  became leader (term 1)',
    '18:14:13.219 [node2] INFO  following leader node1 (term 1)',
    '18:14:13.240 [node3] INFO  following leader node1 (term 1)',
    '18:14:13.922 [node2] WARN  connection to leader node1 lost (EOF)',
    '18:14:13.923 [node3] WARN  connection to leader node1 lost (EOF)',
    '18:14:13.931 [node2] INFO  won election, became leader (term 2)',
    '18:14:13.966 [node1] INFO  received SIGTERM, shutting down',
    '18:14:13.985 [node3] INFO  following leader node2 (term 2)',
  ];

  it('is no follower killed: the report says its line may be late and names the losses, not only "kill node2 instead"', () => {
    const verdict = measure(replaced);
    expect(verdict.passed).toBe(false);
    const finding = verdict.checks.find((c) => c.id === 'timing')!.findings.find((f) => f.code === 'KILLED_NODE_NOT_LEADER')!;
    expect(finding.args).toMatchObject({ killed: 'node1', leader: 'node2', replacedAfterLoss: { lines: [6, 7], beforeMs: 44 } });
    const message = formatFindingMessage(finding);
    expect(message).toMatch(/^node1's own line of the kill comes after node2 was elected \(line 8\): lines 6, 7 show the other nodes losing node1 44 ms before that line\. /);
    expect(message).toContain('record the kill\'s time (date +%T.%3N; kill -TERM <pid>)');
    const text = formatVerdictText(verdict, { color: false });
    expect(text).toContain('line 9, node1 — replaced before its line of the kill; node2 was the leader');
    expect(text).not.toContain('a follower');
  });

  it('a command that kills it after that says something else ended it first, not "kill node2 instead" (adv58e-12)', () => {
    const typed = ['[18:14:14.100] student@lab ~/raft $ pkill -f "kv_node.py --id 1"', ...replaced.slice(1, 8), replaced[9]!];
    const verdict = measure(typed);
    const finding = verdict.checks.find((c) => c.id === 'timing')!.findings.find((f) => f.code === 'KILLED_NODE_NOT_LEADER')!;
    expect(finding.args).toMatchObject({ killed: 'node1', leader: 'node2', replacedAfterLoss: { lines: [6, 7], byCommand: true } });
    expect(formatFindingMessage(finding)).toMatch(/^node1 was gone before this kill: lines 6, 7 show the other nodes losing node1 178 ms before it, and node2 was elected \(line 9\) — something else ended node1 first/);
    expect(formatVerdictText(verdict, { color: false })).toContain('node1 — lost and replaced before this kill; node2 was the leader');
  });

  it('a deposed node that followed the winner before its kill was a follower (adv58b-13)', () => {
    const followed = [...replaced.slice(0, 8), '18:14:13.940 [node1] INFO  following leader node2 (term 2)', ...replaced.slice(8)];
    const finding = measure(followed).checks.find((c) => c.id === 'timing')!.findings.find((f) => f.code === 'KILLED_NODE_NOT_LEADER')!;
    expect(finding.args.replacedAfterLoss).toBeUndefined();
    expect(formatFindingMessage(finding)).toContain('kill node2 instead');
  });
});

describe('a `date +%T.%N` record and the leader\'s own line in one ms are one kill timed by the record, either order of digits (adv58b-31, adv21)', () => {
  const run = (record: string, own: string) =>
    measure([
      '$ date +%T.%N; kill 13884',
      record,
      '18:15:11.150 [node1] INFO  became leader (term 1)',
      '18:15:11.162 [node2] INFO  following leader node1 (term 1)',
      '18:15:11.172 [node3] INFO  following leader node1 (term 1)',
      `${own} [node1] INFO  received SIGTERM, shutting down`,
      '18:15:11.890 [node2] WARN  connection to leader node1 lost (EOF)',
      '18:15:11.891 [node3] WARN  connection to leader node1 lost (EOF)',
    ]).measurements!;

  it("a ns record digits after the own line's ms", () => {
    expect(run('18:15:11.884111667', '18:15:11.884')).toMatchObject({ killLine: 2, followers: [{ node: 'node2', detectionMs: 5.888 }, { node: 'node3', detectionMs: 6.888 }] });
  });

  it('a ms record under the own line\'s µs', () => {
    expect(run('18:15:11.884', '18:15:11.884912')).toMatchObject({ killLine: 2, followers: [{ node: 'node2', detectionMs: 6 }, { node: 'node3', detectionMs: 7 }] });
  });
});

describe("a kill timed only by its shell prompt's clock, drawn before the command was typed (adv58c)", () => {
  const run = (prompt: string, detections: [string, string]) =>
    measure([
      `[${prompt}] root@devbox ~/raft # kill 23967`,
      `[${prompt}] root@devbox ~/raft # grep -H -i "lost\\|timeout" data/node2/node.log data/node3/node.log`,
      // Following node1 a few seconds before the prompt's minute's kill.
      `data/node2/node.log:2026-12-05 ${prompt.slice(0, 6)}04,910 INFO  node2: following leader node1 (term 1)`,
      `data/node2/node.log:2026-12-05 ${detections[0]} WARN  node2: connection to leader node1 lost (EOF)`,
      `data/node3/node.log:2026-12-05 ${prompt.slice(0, 6)}04,911 INFO  node3: following leader node1 (term 1)`,
      `data/node3/node.log:2026-12-05 ${detections[1]} WARN  node3: heartbeat timeout`,
    ]);

  it('bounds the delay from above: detections within the window of it are in time, "at most" (adv58c-31)', () => {
    const verdict = run('18:24:11.898', ['18:24:11,905', '18:24:12,105']);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.followers).toMatchObject([
      { node: 'node2', status: 'detected', detectionMs: 7, killBeforeCommand: true },
      { node: 'node3', status: 'detected', detectionMs: 207, killBeforeCommand: true },
    ]);
    const detected = verdict.checks.find((c) => c.id === 'timing')!.findings.find((f) => f.code === 'FOLLOWER_DETECTED')!;
    expect(detected.args).toMatchObject({ promptKillLine: 1 });
    expect(formatFindingMessage(detected)).toContain("at most 7 ms after the kill (\"connection to leader node1 lost\"), within the 300 ms allowed (the kill's only time is its prompt's on line 1");
    expect(formatVerdictText(verdict, { color: false })).toMatch(/├─ node2 {2}\+7 ms {4}at most \(the prompt's time\) {2}line 4/);
  });

  it('past the window proves nothing either way: no "too slow", no advice to lower the timeout (adv58c-03)', () => {
    const verdict = run('18:19:10.758', ['18:19:12,982', '18:19:12,990']);
    expect(verdict.passed).toBe(false);
    expect(problemCodes(verdict)).not.toContain('DETECTION_TOO_SLOW');
    const coarse = verdict.checks.find((c) => c.id === 'timing')!.findings.filter((f) => f.code === 'TIMESTAMPS_TOO_COARSE');
    expect(coarse.map((f) => f.args)).toMatchObject([
      { node: 'node2', promptKillLine: 1, earliestMs: 0, latestMs: 2224 },
      { node: 'node3', promptKillLine: 1, earliestMs: 0, latestMs: 2232 },
    ]);
    expect(formatFindingMessage(coarse[0]!)).toMatch(/^node2: the kill's only time is its prompt's on line 1, drawn before the command was typed, so line 4 came at most 2224 ms after the kill/);
  });

  it("the leader's own line at or after the prompt's time times the kill, as before", () => {
    const verdict = measure([
      '[18:24:11.898] root@devbox ~/raft # kill 23967',
      '2026-12-05 18:24:12,400 INFO  node1: received SIGTERM, shutting down',
      '2026-12-05 18:24:12,407 WARN  node2: connection to leader node1 lost (EOF)',
      '2026-12-05 18:24:12,409 WARN  node3: connection to leader node1 lost (EOF)',
    ]);
    expect(verdict.measurements).toMatchObject({ killLine: 2, followers: [{ node: 'node2', detectionMs: 7 }, { node: 'node3', detectionMs: 9 }] });
    expect(verdict.measurements!.followers[0]!.killBeforeCommand).toBeUndefined();
  });
});

describe("lost route or peer links when nothing says who led nor which node the kill hit (adv58d-30, real16-nats-B)", () => {
  const paste = (after: string[]) =>
    measure([
      '$ date +%T.%3N; kill -9 709',
      '18:33:43.703',
      'n1/nats.log:[702] 2026/12/05 18:33:43.706267 [INF] 127.0.0.1:38714 - rid:8 - Router connection closed: Client Closed',
      'n3/nats.log:[718] 2026/12/05 18:33:43.705644 [INF] 127.0.0.1:6223 - rid:8 - Router connection closed: Client Closed',
      ...after,
    ]);

  it('are no detection: any member\'s death closes them', () => {
    const verdict = paste([]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.map((f) => f.status)).toEqual(['no-detection', 'no-detection']);
  });

  it("count once a leader is elected right after the kill: the killed node led (NATS's `Self is new JetStream cluster metadata leader`)", () => {
    const verdict = paste(['n1/nats.log:[702] 2026/12/05 18:33:43.715000 [INF] Self is new JetStream cluster metadata leader']);
    expect(verdict.measurements!.followers).toMatchObject([
      { node: 'node1', status: 'detected', detectionMs: 3.267 },
      { node: 'node3', status: 'detected', detectionMs: 2.644 },
    ]);
  });
});
