import { watch, type FSWatcher } from 'node:fs';

/** Handle to stop watching. */
export interface LessonsDirWatcher {
  close(): void;
}

/** How to report changes. */
export interface WatchLessonsDirOptions {
  /** Quiet time after the last change before `onChange` runs: editors write a file in several steps. */
  readonly debounceMs: number;
  readonly onChange: () => void;
  /** The watch itself broke (the folder was deleted or became unreadable); no further changes are reported. */
  readonly onError: (error: Error) => void;
}

// Only markdown files are lessons; an unknown filename (some platforms omit it) or a folder may hold some.
function mayBeLesson(filename: string | null): boolean {
  if (filename === null || /\.md$/i.test(filename)) return true;
  const name = filename.split(/[\\/]/).pop() ?? '';
  return !name.includes('.');
}

function openWatcher(dir: string, listener: (event: string, filename: string | null) => void): FSWatcher {
  try {
    return watch(dir, { recursive: true, persistent: false }, listener);
  } catch (error) {
    // Platforms without recursive watching: lessons in the top folder still reload.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM') throw error;
    return watch(dir, { persistent: false }, listener);
  }
}

// Calls `onChange` once per burst of changes to lesson files under `dir`. The watcher never keeps the process alive.
export function watchLessonsDir(dir: string, options: WatchLessonsDirOptions): LessonsDirWatcher {
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const watcher = openWatcher(dir, (_event, filename) => {
    if (closed || !mayBeLesson(filename)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!closed) options.onChange();
    }, options.debounceMs);
    timer.unref();
  });
  watcher.on('error', (error) => {
    if (closed) return;
    closed = true;
    clearTimeout(timer);
    watcher.close();
    options.onError(error);
  });
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      watcher.close();
    },
  };
}
