// A node's block-buffered stdout piped through a stamper (`./demo.sh | ts '%H:%M:%.S'`, `| awk '{print strftime()…}'`):
// its lines reach the pipe in one burst when the buffer fills or the process exits, so every stamp is the flush's
// moment, not its line's (adv51b-08: node1's two elections, its claim, its SIGTERM and its exit all within 0.1 ms; each
// follower's whole log stamped at its own exit 250 ms after the kill, read as detections at +292/+296 ms). A Raft
// node's life — voting or standing in an election, then getting a signal — takes at least an election timeout (150-300
// ms), and so does its start before its first election: a writer whose own kill line and at least three events of its
// life (its start, its Raft events) all stand within FLUSH_SPAN_MS has stamps that time nothing, and its events keep no
// time (adv52-40: a Perl node's `up on port 7791`, its election, its claim and its SIGTERM within 0.43 ms); so has a
// writer whose start, a detection and at least three events of its life stand so (a follower flushed at its exit).
import { isDetectionKind, type MutableLogEvent } from './log-event.js';

/** Closer than this, a writer's whole life from its start to its own kill line was stamped in one flush. */
export const FLUSH_SPAN_MS = 5;
const MIN_LIFE_EVENTS = 3;

/** Clears, in place, the time of every event of a writer whose stamps show one flush (see above). */
export function dropFlushStamps(events: MutableLogEvent[]): void {
  // Most pastes have no own kill line, nor a start and a detection of one writer, stamped to the ms within 5 ms of
  // three events of its life: one pass finds the writers to ask.
  let asked: Set<string> | undefined;
  let started: Set<string> | undefined;
  for (const event of events) {
    if (event.node === undefined || event.time === undefined || event.time.precisionMs > 1) continue;
    if (event.kind === 'kill') (asked ??= new Set()).add(event.node);
    else if (event.kind === 'startup') (started ??= new Set()).add(event.node);
  }
  // A follower's start and its detection of a lost leader (adv55d-25: `docker logs -t` of a block-buffered node,
  // its start, its following node1 and its EOF within 0.3 ms): it cannot follow a leader and lose it so soon.
  if (started !== undefined) for (const event of events) if (event.node !== undefined && isDetectionKind(event.kind) && started.has(event.node)) (asked ??= new Set()).add(event.node);
  if (asked === undefined) return;
  let flushed: Set<string> | undefined;
  for (const node of asked) {
    let minMs = Infinity;
    let maxMs = -Infinity;
    let life = 0;
    for (const event of events) {
      if (event.node !== node || event.time === undefined) continue;
      if (event.time.ms < minMs) minMs = event.time.ms;
      if (event.time.ms > maxMs) maxMs = event.time.ms;
      if (isLifeEvent(event.kind)) life++;
    }
    if (life >= MIN_LIFE_EVENTS && maxMs - minMs < FLUSH_SPAN_MS) (flushed ??= new Set()).add(node);
  }
  if (flushed === undefined) return;
  for (const event of events) {
    if (event.node === undefined || event.time === undefined || !flushed.has(event.node)) continue;
    event.time = undefined;
    event.flushStamped = true;
  }
}

const isLifeEvent = (kind: MutableLogEvent['kind']): boolean =>
  kind === 'startup' ||
  kind === 'vote' || kind === 'follows-leader' || kind === 'became-leader' || kind === 'election-started' || kind === 'heartbeat-timeout' || kind === 'connection-lost';

/**
 * Clears, in place, the time of a node's own kill line whose exact sub-ms stamp (µs or ns) lines of two or more other
 * writers share, one of them a detection: a log collector's batch time (Loki's `logcli query`, a shipper's poll), not
 * the kill's (adv52f-14: node1's SIGTERM, both followers' detections and node3's claim to lead in term 2 all at
 * `…51.912200000Z`). Three processes never log in one µs, and a follower's election timeout cannot fire with its
 * leader's death. A detection's batch time is no earlier than its line, so measured from a kill record it is a bound
 * the detection came by, and stays.
 */
export function dropBatchStampedKills(events: MutableLogEvent[]): void {
  for (const kill of events) {
    const time = kill.time;
    if (kill.kind !== 'kill' || kill.node === undefined || time === undefined || time.precisionMs >= 1) continue;
    let first: string | undefined;
    let two = false;
    let detection = false;
    for (const event of events) {
      if (event === kill || event.node === undefined || event.node === kill.node || event.time?.ms !== time.ms || event.time.nanos !== time.nanos) continue;
      if (first === undefined) first = event.node;
      else if (event.node !== first) two = true;
      if (isDetectionKind(event.kind)) detection = true;
    }
    if (!two || !detection) continue;
    kill.time = undefined;
    kill.batchStamped = true;
  }
}
