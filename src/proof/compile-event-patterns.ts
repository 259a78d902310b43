// The lesson's timing patterns (or the defaults) as the log-event model's EventPatterns, through the ReDoS-safe
// compiler: the one way checkPaste, the scenario harness and the student-cluster runner get them.
import type { ProofTiming } from '../lesson/types.js';
import type { EventPatterns } from '../log-events/classify-line.js';
import { BUILT_IN_EVENT_PATTERNS, DEFAULT_CONNECTION_PATTERN, DEFAULT_HEARTBEAT_PATTERN, DEFAULT_KILL_PATTERN, EVENT_BITS, EVENT_PATTERN_BIT, VOTE_KEY_LITERALS, WORD_GUARD_PATTERNS } from '../log-events/default-patterns.js';
import type { KeyOnlyRule } from './scan-pattern.js';
import { compilePattern, type CompiledPattern } from './compile-pattern.js';

export const TIMING_PATTERN_KEYS = ['kill_pattern', 'heartbeat_pattern', 'connection_pattern'] as const;
export type TimingPatternKey = (typeof TIMING_PATTERN_KEYS)[number];

/**
 * The model's built-in event patterns and word guards (default-patterns.ts) through the lesson's compiler, with their
 * EVENT_PATTERN_BIT: their literals join a verdict's one literal scan, which then marks per line the patterns that can
 * match it (only those lines are classified) and the words its costly checks need.
 */
export const BUILT_IN_MARK_PATTERNS: readonly (readonly [bit: number, pattern: CompiledPattern])[] = [...BUILT_IN_EVENT_PATTERNS, ...WORD_GUARD_PATTERNS].map(([bit, regex]) => {
  const result = compilePattern(regex.source);
  if (!result.ok) throw new Error(`built-in pattern ${regex.source}: ${result.message}`);
  return [bit, result.pattern] as const;
});

/** VOTE_PATTERN's keys (VOTE_KEY_LITERALS) as the literal scan's rule: a line with only `vote=1` is no vote line. */
export const VOTE_KEY_RULE: KeyOnlyRule = {
  bit: EVENT_PATTERN_BIT.vote,
  pattern: BUILT_IN_MARK_PATTERNS.find(([bit]) => bit === EVENT_PATTERN_BIT.vote)![1],
  words: VOTE_KEY_LITERALS.words,
  keys: VOTE_KEY_LITERALS.keys,
  candidateBits: EVENT_BITS,
};

export type EventPatternsResult =
  | { readonly ok: true; readonly patterns: EventPatterns & { readonly kill: CompiledPattern; readonly heartbeat: CompiledPattern; readonly connection: CompiledPattern } }
  | { readonly ok: false; readonly key: TimingPatternKey; readonly pattern: string; readonly reason: 'invalid' | 'unbounded-lookaround'; readonly message: string };

/** Compiles `timing`'s kill/heartbeat/connection patterns, each defaulting to the shipped one. */
export function compileEventPatterns(timing?: Partial<Pick<ProofTiming, TimingPatternKey>>): EventPatternsResult {
  const sources: Record<TimingPatternKey, string> = {
    kill_pattern: timing?.kill_pattern ?? DEFAULT_KILL_PATTERN,
    heartbeat_pattern: timing?.heartbeat_pattern ?? DEFAULT_HEARTBEAT_PATTERN,
    connection_pattern: timing?.connection_pattern ?? DEFAULT_CONNECTION_PATTERN,
  };
  const compiled: CompiledPattern[] = [];
  for (const key of TIMING_PATTERN_KEYS) {
    const result = compilePattern(sources[key]);
    if (!result.ok) return { ok: false, key, pattern: sources[key], reason: result.reason, message: result.message };
    compiled.push(result.pattern);
  }
  const [kill, heartbeat, connection] = compiled as [CompiledPattern, CompiledPattern, CompiledPattern];
  return { ok: true, patterns: { kill, heartbeat, connection } };
}
