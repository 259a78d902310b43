// Session 67's readings, each on a small paste in the shape a blind set found misread (adv66, adv67).
import { describe, expect, it } from 'vitest';
import { formatVerdictText } from '../../src/proof/format-verdict.js';
import { checkW12Lines as check, followerMs, problemCodes } from './helpers.js';

describe('"connection terminated by leader node1" is the follower losing its connection, no kill of the follower (adv66e-11)', () => {
  const paste = (words: string) => [
    '$ date +%T.%3N; kill 7710',
    '15:22:46.222',
    '',
    '15:22:45.497 node2 INFO following leader node1 (term 1)',
    `15:22:46.225 node2 WARN ${words}`,
    '15:22:46.467 node2 WARN heartbeat timeout after 264 ms, starting election (term 2)',
    '',
    '15:22:45.497 node3 INFO following leader node1 (term 1)',
    `15:22:46.224 node3 WARN ${words}`,
    '15:22:46.492 node3 WARN heartbeat timeout after 289 ms, starting election (term 2)',
  ];

  it('times the kill of node1 and both heartbeat timeouts', () => {
    const verdict = check(paste('connection terminated by leader node1'));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node2: 245, node3: 270 });
  });

  it('a follower whose own line says it was terminated is still a kill of it', () => {
    const verdict = check(paste('terminated by signal SIGTERM'));
    expect(verdict.passed).toBe(false);
  });
});

describe("a table whose header names an event column is the student's own, even with no log beside it (adv67h-16)", () => {
  const table = (header: string) => [
    '$ date +%T.%3N; kill 26601',
    '17:53:10.246',
    '',
    header,
    '|---|---|---|',
    '| node2 | 17:53:10.466 | heartbeat timeout: no message from leader node1 in 152ms |',
    '| node3 | 17:53:10.527 | heartbeat timeout: no message from leader node1 in 214ms |',
  ];

  it('measures no detection from rows under `| node | time | event |`', () => {
    const verdict = check(table('| node | time | event |'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.followers.some((f) => f.status === 'detected') ?? false).toBe(false);
  });

  it("reads a program's markdown output (a `msg` column) as the only copy of the logs", () => {
    const verdict = check(table('| node | ts | msg |'));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 220, node3: 281 });
  });
});

describe('a program run between the kill and its date leaves the date no time of the kill (adv67b-03)', () => {
  const paste = (command: string) => [
    `student@kv-vm:~/kv$ ${command}`,
    '17:55:27.692',
    '',
    '17:55:27.766 [node2] WARN heartbeat timeout: no message from leader node1 in 382ms',
    '17:55:27.768 [node3] WARN heartbeat timeout: no message from leader node1 in 385ms',
  ];

  it.each([
    'kill -TERM 24781; python3 -c "import time; time.sleep(0.2)"; date +%T.%3N',
    "kill 24781 && perl -e 'select(undef,undef,undef,0.25)' && date +%T.%3N",
    'kill 24781; ./kvctl status; date +%T.%3N',
  ])('%s: no timed kill', (command) => {
    const verdict = check(paste(command));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine ?? null).toBeNull();
    expect(problemCodes(verdict)).toContain('KILL_LINE_MISSING');
  });

  it.each(['kill -TERM 24781; date +%T.%3N', 'kill 24781; echo killed; date +%T.%3N', 'kill $(pgrep -f "kv_node --id 1" | head -1) 2>&1; date +%T.%3N', 'kill 24781 &>/dev/null; date +%T.%3N'])(
    '%s: the date times the kill',
    (command) => {
      const verdict = check([...paste(command).slice(0, 3), '17:55:27.100 [node1] INFO became leader (term 1)', ...paste(command).slice(3)]);
      expect(verdict.measurements!.killLine).toBe(2);
      expect(followerMs(verdict)).toEqual({ node2: 74, node3: 76 });
    },
  );
});

describe("a kill of no known node after the followers' leader said it stepped down is no kill of a leader (adv67b-14/-34)", () => {
  const paste = (own: string | undefined) => [
    'student@kv-vm:~/kv$ date +%T.%3N; kill 26576',
    '17:55:42.636',
    '',
    ...(own === undefined ? [] : [`17:55:42.534 [node2] INFO ${own}`]),
    '17:55:42.675 [node1] WARN heartbeat timeout: no message from leader node2 in 152ms',
    '17:55:42.678 [node3] WARN heartbeat timeout: no message from leader node2 in 155ms',
    '17:55:42.800 [node3] INFO became leader (term 2)',
  ];

  it.each(['resigning leadership (term 1)', 'relinquishing leadership (term 1): check-quorum failed', 'state change: LEADER -> FOLLOWER (term 1)', 'lost leadership in term 1, now a follower'])(
    '%s: fails, naming the step-down',
    (own) => {
      const verdict = check(paste(own));
      expect(verdict.passed).toBe(false);
      expect(problemCodes(verdict)).toContain('KILLED_NODE_NOT_LEADER');
      expect(formatVerdictText(verdict, { color: false })).toContain("node2, the leader the followers' lines lose, was no longer the leader when the kill on line 2 came: its own line 4");
    },
  );

  it('without the step-down, the kill of the leader they lose', () => {
    const verdict = check(paste(undefined));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node1: 39, node3: 42 });
  });
});

describe("a start line saying the node is a read replica with no vote makes it no follower (adv67b-37)", () => {
  const paste = (words: string) => [
    'student@kv-vm:~/kv$ date +%T.%3N; kill 28961',
    '18:00:53.422',
    '18:00:51.724 [node1] INFO following leader node2 (term 1)',
    '18:00:53.564 [node1] WARN heartbeat timeout: no message from leader node2 in 152ms',
    `18:00:51.482 [node4] INFO starting kv_node node4 pid=28963 port=22354${words}`,
    '18:00:51.724 [node4] INFO following leader node2 (term 1)',
    '18:00:53.565 [node4] WARN heartbeat timeout: no message from leader node2 in 152ms',
  ];

  it('fails for want of a second follower', () => {
    const verdict = check(paste(' as read replica (no vote)'));
    expect(verdict.passed).toBe(false);
    expect(problemCodes(verdict)).toContain('FOLLOWER_MISSING');
  });

  it('a voter node4 is a follower', () => {
    expect(check(paste('')).passed).toBe(true);
  });
});

describe("a letter between a time's fraction digits is a misread digit, no shorter time (adv67g-39)", () => {
  const paste = (stamp: string) => [
    '$ date +%T.%3N; kill 18751',
    '18:05:59.947',
    '18:05:58.588 INFO  [node1] following leader node3 (term 1)',
    `${stamp} WARN  [node1] heartbeat timeout: no message from leader node3 in 332ms`,
    '18:06:00.297 INFO  [node1] election timeout fired, becoming candidate for term 2',
    '18:05:58.587 INFO  [node2] following leader node3 (term 1)',
    '18:06:00.248 WARN  [node2] heartbeat timeout: no message from leader node3 in 350ms',
  ];

  it('leaves `18:06:00.2A9` untimed: node1 is measured on its next line, too late', () => {
    const verdict = check(paste('18:06:00.2A9'));
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node1: 350, node2: 301 });
  });

  it('reads `18:06:00.249`', () => {
    expect(followerMs(check(paste('18:06:00.249')))).toEqual({ node1: 302, node2: 301 });
  });
});

// A job launched as N1 (`$ … > N1.log &`), killed by `kill %1`, its followers' files cat'ed (adv67f-32/-33).
const launchedAsN1 = (launch: string): string[] => [
  `$ ${launch} > N1.log &`,
  '[1] 7886',
  '$ date +%T.%3N; kill %1',
  '18:02:54.302',
  '$ cat N2.log N3.log',
  '18:02:53.679 N2 INFO following leader N1 in term 1',
  '18:02:54.304 N2 WARN connection to leader N1 lost (EOF)',
  '18:02:54.478 N2 WARN heartbeat timeout: no message from leader N1 in 194ms',
  '18:02:55.105 N2 INFO received SIGTERM, shutting down',
  '18:02:53.682 N3 INFO following leader N1 in term 1',
  '18:02:54.304 N3 WARN connection to leader N1 lost (EOF)',
  '18:02:55.105 N3 INFO received SIGTERM, shutting down',
];

describe("`kill %1` of a job launched with `--name N1 … --peers N2=…,N3=…` kills N1 alone (adv67f-32/-33)", () => {
  const paste = launchedAsN1;

  it.each(['python3 node.py --name N1 --port 26101 --lead --peers N2=26102,N3=26103', 'python3 node.py --port 26101 --lead --peers N2=26102,N3=26103'])('%s: both followers detect in 2 ms', (launch) => {
    const verdict = check(paste(launch));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ N2: 2, N3: 2 });
  });

  it('names the job by its --name flag', () => {
    const text = formatVerdictText(check(paste('python3 node.py --name N1 --port 26101 --lead --peers N2=26102,N3=26103')), { color: false });
    expect(text).not.toContain('does not tie %1');
  });
});

describe('a line `terminal 2 (kv2):` heads kv2\'s output as `# terminal 2 (kv2)` does (adv67e-34)', () => {
  const paste = (heading: (n: number) => string) => [
    heading(2),
    '17:53:42.645 INFO following leader kv1 (term 1)',
    '17:53:43.289 WARN connection to leader kv1 lost (EOF)',
    '17:53:43.436 WARN heartbeat timeout: no heartbeat from leader kv1 in 187 ms',
    '',
    heading(3),
    '17:53:42.645 INFO following leader kv1 (term 1)',
    '17:53:43.289 WARN connection to leader kv1 lost (EOF)',
    '',
    'terminal 4:',
    'student@lab:~/raft-kv$ date +%T.%3N; kill 13466',
    '17:53:43.286',
  ];

  it.each([(n: number) => `terminal ${n} (kv${n}):`, (n: number) => `# terminal ${n} (kv${n})`, (n: number) => `pane ${n}: kv${n}`])('%s', (heading) => {
    const verdict = check(paste(heading));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ kv2: 3, kv3: 3 });
  });

  it('a sentence naming a node in a terminal is no heading', () => {
    const verdict = check(paste((n) => `the terminal ${n} window of kv${n} showed this`));
    expect(verdict.passed).toBe(false);
  });
});

describe("nodes' times on a 12-hour clock with no AM/PM beside the student's 24-hour `date` read 12 h on (adv67d-03)", () => {
  const paste = (kill: string) => [
    '$ date +%T.%3N; kill 11908',
    kill,
    '',
    '05:53:33.302 [node2] following leader node1 (term 1)',
    '05:53:34.900 [node2] heartbeat timeout: no heartbeat from leader node1 in 191 ms, starting election',
    '05:53:33.302 [node3] following leader node1 (term 1)',
    '05:53:34.971 [node3] heartbeat timeout: no heartbeat from leader node1 in 261 ms, starting election',
  ];

  it('reads 05:53:34.900 as 17:53:34.900 beside a 17:53:34.738 kill', () => {
    const verdict = check(paste('17:53:34.738'));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 162, node3: 233 });
  });

  it('a morning kill keeps the nodes as written', () => {
    expect(followerMs(check(paste('05:53:34.738')))).toEqual({ node2: 162, node3: 233 });
  });

  it('an afternoon kill an hour away from the nodes shifted is no 12-hour clock', () => {
    expect(check(paste('18:53:34.738')).passed).toBe(false);
  });
});

describe('`date; date +%T.%3N; kill` prints two rows: the last date before the kill times it (adv67d-40)', () => {
  const paste = (command: string, rows: string[]) => [
    `$ ${command}`,
    ...rows,
    '17:54:32.734 [node1] heartbeat timeout: no heartbeat from leader node2 in 200 ms, starting election',
    '17:54:32.785 [node3] heartbeat timeout: no heartbeat from leader node2 in 251 ms, starting election',
    '17:54:30.100 [node1] following leader node2 (term 1)',
  ];

  it('times the kill from the ms row, not the whole-second one above it', () => {
    const verdict = check(paste('date; date +%T.%3N; kill 20079', ['Sun Dec  6 17:54:32 UTC 2026', '17:54:32.535']));
    expect(verdict.measurements!.killLine).toBe(3);
    expect(followerMs(verdict)).toEqual({ node1: 199, node3: 250 });
  });

  it('one date: its one row', () => {
    const verdict = check(paste('date +%T.%3N; kill 20079', ['17:54:32.535']));
    expect(verdict.measurements!.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node1: 199, node3: 250 });
  });
});

describe("a cat of whole files with no names on their lines: each file's start line names it, peers list aside (adv67e-18)", () => {
  const paste = (peers: (n: number) => string) => [
    'student@lab:~/raft-kv$ date +%T.%3N; kill 12480',
    '17:53:37.968',
    'student@lab:~/raft-kv$ cat logs/node2.log logs/node3.log',
    `17:53:36.976 INFO  kv_node node2 starting pid=12481 port=25022${peers(2)}`,
    '17:53:37.303 INFO  following leader node1 (term 1)',
    '17:53:37.970 WARN  connection to leader node1 lost (EOF)',
    '17:53:38.236 WARN  heartbeat timeout: no heartbeat from leader node1 in 279 ms',
    `17:53:36.999 INFO  kv_node node3 starting pid=12482 port=25023${peers(3)}`,
    '17:53:37.303 INFO  following leader node1 (term 1)',
    '17:53:37.969 WARN  connection to leader node1 lost (EOF)',
    '17:53:38.237 WARN  heartbeat timeout: no heartbeat from leader node1 in 279 ms',
  ];

  it.each([(n: number) => ` peers=node1,node${5 - n}`, (n: number) => ` peers: [node1, node${5 - n}]`, () => ''])('%s', (peers) => {
    const verdict = check(paste(peers));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 2, node3: 1 });
  });
});

describe("a leader named by its host's full name (`raft-a.local`) is the writer its short host column names (adv67e-09)", () => {
  const paste = (leader: string) => [
    'student@raft-a:~$ date +%T.%3N; kill 14153',
    '17:53:46.268',
    '2026-12-06T17:53:46.268 raft-a kv_node[14153]: received SIGTERM, shutting down',
    `2026-12-06T17:53:45.652 raft-b kv_node[14154]: following leader ${leader} (term 1)`,
    `2026-12-06T17:53:46.270 raft-b kv_node[14154]: connection to leader ${leader} lost (EOF)`,
    `2026-12-06T17:53:46.479 raft-c kv_node[14155]: heartbeat timeout: no heartbeat from leader ${leader} in 224 ms`,
  ];

  it.each(['raft-a.local', 'raft-a.lab.example.org', 'raft-a'])('%s', (leader) => {
    const verdict = check(paste(leader));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.leader).toBe('raft-a');
    expect(followerMs(verdict)).toEqual({ 'raft-b': 2, 'raft-c': 211 });
  });
});

describe('a loop printing one file per value names each file\'s lines by the loop\'s value (adv67h-27)', () => {
  const paste = (loop: string) => [
    '$ date +%T.%3N; kill -TERM 7945',
    '17:53:12.956',
    `$ ${loop}`,
    '17:53:12.956 WARN  connection to leader node1 lost (EOF)',
    '17:53:13.205 WARN  heartbeat timeout: no heartbeat from leader node1 in 284 ms, starting election for term 2',
    '17:53:12.958 WARN  connection to leader node1 lost (EOF)',
    '17:53:13.114 WARN  heartbeat timeout: no heartbeat from leader node1 in 193 ms, starting election for term 2',
  ];

  it('for f in node2 node3; do tail -n 2 $f.log; done', () => {
    const verdict = check(paste('for f in node2 node3; do tail -n 2 $f.log; done'));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 0, node3: 2 });
  });

  it('a tail of 3 lines a file over 4 printed lines is no such split', () => {
    expect(check(paste('for f in node2 node3; do tail -n 3 $f.log; done')).passed).toBe(false);
  });
});

describe('a date printed with no line break, the next prompt on its row, still times the kill (adv67g-14)', () => {
  const paste = (row: string) => [
    'student@lab:~/raft$ printf "%s " "$(date +%T.%3N)"; kill 6605',
    row,
    '17:53:07.883 WARN  [node1] heartbeat timeout: no message from leader node2 in 157ms',
    '17:53:07.864 WARN  [node3] heartbeat timeout: no message from leader node2 in 137ms',
  ];

  it('reads `17:53:07.732 student@lab:~/raft$ grep …`', () => {
    const verdict = check(paste('17:53:07.732 student@lab:~/raft$ grep -h timeout data/node1/node.log data/node3/node.log'));
    expect(verdict.measurements!.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node1: 151, node3: 132 });
  });

  it('a time followed by other words is no such record', () => {
    expect(check(paste('17:53:07.732 something else printed here')).measurements?.killLine ?? null).toBeNull();
  });
});

describe("only the kill record lacking a date is named as such, not 'timestamps have no date' (adv67a)", () => {
  it('names the record line when every node line is dated', () => {
    const text = formatVerdictText(
      check([
        '$ date +%T.%3N; kill 4242',
        '17:56:15.410',
        '2026-12-06 17:56:14.373 node2 following leader node1 (term 1)',
        '2026-12-06 17:56:15.584 node2 heartbeat timeout: no heartbeat from leader node1 in 200ms',
        '2026-12-06 17:56:14.373 node3 following leader node1 (term 1)',
        '2026-12-06 17:56:15.590 node3 heartbeat timeout: no heartbeat from leader node1 in 200ms',
      ]),
      { color: false },
    );
    expect(text).toContain("the kill's time on line 2 has no date (the nodes' lines do), so times were compared on the time of day");
    expect(text).not.toContain('timestamps have no date');
  });
});

describe("a date's output row the checker cannot read is quoted, not called 'no timestamp' (adv67d-18)", () => {
  it("names ja_JP's date row and how to print the time", () => {
    const text = formatVerdictText(
      check([
        '$ LANG=ja_JP.UTF-8 date; kill 14256',
        '2026年 12月  6日 日曜日 17:53:47 UTC',
        '17:53:47.305 [node2] heartbeat timeout: no heartbeat from leader node1 in 162 ms',
        '17:53:47.330 [node3] heartbeat timeout: no heartbeat from leader node1 in 183 ms',
      ]),
      { color: false },
    );
    expect(text).toContain('line 1 shows the kill with a date, but the row under it, line 2 ("2026年 12月  6日 日曜日 17:53:47 UTC"), is no time the checker reads');
  });
});

describe("the kill pattern cites the student's kill command over a follower's later shutdown line (adv67f)", () => {
  it('cites `$ date +%T.%3N; kill %1` as the kill', () => {
    const verdict = check(launchedAsN1('python3 node.py --name N1 --port 26101 --lead --peers N2=26102,N3=26103'));
    expect(verdict.patterns[1]).toMatchObject({ line: 3, role: 'kill' });
    expect(formatVerdictText(verdict, { color: false })).toContain('✓ /kill|SIGTERM|SIGINT|stopped|terminated/  line 3 (the kill of N1): $ date +%T.%3N; kill %1');
  });
});
