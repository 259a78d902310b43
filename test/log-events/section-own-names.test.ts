// One node's names are one node: under tail's `==> data/node1/node.log <==`, the node's own startup line (`raft-1 INFO
// kv_node id=1 listening …`) names the section's node by its id, and the host column `raft-1` (raft-1/2/3 across the
// files) does not make a writer of its own of that one line (adv42 F3: real output; the kill of raft-1's own line read
// as "node1 — a follower; raft-1 was the leader", or raft-1 listed as a third follower that "logged nothing").
import { describe, expect, it } from 'vitest';
import { readLogText } from '../../src/log-events/index.js';
import { indexLines } from '../../src/log-events/paste-lines.js';
import { NODE_SOURCES, scanLines } from '../../src/log-events/scan-lines.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson } from '../proof/helpers.js';
import { w12Patterns as patterns } from '../support/lesson-line-mask.js';

const lesson = loadLesson('w12-l03');

const file = (n: number, lines: readonly string[]) => [`==> data/node${n}/node.log <==`, ...lines.map((line) => line.replace('HOST', `raft-${n}`)), ''];
const TAIL = [
  '$ tail -n 4 data/node*/node.log',
  ...file(1, [
    'Dec  3 16:55:50.329 HOST INFO kv_node id=1 listening on 127.0.0.1:19001 (pid 16057)',
    'Dec  3 16:55:50.329 HOST INFO became leader for term 1',
    'Dec  3 16:55:51.283 HOST INFO sent heartbeat #20 to followers',
    'Dec  3 16:55:51.634 HOST WARN received SIGTERM, shutting down',
  ]),
  ...file(2, [
    'Dec  3 16:55:50.273 HOST INFO following leader node1 in term 1',
    'Dec  3 16:55:51.283 HOST INFO heartbeat from leader node1 (term 1)',
    'Dec  3 16:55:51.846 HOST WARN heartbeat timeout: no heartbeat from leader node1 in 260 ms',
    'Dec  3 16:55:51.846 HOST INFO becoming candidate, starting election for term 2',
  ]),
  ...file(3, [
    'Dec  3 16:55:50.273 HOST INFO following leader node1 in term 1',
    'Dec  3 16:55:51.283 HOST INFO heartbeat from leader node1 (term 1)',
    'Dec  3 16:55:51.916 HOST WARN heartbeat timeout: no heartbeat from leader node1 in 330 ms',
    'Dec  3 16:55:51.916 HOST INFO becoming candidate, starting election for term 2',
  ]),
].join('\n');

describe("a section's line naming the section's own node", () => {
  it('stays the section\'s: the host column names no writer of its own for it', () => {
    const lines = indexLines(TAIL);
    const table = scanLines(lines);
    expect(table.nodes[2]).toBe('node1');
    expect(NODE_SOURCES[table.nodeFrom[2]!]).not.toBe('head-token');
    expect(new Set(table.nodes.slice(2, 6))).toEqual(new Set(['node1']));
  });

  it('makes one node of raft-1: the kill on its own line is the leader\'s, no follower is missing (adv42 F3)', () => {
    expect(readLogText(TAIL, patterns).nodes).toEqual(['node1', 'node2', 'node3']);
    const verdict = checkPaste(lesson, TAIL);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.killedNode).toBe('node1');
    expect(verdict.measurements?.leader).toBe('node1');
  });

  it('with no line before the leader took over, raft-1 is no third follower that logged nothing (adv42 10b)', () => {
    const short = [
      ...file(1, [
        'Dec  3 16:55:50.329 HOST INFO kv_node id=1 listening on 127.0.0.1:19001 (pid 16057)',
        'Dec  3 16:55:50.329 HOST INFO became leader for term 1',
        'Dec  3 16:55:51.634 HOST WARN received SIGTERM, shutting down',
      ]),
      ...file(2, ['Dec  3 16:55:51.846 HOST WARN heartbeat timeout: no heartbeat from leader node1 in 260 ms']),
      ...file(3, ['Dec  3 16:55:51.916 HOST WARN heartbeat timeout: no heartbeat from leader node1 in 330 ms']),
    ].join('\n');
    expect(readLogText(short, patterns).nodes).toEqual(['node1', 'node2', 'node3']);
    expect(checkPaste(lesson, short).checks.flatMap((c) => c.findings.map((f) => f.code))).not.toContain('FOLLOWER_NO_DETECTION');
  });

  it('a line naming another node than its section still names that one', () => {
    const other = TAIL.replace('kv_node id=1 listening', 'kv_node id=2 listening');
    expect(scanLines(indexLines(other)).nodes[2]).toBe('raft-1');
  });
});
