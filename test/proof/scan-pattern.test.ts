// The literal prefilter is an optimisation only: every line a plain per-line match finds must be a candidate of
// that pattern, and the first match must be the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePattern, type CompiledPattern } from '../../src/proof/compile-pattern.js';
import { indexLines, lineText } from '../../src/log-events/paste-lines.js';
import { createPatternScanner, findFirstMatch, markCandidateLines, planLiteralScan } from '../../src/proof/scan-pattern.js';
import { W12_TIMING } from './helpers.js';

const SOURCES = [
  'timeout|timed out|no heartbeat',
  'kill|SIGTERM|stopped|terminated',
  W12_TIMING.kill_pattern,
  W12_TIMING.heartbeat_pattern,
  W12_TIMING.connection_pattern,
  'leader.*(lost|gone)',
  '\\d+ms',
];
const patterns = SOURCES.map((s) => (compilePattern(s) as { pattern: CompiledPattern }).pattern);
const plan = planLiteralScan(patterns);

const words = fc.constantFrom(
  'heartbeat', 'timeout', 'TIMEOUT', 'timed out', 'EOF', 'leof', 'kill', 'killed', 'SIGTERM', 'sig', 'term', 'stopped', 'connection',
  'connection to leader node1 lost', 'leader', 'lost', 'no message from the leader', '300ms', 'broken pipe', 'ECONNRESET', ' ', ' ', '\n', '—', 'É',
);

describe('scan-pattern', () => {
  it('marks every line a pattern matches as its candidate, and finds the same first match', () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 80 }), fc.integer({ min: 8, max: 200 }), (parts, cap) => {
        const lines = indexLines(parts.join(''));
        const scanner = createPatternScanner(lines, cap, plan);
        const marks = markCandidateLines(scanner, patterns.map((pattern, k) => [1 << k, pattern] as const));
        for (const [k, pattern] of patterns.entries()) {
          const naive = Array.from({ length: lines.count }, (_, i) => i).filter((i) => pattern.test(lineText(lines, i, cap)));
          expect(naive.filter((i) => (marks[i]! & (1 << k)) === 0), pattern.source).toEqual([]);
          const first = findFirstMatch(scanner, pattern);
          expect(first?.line).toBe(naive[0]);
        }
      }),
      { numRuns: 800 },
    );
  });

  it('scans each literal set once: lines with "heartbeat timeout" are found through "timeout"', () => {
    expect(plan.scannedAs.get('heartbeat timeout')).toBe('timeout');
    expect(plan.regex?.flags).toBe('gi');
  });
});
