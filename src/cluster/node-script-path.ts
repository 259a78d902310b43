// Where the built kv_node lives, from wherever this module runs: src/cluster/ under vitest, dist/ or
// dist/chunks/ once bundled.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VerifyLessonError } from '../errors.js';

// Walks up from this module looking for dist/bin/kv_node.js (or bin/kv_node.js inside dist itself).
export function resolveNodeScript(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    for (const candidate of [join(dir, 'bin', 'kv_node.js'), join(dir, 'dist', 'bin', 'kv_node.js')]) {
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new VerifyLessonError('NODE_START_FAILED', `cannot find dist/bin/kv_node.js above ${from}: run \`npm run build\` first`);
}
