// readPasteInput (src/cli/read-input.ts) on what a student can give --paste besides a regular file: a named pipe
// (`mkfifo p; … > p`), driven in-process through runCli.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliCaptured } from './cli-harness.js';

const root = join(import.meta.dirname, '../..');
const goodPaste = join(root, 'fixtures/pastes/bundled-grep.log');

let dir: string;
let fifo: string;
let helpers: ChildProcess[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vl-read-input-'));
  fifo = join(dir, 'paste.fifo');
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
});

afterEach(() => {
  for (const helper of helpers) helper.kill('SIGKILL');
  helpers = [];
  rmSync(dir, { recursive: true, force: true });
});

describe('--paste FIFO (a named pipe)', () => {
  it('reads the one writer\'s whole paste: the pipe is opened once', async () => {
    // A writer as a shell gives one: it waits in open() for a reader, writes the paste and closes. A CLI that opened
    // the pipe twice would drop this paste with its first descriptor and then wait for a writer that never comes.
    const writer = spawn('sh', ['-c', `exec cat '${goodPaste}' > '${fifo}'`], { stdio: 'ignore' });
    helpers.push(writer);
    const run = await runCliCaptured(['w12-l03', '--paste', fifo, '--json']);
    expect(await new Promise((resolve) => (writer.exitCode === null ? writer.once('exit', resolve) : resolve(writer.exitCode)))).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const verdict = JSON.parse(run.stdout);
    expect(verdict.input).toMatchObject({ lines: 16, chars: 1567 });
    expect(verdict.passed).toBe(true);
  }, 10_000);

  it('ends at once with exit 130 on Ctrl+C while no writer has come, leaving the event loop free meanwhile', async () => {
    // A last resort for a CLI that blocks the main thread in open(): this writer opens the pipe after 3 s so the test
    // fails on time rather than hanging.
    helpers.push(spawn('sh', ['-c', `sleep 3; : > '${fifo}'`], { stdio: 'ignore' }));
    const controller = new AbortController();
    const startedMs = Date.now();
    const pending = runCliCaptured(['w12-l03', '--paste', fifo], { signal: controller.signal });
    let timerFiredMs: number | undefined;
    setTimeout(() => {
      timerFiredMs = Date.now() - startedMs;
      controller.abort(new Error('received SIGINT'));
    }, 200);
    const run = await pending;
    const elapsedMs = Date.now() - startedMs;
    expect(timerFiredMs).toBeLessThan(1000);
    expect(elapsedMs).toBeLessThan(1500);
    expect(run.code).toBe(130);
    expect(run.stderr).toBe('verify-lesson: interrupted\n');
  }, 10_000);

  it('ends the paste when its writer closes (an empty paste is judged as empty)', async () => {
    const pending = runCliCaptured(['w12-l03', '--paste', fifo]);
    await writeFile(fifo, '');
    const run = await pending;
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('the paste is empty');
  }, 10_000);
});
