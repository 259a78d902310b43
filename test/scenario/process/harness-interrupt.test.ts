// Ctrl+C (SIGINT) or a supervisor's SIGTERM to the CLI while it starts the cluster, right after it killed the leader,
// and while it stops the nodes (a second Ctrl+C there exits at once): the CLI exits 128 + the signal, and no process
// it started, no port its nodes were given and no temp dir is left. The real CLI, spawned as a student runs it.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useEnvMark } from '../../support/env-marked-processes.js';
import { pythonNode } from '../../support/foreign-node.js';
import { root, useRunDir } from '../../support/processes.js';
import { waitFor } from '../../support/wait-for.js';

const run = useRunDir('harness-interrupt');
const mark = useEnvMark();

// The ports named on `processes`' command lines (the nodes' {peers} and {client_port}).
function portsOf(processes: readonly string[]): number[] {
  return processes.flatMap((line) => [...line.matchAll(/127\.0\.0\.1:(\d+)|--client-port (\d+)/g)].map((m) => Number(m[1] ?? m[2])));
}

const isFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

type Phase = 'start' | 'kill' | 'stop';

async function interrupt(args: readonly string[], phase: Phase, signals: readonly NodeJS.Signals[]): Promise<{ code: number | null; ports: number[]; stderr: string }> {
  const tmp = join(run.dir, 'tmp');
  mkdirSync(tmp);
  const cli = spawn(process.execPath, [join(root, 'dist/bin/verify-lesson.js'), 'w12-l03', '--out', 'demo.log', ...args], {
    cwd: run.dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, TMPDIR: tmp },
  });
  run.track([cli.pid!]);
  let stderr = '';
  cli.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => cli.once('close', resolve));
  const ports = new Set<number>();
  await waitFor(`the ${phase} phase`, () => {
    const processes = mark.left();
    for (const port of portsOf(processes)) ports.add(port);
    if (phase === 'start') return processes.some((line) => / --id 1\b/.test(line));
    // The step list prints a step's line when it ends: after the kill, the run waits for the followers' detection;
    // after the last step (the demo log judged), it stops the nodes.
    return phase === 'kill' ? /[✓✗] kill the leader/.test(stderr) : /[✓✗] judge \S+ with checkPaste/.test(stderr);
  }, 30_000, 5);
  for (const [i, signal] of signals.entries()) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    cli.kill(signal);
  }
  const code = await exited;
  await waitFor('every process the CLI started to exit and its temp dir to go', () => mark.left().length === 0 && readdirSync(tmp).length === 0, 8000, 50).catch(() => undefined);
  expect(mark.left()).toEqual([]);
  expect(readdirSync(tmp)).toEqual([]);
  const busy: number[] = [];
  for (const port of ports) if (!(await isFree(port))) busy.push(port);
  expect(busy).toEqual([]);
  return { code, ports: [...ports], stderr };
}

// Each node stays 1.5 s in its SIGTERM handler: the stop takes that long, so a signal lands in the middle of it.
const slowStopping = ['--cluster', pythonNode('--flush --slow-stop freeze:1500')];

describe('the CLI interrupted mid-run leaves nothing behind', () => {
  it.each([
    ['the bundled cluster, SIGINT while it starts', [] as string[], 'start' as Phase, ['SIGINT'] as NodeJS.Signals[], 130],
    ["a student's cluster, SIGTERM right after the leader's kill", slowStopping, 'kill' as Phase, ['SIGTERM'] as NodeJS.Signals[], 143],
    ["a student's cluster, Ctrl+C twice while the nodes are stopped (the second exits at once)", slowStopping, 'stop' as Phase, ['SIGINT', 'SIGINT'] as NodeJS.Signals[], 130],
    // The run had passed every step: the Ctrl+C still ends it as interrupted (it ended 0, 12 of 12 times, session 42).
    ["a student's cluster, one Ctrl+C while the nodes are stopped after a passing run's last step", slowStopping, 'stop' as Phase, ['SIGINT'] as NodeJS.Signals[], 130],
  ])('%s', async (_, args, phase, signals, code) => {
    const result = await interrupt(args, phase, signals);
    expect(result.ports.length).toBeGreaterThanOrEqual(phase === 'start' ? 2 : 6);
    if (phase === 'stop') expect(result.stderr).toMatch(/✓ judge \S+ with checkPaste/);
    expect(result.code).toBe(code);
    expect(result.stderr.endsWith('verify-lesson: interrupted\n'), result.stderr).toBe(true);
  }, 60_000);
});
