// The bundled lesson's own words (issue 9): every line its Concept and Hints give as an example of a follower
// noticing the dead leader, what its Task and Done When describe, and what its Verify grep shows, is a detection
// to its timing patterns — so a paste the patterns check accepts for saying so is not refused by timing.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLesson, loadLessons } from '../../src/catalog/load-lessons.js';
import { GAP_FILLERS } from '../../src/lesson/check-timing-coverage.js';
import { checkPaste } from '../../src/proof/check-paste.js';

const root = join(import.meta.dirname, '../..');
const { lesson } = findLesson(await loadLessons({ dir: join(root, 'lessons') }), 'w12-l03');
if (!lesson) throw new Error('no bundled lesson w12-l03');

// Quoted example lines of a section ("…" or “…”), outside code fences.
function quotedLines(slug: string): string[] {
  const section = lesson!.sections.find((s) => s.slug === slug);
  const prose = (section?.text ?? '').replace(/```[\s\S]*?```/g, '');
  return [...prose.matchAll(/"([^"\n]+)"|“([^”\n]+)”/g)].map((m) => (m[1] ?? m[2])!);
}

// A paste in which node1 leads and is killed, and both followers log `line` 120 and 180 ms later.
function pasteWith(line: string): string {
  return [
    '2026-11-26T19:30:00.000Z [node1] INFO won election for term 2 with 2/3 votes — now leader',
    '2026-11-26T19:30:00.010Z [node2] INFO new leader node1 for term 2',
    '2026-11-26T19:30:00.012Z [node3] INFO new leader node1 for term 2',
    '2026-11-26T19:30:01.000Z [node1] INFO received SIGTERM, shutting down',
    `2026-11-26T19:30:01.120Z [node2] WARN ${line}`,
    `2026-11-26T19:30:01.180Z [node3] WARN ${line}`,
  ].join('\n');
}

function timingOf(line: string) {
  const verdict = checkPaste(lesson!, pasteWith(line));
  return {
    passed: verdict.checks.find((c) => c.id === 'timing')!.passed,
    followers: verdict.measurements?.followers.map((f) => [f.node, f.status, f.detectionMs]),
  };
}

const detected = { passed: true, followers: [['node2', 'detected', 120], ['node3', 'detected', 180]] };

describe('w12-l03: its timing patterns accept every detection its text gives', () => {
  it('the Concept quotes two example detection lines (the Hints quote none)', () => {
    expect(quotedLines('concept')).toEqual(['heartbeat timeout — no message from leader in 300ms', 'election timeout fired, becoming candidate.']);
    expect(quotedLines('hints')).toEqual([]);
  });

  it.each(quotedLines('concept'))('Concept example "%s"', (line) => {
    expect(timingOf(line)).toEqual(detected);
  });

  it.each([
    // the list: what the Concept, Hints and Verify accept
    'heartbeat timed out',
    'leader node1 is down',
    'lost connection to leader',
    'connection to leader n1 lost',
    // Concept: read() returns 0 or -1 with ECONNRESET; the followers notice the leader is gone
    'read() returns 0',
    'read failed: ECONNRESET',
    'the leader is gone',
    // Task: "messages about heartbeat timeout or leader disconnection"; Done When: "heartbeat timeout or connection error"
    'leader node1 disconnected',
    'disconnected from leader node1',
    'connection error to leader node1',
    'no heartbeat from leader node1',
  ])('"%s"', (line) => {
    expect(timingOf(line)).toEqual(detected);
  });

  it.each(GAP_FILLERS.map((gap) => `leader${gap}down`.replace(/\s+/g, ' ')))('the Verify grep "leader.*down": "%s"', (line) => {
    expect(timingOf(line)).toEqual(detected);
  });

  it("the bundled node's connection-loss line stays a connection loss (its \"leader may be down\" is no heartbeat timeout)", () => {
    const verdict = checkPaste(lesson!, pasteWith('connection to leader node1 lost (EOF) — leader may be down'));
    expect(verdict.measurements?.followers.map((f) => f.via)).toEqual(['connection', 'connection']);
  });

  it('a leader stepping or shutting down is no follower detection', () => {
    for (const line of ['leader node1 stepping down', 'leader shutting down']) expect(timingOf(line).passed, line).toBe(false);
  });
});

// Task step 2 ("press Ctrl+C in the leader's terminal") and Hints ("that sends SIGINT which is fine too"): a node that
// logs only `caught SIGINT, stopping` was killed as the lesson allows, so the patterns check accepts it as the kill.
describe('w12-l03: a Ctrl+C kill, as its Task and Hints allow', () => {
  const ctrlC = (followerMs: readonly [number, number]): string =>
    [
      '10:15:42.118503 [node 1] I am the leader (term 2)',
      '^C10:15:44.000211 [node 1] caught SIGINT, stopping',
      `10:15:44.${String(followerMs[0]).padStart(3, '0')}930 [node 2] heartbeat timeout — no message from leader in 300ms`,
      `10:15:44.${String(followerMs[1]).padStart(3, '0')}118 [node 3] heartbeat timeout — no message from leader in 300ms`,
    ].join('\n');

  it('passes both checks when the followers detect it in time, citing the SIGINT line as the kill', () => {
    const verdict = checkPaste(lesson!, ctrlC([271, 289]));
    expect(verdict.checks.map((c) => [c.id, c.passed])).toEqual([['input', true], ['patterns', true], ['timing', true]]);
    expect(verdict.patterns.find((p) => p.pattern.includes('SIGINT'))).toMatchObject({ passed: true, line: 2, match: 'SIGINT', role: 'kill' });
  });

  it('still fails on timing when a follower is too slow (the kill word decides nothing else)', () => {
    const verdict = checkPaste(lesson!, ctrlC([271, 389]));
    expect(verdict.checks.map((c) => [c.id, c.passed])).toEqual([['input', true], ['patterns', true], ['timing', false]]);
  });

  it('a paste naming no kill word at all still fails the patterns check', () => {
    const verdict = checkPaste(lesson!, ctrlC([271, 289]).replace('caught SIGINT, stopping', 'bye'));
    expect(verdict.checks.find((c) => c.id === 'patterns')!.passed).toBe(false);
  });
});
