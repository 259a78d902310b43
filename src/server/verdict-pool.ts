import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../catalog/bundled-lessons-dir.js';
import { VerifyLessonError, type VerifyErrorCode } from '../errors.js';
import type { Lesson } from '../lesson/types.js';
import type { CheckPasteOptions } from '../proof/check-paste.js';
import type { Verdict } from '../proof/verdict.js';
import type { JsonBodyRefusal } from './json-body.js';
import type { ValidationErrorBody } from './verify-request.js';

/**
 * One paste for a worker, or a large application/json request body to parse, validate and (with `judge`) judge
 * there; the lesson travels with a key so the worker keeps one copy per lesson version.
 */
export type VerdictTask = { readonly lessonKey: number; readonly lesson: Lesson } & (
  | { readonly paste: string | Uint8Array; readonly options: CheckPasteOptions }
  | { readonly jsonBody: Uint8Array; readonly query: unknown; readonly judge: boolean }
);

/** What became of a JSON body: judged, refused (the parser's code, or a field's 400), or valid but not to be judged. */
export type JsonBodyOutcome =
  | { readonly verdict: Verdict }
  | { readonly jsonError: JsonBodyRefusal }
  | { readonly invalid: ValidationErrorBody }
  | { readonly valid: true };

/** A worker's answer, or what checkPaste threw (name, message and a VerifyLessonError's code). */
export type VerdictTaskResult = JsonBodyOutcome | { readonly error: { readonly name: string; readonly message: string; readonly code?: string } };

/** A bounded set of worker threads judging pastes off the caller's event loop. */
export interface VerdictPool {
  /** Judges on a free worker, or after the pastes already waiting; rejects if the pool closes first. */
  judge(lesson: Lesson, paste: string | Uint8Array, options: CheckPasteOptions): Promise<Verdict>;
  /**
   * A POST /v1/lessons/:id/verify application/json body, with the request's query: JSON.parse and validation run on
   * the worker too (a multi-megabyte body would stall the event loop); `judge: false` stops after validation.
   */
  judgeJsonBody(lesson: Lesson, body: Uint8Array, query: unknown, options: { readonly judge: boolean }): Promise<JsonBodyOutcome>;
  /** True when every worker is busy and `maxQueued` pastes already wait: the caller should answer "busy". */
  readonly saturated: boolean;
  /** Workers running now (they start on demand, up to `size`). */
  readonly workerCount: number;
  /** Stops every worker; pastes still waiting or being judged are rejected. */
  close(): Promise<void>;
}

/** How many workers, how many pastes may wait, and (for tests) another worker script. */
export interface VerdictPoolOptions {
  readonly size: number;
  readonly maxQueued: number;
  readonly workerFile?: string;
}

interface Pending {
  readonly task: VerdictTask;
  readonly resolve: (outcome: JsonBodyOutcome) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  pending?: Pending;
}

// The bundled worker: dist/server/verdict-worker.js, whether this module runs from src/ (tests) or a dist/ chunk.
export function verdictWorkerFile(): string {
  const file = join(packageRoot(), 'dist', 'server', 'verdict-worker.js');
  if (!existsSync(file)) throw new VerifyLessonError('FILE_UNREADABLE', `cannot find ${file}: run \`npm run build\` first`);
  return file;
}

function toError(error: { readonly name: string; readonly message: string; readonly code?: string }): Error {
  if (error.name === 'VerifyLessonError' && error.code !== undefined) return new VerifyLessonError(error.code as VerifyErrorCode, error.message);
  return Object.assign(new Error(error.message), { name: error.name });
}

// Pastes are judged by workers started on first use and kept for the next; an idle worker does not keep the
// process alive. Memory stays bounded: at most `size` pastes being judged and `maxQueued` waiting.
export function createVerdictPool(options: VerdictPoolOptions): VerdictPool {
  let workerFile = options.workerFile;
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  const lessonKeys = new WeakMap<Lesson, number>();
  let nextLessonKey = 1;
  let closed = false;

  const settle = (slot: Slot): Pending | undefined => {
    const pending = slot.pending;
    slot.pending = undefined;
    slot.worker.unref();
    return pending;
  };

  const retire = (slot: Slot, error: Error): void => {
    const index = slots.indexOf(slot);
    if (index < 0) return;
    slots.splice(index, 1);
    settle(slot)?.reject(error);
    dispatch();
  };

  const start = (): Slot => {
    workerFile ??= verdictWorkerFile();
    const slot: Slot = { worker: new Worker(workerFile) };
    slot.worker.unref();
    slot.worker.on('message', (result: VerdictTaskResult) => {
      const pending = settle(slot);
      if ('error' in result) pending?.reject(toError(result.error));
      else pending?.resolve(result);
      dispatch();
    });
    slot.worker.on('error', (error) => retire(slot, error));
    slot.worker.on('exit', (code) => retire(slot, new Error(closed ? 'the server closed before the paste was judged' : `a verdict worker exited (code ${code})`)));
    slots.push(slot);
    return slot;
  };

  function dispatch(): void {
    while (!closed && queue.length > 0) {
      let slot = slots.find((s) => s.pending === undefined);
      if (!slot && slots.length >= options.size) return;
      const pending = queue.shift()!;
      try {
        slot ??= start();
        slot.pending = pending;
        slot.worker.ref();
        slot.worker.postMessage(pending.task);
      } catch (error) {
        if (slot) settle(slot);
        pending.reject(error as Error);
      }
    }
  }

  const enqueue = (lesson: Lesson, input: { paste: string | Uint8Array; options: CheckPasteOptions } | { jsonBody: Uint8Array; query: unknown; judge: boolean }): Promise<JsonBodyOutcome> => {
    if (closed) return Promise.reject(new Error('the verdict pool is closed'));
    let lessonKey = lessonKeys.get(lesson);
    if (lessonKey === undefined) lessonKeys.set(lesson, (lessonKey = nextLessonKey++));
    const task: VerdictTask = { lessonKey, lesson, ...input };
    return new Promise<JsonBodyOutcome>((resolve, reject) => {
      queue.push({ task, resolve, reject });
      dispatch();
    });
  };

  return {
    async judge(lesson, paste, checkOptions) {
      const outcome = await enqueue(lesson, { paste, options: checkOptions });
      if (!('verdict' in outcome)) throw new Error('a verdict worker answered a paste without a verdict');
      return outcome.verdict;
    },
    judgeJsonBody(lesson, body, query, jsonOptions) {
      return enqueue(lesson, { jsonBody: body, query, judge: jsonOptions.judge });
    },
    get saturated() {
      return slots.length >= options.size && slots.every((s) => s.pending !== undefined) && queue.length >= options.maxQueued;
    },
    get workerCount() {
      return slots.length;
    },
    async close() {
      closed = true;
      const error = new Error('the server closed before the paste was judged');
      for (const pending of queue.splice(0)) pending.reject(error);
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
