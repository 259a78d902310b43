// A follower's countdown (adv42 P1): a line stating how long the leader has been silent beside a timeout that has not
// run out ("no heartbeat from leader node1 for 100 ms (election timeout 400 ms)") says the timer has NOT fired: no
// detection, though "no heartbeat" is one of the lesson's phrases. The same words with the silence at or past the
// timeout, or with no timeout stated, are still one. Each line is classified with the literal scan's mask and
// without it: the two must agree.
import { describe, expect, it } from 'vitest';
import { blankCountdowns } from '../../src/log-events/countdown-lines.js';
import { classifyLineText } from '../../src/log-events/classify-line.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { maskOf, w12AnyMatch as anyMatch, w12Patterns as patterns } from '../support/lesson-line-mask.js';
import { loadLesson } from '../proof/helpers.js';

function kindsOf(line: string): readonly [masked: string, plain: string] {
  const masked = classifyLineText(line, patterns, { ownNode: 'node2', mayMatch: maskOf(line), anyMatch }).kind;
  const plain = classifyLineText(line, patterns, { ownNode: 'node2' }).kind;
  return [masked, plain];
}

const COUNTDOWNS = [
  'node2 DEBUG no heartbeat from leader node1 for 100 ms (election timeout 400 ms)',
  "node2 DEBUG haven't heard from leader node1 in 100 ms (timeout 400 ms)",
  'node2 DEBUG not received heartbeat for 100 ms, election in 300 ms',
  'node2 DEBUG no heartbeat from leader node1 for 100 ms, election timer fires in 300 ms',
  'node2 DEBUG no heartbeat for 100 ms, election timer at 100/400 ms',
  'node2 DEBUG no AppendEntries from leader for 100 ms (timeout 400 ms)',
  'node2 DEBUG no heartbeat from leader node1 for 100 of 400 ms',
  'node2 DEBUG no heartbeat from leader node1 (election timer 100 / 400 ms)',
  'node2 DEBUG no heartbeat from leader node1 for 100 ms, 300 ms left',
  'node2 DEBUG no heartbeat from leader node1 for 0.1 s (election_timeout=400ms)',
  'node2 DEBUG no heartbeat from leader node1 for 100ms (election timeout: 0.4s)',
];

describe('a countdown: the silence so far below a timeout the line states', () => {
  it.each(COUNTDOWNS)('%s is no detection', (line) => {
    const [masked, plain] = kindsOf(line);
    expect(masked).toBe(plain);
    expect(plain).not.toBe('heartbeat-timeout');
  });

  it('keeps a lost connection on the same line a detection', () => {
    expect(kindsOf('node2 WARN no heartbeat for 100 ms (timeout 400 ms); connection to leader node1 lost')).toEqual(['connection-lost', 'connection-lost']);
  });
});

describe('not a countdown', () => {
  it.each([
    'node2 WARN no heartbeat from leader node1 for 312 ms (timeout 300 ms)',
    'node2 WARN no heartbeat from leader node1 for 400 ms (election timeout 400 ms)',
    'node2 WARN no heartbeat from leader node1 for 250 ms',
    'node2 WARN heartbeat timeout: no heartbeat from leader node1 in 250 ms',
    'node2 WARN no heartbeat from leader (timeout 400 ms)',
    // The line's own earlier clause says the timer fired; only the countdown clause is discounted.
    'node2 WARN heartbeat timeout: no heartbeat for 150 ms (timeout 300 ms)',
    'node2 WARN no heartbeat for 0.5 s (timeout 400 ms)',
    // "timeout in 250ms" mid-line says when it fired (as default-patterns.ts AWAITED_TIMEOUT_PATTERN reads it).
    'node2 WARN heartbeat timeout in 250ms, no heartbeat from leader node1 for 250 ms',
    'node2 WARN no heartbeat from leader node1 for 250 ms, won election in 30 ms',
  ])('%s is a heartbeat timeout', (line) => {
    expect(kindsOf(line)).toEqual(['heartbeat-timeout', 'heartbeat-timeout']);
  });

  it('leaves a line without a countdown as it is (the same string)', () => {
    const line = 'node2 WARN  heartbeat timeout — no message from leader in 300ms';
    expect(blankCountdowns(line)).toBe(line);
    expect(blankCountdowns('node2 no heartbeat for 312 ms (timeout 300 ms)')).toBe('node2 no heartbeat for 312 ms (timeout 300 ms)');
  });
});

describe('checkPaste: a countdown line is not the follower noticing (adv42 min/01)', () => {
  const lesson = loadLesson('w12-l03');
  const paste = [
    '2026-12-03T17:30:00.000Z node1 WARN received SIGTERM, shutting down',
    '2026-12-03T17:30:00.100Z node2 DEBUG no heartbeat from leader node1 for 100 ms (election timeout 400 ms)',
    '2026-12-03T17:30:00.100Z node3 DEBUG no heartbeat from leader node1 for 100 ms (election timeout 400 ms)',
    '2026-12-03T17:30:00.400Z node2 WARN election timeout fired, becoming candidate for term 2',
    '2026-12-03T17:30:00.450Z node3 WARN election timeout fired, becoming candidate for term 2',
  ].join('\n');

  it('measures the timers that fired (+400, +450 ms) and fails', () => {
    const verdict = checkPaste(lesson, paste);
    expect(verdict.passed).toBe(false);
    const followers = verdict.measurements?.followers ?? [];
    expect(followers.map((f) => [f.node, f.detectionMs])).toEqual([
      ['node2', 400],
      ['node3', 450],
    ]);
  });

  it('passes when the silence stated has reached the timeout', () => {
    const reached = paste.replaceAll('for 100 ms (election timeout 400 ms)', 'for 100 ms (election timeout 100 ms)');
    expect(checkPaste(lesson, reached).passed).toBe(true);
  });
});
