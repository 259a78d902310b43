import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findLesson, loadLessons } from '../../src/catalog/load-lessons.js';
import { formatPrairieLearn } from '../../src/formats/format-prairielearn.js';
import type { Lesson } from '../../src/lesson/types.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { formatVerdictText } from '../../src/proof/format-verdict.js';
import { prairieLearnResultsSpec } from './grader-specs.js';
import { DO_NOT_SUBMIT, FAILED_RUN, KILLED_FOLLOWER_PASTE } from '../support/failed-run.js';

const root = join(import.meta.dirname, '../..');
const paste = (name: string): string => readFileSync(join(root, 'fixtures/pastes', name), 'utf8');

let lesson: Lesson;
beforeAll(async () => {
  lesson = findLesson(await loadLessons(), 'w12-l03').lesson!;
});

function expectSpec(results: unknown): void {
  expect(prairieLearnResultsSpec.safeParse(results).error).toBeUndefined();
}

describe('formatPrairieLearn', () => {
  it('scores a passing paste 1 with one test per check', () => {
    const verdict = checkPaste(lesson, paste('bundled-grep.log'));
    const results = formatPrairieLearn(verdict, lesson);
    expectSpec(results);
    expect(results).toMatchObject({ gradable: true, score: 1, message: 'Passed: w12-l03 "Demo step 2 — kill the leader"' });
    expect(results.output).toBe(formatVerdictText(verdict, { color: false, lesson }));
    expect(results.tests.map((t) => [t.points, t.max_points])).toEqual([
      [0, 0],
      [25, 25],
      [25, 25],
    ]);
  });

  it('scores a failing paste 0, or the checks it passed with partial credit, naming the first error', () => {
    const verdict = checkPaste(lesson, paste('too-slow.log'));
    const whole = formatPrairieLearn(verdict, lesson);
    const partial = formatPrairieLearn(verdict, lesson, { partialCredit: true });
    expectSpec(whole);
    expectSpec(partial);
    expect(whole).toMatchObject({ gradable: true, score: 0 });
    expect(whole.message).toMatch(/^Not passed: /);
    expect(whole.message).toContain('300 ms');
    expect(partial.score).toBe(0.5);
  });

  it('names the cause first, in its message and its tests, when a pattern missed only because of it (adv41b F4)', () => {
    const results = formatPrairieLearn(checkPaste(lesson, KILLED_FOLLOWER_PASTE), lesson);
    expectSpec(results);
    expect(results.message).toMatch(/^Not passed: the killed node node2 was not the leader/);
    expect(results.tests.map((t) => t.name.split(':')[0])).toEqual(['input', 'timing', 'patterns']);
  });

  it("a live run that failed scores 0 whatever its demo log's verdict: its message names the run's problem and not to submit the log", () => {
    const verdict = checkPaste(lesson, paste('bundled-grep.log'));
    const results = formatPrairieLearn(verdict, lesson, { run: FAILED_RUN });
    expectSpec(results);
    expect(results.score).toBe(0);
    expect(results.message).toBe(`Not passed: the run failed: ${FAILED_RUN.problems[0]}; ${DO_NOT_SUBMIT.slice(2)}`);
    expect(results.output).toContain(`\n! ${FAILED_RUN.problems[0]}\n${DO_NOT_SUBMIT}\n`);
    expect(results.tests[0]).toMatchObject({ name: "run: the lesson's demo ran against the cluster and held", points: 0, max_points: 0, message: 'failed' });
  });

  it('marks a paste that is not log text as not gradable, with the reason', () => {
    const results = formatPrairieLearn(checkPaste(lesson, ''), lesson);
    expectSpec(results);
    expect(results).toMatchObject({ gradable: false, score: 0 });
    expect(results.format_errors).toEqual([expect.stringContaining('the paste is empty')]);
  });

  it('the spec schema is not vacuous', () => {
    expect(prairieLearnResultsSpec.safeParse({ score: 2 }).success).toBe(false);
    expect(prairieLearnResultsSpec.safeParse({ score: 1, tests: [{ name: 'x', points: 1 }] }).success).toBe(false);
    expect(prairieLearnResultsSpec.safeParse({ score: 1, grade: 1 }).success).toBe(false);
  });
});
