import { formatFindingMessage } from '../findings/format-finding.js';
import type { Lesson } from '../lesson/types.js';
import type { Verdict } from '../proof/verdict.js';
import { formatGraderText, scoreGraded, type GraderFormatOptions } from './format-gradescope.js';
import { describeRunCheck, describeUnsubmittable, RUN_CHECK_TITLE } from './run-outcome.js';
import { scoreChecks } from './score-checks.js';
import { describeCheck, describeCheckTitle } from './verdict-text.js';

/** One entry of `tests` in PrairieLearn's external grader results. */
export interface PrairieLearnTest {
  readonly name: string;
  readonly description: string;
  readonly points: number;
  readonly max_points: number;
  readonly message: string;
  readonly output: string;
}

/** PrairieLearn external grader results.json (docs: "Externally graded questions", "Grading results"). */
export interface PrairieLearnResults {
  /** False when the paste is not log text at all (empty, binary, too large): no attempt is used up. */
  readonly gradable: boolean;
  /** With gradable false: why, one message each. */
  readonly format_errors?: readonly string[];
  /** 0..1. */
  readonly score: number;
  readonly message: string;
  readonly output: string;
  readonly tests: readonly PrairieLearnTest[];
}

/**
 * The verdict as PrairieLearn's external grader results (`/grade/results/results.json`): score 0..1 (all-or-nothing
 * unless partialCredit), one test per check worth its share of the lesson's XP, and a paste that is not log text
 * reported as not gradable. Pure.
 */
export function formatPrairieLearn(verdict: Verdict, lesson: Lesson, options: Pick<GraderFormatOptions, 'partialCredit' | 'run'> = {}): PrairieLearnResults {
  const checks = scoreChecks(verdict, lesson);
  const input = verdict.checks.find((check) => check.id === 'input');
  const gradable = input?.passed !== false;
  const run = options.run;
  const score = lesson.xp > 0 ? scoreGraded(verdict, checks, options) / lesson.xp : verdict.passed && run?.passed !== false ? 1 : 0;
  const firstError = verdict.checks.flatMap((check) => check.findings).find((finding) => finding.severity === 'error');
  return {
    gradable,
    ...(gradable ? {} : { format_errors: (input?.findings ?? []).filter((f) => f.severity === 'error').map((f) => formatFindingMessage(f, verdict.nodeNames)) }),
    score: Math.min(1, Math.max(0, Number(score.toFixed(4)))),
    message: describeMessage(verdict, lesson, options),
    output: formatGraderText(verdict, lesson, run),
    tests: [
      ...(run === undefined
        ? []
        : [{ name: RUN_CHECK_TITLE, description: 'A gate worth no points: the run that wrote the demo log must hold.', points: 0, max_points: 0, message: run.passed ? 'passed' : 'failed', output: describeRunCheck(run, verdict) }]),
      ...checks.map(({ check, points, maxPoints }) => ({
        name: describeCheckTitle(check, lesson),
        description: check.id === 'input' ? 'A gate worth no points: the paste must be readable log text.' : `Worth ${maxPoints} of the lesson's ${lesson.xp} XP.`,
        points,
        max_points: maxPoints,
        message: check.passed ? 'passed' : 'failed',
        output: describeCheck(check, verdict.nodeNames),
      })),
    ],
  };
}

// The one-line result: passed, else the first cause — a live run's first problem (and not to submit its log), or
// the verdict's first error.
function describeMessage(verdict: Verdict, lesson: Lesson, options: Pick<GraderFormatOptions, 'run'>): string {
  const run = options.run;
  if (run !== undefined && !run.passed) {
    const unsubmittable = describeUnsubmittable(run, verdict);
    return `Not passed: the run failed: ${run.problems[0] ?? 'see its output'}${unsubmittable === undefined ? '' : `; ${unsubmittable}`}`;
  }
  if (verdict.passed) return `Passed: ${lesson.id} "${lesson.title}"`;
  const firstError = verdict.checks.flatMap((check) => check.findings).find((finding) => finding.severity === 'error');
  return `Not passed: ${firstError ? formatFindingMessage(firstError, verdict.nodeNames) : 'see the checks'}`;
}
