// A follower's detection in words: the figures its stamps measure, or, for a stamp coarser than a millisecond, what the
// harness clock measured (when it found the line in the log file) and all the stamp can say.
import type { FollowerDetection, HarnessRead, StampBounds } from '../../scenario/scenario-types.js';

const ms1 = (ms: number): string => ms.toFixed(1);

// "whole-second stamp", "100 ms stamp".
function stampName(precisionMs: number): string {
  return precisionMs === 1000 ? 'whole-second stamp' : `${precisionMs} ms stamp`;
}

// When the line reached the log file by the harness's reads of it.
function describeRead(read: HarnessRead): string {
  const when = read.afterMs === null ? `by ${ms1(read.byMs)} ms after the signal` : `between ${ms1(read.afterMs)} and ${ms1(read.byMs)} ms after the signal`;
  return `in its log ${when} (harness clock, from its reads of the file)`;
}

// All a coarse stamp says of a line's delay from the signal.
function describeBounds(bounds: StampBounds): string {
  const latest = Math.round(bounds.latestMs);
  return bounds.earliestMs < 0 ? `from before the signal to ${latest} ms after it` : `${Math.round(bounds.earliestMs)} to ${latest} ms after the signal`;
}

// A detection line with no timestamp: the harness's reads of its file are its only clock (FollowerDetection.readMs).
const isUntimed = (d: FollowerDetection): boolean => d.readMs !== null && d.fromHarnessMs === null && d.stampBoundsMs === null;

// Only the read that found an untimed line bounds it: the harness copies a node's stdout into its log, so the read
// before may miss a line still in the pipe, and no stamp says the line came later.
const byRead = (read: HarnessRead): HarnessRead => ({ ...read, afterMs: null });

/** The summary's figures for one follower's detection (after "via connection: "), and its heartbeat timeout's clause. */
export function describeDetection(d: FollowerDetection): string {
  const first =
    d.stampBoundsMs !== null && d.readMs !== null
      ? `${describeRead(d.readMs)}; its ${stampName(d.stampPrecisionMs!)} says only ${describeBounds(d.stampBoundsMs)}`
      : isUntimed(d)
        ? `${describeRead(byRead(d.readMs!))}; the line has no timestamp, so a pasted log cannot time it`
        : `${d.fromLogMs === null ? 'n/a' : `${ms1(d.fromLogMs)} ms`} (log) / ${d.fromHarnessMs === null ? 'n/a' : `${ms1(d.fromHarnessMs)} ms`} (harness clock)`;
  // Timed from the signal the harness sent, as the harness clock column is: the verdict's "+246 ms" for the same
  // line counts from the kill line the node logged, tens of milliseconds later.
  const heartbeat =
    d.heartbeatMs !== null
      ? `, heartbeat timeout at ${ms1(d.heartbeatMs)} ms after the signal`
      : d.heartbeatReadMs !== null
        ? `, heartbeat timeout ${describeRead(d.heartbeatBoundsMs === null ? byRead(d.heartbeatReadMs) : d.heartbeatReadMs).replace(/ \(harness clock.*\)$/, '')}`
        : '';
  return `${first}${heartbeat}`;
}

/** One follower in a --trials progress line: `node2 12 ms`, `node2 in log by +8 ms (harness clock; whole-second stamp)`, `node2 none`. */
export function describeTrialDetection(d: FollowerDetection, label: string): string {
  if (d.fromLogMs !== null) return `${label} ${d.fromLogMs.toFixed(0)} ms`;
  if (d.stampPrecisionMs !== null && d.readMs !== null) return `${label} in log by +${d.readMs.byMs.toFixed(0)} ms (harness clock; ${stampName(d.stampPrecisionMs)})`;
  if (isUntimed(d)) return `${label} in log by +${d.readMs!.byMs.toFixed(0)} ms (harness clock; no timestamp)`;
  return `${label} none`;
}
