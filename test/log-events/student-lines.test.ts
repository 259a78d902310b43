// Text the student wrote around the logs (student-lines.ts): a summary block under a heading of their own, a sentence
// with its time inside its words. No node's log line, whatever its shape; a kill so stated is the student's record.
import { describe, expect, it } from 'vitest';
import { judgeKills, placeEventsOnClock, readLogText, type LogEvent } from '../../src/log-events/index.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { formatFindingMessage } from '../../src/findings/format-finding.js';
import { loadLesson, W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;
const lesson = loadLesson('w12-l03');

const LOGS = [
  '$ date +%T.%3N; kill 4101',
  '10:00:00.100',
  '$ grep -h "timeout\\|SIGTERM" node1.log node2.log node3.log',
  '10:00:00.100 [node1] INFO received SIGTERM, shutting down',
  '10:00:00.352 [node2] WARN heartbeat timeout: no message from leader node1 in 300ms',
  '10:00:00.421 [node3] WARN heartbeat timeout: no message from leader node1 in 368ms',
];

// The 1-based lines read as detections of `node`.
const detectionLines = (text: string, node: string): number[] =>
  readLogText(text, patterns)
    .events.filter((e) => e.node === node && e.kind === 'heartbeat-timeout')
    .map((e) => e.line + 1);

describe('dropSummaryLines: a summary under the student heading is no node line', () => {
  it('drops a checklist that miscopies node3 (.371 for its own .421): node3 is measured from its own line', () => {
    const text = [...LOGS, '', 'Results:', '✅ node2: 10:00:00.352 heartbeat timeout (+252 ms)', '✅ node3: 10:00:00.371 heartbeat timeout (+271 ms)'].join('\n');
    const read = readLogText(text, patterns);
    expect(read.summaryLines?.map((s) => [s.line + 1, s.node, s.headingLine + 1])).toEqual([
      [9, 'node2', 8],
      [10, 'node3', 8],
    ]);
    expect(detectionLines(text, 'node3')).toEqual([6]);
    const verdict = checkPaste(lesson, text);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.followers.find((f) => f.node === 'node3')).toMatchObject({ line: 6, detectionMs: 321, status: 'too-slow' });
    const said = verdict.checks[2]!.findings.find((f) => f.code === 'SUMMARY_LINES_NOT_MEASURED');
    // The summary puts node3 earlier than its own line: a warning says which line was measured and what it says instead.
    expect(said).toMatchObject({ severity: 'warning', line: 9, args: { headingLine: 8, heading: 'Results:', disagree: [{ line: 10, node: 'node3', saidMs: 271, usedLine: 6, usedMs: 321 }] } });
    expect(formatFindingMessage(said!)).toBe(
      'lines 9 and 10 restate node2\'s and node3\'s lines in your own summary under "Results:" (line 8), so they were not measured ' +
        '(a summary may miscopy a time): each node is measured from its own log lines; your summary says otherwise: line 10 puts node3 at +271 ms, ' +
        "but node3's own line 6, which was measured, says +321 ms",
    );
  });

  it('drops it without the checkmark and the delta, and with a blank line or a markdown heading over the block', () => {
    for (const heading of [['Summary:'], ['## Results', ''], ['# what I saw']]) {
      const text = [...LOGS, '', ...heading, 'node3: 10:00:00.371 heartbeat timeout'].join('\n');
      expect(detectionLines(text, 'node3'), heading.join('|')).toEqual([6]);
      expect(checkPaste(lesson, text).passed, heading.join('|')).toBe(false);
    }
  });

  it('drops a checklist whose times come last, under a heading below the last tail section', () => {
    const text = [
      '$ tail -n 2 node1.log node2.log node3.log',
      '==> node1.log <==',
      '10:00:00.100 [node1] WARN  received SIGTERM, shutting down',
      '==> node2.log <==',
      '10:00:00.101 [node2] WARN  connection to leader node1 closed: EOF',
      '==> node3.log <==',
      '10:00:00.421 [node3] WARN  heartbeat timeout, no message from leader node1 in 369ms',
      '',
      'Results:',
      '- leader node1 killed at 10:00:00.100',
      '- node3 heartbeat timeout at 10:00:00.380',
    ].join('\n');
    expect(readLogText(text, patterns).summaryLines?.map((s) => [s.line + 1, s.node, s.headingLine + 1])).toEqual([[11, 'node3', 9]]);
    expect(detectionLines(text, 'node3')).toEqual([7]);
    expect(checkPaste(lesson, text).passed).toBe(false);
  });

  it('keeps a block of `name: time` lines when that is the only shape the node has (a typed-out log under a heading)', () => {
    const text = ['$ date +%T.%3N; kill 4101', '10:00:00.100', 'Follower logs:', 'node2: 10:00:00.352 heartbeat timeout', 'node3: 10:00:00.371 heartbeat timeout'].join('\n');
    expect(readLogText(text, patterns).summaryLines).toBeUndefined();
    expect(detectionLines(text, 'node3')).toEqual([5]);
  });

  it('keeps pdsh / sed tagged output under its command, though the node has tagged lines elsewhere', () => {
    const text = [...LOGS, '$ tail -f node3.log | sed "s/^/node3: /"', 'node3: 10:00:00.371 heartbeat timeout'].join('\n');
    expect(readLogText(text, patterns).summaryLines).toBeUndefined();
    expect(detectionLines(text, 'node3')).toEqual([6, 8]);
    const pdsh = [
      '$ pdsh -w kv-[1-3] journalctl -u kv -o short-precise',
      'kv-2: Nov 30 14:05:12.885731 kv-2 kv_node[807]: connection to leader kv-3 lost: EOF',
      'kv-1: Nov 30 14:05:12.885902 kv-1 kv_node[806]: connection to leader kv-3 lost: EOF',
    ].join('\n');
    expect(readLogText(pdsh, patterns).summaryLines).toBeUndefined();
  });

  it('keeps a program\'s output under its banner line: a line right under a command is no heading', () => {
    const text = [...LOGS, '$ ./replay-node3.sh', 'Replaying node3 log', 'node3: 10:00:00.371 heartbeat timeout'].join('\n');
    expect(readLogText(text, patterns).summaryLines).toBeUndefined();
  });

  // adv39's serilog paste: each terminal under the command that started its node, `PS>` or a root/quoted `#`/`>` lead.
  it('keeps a node\'s lines under the command that ran it (`PS> dotnet run … --id 1`): a command is no heading (adv39)', () => {
    const terminal = (lead: string, id: number, lines: string[]): string[] => [`${lead} dotnet run --project RaftKv -- --id ${String(id)}${id === 1 ? '    (leader window)' : ''}`, ...lines, ''];
    for (const lead of ['PS>', '#', '>']) {
      const text = [
        ...terminal(lead, 1, ['[08:47:22.951 INF] Node 1: leader for term 2, sending heartbeats', '[08:47:23.001 INF] Node 1: Received SIGTERM, stopping node 1', '[08:47:23.003 INF] Application is shutting down...']),
        ...terminal(lead, 2, ['[08:47:22.952 DBG] Node 2: AppendEntries from 1 (term 2, 0 entries)', '[08:47:23.214 WRN] Node 2: Election timeout after 212ms, no heartbeat from leader 1', '[08:47:23.215 INF] Node 2: became candidate for term 3']),
        ...terminal(lead, 3, ['[08:47:22.952 DBG] Node 3: AppendEntries from 1 (term 2, 0 entries)', '[08:47:23.190 WRN] Node 3: Election timeout after 187ms, no heartbeat from leader 1', '[08:47:23.216 INF] Node 3: voted for 2 in term 3']),
      ].join('\n');
      expect(readLogText(text, patterns).summaryLines, lead).toBeUndefined();
      const verdict = checkPaste(lesson, text);
      expect(verdict.passed, lead).toBe(true);
      expect(verdict.checks[2]!.findings.map((f) => f.code), lead).not.toContain('SUMMARY_LINES_NOT_MEASURED');
    }
  });

  it("keeps a terminal's `node3: …` lines under its section header when an untimed kill sentence closes the paste (blind18 nim)", () => {
    const terminals = [
      '--- terminal 1: ./kv_node --id:1 ---',
      'NOTICE [kv_node] 14:05:30.112 node1: became leader for term 3',
      '',
      '--- terminal 4 ---',
      '$ date +%T.%3N; kill -9 7301',
      '14:05:33.100',
      '',
      '--- terminal 2: ./kv_node --id:2 ---',
      'WARN [kv_node] 14:05:33.101 node2: connection to leader node1 lost: recv returned 0 bytes',
      'NOTICE [kv_node] 14:05:33.302 node2: voted for node3 in term 4',
      '',
      '--- terminal 3: ./kv_node --id:3 ---',
      'WARN [kv_node] 14:05:33.297 node3: heartbeat timeout: no message from leader node1 for 245 ms',
      '',
    ];
    // The sentence's place gives it node3 (the last section's file run): an untimed kill there shows no node3 log.
    const text = [...terminals, "used kill -9 (SIGKILL) so node1 didn't log anything itself"].join('\n');
    expect(readLogText(text, patterns).summaryLines).toBeUndefined();
    expect(detectionLines(text, 'node3')).toEqual([13]);
    const verdict = checkPaste(lesson, text);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.followers.map((f) => [f.node, f.detectionMs])).toEqual([
      ['node2', 1],
      ['node3', 197],
    ]);
  });

  it("keeps a node's timed lines under perror's untimed `read: Connection reset by peer` in its terminal: stderr, no heading (adv22)", () => {
    const terminal = (said: string): string =>
      [
        '--- node 2 ---',
        '11:26:41.400 node 2: term 1: leader is 1',
        said,
        '11:26:47.771 node 2: term 1: election timeout, becoming candidate for term 2',
        '--- node 3 ---',
        '11:26:47.523 node 3: term 1: lost connection to leader 1 (read returned 0)',
        '--- node 1 ---',
        '11:26:47.523 node 1: caught SIGTERM, exiting',
        '$ date +%T.%3N; kill 23101',
        '11:26:47.522',
      ].join('\n');
    for (const said of ['read: Connection reset by peer', 'kv_node: recv from leader: Broken pipe', 'connect: Success']) {
      expect(readLogText(terminal(said), patterns).summaryLines, said).toBeUndefined();
      expect(detectionLines(terminal(said), 'node2'), said).toEqual([4]);
    }
    // Near miss: the student's own heading under it still heads a summary restating node 2's detection.
    const headed = terminal('read: Connection reset by peer\nWhat node 2 saw:');
    expect(readLogText(headed, patterns).summaryLines?.map((l) => [l.line + 1, l.headingLine + 1])).toEqual([[5, 4]]);
  });

  it('keeps a line under an untimed line that names its writer (an untimed log line is no heading)', () => {
    const text = [...LOGS, 'node3: election timer reset', 'node3: 10:00:00.371 heartbeat timeout'].join('\n');
    expect(readLogText(text, patterns).summaryLines).toBeUndefined();
  });
});

describe('dropSummaryLines: a typed table beside fenced logs (adv59d-28)', () => {
  const fenced = [
    '```text',
    'Dec 05 21:26:46.508050 vm kv_node[22919]: node1 INFO: received SIGTERM, shutting down',
    'Dec 05 21:26:46.509631 vm kv_node[22921]: node3 WARN: connection to leader node1 lost (EOF)',
    'Dec 05 21:26:46.822551 vm kv_node[22920]: node2 WARN: election timeout fired after 316 ms: no heartbeat from leader node1, becoming candidate (term 2)',
    '```',
  ];
  const table = ['## kill the leader', '', '| event | time | detection |', '|---|---|---|', '| node3 EOF | 21:26:46.509 | +1 ms |', '| node2 election timeout | 21:26:46.782 | +274 ms |', ''];

  // Timed from node1's own line (.508050): node2 +314.501, node3 +1.581 ms; the table's row says +274 for node2.
  it("measures the nodes' fenced lines, not the table's rows above them", () => {
    const verdict = checkPaste(lesson, [...table, ...fenced].join('\n'));
    expect(verdict.measurements?.followers.map((f) => [f.node, f.detectionMs])).toEqual([
      ['node2', 314.501],
      ['node3', 1.581],
    ]);
    expect(verdict.passed).toBe(false);
  });

  it('reads a fence as no heading: the same fenced lines alone are measured alike', () => {
    expect(checkPaste(lesson, fenced.join('\n')).measurements?.followers.map((f) => [f.node, f.detectionMs])).toEqual([
      ['node2', 314.501],
      ['node3', 1.581],
    ]);
  });
});

describe('readLogText: a kill sentence is the student line', () => {
  const logs = [
    '14:03:10,953 [node1] heartbeat -> node2,node3',
    '14:03:11,478 [node1] heartbeat -> node2,node3',
    '14:03:11,482 [node1] received SIGTERM, shutting down',
    '14:03:11,479 [node2] heartbeat from node1, term 1',
    '14:03:11,783 [node2] heartbeat timeout (300 ms), candidate for term 2',
    '14:03:12,013 [node2] leader for term 3',
    '14:03:11,478 [node3] heartbeat from node1, term 1',
    '14:03:11,786 [node3] heartbeat timeout (300 ms), candidate for term 2',
  ];
  const sentence = 'kill um 14:03:11,482, both followers time out (split vote, then node2 wins term 3):';
  const kills = (events: readonly LogEvent[]) => events.filter((e) => e.kind === 'kill').map((e) => ({ line: e.line + 1, node: e.node, target: e.target, inWords: e.timeInWords === true }));

  it('is no file in a cat of whole files, and names no node its words name after its time', () => {
    const { events } = readLogText([sentence, '', ...logs].join('\n'), patterns);
    expect(kills(events)).toEqual([
      { line: 1, node: undefined, target: undefined, inWords: true },
      { line: 5, node: 'node1', target: undefined, inWords: false },
    ]);
  });

  it('names the node its words name before its time', () => {
    const { events } = readLogText(['killed node1 (the leader) at 14:03:11,482, then node2 won term 3', '', ...logs].join('\n'), patterns);
    expect(kills(events)[0]).toEqual({ line: 1, node: undefined, target: 'node1', inWords: true });
  });

  it("yields to the leader's own line at the same instant: that line is the kill (a log line over a sentence)", () => {
    const { events } = readLogText([sentence, '', ...logs].join('\n'), patterns);
    const judged = judgeKills(events, placeEventsOnClock(events));
    expect(judged.map((k) => ({ line: k.event.line + 1, killed: k.killed, ofLeader: k.ofLeader, ownLine: k.ownLine }))).toEqual([
      { line: 5, killed: 'node1', ofLeader: true, ownLine: undefined },
    ]);
  });

  it("takes a 12-hour time written without AM/PM at the reading next to the nodes' `… PM` times, so it yields to the own line (adv48)", () => {
    const pm = [
      '[03:26:16.678 PM] node1: follower connected (2 peers)',
      '[03:26:17.699 PM] node1: received SIGTERM, shutting down',
      '[03:26:17.703 PM] node2: connection to leader node1 lost (EOF)',
      '[03:26:18.038 PM] node3: election timeout: no heartbeat from leader node1 in 380 ms, becoming candidate (term 2)',
    ];
    const { events } = readLogText([...pm, '', 'kill at 03:26:17.699, node2 noticed at 03:26:17.703 (4 ms)'].join('\n'), patterns);
    expect(events.find((e) => e.timeInWords === true)?.time?.dayMs).toBe(((15 * 60 + 26) * 60 + 17) * 1000 + 699);
    const judged = judgeKills(events, placeEventsOnClock(events));
    expect(judged.map((k) => ({ line: k.event.line + 1, killed: k.killed }))).toEqual([{ line: 2, killed: 'node1' }]);
    // Written with AM, the hour stays as written.
    const am = readLogText([...pm, '', 'kill at 03:26:17.699 AM, node2 noticed at 03:26:17.703 (4 ms)'].join('\n'), patterns).events;
    expect(am.find((e) => e.timeInWords === true)?.time?.dayMs).toBe(((3 * 60 + 26) * 60 + 17) * 1000 + 699);
  });

  it('stays the kill, joined to the own line, when that line is later (the stricter reading)', () => {
    const later = logs.map((l) => l.replace('14:03:11,482 [node1]', '14:03:11,490 [node1]'));
    const { events } = readLogText([sentence, '', ...later].join('\n'), patterns);
    const judged = judgeKills(events, placeEventsOnClock(events));
    expect(judged.map((k) => ({ line: k.event.line + 1, killed: k.killed, ownLine: k.ownLine && k.ownLine.event.line + 1 }))).toEqual([{ line: 1, killed: 'node1', ownLine: 5 }]);
  });

  it("keeps a program's line that only a `^C` precedes its file's (blind12-rust-env-logger)", () => {
    const text = [
      'node1 $ cargo run -- --id 1',
      '[2026-12-01T10:13:59Z INFO  kv_node::raft] node1: became leader for term 1',
      '^C[2026-12-01T10:14:22Z INFO  kv_node] node1: received SIGINT, shutting down',
      '',
      'node2 $ cargo run -- --id 2',
      '[2026-12-01T10:13:58Z INFO  kv_node] node2 listening on 127.0.0.1:7002',
      '[2026-12-01T10:14:22Z WARN  kv_node::raft] node2: heartbeat timeout after 247ms, starting election for term 2',
    ].join('\n');
    const { events } = readLogText(text, patterns);
    expect(kills(events)).toEqual([{ line: 3, node: 'node1', target: undefined, inWords: false }]);
  });
});

describe('readLogText: a sentence that is no kill is no node line', () => {
  const paste = [
    '$ date -u +%FT%T.%3NZ; kill -9 8841',
    '2026-12-01T14:05:33.301Z',
    '==> n3.log <==',
    '2026-12-01T19:50:33.201+0545 [n3] DEBUG heartbeat from leader n1 term 2',
    '2026-12-01T19:50:33.519+0545 [n3] WARN election timeout fired (no heartbeat from leader n1 for 268 ms)',
    '',
    'kill at 14:05:33.301Z = 19:50:33.301 here. n2 EOF after 2 ms, n3 timer after 218 ms.',
  ].join('\n');

  it("drops a closing sentence under a node's section: its EOF is no detection of that node, its time none of its clock", () => {
    const events = readLogText(paste, patterns).events;
    expect(events.some((e) => e.line === 6)).toBe(false);
    expect(events.filter((e) => e.kind === 'heartbeat-timeout' || e.kind === 'connection-lost').map((e) => e.line)).toEqual([4]);
  });

  it("keeps a line whose own column names its writer, and a program's lines timed at their end", () => {
    expect(readLogText('[n3] WARN lost connection to leader n1 at 19:50:33.303 (EOF)', patterns).events.map((e) => e.kind)).toEqual(['connection-lost']);
    const timeLast = ['==> n3.log <==', 'WARN heartbeat timeout (10:00:00.100)', 'INFO granted vote to n2 (10:00:00.102)', 'INFO append from n2 ok (10:00:00.110)'].join('\n');
    expect(readLogText(timeLast, patterns).events.map((e) => e.kind)).toContain('heartbeat-timeout');
  });
});

describe('markKillsInWords: a kill sentence under a tail section is the student line, not the section node', () => {
  const tails = (node3Last: string, sentence: string): string =>
    [
      '$ tail -n 3 logs/node2.log logs/node3.log',
      '==> logs/node2.log <==',
      '10:00:00.002 [node2] DEBUG heartbeat from leader node1 (term 2)',
      '10:00:00.052 [node2] DEBUG heartbeat from leader node1 (term 2)',
      '10:00:00.101 [node2] WARN  connection to leader node1 closed: EOF',
      '',
      '==> logs/node3.log <==',
      '10:00:00.002 [node3] DEBUG heartbeat from leader node1 (term 2)',
      '10:00:00.052 [node3] DEBUG heartbeat from leader node1 (term 2)',
      node3Last,
      '',
      sentence,
    ].join('\n');
  const judged = (text: string) => {
    const { events } = readLogText(text, patterns);
    return judgeKills(events, placeEventsOnClock(events)).map((k) => ({ line: k.event.line + 1, node: k.event.node, killed: k.killed, ofLeader: k.ofLeader }));
  };

  it('"I killed the leader (node1) at …" below node3\'s tail is the kill of node1, the leader (adv16)', () => {
    const text = tails('10:00:00.280 [node3] WARN  heartbeat timeout, no message from leader node1 in 228ms', 'I killed the leader (node1) at 10:00:00.100');
    expect(judged(text)).toEqual([{ line: 12, node: undefined, killed: 'node1', ofLeader: true }]);
    expect(checkPaste(lesson, text).measurements?.followers.map((f) => [f.node, f.detectionMs])).toEqual([
      ['node2', 1],
      ['node3', 180],
    ]);
  });

  it("is not believed over the nodes' own lines: node2's SIGTERM then, node1 leading on (adv17's false pass stays a fail)", () => {
    const text = [
      '$ tail -n 4 logs/node1.log logs/node2.log logs/node3.log',
      '==> logs/node1.log <==',
      '10:00:00.051 [node1] DEBUG term 2: heartbeat sent to node2, node3',
      '10:00:00.101 [node1] DEBUG term 2: heartbeat sent to node3',
      '10:00:00.151 [node1] DEBUG term 2: heartbeat sent to node3',
      '',
      '==> logs/node2.log <==',
      '10:00:00.052 [node2] DEBUG heartbeat from leader node1 (term 2), election timeout reset',
      '10:00:00.100 [node2] INFO  received SIGTERM, shutting down',
      '10:00:00.101 [node2] WARN  connection to leader node1 closed: use of closed network connection',
      '',
      '==> logs/node3.log <==',
      '10:00:00.102 [node3] WARN  peer node2 stream closed: EOF',
      '10:00:00.152 [node3] DEBUG heartbeat from leader node1 (term 2), election timeout reset',
      '',
      'I killed the leader (node1) at 10:00:00.100 with kill 4102.',
    ].join('\n');
    const verdict = checkPaste(lesson, text);
    expect(verdict.passed).toBe(false);
    expect(verdict.checks[2]!.findings.map((f) => f.code)).toContain('KILLED_NODE_LED_ON');
  });

  it('a sentence naming no node joins the section node\'s own shutdown line: a killed follower stays one', () => {
    const text = tails('10:00:00.101 [node3] INFO  received SIGTERM, shutting down', 'killed it at 10:00:00.100');
    expect(judged(text)).toMatchObject([{ line: 12, killed: 'node3', ofLeader: false }]);
    expect(checkPaste(lesson, text).passed).toBe(false);
  });
});

describe('dropSummaryLines: lines that open with their time under a heading', () => {
  const grepH = [
    '$ grep -H "leader" logs/node*.log | tail -3',
    'logs/node1.log:09:59:58.101 node1 INFO  became leader for term 2',
    'logs/node2.log:09:59:58.105 node2 INFO  following leader node1 for term 2',
    'logs/node3.log:09:59:58.104 node3 INFO  following leader node1 for term 2',
    '',
  ];

  it("are the terminals' own lines when their nodes' own lines show no event of their kind (adv16)", () => {
    const text = [
      ...grepH,
      'The three terminals after I ran kill 4101 (node1):',
      '10:00:00.100 node1 WARN  received SIGTERM, shutting down',
      '10:00:00.101 node2 WARN  connection to leader node1 closed: EOF',
      '10:00:00.280 node3 WARN  heartbeat timeout, no message from leader node1 in 228ms',
    ].join('\n');
    expect(readLogText(text, patterns).summaryLines).toBeUndefined();
    expect(detectionLines(text, 'node3')).toEqual([9]);
    expect(checkPaste(lesson, text).measurements?.followers.map((f) => [f.node, f.detectionMs])).toEqual([
      ['node2', 1],
      ['node3', 180],
    ]);
  });

  it("are a summary when they restate an event their node's own lines show: a miscopied .371 is not measured", () => {
    const text = [
      '$ grep -H "SIGTERM\\|EOF\\|timeout" logs/node*.log',
      'logs/node1.log:10:00:00.100 node1 WARN  received SIGTERM, shutting down',
      'logs/node2.log:10:00:00.101 node2 WARN  connection to leader node1 closed: EOF',
      'logs/node3.log:10:00:00.421 node3 WARN  heartbeat timeout, no message from leader node1 in 369ms',
      '',
      'What I saw:',
      '10:00:00.101 node2 connection to leader closed (EOF)',
      '10:00:00.371 node3 heartbeat timeout',
    ].join('\n');
    expect(readLogText(text, patterns).summaryLines?.map((s) => [s.line + 1, s.node, s.headingLine + 1])).toEqual([
      [7, 'node2', 6],
      [8, 'node3', 6],
    ]);
    expect(detectionLines(text, 'node3')).toEqual([4]);
    expect(checkPaste(lesson, text).passed).toBe(false);
  });

  it('are a summary when they restate another kind of detection than their node\'s own line (adv17): a detection is one class', () => {
    const text = [
      '$ grep -H "SIGTERM\\|EOF\\|timeout\\|lost\\|closed" logs/node*.log',
      'logs/node1.log:10:00:00.100 node1 WARN  received SIGTERM, shutting down',
      'logs/node2.log:10:00:00.101 node2 WARN  connection to leader node1 closed: EOF',
      'logs/node3.log:10:00:00.421 node3 WARN  heartbeat timeout, no message from leader node1 in 369ms',
      '',
      'What I saw:',
      '10:00:00.371 node3 lost connection to leader',
    ].join('\n');
    expect(readLogText(text, patterns).summaryLines?.map((s) => [s.line + 1, s.node])).toEqual([[7, 'node3']]);
    expect(checkPaste(lesson, text).measurements?.followers.map((f) => [f.node, f.detectionMs])).toEqual([
      ['node2', 1],
      ['node3', 321],
    ]);
  });
});

describe('dropSummaryLines: every shape of the summary a student adds after the logs (nu33)', () => {
  // The lesson's Task steps 5-6 ask for the times and the detection time: pastes end with the student's summary.
  const logs = [
    '[node 1] 12:04:05.000 received SIGTERM, shutting down',
    '[node 2] 12:04:05.004 connection to leader lost (EOF)',
    '[node 3] 12:04:05.340 heartbeat timeout, starting election term 2',
    '',
  ];
  const node3 = (text: string) => checkPaste(lesson, text).measurements?.followers.find((f) => f.node === 'node3');
  const summaryOf = (text: string) => readLogText(text, patterns).summaryLines?.map((s) => [s.line + 1, s.node, s.headingLine + 1]);
  const shapes: [string, string[]][] = [
    ['a `kill:` record under "Results:"', ['Results:', 'kill:  12:04:05.000', 'node2: 12:04:05.004 connection to leader lost (+4 ms)', 'node3: 12:04:05.210 heartbeat timeout (+210 ms)']],
    ['a `kill:` record under "My results:"', ['My results:', 'kill:  12:04:05.000', 'node2: 12:04:05.004 connection to leader lost (+4 ms)', 'node3: 12:04:05.210 heartbeat timeout (+210 ms)']],
    ['prose with no heading', ['Leader killed at 12:04:05.000', 'node2 detected at 12:04:05.004 (connection to leader lost, +4 ms)', 'node3 detected at 12:04:05.210 (heartbeat timeout, +210 ms)']],
    ['a markdown table', ['## Timing', '| node | time | event |', '|---|---|---|', '| kill | 12:04:05.000 | SIGTERM |', '| node2 | 12:04:05.004 | connection to leader lost |', '| node3 | 12:04:05.210 | heartbeat timeout |']],
  ];

  for (const [name, summary] of shapes) {
    it(`drops ${name} that miscopies node3 (+210 for its own +340): node3 is measured from line 3 and fails`, () => {
      const text = [...logs, ...summary].join('\n');
      expect(node3(text), name).toMatchObject({ line: 3, detectionMs: 340, status: 'too-slow' });
      expect(checkPaste(lesson, text).passed, name).toBe(false);
      const said = checkPaste(lesson, text).checks[2]!.findings.find((f) => f.code === 'SUMMARY_LINES_NOT_MEASURED');
      expect(said?.severity, name).toBe('warning');
      expect(formatFindingMessage(said!), name).toContain("puts node3 at +210 ms, but node3's own line 3, which was measured, says +340 ms");
    });
  }

  it('names no node `kill` or `node` from the table, and keeps the kill on node 1', () => {
    const text = [...logs, ...shapes[3]![1]].join('\n');
    const read = readLogText(text, patterns);
    expect(read.nodes).toEqual(['node1', 'node2', 'node3']);
    expect(summaryOf(text)).toEqual([
      [9, 'node2', 5],
      [10, 'node3', 5],
    ]);
    expect(checkPaste(lesson, text).measurements).toMatchObject({ leader: 'node1', killedNode: 'node1' });
  });

  it('says "below the logs" for a block with no heading', () => {
    const text = [...logs, ...shapes[2]![1]].join('\n');
    expect(summaryOf(text)).toEqual([
      [6, 'node2', 0],
      [7, 'node3', 0],
    ]);
    const said = checkPaste(lesson, text).checks[2]!.findings.find((f) => f.code === 'SUMMARY_LINES_NOT_MEASURED');
    expect(said?.args).toMatchObject({ headingLine: null, heading: null });
    expect(formatFindingMessage(said!)).toMatch(/^lines 6 and 7 restate node2's and node3's lines in your own summary below the logs, so they were not measured/);
  });

  it('near miss: a summary that agrees with the logs still passes, with an info note and no "says otherwise"', () => {
    const fast = logs.map((l) => l.replace('12:04:05.340', '12:04:05.210'));
    for (const [name, summary] of shapes) {
      const text = [...fast, ...summary].join('\n');
      const verdict = checkPaste(lesson, text);
      expect(verdict.passed, name).toBe(true);
      expect(node3(text), name).toMatchObject({ line: 3, detectionMs: 210 });
      const said = verdict.checks[2]!.findings.find((f) => f.code === 'SUMMARY_LINES_NOT_MEASURED');
      // Prose with no heading restates nothing going back: it is left alone, and measures the same.
      if (name === 'prose with no heading') expect(said, name).toBeUndefined();
      else expect([said?.severity, formatFindingMessage(said!).includes('otherwise')], name).toEqual(['info', false]);
    }
  });

  it("says so when the summary states a detection node 3's own lines do not show after the kill", () => {
    const text = ['[node 1] 12:04:05.000 received SIGTERM, shutting down', '[node 2] 12:04:05.004 connection to leader lost (EOF)', '[node 3] 12:04:03.513 following leader 1 (term 1)', '', 'Results:', 'node3: 12:04:05.210 heartbeat timeout (+210 ms)'].join('\n');
    const verdict = checkPaste(lesson, text);
    expect(verdict.passed).toBe(false);
    const said = verdict.checks[2]!.findings.find((f) => f.code === 'SUMMARY_LINES_NOT_MEASURED');
    expect(said).toMatchObject({ severity: 'warning', args: { disagree: [{ line: 6, node: 'node3', saidMs: null, usedLine: null, usedMs: null }] } });
    expect(formatFindingMessage(said!)).toContain("your summary says otherwise: line 6 says node3 noticed the dead leader, but node3's own lines show no detection after the kill");
  });

  it('near miss: a summary later than the logs (flattering nothing) is dropped with an info note', () => {
    const text = [...logs, 'Results:', 'node3: 12:04:05.390 heartbeat timeout (+390 ms)'].join('\n');
    const said = checkPaste(lesson, text).checks[2]!.findings.find((f) => f.code === 'SUMMARY_LINES_NOT_MEASURED');
    expect(said?.severity).toBe('info');
    expect(node3(text)).toMatchObject({ line: 3, detectionMs: 340 });
  });

  it("near miss: a genuine out-of-order line of another node (its own tag) is no summary, and is measured", () => {
    const text = ['[node 1] 12:04:05.000 received SIGTERM, shutting down', '[node 3] 12:04:05.210 heartbeat timeout, starting election term 2', '[node 2] 12:04:05.004 connection to leader lost (EOF)'].join('\n');
    expect(readLogText(text, patterns).summaryLines).toBeUndefined();
    expect(checkPaste(lesson, text).measurements?.followers.map((f) => [f.node, f.detectionMs, f.line])).toEqual([
      ['node2', 4, 3],
      ['node3', 210, 2],
    ]);
  });

  it("near miss: a `node2: …` line right after the logs that goes back against node 3's lines, not its own, stays node 2's", () => {
    // node 2 has no line in another shape: its `node2:` line is all the paste shows of it.
    const text = ['[node 1] 12:04:05.000 received SIGTERM, shutting down', '[node 3] 12:04:05.210 heartbeat timeout, starting election term 2', 'node2: 12:04:05.004 connection to leader lost (EOF)'].join('\n');
    expect(readLogText(text, patterns).summaryLines).toBeUndefined();
    expect(checkPaste(lesson, text).passed).toBe(true);
  });

  it('near miss: a line of the node going forward after its own lines, with no heading, is kept (its later line, not a restatement)', () => {
    const text = [...logs, 'node3: 12:04:05.360 became candidate, heartbeat timeout'].join('\n');
    expect(readLogText(text, patterns).summaryLines).toBeUndefined();
  });

  it('keeps a retyped line under a heading when the node has no line of its own shape (x06: all the paste shows of node 3)', () => {
    const text = [
      '[node 1] 12:04:05.000 received SIGTERM, shutting down',
      '[node 2] 12:04:05.004 connection to leader lost (EOF)',
      '[node 2] 12:04:05.201 election timeout, starting election term 2',
      '',
      "(node 3's terminal got closed before I could copy it, but it showed:)",
      'node 3 12:04:05.210 heartbeat timeout',
    ].join('\n');
    expect(readLogText(text, patterns).summaryLines).toBeUndefined();
    expect(node3(text)).toMatchObject({ line: 6, detectionMs: 210 });
  });
});

describe("readLogText: a `#` note is the student's, no node's detection (adv42 p57)", () => {
  const P57 = [
    '2026-12-03T16:54:28.149Z kv_node[1] WARN received SIGTERM, shutting down',
    '2026-12-03T16:54:28.390Z kv_node[2] WARN heartbeat timeout: no heartbeat from leader node1 in 250 ms',
    '2026-12-03T16:54:28.390Z kv_node[2] INFO becoming candidate, starting election for term 2',
    "(node3's terminal was closed before I copied it; from memory it printed:)",
    '# 2026-12-03T16:54:28.402Z kv_node[3] heartbeat timeout',
  ].join('\n');

  it('makes no detection event of a line the student typed after `#`, timed and naming a node as it may be', () => {
    expect(readLogText(P57, patterns).events.map((e) => [e.line, e.kind])).toEqual([
      [0, 'kill'],
      [1, 'heartbeat-timeout'],
      [2, 'election-started'],
    ]);
  });

  it('so the report asks for the follower\'s log, not for a node name on a line that has one', () => {
    const verdict = checkPaste(lesson, P57);
    expect(verdict.passed).toBe(false);
    const messages = verdict.checks.flatMap((c) => c.findings.map((f) => formatFindingMessage(f)));
    expect(messages.join('\n')).not.toMatch(/could not be tied to any node/);
    expect(verdict.checks.flatMap((c) => c.findings.map((f) => f.code))).toContain('FOLLOWER_MISSING');
  });

  it("a stack frame's `#1 0x… in on_heartbeat_timeout` is no note: its event stays", () => {
    const frame = '    #1 0x55f1c2a4d1a7 in on_heartbeat_timeout src/raft.c:141';
    expect(readLogText(frame, patterns).events.map((e) => e.kind)).toEqual(['heartbeat-timeout']);
  });

  it("a node's own line holding a `#` is still its detection", () => {
    const line = '10:00:00.352 [node2] WARN heartbeat timeout #3: no message from leader node1 in 300ms';
    expect(readLogText(line, patterns).events.map((e) => [e.kind, e.node])).toEqual([['heartbeat-timeout', 'node2']]);
  });
});
