// Whether a paste's `[+s.mmm]` stamps count from one start or from each process's own. `[+5.400s]` reads as the time
// since a launcher started, one clock for every line it printed (a supervisor's stream, `ts -s` over one pipe, one
// process running all the nodes). A C node printing `now - start` counts from its own start instead: every node's log
// opens at `[+0.000] nodeN: started`, and nodes started one after another have clocks whose zeros lie an unknown time
// apart, so 30.225 - 30.123 between two of them is no delay.
import type { LogEvent, MutableLogEvent } from './log-event.js';
import type { Stamp } from './parse-timestamp.js';

/** A stamped line that holds no event (`[   0.000] node2 up`), its writer as the scan read it. */
export interface StampedLine {
  readonly line: number;
  readonly node: string | undefined;
  readonly time: Stamp;
}

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
 * Rewrites the `[+x s]` stamps (format `relative`) and the `[   x.xxx]` ones (format `monotonic`: read as since boot,
 * but a C node's `%8.3f` of its own uptime reads the same) of a paste that proves them clocks per process to `uptime`
 * (each its writer's own clock: `uptime@node2`, paste-clock.ts), so no two nodes' lines are compared. The proof, per
 * format, over the events with such a stamp in paste order: two or more writers each start at their zero (at most
 * PROCESS_ZERO_MS) — a start line (`startup`), or the writer's first line on that clock (`[   0.000] node2 up`,
 * every terminal's or file's count opening at 0.000) —, a writer's line comes after another writer's line stamped
 * later than it by more than RESTART_BACKSTEP_MS (the count went back: a log of its own, a file, a terminal, or
 * processes each stamping their own uptime in one terminal; a since-boot clock never does), and none of the starts
 * comes after another writer's line stamped no later than it (starts shown
 * in one stream, their stamps rising: a launcher printing `[+0.000] starting`, then its nodes' `[+0.004] node1
 * listening`, or one process running all three nodes at `[+0.000]`). Anything less keeps the one clock. A stream
 * split by node (`ts -s` over a launcher, then grep per node) whose nodes started within the window reads as per
 * process: its fail names the clocks, where the other reading of clocks per process would subtract ms across them.
 * Stamps a line stating the start on the wall clock anchors are wall times already (decideRelativeAnchors). `quiet`:
 * the stamped lines holding no event, in paste order (a node's `up` line at its zero is its start all the same).
 */
export function markProcessClocks(events: MutableLogEvent[], quiet: readonly StampedLine[] = [], isFromOwnFile: (line: number, node: string) => boolean = () => false): void {
  const timeline: { node: string | undefined; kind?: string; term?: number; time?: Stamp; line: number }[] = [];
  for (let e = 0, q = 0; e < events.length || q < quiet.length; ) {
    if (q < quiet.length && (e === events.length || quiet[q]!.line < events[e]!.line)) timeline.push(quiet[q++]!);
    else timeline.push(events[e++]!);
  }
  for (const format of ['relative', 'monotonic'] as const) {
    if (!provesProcessClocks(timeline, format) && !(format === 'monotonic' && provesSinceStartClocks(timeline, isFromOwnFile))) {
      if (format === 'relative') markRelativeRuns(timeline);
      continue;
    }
    for (const event of events) if (event.time?.format === format) event.time = { ...event.time, format: 'uptime' };
  }
}

/**
 * One stream's `[+x s]` count that goes back to a start (at most RUN_START_MS, by more than RESTART_BACKSTEP_MS)
 * where a writer that started before starts again, or wins an election at a term no higher than it stated before (the launcher's `[+0.000s] run_cluster: starting 3 nodes`, a node's
 * second `starting pid=15791`, within PROCESS_ZERO_MS of the step) is the launcher's next run, appended to its first
 * (adv54b-30): the events from there on get the run's number (Stamp.run), a clock of their own, so that no time of one
 * run is measured against another's. A count that goes back with no start repeated (a stream split by node, `grep
 * node1 …; grep node2 …`) stays one clock.
 */
// How far into a launcher's next run its count may be at the first line that shows (its nodes up after a second or more
// on a loaded machine: adv54h-22's 1.047 s); the start evidence (startsAgain) decides.
const RUN_START_MS = 5 * PROCESS_ZERO_MS;

function markRelativeRuns(timeline: { node: string | undefined; kind?: string; term?: number; time?: Stamp }[]): void {
  const started = new Set<string>();
  // Per writer, the highest Raft term its lines stated so far in this run: an election it wins at no higher term is a new process's.
  const terms = new Map<string, number>();
  let run = 0;
  let previousMs: number | undefined;
  for (let k = 0; k < timeline.length; k++) {
    const item = timeline[k]!;
    const time = item.time;
    if (time === undefined || time.format !== 'relative') continue;
    if (previousMs !== undefined && previousMs - time.ms > RESTART_BACKSTEP_MS && time.ms <= RUN_START_MS && startsAgain(timeline, k, started, terms)) {
      run++;
      started.clear();
      terms.clear();
    }
    previousMs = time.ms;
    if (item.kind === 'startup') started.add(item.node ?? '');
    if (item.node !== undefined && item.term !== undefined && item.term > (terms.get(item.node) ?? 0)) terms.set(item.node, item.term);
    if (run > 0) item.time = { ...time, run };
  }
}

// Whether, at `from` or after it within PROCESS_ZERO_MS of its stamp, a writer in `started` starts again or a writer
// wins an election at a term no higher than it stated before (`terms`: adv54h-27's nodes, whose start lines say only
// `up`, elect node2 in term 1 again).
function startsAgain(
  timeline: readonly { node: string | undefined; kind?: string; term?: number; time?: Stamp }[],
  from: number,
  started: ReadonlySet<string>,
  terms: ReadonlyMap<string, number>,
): boolean {
  const limitMs = timeline[from]!.time!.ms + PROCESS_ZERO_MS;
  for (let k = from; k < timeline.length; k++) {
    const { time, kind, node, term } = timeline[k]!;
    if (time === undefined || time.format !== 'relative') continue;
    if (time.ms > limitMs) return false;
    if (kind === 'startup' && started.has(node ?? '')) return true;
    if (kind === 'became-leader' && node !== undefined && term !== undefined && term <= (terms.get(node) ?? 0)) return true;
  }
  return false;
}

function provesProcessClocks(timeline: readonly { node: string | undefined; kind?: string; time?: Stamp }[], format: 'relative' | 'monotonic'): boolean {
  const starters = new Set<string>();
  const seen = new Set<string>();
  let restarted = false;
  let previous: { time?: Stamp; node: string | undefined } | undefined;
  for (const event of timeline) {
    const time = event.time;
    if (time === undefined || time.format !== format) continue;
    const first = event.node !== undefined && !seen.has(event.node);
    if (event.node !== undefined) seen.add(event.node);
    if ((event.kind === 'startup' || first) && event.node !== undefined && time.ms <= PROCESS_ZERO_MS) {
      starters.add(event.node);
      if (previous !== undefined && previous.node !== event.node && previous.time!.ms <= time.ms) return false;
    }
    // The count going back from one writer's line to another's, at a start or later (adv55d-20: three processes
    // started 40 ms apart in one terminal, each stamping its own uptime: starts at +0.124, +0.110, +0.101, then
    // node3's +0.343 over node2's +0.270).
    if (previous !== undefined && event.node !== undefined && previous.node !== event.node && previous.time!.ms - time.ms > RESTART_BACKSTEP_MS) restarted = true;
    previous = event;
  }
  return starters.size >= 2 && restarted;
}

/**
 * A `[   x.xxx]` count below this is no since-boot clock (a machine a student logs into, builds on and runs a cluster on
 * has been up for minutes): it counts from a process's start.
 */
export const SINCE_START_MAX_MS = 60_000;

// Whether the `[   x.xxx]` stamps (format `monotonic`) of the paste's stamped lines, events or not, in paste order, are
// each process's own count with no start shown (adv50-29:
// each terminal's bottom copied, the `[   0.001] node1: up` lines left out): every one is below SINCE_START_MAX_MS,
// two or more writers stamp so, the count goes back by more than RESTART_BACKSTEP_MS from one writer's line to
// another's below it (a log of its own each: one stream's count — a launcher's, one process running all the nodes —
// only rises) or two or more writers' lines come from files of their own (grep's `data/node2/node.log:` prefix, a
// `==>` section: adv59a-30's three rising counts 2.127, 2.228, 2.294 were each process's own; a typed command printing
// one node's file, `tail -n 1 data/node1/node.log`, then `grep … data/node2/node.log`: adv71a-94), and one writer logs that
// a signal ended it while another logs on after that line: separate processes, whose counts began an unknown time apart.
// Counts of a minute or more count so only when a node's own file shows one within PROCESS_ZERO_MS of zero (adv60a-40:
// node1's `[   0.001]` first line, then `[  68.494] … SIGTERM`): a since-boot clock never reads so. Or when a
// follower's timeout, read on the ended node's count, states a silence reaching back before the ended node's own line
// by more than SILENCE_BEFORE_END_MS (adv60a-43: `[  68.508] … no heartbeat from leader node1 in 200 ms` 14 ms after
// node1's `[  68.494] … SIGTERM`; node3's `in 423 ms` at 68.550): a leader logging on sends its heartbeats, so one clock
// cannot be read so.
function provesSinceStartClocks(
  timeline: readonly { node: string | undefined; kind?: string; signal?: string; silentMs?: number; time?: Stamp; nodeFrom?: LogEvent['nodeFrom']; line: number }[],
  isFromOwnFile: (line: number, node: string) => boolean,
): boolean {
  const writers = new Set<string>();
  const fromFiles = new Set<string>();
  let ended: string | undefined;
  let outlived = false;
  let wentBack = false;
  let previous: (typeof timeline)[number] | undefined;
  // A count of a minute or more (a since-boot clock's, unless a file's own count starts at its process's zero).
  let overMax = false;
  let fileZero = false;
  let endedAtMs = 0;
  let silentBeforeEnd = false;
  for (const event of timeline) {
    const time = event.time;
    if (time === undefined || time.format !== 'monotonic' || event.node === undefined) continue;
    if (time.ms >= SINCE_START_MAX_MS) overMax = true;
    writers.add(event.node);
    if ((event.nodeFrom !== undefined && FILE_SOURCES.has(event.nodeFrom)) || isFromOwnFile(event.line, event.node)) {
      fromFiles.add(event.node);
      if (time.ms < PROCESS_ZERO_MS) fileZero = true;
    }
    if (previous !== undefined && previous.node !== event.node && previous.time!.ms - time.ms > RESTART_BACKSTEP_MS) wentBack = true;
    if (ended !== undefined && event.node !== ended) {
      outlived = true;
      if (event.silentMs !== undefined && time.ms >= endedAtMs && time.ms - event.silentMs < endedAtMs - SILENCE_BEFORE_END_MS) silentBeforeEnd = true;
    }
    if (ended === undefined && event.kind === 'kill' && event.signal !== undefined) [ended, endedAtMs] = [event.node, time.ms];
    previous = event;
  }
  return writers.size >= 2 && (wentBack || fromFiles.size >= 2) && outlived && (!overMax || fileZero || silentBeforeEnd);
}

/**
 * The most a follower may have heard nothing from a leader before that leader's own last line on one clock: half the
 * lesson's longest election timeout, the longest heartbeat interval a Raft node keeps under it.
 */
const SILENCE_BEFORE_END_MS = 150;

// Writer sources that say a line came from its node's own file: a grep prefix, a section under a header, a file's name.
const FILE_SOURCES: ReadonlySet<LogEvent['nodeFrom']> = new Set(['file-prefix', 'section', 'file-name']);
