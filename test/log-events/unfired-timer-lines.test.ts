// A follower's timer line that says its timeout did not fire (adv41 A: "heartbeat timeout not reached", "… extended",
// "… postponed", "new election timeout 287ms") is no detection; one that says it fired still is. Each line is
// classified as a verdict classifies it (with the literal scan's mask) and without the mask: the two must agree.
import { describe, expect, it } from 'vitest';
import { classifyLineText } from '../../src/log-events/classify-line.js';
import { maskOf, w12AnyMatch as anyMatch, w12Patterns as patterns } from '../support/lesson-line-mask.js';

const DETECTIONS = new Set(['heartbeat-timeout', 'connection-lost']);

function kindsOf(line: string): readonly [masked: string, plain: string] {
  const masked = classifyLineText(line, patterns, { ownNode: 'node3', mayMatch: maskOf(line), anyMatch }).kind;
  const plain = classifyLineText(line, patterns, { ownNode: 'node3' }).kind;
  return [masked, plain];
}

describe('a timer that did not fire', () => {
  it.each([
    'node3 DEBUG heartbeat timeout not reached (last heartbeat 1ms ago)',
    '[11:20:08.452] node3  tick: heartbeat timeout not reached (last heartbeat 150 ms ago, timeout 300 ms)',
    'node3 election timeout has not fired yet',
    "node3 election timer hasn't expired",
    'node3 heartbeat_timeout did not fire (heartbeat at 11:20:08.401)',
    'node3 heartbeat timeout: not yet (120 ms left)',
    'node3 election timeout never reached',
    'node3 DEBUG leader node1 lease renewed, heartbeat timeout extended to 300ms',
    'node3 DEBUG heartbeat timeout postponed: AppendEntries from leader node1 arrived',
    'node3 DEBUG heartbeat timeout cancelled (leader node1 still alive)',
    'node3 DEBUG heartbeat timeout canceled',
    'node3 DEBUG heartbeat timeout refreshed by AppendEntries from node1',
    'node3 DEBUG got AppendEntries from node1, heartbeat timeout deferred',
    'node3 DEBUG heartbeat timeout avoided: leader node1 heartbeat arrived',
    'node3 DEBUG heartbeat from leader node1, election timeout now 287ms',
    'node3 DEBUG AppendEntries from leader node1 (term 2), new election timeout 287ms',
    'node3 DEBUG election timeout restarted (got heartbeat from leader node1)',
  ])('%s is no detection', (line) => {
    const [masked, plain] = kindsOf(line);
    expect(masked).toBe(plain);
    expect(DETECTIONS.has(plain), plain).toBe(false);
  });

  it('keeps a lost connection on the same line a detection', () => {
    const line = 'node3 WARN heartbeat timeout not reached; connection to leader node1 lost (EOF)';
    expect(kindsOf(line)).toEqual(['connection-lost', 'connection-lost']);
  });
});

describe('a timer that fired', () => {
  it.each([
    'node3 WARN election timeout fired, becoming candidate',
    'node3 WARN heartbeat timeout (no message for 301ms)',
    'node3 WARN timed out waiting for leader',
    'node3 WARN heartbeat timeout: no AppendEntries from leader node1 in 279 ms',
    'node3 WARN heartbeat timeout: not heard from leader in 300ms',
    'node3 WARN heartbeat timeout: did not receive a heartbeat from leader node1 in 300ms',
    'node3 WARN election timeout reached (last heartbeat 301 ms ago)',
    'node3 WARN election timeout elapsed, starting new election for term 3',
    'node3 WARN heartbeat timeout: leader node1 did not answer, new term 3',
  ])('%s is a heartbeat timeout', (line) => {
    expect(kindsOf(line)).toEqual(['heartbeat-timeout', 'heartbeat-timeout']);
  });
});
