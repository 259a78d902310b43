import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { VerifyLessonError } from '../errors.js';
import { formatFindingMessage } from '../findings/format-finding.js';
import { findLesson } from '../catalog/load-lessons.js';
import { formatLessonFinding } from '../catalog/format-lesson-finding.js';
import type { Finding } from '../findings/finding.js';
import { loadOptionalPeer } from '../load-optional-peer.js';
import { createVerifier, type LessonReload, type Verifier } from '../verifier/create-verifier.js';
import { toHttpErrorResponse, type HttpErrorBody } from './http-errors.js';
import { toLessonDetail, toLessonSummary } from './lesson-resources.js';
import { createOpenApiDocument } from './openapi.js';
import { createOpenApiExamples } from './openapi-examples.js';
import { readPackageVersion } from './package-files.js';
import { parseVerifyRequest } from './verify-request.js';
import { renderVerdict } from '../formats/render-verdict.js';
import { chooseVerdictFormat, type VerdictFormatChoice } from './choose-verdict-format.js';
import { parseJsonBody, type JsonBodyRefusal } from './json-body.js';
import type { Lesson } from '../lesson/types.js';
import type { Verdict } from '../proof/verdict.js';
import { parseCorsOrigin } from './cors-origins.js';
import { registerCorsHeaders, registerMethodGuards, type RouteMethods } from './method-guards.js';
import { findUnknownQueryParameter, QUERY_PARAMETERS } from './query-parameters.js';
import { createVerdictPool, type VerdictPool } from './verdict-pool.js';

// 5 MiB: a whole day of three nodes' logs fits; checkPaste's own cap (DEFAULT_MAX_BYTES) is the same.
export const DEFAULT_BODY_LIMIT_BYTES = 5 * 1024 * 1024;

// Pastes up to this size are judged on the event loop (a few ms at most, less than a worker's round trip); larger
// ones go to the verdict workers: 4 MB of some real shapes takes checkPaste 0.5-2 s, which would stall every request.
const INLINE_MAX_BYTES = 16 * 1024;

// Pastes that may wait for a busy worker, per worker; beyond that the answer is 503 (each holds up to 5 MiB).
const QUEUED_PER_WORKER = 8;

// One core stays for the event loop (parsing, small pastes, /healthz); more than 4 workers rarely pays.
const defaultVerdictWorkers = (): number => Math.max(1, Math.min(4, availableParallelism() - 1));

// A request (headers and body) must arrive within this, or Node answers 408 and closes the connection: a client
// that stalls mid-body holds no socket and no parser for ever. Node checks every 30 s, so one may last up to 60 s.
const REQUEST_TIMEOUT_MS = 30_000;

// A body refused for its size (413) is read on and discarded, on a connection kept open, up to this many declared
// bytes (and REQUEST_TIMEOUT_MS): closing with the body unread makes the kernel reset the connection, so a client
// still sending (any HTTP client without `Expect: 100-continue`, e.g. Node's) gets EPIPE instead of the 413. A body
// declared larger than this is no paste: the connection closes at once.
const DRAIN_REFUSED_MAX_BYTES = 64 * 1024 * 1024;

/** Pino settings: JSON lines to `stream` (default stdout) at `level` (default info). */
export interface ServerLoggerOptions {
  readonly level?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly stream?: { write(line: string): unknown };
  /** Lesson file paths in the log's lesson findings relative to this folder (`serve` passes its cwd); else absolute. */
  readonly cwd?: string;
}

/** Either share a verifier (e.g. with other platform code) or let the server own one. */
export interface CreateServerOptions {
  /** A verifier shared with the caller (not closed with the server). */
  readonly verifier?: Verifier;
  /** Without `verifier`: the server makes one over this folder (default: bundled lessons) and closes it on close. */
  readonly lessonsDir?: string;
  /** For a verifier the server makes: follow lesson file changes. Default true. */
  readonly watch?: boolean;
  /** Larger request bodies get 413. Default 5 MiB. */
  readonly bodyLimitBytes?: number;
  /** Structured request logs; default false (silent). `true` = info level to stdout. */
  readonly logger?: boolean | ServerLoggerOptions;
  /** Browser origins allowed to call the service (CORS), e.g. `https://course.example`; none by default, never `*`. */
  readonly corsOrigins?: readonly string[];
  /**
   * Worker threads judging pastes over 16 KiB, so a large paste never stalls other requests. Default: the cores
   * less one, from 1 to 4. 0 judges every paste on the event loop. Workers start on first use and stop on close().
   * A worker runs checkPaste on `verifier.getLesson(id)`; `verifier.verify` judges the smaller pastes.
   */
  readonly verdictWorkers?: number;
}

// Every route and its methods: the rest get 405 with Allow (see registerMethodGuards).
const ROUTES: Record<keyof typeof QUERY_PARAMETERS, readonly ('GET' | 'POST')[]> = {
  '/healthz': ['GET'],
  '/v1/lessons': ['GET'],
  '/v1/lessons/:id': ['GET'],
  '/v1/lessons/:id/verify': ['POST'],
  '/openapi.json': ['GET'],
} satisfies RouteMethods;

const REQUEST_ID = /^[\w.:-]{1,128}$/;

function sendError(reply: FastifyReply, statusCode: number, body: HttpErrorBody): FastifyReply {
  return reply.code(statusCode).type('application/json; charset=utf-8').send(body);
}

// A charset the client declares other than UTF-8 (`iso-8859-1`, `utf-16le`) is decoded here, to UTF-8 bytes; undeclared
// bytes go to the verdict engine as they are, which reads UTF-8, UTF-16 with or without a BOM, Windows-1252 where they
// hold no UTF-8, and says when input is binary. A label TextDecoder does not know: `{ unsupported }` (a 415).
function decodeDeclaredCharset(body: Buffer, contentType: string | undefined): Buffer | { readonly unsupported: string } {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (charset === undefined || charset === 'utf-8' || charset === 'utf8' || charset === 'us-ascii') return body;
  let text: string;
  try {
    text = new TextDecoder(charset).decode(body);
  } catch {
    return { unsupported: charset };
  }
  return Buffer.from(text, 'utf8');
}

// A JSON body the server does not read (raised from the body parser, or for a large body from the worker's answer):
// the code Fastify's own JSON parser raises, so toHttpErrorResponse words both alike.
function jsonBodyError(refusal: JsonBodyRefusal): Error {
  return Object.assign(new Error(refusal.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'empty JSON body' : 'invalid JSON body'), { ...refusal, statusCode: 400 });
}

// A JSON body over INLINE_MAX_BYTES, left unparsed for a verdict worker.
class LargeJsonBody {
  constructor(readonly bytes: Buffer) {}
}

function describeReload(reload: LessonReload): Record<string, unknown> {
  return {
    trigger: reload.trigger,
    ok: reload.ok,
    lessons: reload.lessons,
    added: reload.added,
    updated: reload.updated,
    removed: reload.removed,
    kept: reload.kept.map((k) => ({ id: k.id, file: k.file, findings: k.findings.map((f) => `${f.code}${f.line === undefined ? '' : `@${f.line}`}: ${formatFindingMessage(f)}`) })),
    ...(reload.error ? { error: reload.error } : {}),
  };
}

// A lesson file that failed (or was skipped as a note) must be seen where the server starts, not found by a 404: one
// log line per finding of the load, at its severity, in lint's words.
const LOG_LEVEL_OF = { error: 'error', warning: 'warn', info: 'info' } as const;
function logLessonFindings(log: FastifyInstance['log'], findings: readonly Finding[], cwd: string | undefined): void {
  for (const finding of findings) {
    const where = { code: finding.code, ...(finding.file === undefined ? {} : { file: finding.file }), ...(finding.line === undefined ? {} : { line: finding.line }) };
    log[LOG_LEVEL_OF[finding.severity]]({ finding: where }, formatLessonFinding(finding, cwd));
  }
}

/**
 * The HTTP service for course platforms (Fastify 5): list and describe lessons, judge pastes, describe itself
 * (OpenAPI 3.1). Returns the Fastify instance, not yet listening: call `listen()`, or `inject()` in tests;
 * `close()` finishes in-flight requests first. Fastify is loaded here, so library users who never serve don't pay.
 */
export async function createServer(options: CreateServerOptions = {}): Promise<FastifyInstance> {
  if (options.verifier && options.lessonsDir !== undefined) {
    throw new VerifyLessonError('USAGE', 'createServer: pass either a verifier or a lessonsDir, not both');
  }
  // Before the verifier starts watching files: without fastify there is nothing to close.
  const { default: Fastify } = await loadOptionalPeer('fastify', () => import('fastify'));
  const bodyLimitBytes = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const verdictWorkers = options.verdictWorkers ?? defaultVerdictWorkers();
  if (!Number.isInteger(verdictWorkers) || verdictWorkers < 0) {
    throw new VerifyLessonError('USAGE', `createServer: verdictWorkers must be a whole number from 0, found ${String(verdictWorkers)}`);
  }
  const corsOrigins = new Set((options.corsOrigins ?? []).map((raw, i) => parseCorsOrigin(raw, `createServer: corsOrigins[${i}]`)));
  const ownsVerifier = options.verifier === undefined;
  const verifier =
    options.verifier ??
    (await createVerifier({ ...(options.lessonsDir === undefined ? {} : { lessonsDir: options.lessonsDir }), watch: options.watch ?? true }));

  const logger =
    options.logger === true
      ? { level: 'info' }
      : options.logger
        ? { level: options.logger.level ?? 'info', ...(options.logger.stream ? { stream: options.logger.stream } : {}) }
        : false;

  const pool: VerdictPool | undefined = verdictWorkers === 0 ? undefined : createVerdictPool({ size: verdictWorkers, maxQueued: verdictWorkers * QUEUED_PER_WORKER });

  const app = Fastify({
    logger,
    bodyLimit: bodyLimitBytes,
    // In-flight requests finish on close(); idle keep-alive sockets are closed at once.
    forceCloseConnections: 'idle',
    requestTimeout: REQUEST_TIMEOUT_MS,
    // Correlate with the platform's own logs when it sends an id; otherwise make one.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // A URL Fastify cannot decode (`/v1/lessons/%E0%A4%A/verify`) fails before routing, where setErrorHandler does not
    // reach: worded by the same toHttpErrorResponse (BAD_REQUEST), not Fastify's own `{"error":"Bad Request",…}`.
    frameworkErrors: (error, request, reply) => {
      const { statusCode, body } = toHttpErrorResponse(error, { bodyLimitBytes });
      request.log.info({ error: body.error }, body.message);
      return sendError(reply, statusCode, body);
    },
  });

  // Pastes as bytes: the verdict engine decodes them and reports binary or oversized input as findings.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(['text/plain', 'application/octet-stream'], { parseAs: 'buffer' }, (request, body, done) => {
    const decoded = decodeDeclaredCharset(body as Buffer, request.headers['content-type']);
    if (Buffer.isBuffer(decoded)) done(null, decoded);
    else done(Object.assign(new Error('unsupported charset'), { statusCode: 415, code: 'VL_CHARSET_UNSUPPORTED', charset: decoded.unsupported }), undefined);
  });

  // JSON bodies as bytes: up to 16 KiB (or with no workers) parsed here, as Fastify's own parser would; larger ones
  // are parsed, validated and judged on a verdict worker, since JSON.parse of a multi-megabyte paste stalls every
  // request on the event loop for tens of milliseconds.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => {
    const bytes = body as Buffer;
    if (pool !== undefined && bytes.byteLength > INLINE_MAX_BYTES) {
      done(null, new LargeJsonBody(bytes));
      return;
    }
    const parsed = parseJsonBody(bytes);
    if (parsed.ok) done(null, parsed.value);
    else done(jsonBodyError(parsed), undefined);
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // Fastify closes the connection after refusing a body unread; a size Node can read on and discard keeps it
    // (DRAIN_REFUSED_MAX_BYTES): Node drains the request's body after the response, as it does for any handler that
    // answers without reading it. A chunked body's size is unknown: REQUEST_TIMEOUT_MS bounds the drain.
    if (reply.statusCode === 413 && reply.getHeader('connection') === 'close') {
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared <= Math.max(DRAIN_REFUSED_MAX_BYTES, bodyLimitBytes)) reply.removeHeader('connection');
    }
  });

  // First of the onRequest hooks, so the refusals of the hooks after it and of body parsing (415, 413, a bad query
  // parameter, broken JSON) carry them too: the CORS grant (else a browser sees a CORS failure, not the 400) and
  // Vary. Every answer of the verify route depends on Accept (a verdict's format, a 406, a 400 in the format asked
  // for): caches must key on it, whatever the status.
  registerCorsHeaders(app, corsOrigins);
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST' || request.routeOptions.url !== '/v1/lessons/:id/verify') return;
    const vary = reply.getHeader('vary');
    reply.header('vary', vary ? `${String(vary)}, Accept` : 'Accept');
  });

  // A compressed body is not a paste: judged as is it was "binary data" (PASTE_BINARY) or "not valid JSON", which
  // blames the student's log for the platform's transport. RFC 7694: 415 for a content coding the server lacks.
  app.addHook('onRequest', async (request, reply) => {
    const coding = request.headers['content-encoding']?.trim().toLowerCase();
    if (coding === undefined || coding === '' || coding === 'identity') return;
    await sendError(reply, 415, {
      error: 'UNSUPPORTED_MEDIA_TYPE',
      message: `unsupported Content-Encoding ${JSON.stringify(coding)}: send the body uncompressed (identity)`,
    });
  });

  app.setErrorHandler((error, request, reply) => {
    const { statusCode, body } = toHttpErrorResponse(error, {
      bodyLimitBytes,
      ...(request.headers['content-type'] === undefined ? {} : { contentType: request.headers['content-type'] }),
    });
    if (statusCode >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ error: body.error }, body.message);
    return sendError(reply, statusCode, body);
  });

  // Before the body is read; a wrong method is left to the 405 of registerMethodGuards.
  app.addHook('onRequest', async (request, reply) => {
    const url = request.routeOptions.url as keyof typeof QUERY_PARAMETERS | undefined;
    if (url === undefined || !Object.hasOwn(ROUTES, url)) return;
    const methods: readonly string[] = ROUTES[url];
    if (!methods.includes(request.method === 'HEAD' ? 'GET' : request.method)) return;
    const unknown = findUnknownQueryParameter(request.query, QUERY_PARAMETERS[url], `${methods[0]} ${url}`);
    if (unknown) await sendError(reply, 400, unknown);
  });

  registerMethodGuards(app, ROUTES, corsOrigins, sendError);

  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, { error: 'NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0]}` }),
  );

  const lessonNotFound = (reply: FastifyReply, id: string) => {
    const lessons = new Map(verifier.listLessons().map((l) => [l.id, l]));
    const { finding } = findLesson({ dir: verifier.dir, lessons, files: verifier.files, findings: verifier.findings }, id);
    return sendError(reply, 404, { error: 'LESSON_NOT_FOUND', message: formatFindingMessage(finding!) });
  };

  app.get('/healthz', async () => {
    const reload = verifier.lastReload;
    return { status: 'ok', lessons: verifier.listLessons().length, reload: { trigger: reload.trigger, atMs: reload.atMs, ok: reload.ok } };
  });

  app.get('/v1/lessons', async () => ({ lessons: verifier.listLessons().map(toLessonSummary) }));

  app.get('/v1/lessons/:id', async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {
    const lesson = verifier.getLesson(request.params.id);
    return lesson ? toLessonDetail(lesson) : lessonNotFound(reply, request.params.id);
  });

  const busy = (reply: FastifyReply) => {
    reply.header('retry-after', '1');
    return sendError(reply, 503, { error: 'BUSY', message: 'too many large pastes are waiting to be judged: retry in a moment' });
  };

  const sendVerdict = (reply: FastifyReply, choice: Extract<VerdictFormatChoice, { ok: true }>, verdict: Verdict, lesson: Lesson, executionTimeMs: number) => {
    const { contentType, body } = renderVerdict(choice.format, verdict, lesson, { pretty: false, partialCredit: choice.partialCredit, executionTimeMs });
    reply.header('cache-control', 'no-store');
    return reply.type(contentType).send(body);
  };

  app.post('/v1/lessons/:id/verify', async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {
    const { id } = request.params;
    const lesson = verifier.getLesson(id);
    if (!lesson) return lessonNotFound(reply, id);
    const choice = chooseVerdictFormat(request.query, request.headers.accept);
    if (request.body instanceof LargeJsonBody) {
      // Parsed and validated on the worker; a format the client cannot take is said after the body's own 400s, as
      // for a small body, and then nothing is judged.
      if (pool!.saturated) return busy(reply);
      const startedMs = performance.now();
      const outcome = await pool!.judgeJsonBody(lesson, request.body.bytes, request.query, { judge: choice.ok });
      const executionTimeMs = performance.now() - startedMs;
      if ('jsonError' in outcome) throw jsonBodyError(outcome.jsonError);
      if ('invalid' in outcome) return sendError(reply, 400, outcome.invalid);
      if (!choice.ok) return sendError(reply, choice.statusCode, choice.body);
      if (!('verdict' in outcome)) throw new Error('a verdict worker validated a body it was asked to judge');
      return sendVerdict(reply, choice, outcome.verdict, lesson, executionTimeMs);
    }
    const parsed = parseVerifyRequest(request.body, request.query);
    if (!parsed.ok) return sendError(reply, 400, parsed.error);
    if (!choice.ok) return sendError(reply, choice.statusCode, choice.body);
    const { paste, rejectReference } = parsed.request;
    const verifyOptions = rejectReference === undefined ? {} : { rejectReference };
    const onWorker = pool !== undefined && (typeof paste === 'string' ? paste.length : paste.byteLength) > INLINE_MAX_BYTES;
    if (onWorker && pool.saturated) return busy(reply);
    const startedMs = performance.now();
    const verdict = onWorker ? await pool.judge(lesson, paste, verifyOptions) : verifier.verify(id, paste, verifyOptions);
    return sendVerdict(reply, choice, verdict, lesson, performance.now() - startedMs);
  });

  let openapi: Record<string, unknown> | undefined;
  app.get('/openapi.json', async () => {
    if (!openapi) {
      const examples = createOpenApiExamples(verifier);
      openapi = createOpenApiDocument({ version: readPackageVersion(), bodyLimitBytes, ...(examples ? { examples } : {}) });
    }
    return openapi;
  });

  const findingsCwd = typeof options.logger === 'object' ? options.logger.cwd : undefined;
  logLessonFindings(app.log, verifier.lastReload.findings, findingsCwd);
  const unsubscribe = verifier.subscribe((reload) => {
    if (!reload.error) logLessonFindings(app.log, reload.findings, findingsCwd);
    if (reload.ok) app.log.info({ reload: describeReload(reload) }, 'lessons reloaded');
    else app.log.warn({ reload: describeReload(reload) }, 'lessons reloaded with problems; last good versions kept');
  });
  app.addHook('preClose', async () => {
    app.log.info('closing: no new connections; in-flight requests finish first');
  });
  app.addHook('onClose', async () => {
    unsubscribe();
    await pool?.close();
    if (ownsVerifier) await verifier.close();
  });
  return app;
}
