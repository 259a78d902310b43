// The harness's typed findings read as sentences a student can act on (the wording lives only in format-finding.ts).
import { describe, expect, it } from 'vitest';
import { createFinding, type NodeExitedArgs } from '../../src/findings/finding.js';
import { formatFinding, formatFindingMessage, formatMs } from '../../src/findings/format-finding.js';

describe('formatFindingMessage for the scenario harness', () => {
  it('LOG_CLOCK_OWN_ZONE names the nodes, the gap and both zones, ahead or behind', () => {
    expect(formatFindingMessage(createFinding('LOG_CLOCK_OWN_ZONE', 'info', { nodes: ['node1', 'node2'], shiftMin: 330, harnessOffsetMin: 0 }))).toMatch(
      /^node1, node2 write zone-less times 5 h 30 min ahead of the harness's clock: another time zone \(UTC\+05:30, the harness's is UTC\+00:00; a TZ= in the --cluster template\?\)/,
    );
    expect(formatFindingMessage(createFinding('LOG_CLOCK_OWN_ZONE', 'info', { nodes: ['node3'], shiftMin: -45, harnessOffsetMin: 60 }))).toMatch(
      /^node3 writes zone-less times 45 min behind the harness's clock: another time zone \(UTC\+00:15, the harness's is UTC\+01:00/,
    );
  });

  // real13: a Rust node's hand-rolled `HH:MM:SS.mmm` from SystemTime is UTC whatever the TZ; no TZ= was in the template.
  it('LOG_CLOCK_OWN_ZONE says UTC logs come from a zone-less clock, not from a TZ= in the template', () => {
    const message = formatFindingMessage(createFinding('LOG_CLOCK_OWN_ZONE', 'info', { nodes: ['node1', 'node2', 'node3'], shiftMin: 300, harnessOffsetMin: -300 }));
    expect(message).toMatch(/^node1, node2, node3 write zone-less times 5 h ahead of the harness's clock: another time zone \(UTC\+00:00, the harness's is UTC-05:00; times computed from the UNIX clock without a zone, by gmtime or by hand, are UTC\)\. /);
    expect(message).not.toContain('TZ=');
  });

  it('FOLLOWER_FOLLOWED_WITHOUT_DETECTION says whom the follower followed, when, and what to log; a node that became leader is told about its own timeout', () => {
    const args = { node: 'node3', leader: 'node2', gone: 'node1', afterMs: 244, fault: 'pause' };
    const followed = formatFindingMessage(createFinding('FOLLOWER_FOLLOWED_WITHOUT_DETECTION', 'error', args));
    expect(followed).toMatch(/^node3 followed node2 at \+244 ms without logging that node1 was gone \(no heartbeat timeout or lost connection after the pause\): it granted node2's vote request/);
    expect(followed).toContain('"voted for node2 in term 5: no heartbeat from leader node1 for 170 ms"');
    expect(followed).toMatch(/with SIGSTOP no connection closes/);
    const led = formatFindingMessage(createFinding('FOLLOWER_FOLLOWED_WITHOUT_DETECTION', 'error', { ...args, leader: 'node3', fault: 'kill' }));
    expect(led).toMatch(/^node3 became leader at \+244 ms without logging that node1 was gone \(no heartbeat timeout or lost connection after the kill\)\. The lesson asks/);
    expect(led).toContain('"heartbeat timeout: no heartbeat from leader node1 for 170 ms"');
    expect(led).not.toMatch(/SIGSTOP/);
  });
});

describe('formatFindingMessage for the cluster harness', () => {
  const log = '/tmp/run/data/node1/node.log';
  it('NODE_EXITED says when each node exited and how, quotes the last output lines, and points at the log', () => {
    const started = createFinding('NODE_EXITED', 'error', {
      phase: 'started',
      nodes: [{ node: 'node1', code: 3, signal: null }],
      lastOutput: { node: 'node1', lines: ['Traceback (most recent call last):', "KeyError: 'peers'"] },
      logPath: log,
    });
    expect(formatFindingMessage(started)).toBe(`started, then node1 exited (exit code 3); last output: "Traceback (most recent call last):" / "KeyError: 'peers'" (see ${log})`);
    const running = createFinding('NODE_EXITED', 'error', {
      phase: 'running',
      nodes: [{ node: 'node1', code: null, signal: 'SIGKILL' }, { node: 'node3', code: 1, signal: null }],
      lastOutput: { node: 'node3', lines: ['panic: "index out of range"'] },
      logPath: log,
    });
    expect(formatFindingMessage(running)).toBe(`node1 exited (killed by SIGKILL), node3 exited (exit code 1); node3's last output: "panic: \\"index out of range\\"" (see ${log})`);
    const starting = createFinding('NODE_EXITED', 'error', { phase: 'starting', nodes: [{ node: 'node2', code: 2, signal: null }], logPath: log });
    expect(formatFindingMessage(starting)).toBe(`node2 exited while starting (exit code 2) (see ${log})`);
  });

  it("NODE_EXITED tells a student whose template's program was not found that it runs in the run's work dir", () => {
    const finding = createFinding('NODE_EXITED', 'error', {
      phase: 'running',
      nodes: [{ node: 'node1', code: 127, signal: null }],
      lastOutput: { node: 'node1', lines: ['sh: 1: exec: ./my-node: not found'] },
      logPath: log,
      programNotFoundIn: '/tmp/run',
    });
    expect(formatFindingMessage(finding)).toMatch(/; the template runs in the run's work dir \/tmp\/run, not where you started verify-lesson: give the paths in it absolute \("\$PWD\/my-node …"\)$/);
  });
});

// The file and its interpreter are node-exited.ts's typed args (test/cluster/node-exited.test.ts reads them from the output).
describe('NODE_EXITED with exit code 126: the command was found but is not executable', () => {
  const log = '/tmp/run/data/node1/node.log';
  const exited = (lines: string[], notExecutable: NodeExitedArgs['notExecutable'], nodes = [{ node: 'node1', code: 126, signal: null }]) =>
    formatFindingMessage(createFinding('NODE_EXITED', 'error', { phase: 'started', nodes, lastOutput: { node: 'node1', lines }, logPath: log, ...(notExecutable ? { notExecutable } : {}) }));

  it("names the file the shell could not run and says chmod +x it (a node script without its x bit: dash's, bash's and zsh's words)", () => {
    expect(exited(['sh: 1: exec: /home/ana/kv/my-node.js: Permission denied'], { file: '/home/ana/kv/my-node.js', interpreter: 'node' })).toBe(
      `started, then node1 exited (exit code 126: not executable); last output: "sh: 1: exec: /home/ana/kv/my-node.js: Permission denied" (see ${log}); ` +
        '/home/ana/kv/my-node.js is not executable: chmod +x /home/ana/kv/my-node.js (its first line a #! naming its interpreter, e.g. #!/usr/bin/env node), ' +
        'or start it through its interpreter in the template (node /home/ana/kv/my-node.js …)',
    );
    expect(exited(['bash: line 1: ./raft.py: Permission denied'], { file: './raft.py', interpreter: 'python3' })).toContain('; ./raft.py is not executable: chmod +x ./raft.py (its first line a #! naming its interpreter, e.g. #!/usr/bin/env python3), or start it through its interpreter in the template (python3 ./raft.py …)');
    expect(exited(['zsh:1: permission denied: /srv/kv/node'], { file: '/srv/kv/node' })).toMatch(/; \/srv\/kv\/node is not executable: chmod \+x \/srv\/kv\/node \(its first line a #! naming its interpreter\)$/);
  });

  it('says what 126 means when no line names the file, and nothing of it without the args (another exit code)', () => {
    expect(exited(['exec format error'], {})).toBe(`started, then node1 exited (exit code 126: not executable); last output: "exec format error" (see ${log}); the command was found but could not be run: is the file executable (chmod +x) and built for this machine?`);
    expect(exited(['sh: 1: exec: /home/ana/kv/my-node.js: Permission denied'], undefined, [{ node: 'node1', code: 1, signal: null }])).not.toContain('chmod');
  });
});

describe('formatFindingMessage for the paste check', () => {
  it("shows a lesson's regex to students as /…/ with single backslashes, and names only phrases a log can contain", () => {
    const pattern = '\\b(heartbeat|election)\\s+time(d\\s+)?out\\b';
    const notFound = formatFindingMessage(createFinding('PATTERN_NOT_FOUND', 'error', { pattern, expected: [pattern], hint: 'check the timer' }));
    expect(notFound).toBe('no line matches /\\b(heartbeat|election)\\s+time(d\\s+)?out\\b/ — hint: check the timer');
    expect(notFound).not.toContain('\\\\');
    const plain = formatFindingMessage(createFinding('PATTERN_NOT_FOUND', 'error', { pattern: 'timeout|no heartbeat', expected: ['timeout', 'no heartbeat'] }));
    expect(plain).toBe('no line matches /timeout|no heartbeat/: expected a line containing "timeout" or "no heartbeat"');
    const mixed = formatFindingMessage(createFinding('PATTERN_NOT_FOUND', 'error', { pattern: 'timeout|term=\\d+', expected: ['timeout', 'term=\\d+'] }));
    expect(mixed).toBe('no line matches /timeout|term=\\d+/: expected a line matching it, for example one containing "timeout"');
    expect(formatFindingMessage(createFinding('PATTERN_MATCHED', 'info', { pattern: '\\bSIGTERM\\b', line: 3 }))).toBe('found /\\bSIGTERM\\b/ on line 3');
    // The kill's own line, and the killed node's own line of it (not "after the kill").
    expect(formatFindingMessage(createFinding('PATTERN_MATCHED', 'info', { pattern: 'SIGTERM', line: 2, role: 'kill', node: 'node1', killLine: 2 }))).toBe('found /SIGTERM/ on line 2 (the kill of node1)');
    expect(formatFindingMessage(createFinding('PATTERN_MATCHED', 'info', { pattern: 'SIGTERM', line: 9, role: 'kill', node: 'node1', killLine: 2 }))).toBe(
      "found /SIGTERM/ on line 9 (node1's own line of the kill on line 2)",
    );
    const long = 'a'.repeat(100);
    expect(formatFindingMessage(createFinding('PATTERN_INVALID', 'error', { pattern: long, reason: 'x' }))).toContain(`/${'a'.repeat(80)}…/`);
    // Authors (lint) see the pattern as their YAML spells it.
    expect(formatFindingMessage(createFinding('LESSON_REGEX_INVALID', 'error', { pattern: 'kill(\\d', reason: 'Unterminated group' }))).toBe(
      'invalid regular expression "kill(\\\\d": Unterminated group',
    );
  });

  it('TIMESTAMPS_MISSING names the line read as the kill when there is one', () => {
    expect(formatFindingMessage(createFinding('TIMESTAMPS_MISSING', 'error', { lines: 27, untimestampedLine: 8 }))).toMatch(/^found no timestamp it can read on any of the 27 lines, .* \(line 8 was read as the kill\)$/);
    expect(formatFindingMessage(createFinding('TIMESTAMPS_MISSING', 'error', { lines: 1 }))).toMatch(/^found no timestamp it can read on the paste's one line, /);
    expect(formatFindingMessage(createFinding('TIMESTAMPS_MISSING', 'error', { lines: 27 }))).not.toContain('read as the kill');
    expect(formatFindingMessage(createFinding('TIMESTAMPS_MISSING', 'error', { lines: 27, unsummedIncrementalLine: 3 }))).toMatch(/; line 3 pipes the output through ts -i, .* pipe into ts -i last/);
    expect(formatFindingMessage(createFinding('TIMESTAMPS_MISSING', 'error', { lines: 27, sinceStartCommandLine: 1, untimestampedLine: 6 }))).toMatch(
      /^the lines' stamps were not read as times: line 1 pipes the output through ts -s, .* one ts per terminal .*\(line 6 was read as the kill\)$/,
    );
  });

  it('KILL_CHOSEN says of each other kill on its own whether it killed the leader then (no reason shared by a list)', () => {
    const kills = [
      { line: 16, node: 'raft-a', ofLeader: true, leaderThen: 'raft-a' },
      { line: 23, node: 'raft-c', ofLeader: true, leaderThen: 'raft-c' },
      { line: 24, node: 'raft-b', ofLeader: false, leaderThen: 'raft-c' },
      { line: 30, node: null, ofLeader: false, leaderThen: null },
    ];
    expect(formatFindingMessage(createFinding('KILL_CHOSEN', 'info', { line: 16, node: 'raft-a', reason: 'first', kills }))).toBe(
      'judged the kill on line 16 (raft-a) of 4 kills, the first kill of the leader; also: line 23 (raft-c, the leader then too), ' +
        'line 24 (raft-b, not the leader then: raft-c led), line 30 (not the leader then)',
    );
  });

  it('DETECTION_BEFORE_KILL_ONLY hours before the kill asks whether the log is of another run or day', () => {
    expect(formatFindingMessage(createFinding('DETECTION_BEFORE_KILL_ONLY', 'error', { node: 'node2', beforeMs: 86399998.412, line: 14, killLine: 10 }))).toBe(
      'node2 noticed a missing leader only before the kill, 23 h 59 min before it (line 14, 86399998.412 ms before), not after the kill on line 10 — ' +
        'a log of another run or day? Paste the logs of the run you killed the leader in',
    );
  });

  it("PATTERN_MATCHED says when its line is no node's: the student's command, a client's or a program's output (adv41b F8)", () => {
    expect(formatFindingMessage(createFinding('PATTERN_MATCHED', 'info', { pattern: 'timeout', line: 7, role: 'command' }))).toBe("found /timeout/ on line 7 (typed at your shell prompt, not a node's line)");
    expect(formatFindingMessage(createFinding('PATTERN_MATCHED', 'info', { pattern: 'timeout', line: 12, role: 'unread' }))).toBe(
      "found /timeout/ on line 12 (not read as a follower noticing: a client's or a program's line, or one about something else)",
    );
  });

  it('DETECTION_TOO_SLOW by whole hours and a fraction of a second says clocks or zones differ, with the readable gap first (adv41b F5)', () => {
    const hour = formatFindingMessage(createFinding('DETECTION_TOO_SLOW', 'error', { node: 'node2', detectionMs: 3600150, windowMs: 300, overByMs: 3599850, via: 'heartbeat', words: 'heartbeat timeout' }));
    expect(hour).toBe(
      'node2 noticed the dead leader 1 h + 150 ms (3600150 ms) after the kill ("heartbeat timeout"): a gap of 1 h and a fraction of a second points to clocks or time zones 1 h apart ' +
        '(zone-less times from machines in different zones?) rather than a slow detection — log times in UTC or with their offset (date -u, %z) on every machine and paste again',
    );
    // India's +05:30 against UTC, the follower's line 40 ms before the kill's on the true clock.
    expect(formatFindingMessage(createFinding('DETECTION_TOO_SLOW', 'error', { node: 'n3', detectionMs: 19799960, windowMs: 300, overByMs: 19799660, via: 'heartbeat' }))).toContain(
      'n3 noticed the dead leader 5 h 30 min − 40 ms (19799960 ms) after the kill',
    );
    // Two seconds late is a slow follower, whatever the clocks.
    expect(formatFindingMessage(createFinding('DETECTION_TOO_SLOW', 'error', { node: 'n3', detectionMs: 902000, windowMs: 300, overByMs: 901700 }))).not.toContain('clocks');
  });

  it("DETECTION_TOO_SLOW through a timer says to lower it to the lesson's election timeout range (adv41b F10)", () => {
    const args = { node: 'node3', detectionMs: 999.4, windowMs: 300, overByMs: 699.4, via: 'heartbeat', words: 'heartbeat timeout', timeoutRangeMs: [150, 300] };
    expect(formatFindingMessage(createFinding('DETECTION_TOO_SLOW', 'error', args))).toBe(
      'node3 noticed the dead leader 999.4 ms after the kill ("heartbeat timeout"), 699.4 ms later than the 300 ms allowed — noticing 999.4 ms after the kill means an election timeout ' +
        "(or heartbeat interval) near that; the lesson's election timeout is 150-300 ms so that followers notice within 300 ms: lower the election timeout and the heartbeat interval",
    );
    // A lost connection noticed late is no timer's doing; without a range from the lesson, no numbers.
    expect(formatFindingMessage(createFinding('DETECTION_TOO_SLOW', 'error', { ...args, via: 'connection' }))).not.toContain('election timeout');
    const { timeoutRangeMs: _range, ...without } = args;
    expect(formatFindingMessage(createFinding('DETECTION_TOO_SLOW', 'error', without))).not.toContain('election timeout');
  });

  it('KILL_CHOSEN says of a kill the node lived through that it went on leading, not that it was no leader (adv27)', () => {
    const kills = [
      { line: 7, node: 'kv1', ofLeader: false, leaderThen: null, ledOnLine: 14 },
      { line: 8, node: 'kv1', ofLeader: true, leaderThen: 'kv1' },
    ];
    expect(formatFindingMessage(createFinding('KILL_CHOSEN', 'info', { line: 8, node: 'kv1', reason: 'detected', kills }))).toBe(
      'judged the kill on line 8 (kv1) of 2 kills, the one the followers detected in time; also: line 7 (kv1, which went on leading: line 14)',
    );
  });

  it('KILL_CHOSEN lists at most five other kills and never calls a kill "the leader then" when no line says who led', () => {
    const kills = [{ line: 2, node: 'node1', ofLeader: true, leaderThen: null }, ...[10, 11, 12, 13, 14, 15, 16].map((line) => ({ line, node: null, ofLeader: true, leaderThen: null }))];
    expect(formatFindingMessage(createFinding('KILL_CHOSEN', 'info', { line: 2, node: 'node1', reason: 'first', kills }))).toBe(
      'judged the kill on line 2 (node1) of 8 kills, the first kill of the leader; also: line 10 (no line before it was read as naming the leader), ' +
        'line 11 (no line before it was read as naming the leader), line 12 (no line before it was read as naming the leader), ' +
        'line 13 (no line before it was read as naming the leader), line 14 (no line before it was read as naming the leader) and 2 more',
    );
  });

  it('KILL_CHOSEN places a kill no leader statement precedes by its time from the judged kill, not "no line says who led"', () => {
    // blind15 lsof: `kill $(lsof -t -i :7001)` also killed the follower node2 1 ms after the leader node1, whose lines
    // ("node1 leader: heartbeat") show it led; a sentence repeating the kill's time (Pages) is the same moment.
    const lsof = [
      { line: 7, node: 'node1', ofLeader: true, leaderThen: null },
      { line: 20, node: 'node2', ofLeader: true, leaderThen: null, afterMs: 1 },
    ];
    expect(formatFindingMessage(createFinding('KILL_CHOSEN', 'info', { line: 7, node: 'node1', reason: 'first', kills: lsof }))).toBe(
      'judged the kill on line 7 (node1) of 2 kills, the first kill of the leader; also: line 20 (node2, 1 ms after the kill of node1 on line 7, with no new leader named in between)',
    );
    const pages = [
      { line: 4, node: null, ofLeader: true, leaderThen: null },
      { line: 7, node: null, ofLeader: true, leaderThen: null, afterMs: 0 },
    ];
    expect(formatFindingMessage(createFinding('KILL_CHOSEN', 'info', { line: 4, node: 'node3', reason: 'detected', kills: pages }))).toBe(
      'judged the kill on line 4 (node3) of 2 kills, the one the followers detected in time; also: line 7 (at the same time as the kill of node3 on line 4)',
    );
    // Before the judged kill (no afterMs) the time from it says nothing about who led.
    const before = [
      { line: 3, node: 'node2', ofLeader: true, leaderThen: null },
      { line: 9, node: 'node1', ofLeader: true, leaderThen: 'node1' },
    ];
    expect(formatFindingMessage(createFinding('KILL_CHOSEN', 'info', { line: 9, node: 'node1', reason: 'detected', kills: before }))).toBe(
      'judged the kill on line 9 (node1) of 2 kills, the one the followers detected in time; also: line 3 (node2, no line before it was read as naming the leader)',
    );
  });

  it("KILL_CHOSEN names the leader's own shutdown line when it is the same kill as the student's record, also for a single kill", () => {
    const one = [{ line: 2, node: 'node1', ofLeader: true, leaderThen: 'node1' }];
    expect(formatFindingMessage(createFinding('KILL_CHOSEN', 'info', { line: 2, node: 'node1', reason: 'detected', kills: one, ownLine: { line: 5, node: 'node1', afterMs: 0.431 } }))).toBe(
      "judged the kill on line 2 (node1), timed from line 2 when the kill command ran: node1's own shutdown line 5, 0.431 ms later, is the same kill",
    );
    const three = [...one, { line: 17, node: 'node2', ofLeader: true, leaderThen: 'node2' }];
    expect(formatFindingMessage(createFinding('KILL_CHOSEN', 'info', { line: 2, node: 'node2', reason: 'detected', kills: three, ownLine: { line: 15, node: 'node2', afterMs: -0.051 } }))).toBe(
      "judged the kill on line 2 (node2) of 2 kills, the one the followers detected in time, timed from line 2 when the kill command ran: node2's own shutdown line 15, " +
        'whose coarser stamp (0.051 ms before it) may stand for a moment after it, is the same kill; also: line 17 (node2, the leader then too)',
    );
  });
});

describe('formatFindingMessage sizes, found values and advice', () => {
  it('PASTE_TOO_LARGE prints a tiny cap in bytes or KiB, not "0.0 MiB", and the 5 MiB cap as 5.0 MiB (binary units, as the cap is)', () => {
    expect(formatFindingMessage(createFinding('PASTE_TOO_LARGE', 'error', { bytes: 120, exact: true, maxBytes: 100 }))).toMatch(/^the paste is 120 bytes, over the 100 bytes limit:/);
    expect(formatFindingMessage(createFinding('PASTE_TOO_LARGE', 'error', { bytes: 3584, exact: false, maxBytes: 2048 }))).toMatch(/^the paste is at least 3\.5 KiB, over the 2\.0 KiB limit:/);
    expect(formatFindingMessage(createFinding('PASTE_TOO_LARGE', 'error', { bytes: 5_347_738, exact: false, maxBytes: 5 * 1024 * 1024 }))).toMatch(/^the paste is at least 5\.1 MiB, over the 5\.0 MiB limit:/);
  });

  it('LESSON_FIELD_INVALID names what was found, empty or not', () => {
    const found = (value: unknown): string => formatFindingMessage(createFinding('LESSON_FIELD_INVALID', 'error', { expected: 'a string', found: value }));
    expect(found([])).toBe('expected a string, found an empty list');
    expect(found({})).toBe('expected a string, found an empty mapping');
    expect(found(null)).toBe('expected a string, found nothing (an empty value)');
    expect(found(['a', 1])).toBe('expected a string, found a list ["a",1]');
    expect(found(50)).toBe('expected a string, found 50');
  });

  it('KILLED_NODE_NOT_LEADER advises finding the node that led, not the lesson\'s node 1 (the killed follower here)', () => {
    const args = { killed: 'node1', leader: 'node2', line: 2, killLine: 4 };
    const message = formatFindingMessage(createFinding('KILLED_NODE_NOT_LEADER', 'error', args, { line: 4 }));
    expect(message).toBe(
      'the killed node node1 was not the leader: node2 led just before the kill on line 4 (line 2 says so) — ' +
        'kill node2 instead (find it first, e.g. with pgrep -f "kv_node.*--id 2"; on the bundled cluster, GET /status)',
    );
    const named = formatFindingMessage(createFinding('KILLED_NODE_NOT_LEADER', 'error', { ...args, killed: 'raft-a', leader: 'raft-b' }));
    expect(named).toContain('kill raft-b instead (which process is raft-b cannot be told from the paste: find it first, e.g. with pgrep -af kv_node (each node\'s command line); on the bundled cluster, a node\'s GET /status)');
    expect(named).not.toContain('--id');
  });

  // adv39: a pasted log may come from the student's own nodes; GET /status is the bundled cluster's endpoint.
  it('never advises GET /status as if every node had it: only as the bundled cluster\'s, beside what any student can use', () => {
    const messages = [
      formatFindingMessage(createFinding('KILLED_NODE_NOT_LEADER', 'error', { killed: 'node2', leader: 'node1', line: 19, killLine: 6 })),
      formatFindingMessage(createFinding('KILLED_NODE_NOT_LEADER', 'error', { killed: 'raft-a', leader: 'raft-b', line: 19, killLine: 6 })),
      formatFindingMessage(createFinding('KILLED_NODE_NOT_LEADER', 'error', { killed: 'node1', leader: null, roleLine: 7, roleWords: 'follower' })),
      formatFindingMessage(createFinding('KILLED_NODE_NOT_LEADER', 'error', { killed: 'node1', leader: null, killLine: 2, startupLine: 5, shutdownLine: 8, roleLine: 7 })),
      formatFindingMessage(createFinding('KILLED_NODE_LED_ON', 'error', { node: 'node1', killLine: 4, line: 10, afterMs: 51, signal: 'TERM' })),
    ];
    for (const message of messages) {
      expect(message).toMatch(/on the bundled cluster, (a node's )?GET \/status/);
      expect(message.replace(/on the bundled cluster, (a node's )?GET \/status/g, '')).not.toContain('GET /status');
      expect(message).toMatch(/pgrep|became leader/);
    }
    expect(messages[0]).toContain('kill node1 instead (find it first, e.g. with pgrep -f "kv_node.*--id 1"; on the bundled cluster, GET /status)');
  });

  it('KILLED_NODE_LED_ON says the node was not killed, and why: a signal it handled, the follower killed instead, or a kill sent elsewhere', () => {
    const args = { node: 'node1', killLine: 4, line: 10, afterMs: 51 };
    const hup = formatFindingMessage(createFinding('KILLED_NODE_LED_ON', 'error', { ...args, signal: 'HUP' }));
    expect(hup).toBe(
      'node1 was not killed: it kept leading after the kill on line 4 (line 10, 51 ms later), and no line shows it shutting down or restarting in between, ' +
        'so no follower had a dead leader to notice — it handled SIGHUP and went on running (SIGHUP typically makes a server reload its config); ' +
        'stop it with SIGTERM instead (kill <pid>, or kill -TERM <pid>)',
    );
    const instead = formatFindingMessage(createFinding('KILLED_NODE_LED_ON', 'error', { ...args, signal: 'TERM', killed: 'node2' }));
    expect(instead).toContain('— the kill ended node2 instead, a follower (it logged nothing after, and its peers lost their connections to it): find node1\'s pid first');
    const elsewhere = formatFindingMessage(createFinding('KILLED_NODE_LED_ON', 'error', { ...args, signal: 'KILL' }));
    expect(elsewhere).toContain('— the kill went to another process (a wrong pid?) or did not stop node1: find node1\'s pid first');
    expect(formatFindingMessage(createFinding('KILLED_NODE_LED_ON', 'error', { ...args, killed: 'node2' }, {}), { node1: 'n1', node2: 'n2' })).toMatch(/^n1 was not killed: .* the kill ended n2 instead/);
  });

  it('KILLED_NODE_NOT_LEADER says how a nameless kill was tied to the follower (its own line) and that a pause made another lead', () => {
    const args = { killed: 'node1', leader: 'node2', line: 10, killLine: 13, ownLine: { line: 15, afterMs: 1 } };
    expect(formatFindingMessage(createFinding('KILLED_NODE_NOT_LEADER', 'error', args))).toBe(
      'the kill on line 13 killed node1 (its own shutdown line 15 follows it 1 ms later), which was not the leader: node2 led just before the kill ' +
        '(line 10 says so) — kill node2 instead (find it first, e.g. with pgrep -f "kv_node.*--id 2"; on the bundled cluster, GET /status)',
    );
    const paused = formatFindingMessage(createFinding('KILLED_NODE_NOT_LEADER', 'error', { ...args, paused: { line: 1, words: 'kill -TSTP' } }));
    expect(paused).toContain('node2 led just before the kill (line 10 says so), elected after line 1 ("kill -TSTP") paused node1: a paused node sends no heartbeats');
    expect(paused).toContain('without pausing it first');
    expect(paused).not.toContain('kill node2 instead');
  });

  it('FOLLOWER_DETECTION_UNATTRIBUTED quotes the lines tied to no node, counts the rest, and says how to paste so each line names its node', () => {
    const unattributedLines = [
      { line: 25, excerpt: 'election timeout: no heartbeat from leader node1' },
      { line: 26, excerpt: 'no heartbeat from leader node1 for 273 ms' },
      { line: 29, excerpt: 'cannot reach node1: Connection reset by peer' },
    ];
    const args = { node: 'node2', killLine: 2, unattributed: 8, unattributedLines, looked: [] };
    const message = formatFindingMessage(createFinding('FOLLOWER_DETECTION_UNATTRIBUTED', 'error', args));
    expect(message).toBe(
      'whether node2 noticed the leader was gone cannot be told from the paste: after the kill on line 2 no line tied to node2 says so, ' +
        'but 8 lines after the kill saying a node noticed (a timeout or a lost connection) could not be tied to any node ' +
        '(line 25 "election timeout: no heartbeat from leader node1", line 26 "no heartbeat from leader node1 for 273 ms", ' +
        'line 29 "cannot reach node1: Connection reset by peer" and 5 more), and any of them may be node2\'s; ' +
        'after the kill no line tied to it is about the leader, an election or a vote — ' +
        'paste the logs so every line names its node: grep -H "timeout\\|leader\\|kill" data/node*/node.log (the file name on each line), ' +
        'or tail -n 50 data/node*/node.log (a ==> file <== header above each node\'s lines), and no sort, which mixes the nodes\' lines together',
    );
    const one = formatFindingMessage(
      createFinding('FOLLOWER_DETECTION_UNATTRIBUTED', 'error', { ...args, unattributed: 1, unattributedLines: unattributedLines.slice(0, 1), beforeMs: 300, line: 9, untimestampedLine: 14 }),
    );
    expect(one).toContain('but 1 line after the kill saying a node noticed (a timeout or a lost connection) could not be tied to any node (line 25 "election timeout: no heartbeat from leader node1"), and it may be node2\'s;');
    expect(one).toContain('; before the kill it noticed a missing leader on line 9, 300 ms before; its line 14 reads as a detection, but it has no timestamp the checker could read;');
    const offClock = formatFindingMessage(createFinding('FOLLOWER_DETECTION_UNATTRIBUTED', 'error', { ...args, untimestampedLine: 14, untimedWords: 'EOF', offClock: true }));
    expect(offClock).toContain(`; its line 14 ("EOF") reads as a detection, but its time is on another clock than the kill's (see the warning about clocks);`);
    expect(one).not.toMatch(/ more\)/);
  });

  it("looked-at lines whose writer is only a name in their words are not called the follower's own", () => {
    const looked = [
      { line: 16, excerpt: '[node3] granted vote to node2' },
      { line: 27, excerpt: 'became leader for term 6 (votes from node2, node3)', wordsOnly: true },
    ];
    const message = formatFindingMessage(createFinding('FOLLOWER_NO_DETECTION', 'error', { node: 'node3', killLine: 2, looked }));
    expect(message).toMatch(/^node3 logged nothing after the kill on line 2 saying it noticed the leader was gone/);
    expect(message).toContain(
      '; its lines after the kill about the leader, an election or a vote: line 16 "[node3] granted vote to node2"' +
        '; lines after the kill taken as node3\'s only because their words name it (they may be about it, not by it): line 27 "became leader for term 6 (votes from node2, node3)"',
    );
    const before = formatFindingMessage(createFinding('DETECTION_BEFORE_KILL_ONLY', 'error', { node: 'node3', beforeMs: 40, line: 1, killLine: 2, looked: looked.slice(1) }));
    expect(before).not.toContain('its lines after the kill');
    expect(before).toContain("lines after the kill taken as node3's only because their words name it");
  });

  it('FOLLOWER_MISSING with detection lines tied to no node says how to paste so each line names its node', () => {
    const message = formatFindingMessage(createFinding('FOLLOWER_MISSING', 'error', { expected: 2, seen: 1, seenNodes: ['node3'], unattributedDetections: 7 }));
    expect(message).toBe(
      'expected 2 followers to detect the dead leader; the paste shows 1 (node3), and 7 detection lines could not be tied to any node — ' +
        'paste the logs so every line names its node: grep -H "timeout\\|leader\\|kill" data/node*/node.log (the file name on each line), ' +
        'or tail -n 50 data/node*/node.log (a ==> file <== header above each node\'s lines), and no sort, which mixes the nodes\' lines together',
    );
  });

  it('FOLLOWER_MISSING without unnamed detection lines says to paste every follower\'s log, in plain plurals', () => {
    expect(formatFindingMessage(createFinding('FOLLOWER_MISSING', 'error', { expected: 2, seen: 0, seenNodes: [], unattributedDetections: 0 }))).toBe(
      "expected 2 followers to detect the dead leader; the paste shows none — paste each follower's log, from before the kill to after it",
    );
    expect(formatFindingMessage(createFinding('FOLLOWER_MISSING', 'error', { expected: 2, seen: 1, seenNodes: ['node2'], unattributedDetections: 1 }))).toMatch(
      /^expected 2 followers to detect the dead leader; the paste shows 1 \(node2\), and 1 detection line could not be tied to any node — /,
    );
  });

  it('formatFinding shows file:line:column when the finding has a column, file:line otherwise', () => {
    expect(formatFinding(createFinding('LESSON_YAML_INVALID', 'error', { reason: 'bad', column: 9 }, { file: 'a.md', line: 7 }))).toBe('a.md:7:9: error LESSON_YAML_INVALID YAML syntax error in the front-matter: bad');
    expect(formatFinding(createFinding('LESSON_FIELD_INVALID', 'error', { expected: 'a number', found: 'x' }, { file: 'a.md', line: 6, path: 'xp' }))).toBe('a.md:6: error LESSON_FIELD_INVALID xp: expected a number, found "x"');
  });
});

// ruby40: node3 was killed 198 ms after the leader, within the window, and a grep dropped its detection line: "not
// running to notice" was false, it ran those 198 ms.
describe('FOLLOWER_NO_DETECTION of a follower killed after the leader', () => {
  const message = (killedAfterMs: number, killedLine: number): string =>
    formatFindingMessage(createFinding('FOLLOWER_NO_DETECTION', 'error', { node: 'node3', killLine: 2, killedLine, killedAfterMs }));

  it('says how long it ran after the leader\'s kill, not that it was not running', () => {
    expect(message(198.357, 5)).toBe(
      "node3 was itself killed on line 5, 198.357 ms after the leader's kill on line 2, and the paste shows no line of it noticing the leader was gone " +
        'in those 198.357 ms — kill only the leader and leave both followers running until both log that they noticed',
    );
  });

  it('still says it was not running when killed with or before the leader', () => {
    expect(message(0, 2)).toContain('by the same kill as the leader, so it was not running to notice');
    expect(message(-6172, 5)).toContain("before the leader's kill on line 2, so it was not running to notice");
  });
});

describe('formatMs', () => {
  it("keeps a ns stamp's delay at the window's edge apart from the window itself, either side (adv58b-22/-23)", () => {
    expect(formatMs(299.999999)).toBe('299.999999 ms');
    expect(formatMs(300.000001)).toBe('300.000001 ms');
    expect(formatMs(300.000489)).toBe('300.000489 ms');
    expect(formatMs(300)).toBe('300 ms');
    expect(formatMs(5.888)).toBe('5.888 ms');
    expect(formatMs(12.5)).toBe('12.5 ms');
  });
});
