import { describe, expect, it } from 'vitest';
import type { FaultStep, ScenarioStep } from '../../src/lesson/scenario-types.js';
import { decideKillSignal, DEFAULT_KILL_SIGNAL, planFirstFaultSignal } from '../../src/scenario/kill-signal.js';

const kill = (signal?: FaultStep['signal']): FaultStep => ({ step: 'fault', action: 'kill', ...(signal ? { signal } : {}) });
const pause: FaultStep = { step: 'fault', action: 'pause' };
const start: ScenarioStep = { step: 'start' };

describe('decideKillSignal', () => {
  it("sends the step's own signal when the run names none (adv42b: `signal: SIGKILL` went out as SIGTERM)", () => {
    expect(decideKillSignal(kill('SIGKILL'), undefined, true)).toBe('SIGKILL');
    expect(decideKillSignal(kill('SIGINT'), undefined, false)).toBe('SIGINT');
  });

  it("lets the run's --signal replace the first kill's only", () => {
    expect(decideKillSignal(kill('SIGKILL'), 'SIGINT', true)).toBe('SIGINT');
    expect(decideKillSignal(kill('SIGKILL'), 'SIGINT', false)).toBe('SIGKILL');
  });

  it('falls back to SIGTERM when neither names one', () => {
    expect(DEFAULT_KILL_SIGNAL).toBe('SIGTERM');
    expect(decideKillSignal(kill(), undefined, true)).toBe('SIGTERM');
    expect(decideKillSignal(kill(), 'SIGSTOP', false)).toBe('SIGTERM');
  });
});

describe('planFirstFaultSignal', () => {
  it("is the first kill's signal as it will be sent, before the fault runs (what a run that stops early reports)", () => {
    expect(planFirstFaultSignal([start, kill('SIGKILL'), kill('SIGINT')], undefined)).toBe('SIGKILL');
    expect(planFirstFaultSignal([start, kill('SIGKILL')], 'SIGSTOP')).toBe('SIGSTOP');
    expect(planFirstFaultSignal([start, pause, kill('SIGKILL')], 'SIGINT')).toBe('SIGSTOP');
  });

  it('is --signal, else SIGTERM, for a scenario with no kill or pause', () => {
    expect(planFirstFaultSignal([start], undefined)).toBe('SIGTERM');
    expect(planFirstFaultSignal([start, { step: 'fault', action: 'partition' }], 'SIGKILL')).toBe('SIGKILL');
  });
});
