import { parseTimestampAt } from '../log-events/parse-timestamp.js';

// Epoch ms of the first absolute timestamp near the start of a log line (any format the verdict engine reads).
export function lineTimeMs(line: string): number | undefined {
  const limit = Math.min(line.length, 80);
  for (let i = 0; i < limit; i++) {
    if (i > 0 && /[0-9A-Za-z]/.test(line[i - 1]!)) continue;
    const stamp = parseTimestampAt(line, i, line.length);
    if (stamp?.kind === 'absolute') return stamp.ms;
  }
  return undefined;
}
