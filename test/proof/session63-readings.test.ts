// Session 63's readings, each on a small paste in the shape a blind set found misread (adv62j, adv63a-h).
import { describe, expect, it } from 'vitest';
import { checkW12Lines, followerMs } from './helpers.js';

const check = checkW12Lines;

describe('a systemd template unit named by its instance (adv62j-44)', () => {
  const journal = (kill: string) => [
    `$ date +%T.%3N; sudo systemctl kill ${kill}`,
    '05:46:02.074',
    '$ journalctl -u kv@server-b -u kv@server-c -o short-iso-precise --no-pager',
    '2026-12-06T05:46:01.586000+00:00 lab kv_node[1559]: [server-b] INFO kv_node server-b starting on 127.0.0.1:29652 pid=1559',
    '2026-12-06T05:46:01.709000+00:00 lab kv_node[1559]: [server-b] INFO following leader server-a (term 3)',
    '2026-12-06T05:46:01.776000+00:00 lab kv_node[1920]: [server-c] INFO kv_node server-c starting on 127.0.0.1:29653 pid=1920',
    '2026-12-06T05:46:01.811000+00:00 lab kv_node[1920]: [server-c] INFO following leader server-a (term 3)',
    '2026-12-06T05:46:02.216000+00:00 lab kv_node[1559]: [server-b] WARN heartbeat timeout: no message from leader server-a in 151ms',
    '2026-12-06T05:46:02.216000+00:00 lab kv_node[1920]: [server-c] WARN heartbeat timeout: no message from leader server-a in 151ms',
  ];

  it('`systemctl kill kv@server-a` kills server-a, the leader the followers name; each process is named by its tag', () => {
    const verdict = check(journal('kv@server-a'));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.leader).toBe('server-a');
    expect(followerMs(verdict)).toEqual({ 'server-b': 142, 'server-c': 142 });
  });

  it('`systemctl kill kv@server-b.service` kills the follower server-b, not the leader', () => {
    const verdict = check(journal('kv@server-b.service'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killedNode).toBe('server-b');
  });

  it('a unit whose instance no line names stays the target as written (no leader killed)', () => {
    const verdict = check(journal('kv@server-z'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killedNode).not.toBe('server-a');
  });
});

describe('`kill %1` of one of several jobs running the same program kills that job alone (adv62h-17)', () => {
  const jobs = (kill: string, launches = ['./kv_node_c 1 28310 80 100', './kv_node_c 2 28310 400 500', './kv_node_c 3 28310 400 500']) => [
    ...launches.flatMap((command, k) => [`$ ${command} &`, `[${k + 1}] ${23945 + k}`]),
    '05:24:55.078 [kv1] INFO kv_node kv1 up, pid 23945, port 28311',
    '05:24:55.079 [kv3] INFO kv_node kv3 up, pid 23947, port 28313',
    '05:24:55.081 [kv2] INFO kv_node kv2 up, pid 23946, port 28312',
    '05:24:55.188 [kv1] INFO became leader, term 1',
    '05:24:55.189 [kv2] INFO following leader kv1, term 1',
    '05:24:55.189 [kv3] INFO following leader kv1, term 1',
    `$ date +%T.%3N; ${kill}`,
    '05:24:56.582',
    '05:24:56.582 [kv1] WARN caught SIGTERM, shutting down (leader, term 1)',
    '05:24:56.708 [kv3] WARN heartbeat timeout: leader kv1 silent for 163 ms',
    '05:24:56.708 [kv2] WARN heartbeat timeout: leader kv1 silent for 163 ms',
  ];

  it('job 1 is kv1 (its start line gives its pid): both followers ran on and detected', () => {
    const verdict = check(jobs('kill %1'));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.leader).toBe('kv1');
    expect(followerMs(verdict)).toEqual({ kv2: 126, kv3: 126 });
  });

  it('one launcher job that started every node still ends them all', () => {
    const verdict = check(jobs('kill %1', ['./run_cluster.sh 3']).filter((line) => !line.startsWith('[2]') && !line.startsWith('[3]')));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.every((f) => f.status === 'no-detection')).toBe(true);
  });
});

describe("a date command's time printed with a locale's dots (adv62c-44)", () => {
  const run = (printed: string) => [
    'PS C:\\Users\\mikkel\\raft> Get-Date -Format HH:mm:ss.fff; taskkill /F /PID 26266',
    printed,
    'SUCCESS: The process with PID 26266 has been terminated.',
    '04:55:11.301 [node2] INFO following leader node1 (term 1)',
    '04:55:12.991 [node2] WARN election timeout: no heartbeat from leader node1 in 203 ms, becoming candidate (term 2)',
    '04:55:11.308 [node3] INFO following leader node1 (term 1)',
    '04:55:12.995 [node3] WARN election timeout: no heartbeat from leader node1 in 207 ms, becoming candidate (term 3)',
  ];

  it("da-DK's `04.55.12.808` times the kill as 04:55:12.808", () => {
    const verdict = check(run('04.55.12.808'));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node2: 183, node3: 187 });
  });

  it('a dotted number that is no time of day (an address, a version) times nothing', () => {
    for (const printed of ['192.168.12.80', '7.4.6', '31.55.12.808']) expect(check(run(printed)).measurements!.killLine).not.toBe(2);
  });
});

describe('an unfenced block under a "Summary" / "Timeline" heading, its nodes\' output below it, is the student\'s (adv63d-36/-40)', () => {
  const raw = [
    'Raw logs:',
    '$ date +%T.%3N; kill -TERM 12565',
    '07:23:51.541',
    '2026-12-06 07:23:50,244 INFO    node2: following leader node1 (term 1)',
    '2026-12-06 07:23:51,937 INFO    node2: voted for node3 in term 2',
    '2026-12-06 07:23:50,244 INFO    node3: following leader node1 (term 1)',
    '2026-12-06 07:23:51,935 WARN    node3: election timeout fired after 434 ms, no heartbeat from leader',
  ];
  const timeline = ['Timeline (what I saw on screen):', '07:23:51.541 kill node1', '07:23:51.660 node3 election timeout', '07:23:51.662 node2 election timeout', ''];

  it('the typed timeline times nothing: node3 by its own line (+394 ms), node2 none', () => {
    const verdict = check([...timeline, ...raw]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killLine).toBe(8);
    expect(followerMs(verdict)).toEqual({ node2: 'no-detection', node3: 394 });
  });

  it('a Google Doc table under "Summary" (a header row, tab-separated cells) is the student\'s too', () => {
    const table = ['Summary', 'Event\tTime\tDelta', 'node1 killed\t07:23:51.541\t0 ms', 'node2 lost leader (EOF)\t07:23:51.544\t+3 ms', 'node3 lost leader (EOF)\t07:23:51.545\t+4 ms', ''];
    const verdict = check([...table, ...raw]);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 'no-detection', node3: 394 });
  });

  it('with no output below it, the block under the heading is the only copy and is read', () => {
    const verdict = check(['Timeline:', '$ date +%T.%3N; kill -TERM 12565', '07:23:51.541', '07:23:51.660 node3 election timeout', '07:23:51.662 node2 election timeout']);
    expect(followerMs(verdict)).toEqual({ node2: 121, node3: 119 });
  });
});

describe("C's `%03ld` of tv_usec, the /1000 forgotten (adv63f-09/-10/-11/-36)", () => {
  const run = (node2: string, node3: string) => [
    '$ date +%T.%3N; kill 27300',
    '07:25:11.002',
    '==> data/node2/node.log <==',
    `07:25:11.${node2} [node2] WARN connection to leader node1 lost (read returned 0)`,
    '07:25:11.158316 [node2] WARN election timeout fired: no heartbeat from leader node1 in 198 ms',
    '07:25:12.209659 [node2] INFO received SIGTERM, shutting down',
    '==> data/node3/node.log <==',
    `07:25:11.${node3} [node3] WARN connection to leader node1 lost (read returned 0)`,
    '07:25:11.158384 [node3] INFO voted for node2 in term 2',
  ];

  it('`11.3166` beside `11.158316` is 11.003166: its decimal reading runs node2 backwards', () => {
    const verdict = check(run('3166', '3259'));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 1.166, node3: 1.259 });
  });

  it('six-digit fractions throughout are read as written', () => {
    const verdict = check(run('003166', '003259'));
    expect(followerMs(verdict)).toEqual({ node2: 1.166, node3: 1.259 });
  });

  it('a four-digit fraction that runs no writer backwards and ends in no 0 proves nothing: read as a decimal', () => {
    const verdict = check(run('1601', '1583').map((line) => line.replace('11.158316', '11.958316').replace('11.158384', '11.958384')));
    expect(followerMs(verdict)).toEqual({ node2: 158.1, node3: 156.3 });
  });
});

describe('a metrics scrape is no detection (adv63e-16/-32/-43/-44)', () => {
  const logs = [
    '$ tail -n 2 data/node2/node.log data/node3/node.log',
    '==> data/node2/node.log <==',
    '07:24:59.541 [node2] WARN  election timeout fired: no heartbeat from leader node1 in 807 ms, becoming candidate (term 2)',
    '==> data/node3/node.log <==',
    '07:24:59.543 [node3] WARN  election timeout fired: no heartbeat from leader node1 in 809 ms, becoming candidate (term 2)',
  ];
  const record = ['$ date +%T.%3N; kill 23271', '07:24:58.767'];

  it('samples stamped 233 ms after the kill leave the followers at their own +774 / +776 ms', () => {
    const scrape = ['$ curl -s 127.0.0.1:25142/metrics 127.0.0.1:25143/metrics | grep ^raft_election', 'raft_election_timeouts_total{node="node2"} 0 1796541899000', 'raft_election_timeouts_total{node="node3"} 0 1796541899000'];
    const verdict = check([...record, ...scrape, ...logs]);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 774, node3: 776 });
  });

  it('a ts-stamped scrape alone shows no follower detecting', () => {
    const scrape = ["$ curl -s 127.0.0.1:25172/metrics | ts '%H:%M:%.S'", '07:24:58.981225 # HELP raft_election_timeouts_total Election timeouts fired.', '07:24:58.981302 raft_election_timeouts_total{node="node2"} 1', '07:24:58.983170 raft_election_timeouts_total{node="node3"} 1'];
    const verdict = check([...record, ...scrape]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.followers.some((f) => f.status === 'detected') ?? false).toBe(false);
  });
});

describe("a prober's or a test's line naming a node is not that node's (adv63e-21/-22)", () => {
  const record = ['$ date +%T.%3N; kill 13530', '07:24:01.152'];
  const node2 = ['$ tail -n 2 data/node2/node.log', '[07:23:59.670] node2 following leader node3 (term 1)', '[07:24:01.295] node2 election timeout fired: no heartbeat from leader node3 in 169 ms, becoming candidate (term 2)'];

  it('`healthcheck node1: GET /health -> 503 {… no heartbeat …}` is the health checker\'s: node1 detects nothing', () => {
    const probe = ['$ ./healthcheck --every 50ms 127.0.0.1:25121 127.0.0.1:25122', '07:24:01.201 healthcheck node1: GET /health -> 503 {"leader":"node3","status":"no heartbeat from leader for 180 ms"}', '07:24:01.203 healthcheck node2: GET /health -> 503 {"leader":"node3","status":"no heartbeat from leader for 182 ms"}'];
    const verdict = check([...record, ...probe, ...node2]);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toMatchObject({ node2: 143 });
    expect(verdict.measurements!.followers.filter((f) => f.status === 'detected').map((f) => f.node)).toEqual(['node2']);
  });

  it("`test_failover: node3 heartbeat timeout? no` is the test's question, no detection of node3", () => {
    const test = ['$ pytest -q -s tests/test_failover.py', '07:24:01.233 test_failover: node1 heartbeat timeout? no', '07:24:01.284 test_failover: node2 heartbeat timeout? no'];
    const verdict = check([...record, ...test, ...node2]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.filter((f) => f.status === 'detected').map((f) => f.node)).toEqual(['node2']);
  });
});

describe("a sum typed onto a line of a log-printing command's output stays that log's line (adv63a-26/-30)", () => {
  const record = ['$ date +%T.%3N; kill -TERM 7773', '07:28:06.264'];
  const tail = (sum2: string, sum3: string) => [
    '$ tail -n +1 data/node2/node.log data/node3/node.log',
    '==> data/node2/node.log <==',
    '07:28:05.470 node2 INFO  following leader node1 (term 1)',
    `07:28:06.552 node2 WARN  election timeout: no heartbeat from leader node1 in 327 ms, becoming candidate (term 2)${sum2}`,
    '',
    '==> data/node3/node.log <==',
    '07:28:05.470 node3 INFO  following leader node1 (term 1)',
    `07:28:06.549 node3 WARN  election timeout: no heartbeat from leader node1 in 325 ms, becoming candidate (term 2)${sum3}`,
    '07:28:06.882 node3 INFO  election timeout after 332 ms, becoming candidate (term 3)',
  ];

  it('`(+288 ms)` on node2\'s own timeout under `tail`: node2 +288, node3 +285', () => {
    const verdict = check([...record, ...tail('   (+288 ms)', '   (+285 ms)')]);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 288, node3: 285 });
  });

  it('the same lines typed in a fence of their own, no command over them, are the student\'s sums', () => {
    const typed = ['```', '07:28:06.552 node2 election timeout   (+288 ms)', '07:28:06.549 node3 election timeout   (+285 ms)', '```'];
    const verdict = check([...record, ...typed]);
    expect(verdict.passed).toBe(false);
  });
});

describe('a quote of a partner\'s run with bracketed times is someone else\'s (adv63a-19/-41)', () => {
  it("the partner's record and followers under \"My lab partner's laptop gave this\" time nothing of the student's run", () => {
    const own = ['$ date +%T.%3N; kill -TERM 8666', '07:23:21.636', '$ tail -n +1 data/node3/node.log', '==> data/node3/node.log <==', '07:23:20.774 node3 INFO  following leader node1 (term 1)', '07:23:22.046 node3 WARN  election timeout: no heartbeat from leader node1 in 417 ms, becoming candidate (term 2)', ''];
    const quote = ["mine looks slow. My lab partner's laptop gave this for the same step:", '> date +%T.%3N; kill -INT 6547', '> 07:23:07.009', '> [07:23:07.011] [node2] WARN lost connection to leader node1 (EOF)', '> [07:23:07.179] [node2] WARN election timeout: no heartbeat from leader node1 in 187 ms', '> [07:23:07.011] [node3] WARN lost connection to leader node1 (EOF)'];
    const verdict = check([...own, ...quote]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killLine).toBe(2);
    expect(followerMs(verdict)).toMatchObject({ node3: 410 });
  });
});

describe("pm2's app names are whole (adv63a-08/-09)", () => {
  it("`2|raft-3 |` is raft-3, and a tail of raft-2-out.log beside it is raft-2", () => {
    const verdict = check([
      '$ date +%T.%3N; kill -TERM 8281',
      '07:23:18.716',
      '$ tail -n 3 ~/.pm2/logs/raft-2-out.log',
      '2026-12-06T07:23:17.885 INFO following leader raft-1 (term 1)',
      '2026-12-06T07:23:18.720 WARN lost connection to leader raft-1 (EOF)',
      '2026-12-06T07:23:18.844 WARN election timeout: no heartbeat from leader raft-1 in 155 ms, becoming candidate (term 2)',
      '$ pm2 logs raft-3 --lines 3 --nostream',
      '2|raft-3   | 2026-12-06T07:23:17.885 INFO following leader raft-1 (term 1)',
      '2|raft-3   | 2026-12-06T07:23:18.720 WARN lost connection to leader raft-1 (EOF)',
      '2|raft-3   | 2026-12-06T07:23:18.846 WARN election timeout: no heartbeat from leader raft-1 in 157 ms',
    ]);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ 'raft-2': 4, 'raft-3': 4 });
  });
});

describe('more ways a leader says it stepped down before the kill (adv63b-31/-32/-33/-34)', () => {
  it.each(['entering follower state (term 1)', 'demoted to follower (term 1): lease expired', 'role change: leader -> follower (term 1)'])('"%s": the kill of node1 is no kill of the leader', (words) => {
    const verdict = check([
      '$ date +%T.%3N; kill 5172',
      '07:32:34.948',
      '07:32:34.182 [node1] INFO became leader for term 1',
      `07:32:34.892 [node1] INFO ${words}`,
      '07:32:34.948 [node1] INFO received SIGTERM, shutting down',
      '07:32:34.187 [node2] INFO following leader node1 (term 1)',
      '07:32:34.952 [node2] WARN connection to leader node1 lost (EOF)',
      '07:32:34.950 [node3] WARN connection to leader node1 lost (EOF)',
      '07:32:35.046 [node3] WARN election timeout: no heartbeat from leader node1 in 178 ms, starting election',
    ]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killedNode).toBe('node1');
    expect(verdict.measurements!.leader).not.toBe('node1');
  });
});

describe('a timer re-armed or not fired, in other languages, is no detection (adv63h-10/-39/-41)', () => {
  const run = (status2: string, status3: string) => [
    '$ date +%T.%3N; kill 30211',
    '08:41:18.707',
    '06.12.2026, 08:41:18,789 [knoten2] DEBUG ' + status2,
    '06.12.2026, 08:41:19,048 [knoten2] WARN Heartbeat-Timeout: seit 341 ms kein Heartbeat vom Leader knoten1',
    '06.12.2026, 08:41:18,710 [knoten3] DEBUG ' + status3,
    '06.12.2026, 08:41:19,050 [knoten3] WARN Heartbeat-Timeout: seit 343 ms kein Heartbeat vom Leader knoten1',
  ];

  it.each([
    ['Status: Follower von knoten1 (Term 1), letzter Heartbeat vor 94 ms, kein Election-Timeout', 'Status: Follower von knoten1 (Term 1), letzter Heartbeat vor 3 ms, kein Election-Timeout'],
    ['Heartbeat von knoten1 erhalten (Term 1), Election-Timeout neu gestartet: 397 ms', 'Heartbeat von knoten1 erhalten (Term 1), Election-Timeout neu gestartet: 391 ms'],
    ['heartbeat de knoten1 recebido, election timeout rearmado: 397 ms', 'heartbeat de knoten1 recebido, election timeout rearmado: 391 ms'],
  ])('"%s": the followers are timed by their own timeouts, too slow', (a, b) => {
    const verdict = check(run(a, b));
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ knoten2: 341, knoten3: 343 });
  });
});

describe('a sum naming the kill is the student\'s even in a grep\'s output (adv63a-31)', () => {
  it('`heartbeat timeout 197 ms after the kill` under `grep -h` times nothing of node3', () => {
    const verdict = check([
      '$ date +%T.%3N; kill -TERM 10497',
      '07:23:33.322',
      '$ grep -h -i "timeout" data/node*/node.log',
      '07:23:33.529 node2 WARN  election timeout: no heartbeat from leader node1 in 215 ms, becoming candidate (term 2)',
      '07:23:33.519 node3 WARN  heartbeat timeout 197 ms after the kill',
    ]);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 207, node3: 'no-detection' });
  });
});

describe("a client's JSON record naming a server is the client's (adv63e-37)", () => {
  it('`"component":"kvclient","node":"node2"` … "request timed out" is no detection of node2', () => {
    const verdict = check([
      '$ date +%T.%3N; kill 23271',
      '07:24:58.767',
      '{"ts":"07:24:58.860","component":"kvclient","node":"node2","op":"PUT k3","msg":"request timed out: no leader (leader node1 unreachable)"}',
      '{"ts":"07:24:58.861","component":"kvclient","node":"node3","op":"PUT k3","msg":"request timed out: no leader (leader node1 unreachable)"}',
    ]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.followers.some((f) => f.status === 'detected') ?? false).toBe(false);
  });
});

describe('notes headings in other languages (adv63h-17)', () => {
  it('"Meine Notizen (aus dem Gedächtnis abgetippt …)" over a fence, the output below: the notes time nothing', () => {
    const verdict = check([
      'Meine Notizen (aus dem Gedächtnis abgetippt, die Terminals waren schon zu):',
      '```',
      '08:26:52.071 kill knoten1 (SIGTERM)',
      '08:26:52.251 knoten2 Heartbeat-Timeout, kein Heartbeat vom Leader knoten1',
      '08:26:52.262 knoten3 Heartbeat-Timeout, kein Heartbeat vom Leader knoten1',
      '```',
      'Was ich danach noch kopieren konnte:',
      '```',
      '$ date +%T.%3N; kill 31317',
      '08:26:52.071',
      '08:26:51.433 [knoten2] INFO folge Leader knoten1 (Term 1)',
      '08:26:52.371 [knoten2] WARN heartbeat timeout: seit 300 ms kein Heartbeat vom Leader knoten1',
      '08:26:51.434 [knoten3] INFO folge Leader knoten1 (Term 1)',
      '```',
    ]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killLine).toBe(10);
    expect(followerMs(verdict)).toEqual({ knoten2: 300, knoten3: 'no-detection' });
  });
});

describe("a follower's line after the next round's kill is that kill's (adv63g-54/-56)", () => {
  const round = (kill: string, at: string, leader: string, lines: string[]) => [`$ date +%T.%3N; kill ${kill}`, at, ...lines, `# leader was ${leader}`];
  it('node3 silent after the first kill, timing out after the second: no late detection of the first', () => {
    const verdict = check([
      '07:35:00.001 INFO  node1 kv_node node1 starting pid=23541',
      '07:35:00.002 INFO  node2 kv_node node2 starting pid=23542',
      '07:35:00.003 INFO  node3 kv_node node3 starting pid=23543',
      '07:35:00.500 INFO  node2 became leader term=1',
      '07:35:00.510 INFO  node1 following leader node2 term=1',
      '07:35:00.510 INFO  node3 following leader node2 term=1',
      ...round('23542', '07:35:01.034', 'node2', [
        '07:35:01.035 INFO  node2 received SIGTERM, shutting down (role=leader term=1)',
        '07:35:01.037 WARN  node1 connection to leader node2 lost (EOF)',
        '07:35:01.239 WARN  node1 election timeout: no heartbeat from leader node2 in 213 ms, becoming candidate term=2',
        '07:35:01.241 INFO  node1 became leader term=2',
        '07:35:01.242 INFO  node3 voted for node1 in term 2',
        '07:35:01.243 INFO  node3 following leader node1 term=2',
      ]),
      ...round('23541', '07:35:06.046', 'node1', [
        '07:35:06.047 INFO  node1 received SIGTERM, shutting down (role=leader term=2)',
        '07:35:06.222 INFO  node3 election timeout after 251 ms, starting election term=3',
      ]),
    ]);
    const first = verdict.measurements!;
    expect(first.killLine).toBe(8);
    expect(first.followers.find((f) => f.node === 'node3')?.status).not.toBe('too-slow');
  });
});

describe('a follower whose shown life starts after the kill, never following the killed leader, was restarted (adv63b-36)', () => {
  const paste = (node3: string[]) => [
    '$ date +%T.%3N; kill 11661',
    '07:33:17.909',
    '==> data/node2/node.log <==',
    '07:33:17.404 [node2] INFO following leader node1 (term 1)',
    '07:33:18.108 [node2] WARN heartbeat timeout: no message from leader node1 in 230 ms',
    '==> data/node3/node.log <==',
    ...node3,
  ];

  it("node3's start 145 ms after the kill, then its startup election timeout: no detection of node1", () => {
    const verdict = check(paste(['07:33:18.054 [node3] INFO kv_node node3 starting pid=11904 election timeout 100-105ms', '07:33:18.159 [node3] WARN election timeout (104 ms), starting election']));
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 199, node3: 'no-detection' });
  });

  it('the same start line followed by its following node1 (a pipe stamping late, adv55d-10) keeps its timeout', () => {
    const verdict = check(paste(['07:33:18.054 [node3] INFO kv_node node3 starting pid=11904', '07:33:18.054 [node3] INFO following leader node1 (term 1)', '07:33:18.159 [node3] WARN election timeout (104 ms), starting election']));
    expect(followerMs(verdict)).toEqual({ node2: 199, node3: 250 });
  });
});
