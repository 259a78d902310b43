import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCluster, type Cluster } from '../../src/cluster/start-cluster.js';
import { waitFor } from '../support/wait-for.js';

// Real kv_node processes, real TCP on loopback, real files. Bounds are generous: the CI machine has 2 shared cores.
const root = join(import.meta.dirname, '../..');
const kvNode = join(root, 'dist/bin/kv_node.js');

let workDir: string;
let cluster: Cluster | undefined;
beforeAll(() => {
  if (!existsSync(kvNode)) throw new Error('dist/ is missing: run `npm run build` (or `npm test`) first');
});
beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'kv-cluster-test-'));
});
afterEach(async () => {
  await cluster?.stop({ graceMs: 1000 });
  cluster = undefined;
  rmSync(workDir, { recursive: true, force: true });
});

const LINE = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z) node(\d) (INFO |WARN |ERROR) (.*)$/;

function logLines(id: number): { at: number; level: string; message: string }[] {
  const path = join(workDir, `data/node${id}/node.log`);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const match = LINE.exec(line);
      if (!match) throw new Error(`malformed log line: ${line}`);
      expect(match[2]).toBe(String(id));
      return { at: Date.parse(match[1]!), level: match[3]!.trim(), message: match[4]! };
    });
}

/** Runs `count` puts with `concurrency` workers; returns the acknowledged key → value pairs. */
async function putMany(c: Cluster, prefix: string, count: number, concurrency: number): Promise<Map<string, string>> {
  const acked = new Map<string, string>();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        await c.put(`${prefix}${i}`, `value-${i}`);
        acked.set(`${prefix}${i}`, `value-${i}`);
      }
    }),
  );
  return acked;
}

describe('startCluster (3 kv_node processes)', () => {
  it('elects node 1, survives a SIGTERMed leader with detection logged by both followers, and the old leader rejoins', async () => {
    cluster = await startCluster({ workDir });
    expect(cluster.nodes.map((n) => [n.id, n.running, n.logPath])).toEqual([1, 2, 3].map((id) => [id, true, join(workDir, `data/node${id}/node.log`)]));
    const first = await cluster.waitForLeader(10_000);
    expect(first).toEqual({ id: 1, term: 1 });

    const acked = await putMany(cluster, 'k', 100, 8);
    expect(acked.size).toBe(100);

    const killedAt = Date.now();
    const exit = await cluster.kill(1, 'SIGTERM');
    expect(exit).toEqual({ code: 0, signal: null });
    expect(cluster.node(1).running).toBe(false);
    expect(logLines(1).map((l) => l.message)).toContain('received SIGTERM, shutting down');

    const second = await cluster.waitForLeader(10_000);
    expect([2, 3]).toContain(second.id);
    expect(second.term).toBeGreaterThan(1);

    // Both followers noticed the leader was gone: a closed connection and/or a heartbeat timeout, soon after the kill.
    for (const id of [2, 3]) {
      const detections = await waitFor(`node${id} to log a detection`, () => {
        const found = logLines(id).filter(
          (l) => l.at >= killedAt - 50 && /^(connection to leader node1 lost \((EOF|ECONNRESET)\) — leader may be down|heartbeat timeout — no message from leader node1 in \d+ms(; granted pre-vote to node\d for term \d+)?)$/.test(l.message),
        );
        return found.length > 0 ? found : undefined;
      });
      expect(detections[0]!.at - killedAt).toBeLessThan(2000);
      // The lesson's own Verify: grep -i "timeout\|heartbeat\|leader.*down\|election" data/nodeN/node.log
      expect(readFileSync(join(workDir, `data/node${id}/node.log`), 'utf8')).toMatch(/timeout|heartbeat|leader.*down|election/i);
    }
    const timeouts = [2, 3].flatMap((id) => logLines(id)).map((l) => /heartbeat timeout — no message from leader node1 in (\d+)ms/.exec(l.message)).filter((m) => m !== null);
    for (const match of timeouts) expect(Number(match[1])).toBeLessThan(2000);
    const winnerLog = logLines(second.id).map((l) => l.message);
    expect(winnerLog).toContain(`won election for term ${second.term} with ${winnerLog.some((m) => m.includes('3/3')) ? 3 : 2}/3 votes — now leader`);

    // Every acknowledged write reads back (linearizably, through the new leader).
    for (const [key, value] of acked) expect(await cluster.get(key)).toBe(value);
    await cluster.put('after-failover', 'yes');

    // The old leader comes back as a follower of the new one and catches up.
    await cluster.restart(1);
    const leaderStatus = await cluster.status(second.id);
    await waitFor('node1 to follow and catch up', async () => {
      const status = await cluster!.status(1);
      return status && status.role === 'follower' && status.leader === second.id && status.applied >= leaderStatus!.commit ? status : undefined;
    });
    expect(await cluster.get('k42', { localOn: 1 })).toBe('value-42');
    expect(await cluster.get('after-failover', { localOn: 1 })).toBe('yes');
    expect(logLines(1).map((l) => l.message)).toEqual(expect.arrayContaining([expect.stringMatching(/^recovered from raft\.wal: term 1, vote node1, commit \d+, \d+ log entries$/), `new leader node${second.id} for term ${second.term}`]));
  });

  it('loses no acknowledged write when the leader is SIGKILLed during concurrent writes and every node restarts', async () => {
    cluster = await startCluster({ workDir });
    const leader = await cluster.waitForLeader(10_000);
    const acked = new Map<string, string>();
    let stopWriting = false;
    let failures = 0;
    const writers = Array.from({ length: 8 }, async (_, w) => {
      for (let i = 0; !stopWriting; i++) {
        const key = `w${w}-${i}`;
        try {
          await cluster!.put(key, `v${w}-${i}`, { timeoutMs: 8000 });
          acked.set(key, `v${w}-${i}`);
        } catch {
          failures++; // not acknowledged: allowed to be lost
          // A write that fails before any I/O (no node running) would otherwise retry in microtasks forever.
          await delay(10);
        }
      }
    });
    try {
      await waitFor('some acknowledged writes', () => (acked.size >= 40 ? true : undefined));
      await cluster.kill(leader.id, 'SIGKILL');
      const ackedAtKill = acked.size;
      await waitFor('writes to continue on a new leader', () => (acked.size >= ackedAtKill + 40 ? true : undefined), 15_000);
    } finally {
      stopWriting = true;
      await Promise.all(writers);
    }

    for (const node of cluster.nodes) if (node.running) await cluster.kill(node.id, 'SIGKILL');
    for (const node of cluster.nodes) await cluster.restart(node.id);
    await cluster.waitForLeader(10_000);
    const missing: string[] = [];
    for (const [key, value] of acked) if ((await cluster.get(key)) !== value) missing.push(key);
    expect(missing).toEqual([]);
    expect(failures).toBeLessThan(acked.size);
  });

  it('discards a corrupted WAL tail on restart with a warning and catches up from the leader', async () => {
    cluster = await startCluster({ workDir });
    await cluster.waitForLeader(10_000);
    const acked = await putMany(cluster, 'c', 30, 4);
    await cluster.stop();

    const wal = join(workDir, 'data/node2/raft.wal');
    const bytes = readFileSync(wal);
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0xff; // a flipped byte in the last record
    writeFileSync(wal, Buffer.concat([bytes, Buffer.from([0, 0, 1])])); // and a torn record after it
    const corruptSize = statSync(wal).size;

    cluster = await startCluster({ workDir });
    await cluster.waitForLeader(10_000);
    const warning = logLines(2).find((l) => l.level === 'WARN' && l.message.includes('torn or corrupt tail'));
    const match = /raft\.wal: discarded (\d+) bytes of torn or corrupt tail at offset (\d+) \(checksum mismatch\)/.exec(warning?.message ?? '');
    expect(match, warning?.message).not.toBeNull();
    expect(Number(match![1]) + Number(match![2])).toBe(corruptSize);
    for (const [key, value] of acked) expect(await cluster.get(key)).toBe(value);
    await cluster.put('fresh', '1');
    await waitFor('node2 to apply new writes', async () => ((await cluster!.get('fresh', { localOn: 2 })) === '1' ? true : undefined));
  });
});

describe('kv_node append and the deliberate stale-read bug', () => {
  const send = async (url: string, method: string, body?: string) => {
    const response = await fetch(url, { method, ...(body === undefined ? {} : { body }) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('POST /kv/:key appends through the log; a GET is a log entry unless --unsafe-local-reads answers it locally', async () => {
    for (const unsafe of [false, true]) {
      const dir = join(workDir, unsafe ? 'unsafe' : 'safe');
      cluster = await startCluster({ workDir: dir, ...(unsafe ? { nodeArgs: ['--unsafe-local-reads'] } : {}) });
      const leader = await cluster.waitForLeader(10_000);
      const url = cluster.node(leader.id).clientUrl;
      expect((await send(`${url}/kv/k`, 'POST', 'a')).status).toBe(200);
      expect((await send(`${url}/kv/k`, 'POST', 'b')).status).toBe(200);
      const before = (await cluster.status(leader.id))!.lastIndex;
      const read = await send(`${url}/kv/k`, 'GET');
      expect(read).toMatchObject({ status: 200, body: { value: 'ab' } });
      expect((await cluster.status(leader.id))!.lastIndex).toBe(unsafe ? before : before + 1);
      const follower = cluster.nodes.find((n) => n.id !== leader.id)!;
      expect((await send(`${follower.clientUrl}/kv/k`, 'GET')).status).toBe(421);
      await cluster.stop({ graceMs: 1000 });
      cluster = undefined;
    }
  });
});
