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

/** classifyLineText's any-match test for w12Patterns. */
export const w12AnyMatch = createAnyMatchTest(w12Patterns);
