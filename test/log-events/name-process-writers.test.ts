import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLogText } from '../../src/log-events/index.js';
import type { LogEvent, MutableLogEvent } from '../../src/log-events/log-event.js';
import { nameProcessWriters } from '../../src/log-events/name-process-writers.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { ROOT, W12_TIMING } from '../proof/helpers.js';

const event = (line: number, kind: LogEvent['kind'], node: string | undefined, extra: Partial<MutableLogEvent> = {}): MutableLogEvent =>
  ({ line, kind, time: undefined, node, nodeFrom: node === undefined ? undefined : 'process-id', ...extra }) as MutableLogEvent;

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error('w12-l03 timing patterns do not compile');
const writersOf = (text: string): (string | undefined)[] => [...new Set(readLogText(text, compiled.patterns).events.map((e) => e.node).filter((n) => n !== undefined))].sort();

describe('nameProcessWriters', () => {
  it('names a writer by the term it led, by the stop that names it, and the last one by the name left (journalctl -t, adv49-11)', () => {
    const events = [
      event(0, 'kill', undefined, { target: 'node3' }),
      event(1, 'became-leader', 'kv_node[23268]', { leader: 'kv_node[23268]', term: 1 }),
      event(2, 'follows-leader', 'kv_node[23264]', { leader: 'node3', term: 1 }),
      event(3, 'follows-leader', 'kv_node[23262]', { leader: 'node3', term: 1 }),
      event(4, 'kill', 'kv_node[23268]'),
      event(5, 'heartbeat-timeout', 'kv_node[23262]', { leader: 'node3', term: 2 }),
      event(6, 'became-leader', 'kv_node[23262]', { leader: 'kv_node[23262]', term: 2 }),
      event(7, 'follows-leader', 'kv_node[23264]', { leader: 'node1', term: 2 }),
    ];
    const names = nameProcessWriters(events);
    expect(Object.fromEntries(names!)).toEqual({ 'kv_node[23268]': 'node3', 'kv_node[23262]': 'node1', 'kv_node[23264]': 'node2' });
    expect(events.map((e) => e.node)).toEqual([undefined, 'node3', 'node2', 'node1', 'node3', 'node1', 'node1', 'node2']);
    expect(events.map((e) => e.leader)).toEqual([undefined, 'node3', 'node3', 'node3', undefined, 'node3', 'node1', 'node1']);
    expect(events[0]!.target).toBe('node3');
  });

  it('names the writer whose own shutdown follows a stop of a name no writer goes by (probe p10c: no term claim of the killed leader shown)', () => {
    const events = [
      event(0, 'kill', undefined, { target: 'node1' }),
      event(1, 'follows-leader', 'kv_node[23208]', { leader: 'node1', term: 1 }),
      event(2, 'kill', 'kv_node[23206]'),
      event(3, 'connection-lost', 'kv_node[23212]', { leader: 'node1' }),
    ];
    expect(Object.fromEntries(nameProcessWriters(events)!)).toEqual({ 'kv_node[23206]': 'node1' });
    expect(events.map((e) => e.node)).toEqual([undefined, 'kv_node[23208]', 'node1', 'kv_node[23212]']);
  });

  it('names the writer whose own kill the others lost a leader right after (adv50-11: grep -h of pid-headed logs, no stop command)', () => {
    const stamp = (ms: number) => ({ kind: 'yearless', ms, dayMs: ms, yearMs: ms, precisionMs: 1, format: 'syslog', zoned: false, end: 0 }) as const;
    const lost = (line: number, node: string, ms: number, leader: string): MutableLogEvent => event(line, 'connection-lost', node, { leader, time: stamp(ms) });
    const events = [
      event(0, 'follows-leader', 'kv_node[16328]', { leader: 'node3', term: 1, time: stamp(1000) }),
      lost(1, 'kv_node[16328]', 3050, 'node3'),
      lost(2, 'kv_node[16329]', 3050, 'node3'),
      event(3, 'kill', 'kv_node[16330]', { time: stamp(3050) }),
    ];
    expect(Object.fromEntries(nameProcessWriters(events)!)).toEqual({ 'kv_node[16330]': 'node3' });
    // A loss long after the kill, or two writers naming two leaders, names nobody.
    expect(nameProcessWriters([lost(1, 'kv_node[1]', 9050, 'node3'), event(3, 'kill', 'kv_node[3]', { time: stamp(3050) })])).toBeUndefined();
    expect(nameProcessWriters([lost(1, 'kv_node[1]', 3060, 'node3'), lost(2, 'kv_node[2]', 3060, 'node2'), event(3, 'kill', 'kv_node[3]', { time: stamp(3050) })])).toBeUndefined();
  });

  it('renames nothing when a reading gives a writer two names or a name two writers, or a writer goes by more than its pid', () => {
    // Two runs appended: kv_node[1] led term 1 as node3 and, later, as node1.
    const twoNames = [
      event(0, 'became-leader', 'kv_node[1]', { leader: 'kv_node[1]', term: 1 }),
      event(1, 'follows-leader', 'kv_node[2]', { leader: 'node3', term: 1 }),
      event(2, 'follows-leader', 'kv_node[3]', { leader: 'node1', term: 1 }),
    ];
    expect(nameProcessWriters(twoNames)).toBeUndefined();
    // One stop, then two writers' shutdowns after two stops of two names: the first shutdown is the first stop's only.
    const twoStops = [
      event(0, 'kill', undefined, { target: 'node1' }),
      event(1, 'kill', undefined, { target: 'node2' }),
      event(2, 'kill', 'kv_node[7]'),
      event(3, 'kill', 'kv_node[8]'),
    ];
    expect(nameProcessWriters(twoStops)).toBeUndefined();
    // A writer some line names otherwise (its own tag) is not one known by its pid alone.
    const tagged = [
      event(0, 'became-leader', 'kv_node[1]', { leader: 'kv_node[1]', term: 1 }),
      event(1, 'heartbeat-timeout', 'kv_node[1]', { nodeFrom: 'tag' }),
      event(2, 'follows-leader', 'kv_node[2]', { leader: 'node3', term: 1 }),
    ];
    expect(nameProcessWriters(tagged)).toBeUndefined();
    // An address is no better a name than a pid.
    const address = [
      event(0, 'became-leader', 'kv_node[1]', { leader: 'kv_node[1]', term: 1 }),
      event(1, 'follows-leader', 'kv_node[2]', { leader: '10.0.0.3:7000', term: 1 }),
    ];
    expect(nameProcessWriters(address)).toBeUndefined();
  });

  it('gives the last writer the one name left only inside a numbered family the writers span', () => {
    const base = (leaderName: string): MutableLogEvent[] => [
      event(0, 'became-leader', 'kv_node[1]', { leader: 'kv_node[1]', term: 1 }),
      event(1, 'follows-leader', 'kv_node[2]', { leader: leaderName, term: 1 }),
      event(2, 'follows-leader', 'kv_node[3]', { leader: leaderName, term: 1 }),
    ];
    // node3 of three writers: node1 and node2 are both left, so neither other writer is named.
    expect(Object.fromEntries(nameProcessWriters(base('node3'))!)).toEqual({ 'kv_node[1]': 'node3' });
    const outside = [...base('node1'), event(3, 'became-leader', 'kv_node[2]', { leader: 'kv_node[2]', term: 2 }), event(4, 'follows-leader', 'kv_node[3]', { leader: 'node7', term: 2 })];
    // node7 is outside node1..node3: the three writers span no family with it, so the third stays unnamed.
    expect(Object.fromEntries(nameProcessWriters(outside)!)).toEqual({ 'kv_node[1]': 'node1', 'kv_node[2]': 'node7' });
    const two = [...base('n1'), event(3, 'became-leader', 'kv_node[2]', { leader: 'kv_node[2]', term: 2 }), event(4, 'follows-leader', 'kv_node[3]', { leader: 'n2', term: 2 })];
    expect(Object.fromEntries(nameProcessWriters(two)!)).toEqual({ 'kv_node[1]': 'n1', 'kv_node[2]': 'n2', 'kv_node[3]': 'n3' });
  });

  it('reads the real pastes: every writer of journalctl -t lines is a node of the cluster', () => {
    const corpus = readFileSync(join(ROOT, 'fixtures/pastes-corpus/adv49-11-rust-journalctl-iso-precise-late.log'), 'utf8');
    expect(writersOf(corpus)).toEqual(['node1', 'node2', 'node3']);
    const probe = readFileSync(join(ROOT, 'fixtures/pastes-corpus/s50-01-journal-t-kv-node-stop-names-leader.log'), 'utf8');
    expect(writersOf(probe)).toEqual(['node1', 'node2', 'node3']);
  });
});
