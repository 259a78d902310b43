// The harness's typed findings read as sentences a student can act on (the wording lives only in format-finding.ts).
import { describe, expect, it } from 'vitest';
import { createFinding } from '../../src/findings/finding.js';
import { formatFindingMessage } from '../../src/findings/format-finding.js';

describe('formatFindingMessage for the scenario harness', () => {
  it('LOG_CLOCK_OWN_ZONE names the nodes, the gap and both zones, ahead or behind', () => {
    expect(formatFindingMessage(createFinding('LOG_CLOCK_OWN_ZONE', 'info', { nodes: ['node1', 'node2'], shiftMin: 330, harnessOffsetMin: 0 }))).toMatch(
      /^node1, node2 write zone-less times 5 h 30 min ahead of the harness's clock: another time zone \(UTC\+05:30, the harness's is UTC\+00:00; a TZ= in the --cluster template\?\)/,
    );
    expect(formatFindingMessage(createFinding('LOG_CLOCK_OWN_ZONE', 'info', { nodes: ['node3'], shiftMin: -45, harnessOffsetMin: 60 }))).toMatch(
      /^node3 writes zone-less times 45 min behind the harness's clock: another time zone \(UTC\+00:15, the harness's is UTC\+01:00/,
    );
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

describe('formatFindingMessage for the paste check', () => {
  it('TIMESTAMPS_MISSING names the line read as the kill when there is one', () => {
    expect(formatFindingMessage(createFinding('TIMESTAMPS_MISSING', 'error', { lines: 27, untimestampedLine: 8 }))).toMatch(/^no line has a timestamp \(27 lines\), .* \(line 8 was read as the kill\)$/);
    expect(formatFindingMessage(createFinding('TIMESTAMPS_MISSING', 'error', { lines: 27 }))).not.toContain('read as the kill');
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
});
