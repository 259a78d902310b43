// Whether the OS will let us write where the user pointed (a file: --out, --report; a folder: --workdir), found
// before a run starts, and said in the OS's own words naming the path that is in the way.
import { closeSync, mkdirSync, mkdtempSync, openSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** A path's stat, or undefined when there is nothing there (or it cannot be read). */
export function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * What stands between the user and writing `file`: a folder where the file should be, a file where a folder should
 * be, or a folder the OS will not create files in (found by making and removing a probe file there: access(2) lets
 * root pass where a write still fails, e.g. under /proc or on a read-only mount). Undefined: nothing found. Nothing
 * is left behind, and no folder is made.
 */
export function findWriteObstacle(file: string): ErrnoError | undefined {
  let dir = dirname(file);
  while (statOrUndefined(dir) === undefined && dirname(dir) !== dir) dir = dirname(dir);
  if (statOrUndefined(dir)?.isDirectory() !== true) return errnoError('ENOTDIR', 'not a directory', dir);
  const existing = dir === dirname(file) ? statOrUndefined(file) : undefined;
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

/**
 * Why `target` cannot be written, in one phrase ending in the error code: "/x is not a directory (ENOTDIR)",
 * "creating a file in /x fails: read-only file system (EROFS)".
 */
export function describeWriteObstacle(error: ErrnoError, target: string): string {
  const { code, path } = error;
  const reason =
    code === 'ENOTDIR' && path !== undefined && path !== target
      ? `${path} is not a directory`
      : code === 'EISDIR'
        ? 'it is a directory'
        : path !== undefined && path !== target
          ? `creating a file in ${path} fails: ${osReason(error)}`
          : osReason(error);
  return `${reason}${code ? ` (${code})` : ''}`;
}

/**
 * A run's work folder: `dir` (the user's --workdir, made if missing) or a new temporary one named `tempPrefix`….
 * Checked before any mkdir — Node's recursive mkdir never returns under /proc (ENOENT for a child of a folder that
 * exists) — so a folder that cannot hold data/nodeN/node.log is one line naming it and the OS's reason
 * (OUTPUT_UNWRITABLE), not an internal error halfway through starting the cluster.
 */
export function makeWorkDir(dir: string | undefined, tempPrefix: string): string {
  checkWorkDir(dir, tempPrefix);
  if (dir === undefined) return mkdtempSync(join(tmpdir(), tempPrefix));
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** makeWorkDir's check alone (OUTPUT_UNWRITABLE), for a caller that has the temp folder made elsewhere (a watchdog). */
export function checkWorkDir(dir: string | undefined, tempPrefix: string): void {
  const target = dir ?? tmpdir();
  // The first file the run writes there: the obstacle is said relative to it ("creating a file in /x fails").
  const firstFile = dir === undefined ? join(target, `${tempPrefix}XXXXXX`) : join(target, 'data', 'node1', 'node.log');
  const obstacle = findWriteObstacle(firstFile);
  if (obstacle) {
    const what = dir === undefined ? `make a temporary work folder in ${target} (set TMPDIR, or pass --workdir DIR)` : `use --workdir ${target}`;
    throw new VerifyLessonError('OUTPUT_UNWRITABLE', `cannot ${what}: ${describeWriteObstacle(obstacle, firstFile)}`, { cause: obstacle, details: { dir: target } });
  }
}
