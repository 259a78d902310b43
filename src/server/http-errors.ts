// Every `error` code of a non-2xx body: its status and when it is sent (the OpenAPI document and README list these).
export const HTTP_ERROR_CODES = {
  VALIDATION: { status: 400, when: 'a body field or query parameter is missing, unknown or has a wrong value; `field` names it' },
  INVALID_JSON: { status: 400, when: 'an application/json body that is not valid JSON, or has a "__proto__" or "constructor" key' },
  BAD_REQUEST: { status: 400, when: 'a malformed request (bad URL, body size not matching Content-Length, ...)' },
  LESSON_NOT_FOUND: { status: 404, when: 'no lesson has this id; the message suggests the nearest id, or says that the lesson file of that name did not load' },
  NOT_FOUND: { status: 404, when: 'no such route' },
  METHOD_NOT_ALLOWED: { status: 405, when: 'a method the route does not answer; the `Allow` header lists those it does' },
  NOT_ACCEPTABLE: { status: 406, when: 'the Accept header allows none of the verdict formats' },
  PAYLOAD_TOO_LARGE: { status: 413, when: 'the body is over the limit; `limitBytes` gives it' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, when: 'a Content-Type, charset or Content-Encoding the service does not read' },
  INTERNAL: { status: 500, when: 'a bug; the request log has the details, the body never does' },
  BUSY: { status: 503, when: 'too many large pastes are waiting for the verdict workers; `Retry-After` says when to retry' },
} as const satisfies Record<string, { readonly status: number; readonly when: string }>;

/** A stable code of HTTP_ERROR_CODES. */
export type HttpErrorCode = keyof typeof HTTP_ERROR_CODES;

/** Every non-2xx body the service sends: a stable code, one sentence, and the field when one is at fault. */
export interface HttpErrorBody {
  readonly error: HttpErrorCode;
  readonly message: string;
  readonly field?: string;
  readonly limitBytes?: number;
}

/** Status and body, decided in one place so every route and Fastify's own errors answer alike. */
export interface HttpErrorResponse {
  readonly statusCode: number;
  readonly body: HttpErrorBody;
}

// The bodies POST /v1/lessons/:id/verify accepts; named in 415 messages and the OpenAPI document.
export const ACCEPTED_CONTENT_TYPES = ['application/json', 'text/plain', 'application/octet-stream'] as const;

interface ErrorLike {
  readonly code?: unknown;
  readonly statusCode?: unknown;
  readonly message?: unknown;
  /** The charset label a text/plain body declared that no decoder knows (VL_CHARSET_UNSUPPORTED). */
  readonly charset?: unknown;
  /** For a refused JSON body (FST_ERR_CTP_INVALID_JSON_BODY from parseJsonBody): JSON.parse's reason, or a forbidden key. */
  readonly syntaxError?: unknown;
  readonly forbiddenKey?: unknown;
}

/**
 * Maps an error thrown while handling a request (mostly Fastify's body parsing) to a status and a JSON body.
 * Messages are written here, never copied from an unknown error, so no stack trace or internal detail leaks;
 * anything unrecognised is a 500 "internal error" (the caller logs the real error).
 */
export function toHttpErrorResponse(error: unknown, context: { bodyLimitBytes: number; contentType?: string }): HttpErrorResponse {
  const e = (error ?? {}) as ErrorLike;
  const code = typeof e.code === 'string' ? e.code : undefined;
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        statusCode: 413,
        body: { error: 'PAYLOAD_TOO_LARGE', message: `request body is larger than the limit of ${context.bodyLimitBytes} bytes`, limitBytes: context.bodyLimitBytes },
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        statusCode: 415,
        body: {
          error: 'UNSUPPORTED_MEDIA_TYPE',
          message: `unsupported content type ${JSON.stringify(context.contentType ?? '')}: expected ${ACCEPTED_CONTENT_TYPES.join(', ')}`,
        },
      };
    case 'VL_CHARSET_UNSUPPORTED':
      return {
        statusCode: 415,
        body: { error: 'UNSUPPORTED_MEDIA_TYPE', message: `unsupported charset ${JSON.stringify(String(e.charset))}: expected utf-8, utf-16le, utf-16be, iso-8859-1 or another WHATWG encoding label` },
      };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { statusCode: 400, body: { error: 'VALIDATION', message: 'body: expected a JSON object {"paste": "..."}, found an empty body' } };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      if (e.forbiddenKey === true) return { statusCode: 400, body: { error: 'INVALID_JSON', message: 'body: JSON with a forbidden "__proto__" or "constructor" key' } };
      return { statusCode: 400, body: { error: 'INVALID_JSON', message: typeof e.syntaxError === 'string' ? `body: not valid JSON (${e.syntaxError})` : 'body: not valid JSON' } };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { statusCode: 400, body: { error: 'BAD_REQUEST', message: 'request body size did not match Content-Length' } };
    default:
      break;
  }
  // JSON.parse / secure-json-parse failures arrive as SyntaxError with status 400.
  if (status === 400 && error instanceof SyntaxError) {
    return { statusCode: 400, body: { error: 'INVALID_JSON', message: `body: not valid JSON (${error.message})` } };
  }
  if (status === 400 && typeof e.message === 'string' && /prototype property/.test(e.message)) {
    return { statusCode: 400, body: { error: 'INVALID_JSON', message: 'body: JSON with a forbidden "__proto__" or "constructor" key' } };
  }
  if (status >= 400 && status < 500) {
    // Fastify's own client errors (FST_ERR_BAD_URL, ...) have fixed, safe messages.
    const message = code?.startsWith('FST_') && typeof e.message === 'string' ? e.message : 'the request could not be processed';
    return { statusCode: status, body: { error: 'BAD_REQUEST', message } };
  }
  return { statusCode: 500, body: { error: 'INTERNAL', message: 'internal error' } };
}
