// The student path against a Rust node written by a helper who read only the README and the lesson
// (fixtures/nodes/rust-student/kv_node.rs, std only): compiled here with rustc, env_logger's line shape, `{:?}` of an
// Option for the leader (`leader=Some(1)`), read_exact's EOF text as its lost connection. Each case is a way this
// correct node was judged wrong before.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/scenario/run-scenario.js';
import type { RunScenarioOptions, ScenarioResult } from '../../../src/scenario/scenario-types.js';
import { describeRun } from '../../support/describe-run.js';
import { isAlive } from '../../support/is-alive.js';
import { loadLesson } from '../../support/processes.js';

const source = join(import.meta.dirname, '../../../fixtures/nodes/rust-student/kv_node.rs');
const lesson = loadLesson();
let dir: string;
let binary: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rust-student-node-'));
  binary = join(dir, 'kv_node');
  // rustc is part of this machine kind; a missing compiler fails loudly here.
  const built = spawnSync('rustc', ['-O', '--edition', '2021', '-o', binary, source], { encoding: 'utf8' });
  if (built.error || built.status !== 0) throw new Error(`rustc could not build ${source}: ${built.error?.message ?? built.stderr}`);
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(extra: string, options: Partial<RunScenarioOptions> = {}): Promise<ScenarioResult> {
  const out = mkdtempSync(join(dir, 'run-'));
  const result = await runScenario(lesson, {
    clusterCommand: `${binary} --id {id} --peers {peers} --port {port}${extra}`,
    timeoutMs: 5000,
    outFile: join(out, 'demo_step2.log'),
    workDir: join(out, 'work'),
    ...options,
  });
  expect(Object.values(result.pids).filter(isAlive)).toEqual([]);
  return result;
}

describe('a Rust student node through --cluster', () => {
  // `connection to leader=Some(1) lost: failed to fill whole buffer` ms after the kill was no detection (a false fail
  // quoting that very line); the follower that votes first logs no timeout, which the lesson's Verify grep needs.
  it("passes its paste on `connection to leader=Some(1) lost`, and a Verify failure names the lost connection it missed", async () => {
    const result = await run(' --stamp ms --name debug');
    expect(result.verdict?.passed, describeRun(result)).toBe(true);
    expect(result.detections.map((d) => d.via)).toEqual(['connection', 'connection']);
    expect(result.problems.filter((p) => !/showed the leader gone only by its lost connection \("\[\d{4}-\d\d-\d\dT[\d:.]+Z WARN  kv_node::raft\] connection to leader=Some\(\d\) lost/.test(p))).toEqual([]);
  });

  it("is told its whole-second stamps (env_logger's default) are too coarse for a 300 ms window", async () => {
    const result = await run(' --name n');
    expect(result.verdict?.passed).toBe(false);
    expect(result.problems.join('\n'), describeRun(result)).toMatch(/timestamps have 1 s resolution, too coarse for a 300 ms window/);
  });
});
