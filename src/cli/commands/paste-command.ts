import { checkPaste } from '../../proof/check-paste.js';
import { DEFAULT_MAX_BYTES } from '../../proof/normalize-paste.js';
import type { CliIo } from '../cli-io.js';
import { readPasteInput } from '../read-input.js';
import { resolveLesson } from '../resolve-lesson.js';
import type { CliValues } from '../run-cli.js';
import { parseVerdictFormat, writeVerdict } from '../verdict-output.js';

// `verify-lesson <id> --paste <file|->`: the student's self-check — the same verdict the platform computes.
export async function runPasteCommand(id: string, values: CliValues, io: CliIo): Promise<number> {
  const format = parseVerdictFormat(values);
  const lesson = await resolveLesson(id, values.lessons, io);
  const input = await readPasteInput(values.paste!, io, DEFAULT_MAX_BYTES);
  const startedMs = performance.now();
  const verdict = checkPaste(lesson, input.bytes, { rejectReference: values['reject-reference'] === true, sizeBytes: input.totalBytes });
  const executionTimeMs = performance.now() - startedMs;
  await writeVerdict(format, verdict, lesson, io, { partialCredit: values['partial-credit'] === true, executionTimeMs });
  return verdict.passed ? 0 : 1;
}
