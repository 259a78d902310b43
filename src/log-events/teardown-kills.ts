// The cluster's teardown after a kill the paste does not show (adv42b F5): a follower-only paste, as the lesson's
// instructions ask, running on to the demo's end. Its followers noticed leader node1 go silent, elected node2, and then
// every node still running logged its own "SIGTERM received" as the cluster was stopped. Those shutdowns are no kill
// of a leader whose followers could notice: what the paste lacks is node1's kill line.
import { isDetectionKind, type LogEvent } from './log-event.js';
import type { EventClock, KillJudgement } from './log-facts.js';

export interface Teardown {
  /** The leader whose silence the followers noticed before any kill in the paste: the node whose kill is missing. */
  readonly leader: string;
  /** The first follower line noticing it (its detection). */
  readonly lost: LogEvent;
  /** The teardown's kills, in time order. */
  readonly kills: readonly KillJudgement[];
  /** The nodes they ended, sorted as the kills come. */
  readonly nodes: readonly string[];
}

/**
 * The paste's kills when all of them are a teardown after a kill it does not show: followers' detections before the
 * first kill name one lost leader (and none another), another node led after the first of them (its claim, or a follower naming it)
 * and before that kill, no timed kill line of the paste ends or names that leader (an untimed one may: the demo's kill,
 * with no time), and the kills end every node that writes
 * a line of the paste but it, none of them noticed by another node as its leader's with the next kill past the window
 * (`windowMs`). Undefined otherwise (a kill of no known node may be the missing one; a node left running
 * may be a second round's follower, noticing the new leader's kill).
 */
export function findTeardown(kills: readonly KillJudgement[], events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, windowMs: number): Teardown | undefined {
  let firstKillMs = Infinity;
  for (const kill of kills) if (kill.atMs < firstKillMs) firstKillMs = kill.atMs;
  let lost: { event: LogEvent; atMs: number } | undefined;
  for (const e of events) {
    if (!isDetectionKind(e.kind) || e.node === undefined) continue;
    const t = clock.at(e);
    if (t === undefined || t >= firstKillMs) continue;
    if (e.leader === undefined) continue;
    if (e.leader === e.node || (lost !== undefined && e.leader !== lost.event.leader)) return undefined;
    if (lost === undefined || t < lost.atMs) lost = { event: e, atMs: t };
  }
  if (lost === undefined) return undefined;
  const leader = lost.event.leader!;
  const writers = new Set<string>();
  let successor = false;
  for (const e of events) {
    if (e.node !== undefined && e.node !== leader) writers.add(e.node);
    // An untimed kill (`kill 30972` with no date) may be the missing one: it ends the leader with no time (adv56f-01).
    if (e.kind === 'kill' && clock.at(e) !== undefined && ((e.node ?? e.target) === undefined || (e.node ?? e.target) === leader || e.killedNodes?.includes(leader) === true)) return undefined;
    if (successor || (e.kind !== 'became-leader' && e.kind !== 'follows-leader') || e.leader === undefined || e.leader === leader) continue;
    const t = clock.at(e);
    successor = t !== undefined && t > lost.atMs && t < firstKillMs;
  }
  if (!successor) return undefined;
  const ordered = [...kills].sort((a, b) => a.atMs - b.atMs);
  // A kill whose node another node then says it lost as its leader, with the cluster left running through the window
  // after it (the paste's next kill later), ended a leader its followers noticed: the kill to judge, no teardown (adv57d-19:
  // node2, leading term 2 after node1's unshown kill, killed 800 ms before the others, node4's `connection to leader node2
  // lost (EOF)` 3 ms after it). A teardown's burst (adv57c-18: node3 killed 24 ms after node2) stays one.
  for (let k = 0; k < ordered.length; k++) {
    const kill = ordered[k]!;
    if (kill.killed === undefined) continue;
    // The paste's next kill after it (`ordered` is by time; kills of the same instant are one burst).
    let next = k + 1;
    while (next < ordered.length && ordered[next]!.atMs <= kill.atMs) next++;
    const nextMs = next < ordered.length ? ordered[next]!.atMs : Infinity;
    if (nextMs <= kill.atMs + windowMs) continue;
    for (const e of events) {
      if (!isDetectionKind(e.kind) || e.node === undefined || e.node === kill.killed || e.leader !== kill.killed) continue;
      const t = clock.at(e);
      if (t !== undefined && t > kill.atMs && t < nextMs) return undefined;
    }
  }
  const nodes: string[] = [];
  for (const kill of ordered) if (kill.killed !== undefined && !nodes.includes(kill.killed)) nodes.push(kill.killed);
  for (const writer of writers) if (!nodes.includes(writer)) return undefined;
  return { leader, lost: lost.event, kills: ordered, nodes };
}
