// A tiny JSON-over-HTTP client for the kv_node client API (node:http, so connection reuse and timeouts are ours).
import { request, type Agent } from 'node:http';

export interface JsonResponse {
  readonly status: number;
  /** Parsed JSON, or the raw text when the body is not JSON. */
  readonly body: unknown;
  readonly text: string;
  /** The Location header of a redirect. */
  readonly location?: string;
}

export interface RequestJsonOptions {
  readonly method?: string;
  readonly body?: string;
  readonly timeoutMs?: number;
  readonly agent?: Agent;
}

/** The `code` of the error a request rejects with when its `timeoutMs` passed (not the network's own timeouts). */
export const REQUEST_TIMEOUT = 'REQUEST_TIMEOUT';

/** Whether `error` is a request's own timeout (REQUEST_TIMEOUT). */
export const isRequestTimeout = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === REQUEST_TIMEOUT;

// Rejects on network errors and timeouts (the caller decides whether to retry), resolves on any HTTP status.
export function requestJson(url: string, options: RequestJsonOptions = {}): Promise<JsonResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: options.method ?? 'GET',
        ...(options.agent ? { agent: options.agent } : {}),
        headers: options.body === undefined ? {} : { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(options.body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: res.statusCode ?? 0, body, text, ...(res.headers.location ? { location: res.headers.location } : {}) });
        });
      },
    );
    req.setTimeout(options.timeoutMs ?? 5000, () => req.destroy(Object.assign(new Error(`timed out after ${options.timeoutMs ?? 5000}ms`), { code: REQUEST_TIMEOUT })));
    req.on('error', reject);
    req.end(options.body);
  });
}
