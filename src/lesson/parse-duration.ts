// Durations in a scenario: `300ms`, `1.5s`, `2 s`, or a bare number of milliseconds.
import type { Duration } from './scenario-types.js';

const DURATION = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)\s*$/;

/** Example shown when a duration cannot be read. */
export const DURATION_EXAMPLE = 'a duration like 300ms or 1.5s';

// Milliseconds, or undefined when the value is not a duration (negative, unitless text, unknown unit).
export function parseDurationMs(value: Duration): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  const match = DURATION.exec(value);
  if (!match) return undefined;
  const amount = Number(match[1]);
  return match[2] === 's' ? amount * 1000 : amount;
}
