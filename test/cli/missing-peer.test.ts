import { describe, expect, it } from 'vitest';
import { VerifyLessonError } from '../../src/errors.js';
import { describeMissingPeer, loadOptionalPeer } from '../../src/load-optional-peer.js';

// What Node throws for `import('fastify')` when fastify is not installed (test/package/pack.test.ts meets the real one).
const absent = (name: string) => Object.assign(new Error(`Cannot find package '${name}' imported from /app/node_modules/verify-lesson/dist/index.js`), { code: 'ERR_MODULE_NOT_FOUND' });

describe('optional peers', () => {
  it('word the missing peer for a CLI user and for a library caller, from one table', () => {
    expect(describeMissingPeer('fastify', 'cli')).toBe('`serve` needs fastify: npm i fastify');
    expect(describeMissingPeer('fastify', 'library')).toBe('createServer() needs fastify: npm i fastify');
    expect(describeMissingPeer('recheck', 'cli')).toBe('`lint` needs recheck for its ReDoS check: npm i recheck (or skip that check with --no-redos)');
    expect(describeMissingPeer('recheck', 'library')).toBe('lintLessons() needs recheck for its ReDoS check: npm i recheck (or skip that check with { redos: false })');
  });

  it('loadOptionalPeer rejects a missing peer with PEER_MISSING, the library wording and details.peer', async () => {
    const error = await loadOptionalPeer('fastify', () => Promise.reject(absent('fastify'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VerifyLessonError);
    expect(error).toMatchObject({ code: 'PEER_MISSING', message: 'createServer() needs fastify: npm i fastify', details: { peer: 'fastify' } });
  });

  it('passes on a failure inside an installed peer (another package missing is not the peer missing)', async () => {
    const inner = absent('avvio');
    await expect(loadOptionalPeer('fastify', () => Promise.reject(inner))).rejects.toBe(inner);
  });
});
