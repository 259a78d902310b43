// Every bundled lesson's own scenario passes against the bundled reference cluster (the demo's steps as data).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadLessons } from '../../../src/catalog/load-lessons.js';
import { runScenario } from '../../../src/scenario/run-scenario.js';
import { childPids, isAlive, killAll, ourKvNodes } from '../../support/processes.js';

const root = join(import.meta.dirname, '../../..');
const index = await loadLessons({ dir: join(root, 'lessons') });
let dir: string;
// A failed run keeps its own work dir for the student (result.keptWorkDir); the test removes it too.
let keptWorkDirs: string[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bundled-lessons-'));
});
afterEach(() => {
  killAll(ourKvNodes());
  for (const kept of [dir, ...keptWorkDirs]) rmSync(kept, { recursive: true, force: true });
  keptWorkDirs = [];
});

async function runKept(...args: Parameters<typeof runScenario>): ReturnType<typeof runScenario> {
  const result = await runScenario(...args);
  if (result.keptWorkDir) keptWorkDirs.push(result.workDir);
  return result;
}

describe('the bundled lessons against the bundled cluster', () => {
  it.each([...index.lessons.keys()].sort())('%s passes its own scenario, and leaves nothing running', async (id) => {
    const lesson = index.lessons.get(id)!;
    const result = await runKept(lesson, { cwd: dir, outFile: join(dir, 'demo.log') });
    expect(result.problems).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.journal.steps.map((s) => s.kind)).toEqual(lesson.scenario!.steps.map((s) => s.step));
    expect(result.journal.steps.every((s) => s.status === 'succeeded')).toBe(true);
    expect(result.verdict?.passed).toBe(true);
    expect(result.verifyBlock?.passed).toBe(true);
    expect(result.keysReadBack).toBe(result.keysWritten);
    expect(Object.values(result.pids).filter(isAlive)).toEqual([]);
    expect(childPids()).toEqual([]);
  });

  it('w12-l06 cuts the leader off without killing it: the old leader steps down, then rejoins the new leader', async () => {
    const result = await runKept(index.lessons.get('w12-l06')!, { cwd: dir, outFile: join(dir, 'demo.log') });
    expect(result.fault).toBe('partition');
    const step = (kind: string) => result.journal.steps.find((s) => s.kind === kind)!;
    expect(step('expect-step-down').detail).toMatch(/^node1 (logged|follower|pre-candidate|candidate)/);
    expect(step('expect-rejoin').detail).toMatch(new RegExp(`^node1 follows node${result.newLeader}, commit \\d+ ≥ \\d+`));
    expect(result.newLeader).not.toBe(1);
  });
});
