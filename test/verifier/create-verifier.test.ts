import { readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VerifyLessonError } from '../../src/errors.js';
import { createVerifier, type LessonReload, type Verifier } from '../../src/verifier/create-verifier.js';
import { makeTempLessons, minimalLesson, root, type TempLessons } from './temp-lessons.js';

const passingPaste = readFileSync(join(root, 'fixtures/pastes/bundled-grep.log'), 'utf8');

let temp: TempLessons | undefined;
let verifier: Verifier | undefined;
afterEach(async () => {
  await verifier?.close();
  verifier = undefined;
  await temp?.cleanup();
  temp = undefined;
});

// Resolves with the first reload accepted by `accept`; generous bound so a slow machine does not flake.
function nextReload(v: Verifier, accept: (r: LessonReload) => boolean = () => true, timeoutMs = 10_000): Promise<LessonReload> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`no matching reload within ${timeoutMs} ms; last: ${JSON.stringify(v.lastReload)}`));
    }, timeoutMs);
    const unsubscribe = v.subscribe((r) => {
      if (!accept(r)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(r);
    });
  });
}

describe('createVerifier', () => {
  it('loads the bundled lessons once and verifies many pastes', async () => {
    verifier = await createVerifier();
    const bundled = ['w12-l03', 'w12-l04', 'w12-l05', 'w12-l06'];
    expect(verifier.listLessons().map((l) => l.id)).toEqual(bundled);
    expect(verifier.findings).toEqual([]);
    expect(verifier.lastReload).toMatchObject({ trigger: 'initial', ok: true, lessons: bundled });
    const pass = verifier.verify('w12-l03', passingPaste);
    expect(pass).toMatchObject({ lessonId: 'w12-l03', passed: true, xpAwarded: 50 });
    const fail = verifier.verify('w12-l03', 'nothing to see here\n');
    expect(fail).toMatchObject({ lessonId: 'w12-l03', passed: false, xpAwarded: 0 });
    expect(verifier.verify('w12-l03', new TextEncoder().encode(passingPaste))).toEqual(pass);
  });

  it('refuses ids that are not lessons, including paths, with LESSON_NOT_FOUND and a suggestion', async () => {
    verifier = await createVerifier();
    for (const id of ['w12-l3', '../../etc/passwd', '__proto__', 'constructor']) {
      expect(verifier.getLesson(id)).toBeUndefined();
      let caught: unknown;
      try {
        verifier.verify(id, 'x');
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(VerifyLessonError);
      expect((caught as VerifyLessonError).code).toBe('LESSON_NOT_FOUND');
    }
    expect(() => verifier!.verify('w12-l3', 'x')).toThrow(/did you mean "w12-l03"/);
  });

  it('shares frozen lessons: callers cannot change what others are judged against', async () => {
    verifier = await createVerifier();
    const lesson = verifier.getLesson('w12-l03')!;
    expect(() => {
      (lesson as { xp: number }).xp = 1;
    }).toThrow(TypeError);
    expect(() => {
      (lesson.proof.regex_patterns as string[]).push('.*');
    }).toThrow(TypeError);
    expect(() => {
      (verifier!.listLessons() as unknown as unknown[]).pop();
    }).toThrow(TypeError);
    expect(verifier.verify('w12-l03', passingPaste).xpAwarded).toBe(50);
  });

  it('reports a missing lessons folder as LESSONS_DIR_NOT_FOUND', async () => {
    await expect(createVerifier({ lessonsDir: join(root, 'no-such-folder') })).rejects.toMatchObject({ code: 'LESSONS_DIR_NOT_FOUND' });
  });

  it('picks up a changed xp without a restart', async () => {
    temp = await makeTempLessons();
    verifier = await createVerifier({ lessonsDir: temp.dir, watch: true, debounceMs: 50 });
    expect(verifier.verify('w12-l03', passingPaste).xpAwarded).toBe(50);
    const reloaded = nextReload(verifier, (r) => r.updated.includes('w12-l03'));
    await writeFile(temp.file, temp.source.replace('xp: 50', 'xp: 75'));
    const reload = await reloaded;
    expect(reload).toMatchObject({ trigger: 'watch', ok: true, updated: ['w12-l03'], kept: [] });
    expect(verifier.getLesson('w12-l03')!.xp).toBe(75);
    expect(verifier.verify('w12-l03', passingPaste)).toMatchObject({ passed: true, xpAwarded: 75 });
  });

  it('keeps serving the last good version when a file breaks, and says why', async () => {
    temp = await makeTempLessons();
    const reloads: LessonReload[] = [];
    verifier = await createVerifier({ lessonsDir: temp.dir, watch: true, debounceMs: 50, onReload: (r) => reloads.push(r) });
    const broken = nextReload(verifier, (r) => r.kept.length > 0);
    await writeFile(temp.file, temp.source.replace('xp: 50', 'xp: [75'));
    const reload = await broken;
    expect(reload.ok).toBe(false);
    expect(reload.kept).toEqual([expect.objectContaining({ id: 'w12-l03', file: temp.file })]);
    expect(reload.kept[0]!.findings.map((f) => f.code)).toContain('LESSON_YAML_INVALID');
    expect(verifier.lastReload).toBe(reload);
    expect(verifier.findings.map((f) => f.code)).toContain('LESSON_YAML_INVALID');
    expect(reloads).toContain(reload);
    expect(verifier.getLesson('w12-l03')!.xp).toBe(50);
    expect(verifier.verify('w12-l03', passingPaste)).toMatchObject({ passed: true, xpAwarded: 50 });

    // Fixing the file serves the new version again.
    const fixed = nextReload(verifier, (r) => r.ok);
    await writeFile(temp.file, temp.source.replace('xp: 50', 'xp: 60'));
    expect(await fixed).toMatchObject({ ok: true, kept: [], updated: ['w12-l03'] });
    expect(verifier.verify('w12-l03', passingPaste).xpAwarded).toBe(60);
  });

  it('adds a new lesson file and drops a deleted one', async () => {
    temp = await makeTempLessons();
    verifier = await createVerifier({ lessonsDir: temp.dir, watch: true, debounceMs: 50 });
    const added = nextReload(verifier, (r) => r.added.includes('w13-l01'));
    // Atomic save, as editors do: write a temporary file, then rename it into place.
    await writeFile(join(temp.dir, '.w13-l01.tmp'), minimalLesson('w13-l01', 5));
    await rename(join(temp.dir, '.w13-l01.tmp'), join(temp.dir, 'w13-l01.md'));
    expect((await added).lessons).toEqual(['w12-l03', 'w13-l01']);
    expect(verifier.listLessons().map((l) => l.id)).toEqual(['w12-l03', 'w13-l01']);
    expect(verifier.verify('w13-l01', 'hello world')).toMatchObject({ lessonId: 'w13-l01', passed: true, xpAwarded: 5 });

    const removed = nextReload(verifier, (r) => r.removed.includes('w13-l01'));
    await rm(join(temp.dir, 'w13-l01.md'));
    await removed;
    expect(verifier.getLesson('w13-l01')).toBeUndefined();
    expect(() => verifier!.verify('w13-l01', 'hello')).toThrow(VerifyLessonError);
  });

  it('follows lessons in subfolders, including a folder created after start', async () => {
    temp = await makeTempLessons();
    verifier = await createVerifier({ lessonsDir: temp.dir, watch: true, debounceMs: 50 });
    const added = nextReload(verifier, (r) => r.added.includes('w14-l02'));
    await mkdir(join(temp.dir, 'w14'));
    await writeFile(join(temp.dir, 'w14', 'w14-l02.md'), minimalLesson('w14-l02', 7));
    await added;
    expect(verifier.getLesson('w14-l02')!.xp).toBe(7);
  });

  it('reloads on demand without watching', async () => {
    temp = await makeTempLessons();
    verifier = await createVerifier({ lessonsDir: temp.dir });
    await writeFile(temp.file, temp.source.replace('xp: 50', 'xp: 80'));
    const reload = await verifier.reload();
    expect(reload).toMatchObject({ trigger: 'manual', ok: true, updated: ['w12-l03'] });
    expect(verifier.verify('w12-l03', passingPaste).xpAwarded).toBe(80);
  });

  it('keeps every lesson when the folder disappears, reporting the failed load', async () => {
    temp = await makeTempLessons();
    verifier = await createVerifier({ lessonsDir: temp.dir });
    await temp.cleanup();
    const reload = await verifier.reload();
    expect(reload).toMatchObject({ ok: false, lessons: ['w12-l03'], error: { code: 'LESSONS_DIR_NOT_FOUND' } });
    expect(verifier.verify('w12-l03', passingPaste).passed).toBe(true);
  });
});
