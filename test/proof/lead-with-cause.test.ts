// src/proof/lead-with-cause.ts: a failing report leads with its cause, its check's header included.
import { describe, expect, it } from 'vitest';
import { checkPaste } from '../../src/proof/check-paste.js';
import { orderReportChecks } from '../../src/proof/lead-with-cause.js';
import { loadLesson } from './helpers.js';

const lesson = loadLesson('w12-l03');

// adv41b p07: the leader says it leads, a follower is killed, so no line says "timeout".
const KILLED_FOLLOWER = [
  '2026-12-03 16:00:00,100 INFO [node1] became leader term 2',
  '2026-12-03 16:00:00,200 INFO [node2] following leader node1 term 2',
  '2026-12-03 16:00:00,210 INFO [node3] following leader node1 term 2',
  '2026-12-03 16:00:05,000 INFO [node2] received SIGTERM, shutting down',
  '2026-12-03 16:00:05,003 WARN [node1] peer node2: connection closed',
  '2026-12-03 16:00:05,050 INFO [node3] heartbeat from leader node1 term 2',
].join('\n');

describe('orderReportChecks', () => {
  it('puts the timing check before a patterns check that failed only as a consequence of its cause', () => {
    const verdict = checkPaste(lesson, KILLED_FOLLOWER);
    expect(verdict.checks.map((c) => c.id)).toEqual(['input', 'patterns', 'timing']); // the JSON keeps its documented order
    expect(verdict.checks[1]!.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(orderReportChecks(verdict).map((c) => c.id)).toEqual(['input', 'timing', 'patterns']);
  });

  it('keeps the order when a pattern missed on its own (its error is a cause of the failure too) or nothing failed', () => {
    const ownMiss = [
      '2026-12-03 16:00:05,000 INFO [node1] received SIGTERM, shutting down',
      '2026-12-03 16:00:05,150 WARN [node2] connection to leader node1 lost',
      '2026-12-03 16:00:05,450 WARN [node3] connection to leader node1 lost',
    ].join('\n');
    const verdict = checkPaste(lesson, ownMiss);
    expect(verdict.passed).toBe(false);
    expect(verdict.checks[1]!.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(orderReportChecks(verdict).map((c) => c.id)).toEqual(['input', 'patterns', 'timing']);
    const passing = checkPaste(lesson, KILLED_FOLLOWER.replace('[node2] received SIGTERM', '[node1] received SIGTERM').replace('[node1] peer node2: connection closed', '[node2] heartbeat timeout, leader node1 gone').replace('[node3] heartbeat from leader node1 term 2', '[node3] heartbeat timeout, leader node1 gone'));
    expect(passing.passed).toBe(true);
    expect(orderReportChecks(passing)).toBe(passing.checks);
  });
});
