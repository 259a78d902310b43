import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { lessonFrontMatterSchema } from '../../src/lesson/schema.js';
import { formatFindingMessage } from '../../src/findings/format-finding.js';
import { addFindingMessages } from '../../src/proof/add-finding-messages.js';
import { formatVerdictText } from '../../src/proof/format-verdict.js';
import { REFERENCE_MARK } from '../../src/proof/reference-mark.js';
import type { Verdict } from '../../src/proof/verdict.js';
import { createServer, DEFAULT_BODY_LIMIT_BYTES } from '../../src/server/create-server.js';
import { createVerifier, type Verifier, type VerifyOptions } from '../../src/verifier/create-verifier.js';
import { makeTempLessons, root, type TempLessons } from '../verifier/temp-lessons.js';
import { makeSlowPaste, startSlowRequest } from './http-helpers.js';

const passingPaste = readFileSync(join(root, 'fixtures/pastes/bundled-grep.log'), 'utf8');
const tooSlowPaste = readFileSync(join(root, 'fixtures/pastes/too-slow.log'), 'utf8');
const VERIFY = '/v1/lessons/w12-l03/verify';

let verifier: Verifier;
let app: FastifyInstance;
beforeAll(async () => {
  verifier = await createVerifier();
  app = await createServer({ verifier });
});
afterAll(async () => {
  await app?.close();
  await verifier?.close();
});

// Servers and folders a single test makes for itself.
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('GET routes', () => {
  it('reports health', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', lessons: 4, reload: { trigger: 'initial', ok: true } });
  });

  it('lists lessons without server paths', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/lessons' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const { lessons } = res.json() as { lessons: { id: string }[] };
    expect(lessons.map((l) => l.id)).toEqual(['w12-l03', 'w12-l04', 'w12-l05', 'w12-l06']);
    expect(lessons[0]).toEqual({ id: 'w12-l03', title: 'Demo step 2 — kill the leader', xp: 50, kind: 'lesson', order: 3, part: 'w12', proofType: 'paste', timing: true });
    expect(res.body).not.toContain(root);
  });

  it('describes a lesson: front-matter (valid against its own schema) and section titles', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/lessons/w12-l03' });
    expect(res.statusCode).toBe(200);
    const { sections, ...frontMatter } = res.json();
    expect(lessonFrontMatterSchema.parse(frontMatter)).toEqual(frontMatter);
    expect(frontMatter).toMatchObject({
      id: 'w12-l03',
      xp: 50,
      proof: {
        type: 'paste',
        instructions: expect.stringContaining('heartbeat timeout'),
        regex_patterns: ['timeout|timed out|no heartbeat', 'kill|SIGTERM|SIGINT|stopped|terminated'],
        timing: { window_ms: 300, followers: 2 },
      },
    });
    expect(sections.map((s: { title: string }) => s.title)).toEqual(['Concept', 'Task', 'Hints', 'Verify', 'Done When']);
    expect(sections[4]).toEqual({ title: 'Done When', slug: 'done-when' });
    expect(res.body).not.toContain(root);
  });

  it('404s unknown lessons with a suggestion, and never resolves a path', async () => {
    const typo = await app.inject({ method: 'GET', url: '/v1/lessons/w12-l3' });
    expect(typo.statusCode).toBe(404);
    expect(typo.json()).toEqual({ error: 'LESSON_NOT_FOUND', message: expect.stringContaining('did you mean "w12-l03"') });
    for (const url of ['/v1/lessons/..%2F..%2Fetc%2Fpasswd', '/v1/lessons/..%2F..%2Fetc%2Fpasswd/verify', '/v1/lessons/__proto__']) {
      const res = await app.inject({ method: url.endsWith('verify') ? 'POST' : 'GET', url, payload: url.endsWith('verify') ? { paste: 'x' } : undefined });
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toBe('LESSON_NOT_FOUND');
      expect(res.body).not.toContain('root:');
    }
  });

  it('404s unknown routes as JSON', async () => {
    for (const [method, url] of [['GET', '/nope'], ['POST', '/v2/lessons']] as const) {
      const res = await app.inject({ method, url });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ error: 'NOT_FOUND', message: expect.stringContaining(url) });
    }
  });

  it('400s a URL it cannot decode with the documented BAD_REQUEST body, on every route (not Fastify\'s own {"error":"Bad Request"})', async () => {
    for (const [method, url] of [['POST', '/v1/lessons/%E0%A4%A/verify'], ['GET', '/v1/lessons/%'], ['POST', '/v1/lessons/w12-l03%ZZ/verify']] as const) {
      const res = await app.inject({ method, url, headers: { 'content-type': 'text/plain' }, payload: 'x' });
      expect([res.statusCode, res.headers['content-type']], url).toEqual([400, 'application/json; charset=utf-8']);
      expect(res.json(), url).toEqual({ error: 'BAD_REQUEST', message: `'${url}' is not a valid url component` });
    }
    // A well-encoded `%` (%25) is a lesson id like any other.
    expect((await app.inject({ method: 'GET', url: '/v1/lessons/%25' })).json()).toMatchObject({ error: 'LESSON_NOT_FOUND' });
  });

  it('answers a wrong method on a known route with 405 and Allow, before reading the body', async () => {
    const cases = [
      ['GET', '/v1/lessons/w12-l03/verify', 'POST, OPTIONS'],
      ['DELETE', '/v1/lessons/w12-l03', 'GET, HEAD, OPTIONS'],
      ['POST', '/healthz', 'GET, HEAD, OPTIONS'],
      ['PUT', '/openapi.json', 'GET, HEAD, OPTIONS'],
    ] as const;
    for (const [method, url, allow] of cases) {
      const res = await app.inject({ method, url, headers: { 'content-type': 'image/png' }, payload: 'x' });
      expect(res.statusCode, `${method} ${url}`).toBe(405);
      expect(res.headers.allow).toBe(allow);
      expect(res.json()).toEqual({ error: 'METHOD_NOT_ALLOWED', message: `${method} is not allowed on ${url.replace('w12-l03', ':id')}: use ${allow}` });
    }
    const options = await app.inject({ method: 'OPTIONS', url: '/v1/lessons/w12-l03/verify' });
    expect(options.statusCode).toBe(204);
    expect(options.headers.allow).toBe('POST, OPTIONS');
    expect(options.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('POST /v1/lessons/:id/verify', () => {
  it('returns the same verdict as the library for a passing paste (JSON body)', async () => {
    const res = await app.inject({ method: 'POST', url: VERIFY, payload: { paste: passingPaste } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toMatchObject({ lessonId: 'w12-l03', passed: true, xpAwarded: 50 });
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(addFindingMessages(verifier.verify('w12-l03', passingPaste)))));
  });

  it('gives every finding its wording in message, from the one formatter', async () => {
    const res = await app.inject({ method: 'POST', url: VERIFY, payload: { paste: 'all quiet, nothing happened\n' } });
    const findings = (res.json() as Verdict).checks.flatMap((check) => check.findings);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      const { message, ...data } = finding;
      expect(message).toBe(formatFindingMessage(data));
    }
  });

  it.each([
    ['text/plain', 'text/plain; charset=utf-8', '✓ PASSED  w12-l03'],
    ['application/xml', 'application/xml; charset=utf-8', '<testsuites '],
    ['text/html;q=0.9, text/plain;q=0.5', 'text/plain; charset=utf-8', '✓ PASSED'],
    ['application/json;q=0.4, text/plain;q=0.8', 'text/plain; charset=utf-8', '✓ PASSED'],
    ['*/*', 'application/json; charset=utf-8', '"schemaVersion":1'],
  ])('negotiates Accept: %s', async (accept, contentType, contains) => {
    const res = await app.inject({ method: 'POST', url: VERIFY, payload: { paste: passingPaste }, headers: { accept } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(contentType);
    expect(res.headers.vary).toContain('Accept');
    expect(res.body).toContain(contains);
  });

  it('answers in the ?format asked for, which wins over Accept', async () => {
    const verdict = verifier.verify('w12-l03', passingPaste);
    const lesson = verifier.getLesson('w12-l03')!;
    const text = await app.inject({ method: 'POST', url: `${VERIFY}?format=text`, payload: { paste: passingPaste }, headers: { accept: 'application/json' } });
    expect(text.body).toBe(formatVerdictText(verdict, { color: false, lesson }));
    const gradescope = await app.inject({ method: 'POST', url: `${VERIFY}?format=gradescope`, payload: { paste: passingPaste } });
    expect(gradescope.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(gradescope.json()).toMatchObject({ score: 50, execution_time: expect.any(Number), tests: expect.any(Array) });
    const prairielearn = await app.inject({ method: 'POST', url: `${VERIFY}?format=prairielearn&partialCredit=true`, payload: { paste: tooSlowPaste } });
    expect(prairielearn.json()).toMatchObject({ gradable: true, score: 0.5 });
    const junit = await app.inject({ method: 'POST', url: `${VERIFY}?format=junit`, headers: { 'content-type': 'text/plain' }, payload: passingPaste });
    expect(junit.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(junit.body).toMatch(/^<\?xml version="1.0"/);
  });

  it('draws the paste as SVG for Accept: image/svg+xml and ?format=svg', async () => {
    for (const request of [{ url: VERIFY, headers: { accept: 'image/svg+xml' } }, { url: `${VERIFY}?format=svg`, headers: {} }]) {
      const res = await app.inject({ method: 'POST', ...request, payload: { paste: passingPaste } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
      expect(res.body).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(res.body).toContain('detection window: 300 ms');
    }
  });

  it('refuses an unknown format (400), an Accept it cannot meet (406) and partial credit where it means nothing (400)', async () => {
    const unknown = await app.inject({ method: 'POST', url: `${VERIFY}?format=svgz`, payload: { paste: passingPaste } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toEqual({ error: 'VALIDATION', field: 'format', message: 'query.format: expected one of text, json, gradescope, prairielearn, junit, svg, found "svgz"' });
    const image = await app.inject({ method: 'POST', url: VERIFY, payload: { paste: passingPaste }, headers: { accept: 'image/png' } });
    expect(image.statusCode).toBe(406);
    expect(image.json()).toMatchObject({ error: 'NOT_ACCEPTABLE' });
    // The 406 depends on Accept as much as a verdict does: a cache keys both on it.
    expect(image.headers.vary).toBe('Accept');
    expect(unknown.headers.vary).toBe('Accept');
    const partial = await app.inject({ method: 'POST', url: `${VERIFY}?partialCredit=true`, payload: { paste: passingPaste } });
    expect(partial.statusCode).toBe(400);
    expect(partial.json()).toMatchObject({ field: 'partialCredit' });
  });

  it('answers 200 with passed: false for a failing paste', async () => {
    const res = await app.inject({ method: 'POST', url: VERIFY, payload: { paste: 'all quiet, nothing happened\n' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ lessonId: 'w12-l03', passed: false, xpAwarded: 0 });
  });

  it('accepts the paste as text/plain and as raw bytes', async () => {
    const json = (await app.inject({ method: 'POST', url: VERIFY, payload: { paste: passingPaste } })).json();
    for (const contentType of ['text/plain', 'text/plain; charset=utf-8', 'application/octet-stream']) {
      const res = await app.inject({ method: 'POST', url: VERIFY, headers: { 'content-type': contentType }, payload: Buffer.from(passingPaste) });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(json);
    }
  });

  it('passes rejectReference from the JSON body or, for raw bodies, the query string', async () => {
    const calls: VerifyOptions[] = [];
    const spy: Verifier = Object.create(verifier, {
      verify: { value: (id: string, paste: string | Uint8Array, options?: VerifyOptions) => (calls.push(options ?? {}), verifier.verify(id, paste, options)) },
    });
    const server = await createServer({ verifier: spy });
    cleanups.push(() => server.close());
    await server.inject({ method: 'POST', url: VERIFY, payload: { paste: 'x', rejectReference: true } });
    await server.inject({ method: 'POST', url: `${VERIFY}?rejectReference=true`, headers: { 'content-type': 'text/plain' }, payload: 'x' });
    await server.inject({ method: 'POST', url: `${VERIFY}?rejectReference=false`, headers: { 'content-type': 'text/plain' }, payload: 'x' });
    await server.inject({ method: 'POST', url: VERIFY, payload: { paste: 'x' } });
    expect(calls).toEqual([{ rejectReference: true }, { rejectReference: true }, { rejectReference: false }, {}]);
  });

  it('rejects the bundled cluster\'s reference output only when asked', async () => {
    const reference = `${REFERENCE_MARK}\n${passingPaste}`;
    const lenient = (await app.inject({ method: 'POST', url: VERIFY, payload: { paste: reference } })).json();
    expect(lenient).toMatchObject({ passed: true, referenceOutput: true });
    const strict = (await app.inject({ method: 'POST', url: VERIFY, payload: { paste: reference, rejectReference: true } })).json();
    expect(strict).toMatchObject({ passed: false, xpAwarded: 0, referenceOutput: true });
    expect(strict.checks[0].findings[0].code).toBe('REFERENCE_OUTPUT');
    const viaQuery = await app.inject({ method: 'POST', url: `${VERIFY}?rejectReference=true`, headers: { 'content-type': 'text/plain' }, payload: reference });
    expect(viaQuery.json()).toEqual(strict);
  });

  it.each([
    [{}, { error: 'VALIDATION', message: 'body.paste: expected a string, found no "paste" field', field: 'paste' }],
    [{ paste: 42 }, { error: 'VALIDATION', message: 'body.paste: expected a string, found a number', field: 'paste' }],
    [{ paste: 'x', rejectReference: 'yes' }, { error: 'VALIDATION', message: 'body.rejectReference: expected true or false, found a string', field: 'rejectReference' }],
    [{ paste: 'x', rejectRefrence: true }, { error: 'VALIDATION', message: 'body.rejectRefrence: unknown field; expected only "paste" and "rejectReference"', field: 'rejectRefrence' }],
  ])('400 naming the field for %j', async (payload, expected) => {
    const res = await app.inject({ method: 'POST', url: VERIFY, payload });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual(expected);
  });

  it('400s a body that is not an object, broken JSON, an empty JSON body and a bad query flag', async () => {
    const list = await app.inject({ method: 'POST', url: VERIFY, headers: { 'content-type': 'application/json' }, payload: '["x"]' });
    expect(list.statusCode).toBe(400);
    expect(list.json()).toMatchObject({ error: 'VALIDATION', message: expect.stringMatching(/^body: expected a JSON object .* found a list$/) });
    const broken = await app.inject({ method: 'POST', url: VERIFY, headers: { 'content-type': 'application/json' }, payload: '{"paste": ' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error).toBe('INVALID_JSON');
    const empty = await app.inject({ method: 'POST', url: VERIFY, headers: { 'content-type': 'application/json' }, payload: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toBe('VALIDATION');
    const poisoned = await app.inject({ method: 'POST', url: VERIFY, headers: { 'content-type': 'application/json' }, payload: '{"paste":"x","__proto__":{"a":1}}' });
    expect(poisoned.statusCode).toBe(400);
    const flag = await app.inject({ method: 'POST', url: `${VERIFY}?rejectReference=maybe`, headers: { 'content-type': 'text/plain' }, payload: 'x' });
    expect(flag.statusCode).toBe(400);
    expect(flag.json()).toEqual({ error: 'VALIDATION', message: 'query.rejectReference: expected true or false, found "maybe"', field: 'rejectReference' });
    const none = await app.inject({ method: 'POST', url: VERIFY });
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ error: 'VALIDATION', message: expect.stringContaining('found no body') });
  });

  it('415s content types other than JSON, text and bytes', async () => {
    const res = await app.inject({ method: 'POST', url: VERIFY, headers: { 'content-type': 'application/xml' }, payload: '<paste/>' });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toEqual({ error: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringContaining('"application/xml"') });
  });

  it('415s a compressed body, naming its Content-Encoding, instead of judging it (it was PASTE_BINARY, or INVALID_JSON)', async () => {
    const paste = readFileSync(join(root, 'fixtures/pastes/bundled-grep.log'));
    for (const [type, body] of [['text/plain', paste], ['application/json', Buffer.from(JSON.stringify({ paste: paste.toString('utf8') }))]] as const) {
      const res = await app.inject({ method: 'POST', url: VERIFY, headers: { 'content-type': type, 'content-encoding': 'gzip' }, payload: gzipSync(body) });
      expect(res.statusCode, type).toBe(415);
      expect(res.json()).toEqual({ error: 'UNSUPPORTED_MEDIA_TYPE', message: 'unsupported Content-Encoding "gzip": send the body uncompressed (identity)' });
    }
    const identity = await app.inject({ method: 'POST', url: VERIFY, headers: { 'content-type': 'text/plain', 'content-encoding': 'identity' }, payload: paste });
    expect(identity.statusCode).toBe(200);
    expect(identity.json()).toMatchObject({ passed: true });
  });

  it('decodes the charset a text body declares, reads undeclared UTF-16LE without a BOM as the engine reads bytes, and 415s a charset it does not know', async () => {
    const text = readFileSync(join(root, 'fixtures/pastes/bundled-grep.log'), 'utf8');
    for (const [charset, bytes] of [['utf-16le', Buffer.from(text, 'utf16le')], ['UTF-16BE', Buffer.from(text, 'utf16le').swap16()], ['iso-8859-1', Buffer.from(text.replace(/—/g, '-'), 'latin1')]] as const) {
      const res = await app.inject({ method: 'POST', url: VERIFY, headers: { 'content-type': `text/plain; charset=${charset}` }, payload: bytes });
      expect(res.statusCode, charset).toBe(200);
      expect(res.json(), charset).toMatchObject({ passed: true, input: { lines: 16 } });
    }
    const undeclared = await app.inject({ method: 'POST', url: VERIFY, headers: { 'content-type': 'text/plain' }, payload: Buffer.from(text, 'utf16le') });
    expect(undeclared.json()).toMatchObject({ passed: true, input: { lines: 16 } });
    const unknown = await app.inject({ method: 'POST', url: VERIFY, headers: { 'content-type': 'text/plain; charset=klingon' }, payload: 'x' });
    expect(unknown.statusCode).toBe(415);
    expect(unknown.json()).toEqual({ error: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringMatching(/^unsupported charset "klingon": expected utf-8, utf-16le/) });
  });

  it('413s bodies over the limit with a JSON error', async () => {
    const small = await createServer({ verifier, bodyLimitBytes: 1024 });
    cleanups.push(() => small.close());
    const res = await small.inject({ method: 'POST', url: VERIFY, payload: { paste: 'x'.repeat(2000) } });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ error: 'PAYLOAD_TOO_LARGE', message: 'request body is larger than the limit of 1024 bytes', limitBytes: 1024 });
    const ok = await small.inject({ method: 'POST', url: VERIFY, headers: { 'content-type': 'text/plain' }, payload: 'x'.repeat(1000) });
    expect(ok.statusCode).toBe(200);
  });

  it('enforces the default 5 MiB limit over a real socket', async () => {
    expect(DEFAULT_BODY_LIMIT_BYTES).toBe(5 * 1024 * 1024);
    const server = await createServer({ verifier });
    cleanups.push(() => server.close());
    await server.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
    const line = 'node2 | 12:00:00.000 appended entry to the log\n';
    const under = line.repeat(Math.floor((DEFAULT_BODY_LIMIT_BYTES - 1024) / line.length));
    const accepted = await fetch(`${base}${VERIFY}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: under });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({ lessonId: 'w12-l03', passed: false });
    const over = await fetch(`${base}${VERIFY}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: `${under}${'x'.repeat(2048)}` });
    expect(over.status).toBe(413);
    expect(await over.json()).toMatchObject({ error: 'PAYLOAD_TOO_LARGE', limitBytes: DEFAULT_BODY_LIMIT_BYTES });
  });

  // Node's client sends the whole body without `Expect: 100-continue` and reads the answer as it writes: closing with
  // the body unread reset the connection (EPIPE) instead of answering 413.
  it('answers a client still sending a body of several times the limit with the 413, on a connection kept open', async () => {
    const server = await createServer({ verifier, bodyLimitBytes: 1024 * 1024 });
    cleanups.push(() => server.close());
    await server.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.server.address() as AddressInfo;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    cleanups.push(async () => agent.destroy());
    const post = (body: Buffer): Promise<{ status: number; connection: string | undefined; json: unknown; socket: object }> =>
      new Promise((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, agent, method: 'POST', path: VERIFY, headers: { 'content-type': 'text/plain', 'content-length': body.length } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection, json: JSON.parse(Buffer.concat(chunks).toString()), socket: req.socket! }));
        });
        req.on('error', reject);
        req.end(body);
      });
    const refused = await post(Buffer.alloc(24 * 1024 * 1024, 'a'));
    expect(refused).toMatchObject({ status: 413, json: { error: 'PAYLOAD_TOO_LARGE', limitBytes: 1024 * 1024 } });
    expect(refused.connection).not.toBe('close');
    // The refused body was read to its end: the next request on the same connection is judged.
    const judged = await post(Buffer.from('node2 | 12:00:00.000 appended entry to the log\n'));
    expect(judged).toMatchObject({ status: 200, json: { lessonId: 'w12-l03' } });
    expect(judged.socket).toBe(refused.socket);
  });

  it('closes at once on a body declared far larger than any paste, without reading it', async () => {
    const server = await createServer({ verifier, bodyLimitBytes: 1024 });
    cleanups.push(() => server.close());
    await server.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.server.address() as AddressInfo;
    const socket = connect({ port, host: '127.0.0.1' });
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => undefined);
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write(`POST ${VERIFY} HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: ${1024 ** 4}\r\n\r\n${'a'.repeat(4096)}`);
    await closed;
    expect(Buffer.concat(chunks).toString()).toMatch(/^HTTP\/1\.1 413 [^]*\r\nconnection: close\r\n[^]*PAYLOAD_TOO_LARGE/i);
  });
});

describe('errors and logs', () => {
  it('answers 500 without a stack trace or the error text when judging throws', async () => {
    const failing: Verifier = Object.create(verifier, {
      verify: {
        value: () => {
          throw new Error('boom in /srv/secret/path');
        },
      },
    });
    const lines: string[] = [];
    const server = await createServer({ verifier: failing, logger: { level: 'error', stream: { write: (l: string) => lines.push(l) } } });
    cleanups.push(() => server.close());
    const res = await server.inject({ method: 'POST', url: VERIFY, payload: { paste: 'x' } });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: 'INTERNAL', message: 'internal error' });
    expect(res.body).not.toMatch(/boom|secret|\n\s+at /);
    // The real error goes to the log, for the operator.
    expect(lines.map((l) => JSON.parse(l))).toEqual([expect.objectContaining({ level: 50, err: expect.objectContaining({ message: 'boom in /srv/secret/path' }) })]);
  });

  it('writes one JSON line per request event, with the request id echoed to the client', async () => {
    const lines: string[] = [];
    const server = await createServer({ verifier, logger: { level: 'info', stream: { write: (l: string) => lines.push(l) } } });
    cleanups.push(() => server.close());
    const res = await server.inject({ method: 'POST', url: VERIFY, headers: { 'x-request-id': 'platform-req-7' }, payload: { paste: passingPaste } });
    expect(res.headers['x-request-id']).toBe('platform-req-7');
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const completed = records.find((r) => r.msg === 'request completed');
    expect(completed).toMatchObject({ level: 30, reqId: 'platform-req-7', res: { statusCode: 200 }, responseTime: expect.any(Number) });
    expect(records.find((r) => r.msg === 'incoming request')).toMatchObject({ req: { method: 'POST', url: VERIFY } });
    // The paste itself is not logged.
    expect(lines.join('')).not.toContain('SIGTERM');
    const generated = await server.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'bad id with spaces' } });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('is silent by default and at a higher level', async () => {
    const lines: string[] = [];
    const server = await createServer({ verifier, logger: { level: 'warn', stream: { write: (l: string) => lines.push(l) } } });
    cleanups.push(() => server.close());
    await server.inject({ method: 'GET', url: '/healthz' });
    await server.inject({ method: 'GET', url: '/v1/lessons/nope' });
    expect(lines).toEqual([]);
  });
});

describe('live lessons', () => {
  it('serves an edited lesson file without a restart, and logs the reload', async () => {
    let temp: TempLessons | undefined = await makeTempLessons();
    cleanups.push(async () => temp?.cleanup());
    const lines: string[] = [];
    const server = await createServer({ lessonsDir: temp.dir, logger: { level: 'info', stream: { write: (l: string) => lines.push(l) } } });
    cleanups.push(() => server.close());
    expect((await server.inject({ method: 'GET', url: '/v1/lessons/w12-l03' })).json().xp).toBe(50);
    await writeFile(temp.file, temp.source.replace('xp: 50', 'xp: 70'));
    const deadline = Date.now() + 10_000;
    let xp = 50;
    while (xp === 50 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      xp = (await server.inject({ method: 'GET', url: '/v1/lessons/w12-l03' })).json().xp;
    }
    expect(xp).toBe(70);
    expect((await server.inject({ method: 'POST', url: VERIFY, payload: { paste: passingPaste } })).json().xpAwarded).toBe(70);
    expect(lines.map((l) => JSON.parse(l).msg)).toContain('lessons reloaded');
  });
});

describe('query parameters', () => {
  it.each([
    ['GET', '/healthz?verbose=1', 'query.verbose: unknown parameter; GET /healthz takes no query parameters', 'verbose'],
    ['GET', '/v1/lessons?limit=3', 'query.limit: unknown parameter; GET /v1/lessons takes no query parameters', 'limit'],
    ['GET', '/v1/lessons/w12-l03?x', 'query.x: unknown parameter; GET /v1/lessons/:id takes no query parameters', 'x'],
    ['GET', '/openapi.json?v=3', 'query.v: unknown parameter; GET /openapi.json takes no query parameters', 'v'],
    [
      'POST',
      `${VERIFY}?partialCredt=true`,
      'query.partialCredt: unknown parameter; POST /v1/lessons/:id/verify accepts format, partialCredit, rejectReference — did you mean "partialCredit"?',
      'partialCredt',
    ],
    ['POST', `${VERIFY}?format=json&fromat=text`, 'query.fromat: unknown parameter; POST /v1/lessons/:id/verify accepts format, partialCredit, rejectReference — did you mean "format"?', 'fromat'],
  ] as const)('%s %s: 400 naming the parameter and the accepted ones', async (method, url, message, field) => {
    const res = await app.inject({ method, url, ...(method === 'POST' ? { payload: { paste: passingPaste } } : {}) });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: 'VALIDATION', message, field });
  });

  it('accepts the known ones, and leaves a wrong method to 405 and an unknown route to 404', async () => {
    const known = await app.inject({ method: 'POST', url: `${VERIFY}?format=json&partialCredit=false&rejectReference=0`, payload: { paste: passingPaste } });
    expect(known.statusCode).toBe(200);
    expect((await app.inject({ method: 'DELETE', url: '/healthz?x=1' })).statusCode).toBe(405);
    expect((await app.inject({ method: 'GET', url: '/nope?x=1' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'HEAD', url: '/healthz?x=1' })).statusCode).toBe(400);
  });

  it('refuses an unknown parameter before reading the body, over a real socket', async () => {
    const server = await createServer({ verifier });
    cleanups.push(() => server.close());
    await server.listen({ port: 0, host: '127.0.0.1' });
    const port = (server.server.address() as AddressInfo).port;
    const slow = await startSlowRequest(port, `${VERIFY}?rejectRefrence=true`, passingPaste);
    cleanups.push(async () => slow.socket.destroy());
    // Half of the body is still to come: the answer does not wait for it.
    const response = await slow.response;
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ error: 'VALIDATION', field: 'rejectRefrence', message: expect.stringContaining('did you mean "rejectReference"?') });
  });
});

describe('large pastes on worker threads', () => {
  const bigPaste = `${makeSlowPaste(4 * 1024 * 1024)}\n${passingPaste}`;
  const listen = async (verdictWorkers: number): Promise<string> => {
    const server = await createServer({ verifier, verdictWorkers });
    cleanups.push(() => server.close());
    await server.listen({ port: 0, host: '127.0.0.1' });
    return `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  };
  // The order in which a 4 MB paste, then (once its body is in) /healthz and a small paste, complete.
  const raceBigPaste = async (base: string) => {
    const finished: string[] = [];
    const big = fetch(`${base}${VERIFY}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: bigPaste }).then(async (res) => {
      finished.push('big');
      return { status: res.status, verdict: (await res.json()) as Record<string, unknown> };
    });
    await new Promise((r) => setTimeout(r, 150));
    const health = fetch(`${base}/healthz`).then((res) => (finished.push('healthz'), res.status));
    const small = fetch(`${base}${VERIFY}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: passingPaste }).then(async (res) => {
      finished.push('small');
      return (await res.json()) as Record<string, unknown>;
    });
    return { finished, big: await big, health: await health, small: await small };
  };

  it('answers /healthz and a small paste while a 4 MB paste is judged, and judges it as checkPaste does', async () => {
    const { finished, big, health, small } = await raceBigPaste(await listen(1));
    expect(health).toBe(200);
    expect(small).toMatchObject({ passed: true });
    expect(finished.at(-1)).toBe('big');
    expect(big.status).toBe(200);
    expect(big.verdict).toEqual(JSON.parse(JSON.stringify(addFindingMessages(verifier.verify('w12-l03', Buffer.from(bigPaste))))));
  });

  it('with verdictWorkers: 0 the same requests wait for the 4 MB paste (what the workers prevent)', async () => {
    const { finished } = await raceBigPaste(await listen(0));
    expect(finished[0]).toBe('big');
  });

  it('stops its worker threads on close', async () => {
    const threads = () => Number(/Threads:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1]);
    const server = await createServer({ verifier, verdictWorkers: 1 });
    const before = threads();
    const judge = (paste: string) => server.inject({ method: 'POST', url: VERIFY, headers: { 'content-type': 'text/plain' }, payload: paste });
    expect((await judge(passingPaste.repeat(20))).statusCode).toBe(200);
    expect(threads()).toBe(before + 1);
    await server.close();
    expect(threads()).toBe(before);
  });

  it('parses, checks and judges a large JSON body on the worker: the event loop never runs JSON.parse on it, and the verdict is the same', async () => {
    const server = await createServer({ verifier, verdictWorkers: 1 });
    cleanups.push(() => server.close());
    const parse = vi.spyOn(JSON, 'parse');
    cleanups.push(async () => parse.mockRestore());
    const res = await server.inject({ method: 'POST', url: VERIFY, headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ paste: bigPaste }) });
    const parsedLengths = parse.mock.calls.map(([text]) => (typeof text === 'string' ? text.length : 0));
    parse.mockRestore();
    expect(Math.max(0, ...parsedLengths)).toBeLessThan(16 * 1024);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(addFindingMessages(verifier.verify('w12-l03', Buffer.from(bigPaste))))));
  });

  // The same defect in a small body (parsed on the event loop) and in one over 16 KiB (parsed on the worker).
  const filler = 'x'.repeat(20 * 1024);
  it.each([
    ['broken JSON', (p: string) => `{"paste": "${p}`],
    ['a "__proto__" key', (p: string) => `{"paste": "${p}", "__proto__": {"a": 1}}`],
    ['a list', (p: string) => JSON.stringify([p])],
    ['a paste that is a list', (p: string) => JSON.stringify({ paste: [p] })],
    ['a wrong rejectReference', (p: string) => JSON.stringify({ paste: p, rejectReference: 'yes' })],
    ['an unknown field', (p: string) => JSON.stringify({ paste: p, rejectRefrence: true })],
  ])('refuses %s in a large JSON body in the same words as in a small one', async (_, makeBody) => {
    const server = await createServer({ verifier, verdictWorkers: 1 });
    cleanups.push(() => server.close());
    const send = (payload: string, url = VERIFY) => server.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload });
    const small = await send(makeBody('x'));
    const large = await send(makeBody(filler));
    expect(small.statusCode).toBe(400);
    expect(large.statusCode).toBe(400);
    // Where the syntax breaks is the body's own position (the large body's filler moves it).
    const words = (body: { message: string }) => ({ ...body, message: body.message.replace(/position \d+/, 'position N') });
    expect(words(large.json())).toEqual(words(small.json()));
    expect(small.json().error).toMatch(/^(VALIDATION|INVALID_JSON)$/);
  });

  it('a large JSON body with a bad query flag or an Accept it cannot meet is answered as a small one is', async () => {
    const server = await createServer({ verifier, verdictWorkers: 1 });
    cleanups.push(() => server.close());
    const send = (paste: string, url: string, accept?: string) =>
      server.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) }, payload: JSON.stringify({ paste }) });
    for (const [url, accept] of [[`${VERIFY}?rejectReference=maybe`, undefined], [VERIFY, 'image/png']] as const) {
      const small = await send(passingPaste, url, accept);
      const large = await send(bigPaste, url, accept);
      expect(small.statusCode).toBeGreaterThanOrEqual(400);
      expect([large.statusCode, large.json()]).toEqual([small.statusCode, small.json()]);
    }
  });

  it('refuses a verdictWorkers that is not a whole number', async () => {
    await expect(createServer({ verifier, verdictWorkers: 1.5 })).rejects.toThrow('createServer: verdictWorkers must be a whole number from 0, found 1.5');
  });
});

describe('graceful close', () => {
  it('lets an in-flight request finish, then stops', async () => {
    const lines: string[] = [];
    const server = await createServer({ verifier, logger: { level: 'info', stream: { write: (l: string) => lines.push(l) } } });
    let closed = false;
    cleanups.push(() => (closed ? Promise.resolve() : server.close()));
    await server.listen({ port: 0, host: '127.0.0.1' });
    const port = (server.server.address() as AddressInfo).port;
    const slow = await startSlowRequest(port, VERIFY, passingPaste);
    cleanups.push(async () => slow.socket.destroy());
    // In flight: the server has logged the request (headers read), half of the body is still to come.
    while (!lines.some((l) => l.includes('incoming request'))) await new Promise((r) => setTimeout(r, 10));
    const closing = server.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(closed).toBe(false);
    slow.finish();
    const response = await slow.response;
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ passed: true, xpAwarded: 50 });
    await closing;
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});

describe('CORS', () => {
  it('is off by default: no CORS headers for any origin', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/lessons', headers: { origin: 'https://course.example' } });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses * from a library caller in a library caller\'s words (no command-line option named)', async () => {
    await expect(createServer({ verifier, corsOrigins: ['https://course.example', '*'] })).rejects.toMatchObject({
      code: 'ARGUMENT_INVALID',
      message: 'createServer: corsOrigins[1]: expected an origin such as https://course.example (scheme, host, optional port; never *), found "*"',
    });
  });

  it('grants exactly the allowlisted origins, never * and never credentials', async () => {
    const cors = await createServer({ verifier, corsOrigins: ['https://course.example', 'http://localhost:3000'] });
    cleanups.push(() => cors.close());
    const allowed = await cors.inject({ method: 'POST', url: VERIFY, payload: { paste: passingPaste }, headers: { origin: 'http://localhost:3000' } });
    expect(allowed.headers['access-control-allow-origin']).toBe('http://localhost:3000');
    expect(allowed.headers['access-control-allow-credentials']).toBeUndefined();
    expect(allowed.headers.vary).toBe('Origin, Accept');
    const other = await cors.inject({ method: 'GET', url: '/v1/lessons', headers: { origin: 'https://evil.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    expect(other.headers.vary).toBe('Origin');

    const preflight = await cors.inject({
      method: 'OPTIONS',
      url: VERIFY,
      headers: { origin: 'https://course.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers).toMatchObject({
      'access-control-allow-origin': 'https://course.example',
      'access-control-allow-methods': 'POST, OPTIONS',
      'access-control-allow-headers': 'content-type, accept, x-request-id',
    });
    const refused = await cors.inject({ method: 'OPTIONS', url: VERIFY, headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    expect(refused.headers['access-control-allow-methods']).toBeUndefined();
  });

  it.each(['*', 'https://course.example/path', 'ftp://course.example', 'https://user:pw@course.example', 'course.example'])(
    'refuses %j as an allowed origin',
    async (origin) => {
      await expect(createServer({ verifier, corsOrigins: [origin] })).rejects.toMatchObject({ code: 'ARGUMENT_INVALID', message: expect.stringContaining('never *') });
    },
  );
});

describe('answers refused before the handler (integrator review)', () => {
  // Found as a platform integrator: a 400 for broken JSON, a 413, a 415 or an unknown query parameter is an answer
  // of the verify route too, yet it lacked Vary: Accept (README: every answer of the route carries it), and those
  // refused in an early hook lacked the CORS grant, so a browser on an allowed origin saw a CORS failure, not the 400.
  it('carries Vary: Origin, Accept and the CORS grant on every early refusal of the verify route', async () => {
    const cors = await createServer({ verifier, corsOrigins: ['https://course.example'], bodyLimitBytes: 1024 });
    cleanups.push(() => cors.close());
    const origin = 'https://course.example';
    const answers = {
      brokenJson: await cors.inject({ method: 'POST', url: VERIFY, headers: { origin, 'content-type': 'application/json' }, payload: '{"paste": ' }),
      emptyJson: await cors.inject({ method: 'POST', url: VERIFY, headers: { origin, 'content-type': 'application/json' }, payload: '' }),
      tooLarge: await cors.inject({ method: 'POST', url: VERIFY, headers: { origin, 'content-type': 'text/plain' }, payload: 'x'.repeat(2000) }),
      contentType: await cors.inject({ method: 'POST', url: VERIFY, headers: { origin, 'content-type': 'text/html' }, payload: 'x' }),
      encoding: await cors.inject({ method: 'POST', url: VERIFY, headers: { origin, 'content-type': 'text/plain', 'content-encoding': 'gzip' }, payload: gzipSync('x') }),
      unknownQuery: await cors.inject({ method: 'POST', url: `${VERIFY}?partialCredt=true`, headers: { origin, 'content-type': 'text/plain' }, payload: 'x' }),
      judged: await cors.inject({ method: 'POST', url: VERIFY, headers: { origin, 'content-type': 'text/plain' }, payload: 'x' }),
    };
    expect(Object.fromEntries(Object.entries(answers).map(([k, r]) => [k, [r.statusCode, r.headers.vary, r.headers['access-control-allow-origin']]]))).toEqual({
      brokenJson: [400, 'Origin, Accept', origin],
      emptyJson: [400, 'Origin, Accept', origin],
      tooLarge: [413, 'Origin, Accept', origin],
      contentType: [415, 'Origin, Accept', origin],
      encoding: [415, 'Origin, Accept', origin],
      unknownQuery: [400, 'Origin, Accept', origin],
      judged: [200, 'Origin, Accept', origin],
    });
    const plain = await app.inject({ method: 'POST', url: VERIFY, headers: { 'content-type': 'application/json' }, payload: '{"paste": ' });
    expect(plain.headers.vary).toBe('Accept');
    const other = await app.inject({ method: 'GET', url: '/v1/lessons?x=1' });
    expect(other.headers.vary).toBeUndefined();
  });

  it('says why a JSON body is refused: where the syntax breaks, or which key is forbidden', async () => {
    const broken = await app.inject({ method: 'POST', url: VERIFY, headers: { 'content-type': 'application/json' }, payload: '{"paste": "abc",' });
    expect(broken.json()).toEqual({ error: 'INVALID_JSON', message: expect.stringMatching(/^body: not valid JSON \(.*JSON.*\)$/) });
    const poisoned = await app.inject({ method: 'POST', url: VERIFY, headers: { 'content-type': 'application/json' }, payload: '{"paste":"x","__proto__":{"a":1}}' });
    expect(poisoned.json()).toEqual({ error: 'INVALID_JSON', message: 'body: JSON with a forbidden "__proto__" or "constructor" key' });
  });

  it('names the unknown field a body sent instead of "paste", with a did-you-mean', async () => {
    const typo = await app.inject({ method: 'POST', url: VERIFY, payload: { paset: 'x' } });
    expect(typo.statusCode).toBe(400);
    expect(typo.json()).toEqual({
      error: 'VALIDATION',
      field: 'paste',
      message: 'body.paste: expected a string, found no "paste" field; the body has "paset" — did you mean "paste"?',
    });
    const none = await app.inject({ method: 'POST', url: VERIFY, payload: {} });
    expect(none.json()).toEqual({ error: 'VALIDATION', field: 'paste', message: 'body.paste: expected a string, found no "paste" field' });
  });
});
