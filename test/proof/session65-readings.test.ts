// Session 65's readings, each on a small paste in the shape a blind set found misread (adv64, adv65).
import { describe, expect, it } from 'vitest';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson } from './helpers.js';

const lesson = loadLesson('w12-l03');
const check = (lines: string[]) => checkPaste(lesson, lines.join('\n'));
const followerMs = (verdict: ReturnType<typeof check>) => Object.fromEntries(verdict.measurements!.followers.map((f) => [f.node, f.detectionMs ?? f.status]));

describe("supervisord's `stop raft:kv1` over the followers' lines alone kills the node1 they follow (adv64j-38)", () => {
  const paste = (program: string) => [
    '$ date +%T.%3N; supervisorctl stop ' + program,
    '10:37:24.795',
    `${program}: stopped`,
    '',
    'node2 terminal (supervisorctl tail -f raft:kv2):',
    '2026-12-06 10:37:24,023 INFO kv_node node2 starting pid=27893 port=24401',
    '2026-12-06 10:37:24,226 INFO following leader node1 (term 1)',
    '2026-12-06 10:37:24,801 WARN connection to leader node1 lost (EOF)',
    '',
    'node3 terminal (supervisorctl tail -f raft:kv3):',
    '2026-12-06 10:37:24,098 INFO kv_node node3 starting pid=27894 port=24402',
    '2026-12-06 10:37:24,303 INFO following leader node1 (term 1)',
    '2026-12-06 10:37:25,042 WARN election timeout fired after 251 ms, becoming candidate (term 2)',
  ];

  it('kv1 is node1, the leader: both followers are timed from the kill', () => {
    const verdict = check(paste('raft:kv1'));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.leader).toBe('node1');
    expect(followerMs(verdict)).toEqual({ node2: 6, node3: 247 });
  });

  it('kv2 is node2, a follower: nothing to measure', () => {
    const verdict = check(paste('raft:kv2'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killedNode).toBe('node2');
    expect(verdict.measurements!.leader).not.toBe('node2');
  });
});
