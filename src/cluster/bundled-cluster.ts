// The bundled kv_node cluster behind the scenario's cluster interface: the leader through its status API; keys go
// through the default client protocol like any cluster's.
import { setTimeout as delay } from 'node:timers/promises';
import { VerifyLessonError } from '../errors.js';
import type { GroupReaper } from '../process/reap-on-exit.js';
import { within } from '../process/within.js';
import { DEFAULT_CLIENT_PROTOCOL } from '../client/client-protocol.js';
import { nodeExitedError, NO_OUTPUT, readOutputTail } from './node-exited.js';
import type { NodeStatus, ScenarioCluster } from './scenario-cluster.js';
import { startClusterFor, type Cluster } from './start-cluster.js';

class BundledScenarioCluster implements ScenarioCluster {
  readonly kind = 'bundled' as const;
  readonly clientProtocol = DEFAULT_CLIENT_PROTOCOL;
  readonly nodeIds: readonly number[];
  readonly #cluster: Cluster;
  #firstTerm = 0;
  readonly #stopped = new Set<number>();

  constructor(cluster: Cluster) {
    this.#cluster = cluster;
    this.nodeIds = cluster.nodes.map((n) => n.id);
  }

  logPath(id: number): string {
    return this.#cluster.node(id).logPath;
  }

  clientUrl(id: number): string | undefined {
    return this.#cluster.node(id).clientUrl;
  }

  pid(id: number): number | undefined {
    return this.#cluster.node(id).pid;
  }

  clientPort(id: number): number {
    return this.#cluster.node(id).clientPort;
  }

  async waitForLeader(options: { timeoutMs: number; exclude?: number }): Promise<number> {
    if (options.exclude === undefined) {
      // Not just a majority: the demo kills a leader every follower knows, as a student does once all three
      // terminals show it. A follower that joined late and never heard from the leader would have nothing to detect
      // (it logs "connection to peer lost", not "to leader"), and the lesson's Verify block would find no line of it.
      const deadline = Date.now() + options.timeoutMs;
      for (;;) {
        this.#throwIfExited(undefined, 'running');
        // Two nodes gone leave no majority to elect: say they exited, not only that no leader came.
        const leader = await this.#cluster.waitForLeader(Math.max(1, deadline - Date.now())).catch((error: unknown) => {
          this.#throwIfExited(undefined, 'running');
          throw error;
        });
        const statuses = await Promise.all(this.nodeIds.map((id) => this.#cluster.status(id)));
        const unaware = this.nodeIds.filter((id, i) => statuses[i]?.leader !== leader.id || statuses[i]?.term !== leader.term);
        if (unaware.length === 0) {
          this.#firstTerm = leader.term;
          return leader.id;
        }
        if (Date.now() >= deadline) {
          throw new VerifyLessonError(
            'CLUSTER_TIMEOUT',
            `${unaware.map((id) => `node${id}`).join(', ')} did not hear from leader node${leader.id} (term ${leader.term}) within ${options.timeoutMs} ms`,
          );
        }
        await delay(10);
      }
    }
    // Ask only the survivors: a frozen leader accepts connections but never answers.
    const survivors = this.nodeIds.filter((id) => id !== options.exclude);
    const deadline = Date.now() + options.timeoutMs;
    while (Date.now() < deadline) {
      this.#throwIfExited(options.exclude, 'running');
      const statuses = await Promise.all(survivors.map((id) => this.#cluster.status(id)));
      const leader = statuses.find((s) => s?.role === 'leader' && s.term > this.#firstTerm);
      if (leader) return leader.id;
      await delay(10);
    }
    throw new VerifyLessonError('CLUSTER_TIMEOUT', `no new leader among ${survivors.map((id) => `node${id}`).join(', ')} within ${options.timeoutMs} ms`);
  }

  sendSignal(id: number, signal: NodeJS.Signals): void {
    const pid = this.pid(id);
    if (pid === undefined || !this.#cluster.node(id).running) return;
    if (signal === 'SIGSTOP') this.#stopped.add(id);
    if (signal === 'SIGKILL' || signal === 'SIGCONT') this.#stopped.delete(id);
    void this.#cluster.kill(id, signal);
  }

  isRunning(id: number): boolean {
    return this.#cluster.node(id).running;
  }

  // NODE_EXITED naming every node (but `exclude`) that has exited, how, its last output and where its log is.
  #throwIfExited(exclude: number | undefined, phase: 'started' | 'running'): void {
    const dead = this.#cluster.nodes.filter((n) => !n.running && n.id !== exclude);
    if (dead.length === 0) return;
    throw nodeExitedError(dead.map((n) => ({ id: n.id, exit: n.exit, output: readOutputTail(NO_OUTPUT, n.stderrTail()), logPath: n.logPath })), phase);
  }

  assertRunning(): void {
    this.#throwIfExited(undefined, 'started');
  }

  async restart(id: number): Promise<void> {
    this.#stopped.delete(id);
    await this.#cluster.restart(id);
  }

  async status(id: number): Promise<NodeStatus | undefined> {
    // A frozen node accepts connections but never answers: do not wait on it.
    if (this.#stopped.has(id)) return undefined;
    const status = await this.#cluster.status(id);
    return status && { role: status.role, term: status.term, leader: status.leader || null, commit: status.commit };
  }

  partition(groups: readonly (readonly number[])[], latencyMs?: number): void {
    this.#cluster.partition(groups, latencyMs);
  }

  heal(): void {
    this.#cluster.heal();
  }

  async waitExited(id: number, timeoutMs: number): Promise<boolean> {
    const node = this.#cluster.node(id);
    if (!node.running) return true;
    return within(node.exited, timeoutMs);
  }

  async stop(): Promise<void> {
    await this.#cluster.stop();
  }
}

// Starts a bundled kv_node cluster for a scenario.
export async function openBundledCluster(options: {
  readonly workDir: string;
  readonly nodes: number;
  readonly peerLinks?: boolean;
  readonly nodeArgs?: readonly string[];
  /** The run's cleanup registry, which the run closes (default: the cluster's own). */
  readonly reaper?: GroupReaper;
}): Promise<ScenarioCluster> {
  return new BundledScenarioCluster(
    await startClusterFor({
      workDir: options.workDir,
      nodes: options.nodes,
      peerLinks: options.peerLinks === true,
      ...(options.nodeArgs ? { nodeArgs: options.nodeArgs } : {}),
    }, options.reaper),
  );
}
