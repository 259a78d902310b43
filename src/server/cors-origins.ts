import { VerifyLessonError } from '../errors.js';

// An allowlisted origin as browsers send it (`https://course.example`, `http://localhost:3000`). Anything else —
// `*`, a path, credentials, a query — is refused: the service never answers every origin.
export function parseCorsOrigin(raw: string): string {
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  const plain = url && (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '' && url.search === '' && url.hash === '';
  if (!url || !plain || `${url.origin}` !== raw.replace(/\/$/, '')) {
    throw new VerifyLessonError('USAGE', `--cors-origin: expected an origin such as https://course.example (scheme, host, optional port; never *), found "${raw}"`);
  }
  return url.origin;
}
