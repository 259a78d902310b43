import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname } from 'node:path';
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

// `wrote /home/ana/demo_step2.log`: how the CLI tells where a file it wrote went (the demo log, a --report picture).
export function describeWrittenFile(file: string): string {
  return `wrote ${file}`;
}

/**
 * Writes a file the user named (its missing folders made), or says in one line which file and why the OS refused.
 * With `announce` (the CLI's stderr, so --json stdout stays clean), then says where it went (describeWrittenFile).
 */
export function writeOutputFile(file: string, content: string, option: string, announce?: { write(text: string): unknown }): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  } catch (error) {
    throw unwritable(findWriteObstacle(file) ?? (error as ErrnoError), file, option);
  }
  announce?.write(`${describeWrittenFile(file)}\n`);
}

/** What a --report file holds, by its extension. */
export type ReportKind = 'svg' | 'html';

// `--report x.svg|x.html|x.htm`, for every command that draws one: the format from the file name; another name is a
// usage error, said before anything runs (not an HTML page written into x.png).
export function readReportKind(file: string): ReportKind {
  const ext = extname(file).toLowerCase();
  if (ext === '.svg') return 'svg';
  if (ext === '.html' || ext === '.htm') return 'html';
  throw new VerifyLessonError('USAGE', `--report: expected a file ending in .svg or .html, found "${file}"`);
}
