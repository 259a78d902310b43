// findEchoedDateKill (src/log-events/echoed-date-kill.ts): a `date; kill` record echoed as it ran — the shell's trace
// (`bash -x`), make's recipe echo, npm's pre script and script — is timed by the date's row, as the typed one-line record is.
import { describe, expect, it } from 'vitest';
import { findEchoedDateKill } from '../../src/log-events/echoed-date-kill.js';
import { indexLines } from '../../src/log-events/paste-lines.js';
import { scanLines } from '../../src/log-events/scan-lines.js';

const at = (rows: string[], i: number): { output: number; lookup: boolean; runner: string; ms: number } | undefined => {
  const lines = indexLines(rows.join('\n'));
  const found = findEchoedDateKill(lines, scanLines(lines), i);
  return found && { output: found.output, lookup: found.lookup, runner: found.runner, ms: found.stamp.dayMs };
};

const ms = (h: number, m: number, s: number, milli: number): number => ((h * 60 + m) * 60 + s) * 1000 + milli;

describe('findEchoedDateKill, the shell trace', () => {
  it("the time right under a traced date, right above the traced kill, is the kill's (adv58c-13)", () => {
    expect(at(['bash-5.2# bash -x ./killer.sh 21190', '+ date +%T.%3N', '18:20:51.814', '+ kill 21190', '+ sleep 1'], 3)).toEqual({ output: 2, lookup: false, runner: 'trace', ms: ms(18, 20, 51, 814) });
    expect(at(['$ set -x', '+ /usr/bin/date +%T.%N', '18:20:51.814123456', '++ kill -TERM 21190'], 3)).toMatchObject({ output: 2, lookup: false, runner: 'trace' });
    // The kill's own lookup of its pid, a level deeper, between the date and the kill (adv58e-17).
    expect(at(['$ ( date +%T.%3N; kill $(cat data/node1/pid) )', '+ date +%T.%3N', '19:11:35.633', '++ cat data/node1/pid', '+ kill 4162'], 4)).toMatchObject({ output: 2, lookup: true, runner: 'trace' });
  });

  it('is none with a traced command between the date and the kill, no date traced, or a log line in place of the time', () => {
    expect(at(['+ date +%T.%3N', '18:20:51.814', '+ sleep 1', '+ kill 21190'], 3)).toBeUndefined();
    expect(at(['+ date +%T.%3N', '18:20:51.814', '++ sleep 1', '++ kill 21190'], 3)).toBeUndefined();
    expect(at(['+ echo start', '18:20:51.814', '+ kill 21190'], 2)).toBeUndefined();
    expect(at(['+ date +%T.%3N', '18:20:51.814 [node2] WARN connection to leader node1 lost (EOF)', '+ kill 21190'], 2)).toBeUndefined();
    expect(at(['+ date +%T.%3N', '18:20:51.814', 'kill 21190'], 2)).toBeUndefined();
  });
});

describe("findEchoedDateKill, make's recipe echo", () => {
  it("an echoed recipe's date row times the echoed kill below it (adv75d-61)", () => {
    expect(at(['$ make kill-leader PID=1328', 'date +%T.%3N', '17:15:23.779', 'kill 1328', '$ tail -n +3 node2.log node3.log'], 3)).toEqual({ output: 2, lookup: false, runner: 'make', ms: ms(17, 15, 23, 779) });
  });

  it("a silent `@date` recipe's time, alone right under the make run, times the echoed kill (adv75e-09)", () => {
    expect(at(['student@lab:~/raft-kv$ make kill-halfsilent PID=16450', '17:41:47.969', 'kill 16450'], 2)).toEqual({ output: 1, lookup: false, runner: 'make', ms: ms(17, 41, 47, 969) });
  });

  it("a make run a `script` typescript recorded, printed back by a cat, echoes the same way (adv76a-76)", () => {
    const header = 'Script started on 2026-12-07 19:54:45+00:00 [COMMAND="make kill-quiet L=2" <not executed on terminal>]';
    expect(at(['$ script -q -c "make kill-quiet L=2" typescript > /dev/null', '$ cat typescript', header, '19:54:45.801', 'kill $(cat data/node2/pid)'], 4)).toEqual({ output: 3, lookup: false, runner: 'make', ms: ms(19, 54, 45, 801) });
    // A typescript of another command's run is no make run.
    expect(at(['$ cat typescript', header.replace('make kill-quiet L=2', './kill.sh 2'), '19:54:45.801', 'kill $(cat data/node2/pid)'], 3)).toBeUndefined();
  });

  it('is none under an echoed kill above the date (the process was gone: adv75e-06), or with no make run above', () => {
    expect(at(['student@lab:~/raft-kv$ make kill-twice PID=20506', 'kill 20506', 'sleep 0.2', 'date +%T.%3N', '17:44:22.867', 'kill 20506'], 5)).toBeUndefined();
    expect(at(['$ ./kill-leader.sh 1328', 'date +%T.%3N', '17:15:23.779', 'kill 1328'], 3)).toBeUndefined();
    // A silent date's time must stand right under the make run.
    expect(at(['$ make kill PID=16450', 'echo stopping', '17:41:47.969', 'kill 16450'], 3)).toBeUndefined();
  });
});

describe("findEchoedDateKill, npm's pre script", () => {
  const npm = (pre: string, between: string[] = []): string[] => [
    'student@lab:~/raft-kv$ npm run kill-leader',
    '',
    `> kv@1.0.0 ${pre}`,
    '> date +%T.%3N',
    '',
    '17:50:12.988',
    ...between,
    '',
    '> kv@1.0.0 kill-leader',
    '> kill $(cat run/leader.pid)',
  ];

  it("a `pre` script that printed the date right before the script of its name times the script's kill (adv75e-60)", () => {
    expect(at(npm('prekill-leader'), 8)).toEqual({ output: 5, lookup: false, runner: 'npm', ms: ms(17, 50, 12, 988) });
  });

  it("is none under another script's date, or with output between the date and the kill", () => {
    expect(at(npm('prestart'), 8)).toBeUndefined();
    expect(at(npm('prekill-leader', ['waiting for the leader to settle']), 10)).toBeUndefined();
  });
});
