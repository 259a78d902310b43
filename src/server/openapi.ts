import { z } from 'zod';
import { lessonFrontMatterSchema } from '../lesson/schema.js';
import { verdictJsonSchema } from '../proof/verdict-schema.js';
import { VERDICT_FORMATS } from '../formats/verdict-formats.js';
import { ACCEPTED_CONTENT_TYPES, HTTP_ERROR_CODES } from './http-errors.js';
import { verifyRequestSchema } from './verify-request.js';

/** A JSON object, as the document and its schemas are built. */
export type JsonObject = Record<string, unknown>;

/** What the document needs from the running service. */
export interface OpenApiDocumentOptions {
  /** Package version, shown as info.version. */
  readonly version: string;
  /** JSON Schema (draft 2020-12) of the verdict; default: the verdict engine's zod schema (as in schemas/verdict.schema.json). */
  readonly verdictSchema?: JsonObject;
  readonly bodyLimitBytes: number;
  /** Real answers to show as examples (see createServer), keyed by what they answer; none when absent. */
  readonly examples?: OpenApiExamples;
}

/** Example bodies for the verify operation: the request's paste and the answer in each format. */
export interface OpenApiExamples {
  readonly lessonId: string;
  readonly paste: string;
  readonly verdict: unknown;
  readonly text: string;
  readonly gradescope: unknown;
  readonly prairielearn: unknown;
  readonly junit: string;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * Puts a standalone JSON Schema under components.schemas[name]. Its `$defs` become sibling components and local
 * `$ref`s are rewritten, because inside an OpenAPI document `#` means the document, not the schema.
 */
function embedSchema(components: JsonObject, name: string, schema: JsonObject): void {
  const { $schema: _schema, $id: _id, $defs, definitions, ...rest } = schema as JsonObject & { $defs?: JsonObject; definitions?: JsonObject };
  const defs = { ...(definitions ?? {}), ...($defs ?? {}) };
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value === null || typeof value !== 'object') return value;
    const out: JsonObject = {};
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') {
        const local = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(child);
        out[key] = child === '#' ? `#/components/schemas/${name}` : local ? `#/components/schemas/${name}_${local[1]}` : child;
      } else {
        out[key] = rewrite(child);
      }
    }
    return out;
  };
  components[name] = rewrite(rest);
  for (const [defName, def] of Object.entries(defs)) components[`${name}_${defName}`] = rewrite(def);
}

function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  return z.toJSONSchema(schema, { io, target: 'draft-2020-12' }) as JsonObject;
}

const errorResponse = (description: string, example?: { error: string; message: string }) => ({
  description,
  content: { 'application/json': { schema: ref('Error'), ...(example ? { example } : {}) } },
});

// Any route can answer a malformed request (e.g. a bad URL encoding) with 400.
const badRequest = () => errorResponse('A malformed request (e.g. a bad URL encoding), or a query parameter the route does not take (VALIDATION, naming it)', { error: 'BAD_REQUEST', message: "'/v1/lessons/%' is not a valid url component" });

// The OpenAPI 3.1 description of the HTTP service, built from the same schemas the code validates with.
export function createOpenApiDocument(options: OpenApiDocumentOptions): JsonObject {
  const ex = options.examples;
  const components: JsonObject = {};
  // Output side: what GET /v1/lessons/:id returns has every default applied.
  const frontMatter = toJsonSchema(lessonFrontMatterSchema, 'output');
  embedSchema(components, 'LessonFrontMatter', frontMatter);
  embedSchema(components, 'Verdict', options.verdictSchema ?? verdictJsonSchema());
  embedSchema(components, 'VerifyRequest', toJsonSchema(verifyRequestSchema, 'input'));

  const embeddedFrontMatter = components.LessonFrontMatter as JsonObject;
  // Only its fields are used (in LessonDetail); an unreferenced component would be noise.
  delete components.LessonFrontMatter;
  const fmProperties = (embeddedFrontMatter.properties ?? {}) as JsonObject;
  const fmRequired = (embeddedFrontMatter.required ?? []) as string[];
  components.LessonDetail = {
    type: 'object',
    description: 'A lesson: its front-matter (defaults applied) and the titles of its body sections.',
    properties: {
      ...fmProperties,
      sections: {
        type: 'array',
        items: {
          type: 'object',
          properties: { title: { type: 'string' }, slug: { type: 'string' } },
          required: ['title', 'slug'],
          additionalProperties: false,
        },
      },
    },
    required: [...fmRequired, 'sections'],
    additionalProperties: false,
  };
  components.LessonSummary = {
    type: 'object',
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      xp: { type: 'integer', minimum: 0 },
      kind: { type: 'string' },
      order: { type: 'integer', minimum: 0 },
      part: { type: 'string' },
      proofType: { type: 'string' },
      timing: { type: 'boolean', description: 'Whether the proof also measures the detection time.' },
    },
    required: ['id', 'title', 'xp', 'kind', 'proofType', 'timing'],
    additionalProperties: false,
  };
  components.LessonList = {
    type: 'object',
    properties: { lessons: { type: 'array', items: ref('LessonSummary') } },
    required: ['lessons'],
    additionalProperties: false,
  };
  components.Health = {
    type: 'object',
    properties: {
      status: { const: 'ok' },
      lessons: { type: 'integer', minimum: 0, description: 'How many lessons are served.' },
      reload: {
        type: 'object',
        description: 'The last load of the lessons folder.',
        properties: { atMs: { type: 'number' }, ok: { type: 'boolean' }, trigger: { type: 'string' } },
        required: ['atMs', 'ok', 'trigger'],
      },
    },
    required: ['status', 'lessons', 'reload'],
  };
  components.Error = {
    type: 'object',
    properties: {
      error: {
        type: 'string',
        enum: Object.keys(HTTP_ERROR_CODES),
        description: Object.entries(HTTP_ERROR_CODES)
          .map(([code, { status, when }]) => `${code} (${status}): ${when}`)
          .join('; '),
      },
      message: { type: 'string' },
      field: { type: 'string', description: 'The request field at fault (validation errors).' },
      limitBytes: { type: 'integer', description: 'The body limit (413 only).' },
    },
    required: ['error', 'message'],
  };

  const idParameter = {
    name: 'id',
    in: 'path',
    required: true,
    description: 'Lesson id as listed by GET /v1/lessons (e.g. w12-l03).',
    schema: { type: 'string' },
  };

  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'verify-lesson',
      version: options.version,
      description:
        'Judges pasted lesson proofs (log output) against the lesson; the same verdict as `verify-lesson <id> --paste`. ' +
        'A wrong method on a route gets 405 with `Allow`; OPTIONS answers 204 with `Allow`. Browsers may call it only from the ' +
        'origins given with `serve --cors-origin` (none by default).',
      license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
    },
    servers: [{ url: '/', description: 'The service that serves this document (`verify-lesson serve`, default http://127.0.0.1:8080)' }],
    // No authentication: run it where only the platform can reach it.
    security: [],
    paths: {
      '/v1/lessons': {
        get: {
          operationId: 'listLessons',
          summary: 'Lessons served, sorted by id',
          responses: { '200': { description: 'The lessons', content: { 'application/json': { schema: ref('LessonList') } } }, '400': badRequest() },
        },
      },
      '/v1/lessons/{id}': {
        get: {
          operationId: 'getLesson',
          summary: 'Lesson metadata and proof instructions',
          parameters: [idParameter],
          responses: {
            '200': { description: 'The lesson', content: { 'application/json': { schema: ref('LessonDetail') } } },
            '400': badRequest(),
            '404': errorResponse('No lesson with this id', { error: 'LESSON_NOT_FOUND', message: 'unknown lesson "w12-l3": expected one of w12-l03 — did you mean "w12-l03"?' }),
          },
        },
      },
      '/v1/lessons/{id}/verify': {
        post: {
          operationId: 'verifyPaste',
          summary: 'Judge a paste against the lesson',
          description:
            `200 whether or not the paste passes: the verdict says (\`passed\`, \`xpAwarded\`, the failed checks). ` +
            `Bodies above ${options.bodyLimitBytes} bytes are refused with 413.`,
          parameters: [
            idParameter,
            {
              name: 'rejectReference',
              in: 'query',
              required: false,
              description: 'For text/plain and octet-stream bodies (JSON bodies carry it as a field).',
              schema: { type: 'boolean' },
            },
            {
              name: 'format',
              in: 'query',
              required: false,
              description:
                'The answer\'s format; it wins over Accept. json: the verdict; text: the report the CLI prints; gradescope: ' +
                'Gradescope results.json; prairielearn: PrairieLearn external grader results; junit: JUnit XML.',
              schema: { type: 'string', enum: [...VERDICT_FORMATS] },
            },
            {
              name: 'partialCredit',
              in: 'query',
              required: false,
              description: 'With format gradescope or prairielearn: score the checks passed instead of all-or-nothing.',
              schema: { type: 'boolean' },
            },
          ],
          requestBody: {
            required: true,
            content: {
              [ACCEPTED_CONTENT_TYPES[0]]: {
                schema: ref('VerifyRequest'),
                ...(ex ? { example: { paste: ex.paste, rejectReference: true } } : {}),
              },
              [ACCEPTED_CONTENT_TYPES[1]]: { schema: { type: 'string', description: 'The paste itself.' }, ...(ex ? { example: ex.paste } : {}) },
              [ACCEPTED_CONTENT_TYPES[2]]: { schema: { type: 'string', contentMediaType: 'application/octet-stream', description: 'The paste as raw bytes.' } },
            },
          },
          responses: {
            '200': {
              description:
                'The answer in the format asked for (`?format=`, else Accept: application/json → the verdict, text/plain → the report, ' +
                'application/xml → JUnit). With `?format=gradescope` or `prairielearn` the JSON body is that grader\'s results file.',
              headers: { Vary: { description: 'Accept (and Origin when CORS is on).', schema: { type: 'string' } } },
              content: {
                'application/json': {
                  schema: {
                    anyOf: [
                      ref('Verdict'),
                      {
                        type: 'object',
                        description: 'Gradescope results.json (format=gradescope)',
                        properties: { score: { type: 'number' }, tests: { type: 'array', items: { type: 'object' } } },
                        required: ['score', 'tests'],
                      },
                      {
                        type: 'object',
                        description: 'PrairieLearn external grader results (format=prairielearn)',
                        properties: { score: { type: 'number', minimum: 0, maximum: 1 }, gradable: { type: 'boolean' } },
                        required: ['score', 'gradable'],
                      },
                    ],
                  },
                  ...(ex
                    ? {
                        examples: {
                          verdict: { summary: 'The verdict (default)', value: ex.verdict },
                          gradescope: { summary: '?format=gradescope', value: ex.gradescope },
                          prairielearn: { summary: '?format=prairielearn', value: ex.prairielearn },
                        },
                      }
                    : {}),
                },
                'text/plain': { schema: { type: 'string', description: 'The report `verify-lesson <id> --paste` prints.' }, ...(ex ? { example: ex.text } : {}) },
                'application/xml': { schema: { type: 'string', description: 'JUnit XML (junit-10.xsd).' }, ...(ex ? { example: ex.junit } : {}) },
              },
            },
            '400': errorResponse('Invalid body or query (names the field)', { error: 'VALIDATION', message: 'body.paste: expected a string, found a number' }),
            '404': errorResponse('No lesson with this id', { error: 'LESSON_NOT_FOUND', message: 'unknown lesson "w12-l3": expected one of w12-l03 — did you mean "w12-l03"?' }),
            '406': errorResponse('Accept allows none of JSON, text or XML', {
              error: 'NOT_ACCEPTABLE',
              message: 'Accept: expected application/json, text/plain or application/xml (JUnit), found "image/png"; or name a format with ?format=',
            }),
            '413': errorResponse('Body larger than the limit', { error: 'PAYLOAD_TOO_LARGE', message: `request body is larger than the limit of ${options.bodyLimitBytes} bytes` }),
            '415': errorResponse('Content type not accepted', {
              error: 'UNSUPPORTED_MEDIA_TYPE',
              message: `unsupported content type "image/png": expected ${ACCEPTED_CONTENT_TYPES.join(', ')}`,
            }),
            '503': errorResponse('Too many large pastes waiting for a verdict worker; retry after `Retry-After` seconds', {
              error: 'BUSY',
              message: 'too many large pastes are waiting to be judged: retry in a moment',
            }),
          },
        },
      },
      '/healthz': {
        get: {
          operationId: 'health',
          summary: 'Liveness and the state of the lessons',
          responses: { '200': { description: 'Serving', content: { 'application/json': { schema: ref('Health') } } }, '400': badRequest() },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'This document',
          responses: { '200': { description: 'OpenAPI 3.1 document', content: { 'application/json': { schema: { type: 'object' } } } }, '400': badRequest() },
        },
      },
    },
    components: { schemas: components },
  };
}
