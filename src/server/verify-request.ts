import { z } from 'zod';
import { suggestClosest } from '../lesson/did-you-mean.js';

// The JSON body of POST /v1/lessons/:id/verify; also the OpenAPI request schema. Unknown fields are refused so a
// typo such as "rejectRefrence" cannot silently change how a paste is judged.
export const verifyRequestSchema = z
  .strictObject({
    paste: z.string().describe('The log output the student pasted (for raw bytes, send text/plain or application/octet-stream).'),
    rejectReference: z
      .boolean()
      .optional()
      .describe("Fail a paste that is the lesson's reference output instead of the student's own run."),
  })
  .describe('A paste to judge against the lesson.');

/** A validated request: what to judge and how. */
export interface VerifyRequest {
  /** A string from JSON, raw bytes from a text/plain or octet-stream body (the verdict engine decodes them). */
  readonly paste: string | Uint8Array;
  readonly rejectReference?: boolean;
}

/** The 400 body: which field is wrong and what was expected. */
export interface ValidationErrorBody {
  readonly error: 'VALIDATION';
  readonly message: string;
  readonly field?: string;
}

/** A request to judge, or the 400 body to send. */
export type ParseVerifyRequestResult = { readonly ok: true; readonly request: VerifyRequest } | { readonly ok: false; readonly error: ValidationErrorBody };

const ARTICLE: Record<string, string> = { string: 'a string', boolean: 'true or false', object: 'a JSON object', number: 'a number' };

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return ARTICLE[typeof value] ?? typeof value;
}

function invalid(message: string, field?: string): ParseVerifyRequestResult {
  return { ok: false, error: { error: 'VALIDATION', message, ...(field === undefined ? {} : { field }) } };
}

// A missing field next to keys the schema does not know ({"paset": "..."}): zod reports the missing field first,
// so name those keys too, with the nearest known field.
function describeUnknownKeys(issues: z.ZodError['issues'], field: string): string {
  const keys = issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys : []));
  if (keys.length === 0) return '';
  const near = keys.map((key) => suggestClosest(key, [field])).find((s) => s !== undefined);
  return `; the body has ${keys.map((k) => JSON.stringify(k)).join(', ')}${near === undefined ? '' : ` — did you mean ${JSON.stringify(near)}?`}`;
}

const BODY_EXPECTED = 'expected a JSON object {"paste": "..."} (application/json), or the paste itself as text/plain';

// A true/false query flag (`?rejectReference=true` for raw-text bodies, which have no room for options).
export function readQueryFlag(query: unknown, name: string): { value?: boolean; error?: ParseVerifyRequestResult } {
  const raw = query && typeof query === 'object' ? (query as Record<string, unknown>)[name] : undefined;
  if (raw === undefined) return {};
  if (raw === 'true' || raw === '1' || raw === '') return { value: true };
  if (raw === 'false' || raw === '0') return { value: false };
  return { error: invalid(`query.${name}: expected true or false, found ${JSON.stringify(raw)}`, name) };
}

/**
 * Turns what Fastify parsed (a JSON value, or a Buffer for text/plain and octet-stream) plus the query string into
 * a verify request, or a 400 body naming the field. Pure.
 */
export function parseVerifyRequest(body: unknown, query: unknown): ParseVerifyRequestResult {
  const flag = readQueryFlag(query, 'rejectReference');
  if (flag.error) return flag.error;
  if (body instanceof Uint8Array) {
    return { ok: true, request: { paste: body, ...(flag.value === undefined ? {} : { rejectReference: flag.value }) } };
  }
  if (body === undefined) return invalid(`body: ${BODY_EXPECTED}, found no body`);
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return invalid(`body: ${BODY_EXPECTED}, found ${describeValue(body)}`);

  const result = verifyRequestSchema.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0]!;
      return invalid(`body.${key}: unknown field; expected only "paste" and "rejectReference"`, key);
    }
    const field = issue.path.map(String).join('.');
    const found = (body as Record<string, unknown>)[issue.path[0] as string];
    const expected = issue.code === 'invalid_type' ? (ARTICLE[issue.expected] ?? issue.expected) : issue.message;
    if (found === undefined) return invalid(`body.${field}: expected ${expected}, found no ${JSON.stringify(field)} field${describeUnknownKeys(result.error.issues, field)}`, field);
    return invalid(`body.${field}: expected ${expected}, found ${describeValue(found)}`, field);
  }
  const rejectReference = result.data.rejectReference ?? flag.value;
  return { ok: true, request: { paste: result.data.paste, ...(rejectReference === undefined ? {} : { rejectReference }) } };
}
