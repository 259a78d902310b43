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
      // A second that just ended, as a live etcd writes it (the reader takes stamps far from their arrival for a zone).
      const second = Math.floor(Date.now() / 1000) * 1000 - 2000;
      const [date, time] = new Date(second).toISOString().slice(0, 19).split('T') as [string, string];
      const next = new Date(second + 1000).toISOString().slice(11, 19);
      writeFileSync(
        path,
        [
          `${date} ${time}.392000 N | pkg/osutil: received terminated signal, shutting down...`,
          `raft${date.replaceAll('-', '/')} ${time} INFO: d326ed22445e7c85 became leader at term 3`,
          `${date} ${next}.100000 I | rafthttp: peer 472c6a4d3b04e8b3 became inactive (message send to peer failed)`,
          '',
        ].join('\n'),
      );
      const logs = followNodeLogs(new Map([[2, path]]), compiled.patterns);
      logs.poll();
      logs.stop();
      const fromMs = second + 392;
      expect(logs.linesBetween(2, fromMs).map((l) => [l.kind, l.event.node])).toEqual([
        ['kill', 'node2'],
        ['became-leader', 'node2'],
        ['other', 'node2'],
      ]);
      // A millisecond stamp before the window stays out of it; the whole-second line is out once its second is over.
      expect(logs.linesBetween(2, fromMs + 1)).toHaveLength(2);
      expect(logs.linesBetween(2, second + 1000).map((l) => l.kind)).toEqual(['other']);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it("names a leader by the member id a peer's line gave before that member's own line linked it (read in either order, as checkPaste)", () => {
    const [path1, path3] = [join(dir, 'node1.log'), join(dir, 'node3.log')];
    const ts = new Date().toISOString();
    writeFileSync(path1, `{"level":"info","ts":"${ts}","msg":"4a0a6efc2f1a6180 became leader at term 3"}\n`);
    writeFileSync(path3, `{"level":"info","ts":"${ts}","msg":"raft.node: f36d74f17bf13157 elected leader 4a0a6efc2f1a6180 at term 3"}\n`);
    // node3's log is read first: its line names a member id nothing has linked yet.
    const logs = followNodeLogs(new Map([[3, path3], [1, path1]]), compiled.patterns);
    logs.poll();
    logs.stop();
    expect(logs.lines(3).map((l) => [l.kind, l.event.leader])).toEqual([['follows-leader', 'node1']]);
  });

  it('reads a node writing its own zone (TZ=Asia/Kolkata in the template, the harness in UTC) in that zone, lines read before the shift was known too', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'UTC';
    try {
      const path = join(dir, 'node.log');
      const inKolkata = (ms: number): string => new Date(ms + 330 * 60_000).toISOString().replace('T', ' ').slice(0, 23);
      const writtenMs = Date.now() - 50;
      // The previous run of a reused work dir (an hour ago, no detection), then this run's lines.
      const lines = [`${inKolkata(writtenMs - 3_600_000)} [node2] following leader node1 in term 1`, `${inKolkata(writtenMs)} [node2] heartbeat timeout: no heartbeat from leader node3 for 175 ms`, 'untimed line'];
      writeFileSync(path, `${lines.join('\n')}\n`);
      const logs = followNodeLogs(new Map([[2, path]]), compiled.patterns);
      logs.poll();
      logs.stop();
      expect(logs.zoneShiftMin(2)).toBe(330);
      expect(logs.lines(2).map((l) => l.atMs)).toEqual([writtenMs - 3_600_000, writtenMs, writtenMs]);
      expect(logs.linesBetween(2, writtenMs - 1).map((l) => l.kind)).toEqual(['heartbeat-timeout', 'other']);
      // By arrival: everything read in that poll, whatever the stamps say.
      const [first, last] = [logs.lines(2)[0]!.arrivalMs, logs.lines(2).at(-1)!.arrivalMs];
      expect(logs.linesArrivedBetween(2, first - 1, last)).toHaveLength(3);
      expect(logs.linesArrivedBetween(2, last, last + 1000)).toHaveLength(0);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
