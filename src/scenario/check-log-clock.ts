// The nodes' log clock against the harness's: a line cannot be stamped after it arrived, nor a leader's shutdown line
// before the signal was sent. A disagreement over a few ms makes every measured detection wrong, so it is a problem
// to report, never a number to print. Pure.

/** Rounding of ms stamps and of the harness's own readings. */
export const CLOCK_TOLERANCE_MS = 5;

export interface ClockSample {
  readonly node: number;
  /** The line's own stamp, read in the nodes' zone. */
  readonly stampMs: number;
  /** Harness clock when the line was read. */
  readonly arrivalMs: number;
}

const describeGap = (ms: number): string => {
  const minutes = Math.round(ms / 60_000);
  // A whole number of quarter hours: a time zone, not a drifting clock.
  if (ms >= 15 * 60_000 && Math.abs(ms - minutes * 60_000) < 60_000 && minutes % 15 === 0) {
    return `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''} (another time zone? the nodes' zone-less times are read in the harness's TZ)`;
  }
  return `${Math.round(ms)} ms`;
};

/** One sentence per node whose log clock disagrees with the harness's, with the biggest gap seen. */
export function checkLogClock(samples: readonly ClockSample[], kill?: { readonly node: number; readonly stampMs: number; readonly killAtMs: number }): string[] {
  const problems: string[] = [];
  const ahead = new Map<number, number>();
  for (const s of samples) {
    const gap = s.stampMs - s.arrivalMs;
    if (gap > CLOCK_TOLERANCE_MS && gap > (ahead.get(s.node) ?? 0)) ahead.set(s.node, gap);
  }
  for (const [node, gap] of [...ahead].sort((a, b) => a[0] - b[0])) {
    problems.push(`node${node}'s log clock runs ${describeGap(gap)} ahead of the harness's: a line was stamped after the harness had read it, so detection times from the log are wrong`);
  }
  if (kill && kill.stampMs < kill.killAtMs - CLOCK_TOLERANCE_MS && !ahead.has(kill.node)) {
    problems.push(`node${kill.node}'s log clock runs ${describeGap(kill.killAtMs - kill.stampMs)} behind the harness's: its shutdown line is stamped before the signal was sent, so detection times from the log are wrong`);
  }
  return problems;
}
