// A run refuses to overwrite a demo log it did not write (a student's own proof), and overwrites one it wrote —
// from the bundled cluster or from the student's own (`--cluster`), so running the same command again works.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLUSTER_RUN_MARK, REFERENCE_MARK } from '../../src/proof/reference-mark.js';
import { prepareRun } from '../../src/scenario/prepare-run.js';
import { loadLesson } from '../proof/helpers.js';

const lesson = loadLesson('w12-l03');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function withDemoLog(content: string): string {
  const cwd = mkdtempSync(join(tmpdir(), 'verify-lesson-prepare-'));
  dirs.push(cwd);
  writeFileSync(join(cwd, 'demo_step2.log'), content);
  return cwd;
}

describe('prepareRun', () => {
  it.each([
    ['the bundled cluster', REFERENCE_MARK],
    ['a student cluster (--cluster)', CLUSTER_RUN_MARK],
  ])('overwrites a demo log %s run wrote', async (_, mark) => {
    const cwd = withDemoLog(`${mark}\ndata/node2/node.log:2026-11-26T19:30:00.905Z node2 WARN  connection to leader node1 lost\n`);
    const { ctx } = await prepareRun(lesson, { cwd, workDir: join(cwd, 'work') });
    await ctx.reaper.close();
    expect(ctx.workDir).toBe(join(cwd, 'work'));
  });

  it('refuses to overwrite a demo log verify-lesson did not write, naming the file and --out', async () => {
    const cwd = withDemoLog('2026-11-26T19:30:00.905Z node2 my own pasted proof\n');
    await expect(prepareRun(lesson, { cwd, workDir: join(cwd, 'work') })).rejects.toThrow(/demo_step2\.log exists and was not written by verify-lesson .*pass --out FILE/);
  });

  it('refuses a --workdir it cannot write before anything starts, naming the folder and the OS reason (it was an internal error from inside the cluster start)', async () => {
    const cwd = withDemoLog(`${REFERENCE_MARK}\n`);
    await expect(prepareRun(lesson, { cwd, workDir: '/proc/1' })).rejects.toThrow('cannot use --workdir /proc/1: creating a file in /proc/1 fails: no such file or directory (ENOENT)');
    writeFileSync(join(cwd, 'data'), '');
    await expect(prepareRun(lesson, { cwd, workDir: cwd })).rejects.toThrow(`cannot use --workdir ${cwd}: ${join(cwd, 'data')} is not a directory (ENOTDIR)`);
  });
});
