// A harness killed by SIGKILL runs no cleanup of its own: the watchdog it started must kill the nodes and remove the
// run's temp dir, for the bundled cluster as for a student's. The real CLI, spawned as a student runs it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useEnvMark } from '../../support/env-marked-processes.js';
import { pythonNode } from '../../support/foreign-node.js';
import { isAlive, killAll, root } from '../../support/processes.js';
import { waitFor } from '../../support/wait-for.js';

let dir: string;
let tmp: string;
let started: number[] = [];
const mark = useEnvMark();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'harness-sigkill-'));
  tmp = join(dir, 'tmp');
  mkdirSync(tmp);
});

afterEach(() => {
  killAll(started);
  started = [];
  rmSync(dir, { recursive: true, force: true });
});

// Direct children of `pid`: the nodes it started and its watchdog.
function childrenOf(pid: number): number[] {
  return spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map(Number);
}

function startCli(args: readonly string[]): ChildProcess {
  const cli = spawn(process.execPath, [join(root, 'dist/bin/verify-lesson.js'), 'w12-l03', '--out', 'demo.log', ...args], {
    cwd: dir,
    stdio: 'ignore',
    env: { ...process.env, TMPDIR: tmp, PYTHONUNBUFFERED: '1' },
  });
  started.push(cli.pid!);
  return cli;
}

describe('the CLI against the bundled cluster, with its watchdog', () => {
  it('runs to the end: exit 0, and no node, watchdog or temp dir left', async () => {
    const cli = startCli([]);
    const children: number[] = [];
    const poll = setInterval(() => children.push(...childrenOf(cli.pid!).filter((pid) => !children.includes(pid))), 50);
    // Exit code 13 was an unsettled top-level await: the CLI awaited the unref'd watchdog's exit with nothing else to do.
    const code = await new Promise<number | null>((resolve) => cli.once('exit', resolve)).finally(() => clearInterval(poll));
    expect(code).toBe(0);
    expect(children.length).toBeGreaterThanOrEqual(4);
    await waitFor('every node and the watchdog to exit', () => children.every((pid) => !isAlive(pid)), 5000, 50);
    expect(readdirSync(tmp)).toEqual([]);
  });
});

describe('a SIGKILLed harness leaves no processes and no temp dir', () => {
  it.each([
    ['the bundled cluster', [] as string[]],
    ["a student's cluster (--cluster)", ['--cluster', pythonNode('--flush')]],
  ])('%s', async (_, args) => {
    const cli = startCli(args);
    // Three nodes running and the watchdog (started before them), the run's temp dir made. (Counting three children
    // once let the SIGKILL land while node 3 was being spawned, before the watchdog heard of it: the watchdog now
    // also finds such a node by the reaper's mark in its environment — test/process/reap-on-exit.test.ts.)
    const children = await waitFor('three nodes and the watchdog', () => {
      const pids = childrenOf(cli.pid!);
      return pids.length >= 4 && readdirSync(tmp).length === 1 ? pids : undefined;
    }, 20_000, 50);
    started.push(...children);
    expect(children.every(isAlive)).toBe(true);
    cli.kill('SIGKILL');
    await waitFor('every node (and the watchdog) to exit', () => children.every((pid) => !isAlive(pid)), 10_000, 50);
    await waitFor('the temp dir to be removed', () => readdirSync(tmp).length === 0, 5000, 50);
    expect(readdirSync(tmp)).toEqual([]);
  });
});

// The run's temp dir must never outlive a SIGKILLed CLI, whenever the kill lands: the dir used to be made (prepareRun)
// before the watchdog that removes it was started (the start step), and a kill in between left it empty behind.
describe('a CLI SIGKILLed at any moment leaves no temp dir and no process', () => {
  // Resolves once the temp dir has been made, or after `ms` (then undefined).
  function dirMade(ms: number): Promise<string | undefined> {
    return new Promise((resolve) => {
      const watcher = watch(tmp, (_, name) => {
        if (name?.startsWith('verify-lesson-')) done(name);
      });
      const timer = setTimeout(() => done(undefined), ms);
      function done(name: string | undefined): void {
        clearTimeout(timer);
        watcher.close();
        resolve(name);
      }
    });
  }

  // The CLI with its exit awaited from its start: a fast run may end before the kill (then the kill is a no-op).
  function startWatched(args: readonly string[]): { cli: ChildProcess; exited: Promise<unknown> } {
    const cli = startCli(args);
    return { cli, exited: new Promise((resolve) => cli.once('exit', resolve)) };
  }

  async function killAndCheck({ cli, exited }: { cli: ChildProcess; exited: Promise<unknown> }): Promise<void> {
    cli.kill('SIGKILL');
    await exited;
    // The watchdog's grace (it waits 200 ms for the killed nodes to stop writing) and its own exit.
    await waitFor('the temp dir to be removed', () => readdirSync(tmp).length === 0, 5000, 20).catch(() => undefined);
    expect(readdirSync(tmp)).toEqual([]);
    await waitFor('every process the CLI started to exit', () => mark.left().length === 0, 5000, 50).catch(() => undefined);
    expect(mark.left()).toEqual([]);
  }

  it.each([
    ['the bundled cluster', [] as string[]],
    ["a student's cluster (--cluster)", ['--cluster', pythonNode('--flush')]],
  ])('%s: killed the instant its temp dir appears', async (_, args) => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const made = dirMade(20_000);
      const run = startWatched(args);
      expect(await made).toMatch(/^verify-lesson-/);
      await killAndCheck(run);
    }
  }, 60_000);

  it('killed after 0 to 1500 ms (the bundled cluster, every 100 ms)', async () => {
    for (let ms = 0; ms <= 1500; ms += 100) {
      const run = startWatched([]);
      await new Promise((resolve) => setTimeout(resolve, ms));
      await killAndCheck(run);
    }
  }, 180_000);
});

describe("a CLI SIGKILLed while the lesson's Verify block runs", () => {
  it('leaves no shell and nothing the block started (the block used to run outside the watchdog\'s reach)', async () => {
    // w12-l03 with a Verify block that sleeps first: the kill lands while it runs.
    const lessons = join(dir, 'lessons');
    mkdirSync(lessons);
    const lesson = readFileSync(join(root, 'lessons/w12-l03.md'), 'utf8');
    const slowed = lesson.replace('# Check that the leader process is gone\n', '# Check that the leader process is gone\nsleep 47\n');
    expect(slowed).not.toBe(lesson);
    writeFileSync(join(lessons, 'w12-l03.md'), slowed);
    const cli = startCli(['--lessons', lessons]);
    await waitFor("the Verify block's sleep", () => mark.left().some((line) => / sleep 47$/.test(line)), 30_000, 20);
    const exited = new Promise((resolve) => cli.once('exit', resolve));
    cli.kill('SIGKILL');
    await exited;
    await waitFor('every process the CLI started to exit', () => mark.left().length === 0, 5000, 50).catch(() => undefined);
    expect(mark.left()).toEqual([]);
    await waitFor('the temp dir to be removed', () => readdirSync(tmp).length === 0, 5000, 50).catch(() => undefined);
    expect(readdirSync(tmp)).toEqual([]);
  }, 60_000);
});
