import { VerifyLessonError } from './errors.js';

// Optional peer dependencies: recheck (lint's ReDoS check) and fastify (serve). A student's paste and scenario
// never load them, so `npm i verify-lesson` stays small; the commands that need them say how to get them.
export type OptionalPeer = 'fastify' | 'recheck';

// Who needs each peer, as a CLI user and as a library caller knows it, and how to do without it.
const PEERS: Record<OptionalPeer, { readonly cli: string; readonly library: string; readonly purpose: string; readonly without?: { readonly cli: string; readonly library: string } }> = {
  fastify: { cli: '`serve`', library: 'createServer()', purpose: '' },
  recheck: {
    cli: '`lint`',
    library: 'lintLessons()',
    purpose: ' for its ReDoS check',
    without: { cli: 'skip that check with --no-redos', library: 'skip that check with { redos: false }' },
  },
};

/** Narrows a PEER_MISSING error's `details.peer`. */
export function isOptionalPeer(value: unknown): value is OptionalPeer {
  return typeof value === 'string' && Object.hasOwn(PEERS, value);
}

/** The one line saying what to install, worded for whoever called: the CLI (`serve`) or library code (createServer()). */
export function describeMissingPeer(peer: OptionalPeer, caller: 'cli' | 'library'): string {
  const { purpose, without } = PEERS[peer];
  return `${PEERS[peer][caller]} needs ${peer}${purpose}: npm i ${peer}${without ? ` (or ${without[caller]})` : ''}`;
}

// True only when the peer itself is absent, not when something inside an installed peer fails to load.
function isPeerAbsent(error: unknown, name: OptionalPeer): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return false;
  return typeof message === 'string' && new RegExp(`Cannot find (?:package|module) '${name}'`).test(message);
}

/**
 * Loads an optional peer; its absence becomes a PEER_MISSING error (`details.peer`) whose message, for a library
 * caller, says what to install; the CLI words it for its command with describeMissingPeer.
 */
export async function loadOptionalPeer<T>(name: OptionalPeer, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isPeerAbsent(error, name)) throw new VerifyLessonError('PEER_MISSING', describeMissingPeer(name, 'library'), { cause: error, details: { peer: name } });
    throw error;
  }
}
