// What the steps of one run share: the cluster, its logs, who leads and what was done to whom, and the findings.
import type { KeyReadBack, WrittenKey } from '../client/key-round-trip.js';
import type { KvClient } from '../client/kv-client.js';
import type { ScenarioCluster } from '../cluster/scenario-cluster.js';
import type { Lesson } from '../lesson/types.js';
import type { EventPatterns } from '../log-events/index.js';
import type { GroupReaper } from '../process/reap-on-exit.js';
import type { CompiledPattern } from '../proof/compile-pattern.js';
import type { Verdict } from '../proof/verdict.js';
import type { VerifyOutputCheck } from './check-verify-output.js';
import type { NodeLogs } from './node-logs.js';
import type { ClientWorkload } from './run-client-workload.js';
import type { FaultSignal, RunScenarioOptions, ScenarioHistory } from './scenario-types.js';

export interface FaultRecord {
  readonly action: 'kill' | 'pause' | 'resume' | 'restart' | 'partition' | 'heal';
  readonly nodes: readonly number[];
  readonly signal?: NodeJS.Signals;
  /** Harness clock when the fault was injected. */
  readonly atMs: number;
  /** CLOCK_MONOTONIC at the same moment (ms since boot, µs kept; Linux only): the clock of nodes stamping `[60175.388418]`. */
  readonly monotonicMs?: number;
  readonly pids: readonly (number | undefined)[];
  /** A killed node seen still running once its followers' detection was waited for: it ignored the signal. */
  ignored?: true;
}

// A watcher's line as the detection step timed it, by its own stamp and by when the harness found it in its file.
export interface WatcherLineTime {
  /** Its moment by its stamp (epoch ms): the stamp as written, or, when the stamp's interval holds the fault, that interval's end; `untimed`: the read that found it. */
  atMs: number;
  /** The stamp as written (epoch ms; absent when `untimed`); `precisionMs`, its resolution (1000: whole seconds). */
  stampMs?: number;
  precisionMs?: number;
  /** The line has no timestamp (winston's simple format, debug's +Nms deltas): only the harness's reads time it. */
  untimed?: true;
  /** Harness clock: the read that found the line in its file, and the read before it that did not (absent: none before). */
  readAtMs: number;
  lookedBeforeMs?: number;
}

export interface ScenarioContext {
  readonly lesson: Lesson;
  readonly options: RunScenarioOptions;
  readonly workDir: string;
  /** Every process the run starts is registered here; its watchdog made the temp work dir. The run closes it last. */
  readonly reaper: GroupReaper;
  readonly cwd: string;
  readonly timeoutMs: number;
  readonly nodes: number;
  readonly peerLinks: boolean;
  /** The lesson's timing patterns, for the log-event model and the timeline. */
  readonly patterns: EventPatterns & { readonly heartbeat: CompiledPattern; readonly connection: CompiledPattern };
  readonly windowMs: number;
  /** One sentence per failed expectation. */
  readonly problems: string[];
  /** What the harness did differently and why (another node led; followers that never said whom they follow). */
  readonly notes: string[];
  /** Harness clock at the end of each step, by step id. */
  readonly stepEnds: Map<string, number>;
  cluster: ScenarioCluster | undefined;
  logs: NodeLogs | undefined;
  /** The leader as last seen; the first one; the node the latest fault hit; the one elected after it. */
  leader: number | null;
  firstLeader: number | null;
  oldLeader: number | null;
  newLeader: number | null;
  readonly faults: FaultRecord[];
  /** Signal of the first kill or pause (what the result reports). */
  signal: FaultSignal;
  readonly pids: Record<string, number>;
  keys: string[];
  /** The harness client's own log: one line per acknowledged write. */
  readonly clientLines: { readonly atMs: number; readonly text: string }[];
  keysReadBack: number;
  /** The cluster's client (the declared protocol), once started; undefined when a student's cluster declares none. */
  kv: KvClient | undefined;
  /** Every write sent and whether it was acknowledged; what each key read back as. */
  readonly written: WrittenKey[];
  keyResults: KeyReadBack[];
  /**
   * Each watcher's detection: the latest moment its stamp may stand for when that stamp's interval holds the fault
   * (`stampHoldsKill`: a whole-second stamp of the fault's own second), and the stamp's resolution.
   */
  readonly detectedAt: Map<number, WatcherLineTime & { via: 'heartbeat' | 'connection'; text: string; stampHoldsKill?: true }>;
  /** Each watcher's first heartbeat timeout after the fault. */
  readonly heartbeatAt: Map<number, WatcherLineTime>;
  /** Watching nodes that logged no detection but a new leader (followed, or became it) after the fault: when. */
  readonly followedAt: Map<number, { leader: number; atMs: number }>;
  reelectionMs: number | null;
  /** Concurrent clients between start-clients and expect-linearizable, and the checked history. */
  workload: ClientWorkload | undefined;
  history: ScenarioHistory | null;
  verifyBlock: (VerifyOutputCheck & { readonly exitCode: number | null; readonly output: string }) | null;
  demoLogFile: string | null;
  verdict: Verdict | null;
  /** Capture window of the demo log (harness clock). */
  window: { readonly fromMs: number; readonly toMs: number } | null;
}

/** The cluster, or an error naming the step that needed it before `start`. */
export function requireCluster(ctx: ScenarioContext): ScenarioCluster {
  if (!ctx.cluster) throw new Error('the scenario has no cluster yet: put a `start` step first');
  return ctx.cluster;
}

/** The latest fault that hit a node (kill, pause, partition), for steps that expect its consequences. */
export function lastFault(ctx: ScenarioContext, actions: readonly FaultRecord['action'][] = ['kill', 'pause', 'partition']): FaultRecord | undefined {
  return [...ctx.faults].reverse().find((f) => actions.includes(f.action));
}
