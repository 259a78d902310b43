// How long `/healthz` waits while large pastes are judged: the built bin serves (`verify-lesson serve`, its own
// process, default workers), one client POSTs 20 distinct 4 MB pastes one after another, another polls `/healthz`
// every 10 ms; prints the slowest and the p99 `/healthz` answer, the server's own longest event-loop stall (a
// preload in the server process: perf_hooks' monitorEventLoopDelay, read on SIGUSR2) and the pastes' own times. On a
// loaded 2-core machine `/healthz` also waits for a core; the stall is the server's alone. The body is JSON
// (`{"paste": ...}`) by default, the raw paste with `BODY=text`.
//
//   npm run build && node bench/serve-json-healthz.mjs
//   BODY=text node bench/serve-json-healthz.mjs
//   ROOT=/path/to/another/checkout node bench/serve-json-healthz.mjs    (serve that build: an A/B)
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';

const root = process.env.ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const body = process.env.BODY === 'text' ? 'text' : 'json';
const PASTES = Number(process.env.PASTES ?? 20);

// In the server process: the event loop's delays, reported (then reset) on each SIGUSR2, as one JSON line on stderr.
const MONITOR = `
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { makeDistinctPaste as makePaste } from './distinct-paste.mjs';
const h = monitorEventLoopDelay({ resolution: 5 });
h.enable();
process.on('SIGUSR2', () => {
  process.stderr.write(JSON.stringify({ maxMs: h.max / 1e6, p99Ms: h.percentile(99) / 1e6 }) + '\\n');
  h.reset();
});
`;
const server = spawn(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(MONITOR)}`, join(root, 'dist/bin/verify-lesson.js'), 'serve', '--port', '0'], {
  env: { ...process.env, VERIFY_LESSON_LOG_LEVEL: 'silent' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let err = '';
server.stderr.setEncoding('utf8');
server.stderr.on('data', (text) => {
  err += text;
});
// The server's event-loop delays since the last call.
async function readLoopDelay() {
  const before = err.length;
  server.kill('SIGUSR2');
  for (let i = 0; i < 200 && !err.slice(before).includes('\n'); i++) await delay(10);
  return JSON.parse(err.slice(before).split('\n')[0]);
}
let out = '';
server.stdout.setEncoding('utf8');
const base = await new Promise((resolve, reject) => {
  server.stdout.on('data', (text) => {
    out += text;
    const match = /listening on (http:\/\/\S+)/.exec(out);
    if (match) resolve(match[1]);
  });
  server.once('exit', (code) => reject(new Error(`serve exited (${code}) before listening`)));
});

try {
  // Bodies made before the clock starts: the client's own JSON.stringify is not the server's time.
  const bodies = Array.from({ length: PASTES }, (_, i) => (body === 'json' ? JSON.stringify({ paste: makePaste(i + 1) }) : makePaste(i + 1)));
  // One warm-up paste starts the worker (its start is not what is measured).
  await post(bodies[0]);
  await readLoopDelay();
  const health = [];
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const t0 = performance.now();
      const response = await fetch(`${base}/healthz`);
      await response.json();
      health.push(performance.now() - t0);
      await delay(10);
    }
  })();
  const pasteMs = [];
  for (const text of bodies) {
    const t0 = performance.now();
    await post(text);
    pasteMs.push(performance.now() - t0);
  }
  polling = false;
  await poller;
  const loop = await readLoopDelay();
  health.sort((a, b) => a - b);
  pasteMs.sort((a, b) => a - b);
  const at = (list, q) => list[Math.min(list.length - 1, Math.floor(q * list.length))];
  console.log(`${root}: ${PASTES} distinct 4 MB pastes as ${body === 'json' ? 'application/json {"paste": ...}' : 'text/plain'} bodies, one at a time; /healthz polled every 10 ms`);
  console.log(`  /healthz: ${health.length} answers, slowest ${health.at(-1).toFixed(1)} ms, p99 ${at(health, 0.99).toFixed(1)} ms, median ${at(health, 0.5).toFixed(1)} ms`);
  console.log(`  the server's event loop: longest stall ${loop.maxMs.toFixed(1)} ms, p99 ${loop.p99Ms.toFixed(1)} ms`);
  console.log(`  each paste's answer: median ${at(pasteMs, 0.5).toFixed(0)} ms, slowest ${pasteMs.at(-1).toFixed(0)} ms`);
} finally {
  server.kill('SIGTERM');
  await once(server, 'exit');
}

async function post(text) {
  const response = await fetch(`${base}/v1/lessons/w12-l03/verify`, {
    method: 'POST',
    headers: { 'content-type': body === 'json' ? 'application/json' : 'text/plain' },
    body: text,
  });
  const verdict = await response.json();
  if (response.status !== 200 || verdict.passed !== true) throw new Error(`a paste was not judged passed: ${response.status} ${JSON.stringify(verdict).slice(0, 300)}`);
}
