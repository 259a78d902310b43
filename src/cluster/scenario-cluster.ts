// The one interface the scenario steps use, whether the cluster is the bundled kv_node or a student's own node.
import type { ClientProtocol } from '../client/client-protocol.js';
import type { EventPatterns } from '../log-events/index.js';
import type { GroupReaper } from '../process/reap-on-exit.js';
import { openBundledCluster } from './bundled-cluster.js';
import { startCommandCluster } from './command-cluster.js';

// What the scenario needs from a cluster, whether it is the bundled kv_node or a student's own node.
export interface ScenarioCluster {
  readonly kind: 'bundled' | 'custom';
  readonly nodeIds: readonly number[];
  logPath(id: number): string;
  pid(id: number): number | undefined;
  /** A student's cluster: per node (undefined: any), the `host:port` it was given for each node → that node (its {peers}). */
  readonly peerAddresses?: ReadonlyMap<string | undefined, ReadonlyMap<string, string>>;
  /** The port the node was given for clients ({client_port}). */
  clientPort(id: number): number;
  /** How to write and read keys (bundled: the default protocol; a student's: --client or the lesson's, if declared). */
  readonly clientProtocol: ClientProtocol | undefined;
  /** The node's kv HTTP API (GET/PUT/POST /kv/:key), when the harness knows it speaks it (bundled only). */
  clientUrl(id: number): string | undefined;
  /** The leader (bundled: by GET /status; custom: by its log lines, or `expected`). */
  waitForLeader(options: { timeoutMs: number; exclude?: number; expected?: number }): Promise<number>;
  /** Followers not known to follow the first leader when it was taken (a student's nodes that never log it). */
  unconfirmedFollowers?(): readonly number[];
  sendSignal(id: number, signal: NodeJS.Signals): void;
  /** The node's processes still running, its command's and those it started (a student's, on Linux; else none known). */
  lingering?(id: number): readonly { readonly pid: number; readonly sid: number; readonly command: string }[];
  /** Notes for the run on how the nodes' processes behaved (a student's: processes that left their process group). */
  processNotes?(): readonly string[];
  /** Whether the node's process is running (a frozen one counts as running). */
  isRunning(id: number): boolean;
  /** Throws NODE_EXITED ("started, then node1 exited (exit code 1) …") when a node has already exited. */
  assertRunning(): void;
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
  /** The student cluster's client protocol, when declared (--client, or the lesson's `client`). */
  readonly client?: ClientProtocol;
  /** The lesson's event patterns: a student's leader is read from its log with them (default: the shipped ones). */
  readonly patterns?: EventPatterns;
  /** The run's cleanup registry (its watchdog made the run's temp dir), which the run closes; default: the cluster's own. */
  readonly reaper?: GroupReaper;
  readonly nodes?: number;
  /** Route peer traffic through harness-owned proxies, for partition/heal (default false). */
  readonly peerLinks?: boolean;
  /** More kv_node flags for the bundled nodes (e.g. --unsafe-local-reads). */
  readonly nodeArgs?: readonly string[];
}

// Starts the cluster the scenario runs against.
export async function openScenarioCluster(options: OpenScenarioClusterOptions): Promise<ScenarioCluster> {
  const peerLinks = options.peerLinks === true;
  if (options.command !== undefined) {
    return startCommandCluster({
      workDir: options.workDir,
      command: options.command,
      nodes: options.nodes ?? 3,
      peerLinks,
      ...(options.client ? { client: options.client } : {}),
      ...(options.patterns ? { patterns: options.patterns } : {}),
      ...(options.reaper === undefined ? {} : { reaper: options.reaper }),
    });
  }
  return openBundledCluster({
    workDir: options.workDir,
    nodes: options.nodes ?? 3,
    peerLinks,
    ...(options.nodeArgs ? { nodeArgs: options.nodeArgs } : {}),
    ...(options.reaper === undefined ? {} : { reaper: options.reaper }),
  });
}
