// Write throughput of the bundled kv_node cluster beside the machine's raw fsync rate.
//   node bench/kv-writes.mjs        (after `npm run build`; env: FSYNC_ITERATIONS, SEQ_WRITES, CONC_WRITES, CLIENTS)
// 1. raw: append a small record + fdatasync, N times, to a file in the OS temp dir (the same disk the nodes use);
// 2. 3 kv_node processes on loopback (WAL fsync on): acknowledged PUTs/s through the leader, one client
//    sequentially, then CLIENTS concurrent clients. Every acknowledged write is committed on a majority and
//    fsynced on each of them, so the sequential rate is bounded by ~2 fsyncs + 2 loopback hops per write.
import { spawn } from 'node:child_process';
import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const kvNode = join(root, 'dist/bin/kv_node.js');
const FSYNC_ITERATIONS = Number(process.env.FSYNC_ITERATIONS ?? 2000);
const SEQ_WRITES = Number(process.env.SEQ_WRITES ?? 1000);
const CONC_WRITES = Number(process.env.CONC_WRITES ?? 4000);
const CLIENTS = Number(process.env.CLIENTS ?? 16);

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
function summarize(name, count, elapsedMs, latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { name, count, perSecond: (count / elapsedMs) * 1000, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

function measureFsync(dir) {
  const fd = openSync(join(dir, 'fsync-probe'), 'a');
  const record = Buffer.alloc(64, 0x61);
  const latencies = [];
  const start = performance.now();
  for (let i = 0; i < FSYNC_ITERATIONS; i++) {
    const t = performance.now();
    writeSync(fd, record);
    fdatasyncSync(fd);
    latencies.push(performance.now() - t);
  }
  const elapsed = performance.now() - start;
  closeSync(fd);
  return summarize(`raw append+fdatasync (64 B) x${FSYNC_ITERATIONS}`, FSYNC_ITERATIONS, elapsed, latencies);
}

async function freePorts(count) {
  const servers = [];
  for (let i = 0; i < count; i++) {
    const server = createServer();
    await new Promise((resolve) => server.listen({ host: '127.0.0.1', port: 0 }, resolve));
    servers.push(server);
  }
  const ports = servers.map((s) => s.address().port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });
function http(method, url, body) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, agent, headers: body === undefined ? {} : { 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode, body: text ? JSON.parse(text) : undefined }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function startCluster(dir) {
  const ports = await freePorts(6);
  const peers = ports.slice(0, 3).map((p, i) => `${i + 1}=127.0.0.1:${p}`).join(',');
  const clients = ports.slice(3).map((p, i) => `${i + 1}=127.0.0.1:${p}`).join(',');
  const children = [1, 2, 3].map((id) =>
    spawn(process.execPath, [kvNode, '--id', String(id), '--peers', peers, '--client-port', String(ports[2 + id]), '--client-peers', clients,
      '--data-dir', `data/node${id}`, '--quiet', '--parent-pid', String(process.pid)], { cwd: dir, stdio: 'ignore', detached: true }),
  );
  const urls = ports.slice(3).map((p) => `http://127.0.0.1:${p}`);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const url of urls) {
      try {
        const { body } = await http('GET', `${url}/status`);
        if (body.role === 'leader') return { children, leaderUrl: url, leader: body.id };
      } catch {
        // not up yet
      }
    }
    await delay(50);
  }
  throw new Error('no leader within 15 s');
}

async function writes(leaderUrl, name, total, clients) {
  const latencies = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        const i = next++;
        const t = performance.now();
        const { status, body } = await http('PUT', `${leaderUrl}/kv/${name}-${i}`, `value-${i}`);
        if (status !== 200) throw new Error(`PUT ${name}-${i}: HTTP ${status} ${JSON.stringify(body)}`);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return summarize(`acknowledged PUTs, ${clients} client${clients > 1 ? 's' : ''} x${total}`, total, performance.now() - start, latencies);
}

const dir = mkdtempSync(join(tmpdir(), 'kv-bench-'));
let cluster;
try {
  const rows = [measureFsync(dir)];
  cluster = await startCluster(dir);
  await writes(cluster.leaderUrl, 'warmup', 100, 4);
  rows.push(await writes(cluster.leaderUrl, 'seq', SEQ_WRITES, 1));
  rows.push(await writes(cluster.leaderUrl, 'conc', CONC_WRITES, CLIENTS));
  console.log(`kv_node write benchmark (3 nodes on loopback, WAL fdatasync on, leader node${cluster.leader}), ${tmpdir()}`);
  console.log(`  ${'measurement'.padEnd(44)} ${'ops/s'.padStart(9)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)}`);
  for (const row of rows) {
    console.log(`  ${row.name.padEnd(44)} ${row.perSecond.toFixed(0).padStart(9)} ${row.p50.toFixed(2).padStart(8)} ${row.p99.toFixed(2).padStart(8)}`);
  }
} finally {
  agent.destroy();
  for (const child of cluster?.children ?? []) child.kill('SIGTERM');
  await Promise.all((cluster?.children ?? []).map((child) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : undefined)));
  rmSync(dir, { recursive: true, force: true });
}
