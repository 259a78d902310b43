import fg from 'fast-glob';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, relative, resolve } from 'node:path';
import { VerifyLessonError } from '../errors.js';
import { createFinding, type Finding } from '../findings/finding.js';
import { suggestClosest } from '../lesson/did-you-mean.js';
import { locateFrontMatterField, parseLesson, type ParseLessonResult } from '../lesson/parse-lesson.js';
import type { Lesson } from '../lesson/types.js';
import { bundledLessonsDir } from './bundled-lessons-dir.js';

export interface LessonIndex {
  readonly dir: string;
  /** Valid lessons by id. Lessons whose id is duplicated are left out (both files get a finding). */
  readonly lessons: ReadonlyMap<string, Lesson>;
  /** Every lesson file found, valid or not. */
  readonly files: readonly string[];
  /** `.md` files with no front-matter at all (notes, docs): not lessons, so skipped, each with an info finding. */
  readonly skipped?: readonly string[];
  readonly findings: readonly Finding[];
}

export interface LoadLessonsOptions {
  /** Defaults to the lessons bundled with the package. */
  readonly dir?: string;
}

// Author notes in a lessons folder are not lessons.
const IGNORE = ['**/node_modules/**', '**/README.md', '**/readme.md', '**/CHANGELOG.md'];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

// Discovers and parses every lesson under a folder, indexed by id; shared lessons are frozen so no caller's
// mutation can leak into another's.
export async function loadLessons(options: LoadLessonsOptions = {}): Promise<LessonIndex> {
  const dir = resolve(options.dir ?? bundledLessonsDir());
  const info = await stat(dir).catch(() => undefined);
  if (info?.isFile()) {
    // `lint lessons/w12-l03.md`: a lesson file given where its folder is wanted.
    throw new VerifyLessonError('LESSONS_DIR_NOT_FOUND', `${dir} is a file, not a lessons directory: give the folder that holds it (${dirname(dir)})`, { details: { dir } });
  }
  if (!info?.isDirectory()) {
    throw new VerifyLessonError('LESSONS_DIR_NOT_FOUND', `lessons directory not found: ${dir}`, { details: { dir } });
  }
  const markdown = (await fg('**/*.md', { cwd: dir, absolute: true, ignore: IGNORE, followSymbolicLinks: false })).sort();
  const findings: Finding[] = [];

  const parsed = await Promise.all(
    markdown.map(async (file): Promise<ParseLessonResult & { readonly text?: string }> => {
      try {
        const text = await readFile(file, 'utf8');
        return { ...parseLesson(text, file), text };
      } catch (error) {
        return { findings: [createFinding('LESSON_FILE_UNREADABLE', 'error', { reason: (error as Error).message }, { file })] };
      }
    }),
  );
  // A file that does not even open a front-matter block is a note, not a broken lesson; one that opens it is a lesson.
  const isNote = (result: (typeof parsed)[number]) =>
    result.findings.length === 1 && result.findings[0]!.code === 'LESSON_FRONT_MATTER_MISSING' && result.findings[0]!.args.unclosed === false;
  const files = markdown.filter((_, i) => !isNote(parsed[i]!));
  const skipped = markdown.filter((_, i) => isNote(parsed[i]!));
  if (files.length === 0) findings.push(createFinding('LESSONS_NONE_FOUND', 'error', { dir, ...(skipped.length > 0 ? { skipped: skipped.length } : {}) }, { file: dir }));

  const byId = new Map<string, Lesson[]>();
  const texts = new Map<Lesson, string>();
  for (const result of parsed) {
    if (isNote(result)) continue;
    findings.push(...result.findings);
    if (!result.lesson) continue;
    byId.set(result.lesson.id, [...(byId.get(result.lesson.id) ?? []), result.lesson]);
    if (result.text !== undefined) texts.set(result.lesson, result.text);
  }

  const lessons = new Map<string, Lesson>();
  for (const [id, group] of byId) {
    if (group.length === 1) {
      lessons.set(id, deepFreeze(group[0]!));
      continue;
    }
    for (const lesson of group) {
      const others = group.filter((other) => other !== lesson).map((other) => relative(dir, other.file!));
      const text = texts.get(lesson);
      const line = text === undefined ? undefined : locateFrontMatterField(text, ['id']);
      findings.push(createFinding('LESSON_ID_DUPLICATE', 'error', { id, otherFile: others.join(', ') }, { file: lesson.file, path: 'id', ...(line === undefined ? {} : { line }) }));
    }
  }
  for (const file of skipped) findings.push(createFinding('LESSON_FILE_SKIPPED', 'info', {}, { file }));
  return { dir, lessons, files, skipped, findings };
}

// Lesson ids are user input (`verify-lesson ../../etc/passwd`): only ids present in the index resolve. An id that
// names a lesson file which did not load (`w12-l08.md` with errors) is said to be that file's fault, not a typo.
export function findLesson(index: LessonIndex, id: string): { lesson?: Lesson; finding?: Finding } {
  // A caller's mistake (`findLesson('w12-l03')` from untyped code) is said as one, not a TypeError from inside.
  if (typeof index !== 'object' || index === null || !(index.lessons instanceof Map)) {
    const found = typeof index === 'string' ? `the string "${String(index).slice(0, 40)}"` : index === null ? 'null' : typeof index;
    throw new VerifyLessonError('ARGUMENT_INVALID', `findLesson: expected the index loadLessons() resolves to as the first argument (findLesson(await loadLessons(), id)), found ${found}`);
  }
  if (typeof id !== 'string') throw new VerifyLessonError('ARGUMENT_INVALID', `findLesson: expected a lesson id (a string) as the second argument, found ${id === null ? 'null' : typeof id}`);
  const lesson = index.lessons.get(id);
  if (lesson) return { lesson };
  const known = [...index.lessons.keys()].sort();
  const file = index.files.find((f) => basename(f, '.md') === id);
  const errors = file === undefined ? 0 : index.findings.filter((f) => f.file === file && f.severity === 'error').length;
  const invalid = errors > 0 ? { invalidFile: relative(index.dir, file!), errors } : {};
  return { finding: createFinding('LESSON_NOT_FOUND', 'error', { id, known, suggestion: suggestClosest(id, known), ...invalid }) };
}
