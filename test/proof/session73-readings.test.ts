// Session 73's readings, each on a small paste in the shape a blind set found misread, with a control.
import { describe, expect, it } from 'vitest';
import { checkW12Lines as check, followerMs } from './helpers.js';

// adv72d-35: a SIGTERM whose drain sent no heartbeat, `kill -9` of the same pid a second later; the followers state
// silences that began just before the first signal.
const DRAIN_THEN_KILL9 = [
  '$ date +%T.%3N; kill 2457',
  '08:45:31.872',
  '$ date +%T.%3N; kill -9 2457',
  '08:45:32.917',
  '$ grep -H -i "leader" data/node2/node.log data/node3/node.log',
  'data/node2/node.log:2026-12-07 08:45:31.107 [node2] INFO  following leader node1 (term 1)',
  'data/node2/node.log:2026-12-07 08:45:32.996 [node2] WARN  no heartbeat from leader node1 in 1154 ms, leader down',
  'data/node3/node.log:2026-12-07 08:45:31.107 [node3] INFO  following leader node1 (term 1)',
  'data/node3/node.log:2026-12-07 08:45:33.006 [node3] WARN  no heartbeat from leader node1 in 1165 ms, leader down',
];

describe('a kill -9 a second after a signal the followers\' stated silences began at', () => {
  it('continues that kill, timed by the first record', () => {
    const verdict = check(DRAIN_THEN_KILL9);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node2: 1124, node3: 1134 });
  });

  it('is a kill of its own when the silences began at the kill -9 (the control)', () => {
    const verdict = check(DRAIN_THEN_KILL9.map((line) => line.replace('in 1154 ms', 'in 129 ms').replace('in 1165 ms', 'in 139 ms')));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.killLine).toBe(4);
    expect(followerMs(verdict)).toEqual({ node2: 79, node3: 89 });
  });

  it('of a named leader whose own line says it drained: the same', () => {
    const verdict = check([
      '$ date +%T.%3N; kill 2457',
      '08:45:31.872',
      '$ date +%T.%3N; kill -9 2457',
      '08:45:32.917',
      '2026-12-07 08:45:31.106 [node1] INFO  became leader for term 1',
      '2026-12-07 08:45:31.890 [node1] INFO  received SIGTERM, shutting down (draining 3000 ms)',
      '2026-12-07 08:45:31.107 [node2] INFO  following leader node1 (term 1)',
      '2026-12-07 08:45:32.996 [node2] WARN  no heartbeat from leader node1 in 1154 ms, leader down',
      '2026-12-07 08:45:31.107 [node3] INFO  following leader node1 (term 1)',
      '2026-12-07 08:45:33.006 [node3] WARN  no heartbeat from leader node1 in 1165 ms, leader down',
    ]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine).toBe(2);
  });
});

// adv72d-70: the leader's handler logs `received SIGTERM` 1.2 s after an untied pid's record; the followers' stated
// silences began 12-16 ms before the record.
const LATE_OWN_LINE = [
  '$ date +%T.%3N; kill  16665',
  '08:50:47.219',
  '$ grep -H -i "SIGTERM\\|leader" data/node1/node.log data/node2/node.log data/node3/node.log',
  'data/node1/node.log:2026-12-07 08:50:46.415 [node1] INFO  became leader for term 1',
  'data/node1/node.log:2026-12-07 08:50:48.420 [node1] INFO  received SIGTERM, shutting down',
  'data/node2/node.log:2026-12-07 08:50:46.415 [node2] INFO  following leader node1 (term 1)',
  'data/node2/node.log:2026-12-07 08:50:48.458 [node2] WARN  no heartbeat from leader node1 in 1251 ms, leader down',
  'data/node3/node.log:2026-12-07 08:50:46.415 [node3] INFO  following leader node1 (term 1)',
  'data/node3/node.log:2026-12-07 08:50:48.463 [node3] WARN  no heartbeat from leader node1 in 1260 ms, leader down',
];

describe('a leader\'s own kill line more than a second after a record', () => {
  it('is that record\'s kill, logged late, when the followers\' silences began at the record', () => {
    const verdict = check(LATE_OWN_LINE);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node2: 1239, node3: 1244 });
  });

  it('is a kill of its own when the silences began at it (the control)', () => {
    const verdict = check(LATE_OWN_LINE.map((line) => line.replace('in 1251 ms', 'in 48 ms').replace('in 1260 ms', 'in 53 ms')));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 38, node3: 43 });
  });
});

// adv73c-59: a watcher typed on the kill's line echoes a node-tagged timeout line with `$(date)`; node3's own log
// shows only status lines.
const ECHOED_WATCHER = [
  'student@lab:~/raft-kv$ date +%T.%3N; kill 17762; tail -n0 -f data/node3/node.log | grep -m1 -q "heartbeat timeout" && echo "$(date +%T.%3N) [node3] heartbeat timeout detected"',
  '10:50:12.299',
  '10:50:12.340 [node3] heartbeat timeout detected',
  'student@lab:~/raft-kv$ tail -n 3 data/node2/node.log',
  '10:50:11.190 [node2] INFO  following leader node1 (term 2)',
  '10:50:12.448 [node2] WARN  election timeout: no heartbeat from leader node1 in 165ms',
  '10:50:12.448 [node2] INFO  won election with 2 votes: became leader for term 3',
];

describe('a node-tagged line an echo with expansions printed', () => {
  it('is the student\'s words, no detection of that node', () => {
    const verdict = check(ECHOED_WATCHER);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict).node3).toBe('no-detection');
    expect(followerMs(verdict).node2).toBe(149);
  });

  it('the same line with no such echo above is node3\'s detection (the control)', () => {
    const verdict = check(ECHOED_WATCHER.map((line, i) => (i === 0 ? 'student@lab:~/raft-kv$ date +%T.%3N; kill 17762' : line)));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 149, node3: 41 });
  });
});

// adv73a-51: per-process uptime counters of three per-node files merged by `sort`, each node starting at [0.000].
const SORTED_UPTIMES = [
  '$ date +%T.%3N; kill 6318',
  '10:43:27.703',
  '$ cat data/node*/node.log | sort',
  '[    0.000] node1 INFO  kv_node node1 starting pid=6317 port=47351 peers=node2,node3',
  '[    0.000] node2 INFO  kv_node node2 starting pid=6318 port=47352 peers=node1,node3',
  '[    0.000] node3 INFO  kv_node node3 starting pid=6319 port=47353 peers=node1,node2',
  '[    0.382] node3 INFO  following leader node2 (term 1)',
  '[    0.404] node2 INFO  became leader for term 1',
  '[    0.539] node1 INFO  following leader node2 (term 1)',
  '[    1.066] node2 INFO  received SIGTERM, shutting down',
  '[    1.171] node3 WARN  heartbeat timeout - no message from leader node2 in 177ms',
  '[    1.344] node1 WARN  heartbeat timeout - no message from leader node2 in 192ms',
];

describe('uptime counts of a glob of per-node files, sorted together', () => {
  it('are a clock per process: nothing compares them', () => {
    expect(check(SORTED_UPTIMES).passed).toBe(false);
  });

  it.each(['cat data/node1/node.log data/node2/node.log data/node3/node.log | sort', 'sort -m data/node*/node.log', 'cat data/*/node.log | sort', 'cat data/node{1,2,3}/node.log | sort'])(
    'so with the files printed as `%s` (adv73e-23/-58/-59)',
    (command) => {
      expect(check(SORTED_UPTIMES.map((line) => line.replace('cat data/node*/node.log | sort', command))).passed).toBe(false);
    },
  );

  it('of one file the launcher wrote are one clock (the control)', () => {
    expect(check(SORTED_UPTIMES.map((line) => line.replace('cat data/node*/node.log | sort', 'cat data/cluster.log'))).passed).toBe(true);
  });
});

// adv72d-53: a kill timed only by its prompt's clock; both followers time out 208 ms on, hear the leader again, and time
// out for good 2.8 s later.
const PROMPT_THEN_STALL = [
  '[08:48:59.517] student@lab:~/raft-kv$ kill 11511',
  '$ grep -H -i "leader" data/node2/node.log data/node3/node.log',
  'data/node2/node.log:2026-12-07 08:48:58.785 [node2] INFO  following leader node1 (term 1)',
  'data/node2/node.log:2026-12-07 08:48:59.725 [node2] WARN  no heartbeat from leader node1 in 153 ms, leader down',
  'data/node2/node.log:2026-12-07 08:48:59.845 [node2] INFO  heartbeat from leader node1 again (term 1)',
  'data/node2/node.log:2026-12-07 08:49:02.291 [node2] WARN  heartbeat timeout — no message from leader node1 in 454 ms',
  'data/node3/node.log:2026-12-07 08:48:58.786 [node3] INFO  following leader node1 (term 1)',
  'data/node3/node.log:2026-12-07 08:48:59.725 [node3] WARN  no heartbeat from leader node1 in 152 ms, leader down',
  'data/node3/node.log:2026-12-07 08:48:59.845 [node3] INFO  heartbeat from leader node1 again (term 1)',
  'data/node3/node.log:2026-12-07 08:49:02.291 [node3] WARN  no heartbeat from leader node1 in 454 ms, leader down',
];

describe('a kill timed only by its prompt, the followers\' first timeouts a stall the leader came back from', () => {
  it('measures their later timeouts: past the window, how long the command waited cannot be told', () => {
    const verdict = check(PROMPT_THEN_STALL);
    expect(verdict.passed).toBe(false);
    expect(verdict.checks.flatMap((c) => c.findings).some((f) => f.code === 'TIMESTAMPS_TOO_COARSE')).toBe(true);
  });

  it('so when only a later timeout\'s stated silence shows the leader heard again (adv72d-26)', () => {
    const verdict = check(PROMPT_THEN_STALL.filter((line) => !line.includes('again')));
    expect(verdict.passed).toBe(false);
  });

  it('hearing it again after taking up another leader is a later run\'s: the first timeouts stand', () => {
    const later = ['data/node2/node.log:2026-12-07 08:49:40.000 [node2] INFO  following leader node1 (term 1)', 'data/node3/node.log:2026-12-07 08:49:40.001 [node3] INFO  following leader node1 (term 1)'];
    const elected = ['data/node2/node.log:2026-12-07 08:48:59.950 [node2] INFO  became leader for term 2', 'data/node3/node.log:2026-12-07 08:48:59.951 [node3] INFO  following leader node2 (term 2)'];
    const verdict = check([...PROMPT_THEN_STALL.filter((line) => !line.includes('again') && !line.includes('08:49:02')), ...elected, ...later]);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 208, node3: 208 });
  });

  it('with no hearing again, the first timeouts are in time "at most" from the prompt (the control)', () => {
    const verdict = check(PROMPT_THEN_STALL.filter((line) => !line.includes('again') && !line.includes('08:49:02')));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 208, node3: 208 });
  });
});

// adv73a-57: a pgrep listing of launches by 0-based ids (`--id 0` … `--id 2`) beside nodes that call themselves node1-3.
const ZERO_BASED_IDS = [
  '$ pgrep -af kv_node',
  '15126 python3 kv_node.py --id 0 --port 47391',
  '15127 python3 kv_node.py --id 1 --port 47392',
  '15128 python3 kv_node.py --id 2 --port 47393',
  '$ date +%T.%3N; kill 15126',
  '10:48:50.824',
  "$ grep -E 'timeout|leader' data/node2/node.log data/node3/node.log",
  'data/node2/node.log:10:48:49.998 [node2] INFO  following leader node1 (term 1)',
  'data/node2/node.log:10:48:51.043 [node2] WARN  heartbeat timeout - no message from leader node1 in 226ms',
  'data/node3/node.log:10:48:50.000 [node3] INFO  following leader node1 (term 1)',
  'data/node3/node.log:10:48:51.016 [node3] WARN  heartbeat timeout - no message from leader node1 in 198ms',
];

describe('launches listed by 0-based ids beside nodes numbered from 1', () => {
  it('are those nodes, id N node N+1: the kill of --id 0 is node1\'s', () => {
    const verdict = check(ZERO_BASED_IDS);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.leader).toBe('node1');
    expect(followerMs(verdict)).toEqual({ node2: 219, node3: 192 });
  });

  it('ids from 1 are the nodes they number (the control)', () => {
    const verdict = check(ZERO_BASED_IDS.map((line) => line.replace('--id 2', '--id 3').replace('--id 1', '--id 2').replace('--id 0', '--id 1')));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.leader).toBe('node1');
  });

  it('while the followers name their leader node0, the ids are as listed: --id 0 is node0 (review, session 73)', () => {
    const named = ZERO_BASED_IDS.map((line) => line.replace(/leader node1/g, 'leader node0'));
    const verdict = check(named);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.leader).toBe('node0');
  });

  it('a client\'s --id 0 row beside nodes launched by --id 1 to 3 names no node (adv73e-15)', () => {
    const rows = ['$ pgrep -af "kv_(node|client).py"', '15126 python3 kv_node.py --id 1 --port 47391', '15127 python3 kv_node.py --id 2 --port 47392', '15128 python3 kv_node.py --id 3 --port 47393', '10419 python3 kv_client.py --id 0'];
    const verdict = check([...rows, ...ZERO_BASED_IDS.slice(4)]);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.leader).toBe('node1');
  });

  it('while a node0 writes lines of its own, --id 0 is node0: a follower killed (the control)', () => {
    const node0 = 'data/node0/node.log:10:48:49.990 [node0] INFO  following leader node1 (term 1)';
    expect(check([...ZERO_BASED_IDS.slice(0, 7), node0, ...ZERO_BASED_IDS.slice(7)]).passed).toBe(false);
  });
});

// adv73a-44: one command line runs a plain `date` (the shell's zone, UTC) and then the record's `date +%T.%3N`; the
// nodes run under TZ=America/Santiago, 3 h behind.
const TWO_DATES_ONE_LINE = [
  '$ date; date +%T.%3N; kill 3814',
  'Mon Dec  7 10:42:13 UTC 2026',
  '10:42:13.164',
  '$ tail -n 3 data/node2/node.log data/node3/node.log',
  '==> data/node2/node.log <==',
  '07:42:13.363 [node2] WARN  heartbeat timeout - no message from leader node1 in 199ms',
  '',
  '==> data/node3/node.log <==',
  '07:42:13.361 [node3] WARN  heartbeat timeout - no message from leader node1 in 198ms',
];

describe('a plain date before the record\'s date on one command line', () => {
  it('shows the shell\'s zone, so nodes in another zone are read in theirs', () => {
    const verdict = check(TWO_DATES_ONE_LINE);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.killLine).toBe(3);
    expect(followerMs(verdict)).toEqual({ node2: 199, node3: 197 });
  });

  it('nodes 3 h off with no zone shown stay on the shell\'s clock, before the kill (the control)', () => {
    expect(check(TWO_DATES_ONE_LINE.map((line) => line.replace('$ date; date', '$ date').replace('Mon Dec  7 10:42:13 UTC 2026', '')).filter((l) => l !== '')).passed).toBe(false);
  });
});

describe('review mends (session 73)', () => {
  it('a node\'s own line printed after an echoed name is its line: the echo printed only the name', () => {
    const verdict = check([
      '$ date +%T.%3N; kill 17762',
      '10:50:12.299',
      '$ for n in 2 3; do echo "node$n"; tail -n 1 data/node$n/node.log; done',
      'node2',
      '10:50:12.448 [node2] WARN  election timeout: no heartbeat from leader node1 in 165ms',
      'node3',
      '10:50:12.470 [node3] WARN  election timeout: no heartbeat from leader node1 in 180ms',
    ]);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 149, node3: 171 });
  });

  it('a timeout whose stated silence began at the follower\'s own vote heard nobody: the first timeout stands', () => {
    const verdict = check([
      '[08:48:59.517] student@lab:~/raft-kv$ kill 11511',
      '08:48:58.785 [node2] INFO  following leader node1 (term 1)',
      '08:48:59.730 [node2] WARN  no heartbeat from leader node1 in 153 ms, leader down',
      '08:48:58.786 [node3] INFO  following leader node1 (term 1)',
      '08:48:59.725 [node3] WARN  no heartbeat from leader node1 in 152 ms, leader down',
      '08:48:59.900 [node3] INFO  voted for node2 in term 3',
      '08:49:00.169 [node3] WARN  no heartbeat from leader node1 in 269 ms, starting election for term 4',
    ]);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 213, node3: 208 });
  });

  it('following the leader again in a later term is a new reign\'s, no stall it came back from', () => {
    const verdict = check([
      '[08:48:59.517] student@lab:~/raft-kv$ kill 11511',
      '08:48:58.785 [node2] INFO  following leader node1 (term 1)',
      '08:48:59.730 [node2] WARN  no heartbeat from leader node1 in 153 ms, leader down',
      '08:48:58.786 [node3] INFO  following leader node1 (term 1)',
      '08:48:59.725 [node3] WARN  no heartbeat from leader node1 in 152 ms, leader down',
      '08:50:01.000 [node2] INFO  following leader node1 (term 4)',
      '08:50:01.001 [node3] INFO  following leader node1 (term 4)',
    ]);
    expect(verdict.passed).toBe(true);
  });
});

// adv73c-54: one refusal shown before the kill, its words stating the loop's turn and pace.
describe('a refusal before the kill that states its attempt and its wait', () => {
  const lines = (attempt: number) => [
    '$ date +%T.%3N; kill 4142',
    '10:42:26.589',
    '10:42:26.480 [node2] INFO  following leader node1 (term 3)',
    '10:42:26.759 [node2] WARN  election timeout: no heartbeat from leader node1 in 217ms',
    `10:42:26.518 [node3] WARN  connection to leader node1 refused (ECONNREFUSED), retrying in 100ms (attempt ${attempt})`,
    `10:42:26.620 [node3] WARN  connection to leader node1 refused (ECONNREFUSED), retrying in 100ms (attempt ${attempt + 1})`,
    '10:42:26.954 [node3] WARN  election timeout: no heartbeat from leader node1 in 412ms',
  ];

  it('is a loop going on at the kill: its next turn is no detection', () => {
    const verdict = check(lines(17));
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict).node3).toBe(365);
  });

  it('its first attempt is the loss it reports (the control)', () => {
    expect(followerMs(check(lines(1))).node3).toBe(31);
  });
});

// adv73e-09: a notebook cell killing, waiting, then printing the date: the date is the wait's end, no kill's time.
describe('a notebook cell\'s !kill; sleep; date', () => {
  const cell = (command: string) => [
    'In [5]:',
    command,
    '11:49:05.955',
    '11:49:05.535 [node1] INFO  received SIGTERM, shutting down',
    '11:49:05.955 [node2] WARN  heartbeat timeout: no heartbeat from leader node1 in 422ms',
    '11:49:06.008 [node3] WARN  heartbeat timeout: no heartbeat from leader node1 in 474ms',
  ];

  it('leaves the date timing nothing: the leader\'s own line times the kill', () => {
    const verdict = check(cell('!kill -9 7296; sleep 0.3; date +%T.%3N'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine).toBe(4);
  });

  it('with no wait, the date times it (the control)', () => {
    expect(check(cell('!date +%T.%3N; kill -9 7296')).measurements?.killLine).toBe(3);
  });
});

// adv73f-51: a `bash -x` trace of the record (`+ date +%T.%3N`, its time, `+ kill 15542`) under the traced launches'
// rows, the leader's handler saving state 47 ms before logging its SIGTERM.
const TRACED_RECORD = [
  '+ python3 -u kv_node.py --id 1',
  '+ python3 -u kv_node.py --id 3',
  '+ date +%T.%3N',
  '11:54:46.955',
  '+ kill 15542',
  "+ grep -H '' data/node1/node.log data/node2/node.log data/node3/node.log",
  'data/node1/node.log:11:54:44.210 [node1] INFO  kv_node node1 starting pid=15542 port=47711',
  'data/node1/node.log:11:54:44.610 [node1] INFO  became leader term=1',
  'data/node1/node.log:11:54:47.002 [node1] INFO  received SIGTERM, state saved, shutting down',
  'data/node2/node.log:11:54:44.610 [node2] INFO  following leader node1 term=1',
  'data/node2/node.log:11:54:47.285 [node2] WARN  heartbeat timeout: missed 7 heartbeats from leader node1 (last 350ms ago)',
  'data/node3/node.log:11:54:44.610 [node3] INFO  following leader node1 term=1',
  'data/node3/node.log:11:54:47.284 [node3] WARN  heartbeat timeout: missed 7 heartbeats from leader node1 (last 349ms ago)',
];

describe('a traced date; kill record under traced launches', () => {
  it('signals the pid its kill row names: the leader\'s late own line is its handler\'s, the record times the kill', () => {
    const verdict = check(TRACED_RECORD);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine).toBe(4);
    expect(followerMs(verdict)).toEqual({ node2: 330, node3: 329 });
  });

  it('followers 200 ms after the record pass, measured from it (the control)', () => {
    const fast = TRACED_RECORD.map((line) => line.replace('47.285', '47.155').replace('last 350ms', 'last 220ms').replace('47.284', '47.154').replace('last 349ms', 'last 219ms'));
    const verdict = check(fast);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 200, node3: 199 });
  });
});
