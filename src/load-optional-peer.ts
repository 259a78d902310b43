import { VerifyLessonError } from './errors.js';

// Optional peer dependencies: recheck (lint's ReDoS check) and fastify (serve). A student's paste and scenario
// never load them, so `npm i verify-lesson` stays small; the commands that need them say how to get them.
export type OptionalPeer = 'fastify' | 'recheck';

const HOW_TO_GET: Record<OptionalPeer, string> = {
  fastify: '`serve` needs fastify: npm i fastify',
  recheck: '`lint` needs recheck for its ReDoS check: npm i recheck (or skip that check with --no-redos)',
};

// True only when the peer itself is absent, not when something inside an installed peer fails to load.
function isPeerAbsent(error: unknown, name: OptionalPeer): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return false;
  return typeof message === 'string' && new RegExp(`Cannot find (?:package|module) '${name}'`).test(message);
}

/** Loads an optional peer; its absence becomes a PEER_MISSING error whose message is one line saying what to install. */
export async function loadOptionalPeer<T>(name: OptionalPeer, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isPeerAbsent(error, name)) throw new VerifyLessonError('PEER_MISSING', HOW_TO_GET[name], { cause: error, details: { peer: name } });
    throw error;
  }
}
