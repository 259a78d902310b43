// src/cli/commands/scenario-command.ts in-process, where no cluster is needed: what it refuses before a run starts,
// and how it prints --trials statistics. (Runs against the real cluster: test/scenario/scenario-command.test.ts.)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDistribution } from '../../../src/cli/commands/scenario-command.js';
import { usePrivateTmp, type PrivateTmp } from '../../support/processes.js';
import { runCliCaptured } from '../cli-harness.js';

let dir: string;
let tmp: PrivateTmp;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vl-scenario-cli-'));
  writeFileSync(join(dir, 'notes'), '');
  tmp = usePrivateTmp();
});

afterEach(() => {
  tmp.restore();
  rmSync(dir, { recursive: true, force: true });
});

describe('files a scenario run writes are checked before it starts', () => {
  it.each([
    ['--out', ['--out', 'notes/demo.log'], 'notes/demo.log'],
    ['--report', ['--report', 'notes/run.svg'], 'notes/run.svg'],
  ])('%s under a file: exit 2 at once, naming the path and the OS reason; no cluster started', async (option, args, path) => {
    const run = await runCliCaptured(['w12-l03', ...args], { cwd: dir });
    expect(run.stderr).toBe(`verify-lesson: cannot write ${option} ${join(dir, path)}: ${join(dir, 'notes')} is not a directory (ENOTDIR)\n`);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(tmp.entries()).toEqual([]); // no work dir was made
  });

  it('the default demo_step2.log where a folder of that name stands: exit 2, with how to write elsewhere', async () => {
    mkdirSync(join(dir, 'demo_step2.log'));
    const run = await runCliCaptured(['w12-l03'], { cwd: dir });
    expect(run.stderr).toBe(`verify-lesson: cannot write the demo log ${join(dir, 'demo_step2.log')}: it is a directory (EISDIR) — pass --out FILE to write it elsewhere\n`);
    expect(run.code).toBe(2);
    expect(tmp.entries()).toEqual([]);
  });
});

describe('--trials statistics', () => {
  it('prints times in ms with a decimal and counts of operations as whole operations, not ms', () => {
    const distribution = { count: 3, min: 204, p50: 206, p95: 210, p99: 210, max: 210 };
    expect(formatDistribution('re-election', distribution)).toBe('  re-election            n=3    min   204.0  p50   206.0  p95   210.0  p99   210.0  max   210.0  ms');
    expect(formatDistribution('operations per history', distribution, 'operations')).toBe(
      '  operations per history n=3    min     204  p50     206  p95     210  p99     210  max     210  operations',
    );
  });
});
