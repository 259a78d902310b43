// src/formats/run-outcome.ts: what a live run's outputs say of it beside its demo log's verdict.
import { describe, expect, it } from 'vitest';
import { describeRunCheck, describeUnsubmittable, formatRunRemark, listRunRemarks, type RunOutcome } from '../../src/formats/run-outcome.js';

const run = (overrides: Partial<RunOutcome> = {}): RunOutcome => ({ passed: false, problems: [], notes: [], demoLogFile: '/home/ana/demo_step2.log', ...overrides });

describe('describeUnsubmittable', () => {
  // ruby40: a failed run (a late Verify block, a late shutdown line) printed its passing demo log's "+50 XP" unqualified.
  it('tells not to submit the demo log of a failed run that passes checkPaste on its own, and says nothing otherwise', () => {
    expect(describeUnsubmittable(run(), { passed: true })).toBe(
      'do not submit /home/ana/demo_step2.log: it passes checkPaste on its own, but the run that wrote it failed (see its problems above) — fix those and run again',
    );
    expect(describeUnsubmittable(run({ demoLogFile: null }), { passed: true })).toMatch(/^do not submit the demo log: /);
    expect(describeUnsubmittable(run(), { passed: false })).toBeUndefined();
    expect(describeUnsubmittable(run({ passed: true }), { passed: true })).toBeUndefined();
    expect(describeUnsubmittable(run(), null)).toBeUndefined();
  });
});

describe('listRunRemarks', () => {
  it("lists the notes, the problems, then not to submit the log, each marked as the text report marks it", () => {
    const remarks = listRunRemarks(run({ notes: ['your --cluster command left processes running outside its group (node1: pid 4242 "python3 x.py")'], problems: ['node1 was still running 5 s after SIGTERM'] }), { passed: true });
    expect(remarks.map(formatRunRemark)).toEqual([
      'note: your --cluster command left processes running outside its group (node1: pid 4242 "python3 x.py")',
      '! node1 was still running 5 s after SIGTERM',
      '✗ do not submit /home/ana/demo_step2.log: it passes checkPaste on its own, but the run that wrote it failed (see its problems above) — fix those and run again',
    ]);
  });

  it('describes the run as a gate: its remarks, or its status when it has none', () => {
    expect(describeRunCheck(run({ passed: true }), { passed: true })).toBe('passed');
    expect(describeRunCheck(run({ problems: ['no new leader within 2 s'] }), { passed: false })).toBe('! no new leader within 2 s');
  });
});
