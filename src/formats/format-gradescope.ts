import type { Lesson } from '../lesson/types.js';
import { formatVerdictText } from '../proof/format-verdict.js';
import type { Verdict } from '../proof/verdict.js';
import { describeCheck, describeCheckTitle } from './verdict-text.js';

/** One entry of `tests` in Gradescope's results.json. */
export interface GradescopeTest {
  readonly name: string;
  readonly score: number;
  readonly max_score: number;
  readonly status: 'passed' | 'failed';
  readonly output: string;
  readonly visibility: 'visible';
}

/** Gradescope autograder results.json (https://gradescope-autograders.readthedocs.io/en/latest/specs/). */
export interface GradescopeResults {
  /** Overrides the sum of the tests: the XP the verdict awards (proofs are all-or-nothing). */
  readonly score: number;
  readonly max_score: number;
  readonly output: string;
  readonly output_format: 'text';
  readonly visibility: 'visible';
  readonly stdout_visibility: 'hidden';
  readonly tests: readonly GradescopeTest[];
  readonly extra_data: {
    readonly lessonId: string;
    readonly passed: boolean;
    readonly xpAwarded: number;
    readonly referenceOutput: boolean;
  };
}

/**
 * The verdict as Gradescope's results.json, so a course can run `verify-lesson <id> --paste submission.log
 * --format gradescope > /autograder/results/results.json`. One test per check (input, patterns, timing), worth
 * 1 point when passed (a check the lesson does not require counts as passed; one skipped because the input was
 * rejected as failed); the top-level score is the XP the verdict awards and overrides the per-test sum. Pure.
 */
export function formatGradescope(verdict: Verdict, lesson: Lesson): GradescopeResults {
  return {
    score: verdict.xpAwarded,
    max_score: lesson.xp,
    // The same report the student sees from the CLI, without colour.
    output: formatVerdictText(verdict, { color: false, lesson }),
    output_format: 'text',
    visibility: 'visible',
    stdout_visibility: 'hidden',
    tests: verdict.checks.map((check) => ({
      name: describeCheckTitle(check, lesson),
      score: check.passed ? 1 : 0,
      max_score: 1,
      status: check.passed ? 'passed' : 'failed',
      output: describeCheck(check),
      visibility: 'visible',
    })),
    extra_data: { lessonId: verdict.lessonId, passed: verdict.passed, xpAwarded: verdict.xpAwarded, referenceOutput: verdict.referenceOutput },
  };
}
