// `tail -F` for node logs: polls a file for appended bytes and calls back once per complete line.
// Tolerates the file not existing yet and being truncated or replaced (starts over from its beginning).
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

export interface FollowLogOptions {
  /** Poll period (default 50 ms). */
  readonly intervalMs?: number;
  /** Start at the end of the current content instead of its beginning (default false). */
  readonly fromEnd?: boolean;
}

export interface LogFollower {
  /** Reads whatever has been appended since the last poll, now. */
  poll(): void;
  /** Final poll, then stops; a last line without its newline is delivered too. */
  stop(): void;
}

// Lines are delivered without their newline; a partial last line waits until its newline arrives. `lookedBeforeMs`:
// when the poll before this one started (Date.now()), which read the file to its end without this line's newline:
// the line was completed after it (undefined on the first poll).
export function followLog(path: string, onLine: (line: string, lookedBeforeMs: number | undefined) => void, options: FollowLogOptions = {}): LogFollower {
  let position = 0;
  let inode: number | undefined;
  let decoder = new StringDecoder('utf8');
  let partial = '';
  let stopped = false;
  let previousPollMs: number | undefined;
  let lookedBeforeMs: number | undefined;
  const chunk = Buffer.allocUnsafe(64 * 1024);

  if (options.fromEnd) {
    try {
      const stat = statSync(path);
      position = stat.size;
      inode = stat.ino;
    } catch {
      // Not there yet: everything it will contain is new.
    }
  }

  const emit = (text: string): void => {
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) onLine(line.endsWith('\r') ? line.slice(0, -1) : line, lookedBeforeMs);
  };

  const poll = (): void => {
    lookedBeforeMs = previousPollMs;
    previousPollMs = Date.now();
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return;
    }
    try {
      const stat = fstatSync(fd);
      if ((inode !== undefined && stat.ino !== inode) || stat.size < position) {
        position = 0;
        partial = '';
        decoder = new StringDecoder('utf8');
      }
      inode = stat.ino;
      for (;;) {
        const read = readSync(fd, chunk, 0, chunk.length, position);
        if (read === 0) break;
        position += read;
        emit(decoder.write(chunk.subarray(0, read)));
      }
    } finally {
      closeSync(fd);
    }
  };

  const timer = setInterval(poll, options.intervalMs ?? 50);
  timer.unref();
  return {
    poll,
    stop: () => {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      poll();
      const rest = partial + decoder.end();
      partial = '';
      if (rest !== '') onLine(rest, lookedBeforeMs);
    },
  };
}
