// Who leads a student's cluster, and which followers have shown they follow it, from the log-event model's events
// of each node's log. Pure: events and times in, answers out.
import { latestMomentMs, supersedesLeaderStatement, type LogEvent } from '../log-events/index.js';

/** An event of one node's log on the harness's clock (its own stamp in the nodes' zone, else its arrival). */
export interface NodeEvent {
  readonly node: number;
  readonly atMs: number;
  /** Harness clock when the line was read (to re-time it should the node's inferred zone change). */
  readonly arrivalMs?: number;
  readonly event: LogEvent;
}

export interface LeaderClaim {
  readonly leader: number;
  readonly atMs: number;
  readonly term: number | undefined;
  /** became-leader: the leader's own line; follows-leader: only other nodes named it. */
  readonly from: 'became-leader' | 'follows-leader';
}

const idOf = (name: string | undefined): number | undefined => {
  const match = name === undefined ? null : /^node(\d+)$/.exec(name);
  return match ? Number(match[1]) : undefined;
};

// A node's own leadership claim is over once that node itself logs otherwise after it: it stepped down, started
// an election, or names another leader ("term 1: I am the leader", then "saw term 3, stepping down").
function claimEnded(events: readonly NodeEvent[], claim: NodeEvent): boolean {
  return events.some(
    (e) =>
      e.node === claim.node &&
      e.event.line > claim.event.line &&
      (e.event.kind === 'stepped-down' || e.event.kind === 'election-started' || (e.event.kind === 'follows-leader' && idOf(e.event.leader) !== claim.node)),
  );
}

// The last moment an event's stamp may stand for: a stamp that only gives the second (etcd's capnslog raft lines,
// `raft2026/11/30 13:29:41 INFO: … became leader at term 3`) may be of a moment after a signal sent within it.
const latestAtMs = (e: NodeEvent): number => latestMomentMs(e.atMs, e.event.time);

// Whether statement `a` is newer than `b`: in one live cluster the higher term when both name one (whole-second
// stamps tie; terms only grow here), else checkPaste's rule (later time, then the same millisecond's term and line).
const isNewer = (a: NodeEvent, b: NodeEvent): boolean =>
  a.event.term !== undefined && b.event.term !== undefined && a.event.term !== b.event.term ? a.event.term > b.event.term : supersedesLeaderStatement(a, b);

/**
 * The leader since `sinceMs`: the newest statement of who leads (a node's own became-leader line, or another's line
 * naming the leader; newest by the rule checkPaste uses too), with that leader's own claim when it logged one. A
 * line naming another node as leader never makes its writer the leader, and a claim its writer took back is none.
 */
export function findLeader(events: readonly NodeEvent[], options: { sinceMs: number; exclude?: number; nodes: readonly number[] }): LeaderClaim | undefined {
  const statements: (NodeEvent & { readonly leader: number })[] = [];
  for (const e of events) {
    if (latestAtMs(e) < options.sinceMs) continue;
    const leader = e.event.kind === 'became-leader' ? e.node : e.event.kind === 'follows-leader' ? idOf(e.event.leader) : undefined;
    if (leader === undefined || leader === options.exclude || !options.nodes.includes(leader)) continue;
    if (e.event.kind === 'became-leader' && claimEnded(events, e)) continue;
    statements.push({ ...e, leader });
  }
  let newest: (typeof statements)[number] | undefined;
  for (const s of statements) if (!newest || isNewer(s, newest)) newest = s;
  if (!newest) return undefined;
  const term = newest.event.term;
  let own: (typeof statements)[number] | undefined;
  for (const s of statements) {
    const sameReign = term === undefined || s.event.term === undefined || s.event.term === term;
    if (s.event.kind === 'became-leader' && s.node === newest.leader && sameReign && (!own || isNewer(s, own))) own = s;
  }
  const claim = own ?? newest;
  return { leader: newest.leader, atMs: claim.atMs, term: claim.event.term ?? term, from: own ? 'became-leader' : 'follows-leader' };
}

/** Nodes whose newest statement of who leads names a leader other than the claim's, in its term or a later one. */
export function findFollowersOfOther(events: readonly NodeEvent[], claim: LeaderClaim): Set<number> {
  const newestBy = new Map<number, NodeEvent>();
  for (const e of events) {
    if (e.node === claim.leader || e.event.kind !== 'follows-leader') continue;
    const previous = newestBy.get(e.node);
    if (!previous || isNewer(e, previous)) newestBy.set(e.node, e);
  }
  const other = new Set<number>();
  for (const [node, e] of newestBy) {
    const notOlder = claim.term !== undefined && e.event.term !== undefined ? e.event.term >= claim.term : e.atMs >= claim.atMs;
    if (idOf(e.event.leader) !== claim.leader && notOlder) other.add(node);
  }
  return other;
}

/** Nodes other than the leader that logged following it (at its term or later, or after its claim). */
export function findFollowersShown(events: readonly NodeEvent[], claim: LeaderClaim): Set<number> {
  const shown = new Set<number>();
  for (const { node, atMs, event } of events) {
    if (node === claim.leader || event.kind !== 'follows-leader' || idOf(event.leader) !== claim.leader) continue;
    const sameTerm = claim.term !== undefined && event.term !== undefined ? event.term >= claim.term : atMs >= claim.atMs - 1000;
    if (sameTerm) shown.add(node);
  }
  return shown;
}

/** Whether a node timed out or started an election, or another claimed leadership, after the claim (not settled). */
export function electionSince(events: readonly NodeEvent[], claim: LeaderClaim): boolean {
  return events.some(
    (e) =>
      e.atMs > claim.atMs &&
      (e.event.kind === 'election-started' || e.event.kind === 'heartbeat-timeout' || (e.event.kind === 'became-leader' && e.node !== claim.leader)),
  );
}
