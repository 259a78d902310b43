import { VerifyLessonError } from '../errors.js';

// An allowlisted origin as browsers send it (`https://course.example`, `http://localhost:3000`). Anything else —
// `*`, a path, credentials, a query — is refused: the service never answers every origin.
// `where`: what the caller gave it as, for the error (`--cors-origin` on the command line, `createServer: corsOrigins[0]`
// for a library caller, whose mistake is an ARGUMENT_INVALID, not a command line's USAGE).
export function parseCorsOrigin(raw: string, where = '--cors-origin'): string {
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  const plain = url && (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '' && url.search === '' && url.hash === '';
  if (!url || !plain || `${url.origin}` !== raw.replace(/\/$/, '')) {
    const code = where.startsWith('--') ? 'USAGE' : 'ARGUMENT_INVALID';
    throw new VerifyLessonError(code, `${where}: expected an origin such as https://course.example (scheme, host, optional port; never *), found "${raw}"`);
  }
  return url.origin;
}
