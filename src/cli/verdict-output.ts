import { VerifyLessonError } from '../errors.js';
import type { GraderFormatOptions } from '../formats/format-gradescope.js';
import { findVerdictFormat, VERDICT_FORMATS, type VerdictFormat } from '../formats/verdict-formats.js';
import { formatVerdictText } from '../proof/format-verdict.js';
import type { Lesson } from '../lesson/types.js';
import type { Verdict } from '../proof/verdict.js';
import { wantsColor, type CliIo } from './cli-io.js';
import type { CliValues } from './run-cli.js';

export type { VerdictFormat } from '../formats/verdict-formats.js';

// `--format` (or `--json`, its short form) for the commands that end in a verdict.
export function parseVerdictFormat(values: CliValues): VerdictFormat {
  if (values.format === undefined) {
    if (values['partial-credit']) throw new VerifyLessonError('USAGE', '--partial-credit applies to --format gradescope or prairielearn');
    return values.json ? 'json' : 'text';
  }
  const format = findVerdictFormat(values.format);
  if (!format) throw new VerifyLessonError('USAGE', `--format: expected one of ${VERDICT_FORMATS.join(', ')}, found "${values.format}"`);
  if (values.json && format !== 'json') throw new VerifyLessonError('USAGE', `--json conflicts with --format ${format}`);
  if (values['partial-credit'] && format !== 'gradescope' && format !== 'prairielearn') {
    throw new VerifyLessonError('USAGE', `--partial-credit applies to --format gradescope or prairielearn, not ${format}`);
  }
  return format;
}

// Writes a verdict to stdout in the chosen format (colour for text at a terminal). The other formats load only
// when asked for: the student's text report is the cold-start path.
export async function writeVerdict(format: VerdictFormat, verdict: Verdict, lesson: Lesson, io: CliIo, options: GraderFormatOptions = {}): Promise<void> {
  if (format === 'text') {
    io.stdout.write(formatVerdictText(verdict, { color: wantsColor(io), lesson }));
    return;
  }
  const { renderVerdict } = await import('../formats/render-verdict.js');
  io.stdout.write(renderVerdict(format, verdict, lesson, { ...options, color: wantsColor(io) }).body);
}
