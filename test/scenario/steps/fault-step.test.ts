import { describe, expect, it } from 'vitest';
import type { FaultStep } from '../../../src/lesson/scenario-types.js';
import type { ScenarioContext } from '../../../src/scenario/scenario-context.js';
import type { FaultSignal } from '../../../src/scenario/scenario-types.js';
import { runFaultStep } from '../../../src/scenario/steps/fault-step.js';

// A three-node cluster led by node1 whose signals are recorded, not sent.
function contextWith(signal: FaultSignal | undefined): { ctx: ScenarioContext; sent: string[] } {
  const sent: string[] = [];
  const cluster = { nodeIds: [1, 2, 3], pid: (id: number) => 100 + id, sendSignal: (id: number, s: string) => sent.push(`${s} node${id}`) };
  const ctx = { cluster, options: signal === undefined ? {} : { signal }, leader: 1, oldLeader: null, faults: [], signal: 'SIGTERM' } as unknown as ScenarioContext;
  return { ctx, sent };
}

const kill = (signal?: FaultStep['signal'], target = 'leader'): FaultStep => ({ step: 'fault', action: 'kill', target, ...(signal ? { signal } : {}) });

describe('fault: kill', () => {
  it("sends the step's signal when the run names none, and reports it as the run's", async () => {
    const { ctx, sent } = contextWith(undefined);
    expect(await runFaultStep(kill('SIGKILL'), ctx)).toBe('SIGKILL to node1 (pid 101)');
    expect(sent).toEqual(['SIGKILL node1']);
    expect(ctx.signal).toBe('SIGKILL');
    expect(ctx.faults[0]).toMatchObject({ action: 'kill', signal: 'SIGKILL', nodes: [1] });
  });

  it("replaces the first kill's signal with the run's --signal, not a later one's", async () => {
    const { ctx, sent } = contextWith('SIGINT');
    await runFaultStep(kill('SIGKILL'), ctx);
    await runFaultStep(kill('SIGKILL', 'node 2'), ctx);
    expect(sent).toEqual(['SIGINT node1', 'SIGKILL node2']);
    expect(ctx.signal).toBe('SIGINT');
  });

  it('turns the first kill into a pause under --signal SIGSTOP', async () => {
    const { ctx, sent } = contextWith('SIGSTOP');
    await runFaultStep(kill(), ctx);
    expect(sent).toEqual(['SIGSTOP node1']);
    expect(ctx.faults[0]).toMatchObject({ action: 'pause', signal: 'SIGSTOP' });
  });
});
