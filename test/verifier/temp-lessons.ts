import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '../..');
export const bundledLessonFile = join(root, 'lessons/w12-l03.md');

export interface TempLessons {
  readonly dir: string;
  /** The copy of lessons/w12-l03.md inside `dir`. */
  readonly file: string;
  readonly source: string;
  cleanup(): Promise<void>;
}

// A scratch lessons folder holding a copy of the bundled lesson, for tests that edit lesson files.
export async function makeTempLessons(): Promise<TempLessons> {
  const dir = await mkdtemp(join(tmpdir(), 'verify-lesson-lessons-'));
  const source = await readFile(bundledLessonFile, 'utf8');
  const file = join(dir, 'w12-l03.md');
  await writeFile(file, source);
  return { dir, file, source, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

// A second, minimal valid lesson with its own id.
export function minimalLesson(id: string, xp = 5): string {
  return [
    '---',
    `id: ${id}`,
    `title: "Lesson ${id}"`,
    `xp: ${xp}`,
    'proof:',
    '  type: paste',
    '  instructions: "Paste the output."',
    '  regex_patterns:',
    '    - "hello"',
    '---',
    `# Lesson ${id}`,
    '',
    '## Task',
    '',
    'Say hello.',
    '',
  ].join('\n');
}
