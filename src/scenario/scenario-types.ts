import type { ClientProtocol } from '../client/client-protocol.js';
import type { KeyReadBack } from '../client/key-round-trip.js';
import type { ScenarioStepKind } from '../lesson/scenario-types.js';
import type { Verdict } from '../proof/verdict.js';
import type { VerifyOutputCheck } from './check-verify-output.js';
import type { Timeline } from './timeline.js';
import type { StampBounds } from '../log-events/stamp-span.js';

export type FaultSignal = 'SIGTERM' | 'SIGKILL' | 'SIGSTOP' | 'SIGINT';

export type ScenarioStepName = ScenarioStepKind;

export interface ScenarioStepEvent {
  /** The step's kind (`fault`, `expect-new-leader`, ...). */
  readonly step: ScenarioStepName;
  /** 0-based position in the scenario. */
  readonly index: number;
  /** What the student reads in the step list. */
  readonly title: string;
  readonly status: 'running' | 'done' | 'failed';
  /** Elapsed since the step started (done/failed). */
  readonly ms?: number;
  readonly detail?: string;
}

export interface RunScenarioOptions {
  /** Replaces the signal of the scenario's first kill (default: the step's own `signal:`, else SIGTERM). SIGSTOP freezes it; it is killed at the end. */
  readonly signal?: FaultSignal;
  /** Keep the run's files here (created if missing); default: a temp dir, removed afterwards unless the run failed. */
  readonly workDir?: string;
  /** Where demo_step2.log goes; default <cwd>/demo_step2.log. */
  readonly outFile?: string;
  /** Directory outFile is relative to (default process.cwd()). */
  readonly cwd?: string;
  /** Keys written before the kill and read back after (default 20). */
  readonly keys?: number;
  /** Student cluster: command template with {id} {peers} {port} {client_port} {data_dir}; default: bundled kv_node. */
  readonly clusterCommand?: string;
  /** Student cluster: how to write and read keys (--client, or the lesson's `client`); without it keys are skipped. */
  readonly client?: ClientProtocol;
  /** The leader to kill in a student cluster when its logs do not tell (default: found from the logs). */
  readonly leader?: number;
  /** Overall budget for waiting on elections and detections (default 10 s). */
  readonly timeoutMs?: number;
  /** Concurrent clients recording a history through the fault (bundled cluster; default 4, 0 turns it off). */
  readonly historyClients?: number;
  /** The history holds at least this many operations (default 200). */
  readonly historyMinOps?: number;
  /** More kv_node flags for the bundled nodes (the stale-read bug: --unsafe-local-reads). */
  readonly nodeArgs?: readonly string[];
  readonly abortSignal?: AbortSignal;
  readonly onStep?: (event: ScenarioStepEvent) => void;
}

export type { StampBounds };

/** Harness clock, ms after the signal: a line reached its log file after `afterMs` (the harness's read before it; null: none) and by `byMs` (the read that found it). */
export interface HarnessRead {
  readonly afterMs: number | null;
  readonly byMs: number;
}

export interface FollowerDetection {
  /** The cluster's number for the node (1..n, what `{id}` and `--leader` take). */
  readonly node: number;
  /** The same node as the verdict, the step list and `pids` name it: `node2` (nodeLabel). */
  readonly nodeLabel: string;
  /** From demo_step2.log by checkPaste (kill line → first detection line); null when the detection line's stamp is coarser than a ms (stampBoundsMs). */
  readonly fromLogMs: number | null;
  /** The detection line's timestamp minus the harness's own clock reading when it sent the signal; null when that stamp is coarser than a ms. */
  readonly fromHarnessMs: number | null;
  /** The detection line's stamp resolution when coarser than a ms (1000: whole seconds), else null. */
  readonly stampPrecisionMs: number | null;
  /** With such a stamp: all it proves about the detection, relative to the signal. */
  readonly stampBoundsMs: StampBounds | null;
  /** When the harness found the detection line in the node's log file (a measurement whatever the stamps; the line was written by then); a line with no timestamp has only this (fromHarnessMs and stampBoundsMs null). */
  readonly readMs: HarnessRead | null;
  readonly via: 'heartbeat' | 'connection' | null;
  /** First heartbeat/election-timeout line after the kill, its stamp against the harness clock at the signal; null when that stamp is coarser than a ms. */
  readonly heartbeatMs: number | null;
  /** That line's stamp, when coarser than a ms: what it proves. */
  readonly heartbeatBoundsMs: StampBounds | null;
  /** When the harness found that line in the node's log file. */
  readonly heartbeatReadMs: HarnessRead | null;
  /** No detection, but the node followed a new leader (or became it) this long after the kill: it never logged noticing. */
  readonly followed: { readonly leader: number; readonly leaderLabel: string; readonly afterMs: number } | null;
}

// The clients' history through the fault and its linearizability check (src/history).
export interface ScenarioHistory {
  readonly operations: number;
  readonly clients: number;
  readonly keys: number;
  /** How many reads, writes and appends the clients invoked. */
  readonly kinds: Readonly<Record<'read' | 'write' | 'append', number>>;
  readonly ok: number;
  /** Certainly did not happen (e.g. no leader within the operation's budget). */
  readonly failed: number;
  /** Timed out or cut off: may or may not have happened. */
  readonly indeterminate: number;
  /** null when the checker gave up (verdict unknown). */
  readonly linearizable: boolean | null;
  readonly verdict: 'linearizable' | 'not-linearizable' | 'unknown';
  readonly checkMs: number;
  /** The smallest failing key, its longest linearizable prefix and the operation that cannot follow it. */
  readonly failure: { readonly key: string; readonly operations: number; readonly prefix: number; readonly culprit: string } | null;
  /** history.jsonl in the work dir (kept with --workdir); `verify-lesson history check` reads it. */
  readonly file: string;
}

export interface ScenarioResult {
  readonly lessonId: string;
  readonly signal: FaultSignal;
  /** The first fault that hit a node: a kill (signal), a pause (SIGSTOP) or a partition; null when none ran. */
  readonly fault: 'kill' | 'pause' | 'partition' | null;
  /** Everything held: verdict passed, new leader, keys read back, the lesson's Verify block passed. */
  readonly passed: boolean;
  /** Why not, in one sentence per problem. */
  readonly problems: readonly string[];
  /** What the harness did differently and why (another node led; followers that never said whom they follow). */
  readonly notes: readonly string[];
  readonly cluster: 'bundled' | 'custom';
  readonly workDir: string;
  /** workDir is still there (--workdir, or the run failed): data/nodeN logs and verify-lesson-run.json (this result). */
  readonly keptWorkDir: boolean;
  readonly demoLogFile: string | null;
  readonly verdict: Verdict | null;
  /** Process id of each node's (first) process, by `node<N>`: every one of them is gone when the run returns. */
  readonly pids: Readonly<Record<string, number>>;
  /** The first leader's number (1..n), and its label as the verdict names it (`node1`). */
  readonly leader: number | null;
  readonly leaderLabel: string | null;
  /** The leader elected after the fault, by number and by label. */
  readonly newLeader: number | null;
  readonly newLeaderLabel: string | null;
  /** Harness clock (epoch ms) when the signal was sent. */
  readonly killAtMs: number | null;
  readonly detections: readonly FollowerDetection[];
  /** From the kill to the new leader's "won election" line (harness clock). */
  readonly reelectionMs: number | null;
  /** Keys with an acknowledged write before the kill. */
  readonly keysWritten: number;
  /** Of those, how many the new leader returned with the acknowledged value. */
  readonly keysReadBack: number;
  /** Per key: what the new leader returned (kept, lost, stale, wrong, unreadable). */
  readonly keys: readonly KeyReadBack[];
  /** Null when no clients ran (a student cluster, or historyClients 0). */
  readonly history: ScenarioHistory | null;
  readonly verifyBlock: (VerifyOutputCheck & { readonly exitCode: number | null; readonly output: string }) | null;
  readonly timeline: Timeline | null;
  readonly durationMs: number;
  /** Last lines of each node's log, for a failure report. */
  readonly logTails: Readonly<Record<string, readonly string[]>>;
  /** What ran, step by step (Chaos Toolkit style). */
  readonly journal: ScenarioJournal;
}

export interface JournalEntry {
  readonly index: number;
  readonly kind: ScenarioStepKind;
  readonly title: string;
  /** `failed`: an expectation did not hold; `error`: the step could not run (the run stops there). */
  readonly status: 'succeeded' | 'failed' | 'error';
  /** ISO time the step started. */
  readonly start: string;
  readonly durationMs: number;
  readonly detail: string;
  /** Problems this step added. */
  readonly problems: readonly string[];
}

export interface ScenarioJournal {
  readonly lessonId: string;
  readonly start: string;
  readonly end: string;
  readonly status: 'completed' | 'failed' | 'aborted';
  readonly steps: readonly JournalEntry[];
}
