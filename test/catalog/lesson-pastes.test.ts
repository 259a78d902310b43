// Each bundled lesson judged on sample pastes: a passing one (a real run of the bundled cluster, its reference mark
// removed, as a student would paste it) and failing ones that lack what the lesson asks to see.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLesson, loadLessons } from '../../src/catalog/load-lessons.js';
import { checkPaste } from '../../src/proof/check-paste.js';

const root = join(import.meta.dirname, '../..');
const dir = join(root, 'fixtures/lesson-pastes');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, { lesson: string; passed: boolean; failedChecks?: string[]; codes?: string[] }>;
const index = await loadLessons({ dir: join(root, 'lessons') });
const lessons = index.lessons;

describe('bundled lessons on their sample pastes', () => {
  it('has a passing and a failing sample for every bundled lesson but w12-l03 (whose samples are fixtures/pastes)', () => {
    const ids = [...lessons.keys()].filter((id) => id !== 'w12-l03').sort();
    const entries = Object.values(expected);
    for (const id of ids) {
      expect(entries.some((e) => e.lesson === id && e.passed), id).toBe(true);
      expect(entries.some((e) => e.lesson === id && !e.passed), id).toBe(true);
    }
  });

  it.each(Object.entries(expected))('%s', (file, want) => {
    const { lesson } = findLesson(index, want.lesson);
    if (!lesson) throw new Error(`no bundled lesson ${want.lesson}`);
    const verdict = checkPaste(lesson, readFileSync(join(dir, file), 'utf8'));
    expect(verdict.passed).toBe(want.passed);
    expect(verdict.checks.filter((c) => !c.passed).map((c) => c.id)).toEqual(want.failedChecks ?? []);
    const codes = verdict.checks.flatMap((c) => c.findings.filter((f) => f.severity === 'error').map((f) => f.code));
    for (const code of want.codes ?? []) expect(codes).toContain(code);
  });
});
