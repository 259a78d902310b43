// A live run's outcome beside the verdict of the demo log it wrote (`verify-lesson <id>` with a grader format or
// --report): what every output of the run says of it, in the text report's words — its notes, its problems, and that
// a demo log passing checkPaste on its own is no proof to submit when the run that wrote it failed. Pure.
import type { Verdict } from '../proof/verdict.js';
import type { ScenarioResult } from '../scenario/scenario-types.js';

/** What a run's outputs say of it beside its demo log's verdict. */
export type RunOutcome = Pick<ScenarioResult, 'passed' | 'problems' | 'notes' | 'demoLogFile'>;

/** One thing a run's outputs say of it: a note (not a failure), a problem, or not to submit its log. */
export interface RunRemark {
  readonly kind: 'note' | 'problem' | 'do-not-submit';
  readonly text: string;
}

/** The name a grader shows for the run, a gate worth no points beside the verdict's checks. */
export const RUN_CHECK_TITLE = "run: the lesson's demo ran against the cluster and held";

/**
 * Under a failed run's passing demo-log verdict (its "+50 XP"): that the log is no proof to submit, since the run
 * that wrote it failed. Undefined when the run passed or its demo log failed too.
 */
export function describeUnsubmittable(run: RunOutcome, verdict: Pick<Verdict, 'passed'> | null): string | undefined {
  if (run.passed || verdict?.passed !== true) return undefined;
  const file = run.demoLogFile ?? 'the demo log';
  return `do not submit ${file}: it passes checkPaste on its own, but the run that wrote it failed (see its problems above) — fix those and run again`;
}

// The run's notes, its problems, then not to submit its log: the order the text report prints them in.
export function listRunRemarks(run: RunOutcome, verdict: Pick<Verdict, 'passed'> | null): RunRemark[] {
  const unsubmittable = describeUnsubmittable(run, verdict);
  return [
    ...run.notes.map((text): RunRemark => ({ kind: 'note', text })),
    ...run.problems.map((text): RunRemark => ({ kind: 'problem', text })),
    ...(unsubmittable === undefined ? [] : [{ kind: 'do-not-submit' as const, text: unsubmittable }]),
  ];
}

// A remark as one line, marked as the text report marks it: `note: …`, `! …`, `✗ do not submit …`.
export function formatRunRemark(remark: RunRemark): string {
  return remark.kind === 'note' ? `note: ${remark.text}` : remark.kind === 'problem' ? `! ${remark.text}` : `✗ ${remark.text}`;
}

// The run as a grader's gate: its remarks one a line, or "passed" / "failed" when it has none.
export function describeRunCheck(run: RunOutcome, verdict: Pick<Verdict, 'passed'> | null): string {
  const remarks = listRunRemarks(run, verdict);
  return remarks.length === 0 ? (run.passed ? 'passed' : 'failed') : remarks.map(formatRunRemark).join('\n');
}
