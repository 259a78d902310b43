// A leader named by an identity no line's writer goes by — an overlay IP (`following leader 10.0.1.3:7000 (term 1)`
// from docker swarm tasks that all listen on :7000), a name the paste gives no writer — is the node that says it
// became leader in that term: Raft elects at most one leader per term — of one run: a claim in a later run of the
// cluster (a start line between, terms counting from 1 again) names nobody an earlier statement followed. Nothing
// changes when a term has several claimants in a run, none, or an identity would map to two nodes.
import { addressKey } from './address-key.js';
import type { LogEvent, MutableLogEvent } from './log-event.js';
import { placeEventsOnClock } from './log-facts.js';

/**
 * Renames, in place, each `leader`/`target` naming no writer to the one writer that became leader in its term. `named`:
 * lines of the paste's other nodes (a summary's), whose names are writers too.
 */
export function aliasTermLeaders(events: MutableLogEvent[], named: readonly { readonly node: string }[] = []): void {
  // Only a follower's statement of its leader is renamed: most pastes' detections and kills hold none.
  if (!events.some((e) => e.kind === 'follows-leader' && e.leader !== undefined)) return;
  const writers = new Set<string>();
  for (const event of events) if (event.node !== undefined) writers.add(event.node);
  for (const line of named) writers.add(line.node);
  const aliases = findTermLeaderAliases(events, writers);
  if (aliases === undefined) {
    aliasClaimedLeaders(events, writers);
    return;
  }
  for (const event of events) {
    const leader = event.leader === undefined ? undefined : aliases.get(event.leader);
    if (leader) event.leader = leader;
    const target = event.target === undefined ? undefined : aliases.get(event.target);
    if (target) event.target = target;
  }
  // Claims with terms but statements of an address without (`I am the leader now (term 1)`, then PySyncObj's `leader
  // changed from None to 127.0.0.1:27073`): terms link none of those, time may. (A bare name, `leader kv1` over writers
  // node1..node3, is another family's and stays as written.)
  const isUntermedAddress = (e: MutableLogEvent): boolean => e.kind === 'follows-leader' && e.term === undefined && e.leader !== undefined && addressKey(e.leader) !== undefined && !writers.has(e.leader) && !aliases.has(e.leader);
  if (events.some(isUntermedAddress)) aliasClaimedLeaders(events, writers, isUntermedAddress);
}

/**
 * The one writer each leader identity no writer goes by stands for, by terms: a follower naming X its leader in term T
 * names the writer that became leader in T (names that would map to two writers, or terms with several claimants, are
 * left out). Undefined when no claim to lead states its term. The live reader uses it as its lines come.
 */
export function findTermLeaderAliases(events: readonly LogEvent[], writers: ReadonlySet<string>): Map<string, string> | undefined {
  // Term → its claims to lead (the became-leader lines).
  const claims = new Map<number, LogEvent[]>();
  let clock: ReturnType<typeof placeEventsOnClock> | undefined;
  const at = (event: LogEvent): number | undefined => (clock ??= placeEventsOnClock(events)).at(event);
  for (const event of events) {
    if (event.node === undefined || event.kind !== 'became-leader' || event.term === undefined) continue;
    let list = claims.get(event.term);
    if (list === undefined) claims.set(event.term, (list = []));
    list.push(event);
  }
  if (claims.size === 0) return undefined;
  // Each writer's start lines' times: a run started between a statement and a claim makes them two runs' (adv66h-34:
  // runs appended to one log, terms counting from 1 again), so the claim names nobody the statement followed.
  let starts: Map<string, number[]> | undefined;
  const startsOf = (node: string): readonly number[] => {
    if (starts === undefined) {
      starts = new Map();
      for (const event of events) {
        if (event.kind !== 'startup' || event.node === undefined) continue;
        const t = at(event);
        if (t === undefined) continue;
        const list = starts.get(event.node);
        if (list === undefined) starts.set(event.node, [t]);
        else list.push(t);
      }
    }
    return starts.get(node) ?? [];
  };
  const startedBetween = (node: string, a: number, b: number): boolean => startsOf(node).some((t) => t > Math.min(a, b) && t < Math.max(a, b));
  const aliases = new Map<string, string | null>();
  for (const event of events) {
    if (event.kind !== 'follows-leader' || event.term === undefined || event.leader === undefined || writers.has(event.leader)) continue;
    const termClaims = claims.get(event.term);
    if (termClaims === undefined) continue;
    // Claims of the term in the statement's run: a start of either writer between them parts the runs.
    const said = event.node === undefined ? undefined : at(event);
    let winner: string | null | undefined;
    for (const claim of termClaims) {
      const claimedMs = said === undefined ? undefined : at(claim);
      if (claimedMs !== undefined && (startedBetween(event.node!, said!, claimedMs) || startedBetween(claim.node!, said!, claimedMs))) continue;
      winner = winner === undefined || winner === claim.node ? claim.node! : null;
    }
    if (!winner) continue;
    const known = aliases.get(event.leader);
    aliases.set(event.leader, known === undefined || known === winner ? winner : null);
  }
  const found = new Map<string, string>();
  for (const [name, node] of aliases) if (node !== null) found.set(name, node);
  return found;
}

// With no term on any claim (canonical raft's "votes quorum reached -> convert to leader" names none), time decides:
// a leader identity no writer goes by (`from:…@127.0.0.1:9001` on a follower's AppendEntries trace) is the writer
// whose claim to lead is the latest before every line naming it. Nothing changes for an identity one of whose lines
// has no claim before it (its leader's log was not pasted), a claim of another writer, or a claim its writer took back
// before the line (pysyncobj's `state changed: LEADER -> FOLLOWER`, then `leader changed: …:9202 -> …:9203`).
function aliasClaimedLeaders(events: MutableLogEvent[], writers: ReadonlySet<string>, only?: (e: MutableLogEvent) => boolean): void {
  const namesNoWriter = (e: MutableLogEvent): boolean => e.kind === 'follows-leader' && e.leader !== undefined && !writers.has(e.leader) && (only === undefined || only(e));
  if (!events.some(namesNoWriter) || !events.some((e) => e.kind === 'became-leader' && e.node !== undefined && e.time !== undefined)) return;
  const named = events.filter(namesNoWriter);
  const clock = placeEventsOnClock(events);
  const marks: { atMs: number; node: string; claims: boolean }[] = [];
  for (const e of events) {
    if ((e.kind !== 'became-leader' && e.kind !== 'stepped-down') || e.node === undefined) continue;
    const atMs = clock.at(e);
    if (atMs !== undefined) marks.push({ atMs, node: e.node, claims: e.kind === 'became-leader' });
  }
  marks.sort((a, b) => a.atMs - b.atMs);
  const aliases = new Map<string, string | null>();
  for (const statement of named) {
    const atMs = clock.at(statement);
    let claimant: string | undefined;
    for (const mark of marks) {
      if (atMs === undefined || mark.atMs > atMs) break;
      if (mark.claims) claimant = mark.node;
      else if (mark.node === claimant) claimant = undefined;
    }
    const known = aliases.get(statement.leader!);
    aliases.set(statement.leader!, claimant !== undefined && (known === undefined || known === claimant) ? claimant : null);
  }
  for (const event of events) {
    const leader = event.leader === undefined ? undefined : aliases.get(event.leader);
    if (leader) event.leader = leader;
    const target = event.target === undefined ? undefined : aliases.get(event.target);
    if (target) event.target = target;
  }
}
