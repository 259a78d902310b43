// Session 66's readings, each on a small paste in the shape a blind set found misread (adv65, adv66).
import { describe, expect, it } from 'vitest';
import { formatVerdictText } from '../../src/proof/format-verdict.js';
import { checkW12Lines, followerMs, loadLesson } from './helpers.js';

const lesson = loadLesson('w12-l03');
const check = checkW12Lines;

describe("Go's Ctrl+C (`received signal, exiting: signal=interrupt`) is the kill under the lesson's kill_pattern (adv65d-19)", () => {
  const paste = (own: string) => [
    '--- terminal 1 (node1, the leader) ---',
    `^C2026-12-06T12:47:54.840Z [WARN]  node1: ${own}`,
    '--- terminal 2 (node2) ---',
    '2026-12-06T12:47:54.986Z [WARN]  node2.raft: heartbeat timeout reached, starting election: last-leader=127.0.0.1:24301',
    '--- terminal 3 (node3) ---',
    '2026-12-06T12:47:55.003Z [WARN]  node3.raft: heartbeat timeout reached, starting election: last-leader=127.0.0.1:24301',
  ];

  it('times the kill from the leader own line and both followers from it', () => {
    const verdict = check(paste('received signal, exiting: signal=interrupt'));
    expect(verdict.measurements!.killLine).toBe(2);
    expect(verdict.measurements!.leader).toBe('node1');
    expect(followerMs(verdict)).toEqual({ node2: 146, node3: 163 });
  });

  it('still fails the lesson pattern that asks for kill/SIGINT words, and says how to name the signal', () => {
    const verdict = check(paste('received signal, exiting: signal=interrupt'));
    expect(verdict.passed).toBe(false);
    const text = formatVerdictText(verdict, { color: false });
    expect(text).toContain('line 2 shows Ctrl+C, which sends SIGINT, but no line says so in words this pattern accepts');
    expect(text).not.toContain('no line names a kill or the signal');
  });

  it('a word that is no signal name is no kill', () => {
    expect(check(paste('received signal, exiting: signal=hangup-ignored')).measurements?.killLine ?? null).toBeNull();
  });
});

describe("a follower of another leader named like the killed one is another cluster's (adv65b-13)", () => {
  const paste = (otherLeader: string) => [
    '$ date +%T.%3N; kill 20508',
    '12:47:41.457',
    '--- leader terminal (127.0.0.1:22702) ---',
    '12:47:39.703 [127.0.0.1:22702] became leader (term 2)',
    '12:47:41.461 [127.0.0.1:22702] received SIGTERM, shutting down (role=leader term=2)',
    '--- follower 127.0.0.1:22701 ---',
    '12:47:39.713 [127.0.0.1:22701] following leader 127.0.0.1:22702 (term 2)',
    '12:47:41.464 [127.0.0.1:22701] connection to leader 127.0.0.1:22702 lost (EOF)',
    '--- follower 127.0.0.1:22802 ---',
    `12:47:39.518 [127.0.0.1:22802] following leader ${otherLeader} (term 1)`,
    `12:47:41.548 [127.0.0.1:22802] connection to leader ${otherLeader} lost (EOF)`,
  ];

  it('its loss of the leader it followed is no detection of the kill, and the report says whose follower it was', () => {
    const verdict = check(paste('127.0.0.1:22801'));
    expect(verdict.checks.find((c) => c.id === 'timing')!.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ '127.0.0.1:22701': 7, '127.0.0.1:22802': 'no-detection' });
    const finding = verdict.checks.flatMap((c) => c.findings).find((f) => f.code === 'FOLLOWER_NO_DETECTION')!;
    expect(finding.args).toMatchObject({ node: '127.0.0.1:22802', otherLeader: { line: 11, leader: '127.0.0.1:22801', followLine: 10 } });
    expect(formatVerdictText(verdict, { color: false })).toContain('its line 11 loses 127.0.0.1:22801, the leader it followed on line 10, and none of its lines names the killed leader');
  });

  it('following the killed leader itself counts as usual', () => {
    const verdict = check(paste('127.0.0.1:22702'));
    expect(verdict.checks.find((c) => c.id === 'timing')!.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ '127.0.0.1:22701': 7, '127.0.0.1:22802': 91 });
  });

  it('a leader named another way (a word, not an address) may be the killed one unaliased: still counted', () => {
    const verdict = check(paste('node2'));
    expect(followerMs(verdict)['127.0.0.1:22802']).toBe(91);
  });
});

describe('a timed command that sends no signal times no kill (adv66b-34/-35/-37/-38, adv66b-10)', () => {
  const paste = (typed: string, output: string[]) => [
    typed,
    '15:11:28.850',
    ...output,
    'node2:',
    '15:11:26.535 [node2] following leader node1 (term 1)',
    '15:11:29.010 [node2] heartbeat timeout: no message from leader node1 in 166 ms',
    'node3:',
    '15:11:26.535 [node3] following leader node1 (term 1)',
    '15:11:28.987 [node3] heartbeat timeout: no message from leader node1 in 150 ms',
  ];
  const killLine = (lines: string[]) => check(lines).measurements?.killLine ?? null;

  it.each([
    ['a shell comment', '$ date +%T.%3N   # kill 31796 next', []],
    ["an echo's words", '$ date +%T.%3N; echo kill 31796', ['kill 31796']],
    ["zsh's kill with no pid", '% date +%T.%3N; kill $LEADER_PID', ['kill: not enough arguments']],
    ["bash's usage", '$ date +%T.%3N; kill $LEADER_PID', ['kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]']],
    ["procps's complaint", '$ date +%T.%3N; /bin/kill -TERM $LEADER_PID', ['kill: you need to specify whom to kill']],
  ])('%s', (_, typed, output) => {
    const verdict = check(paste(typed, output));
    expect(verdict.passed).toBe(false);
    expect(killLine(paste(typed, output))).toBeNull();
  });

  it('the same command with its kill run is timed', () => {
    expect(killLine(paste('$ date +%T.%3N; kill 31796', []))).toBe(2);
  });

  it("a root prompt's # is no comment: its kill is timed", () => {
    expect(killLine(paste('root@devbox ~/raft # date +%T.%3N; kill 31796', []))).toBe(2);
    expect(killLine(paste('/app # date +%T.%3N; kill 31796', []))).toBe(2);
  });

  it('one usage failure of two kills on the line: the pkill after it ran, and the date times it', () => {
    expect(killLine(paste("$ date +%T.%3N; kill $LEADER_PID; pkill -f 'kv_node.py node1 '", ['kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]']))).toBe(2);
  });
});

describe("a paste's mangling between terminal and form keeps the date record with its kill (adv66g)", () => {
  // node1's own SIGTERM line comes 71 ms after the signal (its handler cleans up first): timed from it, node2's +329 ms
  // and node3's +325 ms read +258 / +254 ms, a false pass.
  const lines = [
    'student@lab:~/raft$ date +%T.%3N; kill 30973',
    '15:16:03.960',
    'student@lab:~/raft$ cat data/node1/node.log data/node2/node.log data/node3/node.log',
    '15:16:03.379 [node1] INFO  became leader for term 2 (3 votes)',
    '15:16:04.031 [node1] INFO  received SIGTERM, shutting down (role=leader term=2)',
    '15:16:03.380 [node2] INFO  following leader node1 (term 2)',
    '15:16:04.289 [node2] WARN  heartbeat timeout: no heartbeat from leader node1 for 339 ms',
    '15:16:03.380 [node3] INFO  following leader node1 (term 2)',
    '15:16:04.285 [node3] WARN  heartbeat timeout: no heartbeat from leader node1 for 335 ms',
  ];
  const judged = (pasted: string[]) => {
    const verdict = check(pasted);
    return { passed: verdict.passed, killLine: verdict.measurements?.killLine ?? null, ms: followerMs(verdict) };
  };
  const truth = (killLine: number) => ({ passed: false, killLine, ms: { node2: 329, node3: 325 } });

  it('as typed', () => expect(judged(lines)).toEqual(truth(2)));
  it('every line break doubled (CRLF CRLF, a Slack block)', () => expect(judged(lines.flatMap((l) => [l, '']))).toEqual(truth(3)));
  it('every line break doubled with CRs', () => expect(judged(lines.flatMap((l) => [`${l}\r`, '\r']))).toEqual(truth(3)));
  it("a document's numbered list (1. 2. …)", () => expect(judged(lines.map((l, i) => `${i + 1}. ${l}`))).toEqual(truth(2)));
  it("a chat's numbered list (1) 2) …)", () => expect(judged(lines.map((l, i) => `${i + 1}) ${l}`))).toEqual(truth(2)));
  it('a Markdown bullet list', () => expect(judged(lines.map((l) => `* ${l}`))).toEqual(truth(2)));
  it("vim's relative numbers, the cursor on the last line", () => {
    const n = lines.length;
    expect(judged(lines.map((l, i) => (i === n - 1 ? `${String(n).padEnd(3)} ${l}` : `${String(n - 1 - i).padStart(3)} ${l}`)))).toEqual(truth(2));
  });
  it('one blank row between the command and its output, one after it', () => expect(judged([lines[0]!, '', lines[1]!, '', ...lines.slice(2)])).toEqual(truth(3)));
  it("a two-line prompt's clock under a blank row times nothing (its command row follows it)", () => {
    expect(judged([lines[0]!, '', '15:16:03.960', ...lines.slice(2)]).killLine).not.toBe(3);
  });
  it('two lines side by side are no doubled paste: a blank row of its own stays', () => {
    const spaced = [lines[0]!, lines[1]!, '', ...lines.slice(2)];
    expect(judged(spaced)).toEqual(truth(2));
  });
});

describe("runs appended to one log count their terms from 1 again: a later run's leader is no alias of an earlier one's (adv66h-34)", () => {
  const paste = (secondRunStart: boolean) => [
    '$ date +%T.%3N; kill 25419',
    '15:10:56.880',
    '==> n1.log <==',
    '15:10:55.444 [n1] INFO  kv_node n1 starting pid=25418 port=28021 peers=n2,n3',
    '15:10:55.757 [n1] INFO  following leader n2 (term 1)',
    '15:10:57.050 [n1] WARN  heartbeat timeout - no message from leader n2 in 204 ms',
    ...(secondRunStart ? ['15:10:58.765 [n1] INFO  kv_node n1 starting pid=26082 port=28021 peers=n2,n3'] : []),
    '15:10:59.205 [n1] INFO  became leader (term 1)',
    '==> n3.log <==',
    '15:10:55.437 [n3] INFO  kv_node n3 starting pid=25422 port=28023 peers=n1,n2',
    '15:10:55.757 [n3] INFO  following leader n2 (term 1)',
    '15:10:57.051 [n3] WARN  heartbeat timeout - no message from leader n2 in 205 ms',
  ];

  it("the kill of run 1 is n2's, the leader both followers name, and both notice it", () => {
    const verdict = check(paste(true));
    expect(verdict.measurements!.leader).toBe('node2');
    expect(verdict.nodeNames.node2).toBe('n2');
    expect(followerMs(verdict)).toEqual({ node1: 170, node3: 171 });
    expect(verdict.passed).toBe(true);
  });

  it('with no start line between, one run: the term-1 claim names the leader they followed, as before', () => {
    expect(check(paste(false)).measurements!.leader).toBe('node1');
  });
});

describe('lines the student says they wrote out by hand are no node lines, however said (adv66e-19/-27/-30/-35, adv66f-22)', () => {
  const paste = (heading: string) => [
    '$ date +%T.%3N; kill 12551',
    '15:24:10.855',
    heading,
    '15:24:10.857 node2 WARN heartbeat timeout: no message from leader node1',
    '15:24:10.858 node3 WARN heartbeat timeout: no message from leader node1',
  ];

  it.each([
    'The VM clipboard does not work so I copied these over manually from the console, line by line:',
    'I lost the terminal output (closed tmux), these are reconstructed from my screenshot:',
    'I wrote these down while watching the two follower terminals:',
    'No copy/paste in the lab VM, so I had to type it out from the screen:',
    'I did not keep the log files, typed from my screen:',
  ])('%s', (heading) => {
    const verdict = check(paste(heading));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.every((f) => f.detectionMs === undefined)).toBe(true);
  });

  it('the same lines under words saying they were pasted count', () => {
    expect(check(paste('Output of the two follower terminals, copy-pasted:')).passed).toBe(true);
  });

  it("a declaration right over the shell's date; kill covers the lines under its output", () => {
    const lines = paste('')
      .filter((l) => l !== '')
      .toSpliced(0, 0, 'I lost the terminal output (closed tmux), these are reconstructed from my screenshot:');
    expect(check(lines).passed).toBe(false);
  });
});

describe("a classmate's run quoted below the student's own is not judged (adv66e-17, adv66g-46)", () => {
  const own = [
    '$ date +%T.%3N; kill 11948',
    '15:24:04.385',
    '15:24:04.696 node2 WARN heartbeat timeout after 343 ms, starting election (term 2)',
    '15:24:04.722 node3 WARN heartbeat timeout after 369 ms, starting election (term 2)',
    '',
  ];
  const quoted = [
    '> $ date +%T.%3N; kill 12152',
    '> 15:24:06.547',
    '> 15:24:06.682 node2 WARN heartbeat timeout after 150 ms, starting election (term 2)',
    '> 15:24:06.690 node3 WARN heartbeat timeout after 150 ms, starting election (term 2)',
  ];

  it.each([
    'mine were a bit slow, but Sam (sat next to me) got it working, this is what he got:',
    'On Sun, Dec 6, 2026 at 3:12 PM Priya Nair <priya.nair@student.example.edu> wrote:',
  ])('%s', (words) => {
    const verdict = check([...own, words, ...quoted]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killLine).toBe(2);
  });

  it('the same quote under words of the student\'s own is theirs (a second run), and passes', () => {
    expect(check([...own, 'my second try:', ...quoted]).passed).toBe(true);
  });
});

describe("a C logger's __func__ column names code, not a detection (adv66a-33/-40)", () => {
  const paste = (node3Line: string) => [
    '$ date +%T.%3N; kill 20554',
    '15:18:49.013',
    '15:18:48.161 [DEBUG] raft.c:154 on_heartbeat(): [node2] heartbeat from leader node1 (term 1)',
    '15:18:49.118 [DEBUG] raft.c:161 check_leader_down(): [node2] last heartbeat 115 ms ago, election in 885 ms',
    '15:18:49.224 [WARN] raft.c:170 start_election(): [node2] heartbeat timeout: no message from leader node1 in 200 ms',
    '15:18:48.161 [DEBUG] raft.c:154 on_heartbeat(): [node3] heartbeat from leader node1 (term 1)',
    node3Line,
  ];

  it("check_leader_down(): with a countdown is no detection; the timeout line is node2's", () => {
    const verdict = check(paste('15:18:49.118 [DEBUG] raft.c:161 check_leader_down(): [node3] last heartbeat 115 ms ago, election in 885 ms'));
    expect(followerMs(verdict)).toEqual({ node2: 211, node3: 'no-detection' });
  });

  it('the same words in the message are a detection', () => {
    const verdict = check(paste('15:18:49.118 [WARN] raft.c:161 on_tick(): [node3] leader down, starting election'));
    expect(followerMs(verdict)).toEqual({ node2: 211, node3: 105 });
  });
});

describe('a follower that said it was shutting down detects nothing with a timer started after that (adv66b-31)', () => {
  const paste = (afterMs: number) => [
    '$ date +%T.%3N; kill 14359',
    '15:10:11.745',
    '$ grep -h "timeout\\|SIGTERM" data/node2/node.log data/node3/node.log',
    '15:10:11.916 [node2] heartbeat timeout: no message from leader node1 in 180 ms',
    '15:10:11.794 [node3] received SIGTERM, shutting down',
    `15:10:12.032 [node3] election timeout after ${afterMs} ms, becoming candidate`,
  ];

  it("a 50 ms timer fired 238 ms after its shutdown: a process started again, whose timer knew no leader", () => {
    expect(followerMs(check(paste(50)))).toEqual({ node2: 171, node3: 'no-detection' });
  });

  it('a timer running since before its shutdown line: its handler kept it running, and it noticed', () => {
    expect(followerMs(check(paste(280)))).toEqual({ node2: 171, node3: 287 });
  });
});

describe("a block the student says they edited to line up is no node's output (adv66b-30)", () => {
  it('"I changed the minute/second so it lines up with this kill" over a first try\'s lines', () => {
    const verdict = check([
      '$ date +%T.%3N; kill 8581',
      '15:12:15.881',
      '15:12:15.983 [node2] heartbeat timeout: no message from leader node1 in 126 ms',
      '',
      "node3's terminal got closed in this run, so here is node3 from my first try -- I changed the minute/second so it lines up with this kill:",
      '15:12:16.004 [node3] heartbeat timeout: no message from leader node1 in 130 ms',
    ]);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict).node3).not.toBe(123);
  });
});

describe('a follower refusing to reach the leader over and over since before the kill notices nothing (adv66e-34)', () => {
  const paste = (node3: string[]) => [
    '$ date +%T.%3N; kill 20480',
    '15:29:01.543',
    '15:29:00.508 node2 INFO following leader node1 (term 1)',
    '15:29:01.545 node2 WARN connection to leader node1 lost (EOF)',
    '15:29:01.726 node2 WARN heartbeat timeout after 213 ms, starting election (term 2)',
    ...node3,
  ];

  it('its refusals after the kill are the same loop', () => {
    const verdict = check(paste(['15:29:01.193 node3 WARN connection to leader node1 refused, retrying in 200ms', '15:29:01.394 node3 WARN connection to leader node1 refused, retrying in 200ms', '15:29:01.594 node3 WARN connection to leader node1 refused, retrying in 200ms']));
    expect(followerMs(verdict)).toEqual({ node2: 2, node3: 'no-detection' });
    expect(verdict.passed).toBe(false);
    const loop = verdict.checks.flatMap((c) => c.findings).find((f) => f.code === 'FOLLOWER_TIMEOUT_LOOP')!;
    expect(loop.args).toMatchObject({ node: 'node3', refused: true, timeouts: 2, line: 8 });
    expect(formatVerdictText(verdict, { color: false })).toContain('it was already failing to reach node1 before it, 2 times from line 6 to line 7');
  });

  it('one that followed the leader first and is refused only after the kill noticed it', () => {
    const verdict = check(paste(['15:29:00.508 node3 INFO following leader node1 (term 1)', '15:29:01.594 node3 WARN connection to leader node1 refused, retrying in 200ms']));
    expect(followerMs(verdict)).toEqual({ node2: 2, node3: 51 });
  });
});

describe('plain-word node names declared by --name flags and start lines name the writers of head words (adv66a-20/-25)', () => {
  const body = [
    '$ date +%T.%3N; kill -INT 3891',
    '15:11:46.255',
    '15:11:45.316 kvB following leader node1 (term 1)',
    '15:11:46.258 kvB connection to leader node1 lost (EOF)',
    '15:11:46.454 kvB election timeout: no heartbeat from leader in 200 ms, becoming candidate (term 2)',
    '15:11:45.319 kvC following leader node1 (term 1)',
    '15:11:46.258 kvC connection to leader node1 lost (EOF)',
  ];
  const judged = (lines: string[]) => followerMs(check(lines));

  it("a pgrep -a listing's --name flags", () => {
    const listing = ['$ pgrep -a kv_node', '3891 ./kv_node --id 1 --name kvA --port 21001', '3893 ./kv_node --id 2 --name kvB --port 21002', '3894 ./kv_node --id 3 --name kvC --port 21003'];
    expect(judged([...listing, ...body])).toMatchObject({ kvB: 3, kvC: 3 });
  });

  it('start lines stating their pid', () => {
    const starts = ['15:11:45.300 kvB kv_node kvB starting pid=3893 port=21002', '15:11:45.301 kvC kv_node kvC starting pid=3894 port=21003'];
    expect(judged([...body.slice(0, 2), ...starts, ...body.slice(2)])).toMatchObject({ kvB: 3, kvC: 3 });
  });

  it('with nothing declaring them, the head words name no writer', () => {
    expect(Object.keys(judged(body))).not.toContain('kvB');
  });
});

describe("zone-less node times beside a kill stating another zone than UTC are said in their own zone (adv66c-20)", () => {
  it('a +01:00 kill over nodes logging UTC: "read as UTC", not "UTC-01:00"', () => {
    const verdict = check([
      'PS C:\\Users\\ana> Get-Date -Format o; wsl -e kill 22436',
      '2026-12-06T16:10:48.8096620+01:00',
      '15:10:46.220 [node2] INFO following leader node1 term=1',
      '15:10:49.088 [node2] WARN election timeout: no heartbeat from leader node1 in 299ms, becoming candidate term=2',
      '15:10:46.262 [node3] INFO following leader node1 term=1',
      '15:10:49.082 [node3] WARN election timeout: no heartbeat from leader node1 in 299ms, becoming candidate term=2',
    ]);
    expect(followerMs(verdict)).toEqual({ node2: 278.338, node3: 272.338 });
    const zone = verdict.checks.flatMap((c) => c.findings).find((f) => f.code === 'TIMESTAMPS_READ_IN_ZONE')!;
    expect(zone.args).toMatchObject({ offsetMin: 0, killZoneMin: 60 });
    expect(formatVerdictText(verdict, { color: false })).toContain("so they were read as UTC: only in that zone do node2 and node3's lines fall within a second of the kill on line 2, whose time states its zone (read as UTC+01:00, the kill's zone, they would be 1 h before it)");
  });
});

describe('a detection minutes after the kill is called another run, not a slow timer (adv66b-04)', () => {
  const paste = (at: string) => ['$ date +%T.%3N; kill 4101', '15:09:49.287', `${at} [node2] heartbeat timeout: no message from leader node1 in 180 ms`, `${at} [node3] heartbeat timeout: no message from leader node1 in 180 ms`];

  it('75.9 s on: different runs', () => {
    const text = formatVerdictText(check(paste('15:11:05.184')), { color: false });
    expect(text).toContain('far longer than any election timeout, so most likely the kill and these lines are of different runs');
    expect(text).not.toContain('lower the election timeout');
  });

  it('a few hundred ms late: lower the election timeout, as before', () => {
    const text = formatVerdictText(check(paste('15:09:49.700')), { color: false });
    expect(text).toContain('lower the election timeout');
    expect(text).not.toContain('different runs');
  });
});
