// Who leads a student's cluster, and which followers have shown they follow it, from the log-event model's events
// of each node's log. Pure: events and times in, answers out.
import { findLeaderAt, supersedesLeaderStatement, type LogEvent } from '../log-events/index.js';

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

// Whether statement `a` is newer than `b` in one live cluster: the higher term when both name one (whole-second
// stamps tie; terms only grow here), else checkPaste's rule (later time, then the same millisecond's term and line).
const isNewer = (a: NodeEvent, b: NodeEvent): boolean => supersedesLeaderStatement(a, b, true);

/**
 * The leader since `sinceMs`: findLeaderAt's answer (the one definition checkPaste uses too) over the nodes' lines as
 * one live run, naming a node of the cluster other than `exclude`, with that leader's own claim when it logged one.
 */
export function findLeader(events: readonly NodeEvent[], options: { sinceMs: number; exclude?: number; nodes: readonly number[] }): LeaderClaim | undefined {
  const atOf = new Map<LogEvent, number>();
  for (const e of events) atOf.set(e.event, e.atMs);
  const admits = (leader: string): boolean => {
    const id = idOf(leader);
    return id !== undefined && id !== options.exclude && options.nodes.includes(id);
  };
  const found = findLeaderAt(
    events.map((e) => e.event),
    { at: (event) => atOf.get(event) },
    { sinceMs: options.sinceMs, admits, oneRun: true },
  );
  if (found === undefined) return undefined;
  const claim = found.claim ?? found;
  return { leader: idOf(found.node)!, atMs: claim.atMs, term: claim.event.term ?? found.event.term, from: found.claim ? 'became-leader' : 'follows-leader' };
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
