import { suggestClosest } from '../lesson/did-you-mean.js';
import type { HttpErrorBody } from './http-errors.js';

// The query parameters each route reads (by its Fastify path); any other gets 400: a typo such as
// `?partialCredt=true` must not silently change how a verdict is shown. The OpenAPI document lists the same.
export const QUERY_PARAMETERS = {
  '/healthz': [],
  '/v1/lessons': [],
  '/v1/lessons/:id': [],
  '/v1/lessons/:id/verify': ['format', 'partialCredit', 'rejectReference'],
  '/openapi.json': [],
} as const satisfies Record<string, readonly string[]>;

/**
 * The 400 body for the first query parameter `route` does not accept (naming it, a near match, and those it does
 * accept), or undefined when all are known. Pure.
 */
export function findUnknownQueryParameter(query: unknown, accepted: readonly string[], route: string): HttpErrorBody | undefined {
  if (!query || typeof query !== 'object') return undefined;
  const unknown = Object.keys(query).find((name) => !accepted.includes(name));
  if (unknown === undefined) return undefined;
  const closest = suggestClosest(unknown, accepted);
  const guess = closest === undefined ? '' : ` — did you mean "${closest}"?`;
  const takes = accepted.length === 0 ? `${route} takes no query parameters` : `${route} accepts ${accepted.join(', ')}`;
  return { error: 'VALIDATION', message: `query.${unknown}: unknown parameter; ${takes}${guess}`, field: unknown };
}
