// Session 75's readings, each on a small paste in the shape a blind set or report reader found misread, with a control.
import { describe, expect, it } from 'vitest';
import { formatVerdictText } from '../../src/proof/format-verdict.js';
import { checkW12Lines as check, followerMs } from './helpers.js';

// adv56e-48 (rev74): two lines of each follower edited to 42 s before its own start line, between its lines after it.
const EDITED_BEFORE_OWN_START = [
  '$ date +%T.%3N; kill 6551',
  '13:36:21.295',
  '==> data/node2/node.log <==',
  '2026-12-05 13:37:03.306 [node2] INFO starting kv_node node2 pid=7588 on 127.0.0.1:34252',
  '2026-12-05 13:37:03.434 [node2] INFO following leader node1 (term 1)',
  '2026-12-05 13:36:21.339 [node2] WARN connection to leader node1 lost (EOF)',
  '2026-12-05 13:36:21.538 [node2] INFO voted for node3 in term 2',
  '2026-12-05 13:37:04.961 [node2] INFO following leader node3 (term 2)',
  '==> data/node3/node.log <==',
  '2026-12-05 13:37:03.337 [node3] INFO starting kv_node node3 pid=7590 on 127.0.0.1:34253',
  '2026-12-05 13:37:03.434 [node3] INFO following leader node1 (term 1)',
  '2026-12-05 13:36:21.341 [node3] WARN connection to leader node1 lost (EOF)',
  '2026-12-05 13:36:21.538 [node3] WARN election timeout fired: no heartbeat from leader node1 in 207 ms',
  '2026-12-05 13:37:04.954 [node3] INFO starting election for term 2',
];

describe('a run of detection lines stamped before their own start, between lines after it', () => {
  it('detects nothing, and the report says the lines are not this run’s', () => {
    const verdict = check(EDITED_BEFORE_OWN_START);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 'no-detection', node3: 'no-detection' });
    expect(formatVerdictText(verdict, { color: false })).toMatch(/node2's line 6 reads as noticing the leader was gone, but it is stamped \d+ ms before node2's own start on line 4/);
  });

  it('an older file pasted under the newer one (no line of its writer after the start below it) keeps its detections (the control)', () => {
    const rows = EDITED_BEFORE_OWN_START.filter((row) => !/following leader node3|starting election for term 2/.test(row));
    const verdict = check(rows);
    expect(followerMs(verdict)).toEqual({ node2: 44, node3: 46 });
  });

  it('an older run that brings its own start line keeps its detections (the control)', () => {
    const rows = EDITED_BEFORE_OWN_START.slice();
    rows.splice(5, 0, '2026-12-05 13:36:10.100 [node2] INFO starting kv_node node2 pid=6550 on 127.0.0.1:34252');
    rows.splice(12, 0, '2026-12-05 13:36:10.120 [node3] INFO starting kv_node node3 pid=6552 on 127.0.0.1:34253');
    expect(followerMs(check(rows))).toEqual({ node2: 44, node3: 46 });
  });
});

// adv74a-77: `date +%T.%3N; \` with the kill on the shell's second prompt below it; the date's row follows the kill's.
const BACKSLASH_CONTINUED_KILL = [
  '$ date +%T.%3N; \\',
  '> kill 15400',
  '13:43:04.119',
  '13:43:02.668 [node2] kv_node node2 starting pid=15401 port=47802',
  '13:43:03.040 [node3] following leader node1 (term 1)',
  '13:43:03.042 [node2] following leader node1 (term 1)',
  '13:43:04.244 [node2] heartbeat timeout: no heartbeat from leader node1 in 152 ms',
  '13:43:04.246 [node3] heartbeat timeout: no heartbeat from leader node1 in 154 ms',
];

describe('a kill typed on the row a backslash continued the date’s command on', () => {
  it('is timed by the date’s row below both', () => {
    const verdict = check(BACKSLASH_CONTINUED_KILL);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.killLine).toBe(3);
    expect(followerMs(verdict)).toEqual({ node2: 125, node3: 127 });
  });

  it('with a sleep between the date and the kill: the date times nothing (the control)', () => {
    const rows = BACKSLASH_CONTINUED_KILL.slice();
    rows[0] = '$ date +%T.%3N; sleep 1; \\';
    const verdict = check(rows);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine).toBeNull();
  });
});

// adv74a-33, adv73b-13: `script -c "date +%T.%3N; kill 23709"` — the typescript's header quotes the command it ran.
const TYPESCRIPT_OF_DATE_KILL = [
  '$ cat demo.typescript',
  'Script started on 2026-12-07 13:46:27+00:00 [COMMAND="bash -c "date +%T.%3N; kill 23709"" <not executed on terminal>]',
  '13:46:27.714',
  '',
  'Script done on 2026-12-07 13:46:27+00:00 [COMMAND_EXIT_CODE="0"]',
  '13:46:26.612 [node2] following leader node1 (term 1)',
  '13:46:26.612 [node3] following leader node1 (term 1)',
  '13:46:27.817 [node3] heartbeat timeout: no heartbeat from leader node1 in 153 ms',
  '13:46:27.821 [node2] heartbeat timeout: no heartbeat from leader node1 in 153 ms',
];

describe('a script(1) header quoting the date; kill it recorded', () => {
  it('is the typed command: the date row below it times the kill', () => {
    const verdict = check(TYPESCRIPT_OF_DATE_KILL);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.killLine).toBe(3);
    expect(followerMs(verdict)).toEqual({ node2: 107, node3: 103 });
  });

  it('through cat -v, its carriage return shown as ^M: the same', () => {
    const rows = TYPESCRIPT_OF_DATE_KILL.slice();
    rows[1] = 'Script started on 2026-12-07 13:46:27+00:00 [COMMAND="date +%T.%3N; kill 23709" <not executed on terminal>]';
    rows[2] = '13:46:27.714^M';
    expect(followerMs(check(rows))).toEqual({ node2: 107, node3: 103 });
  });

  it('a header quoting a node’s launch is the recorder’s line, no kill (the control)', () => {
    const rows = TYPESCRIPT_OF_DATE_KILL.slice();
    rows[1] = 'Script started on 2026-12-07 13:46:27+00:00 [COMMAND="./kv_node --id 1" <not executed on terminal>]';
    const verdict = check(rows);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine).toBeNull();
  });
});

// adv75b-47/-61: a watcher sent to the background prints its echo's line under the next command, the `date; kill`.
const BACKGROUND_WATCHER = [
  '$ ( tail -n0 -f data/node2/node.log | grep -m1 -q "heartbeat timeout" && echo "$(date +%T.%3N) [node3] heartbeat timeout detected" ) &',
  '[1] 8471',
  '$ date +%T.%3N; kill 8463',
  '16:51:07.001',
  '16:51:07.195 [node3] heartbeat timeout detected',
  '$ tail -n 2 data/node2/node.log data/node3/node.log',
  '==> data/node2/node.log <==',
  '16:51:06.126 [node2] INFO following leader node1 (term 1)',
  '16:51:07.177 [node2] WARN heartbeat timeout: no heartbeat from leader node1 in 205 ms',
  '',
  '==> data/node3/node.log <==',
  '16:51:06.126 [node3] INFO following leader node1 (term 1)',
  '16:51:07.426 [node3] WARN heartbeat timeout: no heartbeat from leader node1 in 454 ms',
];

describe('an echo of a job sent to the background', () => {
  it("prints the student's words below any later row: node3 is measured from its own line", () => {
    const verdict = check(BACKGROUND_WATCHER);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 176, node3: 425 });
  });

  it('a node launched in the background prints its own lines there (the control)', () => {
    const rows = BACKGROUND_WATCHER.slice(0, 9);
    rows[0] = '$ ./kv_node --id 3 &';
    rows[4] = '16:51:07.195 [node3] WARN heartbeat timeout: no heartbeat from leader node1 in 220 ms';
    const verdict = check(rows);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 176, node3: 194 });
  });
});

// adv75b-57/-59: a client told to tag its lines with a node's name prints its own name after the tag.
const TAGGED_CLIENT = [
  '$ python3 kvclient.py 48101 "[node3]" &',
  '[1] 10944',
  '$ date +%T.%3N; kill 10940',
  '16:52:24.813',
  '16:52:24.875 [node3] kvclient: connection to leader node1 lost (ECONNREFUSED) after 9 requests',
  '$ grep -H "" data/node2/node.log data/node3/node.log',
  'data/node2/node.log:16:52:23.820 [node2] INFO following leader node1 (term 1)',
  'data/node2/node.log:16:52:25.001 [node2] WARN heartbeat timeout: no heartbeat from leader node1 in 200 ms',
  'data/node3/node.log:16:52:23.820 [node3] INFO following leader node1 (term 1)',
  'data/node3/node.log:16:52:25.252 [node3] WARN heartbeat timeout: no heartbeat from leader node1 in 451 ms',
];

describe("a client's name after the node's tag it prints", () => {
  it("makes the line the client's: node3 is measured from its own line", () => {
    const verdict = check(TAGGED_CLIENT);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 188, node3: 439 });
  });

  it('a node’s own component after its tag (`[node3] raft:`) stays the node’s (the control)', () => {
    const rows = TAGGED_CLIENT.slice();
    rows[4] = '16:52:24.875 [node3] raft: connection to leader node1 lost (EOF)';
    expect(followerMs(check(rows))).toEqual({ node2: 188, node3: 62 });
  });
});

// adv75a-17: one follower's terminal alone, every line headed `n3:`, its lines naming its leader n2.
const ONE_TERMINAL_SHORT_NAME = [
  'student@lab:~/kv$ date +%T.%3N; kill 4870',
  '16:47:28.718',
  '',
  'n3 terminal:',
  '[16:47:27.176] n3: kv_node n3 up pid=4871 (election timeout 150-300 ms, heartbeat 100 ms)',
  '[16:47:27.393] n3: following leader n2 (term 1)',
  '[16:47:28.720] n3: connection to leader n2 lost (read returned 0)',
  '[16:47:28.933] n3: became leader for term 2',
];

describe('one short numbered name heading every line of one terminal', () => {
  it('names its writer when the lines name another of its family: n3 is measured, the other follower missing', () => {
    const verdict = check(ONE_TERMINAL_SHORT_NAME);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ n3: 2 });
    expect(formatVerdictText(verdict, { color: false })).toContain('the paste shows 1 (n3)');
  });

  it('a head word no other name of its family stands beside names no writer (the control)', () => {
    const rows = ONE_TERMINAL_SHORT_NAME.map((row) => row.replace(/ n3: /, ' main: ').replace(/leader n2/, 'the leader'));
    expect(followerMs(check(rows))).toEqual({});
  });
});

// adv75a-73: a leader whose SIGTERM handler logs and forgets to exit logs the next SIGTERM too; no follower noticed.
const HANDLER_FORGOT_EXIT = [
  'student@lab:~/kv$ date +%T.%3N; kill 16651',
  '16:57:04.941',
  '16:57:03.583 [node3] became leader for term 1',
  '16:57:04.942 [node3] received SIGTERM, shutting down',
  '16:57:06.016 [node3] received SIGTERM, shutting down',
  '16:57:03.583 [node1] following leader node3 (term 1)',
  '16:57:05.999 [node1] received SIGTERM, shutting down',
  '16:57:03.583 [node2] following leader node3 (term 1)',
  '16:57:06.008 [node2] received SIGTERM, shutting down',
];

describe('a killed leader logging a signal again, idle between', () => {
  it('is told it did not exit on the first, before the followers’ silence', () => {
    const verdict = check(HANDLER_FORGOT_EXIT);
    expect(verdict.passed).toBe(false);
    const text = formatVerdictText(verdict, { color: false });
    expect(text).toContain("node3 logged a signal again on line 5, 1074 ms after its line of the kill on line 4");
    expect(text.indexOf('logged a signal again')).toBeLessThan(text.indexOf('node1 logged nothing after the kill'));
  });

  it('a leader that led in a new term between its two signal lines is no idle handler: not said (the control)', () => {
    const rows = HANDLER_FORGOT_EXIT.slice();
    rows.splice(4, 0, '16:57:05.500 [node3] became leader for term 2');
    expect(formatVerdictText(check(rows), { color: false })).not.toContain('logged a signal again');
  });
});

// adv75a-58: a detection's time with two digits after the second beside its writer's three (C's unpadded `%ld`).
const UNPADDED_MS = [
  'student@lab:~/kv$ date +%T.%3N; kill 14361',
  '16:54:30.881',
  '16:54:29.527 [node1] following leader node3 (term 1)',
  '16:54:31.35 [node1] no heartbeat from leader node3 in 201 ms, leader may be down',
  '16:54:29.527 [node2] following leader node3 (term 1)',
  '16:54:31.35 [node2] no heartbeat from leader node3 in 201 ms, leader may be down',
  '16:54:30.881 [node3] received SIGTERM, shutting down',
];

describe('a too-slow detection whose time has fewer digits than its writer’s others', () => {
  it('fails as written, and the advice names an unpadded millisecond rather than a slow timer', () => {
    const verdict = check(UNPADDED_MS);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node1: 469, node2: 469 });
    const text = formatVerdictText(verdict, { color: false });
    expect(text).toContain("its line 4's time has two digits after the second where node1's other lines have three: if your program prints the milliseconds unpadded");
    // Go's `.999` layout drops trailing zeros, where the reading is right: the timer advice stays.
    expect(text).toContain('lower the election timeout');
  });

  it('a letter running on from the digits (an OCR misreading) gets the usual advice (the control)', () => {
    const rows = UNPADDED_MS.map((row) => row.replace('31.35 [node1]', '31.35l [node1]'));
    expect(formatVerdictText(check(rows), { color: false })).not.toContain("node1's other lines have three");
  });
});

// adv75a-47: a follower killed while the leader's own start line states its pid: the advice names that pid.
const KILLED_FOLLOWER_LEADER_PID_SHOWN = [
  '$ date +%T.%3N; kill 11257',
  '16:50:40.100',
  '16:50:38.000 [node3] kv_node node3 starting pid=11259 port=7003',
  '16:50:38.300 [node3] became leader for term 1',
  '16:50:38.000 [node1] kv_node node1 starting pid=11257 port=7001',
  '16:50:38.301 [node1] following leader node3 (term 1)',
  '16:50:40.101 [node1] received SIGTERM, shutting down',
  '16:50:38.301 [node2] following leader node3 (term 1)',
  '16:50:40.102 [node2] connection to node1 lost (EOF)',
];

describe('a follower killed while the leader’s start line states its pid', () => {
  it('names that pid as the process to kill', () => {
    const text = formatVerdictText(check(KILLED_FOLLOWER_LEADER_PID_SHOWN), { color: false });
    expect(text).toContain('kill node3 instead (its process is pid 11259, as its start line 3 says: kill 11259)');
  });

  it('with no pid on the leader’s start line, the advice says how to find it (the control)', () => {
    const rows = KILLED_FOLLOWER_LEADER_PID_SHOWN.map((row) => row.replace(' pid=11259', ''));
    expect(formatVerdictText(check(rows), { color: false })).toContain('pgrep -f "kv_node.*--id 3"');
  });
});

// adv75d-61/-98: make and npm echo the recipe or script they run; its date's row times the kill.
const FOLLOWERS_AFTER_17_15_23 = [
  '17:15:22.619 [node2] INFO following leader node1 (term 1)',
  '17:15:24.044 [node2] WARN heartbeat timeout: no heartbeat from leader node1 in 284 ms',
  '17:15:22.620 [node3] INFO following leader node1 (term 1)',
  '17:15:23.945 [node3] WARN heartbeat timeout: no heartbeat from leader node1 in 200 ms',
];

describe('a kill run by make or npm, their echo of it shown', () => {
  it("make's echoed date row, its time, then the echoed kill: the time times the kill", () => {
    const verdict = check(['$ make kill-leader PID=1328', 'date +%T.%3N', '17:15:23.779', 'kill 1328', '$ cat node2.log node3.log', ...FOLLOWERS_AFTER_17_15_23]);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.killLine).toBe(3);
    expect(followerMs(verdict)).toEqual({ node2: 265, node3: 166 });
  });

  it("npm's script echo, then a blank row before the date's: the same", () => {
    const verdict = check(['$ npm run kill-leader', '', '> kv@1.0.0 kill-leader', '> date +%T.%3N; kill $(cat node1.pid)', '', '17:15:23.779', '$ cat node2.log node3.log', ...FOLLOWERS_AFTER_17_15_23]);
    expect(verdict.measurements?.killLine).toBe(6);
    expect(followerMs(verdict)).toEqual({ node2: 265, node3: 166 });
  });

  it('a date and a kill typed at two prompts are no recipe: the date times nothing (the control)', () => {
    const verdict = check(['$ date +%T.%3N', '17:15:23.779', '$ kill 1328', '$ cat node2.log node3.log', ...FOLLOWERS_AFTER_17_15_23]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine).toBeNull();
  });
});

describe("a client's name after the node tag, as a run of it writes it", () => {
  const withName = (name: string): string[] => TAGGED_CLIENT.map((row) => row.replace('[node3] kvclient:', `[node3] ${name}:`));
  for (const name of ['kvclient2', 'kvclient-2', 'loadgen-1', 'client.py', 'kvclient.go', 'kvclient[4411]', 'kvclient (pid 4411)', 'kv client', 'ycsb']) {
    it(`${name}: the client's line, node3 measured from its own`, () => {
      expect(followerMs(check(withName(name)))).toEqual({ node2: 188, node3: 439 });
    });
  }

  it('a numbered component of the node (`raft2:`) stays the node’s (the control)', () => {
    expect(followerMs(check(withName('raft2')))).toEqual({ node2: 188, node3: 62 });
  });

  it('a bare `client:` may be the node’s own module: the node’s line (review75)', () => {
    const bare = withName('client').map((row) => row.replace('$ python3 kvclient.py 48101 "[node3]" &', '$ ./kv_node --id 3 &'));
    expect(followerMs(check(bare))).toEqual({ node2: 188, node3: 62 });
  });
});

// adv75a-02: a follower that votes for the new candidate before its own timer fires logs no detection.
describe('a follower that voted for the next leader before its own timer fired', () => {
  const VOTED_FIRST = [
    '$ date +%T.%3N; kill 4101',
    '16:46:04.425',
    '16:46:03.000 [node2] following leader node1 (term 1)',
    '16:46:04.669 [node2] heartbeat timeout: no message from leader node1 in 200 ms',
    '16:46:04.669 [node2] became leader for term 2',
    '16:46:03.000 [node3] following leader node1 (term 1)',
    '16:46:04.670 [node3] vote for node2 in term 2: granted',
    '16:46:04.670 [node3] following leader node2 (term 2)',
  ];

  it('is told why its log never says it noticed, and what to log', () => {
    const verdict = check(VOTED_FIRST);
    expect(followerMs(verdict)).toEqual({ node2: 244, node3: 'no-detection' });
    expect(formatVerdictText(verdict, { color: false })).toContain(
      "it followed node2 on line 8 (its vote on line 7): it granted node2's vote request before its own election timer fired",
    );
  });

  it('one that never followed another leader gets no such note (the control)', () => {
    const text = formatVerdictText(check(VOTED_FIRST.slice(0, 6)), { color: false });
    expect(text).not.toContain('granted');
  });
});

describe('review75: the new readings keep the checks their typed forms get', () => {
  it("a script(1) header's kill that failed (`No such process`) times nothing", () => {
    const rows = TYPESCRIPT_OF_DATE_KILL.slice();
    rows.splice(3, 0, 'bash: line 1: kill: (23709) - No such process');
    expect(check(rows).measurements?.killLine).toBeNull();
  });

  it("a background watcher's template matching a node's own line that a later cat prints leaves that line the node's", () => {
    const rows = BACKGROUND_WATCHER.map((row) => row.replace('WARN heartbeat timeout: no heartbeat from leader node1 in 454 ms', 'heartbeat timeout detected'));
    expect(followerMs(check(rows))).toEqual({ node2: 176, node3: 425 });
  });

  it("npm 6's script header with its directory after it", () => {
    const verdict = check(['$ npm run kill-leader', '', '> kv@1.0.0 kill-leader /home/sam/kv', '> date +%T.%3N; kill $(cat node1.pid)', '', '17:15:23.779', '$ cat node2.log node3.log', ...FOLLOWERS_AFTER_17_15_23]);
    expect(followerMs(verdict)).toEqual({ node2: 265, node3: 166 });
  });

  it("a node's second signal line a minute on (a filtered paste of two runs) is not read as the same life", () => {
    const rows = HANDLER_FORGOT_EXIT.map((row) => row.replace('16:57:06.016 [node3]', '16:58:30.001 [node3]'));
    expect(formatVerdictText(check(rows), { color: false })).not.toContain('logged a signal again');
  });
});

// adv75e-55: a JSON record whose component is a load generator names the server it asked in its node field.
describe('a JSON record of a load generator', () => {
  const record = (component: string, message = 'PUT k17 -> node1: connection to leader node1 lost (EOF)'): string[] => [
    '$ date +%T.%3N; kill 20639',
    '17:44:40.435',
    '{"ts": "17:44:38.880", "node": "node2", "msg": "following leader node1 (term 1)"}',
    `{"ts": "17:44:40.449", "node": "node2", "component": "${component}", "msg": "${message}"}`,
    '{"ts": "17:44:40.792", "node": "node2", "msg": "heartbeat timeout: no heartbeat from leader node1 in 366 ms"}',
    '{"ts": "17:44:38.880", "node": "node3", "msg": "following leader node1 (term 1)"}',
    '{"ts": "17:44:40.799", "node": "node3", "msg": "heartbeat timeout: no heartbeat from leader node1 in 364 ms"}',
  ];

  it("is the generator's line, not node2's detection", () => {
    expect(followerMs(check(record('loadgen')))).toEqual({ node2: 357, node3: 364 });
  });

  // A failed request is a client's whatever component logs it (session 77: default-patterns.ts isClientRequest): the
  // control's line is the node's own loss.
  it("a node's own component (raft) is the node's (the control)", () => {
    expect(followerMs(check(record('raft', 'connection to leader node1 lost (EOF)')))).toEqual({ node2: 14, node3: 364 });
    expect(followerMs(check(record('raft')))).toEqual({ node2: 357, node3: 364 });
  });
});

// adv75e-09/-06: a silent recipe's date under the make run, and a recipe that killed before its date.
describe('make recipes, silent or killing twice', () => {
  it("a silent date's time right under the make run, the echoed kill below it: the time times the kill", () => {
    const verdict = check(['$ make kill-leader PID=1328', '17:15:23.779', 'kill 1328', '$ cat node2.log node3.log', ...FOLLOWERS_AFTER_17_15_23]);
    expect(verdict.measurements?.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node2: 265, node3: 166 });
  });

  it('an echoed kill above the date: the kill under it found the process gone, and the date times nothing', () => {
    const verdict = check(['$ make kill-twice PID=1328', 'kill 1328', 'sleep 0.2', 'date +%T.%3N', '17:15:23.779', 'kill 1328', '$ cat node2.log node3.log', ...FOLLOWERS_AFTER_17_15_23]);
    expect(verdict.measurements?.killLine).toBeNull();
  });
});
