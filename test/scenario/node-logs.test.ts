// The harness's view of node logs (real files, followed as the run goes): each line read once through the log-event
// model with its time on the harness clock.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { followNodeLogs } from '../../src/scenario/node-logs.js';

const compiled = compileEventPatterns();
if (!compiled.ok) throw new Error(compiled.message);
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'node-logs-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('followNodeLogs', () => {
  it("counts a whole-second stamp for its whole second: etcd's raft line of the kill's second is in a window that starts within it", () => {
    const saved = process.env.TZ;
    process.env.TZ = 'UTC';
    try {
      const path = join(dir, 'node.log');
      writeFileSync(
        path,
        [
          '2026-11-30 08:00:41.392000 N | pkg/osutil: received terminated signal, shutting down...',
          'raft2026/11/30 08:00:41 INFO: d326ed22445e7c85 became leader at term 3',
          '2026-11-30 08:00:42.100000 I | rafthttp: peer 472c6a4d3b04e8b3 became inactive (message send to peer failed)',
          '',
        ].join('\n'),
      );
      const logs = followNodeLogs(new Map([[2, path]]), compiled.patterns);
      logs.poll();
      logs.stop();
      const fromMs = Date.UTC(2026, 10, 30, 8, 0, 41, 392);
      expect(logs.linesBetween(2, fromMs).map((l) => [l.kind, l.event.node])).toEqual([
        ['kill', 'node2'],
        ['became-leader', 'node2'],
        ['other', 'node2'],
      ]);
      // A millisecond stamp before the window stays out of it; the whole-second line is out once its second is over.
      expect(logs.linesBetween(2, fromMs + 1)).toHaveLength(2);
      expect(logs.linesBetween(2, Date.UTC(2026, 10, 30, 8, 0, 42, 0)).map((l) => l.kind)).toEqual(['other']);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
