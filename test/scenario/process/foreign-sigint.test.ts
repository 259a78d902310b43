// The lesson allows Ctrl+C as the kill: SIGINT to the leader of a foreign implementation (the Python Raft node in
// fixtures/nodes/pyraft) through --cluster, as `verify-lesson w12-l03 --signal SIGINT --cluster '…'` runs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLUSTER_RUN_MARK } from '../../../src/proof/reference-mark.js';
import { runScenario } from '../../../src/scenario/run-scenario.js';
import { pythonNode } from '../../support/foreign-node.js';
import { isAlive, loadLesson, useRunDir } from '../../support/processes.js';

const lesson = loadLesson();
const run = useRunDir('foreign-sigint');

describe('SIGINT (Ctrl+C) against a foreign node', () => {
  it('kills the leader, which logs its own shutdown; both followers detect it in the window and the demo log passes', async () => {
    // The node's own line, "caught SIGINT, stopping", is the kill to the lesson's words (its second pattern names SIGINT,
    // which its Task and Hints allow). The harness also records the Ctrl+C as a student's terminal would.
    const result = await runScenario(lesson, { clusterCommand: pythonNode('--flush'), signal: 'SIGINT', timeoutMs: 5000, outFile: join(run.dir, 'demo_step2.log'), workDir: join(run.dir, 'work') });
    const pids = Object.values(result.pids);
    run.track(pids);
    expect(result.problems).toEqual([]);
    expect([result.passed, result.signal, result.verdict?.passed]).toEqual([true, 'SIGINT', true]);
    const leader = result.leader!;
    const demo = readFileSync(join(run.dir, 'demo_step2.log'), 'utf8');
    expect(demo).toMatch(new RegExp(`^\\S+ harness INFO  killed leader node${leader} with SIGINT \\(Ctrl\\+C, kill -INT \\d+\\)$`, 'm'));
    expect(demo).toMatch(new RegExp(`n${leader} caught SIGINT, stopping`));
    // checkPaste's kill is the leader's, at the harness's signal: the line right under the demo log's mark.
    expect(demo.split('\n')[0]).toBe(CLUSTER_RUN_MARK);
    expect(result.verdict!.measurements).toMatchObject({ leader: `node${leader}`, killLine: 2 });
    expect(result.detections).toHaveLength(2);
    for (const d of result.detections) expect(d.fromLogMs).toBeLessThanOrEqual(lesson.proof.timing!.window_ms);
    expect(pids.filter(isAlive)).toEqual([]);
  });
});
