// Who sends AppendEntries leads; a node receiving them follows the sender, however the log writes the RPC's name
// (`append_entries`, `AppendEntries`, `appendEntries`) and whichever way it points (`from node2`, `-> node1, node3`).
// adv41b's F1: `append_entries from node2` and `append_entries -> node1, node3` read as nothing, so the kill of
// follower node1 was taken for the leader's and its peers' lost connections for detections (a FALSE PASS).
import { describe, expect, it } from 'vitest';
import { classifyLineText } from '../../src/log-events/classify-line.js';
import { APPEND_SENDER_PATTERN, HEARD_FROM_LEADER_PATTERN, SENT_TO_FOLLOWER_PATTERN } from '../../src/log-events/default-patterns.js';
import { maskOf, w12AnyMatch as anyMatch, w12Patterns as patterns } from '../support/lesson-line-mask.js';

// The meaning checkPaste reads: through the literal scan's mask (a line whose literals it misses is never classified),
// and the same without it.
const meaningOf = (line: string, ownNode: string) => {
  const filtered = classifyLineText(line, patterns, { ownNode, mayMatch: maskOf(line), anyMatch });
  expect(classifyLineText(line, patterns, { ownNode }), line).toEqual(filtered);
  return filtered;
};

describe('AppendEntries received: the sender leads', () => {
  it.each([
    ['2026-12-03T16:50:04.951Z INFO append_entries from node2 term=2 entries=0', 'node2'],
    ['INFO append_entries from node2 term=2 entries=0, election timeout reset', 'node2'],
    ['appendEntries from n2 (term 4)', 'node2'],
    ['append-entries from node3 ok', 'node3'],
    ['AppendEntries from kv1 (empty)', 'kv1'],
  ])('reads %j as following %s', (line, leader) => {
    expect(meaningOf(line, 'node1')).toMatchObject({ kind: 'follows-leader', leader });
  });

  it.each([
    'rejected append_entries from node2 (stale term)',
    'append_entries from client 10.0.0.9:5555',
    'append_entries response from node1 success=true',
    'AppendEntriesResponse from node1 index=12',
    'RequestVote from node2 term=3',
  ])('reads no leader from %j (a refusal, a client, a reply, a vote)', (line) => {
    expect(meaningOf(line, 'node1').leader).toBeUndefined();
  });
});

describe('AppendEntries sent: the writer leads', () => {
  it.each([
    '2026-12-03T16:50:04.950Z DEBUG append_entries -> node1, node3 term=2',
    'append_entries -> node3 term=2',
    'AppendEntries => n3 (term 2)',
    'appendEntries → node1',
  ])('reads %j as its writer leading', (line) => {
    expect(meaningOf(line, 'node2')).toMatchObject({ kind: 'became-leader', leader: 'node2', bySender: true });
  });

  it("reads no claim from a follower's reply, nor from a writer that is among the receivers (a guessed writer)", () => {
    expect(meaningOf('append_entries_response -> node1 success=true', 'node2').kind).toBe('other');
    expect(meaningOf('AppendEntriesResponse -> node1', 'node2').kind).toBe('other');
    expect(meaningOf('append_entries -> node1, node3 term=2', 'node1').kind).toBe('other');
  });

  it('is one definition: the receiver and the sender forms are those of the heard-from pattern', () => {
    for (const line of ['append_entries from node2 term=2', 'append_entries -> node1, node3 term=2']) expect(HEARD_FROM_LEADER_PATTERN.test(line), line).toBe(true);
    expect(APPEND_SENDER_PATTERN.exec('append_entries from node2 term=2')?.[1]).toBe('node2');
    expect(SENT_TO_FOLLOWER_PATTERN.exec('append_entries -> node1, node3 term=2')?.[1]).toBe('node1');
  });
});
