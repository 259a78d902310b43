// The built CLI given a named pipe nobody writes to yet, as a student leaves it waiting in a terminal: Ctrl+C
// (SIGINT) must end it at once with exit 130, SIGTERM with 143. A real process, since what is tested is its signal handling.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { root } from '../../support/processes.js';
import { waitFor } from '../../support/wait-for.js';

let dir: string;
let cli: ChildProcess | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vl-fifo-signal-'));
});

afterEach(() => {
  cli?.kill('SIGKILL');
  cli = undefined;
  rmSync(dir, { recursive: true, force: true });
});

// Whether process `pid` holds `file` open (Linux: its /proc/PID/fd links).
function holdsOpen(pid: number, file: string): boolean {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === file;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

// The CLI waiting on a pipe nobody writes to, started in `dir`; resolves once it holds the pipe open.
async function startWaiting(fifo: string): Promise<{ child: ChildProcess; stderr: () => string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> }> {
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  const child = spawn(process.execPath, [join(root, 'dist/bin/verify-lesson.js'), 'w12-l03', '--paste', fifo], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  cli = child;
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
  // Started and waiting: the pipe open (a CLI stuck inside open() never shows it, so that one gets 3 s).
  const spawnedMs = Date.now();
  await waitFor('the CLI to open the pipe', () => holdsOpen(child.pid!, fifo) || Date.now() - spawnedMs > 3000, 10_000, 20);
  return { child, stderr: () => stderr, exited };
}

const within3s = <T,>(promise: Promise<T>): Promise<T | 'still running'> =>
  Promise.race([promise, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 3000))]);

it('--paste FIFO with no writer: SIGINT ends the CLI within a second, exit 130, "interrupted" on stderr', async () => {
  const { child, stderr, exited } = await startWaiting(join(dir, 'paste.fifo'));
  const sentMs = Date.now();
  child.kill('SIGINT');
  expect(await within3s(exited)).toEqual({ code: 130, signal: null });
  expect(Date.now() - sentMs).toBeLessThan(1000);
  expect(stderr()).toBe('verify-lesson: interrupted\n');
});

it('SIGTERM (a supervisor, `timeout`) ends it the same way with exit 143, 128 + SIGTERM\'s 15, not Ctrl+C\'s 130', async () => {
  const { child, stderr, exited } = await startWaiting(join(dir, 'paste.fifo'));
  child.kill('SIGTERM');
  expect(await within3s(exited)).toEqual({ code: 143, signal: null });
  expect(stderr()).toBe('verify-lesson: interrupted\n');
});
