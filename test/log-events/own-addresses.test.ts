// A leader known only by its address (PySyncObj's `leader changed from None to 127.0.0.1:27063`), and a `cat` of files
// whose only name is the startup line's `kv_node N listening on …` (src/log-events/own-addresses.ts, attribute-node.ts
// readSpacedStartupNode, alias-term-leaders.ts). Shapes of the real43 captures (fixtures/pastes-corpus/real/real43),
// cut small; the whole pastes are corpus cases.
import { describe, expect, it } from 'vitest';
import { readLogText, type LogEvent } from '../../src/log-events/index.js';
import { readSpacedStartupNode } from '../../src/log-events/attribute-node.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson, W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;
const LESSON = loadLesson('w12-l03');

const eventsOf = (lines: readonly string[]): readonly LogEvent[] => readLogText(lines.join('\n'), patterns).events;
const statements = (lines: readonly string[]): string[] =>
  eventsOf(lines)
    .filter((e) => e.kind === 'follows-leader')
    .map((e) => `${e.line + 1} ${e.node ?? '-'} ${e.leader ?? '-'}`);
const at = (time: string, text: string): string => `2026-12-03 20:54:${time} ${text}`;

// `tail -n 6 node*.log` of run F: node3's startup line cut, its address shown only by its own words after its claim.
const TAIL_N6 = [
  '$ tail -n 6 node*.log',
  '==> node1.log <==',
  at('48,506', 'INFO state follower -> candidate'),
  at('48,506', 'WARNING election timeout: no heartbeat from leader, starting election'),
  at('48,513', 'INFO leader changed from 127.0.0.1:27063 to None'),
  at('48,708', 'INFO state candidate -> follower'),
  at('48,716', 'INFO leader changed from None to 127.0.0.1:27062'),
  at('51,262', 'WARNING received SIGTERM, shutting down'),
  '',
  '==> node2.log <==',
  at('48,505', 'WARNING election timeout: no heartbeat from leader, starting election'),
  at('48,513', 'INFO leader changed from 127.0.0.1:27063 to None'),
  at('48,709', 'INFO state candidate -> leader'),
  at('48,709', 'INFO I am the leader now (term 3)'),
  at('48,716', 'INFO leader changed from None to 127.0.0.1:27062'),
  at('51,263', 'WARNING received SIGTERM, shutting down'),
  '',
  '==> node3.log <==',
  at('41,997', 'INFO state follower -> candidate'),
  at('41,997', 'WARNING election timeout: no heartbeat from leader, starting election'),
  at('42,000', 'INFO state candidate -> leader'),
  at('42,001', 'INFO I am the leader now (term 1)'),
  at('42,005', 'INFO leader changed from None to 127.0.0.1:27063'),
  at('48,247', 'WARNING received SIGTERM, shutting down'),
];

describe('a leader named by the address its own words give', () => {
  it('reads the address a node names right after it claims to lead as its own', () => {
    expect(statements(TAIL_N6)).toEqual(['7 node1 node2', '15 node2 node2', '23 node3 node3']);
  });

  it('judges the kill of that node as the leader’s: node3 killed, both followers in time', () => {
    const verdict = checkPaste(LESSON, Buffer.from(TAIL_N6.join('\n')));
    expect([verdict.passed, verdict.measurements?.killLine, verdict.measurements?.leader]).toEqual([true, 24, 'node3']);
    expect(verdict.measurements?.followers.map((f) => [f.node, f.detectionMs])).toEqual([
      ['node1', 259],
      ['node2', 258],
    ]);
  });

  it('names that node wherever the address stands for it: a follower’s lost connection to it is to node3', () => {
    const lines = [
      '==> node1.log <==',
      at('48,506', 'WARNING connection to peer 127.0.0.1:27063 lost (EOF)'),
      '',
      ...TAIL_N6.slice(17),
    ];
    const lost = eventsOf(lines).find((e) => e.kind === 'connection-lost');
    expect([lost?.node, lost?.peer]).toEqual(['node1', 'node3']);
  });

  it('also without the claim’s term', () => {
    const noTerm = TAIL_N6.map((l) => l.replace('I am the leader now (term 1)', 'I am the leader now'));
    expect(statements(noTerm)).toContain('23 node3 node3');
  });

  it('names the claimant in a follower’s statement with no term when claims have terms (the latest claim before it)', () => {
    // A live `tail -f`: node3's own statement not shown; node2's is 5 ms after node3's claim of term 1.
    const lines = [
      '==> node2.log <==',
      '2026-12-03 20:56:05,199 INFO kv_node 2 listening on 127.0.0.1:27072, peers 127.0.0.1:27071,127.0.0.1:27073, pid 31380',
      '2026-12-03 20:56:05,374 INFO leader changed from None to 127.0.0.1:27073',
      '',
      '==> node3.log <==',
      '2026-12-03 20:56:05,369 INFO I am the leader now (term 1)',
      '2026-12-03 20:56:11,784 WARNING received SIGTERM, shutting down',
    ];
    expect(statements(lines)).toEqual(['3 node2 node3']);
  });

  it('does not take the address a node names after another’s claim for its own: the later claimant is named', () => {
    const lines = [
      '==> node1.log <==',
      at('42,000', 'INFO I am the leader now (term 1)'),
      at('42,400', 'INFO leader changed from None to 127.0.0.1:27062'),
      '',
      '==> node2.log <==',
      at('42,200', 'INFO I am the leader now (term 2)'),
    ];
    expect(statements(lines)).toEqual(['3 node1 node2']);
  });
});

describe('the one peer address left', () => {
  // `tail -n 10 node*.log` of run B: node1's section holds no address; node2's and node3's startup lines list theirs and their peers.
  const TAIL_N10 = [
    '==> node1.log <==',
    '2026-12-03 20:50:12,583 INFO set k20=v20 ok',
    '2026-12-03 20:50:15,097 WARNING received SIGTERM, shutting down',
    '',
    '==> node2.log <==',
    '2026-12-03 20:50:10,476 INFO kv_node 2 listening on 127.0.0.1:27022, peers 127.0.0.1:27021,127.0.0.1:27023, pid 23870',
    '2026-12-03 20:50:10,686 INFO leader changed from None to 127.0.0.1:27021',
    '',
    '==> node3.log <==',
    '2026-12-03 20:50:10,515 INFO kv_node 3 listening on 127.0.0.1:27023, peers 127.0.0.1:27021,127.0.0.1:27022, pid 23871',
    '2026-12-03 20:50:10,687 INFO leader changed from None to 127.0.0.1:27021',
  ];

  it('is the one writer with no address of its own', () => {
    expect(statements(TAIL_N10)).toEqual(['7 node2 node1', '11 node3 node1']);
  });

  it('names nobody when every writer has an address (the leader’s file not pasted)', () => {
    expect(statements(TAIL_N10.slice(4))).toEqual(['3 node2 127.0.0.1:27021', '7 node3 127.0.0.1:27021']);
  });
});

describe('kv_node N listening: a startup line names its file in a cat', () => {
  it('reads the program and its number as two words at a startup verb only', () => {
    expect(['kv_node 2 listening on 127.0.0.1:27062, peers …', 'INFO kv_node 3 starting', 'node 1 is listening on :7001', 'kv_node 2 peers 127.0.0.1:1', 'kv_node 11525 ready'].map(readSpacedStartupNode)).toEqual(['node2', 'node3', 'node1', undefined, undefined]);
  });

  it('gives each file of a writerless cat its node, by the time jumping back at each startup line', () => {
    const lines = [
      '$ cat node*.log',
      '2026-12-03 20:54:41,784 INFO kv_node 1 listening on 127.0.0.1:27061, peers 127.0.0.1:27062,127.0.0.1:27063, pid 29244',
      '2026-12-03 20:54:48,506 WARNING election timeout: no heartbeat from leader, starting election',
      '2026-12-03 20:54:41,837 INFO kv_node 2 listening on 127.0.0.1:27062, peers 127.0.0.1:27061,127.0.0.1:27063, pid 29246',
      '2026-12-03 20:54:48,505 WARNING election timeout: no heartbeat from leader, starting election',
      '2026-12-03 20:54:41,788 INFO kv_node 3 listening on 127.0.0.1:27063, peers 127.0.0.1:27061,127.0.0.1:27062, pid 29248',
      '2026-12-03 20:54:42,001 INFO I am the leader now (term 1)',
      '2026-12-03 20:54:48,247 WARNING received SIGTERM, shutting down',
    ];
    expect(eventsOf(lines).map((e) => `${e.line + 1} ${e.kind} ${e.node ?? '-'}`)).toEqual([
      '2 startup node1',
      '3 heartbeat-timeout node1',
      '4 startup node2',
      '5 heartbeat-timeout node2',
      '6 startup node3',
      '7 became-leader node3',
      '8 kill node3',
    ]);
  });
});
