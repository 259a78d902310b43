// Proof that the history check catches the classic bug: kv_node --unsafe-local-reads answers GET from local state
// on a node that believes it leads, with no quorum check. Cut that leader off from the rest: the majority elects a
// new leader and takes writes while the old one keeps serving reads — stale ones. The same scenario without the bug
// stays linearizable (control).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Lesson } from '../../../src/lesson/types.js';
import { runScenario } from '../../../src/scenario/run-scenario.js';
import { killAll, loadLesson, ourKvNodes } from '../../support/processes.js';

const base = loadLesson();
const partitionedLeader: Lesson = {
  ...base,
  scenario: {
    nodes: 3,
    steps: [
      { step: 'start' },
      { step: 'wait-leader' },
      { step: 'start-clients', clients: 4 },
      { step: 'write', keys: 5 },
      { step: 'fault', action: 'partition', target: 'leader | rest' },
      { step: 'expect-new-leader' },
      { step: 'expect-linearizable', min_ops: 200 },
    ],
  },
};

let outDir: string;
beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'stale-read-'));
});
afterEach(() => {
  killAll(ourKvNodes());
  rmSync(outDir, { recursive: true, force: true });
});

describe('the history check against a partitioned leader', () => {
  it('reports a violation when the nodes serve reads without confirming leadership', async () => {
    // A failed run keeps its work dir for the student: here it goes with outDir.
    const result = await runScenario(partitionedLeader, { outFile: join(outDir, 'demo.log'), workDir: join(outDir, 'work'), nodeArgs: ['--unsafe-local-reads'] });
    expect(result.history).not.toBeNull();
    expect(result.history!.operations).toBeGreaterThanOrEqual(200);
    expect(result.history!.linearizable).toBe(false);
    expect(result.history!.failure!.culprit).toMatch(/ read\("h\d"\) → /);
    expect(result.passed).toBe(false);
    expect(result.problems.some((p) => p.startsWith("the clients' history is not linearizable: on key"))).toBe(true);
    expect(ourKvNodes()).toEqual([]);
  });

  it('stays linearizable with the correct kv_node (reads through the log, check-quorum on)', async () => {
    const result = await runScenario(partitionedLeader, { outFile: join(outDir, 'demo.log') });
    expect(result.problems).toEqual([]);
    expect(result.history).toMatchObject({ linearizable: true, clients: 4 });
    expect(result.history!.operations).toBeGreaterThanOrEqual(200);
    expect(ourKvNodes()).toEqual([]);
  });
});
