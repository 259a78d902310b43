// A kill while no line before it names a leader: a line after it showing another node leading the same term, with no
// election between, makes the kill a follower's (log-facts.ts findLeaderAt's orShownAfter; nu33's FALSE PASS).
import { describe, expect, it } from 'vitest';
import { formatFindingMessage } from '../../src/findings/format-finding.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson } from './helpers.js';

const lesson = loadLesson('w12-l03');

// The new user's x02b: node3 killed; node1 and node2 lose their link to it, node1 goes on leading term 1.
const KILL_OF_NODE3 = [
  '$ kill -TERM 48215     # the leader',
  '[node 3] 12:04:05.000 received SIGTERM, shutting down',
  '[node 1] 12:04:05.002 connection to node 3 lost (EOF)',
  '[node 2] 12:04:05.003 peer 3: read returned 0',
];
const NODE1_LEADS_ON = [
  '[node 1] 12:04:05.050 heartbeat to 2 ok (term 1, commit 20)',
  '[node 2] 12:04:05.050 append_entries from leader 1 ok (term 1)',
  '[node 1] 12:04:05.100 AppendEntries to node 3 timed out, will retry',
  '[node 1] 12:04:05.100 heartbeat to 2 ok (term 1, commit 20)',
  '[node 2] 12:04:05.100 append_entries from leader 1 ok (term 1)',
];

describe('checkPaste: a leader only the lines after the kill show', () => {
  it("fails x02b as a follower's kill, saying which line after the kill shows node 1 leading", () => {
    const verdict = checkPaste(lesson, [...KILL_OF_NODE3, ...NODE1_LEADS_ON].join('\n'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements).toMatchObject({ leader: 'node1', killedNode: 'node3', killLine: 2 });
    const finding = verdict.checks.flatMap((c) => c.findings).find((f) => f.code === 'KILLED_NODE_NOT_LEADER')!;
    expect(finding.args).toMatchObject({ killed: 'node3', leader: 'node1', line: 6, killLine: 2, shownAfter: { term: 1 } });
    expect(formatFindingMessage(finding)).toBe(
      'the killed node node3 was not the leader: node1 led just before the kill on line 2 (line 6, after it, shows node1 leading term 1 ' +
        'with no election between, and a Raft term has one leader) — kill node1 instead (find it first, e.g. with pgrep -f "kv_node.*--id 1"; on the bundled cluster, GET /status)',
    );
  });

  it('passes the near misses: the killed node led and a new leader is elected after it', () => {
    const elected = [
      '[node 1] 12:04:05.180 election timeout, starting election term 2',
      '[node 2] 12:04:05.183 granted vote to node 1, term 2',
      '[node 1] 12:04:05.185 won election, term 2',
      '[node 2] 12:04:05.190 heartbeat timeout, no heartbeat from leader',
      '[node 1] 12:04:05.200 heartbeat sent to node2 (term 2)',
      '[node 2] 12:04:05.200 append_entries from leader 1 ok (term 2)',
    ];
    const verdict = checkPaste(lesson, [...KILL_OF_NODE3, ...elected].join('\n'));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements).toMatchObject({ leader: 'node3', killLine: 2 });
    // Heartbeats of node1 in term 2 with no line before the kill stating a term: no proof node1 led at the kill.
    const term2 = NODE1_LEADS_ON.map((l) => l.replace('term 1', 'term 2'));
    expect(checkPaste(lesson, [...KILL_OF_NODE3, ...term2].join('\n')).passed).toBe(true);
  });
});
