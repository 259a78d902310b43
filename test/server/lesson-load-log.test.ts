import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from '../../src/server/create-server.js';
import { createVerifier } from '../../src/verifier/create-verifier.js';
import { runCliCaptured } from '../cli/cli-harness.js';
import { makeTempLessons, minimalLesson, type TempLessons } from '../verifier/temp-lessons.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

// A lessons folder with one good lesson, one whose YAML is broken (`w12-l08`), and a note with no front-matter.
async function brokenLessons(): Promise<TempLessons> {
  const temp = await makeTempLessons();
  cleanups.push(() => temp.cleanup());
  await writeFile(join(temp.dir, 'w12-l08.md'), minimalLesson('w12-l08').replace('xp: 5', 'xp: [5'));
  await writeFile(join(temp.dir, 'notes.md'), '# Notes for authors\n');
  return temp;
}

async function serverLogging(dir: string, cwd: string): Promise<{ app: FastifyInstance; records: () => Record<string, unknown>[] }> {
  let log = '';
  const app = await createServer({ lessonsDir: dir, watch: false, verdictWorkers: 0, logger: { level: 'info', stream: { write: (line: string) => (log += line) }, cwd } });
  cleanups.push(() => app.close());
  return { app, records: () => log.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>) };
}

// The lines lint prints for the folder's findings, run from `cwd` (the summary line left out).
async function lintLines(dir: string, cwd: string): Promise<string[]> {
  const lint = await runCliCaptured(['lint', dir, '--no-redos'], { cwd });
  return lint.stdout.trim().split('\n').slice(0, -1);
}

describe('lesson files that do not load, seen where the server starts', () => {
  it('logs each finding of the first load in lint\'s words, at its severity, paths relative to the given cwd', async () => {
    const temp = await brokenLessons();
    const { records } = await serverLogging(temp.dir, join(temp.dir, '..'));
    const lines = await lintLines(temp.dir, join(temp.dir, '..'));
    expect(lines.some((line) => line.includes('w12-l08.md') && line.includes(' error '))).toBe(true);
    expect(lines.some((line) => line.includes('notes.md') && line.includes('LESSON_FILE_SKIPPED'))).toBe(true);
    const logged = records().filter((r) => r.finding !== undefined);
    // Lint adds its own checks (sections) to the load's findings; every load finding it prints, the server logs.
    expect(logged.map((r) => r.msg).sort()).toEqual(lines.filter((line) => /w12-l08\.md|notes\.md/.test(line)).sort());
    expect(logged.find((r) => String(r.msg).includes('w12-l08.md'))!.level).toBe(50);
    expect(logged.find((r) => String(r.msg).includes('notes.md'))!.level).toBe(30);
    expect(String(logged[0]!.msg)).not.toContain(temp.dir); // relative, as lint prints it from there
  });

  it('logs nothing of the kind for a folder whose lessons all load', async () => {
    const temp = await makeTempLessons();
    cleanups.push(() => temp.cleanup());
    const { records } = await serverLogging(temp.dir, temp.dir);
    expect(records().filter((r) => r.finding !== undefined)).toEqual([]);
  });

  it('logs the findings of a reload too, before its summary', async () => {
    const temp = await makeTempLessons();
    cleanups.push(() => temp.cleanup());
    const verifier = await createVerifier({ lessonsDir: temp.dir });
    cleanups.push(() => verifier.close());
    let log = '';
    const app = await createServer({ verifier, verdictWorkers: 0, logger: { level: 'info', stream: { write: (line: string) => (log += line) }, cwd: temp.dir } });
    cleanups.push(() => app.close());
    await writeFile(join(temp.dir, 'w12-l08.md'), minimalLesson('w12-l08').replace('xp: 5', 'xp: [5'));
    await verifier.reload();
    const records = log.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    const at = records.findIndex((r) => r.finding !== undefined);
    expect(records[at]!.msg).toMatch(/^w12-l08\.md:\d+(:\d+)?: error LESSON_YAML_INVALID /);
    expect(records[at + 1]!.msg).toBe('lessons reloaded with problems; last good versions kept');
  });

  it('says a broken lesson\'s id did not load (its file has errors), not "unknown lesson"', async () => {
    const temp = await brokenLessons();
    const { app } = await serverLogging(temp.dir, temp.dir);
    for (const [method, url] of [['GET', '/v1/lessons/w12-l08'], ['POST', '/v1/lessons/w12-l08/verify']] as const) {
      const res = await app.inject({ method, url, headers: { 'content-type': 'text/plain' }, ...(method === 'POST' ? { payload: 'x' } : {}) });
      expect(res.statusCode).toBe(404);
      expect(res.json().message).toMatch(/^lesson "w12-l08" did not load: w12-l08\.md has 1 error\(s\)/);
    }
    const typo = await app.inject({ method: 'GET', url: '/v1/lessons/w12-l09' });
    expect(typo.json().message).toMatch(/^unknown lesson "w12-l09"/);
  });
});
