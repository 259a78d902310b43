import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatGradescope } from '../../src/formats/format-gradescope.js';
import { formatVerdictText } from '../../src/proof/format-verdict.js';
import type { Lesson } from '../../src/lesson/types.js';
import { findLesson, loadLessons } from '../../src/catalog/load-lessons.js';
import { checkPaste } from '../../src/proof/check-paste.js';

const root = join(import.meta.dirname, '../..');
const passingPaste = readFileSync(join(root, 'fixtures/pastes/bundled-grep.log'), 'utf8');

let lesson: Lesson;
beforeAll(async () => {
  lesson = findLesson(await loadLessons(), 'w12-l03').lesson!;
});

// The keys Gradescope reads from results.json, with their types.
function expectResultsShape(results: unknown): void {
  expect(results).toEqual({
    score: expect.any(Number),
    max_score: expect.any(Number),
    output: expect.any(String),
    output_format: 'text',
    visibility: 'visible',
    stdout_visibility: 'hidden',
    tests: expect.any(Array),
    extra_data: expect.any(Object),
  });
  for (const test of (results as { tests: unknown[] }).tests) {
    expect(test).toEqual({
      name: expect.any(String),
      score: expect.any(Number),
      max_score: expect.any(Number),
      status: expect.stringMatching(/^(passed|failed)$/),
      output: expect.any(String),
      visibility: 'visible',
    });
  }
}

describe('formatGradescope', () => {
  it('awards the lesson XP for a passing verdict, one passed test per check', () => {
    const verdict = checkPaste(lesson, passingPaste);
    const results = formatGradescope(verdict, lesson);
    expectResultsShape(results);
    expect(results).toMatchObject({ score: 50, max_score: 50, extra_data: { lessonId: 'w12-l03', passed: true, xpAwarded: 50, referenceOutput: false } });
    // The student's CLI report, without colour.
    expect(results.output).toBe(formatVerdictText(verdict, { color: false, lesson }));
    expect(results.output).toContain('w12-l03 "Demo step 2 — kill the leader"');
    expect(results.output).not.toContain('\x1b[');
    expect(results.tests.map((t) => t.name)).toEqual([
      'input: the paste is readable log text',
      "patterns: the log matches the lesson's 2 patterns",
      'timing: 2 followers detect the dead leader within 300 ms of the kill',
    ]);
    expect(results.tests.every((t) => t.status === 'passed' && t.score === 1 && t.max_score === 1)).toBe(true);
    // What a course writes to /autograder/results/results.json.
    expect(JSON.parse(JSON.stringify(results))).toEqual(results);
  });

  it('scores 0 and explains each failed check', () => {
    const verdict = checkPaste(lesson, 'nothing happened here\n');
    const results = formatGradescope(verdict, lesson);
    expectResultsShape(results);
    expect(results).toMatchObject({ score: 0, max_score: 50, extra_data: { passed: false, xpAwarded: 0 } });
    expect(results.output).toBe(formatVerdictText(verdict, { color: false, lesson }));
    for (const [i, check] of verdict.checks.entries()) {
      const test = results.tests[i]!;
      expect(test.status).toBe(check.passed ? 'passed' : 'failed');
      expect(test.score).toBe(check.passed ? 1 : 0);
      for (const finding of check.findings) expect(test.output).toContain(finding.code);
    }
    expect(results.tests.some((t) => t.status === 'failed' && t.output.length > 0)).toBe(true);
  });

  it('fails the checks a rejected paste could not run, saying why', () => {
    const results = formatGradescope(checkPaste(lesson, ''), lesson);
    expectResultsShape(results);
    expect(results.score).toBe(0);
    expect(results.tests.map((t) => t.status)).toEqual(['failed', 'failed', 'failed']);
    expect(results.tests[0]!.output).toContain('PASTE_EMPTY');
    expect(results.tests[1]!.output).toBe('not run: the paste was rejected (see the input check)');
  });

  it('counts a check the lesson does not require as passed', () => {
    const untimed: Lesson = { ...lesson, proof: { type: 'paste', instructions: 'x', regex_patterns: ['hello'] } };
    const results = formatGradescope(checkPaste(untimed, 'hello there\n'), untimed);
    expect(results.tests[2]).toMatchObject({ name: 'timing: not required by this lesson', status: 'passed', score: 1 });
    expect(results.tests[2]!.output).toContain('not required by this lesson');
    expect(results.score).toBe(untimed.xp);
  });
});
