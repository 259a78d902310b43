import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { VerifyLessonError } from '../../src/errors.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { createVerdictPool, type VerdictPool } from '../../src/server/verdict-pool.js';
import { createVerifier } from '../../src/verifier/create-verifier.js';
import { makeTempLessons, root } from '../verifier/temp-lessons.js';
import { makeSlowPaste } from './http-helpers.js';

const passingPaste = readFileSync(join(root, 'fixtures/pastes/bundled-grep.log'), 'utf8');
const verifier = await createVerifier();
const lesson = verifier.getLesson('w12-l03')!;

const pools: VerdictPool[] = [];
afterEach(async () => {
  for (const pool of pools.splice(0)) await pool.close();
});
const makePool = (size: number, maxQueued: number, workerFile?: string): VerdictPool => {
  const pool = createVerdictPool({ size, maxQueued, ...(workerFile === undefined ? {} : { workerFile }) });
  pools.push(pool);
  return pool;
};

describe('createVerdictPool', () => {
  it('judges on a worker exactly as checkPaste does on this thread, for strings and bytes', async () => {
    const pool = makePool(1, 4);
    expect(await pool.judge(lesson, passingPaste, {})).toEqual(checkPaste(lesson, passingPaste));
    expect(await pool.judge(lesson, Buffer.from(passingPaste), { rejectReference: true })).toEqual(checkPaste(lesson, Buffer.from(passingPaste), { rejectReference: true }));
    expect((await pool.judge(lesson, 'no proof here', {})).passed).toBe(false);
    expect(pool.workerCount).toBe(1);
  });

  it('starts no worker until a paste comes, and at most `size`', async () => {
    const pool = makePool(2, 8);
    expect(pool.workerCount).toBe(0);
    await Promise.all([1, 2, 3, 4].map(() => pool.judge(lesson, passingPaste, {})));
    expect(pool.workerCount).toBeGreaterThanOrEqual(1);
    expect(pool.workerCount).toBeLessThanOrEqual(2);
  });

  it('is saturated when every worker is busy and maxQueued pastes wait', async () => {
    const pool = makePool(1, 1);
    expect(pool.saturated).toBe(false);
    const first = pool.judge(lesson, passingPaste, {});
    expect(pool.saturated).toBe(false);
    const second = pool.judge(lesson, passingPaste, {});
    expect(pool.saturated).toBe(true);
    await Promise.all([first, second]);
    expect(pool.saturated).toBe(false);
  });

  it("rethrows checkPaste's VerifyLessonError with its code", async () => {
    const pool = makePool(1, 1);
    const error = await pool.judge(lesson, passingPaste, 42 as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VerifyLessonError);
    expect(error).toMatchObject({ code: 'ARGUMENT_INVALID', message: expect.stringMatching(/options as an object/) });
  });

  it('rejects the paste a crashed worker held, and judges the next on a new worker', async () => {
    const temp = await makeTempLessons();
    // Removed however the test ends (an assertion that fails must not leave the folder in /tmp).
    onTestFinished(() => temp.cleanup());
    const crashing = join(temp.dir, 'crashing-worker.mjs');
    // Dies on its first paste; the pool must start a fresh one (this file again) for the next.
    writeFileSync(crashing, `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n`);
    const pool = makePool(1, 4, crashing);
    await expect(pool.judge(lesson, 'x', {})).rejects.toThrow('a verdict worker exited (code 3)');
    expect(pool.workerCount).toBe(0);
    await expect(pool.judge(lesson, 'x', {})).rejects.toThrow('a verdict worker exited (code 3)');
  });

  it('close() stops every worker and rejects pastes still waiting or being judged', async () => {
    const pool = makePool(1, 4);
    await pool.judge(lesson, passingPaste, {});
    expect(pool.workerCount).toBe(1);
    const inFlight = pool.judge(lesson, makeSlowPaste(4 * 1024 * 1024), {}).catch((e: Error) => e.message);
    const waiting = pool.judge(lesson, passingPaste, {}).catch((e: Error) => e.message);
    await pool.close();
    expect(pool.workerCount).toBe(0);
    expect(await waiting).toBe('the server closed before the paste was judged');
    expect(await inFlight).toBe('the server closed before the paste was judged');
    await expect(pool.judge(lesson, 'x', {})).rejects.toThrow('the verdict pool is closed');
  });
});
