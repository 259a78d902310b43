import { describe, expect, it } from 'vitest';
import { readLocaleDateOutput } from '../../src/log-events/locale-date-output.js';
import { parseTimestampAt } from '../../src/log-events/parse-timestamp.js';

const C = 'Wed Dec  2 15:19:58 CET 2026';
const cLocale = parseTimestampAt(C, 0, C.length)!;

describe('readLocaleDateOutput', () => {
  it.each([
    ['fr_FR', 'mer. 02 déc. 2026 15:19:58 CET'],
    ['de_DE', 'Mi 2. Dez 15:19:58 CET 2026'],
    ['es_ES', 'mié 02 dic 2026 15:19:58 CET'],
    ['it_IT', 'mer 02 dic 2026, 15:19:58, CET'],
    ['pt_BR', 'qua 02 dez 2026 15:19:58 CET'],
    ['en_GB', 'Wed 02 Dec 2026 15:19:58 CET'],
  ])("reads %s's default date as the C locale's of the same instant, to the second", (_, output) => {
    const stamp = readLocaleDateOutput(output, 99);
    expect(stamp).toMatchObject({ kind: 'absolute', ms: cLocale.ms, dayMs: cLocale.dayMs, precisionMs: 1000, zoned: true, end: 99 });
  });

  it('reads no weekday and month of two locales, no other layout, no zone the C reading does not know (near misses)', () => {
    expect(readLocaleDateOutput('mer. 02 dic 2026 15:19:58 CET', 9)).toBeUndefined();
    expect(readLocaleDateOutput('Mi 02 Dez 2026 15:19:58 CET', 9)).toBeUndefined();
    expect(readLocaleDateOutput('mer. 02 déc. 2026 15:19:58', 9)).toBeUndefined();
    expect(readLocaleDateOutput('mer. 02 déc. 2026 15:19:58 CET node2 heartbeat timeout', 9)).toBeUndefined();
    expect(readLocaleDateOutput('19:58.123', 9)).toBeUndefined();
  });
});
