// The harness's own kill line stands in for the leader's when SIGKILL or SIGSTOP leaves it none: it must be on the
// nodes' clock. The real CLI, spawned as a student runs it, against the Python node (fixtures/nodes/pyraft) stamping
// a dateless local time with the harness in Berlin (the kill line was UTC and dated: +3600002 ms), and seconds since
// boot on CLOCK_MONOTONIC (the kill line was wall-clock: no kill on the nodes' clock at all).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pythonNode } from '../../support/foreign-node.js';
import { root, useRunDir } from '../../support/processes.js';

const run = useRunDir('harness-stamp-shape');

function runCli(args: readonly string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string }> {
  const cli = spawn(process.execPath, [join(root, 'dist/bin/verify-lesson.js'), 'w12-l03', '--out', 'demo.log', ...args], { cwd: run.dir, env: { ...process.env, ...env } });
  run.track([cli.pid!]);
  let stdout = '';
  cli.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  cli.stderr.resume();
  return new Promise((resolve) => cli.once('close', (code) => resolve({ code, stdout })));
}

async function expectPassingDemo(signal: string, stamp: string, tz: string, killLine: RegExp): Promise<void> {
  const result = await runCli(['--signal', signal, '--cluster', pythonNode(`--flush --stamp ${stamp}`)], { TZ: tz });
  const demo = readFileSync(join(run.dir, 'demo.log'), 'utf8');
  expect(demo).toMatch(killLine);
  expect(result.stdout).toMatch(/✓ timing {4}2\/2 followers detected the dead leader within 300 ms of the kill/);
  expect(result.code).toBe(0);
}

describe("the harness's kill line on the nodes' clock", () => {
  it.each([
    ['SIGKILL', /^\d\d:\d\d:\d\d\.\d{3} harness INFO {2}killed leader node\d with SIGKILL /m],
    ['SIGSTOP', /^\d\d:\d\d:\d\d\.\d{3} harness INFO {2}stopped leader node\d with SIGSTOP /m],
  ])('%s, nodes stamping --stamp clock, harness TZ=Europe/Berlin: the demo log passes', async (signal, killLine) => {
    await expectPassingDemo(signal, 'clock', 'Europe/Berlin', killLine);
  });

  // The harness writes a CLOCK_MONOTONIC kill line only where process.hrtime reads that clock (fault-step.ts): on
  // macOS it is mach_absolute_time, which stops in sleep, and the run there has no monotonic kill line to check.
  it.runIf(process.platform === 'linux')(
    'SIGKILL, nodes stamping --stamp monotonic, harness TZ=UTC: the demo log passes (Linux only: process.hrtime is CLOCK_MONOTONIC there)',
    async () => {
      await expectPassingDemo('SIGKILL', 'monotonic', 'UTC', /^\[\d+\.\d{6}\] harness INFO {2}killed leader node\d with SIGKILL /m);
    },
  );
});
