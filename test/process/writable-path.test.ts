// src/process/writable-path.ts: a run's work folder (--workdir, or a temp folder) is checked before anything is
// made in it, and what is in the way is one line naming the path and the OS's reason.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { VerifyLessonError } from '../../src/errors.js';
import { findWriteObstacle, makeWorkDir } from '../../src/process/writable-path.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vl-writable-path-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('makeWorkDir', () => {
  it('makes a --workdir that does not exist yet, folders included, and returns it', () => {
    const work = join(dir, 'a/b/work');
    expect(makeWorkDir(work, 'verify-lesson-')).toBe(work);
    expect(statSync(work).isDirectory()).toBe(true);
    expect(readdirSync(work)).toEqual([]);
  });

  it('without a --workdir, makes a new temporary folder with the prefix', () => {
    const made = makeWorkDir(undefined, 'vl-writable-path-temp-');
    try {
      expect(made.startsWith(join(tmpdir(), 'vl-writable-path-temp-'))).toBe(true);
      expect(statSync(made).isDirectory()).toBe(true);
    } finally {
      rmSync(made, { recursive: true, force: true });
    }
  });

  it('names a file standing where the work folder should be', () => {
    writeFileSync(join(dir, 'work'), '');
    const error = caught(() => makeWorkDir(join(dir, 'work'), 'verify-lesson-'));
    expect(error).toBeInstanceOf(VerifyLessonError);
    expect(error.code).toBe('OUTPUT_UNWRITABLE');
    expect(error.message).toBe(`cannot use --workdir ${join(dir, 'work')}: ${join(dir, 'work')} is not a directory (ENOTDIR)`);
  });

  it("names a file standing where the work folder's data/ should be (it was ENOTDIR from scandir, an internal error)", () => {
    writeFileSync(join(dir, 'data'), '');
    const error = caught(() => makeWorkDir(dir, 'verify-lesson-'));
    expect(error.message).toBe(`cannot use --workdir ${dir}: ${join(dir, 'data')} is not a directory (ENOTDIR)`);
  });

  it('gives the OS reason for a folder that takes no files, and makes nothing there (root included: /proc)', () => {
    const error = caught(() => makeWorkDir('/proc/1/verify-lesson-work', 'verify-lesson-'));
    expect(error.message).toBe('cannot use --workdir /proc/1/verify-lesson-work: creating a file in /proc/1 fails: no such file or directory (ENOENT)');
    expect(existsSync('/proc/1/verify-lesson-work')).toBe(false);
  });

  it('passes a work folder that exists and leaves what is in it', () => {
    mkdirSync(join(dir, 'data/node1'), { recursive: true });
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    expect(makeWorkDir(dir, 'verify-lesson-')).toBe(dir);
    expect(readdirSync(dir).sort()).toEqual(['data', 'notes.txt']);
  });
});

describe('findWriteObstacle', () => {
  it('leaves no probe file behind', () => {
    expect(findWriteObstacle(join(dir, 'x/y.log'))).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
  });
});
