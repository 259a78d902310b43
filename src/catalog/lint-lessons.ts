import { readFile } from 'node:fs/promises';
import { createFinding, type Finding } from '../findings/finding.js';
import { checkScenarioPlan } from '../lesson/check-scenario-plan.js';
import { checkTimingCoverage } from '../lesson/check-timing-coverage.js';
import { formatFieldPath, listLessonPatterns } from '../lesson/lesson-patterns.js';
import { locateFrontMatterField, parseLesson } from '../lesson/parse-lesson.js';
import type { Lesson, LessonFrontMatter, LessonSection } from '../lesson/types.js';
import { suggestClosest } from '../lesson/did-you-mean.js';
import { loadLessons } from './load-lessons.js';
import { loadOptionalPeer } from '../load-optional-peer.js';

export interface LintOptions {
  readonly dir?: string;
  /** Run the ReDoS analysis (recheck). On by default; it is the slow part of lint. */
  readonly redos?: boolean;
  /** Per-pattern analysis budget. */
  readonly redosTimeoutMs?: number;
}

export interface LintResult {
  readonly dir: string;
  readonly files: readonly string[];
  readonly lessons: readonly Lesson[];
  readonly findings: readonly Finding[];
}

// recheck decides a pattern with its exact automaton analysis only while its bounded repeats (`{0,24}`) add up to at
// most this, else by fuzzing for the whole timeout; 30 by default, under the default connection pattern's 40 (a
// leader's name `{1,16}` and `leader\b[^;]{0,24}\bdisconnected`), which the automaton proves safe in ~0.1 s.
const AUTOMATON_REPEAT_COUNT = 64;

// Sections a paste lesson needs for a student to know what to do and how it is judged.
const EXPECTED_SECTIONS = ['Task', 'Verify', 'Done When'];
// The lesson format's other sections: never taken for a misspelled expected one.
const KNOWN_SECTIONS = ['Concept', 'Hints'];

// Whether a pattern compiles: one that does not has its LESSON_REGEX_INVALID already, and nothing to analyse.
function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'i');
    return true;
  } catch {
    return false;
  }
}

// Each pattern on its own: one that does not compile (a lesson that is therefore invalid) skips only itself.
async function redosFindings(front: LessonFrontMatter, file: string, source: string, timeoutMs: number): Promise<Finding[]> {
  // recheck is an optional peer (57 MB installed, ~100 ms to import): only lint with its ReDoS check needs it.
  const { check } = await loadOptionalPeer('recheck', () => import('recheck'));
  const findings: Finding[] = [];
  for (const { path, pattern } of listLessonPatterns(front)) {
    if (!compiles(pattern)) continue;
    const where = {
      file,
      path: formatFieldPath(path),
      line: locateFrontMatterField(source, path),
    };
    let diagnostics;
    try {
      diagnostics = await check(pattern, 'i', { timeout: timeoutMs, maxRepeatCount: AUTOMATON_REPEAT_COUNT });
    } catch (error) {
      findings.push(createFinding('LESSON_REGEX_UNCHECKED', 'warning', { pattern, reason: (error as Error).message }, where));
      continue;
    }
    if (diagnostics.status === 'vulnerable') {
      const exponential = diagnostics.complexity.type === 'exponential';
      findings.push(
        createFinding(
          exponential ? 'LESSON_REGEX_EXPONENTIAL' : 'LESSON_REGEX_POLYNOMIAL',
          exponential ? 'error' : 'warning',
          {
            pattern,
            degree: diagnostics.complexity.type === 'polynomial' ? diagnostics.complexity.degree : undefined,
            attack: diagnostics.attack.string.slice(0, 40),
          },
          where,
        ),
      );
    } else if (diagnostics.status === 'unknown') {
      const reason = diagnostics.error.kind === 'timeout' ? `analysis exceeded ${timeoutMs} ms` : diagnostics.error.kind;
      findings.push(createFinding('LESSON_REGEX_UNCHECKED', 'warning', { pattern, reason }, where));
    }
  }
  return findings;
}

const slugOf = (title: string): string => title.toLowerCase().replace(/\s+/g, '-');

// A heading that is probably the missing section misspelled or renamed (`## Verification`, `## Tasks`): close by
// edit distance, or starting with all but the last letter of the expected title.
function findNearSection(section: string, spare: readonly LessonSection[]): LessonSection | undefined {
  const closest = suggestClosest(section, spare.map((s) => s.title));
  if (closest !== undefined) return spare.find((s) => s.title === closest);
  const stem = section.toLowerCase().slice(0, Math.max(3, section.length - 1));
  return spare.find((s) => s.title.toLowerCase().startsWith(stem));
}

function sectionFindings(lesson: Lesson): Finding[] {
  const present = new Set(lesson.sections.map((s) => s.slug));
  const known = new Set([...KNOWN_SECTIONS, ...EXPECTED_SECTIONS].map(slugOf));
  const spare = lesson.sections.filter((s) => !known.has(s.slug));
  return EXPECTED_SECTIONS.filter((title) => !present.has(slugOf(title))).map((section) => {
    const near = findNearSection(section, spare);
    return near === undefined
      ? createFinding('LESSON_SECTION_MISSING', 'warning', { section }, { file: lesson.file })
      : createFinding('LESSON_SECTION_MISSING', 'warning', { section, found: near.title }, { file: lesson.file, line: near.line });
  });
}

// Everything course authors and the platform's CI need to know about a folder of lessons, as findings.
export async function lintLessons(options: LintOptions = {}): Promise<LintResult> {
  const index = await loadLessons(options.dir === undefined ? {} : { dir: options.dir });
  const lessons = [...index.lessons.values()];
  const findings = [...index.findings];
  const timeoutMs = options.redosTimeoutMs ?? 10_000;
  for (const lesson of lessons) {
    const source = await readFile(lesson.file!, 'utf8');
    findings.push(...sectionFindings(lesson), ...checkScenarioPlan(lesson, source, lesson.file), ...checkTimingCoverage(lesson, source));
    if (options.redos !== false) findings.push(...(await redosFindings(lesson, lesson.file!, source, timeoutMs)));
  }
  // A file that is no lesson of the index (a pattern that does not compile, a duplicated id) still has its other
  // patterns checked: each pattern is judged on its own.
  const indexed = new Set(lessons.map((lesson) => lesson.file));
  for (const file of options.redos === false ? [] : index.files.filter((f) => !indexed.has(f))) {
    const source = await readFile(file, 'utf8').catch(() => undefined);
    if (source === undefined) continue; // LESSON_FILE_UNREADABLE says so already
    const parsed = parseLesson(source, file);
    const front = parsed.lesson ?? parsed.frontMatter;
    if (front) findings.push(...(await redosFindings(front, file, source, timeoutMs)));
  }
  findings.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
  return { dir: index.dir, files: index.files, lessons, findings };
}
