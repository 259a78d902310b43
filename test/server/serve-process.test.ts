import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectLines, startSlowRequest, type SlowRequest } from './http-helpers.js';

// The real thing: the built CLI as a child process, stopped with SIGTERM while a request is still uploading.
const root = join(import.meta.dirname, '../..');
const bin = join(root, 'dist/bin/verify-lesson.js');
const passingPaste = readFileSync(join(root, 'fixtures/pastes/bundled-grep.log'), 'utf8');

let child: ChildProcessWithoutNullStreams | undefined;
let slow: SlowRequest | undefined;
beforeAll(() => {
  if (!existsSync(bin)) throw new Error('dist/ is missing: run `npm run build` (or `npm test`) first');
});
afterEach(() => {
  slow?.socket.destroy();
  slow = undefined;
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  child = undefined;
});

function exitOf(proc: ChildProcessWithoutNullStreams): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve({ code: proc.exitCode, signal: proc.signalCode });
  return new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
}

describe('verify-lesson serve (child process)', () => {
  it('prints its address, serves, and on SIGTERM finishes the in-flight request before exiting 0', async () => {
    child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--host', '127.0.0.1'], {
      cwd: root,
      env: { ...process.env, VERIFY_LESSON_LOG_LEVEL: 'info', NO_COLOR: '1' },
    });
    const exited = exitOf(child);
    const stdout = collectLines(child.stdout);
    const stderr = collectLines(child.stderr);

    const listening = await stdout.waitFor((l) => l.startsWith('listening on '));
    const match = /^listening on http:\/\/127\.0\.0\.1:(\d+)$/.exec(listening);
    expect(match, listening).not.toBeNull();
    const port = Number(match![1]);

    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    const bundledLessons = readdirSync(join(root, 'lessons')).filter((f) => f.endsWith('.md')).length;
    expect(await health.json()).toMatchObject({ status: 'ok', lessons: bundledLessons });

    // A request whose body is half sent: in flight when the signal arrives.
    slow = await startSlowRequest(port, '/v1/lessons/w12-l03/verify', passingPaste);
    await stderr.waitFor((l) => l.includes('"incoming request"') && l.includes('/v1/lessons/w12-l03/verify'));
    child.kill('SIGTERM');
    // The server has stopped accepting (preClose ran) before the rest of the body leaves.
    await stderr.waitFor((l) => l.includes('closing: no new connections'));
    slow.finish();
    const response = await slow.response;
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ lessonId: 'w12-l03', passed: true, xpAwarded: 50 });

    expect(await exited).toEqual({ code: 0, signal: null });
    expect(stdout.lines).toEqual([listening]);
    // Logs are JSON lines, one per event, no stack traces.
    const records = stderr.lines.filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as { msg: string; level: number });
    expect(records.map((r) => r.msg)).toEqual(expect.arrayContaining(['incoming request', 'request completed', 'stopping']));
    expect(records.every((r) => r.level < 50)).toBe(true);
  });

  it('exits 2 with one clear line when the port is taken', async () => {
    child = spawn(process.execPath, [bin, 'serve', '--port', '0'], { cwd: root, env: { ...process.env, VERIFY_LESSON_LOG_LEVEL: 'silent' } });
    const first = child;
    const port = Number(/:(\d+)$/.exec(await collectLines(first.stdout).waitFor((l) => l.startsWith('listening on ')))![1]);
    // At the default log level: closing the never-listening server must not log a line of its own.
    const { VERIFY_LESSON_LOG_LEVEL: _level, ...env } = process.env;
    const second = spawn(process.execPath, [bin, 'serve', '--port', String(port)], { cwd: root, env });
    try {
      const errors = collectLines(second.stderr);
      expect(await exitOf(second)).toEqual({ code: 2, signal: null });
      expect(errors.lines).toEqual([`verify-lesson: port ${port} on 127.0.0.1 is already in use: stop what holds it or pick another --port`]);
    } finally {
      if (second.exitCode === null) second.kill('SIGKILL');
    }
    first.kill('SIGTERM');
    expect(await exitOf(first)).toEqual({ code: 0, signal: null });
  });
});
