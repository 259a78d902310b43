// Entry point of a verdict worker thread (bundled to dist/server/verdict-worker.js): judges the pastes the HTTP
// server hands it (src/server/verdict-pool.ts), and parses and validates large JSON bodies before judging them, so a
// multi-megabyte paste does not stall the server's event loop.
import { parentPort } from 'node:worker_threads';
import { checkPaste } from '../proof/check-paste.js';
import type { Lesson } from '../lesson/types.js';
import type { VerdictTask, VerdictTaskResult } from './verdict-pool.js';
import { parseJsonBody } from './json-body.js';
import { parseVerifyRequest } from './verify-request.js';

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

// A large JSON body: parsed and validated as the server does a small one (parseJsonBody, parseVerifyRequest), then judged.
function judgeJsonBody(lesson: Lesson, body: Uint8Array, query: unknown, judge: boolean): VerdictTaskResult {
  const json = parseJsonBody(body);
  if (!json.ok) return { jsonError: { code: json.code, ...(json.syntaxError === undefined ? {} : { syntaxError: json.syntaxError }), ...(json.forbiddenKey ? { forbiddenKey: true } : {}) } };
  const parsed = parseVerifyRequest(json.value, query);
  if (!parsed.ok) return { invalid: parsed.error };
  if (!judge) return { valid: true };
  const { paste, rejectReference } = parsed.request;
  return { verdict: checkPaste(lesson, paste, rejectReference === undefined ? {} : { rejectReference }) };
}

parentPort!.on('message', (task: VerdictTask) => {
  let result: VerdictTaskResult;
  try {
    const lesson = cachedLesson(task.lessonKey, task.lesson);
    result = 'jsonBody' in task ? judgeJsonBody(lesson, task.jsonBody, task.query, task.judge) : { verdict: checkPaste(lesson, task.paste, task.options) };
  } catch (error) {
    const { name, message, code } = error as { name?: unknown; message?: unknown; code?: unknown };
    result = { error: { name: String(name), message: String(message), ...(typeof code === 'string' ? { code } : {}) } };
  }
  parentPort!.postMessage(result);
});
