// Regenerates the JSON Schemas in schemas/ from the zod schemas (run after `npm run build`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const api = await import(pathToFileURL(join(root, 'dist/index.js')).href);
mkdirSync(join(root, 'schemas'), { recursive: true });
const schemas = { 'lesson-frontmatter.schema.json': api.createFrontMatterJsonSchema() };
if (api.createVerdictJsonSchema) schemas['verdict.schema.json'] = api.createVerdictJsonSchema();
for (const [name, schema] of Object.entries(schemas)) {
  writeFileSync(join(root, 'schemas', name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schemas/${name}`);
}
