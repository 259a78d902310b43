import matter from 'gray-matter';
import type { z } from 'zod';
import { createFinding, hasErrors, type Finding } from '../findings/finding.js';
import { compilePattern } from '../proof/compile-pattern.js';
import { suggestClosest } from './did-you-mean.js';
import { formatFieldPath, listLessonPatterns } from './lesson-patterns.js';
import { checkScenario } from './check-scenario.js';
import { locateField } from './locate-field.js';
import { locateYamlError } from './locate-yaml-error.js';
import { KNOWN_KEYS, lessonFrontMatterSchema } from './schema.js';
import { splitSections } from './split-sections.js';
import type { Lesson, LessonFrontMatter } from './types.js';

export interface ParseLessonResult {
  /** Present when the lesson has no error findings. */
  readonly lesson?: Lesson;
  /**
   * The front-matter as the schema accepted it, also when a pattern in it does not compile: lint checks each of the
   * other patterns for backtracking on its own.
   */
  readonly frontMatter?: LessonFrontMatter;
  readonly findings: readonly Finding[];
}

interface FrontMatterBlock {
  /** YAML lines between the delimiters. */
  readonly lines: string[];
  /** 1-based file line of the first YAML line. */
  readonly firstLine: number;
  /** 1-based file line where the body starts. */
  readonly bodyLine: number;
}

const DELIMITER = /^---\s*$/;

// Where the YAML block sits in the file, so findings point at file lines rather than front-matter lines.
function findFrontMatter(lines: readonly string[]): FrontMatterBlock | undefined {
  if (!DELIMITER.test(lines[0] ?? '')) return undefined;
  const close = lines.findIndex((line, i) => i > 0 && DELIMITER.test(line));
  if (close < 0) return undefined;
  return { lines: lines.slice(1, close), firstLine: 2, bodyLine: close + 2 };
}

// The 1-based file line of a front-matter field (`['id']`, `['proof', 'regex_patterns', 0]`), for findings about a
// lesson that parsed (a duplicate id, a pattern's ReDoS); undefined when the text has no closed block.
export function locateFrontMatterField(text: string, path: readonly (string | number)[]): number | undefined {
  const block = findFrontMatter(text.split(/\r?\n/));
  return block === undefined ? undefined : locateField(block.lines, block.firstLine, path);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

const ARTICLE: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
};

// zod issue → finding args: what the field should be, in words an author can act on.
function describeExpected(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return ARTICLE[issue.expected] ?? issue.expected;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `a list with at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === 'string') return 'a non-empty string';
      return `a number ${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}`;
    case 'too_big':
      return `a value ${issue.inclusive ? '<=' : '<'} ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.message;
    default:
      return issue.message;
  }
}

function issueToFinding(issue: z.core.$ZodIssue, data: unknown, locate: (path: readonly PropertyKey[]) => number | undefined, file?: string): Finding {
  const found = valueAt(data, issue.path);
  const path = formatFieldPath(issue.path);
  const where = { file, path, line: locate(issue.path) };
  if (issue.code === 'invalid_type' && found === undefined) {
    return createFinding('LESSON_FIELD_MISSING', 'error', { expected: describeExpected(issue) }, where);
  }
  if (path === 'proof.type' && issue.code === 'invalid_value') {
    return createFinding('LESSON_PROOF_TYPE_UNKNOWN', 'error', { found, allowed: issue.values }, where);
  }
  return createFinding('LESSON_FIELD_INVALID', 'error', { expected: describeExpected(issue), found: found ?? null }, where);
}

function unknownKeyFindings(data: Record<string, unknown>, locate: (path: readonly PropertyKey[]) => number | undefined, file?: string): Finding[] {
  const findings: Finding[] = [];
  for (const [scope, known] of Object.entries(KNOWN_KEYS)) {
    const prefix = scope === '' ? [] : scope.split('.');
    const object = valueAt(data, prefix);
    if (object === null || typeof object !== 'object' || Array.isArray(object)) continue;
    for (const key of Object.keys(object)) {
      if (known.includes(key)) continue;
      const path = [...prefix, key];
      findings.push(
        createFinding(
          'LESSON_KEY_UNKNOWN',
          'warning',
          { key, suggestion: suggestClosest(key, known) },
          { file, path: formatFieldPath(path), line: locate(path) },
        ),
      );
    }
  }
  return findings;
}

function regexFindings(front: LessonFrontMatter, locate: (path: readonly PropertyKey[]) => number | undefined, file?: string): Finding[] {
  const findings: Finding[] = [];
  for (const { path, pattern } of listLessonPatterns(front)) {
    try {
      new RegExp(pattern, 'i');
    } catch (error) {
      const reason = (error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '');
      findings.push(createFinding('LESSON_REGEX_INVALID', 'error', { pattern, reason }, { file, path: formatFieldPath(path), line: locate(path) }));
      continue;
    }
    // Valid, but no engine here can match it in bounded time: every paste's check would refuse it (PATTERN_UNSAFE).
    const compiled = compilePattern(pattern);
    if (!compiled.ok && compiled.reason === 'unbounded-lookaround') {
      findings.push(createFinding('LESSON_REGEX_UNSAFE', 'error', { pattern, reason: compiled.message }, { file, path: formatFieldPath(path), line: locate(path) }));
    }
  }
  return findings;
}

// Deep copy through JSON-safe structures: gray-matter and YAML anchors may share objects between parses/fields.
function detach<T>(value: T): T {
  return structuredClone(value);
}

/**
 * Parses one lesson file's text. Pure: `file` is only used to label findings and the lesson.
 * Never throws for bad input — every problem is a finding; `lesson` is present only when there is no error.
 */
export function parseLesson(source: string, file?: string): ParseLessonResult {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lines = text.split(/\r?\n/);
  const block = findFrontMatter(lines);
  if (!block) {
    const unclosed = DELIMITER.test(lines[0] ?? '');
    return { findings: [createFinding('LESSON_FRONT_MATTER_MISSING', 'error', { unclosed }, { file, line: 1 })] };
  }

  let data: unknown;
  let content: string;
  try {
    // Passing options makes gray-matter skip its content-keyed cache, which hands every caller the same object.
    const parsed = matter(text, { excerpt: false });
    data = detach(parsed.data);
    content = parsed.content;
  } catch (error) {
    const yamlError = error as { reason?: string; message?: string; mark?: { line?: number; column?: number } };
    const reason = yamlError.reason ?? yamlError.message ?? String(error);
    // js-yaml counts from the "---" line (the block it gets starts with that line's newline), and names where it
    // noticed the error: the line to fix can be above it (a quote left open, an over-indented first entry).
    const place = yamlError.mark?.line === undefined ? undefined : locateYamlError(block.lines, { line: yamlError.mark.line, column: yamlError.mark.column ?? 0 }, reason);
    return {
      findings: [
        createFinding(
          'LESSON_YAML_INVALID',
          'error',
          { reason: place?.reason ?? reason, column: (place?.column ?? 0) + 1 },
          { file, line: place === undefined ? block.firstLine : block.firstLine + place.index },
        ),
      ],
    };
  }

  // A field that is missing altogether points at its parent, or at the opening "---".
  const locate = (path: readonly PropertyKey[]) =>
    locateField(block.lines, block.firstLine, path.filter((p): p is string | number => typeof p !== 'symbol')) ?? 1;

  if (data === null || typeof data !== 'object' || Array.isArray(data) || Object.keys(data).length === 0) {
    return {
      findings: [
        createFinding(
          'LESSON_FIELD_INVALID',
          'error',
          { expected: 'a mapping of fields (id, title, xp, proof, ...)', found: Array.isArray(data) ? 'a list' : (data ?? 'nothing') },
          { file, line: block.firstLine },
        ),
      ],
    };
  }

  const findings: Finding[] = unknownKeyFindings(data as Record<string, unknown>, locate, file);
  const scenario = checkScenario((data as Record<string, unknown>).scenario, locate, file);
  findings.push(...scenario.findings);
  const result = lessonFrontMatterSchema.safeParse(data);
  if (!result.success) {
    // A scenario field lint already explained (with a did-you-mean) is not reported a second time by zod.
    const explained = (issue: z.core.$ZodIssue): boolean => {
      const path = formatFieldPath(issue.path);
      return [...scenario.covered].some((covered) => path === covered || path.startsWith(`${covered}.`) || path.startsWith(`${covered}[`));
    };
    findings.push(...result.error.issues.filter((issue) => !explained(issue)).map((issue) => issueToFinding(issue, data, locate, file)));
    return { findings };
  }
  if (hasErrors(findings)) return { frontMatter: result.data, findings };
  findings.push(...regexFindings(result.data, locate, file));
  if (hasErrors(findings)) return { frontMatter: result.data, findings };

  const lesson: Lesson = {
    ...result.data,
    ...(file === undefined ? {} : { file }),
    body: content,
    sections: splitSections(lines.slice(block.bodyLine - 1).join('\n'), block.bodyLine),
  };
  return { lesson, findings };
}
