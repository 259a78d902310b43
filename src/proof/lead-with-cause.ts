// A failing verdict leads with its cause. When the timing check found why no follower could notice a dead leader (a
// follower killed, the leader living on or restarted at once, no follower's log pasted, no kill or no timestamp), a
// lesson pattern that only a follower's detection (or the kill) would match misses as a consequence: that miss says so,
// as a warning without the lesson's hint (which would send the student to debug timers that work), and the timing
// check's cause comes before the per-follower errors that follow from it. The verdict's passed/failed never changes.
import { createFinding, type Finding } from '../findings/finding.js';
import type { LessonProof } from '../lesson/types.js';
import type { CompileResult } from './compile-pattern.js';
import { expandRegexPhrases } from './expand-regex-phrases.js';
import type { Measurements, PatternResult, Verdict, VerdictCheck } from './verdict.js';

/** Timing errors that explain the rest of a failure: each comes before the other timing errors. */
const CAUSES: ReadonlySet<string> = new Set(['KILL_LINE_MISSING', 'TIMESTAMPS_MISSING', 'KILLED_NODE_NOT_LEADER', 'KILLED_NODE_LED_ON', 'KILLED_LEADER_LED_AGAIN', 'KILLED_LEADER_SIGNALED_AGAIN']);

/** Why a pattern missed, as PATTERN_NOT_FOUND's `followsFrom` arg: the timing finding's code and what its wording needs. */
export type PatternMissCause =
  | { readonly code: 'KILLED_NODE_NOT_LEADER'; readonly killed: string; readonly leader: string | null }
  | { readonly code: 'KILLED_NODE_LED_ON'; readonly node: string; readonly asMember?: true }
  | { readonly code: 'KILLED_LEADER_LED_AGAIN'; readonly node: string; readonly afterMs: number; readonly restarted?: false; readonly paused?: true }
  | { readonly code: 'KILLED_LEADER_SIGNALED_AGAIN'; readonly node: string; readonly afterMs: number }
  | { readonly code: 'FOLLOWER_MISSING' }
  | { readonly code: 'KILL_LINE_MISSING' }
  | { readonly code: 'TIMESTAMPS_MISSING'; readonly instructions: string };

interface Phrases {
  readonly kill: readonly string[];
  readonly detection: readonly string[];
}

const PHRASE_OPTIONS = { gapFillers: [' '], optional: 'omit', limit: 4 } as const;
const phrasesByProof = new WeakMap<LessonProof, Phrases>();

/** The example phrases of the lesson's own timing patterns: its kill's and its detections' (lesson data, made once per proof). */
export function timingPhrases(proof: LessonProof): Phrases {
  let phrases = phrasesByProof.get(proof);
  if (phrases === undefined) {
    const of = (source: string | undefined): string[] => (source === undefined ? [] : expandRegexPhrases(source, PHRASE_OPTIONS).flatMap((a) => a.phrases));
    const timing = proof.timing;
    phrases = { kill: of(timing?.kill_pattern), detection: [...of(timing?.heartbeat_pattern), ...of(timing?.connection_pattern)] };
    phrasesByProof.set(proof, phrases);
  }
  return phrases;
}

// The timing cause a missed pattern follows from: one that leaves no follower a dead leader to notice explains a
// pattern a detection phrase would match; no kill explains a pattern a kill phrase would match; no timestamp at all
// (not a node's log) explains any.
function findMissCause(timing: readonly Finding[], m: Measurements | null, accepts: (phrases: readonly string[]) => boolean, phrases: Phrases, proof: LessonProof): PatternMissCause | undefined {
  for (const f of timing) {
    if (f.severity !== 'error') continue;
    const a = f.args;
    switch (f.code) {
      case 'KILLED_NODE_NOT_LEADER':
        // A node replaced after its followers lost it (replacedAfterLoss) did leave a loss to notice: no cause to claim.
        if (a.replacedAfterLoss !== undefined) break;
        if (accepts(phrases.detection)) return { code: f.code, killed: String(a.killed), leader: a.leader == null ? null : String(a.leader) };
        break;
      case 'KILLED_NODE_LED_ON':
        if (accepts(phrases.detection)) return { code: f.code, node: String(a.node), ...(a.asMember === true ? { asMember: true as const } : {}) };
        break;
      case 'KILLED_LEADER_LED_AGAIN':
        if (accepts(phrases.detection)) return { code: f.code, node: String(a.node), afterMs: a.afterMs as number, ...(a.restarted === false ? { restarted: false as const } : {}), ...(a.paused === true ? { paused: true as const } : {}) };
        break;
      case 'KILLED_LEADER_SIGNALED_AGAIN':
        if (accepts(phrases.detection)) return { code: f.code, node: String(a.node), afterMs: a.afterMs as number };
        break;
      case 'FOLLOWER_MISSING':
        if (a.seen === 0 && (m?.followers.length ?? 0) === 0 && accepts(phrases.detection)) return { code: f.code };
        break;
      case 'KILL_LINE_MISSING':
        if (accepts(phrases.kill)) return { code: f.code };
        break;
      case 'TIMESTAMPS_MISSING':
        return { code: f.code, instructions: proof.instructions };
    }
  }
  return undefined;
}

/** The patterns check and the timing check after leadWithCause. */
export interface CauseFirst {
  readonly patternFindings: Finding[];
  readonly patterns: PatternResult[];
  readonly timingFindings: readonly Finding[];
}

// Reorders and rewords a failing verdict's findings so its first error is its cause (see the header). Pure.
export function leadWithCause(
  proof: LessonProof,
  compiled: readonly CompileResult[],
  patternFindings: Finding[],
  patterns: PatternResult[],
  timingFindings: readonly Finding[],
  timingPassed: boolean,
  measurements: Measurements | null,
): CauseFirst {
  if (timingPassed) return { patternFindings, patterns, timingFindings };
  // The killed leader back within the window is why no follower noticed (measure-detection.ts says it only then).
  const timing = timingFindings.map((f) => (f.code === 'KILLED_LEADER_LED_AGAIN' && f.severity === 'info' ? createFinding(f.code, 'error', f.args, f) : f));
  const firstError = timing.findIndex((f) => f.severity === 'error');
  const causes = timing.filter((f, i) => i > firstError && f.severity === 'error' && CAUSES.has(f.code));
  const ordered = causes.length === 0 ? timing : [...timing.slice(0, firstError).concat(causes), ...timing.slice(firstError).filter((f) => !causes.includes(f))];
  if (!patternFindings.some((f) => f.code === 'PATTERN_NOT_FOUND')) return { patternFindings, patterns, timingFindings: ordered };
  const phrases = timingPhrases(proof);
  const outPatterns = patterns.slice();
  const outFindings = patternFindings.map((f) => {
    if (f.code !== 'PATTERN_NOT_FOUND') return f;
    const index = Number(/\[(\d+)\]$/.exec(f.path ?? '')?.[1]);
    const result = compiled[index];
    if (result === undefined || !result.ok) return f;
    const cause = findMissCause(ordered, measurements, (list) => list.some((phrase) => result.pattern.test(phrase)), phrases, proof);
    if (cause === undefined) return f;
    const { hint: _hint, measured: _measured, interrupted: _interrupted, ...args } = f.args;
    const { hint: _h, ...pattern } = outPatterns[index]!;
    outPatterns[index] = pattern;
    return createFinding('PATTERN_NOT_FOUND', 'warning', { ...args, followsFrom: cause }, f);
  });
  return { patternFindings: outFindings, patterns: outPatterns, timingFindings: ordered };
}

// The checks in the order a report shows them (text, grader formats): the timing check before a patterns check that
// failed with no error of its own (its misses are warnings following from the timing check's cause, leadWithCause),
// so a report's first ✗, its check's header included, is the cause. The verdict JSON keeps input, patterns, timing
// (its documented order; its first error is the cause already). The checks themselves when the order stands.
export function orderReportChecks(verdict: Pick<Verdict, 'checks'>): readonly VerdictCheck[] {
  const patterns = verdict.checks.findIndex((c) => c.id === 'patterns');
  const timing = verdict.checks.findIndex((c) => c.id === 'timing');
  if (patterns < 0 || timing < patterns) return verdict.checks;
  const [p, t] = [verdict.checks[patterns]!, verdict.checks[timing]!];
  if (p.status !== 'failed' || t.status !== 'failed' || p.findings.some((f) => f.severity === 'error')) return verdict.checks;
  return verdict.checks.flatMap((c) => (c === p ? [] : c === t ? [t, p] : [c]));
}
