import { closeSync, mkdirSync, openSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { VerifyLessonError } from '../errors.js';

type ErrnoError = NodeJS.ErrnoException;

function errnoError(code: string, message: string, path: string): ErrnoError {
  return Object.assign(new Error(`${code}: ${message}`), { code, path });
}

// The OS's own words for an error (libuv's strerror, as Node's message starts: "EACCES: permission denied, open
// '/x'" → "permission denied").
function osReason(error: ErrnoError): string {
  return String(error.message).replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/s, '');
}

// What stands between the user and writing `file`: a folder where the file should be, a file where a folder should
// be, or a folder the OS will not create files in (found by making and removing a probe file there: access(2) lets
// root pass where a write still fails, e.g. under /proc or on a read-only mount). Undefined: nothing found.
function findObstacle(file: string): ErrnoError | undefined {
  const stat = (path: string): Stats | undefined => {
    try {
      return statSync(path);
    } catch {
      return undefined;
    }
  };
  let dir = dirname(file);
  while (stat(dir) === undefined && dirname(dir) !== dir) dir = dirname(dir);
  if (stat(dir)?.isDirectory() !== true) return errnoError('ENOTDIR', 'not a directory', dir);
  const existing = dir === dirname(file) ? stat(file) : undefined;
  if (existing?.isDirectory()) return errnoError('EISDIR', 'it is a directory', file);
  const probe = join(dir, `.verify-lesson-write-check-${process.pid}`);
  try {
    writeFileSync(probe, '', { flag: 'wx' });
    unlinkSync(probe);
  } catch (error) {
    return Object.assign(error as ErrnoError, { path: dir });
  }
  if (!existing) return undefined;
  try {
    closeSync(openSync(file, 'a'));
  } catch (error) {
    return Object.assign(error as ErrnoError, { path: file });
  }
  return undefined;
}

// `cannot write --out /x/demo.log: /x is not a directory (ENOTDIR)`: the file, the option it came from, why.
function unwritable(error: ErrnoError, file: string, option: string, hint = ''): VerifyLessonError {
  const { code, path } = error;
  const reason =
    code === 'ENOTDIR' && path !== undefined && path !== file
      ? `${path} is not a directory`
      : code === 'EISDIR'
        ? 'it is a directory'
        : path !== undefined && path !== file
          ? `creating a file in ${path} fails: ${osReason(error)}`
          : osReason(error);
  return new VerifyLessonError('OUTPUT_UNWRITABLE', `cannot write ${option} ${file}: ${reason}${code ? ` (${code})` : ''}${hint}`, {
    cause: error,
    details: { file, option },
  });
}

/**
 * Checks that `file` can be written (its missing folders made) without writing it: before a long run, so a typo in
 * --out or --report is said at once, not after the cluster ran.
 */
export function checkOutputWritable(file: string, option: string, hint?: string): void {
  const obstacle = findObstacle(file);
  if (obstacle) throw unwritable(obstacle, file, option, hint);
}

// Writes a file the user named (its missing folders made), or says in one line which file and why the OS refused.
export function writeOutputFile(file: string, content: string, option: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  } catch (error) {
    throw unwritable(findObstacle(file) ?? (error as ErrnoError), file, option);
  }
}
