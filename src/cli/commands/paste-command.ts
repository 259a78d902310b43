import { resolve } from 'node:path';
import type { Lesson } from '../../lesson/types.js';
import { checkPaste } from '../../proof/check-paste.js';
import type { Verdict } from '../../proof/verdict.js';
import { DEFAULT_MAX_BYTES } from '../../proof/normalize-paste.js';
import type { CliIo } from '../cli-io.js';
import { readReportKind, writeOutputFile } from '../output-file.js';
import { readPasteInput } from '../read-input.js';
import { resolveLesson } from '../resolve-lesson.js';
import type { CliValues } from '../run-cli.js';
import { parseVerdictFormat, writeVerdict } from '../verdict-output.js';

// `verify-lesson <id> --paste <file|->`: the student's self-check — the same verdict the platform computes.
export async function runPasteCommand(id: string, values: CliValues, io: CliIo): Promise<number> {
  const format = parseVerdictFormat(values);
  const reportFile = pastePictureFile(values.report, io);
  const lesson = await resolveLesson(id, values.lessons, io);
  const input = await readPasteInput(values.paste!, io, DEFAULT_MAX_BYTES);
  const startedMs = performance.now();
  const verdict = checkPaste(lesson, input.bytes, { rejectReference: values['reject-reference'] === true, sizeBytes: input.totalBytes, sizeExact: !input.truncated });
  const executionTimeMs = performance.now() - startedMs;
  // The verdict first: a picture that cannot be written must not cost the student the verdict.
  await writeVerdict(format, verdict, lesson, io, { partialCredit: values['partial-credit'] === true, executionTimeMs });
  if (reportFile !== undefined) await writePastePicture(reportFile, verdict, lesson, io);
  return verdict.passed ? 0 : 1;
}

// `--report x.svg|x.html`: checked before the paste is read (a wrong extension is a usage error).
function pastePictureFile(report: string | undefined, io: CliIo): string | undefined {
  if (report === undefined) return undefined;
  const file = resolve(io.cwd, report);
  readReportKind(file);
  return file;
}

// The timeline of what the engine understood (kill, each follower's detection, window); where it went, on stderr.
async function writePastePicture(file: string, verdict: Verdict, lesson: Lesson, io: CliIo): Promise<void> {
  // Loaded only when asked for: the text report is the cold-start path.
  const { renderPasteHtml, renderPasteSvg } = await import('../../formats/render-paste-picture.js');
  writeOutputFile(file, readReportKind(file) === 'svg' ? renderPasteSvg(verdict, lesson) : renderPasteHtml(verdict, lesson), '--report', io.stderr);
}
