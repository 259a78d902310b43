import { resolve } from 'node:path';
import { isVerifyLessonError, VerifyLessonError } from '../errors.js';
import type { Finding } from '../findings/finding.js';
import { formatFindingMessage } from '../findings/format-finding.js';
import type { Lesson } from '../lesson/types.js';
import { bundledLessonsDir } from '../catalog/bundled-lessons-dir.js';
import { findLesson, loadLessons } from '../catalog/load-lessons.js';
import { checkPaste, type CheckPasteOptions } from '../proof/check-paste.js';
import type { Verdict } from '../proof/verdict.js';
import { mergeLessonIndex, type KeptLesson } from './merge-lesson-index.js';
import { watchLessonsDir, type LessonsDirWatcher } from './watch-lessons-dir.js';

// Part of LessonReload.
export type { KeptLesson } from './merge-lesson-index.js';

/** Per-call options of `verify`: checkPaste's (rejectReference, maxBytes, lineCapChars, file). */
export type VerifyOptions = CheckPasteOptions;

/** What one load of the lessons folder did to the set of served lessons. */
export interface LessonReload {
  readonly trigger: 'initial' | 'watch' | 'manual';
  /** Wall-clock time the load finished (epoch ms). */
  readonly atMs: number;
  /** True when the load had no error findings, kept no stale lesson and did not fail. */
  readonly ok: boolean;
  /** Lesson ids served now (sorted). */
  readonly lessons: readonly string[];
  readonly added: readonly string[];
  readonly updated: readonly string[];
  readonly removed: readonly string[];
  /** Lessons still served in their last good version, with the findings that stopped the new one. */
  readonly kept: readonly KeptLesson[];
  /** Every finding of this load (all files, warnings included). */
  readonly findings: readonly Finding[];
  /** The load failed as a whole (e.g. the folder is gone): every lesson kept its previous version. */
  readonly error?: { readonly code: string; readonly message: string };
}

/** Where the lessons are and whether to follow edits. */
export interface CreateVerifierOptions {
  /** Defaults to the lessons bundled with the package. */
  readonly lessonsDir?: string;
  /** Reload when lesson files change (fs.watch on the folder, debounced). Default false. */
  readonly watch?: boolean;
  /** Quiet period after the last file event before reloading. Default 100 ms. */
  readonly debounceMs?: number;
  /** Called after every reload that follows creation (watch or `reload()`). */
  readonly onReload?: (reload: LessonReload) => void;
}

/** A loaded set of lessons that judges pastes; safe to share across concurrent requests. */
export interface Verifier {
  /** Absolute lessons folder. */
  readonly dir: string;
  /** Findings of the last load (all files; a reload that failed as a whole leaves the previous ones). */
  readonly findings: readonly Finding[];
  /** Every lesson file of the last load, valid or not: an id naming a file that did not load is that file's fault. */
  readonly files: readonly string[];
  readonly lastReload: LessonReload;
  /** Judges a paste against lesson `id`; throws VerifyLessonError LESSON_NOT_FOUND for an id not served. */
  verify(id: string, paste: string | Uint8Array, options?: VerifyOptions): Verdict;
  /** The served (frozen) lesson, or undefined. Only ids of loaded lessons resolve — never a path. */
  getLesson(id: string): Lesson | undefined;
  /** Served lessons sorted by id (a fresh frozen array; the lessons are frozen and shared). */
  listLessons(): readonly Lesson[];
  /** Loads the folder again now (also what the watcher does). */
  reload(): Promise<LessonReload>;
  /** Listener for reloads after creation; returns the unsubscribe function. */
  subscribe(listener: (reload: LessonReload) => void): () => void;
  /** Stops watching and waits for a running reload. Verifying keeps working on the last lessons. */
  close(): Promise<void>;
}

function sortedIds(lessons: ReadonlyMap<string, Lesson>): string[] {
  return [...lessons.keys()].sort();
}

// One long-lived object for a server or a course platform: load lessons once, judge many pastes, follow edits.
export async function createVerifier(options: CreateVerifierOptions = {}): Promise<Verifier> {
  const dir = resolve(options.lessonsDir ?? bundledLessonsDir());
  const initial = await loadLessons({ dir });
  // Swapped as a whole: a verify call always sees one consistent set of (frozen) lessons.
  let served: ReadonlyMap<string, Lesson> = initial.lessons;
  let findings: readonly Finding[] = initial.findings;
  let files: readonly string[] = initial.files;
  let sorted: readonly Lesson[] = Object.freeze(sortedIds(served).map((id) => served.get(id)!));
  let lastReload: LessonReload = {
    trigger: 'initial',
    atMs: Date.now(),
    ok: !initial.findings.some((f) => f.severity === 'error'),
    lessons: sortedIds(served),
    added: sortedIds(served),
    updated: [],
    removed: [],
    kept: [],
    findings: initial.findings,
  };
  const listeners = new Set<(reload: LessonReload) => void>();
  if (options.onReload) listeners.add(options.onReload);

  const publish = (reload: LessonReload): void => {
    lastReload = reload;
    for (const listener of listeners) {
      try {
        listener(reload);
      } catch {
        // A listener's bug must not stop reloads or the other listeners.
      }
    }
  };

  const loadOnce = async (trigger: LessonReload['trigger']): Promise<LessonReload> => {
    let reload: LessonReload;
    try {
      const next = await loadLessons({ dir });
      const merged = mergeLessonIndex(served, next);
      served = merged.lessons;
      findings = next.findings;
      files = next.files;
      sorted = Object.freeze(sortedIds(served).map((id) => served.get(id)!));
      reload = {
        trigger,
        atMs: Date.now(),
        ok: merged.kept.length === 0 && !next.findings.some((f) => f.severity === 'error'),
        lessons: sortedIds(served),
        added: merged.added,
        updated: merged.updated,
        removed: merged.removed,
        kept: merged.kept,
        findings: next.findings,
      };
    } catch (error) {
      const code = isVerifyLessonError(error) ? error.code : 'FILE_UNREADABLE';
      reload = {
        trigger,
        atMs: Date.now(),
        ok: false,
        lessons: sortedIds(served),
        added: [],
        updated: [],
        removed: [],
        kept: [],
        findings,
        error: { code, message: (error as Error).message },
      };
    }
    publish(reload);
    return reload;
  };

  // Reloads run one at a time; requests arriving while one waits share it.
  let chain: Promise<unknown> = Promise.resolve();
  let queued: Promise<LessonReload> | undefined;
  const reload = (trigger: LessonReload['trigger']): Promise<LessonReload> => {
    if (queued) return queued;
    const run = chain.then(() => {
      queued = undefined;
      return loadOnce(trigger);
    });
    queued = run;
    chain = run.catch(() => undefined);
    return run;
  };

  let watcher: LessonsDirWatcher | undefined;
  if (options.watch) {
    watcher = watchLessonsDir(dir, {
      debounceMs: options.debounceMs ?? 100,
      onChange: () => void reload('watch'),
      onError: (error) =>
        publish({ ...lastReload, trigger: 'watch', atMs: Date.now(), ok: false, added: [], updated: [], removed: [], kept: [], error: { code: 'WATCH_FAILED', message: error.message } }),
    });
  }

  return {
    dir,
    get findings() {
      return findings;
    },
    get files() {
      return files;
    },
    get lastReload() {
      return lastReload;
    },
    verify(id, paste, verifyOptions = {}) {
      const lesson = served.get(id);
      if (!lesson) {
        const { finding } = findLesson({ dir, lessons: served, files, findings }, id);
        throw new VerifyLessonError('LESSON_NOT_FOUND', formatFindingMessage(finding!), { details: { id, finding } });
      }
      return checkPaste(lesson, paste, verifyOptions);
    },
    getLesson: (id) => served.get(id),
    listLessons: () => sorted,
    reload: () => reload('manual'),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      watcher?.close();
      watcher = undefined;
      await chain;
    },
  };
}
