// adv41b's F1, a FALSE PASS: `tail -n 3` of each log cut off the "became leader" lines, so no line said who led in
// words; the AppendEntries traffic did (node2 sends them, node1 and node3 receive them from node2), and the killed
// node1 was a follower. Its peers' lost connections to it are no detection of a dead leader.
import { describe, expect, it } from 'vitest';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson } from './helpers.js';

const lesson = loadLesson('w12-l03');

const paste = (leaderLines: readonly [string, string], followerWord: string, killed: 'node1' | 'node2') =>
  [
    '$ tail -n 3 data/node1/node.log data/node2/node.log data/node3/node.log',
    '==> data/node1/node.log <==',
    ...(killed === 'node1'
      ? [`2026-12-03T16:50:04.950Z INFO ${followerWord} from node2 term=2 entries=0`, '2026-12-03T16:50:05.000Z INFO received SIGTERM, shutting down', '2026-12-03T16:50:05.001Z INFO bye']
      : [`2026-12-03T16:50:04.951Z INFO ${followerWord} from node2 term=2 entries=0`, '2026-12-03T16:50:05.003Z WARN peer node2: connection closed (EOF)', '2026-12-03T16:50:05.231Z WARN election timeout, starting election for term 3']),
    '',
    '==> data/node2/node.log <==',
    ...(killed === 'node1'
      ? [`2026-12-03T16:50:04.950Z DEBUG ${leaderLines[0]}`, '2026-12-03T16:50:05.003Z WARN peer node1: connection closed (EOF)', `2026-12-03T16:50:05.050Z DEBUG ${leaderLines[1]}`]
      : [`2026-12-03T16:50:04.950Z DEBUG ${leaderLines[0]}`, '2026-12-03T16:50:05.000Z INFO received SIGTERM, shutting down', '2026-12-03T16:50:05.001Z INFO bye']),
    '',
    '==> data/node3/node.log <==',
    `2026-12-03T16:50:04.951Z INFO ${followerWord} from node2 term=2 entries=0`,
    `2026-12-03T16:50:05.004Z WARN peer ${killed}: connection closed (EOF)`,
    killed === 'node1' ? `2026-12-03T16:50:05.051Z INFO ${followerWord} from node2 term=2 entries=0, election timeout reset` : '2026-12-03T16:50:05.240Z INFO voted for node1 in term 3',
  ].join('\n');

const SENT = ['append_entries -> node1, node3 term=2', 'append_entries -> node3 term=2'] as const;

describe("checkPaste: AppendEntries traffic shows who leads when no line says it in words", () => {
  it.each(['append_entries', 'AppendEntries', 'appendEntries'])("fails the kill of follower node1 whose peers receive %s from node2 (adv41b p41)", (word) => {
    const verdict = checkPaste(lesson, paste(SENT, word, 'node1'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements).toMatchObject({ killedNode: 'node1', leader: 'node2', leaderFrom: 'leader-statement' });
    expect(verdict.checks.flatMap((c) => c.findings).map((f) => f.code)).toContain('KILLED_NODE_NOT_LEADER');
  });

  it('fails it with the leader sending heartbeats in words of its own (adv41b probe v1)', () => {
    const verdict = checkPaste(lesson, paste(['sending heartbeat to node1, node3 (term 2)', 'sending heartbeat to node3 (term 2)'], 'append_entries', 'node1'));
    expect(verdict.passed).toBe(false);
    expect(verdict.checks.flatMap((c) => c.findings).map((f) => f.code)).toContain('KILLED_NODE_NOT_LEADER');
  });

  it('passes the kill of the sender node2, whose followers lose it within 300 ms', () => {
    const verdict = checkPaste(lesson, paste(SENT, 'append_entries', 'node2'));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements).toMatchObject({ killedNode: 'node2', leader: 'node2' });
    expect(verdict.measurements!.followers.map((f) => [f.node, f.detectionMs])).toEqual([['node1', 3], ['node3', 4]]);
  });
});
