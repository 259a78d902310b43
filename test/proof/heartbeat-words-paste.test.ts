// A new user's correct pastes that failed: node3's only line after the kill says the leader went silent in words
// the heartbeat pattern did not know, and the report said node3 "logged nothing" while quoting that very line.
import { describe, expect, it } from 'vitest';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson } from './helpers.js';

const lesson = loadLesson('w12-l03');
const pasteSaying = (node3Line: string): string =>
  [
    'data/node1/node.log:2026-11-26T19:30:00.900Z node1 INFO  became leader term=3',
    'data/node1/node.log:2026-11-26T19:30:01.000Z node1 INFO  received SIGTERM, shutting down',
    'data/node2/node.log:2026-11-26T19:30:00.950Z node2 INFO  following leader node1 (term 3)',
    'data/node2/node.log:2026-11-26T19:30:01.200Z node2 WARN  heartbeat timeout — no message from leader in 300ms',
    'data/node3/node.log:2026-11-26T19:30:00.950Z node3 INFO  following leader node1 (term 3)',
    `data/node3/node.log:2026-11-26T19:30:01.250Z node3 WARN  ${node3Line}`,
  ].join('\n');

describe('checkPaste: a follower saying its leader went silent in its own words', () => {
  it.each([
    'leader node1 timed out, becoming candidate for term 4',
    'timed out waiting for AppendEntries from leader node1, starting election',
    'missed 3 heartbeats from leader node1, starting election',
    "timeout: haven't heard from leader node1 in 250ms, starting election",
    'did not receive a heartbeat within 250ms, starting election',
    'follower timeout elapsed (250ms), converting to candidate',
    'leader 127.0.0.1:7001 timed out, starting election',
    'missed 3 consecutive heartbeats from leader node1, starting election',
    "didn't receive any heartbeat in 250ms, starting election",
    'havent heard from the leader in 250ms, starting election',
    'haven’t heard from the leader in 250ms, starting election',
    "haven't received a heartbeat in 250ms, starting election",
  ])('passes with node3 at +250 ms: %s', (line) => {
    const verdict = checkPaste(lesson, pasteSaying(line));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements).toMatchObject({ leader: 'node1', killLine: 2 });
    expect(verdict.measurements!.followers.map((f) => [f.node, f.status, f.detectionMs, f.line])).toEqual([
      ['node2', 'detected', 200, 4],
      ['node3', 'detected', 250, 6],
    ]);
  });

  it.each([
    'request to leader node1 timed out, retrying',
    'forwarding write to the leader timed out',
    'missed 3 consecutive writes',
    'did not receive a heartbeat response from node2',
  ])('still fails when node3 only logs %j (no detection of the leader)', (line) => {
    const verdict = checkPaste(lesson, pasteSaying(line));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.find((f) => f.node === 'node3')?.status).not.toBe('detected');
  });
});
