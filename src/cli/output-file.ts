import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { VerifyLessonError } from '../errors.js';
import { describeWriteObstacle, findWriteObstacle } from '../process/writable-path.js';

type ErrnoError = NodeJS.ErrnoException;

// `cannot write --out /x/demo.log: /x is not a directory (ENOTDIR)`: the file, the option it came from, why.
function unwritable(error: ErrnoError, file: string, option: string, hint = ''): VerifyLessonError {
  return new VerifyLessonError('OUTPUT_UNWRITABLE', `cannot write ${option} ${file}: ${describeWriteObstacle(error, file)}${hint}`, {
    cause: error,
    details: { file, option },
  });
}

/**
 * Checks that `file` can be written (its missing folders made) without writing it: before a long run, so a typo in
 * --out or --report is said at once, not after the cluster ran.
 */
export function checkOutputWritable(file: string, option: string, hint?: string): void {
  const obstacle = findWriteObstacle(file);
  if (obstacle) throw unwritable(obstacle, file, option, hint);
}

// Writes a file the user named (its missing folders made), or says in one line which file and why the OS refused.
export function writeOutputFile(file: string, content: string, option: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  } catch (error) {
    throw unwritable(findWriteObstacle(file) ?? (error as ErrnoError), file, option);
  }
}
