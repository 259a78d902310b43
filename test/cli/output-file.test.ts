// src/cli/output-file.ts: files the user names (--out, --report) are checked before a run and written with one
// clear line naming the file and the OS's reason when they cannot be.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { checkOutputWritable, writeOutputFile } from '../../src/cli/output-file.js';
import { VerifyLessonError } from '../../src/errors.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vl-output-file-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('checkOutputWritable', () => {
  it('passes a file in folders still to be made, and makes nothing', () => {
    checkOutputWritable(join(dir, 'a/b/report.svg'), '--report');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('passes an existing file and leaves its content as it was', () => {
    writeFileSync(join(dir, 'demo.log'), 'kept\n');
    checkOutputWritable(join(dir, 'demo.log'), '--out');
    expect(readFileSync(join(dir, 'demo.log'), 'utf8')).toBe('kept\n');
    expect(readdirSync(dir)).toEqual(['demo.log']);
  });

  it('names the file that stands where a folder should be', () => {
    writeFileSync(join(dir, 'notes'), '');
    const error = caught(() => checkOutputWritable(join(dir, 'notes/sub/demo.log'), '--out'));
    expect(error).toBeInstanceOf(VerifyLessonError);
    expect(error.code).toBe('OUTPUT_UNWRITABLE');
    expect(error.message).toBe(`cannot write --out ${join(dir, 'notes/sub/demo.log')}: ${join(dir, 'notes')} is not a directory (ENOTDIR)`);
  });

  it('refuses a folder given as the file, with the hint it is given', () => {
    mkdirSync(join(dir, 'demo_step2.log'));
    const error = caught(() => checkOutputWritable(join(dir, 'demo_step2.log'), 'the demo log', ' — pass --out FILE'));
    expect(error.message).toBe(`cannot write the demo log ${join(dir, 'demo_step2.log')}: it is a directory (EISDIR) — pass --out FILE`);
  });

  it('gives the OS reason for a folder it cannot create files in (root included: /proc)', () => {
    const error = caught(() => checkOutputWritable('/proc/verify-lesson-x.svg', '--report'));
    expect(error.message).toBe('cannot write --report /proc/verify-lesson-x.svg: creating a file in /proc fails: no such file or directory (ENOENT)');
  });
});

describe('writeOutputFile', () => {
  it('makes the missing folders and writes the file', () => {
    writeOutputFile(join(dir, 'x/y/p.svg'), '<svg/>', '--report');
    expect(readFileSync(join(dir, 'x/y/p.svg'), 'utf8')).toBe('<svg/>');
  });

  it('says which file and why, not mkdir\'s EEXIST for a file in the way', () => {
    writeFileSync(join(dir, 'notes'), '');
    const error = caught(() => writeOutputFile(join(dir, 'notes/p.svg'), '<svg/>', '--report'));
    expect(error.message).toBe(`cannot write --report ${join(dir, 'notes/p.svg')}: ${join(dir, 'notes')} is not a directory (ENOTDIR)`);
  });
});
