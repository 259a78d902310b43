// A cat of whole log files with no node prefix: each file's lines are the writer its own lines name (src/log-events/
// attribute-file-runs.ts, through readLogText). Small capnslog- and zap-shaped files; the real captures are in the corpus.
import { describe, expect, it } from 'vitest';
import { readLogText, type LogEvent } from '../../src/log-events/index.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

const brief = (events: readonly LogEvent[]): string[] => events.map((e) => [e.line + 1, e.kind, e.node ?? '-', e.nodeFrom ?? '-'].join(' '));

// One member's capnslog log: startup, its raft lines (its own id first), the leader's kill or a follower's lost stream.
function capnslogFile(id: string, peer: string, options: { startS: number; leader: boolean }): string[] {
  const at = (s: number, us: number): string => `2026-11-30 09:48:${String(s).padStart(2, '0')}.${String(us).padStart(6, '0')}`;
  const lines = [
    `${at(options.startS, 100)} I | etcdserver: starting member ${id} in cluster 9b367f0e09c37842`,
    `raft2026/11/30 09:48:0${options.startS} INFO: ${id} became follower at term 1`,
    `${at(options.startS, 900)} I | rafthttp: started peer ${peer}`,
    options.leader
      ? `raft2026/11/30 09:48:09 INFO: raft.node: ${id} elected leader ${id} at term 2`
      : `raft2026/11/30 09:48:09 INFO: raft.node: ${id} elected leader ${peer} at term 2`,
  ];
  if (options.leader) lines.push(`${at(10, 583535)} N | pkg/osutil: received terminated signal, shutting down...`);
  else lines.push(`${at(10, 636244)} W | rafthttp: lost the TCP streaming connection with peer ${peer} (stream MsgApp v2 reader)`);
  lines.push(`${at(17, 625066)} I | rafthttp: stopped peer ${peer}`);
  return lines;
}

const LEADER = '1866b7c092349b90';
const FOLLOWER_A = '74cd7b3c8cc58d6b';
const FOLLOWER_B = 'fa7c957bcbbfc58c';

describe('attributeFileRuns (a cat of whole files)', () => {
  it("gives each file's unnamed lines the member id its raft lines start with; peer ids and raft.node are no nodes", () => {
    const text = [
      ...capnslogFile(FOLLOWER_A, LEADER, { startS: 8, leader: false }),
      ...capnslogFile(FOLLOWER_B, LEADER, { startS: 7, leader: false }),
      ...capnslogFile(LEADER, FOLLOWER_A, { startS: 8, leader: true }),
    ].join('\n');
    const { events, nodes } = readLogText(text, patterns);
    expect(nodes).toEqual([LEADER, FOLLOWER_A, FOLLOWER_B].sort());
    const lost = events.filter((e) => e.kind === 'connection-lost');
    expect(lost.map((e) => [e.line + 1, e.node, e.nodeFrom])).toEqual([
      [5, FOLLOWER_A, 'file-run'],
      [11, FOLLOWER_B, 'file-run'],
    ]);
    const kill = events.find((e) => e.kind === 'kill');
    expect([kill?.line, kill?.node]).toEqual([16, LEADER]);
  });

  it('names the writer by the JSON "name" its file states, with the member ids as aliases', () => {
    const file = (name: string, id: string, second: number): string[] => [
      `{"level":"info","ts":"2026-11-30T09:47:${second}.706Z","caller":"embed/etcd.go:305","msg":"starting an etcd server","name":"${name}"}`,
      `{"level":"info","ts":"2026-11-30T09:47:${second}.880Z","caller":"raft/raft.go:719","msg":"${id} became follower at term 1"}`,
      `{"level":"warn","ts":"2026-11-30T09:47:54.460Z","caller":"rafthttp/stream.go:436","msg":"lost TCP streaming connection with remote peer","local-member-id":"${id}","remote-peer-id":"82a7c718bace4a5e","error":"EOF"}`,
    ];
    const { events, nodes, aliases } = readLogText([...file('infra1', FOLLOWER_A, 50), ...file('infra2', FOLLOWER_B, 51)].join('\n'), patterns);
    expect(nodes).toEqual(['infra1', 'infra2']);
    expect(aliases.get(FOLLOWER_A)).toBe('infra1');
    expect(events.filter((e) => e.kind === 'connection-lost').map((e) => e.node)).toEqual(['infra1', 'infra2']);
  });

  it("leaves a student's echoed kill no file's: it names its target", () => {
    const text = ['09:48:10.583 kill -TERM 9359', ...capnslogFile(FOLLOWER_A, LEADER, { startS: 8, leader: false }), ...capnslogFile(FOLLOWER_B, LEADER, { startS: 7, leader: false })].join('\n');
    const kill = readLogText(text, patterns).events.find((e) => e.kind === 'kill');
    expect([kill?.line, kill?.node]).toEqual([0, undefined]);
  });

  it("leaves the time a `date; kill` command printed no file's, even when the kill names no node", () => {
    const slog = (node: string, at: string, msg: string): string => `{"time":"2026-11-30T14:12:${at}+01:00","level":"WARN","msg":"${msg}","node":"${node}"}`;
    const text = [
      '$ date -u +%FT%T.%NZ; kill -TERM $(cat run/leader.pid)',
      '2026-11-30T13:12:05.105966010Z',
      slog('n2', '58.402', 'following leader n1'),
      slog('n2', '05.318', 'heartbeat timeout, starting election'),
      slog('n3', '58.403', 'following leader n1'),
      slog('n3', '05.107', 'lost connection to leader'),
    ].join('\n');
    const kill = readLogText(text, patterns).events.find((e) => e.kind === 'kill');
    expect([kill?.line, kill?.node, kill?.target]).toEqual([1, undefined, undefined]);
    const named = readLogText(text.replace('run/leader.pid', 'run/n1.pid'), patterns).events.find((e) => e.kind === 'kill');
    expect([named?.line, named?.node, named?.target]).toEqual([1, undefined, 'node1']);
  });

  it("leaves a `date; kill` typed where no prompt shows, and the time alone it printed, no file's (adv20)", () => {
    const files = [...capnslogFile(FOLLOWER_A, LEADER, { startS: 8, leader: false }), ...capnslogFile(FOLLOWER_B, LEADER, { startS: 7, leader: false })];
    const typed = (above: string, below: string) => {
      const text = [...files.slice(0, 10), above, below, ...files.slice(10)].join('\n');
      const kill = readLogText(text, patterns).events.find((e) => e.kind === 'kill' && e.line === 11);
      return [kill?.line, kill?.node, kill?.nodeFrom];
    };
    expect(typed('date "+%F %T.%6N"; kill -TERM 9359', '2026-11-30 09:48:10.583535')).toEqual([11, undefined, undefined]);
    // A kill naming no pid (a job): the row is a typed command (scan-lines' TYPED_DATE_KILL: `date` first, behind
    // `sudo`, in a subshell or a group), so the time alone under it is the student's.
    for (const row of ['date "+%F %T.%6N"; kill -TERM %1', 'sudo date "+%F %T.%6N"; sudo kill -TERM %1', '(date "+%F %T.%6N"; kill -TERM %1)', '{ date "+%F %T.%6N"; kill -TERM %1; }']) {
      expect(typed(row, '2026-11-30 09:48:10.583535'), row).toEqual([11, undefined, undefined]);
    }
    // Behind a prompt the scan does not know (oh-my-zsh's `➜  kv git:(main)`), the row is no command, but the time
    // alone under it is still the one its date printed (findDateOutputStamp): the student's.
    expect(typed('➜  kv git:(main) date "+%F %T.%6N"; kill -TERM %1', '2026-11-30 09:48:10.583535')).toEqual([11, undefined, undefined]);
    // Near misses: a program's own line with words after its time, under an untimed line that names a kill, is its
    // file's; `echo date …` runs no date, so the time alone under it is not its kill's (the kill keeps its own row).
    expect(typed('kill requested by supervisor', '2026-11-30 09:48:10.583535 N | pkg/osutil: received terminated signal, shutting down...')).toEqual([11, FOLLOWER_B, 'file-run']);
    expect(typed('echo date "+%F %T.%6N"; kill -TERM %1', '2026-11-30 09:48:10.583535')).toEqual([undefined, undefined, undefined]);
  });

  it('changes nothing in a merge by time (writers interleave) or where time never jumps back', () => {
    const interleaved = [
      '2026-11-30 04:05:20.100000 I | raft: 22464bf5e46dda30 became follower at term 2',
      '2026-11-30 04:05:20.200000 I | raft: 7ca79a4b57ea3372 became follower at term 2',
      '2026-11-30 04:05:20.300000 I | raft: 22464bf5e46dda30 is starting a new election at term 2',
      '2026-11-30 04:05:20.400000 W | rafthttp: lost the TCP streaming connection with peer ccdd947a89862c0e (stream Message reader)',
      '2026-11-30 04:05:20.500000 I | raft: 7ca79a4b57ea3372 is starting a new election at term 2',
      '2026-11-30 04:05:19.000000 I | raft: 22464bf5e46dda30 became candidate at term 3',
    ].join('\n');
    expect(brief(readLogText(interleaved, patterns).events).filter((e) => e.includes('file-run'))).toEqual([]);
    const noJump = [
      '2026-11-30 04:05:20.100000 I | raft: 22464bf5e46dda30 became follower at term 2',
      '2026-11-30 04:05:20.300000 W | rafthttp: lost the TCP streaming connection with peer ccdd947a89862c0e (stream Message reader)',
      '2026-11-30 04:05:20.500000 I | raft: 7ca79a4b57ea3372 became follower at term 2',
    ].join('\n');
    expect(brief(readLogText(noJump, patterns).events)).toEqual([
      '1 stepped-down 22464bf5e46dda30 subject',
      '2 connection-lost - -',
      '3 stepped-down 7ca79a4b57ea3372 subject',
    ]);
  });

  it("names each file by the node its startup line introduces (glog's `kv_node id=2 listening`), not a merge's shuffled lines", () => {
    const file = (id: number, pid: number, startUs: number): string[] => [
      'Log file created at: 2026/12/01 08:56:50',
      `I20261201 08:56:50.${startUs}  ${pid} main.cc:61] kv_node id=${id} listening on 127.0.0.1:700${id}, peers 127.0.0.1:7001`,
      `I20261201 08:56:50.734027  ${pid} replication.cc:77] term 1: following leader node 1 (127.0.0.1:7001)`,
      `W20261201 08:57:14.09${id}873  ${pid} replication.cc:141] term 1: lost connection to leader node 1: read() returned 0`,
    ];
    const cat = ['$ cat data/node2/kv_node.INFO data/node3/kv_node.INFO', ...file(2, 5202, 412203), ...file(3, 5303, 415980)].join('\n');
    expect(brief(readLogText(cat, patterns).events)).toEqual([
      '3 startup node2 file-run',
      '4 follows-leader node2 file-run',
      '5 connection-lost node2 file-run',
      '7 startup node3 file-run',
      '8 follows-leader node3 file-run',
      '9 connection-lost node3 file-run',
    ]);
    // One log whose every line names its writer in the message, lines out of order: no file is anyone's.
    const merged = [
      '2026-11-29T20:43:44.953Z kv_node[91240] id=2 starting kv_node id=2 port=7002',
      '2026-11-29T20:43:51.150Z kv_node[91234] id=1 received SIGTERM, shutting down',
      '2026-11-29T20:43:44.956Z kv_node[91251] id=3 starting kv_node id=3 port=7003',
      '2026-11-29T20:43:51.300Z kv_node[91240] id=2 heartbeat timeout - no message from leader in 150ms',
      '2026-11-29T20:43:44.950Z kv_node[91234] id=1 starting kv_node id=1 port=7001',
      '2026-11-29T20:43:51.470Z kv_node[91251] id=3 heartbeat timeout - no message from leader in 320ms',
    ].join('\n');
    expect(brief(readLogText(merged, patterns).events).filter((e) => e.includes('file-run'))).toEqual([]);
  });

  it("leaves lines before the first file's start no file's when time jumps back there (pm2 logs' own pm2.log section first)", () => {
    const file = (id: number, pid: number, startUs: number): string[] => [
      `I20261201 08:56:50.${startUs}  ${pid} main.cc:61] kv_node id=${id} listening on 127.0.0.1:700${id}, peers 127.0.0.1:7001`,
      `W20261201 08:57:14.09${id}873  ${pid} replication.cc:141] term 1: lost connection to leader node 1: read() returned 0`,
    ];
    const cat = [
      '$ cat supervisor.log data/node2/kv_node.INFO data/node3/kv_node.INFO',
      'I20261201 08:56:49.000001  4000 supervisor.cc:12] child 5101 started',
      'I20261201 08:57:14.090001  4000 supervisor.cc:31] child 5101 terminated by SIGTERM',
      ...file(2, 5202, 412203),
      ...file(3, 5303, 415980),
    ].join('\n');
    expect(brief(readLogText(cat, patterns).events)).toEqual([
      '2 startup - -',
      '3 kill - -',
      '4 startup node2 file-run',
      '5 connection-lost node2 file-run',
      '6 startup node3 file-run',
      '7 connection-lost node3 file-run',
    ]);
  });

  it("takes no launcher's `starting node1 node2 node3` for node1's startup: the script's lines before the files stay no file's", () => {
    const paste = [
      '2026-12-01 10:20:37.085 starting node1 node2 node3 (logs in logs/)',
      '2026-12-01 10:20:38.601 leader is node1 (pid 2231)',
      '2026-12-01 10:20:41.520 done',
      '2026-12-01 10:20:37.102 INFO  node1 started, port 7001',
      '2026-12-01 10:20:37.374 INFO  node1 became leader for term 1',
      '2026-12-01 10:20:39.515 INFO  node1 received SIGTERM, shutting down',
      '2026-12-01 10:20:37.104 INFO  node2 started, port 7002',
      '2026-12-01 10:20:39.742 WARN  node2 heartbeat timeout (no AppendEntries for 277ms)',
    ].join('\n');
    expect(brief(readLogText(paste, patterns).events)).toEqual([
      '1 startup - -',
      '2 follows-leader - -',
      '4 startup node1 name',
      '5 became-leader node1 name',
      '6 kill node1 name',
      '7 startup node2 name',
      '8 heartbeat-timeout node2 name',
    ]);
  });

  it('keeps tags that name one file each ([infra1] on every line of a cat) as the writer names', () => {
    const tagged = (tag: string, id: string, second: number): string[] => [
      `[${tag}] 2026-11-30 04:05:${second}.100000 I | raft: ${id} became follower at term 2`,
      `[${tag}] 2026-11-30 04:05:${second}.300000 W | rafthttp: lost the TCP streaming connection with peer ccdd947a89862c0e (stream Message reader)`,
      `[${tag}] 2026-11-30 04:05:${second}.500000 I | raft: ${id} became candidate at term 3`,
    ];
    const { events, nodes } = readLogText([...tagged('infra1', FOLLOWER_A, 21), ...tagged('infra3', FOLLOWER_B, 20)].join('\n'), patterns);
    expect(nodes).toEqual(['infra1', 'infra3']);
    expect(events.filter((e) => e.kind === 'connection-lost').map((e) => e.node)).toEqual(['infra1', 'infra3']);
  });

  it("takes a tag heading a few of its file's lines among others for a thread's, not the writer's (a Java node's [shutdown-hook], adv51-02)", () => {
    const file = (n: number, start: number, tail: string[]): string[] => [
      `23:22:${start}.084 [main] INFO  KvNode - kv_node node${n} listening on 127.0.0.1:710${n} (pid 1562${n})`,
      `23:22:${start}.439 [election-timer] INFO  KvNode - election timeout, starting election`,
      ...tail,
    ];
    const text = [
      ...file(1, 13, ['23:22:13.580 [peer-reader-2] INFO  KvNode - became leader for term 1 (2 votes)', '23:22:15.507 [shutdown-hook] INFO  KvNode - received SIGTERM, shutting down']),
      ...file(2, 12, ['23:22:13.582 [peer-reader-1] INFO  KvNode - following leader node1 (term 1)', '23:22:15.853 [peer-reader-3] INFO  KvNode - peer node1 disconnected (EOF)']),
      ...file(3, 11, ['23:22:13.705 [peer-reader-1] INFO  KvNode - following leader node1 (term 1)', '23:22:15.849 [peer-reader-2] INFO  KvNode - peer node1 disconnected (EOF)']),
    ].join('\n');
    const { events, nodes } = readLogText(text, patterns);
    expect(nodes).toEqual(['node1', 'node2', 'node3']);
    expect(events.find((e) => e.kind === 'became-leader')).toMatchObject({ node: 'node1', leader: 'node1' });
    expect(events.find((e) => e.kind === 'kill')?.node).toBe('node1');
  });

  // One RabbitMQ node's log: its lines name no writer (`<0.223.0>` is an Erlang pid); its startup banner does.
  const rabbitFile = (n: number, startS: number, banner = `node           : rabbit${n}@localhost`): string[] => {
    const at = (s: string): string => `2026-12-01 09:${s}+00:00`;
    const lines = [
      `${at(`57:${startS}.100000`)} [info] <0.223.0>  Starting RabbitMQ 3.10.8 on Erlang 25.2.3 [jit]`,
      `${at(`57:${startS}.100200`)} [info] <0.223.0>  ${banner}`,
      `${at(`57:${startS}.100200`)} [info] <0.223.0>  home dir       : /tmp/rabbit/home`,
      n === 3
        ? `${at('58:25.700000')} [info] <0.1132.0> queue 'qq1' in vhost '/': candidate -> leader in term: 1 machine version: 2`
        : `${at('58:25.700000')} [info] <0.1130.0> queue 'qq1' in vhost '/': detected a new leader {'%2F_qq1',rabbit3@localhost} in term 1`,
      `${at('58:34.520000')} [info] <0.559.0> rabbit on node rabbit${n === 1 ? 2 : 1}@localhost up`,
    ];
    if (n === 3) lines.push(`${at('58:34.500786')} [notice] <0.61.0> SIGTERM received - shutting down`);
    else lines.push(`${at(`58:34.53${n}000`)} [info] <0.1130.0> queue 'qq1' in vhost '/': Leader monitor down with shutdown, setting election timeout`);
    return lines;
  };

  it("names each file whose lines name no writer by its startup banner (RabbitMQ's `node : rabbit1@localhost`)", () => {
    const cat = ['$ cat rabbit1.log rabbit2.log rabbit3.log', ...rabbitFile(1, 38), ...rabbitFile(2, 47), ...rabbitFile(3, 39)].join('\n');
    const { events, nodes } = readLogText(cat, patterns);
    expect(nodes).toEqual(['rabbit1@localhost', 'rabbit2@localhost', 'rabbit3@localhost']);
    expect(brief(events).filter((e) => !e.includes(' startup '))).toEqual([
      '5 follows-leader rabbit1@localhost file-run',
      '7 heartbeat-timeout rabbit1@localhost file-run',
      '11 follows-leader rabbit2@localhost file-run',
      '13 heartbeat-timeout rabbit2@localhost file-run',
      '19 kill rabbit3@localhost file-run',
    ]);
    expect(events.find((e) => e.kind === 'follows-leader')?.leader).toBe('rabbit3@localhost');
  });

  it('takes no banner without its padded key column, nor a single file\'s banner, for a file', () => {
    const unpadded = [...rabbitFile(1, 38, 'node: rabbit1@localhost'), ...rabbitFile(2, 47, 'node: rabbit2@localhost')].join('\n');
    expect(readLogText(unpadded, patterns).nodes).toEqual([]);
    // A peer named in a message ("rabbit on node rabbit2@localhost up") is no banner either.
    const mentions = [...rabbitFile(1, 38, 'rabbit on node rabbit1@localhost up'), ...rabbitFile(2, 47, 'rabbit on node rabbit2@localhost up')].join('\n');
    expect(readLogText(mentions, patterns).nodes).toEqual([]);
    expect(brief(readLogText(rabbitFile(1, 38).join('\n'), patterns).events).filter((e) => e.includes('file-run'))).toEqual([]);
  });

  // One dqlite node's stamped trace: no line names its writer (libraft's lines carry ids and addresses only). Its
  // epoch-ns stamp is the same moment as the head's (12:05:00 is epoch second 1796126700).
  const traceNs = (second: number, micros: string): string => `${1796126700 + second}${micros}000`;
  const dqliteFile = (startS: number, endLine: string): string[] => [
    `12:05:${startS}.820879 LIBDQLITE ${traceNs(startS, '820879')} dqlite_node_start:705 dqlite node start`,
    `12:05:${startS}.821044 LIBRAFT   ${traceNs(startS, '821044')} src/start.c:143 starting`,
    endLine,
  ];
  const timerFired = (at: string): string => `12:05:${at} LIBRAFT   ${traceNs(Number(at.slice(0, 2)), at.slice(3))} src/tick.c:44 convert to candidate and start new election`;
  const dqliteCat = (command: string, starts: readonly [number, number, number]): string =>
    [
      '$ date +%T.%3N; kill -KILL 13081',
      '12:05:40.281',
      command,
      ...dqliteFile(starts[0], timerFired('45.267260')),
      ...dqliteFile(starts[1], `12:05:${starts[1]}.990000 LIBRAFT   ${traceNs(starts[1], '990000')} src/replication.c:98 send 0 entries starting at 11`),
      ...dqliteFile(starts[2], timerFired('43.072750')),
    ].join('\n');

  it('names the files of `cat node1.log node2.log node3.log` in its order where no line names a writer and time runs back once per file', () => {
    const { events, nodes } = readLogText(dqliteCat('$ cat node1.log node2.log node3.log', [35, 36, 35]), patterns);
    expect(nodes).toEqual(['node1', 'node2', 'node3']);
    expect(events.filter((e) => e.kind === 'heartbeat-timeout').map((e) => [e.line + 1, e.node, e.nodeFrom])).toEqual([
      [6, 'node1', 'file-run'],
      [12, 'node3', 'file-run'],
    ]);
    expect(events.find((e) => e.kind === 'kill')?.node).toBeUndefined();
  });

  it("names no file when the cat's files cannot be told apart by time, its order is not shown, or it names one file", () => {
    const unnamed = (text: string): string[] => readLogText(text, patterns).nodes as string[];
    // node2's file starts after node1's ends: two runs for three files.
    expect(unnamed(dqliteCat('$ cat node1.log node2.log node3.log', [35, 46, 35]))).toEqual([]);
    expect(unnamed(dqliteCat('$ cat node*.log', [35, 36, 35]))).toEqual([]);
    expect(unnamed(dqliteCat('$ cat demo_step2.log', [35, 36, 35]))).toEqual([]);
    expect(unnamed(dqliteCat('$ cat node1.log node2.log node3.log', [35, 36, 35]).replace('$ date', '$ cat a.log b.log c.log; date'))).toEqual([]);
  });
});

describe('attributeFileRuns: what a command printed starts below it', () => {
  it("leaves the student's sentence above the first command no file's line (no writer guessed for it)", () => {
    const text = [
      'Windows 11, nodes in three PowerShell windows. node1 was leader (it says "became leader term=2" in its window), I stopped it from a fourth window:',
      'PS C:\\raft> Stop-Process -Id 9120',
      'PS C:\\raft> Get-Content .\\data\\node2\\node.log -Tail 2',
      '2026-12-01 14:33:52.640 [node2] heartbeat from leader node1 term=2',
      '2026-12-01 14:33:52.758 [node2] connection to leader node1 reset (WSAECONNRESET 10054)',
      'PS C:\\raft> Get-Content .\\data\\node3\\node.log -Tail 2',
      '2026-12-01 14:33:52.641 [node3] heartbeat from leader node1 term=2',
      '2026-12-01 14:33:52.759 [node3] connection to leader node1 reset (WSAECONNRESET 10054)',
    ].join('\n');
    const { events } = readLogText(text, patterns);
    expect(brief(events).slice(0, 2)).toEqual(['1 kill - -', '2 kill - -']);
  });
});

describe('attributeFileRuns: a typed program\'s own output is no file\'s line (adv24)', () => {
  // Three terminals copied one under another; in node3's, the student runs a client in the foreground while node3 runs
  // as a background job. The client's lines name their program, `kv_cli:`, as the typed `$ ./kv_cli …` does. Its line
  // names the leader it wrote to: a CLI's socket event naming none is no detection at all (NOT_A_DETECTION_PATTERN).
  const terminals = (program: string, head: string): string =>
    [
      '--- terminal 1 (node1) ---',
      '$ ./kv_node --id 1 --peers 2,3',
      '12:07:40.310 node1: became leader (term 1)',
      '12:07:45.118 node1: received SIGTERM, shutting down',
      '--- terminal 2 (node2) ---',
      '$ ./kv_node --id 2 --peers 1,3',
      '12:07:40.312 node2: following leader node1 (term 1)',
      '12:07:45.119 node2: connection to leader lost (read returned 0)',
      '--- terminal 3 (node3) ---',
      '$ ./kv_node --id 3 --peers 1,2 &',
      '[1] 6110',
      '12:07:40.313 node3: following leader node1 (term 1)',
      `$ ${program} --server 127.0.0.1:7001 --loop put`,
      `12:07:45.120 ${head}: put k52 to leader node1: connection reset by peer`,
      '12:07:45.463 node3: election timeout, starting election (term 2)',
    ].join('\n');
  const lost = (text: string): string[] => brief(readLogText(text, patterns).events).filter((row) => row.startsWith('14 '));

  it("leaves `kv_cli: … connection reset by peer` under `$ ./kv_cli …` no node's, not node3's by its file", () => {
    expect(lost(terminals('./kvtool', 'kvtool'))).toEqual(['14 connection-lost - -']);
    expect(lost(terminals('sudo ./bin/kvtool', 'kvtool'))).toEqual(['14 connection-lost - -']);
    // A client's name is its own writer's, typed above or not (attribute-node.ts NON_NODE_PROGRAM, adv52f-21).
    expect(lost(terminals('./kv_cli', 'kv_cli'))).toEqual(['14 connection-lost kv_cli name']);
    expect(lost(terminals('./loadgen', 'client'))).toEqual(['14 connection-lost client name']);
  });

  it("leaves the output of a later program typed with no job in the background no file's (adv51c-30's `python3 kvclient.py`)", () => {
    const text = [
      'student@lab:~/kv$ grep -H -v "starting pid" data/node*/node.log',
      'data/node1/node.log:23:26:04.777 node1 INFO became leader for term 1 with 2 votes',
      'data/node1/node.log:23:26:05.797 node1 INFO received SIGTERM, shutting down',
      'data/node2/node.log:23:26:04.781 node2 INFO following leader node1 (term 1)',
      'data/node2/node.log:23:26:06.028 node2 WARNING election timeout (no heartbeat from node1 for 270 ms), starting election for term 2',
      'data/node3/node.log:23:26:04.781 node3 INFO following leader node1 (term 1)',
      'data/node3/node.log:23:26:06.030 node3 INFO voted for node2 in term 2',
      'student@lab:~/kv$ python3 kvclient.py 7780 3 node 2.5 1',
      '23:26:05.712 client PUT k9=9 -> node1 OK',
      '23:26:05.813 client PUT k10 -> node1 failed: [Errno 111] Connection refused',
    ].join('\n');
    // The client's, named after it (scan-lines.ts: a client typed at the prompt writes what follows), no node's.
    expect(readLogText(text, patterns).events.find((e) => e.line === 9)).toMatchObject({ kind: 'connection-lost', node: 'kvclient' });
    // The same program's lines when a command printed logs since: a file's again.
    expect(readLogText(text.replace('python3 kvclient.py 7780 3 node 2.5 1', 'cat data/node3/node.log'), patterns).events.find((e) => e.line === 9)?.node).toBe('node3');
  });

  it("still gives the file's writer a line whose head is not the typed program's, or is a node", () => {
    // Near misses: another program's head, a head naming a node, a command that is no program of that name.
    expect(lost(terminals('./kv_cli', 'kvtool'))).toEqual(['14 connection-lost node3 file-run']);
    expect(lost(terminals('./loadgen', 'kvtool'))).toEqual(['14 connection-lost node3 file-run']);
    expect(lost(terminals('./node3', 'node3'))[0]).toMatch(/^14 connection-lost node3 /);
  });
});

describe("a cat of whole files whose process column names a file no line of it names (ruby40's logger-p3b)", () => {
  const ruby = (us: string, pid: number, message: string): string => `I, [2026-12-03T11:25:30.${us} #${pid}]  INFO -- : ${message}`;
  const files = [
    ruby('125094', 29887, 'node1 became leader (term 1, 2 votes)'),
    ruby('161537', 29887, 'received SIGTERM, shutting down'),
    ruby('125806', 29894, 'following leader node1 in term 1'),
    ruby('164878', 29894, 'lost connection to leader node1: EOFError'),
    ruby('285512', 29894, 'node2 became leader (term 2, 2 votes)'),
    ruby('125358', 29895, 'following leader node1 in term 1'),
    ruby('165278', 29895, 'lost connection to leader node1: EOFError'),
  ];

  it('keeps the last file its own process: its lines are not the file above it', () => {
    const events = readLogText(files.join('\n'), patterns).events;
    expect(events.filter((e) => e.line >= 5).map((e) => e.node)).toEqual(['#29895', '#29895']);
    expect(events.find((e) => e.line === 3)?.node).toBe('node2');
  });
});
