// Writes the service's OpenAPI document (as GET /openapi.json serves it) to a file, for linters such as Redocly.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createServer } from '../dist/index.js';

const out = resolve(process.argv[2] ?? '.tmp/openapi.json');
const app = await createServer({ watch: false });
try {
  const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(doc, null, 2)}\n`);
  console.log(`wrote ${out}`);
} finally {
  await app.close();
}
