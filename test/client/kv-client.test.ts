// The declared client protocol against real nodes: the foreign Python node (307 redirects, or 421 with a text), its
// command-line client (prints "not leader, try HOST:PORT"), and the bundled kv_node (421 JSON) — one code path.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT_PROTOCOL, parseClientProtocol, type ClientProtocol } from '../../src/client/client-protocol.js';
import { readBackKeys, writeKeys } from '../../src/client/key-round-trip.js';
import { createKvClient } from '../../src/client/kv-client.js';
import { openScenarioCluster, type ScenarioCluster } from '../../src/cluster/scenario-cluster.js';
import { python, pythonNode, pythonNodeDir } from '../support/foreign-node.js';
import { isAlive } from '../support/is-alive.js';
import { waitFor } from '../support/wait-for.js';

let workDir: string;
let cluster: ScenarioCluster | undefined;

beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'kv-client-'));
});

afterEach(async () => {
  await cluster?.stop();
  cluster = undefined;
  rmSync(workDir, { recursive: true, force: true });
});

async function roundTrip(command: string | undefined, protocol: ClientProtocol) {
  cluster = await openScenarioCluster({ workDir, ...(command === undefined ? {} : { command }) });
  const c = cluster;
  const client = createKvClient({ protocol, clientPorts: new Map(c.nodeIds.map((id) => [id, c.clientPort(id)])), cwd: workDir, requestTimeoutMs: 5000 });
  // Through node 3 whoever leads: a follower's answer must be followed to the leader.
  const written = await writeKeys(client, 3, 4);
  const read = await readBackKeys(client, 2, written);
  return { written, read, client };
}

describe('createKvClient', () => {
  it('writes and reads back through the foreign node, following its 307 redirects', async () => {
    const { written, read, client } = await roundTrip(pythonNode('--flush'), DEFAULT_CLIENT_PROTOCOL);
    expect(written.flatMap((k) => k.writes.filter((w) => !w.acked).map((w) => `${k.key}: ${w.error}`))).toEqual([]);
    expect(read.map((r) => `${r.key} ${r.status} ${r.found}`)).toEqual([1, 2, 3, 4].map((i) => `demo-key-${i} kept value-of-demo-key-${i}-v2`));
    expect((await client.read('never-written', 1)).value).toBeNull();
  });

  it('follows a 421 whose text names the leader\'s address', async () => {
    const { read } = await roundTrip(pythonNode('--flush --not-leader text'), DEFAULT_CLIENT_PROTOCOL);
    expect(read.map((r) => r.status)).toEqual(['kept', 'kept', 'kept', 'kept']);
  });

  it('runs command templates and follows "not leader, try HOST:PORT" printed by a failing command', async () => {
    const ctl = `${python} ${join(pythonNodeDir, 'kvctl.py')}`;
    const parsed = parseClientProtocol([`write=${ctl} {client_port} put {key} {value}`, `read=${ctl} {client_port} get {key}`]);
    if (!parsed.ok) throw new Error(parsed.message);
    const { read, client } = await roundTrip(pythonNode('--flush'), parsed.protocol);
    expect(read.map((r) => r.status)).toEqual(['kept', 'kept', 'kept', 'kept']);
    const missing = await client.read('never-written', 1);
    expect(missing.ok).toBe(true);
    expect(missing.value).toBeNull();
  });

  it('speaks the same default protocol to the bundled kv_node (421 JSON with leaderUrl)', async () => {
    const { written, read } = await roundTrip(undefined, DEFAULT_CLIENT_PROTOCOL);
    expect(written.every((k) => k.writes.every((w) => w.acked))).toBe(true);
    expect(read.map((r) => r.status)).toEqual(['kept', 'kept', 'kept', 'kept']);
  });

  it('stops a client command that outlives its budget, with what it started (a shell running `sleep; echo`), and says so on time', async () => {
    // A pid file names the grandchild: the shell forks `sleep`, which would hold the output pipe open after the shell's death.
    const pidFile = join(workDir, 'sleep.pid');
    const parsed = parseClientProtocol([`write=sleep 30 & echo $! > ${pidFile}; wait; echo {client_port} {key} {value}`, 'read=echo {client_port} {key}']);
    if (!parsed.ok) throw new Error(parsed.message);
    const client = createKvClient({ protocol: parsed.protocol, clientPorts: new Map([[1, 1]]), cwd: workDir, requestTimeoutMs: 500 });
    const t0 = Date.now();
    const answer = await client.write('k', 'v', 1);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/^node1: command killed by SIGKILL after \d+ ms$/);
    const sleeper = Number(readFileSync(pidFile, 'utf8'));
    await waitFor('the sleep the command started to be gone', () => !isAlive(sleeper), 2000);
  });

  it('reports a node that cannot be reached, naming it', async () => {
    const client = createKvClient({ protocol: DEFAULT_CLIENT_PROTOCOL, clientPorts: new Map([[1, 1]]), cwd: workDir, requestTimeoutMs: 500 });
    const answer = await client.write('k', 'v', 1);
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/^no node served the write within 500 ms \(asked node1 → node1.*\); last answer node1: connect ECONNREFUSED/);
  });
});
