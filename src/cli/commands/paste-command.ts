import { VerifyLessonError } from '../../errors.js';
import { checkPaste } from '../../proof/check-paste.js';
import { formatVerdictText } from '../../proof/format-verdict.js';
import { wantsColor, type CliIo } from '../cli-io.js';
import { readPasteInput } from '../read-input.js';
import { resolveLesson } from '../resolve-lesson.js';
import type { CliValues } from '../run-cli.js';

const FORMATS = ['text', 'json', 'gradescope', 'junit'] as const;
type Format = (typeof FORMATS)[number];

function parseFormat(values: CliValues): Format {
  if (values.format === undefined) return values.json ? 'json' : 'text';
  const format = FORMATS.find((f) => f === values.format);
  if (!format) throw new VerifyLessonError('USAGE', `--format: expected one of ${FORMATS.join(', ')}, found "${values.format}"`);
  if (values.json && format !== 'json') throw new VerifyLessonError('USAGE', `--json conflicts with --format ${format}`);
  return format;
}

// `verify-lesson <id> --paste <file|->`: the student's self-check — the same verdict the platform computes.
export async function runPasteCommand(id: string, values: CliValues, io: CliIo): Promise<number> {
  const format = parseFormat(values);
  const lesson = await resolveLesson(id, values.lessons, io);
  const input = await readPasteInput(values.paste!, io);
  const verdict = checkPaste(lesson, input, { rejectReference: values['reject-reference'] === true });
  switch (format) {
    case 'json':
      io.stdout.write(`${JSON.stringify(verdict, null, 2)}\n`);
      break;
    case 'gradescope': {
      const { formatGradescope } = await import('../../formats/format-gradescope.js');
      io.stdout.write(`${JSON.stringify(formatGradescope(verdict, lesson), null, 2)}\n`);
      break;
    }
    case 'junit': {
      const { formatJunit } = await import('../../formats/format-junit.js');
      io.stdout.write(formatJunit(verdict, lesson));
      break;
    }
    default:
      io.stdout.write(formatVerdictText(verdict, { color: wantsColor(io), lesson }));
  }
  return verdict.passed ? 0 : 1;
}
