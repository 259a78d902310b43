// Builds dist/: bundled ESM entry points (no TypeScript at run time) plus .d.ts for the library API.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });

const entryPoints = {
  index: 'src/index.ts',
  'bin/verify-lesson': 'src/bin/verify-lesson.ts',
  'bin/kv_node': 'src/kv/kv-node-main.ts',
};
for (const file of Object.values(entryPoints)) {
  if (!existsSync(join(root, file))) throw new Error(`build: entry point ${file} is missing`);
}

await build({
  absWorkingDir: root,
  entryPoints,
  outdir: dist,
  bundle: true,
  // Code splitting keeps heavy, rarely needed modules (zod, recheck, fastify) behind dynamic import() so the
  // paste path starts fast.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  logLevel: 'warning',
});

// Declarations for library users. Type errors do not stop the build (`npm run typecheck` is the gate in CI),
// so a half-edited tree still yields runnable JavaScript.
const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (tsc.status !== 0) console.warn('build: tsc reported type errors; run `npm run typecheck` to see them');

// The build-time lesson cache lets the paste path skip gray-matter, zod and fast-glob (see src/catalog/lesson-cache.ts).
const { loadLessons, createLessonCache } = await import(pathToFileURL(join(dist, 'index.js')).href);
const index = await loadLessons();
writeFileSync(join(dist, 'lesson-cache.json'), JSON.stringify(createLessonCache(index.lessons.values())));
