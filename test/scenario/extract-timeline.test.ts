import { describe, expect, it } from 'vitest';
import { classifyLineText } from '../../src/log-events/classify-line.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { extractTimeline, type TimedLine } from '../../src/scenario/extract-timeline.js';

const KILL = Date.parse('2026-11-26T19:30:00.900Z');
const compiled = compileEventPatterns();
if (!compiled.ok) throw new Error(compiled.message);
// Lines as the harness reads them: each classified by the log-event model.
const line = (node: number, atMs: number, text: string): TimedLine => ({ node, atMs, text, event: classifyLineText(text, compiled.patterns, { ownNode: `node${node}` }) });
const at = (ms: number): number => KILL + ms;
const opts = { killedNode: 1, killAtMs: KILL, windowMs: 300, nodes: [1, 2, 3], signal: 'SIGTERM sent' };

const lines: TimedLine[] = [
  line(2, at(-500), 'new leader node1 for term 1'),
  line(3, at(300), 'won election for term 2 with 2/3 votes — now leader'),
  line(1, at(1), 'received SIGTERM, shutting down'),
  line(2, at(5), 'connection to leader node1 lost (EOF) — leader may be down'),
  line(3, at(6), 'connection to leader node1 lost (EOF) — leader may be down'),
  line(3, at(160), 'heartbeat timeout — no message from leader node1 in 157ms'),
  line(3, at(160), 'election timeout fired, becoming pre-candidate (pre-vote for term 2)'),
  line(2, at(250), 'heartbeat timeout — no message from leader node1 in 240ms'),
  line(2, at(252), 'heartbeat timeout — no message from leader node1 in 242ms'),
  line(3, at(290), 'pre-vote won, becoming candidate (term 2), requesting votes'),
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
    const t = extractTimeline([line(1, at(2), 'heartbeat timeout, connection lost, now leader')], opts);
    expect(t.events.map((e) => e.kind)).toEqual(['kill']);
  });

  it('shortens labels longer than 120 characters', () => {
    const t = extractTimeline([line(2, at(10), `heartbeat timeout ${'z'.repeat(300)}`)], opts);
    const label = t.events.find((e) => e.kind === 'heartbeat-timeout')!.label;
    expect(label).toHaveLength(120);
    expect(label.endsWith('...')).toBe(true);
  });
});

// A node stamping whole seconds (`2026-11-26 19:30:00 n2 …`) with the kill at 19:30:00.900: the picture dropped every
// line of the kill's own second (its stamp, 19:30:00.000, is 900 ms "before" the kill) and drew the next second's
// lines at that second's start, as if they were points. One rule now: a coarse line is drawn as the stretch it may have
// been logged in, from its stamp as written to the end of its stamp's second or to when the harness read it, whichever
// is sooner; it is left out when that whole stretch is before the kill (or the harness read it before the signal).
describe('extractTimeline with whole-second stamps', () => {
  const second = (node: number, stampMs: number, text: string, arrivalMs = KILL + 10): TimedLine => ({ ...line(node, stampMs, text), spanMs: 1000, arrivalMs });
  const start = Date.parse('2026-11-26T19:30:00.000Z');
  const timeline = extractTimeline(
    [
      second(2, start, 'leader is n1 for term 1', KILL - 300),
      second(3, start, 'election timeout fired, becoming candidate (term 1)', KILL - 600),
      second(2, start, 'connection to leader node1 lost (EOF) — leader may be down'),
      second(2, start + 1000, 'heartbeat timeout — no message from leader node1 in 280ms', KILL + 190),
      second(1, start - 1000, 'received SIGTERM, shutting down', KILL + 5),
    ],
    opts,
  );

  it("draws a line of the kill's own second from that second's start to when the harness read it; the next second's likewise", () => {
    const drawn = timeline.events.filter((e) => e.kind !== 'kill').map((e) => [e.node, e.kind, e.atMs, e.spanMs, e.precisionMs]);
    expect(drawn).toEqual([
      [2, 'connection-lost', -900, 910, 1000],
      [2, 'last-heartbeat', -180, 90, 1000],
      [2, 'heartbeat-timeout', 100, 90, 1000],
    ]);
  });

  it('draws the whole second when the harness read the line after it ended', () => {
    const late = extractTimeline([second(2, start + 1000, 'heartbeat timeout', KILL + 2000)], opts).events.find((e) => e.kind === 'heartbeat-timeout');
    expect(late).toMatchObject({ atMs: 100, spanMs: 1000, precisionMs: 1000 });
  });

  it('leaves out lines the harness read before the signal, and stamps whose whole second ended before the kill', () => {
    expect(timeline.events.some((e) => e.kind === 'candidate' || e.kind === 'shutdown')).toBe(false);
  });

  it('gives ms stamps no span', () => {
    expect(extractTimeline(lines, opts).events.every((e) => e.spanMs === undefined)).toBe(true);
  });
});
