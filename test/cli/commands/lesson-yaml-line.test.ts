// A YAML slip in a lesson's front matter, as its author meets it through the CLI (in-process runCli): `lint` and
// loading the lesson for a paste check name the line of the lesson FILE to fix, the one that slipped, never the
// line after it where js-yaml noticed (a new user's bad indent on line 10 was reported on line 11).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../cli-harness.js';

const root = join(import.meta.dirname, '../../..');
const bundled = readFileSync(join(root, 'lessons/w12-l03.md'), 'utf8').split('\n');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vl-yaml-line-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// The bundled w12-l03.md with file line `n` (1-based) replaced, in its own lessons folder.
function brokenLesson(name: string, n: number, text: string): string {
  expect(bundled[n - 1]).not.toBe(text);
  const lessons = join(dir, name);
  mkdirSync(lessons);
  writeFileSync(join(lessons, 'w12-l03.md'), bundled.map((line, i) => (i === n - 1 ? text : line)).join('\n'));
  writeFileSync(join(dir, 'paste.log'), 'node1 received SIGTERM\n');
  return lessons;
}

describe('a front-matter YAML error names the lesson file line to fix', () => {
  it('lint: an over-indented first entry of proof: on file line 10 is reported on line 10, not 11', async () => {
    expect(bundled[9]).toBe('  type: paste');
    const lessons = brokenLesson('indent', 10, '      type: paste');
    const run = await runCliCaptured(['lint', lessons, '--no-redos'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('w12-l03.md:10:7: error LESSON_YAML_INVALID YAML syntax error in the front-matter: bad indentation of a mapping entry\n');
    const json = JSON.parse((await runCliCaptured(['lint', lessons, '--no-redos', '--json'], { cwd: dir })).stdout);
    expect(json.findings.map((f: { code: string; line: number }) => [f.code, f.line])).toEqual([['LESSON_YAML_INVALID', 10]]);
  });

  it('lint: a quote left open on file line 7 is reported on line 7, not where the next quote closed it (line 11)', async () => {
    expect(bundled[6]).toBe('kind: lesson');
    const lessons = brokenLesson('quote', 7, 'kind: "lesson');
    const run = await runCliCaptured(['lint', lessons, '--no-redos'], { cwd: dir });
    expect(run.stdout).toContain('w12-l03.md:7:7: error LESSON_YAML_INVALID YAML syntax error in the front-matter: the quote opened here is not closed on its line (bad indentation of a mapping entry, further down)\n');
  });

  it('near miss: a bad indent js-yaml already pins (file line 7, under nothing) stays on line 7', async () => {
    const lessons = brokenLesson('root', 7, '   kind: lesson');
    const run = await runCliCaptured(['lint', lessons, '--no-redos'], { cwd: dir });
    expect(run.stdout).toMatch(/w12-l03\.md:7:8: error LESSON_YAML_INVALID /);
  });

  it('load: checking a paste against the broken lesson names the same file line', async () => {
    const lessons = brokenLesson('load', 10, '      type: paste');
    const run = await runCliCaptured(['w12-l03', '--lessons', lessons, '--paste', 'paste.log'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${join(lessons, 'w12-l03.md')}:10:7: error LESSON_YAML_INVALID `);
    expect(run.stderr).toContain('lesson "w12-l03" did not load: w12-l03.md has 1 error(s)');
  });
});
