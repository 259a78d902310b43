// A leader named by a role word and its number (`following leader peer 1`, `leader is server 2`, `leader: replica 1`,
// `known leader = peer-2`), as student nodes print it: the node of that number, as `leader node 1` is. A Rust student
// node's `following leader peer 1` named no leader, so the harness took its cluster's leader "with no election since"
// and a paste's killed follower passed. The same words elsewhere name no leader (`sent heartbeat to peer 2`, `replica 1
// of 3`, `peer 127.0.0.1:7001`).
import { describe, expect, it } from 'vitest';
import { classifyLineText, normalizeNodeToken } from '../../src/log-events/classify-line.js';
import { maskOf, w12AnyMatch as anyMatch, w12Patterns as patterns } from '../support/lesson-line-mask.js';

// The line's meaning as a verdict reads it (the scan's mask) — and it must be the one without the mask.
function meaningOf(text: string, ownNode: string): { kind: string; leader?: string; term?: number } {
  const plain = classifyLineText(text, patterns, { ownNode });
  expect(classifyLineText(text, patterns, { ownNode, mayMatch: maskOf(text), anyMatch }), text).toEqual(plain);
  return { kind: plain.kind, ...(plain.leader === undefined ? {} : { leader: plain.leader }), ...(plain.term === undefined ? {} : { term: plain.term }) };
}

describe('a leader named by a role word and its number', () => {
  it.each([
    ['[2026-12-03T07:17:18.064Z INFO  kv_node::raft] node 3 following leader peer 1', 'node1'],
    ['node3 | following leader peer 1 (term 2)', 'node1'],
    ['node3 | leader is server 2', 'node2'],
    ['[node3] leader: replica 1', 'node1'],
    ['node3 | following leader peer-1', 'node1'],
    ['node3 | following leader Peer_2.', 'node2'],
    ['node3 | known leader = peer 2', 'node2'],
    ['node3 | leader=member-2 term=5', 'node2'],
    ['{"node":"node3","msg":"leader changed","leader":"server 1"}', 'node1'],
    ['node3 | leader changed to member 2', 'node2'],
  ])('%s names %s', (text, leader) => {
    expect(meaningOf(text, 'node3')).toMatchObject({ kind: 'follows-leader', leader });
  });

  // Only a leader sends heartbeats and appends: their sender leads, as in `heartbeat from node1`.
  it.each([
    ['node3 | heartbeat from peer 1 (term 2)', 'node1'],
    ['node3 | append from server 2 ok', 'node2'],
    ['node3 | heartbeat received from replica-1', 'node1'],
  ])('%s: the sender %s leads', (text, leader) => {
    expect(meaningOf(text, 'node3')).toMatchObject({ kind: 'follows-leader', leader });
  });

  it('a writer sending heartbeats to a peer it names leads, as with `heartbeat sent to node2`', () => {
    expect(meaningOf('node1 | heartbeat sent to peer 2, peer 3', 'node1')).toMatchObject({ kind: 'became-leader', leader: 'node1' });
    expect(meaningOf('node1 | sending AppendEntries to server 3', 'node1')).toMatchObject({ kind: 'became-leader', leader: 'node1' });
  });

  it('keeps the term the line states', () => {
    expect(meaningOf('node2 | new leader: server 3 (term 4)', 'node2')).toEqual({ kind: 'follows-leader', leader: 'node3', term: 4 });
  });

  it('a 0-based name is node0, left to term aliasing as `n0` is', () => {
    expect(meaningOf('node2 | following leader peer 0 (term 1)', 'node2')).toEqual({ kind: 'follows-leader', leader: 'node0', term: 1 });
  });

  it.each([
    // A leader's heartbeat to a follower, no leader's name.
    ['node1 | sent heartbeat to peer 2', 'node1'],
    ['node1 | heartbeat sent to server 2, server 3', 'node1'],
    // A count of replicas.
    ['node2 | replica 2 of 3 started', 'node2'],
    ['node2 | leader is replica 1 of 3', 'node2'],
    // An address after the role word (blind14's `leader: peer 127.0.0.1:7001` is the leader's own column).
    ['10:52:36.206 127.0.0.1:7003 leader: peer 127.0.0.1:7001 connection closed (EOF), will retry', '127.0.0.1:7003'],
    // The word alone.
    ['node2 | following leader peer (unknown)', 'node2'],
  ])('%s names no leader by the role word', (text, ownNode) => {
    const meaning = meaningOf(text, ownNode);
    expect(meaning.kind === 'follows-leader' ? meaning.leader : undefined).toBeUndefined();
    expect(['node1', 'node2', 'node3', 'node127'].filter((n) => n !== ownNode)).not.toContain(meaning.leader);
  });

  it("a leader's role column before a replica count stays its role", () => {
    expect(meaningOf('[node1] leader: replica 2 of 3 acknowledged index 14', 'node1')).toMatchObject({ kind: 'became-leader', leader: 'node1' });
  });
});

describe('normalizeNodeToken with a role word', () => {
  it.each([
    ['peer 1', 'node1'],
    ['peer-1', 'node1'],
    ['peer1', 'node1'],
    ['server_2', 'node2'],
    ['Server 2', 'node2'],
    ['replica3', 'node3'],
    ['member 4', 'node4'],
    ['"peer-2",', 'node2'],
    ['peer 0', 'node0'],
  ])('%s is %s', (token, node) => {
    expect(normalizeNodeToken(token)).toBe(node);
  });

  it.each([['peer'], ['peers'], ['server'], ['peer 1 of 3']])('%s names no node', (token) => {
    expect(normalizeNodeToken(token)).toBeUndefined();
  });

  it('a longer name holding the word stays as written', () => {
    expect(normalizeNodeToken('consul-server-1')).toBe('consul-server-1');
    expect(normalizeNodeToken('server-1.kv.local')).toBe('server-1.kv.local');
    expect(normalizeNodeToken('peer1a')).toBe('peer1a');
    // Five digits: no node number (a port, a pid).
    expect(normalizeNodeToken('peer12345')).toBe('peer12345');
  });
});
