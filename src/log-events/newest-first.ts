// A log viewer lists lines newest first: Grafana Explore, `logcli query` (direction=BACKWARD), CloudWatch Logs
// Insights, a Datadog or Graylog export. Such a paste, or one node's block copied so, runs back in time line after
// line and never forward, not by a ms (a viewer sorts its lines by their time): it is a listing in reverse, not lines
// out of place, a second copy of a log or another run pasted after this one (each of those goes forward again
// somewhere). The verdict reads every line by its time anyway.
import type { LogEvent } from './log-event.js';

/** The lines that run newest first: the whole paste, or the blocks of `nodes`; lines 0-based. */
export interface NewestFirst {
  /** Whether every timed event line of the paste runs newest first (nodes: those with a step back). */
  readonly whole: boolean;
  /** The nodes whose own lines run newest first. */
  readonly nodes: readonly string[];
  readonly first: number;
  readonly last: number;
}

// Steps back within nodes' own lines that show a listing in reverse: over all nodes when no line of the paste goes
// forward (lines of different writers alone, a kill record above two startup lines, show no order), or within one
// node's when the rest runs forward (two could be one line out of place between two of its node's).
const WHOLE_STEPS_BACK = 2;
const NODE_STEPS_BACK = 3;

interface Run {
  previous: number;
  back: number;
  forward: boolean;
  first: number;
  last: number;
}

/**
 * The lines that run newest first (module comment), from the events in paste order and their times on the paste's
 * clock (undefined: untimed); undefined when none do.
 */
export function findNewestFirst(events: readonly LogEvent[], times: readonly (number | undefined)[]): NewestFirst | undefined {
  const whole: Run = { previous: NaN, back: 0, forward: false, first: -1, last: -1 };
  const runs = new Map<string, Run>();
  const step = (run: Run, v: number, line: number): void => {
    if (run.first < 0) run.first = line;
    else if (v > run.previous) run.forward = true;
    else if (v < run.previous) run.back++;
    run.previous = v;
    run.last = line;
  };
  for (let k = 0; k < events.length; k++) {
    const v = times[k];
    if (v === undefined) continue;
    const event = events[k]!;
    step(whole, v, event.line);
    if (event.node === undefined) continue;
    let run = runs.get(event.node);
    if (run === undefined) runs.set(event.node, (run = { previous: NaN, back: 0, forward: false, first: -1, last: -1 }));
    step(run, v, event.line);
  }
  let nodeStepsBack = 0;
  for (const run of runs.values()) nodeStepsBack += run.back;
  const isWhole = !whole.forward && nodeStepsBack >= WHOLE_STEPS_BACK;
  const nodes: string[] = [];
  let first = Infinity;
  let last = -1;
  for (const [node, run] of runs) {
    if (run.forward || run.back < (isWhole ? 1 : NODE_STEPS_BACK)) continue;
    nodes.push(node);
    first = Math.min(first, run.first);
    last = Math.max(last, run.last);
  }
  if (isWhole) return { whole: true, nodes, first: whole.first, last: whole.last };
  return nodes.length === 0 ? undefined : { whole: false, nodes, first, last };
}
