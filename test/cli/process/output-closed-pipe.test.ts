// A reader that goes away — `verify-lesson … | head -1` — through a real pipe: the built CLI stops writing quietly
// (no stack trace, no "interrupted"), ends with the verdict's own exit code when it has one, and with 141 (a SIGPIPE
// death as shells report it) when the reader left a live run before its verdict; the run's nodes are stopped either way.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { outputClosed, type CliIo } from '../../../src/cli/cli-io.js';
import { runCli } from '../../../src/cli/run-cli.js';
import { pythonNode } from '../../support/foreign-node.js';
import { isAlive, root, useScenarioScratch } from '../../support/processes.js';
import { waitFor } from '../../support/wait-for.js';

const bin = join(root, 'dist/bin/verify-lesson.js');
const scratch = useScenarioScratch('vl-output-closed-');

// `node bin ARGS REDIRECT | READER` in bash: the CLI's exit code, what the reader printed and the CLI's stderr file.
function pipeInto(args: string, redirect: string, reader: string): { code: number; read: string; stderr: string } {
  const script = `"${process.execPath}" "${bin}" ${args} ${redirect} | ${reader}; echo "exit \${PIPESTATUS[0]}"; cat err.txt 2>/dev/null`;
  const run = spawnSync('bash', ['-c', script], { cwd: scratch.dir, encoding: 'utf8', env: { ...process.env, TMPDIR: scratch.tmp.dir }, timeout: 60_000 });
  const [read, after] = run.stdout.split(/^exit /m) as [string, string];
  const code = Number(after.slice(0, after.indexOf('\n')));
  return { code, read, stderr: after.slice(after.indexOf('\n') + 1) };
}

const paste = (name: string): string => join(root, 'fixtures/pastes', name);

it('a paste verdict piped into `head -1` or a reader that never reads ends with the verdict\'s code, quietly', () => {
  for (const reader of ['head -1', 'true']) {
    const passed = pipeInto(`w12-l03 --paste ${paste('backwards-time.log')}`, '2>err.txt', reader);
    expect({ reader, code: passed.code, stderr: passed.stderr }).toEqual({ reader, code: 0, stderr: '' });
    const failed = pipeInto(`w12-l03 --paste ${paste('follower-missing.log')} --json`, '2>err.txt', reader);
    expect({ reader, code: failed.code, stderr: failed.stderr }).toEqual({ reader, code: 1, stderr: '' });
  }
  expect(pipeInto(`w12-l03 --paste ${paste('backwards-time.log')}`, '2>err.txt', 'head -1').read).toBe('✓ PASSED  w12-l03 "Demo step 2 — kill the leader"  +50 XP\n');
}, 60_000);

it('a live run whose reader leaves mid-run (`2>&1 | head -2`) stops its nodes and exits 141, saying nothing more', () => {
  const run = pipeInto('w12-l03 --out demo.log', '2>&1', 'head -2');
  const pids = [...run.read.matchAll(/node\d pid (\d+)/g)].map((m) => Number(m[1]));
  expect(pids, run.read).toHaveLength(3);
  expect(run.code).toBe(141);
  expect(pids.filter(isAlive)).toEqual([]);
  // The run's temp dir (and its watchdog's) went with it.
  expect(scratch.tmp.entries()).toEqual([]);
}, 60_000);

it('in-process: a live run whose stderr closes at its second line stops its nodes and returns 141, not 130', async () => {
  const controller = new AbortController();
  const lines: string[] = [];
  const io: CliIo = {
    stdout: { write: () => true },
    stderr: {
      write: (text: string) => {
        if (controller.signal.aborted) return false;
        lines.push(text);
        if (lines.length === 2) process.nextTick(() => controller.abort(outputClosed('stderr')));
        return true;
      },
    },
    cwd: scratch.dir,
    env: {},
    signal: controller.signal,
  };
  const code = await runCli(['w12-l03', '--out', 'demo.log'], io);
  const pids = [...lines.join('').matchAll(/node\d pid (\d+)/g)].map((m) => Number(m[1]));
  expect(pids, lines.join('')).toHaveLength(3);
  expect(code).toBe(141);
  expect(pids.filter(isAlive)).toEqual([]);
}, 60_000);

// The reader left mid-run and the CLI is stopping nodes that ignore SIGTERM (3 s before their KILL): a Ctrl+C then is
// the user's, and quits at once as a second one would (the first stop request was the closed output), not ignored.
it('a Ctrl+C while a run its reader left is stopping its nodes quits at once with 130; the watchdog ends the nodes', async () => {
  const cli = spawn(process.execPath, [bin, 'w12-l03', '--out', 'demo.log', '--cluster', pythonNode('--flush --slow-stop ignore:10000')], {
    cwd: scratch.dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, TMPDIR: scratch.tmp.dir },
  });
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => cli.once('exit', resolve));
  cli.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // The reader leaves at the first step line (the nodes started); the next one, once a leader is elected, meets the
  // closed pipe and the run stops its nodes. The Ctrl+C comes well after that election, well before their 3 s grace ends.
  await waitFor('the nodes to start', () => /[✓✗] start 3 nodes/.test(stderr), 30_000, 5);
  cli.stderr!.destroy();
  const elected = () => spawnSync('grep', ['-rl', 'I am the leader', scratch.tmp.dir]).stdout.toString().trim() !== '';
  await waitFor('a leader', elected, 10_000, 20);
  await new Promise((resolve) => setTimeout(resolve, 800));
  const sentMs = Date.now();
  cli.kill('SIGINT');
  const code = await exited;
  expect(code).toBe(130);
  expect(Date.now() - sentMs).toBeLessThan(1000);
  // Nothing of the run is left: its watchdog kills the nodes and removes the temp dir.
  await waitFor('the nodes and the temp dir to go', () => scratch.tmp.entries().length === 0, 10_000, 50).catch(() => undefined);
  expect(scratch.tmp.entries()).toEqual([]);
  expect(spawnSync('pgrep', ['-f', 'pyraft/kv_node.py .*' + scratch.tmp.dir]).stdout.toString()).toBe('');
}, 60_000);
