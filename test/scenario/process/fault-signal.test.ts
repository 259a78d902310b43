// The fault step's signal reaches a real process: a child of this test, killed through the cluster's sendSignal, exits
// by the signal the step names (adv42b: a lesson's `signal: SIGKILL` went out as SIGTERM).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScenarioContext } from '../../../src/scenario/scenario-context.js';
import { runFaultStep } from '../../../src/scenario/steps/fault-step.js';
import { killAll } from '../../support/processes.js';

let started: number[] = [];
afterEach(() => {
  killAll(started);
  started = [];
});

describe('fault: kill, against a real process', () => {
  it.each(['SIGKILL', 'SIGINT'] as const)('the node exits by %s, the signal its step names', async (signal) => {
    // A node that would live for a minute, and logs and exits cleanly on SIGTERM (as the bundled kv_node does).
    const node = spawn(process.execPath, ['-e', "process.on('SIGTERM', () => process.exit(0)); setTimeout(() => {}, 60_000)"], { stdio: 'ignore' });
    started.push(node.pid!);
    await once(node, 'spawn');
    const exited = once(node, 'exit');
    const cluster = { nodeIds: [1, 2, 3], pid: () => node.pid, sendSignal: (_: number, s: NodeJS.Signals) => node.kill(s) };
    const ctx = { cluster, options: {}, leader: 1, oldLeader: null, faults: [], signal: 'SIGTERM' } as unknown as ScenarioContext;
    await runFaultStep({ step: 'fault', action: 'kill', target: 'leader', signal }, ctx);
    const [code, by] = await exited;
    expect({ code, by }).toEqual({ code: null, by: signal });
  });
});
