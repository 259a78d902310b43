// One test per rule of the Raft paper (and of the etcd-style extensions: pre-vote, check-quorum, Ready).
// Most tests drive a single node by hand-written messages; the cluster-level ones use the seeded simulator.

import { describe, expect, it } from 'vitest';
import { createRaft } from '../../src/raft/raft.js';
import { RaftError } from '../../src/raft/raft-errors.js';
import type { Entry, Message, NodeId, RaftConfig, RaftEvent, RaftNode, Ready } from '../../src/raft/types.js';
import { Simulation, mulberry32 } from './simulation.js';

type Overrides = Partial<Omit<RaftConfig, 'id'>>;

interface Drained {
  readonly readies: Ready[];
  readonly messages: Message[];
  readonly events: RaftEvent[];
  readonly entries: Entry[];
  readonly committed: Entry[];
}

/** `random: () => 0` makes every election timeout the minimum, 15 ticks. */
function makeNode(id: NodeId, overrides: Overrides = {}): RaftNode {
  return createRaft({ id, peers: [1, 2, 3], random: () => 0, ...overrides });
}

function entry(index: number, term: number, data = `e${index}`): Entry {
  return { index, term, type: 'normal', data };
}

function restored(term: number, entries: Entry[], vote: NodeId = 0, commit = 0): Overrides {
  return { restored: { hardState: { term, vote, commit }, entries } };
}

/** Processes every pending Ready the way a driver must, collecting what came out. */
function drain(node: RaftNode): Drained {
  const out: Drained = { readies: [], messages: [], events: [], entries: [], committed: [] };
  while (node.hasReady()) {
    const ready = node.ready();
    out.readies.push(ready);
    out.messages.push(...ready.messages);
    out.events.push(...ready.events);
    out.entries.push(...ready.entries);
    out.committed.push(...ready.committedEntries);
    node.advance(ready);
  }
  return out;
}

function tick(node: RaftNode, times: number): Drained {
  for (let count = 0; count < times; count++) node.tick();
  return drain(node);
}

function kinds(events: readonly RaftEvent[]): string[] {
  return events.map((event) => event.kind);
}

function ofType<T extends Message['type']>(messages: readonly Message[], type: T): Extract<Message, { type: T }>[] {
  return messages.filter((message): message is Extract<Message, { type: T }> => message.type === type);
}

/** Times a node out and answers its pre-vote and vote with grants from every peer: it leads term+1. */
function electLeader(node: RaftNode, peers: readonly NodeId[] = [2, 3]): Drained {
  const id = node.status().id;
  const term = node.status().term + 1;
  for (let ticks = 0; ticks < 100 && node.status().role === 'follower'; ticks++) node.tick();
  for (const peer of peers) node.step({ type: 'PreVoteResp', from: peer, to: id, term, reject: false });
  for (const peer of peers) node.step({ type: 'VoteResp', from: peer, to: id, term, reject: false });
  expect(node.status()).toMatchObject({ role: 'leader', term });
  return drain(node);
}

function vote(from: NodeId, to: NodeId, term: number, lastLogIndex: number, lastLogTerm: number, preVote = false): Message {
  return { type: preVote ? 'PreVote' : 'Vote', from, to, term, lastLogIndex, lastLogTerm };
}

function append(from: NodeId, to: NodeId, term: number, prevIndex: number, prevTerm: number, entries: Entry[], commit = 0): Message {
  return { type: 'Append', from, to, term, prevIndex, prevTerm, entries, commit };
}

describe('leader election (§5.2)', () => {
  it('votes at most once per term, but repeats a vote for the same candidate', () => {
    const node = makeNode(1);
    node.step(vote(2, 1, 1, 0, 0));
    node.step(vote(3, 1, 1, 0, 0));
    node.step(vote(2, 1, 1, 0, 0));
    const out = drain(node);
    expect(ofType(out.messages, 'VoteResp').map((m) => [m.to, m.reject])).toEqual([
      [2, false],
      [3, true],
      [2, false],
    ]);
    expect(out.events).toContainEqual({ kind: 'rejected-vote', term: 1, candidate: 3, preVote: false, reason: 'already-voted' });
    expect(node.status()).toMatchObject({ term: 1, vote: 2 });
  });

  it('grants only to a candidate whose log is at least as up to date: last term first, then length (§5.4.1)', () => {
    const node = makeNode(1, { peers: [1, 2, 3, 4, 5], ...restored(2, [entry(1, 1), entry(2, 2)]) });
    node.step(vote(2, 1, 3, 5, 1));
    node.step(vote(3, 1, 4, 1, 2));
    node.step(vote(4, 1, 5, 2, 2));
    node.step(vote(5, 1, 6, 1, 3));
    const responses = ofType(drain(node).messages, 'VoteResp');
    expect(responses.map((m) => [m.to, m.reject])).toEqual([
      [2, true],
      [3, true],
      [4, false],
      [5, false],
    ]);
  });

  it('steps down to follower on a higher term, as leader and as candidate (§5.1)', () => {
    const leader = makeNode(1);
    electLeader(leader);
    leader.step({ type: 'AppendResp', from: 2, to: 1, term: 7, reject: false, index: 0 });
    const out = drain(leader);
    expect(leader.status()).toMatchObject({ role: 'follower', term: 7, leader: 0 });
    expect(out.events).toContainEqual({ kind: 'stepped-down', term: 1, reason: 'higher-term' });

    const candidate = makeNode(1, { preVote: false });
    tick(candidate, 15);
    expect(candidate.status()).toMatchObject({ role: 'candidate', term: 1 });
    candidate.step(append(3, 1, 2, 0, 0, []));
    expect(candidate.status()).toMatchObject({ role: 'follower', term: 2, leader: 3 });
    expect(drain(candidate).events).toContainEqual({ kind: 'became-follower', term: 2, leader: 3 });
  });

  it('a candidate that learns of a leader for its own term becomes its follower', () => {
    const candidate = makeNode(1, { preVote: false });
    tick(candidate, 15);
    candidate.step({ type: 'Heartbeat', from: 2, to: 1, term: 1, commit: 0 });
    expect(candidate.status()).toMatchObject({ role: 'follower', term: 1, leader: 2 });
  });

  it('wins with a majority of votes and reports the count; loses once a majority rejects', () => {
    const winner = makeNode(1, { preVote: false, peers: [1, 2, 3, 4, 5] });
    tick(winner, 15);
    winner.step({ type: 'VoteResp', from: 2, to: 1, term: 1, reject: true });
    winner.step({ type: 'VoteResp', from: 3, to: 1, term: 1, reject: false });
    winner.step({ type: 'VoteResp', from: 4, to: 1, term: 1, reject: false });
    expect(drain(winner).events).toContainEqual({ kind: 'won-election', term: 1, votes: 3, clusterSize: 5 });

    const loser = makeNode(1, { preVote: false });
    tick(loser, 15);
    loser.step({ type: 'VoteResp', from: 2, to: 1, term: 1, reject: true });
    loser.step({ type: 'VoteResp', from: 3, to: 1, term: 1, reject: true });
    const out = drain(loser);
    expect(out.events).toContainEqual({ kind: 'lost-election', term: 1, rejections: 2, clusterSize: 3 });
    expect(loser.status()).toMatchObject({ role: 'follower', term: 1, vote: 1 });
  });

  it('a candidate ignores votes granted for an earlier term', () => {
    const candidate = makeNode(1, { preVote: false });
    tick(candidate, 30);
    expect(candidate.status()).toMatchObject({ role: 'candidate', term: 2 });
    candidate.step({ type: 'VoteResp', from: 2, to: 1, term: 1, reject: false });
    expect(candidate.status().role).toBe('candidate');
    candidate.step({ type: 'VoteResp', from: 2, to: 1, term: 2, reject: false });
    expect(candidate.status().role).toBe('leader');
  });

  it('randomizes the election timeout within [min, max) and re-randomizes it on every reset', () => {
    const timeouts: number[] = [];
    const node = createRaft({ id: 1, peers: [1, 2, 3], random: mulberry32(7) });
    let sinceLast = 0;
    for (let ticks = 0; ticks < 5_000; ticks++) {
      node.tick();
      sinceLast++;
      if (kinds(drain(node).events).includes('election-timeout')) {
        timeouts.push(sinceLast);
        sinceLast = 0;
      }
    }
    expect(Math.min(...timeouts)).toBeGreaterThanOrEqual(15);
    expect(Math.max(...timeouts)).toBeLessThan(30);
    expect(new Set(timeouts).size).toBeGreaterThanOrEqual(10);

    const slowest = makeNode(1, { random: () => 0.999_999 });
    expect(kinds(tick(slowest, 28).events)).not.toContain('election-timeout');
    expect(kinds(tick(slowest, 1).events)).toContain('election-timeout');
  });

  it('reports a heartbeat timeout with the ticks since the leader was last heard', () => {
    const node = makeNode(1);
    node.step({ type: 'Heartbeat', from: 2, to: 1, term: 1, commit: 0 });
    drain(node);
    const out = tick(node, 15);
    expect(out.events.slice(0, 2)).toEqual([
      { kind: 'heartbeat-timeout', term: 1, leader: 2, ticksSinceLeader: 15 },
      { kind: 'election-timeout', term: 1, becoming: 'pre-candidate' },
    ]);
  });

  it('bootstrapElectionTicks makes node 1 the first leader of a fresh 3-node cluster', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const sim = new Simulation({ seed, nodes: 3, config: (id) => (id === 1 ? { bootstrapElectionTicks: 5 } : {}) });
      sim.runUntil(() => sim.leadersByTerm().size > 0, 1_000);
      expect([...sim.leadersByTerm()], `seed ${seed}`).toEqual([[1, 1]]);
    }
  });

  it('retries at the bootstrap timeout while nothing has happened yet, then uses the normal range', () => {
    const node = makeNode(1, { bootstrapElectionTicks: 3 });
    const first = tick(node, 3);
    expect(kinds(first.events)).toEqual(['election-timeout']);
    expect(kinds(tick(node, 3).events)).toEqual(['election-timeout']);
    node.step({ type: 'Heartbeat', from: 2, to: 1, term: 1, commit: 0 });
    expect(kinds(tick(node, 14).events)).not.toContain('election-timeout');
  });
});

describe('pre-vote and check-quorum', () => {
  it('a pre-candidate asks for term+1 without bumping its term, and a voter grants without bumping its own', () => {
    const candidate = makeNode(1);
    const out = tick(candidate, 15);
    expect(candidate.status()).toMatchObject({ role: 'pre-candidate', term: 0, vote: 0 });
    expect(out.readies.some((ready) => ready.hardState !== undefined)).toBe(false);
    const preVotes = ofType(out.messages, 'PreVote');
    expect(preVotes.map((m) => [m.to, m.term])).toEqual([
      [2, 1],
      [3, 1],
    ]);

    const voter = makeNode(2);
    voter.step(preVotes[0]!);
    const answer = drain(voter);
    expect(ofType(answer.messages, 'PreVoteResp')).toEqual([{ type: 'PreVoteResp', from: 2, to: 1, term: 1, reject: false }]);
    expect(voter.status()).toMatchObject({ term: 0, vote: 0 });
    expect(answer.readies.some((ready) => ready.hardState !== undefined)).toBe(false);
  });

  it('a voter that heard from a live leader within the minimum timeout rejects (leader lease)', () => {
    const voter = makeNode(2);
    voter.step({ type: 'Heartbeat', from: 1, to: 2, term: 1, commit: 0 });
    tick(voter, 5);
    voter.step(vote(3, 2, 2, 0, 0, true));
    voter.step(vote(3, 2, 2, 0, 0, false));
    const out = drain(voter);
    expect(ofType(out.messages, 'PreVoteResp')[0]).toMatchObject({ reject: true, term: 1 });
    expect(ofType(out.messages, 'VoteResp')[0]).toMatchObject({ reject: true, term: 1 });
    expect(out.events).toContainEqual({ kind: 'rejected-vote', term: 2, candidate: 3, preVote: true, reason: 'leader-lease' });
    expect(voter.status()).toMatchObject({ term: 1, leader: 1, vote: 0 });
  });

  it('a partitioned node that rejoins does not disrupt a healthy leader (and would without pre-vote)', () => {
    const disrupted = (preVote: boolean): boolean => {
      const sim = new Simulation({ seed: 11, nodes: 3, config: () => ({ preVote }) });
      const leader = sim.checkOneLeader();
      const term = sim.status(leader)!.term;
      const loner = (leader % 3) + 1;
      sim.disconnect(loner);
      sim.runFor(3_000);
      expect(sim.status(loner)!.term > term).toBe(!preVote);
      sim.connect(loner);
      sim.runFor(2_000);
      return sim.status(leader)!.role !== 'leader' || sim.status(leader)!.term !== term;
    };
    expect(disrupted(true)).toBe(false);
    expect(disrupted(false)).toBe(true);
  });

  it('a leader that hears from no quorum within an election timeout steps down (check-quorum)', () => {
    const leader = makeNode(1);
    electLeader(leader);
    const out = tick(leader, 15);
    expect(out.events).toContainEqual({ kind: 'stepped-down', term: 1, reason: 'check-quorum' });
    expect(leader.status()).toMatchObject({ role: 'follower', term: 1, leader: 0 });

    const healthy = makeNode(1);
    electLeader(healthy);
    for (let ticks = 0; ticks < 60; ticks++) {
      healthy.tick();
      healthy.step({ type: 'HeartbeatResp', from: 2, to: 1, term: 1 });
    }
    expect(healthy.status().role).toBe('leader');
  });
});

describe('log replication (§5.3)', () => {
  it('rejects an Append from a stale term and answers with its own term', () => {
    const node = makeNode(1, restored(3, [entry(1, 1)]));
    node.step(append(2, 1, 2, 1, 1, [entry(2, 2)], 2));
    const out = drain(node);
    expect(ofType(out.messages, 'AppendResp')).toEqual([{ type: 'AppendResp', from: 1, to: 2, term: 3, reject: false, index: 0 }]);
    expect(node.status()).toMatchObject({ lastIndex: 1, commit: 0, leader: 0, term: 3 });
  });

  it('rejects an Append whose prevIndex/prevTerm does not match, with a hint that skips a conflicting term', () => {
    const node = makeNode(1, restored(3, [entry(1, 1), entry(2, 3), entry(3, 3), entry(4, 3)]));
    node.step(append(2, 1, 4, 4, 2, [entry(5, 4)]));
    node.step(append(2, 1, 4, 9, 4, []));
    const responses = ofType(drain(node).messages, 'AppendResp');
    expect(responses.map((m) => [m.reject, m.index])).toEqual([
      [true, 1],
      [true, 4],
    ]);
    expect(node.status().lastIndex).toBe(4);
  });

  it('replaces a conflicting suffix, keeps the matching prefix and tells storage to overwrite from there', () => {
    const node = makeNode(1, restored(2, [entry(1, 1), entry(2, 1), entry(3, 2), entry(4, 2)]));
    node.step(append(2, 1, 3, 2, 1, [entry(3, 3, 'new')]));
    const out = drain(node);
    expect(out.events).toContainEqual({ kind: 'log-truncated', fromIndex: 3 });
    expect(out.entries).toEqual([entry(3, 3, 'new')]);
    expect(out.readies.find((ready) => ready.entries.length > 0)?.mustSync).toBe(true);
    expect(node.status()).toMatchObject({ lastIndex: 3, lastTerm: 3 });
    expect(ofType(out.messages, 'AppendResp')).toEqual([{ type: 'AppendResp', from: 1, to: 2, term: 3, reject: false, index: 3 }]);

    // A late, shorter Append neither truncates nor acknowledges more than it carried.
    node.step(append(2, 1, 3, 1, 1, [entry(2, 1)]));
    const late = drain(node);
    expect(late.events).toEqual([]);
    expect(ofType(late.messages, 'AppendResp')[0]).toMatchObject({ reject: false, index: 2 });
    expect(node.status()).toMatchObject({ lastIndex: 3, lastTerm: 3 });
  });

  it('a leader never overwrites or deletes entries in its own log', () => {
    const leader = makeNode(1, restored(1, [entry(1, 1)]));
    electLeader(leader);
    leader.propose('mine');
    const before = leader.status();
    leader.step(append(3, 1, 2, 0, 0, [entry(1, 2, 'theirs')], 1));
    leader.step(append(3, 1, 1, 0, 0, [entry(1, 1, 'old')], 1));
    drain(leader);
    expect(leader.status()).toEqual(before);
  });

  it('commits only entries of its own term by counting replicas; older ones commit with them (Figure 8)', () => {
    // S1 in Figure 8 (c): it leads term 4 and has spread the term-2 entry at index 2 to a majority.
    const peers = [1, 2, 3, 4, 5];
    const leader = makeNode(1, { peers, ...restored(3, [entry(1, 1), entry(2, 2)]) });
    electLeader(leader, [2, 3, 4, 5]);
    for (const from of [2, 3]) leader.step({ type: 'AppendResp', from, to: 1, term: 4, reject: false, index: 2 });
    expect(drain(leader).committed).toEqual([]);
    expect(leader.status().commit).toBe(0);

    // Why: S5, whose log ends in term 3, can still win a term-2 majority and overwrite index 2 (Figure 8 (d)).
    const voter = makeNode(2, { peers, ...restored(4, [entry(1, 1), entry(2, 2)]) });
    voter.step(vote(5, 2, 5, 2, 3));
    expect(ofType(drain(voter).messages, 'VoteResp')[0]).toMatchObject({ reject: false });

    // Once the term-4 noop at index 3 is on a majority, it commits and takes index 1 and 2 with it (Figure 8 (e)).
    for (const from of [2, 3]) leader.step({ type: 'AppendResp', from, to: 1, term: 4, reject: false, index: 3 });
    expect(drain(leader).committed.map((e) => e.index)).toEqual([1, 2, 3]);
  });

  it('a follower commits min(leaderCommit, index of the last new entry)', () => {
    const follower = makeNode(2, restored(1, [entry(1, 1), entry(2, 1), entry(3, 1, 'stale')]));
    follower.step(append(1, 2, 2, 1, 1, [], 5));
    expect(follower.status().commit).toBe(1);
    follower.step(append(1, 2, 2, 1, 1, [entry(2, 1)], 5));
    expect(follower.status().commit).toBe(2);
    follower.step(append(1, 2, 2, 2, 1, [entry(3, 2), entry(4, 2)], 3));
    expect(follower.status().commit).toBe(3);
    expect(drain(follower).committed.map((e) => [e.index, e.term])).toEqual([
      [1, 1],
      [2, 1],
      [3, 2],
    ]);
  });

  it('heartbeats carry min(match, commit) so a lagging follower never commits what it may not hold', () => {
    const leader = makeNode(1, { peers: [1, 2, 3] });
    electLeader(leader);
    leader.propose('a');
    leader.step({ type: 'AppendResp', from: 2, to: 1, term: 1, reject: false, index: 2 });
    expect(leader.status().commit).toBe(2);
    drain(leader);
    const heartbeats = ofType(tick(leader, 5).messages, 'Heartbeat');
    expect(heartbeats.map((m) => [m.to, m.commit])).toEqual([
      [2, 2],
      [3, 0],
    ]);
  });

  it('appends an empty noop entry of its own term on winning an election and replicates it', () => {
    const node = makeNode(1, restored(2, [entry(1, 1), entry(2, 2)]));
    const out = electLeader(node);
    expect(out.entries).toEqual([{ index: 3, term: 3, type: 'noop', data: '' }]);
    expect(ofType(out.messages, 'Append').map((m) => [m.to, m.prevIndex, m.prevTerm, m.entries.length])).toEqual([
      [2, 2, 2, 1],
      [3, 2, 2, 1],
    ]);
  });

  it('sends heartbeats every heartbeatTicks', () => {
    for (const heartbeatTicks of [5, 3]) {
      const leader = makeNode(1, { heartbeatTicks });
      electLeader(leader);
      const sentAt: number[] = [];
      for (let ticks = 1; ticks <= 14; ticks++) {
        leader.tick();
        if (ofType(drain(leader).messages, 'Heartbeat').length === 2) sentAt.push(ticks);
      }
      const expected = Array.from({ length: Math.floor(14 / heartbeatTicks) }, (_, k) => (k + 1) * heartbeatTicks);
      expect(sentAt).toEqual(expected);
    }
  });

  it('backtracks a lagging follower with the reject hint and catches it up', () => {
    const leader = makeNode(1, restored(1, [entry(1, 1), entry(2, 1), entry(3, 1)]));
    electLeader(leader);
    leader.step({ type: 'AppendResp', from: 2, to: 1, term: 2, reject: true, index: 1 });
    const retry = ofType(drain(leader).messages, 'Append');
    expect(retry.map((m) => [m.prevIndex, m.entries.map((e) => e.index)])).toEqual([[1, [2, 3, 4]]]);
  });
});

describe('the node interface', () => {
  it('persists term and vote (hardState, mustSync) in the same Ready as the vote response', () => {
    const voter = makeNode(2);
    voter.step(vote(1, 2, 1, 0, 0));
    const ready = voter.ready();
    expect(ready.hardState).toEqual({ term: 1, vote: 1, commit: 0 });
    expect(ready.mustSync).toBe(true);
    expect(ready.messages).toEqual([{ type: 'VoteResp', from: 2, to: 1, term: 1, reject: false }]);
    voter.advance(ready);
    expect(voter.hasReady()).toBe(false);

    const candidate = makeNode(1, { preVote: false });
    candidate.tick();
    const own = tick(candidate, 14).readies.find((r) => r.messages.length > 0)!;
    expect(own).toMatchObject({ hardState: { term: 1, vote: 1, commit: 0 }, mustSync: true });
  });

  it('propose on a non-leader names the leader it knows', () => {
    const node = makeNode(2);
    expect(node.propose('x')).toEqual({ ok: false, reason: 'not-leader', leader: 0 });
    node.step({ type: 'Heartbeat', from: 3, to: 2, term: 1, commit: 0 });
    expect(node.propose('x')).toEqual({ ok: false, reason: 'not-leader', leader: 3 });
  });

  it('hands out each committed entry once and tracks applied through advance', () => {
    const node = createRaft({ id: 1, peers: [1], random: () => 0 });
    tick(node, 15);
    expect(node.status()).toMatchObject({ role: 'leader', term: 1 });
    expect(node.propose('a')).toEqual({ ok: true, index: 2, term: 1 });
    const ready = node.ready();
    expect(ready.committedEntries.map((e) => e.index)).toEqual([2]);
    expect(node.status().applied).toBe(1);
    expect(node.ready().committedEntries).toEqual([]);
    node.advance(ready);
    expect(node.status()).toMatchObject({ commit: 2, applied: 2 });
  });

  it('replays committed entries after a restart from stable storage', () => {
    const node = makeNode(1, restored(2, [entry(1, 1), entry(2, 2), entry(3, 2)], 2, 2));
    const out = drain(node);
    expect(out.committed.map((e) => e.index)).toEqual([1, 2]);
    expect(out.entries).toEqual([]);
    expect(node.status()).toMatchObject({ term: 2, vote: 2, commit: 2, applied: 2, lastIndex: 3 });
  });

  it('rejects an invalid configuration', () => {
    expect(() => createRaft({ id: 4, peers: [1, 2, 3], random: Math.random })).toThrow(RaftError);
    expect(() => createRaft({ id: 1, peers: [1, 2], electionTicks: [10, 10], random: Math.random })).toThrow(/electionTicks/);
    expect(() => createRaft({ id: 1, peers: [1, 2], heartbeatTicks: 20, random: Math.random })).toThrow(/heartbeatTicks/);
  });
});
