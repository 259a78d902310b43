// How a follower says its leader went silent (DEFAULT_HEARTBEAT_PATTERN, the bundled lesson's heartbeat_pattern): the
// ways a new user's correct pastes said it that read as nothing (false fails), and the "timed out" lines that are
// no detection (a client request, a dial, a snapshot transfer, a setting, a timer not fired yet, a count on the way).
import { describe, expect, it } from 'vitest';
import { classifyLineText } from '../../src/log-events/classify-line.js';
import { DEFAULT_HEARTBEAT_PATTERN } from '../../src/log-events/default-patterns.js';
import { compilePattern } from '../../src/proof/compile-pattern.js';
import { loadLesson } from '../proof/helpers.js';
import { maskOf, w12AnyMatch as anyMatch, w12Patterns as patterns } from '../support/lesson-line-mask.js';

const lesson = loadLesson('w12-l03');
// The kind checkPaste reads: the literal scan's mask first (a line whose literals it misses is never classified).
const kindOf = (line: string): string => {
  const mayMatch = maskOf(line);
  const filtered = classifyLineText(line, patterns, { ownNode: 'node2', mayMatch, anyMatch }).kind;
  expect(classifyLineText(line, patterns, { ownNode: 'node2' }).kind, line).toBe(filtered);
  return filtered;
};

describe('DEFAULT_HEARTBEAT_PATTERN', () => {
  it('is the bundled lesson heartbeat_pattern (one definition) and runs on V8', () => {
    expect(lesson.proof.timing?.heartbeat_pattern).toBe(DEFAULT_HEARTBEAT_PATTERN);
    const result = compilePattern(DEFAULT_HEARTBEAT_PATTERN);
    expect(result.ok && result.pattern.engine).toBe('v8');
  });

  it.each([
    'WARN  leader node1 timed out, becoming candidate for term 4',
    'WARN  timed out waiting for AppendEntries from leader node1, starting election',
    'WARN  missed 3 heartbeats from leader node1, starting election',
    "WARN  timeout: haven't heard from leader node1 in 250ms, starting election",
    'WARN  did not receive a heartbeat within 250ms, starting election',
    'WARN  follower timeout elapsed (250ms), converting to candidate',
    // Near forms of the same sayings.
    'leader timed out, starting election',
    'leader node-12 timed out',
    'have not heard from the leader for 300ms',
    "didn't receive heartbeat for 280 ms",
    'follower_timeout expired',
    'election timer fired',
    // hbwords2: an address as the leader's name, "consecutive", "any", "havent" and ’ (a string copied from a web page).
    'WARN  leader 127.0.0.1:7001 timed out, starting election',
    'leader [::1]:7001 timed out',
    'leader 192.168.1.10:7001 timed out',
    'WARN  missed 3 consecutive heartbeats from leader node1, starting election',
    "WARN  didn't receive any heartbeat in 300ms, starting election",
    'didnt receive any heartbeat for 280 ms',
    'WARN  havent heard from leader in 300ms, starting election',
    'havent heard from the leader in 300ms',
    'haven’t heard from the leader in 300ms',
    // Negated, "received a heartbeat" is no timer reset (NOT_A_DETECTION_PATTERN's arrived heartbeat).
    "WARN  haven't received a heartbeat in 300ms, starting election",
    'have not received any heartbeat from leader node1',
    // The "leader … down" gap is 1-19 characters (an address and two spaces fit).
    'leader 192.168.1.10:7001 is down',
    // A heartbeat reply sent on the same line is not the silence the line reports.
    'heartbeat timeout: no heartbeat from leader node1; last heartbeat ack sent 300ms ago',
  ])('reads %j as a heartbeat timeout', (line) => {
    expect(kindOf(line)).toBe('heartbeat-timeout');
  });

  it.each([
    'client request 42 timed out after 500ms',
    'dial tcp 127.0.0.1:7001: i/o timeout',
    'snapshot transfer timed out',
    'read index request timed out',
    'request to leader node1 timed out',
    'leader election timed out, retrying',
    'leader lease timed out',
    'node n2 up, election timeout 150-300ms',
    'election_timeout=300ms follower_timeout=250ms',
    'waiting for election timeout',
    'heartbeat timer fired, sending heartbeats',
    // One missed heartbeat of a count towards a threshold is no detection yet (blind15's `(1/3)`, `(2/3)`).
    'missed heartbeat from leader node1 (1/3)',
    'missed 2 heartbeats (2/3)',
    'agent received heartbeat from leader',
    // hbwords2's near misses: other things missed, a leader's address that is elected, a client's request to the leader
    // timing out (however the leader is named), a heartbeat's reply missing (a leader's line about a follower, with
    // or without its role column), a client hearing from the leader.
    'missed 3 consecutive writes',
    'WARN  leader 127.0.0.1:7001 elected',
    'forwarding write to the leader timed out',
    'forwarding write to leader 127.0.0.1:7001 timed out',
    'client request to leader timed out',
    'leader transfer to node2 timed out',
    'did not receive a heartbeat response from node2',
    'no heartbeat response from node2 in 300ms',
    "haven't received any heartbeat acks from n3",
    'node1 leader: did not receive a heartbeat response from node2',
    'client received a heartbeat from leader',
    'client heard from leader',
  ])('reads %j as no detection', (line) => {
    expect(kindOf(line)).not.toMatch(/heartbeat-timeout|connection-lost/);
  });
});
