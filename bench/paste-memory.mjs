// Memory under distinct large pastes: checkPaste on 40 different 4 MB pastes, heap measured after a full GC each
// time. A module-level cache keyed by slices of a paste would keep every paste alive (~100 MB per 10 pastes);
// the heap must stay flat. Exits 1 when the heap after the 40th paste exceeds the one after the 5th by > 32 MB.
// Then the same 40 pastes through the HTTP server (createServer, one verdict worker thread; text/plain and JSON
// bodies in turn): the server's heap must stay flat by the same measure; the process RSS (worker included) is shown.
//
//   npm run build && node bench/paste-memory.mjs
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeDistinctPaste as makePaste } from './distinct-paste.mjs';

if (typeof globalThis.gc !== 'function') {
  const result = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const api = await import(pathToFileURL(join(root, 'dist/index.js')).href);
const { lesson } = api.parseLesson(readFileSync(join(root, 'lessons/w12-l03.md'), 'utf8'), 'w12-l03.md');

const heapMb = () => {
  globalThis.gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const figures = [];
for (let n = 1; n <= 40; n++) {
  const verdict = api.checkPaste(lesson, makePaste(n));
  if (!verdict.passed) throw new Error(`paste ${n} should pass`);
  if (n === 1 || n === 5 || n % 10 === 0) figures.push([n, heapMb()]);
}
const at5 = figures.find(([n]) => n === 5)[1];
const at40 = figures.at(-1)[1];
console.log('checkPaste on 40 distinct 4 MB pastes, heap after a full GC:');
for (const [n, mb] of figures) console.log(`  after paste ${String(n).padStart(2)}: ${mb.toFixed(1)} MB`);
console.log(`growth from paste 5 to 40: ${(at40 - at5).toFixed(1)} MB (limit 32 MB)`);

const app = await api.createServer({ watch: false, verdictWorkers: 1 });
await app.listen({ port: 0, host: '127.0.0.1' });
const verifyUrl = `http://127.0.0.1:${app.server.address().port}/v1/lessons/w12-l03/verify`;
const served = [];
for (let n = 1; n <= 40; n++) {
  const paste = makePaste(n);
  const asText = n % 2 === 1;
  const response = await fetch(verifyUrl, {
    method: 'POST',
    headers: { 'content-type': asText ? 'text/plain' : 'application/json' },
    body: asText ? paste : JSON.stringify({ paste }),
  });
  if (!(await response.json()).passed) throw new Error(`paste ${n} should pass over HTTP`);
  if (n === 1 || n === 5 || n % 10 === 0) served.push([n, heapMb(), process.memoryUsage().rss / 2 ** 20]);
}
await app.close();
const servedAt5 = served.find(([n]) => n === 5)[1];
const servedAt40 = served.at(-1)[1];
console.log('the same pastes POSTed to createServer (one verdict worker), server heap after a full GC and process RSS:');
for (const [n, mb, rss] of served) console.log(`  after paste ${String(n).padStart(2)}: ${mb.toFixed(1)} MB heap, ${rss.toFixed(0)} MB RSS`);
console.log(`server heap growth from paste 5 to 40: ${(servedAt40 - servedAt5).toFixed(1)} MB (limit 32 MB)`);
process.exitCode = at40 - at5 > 32 || servedAt40 - servedAt5 > 32 ? 1 : 0;
