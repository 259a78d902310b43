// Session 68's readings, each on a small paste in the shape a blind set found misread (adv68).
import { describe, expect, it } from 'vitest';
import { formatVerdictText } from '../../src/proof/format-verdict.js';
import { checkW12Lines as check, followerMs } from './helpers.js';

describe('a kill by a program\'s name whose nodes log their own signal in its instant ended them all (adv68c-14)', () => {
  const paste = (command: string) => [
    `student@lab:~/raft-kv$ date +%T.%3N; ${command}`,
    '20:22:33.744',
    '',
    '==> data/node1/node.log <==',
    '20:22:32.874 [node1] INFO  election timeout (234 ms), starting election',
    '20:22:32.875 [node1] INFO  became leader term=1',
    '20:22:33.747 [node1] INFO  received SIGTERM, shutting down (role=leader term=1)',
    '',
    '==> data/node2/node.log <==',
    '20:22:32.876 [node2] INFO  following leader node1 (term 1)',
    '20:22:33.749 [node2] WARN  lost connection to leader node1 (EOF)',
    '20:22:33.750 [node2] INFO  received SIGTERM, shutting down (role=follower term=1)',
    '',
    '==> data/node3/node.log <==',
    '20:22:32.876 [node3] INFO  following leader node1 (term 1)',
    '20:22:33.750 [node3] WARN  lost connection to leader node1 (EOF)',
    '20:22:33.752 [node3] INFO  received SIGTERM, shutting down (role=follower term=1)',
  ];

  it.each(['killall python3', 'pkill -f kv_node'])('`%s`: no follower was left to notice', (command) => {
    const verdict = check(paste(command));
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 'no-detection', node3: 'no-detection' });
    expect(formatVerdictText(verdict, { color: false })).toContain("node2 was itself killed by the kill on line 2: a kill by a program's name (killall, pkill) signals every process of that name");
  });

  it("a kill of the leader's pid leaves the followers' EOF lines detections, their SIGTERMs a later teardown's", () => {
    const verdict = check(paste('kill 28243'));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 5, node3: 6 });
  });
});

describe('a time typed into what an echo prints is no clock reading (adv68a-05/-21)', () => {
  const paste = (command: string, output: string) => [
    `$ ${command}`,
    output,
    '$ grep -h timeout data/node2/node.log data/node3/node.log',
    '20:20:48.928 [node2] election timeout fired after 320 ms, becoming candidate (term 3)',
    '20:20:48.988 [node3] election timeout fired after 380 ms, becoming candidate (term 3)',
  ];

  it.each([
    ['echo "killing leader at 20:20:48.700"; kill 6937', 'killing leader at 20:20:48.700'],
    ['echo 20:20:48.700; kill 6937', '20:20:48.700'],
    ["printf '%s\\n' 20:20:48.700; kill 6937", '20:20:48.700'],
  ])('`%s` times no kill', (command, output) => {
    const verdict = check(paste(command, output));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine ?? null).toBe(null);
  });

  it('`echo "killing leader at $(date +%T.%3N)"` is the date\'s reading', () => {
    const verdict = check(paste('echo "killing leader at $(date +%T.%3N)"; kill 6937', 'killing leader at 20:20:48.700'));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node2: 228, node3: 288 });
  });
});

describe('lines under words giving them as approximate or retyped are the student\'s (adv68a-12/-23)', () => {
  const paste = (heading: string) => [
    '$ date +%T.%3N; kill 7253',
    '20:20:51.256',
    '',
    'node2 (data/node2/node.log):',
    '20:20:50.996 [node2] heartbeat from leader node1 (term 2)',
    '20:20:51.447 [node2] election timeout fired after 200 ms, becoming candidate (term 3)',
    '',
    heading,
    '20:20:51.480 [node3] election timeout fired after 230 ms, becoming candidate (term 3)',
  ];

  it.each([
    "node3's terminal scrolled away before I could copy it, it printed roughly this:",
    'node3 (I only had a photo of that terminal on my phone, typed it out):',
    "node3's terminal said something like this:",
  ])('%j: node3 shows no detection', (heading) => {
    const verdict = check(paste(heading));
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 191, node3: 'no-detection' });
  });

  it.each(['node3 (data/node3/node.log):', "node3's terminal:"])('%j: node3 is measured', (heading) => {
    const verdict = check(paste(heading));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 191, node3: 224 });
  });
});

describe("a list telling what the student did is the student's account, item by item (adv68a-13/-25)", () => {
  it('measures no follower from `- 20:20:39.019 node2 noticed …` beside `- 20:20:38.850 I ran kill 6466 …`', () => {
    const verdict = check([
      'My results:',
      '- 20:20:38.850 I ran kill 6466 on node1 (the leader)',
      '- 20:20:39.019 node2 noticed the election timeout',
      '- 20:20:39.069 node3 noticed the election timeout',
      'Both under 300 ms!',
    ]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.followers.some((f) => f.status === 'detected') ?? false).toBe(false);
  });

  it('reads a list of pasted log lines, opening with their times, with no such item', () => {
    const verdict = check([
      '$ date +%T.%3N; kill 6466',
      '20:20:38.850',
      '- 20:20:39.019 [node2] election timeout fired after 200 ms, becoming candidate (term 3)',
      '- 20:20:39.069 [node3] election timeout fired after 250 ms, becoming candidate (term 3)',
    ]);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 169, node3: 219 });
  });

  it("a node's name in the student's voice ending in a colon heads what they watched, not what was saved", () => {
    const verdict = check([
      '$ date +%T.%3N; kill 7253',
      '20:20:51.256',
      '$ cat data/node2/node.log',
      '20:20:50.996 [node2] heartbeat from leader node1 (term 2)',
      '20:20:51.447 [node2] election timeout fired after 200 ms, becoming candidate (term 3)',
      '',
      "node3 didn't get saved, but I watched it:",
      '- 20:20:51.480 node3 also hit the election timeout',
    ]);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 191, node3: 'no-detection' });
  });
});

describe("in a chat, log lines a sender offers as their own run's stand-in are another run's (adv68a-20)", () => {
  const chat = (sender: string) => [
    "[06/12/2026, 20:31:02] Ana Silva: here's my output for step 2",
    '[06/12/2026, 20:31:10] Ana Silva: $ date +%T.%3N; kill 7253',
    '[06/12/2026, 20:31:10] Ana Silva: 20:20:51.256',
    '[06/12/2026, 20:31:25] Ana Silva: 20:20:51.447 [node2] election timeout fired after 200 ms, becoming candidate (term 3)',
    '[06/12/2026, 20:31:40] Ana Silva: node3 crashed my tmux before I copied it :(',
    `[06/12/2026, 20:32:05] ${sender}: use mine for node3, same thing anyway`,
    `[06/12/2026, 20:32:06] ${sender}: 20:20:51.480 [node3] election timeout fired after 230 ms, becoming candidate (term 3)`,
  ];

  it("does not measure node3 from Bruno's line", () => {
    const verdict = check(chat('Bruno Costa'));
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 191 });
  });

  it("measures node3 from a teammate's share of one cluster ('here is node3 from my laptop:')", () => {
    const verdict = check(chat('Bruno Costa').map((line) => line.replace('use mine for node3, same thing anyway', 'here is node3 from my laptop:')));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 191, node3: 224 });
  });
});

describe("`date; kill $(pgrep …)`: the leader's late own line is the signal's arrival only when the paste shows it alive after the date (adv68a-28)", () => {
  const paste = (node2Timeout: string) => [
    '$ date +%T.%3N; kill $(pgrep -f "node.py node1 leader")',
    '20:26:26.080',
    '--- node1 ---',
    '20:26:24.516 [node1] became leader for term 2',
    '20:26:26.206 [node1] received SIGTERM, shutting down',
    '--- node2 ---',
    '20:26:24.812 [node2] following leader node1 for term 2',
    `20:26:26.343 [node2] ${node2Timeout}`,
    '--- node3 ---',
    '20:26:24.860 [node3] following leader node1 for term 2',
    '20:26:26.393 [node3] election timeout fired after 450 ms, becoming candidate (term 3)',
  ];

  it('times the kill from the date when the timers ran from before it: node3 +313 ms is late', () => {
    const verdict = check(paste('election timeout fired after 400 ms, becoming candidate (term 3)'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node2: 263, node3: 313 });
  });

  it("judges the own line's kill when a follower's stated silence began after the date", () => {
    const verdict = check(paste('heartbeat timeout: no message from leader node1 in 200ms'));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.killLine).toBe(5);
    expect(followerMs(verdict)).toEqual({ node2: 137, node3: 187 });
  });
});

describe("a logger's part names no node: records are their process's, named by its own start line (adv68d-65/-70/-73/-74)", () => {
  const pino = (name3: (component: string) => string, late: boolean) => [
    '$ date +%T.%3N; kill 14498',
    '20:29:43.344',
    '$ cat logs/node2.log logs/node3.log',
    '{"level":30,"time":1796588982182,"pid":14415,"hostname":"devbox","name":"main","msg":"kv_node node2 starting pid=14415 port=27482"}',
    '{"level":30,"time":1796588982788,"pid":14415,"hostname":"devbox","name":"raft-loop","msg":"following leader node1"}',
    '{"level":40,"time":1796588983348,"pid":14415,"hostname":"devbox","name":"peer-reader","msg":"connection to leader lost (EOF)"}',
    '{"level":40,"time":1796588983542,"pid":14415,"hostname":"devbox","name":"election-timer","msg":"heartbeat timeout, becoming candidate"}',
    `{"level":30,"time":1796588982158,"pid":14416,"hostname":"devbox",${name3('main')},"msg":"kv_node node3 starting pid=14416 port=27483"}`,
    `{"level":30,"time":1796588982788,"pid":14416,"hostname":"devbox",${name3('raft-loop')},"msg":"following leader node1"}`,
    `{"level":40,"time":${late ? 1796588983792 : 1796588983592},"pid":14416,"hostname":"devbox",${name3('election-timer')},"msg":"heartbeat timeout, becoming candidate"}`,
  ];

  it("pino's `name` per component: node3's late timeout is node3's (+448 ms), no other component's", () => {
    const verdict = check(pino((c) => `"name":"${c}"`, true));
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 4, node3: 448 });
  });

  it("bunyan's one `name` for every process, its part in `component`: each process is its start line's node", () => {
    const verdict = check(pino((c) => `"name":"kv","component":"${c}"`, false).map((line) => line.replace(/"name":"(main|raft-loop|peer-reader|election-timer)"/, '"name":"kv","component":"$1"')));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 4, node3: 248 });
  });

  it("hclog's named sub-loggers (`raft.election-timer:`): a cat of two files, each its start line's node", () => {
    const verdict = check([
      '$ date +%T.%3N; kill 14498',
      '20:29:43.344',
      '$ cat logs/node2.log logs/node3.log',
      '2026-12-06T20:29:42.182Z [INFO]  raft.main: kv_node node2 starting pid=14415 port=27482',
      '2026-12-06T20:29:42.788Z [INFO]  raft.raft-loop: following leader node1',
      '2026-12-06T20:29:43.348Z [WARN]  raft.peer-reader: connection to leader lost (EOF)',
      '2026-12-06T20:29:43.542Z [WARN]  raft.election-timer: heartbeat timeout, becoming candidate',
      '2026-12-06T20:29:42.158Z [INFO]  raft.main: kv_node node3 starting pid=14416 port=27483',
      '2026-12-06T20:29:42.788Z [INFO]  raft.raft-loop: following leader node1',
      '2026-12-06T20:29:43.792Z [WARN]  raft.election-timer: heartbeat timeout, becoming candidate',
    ]);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 4, node3: 448 });
  });

  it('JSON names that are nodes (`"name":"node2"`, one per process) stay the writers', () => {
    const verdict = check(pino((c) => `"name":"node3"`, false).map((line) => line.replace(/"name":"(main|raft-loop|peer-reader|election-timer)"/, '"name":"node2"')));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 4, node3: 248 });
  });
});

describe("zap's development console names its writer in the JSON fields ending each line (adv68d-37)", () => {
  const line = (time: string, level: string, message: string, fields: string) => `2026-12-06T${time}Z\t${level}\traft/node.go:88\t${message}\t${fields}`;

  it('reads `{"node": "kv2", …}` after the message as the writer, not `"leader": "kv1"`', () => {
    const verdict = check([
      '$ date +%T.%3N; kill 18851',
      '20:21:50.219',
      '$ cat logs/kv2.log logs/kv3.log',
      line('20:21:49.652', 'INFO', 'following leader kv1', '{"node": "kv2", "term": 1}'),
      line('20:21:50.436', 'WARN', 'heartbeat timeout, becoming candidate', '{"node": "kv2", "term": 1, "elapsed_ms": 231, "leader": "kv1"}'),
      line('20:21:49.652', 'INFO', 'following leader kv1', '{"term": 1, "node": "kv3"}'),
      line('20:21:50.223', 'WARN', 'connection to leader lost (EOF)', '{"term": 1, "node": "kv3", "leader": "kv1"}'),
    ]);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ kv2: 217, kv3: 4 });
  });
});

describe('two followers in one ms on a ms clock written to the ns are no copy (adv68d-45)', () => {
  const record = (nanos: string, node: string, message: string) =>
    `{"instant":{"epochSecond":1796588510,"nanoOfSecond":${nanos}},"level":"WARN","message":"${message}","contextMap":{"node":"${node}"}}`;
  const paste = (nanos: string) => [
    '$ date +%T.%3N; kill 18814',
    '20:21:50.168',
    record('100000000', 'node2', 'following leader node1'),
    record(nanos, 'node2', 'connection to leader lost (EOF)'),
    record('100000000', 'node3', 'following leader node1'),
    record(nanos, 'node3', 'connection to leader lost (EOF)'),
    record('350000000', 'node3', 'heartbeat timeout, becoming candidate'),
  ];

  it('measures both at +4 ms when every stamp falls on a whole ms', () => {
    const verdict = check(paste('172000000'));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 4, node3: 4 });
  });

  it('still calls the same ns on two writers a copy: node3 is measured from its own timeout', () => {
    const verdict = check(paste('172413275'));
    expect(followerMs(verdict)).toEqual({ node2: 4.413, node3: 182 });
  });
});

describe("session 68's rules attacked (adv68e): each rule's reach and its limit", () => {
  const followers = [
    '$ tail -n 3 data/node2/node.log data/node3/node.log',
    '21:09:36.436 [node2] WARN  connection to leader node1 lost (EOF)',
    '21:09:36.620 [node2] WARN  election timeout: no heartbeat from leader node1 in 229ms, becoming candidate (term 2)',
    '21:09:36.436 [node3] WARN  connection to leader node1 lost (EOF)',
    '21:09:36.597 [node3] WARN  election timeout: no heartbeat from leader node1 in 206ms, becoming candidate (term 2)',
  ];

  it.each([
    ["printf 'kill at %s\\n' 21:09:36.434; kill 8336", 'kill at 21:09:36.434'],
    ['/bin/echo 21:09:36.434 && kill 8336', '21:09:36.434'],
    ['print -r -- "leader kill 21:09:36.434"; kill 8336', 'leader kill 21:09:36.434'],
  ])('`%s` prints a typed time: no kill is timed', (command, output) => {
    const verdict = check([`$ ${command}`, output, ...followers]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine ?? null).toBe(null);
  });

  const typedUnder = (heading: string) => ['$ date +%T.%3N; kill 8336', '21:09:36.434', '', heading, ...followers.slice(1)];
  it.each(['node2 and node3 printed roughly this:', 'this is more or less what both follower terminals showed:', 'Más o menos esto salió en los seguidores:', 'both followers said something along these lines:'])(
    '%j: the lines under it are the student\'s',
    (heading) => {
      const verdict = check(typedUnder(heading));
      expect(verdict.passed).toBe(false);
      expect(verdict.measurements?.followers.some((f) => f.status === 'detected') ?? false).toBe(false);
    },
  );

  it.each(['The leader had been up for roughly a second when I killed it. Exact output, copied from the files:', '(I retyped the command line; the output under it is copied)'])(
    '%j: the output below is read',
    (heading) => {
      const verdict = check([heading, '$ date +%T.%3N; kill 8336', '21:09:36.434', ...followers]);
      expect(verdict.passed).toBe(true);
      expect(followerMs(verdict)).toEqual({ node2: 2, node3: 2 });
    },
  );

  it('a bulleted list whose first item is a bare `ran kill` is the student\'s account', () => {
    const verdict = check(['* 21:09:36.434 ran kill 8336 (node1, leader)', '* 21:09:36.436 node2 lost connection to leader node1', '* 21:09:36.436 node3 lost connection to leader node1', '* 21:09:36.620 node2 election timeout -> candidate']);
    expect(verdict.passed).toBe(false);
  });

  it("tagged log lines pasted as list items stay the nodes' beside a closing item in the student's voice", () => {
    const verdict = check([
      '$ date +%T.%3N; kill 8336',
      '21:09:36.434',
      'Follower logs (copied):',
      ...followers.slice(1).map((line) => `- ${line}`),
      '- 21:09:37.138 I stopped node2 and node3 with kill 8247 8248 (end of demo)',
    ]);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 2, node3: 2 });
  });

  it('an IRC nick rejoining as `ana_` is still the student who typed the kill', () => {
    const verdict = check([
      '[21:09:40] <ana> $ date +%T.%3N; kill 8336',
      '[21:09:40] <ana> 21:09:36.434',
      '[21:10:05] *** ana_ has joined #raft-lab',
      ...followers.slice(1).map((line) => `[21:10:12] <ana_> ${line}`),
    ]);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 2, node3: 2 });
  });
});

describe('chats: whose lines are the run (adv68e-24/-26/-27)', () => {
  const followers = [
    '21:09:36.436 [node2] WARN  connection to leader node1 lost (EOF)',
    '21:09:36.620 [node2] WARN  election timeout: no heartbeat from leader node1 in 229ms, becoming candidate (term 2)',
    '21:09:36.436 [node3] WARN  connection to leader node1 lost (EOF)',
    '21:09:36.597 [node3] WARN  election timeout: no heartbeat from leader node1 in 206ms, becoming candidate (term 2)',
  ];

  it("a partner typing the kill for the student whose terminals show the nodes: every line is the run's", () => {
    const verdict = check([
      '[06/12/2026, 21:09:31] Ana Silva: I have node2 and node3 open, kill node1 now (pid 8336)',
      '[06/12/2026, 21:09:41] Bruno Costa: $ date +%T.%3N; kill 8336',
      '21:09:36.434',
      '[06/12/2026, 21:10:20] Ana Silva: got it, both followers:',
      ...followers,
    ]);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 2, node3: 2 });
  });

  it("lines offered as the sender's own run ('here are mine from my laptop') are not the student's", () => {
    const verdict = check([
      '21:10:02.118      ana | $ date +%T.%3N; kill -INT 9147',
      '21:10:02.118      ana | 21:09:36.434',
      '21:10:09.540      ana | my follower terminals are gone :(',
      '21:10:31.007    bruno | here are mine from my laptop:',
      ...followers.map((line) => `21:10:31.007    bruno | ${line}`),
    ]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.followers.some((f) => f.status === 'detected') ?? false).toBe(false);
  });

  it("a message's further lines are its sender's", () => {
    const verdict = check([
      '[06/12/2026, 21:09:55] Ana Silva: $ date +%T.%3N; kill 8336',
      '21:09:36.434',
      '[06/12/2026, 21:10:10] Ana Silva: node2:',
      followers[0]!,
      followers[1]!,
      '[06/12/2026, 21:10:40] Bruno Costa: use mine for node3, same code:',
      followers[2]!,
      followers[3]!,
    ]);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 2 });
  });
});

describe("a pino logger name under a section naming the node: the section's (adv68e-36)", () => {
  it('measures node2 only, from `tail -n 3 data/node2/node.log`', () => {
    const verdict = check([
      '$ date +%T.%3N; kill 14609',
      '21:10:38.714',
      '$ tail -n 3 data/node2/node.log',
      '{"level":40,"time":1796591438716,"name":"peer-reader","msg":"connection to leader node1 lost (EOF)"}',
      '{"level":40,"time":1796591438952,"name":"election-timer","msg":"election timeout: no heartbeat from leader node1 in 286ms, becoming candidate (term 2)"}',
    ]);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 2 });
  });
});

describe('a leader its followers lost before the kill, nothing of it leading since, is a peer at the kill (adv68f-31)', () => {
  const paste = (between: string[]) => [
    '$ date +%T.%3N; kill 28676   # node1 (leader)',
    '21:14:30.640',
    '$ grep -hiE "timeout|eof|sigterm|following" data/node2/node.log data/node3/node.log',
    '21:14:30.625 [node2] election timeout: no heartbeat from leader node1 in 26ms, becoming candidate term=2',
    ...between,
    '21:14:30.641 [node2] lost connection to node1: EOF',
    '21:14:30.643 [node3] lost connection to node1: EOF',
  ];

  it("fails: the lost links after the kill name node1 only as a peer, and the report says it had been lost", () => {
    const verdict = check(paste([]));
    expect(verdict.passed).toBe(false);
    expect(formatVerdictText(verdict, { color: false })).toContain('line 4 shows a follower losing node1 before the kill, with no line of it leading since');
  });

  it('passes when a line shows node1 leading again after that timeout', () => {
    const verdict = check(paste(['21:14:30.630 [node2] following leader node1 (term 3)']));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 1, node3: 3 });
  });
});

describe('a kill naming no node whose only lost links name one peer: that peer, nothing showing it led (adv68f-41)', () => {
  const paste = (extra: string[]) => [
    '$ date +%T.%3N; kill 29077   # killing the leader',
    '21:14:36.716',
    '$ grep -hiE "timeout|eof|leader" data/node1/node.log data/node3/node.log',
    ...extra,
    '21:14:36.219 [node1] election timeout, becoming candidate term=1',
    '21:14:36.717 [node1] lost connection to node2: EOF',
    '21:14:36.219 [node3] election timeout, becoming candidate term=1',
    '21:14:36.717 [node3] lost connection to node2: EOF',
  ];

  it('fails: the lost links are a peer\'s, and the report names no leader', () => {
    const verdict = check(paste([]));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.leader).toBeNull();
  });

  it('passes when a line shows node2 leading', () => {
    const verdict = check(paste(['21:14:36.230 [node1] following leader node2 (term 1)']));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node1: 1, node3: 1 });
  });
});

describe("a date's output below one blank row, the shell's empty prompt after it, under `tail -f`'s section (adv68g-37)", () => {
  it('times the kill from it', () => {
    const verdict = check([
      'student@lab:~/kv$ tail -f node2.log node3.log &',
      '==> node2.log <==',
      '21:10:27.996 [node2] DEBUG heartbeat from leader node1 term 3',
      'date +%T.%3N; kill 13778',
      '',
      '21:10:28.108',
      'student@lab:~/kv$ ',
      '==> node3.log <==',
      '21:10:28.111 [node3] WARN connection to leader node1 lost (EOF)',
      '21:10:28.300 [node3] WARN heartbeat timeout, starting election',
      '==> node2.log <==',
      '21:10:28.111 [node2] WARN connection to leader node1 lost (EOF)',
    ]);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.killLine).toBe(6);
    expect(followerMs(verdict)).toEqual({ node2: 3, node3: 3 });
  });
});
