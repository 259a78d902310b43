// Whether a paste's `[+s.mmm]` stamps count from one start or from each process's own. `[+5.400s]` reads as the time
// since a launcher started, one clock for every line it printed (a supervisor's stream, `ts -s` over one pipe, one
// process running all the nodes). A C node printing `now - start` counts from its own start instead: every node's log
// opens at `[+0.000] nodeN: started`, and nodes started one after another have clocks whose zeros lie an unknown time
// apart, so 30.225 - 30.123 between two of them is no delay.
import type { MutableLogEvent } from './log-event.js';

/**
 * A relative clock whose stamps go back by more than this started again (a process's restart; threads of one process
 * write their lines out of order by far less).
 */
export const RESTART_BACKSTEP_MS = 50;

/**
 * The most a start line may read and still be its own process's zero: a C node's first line reads +0.000, an
 * interpreter's or a JVM's tens to hundreds of ms (a Python node's `started` at +0.073 s on a loaded machine).
 */
export const PROCESS_ZERO_MS = 1000;

/**
 * Rewrites the `[+x s]` stamps (format `relative`) of a paste that proves them clocks per process to `uptime` (each its
 * writer's own clock: `uptime@node2`, paste-clock.ts), so no two nodes' lines are compared. The proof, over the events
 * with such a stamp in paste order: two or more writers each have a start line (`startup`) at their zero (at most
 * PROCESS_ZERO_MS), at least one of those comes after another writer's line stamped later than it by more than
 * RESTART_BACKSTEP_MS (the count went back: a log of its own, a file, a terminal), and none comes after another
 * writer's line stamped no later than it (starts shown in one stream, their stamps rising: a launcher printing
 * `[+0.000] starting`, then its nodes' `[+0.004] node1 listening`, or one process running all three nodes at
 * `[+0.000]`). Anything less keeps the one clock. A stream split by node (`ts -s` over a launcher, then grep per node)
 * whose nodes started within the window reads as per process: its fail names the clocks, where the other reading of
 * clocks per process would subtract ms across them.
 */
export function markProcessClocks(events: MutableLogEvent[]): void {
  const starters = new Set<string>();
  let restarted = false;
  let previous: MutableLogEvent | undefined;
  for (const event of events) {
    const time = event.time;
    if (time === undefined || time.format !== 'relative') continue;
    if (event.kind === 'startup' && event.node !== undefined && time.ms <= PROCESS_ZERO_MS) {
      starters.add(event.node);
      if (previous !== undefined && previous.node !== event.node) {
        if (previous.time!.ms <= time.ms) return;
        if (previous.time!.ms - time.ms > RESTART_BACKSTEP_MS) restarted = true;
      }
    }
    previous = event;
  }
  if (starters.size < 2 || !restarted) return;
  for (const event of events) if (event.time?.format === 'relative') event.time = { ...event.time, format: 'uptime' };
}
