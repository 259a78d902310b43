// A name after an arrow is the message's receiver, never its writer: `append_entries -> node1, node3` under node2's
// `==> data/node2/node.log <==` header is node2 sending appends (node2 leads), not a line of node1's. adv41b's p41 note:
// the first name in the message (node1) beat the header, so node2's own claim to lead was read as nobody's.
import { describe, expect, it } from 'vitest';
import { findOwnNode } from '../../src/log-events/attribute-node.js';
import { readLogText } from '../../src/log-events/index.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

describe('names after an arrow are receivers', () => {
  it.each([
    'DEBUG append_entries -> node1, node3 term=2',
    'DEBUG append_entries -> node3 term=2',
    'AppendEntries => node3 (term 2)',
    'appendEntries → node1, node3',
    'heartbeat --> node2,node3',
    'append_entries -> node1 and node3',
  ])('%j names no writer', (text) => {
    expect(findOwnNode(text)).toBeUndefined();
  });

  it('still reads a writer written before the arrow, and a list that follows no arrow', () => {
    expect(findOwnNode('node2 append_entries -> node1, node3')).toBe('node2');
    expect(findOwnNode('[node2] heartbeat -> node1')).toBe('node2');
    expect(findOwnNode('node1, node3 timed out')).toBe('node1');
  });
});

describe("a send-direction line under a file's header is the header's node's", () => {
  const paste = [
    '==> data/node1/node.log <==',
    '2026-12-03T16:50:04.950Z INFO append_entries from node2 term=2 entries=0',
    '2026-12-03T16:50:05.000Z INFO received SIGTERM, shutting down',
    '==> data/node2/node.log <==',
    '2026-12-03T16:50:04.950Z DEBUG append_entries -> node1, node3 term=2',
    '2026-12-03T16:50:05.003Z WARN peer node1: connection closed (EOF)',
    '2026-12-03T16:50:05.050Z DEBUG append_entries -> node3 term=2',
    '==> data/node3/node.log <==',
    '2026-12-03T16:50:04.951Z INFO append_entries from node2 term=2 entries=0',
  ].join('\n');

  it("reads node2's appends as node2 leading (lines 5 and 7)", () => {
    const { events } = readLogText(paste, patterns);
    const sent = events.filter((e) => e.line === 4 || e.line === 6);
    expect(sent.map((e) => ({ line: e.line + 1, node: e.node, kind: e.kind, leader: e.leader }))).toEqual([
      { line: 5, node: 'node2', kind: 'became-leader', leader: 'node2' },
      { line: 7, node: 'node2', kind: 'became-leader', leader: 'node2' },
    ]);
  });
});

describe("a kill sent by an arrow is the arrow's node's", () => {
  it("reads `SIGTERM -> node2` as node2's kill, though node2 writes no line (fixs' chaos script)", () => {
    const paste = [
      '10:00:00.100 [chaos] SIGTERM -> node2 (pid 4102), leader=node1; watching node1, node3',
      '==> logs/node1.log <==',
      '10:00:00.050 [node1] heartbeat sent to node2, node3 (term 2)',
      '==> logs/node3.log <==',
      '10:00:00.101 [node3] heartbeat from leader node1 (term 2)',
    ].join('\n');
    const kill = readLogText(paste, patterns).events.find((e) => e.kind === 'kill');
    expect(kill).toMatchObject({ line: 0, node: undefined, target: 'node2' });
  });
});
