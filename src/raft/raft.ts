// The Raft consensus core as a deterministic state machine, in the style of etcd-io/raft.
//
// Inputs are tick(), step(message) and propose(data); everything the node wants done comes back in a Ready.
// Driving contract — for each Ready, in this order:
//   1. persist `hardState` and `entries` (fsync first when `mustSync` is true),
//   2. send `messages` — a message never leaves in an earlier Ready than the state it depends on, so a
//      granted vote travels with the persisted vote and an Append acknowledgement with the persisted entries,
//   3. apply `committedEntries` (they may include this Ready's `entries`; skip `noop` ones),
//   4. call advance(ready) before asking for the next Ready.
// The core never reads clocks or randomness of its own; one tick is whatever period the driver chooses (10 ms).

import { Progress } from './progress.js';
import { quorumMatchIndex, quorumSize, tallyVotes } from './quorum.js';
import { RaftError } from './raft-errors.js';
import { RaftLog } from './raft-log.js';
import type {
  Entry,
  HardState,
  Message,
  NodeId,
  ProposeResult,
  RaftConfig,
  RaftEvent,
  RaftNode,
  RaftStatus,
  Ready,
  Role,
  SoftState,
} from './types.js';

// 150-300 ms at 10 ms ticks: the range the Raft paper suggests, wide enough that split votes are rare.
export const DEFAULT_ELECTION_TICKS: readonly [number, number] = [15, 30];

// 50 ms at 10 ms ticks: several heartbeats fit in the minimum election timeout, so one lost heartbeat is harmless.
export const DEFAULT_HEARTBEAT_TICKS = 5;

// Bounds one Append so a far-behind follower is caught up in batches instead of one huge message.
export const DEFAULT_MAX_ENTRIES_PER_APPEND = 64;

// Bounds the Appends a leader streams to one follower before hearing back (etcd's MaxInflightMsgs).
export const DEFAULT_MAX_INFLIGHT_APPENDS = 16;

// Knobs that are not part of the wire contract in types.ts; simulations shrink batches to reach rare paths.
export interface RaftTuning {
  readonly maxEntriesPerAppend?: number;
  readonly maxInflightAppends?: number;
}

type VoteRequest = Extract<Message, { type: 'Vote' | 'PreVote' }>;
type AppendRequest = Extract<Message, { type: 'Append' }>;
type HeartbeatRequest = Extract<Message, { type: 'Heartbeat' }>;
type AppendResponse = Extract<Message, { type: 'AppendResp' }>;

// The one way to build a node; the class stays private so callers depend only on the RaftNode contract.
export function createRaft(config: RaftConfig, tuning: RaftTuning = {}): RaftNode {
  return new Raft(config, tuning);
}

class Raft implements RaftNode {
  readonly #id: NodeId;
  readonly #peers: readonly NodeId[];
  readonly #clusterSize: number;
  readonly #electionTicks: readonly [number, number];
  readonly #heartbeatTicks: number;
  readonly #bootstrapElectionTicks: number | undefined;
  readonly #preVote: boolean;
  readonly #checkQuorum: boolean;
  readonly #random: () => number;
  readonly #maxEntriesPerAppend: number;
  readonly #maxInflightAppends: number;
  readonly #log: RaftLog;

  #role: Role = 'follower';
  #term: number;
  #vote: NodeId;
  #leader: NodeId = 0;

  #electionElapsed = 0;
  #electionTimeout = 0;
  #heartbeatElapsed = 0;
  #ticksSinceLeader = 0;

  readonly #votes = new Map<NodeId, boolean>();
  readonly #progress = new Map<NodeId, Progress>();

  #messages: Message[] = [];
  #events: RaftEvent[] = [];
  #persisted: HardState;
  #reported: SoftState;

  constructor(config: RaftConfig, tuning: RaftTuning) {
    validateConfig(config);
    this.#maxEntriesPerAppend = validateTuning('maxEntriesPerAppend', tuning.maxEntriesPerAppend, DEFAULT_MAX_ENTRIES_PER_APPEND);
    this.#maxInflightAppends = validateTuning('maxInflightAppends', tuning.maxInflightAppends, DEFAULT_MAX_INFLIGHT_APPENDS);
    this.#id = config.id;
    this.#peers = config.peers.filter((peer) => peer !== config.id);
    this.#clusterSize = config.peers.length;
    this.#electionTicks = config.electionTicks ?? DEFAULT_ELECTION_TICKS;
    this.#heartbeatTicks = config.heartbeatTicks ?? DEFAULT_HEARTBEAT_TICKS;
    this.#bootstrapElectionTicks = config.bootstrapElectionTicks;
    this.#preVote = config.preVote ?? true;
    this.#checkQuorum = config.checkQuorum ?? true;
    this.#random = config.random;

    const restored = config.restored;
    this.#log = new RaftLog(restored?.entries, restored?.hardState.commit);
    this.#term = restored?.hardState.term ?? 0;
    this.#vote = restored?.hardState.vote ?? 0;
    this.#persisted = this.#hardState();
    this.#reported = this.#softState();
    this.#resetElectionTimer();
  }

  tick(): void {
    if (this.#role === 'leader') this.#tickLeader();
    else this.#tickElection();
  }

  step(message: Message): void {
    if (message.to !== this.#id || !this.#peers.includes(message.from)) return;
    if (message.term > this.#term) {
      if (!this.#acceptHigherTerm(message)) return;
    } else if (message.term < this.#term) {
      this.#answerStaleTerm(message);
      return;
    }

    switch (message.type) {
      case 'PreVote':
      case 'Vote':
        this.#handleVoteRequest(message);
        return;
      case 'PreVoteResp':
        // Grants carry the term asked for (term+1), rejections the voter's own; anything else is from an older round.
        if (this.#role === 'pre-candidate' && message.term === this.#term + (message.reject ? 0 : 1)) {
          this.#recordVote(message.from, !message.reject);
        }
        return;
      case 'VoteResp':
        if (this.#role === 'candidate') this.#recordVote(message.from, !message.reject);
        return;
      case 'Append':
      case 'Heartbeat':
        if (this.#role === 'leader') return;
        this.#heardFromLeader(message.from);
        if (message.type === 'Append') this.#handleAppend(message);
        else this.#handleHeartbeat(message);
        return;
      case 'AppendResp':
        if (this.#role === 'leader') this.#handleAppendResponse(message);
        return;
      case 'HeartbeatResp':
        if (this.#role === 'leader') this.#handleHeartbeatResponse(message.from);
        return;
    }
  }

  propose(data: string): ProposeResult {
    if (this.#role !== 'leader') return { ok: false, reason: 'not-leader', leader: this.#leader };
    const entry: Entry = { index: this.#log.lastIndex + 1, term: this.#term, type: 'normal', data };
    this.#appendAndReplicate(entry);
    return { ok: true, index: entry.index, term: entry.term };
  }

  hasReady(): boolean {
    return (
      this.#messages.length > 0 ||
      this.#events.length > 0 ||
      this.#log.hasUnstable() ||
      this.#log.hasNextCommitted() ||
      !sameHardState(this.#hardState(), this.#persisted) ||
      !sameSoftState(this.#softState(), this.#reported)
    );
  }

  ready(): Ready {
    const hardState = this.#hardState();
    const softState = this.#softState();
    const entries = this.#log.unstableEntries();
    const ready: Ready = {
      ...(sameHardState(hardState, this.#persisted) ? {} : { hardState }),
      entries,
      mustSync: entries.length > 0 || hardState.term !== this.#persisted.term || hardState.vote !== this.#persisted.vote,
      messages: this.#messages,
      committedEntries: this.#log.takeNextCommitted(),
      ...(sameSoftState(softState, this.#reported) ? {} : { softState }),
      events: this.#events,
    };
    this.#messages = [];
    this.#events = [];
    this.#reported = softState;
    return ready;
  }

  advance(ready: Ready): void {
    if (ready.hardState) this.#persisted = ready.hardState;
    const lastEntry = ready.entries.at(-1);
    if (lastEntry) this.#log.stableTo(lastEntry.index, lastEntry.term);
    const lastCommitted = ready.committedEntries.at(-1);
    if (lastCommitted) this.#log.appliedTo(lastCommitted.index);
  }

  status(): RaftStatus {
    return {
      id: this.#id,
      role: this.#role,
      term: this.#term,
      leader: this.#leader,
      vote: this.#vote,
      commit: this.#log.committed,
      applied: this.#log.applied,
      lastIndex: this.#log.lastIndex,
      lastTerm: this.#log.lastTerm,
    };
  }

  // --- timers -------------------------------------------------------------------------------------------

  #tickElection(): void {
    this.#electionElapsed++;
    if (this.#leader !== 0) this.#ticksSinceLeader++;
    if (this.#electionElapsed < this.#electionTimeout) return;
    if (this.#role === 'follower' && this.#leader !== 0) {
      this.#emit({ kind: 'heartbeat-timeout', term: this.#term, leader: this.#leader, ticksSinceLeader: this.#ticksSinceLeader });
    }
    this.#emit({ kind: 'election-timeout', term: this.#term, becoming: this.#preVote ? 'pre-candidate' : 'candidate' });
    if (this.#preVote) this.#becomePreCandidate();
    else this.#becomeCandidate();
  }

  #tickLeader(): void {
    this.#heartbeatElapsed++;
    this.#electionElapsed++;
    if (this.#electionElapsed >= this.#electionTicks[0]) {
      this.#electionElapsed = 0;
      if (this.#checkQuorum && !this.#quorumActive()) {
        this.#emit({ kind: 'stepped-down', term: this.#term, reason: 'check-quorum' });
        this.#becomeFollower(this.#term, 0);
        return;
      }
    }
    if (this.#heartbeatElapsed >= this.#heartbeatTicks) {
      this.#heartbeatElapsed = 0;
      for (const peer of this.#peers) this.#sendHeartbeat(peer);
    }
  }

  /** Re-randomized on every reset so that split votes do not repeat (§5.2). */
  #resetElectionTimer(): void {
    this.#electionElapsed = 0;
    const bootstrapping = this.#bootstrapElectionTicks !== undefined && this.#term === 0 && this.#log.lastIndex === 0;
    if (bootstrapping) {
      this.#electionTimeout = this.#bootstrapElectionTicks!;
      return;
    }
    const [min, max] = this.#electionTicks;
    this.#electionTimeout = Math.min(max - 1, min + Math.floor(this.#random() * (max - min)));
  }

  /** Check-quorum: did a majority (counting this leader) answer during the last election timeout? */
  #quorumActive(): boolean {
    let active = 1;
    for (const progress of this.#progress.values()) {
      if (progress.recentActive) active++;
      progress.recentActive = false;
    }
    return active >= quorumSize(this.#clusterSize);
  }

  /**
   * Leader lease: a node that heard from a leader within the minimum election timeout believes that leader
   * is alive, so it refuses to help depose it. This is what stops a rejoining partitioned node from
   * disrupting a healthy cluster.
   */
  #inLeaderLease(): boolean {
    return this.#checkQuorum && this.#leader !== 0 && this.#electionElapsed < this.#electionTicks[0];
  }

  // --- role transitions ---------------------------------------------------------------------------------

  /** Any Append or Heartbeat of the current term: that sender leads it, and the election timer starts over. */
  #heardFromLeader(leader: NodeId): void {
    if (this.#role !== 'follower' || this.#leader !== leader) {
      this.#becomeFollower(this.#term, leader);
      return;
    }
    this.#ticksSinceLeader = 0;
    this.#resetElectionTimer();
  }

  #becomeFollower(term: number, leader: NodeId): void {
    const changed = this.#role !== 'follower' || term !== this.#term || leader !== this.#leader;
    if (term !== this.#term) {
      this.#term = term;
      this.#vote = 0;
    }
    this.#role = 'follower';
    this.#leader = leader;
    this.#ticksSinceLeader = 0;
    this.#votes.clear();
    this.#progress.clear();
    this.#resetElectionTimer();
    if (changed) this.#emit({ kind: 'became-follower', term, leader });
  }

  /** Pre-vote (§9.6 of the Raft thesis): ask whether an election for term+1 could be won, without bumping the term. */
  #becomePreCandidate(): void {
    this.#role = 'pre-candidate';
    this.#leader = 0;
    this.#startPoll();
    if (this.#role !== 'pre-candidate') return;
    for (const peer of this.#peers) {
      this.#send({ type: 'PreVote', from: this.#id, to: peer, term: this.#term + 1, lastLogIndex: this.#log.lastIndex, lastLogTerm: this.#log.lastTerm });
    }
  }

  #becomeCandidate(): void {
    this.#role = 'candidate';
    this.#term++;
    this.#vote = this.#id;
    this.#leader = 0;
    this.#emit({ kind: 'became-candidate', term: this.#term });
    this.#startPoll();
    if (this.#role !== 'candidate') return;
    for (const peer of this.#peers) {
      this.#send({ type: 'Vote', from: this.#id, to: peer, term: this.#term, lastLogIndex: this.#log.lastIndex, lastLogTerm: this.#log.lastTerm });
    }
  }

  #startPoll(): void {
    this.#votes.clear();
    this.#resetElectionTimer();
    this.#recordVote(this.#id, true);
  }

  #becomeLeader(votes: number): void {
    this.#role = 'leader';
    this.#leader = this.#id;
    this.#heartbeatElapsed = 0;
    this.#electionElapsed = 0;
    this.#progress.clear();
    for (const peer of this.#peers) this.#progress.set(peer, new Progress(this.#log.lastIndex + 1, this.#maxInflightAppends));
    this.#emit({ kind: 'won-election', term: this.#term, votes, clusterSize: this.#clusterSize });
    // §8: entries from earlier terms only commit once an entry of the leader's own term does (Figure 8).
    this.#appendAndReplicate({ index: this.#log.lastIndex + 1, term: this.#term, type: 'noop', data: '' });
  }

  #recordVote(from: NodeId, granted: boolean): void {
    if (!this.#votes.has(from)) this.#votes.set(from, granted);
    const tally = tallyVotes(this.#votes, this.#clusterSize);
    if (tally.outcome === 'won') {
      if (this.#role === 'pre-candidate') this.#becomeCandidate();
      else this.#becomeLeader(tally.granted);
    } else if (tally.outcome === 'lost') {
      if (this.#role === 'candidate') {
        this.#emit({ kind: 'lost-election', term: this.#term, rejections: tally.rejected, clusterSize: this.#clusterSize });
      }
      this.#becomeFollower(this.#term, 0);
    }
  }

  // --- message handling ---------------------------------------------------------------------------------

  /** §5.1: a higher term makes the node a follower — except for the pre-vote cases and inside a leader lease. */
  #acceptHigherTerm(message: Message): boolean {
    if ((message.type === 'Vote' || message.type === 'PreVote') && this.#inLeaderLease()) {
      this.#rejectVote(message, 'leader-lease');
      return false;
    }
    if (message.type === 'PreVote' || (message.type === 'PreVoteResp' && !message.reject)) return true;
    if (this.#role === 'leader') this.#emit({ kind: 'stepped-down', term: this.#term, reason: 'higher-term' });
    const leader = message.type === 'Append' || message.type === 'Heartbeat' ? message.from : 0;
    this.#becomeFollower(message.term, leader);
    return true;
  }

  /** Tell a stale leader or candidate about the newer term so it steps down; stale responses are dropped. */
  #answerStaleTerm(message: Message): void {
    switch (message.type) {
      case 'PreVote':
      case 'Vote':
        this.#rejectVote(message, 'stale-term');
        return;
      case 'Append':
        // Index 0 matches trivially, so a leader already at this term ignores the answer.
        this.#send({ type: 'AppendResp', from: this.#id, to: message.from, term: this.#term, reject: false, index: 0 });
        return;
      case 'Heartbeat':
        this.#send({ type: 'HeartbeatResp', from: this.#id, to: message.from, term: this.#term });
        return;
      default:
        return;
    }
  }

  #handleVoteRequest(message: VoteRequest): void {
    const preVote = message.type === 'PreVote';
    const canVote =
      this.#vote === message.from || (this.#vote === 0 && this.#leader === 0) || (preVote && message.term > this.#term);
    if (!canVote) {
      this.#rejectVote(message, this.#leader !== 0 ? 'has-leader' : 'already-voted');
      return;
    }
    if (!this.#log.isUpToDate(message.lastLogIndex, message.lastLogTerm)) {
      this.#rejectVote(message, 'log-not-up-to-date');
      return;
    }
    if (!preVote) {
      this.#vote = message.from;
      this.#resetElectionTimer();
    }
    // The grant carries the requested term: a pre-candidate is still at term-1 and would drop anything older.
    const type = preVote ? 'PreVoteResp' : 'VoteResp';
    this.#send({ type, from: this.#id, to: message.from, term: message.term, reject: false });
    this.#emit({ kind: 'granted-vote', term: message.term, candidate: message.from, preVote });
  }

  /** Events carry the term the candidate asked for; the response carries ours so a stale candidate learns it. */
  #rejectVote(message: VoteRequest, reason: string): void {
    const preVote = message.type === 'PreVote';
    const type = preVote ? 'PreVoteResp' : 'VoteResp';
    this.#send({ type, from: this.#id, to: message.from, term: this.#term, reject: true });
    this.#emit({ kind: 'rejected-vote', term: message.term, candidate: message.from, preVote, reason });
  }

  #handleAppend(message: AppendRequest): void {
    const reply = (reject: boolean, index: number): void =>
      this.#send({ type: 'AppendResp', from: this.#id, to: message.from, term: this.#term, reject, index });

    if (message.prevIndex < this.#log.committed) {
      reply(false, this.#log.committed);
      return;
    }
    const outcome = this.#log.maybeAppend(message.prevIndex, message.prevTerm, message.commit, message.entries);
    if (outcome === undefined) {
      reply(true, this.#log.conflictHint(message.prevIndex - 1, message.prevTerm));
      return;
    }
    if (outcome.truncatedFrom !== 0) this.#emit({ kind: 'log-truncated', fromIndex: outcome.truncatedFrom });
    reply(false, outcome.lastNewIndex);
  }

  /** The leader sends min(match, commit), so the follower is known to hold every entry up to it. */
  #handleHeartbeat(message: HeartbeatRequest): void {
    this.#log.commitTo(message.commit);
    this.#send({ type: 'HeartbeatResp', from: this.#id, to: message.from, term: this.#term });
  }

  #handleAppendResponse(message: AppendResponse): void {
    const progress = this.#progress.get(message.from);
    if (progress === undefined) return;
    progress.recentActive = true;
    if (message.reject) {
      if (progress.rejected(message.index)) this.#replicateTo(message.from, progress);
      return;
    }
    if (!progress.acknowledge(message.index)) return;
    if (this.#maybeCommit()) this.#broadcastCommit();
    if (progress.next <= this.#log.lastIndex) this.#replicateTo(message.from, progress);
  }

  #handleHeartbeatResponse(from: NodeId): void {
    const progress = this.#progress.get(from);
    if (progress === undefined) return;
    progress.heardFrom();
    // Also the retry path for lost Appends: an Append at `next` either confirms the follower or is rejected with a hint.
    if (progress.match < this.#log.lastIndex) this.#replicateTo(from, progress);
  }

  // --- replication --------------------------------------------------------------------------------------

  #appendAndReplicate(entry: Entry): void {
    this.#log.append(entry);
    for (const [peer, progress] of this.#progress) this.#replicateTo(peer, progress);
    this.#maybeCommit();
  }

  /** One Append (possibly empty, as a probe); while replicating, as many more as the inflight window allows. */
  #replicateTo(to: NodeId, progress: Progress): void {
    if (progress.paused) return;
    this.#sendAppend(to, progress);
    while (progress.state === 'replicate' && !progress.paused && progress.next <= this.#log.lastIndex) this.#sendAppend(to, progress);
  }

  #sendAppend(to: NodeId, progress: Progress): void {
    const prevIndex = Math.min(progress.next, this.#log.lastIndex + 1) - 1;
    const entries = this.#log.entriesFrom(prevIndex + 1, this.#maxEntriesPerAppend);
    this.#send({
      type: 'Append',
      from: this.#id,
      to,
      term: this.#term,
      prevIndex,
      prevTerm: this.#log.term(prevIndex)!,
      entries,
      commit: this.#log.committed,
    });
    progress.sent(prevIndex + entries.length);
  }

  #sendHeartbeat(to: NodeId): void {
    const match = this.#progress.get(to)?.match ?? 0;
    this.#send({ type: 'Heartbeat', from: this.#id, to, term: this.#term, commit: Math.min(match, this.#log.committed) });
  }

  /**
   * §5.4.2 / Figure 8: commit the highest index stored on a majority, but only if that entry is from the
   * current term; earlier entries then commit implicitly by the Log Matching Property.
   */
  #maybeCommit(): boolean {
    const matches = [this.#log.lastIndex, ...[...this.#progress.values()].map((progress) => progress.match)];
    const index = quorumMatchIndex(matches);
    if (this.#log.term(index) !== this.#term) return false;
    return this.#log.commitTo(index);
  }

  /** An empty Append at the follower's match point carries the new commit index without risking a rejection. */
  #broadcastCommit(): void {
    for (const [peer, progress] of this.#progress) {
      if (progress.match === 0 || progress.next <= this.#log.lastIndex) continue;
      this.#send({
        type: 'Append',
        from: this.#id,
        to: peer,
        term: this.#term,
        prevIndex: progress.match,
        prevTerm: this.#log.term(progress.match)!,
        entries: [],
        commit: this.#log.committed,
      });
    }
  }

  // --- output -------------------------------------------------------------------------------------------

  #send(message: Message): void {
    this.#messages.push(message);
  }

  #emit(event: RaftEvent): void {
    this.#events.push(event);
  }

  #hardState(): HardState {
    return { term: this.#term, vote: this.#vote, commit: this.#log.committed };
  }

  #softState(): SoftState {
    return { role: this.#role, leader: this.#leader, term: this.#term };
  }
}

function sameHardState(a: HardState, b: HardState): boolean {
  return a.term === b.term && a.vote === b.vote && a.commit === b.commit;
}

function sameSoftState(a: SoftState, b: SoftState): boolean {
  return a.role === b.role && a.leader === b.leader && a.term === b.term;
}

function validateTuning(name: string, value: number | undefined, fallback: number): number {
  const chosen = value ?? fallback;
  if (!Number.isInteger(chosen) || chosen < 1) throw new RaftError('RAFT_CONFIG_INVALID', `${name} must be a positive integer, got ${chosen}`);
  return chosen;
}

function validateConfig(config: RaftConfig): void {
  const fail = (message: string): never => {
    throw new RaftError('RAFT_CONFIG_INVALID', message);
  };
  const positive = (value: number): boolean => Number.isInteger(value) && value > 0;
  if (!positive(config.id)) fail(`id must be a positive integer, got ${config.id}`);
  if (!config.peers.every(positive)) fail('peer ids must be positive integers');
  if (new Set(config.peers).size !== config.peers.length) fail('peer ids must be unique');
  if (!config.peers.includes(config.id)) fail(`peers must include the node's own id ${config.id}`);
  const [min, max] = config.electionTicks ?? DEFAULT_ELECTION_TICKS;
  if (!positive(min) || !positive(max) || max <= min) fail(`electionTicks must be [min, max) with 0 < min < max, got [${min}, ${max})`);
  const heartbeat = config.heartbeatTicks ?? DEFAULT_HEARTBEAT_TICKS;
  if (!positive(heartbeat) || heartbeat >= min) fail(`heartbeatTicks must be positive and below the minimum election timeout ${min}`);
  const bootstrap = config.bootstrapElectionTicks;
  if (bootstrap !== undefined && !positive(bootstrap)) fail(`bootstrapElectionTicks must be a positive integer, got ${bootstrap}`);
}
