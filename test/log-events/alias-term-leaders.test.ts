import { describe, expect, it } from 'vitest';
import { aliasTermLeaders, findTermLeaderAliases } from '../../src/log-events/alias-term-leaders.js';
import { readLogText } from '../../src/log-events/index.js';
import type { LogEvent, MutableLogEvent } from '../../src/log-events/log-event.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';

const event = (line: number, kind: LogEvent['kind'], node: string, extra: Partial<MutableLogEvent> = {}): MutableLogEvent =>
  ({ line, kind, time: undefined, node, nodeFrom: 'service', ...extra }) as MutableLogEvent;
const leaders = (events: readonly MutableLogEvent[]): (string | undefined)[] => events.map((e) => e.leader);

describe('aliasTermLeaders', () => {
  it('a leader named by an identity no writer goes by is the writer that became leader in that term', () => {
    const events = [
      event(0, 'became-leader', 'kv_raft.1', { leader: 'kv_raft.1', term: 1 }),
      event(1, 'follows-leader', 'kv_raft.2', { leader: '10.0.1.3:7000', term: 1 }),
      event(2, 'connection-lost', 'kv_raft.3', { leader: '10.0.1.3:7000' }),
      event(3, 'became-leader', 'kv_raft.2', { leader: 'kv_raft.2', term: 2 }),
      event(4, 'follows-leader', 'kv_raft.3', { leader: '10.0.1.4:7000', term: 2 }),
      event(5, 'kill', 'kv_raft.3', { target: '10.0.1.4:7000' }),
    ];
    aliasTermLeaders(events);
    expect(leaders(events)).toEqual(['kv_raft.1', 'kv_raft.1', 'kv_raft.1', 'kv_raft.2', 'kv_raft.2', undefined]);
    expect(events[5]!.target).toBe('kv_raft.2');
  });

  it('changes nothing for a term with two claimants (two runs appended), a term nobody won, or a writer named as leader', () => {
    const events = [
      event(0, 'became-leader', 'node1', { leader: 'node1', term: 1 }),
      event(1, 'became-leader', 'node3', { leader: 'node3', term: 1 }),
      event(2, 'follows-leader', 'node2', { leader: '10.0.0.1:7000', term: 1 }),
      event(3, 'follows-leader', 'node2', { leader: '10.0.0.9:7000', term: 5 }),
      event(4, 'follows-leader', 'node2', { leader: 'node3', term: 2 }),
      event(5, 'became-leader', 'node1', { leader: 'node1', term: 2 }),
    ];
    aliasTermLeaders(events);
    expect(leaders(events)).toEqual(['node1', 'node3', '10.0.0.1:7000', '10.0.0.9:7000', 'node3', 'node1']);
  });
});

// With no term on any claim, the latest claim before a line names its leader, unless its writer took it back before the
// line: pysyncobj's node2 led, then logged `state changed: LEADER -> FOLLOWER` and the new leader by address.
describe('aliasTermLeaders without terms', () => {
  const compiled = compileEventPatterns(W12_TIMING);
  if (!compiled.ok) throw new Error(compiled.message);
  const leadersOf = (lines: readonly string[]): (string | undefined)[] =>
    readLogText(lines.join('\n'), compiled.patterns).events.filter((e) => e.kind === 'follows-leader').map((e) => e.leader);
  const head = [
    '2026-12-01 17:30:00,845 INFO node2: starting 127.0.0.1:9202 pid=17976 partners=127.0.0.1:9201,127.0.0.1:9203',
    '2026-12-01 17:30:01,061 INFO node2: state changed: CANDIDATE -> LEADER',
    '2026-12-01 17:30:01,061 INFO node2: leader changed: None -> 127.0.0.1:9202',
  ];

  it('leaves a leader unnamed by any writer as written once the claimant stepped down before the line', () => {
    const lines = [...head, '2026-12-01 17:30:01,516 INFO node2: state changed: LEADER -> FOLLOWER', '2026-12-01 17:30:01,520 INFO node2: leader changed: 127.0.0.1:9202 -> 127.0.0.1:9203'];
    expect(leadersOf(lines)).toEqual(['node2', '127.0.0.1:9203']);
  });

  it('still names the claimant when it did not step down', () => {
    const lines = [...head, '2026-12-01 17:30:01,520 INFO node2: leader changed: 127.0.0.1:9202 -> 127.0.0.1:9203'];
    expect(leadersOf(lines)).toEqual(['node2', 'node2']);
  });
});

describe('findTermLeaderAliases', () => {
  it('maps each unambiguous name to its term\'s winner, leaves out a name two terms give to two writers, and is undefined with no claim\'s term', () => {
    const events = [
      event(0, 'became-leader', 'node1', { leader: 'node1', term: 3 }),
      event(1, 'follows-leader', 'node2', { leader: 'S0', term: 3 }),
      event(2, 'became-leader', 'node3', { leader: 'node3', term: 4 }),
      event(3, 'follows-leader', 'node2', { leader: 'S2', term: 4 }),
      event(4, 'follows-leader', 'node2', { leader: 'S9', term: 3 }),
      event(5, 'follows-leader', 'node1', { leader: 'S9', term: 4 }),
    ];
    expect([...findTermLeaderAliases(events, new Set(['node1', 'node2', 'node3']))!]).toEqual([
      ['S0', 'node1'],
      ['S2', 'node3'],
    ]);
    expect(findTermLeaderAliases([event(0, 'follows-leader', 'node2', { leader: 'S0', term: 3 })], new Set(['node2']))).toBeUndefined();
  });
});
