import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLogText } from '../../src/log-events/index.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson, ROOT, W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const nodesOf = (text: string): readonly string[] => readLogText(text, compiled.patterns).nodes;

// blind10's paste: `tail -n +1 logs/*.log` of a load client's log and the three nodes' logs.
const CLIENT_PASTE = readFileSync(join(ROOT, 'fixtures/pastes-corpus/blind10-access-log-clients-econnrefused.log'), 'utf8');
const section = (name: string, lines: readonly string[]): string => [`==> logs/${name}.log <==`, ...lines].join('\n');

describe('a writer beside the cluster that is none of its members', () => {
  it('a load client whose only event is a refused connection is no node, and no follower', () => {
    expect(nodesOf(CLIENT_PASTE)).toEqual(['node1', 'node2', 'node3']);
    const m = checkPaste(loadLesson('w12-l03'), CLIENT_PASTE).measurements!;
    expect(m.followers.map((f) => f.node)).toEqual(['node2', 'node3']);
  });

  it("cannot stand in for a follower that never noticed: node3's lines after the kill removed, the paste fails", () => {
    const silent = CLIENT_PASTE.split('\n').filter((line) => !/node3 raft: (connection|granted|following)/.test(line)).join('\n');
    const verdict = checkPaste(loadLesson('w12-l03'), silent);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.map((f) => [f.node, f.status])).toEqual([['node2', 'detected'], ['node3', 'no-detection']]);
  });

  const node = (n: number, rest: string): string => `2026/12/01 14:21:09.${600 + n} node${n} raft: ${rest}`;
  const nodes = [
    section('node1', [node(1, 'received SIGTERM, shutting down')]),
    section('node2', [node(2, 'connection to leader node1 lost: EOF')]),
    section('node3', [node(3, 'connection to leader node1 lost: EOF')]),
  ];
  it('stays a node when it says something of a Raft role (a vote, an election), or lines name it as leader', () => {
    const voter = section('witness', ['2026/12/01 14:21:09.640 witness raft: granted vote to node2, term 3']);
    expect(nodesOf([...nodes, voter].join('\n'))).toContain('witness');
    const led = section('raft-a', ['2026/12/01 14:21:09.640 raft-a raft: connection refused']);
    const namesIt = section('node4', ['2026/12/01 14:21:09.650 node4 raft: following leader raft-a, term 3']);
    expect(nodesOf([...nodes, led, namesIt].join('\n'))).toContain('raft-a');
  });

  it('is not decided without a numbered family of three: nodes named alpha, beta, gamma keep every writer', () => {
    const greek = ['alpha', 'beta', 'gamma'].map((name, k) => section(name, [`2026/12/01 14:21:09.${600 + k} ${name} raft: connection to leader lost: EOF`]));
    const monitor = section('monitor', ['2026/12/01 14:21:09.640 monitor GET k1: connection refused']);
    expect(nodesOf([...greek, monitor].join('\n'))).toEqual(expect.arrayContaining(['alpha', 'beta', 'gamma', 'monitor']));
    expect(nodesOf([nodes[0], nodes[1], monitor].join('\n'))).toContain('monitor');
  });

  it('a writer named as a client or proxy is none, whatever the family and whatever it logs (adv52f-19)', () => {
    const greek = ['alpha', 'beta', 'gamma'].map((name, k) => section(name, [`2026/12/01 14:21:09.${600 + k} ${name} raft: connection to leader lost: EOF`]));
    const client = section('client', ['2026/12/01 14:21:09.640 client GET k1: connection refused']);
    expect(nodesOf([...greek, client].join('\n'))).toEqual(['alpha', 'beta', 'gamma']);
    const proxy = section('kv-proxy', ['2026/12/01 14:21:09.640 kv-proxy routing requests to leader node1 (term 1)']);
    expect(nodesOf([nodes[0], nodes[1], proxy].join('\n'))).not.toContain('kv-proxy');
  });
});

describe('writers the start lines leave out (findUnlistedWriters)', () => {
  const read = (lines: string[]) => readLogText(lines.join('\n'), compiled.patterns);
  const lost = (node: string) => `10:04:38.644 WARN  [${node}] connection to leader node1 lost (EOF)`;

  it('a writer no peer list names, with no start line of its own, is none of the nodes', () => {
    const read2 = read(['10:04:35.935 INFO  [node1] kv_node node1 starting pid=12837 port=22041 peers=node2', lost('node2'), lost('node3')]);
    expect(read2.nodes).toEqual(['node1', 'node2']);
    expect(read2.unlistedWriters).toEqual([{ node: 'node3', line: 2, cluster: ['node1', 'node2'] }]);
  });

  it('peers named another way (`peers=n1,n3`) are the writers they name; no peer list, nobody is left out', () => {
    expect(read(['10:04:35.935 INFO  [node2] kv_node node2 starting pid=12839 port=22042 peers=n1,n3', lost('node2'), lost('node3')]).nodes).toEqual(['node2', 'node3']);
    expect(read(['10:04:35.935 INFO  [node1] kv_node node1 starting pid=12837 port=22041', lost('node2'), lost('node3')]).unlistedWriters).toBeUndefined();
  });

  it("a start line listing another node's peers, itself among them, is that node's relabeled; one pid and port in every container is no copy", () => {
    const start = (node: string, peers: string) => `10:04:35.923 INFO  [${node}] kv_node ${node} starting pid=12839 port=22042 peers=${peers}`;
    expect(read([start('node2', 'node1,node3'), start('node3', 'node1,node3'), lost('node2'), lost('node3')]).unlistedWriters).toEqual([{ node: 'node3', line: 1, copyOf: 'node2' }]);
    expect(read([start('node2', 'node1,node3'), start('node3', 'node1,node2'), lost('node2'), lost('node3')]).unlistedWriters).toBeUndefined();
  });
});
