// The bundled lesson's event patterns and the per-line mask checkPaste computes from its literal scan, for tests that
// classify single lines as a verdict does (a line whose literals the scan misses is never classified).
import { createAnyMatchTest } from '../../src/log-events/classify-line.js';
import { EVENT_PATTERN_BIT } from '../../src/log-events/default-patterns.js';
import { indexLines } from '../../src/log-events/paste-lines.js';
import { BUILT_IN_MARK_PATTERNS, compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import type { CompiledPattern } from '../../src/proof/compile-pattern.js';
import { createPatternScanner, markCandidateLines, planLiteralScan } from '../../src/proof/scan-pattern.js';
import { loadLesson } from '../proof/helpers.js';

const compiled = compileEventPatterns(loadLesson('w12-l03').proof.timing);
if (!compiled.ok) throw new Error(compiled.message);
/** w12-l03's timing patterns, compiled as checkPaste compiles them. */
export const w12Patterns = compiled.patterns;
const withBits: (readonly [number, CompiledPattern])[] = [
  [EVENT_PATTERN_BIT.kill, w12Patterns.kill as CompiledPattern],
  [EVENT_PATTERN_BIT.heartbeat, w12Patterns.heartbeat as CompiledPattern],
  [EVENT_PATTERN_BIT.connection, w12Patterns.connection as CompiledPattern],
  ...BUILT_IN_MARK_PATTERNS,
];
const plan = planLiteralScan(withBits.map(([, pattern]) => pattern));

/** The EVENT_PATTERN_BIT mask checkPaste's literal scan gives one line. */
export function maskOf(line: string): number {
  return markCandidateLines(createPatternScanner(indexLines(line), 4096, plan), withBits)[0]!;
}

/**
 * maskOf of each of `lines` (none holding a line break), from one literal scan of them all: what a test of every corpus
 * line needs (a scanner per line took 30 s of a CI run's 30 s budget over 160,000 lines).
 */
export function masksOf(lines: readonly string[]): number[] {
  const indexed = indexLines(lines.join('\n'));
  const marks = markCandidateLines(createPatternScanner(indexed, 4096, plan), withBits);
  return lines.map((line, i) => (i < indexed.count ? marks[i]! : maskOf(line)));
}

/** classifyLineText's any-match test for w12Patterns. */
export const w12AnyMatch = createAnyMatchTest(w12Patterns);
