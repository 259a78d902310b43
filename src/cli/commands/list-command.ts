import { relative, resolve } from 'node:path';
import { VerifyLessonError } from '../../errors.js';
import { formatFinding } from '../../findings/format-finding.js';
import { loadLessons } from '../../catalog/load-lessons.js';
import type { CliIo } from '../cli-io.js';
import type { CliValues } from '../run-cli.js';

const SKIPPED_NAMED = 5;

// `verify-lesson list`: what lessons exist, for people and (with --json) for scripts.
export async function runListCommand(rest: readonly string[], values: CliValues, io: CliIo): Promise<number> {
  if (rest.length > 0) throw new VerifyLessonError('USAGE', `list takes no arguments, found "${rest[0]}"`);
  const index = await loadLessons(values.lessons === undefined ? {} : { dir: resolve(io.cwd, values.lessons) });
  const rows = [...index.lessons.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((l) => ({ id: l.id, title: l.title, xp: l.xp, proofType: l.proof.type, timing: l.proof.timing !== undefined, file: l.file }));
  if (values.json) {
    io.stdout.write(`${JSON.stringify({ lessons: rows, findings: index.findings }, null, 2)}\n`);
  } else {
    const width = Math.max(2, ...rows.map((r) => r.id.length));
    io.stdout.write(`${'ID'.padEnd(width)}  ${'XP'.padStart(4)}  PROOF  TITLE\n`);
    for (const r of rows) io.stdout.write(`${r.id.padEnd(width)}  ${String(r.xp).padStart(4)}  ${r.proofType.padEnd(5)}  ${r.title}\n`);
    for (const f of index.findings) if (f.code !== 'LESSON_FILE_SKIPPED') io.stderr.write(`${formatFinding(f)}\n`);
    const skipped = index.skipped ?? [];
    // One line for all of them: a folder of notes (or /tmp) would otherwise bury the table.
    if (skipped.length > 0) {
      const names = skipped.slice(0, SKIPPED_NAMED).map((file) => relative(index.dir, file));
      const more = skipped.length > SKIPPED_NAMED ? ` and ${skipped.length - SKIPPED_NAMED} more` : '';
      io.stderr.write(`skipped ${skipped.length} .md file(s) without front-matter (not lessons): ${names.join(', ')}${more}\n`);
    }
  }
  return index.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
