// Session 74's readings, each on a small paste in the shape a blind set found misread, with a control.
import { describe, expect, it } from 'vitest';
import { formatVerdictText } from '../../src/proof/format-verdict.js';
import { checkW12Lines as check, followerMs } from './helpers.js';

// adv73e-04/-60: an echo loop typed over the shell's `> ` rows prints node-tagged timeout lines; node3's own log holds none.
const ECHO_LOOP_OVER_ROWS = [
  'student@lab:~/kv$ date +%T.%3N; kill 3835',
  '11:48:59.866',
  'student@lab:~/kv$ for n in 2 3; do',
  '> echo "$(date +%T.%3N) [node$n] heartbeat timeout detected"',
  '> done',
  '11:48:59.875 [node2] heartbeat timeout detected',
  '11:48:59.881 [node3] heartbeat timeout detected',
  'student@lab:~/kv$ tail -n 2 data/node2/node.log',
  '11:48:59.025 [node2] following leader node1 (term 2)',
  '11:49:00.060 [node2] heartbeat timeout: no heartbeat from leader node1 in 200 ms (term 2)',
];

describe('an echo loop typed over continuation rows', () => {
  it("prints the student's words, no node's lines: node3 shows no detection", () => {
    const verdict = check(ECHO_LOOP_OVER_ROWS);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 194, node3: 'no-detection' });
  });

  it('with `do echo` on the second row: the same', () => {
    const rows = ECHO_LOOP_OVER_ROWS.slice();
    rows.splice(2, 3, 'student@lab:~/kv$ for n in 2 3', '> do echo "$(date +%T.%3N) [node$n] heartbeat timeout detected"', '> done');
    expect(followerMs(check(rows))).toEqual({ node2: 194, node3: 'no-detection' });
  });

  it("a loop over the rows that tails each node's log prints their own lines (the control)", () => {
    const rows = [
      'student@lab:~/kv$ date +%T.%3N; kill 3835',
      '11:48:59.866',
      'student@lab:~/kv$ for n in 2 3; do',
      '> tail -n 1 data/node$n/node.log',
      '> done',
      '11:49:00.060 [node2] heartbeat timeout: no heartbeat from leader node1 in 200 ms (term 2)',
      '11:49:00.070 [node3] heartbeat timeout: no heartbeat from leader node1 in 200 ms (term 2)',
    ];
    const verdict = check(rows);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 194, node3: 204 });
  });
});

// adv68f-19/adv65b-43 (rev74): `kill -STOP`, then `date; kill` of the same pid. The node fell silent at the pause, so the
// kill's date times no silence — a SIGKILL's either, though it ends a stopped process at once (a date after the pause
// would shorten every delay by the wait). The report says the pause is why, not that the time is unreadable.
const PAUSED_THEN_KILLED = [
  '$ date +%T.%3N; kill -STOP 20107',
  '02:29:25.464',
  '$ date +%T.%3N; kill -9 20107',
  '02:29:25.588',
  '02:29:24.635 [node2] kv_node node2 starting pid=20107',
  '02:29:24.930 [node2] became leader (term 1)',
  '02:29:25.600 [node1] missed 3 consecutive heartbeats from leader node2 (last one 151 ms ago)',
  '02:29:25.600 [node3] missed 3 consecutive heartbeats from leader node2 (last one 151 ms ago)',
  '02:29:25.688 [node3] heartbeat timeout: no message from leader node2 in 238 ms, becoming candidate (term 2)',
];

describe('a kill of a paused leader', () => {
  for (const signal of ['-9 ', '']) {
    it(`by kill ${signal}times nothing, and the report says the pause is why`, () => {
      const verdict = check(PAUSED_THEN_KILLED.map((line) => line.replace('kill -9 20107', `kill ${signal}20107`)));
      expect(verdict.passed).toBe(false);
      expect(verdict.measurements?.killLine ?? null).toBe(null);
      const text = formatVerdictText(verdict, { color: false });
      expect(text).toContain('line 3 shows the kill with a date, line 4 ("02:29:25.588"), but the process it signalled had been paused first');
      expect(text).not.toContain('is no time the checker reads');
    });
  }

  it('a pause of another process leaves the kill timed (the control)', () => {
    const verdict = check(PAUSED_THEN_KILLED.map((line) => line.replace('kill -STOP 20107', 'kill -STOP 20108')));
    expect(verdict.measurements?.killLine).toBe(4);
    expect(followerMs(verdict)).toEqual({ node1: 12, node3: 12 });
  });
});

// adv74a-56/-63/-64/-65/-70/-71: `date -d "13:44:41.400"` prints the time typed into it, no clock's reading.
const TYPED_INTO_DATE = [
  '$ kill 18684; date -d "13:44:41.400" +%T.%3N',
  '13:44:41.400',
  '13:44:40.100 [node1] became leader (term 1)',
  '13:44:41.405 [node2] heartbeat timeout: no heartbeat from leader node1 in 150 ms',
  '13:44:41.633 [node3] heartbeat timeout: no heartbeat from leader node1 in 380 ms',
];

describe('a date given a time to print', () => {
  it('times no kill, in any spelling (-d, --date=, after the format, an epoch, /bin/date)', () => {
    for (const spelling of ['date -d "13:44:41.400" +%T.%3N', 'date --date="13:44:41.400" +%T.%3N', 'date +%T.%3N -d "13:44:41.400"', 'date -d @1796651081.400 +%T.%3N', '/bin/date -d "13:44:41.400" +%T.%3N']) {
      const verdict = check([`$ kill 18684; ${spelling}`, ...TYPED_INTO_DATE.slice(1)]);
      expect(verdict.passed, spelling).toBe(false);
      expect(verdict.measurements?.killLine ?? null, spelling).toBe(null);
    }
  });

  it('is said to be the time typed, not a time the checker cannot read (review74)', () => {
    const text = formatVerdictText(check(TYPED_INTO_DATE), { color: false });
    expect(text).toContain('line 1 shows the kill with a date, line 2 ("13:44:41.400"), but that date was given the time it printed');
    expect(text).not.toContain('is no time the checker reads');
  });

  it('`date -d now` and a plain date print the time they run at (the controls)', () => {
    for (const spelling of ['date -d now +%T.%3N', 'date +%T.%3N']) {
      const verdict = check([`$ ${spelling}; kill 18684`, ...TYPED_INTO_DATE.slice(1)]);
      expect(verdict.measurements?.killLine, spelling).toBe(2);
      expect(followerMs(verdict), spelling).toEqual({ node2: 5, node3: 233 });
    }
  });
});

// adv74a-53/-60/-69, adv73e-07: an echo typed after the kill writes a node-tagged line into that node's own log.
const ECHO_INTO_OWN_LOG = [
  '$ kill 28884; sleep 0.3; echo "$(date +%T.%3N) [node1] killed by student (SIGTERM)" >> data/node1/node.log',
  '$ grep -h "killed\\|heartbeat\\|leader" data/node*/node.log',
  '13:50:30.461 [node1] became leader for term 1',
  '13:50:31.682 [node1] killed by student (SIGTERM)',
  '13:50:31.465 [node2] heartbeat timeout: no heartbeat from leader node1 in 150 ms',
  '13:50:31.749 [node2] election timeout fired: no heartbeat from leader node1 in 434 ms',
  '13:50:31.698 [node3] heartbeat timeout: no heartbeat from leader node1 in 381 ms',
];

describe("a line an echo wrote into its node's own log", () => {
  it('after a sleep is no kill of that node: the paste shows no timed kill', () => {
    const verdict = check(ECHO_INTO_OWN_LOG);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine ?? null).toBe(null);
  });

  it('through tee -a, printed right under the command: the same', () => {
    const rows = ['$ kill 28884; sleep 0.3; echo "$(date +%T.%3N) [node1] killed by student" | tee -a data/node1/node.log', '13:50:31.682 [node1] killed by student', ...ECHO_INTO_OWN_LOG.slice(4)];
    expect(check(rows).passed).toBe(false);
  });

  it("as a follower's detection is the student's words, no detection of that follower", () => {
    const rows = [
      '$ date +%T.%3N; kill 10063',
      '11:51:20.622',
      '$ echo "$(date +%T.%3N) [node3] heartbeat timeout: no heartbeat from leader node1" >> data/node3/node.log',
      '$ cat data/node2/node.log data/node3/node.log',
      '11:51:20.812 [node2] heartbeat timeout: no heartbeat from leader node1 in 204 ms (term 1)',
      '11:51:20.629 [node3] heartbeat timeout: no heartbeat from leader node1',
    ];
    expect(followerMs(check(rows))).toEqual({ node2: 190, node3: 'no-detection' });
  });

  it('with no wait before its date, its line is the kill record (the control)', () => {
    const rows = ['$ kill 28884; echo "$(date +%T.%3N) [node1] killed by student (SIGTERM)" >> data/node1/node.log', ...ECHO_INTO_OWN_LOG.slice(1, 3), '13:50:31.380 [node1] killed by student (SIGTERM)', ...ECHO_INTO_OWN_LOG.slice(4)];
    const verdict = check(rows);
    expect(verdict.measurements?.killLine).toBe(4);
    expect(followerMs(verdict)).toEqual({ node2: 85, node3: 318 });
  });

  it("leaves the node's own lines its words do not make alone (the control)", () => {
    const rows = [...ECHO_INTO_OWN_LOG.slice(0, 3), '13:50:31.380 [node1] received SIGTERM, shutting down', ...ECHO_INTO_OWN_LOG.slice(4)];
    const verdict = check(rows);
    expect(verdict.measurements?.killLine).toBe(4);
    expect(followerMs(verdict)).toEqual({ node2: 85, node3: 318 });
  });
});

// adv74a-74: the kill's date prints to the screen; a later echo's `$(date)` goes into a notes file.
describe("a later echo's date sent to a file", () => {
  it("leaves the kill's own date its record", () => {
    const verdict = check([
      '$ date +%T.%3N; kill 4788; sleep 0.2; echo "$(date +%T.%3N) killed the leader" >> notes.txt',
      '13:54:40.075',
      '13:54:39.000 [node1] became leader (term 1)',
      '13:54:40.185 [node2] heartbeat timeout: no heartbeat from leader node1 in 150 ms',
      '13:54:40.188 [node3] heartbeat timeout: no heartbeat from leader node1 in 150 ms',
    ]);
    expect(verdict.measurements?.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node2: 110, node3: 113 });
  });

  it('a date sent to a file itself times nothing on the screen (the control)', () => {
    const verdict = check([
      '$ date +%T.%3N >> kill-times.txt; kill 4788',
      '13:54:40.075',
      '13:54:39.000 [node1] became leader (term 1)',
      '13:54:40.185 [node2] heartbeat timeout: no heartbeat from leader node1 in 150 ms',
      '13:54:40.188 [node3] heartbeat timeout: no heartbeat from leader node1 in 150 ms',
    ]);
    expect(verdict.measurements?.killLine ?? null).toBe(null);
  });
});

// adv74a-27/-76/-78: `date; kill` with a loop typed on over the shell's second prompt; the date's row follows it.
describe("a kill record whose command goes on over the shell's second prompt", () => {
  const rows = (prompt: string): string[] => [
    '$ date +%T.%3N; kill 4943; sleep 0.4; for n in 2 3; do',
    `${prompt}grep -h -m1 "heartbeat timeout" data/node$n/node.log`,
    `${prompt}done`,
    '13:54:44.870',
    '13:54:44.977 [node2] heartbeat timeout: no heartbeat from leader node1 in 155 ms',
    '13:54:44.977 [node3] heartbeat timeout: no heartbeat from leader node1 in 155 ms',
  ];

  it("is timed by the date's row below the continuation rows (bash's `> `, zsh's `for> `)", () => {
    for (const prompt of ['> ', 'for> ']) {
      const verdict = check(rows(prompt));
      expect(verdict.measurements?.killLine, prompt).toBe(4);
      expect(followerMs(verdict), prompt).toEqual({ node2: 107, node3: 107 });
    }
  });

  it('a markdown quote of the record is no continuation: its quoted time row times it (the control)', () => {
    const verdict = check(['> $ date +%T.%3N; kill 4943', '> 13:54:44.870', ...rows('> ').slice(4)]);
    expect(verdict.measurements?.killLine).toBe(2);
  });
});

// fixw (rev74): a Ctrl+C of the script running every node; node3's EOF shares the ms of its own SIGINT.
describe('a follower killed a ms after the leader, its lost link in between', () => {
  it('is told that line is its own end, not that the paste shows none', () => {
    const text = formatVerdictText(
      check([
        '10:00:00.020 [node1] became leader (term 2)',
        '^C10:00:00.100 [node1] received SIGINT, shutting down',
        '10:00:00.100 [node2] connection to leader node1 lost: EOF',
        '10:00:00.100 [node2] received SIGINT, shutting down',
        '10:00:00.101 [node3] connection to leader node1 lost: EOF',
        '10:00:00.101 [node3] received SIGINT, shutting down',
      ]),
      { color: false },
    );
    expect(text).toContain('node3 was itself killed on line 6, 1 ms after the leader\'s kill on line 2; its line 5 ("connection to leader node1 lost") in those 1 ms is its own end\'s, no notice');
    expect(text).not.toContain('the paste shows no line of it noticing');
  });
});

// Review and adv74b: the same rules, other spellings.
describe('session 74 rules, other spellings (review, adv74b)', () => {
  const followers = ['13:44:40.100 [node1] became leader (term 1)', '13:44:41.405 [node2] heartbeat timeout: no heartbeat from leader node1 in 150 ms', '13:44:41.533 [node3] heartbeat timeout: no heartbeat from leader node1 in 380 ms'];

  it('a time glued to -d, after -u, or in a variable the line sets, times nothing', () => {
    for (const command of ['kill 18684; date -d"13:44:41.300" +%T.%3N', 'kill 18684; date -d13:44:41.300 +%T.%3N', 'kill 18684; date -ud "13:44:41.300" +%T.%3N', 'T=13:44:41.300; kill 18684; date -d "$T" +%T.%3N', 'date; date -d "13:44:41.300" +%T.%3N; kill 18684']) {
      const verdict = check([`$ ${command}`, '13:44:41.300', ...followers]);
      expect(verdict.measurements?.killLine ?? null, command).toBe(null);
    }
  });

  it('a -d given a clock reading (today, a variable set from $EPOCHREALTIME) times the kill (the controls)', () => {
    for (const command of ['kill 18684; date -d today +%T.%3N', 't=$EPOCHREALTIME; kill 18684; date -d "@$t" +%T.%3N']) {
      expect(check([`$ ${command}`, '13:44:41.300', ...followers]).measurements?.killLine, command).toBe(2);
    }
  });

  it("an echo of a typed line into a node's log, word for word, is no detection of that node (adv74b-35/-36/-48/-49)", () => {
    for (const writer of ['echo "13:44:41.420 [node3] heartbeat timeout: no heartbeat from leader node1" >> data/node3/node.log', "echo '13:44:41.420 [node3] heartbeat timeout: no heartbeat from leader node1' | sudo tee -a data/node3/node.log"]) {
      const verdict = check(['$ date +%T.%3N; kill 18684', '13:44:41.300', `$ ${writer}`, '$ tail -n 2 data/node2/node.log data/node3/node.log', followers[1]!, '13:44:41.420 [node3] heartbeat timeout: no heartbeat from leader node1']);
      expect(followerMs(verdict), writer).toEqual({ node2: 105, node3: 'no-detection' });
    }
  });

  it('a kill -9 on the pause\'s own line with nothing waiting between is timed by its date; a sleep between is not', () => {
    const rest = ['13:44:41.300', ...followers];
    expect(check(['$ kill -STOP 18684; date +%T.%3N; kill -9 18684', ...rest]).measurements?.killLine).toBe(2);
    expect(check(['$ kill -STOP 18684; sleep 0.1; date +%T.%3N; kill -9 18684', ...rest]).measurements?.killLine ?? null).toBe(null);
  });

  it('a date sent to a file beside one printed to the screen: the screen date times the kill unless a wait stands between (adv74b-25/-29/-30)', () => {
    const rest = ['13:44:41.300', ...followers];
    expect(check(['$ date +%T.%3N >> notes.txt; date +%T.%3N; kill 18684', ...rest]).measurements?.killLine).toBe(2);
    expect(check(['$ date +%T.%3N > kill-time.txt; kill 18684; sleep 0.2; date +%T.%3N', ...rest]).measurements?.killLine ?? null).toBe(null);
  });
});

// rev74 (adv66d-20): etcdctl's `endpoint status -w table` above the kill; its header row is no node.
describe("a program's boxed table above the kill", () => {
  it('names no follower by its header row', () => {
    const verdict = check([
      '$ etcdctl --endpoints=127.0.0.1:24612,127.0.0.1:24622 endpoint status -w table',
      '+-----------------+------------------+-----------+',
      '|    ENDPOINT     |        ID        | IS LEADER |',
      '+-----------------+------------------+-----------+',
      '| 127.0.0.1:24612 |  833bc3b013e64a4 |      true |',
      '+-----------------+------------------+-----------+',
      '$ date +%T.%3N; kill -9 15004',
      '15:13:20.710',
      '15:13:20.100 [node1] became leader (term 2)',
      '15:13:20.850 [node2] heartbeat timeout: no heartbeat from leader node1 in 150 ms',
      '15:13:20.860 [node3] heartbeat timeout: no heartbeat from leader node1 in 150 ms',
    ]);
    expect(verdict.measurements?.followers.map((f) => f.node)).toEqual(['node2', 'node3']);
    expect(verdict.passed).toBe(true);
  });
});
