// A killed node whose whole life the paste shows without leading (unled-life.ts) was a follower, whatever the kill
// line's comment says; a filtered or merged log, or one that claims to lead, leaves the comment believed.
import { describe, expect, it } from 'vitest';
import { formatFindingMessage } from '../../src/findings/format-finding.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson } from './helpers.js';

const lesson = loadLesson('w12-l03');

const node1Life = (role: string): string[] => [
  '==> node1.log <==',
  '2026-12-01T17:29:04.280Z [INFO]  hraftnode: started: id=node1 addr=127.0.0.1:17241 pid=15979',
  '2026-12-01T17:29:04.280Z [INFO]  raft: entering follower state: follower="Node at 127.0.0.1:17241 [Follower]" leader=',
  `2026-12-01T17:29:04.441Z [DEBUG] raft: ${role}`,
  '2026-12-01T17:29:06.650Z [INFO]  hraftnode: received signal, shutting down: signal=terminated',
  '2026-12-01T17:29:06.651Z [INFO]  hraftnode: stopped',
  '',
];
const OTHERS = [
  '==> node2.log <==',
  '2026-12-01T17:29:04.361Z [INFO]  hraftnode: started: id=node2 addr=127.0.0.1:17242 pid=15980',
  '2026-12-01T17:29:04.441Z [DEBUG] raft: lost leadership because received a requestVote with a newer term',
  '',
  '==> node3.log <==',
  '2026-12-01T17:29:07.601Z [DEBUG] raft: failed to contact: server-id=node1 time=942.951673ms',
  '2026-12-01T17:29:07.899Z [ERROR] raft: failed to appendEntries to: peer="{Voter node1 127.0.0.1:17241}" error="dial tcp 127.0.0.1:17241: connect: connection refused"',
];
const paste = (command: string, role = 'lost leadership because received a requestVote with a newer term'): string =>
  ['$ date +%T.%3N; kill -TERM 15979   # node1 is the leader', '17:29:06.648', command, ...node1Life(role), ...OTHERS].join('\n');

describe('a killed node whose whole unfiltered life never leads was a follower', () => {
  it('outweighs the kill comment: node1 is reported killed, not leading, and no leader is named', () => {
    const verdict = checkPaste(lesson, paste('$ tail -n 15 node1.log node2.log node3.log'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements).toMatchObject({ killedNode: 'node1', leader: null, leaderFrom: null, killLine: 2 });
    const finding = verdict.checks[2]!.findings.find((f) => f.code === 'KILLED_NODE_NOT_LEADER')!;
    expect(finding.args).toMatchObject({ killed: 'node1', leader: null, startupLine: 5, roleLine: 7, shutdownLine: 8, roleWords: 'lost leadership' });
    expect(formatFindingMessage(finding)).toBe(
      'the killed node node1 was not the leader, whatever the kill line on line 2 says: its own log, from its start (line 5) to its ' +
        'shutdown (line 8), never says it led, and line 7 ("lost leadership") shows it a follower — find the leader first ' +
        "(the node whose own log last says it became leader; on the bundled cluster, a node's GET /status) and kill that node",
    );
  });

  it('believes the comment when the log was filtered (a grep may have dropped the leadership line)', () => {
    const verdict = checkPaste(lesson, paste('$ tail -n 15 node1.log node2.log node3.log | grep -v entering'));
    expect(verdict.measurements?.leader).toBe('node1');
  });

  it('believes the comment when the life claims to lead or states no follower role', () => {
    expect(checkPaste(lesson, paste('$ tail -n 15 node1.log node2.log node3.log', 'entering leader state: leader="Node at 127.0.0.1:17241 [Leader]"')).measurements?.leader).toBe('node1');
    // hclog's startup `entering follower state` is a follower role stated (a step-down's words): the life without it.
    const stated = 'entering follower state: follower="Node at 127.0.0.1:17241 [Follower]" leader=';
    expect(checkPaste(lesson, paste('$ tail -n 15 node1.log node2.log node3.log', 'snapshot saved').replace(stated, 'initial configuration: index=0 servers=[]')).measurements?.leader).toBe('node1');
    expect(checkPaste(lesson, paste('$ tail -n 15 node1.log node2.log node3.log', 'snapshot saved')).measurements).toMatchObject({ killedNode: 'node1', leader: null });
  });
});
