import { parseTimestampAt } from '../log-events/parse-timestamp.js';
import { stampToEpochMs } from '../log-events/stamp-epoch.js';

/** The reader's clock: its zone (minutes east of UTC, for zone-less stamps) and a reading close to the line. */
export interface LineClock {
  readonly localOffsetMin: number;
  readonly nearMs: number;
}

// Epoch ms of the first timestamp near the start of a log line (any format the verdict engine reads). Without a
// clock only dated stamps count and zone-less ones read as UTC; with one, zone-less stamps are local time in its
// zone and a bare time of day is placed on the day nearest to `nearMs`.
export function lineTimeMs(line: string, clock?: LineClock): number | undefined {
  const limit = Math.min(line.length, 80);
  for (let i = 0; i < limit; i++) {
    if (i > 0 && /[0-9A-Za-z]/.test(line[i - 1]!)) continue;
    const stamp = parseTimestampAt(line, i, line.length);
    if (!stamp) continue;
    if (clock) return stampToEpochMs(stamp, clock);
    if (stamp.kind === 'absolute') return stamp.ms;
  }
  return undefined;
}
