import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scopePgrep } from '../../src/scenario/scope-pgrep.js';

let dir: string;
let started: ChildProcess[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scope-pgrep-'));
});

afterEach(() => {
  for (const child of started) child.kill('SIGKILL');
  started = [];
  rmSync(dir, { recursive: true, force: true });
});

// A `sleep` in a session of its own (detached: setsid), its argument unique to this test run.
function sleeper(seconds: string): ChildProcess {
  const child = spawn('sleep', [seconds], { detached: true, stdio: 'ignore' });
  started.push(child);
  return child;
}

describe('scopePgrep', () => {
  it("puts a pgrep first on PATH that finds only the given sessions' processes, as the real one prints them", () => {
    const seconds = `6${String(Math.random()).slice(2, 8)}`;
    const ours = sleeper(seconds);
    const theirs = sleeper(seconds);
    const env = scopePgrep(dir, [ours.pid!], process.env);
    expect(env.PATH!.split(':')[0]).toBe(join(dir, 'verify-bin'));
    const pgrep = (args: string[], withEnv: NodeJS.ProcessEnv) => spawnSync('sh', ['-c', 'pgrep "$@"', 'sh', ...args], { env: withEnv, encoding: 'utf8' });
    const machine = pgrep(['-f', `^sleep ${seconds}$`], process.env);
    expect(machine.stdout.split('\n').filter(Boolean).map(Number).sort()).toEqual([ours.pid!, theirs.pid!].sort());
    const scoped = pgrep(['-f', `^sleep ${seconds}$`], env);
    expect([scoped.stdout, scoped.status]).toEqual([`${ours.pid}\n`, 0]);
    expect(pgrep(['-af', `^sleep ${seconds}$`], env).stdout).toBe(`${ours.pid} sleep ${seconds}\n`);
    const none = pgrep(['-f', `^sleep ${seconds}$`], scopePgrep(dir, [theirs.pid! + 1_000_000], process.env));
    expect([none.stdout, none.status]).toEqual(['', 1]);
  });

  it('with no session to look in, finds nothing (exit 1); with no pgrep on PATH, leaves the environment as it was', () => {
    const env = scopePgrep(dir, [], process.env);
    const run = spawnSync('sh', ['-c', 'pgrep -f sleep; echo "exit $?"'], { env, encoding: 'utf8' });
    expect(run.stdout).toBe('exit 1\n');
    expect(readFileSync(join(dir, 'verify-bin/pgrep'), 'utf8')).toContain('exit 1');
    const bare = { PATH: join(dir, 'nothing-here') };
    expect(scopePgrep(dir, [1], bare)).toBe(bare);
  });
});
