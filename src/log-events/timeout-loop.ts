// A follower that was already timing out over and over when the leader was killed (it never heard from that leader: a
// wrong peer address, a partition) keeps timing out after the kill at the same pace: the next turn of that loop is no
// sign that it noticed the leader die. One election timeout long before the kill (the cluster's first election) is no
// loop, nor are timeouts the kill is far past (the node followed a leader since, in lines a grep left out).
import type { LogEvent } from './log-event.js';
import { mayBeAtOrAfter } from './stamp-span.js';

/** A node's run of timeouts right up to a kill, with no line between them saying it followed or led. */
export interface TimeoutLoop {
  /** The loop's first and last timeout before the kill. */
  readonly first: LogEvent;
  readonly last: LogEvent;
  /** Its timeouts before the kill (two or more). */
  readonly count: number;
  /** The longest gap between two turns of it. */
  readonly periodMs: number;
}

// A line of a node that had a leader then: it followed or heard one, led itself, or named the leader it lost.
const showsLeader = (event: LogEvent): boolean => event.kind === 'follows-leader' || event.kind === 'became-leader' || event.leader !== undefined;

/**
 * `node`'s timeout loop going on at `killAtMs`, if any: two or more heartbeat/election timeouts before the kill naming
 * no leader, none of its lines since the first of them showing a leader, and the kill no later after the last than
 * twice the longest gap between them (the next turn was still to come). `times[k]` is events[k]'s time on the
 * paste's clock.
 */
export function findTimeoutLoop(events: readonly LogEvent[], times: ArrayLike<number | undefined>, node: string, killAtMs: number): TimeoutLoop | undefined {
  let ledMs = -Infinity;
  const timeouts: { event: LogEvent; atMs: number }[] = [];
  for (let k = 0; k < events.length; k++) {
    const event = events[k]!;
    const t = times[k];
    if (event.node !== node || t === undefined || mayBeAtOrAfter(t, event.time, killAtMs)) continue;
    if (showsLeader(event)) ledMs = Math.max(ledMs, t);
    else if (event.kind === 'heartbeat-timeout') timeouts.push({ event, atMs: t });
  }
  const loop = timeouts.filter((timeout) => timeout.atMs > ledMs).sort((a, b) => a.atMs - b.atMs);
  if (loop.length < 2) return undefined;
  let periodMs = 0;
  for (let k = 1; k < loop.length; k++) periodMs = Math.max(periodMs, loop[k]!.atMs - loop[k - 1]!.atMs);
  const last = loop[loop.length - 1]!;
  if (periodMs <= 0 || killAtMs - last.atMs > 2 * periodMs) return undefined;
  return { first: loop[0]!.event, last: last.event, count: loop.length, periodMs };
}

/**
 * `node`'s candidacy going on at `killAtMs`, if any: its last line before the kill that says anything of a leader is a
 * timeout starting an election at a stated term (`election timeout: no heartbeat from leader node1 in 250 ms,
 * becoming candidate (term 2)`), with no line since showing it followed, heard or became a leader (adv49b-13: a
 * partitioned node3 timing out 137 ms before the kill). A candidate has lost its leader already: its timeouts after
 * the kill at a higher term are its own election's timer going round, whichever leader they name.
 */
export function findCandidacyBefore(
  events: readonly LogEvent[],
  times: ArrayLike<number | undefined>,
  node: string,
  killAtMs: number,
): { readonly first: LogEvent; readonly event: LogEvent; readonly atMs: number; readonly term: number; readonly count: number } | undefined {
  let lastLedMs = -Infinity;
  const timeouts: { event: LogEvent; atMs: number }[] = [];
  for (let k = 0; k < events.length; k++) {
    const event = events[k]!;
    const t = times[k];
    if (event.node !== node || t === undefined || mayBeAtOrAfter(t, event.time, killAtMs)) continue;
    if (event.kind === 'heartbeat-timeout') timeouts.push({ event, atMs: t });
    else if (event.kind === 'follows-leader' || event.kind === 'became-leader') lastLedMs = Math.max(lastLedMs, t);
  }
  // Its timeouts since it last followed, heard or led, in time order: the candidacy's first and last.
  const since = timeouts.filter((timeout) => timeout.atMs > lastLedMs).sort((a, b) => a.atMs - b.atMs);
  const last = since[since.length - 1];
  if (last === undefined || last.event.term === undefined || last.event.startsElection !== true) return undefined;
  return { first: since[0]!.event, event: last.event, atMs: last.atMs, term: last.event.term, count: since.length };
}
