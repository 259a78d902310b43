// Two runs of the demo in one paste with no startup line between them (adv42 F5, p10): node1 led term 1, was killed,
// and led term 1 again in the second run. A node wins an election only at a term above every term it has seen, so
// leading term 1 again after its own term-1 reign is a new process: its second kill is a kill of its own, judged as
// the README says ("the first kill of the then-leader every required follower detected in time").
import { describe, expect, it } from 'vitest';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson, problemCodes } from './helpers.js';

const W12 = loadLesson('w12-l03');

const run = (start: string, kill: string, n2: string, n3: string, n2Ms: number, n3Ms: number, term = 1): string[] => [
  `${start} [n1] INFO became leader for term ${term}`,
  `${kill} [n1] WARN received SIGTERM, shutting down`,
  `${n2} [n2] WARN heartbeat timeout: no heartbeat from leader node1 in ${n2Ms} ms`,
  `${n3} [n3] WARN heartbeat timeout: no heartbeat from leader node1 in ${n3Ms} ms`,
];

// adv42's min/05: run 1 fails (n2 +305), run 2 passes (+212, +217).
const TWO_RUNS = [...run('16:55:56.409', '16:55:57.714', '16:55:58.019', '16:55:57.918', 350, 250), ...run('16:55:59.422', '16:56:00.727', '16:56:00.939', '16:56:00.944', 250, 250)].join('\n');

describe('two runs pasted one after the other', () => {
  it("judges the second run's kill when the first's fails", () => {
    const verdict = checkPaste(W12, TWO_RUNS);
    expect(problemCodes(verdict)).toEqual([]);
    expect(verdict.measurements).toMatchObject({ killLine: 6, leader: 'node1' });
    expect(verdict.measurements!.followers.map((f) => [f.node, f.detectionMs])).toEqual([
      ['node2', 212],
      ['node3', 217],
    ]);
    const chosen = verdict.checks.find((c) => c.id === 'timing')!.findings.find((f) => f.code === 'KILL_CHOSEN');
    expect(chosen?.args).toMatchObject({ line: 6, reason: 'detected' });
  });

  it('lists both kills when both fail, judging the first', () => {
    const bothFail = TWO_RUNS.replace('16:56:00.944 [n3]', '16:56:01.044 [n3]');
    const verdict = checkPaste(W12, bothFail);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements).toMatchObject({ killLine: 2 });
    const chosen = verdict.checks.find((c) => c.id === 'timing')!.findings.find((f) => f.code === 'KILL_CHOSEN');
    expect((chosen?.args.kills as { line: number }[]).map((k) => k.line)).toEqual([2, 6]);
  });

  // A leader that logs its SIGTERM, carries on and wins term 2 (a higher one) is the same process: its later shutdown
  // line continues the first kill (etcd's leader campaigning as it goes down), no second kill.
  it('keeps one kill when the node then leads a higher term', () => {
    const higher = [...run('16:55:56.409', '16:55:57.714', '16:55:58.019', '16:55:57.918', 350, 250), '16:55:59.422 [n1] INFO became leader for term 2', '16:56:00.727 [n1] WARN received SIGTERM, shutting down'].join('\n');
    const verdict = checkPaste(W12, higher);
    expect(verdict.measurements).toMatchObject({ killLine: 2 });
    expect(verdict.checks.find((c) => c.id === 'timing')!.findings.some((f) => f.code === 'KILL_CHOSEN')).toBe(false);
  });
});
