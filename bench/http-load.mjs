// Bounded HTTP load test on loopback: the built CLI serves (`verify-lesson serve --port 0`) in a child process, and
// autocannon, in this process, POSTs a realistic passing follower log padded to 10 KB to /v1/lessons/w12-l03/verify.
// Prints sustained requests/s, p50/p99 latency and errors (which must be 0), then stops the server with SIGTERM.
//   node bench/http-load.mjs            (after `npm run build`)
//   CONNECTIONS=10 DURATION_S=10 PASTE_BYTES=10240 LOG_LEVEL=warn node bench/http-load.mjs
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'dist/bin/verify-lesson.js');
const connections = Number(process.env.CONNECTIONS ?? 10);
const durationS = Number(process.env.DURATION_S ?? 10);
const pasteBytes = Number(process.env.PASTE_BYTES ?? 10 * 1024);
// Request logs cost CPU per request; production would ship them, so `LOG_LEVEL=info` measures that too.
const logLevel = process.env.LOG_LEVEL ?? 'warn';
const fixture = process.env.PASTE ?? join(root, 'fixtures/pastes/bundled-grep.log');

if (!existsSync(bin)) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(2);
}

// The passing log padded to `bytes` with steady-state follower chatter (append entries from the leader) between
// the election and the kill, timestamps spread evenly in that gap and in the log's own `grep -H` format: the same
// verdict, more lines to scan.
function padPaste(log, bytes) {
  const lines = log.trimEnd().split('\n');
  const iso = /(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)/;
  const kill = lines.findIndex((line) => /received SIG(TERM|INT|KILL)/i.test(line));
  const before = kill > 0 ? iso.exec(lines[kill - 1]) : null;
  const at = kill >= 0 ? iso.exec(lines[kill]) : null;
  if (!before || !at) throw new Error('bench: the paste needs ISO timestamps and a "received SIGTERM" line after the first line');
  const fromMs = Date.parse(before[1]);
  const toMs = Date.parse(at[1]);
  const chatter = (i, stampMs) => {
    const node = 2 + (i % 2);
    return `data/node${node}/node.log:${new Date(stampMs).toISOString()} node${node} INFO  appended entries from leader node1: index=${100 + i} term=1 commit=${99 + i}`;
  };
  const perLine = Buffer.byteLength(chatter(0, fromMs)) + 1;
  const count = Math.max(0, Math.ceil((bytes - Buffer.byteLength(log)) / perLine));
  const filler = Array.from({ length: count }, (_, i) => chatter(i, fromMs + ((toMs - fromMs) * (i + 1)) / (count + 1)));
  return `${[...lines.slice(0, kill), ...filler, ...lines.slice(kill)].join('\n')}\n`;
}

const children = new Set();
function stopChildren() {
  for (const child of children) child.kill('SIGKILL');
}
process.on('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--host', '127.0.0.1'], {
      cwd: root,
      env: { ...process.env, VERIFY_LESSON_LOG_LEVEL: logLevel },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.setEncoding('utf8');
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match) resolve({ child, url: match[1], stderr: () => stderr });
    });
    child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${stderr}`)));
    setTimeout(() => reject(new Error(`server did not report its address within 15 s: ${stderr}`)), 15_000).unref();
  });
}

const server = await startServer();
const url = `${server.url}/v1/lessons/w12-l03/verify`;
const paste = padPaste(readFileSync(fixture, 'utf8'), pasteBytes);
const body = JSON.stringify({ paste });

const check = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
const verdict = await check.json();
if (check.status !== 200 || verdict.passed !== true) {
  console.error(`bench: the padded paste must pass; got HTTP ${check.status}: ${JSON.stringify(verdict).slice(0, 500)}`);
  process.exit(1);
}

// Warm-up (JIT, caches), not counted.
await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration: Math.min(3, durationS) });

const result = await autocannon({
  url,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body,
  connections,
  duration: durationS,
});

const exited = new Promise((resolve) => server.child.once('exit', (code, signal) => resolve({ code, signal })));
server.child.kill('SIGTERM');
const exit = await exited;
children.delete(server.child);

const errors = result.errors + result.timeouts + result.non2xx;
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`http load: POST /v1/lessons/w12-l03/verify, ${Buffer.byteLength(paste)} B paste (${Buffer.byteLength(body)} B JSON body), passing verdict`);
console.log(`  machine       ${os.availableParallelism()} CPU(s), ${cpu}, Node ${process.version}, server log level ${logLevel}`);
console.log(`  load          ${connections} connections x ${durationS} s after a ${Math.min(3, durationS)} s warm-up (autocannon in this process, server in a child)`);
console.log(`  requests      ${result.requests.total} total, ${result.requests.average.toFixed(0)} req/s sustained (min ${result.requests.min}, max ${result.requests.max} per s)`);
console.log(`  latency (ms)  p50 ${result.latency.p50}   p90 ${result.latency.p90}   p99 ${result.latency.p99}   max ${result.latency.max}`);
console.log(`  throughput    ${(result.throughput.average / 1024 / 1024).toFixed(2)} MiB/s responses`);
console.log(`  errors        ${errors} (connection errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`);
console.log(`  shutdown      SIGTERM -> exit code ${exit.code}${exit.signal ? ` (signal ${exit.signal})` : ''}`);
process.exitCode = errors === 0 && exit.code === 0 ? 0 : 1;
