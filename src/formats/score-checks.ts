import type { Lesson } from '../lesson/types.js';
import { orderReportChecks } from '../proof/lead-with-cause.js';
import type { Verdict, VerdictCheck } from '../proof/verdict.js';

/** What one check of a verdict is worth in a grader's points, and what it earned. */
export interface CheckPoints {
  readonly check: VerdictCheck;
  readonly points: number;
  readonly maxPoints: number;
}

const cents = (n: number): number => Math.round(n * 100) / 100;

// Shares the lesson's XP out over the checks that judge the proof (patterns, and timing when the lesson requires
// it); the input check is a gate worth 0, since any readable text passes it. Shares are rounded to cents and the
// last one takes the remainder, so they add up to the XP exactly. A check earns its share only when it passed. Shares
// go in the verdict's order; the list is in the report's, cause first (orderReportChecks), as the text shows them.
export function scoreChecks(verdict: Verdict, lesson: Lesson): CheckPoints[] {
  const scored = verdict.checks.filter((check) => check.id !== 'input' && check.status !== 'not-required');
  const share = scored.length === 0 ? 0 : cents(lesson.xp / scored.length);
  let given = 0;
  const points = new Map(
    verdict.checks.map((check): [VerdictCheck, CheckPoints] => {
      const index = scored.indexOf(check);
      if (index < 0) return [check, { check, points: 0, maxPoints: 0 }];
      const maxPoints = index === scored.length - 1 ? cents(lesson.xp - given) : share;
      given += maxPoints;
      return [check, { check, points: check.passed ? maxPoints : 0, maxPoints }];
    }),
  );
  return orderReportChecks(verdict).map((check) => points.get(check)!);
}

// The score a grader records: the verdict's all-or-nothing XP, or with partial credit the points the checks earned.
export function scoreVerdict(verdict: Verdict, checks: readonly CheckPoints[], partialCredit: boolean): number {
  return partialCredit ? cents(checks.reduce((sum, c) => sum + c.points, 0)) : verdict.xpAwarded;
}
