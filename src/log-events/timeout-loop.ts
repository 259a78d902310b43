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
  /** Its timeouts before the kill (two or more; a candidacy's one or more). */
  readonly count: number;
  /** The longest gap between two turns of it. */
  readonly periodMs: number;
}

// A line of a node that had a leader then: it followed or heard one, led itself, or named the leader it lost.
const showsLeader = (event: LogEvent): boolean => event.kind === 'follows-leader' || event.kind === 'became-leader' || event.leader !== undefined;

type TimedEvent = { readonly event: LogEvent; readonly atMs: number };

// `node`'s heartbeat/election timeouts (or the lines `counted` takes) before `killAtMs` later than its last line `led`
// accepts (a line showing it had a leader), in time order: the one reading the questions below ask.
function timeoutsSinceLed(
  events: readonly LogEvent[],
  times: ArrayLike<number | undefined>,
  node: string,
  killAtMs: number,
  led: (event: LogEvent) => boolean,
  counted: (event: LogEvent) => boolean = (event) => event.kind === 'heartbeat-timeout',
): TimedEvent[] {
  let ledMs = -Infinity;
  const timeouts: TimedEvent[] = [];
  for (let k = 0; k < events.length; k++) {
    const event = events[k]!;
    const t = times[k];
    if (event.node !== node || t === undefined || mayBeAtOrAfter(t, event.time, killAtMs)) continue;
    if (led(event)) ledMs = Math.max(ledMs, t);
    else if (counted(event)) timeouts.push({ event, atMs: t });
  }
  return timeouts.filter((timeout) => timeout.atMs > ledMs).sort((a, b) => a.atMs - b.atMs);
}

/**
 * `node`'s timeout loop going on at `killAtMs`, if any: two or more heartbeat/election timeouts before the kill naming
 * no leader, none of its lines since the first of them showing a leader, and the kill no later after the last than
 * twice the longest gap between them (the next turn was still to come). `times[k]` is events[k]'s time on the
 * paste's clock.
 */
export function findTimeoutLoop(events: readonly LogEvent[], times: ArrayLike<number | undefined>, node: string, killAtMs: number): TimeoutLoop | undefined {
  return loopGoingOnAt(timeoutsSinceLed(events, times, node, killAtMs, showsLeader), killAtMs);
}

// Turns (two or more, in time order) going on at `killAtMs`: the kill no later after the last than twice the longest
// gap between them, the next turn still to come. The loop, or undefined.
function loopGoingOnAt(turns: readonly TimedEvent[], killAtMs: number): TimeoutLoop | undefined {
  if (turns.length < 2) return undefined;
  let periodMs = 0;
  for (let k = 1; k < turns.length; k++) periodMs = Math.max(periodMs, turns[k]!.atMs - turns[k - 1]!.atMs);
  const last = turns[turns.length - 1]!;
  if (periodMs <= 0 || killAtMs - last.atMs > 2 * periodMs) return undefined;
  return { first: turns[0]!.event, last: last.event, count: turns.length, periodMs };
}

// A line of a node that followed, heard or led (a timeout naming the leader it lost is still a candidate's).
const followedOrLed = (event: LogEvent): boolean => event.kind === 'follows-leader' || event.kind === 'became-leader';

/** A candidacy going on at a kill (findCandidacyRounds): the timeouts it is, and its rounds after the kill. */
export interface CandidacyRounds<T extends TimedEvent> {
  /** As a timeout loop: its timeouts before the kill since the node last followed, heard or led; `periodMs` the gap to `next`. */
  readonly loop: TimeoutLoop;
  /** Its first round after the kill, and every round (none of them a detection). */
  readonly next: T;
  readonly rounds: ReadonlySet<T>;
}

/**
 * `node`'s candidacy going on at `killAtMs`, if any, and its rounds among `after` (its detections after the kill): its
 * last line before the kill that says it followed, heard or led is older than a timeout starting an election at a stated
 * term (`election timeout: no heartbeat from leader node1 in 250 ms, becoming candidate (term 2)`; adv49b-13: a
 * partitioned node3 timing out 137 ms before the kill). A candidate has lost its leader already: its timeouts after the
 * kill at a higher term, the next within `reachMs`, are its own election's timer going round, whichever leader they
 * name — unless the silence one states began after the node's timeout before it (`no heartbeat … in 200 ms` 341 ms after
 * it: its timer was reset, the leader heard again in lines a grep left out; adv49c-15).
 */
export function findCandidacyRounds<T extends TimedEvent>(
  events: readonly LogEvent[],
  times: ArrayLike<number | undefined>,
  node: string,
  killAtMs: number,
  after: readonly T[],
  reachMs: number,
): CandidacyRounds<T> | undefined {
  const since = timeoutsSinceLed(events, times, node, killAtMs, followedOrLed);
  const candidacy = since[since.length - 1];
  const term = candidacy?.event.term;
  if (candidacy === undefined || term === undefined || candidacy.event.startsElection !== true) return undefined;
  // Each timeout after the kill with the node's timeout before it: a round states its silence since that one.
  const timeouts = [candidacy, ...after.filter((d) => d.event.kind === 'heartbeat-timeout')].sort((a, b) => a.atMs - b.atMs);
  const rounds = new Set<T>();
  let next: T | undefined;
  for (let k = 1; k < timeouts.length; k++) {
    const d = timeouts[k] as T;
    const silentMs = d.event.silentMs;
    if (d.event.term === undefined || d.event.term <= term || (silentMs !== undefined && d.atMs - silentMs > timeouts[k - 1]!.atMs + 1)) continue;
    rounds.add(d);
    next ??= d;
  }
  if (next === undefined || next.atMs - candidacy.atMs > reachMs) return undefined;
  return { loop: { first: since[0]!.event, last: candidacy.event, count: since.length, periodMs: next.atMs - candidacy.atMs }, next, rounds };
}

/**
 * `node`'s refusal loop going on at `killAtMs`, if any (adv66e-34: `connection to leader node1 refused, retrying in
 * 200ms` every 200 ms since its start, a wrong port): two or more refused dials before the kill (`isRefused` reads a
 * line), or one stating a later attempt than its first and its wait (`statedTurn`), none of its lines since the first following, hearing or leading, and the kill no later after the last than
 * twice the longest gap between them. Its refusals after the kill are that loop's next turns: it never had the
 * leader's connection to lose.
 */
export function findRefusalLoop(
  events: readonly LogEvent[],
  times: ArrayLike<number | undefined>,
  node: string,
  killAtMs: number,
  isRefused: (event: LogEvent) => boolean,
  statedTurn: (event: LogEvent) => { readonly attempt: number; readonly retryMs: number } | undefined = () => undefined,
): TimeoutLoop | undefined {
  const heard = (event: LogEvent): boolean => followedOrLed(event) || event.heardFrom === true;
  const turns = timeoutsSinceLed(events, times, node, killAtMs, heard, (event) => event.kind === 'connection-lost' && isRefused(event));
  // One refusal shown before the kill that states its turn (`retrying in 100ms (attempt 17)`, adv73c-54): the loop's
  // earlier turns are in its words, its pace the wait it states.
  const last = turns[turns.length - 1];
  const stated = turns.length === 1 ? statedTurn(last!.event) : undefined;
  if (stated !== undefined && stated.attempt >= 2 && killAtMs - last!.atMs <= 2 * stated.retryMs) return { first: last!.event, last: last!.event, count: stated.attempt, periodMs: stated.retryMs };
  return loopGoingOnAt(turns, killAtMs);
}
