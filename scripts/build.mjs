// Builds dist/: bundled ESM entry points (no TypeScript at run time) plus .d.ts for the library API.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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

// CommonJS build of the library for `require('verify-lesson')` (one file: esbuild splits only ESM). It lives in
// dist/cjs/ under a package.json saying "commonjs", so Node and TypeScript read its .js and .d.ts as CommonJS.
await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/index.ts' },
  outdir: join(dist, 'cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // import.meta.url finds the package folder and kv_node; CommonJS has __filename instead.
  define: { 'import.meta.url': '__verifyLessonModuleUrl' },
  banner: { js: 'const __verifyLessonModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  // No source map: it would add half a megabyte to every install for a copy of what dist/index.js already maps.
  sourcemap: false,
  logLevel: 'warning',
});
writeFileSync(join(dist, 'cjs', 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);

// Declarations for library users. Type errors do not stop the build (`npm run typecheck` is the gate in CI),
// so a half-edited tree still yields runnable JavaScript.
const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (tsc.status !== 0) console.warn('build: tsc reported type errors; run `npm run typecheck` to see them');
// The same declarations for CommonJS consumers: under dist/cjs/ they are read as CommonJS (see above).
if (existsSync(join(dist, 'types'))) {
  mkdirSync(join(dist, 'cjs'), { recursive: true });
  cpSync(join(dist, 'types'), join(dist, 'cjs', 'types'), { recursive: true });
}

// The build-time lesson cache lets the paste path skip gray-matter, zod and fast-glob (see src/catalog/lesson-cache.ts).
const { loadLessons, createLessonCache } = await import(pathToFileURL(join(dist, 'index.js')).href);
const index = await loadLessons();
writeFileSync(join(dist, 'lesson-cache.json'), JSON.stringify(createLessonCache(index.lessons.values())));
