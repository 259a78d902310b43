// A node's lines whose time goes back against the lines around them on both sides: a line moved or retyped by hand
// (adv56e-33: `13:36:21.339 [node2] … lost (EOF)` between node2's `13:37:03.434` and `13:37:04.957`), not another run
// (whose lines stay back) nor threads writing out of order (which step back by far less).
import type { LogEvent } from './log-event.js';
import { RESTART_BACKSTEP_MS } from './process-clocks.js';
import { mayBeAtOrAfter } from './stamp-span.js';

/** How many of a node's lines in a row may go back before its time, coming forward again, makes them out of place. */
export const MAX_OUT_OF_PLACE_LINES = 3;

/**
 * How far a line's time must go back against its node's latest for it to stand out of place: a second, far more than
 * threads writing out of order or a buffered line's wait (RESTART_BACKSTEP_MS for a step back at all).
 */
export const OUT_OF_PLACE_BACK_MS = 1000;

/** How many times a node's time may step back for its lines to be read as a log in order with a few lines moved. */
export const MAX_STEPS_BACK = 2;

/** A run of a node's lines out of place: events [first, last] (indices), between `previous` and `next`. */
export interface OutOfPlaceRun {
  readonly node: string;
  readonly previous: number;
  readonly first: number;
  readonly last: number;
  readonly next: number;
}

/**
 * The runs of each node's timed events (in paste order) that go back against the latest time of its lines above them,
 * by more than OUT_OF_PLACE_BACK_MS, where within MAX_OUT_OF_PLACE_LINES lines its time
 * comes back to that latest time or after. `isBreak(previous, first)`: something between the two lines starts the
 * node's order afresh (a command printing the log again, a buffered stdout's block): no run there.
 */
export function findLinesOutOfPlace(
  events: readonly LogEvent[],
  times: readonly (number | undefined)[],
  isBreak: (previous: number, first: number) => boolean,
): OutOfPlaceRun[] {
  // Per node, its timed events' indices in paste order.
  const byNode = new Map<string, number[]>();
  for (let k = 0; k < events.length; k++) {
    const node = events[k]!.node;
    if (node === undefined || times[k] === undefined) continue;
    let own = byNode.get(node);
    if (own === undefined) byNode.set(node, (own = []));
    own.push(k);
  }
  const runs: OutOfPlaceRun[] = [];
  for (const [node, own] of byNode) {
    // A node whose time steps back more than MAX_STEPS_BACK times is no log in its order with a line moved (lines
    // shuffled, merged by hand): nothing stands out of place in it.
    let stepsBack = 0;
    for (let j = 1; j < own.length && stepsBack <= MAX_STEPS_BACK; j++) if (!mayBeAtOrAfter(times[own[j]!]! + RESTART_BACKSTEP_MS, events[own[j]!]!.time, times[own[j - 1]!]!)) stepsBack++;
    if (stepsBack > MAX_STEPS_BACK) continue;
    let latest = own[0];
    for (let j = 1; j < own.length; j++) {
      const k = own[j]!;
      const latestMs = times[latest!]!;
      if (mayBeAtOrAfter(times[k]! + OUT_OF_PLACE_BACK_MS, events[k]!.time, latestMs)) {
        if (times[k]! > latestMs) latest = k;
        continue;
      }
      // Back: forward again within the next few lines?
      let back = j;
      while (back + 1 < own.length && back + 1 - j < MAX_OUT_OF_PLACE_LINES && !mayBeAtOrAfter(times[own[back + 1]!]! + OUT_OF_PLACE_BACK_MS, events[own[back + 1]!]!.time, latestMs)) back++;
      const next = own[back + 1];
      const returns = next !== undefined && mayBeAtOrAfter(times[next]!, events[next]!.time, latestMs);
      if (returns && !isBreak(latest!, k)) runs.push({ node, previous: latest!, first: k, last: own[back]!, next });
      // Another run's lines stay back: they are the node's order from here on.
      if (!returns) latest = k;
      j = returns ? back : j;
    }
  }
  return runs;
}
