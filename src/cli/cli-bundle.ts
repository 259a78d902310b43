// What the CLI bundle (dist/cli/verify-lesson-cli.cjs, this file's build) offers the bin and the build: the CLI,
// and the pattern analyses the build records so a cold run does not work them out again (see PatternAnalysis).
import { BUILT_IN_EVENT_PATTERNS, WORD_GUARD_PATTERNS } from '../log-events/default-patterns.js';
import type { Lesson } from '../lesson/types.js';
import { analysePatterns, type PatternAnalysis } from '../proof/compile-pattern.js';

export { runCli } from './run-cli.js';
export { INTERRUPTED_LINE, outputClosed, signalExitCode, signalInterrupt } from './cli-io.js';
export { seedPatternAnalyses } from '../proof/compile-pattern.js';

// Every pattern a verdict on these lessons compiles: the built-in event patterns and word guards, and each lesson's own.
export function recordPatternAnalyses(lessons: Iterable<Lesson>): Record<string, PatternAnalysis> {
  const sources = [...BUILT_IN_EVENT_PATTERNS, ...WORD_GUARD_PATTERNS].map(([, regex]) => regex.source);
  for (const { proof } of lessons) {
    sources.push(...proof.regex_patterns);
    if (proof.timing) sources.push(proof.timing.kill_pattern, proof.timing.heartbeat_pattern, proof.timing.connection_pattern);
  }
  return analysePatterns(sources);
}
