// The patterns check: every proof.regex_patterns entry must match some line (case-insensitive). Reports the line
// it cites per pattern (choose-pattern-evidence.ts: what the timing check measured first, never a configuration
// line when an event matches), or what was expected, the words of the lines the timing check used, and a fitting
// hint from the lesson.
import { createFinding, type Finding } from '../findings/finding.js';
import { choosePatternEvidence, listMeasuredEvidence, type EvidenceContext, type MeasuredEvidence } from './choose-pattern-evidence.js';
import type { CompileResult } from './compile-pattern.js';
import { expandRegexPhrases } from './expand-regex-phrases.js';
import { findHint } from './find-hint.js';
import { isPlainAlternative, splitTopLevel } from './regex-literals.js';
import { excerptOf, lineNumber, linesOfNumber, lineText } from '../log-events/paste-lines.js';
import { isOwnLineOfKill } from './own-line-of-kill.js';
import type { PatternScanner } from './scan-pattern.js';
import type { Measurements, PatternResult } from './verdict.js';

/** A line the timing check used, as a failed pattern's finding quotes it: its role, node and matched words. */
export interface MeasuredLine {
  readonly line: number;
  readonly role: 'kill' | 'detection';
  readonly node?: string;
  readonly words?: string;
}

/** Example phrases per alternative for a failed pattern that is not plain words: two at most, optional parts left out. */
const EXAMPLE_PHRASE = { gapFillers: [' … '], optional: 'omit', limit: 2 } as const;

// What a line could say to match a pattern written in regex syntax (`\b(acknowledged|committed)\b|"ok": ?true` →
// acknowledged, committed, "ok":true), so a student never gets the raw regex alone; undefined for plain words.
function findExamplePhrases(source: string): string[] | undefined {
  if (splitTopLevel(source).every(isPlainAlternative)) return undefined;
  const phrases = expandRegexPhrases(source, EXAMPLE_PHRASE).flatMap((alternative) => alternative.phrases);
  return phrases.length > 0 ? phrases : undefined;
}

// The kill line and each follower's detection lines, in the report's order, each once.
function listMeasuredLines(m: Measurements | undefined): MeasuredLine[] {
  if (!m) return [];
  const out: MeasuredLine[] = [];
  const add = (entry: MeasuredLine): void => {
    if (!out.some((e) => e.line === entry.line)) out.push(entry);
  };
  if (m.killLine !== null) add({ line: m.killLine, role: 'kill', ...(m.killedNode === null ? {} : { node: m.killedNode }), ...(m.killWords === null ? {} : { words: m.killWords }) });
  for (const f of m.followers) {
    for (const [line, words] of [[f.line, f.words], [f.heartbeatLine, f.heartbeatWords], [f.connectionLine, f.connectionWords]] as const) {
      if (line !== undefined) add({ line, role: 'detection', node: f.node, ...(words === undefined ? {} : { words }) });
    }
  }
  return out;
}

// A stop by Ctrl+C on the kill line: the terminal's `^C`, Python's KeyboardInterrupt, the key or its signal named.
const CTRL_C = /\^C|\bctrl[-+]?c\b|KeyboardInterrupt|\bSIGINT\b/i;
// A hint bullet about Ctrl+C (what such a kill fits).
const CTRL_C_HINT = /\bctrl[-+]?c\b|\bSIGINT\b/i;

/**
 * A failed pattern's kill line showing a Ctrl+C that the pattern would accept named (`received SIGINT`): the line and
 * whether `received SIGTERM` would do too, so the report says how to name it; undefined otherwise.
 */
function findCtrlCKill(scanner: PatternScanner, pattern: { test(line: string): boolean }, m: Measurements | undefined): { line: number; sigterm: boolean } | undefined {
  const line = m?.killLine;
  if (line == null || !pattern.test('received SIGINT, shutting down')) return undefined;
  if (!linesOfNumber(scanner.lines, line).some((i) => CTRL_C.test(lineText(scanner.lines, i, scanner.capChars)))) return undefined;
  return { line, sigterm: pattern.test('received SIGTERM, shutting down') };
}

// A pattern's place in the lesson (`proof.regex_patterns[1]`), made once per index.
const PATTERN_PATHS: string[] = [];
const patternPath = (i: number): string => (PATTERN_PATHS[i] ??= `proof.regex_patterns[${i}]`);

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
  context?: EvidenceContext,
): PatternsResult {
  const findings: Finding[] = [];
  const patterns: PatternResult[] = [];
  let measuredEvidence: MeasuredEvidence[] | undefined;
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i]!;
    const path = patternPath(i);
    const compiled = compiledPatterns[i]!;
    if (!compiled.ok) {
      const code = compiled.reason === 'invalid' ? 'PATTERN_INVALID' : 'PATTERN_UNSAFE';
      findings.push(createFinding(code, 'error', { pattern: source, reason: compiled.message }, { ...where, path }));
      patterns.push({ pattern: source, passed: false, expected: [source] });
      continue;
    }
    const { pattern } = compiled;
    const match = choosePatternEvidence(scanner, pattern, context, (measuredEvidence ??= listMeasuredEvidence(scanner.lines, context)));
    if (match) {
      const line = lineNumber(scanner.lines, match.line);
      // Role and node only when known, after the other fields (the order the verdict's JSON shows).
      const args: Record<string, unknown> = { pattern: source, line };
      const result: { -readonly [K in keyof PatternResult]: PatternResult[K] } = {
        pattern: source,
        passed: true,
        line,
        excerpt: excerptOf(lineText(scanner.lines, match.line, scanner.capChars), match.index, match.text.length),
        match: match.text,
        expected: pattern.expected,
      };
      if (match.role !== undefined) args.role = result.role = match.role;
      if (match.node !== undefined) args.node = result.node = match.node;
      // The killed node's own line of the kill: which line the kill itself is, for the words. Not the command right
      // above the kill's time (`$ date +%T.%3N; kill %1` over its output row): that is the kill itself.
      const killLine = context?.measurements.killLine;
      if (match.role === 'kill' && killLine != null && isOwnLineOfKill(line, killLine, lineText(scanner.lines, match.line, 256))) args.killLine = killLine;
      findings.push(createFinding('PATTERN_MATCHED', 'info', args, { file: where.file, path, line }));
      patterns.push(result);
      continue;
    }
    const interrupted = findCtrlCKill(scanner, pattern, context?.measurements);
    const hint = findHint(hints(), pattern.expected, interrupted === undefined ? undefined : CTRL_C_HINT);
    const measured = listMeasuredLines(context?.measurements);
    const phrases = findExamplePhrases(source);
    findings.push(
      createFinding(
        'PATTERN_NOT_FOUND',
        'error',
        { pattern: source, expected: pattern.expected, ...(phrases ? { phrases } : {}), ...(measured.length > 0 ? { measured } : {}), ...(interrupted ? { interrupted } : {}), ...(hint ? { hint } : {}) },
        { ...where, path },
      ),
    );
    patterns.push({ pattern: source, passed: false, expected: pattern.expected, ...(hint ? { hint } : {}) });
  }
  return { passed: patterns.every((p) => p.passed), findings, patterns };
}

