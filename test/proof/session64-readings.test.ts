// Session 64's readings, each on a small paste in the shape a blind set found misread (adv63, adv64a-f).
import { describe, expect, it } from 'vitest';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson } from './helpers.js';

const lesson = loadLesson('w12-l03');
const check = (lines: string[]) => checkPaste(lesson, lines.join('\n'));
const followerMs = (verdict: ReturnType<typeof check>) => Object.fromEntries(verdict.measurements!.followers.map((f) => [f.node, f.detectionMs ?? f.status]));

describe("a status line's `role=follower` after the node's last claim to lead is its step-down (adv63b-28)", () => {
  const paste = (lastRole: 'leader' | 'follower') => [
    '$ date +%T.%3N; kill 20845',
    '07:41:20.609',
    '07:41:20.169 [node3] INFO status: role=leader term=1 leader=node3',
    '07:41:20.471 [node3] INFO status: role=leader term=1 leader=node3',
    `07:41:20.572 [node3] INFO status: role=${lastRole} term=1 leader=${lastRole === 'leader' ? 'node3' : 'none'}`,
    '07:41:20.609 [node3] INFO received SIGTERM, shutting down',
    '07:41:20.611 [node2] WARN connection to leader node3 lost (EOF)',
    '07:41:20.745 [node1] WARN election timeout: no heartbeat from leader node3 in 275 ms, starting election',
  ];

  it('node3 saying role=follower 37 ms before the kill was no leader then: the followers noticed no dead leader', () => {
    const verdict = check(paste('follower'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killedNode).toBe('node3');
    expect(verdict.measurements!.leader).toBeNull();
  });

  it('node3 still saying role=leader at its last status led when killed: both followers detect in time', () => {
    const verdict = check(paste('leader'));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.leader).toBe('node3');
    expect(followerMs(verdict)).toEqual({ node1: 136, node2: 2 });
  });
});
