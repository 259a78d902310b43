// The one definition of what a `fault` kill sends: the run's --signal for the scenario's first kill, else the step's
// own `signal:`, else SIGTERM. The fault step sends it; a run reports it before the fault runs (or when it never does).
import type { FaultStep, ScenarioStep } from '../lesson/scenario-types.js';
import type { FaultSignal } from './scenario-types.js';

/** The signal a kill sends when neither its step nor the run's --signal names one. */
export const DEFAULT_KILL_SIGNAL: FaultSignal = 'SIGTERM';

// `first`: no kill or pause ran before this one, so --signal (`override`) replaces the step's signal (SIGSTOP: a pause).
export function decideKillSignal(step: FaultStep, override: FaultSignal | undefined, first: boolean): FaultSignal {
  return (first ? override : undefined) ?? step.signal ?? DEFAULT_KILL_SIGNAL;
}

// What the scenario's first kill or pause will send: the run's signal before that step runs, and if it never does.
export function planFirstFaultSignal(steps: readonly ScenarioStep[], override: FaultSignal | undefined): FaultSignal {
  const first = steps.find((s): s is FaultStep => s.step === 'fault' && (s.action === 'kill' || s.action === 'pause'));
  if (first === undefined) return override ?? DEFAULT_KILL_SIGNAL;
  return first.action === 'pause' ? 'SIGSTOP' : decideKillSignal(first, override, true);
}
