// Builds dist/: bundled ESM entry points (no TypeScript at run time) plus one .d.ts per module format for the library API.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });

const entryPoints = {
  index: 'src/index.ts',
  'bin/kv_node': 'src/kv/kv-node-main.ts',
  // The HTTP server's verdict worker thread (src/server/verdict-pool.ts).
  'server/verdict-worker': 'src/server/verdict-worker.ts',
};
// The bin and its loader: small, self-contained ESM files (Node built-ins only) that load the CLI bundle below.
const cliLoaderEntryPoints = {
  'bin/verify-lesson': 'src/bin/verify-lesson.ts',
  'cli/load-cli-bundle': 'src/cli/load-cli-bundle.ts',
};
const cliBundleFile = join(dist, 'cli/verify-lesson-cli.cjs');
for (const file of [...Object.values(entryPoints), ...Object.values(cliLoaderEntryPoints), 'src/cli/cli-bundle.ts']) {
  if (!existsSync(join(root, file))) throw new Error(`build: entry point ${file} is missing`);
}

await build({
  absWorkingDir: root,
  entryPoints,
  outdir: dist,
  bundle: true,
  // Code splitting keeps heavy, rarely needed modules (zod, recheck, fastify) behind dynamic import() so a library
  // user (and kv_node) loads only what it calls.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  // Whitespace and syntax, not identifiers (names stay in stack traces; the linked maps give the source): the
  // library's chunks are most of a student's install, which stays under the 15 MiB bar (test/package).
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});

await build({
  absWorkingDir: root,
  entryPoints: cliLoaderEntryPoints,
  outdir: dist,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});

// The CLI as one CommonJS file, which the bin compiles with V8's code cache (src/cli/load-cli-bundle.ts): on the
// paste path one file is read and nothing is parsed, where ESM chunks cost a resolve, a read and a parse each, and
// Node 20 has no code cache for ES modules. Commands other than the one run stay uninitialised (esbuild's lazy
// module wrappers), and their dependencies (zod, gray-matter, fast-glob, fastify, recheck) are required only then.
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/cli-bundle.ts'],
  outfile: cliBundleFile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // A script compiled by node:vm has no import(): dynamic imports become require() (all are CommonJS-loadable).
  supported: { 'dynamic-import': false },
  // Minified: the bundle is read, decoded and kept as source on every run (and then shipped twice, see the cache).
  // Names are kept: a function's or class's name may show in a message (a fastify plugin's, a stack).
  minify: true,
  keepNames: true,
  define: { 'import.meta.url': '__verifyLessonModuleUrl' },
  banner: { js: '"use strict";\nconst __verifyLessonModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  sourcemap: 'linked',
  logLevel: 'warning',
});
if (/\bimport\(/.test(readFileSync(cliBundleFile, 'utf8'))) throw new Error('build: the CLI bundle still has an import(), which node:vm cannot run');

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
  // Minified as the CLI bundle is, names kept (a function's or class's name may show in a message): a student's
  // install stays under the 15 MiB bar (test/package), which whitespace and syntax alone no longer kept it under
  // (15.02 MiB in session 43's CI).
  minify: true,
  keepNames: true,
  logLevel: 'warning',
});
writeFileSync(join(dist, 'cjs', 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);

// The build-time lesson cache lets the paste path skip gray-matter, zod and fast-glob (see src/catalog/lesson-cache.ts).
const { loadLessons, createLessonCache } = await import(pathToFileURL(join(dist, 'index.js')).href);
const index = await loadLessons();
writeFileSync(join(dist, 'lesson-cache.json'), JSON.stringify(createLessonCache(index.lessons.values())));

// The analyses of every pattern a verdict on the bundled lessons compiles, for the CLI bundle to start with (a cold
// `--paste` then skips parsing them and deriving their literals). Worked out by the bundle itself: the same code.
const { patternAnalysesFile } = await import(pathToFileURL(join(dist, 'cli/load-cli-bundle.js')).href);
const { recordPatternAnalyses } = createRequire(import.meta.url)(cliBundleFile);
writeFileSync(patternAnalysesFile(cliBundleFile), JSON.stringify(recordPatternAnalyses(index.lessons.values())));

// V8's code cache of the CLI bundle, taken after one self-check in a fresh Node with no NODE_OPTIONS (V8 accepts a
// cache only under the flags it was made with).
const { NODE_OPTIONS: _, ...cacheEnv } = process.env;
const cache = spawnSync(process.execPath, [join(root, 'scripts/write-cli-code-cache.mjs')], { cwd: root, env: cacheEnv, stdio: 'inherit' });
if (cache.status !== 0) throw new Error(`build: writing the CLI's code cache failed (exit ${cache.status})`);

// Declarations for library users: tsc writes one .d.ts per source module that src/index.ts reaches (in .tmp/), and
// rollup-plugin-dts joins them into one file with only what the index exports and what that mentions. One file, not
// one per module (twice, for ESM and CommonJS, each at least a 4 KiB disk block): a new source module no longer grows
// a student's install (test/package checks it against a 15 MiB bar). Other packages' types (node:*, fastify) stay
// imports. Done last, and type errors do not stop it (`npm run typecheck` is the gate in CI), so a half-edited tree
// still yields runnable JavaScript.
const declarationsDir = join(root, '.tmp/declarations');
rmSync(declarationsDir, { recursive: true, force: true });
const tsc = spawnSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--declarationDir', declarationsDir],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
);
if (tsc.status !== 0) console.warn('build: tsc reported type errors; run `npm run typecheck` to see them');
// Imported here, after the JavaScript is built: a node_modules from before these dev dependencies still gets a runnable
// dist/, and a message saying what to install.
const [{ rollup }, { dts }] = await Promise.all([import('rollup'), import('rollup-plugin-dts')]).catch((error) => {
  throw new Error('build: the declarations need the dev dependencies rollup and rollup-plugin-dts: run `npm install`', { cause: error });
});
const declarations = await rollup({
  input: join(declarationsDir, 'index.d.ts'),
  plugins: [dts()],
  // Only our own modules are joined in; a bare specifier (node:fs, fastify) is another package's.
  external: (id) => !id.startsWith('.') && !id.startsWith('/'),
  // An import it cannot follow or a name it cannot find would leave a hole in the API: stop.
  onwarn: (warning, warn) => {
    if (warning.code === 'UNRESOLVED_IMPORT' || warning.code === 'MISSING_EXPORT') throw new Error(`build: declarations: ${warning.message}`);
    warn(warning);
  },
});
// An optional peer's types (fastify's, for createServer) resolve only where the peer is installed. Elsewhere the
// import would fail a consumer's type check under skipLibCheck: false; marked, it makes those few types `any` there.
const { peerDependenciesMeta = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const optionalPeers = Object.keys(peerDependenciesMeta).filter((name) => peerDependenciesMeta[name].optional);
const markOptionalPeerImports = {
  name: 'mark-optional-peer-imports',
  renderChunk: (code) =>
    code.replace(/^import .* from '([^']+)';$/gm, (line, from) =>
      optionalPeers.some((peer) => from === peer || from.startsWith(`${peer}/`))
        ? `// @ts-ignore -- ${from} is an optional peer dependency: without it, the types taken from it are any\n${line}`
        : line,
    ),
};
await declarations.write({ file: join(dist, 'types/index.d.ts'), format: 'es', plugins: [markOptionalPeerImports] });
await declarations.close();
rmSync(declarationsDir, { recursive: true, force: true });
// The same declarations for CommonJS consumers: under dist/cjs/ (package.json "commonjs") they are read as CommonJS.
mkdirSync(join(dist, 'cjs/types'), { recursive: true });
cpSync(join(dist, 'types/index.d.ts'), join(dist, 'cjs/types/index.d.ts'));
