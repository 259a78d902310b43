import type { Finding } from '../findings/finding.js';
import type { Lesson } from '../lesson/types.js';
import type { LessonIndex } from '../catalog/load-lessons.js';

/** A lesson that kept serving its last good version because its file no longer yields a valid lesson. */
export interface KeptLesson {
  readonly id: string;
  readonly file: string;
  /** Why the file's new content was not taken (its findings in the new load, e.g. LESSON_YAML_INVALID). */
  readonly findings: readonly Finding[];
}

/** The lessons to serve after a reload and how they differ from before. */
export interface MergedLessons {
  readonly lessons: ReadonlyMap<string, Lesson>;
  readonly added: readonly string[];
  readonly updated: readonly string[];
  readonly removed: readonly string[];
  readonly kept: readonly KeptLesson[];
}

function sameLesson(a: Lesson, b: Lesson): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What to serve after a reload: every valid lesson of the new load, plus — for a file that served a lesson and
 * still exists but no longer yields a valid one (broken YAML, a new duplicate id) — its last good version, so a
 * half-saved edit never takes a lesson offline. A deleted file, or a file now validly declaring another id, drops
 * its old lesson. Pure: both inputs are data.
 */
export function mergeLessonIndex(previous: ReadonlyMap<string, Lesson>, next: LessonIndex): MergedLessons {
  const lessons = new Map(next.lessons);
  const filesNow = new Set(next.files);
  const filesWithValidLesson = new Set([...next.lessons.values()].map((lesson) => lesson.file));
  const kept: KeptLesson[] = [];
  const removed: string[] = [];
  const updated: string[] = [];

  for (const [id, old] of previous) {
    const current = next.lessons.get(id);
    if (current) {
      if (!sameLesson(old, current)) updated.push(id);
      continue;
    }
    if (old.file !== undefined && filesNow.has(old.file) && !filesWithValidLesson.has(old.file)) {
      lessons.set(id, old);
      kept.push({ id, file: old.file, findings: next.findings.filter((finding) => finding.file === old.file) });
      continue;
    }
    removed.push(id);
  }
  const added = [...next.lessons.keys()].filter((id) => !previous.has(id));
  return { lessons, added: added.sort(), updated: updated.sort(), removed: removed.sort(), kept };
}
