// A time typed as a command's argument (journalctl's `--since "14:55:00"`, `date -d …`) is no time of the command line:
// adv41b's `systemctl kill kv@1; …; journalctl … --since "14:55:00"` was read as a kill at 14:55:00, 10 s before node1's
// own `received SIGTERM`, and failed a passing paste for "the kill's time has 1 s resolution".
import { describe, expect, it } from 'vitest';
import { isTimeArgument } from '../../src/log-events/command-time-arguments.js';
import { readLogText } from '../../src/log-events/index.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson } from '../proof/helpers.js';
import { w12Patterns as patterns } from '../support/lesson-line-mask.js';

const lesson = loadLesson('w12-l03');

// Whether the first occurrence of `time` in `line` is an option's value.
const argumentTime = (line: string, time: string): boolean => isTimeArgument(line, 0, line.length, line.indexOf(time));

describe('isTimeArgument', () => {
  it.each([
    [`journalctl -u 'kv@*' -o short-precise --since "14:55:00"`, '14:55:00'],
    [`journalctl --since="2026-12-03 14:55:00" --until "2026-12-03 14:56:00"`, '2026-12-03 14:56:00'],
    [`journalctl -S '14:55:00' -U 14:56:00`, '14:55:00'],
    ['journalctl -S 14:55:00 -U 14:56:00', '14:56:00'],
    ['docker logs --since 2026-12-03T14:55:00 kv1', '2026-12-03T14:55:00'],
    ['kubectl logs kv-0 --since-time=2026-12-03T14:55:00Z', '2026-12-03T14:55:00Z'],
    [`date -d "yesterday 14:55:00" +%s`, '14:55:00'],
    ['date --date=14:55:00.123', '14:55:00.123'],
    // What an echo prints is typed (adv68a-05).
    ['echo "killing leader at 20:20:48.700"; kill 6937', '20:20:48.700'],
    ['kill -d 4101; echo 14:55:10.501', '14:55:10.501'],
    ["printf 'at %s\\n' 14:55:10.501 && kill 4101", '14:55:10.501'],
    // So is what its shell comment says (adv72a-80), after a root prompt's sigil too, and glued to the `#`.
    ['kill -TERM 4101  # at 14:55:10.501', '14:55:10.501'],
    ['kill -d 4101  # 14:55:10.501', '14:55:10.501'],
    ['echo "killing at $(date +%T.%3N)"; kill 4101  # 14:55:10.501', '14:55:10.501'],
    ['root@lab ~/raft # kill 32492    # node1 08:12:02.500', '08:12:02.500'],
    ['kill 32492    #node1 08:12:02.500', '08:12:02.500'],
    // A comment row of its own under a user's prompt: its `#` is no root prompt's sigil (adv73a-03).
    ['$ # killed node1 (pid 7296) at 10:44:14.400', '10:44:14.400'],
    ['student@lab:~/raft-kv$ # kill at 10:44:14.400', '10:44:14.400'],
    ['student@lab:~/raft-kv$   # kill at 10:44:14.400', '10:44:14.400'],
    ['root@lab:~/raft-kv# # killed node1 at 10:44:14.400', '10:44:14.400'],
    ['❯ # killed node1 (pid 7296) at 10:44:14.400', '10:44:14.400'],
  ])('reads the time in %j as an argument', (line, time) => {
    expect(argumentTime(line, time)).toBe(true);
  });

  it.each([
    ['2026-12-03T14:55:10.501Z $ kill -TERM 4101', '2026-12-03T14:55:10.501Z'],
    ['journalctl --since today | grep "14:55:10.501"', '14:55:10.501'],
    ['root@lab ~/raft # date +%T.%3N  14:55:10.501', '14:55:10.501'],
  ])('reads the time in %j as no argument of a time option', (line, time) => {
    expect(argumentTime(line, time)).toBe(false);
  });
});

const MIN_SINCE = [
  `$ sudo systemctl kill kv@1; sleep 1; journalctl -u 'kv@*' -o short-precise --since "14:55:00"`,
  'Dec 03 14:55:10.101234 lab kv_node[2102]: [node2] heartbeat from leader node1 term=2',
  'Dec 03 14:55:10.501200 lab kv_node[2101]: [node1] received SIGTERM, shutting down',
  'Dec 03 14:55:10.650300 lab kv_node[2102]: [node2] heartbeat timeout: no message from leader node1 in 300ms',
  'Dec 03 14:55:10.690500 lab kv_node[2103]: [node3] heartbeat timeout: no message from leader node1 in 300ms',
].join('\n');

describe('a command line whose only time is an argument', () => {
  it('is an untimed kill command', () => {
    const kill = readLogText(MIN_SINCE, patterns).events.find((e) => e.line === 0)!;
    expect(kill.kind).toBe('kill');
    expect(kill.time).toBeUndefined();
  });

  it("leaves the kill to node1's own line: adv41b's min-since passes, +149.1 / +189.3 ms", () => {
    const verdict = checkPaste(lesson, MIN_SINCE);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements).toMatchObject({ killLine: 3, leader: 'node1' });
    expect(verdict.measurements!.followers.map((f) => [f.node, f.detectionMs])).toEqual([['node2', 149.1], ['node3', 189.3]]);
  });

  it('keeps a clock the line shows: a prompt\'s time times the kill command', () => {
    const timed = `[14:55:10.501] ${MIN_SINCE.replace(` --since "14:55:00"`, '')}`;
    const kill = readLogText(timed, patterns).events.find((e) => e.line === 0)!;
    expect(kill.time?.dayMs).toBe(((14 * 60 + 55) * 60 + 10) * 1000 + 501);
  });

  it('reads a time in the line\'s shell comment as the student\'s words: the kill command is untimed', () => {
    const typed = MIN_SINCE.replace(`--since "14:55:00"`, '# 14:55:10.501');
    const kill = readLogText(typed, patterns).events.find((e) => e.line === 0)!;
    expect(kill.time).toBeUndefined();
  });
});
