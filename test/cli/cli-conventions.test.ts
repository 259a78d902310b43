import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP_TEXT } from '../../src/cli/help-text.js';
import { runCliCaptured } from './cli-harness.js';

const root = join(import.meta.dirname, '../..');
const paste = join(root, 'fixtures/pastes/bundled-grep.log');
const ESC = '\u001b[';

describe('CLI conventions', () => {
  it.each([
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ FORCE_COLOR: 'false' }, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{}, true, true],
    [{ FORCE_COLOR: '1' }, false, true],
  ])('colours the report per env %j on a terminal=%s: %s', async (env, isTTY, coloured) => {
    const run = await runCliCaptured(['w12-l03', '--paste', paste], { env, isTTY });
    expect(run.code).toBe(0);
    expect(run.stdout.includes(ESC)).toBe(coloured);
  });

  it('suggests a command for a mistyped one instead of calling it an unknown lesson', async () => {
    const run = await runCliCaptured(['lsit']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command or lesson "lsit" — did you mean the command "list"?');
  });

  it('still calls a word close to nothing an unknown lesson', async () => {
    const run = await runCliCaptured(['zzzzzz', '--paste', paste]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown lesson "zzzzzz"');
  });

  it('suggests an option for a mistyped one', async () => {
    const run = await runCliCaptured(['w12-l03', '--pste', paste]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('verify-lesson: unknown option --pste — did you mean --paste?');
  });

  it('--help fits 80 columns, has examples and names the environment variables', async () => {
    const run = await runCliCaptured(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(HELP_TEXT);
    const wide = run.stdout.split('\n').filter((line) => [...line].length > 80);
    expect(wide).toEqual([]);
    expect(run.stdout).toContain('\nExamples:\n');
    for (const name of ['NO_COLOR', 'FORCE_COLOR', 'VERIFY_LESSON_LOG_LEVEL']) expect(run.stdout).toContain(name);
  });

  it('--paste - at a terminal says what it waits for, on stderr', async () => {
    const run = await runCliCaptured(['w12-l03', '--paste', '-', '--json'], { stdin: 'no log here\n', stdinIsTTY: true });
    expect(run.stderr).toBe('Paste the log lines, then press Ctrl+D on an empty line (Ctrl+C cancels).\n');
    expect(JSON.parse(run.stdout)).toMatchObject({ passed: false });
  });

  it('--paste - from a pipe prints no prompt', async () => {
    const run = await runCliCaptured(['w12-l03', '--paste', '-', '--json'], { stdin: 'no log here\n' });
    expect(run.stderr).toBe('');
  });

  it('lint with both a directory and --lessons is a usage error', async () => {
    const run = await runCliCaptured(['lint', 'lessons', '--lessons', 'fixtures/lessons/invalid', '--no-redos'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('lint got two directories, "lessons" and --lessons "fixtures/lessons/invalid": give one');
  });
});
