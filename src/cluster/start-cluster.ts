// Supervises a bundled kv_node cluster on this machine: spawns the processes (each in its own process group),
// knows their ports, pids and logs, and offers the client calls a scenario needs (find the leader, put/get
// following redirects, kill, restart, stop). Layout under workDir: data/node<N>/{node.log,raft.wal}.
import { mkdirSync } from 'node:fs';
import { Agent } from 'node:http';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { NODE_LOG, nodeDataDir } from './node-data-dir.js';
import { VerifyLessonError } from '../errors.js';
import type { KvNodeStatus } from '../kv/client-api.js';
import type { NodeId } from '../raft/types.js';
import { findFreePorts } from '../process/find-free-ports.js';
import { pollUntil } from '../process/poll-until.js';
import { startProcessGroup, type ProcessExit, type ProcessGroup } from '../process/process-group.js';
import { createGroupReaper, type GroupReaper } from '../process/reap-on-exit.js';
import { createPeerLinks, type PeerLinks } from './peer-links.js';
import { resolveNodeScript } from './node-script-path.js';
import { nodeExitedError, NO_OUTPUT, readOutputTail } from './node-exited.js';
import { requestJson, type JsonResponse } from './request-json.js';

export interface StartClusterOptions {
  /** Created if missing; nodes run with it as cwd and keep their data in data/node<N>. */
  readonly workDir: string;
  /** Default 3. */
  readonly nodes?: number;
  /** Raft ports basePort+N, client ports basePort+100+N. Default: free ports picked by the OS. */
  readonly basePort?: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Default 10. */
  readonly tickMs?: number;
  /** Default: dist/bin/kv_node.js of this package. */
  readonly nodeScript?: string;
  /** Added to this process's environment for the nodes. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** How long each node may take to answer GET /status (default 10 s). */
  readonly startTimeoutMs?: number;
  /** Make the nodes exit when this process dies, even by SIGKILL (default true). */
  readonly watchParent?: boolean;
  /** Route peer traffic through harness-owned proxies so partition() and heal() work (default false). */
  readonly peerLinks?: boolean;
  /** More kv_node flags for every node (e.g. --unsafe-local-reads). */
  readonly nodeArgs?: readonly string[];
}

export type NodeExit = ProcessExit;

export interface ClusterNode {
  readonly id: NodeId;
  /** Of the current process; undefined before the first start. */
  readonly pid: number | undefined;
  readonly running: boolean;
  readonly raftPort: number;
  readonly clientPort: number;
  readonly clientUrl: string;
  /** Absolute. */
  readonly dataDir: string;
  /** Absolute: <dataDir>/node.log. */
  readonly logPath: string;
  /** The node's command line after `node` (script and flags). */
  readonly argv: readonly string[];
  /** Resolves when the current process exits. */
  readonly exited: Promise<NodeExit>;
  /** How the current process exited; undefined while it runs (and before the first start). */
  readonly exit: NodeExit | undefined;
  /** The last few KB the current process wrote to stderr. */
  stderrTail(): string;
}

export interface WriteAck {
  readonly node: NodeId;
  readonly index: number;
  readonly term: number;
}

export interface ClientCallOptions {
  /** Overall deadline including retries (default 5000). */
  readonly timeoutMs?: number;
}

export interface GetOptions extends ClientCallOptions {
  /** Read this node's applied state (GET ?local=1) instead of a linearizable read through the leader. */
  readonly localOn?: NodeId;
}

export interface Cluster {
  readonly workDir: string;
  readonly nodes: readonly ClusterNode[];
  node(id: NodeId): ClusterNode;
  /** GET /status of one node; undefined when it does not answer. */
  status(id: NodeId): Promise<KvNodeStatus | undefined>;
  /** A leader that a majority of the cluster acknowledges in its term. */
  waitForLeader(timeoutMs?: number): Promise<{ readonly id: NodeId; readonly term: number }>;
  /** Acknowledged once committed and applied; follows not_leader redirects and retries until the deadline. */
  put(key: string, value: string, options?: ClientCallOptions): Promise<WriteAck>;
  /** Undefined when the key does not exist. */
  get(key: string, options?: GetOptions): Promise<string | undefined>;
  /** Sends the signal to the node's process group. Resolves when the process exits; at once (undefined) for SIGSTOP/SIGCONT/SIGTSTP, which do not end it. */
  kill(id: NodeId, signal?: NodeJS.Signals): Promise<NodeExit | undefined>;
  /** Stops the node if it runs (SIGTERM), then starts it again with the same ports and data; resolves once it answers. */
  restart(id: NodeId): Promise<ClusterNode>;
  /** Cuts the peer links between groups (needs `peerLinks: true`); `latencyMs` slows the links left up. */
  partition(groups: readonly (readonly number[])[], latencyMs?: number): void;
  /** Restores every peer link. */
  heal(): void;
  /** SIGTERM every node, SIGKILL (the process group) after graceMs (default 3000), await every exit. Idempotent. */
  stop(options?: { readonly graceMs?: number }): Promise<void>;
}

const STDERR_TAIL_BYTES = 8 * 1024;

class ManagedNode implements ClusterNode {
  readonly id: NodeId;
  readonly raftPort: number;
  readonly clientPort: number;
  readonly clientUrl: string;
  readonly dataDir: string;
  readonly logPath: string;
  readonly argv: readonly string[];
  group: ProcessGroup | undefined;
  exited: Promise<NodeExit> = Promise.resolve({ code: null, signal: null });
  #stderr = '';

  constructor(init: { id: NodeId; raftPort: number; clientPort: number; host: string; workDir: string; argv: string[] }) {
    this.id = init.id;
    this.raftPort = init.raftPort;
    this.clientPort = init.clientPort;
    this.clientUrl = `http://${init.host}:${init.clientPort}`;
    this.dataDir = join(init.workDir, nodeDataDir(init.id));
    this.logPath = join(this.dataDir, NODE_LOG);
    this.argv = init.argv;
  }

  get pid(): number | undefined {
    return this.group?.pid;
  }

  get running(): boolean {
    return this.group?.running === true;
  }

  get exit(): NodeExit | undefined {
    return this.group?.exit;
  }

  stderrTail(): string {
    return this.#stderr;
  }

  spawn(workDir: string, env: NodeJS.ProcessEnv, reaper: GroupReaper): void {
    this.#stderr = '';
    this.group = startProcessGroup(process.execPath, this.argv, { cwd: workDir, env, stdio: ['ignore', 'ignore', 'pipe'], reaper });
    this.exited = this.group.exited;
    this.group.child.stderr?.setEncoding('utf8');
    this.group.child.stderr?.on('data', (text: string) => {
      this.#stderr = (this.#stderr + text).slice(-STDERR_TAIL_BYTES);
    });
  }
}

function addressList(host: string, ports: readonly number[]): string {
  return ports.map((port, i) => `${i + 1}=${host}:${port}`).join(',');
}

// Starts every node at once and resolves when all answer GET /status (the election may still be running).
export function startCluster(options: StartClusterOptions): Promise<Cluster> {
  return startClusterFor(options, undefined);
}

/**
 * startCluster, its nodes registered with `reaper` — the caller's (a run's, whose watchdog made its temp dir), which
 * the caller closes — or, undefined, with the cluster's own, closed by stop() (the nodes watch their parent, --parent-pid).
 */
export async function startClusterFor(options: StartClusterOptions, ownerReaper: GroupReaper | undefined): Promise<Cluster> {
  const count = options.nodes ?? 3;
  if (!Number.isInteger(count) || count < 1 || count > 9) throw new VerifyLessonError('USAGE', `nodes: expected 1-9, found ${count}`);
  const host = options.host ?? '127.0.0.1';
  const tickMs = options.tickMs ?? 10;
  const workDir = resolve(options.workDir);
  const script = options.nodeScript ?? resolveNodeScript();
  const ports =
    options.basePort === undefined
      ? await findFreePorts(2 * count, host)
      : [...Array.from({ length: count }, (_, i) => options.basePort! + 1 + i), ...Array.from({ length: count }, (_, i) => options.basePort! + 101 + i)];
  const raftPorts = ports.slice(0, count);
  const clientPorts = ports.slice(count);
  const links = options.peerLinks ? await createPeerLinks(raftPorts, host) : undefined;
  const peers = addressList(host, raftPorts);
  const clientPeers = addressList(host, clientPorts);
  const nodes = raftPorts.map((raftPort, i) => {
    const id = i + 1;
    const argv = [
      script, '--id', String(id), '--peers', links ? links.peersFor(id) : peers, '--client-port', String(clientPorts[i]), '--client-peers', clientPeers,
      '--data-dir', nodeDataDir(id), '--tick-ms', String(tickMs), '--quiet',
      ...(options.watchParent === false ? [] : ['--parent-pid', String(process.pid)]),
      ...(options.nodeArgs ?? []),
    ];
    return new ManagedNode({ id, raftPort, clientPort: clientPorts[i]!, host, workDir, argv });
  });
  for (const node of nodes) mkdirSync(node.dataDir, { recursive: true });
  const reaper = ownerReaper ?? createGroupReaper();
  const cluster = new LocalCluster(workDir, nodes, { ...process.env, ...options.env }, options.startTimeoutMs ?? 10_000, links, { reaper, owned: ownerReaper === undefined });
  try {
    await cluster.startAll();
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return cluster;
}

class LocalCluster implements Cluster {
  readonly workDir: string;
  readonly nodes: readonly ManagedNode[];
  readonly #env: NodeJS.ProcessEnv;
  readonly #startTimeoutMs: number;
  readonly #agent = new Agent({ keepAlive: true, maxSockets: 64 });
  readonly #reaper: GroupReaper;
  /** The reaper is the cluster's own, closed by stop(); else its caller's. */
  readonly #ownsReaper: boolean;
  #leaderHint: NodeId = 0;
  #stopped = false;

  readonly #links: PeerLinks | undefined;

  constructor(workDir: string, nodes: ManagedNode[], env: NodeJS.ProcessEnv, startTimeoutMs: number, links: PeerLinks | undefined, reaper: { reaper: GroupReaper; owned: boolean }) {
    this.#links = links;
    this.#reaper = reaper.reaper;
    this.#ownsReaper = reaper.owned;
    this.workDir = workDir;
    this.nodes = nodes;
    this.#env = env;
    this.#startTimeoutMs = startTimeoutMs;
  }

  node(id: NodeId): ManagedNode {
    const node = this.nodes.find((n) => n.id === id);
    if (!node) throw new VerifyLessonError('USAGE', `no node ${id} in this cluster of ${this.nodes.length}`);
    return node;
  }

  async startAll(): Promise<void> {
    for (const node of this.nodes) node.spawn(this.workDir, this.#env, this.#reaper);
    await Promise.all(this.nodes.map((node) => this.#waitUntilServing(node)));
  }

  async status(id: NodeId): Promise<KvNodeStatus | undefined> {
    const node = this.node(id);
    if (!node.running) return undefined;
    try {
      const response = await requestJson(`${node.clientUrl}/status`, { timeoutMs: 1000, agent: this.#agent });
      return response.status === 200 ? (response.body as KvNodeStatus) : undefined;
    } catch {
      return undefined;
    }
  }

  async waitForLeader(timeoutMs = 10_000): Promise<{ id: NodeId; term: number }> {
    const deadline = Date.now() + timeoutMs;
    const quorum = Math.floor(this.nodes.length / 2) + 1;
    let seen = '';
    for (;;) {
      const statuses = (await Promise.all(this.nodes.map((node) => this.status(node.id)))).filter((s): s is KvNodeStatus => s !== undefined);
      const leaders = statuses.filter((s) => s.role === 'leader').sort((a, b) => b.term - a.term);
      const leader = leaders[0];
      if (leader) {
        const acknowledged = statuses.filter((s) => s.leader === leader.id && s.term === leader.term).length;
        if (acknowledged >= quorum) {
          this.#leaderHint = leader.id;
          return { id: leader.id, term: leader.term };
        }
      }
      seen = statuses.map((s) => `node${s.id} ${s.role} term ${s.term} leader ${s.leader}`).join('; ') || 'no node answered';
      if (Date.now() >= deadline) throw new VerifyLessonError('CLUSTER_TIMEOUT', `no leader within ${timeoutMs}ms (${seen})`);
      await delay(25);
    }
  }

  async put(key: string, value: string, options: ClientCallOptions = {}): Promise<WriteAck> {
    const { node, body } = await this.#call('PUT', key, value, options.timeoutMs ?? 5000);
    const ack = body as { index: number; term: number };
    return { node, index: ack.index, term: ack.term };
  }

  async get(key: string, options: GetOptions = {}): Promise<string | undefined> {
    const timeoutMs = options.timeoutMs ?? 5000;
    if (options.localOn !== undefined) {
      const node = this.node(options.localOn);
      let response: JsonResponse;
      try {
        response = await requestJson(`${node.clientUrl}/kv/${encodeURIComponent(key)}?local=1`, { timeoutMs, agent: this.#agent });
      } catch (error) {
        throw new VerifyLessonError('CLIENT_REQUEST_FAILED', `GET ${key} on node${node.id}: ${(error as Error).message}`, { cause: error });
      }
      if (response.status === 404) return undefined;
      if (response.status !== 200) throw new VerifyLessonError('CLIENT_REQUEST_FAILED', `GET ${key} on node${node.id}: HTTP ${response.status} ${JSON.stringify(response.body)}`);
      return (response.body as { value: string }).value;
    }
    const { body, status } = await this.#call('GET', key, undefined, timeoutMs);
    return status === 404 ? undefined : (body as { value: string }).value;
  }

  /** One client operation against the leader: follows 421 redirects, retries 503s and dead nodes until the deadline. */
  async #call(method: 'PUT' | 'GET', key: string, body: string | undefined, timeoutMs: number): Promise<{ node: NodeId; status: number; body: unknown }> {
    const deadline = Date.now() + timeoutMs;
    let target = this.#leaderHint;
    let rotation = 0;
    let last = 'no node reachable';
    while (Date.now() < deadline) {
      if (target === 0 || !this.node(target).running) {
        const running = this.nodes.filter((n) => n.running);
        if (running.length === 0) break;
        target = running[rotation++ % running.length]!.id;
      }
      const node = this.node(target);
      let response: JsonResponse;
      try {
        response = await requestJson(`${node.clientUrl}/kv/${encodeURIComponent(key)}`, {
          method,
          ...(body === undefined ? {} : { body }),
          timeoutMs: Math.max(100, Math.min(3000, deadline - Date.now())),
          agent: this.#agent,
        });
      } catch (error) {
        last = `node${target}: ${(error as Error).message}`;
        target = 0;
        await delay(20);
        continue;
      }
      if (response.status === 200 || (method === 'GET' && response.status === 404)) {
        this.#leaderHint = target;
        return { node: target, status: response.status, body: response.body };
      }
      const error = response.body as { error?: string; leader?: NodeId | null };
      last = `node${target}: HTTP ${response.status} ${JSON.stringify(response.body)}`;
      if (response.status === 421 && typeof error.leader === 'number' && error.leader !== target) {
        target = error.leader;
        continue;
      }
      if (response.status === 503 || response.status === 421) {
        target = response.status === 421 ? 0 : target;
        if (error.error === 'no_leader') target = 0;
        await delay(30);
        continue;
      }
      throw new VerifyLessonError('CLIENT_REQUEST_FAILED', `${method} ${key}: ${last}`, { details: { status: response.status, body: response.body } });
    }
    throw new VerifyLessonError('CLIENT_REQUEST_FAILED', `${method} ${key}: not acknowledged within ${timeoutMs}ms (last: ${last})`);
  }

  async kill(id: NodeId, signal: NodeJS.Signals = 'SIGTERM'): Promise<NodeExit | undefined> {
    const node = this.node(id);
    node.group?.signal(signal);
    // A frozen or resumed process does not exit: there is nothing to wait for.
    if (signal === 'SIGSTOP' || signal === 'SIGCONT' || signal === 'SIGTSTP') return undefined;
    return node.exited;
  }

  async restart(id: NodeId): Promise<ClusterNode> {
    if (this.#stopped) throw new VerifyLessonError('USAGE', 'the cluster was stopped');
    const node = this.node(id);
    await node.group?.stop();
    node.spawn(this.workDir, this.#env, this.#reaper);
    await this.#waitUntilServing(node);
    return node;
  }

  async stop(options: { graceMs?: number } = {}): Promise<void> {
    this.#stopped = true;
    await Promise.all(this.nodes.map((node) => node.group?.stop(options.graceMs === undefined ? {} : { graceMs: options.graceMs })));
    this.#agent.destroy();
    await this.#links?.close();
    if (this.#ownsReaper) await this.#reaper.close();
  }

  partition(groups: readonly (readonly number[])[], latencyMs?: number): void {
    if (!this.#links) throw new VerifyLessonError('USAGE', 'partition needs a cluster started with peerLinks: true');
    this.#links.partition(groups, latencyMs);
  }

  heal(): void {
    this.#links?.heal();
  }

  async #waitUntilServing(node: ManagedNode): Promise<void> {
    const serving = await pollUntil(async () => {
      if (!node.running) return 'exited' as const;
      const response = await requestJson(`${node.clientUrl}/status`, { timeoutMs: 500 }).catch(() => undefined);
      return response?.status === 200 ? ('serving' as const) : undefined;
    }, { timeoutMs: this.#startTimeoutMs });
    if (serving === 'exited') {
      await node.exited;
      throw nodeExitedError([{ id: node.id, exit: node.exit, output: readOutputTail(NO_OUTPUT, node.stderrTail()), logPath: node.logPath }], 'starting');
    }
    if (serving === undefined) {
      throw new VerifyLessonError('NODE_START_FAILED', `node${node.id} did not answer on ${node.clientUrl} within ${this.#startTimeoutMs}ms`, { details: { id: node.id } });
    }
  }
}
