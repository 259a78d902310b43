// Plain types of a lesson's `scenario:` block (zod-free, like types.ts): an ordered list of steps over a cluster.

/** `300ms`, `1.5s`, `2 s`, or a bare number of milliseconds. */
export type Duration = number | string;

export type FaultAction = 'kill' | 'pause' | 'resume' | 'restart' | 'partition' | 'heal';
export type KillSignal = 'SIGTERM' | 'SIGKILL' | 'SIGINT';

interface StepBase {
  /** What the student reads in the step list (default: worded from the step kind). */
  readonly title?: string;
  /** Name other steps use to refer to this one (default: its kind, for the first of that kind). */
  readonly id?: string;
}

export interface StartStep extends StepBase { readonly step: 'start' }
export interface WaitLeaderStep extends StepBase { readonly step: 'wait-leader'; readonly within?: Duration }
export interface WriteStep extends StepBase { readonly step: 'write'; readonly keys?: number }
export interface FaultStep extends StepBase {
  readonly step: 'fault';
  readonly action: FaultAction;
  /** One node (`leader`, `follower`, `old-leader`, `node 2`), or for partition groups split by `|` (`leader | rest`). */
  readonly target?: string;
  /** For kill (default SIGTERM). */
  readonly signal?: KillSignal;
  /** For partition: added one-way delay on the links that stay up. */
  readonly latency?: Duration;
}
export interface StartClientsStep extends StepBase {
  readonly step: 'start-clients';
  /** Concurrent clients recording a history until expect-linearizable (default 4; bundled cluster only). */
  readonly clients?: number;
}
export interface ExpectLinearizableStep extends StepBase {
  readonly step: 'expect-linearizable';
  /** The history must hold at least this many operations (default 200). */
  readonly min_ops?: number;
}
export interface ExpectDetectionStep extends StepBase { readonly step: 'expect-detection'; readonly within?: Duration }
export interface ExpectNewLeaderStep extends StepBase { readonly step: 'expect-new-leader'; readonly within?: Duration }
export interface ExpectKeysStep extends StepBase { readonly step: 'expect-keys' }
export interface ExpectRejoinStep extends StepBase { readonly step: 'expect-rejoin'; readonly target?: string; readonly within?: Duration }
export interface ExpectStepDownStep extends StepBase { readonly step: 'expect-step-down'; readonly target?: string; readonly within?: Duration }
export interface RunVerifyStep extends StepBase { readonly step: 'run-verify' }
export interface CaptureLogStep extends StepBase {
  readonly step: 'capture-log';
  /** Written relative to the run's cwd (default demo_step2.log); the CLI's --out overrides it. */
  readonly file?: string;
  /** Whose lines, in order (default `old-leader rest`). */
  readonly nodes?: string;
  /** Lines from the end of this step (default: the step before the first fault)... */
  readonly from?: string;
  /** ...to the end of this step (default: the step before this one), plus a short settle. */
  readonly to?: string;
  /** Judge the captured log with checkPaste (default true). */
  readonly judge?: boolean;
  /** Also the harness client's lines (one per acknowledged write) in the window (default false). */
  readonly client?: boolean;
}

export type ScenarioStep =
  | StartStep
  | WaitLeaderStep
  | WriteStep
  | StartClientsStep
  | ExpectLinearizableStep
  | FaultStep
  | ExpectDetectionStep
  | ExpectNewLeaderStep
  | ExpectKeysStep
  | ExpectRejoinStep
  | ExpectStepDownStep
  | RunVerifyStep
  | CaptureLogStep;

export type ScenarioStepKind = ScenarioStep['step'];

export interface Scenario {
  /** Cluster size (default 3). */
  readonly nodes: number;
  readonly steps: readonly ScenarioStep[];
}
