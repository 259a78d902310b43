// Heartbeats that name no leader: a gossip mesh, where every node heartbeats every other (`heartbeat from node3`
// on node1 and `heartbeat from node1` on node3 at the same time). Raft's heartbeats go one way, from the one leader of
// a term, so two nodes heartbeating in the same stretch of time, in one term or in terms the lines do not give, are
// no Raft leader's: the leader statements read from heartbeat traffic alone (`bySender`) are then none. Two senders at
// once in different terms are a deposed leader still heartbeating and the new one: the lower term's name no leader.
import type { MutableLogEvent } from './log-event.js';

interface SenderSpan {
  firstMs: number;
  lastMs: number;
  terms: Set<number>;
  untermed: boolean;
}

/**
 * Drops the leader statements read from heartbeats alone (`bySender`) when the paste's heartbeats go every way, and a
 * deposed leader's (a lower term's while another node heartbeats in a higher one).
 */
export function dropMeshHeartbeats(events: MutableLogEvent[]): void {
  const spans = new Map<string, SenderSpan>();
  for (const e of events) {
    if (e.bySender !== true || e.leader === undefined || e.time === undefined) continue;
    const at = e.time.dayMs;
    const span = spans.get(e.leader);
    if (span === undefined) spans.set(e.leader, { firstMs: at, lastMs: at, terms: new Set(e.term === undefined ? [] : [e.term]), untermed: e.term === undefined });
    else {
      span.firstMs = Math.min(span.firstMs, at);
      span.lastMs = Math.max(span.lastMs, at);
      if (e.term === undefined) span.untermed = true;
      else span.terms.add(e.term);
    }
  }
  if (spans.size < 2) return;
  const stale = new Set<string>();
  const names = [...spans.keys()];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const [a, b] = [spans.get(names[i]!)!, spans.get(names[j]!)!];
      if (a.lastMs < b.firstMs || b.lastMs < a.firstMs) continue;
      if (a.untermed || b.untermed || [...a.terms].some((t) => b.terms.has(t))) return dropSenderStatements(events, undefined);
      // Two senders at once in different terms: the lower term's is a deposed leader's (its heartbeats are rejected).
      stale.add(Math.max(...a.terms) < Math.max(...b.terms) ? names[i]! : names[j]!);
    }
  }
  if (stale.size > 0) dropSenderStatements(events, stale);
}

// Makes the heartbeat-only leader statements (of the senders in `only`, else all) events of no kind.
function dropSenderStatements(events: MutableLogEvent[], only: ReadonlySet<string> | undefined): void {
  for (const e of events) {
    if (e.bySender !== true || (only !== undefined && !only.has(e.leader!))) continue;
    e.kind = 'other';
    e.leader = undefined;
    e.bySender = undefined;
  }
}
