// Entry point of a verdict worker thread (bundled to dist/server/verdict-worker.js): judges the pastes the HTTP
// server hands it (src/server/verdict-pool.ts), so a multi-megabyte paste does not stall the server's event loop.
import { parentPort } from 'node:worker_threads';
import { checkPaste } from '../proof/check-paste.js';
import type { Lesson } from '../lesson/types.js';
import type { VerdictTask, VerdictTaskResult } from './verdict-pool.js';

// checkPaste caches a lesson's compiled patterns by object identity: a lesson is kept per key, so every paste for
// the same lesson version reuses them. Reloads make new keys; the oldest are dropped past this many.
const MAX_CACHED_LESSONS = 32;
const lessons = new Map<number, Lesson>();

function cachedLesson(key: number, lesson: Lesson): Lesson {
  const known = lessons.get(key);
  if (known) return known;
  lessons.set(key, lesson);
  if (lessons.size > MAX_CACHED_LESSONS) lessons.delete(lessons.keys().next().value!);
  return lesson;
}

parentPort!.on('message', (task: VerdictTask) => {
  let result: VerdictTaskResult;
  try {
    result = { verdict: checkPaste(cachedLesson(task.lessonKey, task.lesson), task.paste, task.options) };
  } catch (error) {
    const { name, message, code } = error as { name?: unknown; message?: unknown; code?: unknown };
    result = { error: { name: String(name), message: String(message), ...(typeof code === 'string' ? { code } : {}) } };
  }
  parentPort!.postMessage(result);
});
