import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../formats/parse-xml.js';
import { runCliCaptured } from '../cli-harness.js';

const root = join(import.meta.dirname, '../../..');
const paste = (name: string): string => join(root, 'fixtures/pastes', name);

describe('verify-lesson <id> --paste', () => {
  it('prints the text report and exits 0 for a passing paste', async () => {
    const run = await runCliCaptured(['w12-l03', '--paste', paste('bundled-grep.log')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ PASSED  w12-l03');
    expect(run.stdout).toMatch(/node2\s+\+12 ms/);
    expect(run.stdout).not.toContain('\u001b['); // not a TTY: no colour
  });

  it('exits 1 with the failing check for a paste that does not prove the detection', async () => {
    const run = await runCliCaptured(['w12-l03', '--paste', paste('too-slow.log')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✗ FAILED');
  });

  it('--report x.svg / x.html draws what the verdict understood, as well-formed XML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vl-paste-report-'));
    try {
      const run = await runCliCaptured(['w12-l03', '--paste', paste('bundled-grep.log'), '--report', join(dir, 'p.svg')]);
      expect(run.code).toBe(0);
      const svg = readFileSync(join(dir, 'p.svg'), 'utf8');
      expect(() => parseXml(svg)).not.toThrow();
      expect(svg).toContain('detection window: 300 ms');
      await runCliCaptured(['w12-l03', '--paste', paste('bundled-grep.log'), '--report', join(dir, 'p.html')]);
      expect(readFileSync(join(dir, 'p.html'), 'utf8')).toMatch(/^<!doctype html>/);
      const wrong = await runCliCaptured(['w12-l03', '--paste', paste('bundled-grep.log'), '--report', join(dir, 'p.png')]);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toContain('--report: expected a file ending in .svg or .html');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--report says on stderr where the picture went, one line, and leaves --json stdout as it is without --report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vl-paste-report-'));
    try {
      const file = join(dir, 'p.svg');
      const json = await runCliCaptured(['w12-l03', '--paste', paste('too-slow.log'), '--json', '--report', file]);
      const plain = await runCliCaptured(['w12-l03', '--paste', paste('too-slow.log'), '--json']);
      expect(json.code).toBe(1);
      expect(json.stderr).toBe(`wrote ${file}\n`);
      expect(json.stdout).toBe(plain.stdout);
      const text = await runCliCaptured(['w12-l03', '--paste', paste('bundled-grep.log'), '--report', join(dir, 'p.html')], { cwd: dir });
      expect(text.stderr).toBe(`wrote ${join(dir, 'p.html')}\n`);
      expect(text.stdout).not.toContain('p.html');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an endless source (--paste /dev/zero, or - from /dev/zero) ends with PASTE_TOO_LARGE: reading stops at the cap', async () => {
    const fromFile = await runCliCaptured(['w12-l03', '--paste', '/dev/zero', '--json']);
    expect(fromFile.code).toBe(1);
    expect(JSON.parse(fromFile.stdout).checks[0].findings[0]).toMatchObject({ code: 'PASTE_TOO_LARGE', args: { exact: false } });
    const fromStdin = await runCliCaptured(['w12-l03', '--paste', '-', '--json'], { stdinStream: createReadStream('/dev/zero') });
    expect(JSON.parse(fromStdin.stdout).checks[0].findings[0]).toMatchObject({ code: 'PASTE_TOO_LARGE', args: { exact: false } });
  });

  it('reads the paste from stdin with "-"', async () => {
    const run = await runCliCaptured(['w12-l03', '--paste', '-', '--json'], { stdin: readFileSync(paste('python-logging.log')) });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ lessonId: 'w12-l03', passed: true });
  });

  it('--format json is --json: the verdict only', async () => {
    const a = await runCliCaptured(['w12-l03', '--paste', paste('bundled-grep.log'), '--json']);
    const b = await runCliCaptured(['w12-l03', '--paste', paste('bundled-grep.log'), '--format', 'json']);
    expect(JSON.parse(b.stdout)).toEqual(JSON.parse(a.stdout));
    expect(JSON.parse(a.stdout)).toMatchObject({ passed: true, xpAwarded: 50 });
  });

  it('--format gradescope prints results.json with the XP as score', async () => {
    const run = await runCliCaptured(['w12-l03', '--paste', paste('bundled-grep.log'), '--format', 'gradescope']);
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout);
    expect(results).toMatchObject({ score: 50, extra_data: { maxScore: 50 } });
    expect(results.execution_time).toEqual(expect.any(Number));
    expect(results.tests.length).toBeGreaterThan(0);
  });

  it('--format prairielearn prints external-grader results; --partial-credit scores the checks passed', async () => {
    const whole = await runCliCaptured(['w12-l03', '--paste', paste('too-slow.log'), '--format', 'prairielearn']);
    const partial = await runCliCaptured(['w12-l03', '--paste', paste('too-slow.log'), '--format', 'prairielearn', '--partial-credit']);
    expect(whole.code).toBe(1);
    expect(JSON.parse(whole.stdout)).toMatchObject({ gradable: true, score: 0 });
    expect(JSON.parse(partial.stdout)).toMatchObject({ gradable: true, score: 0.5 });
    const gradescope = await runCliCaptured(['w12-l03', '--paste', paste('too-slow.log'), '--format', 'gradescope', '--partial-credit']);
    expect(JSON.parse(gradescope.stdout).score).toBe(25);
  });

  it('--format junit prints well-formed XML with a failure for a failing paste', async () => {
    const run = await runCliCaptured(['w12-l03', '--paste', paste('follower-missing.log'), '--format', 'junit']);
    expect(run.code).toBe(1);
    expect(() => parseXml(run.stdout)).not.toThrow();
    expect(run.stdout).toMatch(/<failure /);
  });

  it('--reject-reference fails the bundled cluster\'s own output', async () => {
    const self = await runCliCaptured(['w12-l03', '--paste', paste('reference-output.log'), '--json']);
    const platform = await runCliCaptured(['w12-l03', '--paste', paste('reference-output.log'), '--json', '--reject-reference']);
    expect(JSON.parse(self.stdout).passed).toBe(true);
    expect(platform.code).toBe(1);
    expect(platform.stdout).toContain('REFERENCE_OUTPUT');
  });

  it.each([
    [['--format', 'xml'], '--format: expected one of text, json, gradescope, prairielearn, junit, svg, found "xml"'],
    [['--json', '--format', 'junit'], '--json conflicts with --format junit'],
    [['--partial-credit'], '--partial-credit applies to --format gradescope or prairielearn'],
    [['--format', 'junit', '--partial-credit'], '--partial-credit applies to --format gradescope or prairielearn, not junit'],
    [['--signal', 'SIGKILL'], '--signal does not apply to --paste'],
    [['--trials', '3'], '--trials does not apply to --paste'],
  ])('rejects %j with exit 2 and one line', async (flags, message) => {
    const run = await runCliCaptured(['w12-l03', '--paste', paste('bundled-grep.log'), ...flags]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toContain(message);
  });

  it('reads a regular file (without a stream) to the same verdict a stream of it gets; over the cap, by its size, unread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vl-paste-file-'));
    try {
      const over = join(dir, 'over.log');
      writeFileSync(over, Buffer.alloc(5 * 1024 * 1024 + 100_000, 0x61));
      for (const file of [paste('bundled-grep.log'), paste('too-slow.log')]) {
        const fromFile = await runCliCaptured(['w12-l03', '--paste', file, '--json']);
        const fromStream = await runCliCaptured(['w12-l03', '--paste', '-', '--json'], { stdinStream: createReadStream(file) });
        expect(fromFile.code).toBe(fromStream.code);
        const { executionTimeMs: _a, ...fileVerdict } = JSON.parse(fromFile.stdout);
        const { executionTimeMs: _b, ...streamVerdict } = JSON.parse(fromStream.stdout);
        expect(fileVerdict).toEqual(streamVerdict);
      }
      // The file's size is known without reading it: said exactly (a new user saw "at least 5.1 MiB" for 6 MB), and the
      // input row says it was not read instead of "0 lines, 0 characters". A stream of it is read to the cap.
      const fromFile = await runCliCaptured(['w12-l03', '--paste', over, '--json']);
      expect(JSON.parse(fromFile.stdout).checks[0].findings[0]).toMatchObject({ code: 'PASTE_TOO_LARGE', args: { bytes: 5 * 1024 * 1024 + 100_000, exact: true } });
      const fromStream = await runCliCaptured(['w12-l03', '--paste', '-', '--json'], { stdinStream: createReadStream(over) });
      expect(JSON.parse(fromStream.stdout).checks[0].findings[0]).toMatchObject({ code: 'PASTE_TOO_LARGE', args: { exact: false } });
      const text = (await runCliCaptured(['w12-l03', '--paste', over])).stdout;
      expect(text).toContain('✗ input     not read\n      ✗ the paste is 5.1 MiB, over the 5.0 MiB limit');
      expect(text).not.toContain('0 lines');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names a paste file that is missing or a directory', async () => {
    const missing = await runCliCaptured(['w12-l03', '--paste', join(root, 'fixtures/pastes/no-such.log')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`verify-lesson: cannot read the paste ${join(root, 'fixtures/pastes/no-such.log')}: no such file\n`);
    const directory = await runCliCaptured(['w12-l03', '--paste', join(root, 'fixtures/pastes')]);
    expect(directory.code).toBe(2);
    expect(directory.stderr).toBe(`verify-lesson: cannot read the paste ${join(root, 'fixtures/pastes')}: it is a directory\n`);
  });

  // Found by a student's review: a typo in the paste's name said only "no such file".
  it('suggests the nearest file name in the folder for a mistyped paste name', async () => {
    const typo = await runCliCaptured(['w12-l03', '--paste', 'fixtures/pastes/bundled-grp.log'], { cwd: root });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe(
      `verify-lesson: cannot read the paste ${join(root, 'fixtures/pastes/bundled-grp.log')}: no such file — did you mean ${join(root, 'fixtures/pastes/bundled-grep.log')}?\n`,
    );
    const noFolder = await runCliCaptured(['w12-l03', '--paste', 'fixtures/no-such-folder/demo_step2.log'], { cwd: root });
    expect(noFolder.stderr).toBe(`verify-lesson: cannot read the paste ${join(root, 'fixtures/no-such-folder/demo_step2.log')}: no such file\n`);
  });

  it('--report to a path it cannot write: the verdict still prints, then one line naming the path and the OS reason, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vl-paste-report-'));
    try {
      writeFileSync(join(dir, 'notes'), '');
      const run = await runCliCaptured(['w12-l03', '--paste', paste('bundled-grep.log'), '--report', join(dir, 'notes/why.svg')]);
      expect(run.stdout).toContain('✓ PASSED  w12-l03');
      expect(run.stderr).toBe(`verify-lesson: cannot write --report ${join(dir, 'notes/why.svg')}: ${join(dir, 'notes')} is not a directory (ENOTDIR)\n`);
      expect(run.code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an over-cap paste from stdin, reporting its real size', async () => {
    const bytes = 7 * 1024 * 1024;
    const run = await runCliCaptured(['w12-l03', '--paste', '-', '--json'], { stdin: new Uint8Array(bytes).fill(0x61) });
    expect(run.code).toBe(1);
    const finding = JSON.parse(run.stdout).checks[0].findings[0];
    expect(finding).toMatchObject({ code: 'PASTE_TOO_LARGE', args: { bytes, maxBytes: 5 * 1024 * 1024 } });
  });

  it('ends at once with exit 130 when interrupted while waiting for stdin', async () => {
    const controller = new AbortController();
    const { PassThrough } = await import('node:stream');
    const pending = runCliCaptured(['w12-l03', '--paste', '-'], { stdinStream: new PassThrough(), signal: controller.signal });
    setTimeout(() => controller.abort(new Error('received SIGINT')), 50);
    const run = await pending;
    expect(run.code).toBe(130);
    expect(run.stderr).toBe('verify-lesson: interrupted\n');
  });

  it('names a missing paste file', async () => {
    const run = await runCliCaptured(['w12-l03', '--paste', 'no-such-file.log'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no-such-file.log');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('options that do not apply', () => {
  it.each([
    [['list', '--signal', 'SIGKILL'], '--signal does not apply to "list"'],
    [['serve', '--trials', '2'], '--trials does not apply to "serve"'],
    [['cluster', 'start', '--paste', 'x'], '--paste does not apply to "cluster"'],
    [['w12-l03', '--port', '80'], '--port does not apply to a scenario run'],
    [['w12-l03', '--leader', '2'], '--leader only applies with --cluster'],
    [['w12-l03', '--cluster', '/bin/sleep 60 --id {id} --port {port}', '--client', 'default'], '--client: your --cluster template never passes {client_port} to your node'],
    [['w12-l03', '--format', 'junit', '--trials', '2'], '--format junit reports one run\'s verdict'],
  ])('%j → exit 2 before anything runs', async (argv, message) => {
    const run = await runCliCaptured(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
