import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Smoke test of what users get from the registry: pack, install the tarball into an empty project, run the bin.
// Slow (npm), so it has its own generous timeouts. It packs the current dist/ (`npm test` builds it first).

const root = join(import.meta.dirname, '../..');
const TIMEOUT_MS = 240_000;
const samplePaste = join(root, 'fixtures/pastes/bundled-grep.log');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      {
        cwd,
        maxBuffer: 64 * 1024 * 1024,
        timeout: TIMEOUT_MS,
        env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', NO_COLOR: '1' },
      },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

let work: string | undefined;
beforeAll(async () => {
  if (!existsSync(join(root, 'dist/bin/verify-lesson.js'))) throw new Error('dist/ is missing: run `npm run build` (or `npm test`) first');
  work = await mkdtemp(join(tmpdir(), 'verify-lesson-pack-'));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('npm package', () => {
  it(
    'ships only dist, lessons and schemas (plus package.json, README, LICENSE)',
    async () => {
      const result = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], root);
      expect(result.code, result.stderr).toBe(0);
      const [info] = JSON.parse(result.stdout) as [{ files: { path: string }[] }];
      const paths = info.files.map((f) => f.path);
      const stray = paths.filter((p) => !/^(dist|lessons|schemas)\//.test(p) && !['package.json', 'README.md', 'LICENSE'].includes(p));
      expect(stray).toEqual([]);
      expect(paths).toEqual(
        expect.arrayContaining([
          'package.json',
          'dist/index.js',
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
    },
    TIMEOUT_MS,
  );

  it(
    'installs from the tarball into an empty project and runs `npx verify-lesson`',
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
      // The dependencies are in the npm cache on CI machines; fall back to the registry when they are not.
      let install = await run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], project);
      if (install.code !== 0) install = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], project);
      expect(install.code, install.stderr).toBe(0);

      const help = await run('npx', ['--no', '--', 'verify-lesson', '--help'], project);
      expect(help.code, help.stderr).toBe(0);
      expect(help.stdout).toContain('verify-lesson <lesson-id> --paste <file|->');

      const list = await run('npx', ['--no', '--', 'verify-lesson', 'list', '--json'], project);
      expect(list.code, list.stderr).toBe(0);
      expect(JSON.parse(list.stdout).lessons).toEqual([expect.objectContaining({ id: 'w12-l03', xp: 50, proofType: 'paste' })]);

      await copyFile(samplePaste, join(project, 'sample.log'));
      const paste = await run('npx', ['--no', '--', 'verify-lesson', 'w12-l03', '--paste', 'sample.log', '--json'], project);
      expect(paste.code, paste.stderr).toBe(0);
      expect(JSON.parse(paste.stdout)).toMatchObject({ lessonId: 'w12-l03', passed: true, xpAwarded: 50 });

      // The main job runs from the installed package: three kv_node processes from node_modules, judged verdict.
      const scenario = await run('npx', ['--no', '--', 'verify-lesson', 'w12-l03', '--json'], project);
      expect(scenario.code, scenario.stderr).toBe(0);
      const result = JSON.parse(scenario.stdout) as { passed: boolean; keysReadBack: number; verdict: { passed: boolean }; demoLogFile: string };
      expect(result).toMatchObject({ passed: true, verdict: { passed: true } });
      expect(result.demoLogFile).toBe(join(project, 'demo_step2.log'));
      expect(existsSync(result.demoLogFile)).toBe(true);

      // The HTTP service starts from the installed package (fastify is loaded lazily, from its own dependencies).
      const server = spawn(process.execPath, [join(project, 'node_modules/verify-lesson/dist/bin/verify-lesson.js'), 'serve', '--port', '0'], {
        cwd: project,
        env: { ...process.env, VERIFY_LESSON_LOG_LEVEL: 'silent' },
      });
      try {
        const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
        const address = await new Promise<string>((resolve, reject) => {
          let out = '';
          server.stdout.on('data', (chunk: Buffer) => {
            out += chunk.toString();
            const match = /listening on (http:\/\/\S+)/.exec(out);
            if (match) resolve(match[1]!);
          });
          server.once('exit', (code) => reject(new Error(`serve exited with ${code} before listening`)));
        });
        const health = await fetch(`${address}/healthz`);
        expect(await health.json()).toMatchObject({ status: 'ok', lessons: 1 });
        server.kill('SIGTERM');
        expect(await exited).toBe(0);
      } finally {
        if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
      }

      // The library entry point resolves from the installed package too.
      const library = await run(
        process.execPath,
        ['--input-type=module', '-e', "const m = await import('verify-lesson'); console.log(typeof m.loadLessons, typeof m.runCli)"],
        project,
      );
      expect(library.code, library.stderr).toBe(0);
      expect(library.stdout.trim()).toBe('function function');
    },
    TIMEOUT_MS,
  );
});
