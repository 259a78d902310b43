// application/json request bodies, read as Fastify's default JSON parser reads them (an empty body, invalid JSON,
// a "__proto__" key or a "constructor" with a "prototype": the same error codes), by one function whether the body
// is parsed on the event loop or, when large, on a verdict worker — so both are refused in the same words.

/** Fastify's codes for an empty and an unreadable JSON body; toHttpErrorResponse words them. */
export type JsonBodyErrorCode = 'FST_ERR_CTP_EMPTY_JSON_BODY' | 'FST_ERR_CTP_INVALID_JSON_BODY';

/** Why a JSON body is refused: Fastify's code, and what the client needs to mend it (where the syntax breaks, or a key that is never read). */
export interface JsonBodyRefusal {
  readonly code: JsonBodyErrorCode;
  readonly syntaxError?: string;
  readonly forbiddenKey?: true;
}

export type ParseJsonBodyResult = { readonly ok: true; readonly value: unknown } | ({ readonly ok: false } & JsonBodyRefusal);

// secure-json-parse's test for a key that needs the object walk ("__proto__" or "constructor", escapes included).
const SUSPECT_KEY =
  /"(?:(?:_|\\u005[Ff])(?:_|\\u005[Ff])(?:p|\\u0070)(?:r|\\u0072)(?:o|\\u006[Ff])(?:t|\\u0074)(?:o|\\u006[Ff])(?:_|\\u005[Ff])(?:_|\\u005[Ff])|(?:c|\\u0063)(?:o|\\u006[Ff])(?:n|\\u006[Ee])(?:s|\\u0073)(?:t|\\u0074)(?:r|\\u0072)(?:u|\\u0075)(?:c|\\u0063)(?:t|\\u0074)(?:o|\\u006[Ff])(?:r|\\u0072))"\s*:/;

const hasOwn = (value: object, key: string): boolean => Object.prototype.hasOwnProperty.call(value, key);

// Whether a parsed value holds a key that would reach an object's prototype (Fastify refuses those bodies).
function isPoisoned(root: object): boolean {
  let level: object[] = [root];
  while (level.length > 0) {
    const next: object[] = [];
    for (const node of level) {
      if (hasOwn(node, '__proto__')) return true;
      const ctor = (node as { constructor?: unknown }).constructor;
      if (hasOwn(node, 'constructor') && ctor !== null && typeof ctor === 'object' && hasOwn(ctor, 'prototype')) return true;
      for (const key in node) {
        const value = (node as Record<string, unknown>)[key];
        if (value !== null && typeof value === 'object') next.push(value);
      }
    }
    level = next;
  }
  return false;
}

// The body's bytes as UTF-8 text (a leading BOM dropped) → its JSON value, or the code Fastify would answer with.
export function parseJsonBody(bytes: Uint8Array): ParseJsonBodyResult {
  if (bytes.byteLength === 0) return { ok: false, code: 'FST_ERR_CTP_EMPTY_JSON_BODY' };
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, code: 'FST_ERR_CTP_INVALID_JSON_BODY', syntaxError: (error as Error).message };
  }
  if (value !== null && typeof value === 'object' && SUSPECT_KEY.test(text) && isPoisoned(value)) return { ok: false, code: 'FST_ERR_CTP_INVALID_JSON_BODY', forbiddenKey: true };
  return { ok: true, value };
}
