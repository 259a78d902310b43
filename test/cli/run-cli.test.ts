import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './cli-harness.js';
import { signalInterrupt } from '../../src/cli/cli-io.js';

const root = join(import.meta.dirname, '../..');

describe('runCli', () => {
  it('prints help with --help and exits 0', async () => {
    const run = await runCliCaptured(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('verify-lesson <lesson-id> --paste <file|->');
  });

  it('prints the package version', async () => {
    const run = await runCliCaptured(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('rejects an unknown flag with exit 2 and one clear line, no stack trace', async () => {
    const run = await runCliCaptured(['--bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown option --bogus');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('lists the bundled lessons', async () => {
    const run = await runCliCaptured(['list']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/w12-l03\s+50\s+paste\s+Demo step 2 — kill the leader/);
  });

  it('lists as JSON', async () => {
    const run = await runCliCaptured(['list', '--json']);
    expect(JSON.parse(run.stdout).lessons).toEqual([
      expect.objectContaining({ id: 'w12-l03', title: 'Demo step 2 — kill the leader', xp: 50, proofType: 'paste', timing: true }),
      expect.objectContaining({ id: 'w12-l04', title: 'Demo step 3 — the new leader serves writes', xp: 50, timing: true }),
      expect.objectContaining({ id: 'w12-l05', title: 'Demo step 4 — the old leader rejoins as a follower', xp: 50, timing: false }),
      expect.objectContaining({ id: 'w12-l06', title: 'Demo step 5 — a leader cut off from the majority steps down', xp: 75, timing: false }),
    ]);
  });

  it('lints the bundled lessons clean', async () => {
    const run = await runCliCaptured(['lint', 'lessons'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('0 error(s), 0 warning(s)');
  });

  it('lists a folder with notes: lessons in the table, the .md files without front-matter in one "skipped" line, exit 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-lesson-notes-'));
    try {
      copyFileSync(join(root, 'lessons/w12-l03.md'), join(dir, 'w12-l03.md'));
      for (const name of ['notes.md', 'todo.md', 'ideas.md', 'a.md', 'b.md', 'c.md']) writeFileSync(join(dir, name), `# ${name}\nnot a lesson\n`);
      const run = await runCliCaptured(['list', '--lessons', dir]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('ID         XP  PROOF  TITLE\nw12-l03    50  paste  Demo step 2 — kill the leader\n');
      expect(run.stderr).toBe('skipped 6 .md file(s) without front-matter (not lessons): a.md, b.md, c.md, ideas.md, notes.md and 1 more\n');
      const json = JSON.parse((await runCliCaptured(['list', '--lessons', dir, '--json'])).stdout);
      expect(json.lessons.map((l: { id: string }) => l.id)).toEqual(['w12-l03']);
      expect(json.findings.map((f: { code: string; severity: string }) => `${f.severity} ${f.code}`)).toEqual(Array(6).fill('info LESSON_FILE_SKIPPED'));
      // Only notes: no lessons is an error, and says why.
      rmSync(join(dir, 'w12-l03.md'));
      const none = await runCliCaptured(['list', '--lessons', dir]);
      expect(none.code).toBe(1);
      expect(none.stderr).toContain(`no lesson files (*.md) found in ${dir}; 6 .md file(s) without front-matter were skipped as not lessons`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lints bad lessons with exit 1, naming file, line, field, expected and found', async () => {
    const run = await runCliCaptured(['lint', 'fixtures/lessons/invalid', '--no-redos'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('fixtures/lessons/invalid/xp-fifty.md:6: error LESSON_FIELD_INVALID xp: expected a number, found "fifty"');
    expect(run.stdout).toContain('did you mean "regex_patterns"?');
  });

  it('counts as valid only the files with no error, a lesson that loads but fails lint included', async () => {
    const run = await runCliCaptured(['lint', 'fixtures/lessons/invalid', '--json'], { cwd: root });
    const report = JSON.parse(run.stdout);
    const failing = new Set(report.findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { file: string }) => f.file));
    expect(failing.has(join(root, 'fixtures/lessons/invalid/redos-exponential.md'))).toBe(true);
    expect(report.valid).toBe(report.files - failing.size);
    expect(report.valid).toBeLessThan(report.lessons);
    const text = await runCliCaptured(['lint', 'fixtures/lessons/invalid'], { cwd: root });
    expect(report.skipped).toBe(1);
    // --json's `lessons` (files that load as a lesson, served by serve) is in the text too when it is more than `valid`.
    const servedAnyway = report.lessons - report.valid;
    expect(servedAnyway).toBeGreaterThan(0);
    expect(text.stdout).toContain(
      `${report.files} lesson file(s), ${report.valid} valid: ${report.errors} error(s), ${report.warnings} warning(s); ` +
        `${servedAnyway} lesson(s) with errors load all the same (serve and verify use them); 1 .md file(s) skipped, not lessons\n`,
    );
    expect(text.stdout).toContain('no-front-matter.md: info LESSON_FILE_SKIPPED not a lesson (no front-matter), skipped');
  });

  it('warns when a lesson\'s timing patterns are narrower than its patterns or its Verify grep, with file:line', async () => {
    const run = await runCliCaptured(['lint', 'fixtures/lessons/invalid', '--no-redos'], { cwd: root });
    const lines = run.stdout.split('\n').filter((line) => line.includes('LESSON_TIMING_NARROWER'));
    expect(lines).toEqual([
      'fixtures/lessons/invalid/timing-narrower.md:9: warning LESSON_TIMING_NARROWER proof.regex_patterns[0]: this pattern accepts "heartbeat timed out" ' +
        '(alternative "heartbeat timed out") as a follower\'s detection of the dead leader, but timing.heartbeat_pattern and timing.connection_pattern ' +
        'do not match it: a paste showing it passes this pattern and fails timing — widen the timing pattern or narrow the pattern',
      expect.stringMatching(/^fixtures\/lessons\/invalid\/timing-narrower\.md:10: warning LESSON_TIMING_NARROWER proof\.regex_patterns\[1\]: this pattern accepts "SIGTERM" .* as the kill, but timing\.kill_pattern does not match it/),
      expect.stringMatching(/^fixtures\/lessons\/invalid\/timing-narrower\.md:29: warning LESSON_TIMING_NARROWER Verify: the Verify block greps for "timeout\\\|leader\.\*down", which shows "leader .+ down"/),
    ]);
  });

  it('lints as JSON with stable codes', async () => {
    const run = await runCliCaptured(['lint', 'fixtures/lessons/invalid', '--json'], { cwd: root });
    const report = JSON.parse(run.stdout);
    expect(run.code).toBe(1);
    expect(report.findings.map((f: { code: string }) => f.code)).toEqual(
      expect.arrayContaining(['LESSON_YAML_INVALID', 'LESSON_REGEX_EXPONENTIAL', 'LESSON_ID_DUPLICATE', 'LESSON_KEY_UNKNOWN']),
    );
  });

  it('fails clearly on a missing lessons directory', async () => {
    const run = await runCliCaptured(['list', '--lessons', 'no/such/dir'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/lessons directory not found: .*no\/such\/dir/);
  });

  it('says a lesson file given as the lessons directory (lint lessons/w12-l03.md) is a file, and which folder to give', async () => {
    const run = await runCliCaptured(['lint', 'lessons/w12-l03.md', '--no-redos'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`verify-lesson: ${join(root, 'lessons/w12-l03.md')} is a file, not a lessons directory: give the folder that holds it (${join(root, 'lessons')})\n`);
  });

  it('accepts only lesson ids from the index (ids are user input)', async () => {
    const run = await runCliCaptured(['../../etc/passwd', '--paste', '-'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown lesson "../../etc/passwd": expected one of w12-l03');
  });

  it('a scenario run interrupted before its first step exits 130 ("interrupted"), as Ctrl+C conventionally does', async () => {
    const controller = new AbortController();
    controller.abort(new Error('received SIGINT'));
    const run = await runCliCaptured(['w12-l03', '--out', 'never-written.log'], { cwd: root, signal: controller.signal });
    expect(run.stderr).toBe('verify-lesson: interrupted\n');
    expect(run.code).toBe(130);
  });

  it('a run stopped by SIGTERM exits 143 (128 + 15), as a supervisor expects, not Ctrl+C\'s 130', async () => {
    const controller = new AbortController();
    controller.abort(signalInterrupt('SIGTERM'));
    const run = await runCliCaptured(['w12-l03', '--out', 'never-written.log'], { cwd: root, signal: controller.signal });
    expect(run.stderr).toBe('verify-lesson: interrupted\n');
    expect(run.code).toBe(143);
  });

  it('blames an invalid lesson file for its id, after its errors, not the id (it said "expected one of (none)")', async () => {
    const run = await runCliCaptured(['bad-timing', '--lessons', 'fixtures/lessons/invalid', '--paste', '-'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad-timing.md:16: error LESSON_FIELD_INVALID proof.timing.window_ms');
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('verify-lesson: lesson "bad-timing" did not load: bad-timing.md has 2 error(s) (`verify-lesson lint` lists them)');
  });

  it('suggests the closest lesson id on a typo', async () => {
    const run = await runCliCaptured(['w12-l3', '--paste', '-'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('did you mean "w12-l03"?');
  });
});
