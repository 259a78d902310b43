// The one interface the scenario steps use, whether the cluster is the bundled kv_node or a student's own node.
import { openBundledCluster } from './bundled-cluster.js';
import { startCommandCluster } from './command-cluster.js';

// What the scenario needs from a cluster, whether it is the bundled kv_node or a student's own node.
export interface ScenarioCluster {
  readonly kind: 'bundled' | 'custom';
  readonly nodeIds: readonly number[];
  logPath(id: number): string;
  pid(id: number): number | undefined;
  /** The node's kv HTTP API (GET/PUT/POST /kv/:key), when the harness knows it speaks it (bundled only). */
  clientUrl(id: number): string | undefined;
  /** The leader (bundled: by GET /status; custom: by its log lines, or `expected`). */
  waitForLeader(options: { timeoutMs: number; exclude?: number; expected?: number }): Promise<number>;
  /** Keys acknowledged by the cluster (custom clusters: none, their client API is unknown). */
  writeKeys(keys: readonly string[], onAck?: (ack: KeyAck) => void): Promise<string[]>;
  /** How many of `keys` read back with their value from `leader`. */
  readKeys(leader: number, keys: readonly string[]): Promise<number>;
  sendSignal(id: number, signal: NodeJS.Signals): void;
  /** Whether the node's process is running (a frozen one counts as running). */
  isRunning(id: number): boolean;
  /** Stops the node if it runs, then starts it again with the same ports and data; resolves once it is up. */
  restart(id: number): Promise<void>;
  /** Role, term, leader and commit index of one node; undefined when it does not answer or cannot tell (student nodes). */
  status(id: number): Promise<NodeStatus | undefined>;
  /** Cuts every peer link between the groups (both directions); links inside a group stay up, with `latencyMs` added. */
  partition(groups: readonly (readonly number[])[], latencyMs?: number): void;
  /** Restores every peer link and removes added latency. */
  heal(): void;
  /** True once the node's process has exited (false after timeoutMs). */
  waitExited(id: number, timeoutMs: number): Promise<boolean>;
  stop(): Promise<void>;
}

/** One acknowledged write: which node committed it, at which index and term, and when (harness clock). */
export interface KeyAck {
  readonly key: string;
  readonly node: number;
  readonly index: number;
  readonly term: number;
  readonly atMs: number;
}

export interface NodeStatus {
  readonly role: string;
  readonly term: number;
  readonly leader: number | null;
  readonly commit: number;
}

export interface OpenScenarioClusterOptions {
  readonly workDir: string;
  /** Student cluster command template; default: the bundled kv_node. */
  readonly command?: string;
  readonly nodes?: number;
  /** Route peer traffic through harness-owned proxies, for partition/heal (default false). */
  readonly peerLinks?: boolean;
  /** More kv_node flags for the bundled nodes (e.g. --unsafe-local-reads). */
  readonly nodeArgs?: readonly string[];
}

// Starts the cluster the scenario runs against.
export async function openScenarioCluster(options: OpenScenarioClusterOptions): Promise<ScenarioCluster> {
  const peerLinks = options.peerLinks === true;
  if (options.command !== undefined) return startCommandCluster({ workDir: options.workDir, command: options.command, nodes: options.nodes ?? 3, peerLinks });
  return openBundledCluster({ workDir: options.workDir, nodes: options.nodes ?? 3, peerLinks, ...(options.nodeArgs ? { nodeArgs: options.nodeArgs } : {}) });
}
