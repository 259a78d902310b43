import { VerifyLessonError } from '../errors.js';
import type { Lesson } from '../lesson/types.js';
import { formatVerdictText } from '../proof/format-verdict.js';
import type { GraderFormatOptions } from '../formats/format-gradescope.js';
import type { Verdict } from '../proof/verdict.js';
import { wantsColor, type CliIo } from './cli-io.js';
import type { CliValues } from './run-cli.js';

export const VERDICT_FORMATS = ['text', 'json', 'gradescope', 'prairielearn', 'junit'] as const;
export type VerdictFormat = (typeof VERDICT_FORMATS)[number];

// `--format` (or `--json`, its short form) for the commands that end in a verdict.
export function parseVerdictFormat(values: CliValues): VerdictFormat {
  if (values.format === undefined) {
    if (values['partial-credit']) throw new VerifyLessonError('USAGE', '--partial-credit applies to --format gradescope or prairielearn');
    return values.json ? 'json' : 'text';
  }
  const format = VERDICT_FORMATS.find((f) => f === values.format);
  if (!format) throw new VerifyLessonError('USAGE', `--format: expected one of ${VERDICT_FORMATS.join(', ')}, found "${values.format}"`);
  if (values.json && format !== 'json') throw new VerifyLessonError('USAGE', `--json conflicts with --format ${format}`);
  if (values['partial-credit'] && format !== 'gradescope' && format !== 'prairielearn') {
    throw new VerifyLessonError('USAGE', `--partial-credit applies to --format gradescope or prairielearn, not ${format}`);
  }
  return format;
}

// Writes a verdict to stdout in the chosen format; the formatters for CI systems load only when asked for.
export async function writeVerdict(format: VerdictFormat, verdict: Verdict, lesson: Lesson, io: CliIo, options: GraderFormatOptions = {}): Promise<void> {
  switch (format) {
    case 'json':
      io.stdout.write(`${JSON.stringify(verdict, null, 2)}\n`);
      return;
    case 'gradescope': {
      const { formatGradescope } = await import('../formats/format-gradescope.js');
      io.stdout.write(`${JSON.stringify(formatGradescope(verdict, lesson, options), null, 2)}\n`);
      return;
    }
    case 'prairielearn': {
      const { formatPrairieLearn } = await import('../formats/format-prairielearn.js');
      io.stdout.write(`${JSON.stringify(formatPrairieLearn(verdict, lesson, options), null, 2)}\n`);
      return;
    }
    case 'junit': {
      const { formatJunit } = await import('../formats/format-junit.js');
      io.stdout.write(formatJunit(verdict, lesson, options));
      return;
    }
    default:
      io.stdout.write(formatVerdictText(verdict, { color: wantsColor(io), lesson }));
  }
}
