// One small function per step kind; the interpreter looks them up here.
import type { ScenarioStep, ScenarioStepKind } from '../../lesson/scenario-types.js';
import type { ScenarioContext } from '../scenario-context.js';
import { runCaptureLogStep } from './capture-log-step.js';
import { runExpectDetectionStep } from './expect-detection-step.js';
import { runExpectKeysStep } from './expect-keys-step.js';
import { runExpectNewLeaderStep } from './expect-new-leader-step.js';
import { runExpectRejoinStep } from './expect-rejoin-step.js';
import { runExpectStepDownStep } from './expect-step-down-step.js';
import { runExpectLinearizableStep } from './expect-linearizable-step.js';
import { runFaultStep } from './fault-step.js';
import { runRunVerifyStep } from './run-verify-step.js';
import { runStartClientsStep } from './start-clients-step.js';
import { runStartStep } from './start-step.js';
import { runWaitLeaderStep } from './wait-leader-step.js';
import { runWriteStep } from './write-step.js';

type Runner<K extends ScenarioStepKind> = (step: Extract<ScenarioStep, { step: K }>, ctx: ScenarioContext) => Promise<string>;

export const STEP_RUNNERS: { readonly [K in ScenarioStepKind]: Runner<K> } = {
  start: runStartStep,
  'wait-leader': runWaitLeaderStep,
  write: runWriteStep,
  'start-clients': runStartClientsStep,
  'expect-linearizable': runExpectLinearizableStep,
  fault: runFaultStep,
  'expect-detection': runExpectDetectionStep,
  'expect-new-leader': runExpectNewLeaderStep,
  'expect-keys': runExpectKeysStep,
  'expect-rejoin': runExpectRejoinStep,
  'expect-step-down': runExpectStepDownStep,
  'run-verify': runRunVerifyStep,
  'capture-log': runCaptureLogStep,
};

// Runs one step with the function of its kind.
export function runStep(step: ScenarioStep, ctx: ScenarioContext): Promise<string> {
  return (STEP_RUNNERS[step.step] as Runner<ScenarioStepKind>)(step as never, ctx);
}
