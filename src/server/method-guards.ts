import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import type { HttpErrorBody } from './http-errors.js';

/** The service's routes and the methods each answers (HEAD comes with GET). */
export type RouteMethods = Readonly<Record<string, readonly ('GET' | 'POST')[]>>;

const ALL_METHODS: readonly HTTPMethods[] = ['DELETE', 'GET', 'HEAD', 'PATCH', 'POST', 'PUT'];
const CORS_MAX_AGE_S = 600;

const allowHeader = (methods: readonly string[]): string => [...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');

/**
 * Sets the CORS headers on answers to an allowlisted Origin (that origin only, never `*`, never credentials), and
 * `Vary: Origin` on every answer when CORS is on. Register it before any hook that may answer early.
 */
export function registerCorsHeaders(app: FastifyInstance, corsOrigins: ReadonlySet<string>): void {
  if (corsOrigins.size === 0) return;
  app.addHook('onRequest', async (request, reply) => {
    reply.header('vary', 'Origin');
    const origin = request.headers.origin;
    if (origin !== undefined && corsOrigins.has(origin)) {
      reply.header('access-control-allow-origin', origin);
      reply.header('access-control-expose-headers', 'x-request-id');
    }
  });
}

/**
 * Answers, for every route: a wrong method with 405 and `Allow` (before any body is read), and OPTIONS with 204
 * and `Allow` — for an allowlisted browser's preflight also with the CORS grants.
 */
export function registerMethodGuards(
  app: FastifyInstance,
  routes: RouteMethods,
  corsOrigins: ReadonlySet<string>,
  sendError: (reply: FastifyReply, statusCode: number, body: HttpErrorBody) => FastifyReply,
): void {
  for (const [url, methods] of Object.entries(routes)) {
    const allow = allowHeader(methods);
    const exposed = new Set<string>([...methods, ...(methods.includes('GET') ? ['HEAD'] : [])]);
    app.route({
      method: ALL_METHODS.filter((m) => !exposed.has(m)),
      url,
      // onRequest runs before the body is parsed: a wrong method is a 405 whatever it carries.
      onRequest: async (request: FastifyRequest, reply: FastifyReply) => {
        reply.header('allow', allow);
        return sendError(reply, 405, { error: 'METHOD_NOT_ALLOWED', message: `${request.method} is not allowed on ${url}: use ${allow}` });
      },
      handler: async () => undefined,
    });
    app.options(url, async (request, reply) => {
      reply.header('allow', allow);
      const origin = request.headers.origin;
      const asked = request.headers['access-control-request-method'];
      if (origin !== undefined && corsOrigins.has(origin) && typeof asked === 'string') {
        reply.header('access-control-allow-methods', allow);
        reply.header('access-control-allow-headers', 'content-type, accept, x-request-id');
        reply.header('access-control-max-age', String(CORS_MAX_AGE_S));
      }
      return reply.code(204).send();
    });
  }
}
