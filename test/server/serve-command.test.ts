import { connect, createServer as createTcpServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import type { CliValues } from '../../src/cli/run-cli.js';
import { runServeCommand } from '../../src/cli/commands/serve-command.js';
import { VerifyLessonError } from '../../src/errors.js';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCliCaptured } from '../cli/cli-harness.js';
import { makeTempLessons, minimalLesson } from '../verifier/temp-lessons.js';

interface Started {
  output: { stdout: string; stderr: string };
  done: Promise<number>;
  controller: AbortController;
}

const running: Started[] = [];
const blockers: Server[] = [];
afterEach(async () => {
  for (const started of running.splice(0)) {
    started.controller.abort();
    await started.done.catch(() => undefined);
  }
  for (const server of blockers.splice(0)) await new Promise((r) => server.close(r));
});

function start(values: Partial<CliValues>, env: Record<string, string> = { VERIFY_LESSON_LOG_LEVEL: 'silent' }, drainMs?: number): Started {
  const output = { stdout: '', stderr: '' };
  const controller = new AbortController();
  const io: CliIo = {
    stdout: { write: (s: string) => (output.stdout += s) },
    stderr: { write: (s: string) => (output.stderr += s) },
    cwd: process.cwd(),
    env,
    signal: controller.signal,
  };
  const started = { output, controller, done: runServeCommand([], values as CliValues, io, drainMs === undefined ? {} : { drainMs }) };
  running.push(started);
  return started;
}

async function address(started: Started): Promise<string> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const match = /^listening on (http:\/\/127\.0\.0\.1:\d+)\n$/.exec(started.output.stdout);
    if (match) return match[1]!;
    await Promise.race([started.done.then((code) => Promise.reject(new Error(`serve ended early with ${code}`))), new Promise((r) => setTimeout(r, 20))]);
  }
  throw new Error(`no address printed: ${JSON.stringify(started.output)}`);
}

describe('runServeCommand', () => {
  it('--workers N judges large pastes on N threads, stopped with the server; --workers 0 on none', async () => {
    const threads = () => Number(/Threads:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1]);
    const large = `${'2026-11-26T19:30:00.000Z node2 DEBUG append entries from leader node1\n'.repeat(400)}`;
    for (const workers of ['1', '0']) {
      const started = start({ port: '0', host: '127.0.0.1', workers });
      const base = await address(started);
      await fetch(`${base}/healthz`);
      const before = threads();
      const res = await fetch(`${base}/v1/lessons/w12-l03/verify`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: large });
      expect(res.status).toBe(200);
      expect(threads(), `--workers ${workers}`).toBe(before + Number(workers));
      started.controller.abort(new Error('received SIGTERM'));
      expect(await started.done).toBe(0);
      expect(threads()).toBe(before);
    }
  });

  it.each(['x', '-1', '1.5', '65'])('refuses --workers %s with a usage error (exit 2)', async (workers) => {
    const run = await runCliCaptured(['serve', '--port', '0', `--workers=${workers}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--workers: expected a number of threads 0-64, found "${workers}"`);
    expect(run.stdout).toBe('');
  });

  it('serves on the given host and port 0, and resolves 0 when the signal aborts', async () => {
    const started = start({ port: '0', host: '127.0.0.1' });
    const base = await address(started);
    const res = await fetch(`${base}/v1/lessons`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { lessons: { id: string }[] }).lessons[0]!.id).toBe('w12-l03');
    started.controller.abort(new Error('received SIGTERM'));
    expect(await started.done).toBe(0);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });

  it('writes request logs as JSON lines to stderr at the configured level', async () => {
    const started = start({ port: '0' }, { VERIFY_LESSON_LOG_LEVEL: 'info' });
    const base = await address(started);
    await fetch(`${base}/healthz`);
    started.controller.abort(new Error('received SIGINT'));
    expect(await started.done).toBe(0);
    const records = started.output.stderr.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ msg: 'request completed', res: { statusCode: 200 } }),
        expect.objectContaining({ msg: 'stopping', reason: 'received SIGINT' }),
      ]),
    );
  });

  it('allows browser calls from each --cors-origin over real HTTP, and refuses *', async () => {
    const started = start({ port: '0', host: '127.0.0.1', 'cors-origin': ['https://course.example', 'https://other.example'] });
    const base = await address(started);
    for (const origin of ['https://course.example', 'https://other.example']) {
      const res = await fetch(`${base}/v1/lessons`, { headers: { origin } });
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    }
    const stranger = await fetch(`${base}/v1/lessons`, { headers: { origin: 'https://evil.example' } });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    const star = start({ port: '0', 'cors-origin': ['*'] });
    await expect(star.done).rejects.toMatchObject({ code: 'USAGE' });
  });

  it('stops within its drain deadline although a client stalls mid-body (it waited for that client for ever)', async () => {
    const started = start({ port: '0' }, { VERIFY_LESSON_LOG_LEVEL: 'warn' }, 300);
    const { port } = new URL(await address(started));
    const socket = connect(Number(port), '127.0.0.1');
    const socketClosed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.on('error', () => undefined);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    // 3 of the 1000 bytes announced, then nothing: the request is in flight as far as the server knows.
    socket.write('POST /v1/lessons/w12-l03/verify HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nabc');
    await new Promise((r) => setTimeout(r, 200));
    const stopMs = Date.now();
    started.controller.abort(new Error('received SIGTERM'));
    const outcome = await Promise.race([started.done, new Promise<'still running'>((r) => setTimeout(() => r('still running'), 5000))]);
    expect(outcome).toBe(0);
    expect(Date.now() - stopMs).toBeGreaterThanOrEqual(250);
    await socketClosed;
    const records = started.output.stderr.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records).toEqual([expect.objectContaining({ msg: 'requests still in flight after the drain deadline: closing their connections', drainMs: 300 })]);
  });

  it('does not start when already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const io: CliIo = { stdout: { write: () => true }, stderr: { write: () => true }, cwd: process.cwd(), env: {}, signal: controller.signal };
    expect(await runServeCommand([], { port: '0' } as CliValues, io)).toBe(0);
  });

  it.each([
    [{ port: 'http' }, /--port: expected a port number 0-65535, found "http"/],
    [{ port: '70000' }, /--port: expected a port number/],
  ])('rejects bad options %j as usage errors', async (values, message) => {
    const io: CliIo = { stdout: { write: () => true }, stderr: { write: () => true }, cwd: process.cwd(), env: {} };
    await expect(runServeCommand([], values as CliValues, io)).rejects.toThrow(message);
    await expect(runServeCommand(['extra'], {} as CliValues, io)).rejects.toMatchObject({ code: 'USAGE' });
  });

  it('rejects an unknown log level', async () => {
    const io: CliIo = { stdout: { write: () => true }, stderr: { write: () => true }, cwd: process.cwd(), env: { VERIFY_LESSON_LOG_LEVEL: 'loud' } };
    await expect(runServeCommand([], { port: '0' } as CliValues, io)).rejects.toMatchObject({ code: 'USAGE' });
  });

  it('reports a taken port as PORT_UNAVAILABLE', async () => {
    const blocker = createTcpServer();
    blockers.push(blocker);
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    const started = start({ port: String(port), host: '127.0.0.1' });
    const error = await started.done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VerifyLessonError);
    expect(error).toMatchObject({ code: 'PORT_UNAVAILABLE', message: `port ${port} on 127.0.0.1 is already in use: stop what holds it or pick another --port` });
  });

  it('reports a missing lessons folder', async () => {
    const started = start({ port: '0', lessons: 'no-such-lessons-folder' });
    await expect(started.done).rejects.toMatchObject({ code: 'LESSONS_DIR_NOT_FOUND' });
  });

  it('says on stderr, in lint\'s words, which lesson files did not load when it starts', async () => {
    const temp = await makeTempLessons();
    try {
      await writeFile(join(temp.dir, 'w12-l08.md'), minimalLesson('w12-l08').replace('xp: 5', 'xp: [5'));
      const started = start({ port: '0', host: '127.0.0.1', lessons: temp.dir }, { VERIFY_LESSON_LOG_LEVEL: 'info' });
      await address(started);
      const lint = await runCliCaptured(['lint', temp.dir, '--no-redos']);
      const lintLine = lint.stdout.split('\n').find((line) => line.includes('w12-l08.md'))!;
      expect(lintLine).toMatch(/w12-l08\.md:\d+:\d+: error LESSON_YAML_INVALID /);
      const records = started.output.stderr.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(records.filter((r) => r.finding !== undefined).map((r) => r.msg)).toEqual([lintLine]);
      started.controller.abort();
      expect(await started.done).toBe(0);
    } finally {
      await temp.cleanup();
    }
  });
});
