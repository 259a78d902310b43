// findTracedDateOutput (src/log-events/traced-date-kill.ts): a `date; kill` record the shell traced (`bash -x`) is
// timed by the date's row, as the typed one-line record is.
import { describe, expect, it } from 'vitest';
import { indexLines } from '../../src/log-events/paste-lines.js';
import { scanLines } from '../../src/log-events/scan-lines.js';
import { findTracedDateOutput } from '../../src/log-events/traced-date-kill.js';

const at = (rows: string[], i: number): { output: number; lookup: boolean } | undefined => {
  const lines = indexLines(rows.join('\n'));
  return findTracedDateOutput(lines, scanLines(lines), i);
};

describe('findTracedDateOutput', () => {
  it("the time right under a traced date, right above the traced kill, is the kill's (adv58c-13)", () => {
    expect(at(['bash-5.2# bash -x ./killer.sh 21190', '+ date +%T.%3N', '18:20:51.814', '+ kill 21190', '+ sleep 1'], 3)).toEqual({ output: 2, lookup: false });
    expect(at(['$ set -x', '+ /usr/bin/date +%T.%N', '18:20:51.814123456', '++ kill -TERM 21190'], 3)).toEqual({ output: 2, lookup: false });
    // The kill's own lookup of its pid, a level deeper, between the date and the kill (adv58e-17).
    expect(at(['$ ( date +%T.%3N; kill $(cat data/node1/pid) )', '+ date +%T.%3N', '19:11:35.633', '++ cat data/node1/pid', '+ kill 4162'], 4)).toEqual({ output: 2, lookup: true });
  });

  it('is none with a traced command between the date and the kill, no date traced, or a log line in place of the time', () => {
    expect(at(['+ date +%T.%3N', '18:20:51.814', '+ sleep 1', '+ kill 21190'], 3)).toBeUndefined();
    expect(at(['+ date +%T.%3N', '18:20:51.814', '++ sleep 1', '++ kill 21190'], 3)).toBeUndefined();
    expect(at(['+ echo start', '18:20:51.814', '+ kill 21190'], 2)).toBeUndefined();
    expect(at(['+ date +%T.%3N', '18:20:51.814 [node2] WARN connection to leader node1 lost (EOF)', '+ kill 21190'], 2)).toBeUndefined();
    expect(at(['+ date +%T.%3N', '18:20:51.814', 'kill 21190'], 2)).toBeUndefined();
  });
});
