import { VerifyLessonError } from '../errors.js';
import { formatFinding, formatFindingMessage } from '../findings/format-finding.js';
import type { Lesson } from '../lesson/types.js';
import { readCachedBundledLesson } from '../catalog/lesson-cache.js';
import type { CliIo } from './cli-io.js';

// Finds the lesson a command names: the build-time cache when it is current, otherwise a full load.
export async function resolveLesson(id: string, lessonsDir: string | undefined, io: CliIo): Promise<Lesson> {
  if (lessonsDir === undefined) {
    const cached = readCachedBundledLesson(id);
    if (cached) return cached;
  }
  const { loadLessons, findLesson } = await import('../catalog/load-lessons.js');
  const { resolve } = await import('node:path');
  const index = await loadLessons(lessonsDir === undefined ? {} : { dir: resolve(io.cwd, lessonsDir) });
  const { lesson, finding } = findLesson(index, id);
  if (lesson) return lesson;
  for (const problem of index.findings.filter((f) => f.severity === 'error')) io.stderr.write(`${formatFinding(problem)}\n`);
  throw new VerifyLessonError('LESSON_NOT_FOUND', formatFindingMessage(finding!), { details: { id } });
}
