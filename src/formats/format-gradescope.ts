import type { Lesson } from '../lesson/types.js';
import { formatVerdictText } from '../proof/format-verdict.js';
import type { Verdict } from '../proof/verdict.js';
import { describeRunCheck, formatRunRemark, listRunRemarks, RUN_CHECK_TITLE, type RunOutcome } from './run-outcome.js';
import { scoreChecks, scoreVerdict, type CheckPoints } from './score-checks.js';
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

/**
 * Gradescope autograder results.json (https://gradescope-autograders.readthedocs.io/en/latest/specs/): only keys
 * the spec defines.
 */
export interface GradescopeResults {
  /** The submission's score; it overrides the sum of the tests. */
  readonly score: number;
  /** Seconds, when the caller measured them. */
  readonly execution_time?: number;
  readonly output: string;
  readonly output_format: 'text';
  readonly visibility: 'visible';
  readonly stdout_visibility: 'hidden';
  readonly tests: readonly GradescopeTest[];
  readonly extra_data: {
    readonly lessonId: string;
    readonly passed: boolean;
    readonly xpAwarded: number;
    readonly maxScore: number;
    readonly referenceOutput: boolean;
    /** A live run's: whether the run that wrote the judged demo log held. */
    readonly runPassed?: boolean;
  };
}

/** How to grade: all-or-nothing (the verdict's XP, the default) or per check; and the time it took. */
export interface GraderFormatOptions {
  /** Score the points the checks earned instead of the verdict's all-or-nothing XP. */
  readonly partialCredit?: boolean;
  /** How long judging took, for results that carry it (Gradescope execution_time, JUnit time). */
  readonly executionTimeMs?: number;
  /**
   * The live run that wrote the judged demo log (`verify-lesson <id> --format …`): a gate worth no points, listed
   * first; a run that failed scores 0 whatever the log's verdict, and its notes, problems and the advice not to
   * submit the log follow the text report, as the CLI prints them.
   */
  readonly run?: RunOutcome;
}

// The text report of a verdict, then a live run's remarks (notes, problems, not to submit its log) one a line.
export function formatGraderText(verdict: Verdict, lesson: Lesson, run: RunOutcome | undefined): string {
  const text = formatVerdictText(verdict, { color: false, lesson });
  const remarks = run === undefined ? [] : listRunRemarks(run, verdict);
  return remarks.length === 0 ? text : `${text}${remarks.map(formatRunRemark).join('\n')}\n`;
}

// The score a grader records: nothing for a live run that failed, else the verdict's (scoreVerdict).
export function scoreGraded(verdict: Verdict, checks: readonly CheckPoints[], options: GraderFormatOptions): number {
  return options.run?.passed === false ? 0 : scoreVerdict(verdict, checks, options.partialCredit === true);
}

/**
 * The verdict as Gradescope's results.json, so a course can run `verify-lesson <id> --paste submission.log
 * --format gradescope > /autograder/results/results.json`. One test per check, worth its share of the XP (see
 * scoreChecks); the top-level score is the verdict's XP (all-or-nothing) or, with partialCredit, the tests' sum.
 * Pure.
 */
export function formatGradescope(verdict: Verdict, lesson: Lesson, options: GraderFormatOptions = {}): GradescopeResults {
  const checks = scoreChecks(verdict, lesson);
  const run = options.run;
  return {
    score: scoreGraded(verdict, checks, options),
    ...(options.executionTimeMs === undefined ? {} : { execution_time: Number((options.executionTimeMs / 1000).toFixed(3)) }),
    // The same report the student sees from the CLI, without colour.
    output: formatGraderText(verdict, lesson, run),
    output_format: 'text',
    visibility: 'visible',
    stdout_visibility: 'hidden',
    tests: [
      ...(run === undefined ? [] : [{ name: RUN_CHECK_TITLE, score: 0, max_score: 0, status: run.passed ? ('passed' as const) : ('failed' as const), output: describeRunCheck(run, verdict), visibility: 'visible' as const }]),
      ...checks.map(({ check, points, maxPoints }) => ({
        name: describeCheckTitle(check, lesson),
        score: points,
        max_score: maxPoints,
        status: check.passed ? ('passed' as const) : ('failed' as const),
        output: describeCheck(check, verdict.nodeNames),
        visibility: 'visible' as const,
      })),
    ],
    extra_data: {
      lessonId: verdict.lessonId,
      passed: verdict.passed,
      xpAwarded: verdict.xpAwarded,
      maxScore: lesson.xp,
      referenceOutput: verdict.referenceOutput,
      ...(run === undefined ? {} : { runPassed: run.passed }),
    },
  };
}
