// The patterns check: every proof.regex_patterns entry must match some line (case-insensitive). Reports the
// first match per pattern, or what was expected plus a fitting hint from the lesson.
import { createFinding, type Finding } from '../findings/finding.js';
import type { CompileResult } from './compile-pattern.js';
import { findHint } from './find-hint.js';
import { excerptOf, lineNumber, lineText } from '../log-events/paste-lines.js';
import { findFirstMatch, type PatternScanner } from './scan-pattern.js';
import type { PatternResult } from './verdict.js';

export interface PatternsResult {
  readonly passed: boolean;
  readonly findings: Finding[];
  readonly patterns: PatternResult[];
}

export function checkPatterns(
  scanner: PatternScanner,
  sources: readonly string[],
  compiledPatterns: readonly CompileResult[],
  hints: () => readonly string[],
  where: { file?: string } = {},
): PatternsResult {
  const findings: Finding[] = [];
  const patterns: PatternResult[] = [];
  sources.forEach((source, i) => {
    const path = `proof.regex_patterns[${i}]`;
    const compiled = compiledPatterns[i]!;
    if (!compiled.ok) {
      const code = compiled.reason === 'invalid' ? 'PATTERN_INVALID' : 'PATTERN_UNSAFE';
      findings.push(createFinding(code, 'error', { pattern: source, reason: compiled.message }, { ...where, path }));
      patterns.push({ pattern: source, passed: false, expected: [source] });
      return;
    }
    const { pattern } = compiled;
    const match = findFirstMatch(scanner, pattern);
    if (match) {
      const line = lineNumber(scanner.lines, match.line);
      findings.push(createFinding('PATTERN_MATCHED', 'info', { pattern: source, line }, { ...where, path, line }));
      patterns.push({
        pattern: source,
        passed: true,
        line,
        excerpt: excerptOf(lineText(scanner.lines, match.line, scanner.capChars), match.index, match.text.length),
        match: match.text,
        expected: pattern.expected,
      });
      return;
    }
    const hint = findHint(hints(), pattern.expected);
    findings.push(
      createFinding('PATTERN_NOT_FOUND', 'error', { pattern: source, expected: pattern.expected, ...(hint ? { hint } : {}) }, { ...where, path }),
    );
    patterns.push({ pattern: source, passed: false, expected: pattern.expected, ...(hint ? { hint } : {}) });
  });
  return { passed: patterns.every((p) => p.passed), findings, patterns };
}
