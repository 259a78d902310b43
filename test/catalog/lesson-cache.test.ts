import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLessonCache, readCachedBundledLesson } from '../../src/catalog/lesson-cache.js';
import { loadLessons } from '../../src/catalog/load-lessons.js';

const root = join(import.meta.dirname, '../..');

// The paste path's shortcut past gray-matter and zod: it must give the lesson the full loader gives, and nothing
// once any lesson file differs by a character or the set of files changes.
describe('the build-time lesson cache', () => {
  let dir: string;
  let where: { dir: string; cacheFile: string };
  beforeEach(async () => {
    const work = mkdtempSync(join(tmpdir(), 'vl-lesson-cache-'));
    dir = join(work, 'lessons');
    cpSync(join(root, 'lessons'), dir, { recursive: true });
    where = { dir, cacheFile: join(work, 'lesson-cache.json') };
    const index = await loadLessons({ dir });
    writeFileSync(where.cacheFile, JSON.stringify(createLessonCache(index.lessons.values(), dir)));
  });
  afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  it('serves the lesson the full loader parses, file path included', async () => {
    const full = (await loadLessons({ dir })).lessons.get('w12-l03');
    expect(full).toBeDefined();
    expect(readCachedBundledLesson('w12-l03', where)).toEqual(JSON.parse(JSON.stringify(full)));
    expect(readCachedBundledLesson('no-such-lesson', where)).toBeUndefined();
  });

  it('serves nothing once any lesson file changes by one character', () => {
    appendFileSync(join(dir, 'w12-l04.md'), ' ');
    expect(readCachedBundledLesson('w12-l03', where)).toBeUndefined();
  });

  it('serves nothing once a lesson file is added, or when the cache is missing or of another version', () => {
    writeFileSync(join(dir, 'w99-l01.md'), '# new\n');
    expect(readCachedBundledLesson('w12-l03', where)).toBeUndefined();
    rmSync(join(dir, 'w99-l01.md'));
    expect(readCachedBundledLesson('w12-l03', where)).toBeDefined();
    writeFileSync(where.cacheFile, JSON.stringify({ version: 1, files: {} }));
    expect(readCachedBundledLesson('w12-l03', where)).toBeUndefined();
    rmSync(where.cacheFile);
    expect(readCachedBundledLesson('w12-l03', where)).toBeUndefined();
  });
});
