import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { VerifyLessonError } from '../../errors.js';
import type { ServerLoggerOptions } from '../../server/create-server.js';
import type { CliIo } from '../cli-io.js';
import { parseCorsOrigin } from '../../server/cors-origins.js';
import type { CliValues } from '../run-cli.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * How long a stop waits for in-flight requests before closing their connections: a client that stalls mid-body
 * must not keep the server alive past its supervisor's stop (systemd waits 90 s, then SIGKILLs).
 */
export const SERVE_DRAIN_MS = 10_000;

function parsePort(raw: string): number {
  const port = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new VerifyLessonError('USAGE', `--port: expected a port number 0-65535, found "${raw}"`);
  return port;
}

function parseWorkers(raw: string): number {
  const workers = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
  if (!(workers >= 0 && workers <= 64)) throw new VerifyLessonError('USAGE', `--workers: expected a number of threads 0-64, found "${raw}"`);
  return workers;
}

function parseLogLevel(raw: string | undefined): NonNullable<ServerLoggerOptions['level']> {
  if (raw === undefined || raw === '') return 'info';
  const level = LOG_LEVELS.find((l) => l === raw.toLowerCase());
  if (!level) throw new VerifyLessonError('USAGE', `VERIFY_LESSON_LOG_LEVEL: expected one of ${LOG_LEVELS.join(', ')}, found "${raw}"`);
  return level;
}

function formatAddress(address: AddressInfo): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/**
 * `verify-lesson serve [--port 8080] [--host 127.0.0.1] [--lessons DIR] [--cors-origin ORIGIN]... [--workers N]`: the HTTP service in the foreground.
 * Prints `listening on http://HOST:PORT` on stdout once bound (port 0 picks a free one); request logs are JSON
 * lines on stderr (level from VERIFY_LESSON_LOG_LEVEL, default info), with one line per problem of each lesson load in
 * lint's words (a file that did not load, a .md skipped as not a lesson). Lesson file edits are picked up live. On
 * io.signal (Ctrl+C / SIGTERM) it stops accepting, lets in-flight requests finish for up to `drainMs`, closes the
 * connections still open after that, and resolves 0.
 */
export async function runServeCommand(
  rest: readonly string[],
  values: CliValues,
  io: CliIo,
  { drainMs = SERVE_DRAIN_MS }: { readonly drainMs?: number } = {},
): Promise<number> {
  if (rest.length > 0) throw new VerifyLessonError('USAGE', `serve takes no arguments, found "${rest[0]}"`);
  const port = parsePort(values.port ?? '8080');
  const host = values.host ?? '127.0.0.1';
  const level = parseLogLevel(io.env.VERIFY_LESSON_LOG_LEVEL);
  const workers = values.workers === undefined ? undefined : parseWorkers(values.workers);
  const { createServer } = await import('../../server/create-server.js');
  const app = await createServer({
    ...(values.lessons === undefined ? {} : { lessonsDir: resolve(io.cwd, values.lessons) }),
    watch: true,
    logger: { level, stream: io.stderr, cwd: io.cwd },
    ...(values['cors-origin'] === undefined ? {} : { corsOrigins: values['cors-origin'].map((raw) => parseCorsOrigin(raw)) }),
    ...(workers === undefined ? {} : { verdictWorkers: workers }),
  });

  const stopped = new Promise<void>((resolveStopped) => {
    if (!io.signal) return; // no signal: serve until the process ends
    if (io.signal.aborted) resolveStopped();
    else io.signal.addEventListener('abort', () => resolveStopped(), { once: true });
  });

  let closing: Promise<unknown> | undefined;
  try {
    if (io.signal?.aborted) return 0;
    try {
      await app.listen({ port, host });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Nothing was served: closing needs no log line, so the error below stays the only line.
      app.log.level = 'silent';
      if (code === 'EADDRINUSE') {
        throw new VerifyLessonError('PORT_UNAVAILABLE', `port ${port} on ${host} is already in use: stop what holds it or pick another --port`, { cause: error });
      }
      if (code === 'EACCES' || code === 'EADDRNOTAVAIL') {
        throw new VerifyLessonError('PORT_UNAVAILABLE', `cannot listen on ${host}:${port}: ${code}`, { cause: error });
      }
      throw new VerifyLessonError('SERVER_START_FAILED', `cannot start the server on ${host}:${port}: ${(error as Error).message}`, { cause: error });
    }
    io.stdout.write(`listening on ${formatAddress(app.server.address() as AddressInfo)}\n`);
    await stopped;
    const reason = io.signal?.reason instanceof Error ? io.signal.reason.message : 'stop requested';
    app.log.info({ reason }, 'stopping');
    closing = app.close();
    const deadline = setTimeout(() => {
      app.log.warn({ drainMs }, 'requests still in flight after the drain deadline: closing their connections');
      app.server.closeAllConnections();
    }, drainMs);
    try {
      await closing;
    } finally {
      clearTimeout(deadline);
    }
    return 0;
  } finally {
    await (closing ?? app.close());
  }
}
