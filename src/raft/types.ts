// The contract between the pure Raft core (src/raft/raft.ts) and the process that drives it (src/kv/).
// Shaped like etcd-io/raft: the core never touches sockets, disk or clocks; it hands back a Ready.

export type NodeId = number;

export type Role = 'follower' | 'pre-candidate' | 'candidate' | 'leader';

// `noop` is the empty entry a new leader appends so it can commit earlier terms (Raft §8, Figure 8).
export type EntryType = 'normal' | 'noop';

export interface Entry {
  readonly index: number;
  readonly term: number;
  readonly type: EntryType;
  /** Opaque command for the state machine (the KV layer puts JSON here). Empty for noop. */
  readonly data: string;
}

/** What must survive a crash before any message that depends on it is sent. */
export interface HardState {
  readonly term: number;
  /** 0 = voted for nobody in `term`. */
  readonly vote: NodeId;
  readonly commit: number;
}

export interface SoftState {
  readonly role: Role;
  /** 0 = no known leader. */
  readonly leader: NodeId;
  readonly term: number;
}

interface MessageBase {
  readonly from: NodeId;
  readonly to: NodeId;
  readonly term: number;
}

export type Message =
  | (MessageBase & { readonly type: 'PreVote'; readonly lastLogIndex: number; readonly lastLogTerm: number })
  | (MessageBase & { readonly type: 'PreVoteResp'; readonly reject: boolean })
  | (MessageBase & { readonly type: 'Vote'; readonly lastLogIndex: number; readonly lastLogTerm: number })
  | (MessageBase & { readonly type: 'VoteResp'; readonly reject: boolean })
  | (MessageBase & {
      readonly type: 'Append';
      readonly prevIndex: number;
      readonly prevTerm: number;
      readonly entries: readonly Entry[];
      readonly commit: number;
    })
  | (MessageBase & {
      readonly type: 'AppendResp';
      readonly reject: boolean;
      /** On success: the highest index now known to match. On reject: a hint where to retry from. */
      readonly index: number;
    })
  | (MessageBase & { readonly type: 'Heartbeat'; readonly commit: number })
  | (MessageBase & { readonly type: 'HeartbeatResp' });

export type MessageType = Message['type'];

/**
 * Things worth a log line. The process wrapper turns them into the sentences the lesson quotes
 * ("heartbeat timeout — no message from leader node1 in 287ms", "won election for term 3 with 2/3 votes — now leader").
 */
export type RaftEvent =
  | { readonly kind: 'heartbeat-timeout'; readonly term: number; readonly leader: NodeId; readonly ticksSinceLeader: number }
  | { readonly kind: 'election-timeout'; readonly term: number; readonly becoming: 'pre-candidate' | 'candidate' }
  | { readonly kind: 'became-candidate'; readonly term: number }
  | { readonly kind: 'won-election'; readonly term: number; readonly votes: number; readonly clusterSize: number }
  | { readonly kind: 'lost-election'; readonly term: number; readonly rejections: number; readonly clusterSize: number }
  | { readonly kind: 'became-follower'; readonly term: number; readonly leader: NodeId }
  | { readonly kind: 'stepped-down'; readonly term: number; readonly reason: 'higher-term' | 'check-quorum' }
  | { readonly kind: 'granted-vote'; readonly term: number; readonly candidate: NodeId; readonly preVote: boolean }
  | { readonly kind: 'rejected-vote'; readonly term: number; readonly candidate: NodeId; readonly preVote: boolean; readonly reason: string }
  | { readonly kind: 'log-truncated'; readonly fromIndex: number };

export interface Ready {
  /** Set when term, vote or commit changed since the last advance(). Persist before sending `messages`. */
  readonly hardState?: HardState;
  /**
   * Entries to append to stable storage. If entries[0].index is at or below the stored last index,
   * the stored log from that index on is replaced (conflict truncation).
   */
  readonly entries: readonly Entry[];
  /** True when hardState (term/vote) or entries must be fsynced before `messages` are sent. */
  readonly mustSync: boolean;
  /** To send after the persistence above is durable. */
  readonly messages: readonly Message[];
  /** Newly committed entries, in order, to apply to the state machine. */
  readonly committedEntries: readonly Entry[];
  /** Set when role, leader or term changed. */
  readonly softState?: SoftState;
  readonly events: readonly RaftEvent[];
}

export interface RaftConfig {
  readonly id: NodeId;
  /** All voters including `id`. */
  readonly peers: readonly NodeId[];
  /** Randomized election timeout range in ticks, inclusive min, exclusive max (default [15, 30) = 150-300 ms at 10 ms ticks). */
  readonly electionTicks?: readonly [number, number];
  /** Default 5 (50 ms at 10 ms ticks). */
  readonly heartbeatTicks?: number;
  /**
   * Election timeout used while the node is fresh (term 0, empty log). Lets a bootstrapping cluster prefer a
   * first leader (node 1 in the lesson) through a real, but earlier, election.
   */
  readonly bootstrapElectionTicks?: number;
  readonly preVote?: boolean;
  readonly checkQuorum?: boolean;
  /** Uniform in [0, 1). Seeded in tests. */
  readonly random: () => number;
  /** State recovered from stable storage on restart. */
  readonly restored?: { readonly hardState: HardState; readonly entries: readonly Entry[] };
}

export type ProposeResult =
  | { readonly ok: true; readonly index: number; readonly term: number }
  | { readonly ok: false; readonly reason: 'not-leader'; readonly leader: NodeId };

export interface RaftStatus {
  readonly id: NodeId;
  readonly role: Role;
  readonly term: number;
  readonly leader: NodeId;
  readonly vote: NodeId;
  readonly commit: number;
  readonly applied: number;
  readonly lastIndex: number;
  readonly lastTerm: number;
}

/** The surface of the core the process wrapper and the simulations use. */
export interface RaftNode {
  tick(): void;
  step(message: Message): void;
  propose(data: string): ProposeResult;
  hasReady(): boolean;
  ready(): Ready;
  advance(ready: Ready): void;
  status(): RaftStatus;
}
