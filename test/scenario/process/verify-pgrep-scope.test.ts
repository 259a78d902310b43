// The lesson's Verify block asks `pgrep -f "kv_node.*--id 1" || echo "leader process is dead"`. Run by the harness,
// that pgrep looks at this run's nodes only: another cluster on the same machine (a second student, a concurrent test,
// `verify-lesson cluster start` in another terminal) made a correct run fail, and could make a wrong one pass (w12-l05's
// `pgrep … && echo "node 1 is running"`). Scoped, it must still find this run's own leader wherever it went (setsid).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/scenario/run-scenario.js';
import { describeRun } from '../../support/describe-run.js';
import { useEnvMark } from '../../support/env-marked-processes.js';
import { python, pythonNode } from '../../support/foreign-node.js';
import { isAlive, loadLesson, root, useRunDir } from '../../support/processes.js';
import { waitFor } from '../../support/wait-for.js';

const lesson = loadLesson();
const run = useRunDir('verify-pgrep-scope');
const mark = useEnvMark();

function startCli(args: readonly string[], cwd: string): ChildProcess {
  return spawn(process.execPath, [join(root, 'dist/bin/verify-lesson.js'), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
}

function collect(child: ChildProcess): { text: () => string } {
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.resume();
  return { text: () => text };
}

describe("the Verify block's pgrep, run by the harness, sees this run's nodes only", () => {
  it('two bundled clusters at once (`verify-lesson cluster start` beside `verify-lesson w12-l03`): the run passes', async () => {
    const other = startCli(['cluster', 'start', '--workdir', 'other'], run.dir);
    const otherOut = collect(other);
    const otherPids = await waitFor('the other cluster to print its pids', () => {
      const pids = [...otherOut.text().matchAll(/^ {2}node\d\s+pid (\d+)/gm)].map((m) => Number(m[1]));
      return pids.length === 3 ? pids : undefined;
    }, 20_000, 50);
    run.track([other.pid!, ...otherPids]);
    const cli = startCli(['w12-l03', '--json', '--out', 'demo.log'], run.dir);
    const out = collect(cli);
    const code = await new Promise<number | null>((resolve) => cli.once('close', resolve));
    expect(otherPids.every(isAlive)).toBe(true);
    const result = JSON.parse(out.text()) as { passed: boolean; problems: string[]; verifyBlock: { passed: boolean; output: string } };
    expect(result.problems).toEqual([]);
    expect(result.verifyBlock.passed).toBe(true);
    expect(result.verifyBlock.output).toContain('leader process is dead');
    expect(code).toBe(0);
    const stopped = new Promise((resolve) => other.once('close', resolve));
    other.kill('SIGINT');
    await stopped;
    await waitFor("the other cluster's nodes to exit", () => otherPids.every((pid) => !isAlive(pid)), 10_000, 50);
  }, 60_000);

  it("a student's cluster beside a process named like its leader: the run passes", async () => {
    const decoy = spawn(python, ['-c', 'import time; time.sleep(120)', 'kv_node.py', '--id', '1', '--id', '2', '--id', '3'], { stdio: 'ignore' });
    run.track([decoy.pid!]);
    const result = await runScenario(lesson, { clusterCommand: pythonNode('--flush'), timeoutMs: 5000, outFile: join(run.dir, 'demo_step2.log'), workDir: join(run.dir, 'work') });
    run.track([decoy.pid!, ...Object.values(result.pids)]);
    expect(isAlive(decoy.pid!)).toBe(true);
    expect(result.problems, describeRun(result)).toEqual([]);
    expect(result.verifyBlock?.output).toContain('leader process is dead');
    expect(result.passed).toBe(true);
    const decoyGone = new Promise((resolve) => decoy.once('exit', resolve));
    decoy.kill('SIGKILL');
    await decoyGone;
    expect(mark.left()).toEqual([]);
  }, 30_000);

  // A process that left its node's session is found by its tag in /proc/PID/environ; elsewhere it is out of reach.
  it.runIf(process.platform === 'linux')("finds this run's own leader still running after SIGTERM, even in a session of its own (setsid): the Verify block fails (Linux only: tags are read from /proc)", async () => {
    // The leader ignores SIGTERM (leads on for 60 s, until the harness's SIGKILL at its stop); setsid takes every
    // node out of the session the harness started it in.
    const result = await runScenario(lesson, { clusterCommand: `setsid ${pythonNode('--flush --slow-stop ignore:60000')}`, timeoutMs: 2000, outFile: join(run.dir, 'demo_step2.log'), workDir: join(run.dir, 'work') });
    run.track(Object.values(result.pids));
    expect(result.verifyBlock?.passed, describeRun(result)).toBe(false);
    expect(result.verifyBlock?.output).not.toContain('leader process is dead');
    expect(result.verifyBlock?.output).toMatch(/^\d+$/m);
    // Its pid is this run's node's, not "another process on this machine" (it was said so: not the command's own pid).
    expect(result.problems).toContainEqual(expect.stringMatching(/^the lesson's Verify block did not pass on your cluster's logs \(line 2: did not print "leader process is dead"[;)]/));
    expect(result.problems.join('\n')).not.toContain('another process on this machine');
    expect(mark.left()).toEqual([]);
  }, 40_000);
});
