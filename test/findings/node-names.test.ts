import { describe, expect, it } from 'vitest';
import { createFinding } from '../../src/findings/finding.js';
import { formatFindingMessage } from '../../src/findings/format-finding.js';
import { nameNode, nameNodeArgs } from '../../src/findings/node-names.js';

const NAMES = { node1: 'n1', node2: 'n2', node3: 'node3' };

describe('nameNode / nameNodeArgs: the one boundary from node id to the name a student reads', () => {
  it('names an id by the verdict’s nodeNames, else keeps it; only own keys count', () => {
    expect(nameNode('node2', NAMES)).toBe('n2');
    expect(nameNode('kv9', NAMES)).toBe('kv9');
    expect(nameNode('node2', undefined)).toBe('node2');
    expect(nameNode('constructor', NAMES)).toBe('constructor');
    expect(nameNode('__proto__', JSON.parse('{"__proto__":"p"}') as Record<string, string>)).toBe('p');
  });

  it('renames node args at any depth (KILL_CHOSEN kills, FOLLOWER_MISSING seenNodes, uptime clocks) and nothing else', () => {
    const args = {
      node: 'node1',
      line: 3,
      words: 'connection to leader node1 lost',
      kills: [{ line: 3, node: 'node1', ofLeader: true, leaderThen: 'node1' }, { line: 9, node: null, ofLeader: false, leaderThen: 'node2' }],
      ownLine: { line: 4, node: 'node1', afterMs: 1 },
      seenNodes: ['node2', 'node3'],
      ignoredClock: 'uptime@node2',
      clock: 'monotonic@node2',
    };
    expect(nameNodeArgs(args, NAMES)).toEqual({
      node: 'n1',
      line: 3,
      words: 'connection to leader node1 lost',
      kills: [{ line: 3, node: 'n1', ofLeader: true, leaderThen: 'n1' }, { line: 9, node: null, ofLeader: false, leaderThen: 'n2' }],
      ownLine: { line: 4, node: 'n1', afterMs: 1 },
      seenNodes: ['n2', 'node3'],
      ignoredClock: 'uptime@n2',
      clock: 'monotonic@node2',
    });
    // The args themselves are data and stay the engine's.
    expect(args.node).toBe('node1');
  });

  it('returns the same args when no name differs from its id', () => {
    const args = { node: 'node2' };
    expect(nameNodeArgs(args, { node2: 'node2' })).toBe(args);
    expect(nameNodeArgs(args, undefined)).toBe(args);
  });

  it('the formatter words a finding with the names, and keeps the id where a command needs it (pgrep --id)', () => {
    const finding = createFinding('KILLED_NODE_NOT_LEADER', 'error', { killed: 'node1', leader: 'node2', line: 5, killLine: 7 });
    expect(formatFindingMessage(finding, NAMES)).toBe(
      'the killed node n1 was not the leader: n2 led just before the kill on line 7 (line 5 says so) — kill n2 instead (find it first, e.g. with pgrep -f "kv_node.*--id 2"; on the bundled cluster, GET /status)',
    );
    expect(formatFindingMessage(finding)).toContain('the killed node node1 was not the leader: node2 led');
    const detected = createFinding('FOLLOWER_DETECTED', 'info', { node: 'node2', detectionMs: 12, windowMs: 300, words: 'leader node1 lost' });
    expect(formatFindingMessage(detected, NAMES)).toBe('n2 noticed the dead leader 12 ms after the kill ("leader node1 lost"), within the 300 ms allowed');
  });
});
