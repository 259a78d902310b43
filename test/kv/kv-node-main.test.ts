import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findFreePorts } from '../../src/process/find-free-ports.js';
import { isAlive } from '../support/is-alive.js';
import { waitFor } from '../support/wait-for.js';

// The built kv_node as a real process: flags, exit codes, signals and the orphan guard.
const root = join(import.meta.dirname, '../..');
const kvNode = join(root, 'dist/bin/kv_node.js');
const parentFixture = join(root, 'fixtures/processes/spawn-kv-node-parent.mjs');

let workDir: string;
const children: ChildProcess[] = [];
const pids: number[] = [];
const servers: Server[] = [];

beforeAll(() => {
  if (!existsSync(kvNode)) throw new Error('dist/ is missing: run `npm run build` (or `npm test`) first');
});
beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'kv-node-main-test-'));
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const pid of pids.splice(0)) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  rmSync(workDir, { recursive: true, force: true });
});


function run(args: string[]): { child: ChildProcess; stderr: () => string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, [kvNode, ...args], { cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  child.stdout!.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
  return { child, stderr: () => stderr, exited };
}

const readLog = (): string => {
  try {
    return readFileSync(join(workDir, 'data/node1/node.log'), 'utf8');
  } catch {
    return '';
  }
};

describe('kv_node process', () => {
  it.each([
    [['--peers', '1=127.0.0.1:1', '--client-port', '2'], '--id is required'],
    [['--id', 'one', '--peers', '1=127.0.0.1:1', '--client-port', '2'], '--id: expected an integer'],
    [['--id', '1', '--peers', '1=127.0.0.1', '--client-port', '2'], '--peers: expected ID=HOST:PORT'],
    [['--id', '1', '--peers', '1=127.0.0.1:1', '--client-port', '2', '--tick-ms', '-5'], '--tick-ms'],
    [['--id', '1', '--peers', '1=127.0.0.1:1', '--client-port', '2', '--turbo'], 'unknown option --turbo'],
  ])('exits 2 with one line naming the flag for %j', async (args, expected) => {
    const node = run(args);
    expect(await node.exited).toEqual({ code: 2, signal: null });
    const lines = node.stderr().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`kv_node: ${expected}`);
    expect(node.stderr()).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('exits 1 with one line when its client port is taken', async () => {
    const [raftPort] = await findFreePorts(1);
    const blocker = createServer();
    servers.push(blocker);
    await new Promise<void>((resolve) => blocker.listen({ host: '127.0.0.1', port: 0 }, () => resolve()));
    const takenPort = (blocker.address() as { port: number }).port;
    const node = run(['--id', '1', '--peers', `1=127.0.0.1:${raftPort}`, '--client-port', String(takenPort)]);
    expect(await node.exited).toEqual({ code: 1, signal: null });
    expect(node.stderr().trim()).toBe(`kv_node: cannot listen on 127.0.0.1:${takenPort} (client port): EADDRINUSE`);
  });

  it('logs SIGINT and exits 0 after an orderly shutdown', async () => {
    const [raftPort, clientPort] = await findFreePorts(2);
    const node = run(['--id', '1', '--peers', `1=127.0.0.1:${raftPort}`, '--client-port', String(clientPort)]);
    await waitFor('the node to lead', () => readLog().includes('now leader'));
    const put = await fetch(`http://127.0.0.1:${clientPort}/kv/k`, { method: 'PUT', body: 'v' });
    expect(put.status).toBe(200);
    node.child.kill('SIGINT');
    expect(await node.exited).toEqual({ code: 0, signal: null });
    const log = readLog();
    expect(log).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z node1 INFO  started kv_node node1 \(pid \d+\)/);
    expect(log).toMatch(/node1 INFO  received SIGINT, shutting down\n.*node1 INFO  stopped \(term 1, commit 2, last index 2\); WAL synced\n$/);
  });

  it('exits by itself when the process that started it is SIGKILLed', async () => {
    const [raftPort, clientPort] = await findFreePorts(2);
    const parent = spawn(process.execPath, [parentFixture, kvNode, workDir, String(raftPort), String(clientPort), 'watch'], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(parent);
    const pid = Number((await new Promise<Buffer>((resolve) => parent.stdout!.once('data', resolve))).toString().trim());
    pids.push(pid);
    await waitFor('the node to start', () => readLog().includes('started kv_node'));
    expect(isAlive(pid)).toBe(true);
    parent.kill('SIGKILL');
    await waitFor('the orphaned node to exit', () => !isAlive(pid), 5000);
    expect(readLog()).toMatch(new RegExp(`node1 INFO  parent process ${parent.pid} exited, shutting down\\n.*stopped`));
  });

  it('keeps running without --parent-pid when its starter goes away (started by hand)', async () => {
    const [raftPort, clientPort] = await findFreePorts(2);
    const parent = spawn(process.execPath, [parentFixture, kvNode, workDir, String(raftPort), String(clientPort), 'nowatch'], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(parent);
    const pid = Number((await new Promise<Buffer>((resolve) => parent.stdout!.once('data', resolve))).toString().trim());
    pids.push(pid);
    await waitFor('the node to start', () => readLog().includes('started kv_node'));
    parent.kill('SIGKILL');
    await delay(1000);
    expect(isAlive(pid)).toBe(true);
    const status = await fetch(`http://127.0.0.1:${clientPort}/status`);
    expect(await status.json()).toMatchObject({ id: 1, role: 'leader' });
  });
});
