import type { ScenarioStep } from '../../lesson/scenario-types.js';

// What the student reads in the step list when the step has no `title` of its own.
export function titleOfStep(step: ScenarioStep, context: { readonly nodes: number; readonly bundled: boolean }): string {
  if (step.title) return step.title;
  switch (step.step) {
    case 'start':
      return `start ${context.nodes} ${context.bundled ? 'kv_node processes' : 'nodes'}`;
    case 'wait-leader':
      return 'wait for a leader';
    case 'write':
      return 'write keys through the leader';
    case 'start-clients':
      return `start ${step.clients ?? 4} concurrent clients`;
    case 'expect-linearizable':
      return "check the clients' history is linearizable";
    case 'fault':
      return {
        kill: `kill the ${step.target ?? 'leader'}`,
        pause: `pause the ${step.target ?? 'leader'}`,
        resume: `resume the ${step.target ?? 'leader'}`,
        restart: `restart the ${step.target ?? 'leader'}`,
        partition: `partition the network: ${step.target ?? 'leader | rest'}`,
        heal: 'heal the network',
      }[step.action];
    case 'expect-detection':
      return 'the other nodes detect the fault';
    case 'expect-new-leader':
      return 'a new leader is elected';
    case 'expect-keys':
      return 'read every acknowledged key back from the leader';
    case 'expect-rejoin':
      return `the ${step.target ?? 'old-leader'} rejoins as a follower and catches up`;
    case 'expect-step-down':
      return `the ${step.target ?? 'old-leader'} steps down`;
    case 'run-verify':
      return "run the lesson's Verify block";
    case 'capture-log':
      return step.judge === false ? `write ${step.file ?? 'demo_step2.log'}` : `judge ${step.file ?? 'demo_step2.log'} with checkPaste`;
  }
}
