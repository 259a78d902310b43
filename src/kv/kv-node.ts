// One kv_node: the I/O shell around the pure Raft core (src/raft/raft.ts).
//
// Inputs — a tick timer, peer messages, client proposals — are fed to the core; after each batch the node
// drains every Ready in the order the core's contract demands:
//   1. append hardState + entries to the WAL (fdatasync when mustSync) — BEFORE anything is sent,
//   2. send the messages,
//   3. apply committedEntries to the KV map and answer the clients waiting for them,
//   4. advance().
// Everything is synchronous inside one drain, so a Ready's persistence can never race its messages.
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { VerifyLessonError } from '../errors.js';
import { createRaft } from '../raft/raft.js';
import type { Entry, Message, NodeId, RaftNode, Ready } from '../raft/types.js';
import { createClientServer, type KvNodeStatus, type KvService, type SubmitOutcome } from './client-api.js';
import { describeRaftEvent } from './describe-raft-event.js';
import { encodeKvCommand, KvStateMachine, type KvCommand, type KvResult } from './kv-state-machine.js';
import type { NodeLogger } from './node-logger.js';
import { TcpTransport, type PeerAddress } from './tcp-transport.js';
import { openWal, type Wal } from './wal.js';

export interface KvNodeOptions {
  readonly id: NodeId;
  /** Raft addresses of all voters, this node included. */
  readonly peers: readonly PeerAddress[];
  readonly clientHost: string;
  readonly clientPort: number;
  /** Client base URLs (http://host:port) of the voters, for not_leader redirects. */
  readonly clientUrls: ReadonlyMap<NodeId, string>;
  readonly dataDir: string;
  readonly logger: NodeLogger;
  /** Default 10. */
  readonly tickMs?: number;
  /** How long a client write may wait to be applied (default 2000). */
  readonly writeTimeoutMs?: number;
  /** Election timeout used while fresh; kv_node passes 5 for node 1 only so a new cluster elects node 1 first. */
  readonly bootstrapElectionTicks?: number;
  readonly electionTicks?: readonly [number, number];
  readonly random?: () => number;
  /**
   * The classic student bug, on purpose (--unsafe-local-reads): a node that believes it leads answers GET from its
   * own state without a log round, and never steps down for lack of a quorum — a deposed or partitioned leader
   * serves stale values. For showing that the scenario's linearizability check catches it; never for real use.
   */
  readonly unsafeLocalReads?: boolean;
}

interface PendingProposal {
  readonly term: number;
  readonly resolve: (outcome: SubmitOutcome) => void;
  readonly timer: NodeJS.Timeout;
}

export const WAL_FILE_NAME = 'raft.wal';

// Started with startKvNode(); stopped with stop(). Not reusable after stop.
export class KvNode implements KvService {
  readonly id: NodeId;
  readonly #options: KvNodeOptions;
  readonly #log: NodeLogger;
  readonly #tickMs: number;
  readonly #writeTimeoutMs: number;
  readonly #raft: RaftNode;
  readonly #wal: Wal;
  readonly #kv = new KvStateMachine();
  readonly #transport: TcpTransport;
  readonly #http: Server;
  readonly #pending = new Map<number, PendingProposal>();
  readonly #lastHeardMs = new Map<NodeId, number>();
  #tickTimer: NodeJS.Timeout | undefined;
  #drainScheduled = false;
  #afterPreVote = false;
  #stopping = false;
  #clientPort: number;

  private constructor(options: KvNodeOptions, raft: RaftNode, wal: Wal) {
    this.id = options.id;
    this.#options = options;
    this.#log = options.logger;
    this.#tickMs = options.tickMs ?? 10;
    this.#writeTimeoutMs = options.writeTimeoutMs ?? 2000;
    this.#raft = raft;
    this.#wal = wal;
    this.#clientPort = options.clientPort;
    const self = options.peers.find((peer) => peer.id === options.id)!;
    this.#transport = new TcpTransport({
      id: options.id,
      listenHost: self.host,
      listenPort: self.port,
      peers: options.peers,
      onMessage: (message) => this.#receive(message),
      onPeerUp: (peer) => this.#log.info(`connected to peer node${peer}`),
      onPeerDown: (peer, reason) => this.#peerDown(peer, reason),
      onWarning: (text) => this.#log.warn(text),
    });
    this.#http = createClientServer(this);
  }

  /** Recovers state from <dataDir>/raft.wal, listens on the raft and client ports and starts ticking. */
  static async start(options: KvNodeOptions): Promise<KvNode> {
    const log = options.logger;
    if (!options.peers.some((peer) => peer.id === options.id)) {
      throw new VerifyLessonError('USAGE', `--peers does not contain this node's id ${options.id}`);
    }
    try {
      mkdirSync(options.dataDir, { recursive: true });
    } catch (error) {
      throw new VerifyLessonError('NODE_START_FAILED', `cannot create data dir ${options.dataDir}: ${(error as NodeJS.ErrnoException).code}`, { cause: error });
    }
    const opened = openWal(join(options.dataDir, WAL_FILE_NAME));
    for (const warning of opened.warnings) log.warn(warning);
    const { hardState, entries } = opened.state;
    const fresh = hardState.term === 0 && entries.length === 0;
    if (!fresh) {
      log.info(`recovered from ${WAL_FILE_NAME}: term ${hardState.term}, vote ${hardState.vote === 0 ? 'none' : `node${hardState.vote}`}, commit ${hardState.commit}, ${entries.length} log entries`);
    }
    const raft = createRaft({
      id: options.id,
      peers: options.peers.map((peer) => peer.id),
      random: options.random ?? Math.random,
      ...(options.unsafeLocalReads ? { checkQuorum: false } : {}),
      ...(options.electionTicks ? { electionTicks: options.electionTicks } : {}),
      ...(options.bootstrapElectionTicks === undefined ? {} : { bootstrapElectionTicks: options.bootstrapElectionTicks }),
      ...(fresh ? {} : { restored: { hardState, entries } }),
    });
    const node = new KvNode(options, raft, opened.wal);
    try {
      await node.#listen();
    } catch (error) {
      await node.#transport.close();
      node.#http.close();
      node.#wal.close();
      throw error;
    }
    return node;
  }

  get clientPort(): number {
    return this.#clientPort;
  }

  get raftPort(): number {
    return this.#transport.port;
  }

  status(): KvNodeStatus {
    const status = this.#raft.status();
    return {
      id: status.id,
      role: status.role,
      term: status.term,
      leader: status.leader,
      leaderUrl: this.#options.clientUrls.get(status.leader) ?? null,
      commit: status.commit,
      applied: status.applied,
      lastIndex: status.lastIndex,
    };
  }

  readLocal(key: string): string | undefined {
    return this.#kv.get(key);
  }

  /** Proposes a command and resolves once it is applied here — or when it cannot be (not leader, timeout). */
  submit(command: KvCommand): Promise<SubmitOutcome> {
    if (this.#stopping) return Promise.resolve({ kind: 'stopping' });
    if (command.op === 'get' && this.#options.unsafeLocalReads) {
      const status = this.#raft.status();
      if (status.role === 'leader') {
        return Promise.resolve({ kind: 'applied', index: status.applied, term: status.term, result: { op: 'get', value: this.#kv.get(command.key) } });
      }
    }
    const proposed = this.#raft.propose(encodeKvCommand(command));
    if (!proposed.ok) {
      return Promise.resolve({ kind: 'not-leader', leader: proposed.leader, leaderUrl: this.#options.clientUrls.get(proposed.leader) ?? null });
    }
    // An older proposal still waiting at this index was truncated away: it can never apply.
    const stale = this.#pending.get(proposed.index);
    if (stale) {
      clearTimeout(stale.timer);
      stale.resolve({ kind: 'superseded' });
    }
    const outcome = new Promise<SubmitOutcome>((resolve) => {
      const pending: PendingProposal = {
        term: proposed.term,
        resolve,
        timer: setTimeout(() => {
          if (this.#pending.get(proposed.index) === pending) this.#pending.delete(proposed.index);
          resolve({ kind: 'timeout', timeoutMs: this.#writeTimeoutMs });
        }, this.#writeTimeoutMs),
      };
      this.#pending.set(proposed.index, pending);
    });
    this.#scheduleDrain();
    return outcome;
  }

  /** Orderly shutdown: stop ticking, close sockets and the client port, fsync and close the WAL. */
  async stop(): Promise<void> {
    if (this.#stopping) return;
    this.#stopping = true;
    clearInterval(this.#tickTimer);
    for (const [index, pending] of this.#pending) {
      clearTimeout(pending.timer);
      pending.resolve({ kind: 'stopping' });
      this.#pending.delete(index);
    }
    this.#http.close();
    this.#http.closeAllConnections();
    await this.#transport.close();
    this.#wal.close();
    const status = this.#raft.status();
    this.#log.info(`stopped (term ${status.term}, commit ${status.commit}, last index ${status.lastIndex}); WAL synced`);
  }

  async #listen(): Promise<void> {
    await this.#transport.start();
    const host = this.#options.clientHost;
    await new Promise<void>((resolve, reject) => {
      this.#http.once('error', (error: NodeJS.ErrnoException) => {
        const code = error.code ?? error.message;
        reject(new VerifyLessonError('PORT_UNAVAILABLE', `cannot listen on ${host}:${this.#options.clientPort} (client port): ${code}`, { cause: error }));
      });
      this.#http.listen({ host, port: this.#options.clientPort }, () => resolve());
    });
    const address = this.#http.address();
    if (typeof address === 'object' && address !== null) this.#clientPort = address.port;
    const status = this.#raft.status();
    const self = this.#options.peers.find((peer) => peer.id === this.id)!;
    this.#log.info(
      `started kv_node node${this.id} (pid ${process.pid}): raft ${self.host}:${this.raftPort}, client http://${host}:${this.#clientPort}, ` +
        `data ${this.#options.dataDir}, tick ${this.#tickMs}ms, term ${status.term}, last index ${status.lastIndex}`,
    );
    this.#tickTimer = setInterval(() => {
      this.#raft.tick();
      this.#drain();
    }, this.#tickMs);
  }

  #receive(message: Message): void {
    if (this.#stopping) return;
    this.#lastHeardMs.set(message.from, performance.now());
    this.#raft.step(message);
    this.#scheduleDrain();
  }

  /** Coalesces the messages and proposals of one event-loop turn into one Ready (one fsync). */
  #scheduleDrain(): void {
    if (this.#drainScheduled) return;
    this.#drainScheduled = true;
    setImmediate(() => {
      this.#drainScheduled = false;
      this.#drain();
    });
  }

  #drain(): void {
    if (this.#stopping) return;
    while (this.#raft.hasReady()) {
      const ready = this.#raft.ready();
      this.#handleReady(ready);
      this.#raft.advance(ready);
    }
  }

  #handleReady(ready: Ready): void {
    this.#logEvents(ready);
    if (ready.hardState || ready.entries.length > 0) {
      this.#wal.append({ ...(ready.hardState ? { hardState: ready.hardState } : {}), entries: ready.entries }, ready.mustSync);
    }
    for (const message of ready.messages) this.#transport.send(message);
    for (const entry of ready.committedEntries) this.#apply(entry);
  }

  #apply(entry: Entry): void {
    const result: KvResult | undefined = this.#kv.apply(entry);
    const pending = this.#pending.get(entry.index);
    if (!pending) return;
    this.#pending.delete(entry.index);
    clearTimeout(pending.timer);
    // Another leader's entry at our index means our proposal was overwritten and will never apply.
    pending.resolve(entry.term === pending.term ? { kind: 'applied', index: entry.index, term: entry.term, result } : { kind: 'superseded' });
  }

  #logEvents(ready: Ready): void {
    if (ready.events.length === 0) return;
    const now = performance.now();
    const leader = this.#raft.status().leader;
    for (const event of ready.events) {
      const line = describeRaftEvent(event, {
        tickMs: this.#tickMs,
        afterPreVote: this.#afterPreVote,
        leader,
        msSinceHeardFrom: (node) => {
          const at = this.#lastHeardMs.get(node);
          return at === undefined ? undefined : now - at;
        },
      });
      if (event.kind === 'election-timeout') this.#afterPreVote = event.becoming === 'pre-candidate';
      if (line) this.#log.log(line.level, line.message);
    }
  }

  #peerDown(peer: NodeId, reason: string): void {
    const status = this.#raft.status();
    if (status.leader === peer && status.role !== 'leader') this.#log.warn(`connection to leader node${peer} lost (${reason}) — leader may be down`);
    else this.#log.info(`connection to peer node${peer} lost (${reason})`);
  }
}

// Why a function beside the class: callers (kv-node-main, tests) read better as startKvNode(options).
export function startKvNode(options: KvNodeOptions): Promise<KvNode> {
  return KvNode.start(options);
}
