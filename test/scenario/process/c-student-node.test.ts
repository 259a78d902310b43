// The student path against a C node written the way the course's students write theirs
// (fixtures/nodes/c-student/kv_node.c): compiled here with gcc, printf with zone-less local stamps, block-buffered
// stdout unless --flush. A correct node passes; the same node unflushed gets the buffering advice; the broken
// node (followers never time out) fails naming the followers that logged no detection.
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

const source = join(import.meta.dirname, '../../../fixtures/nodes/c-student/kv_node.c');
const lesson = loadLesson();
let dir: string;
let binary: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'c-student-node-'));
  binary = join(dir, 'kv_node');
  // gcc is part of this machine kind (the course's students build with it); a missing compiler fails loudly here.
  const built = spawnSync('gcc', ['-O2', '-Wall', '-Wextra', '-o', binary, source], { encoding: 'utf8' });
  if (built.error || built.status !== 0) throw new Error(`gcc could not build ${source}: ${built.error?.message ?? built.stderr}`);
  expect(built.stderr).toBe('');
});

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

describe('a C student node through --cluster', () => {
  it('passes when it flushes each line', async () => {
    const result = await run(' --flush');
    expect(result.problems, describeRun(result)).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.verdict?.passed).toBe(true);
  });

  it('gets the buffering advice (setvbuf / stdbuf -oL) when its stdout is block-buffered', async () => {
    const result = await run('');
    expect(result.passed).toBe(false);
    expect(result.problems.join('\n')).toMatch(/printed nothing in .*block-buffered/s);
    expect(result.problems.join('\n')).toMatch(/setvbuf|stdbuf -oL/);
  });

  it('fails naming the followers when they never time out', async () => {
    const result = await run(' --flush --no-timeout');
    expect(result.passed).toBe(false);
    expect(result.problems.join('\n')).toMatch(/logged no detection within \d+ ms of the kill/);
  });
});
