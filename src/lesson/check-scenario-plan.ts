// Lint of a scenario's plan, beyond each step's own fields: a plan whose reference run can never pass — a capture
// window holding no kill line (or nothing at all), a cluster too small for its expectations, a timing rule asking for
// more followers than it has, an expectation with no fault before it; and, a warning, a detection step more lenient
// than the verdict. Pure. The lesson still loads (paste judging
// does not depend on its scenario): these are lint's errors, like an exponential pattern.
import { createFinding, type Finding } from '../findings/finding.js';
import { formatFieldPath } from './lesson-patterns.js';
import { parseDurationMs } from './parse-duration.js';
import { locateFrontMatterField } from './parse-lesson.js';
import type { ScenarioStep } from './scenario-types.js';
import type { LessonFrontMatter } from './types.js';

/** The cluster a lesson without `scenario:` (or without `scenario.nodes`) runs: w12-l03's. */
const DEFAULT_NODES = 3;

/** LESSON_SCENARIO_CAPTURE_MISSES_KILL's args: the capture's window (`from`, `to`: step ids) and the fault it misses. */
export type CaptureMissesKillArgs = {
  readonly from: string | null;
  /** `from` is not written: the run's default (`write`). */
  readonly fromDefault?: true;
  readonly to: string;
  readonly fault: string;
  readonly action: 'kill' | 'pause';
  /** Which end of the window is on the wrong side of the fault. */
  readonly edge: 'from' | 'to';
  /** The step before the fault, to capture from. */
  readonly before: string | null;
};

/** LESSON_SCENARIO_CAPTURE_REVERSED's args: `from` ends at or after `to`. */
export type CaptureReversedArgs = { readonly from: string; readonly to: string };

/** LESSON_SCENARIO_NODES_TOO_FEW's args: the cluster size and the first step that needs more. */
export type NodesTooFewArgs = { readonly nodes: number; readonly needed: number; readonly step: 'expect-detection' | 'expect-new-leader'; readonly index: number };

/** LESSON_SCENARIO_FAULT_MISSING's args: an expectation of a fault's consequences with no fault before it. */
export type FaultMissingArgs = { readonly step: 'expect-detection' | 'expect-new-leader'; readonly index: number };

/** LESSON_SCENARIO_WITHIN_WIDER's args: an expect-detection's `within` and the lesson's `timing.window_ms`, in ms. */
export type WithinWiderArgs = { readonly withinMs: number; readonly windowMs: number };

/** LESSON_TIMING_FOLLOWERS_UNREACHABLE's args: `followers` asked for, the scenario's `nodes` (`defaultNodes`: not written). */
export type FollowersUnreachableArgs = { readonly followers: number; readonly nodes: number; readonly defaultNodes?: true };

// Each step's id as other steps name it: its own `id`, else its kind for the first step of that kind.
function stepIds(steps: readonly ScenarioStep[]): (string | undefined)[] {
  const seen = new Set<string>();
  return steps.map((step) => {
    const id = step.id ?? (seen.has(step.step) ? undefined : step.step);
    seen.add(step.step);
    return id;
  });
}

const isHit = (step: ScenarioStep): boolean => step.step === 'fault' && (step.action === 'kill' || step.action === 'pause' || step.action === 'partition');

// `steps[index].field`, at its line in the file (the step's own line when the field is not written).
function where(source: string, file: string | undefined, path: (string | number)[]): { file?: string; path: string; line?: number } {
  const line = locateFrontMatterField(source, path);
  return { ...(file === undefined ? {} : { file }), path: formatFieldPath(path), ...(line === undefined ? {} : { line }) };
}

// The capture-log steps' windows against the first kill or pause, which a lesson with `timing` needs in its demo log.
function captureFindings(lesson: LessonFrontMatter, steps: readonly ScenarioStep[], source: string, file?: string): Finding[] {
  const ids = stepIds(steps);
  const indexOf = (id: string): number => ids.indexOf(id);
  const faultIndex = steps.findIndex((s) => s.step === 'fault' && (s.action === 'kill' || s.action === 'pause'));
  const findings: Finding[] = [];
  steps.forEach((step, c) => {
    if (step.step !== 'capture-log') return;
    // As the run reads them: from the end of `write` (the start of the run without one), to the end of the step before.
    const from = step.from ?? (indexOf('write') >= 0 ? 'write' : null);
    const to = step.to ?? ids[c - 1];
    const fromIndex = from === null ? -1 : indexOf(from);
    const toIndex = to === undefined ? -1 : indexOf(to);
    if ((from !== null && fromIndex < 0) || to === undefined || toIndex < 0) return;
    const at = (field: 'from' | 'to'): (string | number)[] => ['scenario', 'steps', c, ...(step[field] === undefined ? [] : [field])];
    if (from !== null && fromIndex >= toIndex) {
      findings.push(createFinding('LESSON_SCENARIO_CAPTURE_REVERSED', 'error', { from, to } satisfies CaptureReversedArgs, where(source, file, at('from'))));
      return;
    }
    if (lesson.proof.timing === undefined || step.judge === false || faultIndex < 0 || faultIndex > c) return;
    const edge = fromIndex >= faultIndex ? 'from' : toIndex < faultIndex ? 'to' : undefined;
    if (edge === undefined) return;
    const fault = steps[faultIndex] as ScenarioStep & { step: 'fault' };
    const args: CaptureMissesKillArgs = {
      from,
      ...(step.from === undefined ? { fromDefault: true as const } : {}),
      to,
      fault: ids[faultIndex] ?? `steps[${faultIndex}]`,
      action: fault.action === 'pause' ? 'pause' : 'kill',
      edge,
      before: ids.slice(0, faultIndex).findLast((id) => id !== undefined) ?? null,
    };
    findings.push(createFinding('LESSON_SCENARIO_CAPTURE_MISSES_KILL', 'error', args, where(source, file, at(edge))));
  });
  return findings;
}

// Findings about the lesson's scenario as a whole (its own `scenario:`, or the default w12-l03 runs without one).
export function checkScenarioPlan(lesson: LessonFrontMatter, source: string, file?: string): Finding[] {
  const findings: Finding[] = [];
  const scenario = lesson.scenario;
  const nodes = scenario?.nodes ?? DEFAULT_NODES;
  const followers = lesson.proof.timing?.followers;
  if (followers !== undefined && followers > nodes - 1) {
    const args: FollowersUnreachableArgs = { followers, nodes, ...(scenario === undefined ? { defaultNodes: true as const } : {}) };
    findings.push(createFinding('LESSON_TIMING_FOLLOWERS_UNREACHABLE', 'error', args, where(source, file, ['proof', 'timing', 'followers'])));
  }
  if (scenario === undefined) return findings;
  const steps = scenario.steps;
  const needs = { 'expect-detection': 2, 'expect-new-leader': 3 } as const;
  const short = steps.findIndex((s) => (s.step === 'expect-detection' || s.step === 'expect-new-leader') && nodes < needs[s.step]);
  if (short >= 0) {
    const step = steps[short]!.step as keyof typeof needs;
    const args: NodesTooFewArgs = { nodes, needed: needs[step], step, index: short };
    findings.push(createFinding('LESSON_SCENARIO_NODES_TOO_FEW', 'error', args, where(source, file, ['scenario', 'nodes'])));
  }
  steps.forEach((step, i) => {
    if ((step.step === 'expect-detection' || step.step === 'expect-new-leader') && !steps.slice(0, i).some(isHit)) {
      findings.push(createFinding('LESSON_SCENARIO_FAULT_MISSING', 'error', { step: step.step, index: i } satisfies FaultMissingArgs, where(source, file, ['scenario', 'steps', i, 'step'])));
    }
  });
  const windowMs = lesson.proof.timing?.window_ms;
  steps.forEach((step, i) => {
    const withinMs = step.step === 'expect-detection' && step.within !== undefined ? parseDurationMs(step.within) : undefined;
    if (withinMs === undefined || windowMs === undefined || withinMs <= windowMs) return;
    findings.push(createFinding('LESSON_SCENARIO_WITHIN_WIDER', 'warning', { withinMs, windowMs } satisfies WithinWiderArgs, where(source, file, ['scenario', 'steps', i, 'within'])));
  });
  findings.push(...captureFindings(lesson, steps, source, file));
  return findings;
}
