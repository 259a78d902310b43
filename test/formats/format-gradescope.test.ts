import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatGradescope } from '../../src/formats/format-gradescope.js';
import { formatVerdictText } from '../../src/proof/format-verdict.js';
import type { Lesson } from '../../src/lesson/types.js';
import { findLesson, loadLessons } from '../../src/catalog/load-lessons.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { orderReportChecks } from '../../src/proof/lead-with-cause.js';
import { gradescopeResultsSpec } from './grader-specs.js';
import { DO_NOT_SUBMIT, FAILED_RUN, KILLED_FOLLOWER_PASTE } from '../support/failed-run.js';

const root = join(import.meta.dirname, '../..');
const passingPaste = readFileSync(join(root, 'fixtures/pastes/bundled-grep.log'), 'utf8');

let lesson: Lesson;
beforeAll(async () => {
  lesson = findLesson(await loadLessons(), 'w12-l03').lesson!;
});

// Exactly the spec's keys (strict), plus what verify-lesson always sets.
function expectResultsShape(results: unknown): void {
  expect(gradescopeResultsSpec.safeParse(results).error).toBeUndefined();
  expect(results).toMatchObject({ score: expect.any(Number), output: expect.any(String), visibility: 'visible', tests: expect.any(Array) });
  for (const test of (results as { tests: unknown[] }).tests) {
    expect(Object.keys(test as object).sort()).toEqual(['max_score', 'name', 'output', 'score', 'status', 'visibility']);
  }
}

describe('formatGradescope', () => {
  it('awards the lesson XP for a passing verdict, one passed test per check', () => {
    const verdict = checkPaste(lesson, passingPaste);
    const results = formatGradescope(verdict, lesson);
    expectResultsShape(results);
    expect(results).toMatchObject({ score: 50, extra_data: { lessonId: 'w12-l03', passed: true, xpAwarded: 50, maxScore: 50, referenceOutput: false } });
    // The student's CLI report, without colour.
    expect(results.output).toBe(formatVerdictText(verdict, { color: false, lesson }));
    expect(results.output).toContain('w12-l03 "Demo step 2 — kill the leader"');
    expect(results.output).not.toContain('\x1b[');
    expect(results.tests.map((t) => t.name)).toEqual([
      'input: the paste is readable log text',
      "patterns: the log matches the lesson's 2 patterns",
      'timing: 2 followers detect the dead leader within 300 ms of the kill',
    ]);
    // The input check is a gate worth nothing; the two judging checks share the 50 XP.
    expect(results.tests.map((t) => [t.status, t.score, t.max_score])).toEqual([
      ['passed', 0, 0],
      ['passed', 25, 25],
      ['passed', 25, 25],
    ]);
    // What a course writes to /autograder/results/results.json.
    expect(JSON.parse(JSON.stringify(results))).toEqual(results);
  });

  it("lists the tests cause first, as the text does: timing before a patterns check that failed only because of it (adv41b F4)", () => {
    const verdict = checkPaste(lesson, KILLED_FOLLOWER_PASTE);
    const results = formatGradescope(verdict, lesson);
    expectResultsShape(results);
    expect(results.tests.map((t) => t.name.split(':')[0])).toEqual(['input', 'timing', 'patterns']);
    expect(results.tests[1]!.output).toMatch(/^error KILLED_NODE_NOT_LEADER/);
    expect(results.tests.map((t) => t.max_score)).toEqual([0, 25, 25]);
  });

  it("a live run that failed scores 0 whatever its demo log's verdict, and says what the text says: its notes, problems and not to submit the log", () => {
    const verdict = checkPaste(lesson, passingPaste);
    const results = formatGradescope(verdict, lesson, { run: FAILED_RUN });
    expectResultsShape(results);
    expect(results.score).toBe(0);
    expect(formatGradescope(verdict, lesson, { run: FAILED_RUN, partialCredit: true }).score).toBe(0);
    expect(results.extra_data).toMatchObject({ passed: true, runPassed: false });
    expect(results.output).toBe(`${formatVerdictText(verdict, { color: false, lesson })}note: ${FAILED_RUN.notes[0]}\n! ${FAILED_RUN.problems[0]}\n${DO_NOT_SUBMIT}\n`);
    expect(results.tests[0]).toEqual({ name: "run: the lesson's demo ran against the cluster and held", score: 0, max_score: 0, status: 'failed', output: `note: ${FAILED_RUN.notes[0]}\n! ${FAILED_RUN.problems[0]}\n${DO_NOT_SUBMIT}`, visibility: 'visible' });
    const passed = formatGradescope(verdict, lesson, { run: { ...FAILED_RUN, passed: true, problems: [] } });
    expect(passed.score).toBe(50);
    expect(passed.tests[0]).toMatchObject({ status: 'passed', output: `note: ${FAILED_RUN.notes[0]}` });
    expect(passed.output).not.toContain('do not submit');
  });

  it('scores 0 and explains each failed check', () => {
    const verdict = checkPaste(lesson, 'nothing happened here\n');
    const results = formatGradescope(verdict, lesson);
    expectResultsShape(results);
    expect(results).toMatchObject({ score: 0, extra_data: { passed: false, xpAwarded: 0, maxScore: 50 } });
    expect(results.output).toBe(formatVerdictText(verdict, { color: false, lesson }));
    // In the report's order: the cause (no timestamp) first.
    for (const [i, check] of orderReportChecks(verdict).entries()) {
      const test = results.tests[i]!;
      expect(test.status).toBe(check.passed ? 'passed' : 'failed');
      expect(test.score).toBe(check.passed ? test.max_score : 0);
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
    expect(results.tests[2]).toMatchObject({ name: 'timing: not required by this lesson', status: 'passed', score: 0, max_score: 0 });
    expect(results.tests[1]).toMatchObject({ max_score: untimed.xp });
    expect(results.tests[2]!.output).toContain('not required by this lesson');
    expect(results.score).toBe(untimed.xp);
  });

  it('gives partial credit per check when asked, all-or-nothing otherwise', () => {
    // Patterns found, but the followers detected too late: half the checks that carry points passed.
    const verdict = checkPaste(lesson, readFileSync(join(root, 'fixtures/pastes/too-slow.log')));
    expect(verdict.checks.map((c) => c.status)).toEqual(['passed', 'passed', 'failed']);
    const allOrNothing = formatGradescope(verdict, lesson);
    const partial = formatGradescope(verdict, lesson, { partialCredit: true });
    expectResultsShape(allOrNothing);
    expectResultsShape(partial);
    expect(allOrNothing.score).toBe(0);
    expect(partial.score).toBe(25);
    expect(partial.tests.map((t) => t.score)).toEqual([0, 25, 0]);
  });

  it('carries execution_time in seconds when the caller measured it', () => {
    const results = formatGradescope(checkPaste(lesson, passingPaste), lesson, { executionTimeMs: 1234.5678 });
    expectResultsShape(results);
    expect(results.execution_time).toBe(1.235);
    expect('execution_time' in formatGradescope(checkPaste(lesson, passingPaste), lesson)).toBe(false);
  });

  it('splits odd XP into cent shares that add up exactly', () => {
    const odd: Lesson = { ...lesson, xp: 7 };
    const results = formatGradescope(checkPaste(odd, passingPaste), odd, { partialCredit: true });
    expect(results.tests.map((t) => t.max_score)).toEqual([0, 3.5, 3.5]);
    const third: Lesson = { ...lesson, xp: 10, proof: { ...lesson.proof } };
    expect(formatGradescope(checkPaste(third, passingPaste), third).tests.reduce((sum, t) => sum + t.max_score, 0)).toBe(10);
  });

  it('the spec schema is not vacuous: it refuses unknown keys and wrong types', () => {
    expect(gradescopeResultsSpec.safeParse({ score: 1, max_score: 1 }).success).toBe(false);
    expect(gradescopeResultsSpec.safeParse({ score: 1, tests: [{ status: 'ok' }] }).success).toBe(false);
    expect(gradescopeResultsSpec.safeParse({ score: '1' }).success).toBe(false);
  });
});
