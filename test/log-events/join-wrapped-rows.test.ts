import { describe, expect, it } from 'vitest';
import { joinWrappedRows } from '../../src/log-events/join-wrapped-rows.js';
import { indexLines, lineNumber, lineText } from '../../src/log-events/paste-lines.js';

const rowsOf = (lines: NonNullable<ReturnType<typeof joinWrappedRows>>) => Array.from({ length: lines.count }, (_, i) => [lineNumber(lines, i), lineText(lines, i)]);

// A legacy console 80 columns wide: every longer line cut at column 80, mid-word.
const WRAPPED = [
  'data\\node2\\node.log',
  '',
  '2026/11/30 13:30:44.091220 raft.go:302: [node2] INFO applied k20',
  '2026/11/30 13:30:44.339127 follower.go:212: [node2] WARN no message in 221ms, he',
  'artbeat timeout, starting election for term 2',
  '2026/11/30 13:30:44.118795 transport.go:97: [node3] WARN read node1 failed: conn',
  'ection reset by peer',
  '2026/11/30 13:30:44.343307 raft.go:160: [node3] INFO granted vote to node2 for t',
  'erm 2',
];

describe('joinWrappedRows', () => {
  it('joins rows cut at the paste width back into their lines, keeping the first row\'s line number', () => {
    const joined = joinWrappedRows(indexLines(WRAPPED.join('\n')));
    expect(joined && rowsOf(joined)).toEqual([
      [1, 'data\\node2\\node.log'],
      [2, ''],
      [3, '2026/11/30 13:30:44.091220 raft.go:302: [node2] INFO applied k20'],
      [4, '2026/11/30 13:30:44.339127 follower.go:212: [node2] WARN no message in 221ms, heartbeat timeout, starting election for term 2'],
      [6, '2026/11/30 13:30:44.118795 transport.go:97: [node3] WARN read node1 failed: connection reset by peer'],
      [8, '2026/11/30 13:30:44.343307 raft.go:160: [node3] INFO granted vote to node2 for term 2'],
    ]);
  });

  it("joins a row one short of the width with the space its cut took, which the copy trimmed (multitail's window, adv49-14)", () => {
    const trimmed = [...WRAPPED.slice(0, 7), '2026/11/30 13:30:44.118795 transport.go:197: [node3] WARN  connection to leader', 'node1 lost (EOF)'];
    expect(trimmed[7]!.length).toBe(79);
    const joined = joinWrappedRows(indexLines(trimmed.join('\n')));
    expect(joined && rowsOf(joined).slice(3)).toEqual([
      [4, '2026/11/30 13:30:44.339127 follower.go:212: [node2] WARN no message in 221ms, heartbeat timeout, starting election for term 2'],
      [6, '2026/11/30 13:30:44.118795 transport.go:97: [node3] WARN read node1 failed: connection reset by peer'],
      [8, '2026/11/30 13:30:44.118795 transport.go:197: [node3] WARN  connection to leader node1 lost (EOF)'],
    ]);
    // Without a row cut mid-word at the width, nothing proves a console cut the paste: the short row stays a line.
    expect(joinWrappedRows(indexLines([WRAPPED[2], trimmed[7], trimmed[8]].join('\n')))).toBeUndefined();
  });

  it('leaves alone a paste whose longest lines are followed by records, prompts, stack frames or a single untimed row', () => {
    const widest = '2026-11-29T21:26:26.174626Z WARN heartbeat timeout, no heartbeat from leader leader=0';
    const records = [widest, `[pod/kv-1/kv] ${widest.slice(14)}`, widest, '$ kill 4242', widest, '\tat java.net.SocketInputStream.read(SocketInputStream.java:186)'];
    expect(joinWrappedRows(indexLines(records.join('\n')))).toBeUndefined();
    expect(joinWrappedRows(indexLines([widest, 'one untimed row', '2026-11-29T21:26:26.180000Z INFO x'].join('\n')))).toBeUndefined();
    expect(joinWrappedRows(indexLines(['short 1', 'short 2', 'short 3'].join('\n')))).toBeUndefined();
  });

  it("leaves apart two lines of one template that are as wide by chance, and ts's stamp-only rows under them (adv41 m09f, real ts -i)", () => {
    const ts = [
      "$ tail -n0 -f data/node*/node.log | ts -i '%.s'",
      '0.000006 [node1] INFO  received SIGTERM, shutting down',
      '0.000007 [node2] WARN  heartbeat timeout: no append_entries from leader node1 in 150ms, starting election for term 3',
      '0.151398 ',
      '0.000081 ==> data/node3/node.log <==',
      '0.000006 [node3] WARN  heartbeat timeout: no append_entries from leader node1 in 300ms, starting election for term 3',
      '0.031795 x',
    ];
    expect(joinWrappedRows(indexLines(ts.join('\n')))).toBeUndefined();
    // Rows continuing on rows that are no record, but no cut inside a word: a table's rows, a box's last row.
    const box = ['+------------------------+------------------+---------+---------+-----------+------------+', '|        ENDPOINT        |        ID        | VERSION | DB SIZE | IS LEADER | IS LEARNER |', '+------------------------+------------------+---------+---------+-----------+------------+', '| http://127.0.0.1:23011 | 18aff6444367b6f7 |  3.4.23 |   20 kB |     false |      false |'];
    expect(joinWrappedRows(indexLines(box.join('\n')))).toBeUndefined();
    // The same stamp-only row after a row cut mid-word elsewhere is still a record of its own.
    const cut = [...WRAPPED, `${WRAPPED[3]}`, '0.151398 '];
    expect(joinWrappedRows(indexLines(cut.join('\n')))?.count).toBe(8);
  });

  it("leaves bash's job table rows apart: jobs -l rows of one width, the paste's widest, are no wrapped line", () => {
    const jobs = [
      '$ jobs -l',
      '[1]   4101 Running                 ./kv_node --id 1 --port 7001 > n1.log 2>&1 &',
      '[2]-  4102 Running                 ./kv_node --id 2 --port 7002 > n2.log 2>&1 &',
      '[3]+  4103 Running                 ./kv_node --id 3 --port 7003 > n3.log 2>&1 &',
      '$ date +%T.%3N; kill %1',
    ];
    expect(joinWrappedRows(indexLines(jobs.join('\n')))).toBeUndefined();
  });
});

// A chat app (or a narrow window) wrapping at word boundaries: rows of varying width, the wrap took a space.
const CHAT = [
  'Jordan Pike  2:07 PM',
  'here is the follower output, leader was node1',
  '2026-11-30 14:03:11.282 [node3] DEBUG append_entries from node1 term=2',
  'prev=42 entries=0 commit=42 ok',
  '2026-11-30 14:03:11.291 [node1] INFO  caught SIGTERM, closing peer sockets,',
  'bye',
  '2026-11-30 14:03:11.293 [node3] WARN  connection to leader node1',
  'lost: read() returned 0 (EOF)',
  '2026-11-30 14:03:11.294 [node2] WARN  recv from node1 failed: ECONNRESET',
  '2026-11-30 14:03:11.519 [node3] INFO  following leader node2 (term 3)',
  'Jordan Pike  2:08 PM',
  'so node3 noticed after 2 ms',
];

describe('joinWrappedRows on word-wrapped rows', () => {
  it('joins each record row near the width with the row it continues on, with a space, keeping line numbers', () => {
    const joined = joinWrappedRows(indexLines(CHAT.join('\n')));
    expect(joined && rowsOf(joined)).toEqual([
      [1, 'Jordan Pike  2:07 PM'],
      [2, 'here is the follower output, leader was node1'],
      [3, '2026-11-30 14:03:11.282 [node3] DEBUG append_entries from node1 term=2 prev=42 entries=0 commit=42 ok'],
      [5, '2026-11-30 14:03:11.291 [node1] INFO  caught SIGTERM, closing peer sockets, bye'],
      [7, '2026-11-30 14:03:11.293 [node3] WARN  connection to leader node1 lost: read() returned 0 (EOF)'],
      [9, '2026-11-30 14:03:11.294 [node2] WARN  recv from node1 failed: ECONNRESET'],
      [10, '2026-11-30 14:03:11.519 [node3] INFO  following leader node2 (term 3)'],
      [11, 'Jordan Pike  2:08 PM'],
      [12, 'so node3 noticed after 2 ms'],
    ]);
  });

  it("leaves alone a student's comments between the lines and untimed lines of another writer", () => {
    const narrated = [
      '2026-11-30 14:03:11.000 node1 INFO  raft: received SIGTERM, shutting down the raft node',
      'then node2 and node3 noticed:',
      '2026-11-30 14:03:11.120 node2 WARN  raft: heartbeat timeout reached, starting election',
      'node3 was a bit slower:',
      '2026-11-30 14:03:11.180 node3 WARN  raft: heartbeat timeout reached, starting election',
      'node2 won the election afterwards.',
      '2026-11-30 14:03:11.190 node3 INFO  raft: entering follower state, leader is known',
      'and then the cluster was fine again.',
    ];
    expect(joinWrappedRows(indexLines(narrated.join('\n')))).toBeUndefined();
    const columns = [narrated[0], 'node3  | WARN raft: heartbeat timeout reached, starting election', narrated[2], 'node3  | INFO raft: entering candidate state', narrated[4], 'node3  | INFO raft: election won'];
    expect(joinWrappedRows(indexLines(columns.join('\n')))).toBeUndefined();
  });

  it('leaves alone fewer than three such rows (a comment under a line), short records and a chat header', () => {
    const comment = [CHAT[2], CHAT[3], CHAT[4], 'a comment under it', CHAT[8], CHAT[9]];
    expect(joinWrappedRows(indexLines(comment.join('\n')))).toBeUndefined();
    const short = ['2026-11-30 14:03:11.282 [node3] ok', 'x y', '2026-11-30 14:03:11.283 [node3] ok', 'x y', '2026-11-30 14:03:11.284 [node3] ok', 'x y', 'x'.repeat(70)];
    expect(joinWrappedRows(indexLines(short.join('\n')))).toBeUndefined();
  });
});

describe('joinWrappedRows on a GitHub comment', () => {
  it('never glues a closing code fence or a lone HTML tag onto the record above it', () => {
    const block = (node: string, last: string): string[] => [
      '<details>',
      `<summary>${node}</summary>`,
      '',
      '```',
      '2026-12-01 09:12:40.104 INFO  [term 2] following leader at 127.0.0.1:7001',
      last,
      '```',
      '</details>',
      '',
    ];
    const text = [
      ...block('node1', '2026-12-01 09:12:44.512 INFO  [term 2] received SIGTERM, shutting down'),
      ...block('node2', '2026-12-01 09:12:44.746 INFO  [term 3] became leader, votes from 1 peer'),
      ...block('node3', '2026-12-01 09:12:44.461 DEBUG [term 2] heartbeat from leader'),
    ].join('\n');
    expect(joinWrappedRows(indexLines(text))).toBeUndefined();
  });
});

// An 80-column console under a typed command longer than it: `grep -H` records cut inside their timestamps.
const PREFIX = (n: number): string => `/home/student/courses/cs451/proj3-kv-raft-final/data/node${n}/node.log:`;
const GREP = "$ grep -H -E 'SIGTERM|EOF|timeout|leader' ~/courses/cs451/proj3-kv-raft-final/data/node*/node.log";
const CUT_AFTER_HOUR_DIGIT = [
  GREP,
  `${PREFIX(1)}2026-12-01T0`,
  '9:41:05.301Z INFO received SIGTERM, shutting down',
  `${PREFIX(2)}2026-12-01T0`,
  '9:41:05.302Z WARN connection to leader node1 closed: EOF',
  `${PREFIX(3)}2026-12-01T0`,
  '9:41:05.547Z WARN heartbeat timeout, no message from leader node1 in 296ms',
];

describe('joinWrappedRows at a width most rows share, rows cut inside their timestamps (blind17, fixs)', () => {
  it('joins rows of the common width under a longer command line, across a cut inside a dated timestamp', () => {
    expect(CUT_AFTER_HOUR_DIGIT[1]).toHaveLength(80);
    const joined = joinWrappedRows(indexLines(CUT_AFTER_HOUR_DIGIT.join('\n')));
    expect(joined && rowsOf(joined)).toEqual([
      [1, GREP],
      [2, `${PREFIX(1)}2026-12-01T09:41:05.301Z INFO received SIGTERM, shutting down`],
      [4, `${PREFIX(2)}2026-12-01T09:41:05.302Z WARN connection to leader node1 closed: EOF`],
      [6, `${PREFIX(3)}2026-12-01T09:41:05.547Z WARN heartbeat timeout, no message from leader node1 in 296ms`],
    ]);
  });

  it('leaves them apart when a longer row is a log line (rows wrapped elsewhere) or too few rows share the width', () => {
    const longLogLine = `${PREFIX(1)}2026-12-01T09:41:02.118Z INFO became leader for term 2, peers node2 node3`;
    expect(joinWrappedRows(indexLines([longLogLine, ...CUT_AFTER_HOUR_DIGIT.slice(1)].join('\n')))).toBeUndefined();
    expect(joinWrappedRows(indexLines(CUT_AFTER_HOUR_DIGIT.slice(0, 5).join('\n')))).toBeUndefined();
  });

  it('leaves a cut with no date before it apart: a row starting with its own time of day is a record', () => {
    const timeOfDay = [GREP, `${PREFIX(1)}0`, '9:41:05.301 INFO received SIGTERM', `${PREFIX(2)}0`, '9:41:05.302 WARN closed: EOF', `${PREFIX(3)}0`, '9:41:05.547 WARN heartbeat timeout'];
    expect(joinWrappedRows(indexLines(timeOfDay.join('\n')))).toBeUndefined();
  });

  it('never joins a full-width row, or a short row, to the record after it that starts with its own time', () => {
    const rows = [
      "$ grep -h -E 'node1|timeout|applied' ~/courses/cs451/proj3-kv-raft/data/node2/node.log ~/courses/cs451/proj3-kv-raft/data/node3/node.log",
      '2026-12-01T10:00:00.052Z [node2] DEBUG heartbeat from leader node1 term 2',
      '2026-12-01T10:00:00.101Z [node2] WARN connection to leader node1 closed: EOF, wi',
      'll retry with backoff',
      '2026-12-01T10:00:00.313Z [node2] INFO election timeout elapsed, starting electio',
      'n for term 3 as candidate',
      '2026-12-01T10:00:00.053Z [node3] DEBUG heartbeat from leader node1 term 2',
      '2026-12-01T10:00:00.150Z [node3] INFO applied entry #41 to state machine, term 2',
      '2026-12-01T10:00:00.402Z [node3] WARN heartbeat timeout: no message from leader ',
      'node1 in 349ms, becoming candidate',
    ];
    const joined = joinWrappedRows(indexLines(rows.join('\n')));
    expect(joined && rowsOf(joined).map(([n]) => n)).toEqual([1, 2, 3, 5, 7, 8, 9]);
    expect(joined && lineText(joined, 5)).toBe(rows[7]);
  });
});

describe('joinWrappedRows on a narrow tmux pane (adv64c-02: 38 columns, `tmux capture-pane -p`)', () => {
  // Each row cut at the pane's 38 columns, mid-word; the kill typed with no prompt under a prompt row that wrapped.
  const rows = [
    '10:05:30.101 [node1] INFO election tim',
    'eout fired after 121 ms, starting elec',
    'tion',
    'date +%T.%3N; kill 19372',
    '10:05:32.201',
    '10:05:32.364 [node3] WARN heartbeat ti',
    'meout after 165 ms',
  ];

  it('joins the cut rows and leaves the typed kill and its date output alone', () => {
    const joined = joinWrappedRows(indexLines(rows.join('\n')))!;
    expect(rowsOf(joined)).toEqual([
      [1, '10:05:30.101 [node1] INFO election timeout fired after 121 ms, starting election'],
      [4, 'date +%T.%3N; kill 19372'],
      [5, '10:05:32.201'],
      [6, '10:05:32.364 [node3] WARN heartbeat timeout after 165 ms'],
    ]);
  });
});
