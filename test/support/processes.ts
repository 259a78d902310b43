// Shared by the process-level tests: the lesson, a private TMPDIR per test (so "the temp work dir was
// removed" is checkable even while other suites make their own temp dirs), and process checks.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseLesson } from '../../src/lesson/parse-lesson.js';
import type { Lesson } from '../../src/lesson/types.js';
import { afterEach, beforeEach } from 'vitest';

export const root = join(import.meta.dirname, '../..');
export const kvNodeScript = join(root, 'dist/bin/kv_node.js');
export const fixture = (name: string): string => join(root, 'fixtures/processes', name);

export function loadLesson(): Lesson {
  return parseLesson(readFileSync(join(root, 'lessons/w12-l03.md'), 'utf8')).lesson!;
}

export { isAlive } from './is-alive.js';

// Processes whose parent is this test process (the nodes a cluster spawns are direct children).
export function childPids(): number[] {
  const run = spawnSync('pgrep', ['-P', String(process.pid)], { encoding: 'utf8' });
  return run.stdout
    .split('\n')
    .filter(Boolean)
    .map(Number)
    .filter((pid) => pid !== run.pid);
}

// Bundled kv_node processes started by this test process (each gets --parent-pid <our pid>).
export function ourKvNodes(): number[] {
  const run = spawnSync('pgrep', ['-f', `kv_node\\.js .*--parent-pid ${process.pid}( |$)`], { encoding: 'utf8' });
  return run.stdout.split('\n').filter(Boolean).map(Number);
}

export interface PrivateTmp {
  readonly dir: string;
  entries(): string[];
  restore(): void;
}

// Points os.tmpdir() (read from TMPDIR at each call) at a fresh directory until restore().
export function usePrivateTmp(): PrivateTmp {
  const saved = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), 'scenario-test-'));
  process.env.TMPDIR = dir;
  return {
    dir,
    entries: () => readdirSync(dir),
    restore: () => {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Last-resort cleanup after a failed test: SIGKILL whatever pids are still alive.
export function killAll(pids: readonly number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}

/**
 * The setup each cluster test repeats: a fresh temp dir per test, removed after it, and the node pids the test
 * hands to `track` killed after it (a failed assertion must not leave its cluster running).
 */
export function useRunDir(prefix: string): { readonly dir: string; track(pids: readonly number[]): void } {
  let dir = '';
  let pids: readonly number[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  });
  afterEach(() => {
    killAll(pids);
    pids = [];
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get dir() {
      return dir;
    },
    track(list) {
      pids = list;
    },
  };
}

/** A scenario CLI test's scratch: its own directory (`dir`) and a private TMPDIR (`tmp`), fresh for each test. */
export interface ScenarioScratch {
  readonly dir: string;
  readonly tmp: PrivateTmp;
}

// The scenario CLI tests' one setup: per test a fresh dir and private TMPDIR; after it, no kv_node of ours left and both gone.
export function useScenarioScratch(prefix: string): ScenarioScratch {
  let dir = '';
  let tmp: PrivateTmp | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    tmp = usePrivateTmp();
  });
  afterEach(() => {
    killAll(ourKvNodes());
    tmp?.restore();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get dir() {
      return dir;
    },
    get tmp() {
      return tmp!;
    },
  };
}
