import { describe, expect, it } from 'vitest';
import { extractTimeline, type TimedLine } from '../../src/scenario/extract-timeline.js';

const KILL = Date.parse('2026-11-26T19:30:00.900Z');
const patterns = {
  heartbeat: /heartbeat timeout|election timeout|no heartbeat|no message from (the )?leader/i,
  connection: /connection (to (the )?leader )?(lost|closed|reset)|\bEOF\b|ECONNRESET|broken pipe/i,
};
const at = (ms: number): number => KILL + ms;
const opts = { killedNode: 1, killAtMs: KILL, windowMs: 300, nodes: [1, 2, 3], patterns, signal: 'SIGTERM' };

const lines: TimedLine[] = [
  { node: 2, atMs: at(-500), text: 'new leader node1 for term 1' },
  { node: 3, atMs: at(300), text: 'won election for term 2 with 2/3 votes — now leader' },
  { node: 1, atMs: at(1), text: 'received SIGTERM, shutting down' },
  { node: 2, atMs: at(5), text: 'connection to leader node1 lost (EOF) — leader may be down' },
  { node: 3, atMs: at(6), text: 'connection to leader node1 lost (EOF) — leader may be down' },
  { node: 3, atMs: at(160), text: 'heartbeat timeout — no message from leader node1 in 157ms' },
  { node: 3, atMs: at(160), text: 'election timeout fired, becoming pre-candidate (pre-vote for term 2)' },
  { node: 2, atMs: at(250), text: 'heartbeat timeout — no message from leader node1 in 240ms' },
  { node: 2, atMs: at(252), text: 'heartbeat timeout — no message from leader node1 in 242ms' },
  { node: 3, atMs: at(290), text: 'pre-vote won, becoming candidate (term 2), requesting votes' },
];

describe('extractTimeline', () => {
  const timeline = extractTimeline(lines, opts);
  const find = (node: number, kind: string) => timeline.events.filter((e) => e.node === node && e.kind === kind);

  it('starts from the kill at 0 on the killed node and keeps the nodes and window', () => {
    expect(timeline.nodes).toEqual([1, 2, 3]);
    expect(timeline.killedNode).toBe(1);
    expect(timeline.windowMs).toBe(300);
    expect(find(1, 'kill')).toEqual([{ node: 1, kind: 'kill', atMs: 0, label: 'SIGTERM sent' }]);
  });

  it('places each event relative to the kill, in time order', () => {
    expect(find(1, 'shutdown')[0]).toMatchObject({ atMs: 1, label: 'received SIGTERM, shutting down' });
    expect(find(2, 'connection-lost')[0]!.atMs).toBe(5);
    expect(find(3, 'connection-lost')[0]!.atMs).toBe(6);
    expect(find(3, 'leader')[0]!.atMs).toBe(300);
    const times = timeline.events.map((e) => e.atMs);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('keeps one event of each kind per node: the first after the kill', () => {
    expect(find(2, 'heartbeat-timeout')).toHaveLength(1);
    expect(find(2, 'heartbeat-timeout')[0]!.atMs).toBe(250);
    expect(find(3, 'candidate')).toHaveLength(1);
    expect(find(3, 'candidate')[0]!.atMs).toBe(160);
  });

  it('derives the last heartbeat from "no message from leader in N ms"', () => {
    expect(find(3, 'last-heartbeat')).toEqual([{ node: 3, kind: 'last-heartbeat', atMs: 3, label: 'last message from the leader 157 ms earlier' }]);
    expect(find(2, 'last-heartbeat')[0]!.atMs).toBe(10);
  });

  it('ignores lines from well before the kill, and only the shutdown of the killed node', () => {
    expect(timeline.events.some((e) => e.atMs < -5)).toBe(false);
    const t = extractTimeline([{ node: 1, atMs: at(2), text: 'heartbeat timeout, connection lost, now leader' }], opts);
    expect(t.events.map((e) => e.kind)).toEqual(['kill']);
  });

  it('shortens labels longer than 120 characters', () => {
    const t = extractTimeline([{ node: 2, atMs: at(10), text: `heartbeat timeout ${'z'.repeat(300)}` }], opts);
    const label = t.events.find((e) => e.kind === 'heartbeat-timeout')!.label;
    expect(label).toHaveLength(120);
    expect(label.endsWith('...')).toBe(true);
  });
});
