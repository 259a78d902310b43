import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Lesson } from '../lesson/types.js';
import { bundledLessonsDir, packageRoot } from './bundled-lessons-dir.js';

/**
 * Parsed bundled lessons keyed by file, each with the exact text it was parsed from, written at build time
 * (dist/lesson-cache.json). The paste path uses it to skip loading gray-matter, zod and fast-glob (each costs about
 * as much as Node's own start); any difference in the set of files or a single character falls back to the full
 * loader. The text itself is compared, not a hash of it, so the paste path does not load node:crypto either.
 */
export interface LessonCache {
  readonly version: 2;
  readonly files: Readonly<Record<string, { readonly text: string; readonly lesson: Omit<Lesson, 'file'> }>>;
}

const CACHE_FILE = 'dist/lesson-cache.json';

function listMarkdown(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.md') && !/(^|[\\/])(README|readme|CHANGELOG)\.md$/.test(name))
    .map((name) => name.split(sep).join('/'))
    .sort();
}

// Serialises a loaded index of the bundled lessons; called by scripts/build.mjs.
export function createLessonCache(lessons: Iterable<Lesson>, dir: string = bundledLessonsDir()): LessonCache {
  const files: Record<string, { text: string; lesson: Omit<Lesson, 'file'> }> = {};
  for (const lesson of lessons) {
    if (!lesson.file) continue;
    const { file, ...rest } = lesson;
    files[relative(dir, file).split(sep).join('/')] = { text: readFileSync(file, 'utf8'), lesson: rest };
  }
  return { version: 2, files };
}

/**
 * The bundled lesson `id` from the build-time cache, or undefined when the cache is missing or stale
 * (then the caller loads lessons the full way). Unknown ids are also undefined: the full loader explains them.
 * `where` is the bundled lessons folder and dist/lesson-cache.json unless a test names others.
 */
export function readCachedBundledLesson(
  id: string,
  where: { readonly dir: string; readonly cacheFile: string } = { dir: bundledLessonsDir(), cacheFile: join(packageRoot(), CACHE_FILE) },
): Lesson | undefined {
  try {
    const { dir } = where;
    const cache = JSON.parse(readFileSync(where.cacheFile, 'utf8')) as LessonCache;
    const names = listMarkdown(dir);
    if (cache.version !== 2 || names.length !== Object.keys(cache.files).length) return undefined;
    let found: Lesson | undefined;
    for (const name of names) {
      const entry = cache.files[name];
      const file = join(dir, name);
      if (!entry || entry.text !== readFileSync(file, 'utf8')) return undefined;
      if (entry.lesson.id === id) found = { ...entry.lesson, file };
    }
    return found;
  } catch {
    return undefined;
  }
}
