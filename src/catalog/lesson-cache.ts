import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Lesson } from '../lesson/types.js';
import { bundledLessonsDir, packageRoot } from './bundled-lessons-dir.js';

/**
 * Parsed bundled lessons keyed by file and content hash, written at build time (dist/lesson-cache.json).
 * The paste path uses it to skip loading gray-matter, zod and fast-glob (each costs about as much as Node's
 * own start); any difference in the set of files or a single byte falls back to the full loader.
 */
export interface LessonCache {
  readonly version: 1;
  readonly files: Readonly<Record<string, { readonly sha256: string; readonly lesson: Omit<Lesson, 'file'> }>>;
}

const CACHE_FILE = 'dist/lesson-cache.json';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function listMarkdown(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.md') && !/(^|[\\/])(README|readme|CHANGELOG)\.md$/.test(name))
    .map((name) => name.split(sep).join('/'))
    .sort();
}

// Serialises a loaded index of the bundled lessons; called by scripts/build.mjs.
export function createLessonCache(lessons: Iterable<Lesson>, dir: string = bundledLessonsDir()): LessonCache {
  const files: Record<string, { sha256: string; lesson: Omit<Lesson, 'file'> }> = {};
  for (const lesson of lessons) {
    if (!lesson.file) continue;
    const { file, ...rest } = lesson;
    files[relative(dir, file).split(sep).join('/')] = { sha256: sha256(readFileSync(file, 'utf8')), lesson: rest };
  }
  return { version: 1, files };
}

/**
 * The bundled lesson `id` from the build-time cache, or undefined when the cache is missing or stale
 * (then the caller loads lessons the full way). Unknown ids are also undefined: the full loader explains them.
 */
export function readCachedBundledLesson(id: string): Lesson | undefined {
  try {
    const dir = bundledLessonsDir();
    const cache = JSON.parse(readFileSync(join(packageRoot(), CACHE_FILE), 'utf8')) as LessonCache;
    const names = listMarkdown(dir);
    if (cache.version !== 1 || names.length !== Object.keys(cache.files).length) return undefined;
    let found: Lesson | undefined;
    for (const name of names) {
      const entry = cache.files[name];
      const file = join(dir, name);
      if (!entry || entry.sha256 !== sha256(readFileSync(file, 'utf8'))) return undefined;
      if (entry.lesson.id === id) found = { ...entry.lesson, file };
    }
    return found;
  } catch {
    return undefined;
  }
}
