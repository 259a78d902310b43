// Addresses a node's own lines tell as its own, when no startup line in the paste does: a node that has just become
// leader and then logs who leads (`I am the leader now (term 1)` then PySyncObj's `leader changed from None to
// 127.0.0.1:27063`) names itself; and in a cluster whose startup lines list the peers (`kv_node 2 listening on
// 127.0.0.1:27022, peers 127.0.0.1:27021,127.0.0.1:27023`), the one address left when every other writer has its own is
// the one writer left. A follower's `leader changed from 127.0.0.1:27063 to None` then names that node.
import type { MutableLogEvent } from './log-event.js';
import { lineText, type PasteLines } from './paste-lines.js';
import { isNonNodeProgramName } from './attribute-node.js';

// A statement of who leads this long after the writer's own claim (PySyncObj: 4 ms) is still about the same reign.
const OWN_STATEMENT_MS = 1000;

// A startup line's peer list: `peers 127.0.0.1:27021,127.0.0.1:27023`, `peers=[a:1, b:2]`.
const PEER_LIST = /\bpeers?\b["']?\s*[=:]?\s*\[?((?:(?:\d{1,3}(?:\.\d{1,3}){3}|localhost|[A-Za-z][\w.-]{0,63})?:\d{2,5}(?:\s*,\s*|\s+(?=[\w.[]*:\d)))*(?:\d{1,3}(?:\.\d{1,3}){3}|localhost|[A-Za-z][\w.-]{0,63})?:\d{2,5})/i;
const ADDRESS_IN_LIST = /(?:\d{1,3}(?:\.\d{1,3}){3}|localhost|[A-Za-z][\w.-]{0,63})?:\d{2,5}/g;

/**
 * Why: a leader known to the followers only by its address (`leader changed from 127.0.0.1:27063 to None`) is a
 * writer of the paste when that writer's own next statement after claiming to lead names the address. Sets
 * `aliases` (keyed by `keyOf`, the addressKey) for each address exactly one writer claims so; keeps existing aliases.
 */
export function addOwnLeaderAddresses(events: readonly MutableLogEvent[], aliases: Map<string, string>, keyOf: (address: string) => string | undefined): void {
  // Per writer, its last event that says something (kind other than 'other').
  const lastOf = new Map<string, MutableLogEvent>();
  let found: Map<string, string | null> | undefined;
  for (const event of events) {
    const node = event.node;
    if (node === undefined || event.kind === 'other') continue;
    const previous = lastOf.get(node);
    lastOf.set(node, event);
    if (event.kind !== 'follows-leader' || previous?.kind !== 'became-leader') continue;
    const leader = event.leader;
    if (leader === undefined || leader === node || !leader.includes(':')) continue;
    const key = keyOf(leader);
    if (key === undefined || aliases.has(key)) continue;
    // Known already (or already two writers'): each reign need not be checked again (a long log of many elections).
    const seen = (found ??= new Map()).get(key);
    if (seen === node || seen === null) continue;
    if (!isSameReign(previous, event) || isClaimedBetween(events, previous, event)) continue;
    found.set(key, seen === undefined ? node : null);
  }
  for (const [key, node] of found ?? []) if (node !== null) aliases.set(key, node);
}

/**
 * Why: a paste that cuts one node's startup line (`tail -n 10`) still lists its address in the others' peer lists;
 * when exactly one listed address has no writer and exactly one writer has no address, they are one node (`aliases`
 * already ties the other addresses, keyed by `keyOf`, to the other writers).
 */
export function addLastPeerAddress(lines: PasteLines, events: readonly MutableLogEvent[], aliases: Map<string, string>, keyOf: (address: string) => string | undefined): void {
  const listed = new Set<string>();
  let startups = 0;
  for (const event of events) {
    if (event.kind !== 'startup' || event.node === undefined) continue;
    const peers = PEER_LIST.exec(lineText(lines, event.line, 4096));
    if (peers === null) continue;
    startups++;
    for (const address of peers[1]!.match(ADDRESS_IN_LIST) ?? []) {
      const key = keyOf(address);
      if (key !== undefined) listed.add(key);
    }
  }
  if (startups === 0) return;
  const writers = new Set<string>();
  // A client's or proxy's lines (`kvclient: …`, adv75b-59) are no node's: it is none of the nodes the list names.
  for (const event of events) if (event.node !== undefined && !isNonNodeProgramName(event.node)) writers.add(event.node);
  // Addresses already tied to a writer (a startup line's own, a leader's own): listed too, though no peer list names
  // its own node.
  const owners = new Map<string, string>();
  for (const [key, owner] of aliases) {
    if (!writers.has(owner) || keyOf(key) !== key) continue;
    owners.set(key, owner);
    listed.add(key);
  }
  const free = [...listed].filter((key) => !owners.has(key));
  const owning = new Set(owners.values());
  const unaddressed = [...writers].filter((w) => !owning.has(w));
  // Every listed address but one owned by a distinct writer, every writer but one owning one: the cluster's members.
  if (free.length !== 1 || unaddressed.length !== 1 || owning.size !== owners.size) return;
  aliases.set(free[0]!, unaddressed[0]!);
}

// The statement follows the claim within OWN_STATEMENT_MS (or one of them is untimed: the claim just before it).
function isSameReign(claim: MutableLogEvent, statement: MutableLogEvent): boolean {
  if (claim.time === undefined || statement.time === undefined) return true;
  const gapMs = statement.time.dayMs - claim.time.dayMs;
  return gapMs >= 0 && gapMs <= OWN_STATEMENT_MS;
}

// Another writer claims to lead between the two (by time when both are timed): the statement may name that one.
function isClaimedBetween(events: readonly MutableLogEvent[], claim: MutableLogEvent, statement: MutableLogEvent): boolean {
  const from = claim.time?.dayMs;
  const to = statement.time?.dayMs;
  for (const e of events) {
    if (e.kind !== 'became-leader' || e.node === undefined || e.node === claim.node) continue;
    if (from !== undefined && to !== undefined && e.time !== undefined) {
      if (e.time.dayMs >= from && e.time.dayMs <= to) return true;
    } else if (e.line > claim.line && e.line < statement.line) return true;
  }
  return false;
}
