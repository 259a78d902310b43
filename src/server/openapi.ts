import { z } from 'zod';
import { lessonFrontMatterSchema } from '../lesson/schema.js';
import { verdictJsonSchema } from '../proof/verdict-schema.js';
import { ACCEPTED_CONTENT_TYPES } from './http-errors.js';
import { verifyRequestSchema } from './verify-request.js';

type JsonObject = Record<string, unknown>;

/** What the document needs from the running service. */
export interface OpenApiDocumentOptions {
  /** Package version, shown as info.version. */
  readonly version: string;
  /** JSON Schema (draft 2020-12) of the verdict; default: the verdict engine's zod schema (as in schemas/verdict.schema.json). */
  readonly verdictSchema?: JsonObject;
  readonly bodyLimitBytes: number;
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

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });

// The OpenAPI 3.1 description of the HTTP service, built from the same schemas the code validates with.
export function createOpenApiDocument(options: OpenApiDocumentOptions): JsonObject {
  const components: JsonObject = {};
  // Output side: what GET /v1/lessons/:id returns has every default applied.
  const frontMatter = toJsonSchema(lessonFrontMatterSchema, 'output');
  embedSchema(components, 'LessonFrontMatter', frontMatter);
  embedSchema(components, 'Verdict', options.verdictSchema ?? verdictJsonSchema());
  embedSchema(components, 'VerifyRequest', toJsonSchema(verifyRequestSchema, 'input'));

  const embeddedFrontMatter = components.LessonFrontMatter as JsonObject;
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
        description:
          'VALIDATION, INVALID_JSON, BAD_REQUEST, LESSON_NOT_FOUND, NOT_FOUND, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE or INTERNAL',
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
      description: 'Judges pasted lesson proofs (log output) against the lesson; the same verdict as `verify-lesson <id> --paste`.',
    },
    paths: {
      '/v1/lessons': {
        get: {
          operationId: 'listLessons',
          summary: 'Lessons served, sorted by id',
          responses: { '200': { description: 'The lessons', content: { 'application/json': { schema: ref('LessonList') } } } },
        },
      },
      '/v1/lessons/{id}': {
        get: {
          operationId: 'getLesson',
          summary: 'Lesson metadata and proof instructions',
          parameters: [idParameter],
          responses: {
            '200': { description: 'The lesson', content: { 'application/json': { schema: ref('LessonDetail') } } },
            '404': errorResponse('No lesson with this id'),
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
          ],
          requestBody: {
            required: true,
            content: {
              [ACCEPTED_CONTENT_TYPES[0]]: { schema: ref('VerifyRequest') },
              [ACCEPTED_CONTENT_TYPES[1]]: { schema: { type: 'string', description: 'The paste itself.' } },
              [ACCEPTED_CONTENT_TYPES[2]]: { schema: { type: 'string', contentMediaType: 'application/octet-stream', description: 'The paste as raw bytes.' } },
            },
          },
          responses: {
            '200': { description: 'The verdict', content: { 'application/json': { schema: ref('Verdict') } } },
            '400': errorResponse('Invalid body or query (names the field)'),
            '404': errorResponse('No lesson with this id'),
            '413': errorResponse('Body larger than the limit'),
            '415': errorResponse('Content type not accepted'),
          },
        },
      },
      '/healthz': {
        get: {
          operationId: 'health',
          summary: 'Liveness and the state of the lessons',
          responses: { '200': { description: 'Serving', content: { 'application/json': { schema: ref('Health') } } } },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'This document',
          responses: { '200': { description: 'OpenAPI 3.1 document', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
    components: { schemas: components },
  };
}
