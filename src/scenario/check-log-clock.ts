// The nodes' log clock against the harness's: a line cannot be stamped after it arrived, nor a leader's shutdown line
// before the signal was sent. A disagreement over a few ms makes every measured detection wrong, so it is a problem
// to report, never a number to print. Pure.
import { nodeLabel } from '../log-events/index.js';

/** Rounding of ms stamps and of the harness's own readings. */
export const CLOCK_TOLERANCE_MS = 5;

export interface ClockSample {
  readonly node: number;
  /** The line's own stamp, read in the nodes' zone. */
  readonly stampMs: number;
  /** Harness clock when the line was read. */
  readonly arrivalMs: number;
}

// "5 h 30 min" for a whole number of quarter hours (a time zone, not a drifting clock), else ms.
function describeGap(ms: number): { amount: string; zone: boolean } {
  const minutes = Math.round(ms / 60_000);
  if (ms >= 15 * 60_000 && Math.abs(ms - minutes * 60_000) < 60_000 && minutes % 15 === 0) {
    return { amount: `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`, zone: true };
  }
  return { amount: `${Math.round(ms)} ms`, zone: false };
}

// Zone-less stamps a whole number of quarter hours off are read in the node's own zone (NodeLogs): what is left here
// is a stamp naming a zone (Z, +01:00) that is not the one its clock time was written in.
const ZONE_HINT = ' (a whole number of quarter hours: another time zone? the stamps name a zone, Z or +hh:mm, other than the one their times were written in)';

/**
 * One sentence per node whose log clock disagrees with the harness's, with the biggest gap seen. `kill.spanMs`: how
 * long after its stamp the shutdown line may have been written (stampSpanMs: a whole-second stamp of the signal's
 * own second is no clock offset).
 */
export function checkLogClock(samples: readonly ClockSample[], kill?: { readonly node: number; readonly stampMs: number; readonly spanMs?: number; readonly killAtMs: number }): string[] {
  const problems: string[] = [];
  const ahead = new Map<number, number>();
  for (const s of samples) {
    const gap = s.stampMs - s.arrivalMs;
    if (gap > CLOCK_TOLERANCE_MS && gap > (ahead.get(s.node) ?? 0)) ahead.set(s.node, gap);
  }
  for (const [node, gap] of [...ahead].sort((a, b) => a[0] - b[0])) {
    const { amount, zone } = describeGap(gap);
    problems.push(`${nodeLabel(node)}'s log clock runs ${amount} ahead of the harness's: a line was stamped after the harness had read it, so detection times from the log are wrong${zone ? ZONE_HINT : ''}`);
  }
  if (kill && kill.stampMs + (kill.spanMs ?? 0) < kill.killAtMs - CLOCK_TOLERANCE_MS && !ahead.has(kill.node)) {
    const { amount, zone } = describeGap(kill.killAtMs - kill.stampMs);
    problems.push(`${nodeLabel(kill.node)}'s log clock runs ${amount} behind the harness's: its shutdown line is stamped before the signal was sent, so detection times from the log are wrong${zone ? ZONE_HINT : ''}`);
  }
  return problems;
}
