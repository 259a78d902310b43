import { describe, expect, it } from 'vitest';
import type { ScenarioContext } from '../../../src/scenario/scenario-context.js';
import { runWaitLeaderStep } from '../../../src/scenario/steps/wait-leader-step.js';

// A student cluster whose leader is node1 and whose listed followers logged no line naming it that a rule reads.
function contextWith(unconfirmed: readonly number[]): ScenarioContext {
  return {
    cluster: { kind: 'command', nodeIds: [1, 2, 3], waitForLeader: async () => 1, unconfirmedFollowers: () => unconfirmed },
    options: {},
    firstLeader: null,
    leader: null,
    notes: [],
    problems: [],
    timeoutMs: 5000,
  } as unknown as ScenarioContext;
}

describe('wait-leader', () => {
  // real13: every `--log debug` run of the Rust node noted "node2 and node3 never logged whom it follows".
  it('notes followers that never said whom they follow, one or several, in their grammatical number', async () => {
    const one = contextWith([3]);
    expect(await runWaitLeaderStep({ step: 'wait-leader' } as never, one)).toBe('leader node1');
    expect(one.notes).toEqual(['node3 logged no line naming its leader that verify-lesson could read (such as "leader is n1" or "following leader node1"); node1, which said it became leader, was taken as leader after 1.5 s with no election since']);
    const two = contextWith([2, 3]);
    await runWaitLeaderStep({ step: 'wait-leader' } as never, two);
    expect(two.notes).toEqual(['node2 and node3 logged no line naming their leader that verify-lesson could read (such as "leader is n1" or "following leader node1"); node1, which said it became leader, was taken as leader after 1.5 s with no election since']);
  });

  it('notes nothing when every follower named its leader', async () => {
    const ctx = contextWith([]);
    await runWaitLeaderStep({ step: 'wait-leader' } as never, ctx);
    expect(ctx.notes).toEqual([]);
    expect(ctx.firstLeader).toBe(1);
  });
});
