// Which kill in a paste of clocks per process (`[+1.234s]` from process.uptime(), each node counting from its own
// start) ended the first reign: the demo's kill of the leader, not the teardown after it. No two nodes' stamps
// compare, so the order of reigns is read from what the nodes said: Raft terms, and a node that named another as its
// leader (or lost its connection to it) before leading itself. The paste's one clock is then that kill's writer's
// (paste-clock.ts), wherever the kill sits in the paste.
import type { LogEvent } from './log-event.js';

interface Reign {
  /** The kill's index in the events. */
  readonly kill: number;
  readonly node: string;
  /** The term it led in (its claim's, else the last its lines named before the kill), if any. */
  readonly term: number | undefined;
  /** The nodes its own lines before its claim named as leader: their reigns came before its own. */
  readonly after: ReadonlySet<string>;
}

/**
 * The index in `events` of the kill that ended the earliest reign of those `owned(k)` kills whose writer led right
 * before it (its last leadership line of its own, in paste order, its claim to lead); undefined when no such kill is
 * there. A reign is before another when its term is lower, or when the other's writer named it as leader before
 * leading. The first in paste order of those no other reign is before.
 */
export function findFirstReignKill(events: readonly LogEvent[], owned: (k: number) => boolean): number | undefined {
  const reigns: Reign[] = [];
  for (let k = 0; k < events.length; k++) {
    const kill = events[k]!;
    if (kill.kind !== 'kill' || kill.node === undefined || kill.time === undefined || !owned(k)) continue;
    const reign = readReignBefore(events, k, kill.node);
    if (reign !== undefined) reigns.push(reign);
  }
  if (reigns.length < 2) return reigns[0]?.kill;
  const before = (a: Reign, b: Reign): boolean =>
    b.after.has(a.node) || (a.term !== undefined && b.term !== undefined && a.term < b.term);
  return (reigns.find((r) => !reigns.some((other) => other !== r && before(other, r))) ?? reigns[0]!).kill;
}

// The reign `node` ended with the kill at `k`: undefined when its last leadership line before it is not its own claim
// (it followed another, or stepped down, since).
function readReignBefore(events: readonly LogEvent[], k: number, node: string): Reign | undefined {
  let claim: LogEvent | undefined;
  let term: number | undefined;
  const after = new Set<string>();
  for (let i = 0; i < k; i++) {
    const e = events[i]!;
    if (e.node !== node) continue;
    if (e.term !== undefined) term = e.term;
    if (e.kind === 'became-leader' && (e.leader === undefined || e.leader === node)) {
      claim = e;
      if (e.term !== undefined) term = e.term;
    } else if (e.leader !== undefined && e.leader !== node && (e.kind === 'follows-leader' || e.kind === 'connection-lost' || e.kind === 'heartbeat-timeout')) {
      if (e.kind === 'follows-leader') claim = undefined;
      after.add(e.leader);
    } else if (e.kind === 'stepped-down') claim = undefined;
  }
  // A kill line whose role column says its writer leads (`node1 leader: received SIGTERM`) is a claim of its own.
  if (claim === undefined && events[k]!.role !== 'leader') return undefined;
  return { kill: k, node, term: claim?.term ?? term, after };
}
