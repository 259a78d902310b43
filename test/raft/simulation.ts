// A seeded, deterministic network simulator for the Raft core (a harness, not a test file).
//
// Time is virtual: events (node ticks, message deliveries) sit in a priority queue ordered by time and then
// by insertion, so one seed always replays the same run. The network can drop, delay, reorder and duplicate
// messages and be partitioned; nodes can crash (losing everything but their stable storage) and restart.
// Stable storage is written only from Ready, honoring mustSync: a write without it sits in an unsynced buffer
// that a crash throws away.
//
// After every delivered message and every tick the simulator checks the safety properties and throws a
// SimulationViolation naming the seed: election safety (at most one leader per term, over every (term,
// leader) ever seen), log matching (incrementally: every (index, term) ever stored anywhere must have the
// same content and the same predecessor term), leader completeness, no committed entry lost or changed,
// state machines agreeing at every applied index, votes never changing within a term, and the Ready
// persistence contract.

import { createRaft, type RaftTuning } from '../../src/raft/raft.js';
import type { Entry, HardState, Message, NodeId, RaftConfig, RaftNode, RaftStatus, Ready } from '../../src/raft/types.js';

// Small, fast and good enough to drive a simulation; the same seed always yields the same sequence.
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// How hostile the network is; delays are uniform in [minDelayMs, maxDelayMs], plus an occasional long one.
// `fifo` keeps each link in order, as one TCP connection per peer would; without it messages overtake each other.
export interface NetworkConditions {
  readonly fifo: boolean;
  readonly dropRate: number;
  readonly duplicateRate: number;
  readonly minDelayMs: number;
  readonly maxDelayMs: number;
  readonly longDelayRate: number;
  readonly longDelayMaxMs: number;
}

// A LAN over TCP: every message arrives, in order, within a few milliseconds.
export const RELIABLE_NETWORK: NetworkConditions = {
  fifo: true,
  dropRate: 0,
  duplicateRate: 0,
  minDelayMs: 1,
  maxDelayMs: 5,
  longDelayRate: 0,
  longDelayMaxMs: 0,
};

// Like 6.5840's unreliable network: 10% loss, jitter up to 27 ms, some very late (hence reordered) and duplicated messages.
export const UNRELIABLE_NETWORK: NetworkConditions = {
  fifo: false,
  dropRate: 0.1,
  duplicateRate: 0.02,
  minDelayMs: 1,
  maxDelayMs: 27,
  longDelayRate: 0.05,
  longDelayMaxMs: 300,
};

// Per-node Raft settings a scenario may vary; identity, randomness and restored state belong to the simulator.
export type NodeConfigOverrides = Partial<Omit<RaftConfig, 'id' | 'peers' | 'random' | 'restored'>>;

// Everything that shapes a run besides the scenario's own actions; with the seed it fixes the run completely.
export interface SimulationOptions {
  readonly seed: number;
  readonly nodes: number;
  readonly network?: NetworkConditions;
  readonly tickMs?: number;
  readonly config?: (id: NodeId) => NodeConfigOverrides;
  /** Small batches make catch-up take many round trips, so old-term entries get acknowledged on their own. */
  readonly maxEntriesPerAppend?: number;
}

// Thrown when a safety or liveness property fails; the message starts with the seed so the run can be replayed.
export class SimulationViolation extends Error {
  readonly seed: number;

  constructor(seed: number, timeMs: number, message: string) {
    super(`seed ${seed} at ${timeMs} ms: ${message}`);
    this.name = 'SimulationViolation';
    this.seed = seed;
  }
}

// Volatile data for one node: the Raft core and the state machine die with it; storage survives.
interface SimNode {
  readonly id: NodeId;
  raft: RaftNode | undefined;
  incarnation: number;
  group: number;
  /** Incarnation that crashed -> chance that each message it still had in flight is lost with it. */
  readonly inFlightLoss: Map<number, number>;
  readonly storage: { hardState: HardState; unsynced: HardState | undefined; entries: Entry[] };
  appliedIndex: number;
  appliedHash: number;
}

type ScheduledEvent =
  | { readonly at: number; readonly kind: 'tick'; readonly node: NodeId; readonly incarnation: number }
  | { readonly at: number; readonly kind: 'deliver'; readonly message: Message; readonly senderIncarnation: number };

type SimEvent = ScheduledEvent & { readonly seq: number };

interface LogRecord {
  readonly prevTerm: number;
  readonly type: Entry['type'];
  readonly data: string;
}

/** What a run exercised, so a scenario can be shown not to be vacuous. */
export interface SimulationStats {
  delivered: number;
  dropped: number;
  elections: number;
  truncations: number;
  crashes: number;
}

const EMPTY_HARD_STATE: HardState = { term: 0, vote: 0, commit: 0 };

// The simulated cluster, its network and the invariant checker; scenarios drive it through the public methods.
export class Simulation {
  readonly seed: number;
  readonly random: () => number;
  readonly ids: readonly NodeId[];
  readonly #nodes = new Map<NodeId, SimNode>();
  readonly #tickMs: number;
  readonly #config: (id: NodeId) => NodeConfigOverrides;
  readonly #tuning: RaftTuning;
  readonly #queue = new EventQueue();
  #network: NetworkConditions;
  #now = 0;
  #nextGroup = 1;
  /** `${from}>${to}` -> latest delivery time scheduled on that link, for FIFO networks. */
  readonly #linkBusyUntil = new Map<string, number>();
  readonly stats: SimulationStats = { delivered: 0, dropped: 0, elections: 0, truncations: 0, crashes: 0 };

  /** term -> the only node ever seen leading it. */
  readonly #leaderOfTerm = new Map<number, NodeId>();
  /** index -> the entry some node applied there; index 0 unused. */
  readonly #committed: Entry[] = [];
  /** index -> state machine digest after applying that index. */
  readonly #stateAt: number[] = [0];
  /** `${index}:${term}` -> what every log holding that entry must agree on. */
  readonly #logRecords = new Map<string, LogRecord>();

  constructor(options: SimulationOptions) {
    this.seed = options.seed;
    this.random = mulberry32(options.seed);
    this.#tickMs = options.tickMs ?? 10;
    this.#network = options.network ?? RELIABLE_NETWORK;
    this.#config = options.config ?? (() => ({}));
    this.#tuning = options.maxEntriesPerAppend === undefined ? {} : { maxEntriesPerAppend: options.maxEntriesPerAppend };
    this.ids = Array.from({ length: options.nodes }, (_, position) => position + 1);
    for (const id of this.ids) {
      this.#nodes.set(id, {
        id,
        raft: undefined,
        incarnation: 0,
        group: 0,
        inFlightLoss: new Map(),
        storage: { hardState: EMPTY_HARD_STATE, unsynced: undefined, entries: [] },
        appliedIndex: 0,
        appliedHash: 0,
      });
    }
    for (const id of this.ids) this.#start(id);
  }

  get now(): number {
    return this.#now;
  }

  get committedCount(): number {
    return this.#committed.length === 0 ? 0 : this.#committed.length - 1;
  }

  committedEntry(index: number): Entry | undefined {
    return this.#committed[index];
  }

  /** Every (term, leader) pair observed so far. */
  leadersByTerm(): ReadonlyMap<number, NodeId> {
    return this.#leaderOfTerm;
  }

  setNetwork(network: NetworkConditions): void {
    this.#network = network;
  }

  isUp(id: NodeId): boolean {
    return this.#node(id).raft !== undefined;
  }

  isConnected(id: NodeId): boolean {
    return this.#node(id).group === 0;
  }

  status(id: NodeId): RaftStatus | undefined {
    return this.#node(id).raft?.status();
  }

  appliedIndex(id: NodeId): number {
    return this.#node(id).appliedIndex;
  }

  storedLog(id: NodeId): readonly Entry[] {
    return this.#node(id).storage.entries;
  }

  /** Cut one node off from everyone (6.5840's disconnect). */
  disconnect(id: NodeId): void {
    this.#node(id).group = this.#nextGroup++;
  }

  connect(id: NodeId): void {
    this.#node(id).group = 0;
  }

  /** Only nodes within one group can talk: the first group stays "connected", unlisted nodes form one more group. */
  partition(groups: readonly (readonly NodeId[])[]): void {
    const rest = this.#nextGroup++;
    for (const node of this.#nodes.values()) node.group = rest;
    groups.forEach((group, position) => {
      const name = position === 0 ? 0 : this.#nextGroup++;
      for (const id of group) this.#node(id).group = name;
    });
  }

  heal(): void {
    for (const node of this.#nodes.values()) node.group = 0;
  }

  /**
   * Volatile state (the core, the state machine, unsynced writes) is lost; synced storage survives.
   * `inFlightLoss` is the chance that each message still in flight from the node dies with it, as when a
   * process is killed before its socket buffers drain — it leaves some followers with a leader's last
   * entries and others without, the situation Figure 8 is about.
   */
  crash(id: NodeId, inFlightLoss = 0): void {
    const node = this.#node(id);
    if (node.raft !== undefined) this.stats.crashes++;
    if (inFlightLoss > 0) node.inFlightLoss.set(node.incarnation, inFlightLoss);
    node.raft = undefined;
    node.incarnation++;
    node.storage.unsynced = undefined;
    node.appliedIndex = 0;
    node.appliedHash = 0;
  }

  restart(id: NodeId): void {
    if (!this.isUp(id)) this.#start(id);
  }

  runFor(durationMs: number): void {
    const until = this.#now + Math.max(0, Math.floor(durationMs));
    for (let event = this.#queue.peek(); event !== undefined && event.at <= until; event = this.#queue.peek()) {
      this.#queue.pop();
      this.#now = event.at;
      this.#handle(event);
    }
    this.#now = until;
  }

  /** Runs in small steps until `done()` holds; false when `maxMs` passed first. */
  runUntil(done: () => boolean, maxMs: number, stepMs = 10): boolean {
    const deadline = this.#now + maxMs;
    for (;;) {
      if (done()) return true;
      if (this.#now >= deadline) return false;
      this.runFor(Math.min(stepMs, deadline - this.#now));
    }
  }

  /** Client request to a random live node, following one not-leader redirect. */
  propose(data: string): { readonly node: NodeId; readonly index: number } | undefined {
    const up = this.ids.filter((id) => this.isUp(id));
    const first = up[Math.floor(this.random() * up.length)];
    if (first === undefined) return undefined;
    const attempt = (id: NodeId): ReturnType<RaftNode['propose']> => {
      const result = this.#node(id).raft!.propose(data);
      this.#afterInput(id);
      return result;
    };
    const result = attempt(first);
    if (result.ok) return { node: first, index: result.index };
    if (result.leader !== 0 && this.isUp(result.leader)) {
      const redirected = attempt(result.leader);
      if (redirected.ok) return { node: result.leader, index: redirected.index };
    }
    return undefined;
  }

  /** Proposes on every live node that believes it leads; returns the ones that accepted. */
  proposeToLeaders(data: string): NodeId[] {
    const accepted: NodeId[] = [];
    for (const id of this.ids) {
      const raft = this.#node(id).raft;
      if (raft === undefined || !raft.propose(data).ok) continue;
      this.#afterInput(id);
      accepted.push(id);
    }
    return accepted;
  }

  /** Live nodes whose state machine has applied `index`. */
  appliedCount(index: number): number {
    return this.ids.filter((id) => this.isUp(id) && this.#node(id).appliedIndex >= index).length;
  }

  /**
   * 6.5840's `one()`: get `data` committed and applied on at least `expected` live nodes within `maxMs`,
   * re-proposing (when `retry`) if a leader change loses it. Returns the index it landed at.
   */
  agree(data: string, expected: number, options: { readonly retry?: boolean; readonly maxMs?: number } = {}): number {
    const retry = options.retry ?? true;
    const deadline = this.#now + (options.maxMs ?? 10_000);
    while (this.#now < deadline) {
      const start = Math.floor(this.random() * this.ids.length);
      let index = -1;
      for (let offset = 0; offset < this.ids.length && index === -1; offset++) {
        const id = this.ids[(start + offset) % this.ids.length]!;
        const raft = this.#node(id).raft;
        if (raft === undefined) continue;
        const result = raft.propose(data);
        this.#afterInput(id);
        if (result.ok) index = result.index;
      }
      if (index === -1) {
        this.runFor(50);
        continue;
      }
      const applied = this.runUntil(() => this.appliedCount(index) >= expected, Math.min(2_000, Math.max(0, deadline - this.#now)));
      if (applied && this.#committed[index]?.data === data) return index;
      if (!retry) this.#violation(`"${data}" was not applied on ${expected} nodes (proposed at index ${index})`);
    }
    return this.#violation(`"${data}" did not reach agreement on ${expected} nodes within ${options.maxMs ?? 10_000} ms`);
  }

  /** Exactly one leader among connected live nodes at the newest term, polled like 6.5840's checkOneLeader. */
  checkOneLeader(): NodeId {
    for (let attempt = 0; attempt < 10; attempt++) {
      this.runFor(450 + Math.floor(this.random() * 100));
      const byTerm = new Map<number, NodeId[]>();
      for (const id of this.ids) {
        const status = this.status(id);
        if (status?.role !== 'leader' || !this.isConnected(id)) continue;
        byTerm.set(status.term, [...(byTerm.get(status.term) ?? []), id]);
      }
      const newest = Math.max(-1, ...byTerm.keys());
      const leaders = byTerm.get(newest);
      if (leaders?.length === 1) return leaders[0]!;
      if (leaders !== undefined && leaders.length > 1) this.#violation(`term ${newest} has leaders ${leaders.join(', ')}`);
    }
    return this.#violation('expected one leader among connected nodes, found none');
  }

  /** No live node believes it leads, connected or not: check-quorum must have demoted any isolated leader. */
  checkNoLeader(): void {
    const leaders = this.ids.filter((id) => this.status(id)?.role === 'leader');
    if (leaders.length > 0) this.#violation(`expected no leader, found ${leaders.join(', ')}`);
  }

  /**
   * Liveness: once the network is healed and every node is back, a new command commits on a majority
   * within `maxMs`, and every node has applied it within another `maxMs`.
   */
  checkLiveness(maxMs = 10_000): void {
    this.heal();
    this.setNetwork(RELIABLE_NETWORK);
    for (const id of this.ids) this.restart(id);
    const index = this.agree(`liveness-${this.seed}`, Math.floor(this.ids.length / 2) + 1, { maxMs });
    if (!this.runUntil(() => this.appliedCount(index) === this.ids.length, maxMs)) {
      this.#violation(`only ${this.appliedCount(index)} of ${this.ids.length} nodes applied index ${index} within ${maxMs} ms`);
    }
    this.checkLogMatching();
  }

  /** Full pairwise log matching over stable storage (the incremental check already ran on every write). */
  checkLogMatching(): void {
    for (const a of this.ids) {
      for (const b of this.ids) {
        if (a >= b) continue;
        const left = this.storedLog(a);
        const right = this.storedLog(b);
        let agreedUpTo = Math.min(left.length, right.length);
        while (agreedUpTo > 0 && left[agreedUpTo - 1]!.term !== right[agreedUpTo - 1]!.term) agreedUpTo--;
        for (let index = 1; index <= agreedUpTo; index++) {
          const x = left[index - 1]!;
          const y = right[index - 1]!;
          if (x.term !== y.term || x.type !== y.type || x.data !== y.data) {
            this.#violation(`logs of ${a} and ${b} agree at ${agreedUpTo} but differ at ${index}`);
          }
        }
      }
    }
  }

  // --- engine -------------------------------------------------------------------------------------------

  #node(id: NodeId): SimNode {
    const node = this.#nodes.get(id);
    if (node === undefined) throw new Error(`no node ${id}`);
    return node;
  }

  #start(id: NodeId): void {
    const node = this.#node(id);
    const { hardState, entries } = node.storage;
    const restored = hardState.term > 0 || entries.length > 0 ? { hardState, entries: [...entries] } : undefined;
    node.raft = createRaft({
      ...this.#config(id),
      id,
      peers: this.ids,
      random: mulberry32(Math.floor(this.random() * 2 ** 32)),
      ...(restored ? { restored } : {}),
    }, this.#tuning);
    node.incarnation++;
    node.appliedIndex = 0;
    node.appliedHash = 0;
    this.#queue.push({ at: this.#now + 1 + Math.floor(this.random() * this.#tickMs), kind: 'tick', node: id, incarnation: node.incarnation });
    this.#afterInput(id);
  }

  #handle(event: SimEvent): void {
    if (event.kind === 'tick') {
      const node = this.#node(event.node);
      if (node.raft === undefined || node.incarnation !== event.incarnation) return;
      node.raft.tick();
      this.#afterInput(node.id);
      this.#queue.push({ at: event.at + this.#tickMs, kind: 'tick', node: node.id, incarnation: node.incarnation });
      return;
    }
    const { message } = event;
    const target = this.#node(message.to);
    const loss = this.#node(message.from).inFlightLoss.get(event.senderIncarnation);
    if (target.raft === undefined || !this.#reachable(message.from, message.to) || (loss !== undefined && this.random() < loss)) {
      this.stats.dropped++;
      return;
    }
    this.stats.delivered++;
    target.raft.step(message);
    this.#afterInput(target.id);
  }

  #reachable(from: NodeId, to: NodeId): boolean {
    return this.#node(from).group === this.#node(to).group;
  }

  #send(message: Message): void {
    if (!this.#reachable(message.from, message.to) || this.random() < this.#network.dropRate) {
      this.stats.dropped++;
      return;
    }
    const copies = this.random() < this.#network.duplicateRate ? 2 : 1;
    for (let copy = 0; copy < copies; copy++) {
      const { fifo, minDelayMs, maxDelayMs, longDelayRate, longDelayMaxMs } = this.#network;
      let delay = minDelayMs + Math.floor(this.random() * (maxDelayMs - minDelayMs + 1));
      if (this.random() < longDelayRate) delay += Math.floor(this.random() * longDelayMaxMs);
      let at = this.#now + Math.max(1, delay);
      if (fifo) {
        const link = `${message.from}>${message.to}`;
        at = Math.max(at, this.#linkBusyUntil.get(link) ?? 0);
        this.#linkBusyUntil.set(link, at);
      }
      const senderIncarnation = this.#node(message.from).incarnation;
      this.#queue.push({ at, kind: 'deliver', message, senderIncarnation });
    }
  }

  /** Drains every Ready the input produced, in the documented order, then checks election safety. */
  #afterInput(id: NodeId): void {
    const node = this.#node(id);
    const raft = node.raft;
    if (raft === undefined) return;
    while (raft.hasReady()) {
      const ready = raft.ready();
      for (const event of ready.events) {
        if (event.kind === 'won-election') this.stats.elections++;
        else if (event.kind === 'log-truncated') this.stats.truncations++;
      }
      this.#persist(node, ready);
      for (const message of ready.messages) this.#send(message);
      this.#apply(node, ready.committedEntries);
      raft.advance(ready);
    }
    const status = raft.status();
    if (status.applied !== node.appliedIndex) {
      this.#violation(`node ${id} reports applied ${status.applied} but its state machine is at ${node.appliedIndex}`);
    }
    if (status.role === 'leader') this.#observeLeader(id, status.term);
  }

  #observeLeader(id: NodeId, term: number): void {
    const known = this.#leaderOfTerm.get(term);
    if (known === id) return;
    if (known !== undefined) this.#violation(`two leaders in term ${term}: ${known} and ${id}`);
    this.#leaderOfTerm.set(term, id);
    // Leader completeness: every entry anyone applied is in the log of every later leader.
    const log = this.#node(id).storage.entries;
    for (let index = 1; index < this.#committed.length; index++) {
      if (log[index - 1]?.term !== this.#committed[index]!.term) {
        this.#violation(`node ${id} became leader of term ${term} without committed entry ${index}`);
      }
    }
  }

  #persist(node: SimNode, ready: Ready): void {
    const storage = node.storage;
    const current = storage.unsynced ?? storage.hardState;
    const next = ready.hardState;
    if (next !== undefined) {
      if (next.term < current.term) this.#violation(`node ${node.id} term went back from ${current.term} to ${next.term}`);
      if (next.term === current.term && current.vote !== 0 && next.vote !== current.vote) {
        this.#violation(`node ${node.id} changed its vote in term ${next.term} from ${current.vote} to ${next.vote}`);
      }
      if ((next.term !== current.term || next.vote !== current.vote) && !ready.mustSync) {
        this.#violation(`node ${node.id} changed term/vote without mustSync`);
      }
    }
    if (ready.entries.length > 0) {
      if (!ready.mustSync) this.#violation(`node ${node.id} handed out entries without mustSync`);
      this.#writeEntries(node, ready.entries);
    }
    if (ready.mustSync) {
      storage.hardState = next ?? current;
      storage.unsynced = undefined;
    } else if (next !== undefined) {
      storage.unsynced = next;
    }
    const commit = (storage.unsynced ?? storage.hardState).commit;
    if (commit > storage.entries.length) this.#violation(`node ${node.id} persisted commit ${commit} beyond its log (${storage.entries.length})`);
  }

  #writeEntries(node: SimNode, entries: readonly Entry[]): void {
    const log = node.storage.entries;
    const first = entries[0]!.index;
    if (first > log.length + 1) this.#violation(`node ${node.id} wrote entry ${first} after a gap (stored up to ${log.length})`);
    entries.forEach((entry, position) => {
      if (entry.index !== first + position) this.#violation(`node ${node.id} got non-contiguous entries in one Ready`);
    });
    for (let index = first; index <= log.length; index++) {
      const removed = log[index - 1]!;
      const committed = this.#committed[index];
      const replacement = entries[index - first];
      if (committed?.term === removed.term && replacement?.term !== committed.term) {
        this.#violation(`node ${node.id} overwrote committed entry ${index} (term ${committed.term})`);
      }
    }
    log.length = first - 1;
    for (const entry of entries) {
      const prevTerm = entry.index === 1 ? 0 : log[entry.index - 2]!.term;
      const key = `${entry.index}:${entry.term}`;
      const record = this.#logRecords.get(key);
      if (record === undefined) {
        this.#logRecords.set(key, { prevTerm, type: entry.type, data: entry.data });
      } else if (record.prevTerm !== prevTerm || record.type !== entry.type || record.data !== entry.data) {
        this.#violation(`log matching: node ${node.id} stores a different entry ${entry.index} in term ${entry.term}`);
      }
      log.push(entry);
    }
  }

  #apply(node: SimNode, entries: readonly Entry[]): void {
    for (const entry of entries) {
      if (entry.index !== node.appliedIndex + 1) {
        this.#violation(`node ${node.id} applied ${entry.index} after ${node.appliedIndex}`);
      }
      if (node.storage.entries[entry.index - 1]?.term !== entry.term) {
        this.#violation(`node ${node.id} applied entry ${entry.index} that is not in its stable log`);
      }
      const known = this.#committed[entry.index];
      if (known === undefined) {
        this.#committed[entry.index] = entry;
      } else if (known.term !== entry.term || known.type !== entry.type || known.data !== entry.data) {
        this.#violation(`node ${node.id} applied ${entry.index}/${entry.term} where ${known.index}/${known.term} was committed`);
      }
      node.appliedHash = hashStep(node.appliedHash, entry);
      const expected = this.#stateAt[entry.index];
      if (expected === undefined) this.#stateAt[entry.index] = node.appliedHash;
      else if (expected !== node.appliedHash) this.#violation(`state machine of node ${node.id} diverged at ${entry.index}`);
      node.appliedIndex = entry.index;
    }
  }

  #violation(message: string): never {
    throw new SimulationViolation(this.seed, this.#now, message);
  }
}

/** FNV-1a over the previous digest and the entry: the state machine is the digest of everything applied. */
function hashStep(previous: number, entry: Entry): number {
  let hash = (previous ^ 0x811c9dc5) >>> 0;
  const text = `${entry.index}|${entry.term}|${entry.type}|${entry.data}`;
  for (let position = 0; position < text.length; position++) {
    hash ^= text.charCodeAt(position);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Binary min-heap on (at, seq): earliest first, insertion order among equals. */
class EventQueue {
  readonly #heap: SimEvent[] = [];
  #seq = 0;

  push(event: ScheduledEvent): void {
    const heap = this.#heap;
    heap.push({ ...event, seq: this.#seq++ });
    let child = heap.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!before(heap[child]!, heap[parent]!)) break;
      [heap[child], heap[parent]] = [heap[parent]!, heap[child]!];
      child = parent;
    }
  }

  peek(): SimEvent | undefined {
    return this.#heap[0];
  }

  pop(): SimEvent | undefined {
    const heap = this.#heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last !== undefined) {
      heap[0] = last;
      let parent = 0;
      for (;;) {
        const left = 2 * parent + 1;
        const right = left + 1;
        let smallest = parent;
        if (left < heap.length && before(heap[left]!, heap[smallest]!)) smallest = left;
        if (right < heap.length && before(heap[right]!, heap[smallest]!)) smallest = right;
        if (smallest === parent) break;
        [heap[smallest], heap[parent]] = [heap[parent]!, heap[smallest]!];
        parent = smallest;
      }
    }
    return top;
  }
}

function before(a: SimEvent, b: SimEvent): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
