import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../../../src/log-events/index.js';
import type { LogLine } from '../../../src/scenario/node-logs.js';
import type { ScenarioContext } from '../../../src/scenario/scenario-context.js';
import { runExpectNewLeaderStep } from '../../../src/scenario/steps/expect-new-leader-step.js';

const FAULT_MS = 1_000_000;
const won: LogLine = {
  text: 'became leader for term 2',
  atMs: FAULT_MS + 284,
  arrivalMs: FAULT_MS + 290,
  event: { line: 0, kind: 'became-leader', time: { precisionMs: 1 } } as unknown as LogEvent,
  kind: 'became-leader',
};

// A context whose cluster names node3 the new leader at once, and whose log of node3 holds its "became leader" line
// only from the `polls`-th poll on (the node answered /status before it wrote the line).
function contextWithLateLine(polls: number): { ctx: ScenarioContext; pollsMade: () => number } {
  let made = 0;
  const ctx = {
    cluster: { nodeIds: [1, 2, 3], waitForLeader: async () => 3 },
    faults: [{ action: 'kill', nodes: [1], atMs: FAULT_MS }],
    leader: 1,
    newLeader: null,
    reelectionMs: null,
    problems: [],
    timeoutMs: 5000,
    logs: { poll: () => void made++, linesBetween: (id: number) => (id === 3 && made >= polls ? [won] : []) },
  } as unknown as ScenarioContext;
  return { ctx, pollsMade: () => made };
}

describe('expect-new-leader', () => {
  it('times the re-election from the new leader\'s line although the line reaches its log after /status named it', async () => {
    const { ctx, pollsMade } = contextWithLateLine(3);
    expect(await runExpectNewLeaderStep({ step: 'expect-new-leader' } as never, ctx)).toBe('node3');
    expect(pollsMade()).toBe(3);
    expect(ctx.reelectionMs).toBe(284);
  });

  // Bounded: the wait is 1 s, so an unbounded one fails by the test's own timeout.
  it('leaves the re-election untimed when the line never comes, after a bounded wait', async () => {
    const { ctx, pollsMade } = contextWithLateLine(Infinity);
    expect(await runExpectNewLeaderStep({ step: 'expect-new-leader' } as never, ctx)).toBe('node3');
    expect(ctx.reelectionMs).toBeNull();
    expect(pollsMade()).toBeGreaterThan(1);
  }, 4000);
});

// adv42b: with `nodes: 1` the run said "no new leader among  within 3000 ms" (an empty list), after waiting it out.
describe('expect-new-leader with no node besides the faulted one', () => {
  it('says at once that no node is left to elect', async () => {
    let asked = false;
    const ctx = {
      cluster: { nodeIds: [1], waitForLeader: async () => { asked = true; return 1; } },
      faults: [{ action: 'pause', nodes: [1], atMs: FAULT_MS }],
      leader: 1,
      newLeader: null,
      problems: [],
      timeoutMs: 5000,
    } as unknown as ScenarioContext;
    expect(await runExpectNewLeaderStep({ step: 'expect-new-leader' } as never, ctx)).toBe('none');
    expect(asked).toBe(false);
    expect(ctx.problems).toEqual(['no new leader: the cluster has 1 node (scenario.nodes), so no node but node1 is left to elect']);
  });
});
