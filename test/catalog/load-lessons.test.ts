// src/catalog/load-lessons.ts findLesson: an id resolves only to a loaded lesson; one that names a lesson file which
// did not load is that file's fault, said with the file and its error count — not "unknown lesson … expected one
// of (none)", which sent an author hunting for a typo in the id (found by a new-user trial).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLesson, loadLessons } from '../../src/catalog/load-lessons.js';
import { formatFindingMessage } from '../../src/findings/format-finding.js';

const root = join(import.meta.dirname, '../..');
const invalidDir = join(root, 'fixtures/lessons/invalid');

describe('findLesson', () => {
  it('names the file of an id whose lesson did not load, with its number of errors', async () => {
    const index = await loadLessons({ dir: invalidDir });
    const { lesson, finding } = findLesson(index, 'bad-timing');
    expect(lesson).toBeUndefined();
    expect(finding).toMatchObject({ code: 'LESSON_NOT_FOUND', args: { id: 'bad-timing', invalidFile: 'bad-timing.md', errors: 2 } });
    expect(formatFindingMessage(finding!)).toBe('lesson "bad-timing" did not load: bad-timing.md has 2 error(s) (`verify-lesson lint` lists them)');
  });

  it('keeps the known ids and the did-you-mean for an id no file is named after', async () => {
    const index = await loadLessons({ dir: join(root, 'lessons') });
    const { finding } = findLesson(index, 'w12-l3');
    expect(finding!.args).not.toHaveProperty('invalidFile');
    expect(formatFindingMessage(finding!)).toMatch(/^unknown lesson "w12-l3": expected one of w12-l03, .* — did you mean "w12-l03"\?$/);
  });

  it("says a caller's mistake as one: an id for the index, or no id (untyped code)", () => {
    const call = (index: unknown, id?: unknown) => () => findLesson(index as never, id as never);
    expect(call('w12-l03')).toThrow(expect.objectContaining({ code: 'ARGUMENT_INVALID', message: expect.stringContaining('findLesson: expected the index loadLessons() resolves to') }));
    expect(call(null)).toThrow(/found null/);
    expect(call({ lessons: new Map() }, 42)).toThrow(/expected a lesson id \(a string\) as the second argument, found number/);
  });
});
