import { formatFindingMessage } from '../findings/format-finding.js';
import type { Lesson } from '../lesson/types.js';
import { formatVerdictText } from '../proof/format-verdict.js';
import type { Verdict } from '../proof/verdict.js';
import type { GraderFormatOptions } from './format-gradescope.js';
import { scoreChecks, scoreVerdict } from './score-checks.js';
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
export function formatPrairieLearn(verdict: Verdict, lesson: Lesson, options: Pick<GraderFormatOptions, 'partialCredit'> = {}): PrairieLearnResults {
  const checks = scoreChecks(verdict, lesson);
  const input = verdict.checks.find((check) => check.id === 'input');
  const gradable = input?.passed !== false;
  const score = lesson.xp > 0 ? scoreVerdict(verdict, checks, options.partialCredit === true) / lesson.xp : verdict.passed ? 1 : 0;
  const firstError = verdict.checks.flatMap((check) => check.findings).find((finding) => finding.severity === 'error');
  return {
    gradable,
    ...(gradable ? {} : { format_errors: (input?.findings ?? []).filter((f) => f.severity === 'error').map((f) => formatFindingMessage(f, verdict.nodeNames)) }),
    score: Math.min(1, Math.max(0, Number(score.toFixed(4)))),
    message: verdict.passed ? `Passed: ${lesson.id} "${lesson.title}"` : `Not passed: ${firstError ? formatFindingMessage(firstError, verdict.nodeNames) : 'see the checks'}`,
    output: formatVerdictText(verdict, { color: false, lesson }),
    tests: checks.map(({ check, points, maxPoints }) => ({
      name: describeCheckTitle(check, lesson),
      description: check.id === 'input' ? 'A gate worth no points: the paste must be readable log text.' : `Worth ${maxPoints} of the lesson's ${lesson.xp} XP.`,
      points,
      max_points: maxPoints,
      message: check.passed ? 'passed' : 'failed',
      output: describeCheck(check, verdict.nodeNames),
    })),
  };
}
