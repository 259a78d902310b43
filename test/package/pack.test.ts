import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { copyFile, lstat, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// What users get from the registry: pack, install the tarball into an empty project as a student would (no dev
// dependencies, no optional peers), measure it, run every command, then add the peers and run lint and serve.
// Slow (npm), so it has its own generous timeouts. It packs the current dist/ (`npm test` builds it first).
// Starts a real cluster (the scenario): run it under the process lock.

const root = join(import.meta.dirname, '../..');
const TIMEOUT_MS = 360_000;
const samplePaste = join(root, 'fixtures/pastes/bundled-grep.log');
const consumers = join(root, 'fixtures/consumers');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
// The issue's bar for a student's install (`npm i --omit=dev`), in bytes of disk as `du` counts them.
const MAX_INSTALL_BYTES = 15 * 1024 * 1024;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

// Every child this file starts, each the leader of its own process group (npm, npx and what they start): a test that
// times out keeps running in the background, so the hooks kill the groups before they remove the work dir, and
// nothing is started once they have.
const children = new Set<ChildProcess>();
let closed = false;

function killChildren(): void {
  for (const child of children) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // gone
    }
  }
}

function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('close', () => children.delete(child));
  return child;
}

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  if (closed) return Promise.reject(new Error(`not started after the test ended: ${command} ${args.join(' ')}`));
  return new Promise((resolve) => {
    const child = track(
      spawn(command, args, {
        cwd,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', NO_COLOR: '1', ...env },
      }),
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
    child.once('error', (error) => resolve({ code: 1, stdout: '', stderr: error.message }));
    child.once('close', (code, signal) =>
      resolve({ code: code ?? 1, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() + (signal ? `\n(killed by ${signal})` : '') }),
    );
  });
}

// The dependencies are in the npm cache on CI machines (npm ci put them there); fall back to the registry.
async function npmInstall(project: string, args: string[]): Promise<Run> {
  let install = await run('npm', ['install', '--offline', '--no-audit', '--no-fund', ...args], project);
  if (install.code !== 0) install = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...args], project);
  expect(install.code, install.stderr).toBe(0);
  return install;
}

// Disk usage like `du -s`: allocated blocks, each hard-linked or symlinked file counted where it lies.
async function diskBytes(path: string): Promise<number> {
  const info = await lstat(path);
  let total = info.blocks * 512;
  if (info.isDirectory()) for (const entry of await readdir(path)) total += await diskBytes(join(path, entry));
  return total;
}

const verifyLesson = (project: string, args: string[]) => run('npx', ['--no', '--', 'verify-lesson', ...args], project);

async function serveHealth(project: string): Promise<unknown> {
  if (closed) throw new Error('serve not started after the test ended');
  const server = track(
    spawn(process.execPath, [join(project, 'node_modules/verify-lesson/dist/bin/verify-lesson.js'), 'serve', '--port', '0'], {
      cwd: project,
      detached: true,
      env: { ...process.env, VERIFY_LESSON_LOG_LEVEL: 'silent' },
    }),
  );
  try {
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    const address = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      server.once('exit', (code) => reject(new Error(`serve exited with ${code} before listening`)));
    });
    const health = (await (await fetch(`${address}/healthz`)).json()) as unknown;
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    return health;
  } finally {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  }
}

// How consumers compile (fixtures/consumers): each resolution mode, its files, and which of the package's declaration
// files TypeScript reads for them. consumer.mts has a top-level await, which module commonjs (node10) cannot compile.
interface ConsumerMode {
  module: string;
  moduleResolution: string;
  files: string[];
  emit: boolean;
  typesRead: string[];
}
const CONSUMER_MODES: ConsumerMode[] = [
  { module: 'node16', moduleResolution: 'node16', files: ['consumer.cts', 'consumer.mts'], emit: true, typesRead: ['dist/cjs/types/index.d.ts', 'dist/types/index.d.ts'] },
  { module: 'nodenext', moduleResolution: 'nodenext', files: ['consumer.cts', 'consumer.mts'], emit: true, typesRead: ['dist/cjs/types/index.d.ts', 'dist/types/index.d.ts'] },
  { module: 'preserve', moduleResolution: 'bundler', files: ['consumer.cts', 'consumer.mts'], emit: false, typesRead: ['dist/cjs/types/index.d.ts', 'dist/types/index.d.ts'] },
  { module: 'commonjs', moduleResolution: 'node10', files: ['consumer.cts'], emit: true, typesRead: ['dist/cjs/types/index.d.ts'] },
];

// Compiles the consumers in a folder of the project (ts-<moduleResolution>[-suffix]); returns the package's declaration
// files the program read, relative to the package.
async function compileConsumers(project: string, mode: ConsumerMode, suffix = ''): Promise<{ typesRead: string[] }> {
  const outDir = join(project, `ts-${mode.moduleResolution}${suffix ? `-${suffix}` : ''}`);
  await mkdir(outDir);
  for (const file of mode.files) await copyFile(join(consumers, file), join(outDir, file));
  const tsconfig = {
    compilerOptions: {
      module: mode.module,
      moduleResolution: mode.moduleResolution,
      target: 'ES2022',
      strict: true,
      skipLibCheck: false,
      outDir: 'out',
      noEmit: !mode.emit,
      // As `tsc --init` writes it (node16, nodenext and preserve imply it): fastify's own types need it under node10.
      esModuleInterop: true,
      typeRoots: [join(root, 'node_modules/@types')],
      types: ['node'],
    },
    files: mode.files,
  };
  await writeFile(join(outDir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  const compiled = await run(process.execPath, [tsc, '-p', 'tsconfig.json', '--listFiles'], outDir);
  const listed = compiled.stdout.split('\n');
  const packageDir = join(project, 'node_modules/verify-lesson/');
  expect(compiled.code, `${mode.moduleResolution}: ${listed.filter((l) => !l.startsWith('/')).join('\n')}${compiled.stderr}`).toBe(0);
  return { typesRead: listed.filter((l) => l.startsWith(packageDir)).map((l) => l.slice(packageDir.length)).sort() };
}

let work: string | undefined;
beforeAll(async () => {
  if (!existsSync(join(root, 'dist/bin/verify-lesson.js'))) throw new Error('dist/ is missing: run `npm run build` (or `npm test`) first');
  work = await mkdtemp(join(tmpdir(), 'verify-lesson-pack-'));
});
afterAll(async () => {
  closed = true;
  killChildren();
  // Bounded: a grandchild that left its group could hold a pipe open.
  await Promise.race([Promise.all([...children].map((child) => new Promise((resolve) => child.once('close', resolve)))), delay(10_000)]);
  if (work) await rm(work, { recursive: true, force: true, maxRetries: 5 });
}, 120_000);

describe('npm package', () => {
  it(
    'ships only dist (no source maps), lessons and schemas (plus package.json, README, LICENSE), with ESM and CommonJS builds',
    async () => {
      const result = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], root);
      expect(result.code, result.stderr).toBe(0);
      const [info] = JSON.parse(result.stdout) as [{ files: { path: string }[] }];
      const paths = info.files.map((f) => f.path);
      const stray = paths.filter((p) => !/^(dist|lessons|schemas)\//.test(p) && !['package.json', 'README.md', 'LICENSE'].includes(p));
      expect(stray).toEqual([]);
      // Source maps stay in the repository: they would add a megabyte to every student's install.
      expect(paths.filter((p) => p.endsWith('.map'))).toEqual([]);
      expect(paths).toEqual(
        expect.arrayContaining([
          'package.json',
          'dist/index.js',
          'dist/cjs/index.js',
          'dist/cjs/package.json',
          'dist/cjs/types/index.d.ts',
          'dist/bin/verify-lesson.js',
          'dist/bin/kv_node.js',
          'dist/lesson-cache.json',
          'dist/types/index.d.ts',
          'lessons/w12-l03.md',
          'schemas/lesson-frontmatter.schema.json',
          'schemas/verdict.schema.json',
        ]),
      );
      expect(paths.some((p) => p.startsWith('dist/chunks/'))).toBe(true);
      // One declaration file per module format, whatever the number of source modules (see test/package/declarations.test.ts).
      expect(paths.filter((p) => p.endsWith('.d.ts')).sort()).toEqual(['dist/cjs/types/index.d.ts', 'dist/types/index.d.ts']);
    },
    TIMEOUT_MS,
  );

  it(
    'installs lean from the tarball (no optional peers), runs every command, then lint and serve once the peers are added',
    async () => {
      const packDir = join(work!, 'pack');
      const project = join(work!, 'project');
      await mkdir(packDir);
      await mkdir(project);
      const packed = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], root);
      expect(packed.code, packed.stderr).toBe(0);
      const tarballs = (await readdir(packDir)).filter((f) => f.endsWith('.tgz'));
      expect(tarballs).toHaveLength(1);
      const tarball = join(packDir, tarballs[0]!);

      await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'smoke-project', version: '1.0.0', private: true }, null, 2));
      await npmInstall(project, ['--omit=dev', tarball]);
      // Nothing of ours runs at install time: the one lifecycle script is `prepare` (the clone's build), which npm
      // does not run for a tarball or registry install.
      const manifest = JSON.parse(await readFile(join(project, 'node_modules/verify-lesson/package.json'), 'utf8')) as { scripts?: Record<string, string> };
      expect(Object.keys(manifest.scripts ?? {}).filter((s) => /^(pre|post)?install$/.test(s))).toEqual([]);
      expect(existsSync(join(project, 'node_modules/verify-lesson/src'))).toBe(false);

      // A student's install: no recheck, no fastify, and small.
      expect(existsSync(join(project, 'node_modules/recheck'))).toBe(false);
      expect(existsSync(join(project, 'node_modules/fastify'))).toBe(false);
      const installBytes = await diskBytes(join(project, 'node_modules'));
      expect(installBytes, `node_modules is ${(installBytes / 2 ** 20).toFixed(1)} MiB`).toBeLessThanOrEqual(MAX_INSTALL_BYTES);

      const help = await verifyLesson(project, ['--help']);
      expect(help.code, help.stderr).toBe(0);
      expect(help.stdout).toContain('verify-lesson <lesson-id> --paste <file|->');

      const list = await verifyLesson(project, ['list', '--json']);
      expect(list.code, list.stderr).toBe(0);
      // Every lesson in the repository's lessons/ ships and lists; w12-l03 with its figures.
      const bundledIds = readdirSync(join(root, 'lessons')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
      const listed = JSON.parse(list.stdout).lessons as { id: string }[];
      expect(listed.map((l) => l.id).sort()).toEqual(bundledIds);
      expect(listed).toContainEqual(expect.objectContaining({ id: 'w12-l03', xp: 50, proofType: 'paste' }));

      await copyFile(samplePaste, join(project, 'sample.log'));
      const paste = await verifyLesson(project, ['w12-l03', '--paste', 'sample.log', '--json']);
      expect(paste.code, paste.stderr).toBe(0);
      expect(JSON.parse(paste.stdout)).toMatchObject({ lessonId: 'w12-l03', passed: true, xpAwarded: 50 });

      // The main job runs from the installed package: three kv_node processes from node_modules, judged verdict.
      const scenario = await verifyLesson(project, ['w12-l03', '--json']);
      expect(scenario.code, scenario.stderr).toBe(0);
      const result = JSON.parse(scenario.stdout) as { passed: boolean; verdict: { passed: boolean }; demoLogFile: string };
      expect(result).toMatchObject({ passed: true, verdict: { passed: true } });
      expect(result.demoLogFile).toBe(join(project, 'demo_step2.log'));
      expect(existsSync(result.demoLogFile)).toBe(true);

      // Without its optional peer a command says, in one line, what to install, and exits 2.
      const serveWithout = await verifyLesson(project, ['serve', '--port', '0']);
      expect(serveWithout).toMatchObject({ code: 2, stdout: '', stderr: 'verify-lesson: `serve` needs fastify: npm i fastify\n' });
      const lintWithout = await verifyLesson(project, ['lint']);
      expect(lintWithout.code).toBe(2);
      expect(lintWithout.stderr).toBe('verify-lesson: `lint` needs recheck for its ReDoS check: npm i recheck (or skip that check with --no-redos)\n');
      const lintNoRedos = await verifyLesson(project, ['lint', '--no-redos']);
      expect(lintNoRedos.code, lintNoRedos.stderr).toBe(0);
      // A library caller is told in its own terms (createServer(), not the CLI's `serve`).
      const library = await run(
        process.execPath,
        ['--input-type=module', '-e', "const m = await import('verify-lesson'); for (const call of [() => m.createServer(), () => m.lintLessons()]) await call().catch((e) => console.log(e.code, e.message));"],
        project,
      );
      expect(library.stdout).toBe(
        'PEER_MISSING createServer() needs fastify: npm i fastify\n' +
          'PEER_MISSING lintLessons() needs recheck for its ReDoS check: npm i recheck (or skip that check with { redos: false })\n',
      );

      // require() and import both work: a CommonJS consumer and an ES module one.
      await copyFile(join(consumers, 'consumer.cjs'), join(project, 'consumer.cjs'));
      const cjs = await run(process.execPath, ['consumer.cjs', 'sample.log'], project);
      expect(cjs.code, cjs.stderr).toBe(0);
      expect(cjs.stderr).toBe('');
      expect(JSON.parse(cjs.stdout)).toEqual({ passed: true, xpAwarded: 50, errorClass: 'function' });
      const esm = await run(
        process.execPath,
        ['--input-type=module', '-e', "const m = await import('verify-lesson'); console.log(typeof m.loadLessons, typeof m.runCli)"],
        project,
      );
      expect(esm.code, esm.stderr).toBe(0);
      expect(esm.stdout.trim()).toBe('function function');

      // Without fastify, its types (createServer's) are `any`, not an error: the package's types check all the same.
      const lean = await compileConsumers(project, { ...CONSUMER_MODES[1]!, emit: false }, 'lean');
      expect(lean.typesRead).toEqual(['dist/cjs/types/index.d.ts', 'dist/types/index.d.ts']);

      // With the peers installed, lint runs its ReDoS check and serve answers.
      await npmInstall(project, ['fastify', 'recheck']);
      const lint = await verifyLesson(project, ['lint']);
      expect(lint.code, lint.stderr).toBe(0);
      const n = bundledIds.length;
      expect(lint.stdout).toContain(`${n} lesson file(s), ${n} valid: 0 error(s)`);
      expect(await serveHealth(project)).toMatchObject({ status: 'ok', lessons: n });

      // TypeScript consumers against the package's own types (skipLibCheck off, so its declarations are checked too),
      // in each way TypeScript resolves a package: node16 and nodenext (the exports map's import and require
      // conditions), bundler (the same conditions, no emit) and node10 (the top-level "types"). The compiled output runs.
      for (const mode of CONSUMER_MODES) {
        const { typesRead } = await compileConsumers(project, mode);
        expect(typesRead, mode.module).toEqual(mode.typesRead);
        if (!mode.emit) continue;
        for (const file of mode.files) {
          const [output, module] = file.endsWith('.cts') ? ['consumer.cjs', 'cjs'] : ['consumer.mjs', 'esm'];
          const ran = await run(process.execPath, [join(project, `ts-${mode.moduleResolution}/out/${output}`), join(project, 'sample.log')], project);
          expect(ran.stdout.trim(), `${mode.moduleResolution} ${file}: ${ran.stderr}`).toBe(`{"module":"${module}","passed":true}`);
        }
      }
    },
    TIMEOUT_MS,
  );
});
