import { describe, expect, it } from 'vitest';
import { createFinding } from '../../src/findings/finding.js';
import type { Lesson } from '../../src/lesson/types.js';
import type { LessonIndex } from '../../src/catalog/load-lessons.js';
import { mergeLessonIndex } from '../../src/verifier/merge-lesson-index.js';

const lesson = (id: string, file: string, xp = 10): Lesson => ({
  id,
  title: `Lesson ${id}`,
  xp,
  kind: 'lesson',
  proof: { type: 'paste', instructions: 'paste it', regex_patterns: ['ok'] },
  file,
  body: '',
  sections: [],
});

const index = (lessons: Lesson[], files: string[], findings: LessonIndex['findings'] = []): LessonIndex => ({
  dir: '/l',
  lessons: new Map(lessons.map((l) => [l.id, l])),
  files,
  findings,
});

describe('mergeLessonIndex', () => {
  it('serves the new load and reports added, updated and removed ids', () => {
    const previous = new Map([
      ['a', lesson('a', '/l/a.md')],
      ['b', lesson('b', '/l/b.md')],
    ]);
    const merged = mergeLessonIndex(previous, index([lesson('a', '/l/a.md', 20), lesson('c', '/l/c.md')], ['/l/a.md', '/l/c.md']));
    expect([...merged.lessons.keys()].sort()).toEqual(['a', 'c']);
    expect(merged.lessons.get('a')!.xp).toBe(20);
    expect(merged).toMatchObject({ added: ['c'], updated: ['a'], removed: ['b'], kept: [] });
  });

  it('does not call an identical reload an update', () => {
    const previous = new Map([['a', lesson('a', '/l/a.md')]]);
    const merged = mergeLessonIndex(previous, index([lesson('a', '/l/a.md')], ['/l/a.md']));
    expect(merged).toMatchObject({ added: [], updated: [], removed: [], kept: [] });
  });

  it('keeps the last good version of a file that became invalid, with its findings', () => {
    const old = lesson('a', '/l/a.md');
    const broken = createFinding('LESSON_YAML_INVALID', 'error', { reason: 'bad indentation' }, { file: '/l/a.md', line: 3 });
    const other = createFinding('LESSON_KEY_UNKNOWN', 'warning', { key: 'x' }, { file: '/l/b.md' });
    const merged = mergeLessonIndex(new Map([['a', old]]), index([], ['/l/a.md'], [broken, other]));
    expect(merged.lessons.get('a')).toBe(old);
    expect(merged.kept).toEqual([{ id: 'a', file: '/l/a.md', findings: [broken] }]);
    expect(merged.removed).toEqual([]);
  });

  it('keeps an unchanged lesson when a new file duplicates its id', () => {
    const old = lesson('a', '/l/a.md');
    const dup = createFinding('LESSON_ID_DUPLICATE', 'error', { id: 'a', otherFile: 'copy.md' }, { file: '/l/a.md', path: 'id' });
    const merged = mergeLessonIndex(new Map([['a', old]]), index([], ['/l/a.md', '/l/copy.md'], [dup]));
    expect(merged.lessons.get('a')).toBe(old);
    expect(merged.kept[0]!.findings).toEqual([dup]);
  });

  it('drops the lesson of a deleted file', () => {
    const merged = mergeLessonIndex(new Map([['a', lesson('a', '/l/a.md')]]), index([], []));
    expect(merged.lessons.size).toBe(0);
    expect(merged.removed).toEqual(['a']);
  });

  it('drops the old id when its file now validly declares another id', () => {
    const merged = mergeLessonIndex(new Map([['a', lesson('a', '/l/a.md')]]), index([lesson('z', '/l/a.md')], ['/l/a.md']));
    expect([...merged.lessons.keys()]).toEqual(['z']);
    expect(merged).toMatchObject({ added: ['z'], removed: ['a'], kept: [] });
  });

  it('serves a valid new file for an id whose old file broke', () => {
    const moved = lesson('a', '/l/moved.md', 30);
    const merged = mergeLessonIndex(new Map([['a', lesson('a', '/l/a.md')]]), index([moved], ['/l/a.md', '/l/moved.md']));
    expect(merged.lessons.get('a')).toBe(moved);
    expect(merged.kept).toEqual([]);
  });
});
