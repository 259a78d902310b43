// Session 71's readings, each on a small paste in the shape a blind set found misread.
import { describe, expect, it } from 'vitest';
import { formatVerdictText } from '../../src/proof/format-verdict.js';
import { checkW12Lines as check, followerMs } from './helpers.js';

// A mesh where every node logs losing any peer (adv70f-15/-35): a follower's kill is heard by its peers' sockets at
// once, and the Verify grep hides who led; the real leader's teardown Ctrl+C two seconds later sets the timers off.
const MESH_FOLLOWER_KILLED = [
  '$ date +%T.%3N; kill 28704',
  '03:20:34.532',
  '03:20:31.595 [node1] INFO  kv_node node1 starting pid=28702 peers=node2,node3 election_timeout=150-300ms',
  '03:20:34.543 [node1] WARN  read from node3 failed: EOF',
  '03:20:36.566 [node1] WARN  read from node2 failed: EOF',
  '03:20:36.782 [node1] WARN  heartbeat timeout, starting election (term 2)',
  '03:20:31.550 [node2] INFO  kv_node node2 starting pid=28703 peers=node1,node3 election_timeout=150-300ms',
  '03:20:31.761 [node2] WARN  heartbeat timeout, starting election (term 1)',
  '03:20:34.541 [node2] WARN  read from node3 failed: EOF',
  '03:20:36.565 [node2] INFO  received SIGINT, shutting down',
  '03:20:31.777 [node3] INFO  kv_node node3 starting pid=28704 peers=node1,node2 election_timeout=150-300ms',
  '03:20:34.540 [node3] INFO  received SIGTERM, shutting down',
];

describe('a kill whose node nothing shows leading', () => {
  it('a timer firing 2 s after the kill is no sign the killed node led: its peers lost a peer', () => {
    const verdict = check(MESH_FOLLOWER_KILLED);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine).toBe(2);
    expect(verdict.measurements?.killedNode).toBe('node3');
    expect(verdict.measurements?.leader).toBeNull();
    expect(verdict.measurements?.leaderFrom).toBeNull();
    expect(followerMs(verdict)).toEqual({ node1: 'no-detection', node2: 'before-kill-only' });
    const text = formatVerdictText(verdict, { color: false });
    expect(text).toContain('node3 — not shown leading; the paste does not show which node led');
    expect(text).toContain('names node3 only as a peer');
  });

  it('while a timer within a second of the kill shows its node led (the control)', () => {
    const lines = MESH_FOLLOWER_KILLED.map((line) => line.replace('03:20:36.782 [node1]', '03:20:34.782 [node1]'));
    const verdict = check(lines);
    expect(verdict.measurements?.leader).toBe('node3');
    expect(followerMs(verdict)).toMatchObject({ node1: 11 });
  });

  it('the kill-choice note of a first kill whose node is not shown leading calls it the first kill, not the leader\'s', () => {
    const text = formatVerdictText(check(MESH_FOLLOWER_KILLED), { color: false });
    expect(text).toContain("the first kill (nothing shows its node led: its peers' lost links name it only as a peer)");
    expect(text).not.toContain('the first kill of the leader');
  });

  it('a timer within a second that names another leader, and the election loop after it, are that leader\'s loss (adv71b-54)', () => {
    const verdict = check([
      '$ date +%T.%3N; kill 651',
      '05:58:41.567',
      '05:58:39.169 [node1] INFO  kv_node node1 starting pid=650 peers=node2,node3 election_timeout=150-300ms',
      '05:58:39.920 [node1] WARN  election timeout after 159 ms, starting election for term 1',
      '05:58:41.572 [node1] WARN  read from node2 failed: EOF',
      '05:58:39.572 [node2] INFO  kv_node node2 starting pid=651 peers=node1,node3 election_timeout=150-300ms',
      '05:58:39.189 [node3] INFO  kv_node node3 starting pid=652 peers=node1,node2 election_timeout=150-300ms',
      '05:58:41.571 [node3] WARN  read from node2 failed: EOF',
      '05:58:41.978 [node3] WARN  read from node1 failed: EOF',
      '05:58:42.231 [node3] WARN  election timeout: no heartbeat from leader node1 in 282 ms, starting election for term 2',
      '05:58:42.445 [node3] WARN  election timeout after 214 ms, starting election for term 3',
    ]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killedNode).toBe('node2');
    expect(verdict.measurements?.leader).toBeNull();
  });

  it("a whole-second record's second ends before its second of timers starts (the control for timers within it)", () => {
    // `date +%T` prints 03:20:34; the followers' timers at 35.050 are within a second of that second's end.
    const lines = MESH_FOLLOWER_KILLED.map((line) => line.replace('03:20:34.532', '03:20:34').replace('03:20:36.782 [node1]', '03:20:35.050 [node1]'));
    const verdict = check(lines);
    expect(verdict.measurements?.leader).toBe('node3');
    expect(formatVerdictText(verdict, { color: false })).not.toContain('not shown leading');
  });

  it("of two typed kills, a follower's first, the later leader's kill is judged", () => {
    const verdict = check([
      '$ date +%T.%3N; kill 3704',
      '03:26:58.163',
      '$ date +%T.%3N; kill 3708',
      '03:27:00.200',
      '03:26:54.724 [node1] INFO  kv_node node1 starting pid=3704 peers=node2,node3 election_timeout=150-300ms',
      '03:26:58.174 [node1] INFO  received SIGTERM, shutting down',
      '03:26:54.571 [node2] INFO  kv_node node2 starting pid=3705 peers=node1,node3 election_timeout=150-300ms',
      '03:26:58.175 [node2] WARN  read from node1 failed: EOF',
      '03:27:00.213 [node2] WARN  read from node3 failed: EOF',
      '03:27:00.386 [node2] WARN  heartbeat timeout, starting election (term 2)',
      '03:26:54.530 [node3] INFO  kv_node node3 starting pid=3708 peers=node1,node2 election_timeout=150-300ms',
      '03:26:54.775 [node3] WARN  heartbeat timeout, starting election (term 1)',
      '03:26:58.176 [node3] WARN  read from node1 failed: EOF',
      '03:27:00.213 [node3] INFO  received SIGTERM, shutting down',
    ]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine).toBe(4);
    expect(verdict.measurements?.leader).toBe('node3');
    expect(followerMs(verdict)).toMatchObject({ node2: 13 });
    const text = formatVerdictText(verdict, { color: false });
    expect(text).toContain("nothing shows an earlier one's node led");
    expect(text).toContain('node1 was itself killed');
  });
});

// journalctl --no-hostname (adv70a-81): the syslog stamp is followed by the tag and its pid, no host column.
describe("a syslog tag with its pid right after the stamp is the program's column, not a host", () => {
  const lines = (host: string) =>
    [
      '$ date +%T.%3N; kill 29818',
      '02:46:42.636',
      'Dec 07 02:46:40.598095 HOSTkv_node[29813]: kv_node node1 starting pid=29813 port 27601',
      'Dec 07 02:46:40.603723 HOSTkv_node[29815]: kv_node node2 starting pid=29815 port 27602',
      'Dec 07 02:46:40.621063 HOSTkv_node[29818]: kv_node node3 starting pid=29818 port 27603',
      'Dec 07 02:46:41.786039 HOSTkv_node[29818]: won election with 2 votes, became leader (term 1)',
      'Dec 07 02:46:42.643922 HOSTkv_node[29818]: received SIGTERM, shutting down (role=leader term=1)',
      'Dec 07 02:46:42.646765 HOSTkv_node[29815]: connection to leader node3 lost (EOF)',
      'Dec 07 02:46:42.646880 HOSTkv_node[29813]: connection to leader node3 lost (EOF)',
      'Dec 07 02:46:42.772676 HOSTkv_node[29815]: heartbeat timeout: no message from leader node3 in 130 ms',
    ].map((line) => line.replace('HOST', host));

  it.each([
    ['--no-hostname', ''],
    ['a host column (the control)', 'labhost '],
  ])('%s', (_, host) => {
    const verdict = check(lines(host));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.leader).toBe('node3');
    expect(followerMs(verdict)).toEqual({ node1: 10.88, node2: 10.765 });
  });
});

// macOS's date prints `%3N` as the letters 3N (adv70e-39): a whole-second record, the leader's own line inside it.
describe("the leader's own line in the last ms of a whole-second record's second times the kill", () => {
  it.each([
    ['.999', 119],
    ['.500', 618],
  ])('own line at %s', (ms, node3Ms) => {
    const verdict = check([
      'ana@MacBook-Pro kv % date +%T.%3N; kill 32256',
      '03:24:53.3N',
      '03:24:51.247 [node1] INFO  kv_node node1 starting pid=32256 port=31501 peers=node2,node3',
      '03:24:51.435 [node1] INFO  became leader (term 1)',
      `03:24:53${ms} [node1] INFO  received SIGTERM, shutting down`,
      '03:24:51.435 [node2] INFO  following leader node1 (term 1)',
      '03:24:54.119 [node2] WARN  heartbeat timeout: no heartbeat from leader node1 in 159 ms',
      '03:24:51.435 [node3] INFO  following leader node1 (term 1)',
      '03:24:54.118 [node3] WARN  heartbeat timeout: no heartbeat from leader node1 in 159 ms',
    ]);
    expect(verdict.measurements?.killLine).toBe(5);
    expect(followerMs(verdict)).toEqual({ node2: node3Ms + 1, node3: node3Ms });
    expect(verdict.passed).toBe(node3Ms < 300);
  });
});

// PowerShell's Select-String prefixes each match with its file's path (adv64d-42): a OneDrive folder's name holds
// spaces and a dash, which the head scan took for the end of the prefix and a logger's separator.
describe("a Windows path with spaces in its folders is the file's prefix", () => {
  it.each([
    ['OneDrive - Universidad de Chile'],
    ['OneDrive'],
  ])('folder %j', (folder) => {
    const path = `C:\\Users\\Ana María\\${folder}\\Redes\\raft`;
    const verdict = check([
      'PS C:\\Users\\Ana María> Get-Date -Format o; kill 9293',
      '2026-12-06T11:04:19.9222129+01:00',
      `PS C:\\Users\\Ana María> Select-String -Path "${path}\\node*.log" -Pattern "heartbeat|leader"`,
      '',
      `${path}\\node1.log:3:11:04:17.787 [node1] INFO  following leader node3 in term 1`,
      `${path}\\node1.log:4:11:04:20.111 [node1] WARN  no heartbeat from leader node3 in 152ms, leader down?`,
      `${path}\\node2.log:3:11:04:17.787 [node2] INFO  following leader node3 in term 1`,
      `${path}\\node2.log:4:11:04:20.109 [node2] WARN  no heartbeat from leader node3 in 150ms, leader down?`,
      `${path}\\node3.log:3:11:04:17.787 [node3] INFO  became leader for term 1 (votes: 2/3)`,
    ]);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.leader).toBe('node3');
    expect(followerMs(verdict)).toEqual({ node1: 188.787, node2: 186.787 });
  });
});

// Node's process.uptime() stamps (adv71a-94/-95): each typed command prints one node's own file, whose counts are
// its process's, however they happen to rise across the commands.
describe("a typed command printing one node's file gives that node's own uptime count", () => {
  const lines = (node2Files: string, node3Files: string) => [
    '$ date +%T.%3N; kill -TERM 9397',
    '06:03:40.000',
    '$ tail -n 1 data/node1/node.log',
    '[   2.241] [node1] received SIGTERM, shutting down',
    `$ grep ECONNRESET ${node2Files}`,
    '[   2.253] [node2] lost leader node1: read ECONNRESET',
    `$ grep "timeout:" ${node3Files}`,
    '[   2.297] [node3] election timeout: no heartbeat from leader node1 in 167 ms, starting election',
  ];

  it('each file its own clock: nothing can be measured', () => {
    const verdict = check(lines('data/node2/node.log', 'data/node3/node.log'));
    expect(verdict.passed).toBe(false);
    expect(verdict.checks.flatMap((c) => c.findings.map((f) => f.code))).toContain('CLOCKS_INCOMPARABLE');
  });

  it('commands printing several per-node files prove them each its own as well (session 73: `cat a b | sort`)', () => {
    const verdict = check(lines('data/node2/node.log data/node3/node.log', 'data/node2/node.log data/node3/node.log'));
    expect(verdict.passed).toBe(false);
  });

  it('counts over a minute with no file near its zero are one count since boot (the control)', () => {
    const sinceBoot = lines('data/node2/node.log data/node3/node.log', 'data/node2/node.log data/node3/node.log').map((line) => line.replace(/\[   2\./, '[88412.'));
    const verdict = check(sinceBoot);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 12, node3: 56 });
  });
});
