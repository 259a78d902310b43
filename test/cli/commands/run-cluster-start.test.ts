import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/cli-io.js';
import { runClusterStart } from '../../../src/cli/commands/run-cluster-start.js';
import { isAlive } from '../../support/is-alive.js';

const root = join(import.meta.dirname, '../../..');
let workDir: string;
let abort: AbortController;
let running: Promise<number> | undefined;
beforeAll(() => {
  if (!existsSync(join(root, 'dist/bin/kv_node.js'))) throw new Error('dist/ is missing: run `npm run build` (or `npm test`) first');
});
beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'cluster-start-test-'));
  abort = new AbortController();
});
afterEach(async () => {
  abort.abort();
  await running?.catch(() => undefined);
  running = undefined;
  rmSync(workDir, { recursive: true, force: true });
});


describe('runClusterStart', () => {
  it('refuses a --workdir that is a file before starting any node, in one line (it was "internal error: ENOENT … mkdir")', async () => {
    writeFileSync(join(workDir, 'taken'), '');
    const io: CliIo = { stdout: { write: () => true }, stderr: { write: () => true }, cwd: workDir, env: {} };
    await expect(runClusterStart({ nodes: 3, workDir: 'taken', io, signal: abort.signal })).rejects.toMatchObject({
      code: 'OUTPUT_UNWRITABLE',
      message: `cannot use --workdir ${join(workDir, 'taken')}: ${join(workDir, 'taken')} is not a directory (ENOTDIR)`,
    });
    expect(readdirSync(workDir)).toEqual(['taken']);
  });

  it('prints pids, ports and logs, follows every log prefixed by node, and stops everything on abort', async () => {
    let out = '';
    const io: CliIo = { stdout: { write: (t: string) => (out += t) }, stderr: { write: () => true }, cwd: workDir, env: {} };
    running = runClusterStart({ nodes: 3, workDir: 'cluster', io, signal: abort.signal });
    // The header is out before any node started (the start takes seconds on a busy machine); the pids follow.
    expect(out).toBe(`kv_node cluster of 3 in ${join(workDir, 'cluster')} (Ctrl+C stops it)\n`);
    const deadline = Date.now() + 15_000;
    while (!/^node\d \| .*won election for term \d+ with [23]\/3 votes — now leader$/m.test(out)) {
      if (Date.now() > deadline) throw new Error(`no leader in the followed logs:\n${out}`);
      await delay(25);
    }
    expect(out).toContain(`kv_node cluster of 3 in ${join(workDir, 'cluster')} (Ctrl+C stops it)`);
    const pids = [...out.matchAll(/^ {2}node(\d)\s+pid (\d+)\s+raft 127\.0\.0\.1:\d+\s+client http:\/\/127\.0\.0\.1:\d+\s+log data\/node\1\/node\.log$/gm)].map((m) => Number(m[2]));
    expect(pids).toHaveLength(3);
    expect(out).toMatch(/^(node\d) \| \S+Z \1 INFO  won election for term \d+ with [23]\/3 votes — now leader$/m);

    abort.abort();
    expect(await running).toBe(0);
    expect(pids.filter(isAlive)).toEqual([]);
    expect(out).toMatch(/stopped; data and logs kept in .*\n$/);
    expect(existsSync(join(workDir, 'cluster/data/node2/node.log'))).toBe(true);
  });
});
