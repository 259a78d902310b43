import { describe, expect, it } from 'vitest';
import { createFinding } from '../../src/findings/finding.js';
import { addTimeoutRange, findLessonTimeoutRange } from '../../src/proof/lesson-timeout-range.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson } from './helpers.js';

const section = (text: string) => ({ title: 'Concept', slug: 'concept', line: 1, text, codeBlocks: [] });

describe('findLessonTimeoutRange', () => {
  it("reads the range from the lesson's own sentence about its timeout, never a made-up one", () => {
    expect(findLessonTimeoutRange(loadLesson('w12-l03').sections)).toEqual({ minMs: 150, maxMs: 300 });
    expect(findLessonTimeoutRange([section('Set the election timeout to 500–900 ms.')])).toEqual({ minMs: 500, maxMs: 900 });
    // A range in a sentence about something else, a backwards range, or none: no advice numbers.
    expect(findLessonTimeoutRange([section('Write 10-20 ms of logs. The timeout is long.')])).toBeUndefined();
    expect(findLessonTimeoutRange([section('The timeout is 300-150 ms.')])).toBeUndefined();
    expect(findLessonTimeoutRange([])).toBeUndefined();
  });

  it('goes into DETECTION_TOO_SLOW only, and a too-slow paste gets it (adv41b F10)', () => {
    const slow = createFinding('DETECTION_TOO_SLOW', 'error', { node: 'node3', detectionMs: 999.4 });
    const info = createFinding('TIMESTAMPS_WITHOUT_DATE', 'info', {});
    const out = addTimeoutRange([info, slow], { minMs: 150, maxMs: 300 });
    expect(out[0]).toBe(info);
    expect(out[1]!.args).toEqual({ node: 'node3', detectionMs: 999.4, timeoutRangeMs: [150, 300] });
    const findings = [info];
    expect(addTimeoutRange(findings, { minMs: 1, maxMs: 2 })).toBe(findings);
    const paste = [
      '2026-12-03T14:00:01.000Z node1 received SIGTERM, shutting down',
      '2026-12-03T14:00:01.100Z node2 heartbeat timeout: no heartbeat from leader node1',
      '2026-12-03T14:00:01.999Z node3 heartbeat timeout: no heartbeat from leader node1',
    ].join('\n');
    const verdict = checkPaste(loadLesson('w12-l03'), paste);
    expect(verdict.passed).toBe(false);
    expect(verdict.checks[2]!.findings.find((f) => f.code === 'DETECTION_TOO_SLOW')!.args.timeoutRangeMs).toEqual([150, 300]);
  });
});
