import { resolve } from 'node:path';
import { VerifyLessonError } from '../../errors.js';
import { formatLessonFinding } from '../../catalog/format-lesson-finding.js';
import { lintLessons } from '../../catalog/lint-lessons.js';
import type { CliIo } from '../cli-io.js';
import type { CliValues } from '../run-cli.js';

// `verify-lesson lint [dir]`: for course authors and the platform's CI; exit 1 on any error finding.
export async function runLintCommand(rest: readonly string[], values: CliValues, io: CliIo): Promise<number> {
  if (rest.length > 1) throw new VerifyLessonError('USAGE', `lint takes at most one directory, found "${rest[1]}"`);
  if (rest[0] !== undefined && values.lessons !== undefined) {
    throw new VerifyLessonError('USAGE', `lint got two directories, "${rest[0]}" and --lessons "${values.lessons}": give one`);
  }
  const dirArg = rest[0] ?? values.lessons;
  const result = await lintLessons({
    ...(dirArg === undefined ? {} : { dir: resolve(io.cwd, dirArg) }),
    redos: !values['no-redos'],
  });
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.filter((f) => f.severity === 'warning').length;
  // Valid: a file with no error finding of its own, from parsing or from lint (a lesson that loads can still fail lint).
  const valid = result.files.filter((file) => !result.findings.some((f) => f.severity === 'error' && f.file === file)).length;
  const skipped = result.findings.filter((f) => f.code === 'LESSON_FILE_SKIPPED').length;
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({ dir: result.dir, files: result.files.length, lessons: result.lessons.length, valid, errors, warnings, skipped, findings: result.findings }, null, 2)}\n`,
    );
  } else {
    for (const finding of result.findings) io.stdout.write(`${formatLessonFinding(finding, io.cwd)}\n`);
    // A lesson that loads but fails lint (an exponential pattern) is still served: `lessons` in --json, said here too.
    const servedAnyway = result.lessons.length - valid;
    io.stdout.write(
      `${result.files.length} lesson file(s), ${valid} valid: ${errors} error(s), ${warnings} warning(s)` +
        `${servedAnyway > 0 ? `; ${servedAnyway} lesson(s) with errors load all the same (serve and verify use them)` : ''}` +
        `${skipped > 0 ? `; ${skipped} .md file(s) skipped, not lessons` : ''}\n`,
    );
  }
  return errors > 0 ? 1 : 0;
}
