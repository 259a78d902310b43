// A node that dies under the harness reads the same whether it is a bundled kv_node or a student's node from a
// --cluster template: NODE_EXITED with its exit code or signal, its last lines of output and its log. Real kv_node
// processes; a preload (fixtures/processes/crash-on-sigusr2.cjs) makes one crash on SIGUSR2 with a line on stderr.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isWorkDirPathNotFound, nodeExitedError } from '../../src/cluster/node-exited.js';
import { openScenarioCluster, type ScenarioCluster } from '../../src/cluster/scenario-cluster.js';
import { isVerifyLessonError } from '../../src/errors.js';
import { fixture, kvNodeScript } from '../support/processes.js';
import { waitFor } from '../support/wait-for.js';

let workDir: string;
let cluster: ScenarioCluster | undefined;
const savedNodeOptions = process.env.NODE_OPTIONS;
beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'node-exited-test-'));
  // The nodes inherit this process's environment.
  process.env.NODE_OPTIONS = `--require ${fixture('crash-on-sigusr2.cjs')}`;
});
afterEach(async () => {
  if (savedNodeOptions === undefined) delete process.env.NODE_OPTIONS;
  else process.env.NODE_OPTIONS = savedNodeOptions;
  await cluster?.stop();
  cluster = undefined;
  rmSync(workDir, { recursive: true, force: true });
});

// The error a call throws, as `code: message`.
async function failure(call: () => unknown): Promise<string> {
  try {
    await call();
  } catch (error) {
    if (isVerifyLessonError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
  throw new Error('expected a VerifyLessonError');
}

const template = `node ${kvNodeScript} --id {id} --peers {peers} --client-port {client_port} --data-dir {data_dir}`;

describe.each([
  ['bundled kv_node', undefined],
  ['student template', template],
] as const)('NODE_EXITED from a %s cluster', (_, command) => {
  it('names the node, its exit code, its last output and its log, at the start check and while waiting for a leader', async () => {
    cluster = await openScenarioCluster({ workDir, ...(command === undefined ? {} : { command }) });
    // Up and electing (a student's node only then surely runs the preload that handles SIGUSR2).
    await cluster.waitForLeader({ timeoutMs: 10_000 });
    process.kill(cluster.pid(2)!, 'SIGUSR2');
    await waitFor('node2 to exit', () => !cluster!.isRunning(2), 5000);
    const log = join(workDir, 'data/node2/node.log').replace(/[/.]/g, (c) => `\\${c}`);
    // The crash line is the last output line quoted (a student's node also printed its log lines before it).
    const lastOutput = String.raw`last output: (?:"[^"]*" \/ ){0,2}"fatal: simulated crash on SIGUSR2"`;
    const started = await failure(() => cluster!.assertRunning());
    expect(started).toMatch(new RegExp(String.raw`^NODE_EXITED: started, then node2 exited \(exit code 3\); ${lastOutput} \(see ${log}\)$`));
    const waiting = await failure(() => cluster!.waitForLeader({ timeoutMs: 3000, exclude: 1 }));
    expect(waiting).toMatch(new RegExp(String.raw`^NODE_EXITED: node2 exited \(exit code 3\); ${lastOutput} \(see ${log}\)$`));
  });
});

describe('NODE_EXITED while a bundled node starts', () => {
  it('quotes what kv_node said on stderr and its exit code', async () => {
    const message = await failure(async () => {
      cluster = await openScenarioCluster({ workDir, nodeArgs: ['--no-such-flag'] });
    });
    expect(message).toMatch(/^NODE_EXITED: node\d exited while starting \(exit code 2\); last output: "kv_node: [^"]*no-such-flag[^"]*" \(see \S+\/data\/node\d\/node\.log\)$/);
  });
});

describe('nodeExitedError', () => {
  const exitedWith = (line: string) =>
    nodeExitedError([{ id: 1, exit: { code: 127, signal: null }, lastLines: [line], logPath: '/tmp/run/data/node1/node.log' }], 'started', '/tmp/run').message;
  const hint = "the template runs in the run's work dir /tmp/run";
  it('tells a student whose relative program path was not found that the template runs in the work dir', () => {
    expect(exitedWith('sh: 1: exec: ./my-node: not found')).toContain(hint);
    expect(exitedWith('/bin/sh: 1: ./my-node: not found')).toContain(hint);
    expect(exitedWith("/usr/bin/python3: can't open file '/tmp/run/node.py': [Errno 2] No such file or directory")).toContain(hint);
  });

  it("tells a `cargo run` template that found no Cargo.toml in the work dir to name its manifest", () => {
    const message = exitedWith('error: could not find `Cargo.toml` in `/tmp/run` or any parent directory');
    expect(message).toContain(hint);
    expect(message).toContain('cargo: cargo run --manifest-path "$PWD/Cargo.toml" -- …');
    expect(exitedWith('sh: 1: exec: ./my-node: not found')).not.toContain('cargo');
    expect(isWorkDirPathNotFound('error: could not find `Cargo.toml` in `/tmp/run` or any parent directory', '/tmp/run')).toBe(true);
    expect(isWorkDirPathNotFound('error: could not find `Cargo.toml` in `/tmp/runner` or any parent directory', '/tmp/run')).toBe(false);
  });

  it("quotes a node's not-found line from before its last lines (Node's module error is followed by a stack)", () => {
    const lastLines = ['  requireStack: []', '}', 'Node.js v20.20.2'];
    const notFoundLine = "Error: Cannot find module '/tmp/run/my-node.js'";
    const message = nodeExitedError([{ id: 1, exit: { code: 1, signal: null }, lastLines, logPath: '/tmp/run/data/node1/node.log', notFoundLine }], 'started', '/tmp/run').message;
    expect(message).toContain(`last output: "${notFoundLine}"`);
    expect(message).toContain(hint);
    expect(message).not.toContain('requireStack');
  });

  it('takes as a not-found line only one naming a path under the work dir', () => {
    expect(isWorkDirPathNotFound("Error: Cannot find module '/tmp/run/my-node.js'", '/tmp/run')).toBe(true);
    expect(isWorkDirPathNotFound("Error: Cannot find module '/home/me/kv/my-node.js'", '/tmp/run')).toBe(false);
    // A node's own words while it runs.
    expect(isWorkDirPathNotFound('GET k7: key not found', '/tmp/run')).toBe(false);
  });

  it('does not, when the path not found was absolute and outside the work dir (a wrong path, not a relative one)', () => {
    const message = exitedWith("/usr/bin/python3: can't open file '/home/me/kv/node.py': [Errno 2] No such file or directory");
    expect(message).not.toContain(hint);
    expect(message).toBe(
      `started, then node1 exited (exit code 127); last output: "/usr/bin/python3: can't open file '/home/me/kv/node.py': [Errno 2] No such file or directory" (see /tmp/run/data/node1/node.log)`,
    );
  });
});
