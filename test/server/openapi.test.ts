import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFrontMatterJsonSchema } from '../../src/lesson/front-matter-json-schema.js';
import { createServer } from '../../src/server/create-server.js';
import { verdictJsonSchema, verdictSchema } from '../../src/proof/verdict-schema.js';
import { createOpenApiDocument } from '../../src/server/openapi.js';
import { HTTP_ERROR_CODES } from '../../src/server/http-errors.js';
import { QUERY_PARAMETERS } from '../../src/server/query-parameters.js';

const root = join(import.meta.dirname, '../..');
const passingPaste = readFileSync(join(root, 'fixtures/pastes/bundled-grep.log'), 'utf8');
type Json = Record<string, unknown>;

let app: FastifyInstance;
let doc: Json;
beforeAll(async () => {
  app = await createServer({ watch: false });
  doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
});
afterAll(async () => {
  await app?.close();
});

function collectRefs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') out.push(child);
      else collectRefs(child, out);
    }
  }
  return out;
}

function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Json)[key] : undefined), document);
}

// A component as a standalone JSON Schema (components become $defs), turned into zod to validate real responses.
function validatorFor(name: string): z.ZodType {
  const schemas = (doc.components as { schemas: Json }).schemas;
  const toDefs = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value).replace(/"#\/components\/schemas\/([^"]+)"/g, '"#/$defs/$1"'));
  return z.fromJSONSchema({ ...(toDefs(schemas[name]) as Json), $defs: toDefs(schemas) as Json } as never);
}

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document whose every $ref resolves', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect((doc.info as Json).version).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    const refs = collectRefs(doc);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(resolvePointer(doc, ref), ref).toBeDefined();
    expect(JSON.stringify(doc)).not.toContain('"$defs"');
  });

  it('documents exactly the routes the server has', () => {
    const paths = doc.paths as Record<string, Record<string, unknown>>;
    expect(Object.keys(paths).sort()).toEqual(['/healthz', '/openapi.json', '/v1/lessons', '/v1/lessons/{id}', '/v1/lessons/{id}/verify']);
    for (const [path, operations] of Object.entries(paths)) {
      for (const method of Object.keys(operations)) {
        expect(app.hasRoute({ method: method.toUpperCase() as 'GET', url: path.replace(/\{(\w+)\}/g, ':$1') }), `${method} ${path}`).toBe(true);
      }
    }
    const verify = paths['/v1/lessons/{id}/verify']!.post as { requestBody: { content: Json }; responses: Json };
    expect(Object.keys(verify.requestBody.content)).toEqual(['application/json', 'text/plain', 'application/octet-stream']);
    expect(Object.keys(verify.responses)).toEqual(['200', '400', '404', '406', '413', '415', '503']);
    expect(Object.keys((verify.responses['200'] as { content: Json }).content)).toEqual(['application/json', 'text/plain', 'application/xml']);
  });

  it('lists, per route, exactly the query parameters the server accepts (others get 400)', async () => {
    const paths = doc.paths as Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
    for (const [path, operations] of Object.entries(paths)) {
      const documented = Object.values(operations).flatMap((op) => (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name));
      const url = path.replace(/\{(\w+)\}/g, ':$1') as keyof typeof QUERY_PARAMETERS;
      expect([...documented].sort(), path).toEqual([...QUERY_PARAMETERS[url]].sort());
      const method = Object.keys(operations)[0]!.toUpperCase() as 'GET' | 'POST';
      const res = await app.inject({ method, url: `${path.replace('{id}', 'w12-l03')}?unknownParameter=1`, ...(method === 'POST' ? { payload: { paste: 'x' } } : {}) });
      expect(res.statusCode, path).toBe(400);
    }
  });

  it('lists every error code with its status', () => {
    const error = (doc.components as { schemas: Record<string, { properties: Record<string, Json> }> }).schemas.Error!.properties.error!;
    expect(error.enum).toEqual(Object.keys(HTTP_ERROR_CODES));
    expect(error.description).toContain('VALIDATION (400): a body field or query parameter is missing, unknown or has a wrong value; `field` names it');
    expect(error.description).toContain('BUSY (503)');
  });

  it('takes the lesson and verdict schemas from their zod schemas', () => {
    const schemas = (doc.components as { schemas: Record<string, Json> }).schemas;
    const authored = createFrontMatterJsonSchema();
    expect(Object.keys(schemas.LessonDetail!.properties as Json)).toEqual([...Object.keys(authored.properties as Json), 'sections']);
    expect(schemas.LessonDetail!.required).toEqual(['id', 'title', 'xp', 'kind', 'proof', 'sections']);
    const verdict = verdictJsonSchema();
    expect(Object.keys(schemas.Verdict!.properties as Json)).toEqual(Object.keys(verdict.properties as Json));
    expect(schemas.Verdict!.required).toEqual(verdict.required);
    expect(schemas.Verdict!.required).toEqual(expect.arrayContaining(['lessonId', 'passed', 'xpAwarded', 'checks']));
    expect(schemas.VerifyRequest).toMatchObject({ type: 'object', required: ['paste'], additionalProperties: false });
  });

  it('describes the real responses: lesson list, lesson, verdict, error', async () => {
    type Request = { method: 'GET' | 'POST'; url: string; payload?: object };
    const cases: [string, Request][] = [
      ['LessonList', { method: 'GET', url: '/v1/lessons' }],
      ['LessonDetail', { method: 'GET', url: '/v1/lessons/w12-l03' }],
      ['Health', { method: 'GET', url: '/healthz' }],
      ['Verdict', { method: 'POST', url: '/v1/lessons/w12-l03/verify', payload: { paste: passingPaste } }],
      ['Verdict', { method: 'POST', url: '/v1/lessons/w12-l03/verify', payload: { paste: 'nothing here' } }],
      ['Error', { method: 'POST', url: '/v1/lessons/w12-l03/verify', payload: {} }],
      ['Error', { method: 'GET', url: '/v1/lessons/nope' }],
    ];
    for (const [name, request] of cases) {
      const body = (await app.inject(request)).json();
      const result = validatorFor(name).safeParse(body);
      expect(result.success, `${name}: ${JSON.stringify(result.error?.issues ?? []).slice(0, 800)}`).toBe(true);
      if (name === 'Verdict') verdictSchema.parse(body);
    }
    // And the validators are not vacuous.
    expect(validatorFor('LessonDetail').safeParse({ id: 'x' }).success).toBe(false);
    expect(validatorFor('Verdict').safeParse({ lessonId: 1 }).success).toBe(false);
  });

  it('moves nested $defs of an embedded schema into components and rewrites their refs', () => {
    const built = createOpenApiDocument({
      version: '1.2.3',
      bodyLimitBytes: 10,
      verdictSchema: { $schema: 'x', $id: 'y', type: 'object', properties: { a: { $ref: '#/$defs/A' }, self: { $ref: '#' } }, $defs: { A: { type: 'string' } } },
    });
    const schemas = (built.components as { schemas: Record<string, Json> }).schemas;
    expect(schemas.Verdict).toEqual({ type: 'object', properties: { a: { $ref: '#/components/schemas/Verdict_A' }, self: { $ref: '#/components/schemas/Verdict' } } });
    expect(schemas.Verdict_A).toEqual({ type: 'string' });
  });

  it("meets Redocly's recommended rules this project can check itself: servers, license, security, a 4xx on every operation", () => {
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
    expect((doc.info as Json).license).toEqual({ name: 'MIT', url: 'https://opensource.org/licenses/MIT' });
    expect(doc.security).toEqual([]);
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
      for (const [method, operation] of Object.entries(item)) {
        const codes = Object.keys(operation.responses as Json);
        expect(codes.some((c) => /^4(\d\d|XX)$/.test(c)), `${method} ${path}: ${codes.join(',')}`).toBe(true);
        expect(operation.operationId, `${method} ${path}`).toEqual(expect.any(String));
        expect(operation.summary, `${method} ${path}`).toEqual(expect.any(String));
      }
    }
  });

  it('carries examples that are real answers and valid against their schemas', async () => {
    const verify = (doc.paths as Record<string, Record<string, Json>>)['/v1/lessons/{id}/verify']!.post as {
      requestBody: { content: Record<string, { example?: unknown }> };
      responses: Record<string, { content: Record<string, { example?: unknown; examples?: Record<string, { value: unknown }> }> }>;
    };
    const request = verify.requestBody.content['application/json']!.example as { paste: string; rejectReference: boolean };
    expect(validatorFor('VerifyRequest').safeParse(request).success).toBe(true);
    expect(verify.requestBody.content['text/plain']!.example).toBe(request.paste);

    const ok = verify.responses['200']!.content;
    const exampleVerdict = ok['application/json']!.examples!.verdict!.value;
    expect(validatorFor('Verdict').safeParse(exampleVerdict).success).toBe(true);
    verdictSchema.parse(exampleVerdict);
    // The example is what the service answers for the example paste.
    const live = await app.inject({ method: 'POST', url: '/v1/lessons/w12-l03/verify', payload: { paste: request.paste } });
    expect(exampleVerdict).toEqual(live.json());
    expect(exampleVerdict).toMatchObject({ passed: true });
    expect(ok['application/json']!.examples!.gradescope!.value).toMatchObject({ score: 50 });
    expect(ok['application/json']!.examples!.prairielearn!.value).toMatchObject({ score: 1, gradable: true });
    expect(ok['text/plain']!.example).toContain('✓ PASSED  w12-l03');
    expect(ok['application/xml']!.example).toMatch(/^<\?xml /);
    for (const [code, response] of Object.entries(verify.responses)) {
      if (code === '200') continue;
      const example = response.content['application/json']!.example;
      expect(validatorFor('Error').safeParse(example).success, code).toBe(true);
    }
  });
});
