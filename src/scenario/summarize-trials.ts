export interface Distribution {
  readonly count: number;
  readonly min: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

// Nearest-rank percentiles: every reported figure is a value that was actually measured.
export function summarize(values: readonly number[]): Distribution | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
  return { count: sorted.length, min: sorted[0]!, p50: rank(50), p95: rank(95), p99: rank(99), max: sorted[sorted.length - 1]! };
}

/** One follower's figure in one trial: a measurement (ms), or none; `coarseMs`: its stamp's resolution when that stamp gave only a bound. */
export interface FollowerFigure {
  readonly ms: number | null;
  readonly coarseMs?: number;
}

export interface PerFollowerSummary {
  /** Over the measured figures only: one per follower that has one (n counts followers, not trials). */
  readonly distribution: Distribution | null;
  readonly trials: number;
  readonly followers: number;
  /** Trials with a follower whose stamp gave only a bound, and those followers; the coarsest such stamp (null: none). */
  readonly boundedTrials: number;
  readonly boundedFollowers: number;
  readonly coarsestMs: number | null;
}

// --trials figures per follower: a coarse stamp's bound is not a measurement, so it is counted, not summarized.
export function summarizePerFollower(trials: readonly (readonly FollowerFigure[])[]): PerFollowerSummary {
  const measured = trials.flatMap((followers) => followers.flatMap((f) => (f.ms === null ? [] : [f.ms])));
  const bounded = trials.map((followers) => followers.filter((f) => f.ms === null && f.coarseMs !== undefined));
  const coarse = bounded.flat().map((f) => f.coarseMs!);
  return {
    distribution: summarize(measured),
    trials: trials.length,
    followers: trials.reduce((n, followers) => n + followers.length, 0),
    boundedTrials: bounded.filter((b) => b.length > 0).length,
    boundedFollowers: coarse.length,
    coarsestMs: coarse.length === 0 ? null : Math.max(...coarse),
  };
}
