import type { Scenario } from '../lesson/scenario-types.js';

// A lesson without a `scenario:` block runs the kill-the-leader demo (w12-l03's block).
export const DEFAULT_SCENARIO: Scenario = {
  nodes: 3,
  steps: [
    { step: 'start' },
    { step: 'wait-leader', title: 'wait for the first leader' },
    { step: 'start-clients', clients: 4 },
    { step: 'write', keys: 20 },
    { step: 'fault', action: 'kill', target: 'leader', signal: 'SIGTERM' },
    { step: 'expect-detection', title: 'followers detect the dead leader' },
    { step: 'expect-new-leader', title: 'a new leader is elected' },
    { step: 'expect-keys', title: 'read every key back from the new leader' },
    { step: 'expect-linearizable', min_ops: 200 },
    { step: 'run-verify' },
    { step: 'capture-log', file: 'demo_step2.log', nodes: 'old-leader rest', from: 'write', to: 'expect-new-leader' },
  ],
};
