import { findVerdictFormat, VERDICT_FORMATS, type VerdictFormat } from '../formats/verdict-formats.js';
import type { HttpErrorBody } from './http-errors.js';
import { readQueryFlag } from './verify-request.js';

/** How to answer a verify request: a format, or the 400/406 to send. */
export type VerdictFormatChoice =
  | { readonly ok: true; readonly format: VerdictFormat; readonly partialCredit: boolean }
  | { readonly ok: false; readonly statusCode: 400 | 406; readonly body: HttpErrorBody };

// Media types a client may ask for with Accept, and the format each gets. Wildcards get JSON, the API's default.
const ACCEPTABLE: Record<string, VerdictFormat> = {
  'application/json': 'json',
  'application/*': 'json',
  '*/*': 'json',
  'text/plain': 'text',
  'text/*': 'text',
  'application/xml': 'junit',
  'text/xml': 'junit',
  'image/svg+xml': 'svg',
};

// The best format the Accept header allows (highest q, then the order given), null when it allows none.
function negotiate(accept: string): VerdictFormat | null {
  let best: { format: VerdictFormat; q: number } | null = null;
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    const format = ACCEPTABLE[type];
    if (format === undefined || !(q > 0)) continue;
    if (!best || q > best.q) best = { format, q };
  }
  return best?.format ?? null;
}

/**
 * The format of a verify answer: `?format=` when given (text, json, gradescope, prairielearn, junit), else the
 * Accept header (text/plain → the text report, application/xml → JUnit, JSON otherwise); `?partialCredit=true`
 * for the grader formats. Pure.
 */
export function chooseVerdictFormat(query: unknown, accept: string | undefined): VerdictFormatChoice {
  const partial = readQueryFlag(query, 'partialCredit');
  if (partial.error && !partial.error.ok) return { ok: false, statusCode: 400, body: partial.error.error };
  const partialCredit = partial.value === true;
  const raw = query && typeof query === 'object' ? (query as Record<string, unknown>).format : undefined;
  let format: VerdictFormat | null;
  if (raw !== undefined) {
    format = typeof raw === 'string' ? (findVerdictFormat(raw) ?? null) : null;
    if (format === null) {
      return {
        ok: false,
        statusCode: 400,
        body: { error: 'VALIDATION', message: `query.format: expected one of ${VERDICT_FORMATS.join(', ')}, found ${JSON.stringify(raw)}`, field: 'format' },
      };
    }
  } else {
    format = accept === undefined || accept.trim() === '' ? 'json' : negotiate(accept);
    if (format === null) {
      return {
        ok: false,
        statusCode: 406,
        body: {
          error: 'NOT_ACCEPTABLE',
          message: `Accept: expected application/json, text/plain, application/xml (JUnit) or image/svg+xml (the paste's timeline), found ${JSON.stringify(accept)}; or name a format with ?format=`,
        },
      };
    }
  }
  if (partialCredit && format !== 'gradescope' && format !== 'prairielearn') {
    return { ok: false, statusCode: 400, body: { error: 'VALIDATION', message: `query.partialCredit: applies to format gradescope or prairielearn, not ${format}`, field: 'partialCredit' } };
  }
  return { ok: true, format, partialCredit };
}
