// Who leads a student's cluster, and which followers have shown they follow it, from the log-event model's events
// of each node's log. Pure: events and times in, answers out.
import type { LogEvent } from '../log-events/index.js';

/** An event of one node's log on the harness's clock (its own stamp in the nodes' zone, else its arrival). */
export interface NodeEvent {
  readonly node: number;
  readonly atMs: number;
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

// The last moment an event's stamp may stand for: a stamp that only gives the second (etcd's capnslog raft lines,
// `raft2026/11/30 13:29:41 INFO: … became leader at term 3`) may be of a moment after a signal sent within it.
const latestAtMs = (e: NodeEvent): number => e.atMs + Math.max(0, (e.event.time?.precisionMs ?? 1) - 1);

// Whether claim `a` is newer than `b`: the higher term when both name one (whole-second stamps tie), else the later.
const isNewer = (a: LeaderClaim, b: LeaderClaim): boolean =>
  a.term !== undefined && b.term !== undefined && a.term !== b.term ? a.term > b.term : a.atMs >= b.atMs;

/**
 * The latest leader since `sinceMs`: a node's own became-leader line, or else the leader other nodes name. A line
 * naming another node as leader never makes its writer the leader.
 */
export function findLeader(events: readonly NodeEvent[], options: { sinceMs: number; exclude?: number; nodes: readonly number[] }): LeaderClaim | undefined {
  let became: LeaderClaim | undefined;
  let named: LeaderClaim | undefined;
  for (const { node, atMs, event } of events) {
    if (latestAtMs({ node, atMs, event }) < options.sinceMs) continue;
    const leader = event.kind === 'became-leader' ? node : event.kind === 'follows-leader' ? idOf(event.leader) : undefined;
    if (leader === undefined || leader === options.exclude || !options.nodes.includes(leader)) continue;
    const claim: LeaderClaim = { leader, atMs, term: event.term, from: event.kind === 'became-leader' ? 'became-leader' : 'follows-leader' };
    if (claim.from === 'became-leader') {
      if (!became || isNewer(claim, became)) became = claim;
    } else if (!named || isNewer(claim, named)) named = claim;
  }
  // A later election elsewhere (a higher term named by followers) outranks an older own claim.
  if (became && named && named.leader !== became.leader && named.atMs > became.atMs && (named.term ?? 0) > (became.term ?? 0)) return named;
  return became ?? named;
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
