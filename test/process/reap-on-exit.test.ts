// A harness SIGKILLed between spawning a node and telling its watchdog of it must still leave no process behind: the
// watchdog finds the node by the reaper's mark in its environment. Real processes: a harness script (bundled from
// src), a detached `sleep` it starts with the mark but never registers, and a grandchild of that sleep's shell.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { isAlive, killAll, root } from '../support/processes.js';
import { waitFor } from '../support/wait-for.js';

let dir: string | undefined;
let started: number[] = [];

afterEach(() => {
  killAll(started);
  started = [];
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('createGroupReaper with a watchdog', () => {
  // The watchdog finds a marked process by reading /proc/PID/environ; elsewhere it kills only the groups it was told of.
  it.runIf(process.platform === 'linux')('kills a process started with its mark but never added, and its children, when the harness is SIGKILLed (Linux only: marks are read from /proc)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'reap-window-'));
    const entry = join(dir, 'harness.ts');
    // The window: spawned with the reaper's mark, SIGKILLed before add(); one registered group beside it.
    writeFileSync(
      entry,
      `import { spawn } from 'node:child_process';
import { createGroupReaper } from ${JSON.stringify(join(root, 'src/process/reap-on-exit.ts'))};
const reaper = createGroupReaper({ watchdog: true });
const unregistered = spawn('sh', ['-c', 'sleep 60 & echo $!; wait'], { detached: true, stdio: ['ignore', 'pipe', 'ignore'], env: reaper.markEnv(process.env) });
const registered = spawn('sleep', ['60'], { detached: true, stdio: 'ignore', env: reaper.markEnv(process.env) });
reaper.add(registered.pid);
unregistered.stdout.once('data', (grandchild) => console.log(JSON.stringify([unregistered.pid, Number(String(grandchild).trim()), registered.pid])));
setInterval(() => {}, 1000);
`,
    );
    const bundle = join(dir, 'harness.cjs');
    await build({ entryPoints: [entry], bundle: true, format: 'cjs', platform: 'node', outfile: bundle, logLevel: 'error' });
    const harness = spawn(process.execPath, [bundle], { stdio: ['ignore', 'pipe', 'inherit'] });
    started.push(harness.pid!);
    const pids = await new Promise<number[]>((resolve) => harness.stdout!.once('data', (line) => resolve(JSON.parse(String(line)) as number[])));
    started.push(...pids);
    expect(pids.every(isAlive)).toBe(true);
    harness.kill('SIGKILL');
    await waitFor('the unregistered process, its child and the registered one to be killed', () => pids.every((pid) => !isAlive(pid)), 10_000, 50);
    expect(spawnSync('pgrep', ['-f', 'sleep 60 & echo']).stdout.toString().trim().split('\n').filter((pid) => pids.includes(Number(pid)))).toEqual([]);
  });
});
