import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../../../src/log-events/index.js';
import type { LogLine } from '../../../src/scenario/node-logs.js';
import type { FaultRecord, ScenarioContext } from '../../../src/scenario/scenario-context.js';
import { isDetectionSettled, runExpectDetectionStep, scanDetections } from '../../../src/scenario/steps/expect-detection-step.js';

const FAULT_MS = 1_000_000;
const WINDOW_END_MS = FAULT_MS + 300;

describe('isDetectionSettled', () => {
  it('ends the wait once every watcher detected', () => {
    const ctx = { detectedAt: new Map([[2, { atMs: FAULT_MS + 24, via: 'connection' as const, text: 'node2 lost connection to leader node1' }], [3, { atMs: FAULT_MS + 26, via: 'connection' as const, text: 'node2 lost connection to leader node1' }]]), followedAt: new Map() };
    expect(isDetectionSettled([2, 3], ctx, WINDOW_END_MS, FAULT_MS + 30)).toBe(true);
  });

  it('keeps waiting within the window for a watcher that only followed a new leader (etcd: leadership handed over before its streams to the old leader close)', () => {
    const ctx = { detectedAt: new Map(), followedAt: new Map([[2, { leader: 2, atMs: FAULT_MS + 3 }], [3, { leader: 2, atMs: FAULT_MS + 3 }]]) };
    expect(isDetectionSettled([2, 3], ctx, WINDOW_END_MS, FAULT_MS + 20)).toBe(false);
    expect(isDetectionSettled([2, 3], ctx, WINDOW_END_MS, WINDOW_END_MS + 10)).toBe(true);
  });

  it('keeps waiting for a watcher that neither detected nor followed', () => {
    const ctx = { detectedAt: new Map([[2, { atMs: FAULT_MS + 24, via: 'connection' as const, text: 'node2 lost connection to leader node1' }]]), followedAt: new Map() };
    expect(isDetectionSettled([2, 3], ctx, WINDOW_END_MS, WINDOW_END_MS + 1000)).toBe(false);
  });
});

describe('scanDetections with whole-second stamps (Go log.LstdFlags)', () => {
  // A fault at 03:52:47.415 by the harness's clock; the follower's EOF line stamped 03:52:47 (1.5 ms after the kill).
  const faultMs = 47_415;
  const line = (atMs: number, precisionMs: number): LogLine => {
    const event = { line: 0, kind: 'connection-lost', time: { precisionMs } } as unknown as LogEvent;
    return { text: 'lost connection to leader node1: EOF', atMs, arrivalMs: faultMs + 2, event, kind: 'connection-lost' };
  };
  const scan = (lines: LogLine[]) => {
    const logs = { linesBetween: () => lines, linesArrivedBetween: (_: number, afterMs: number, toMs: number) => lines.filter((l) => l.arrivalMs > afterMs && l.arrivalMs <= toMs) };
    const ctx = { logs, heartbeatAt: new Map(), detectedAt: new Map() } as unknown as ScenarioContext;
    scanDetections(ctx, { action: 'kill', nodes: [1], atMs: faultMs } as unknown as FaultRecord, [2]);
    return ctx.detectedAt.get(2);
  };

  it('counts a line of the fault\'s own second as a detection too coarse to time, at most to that second\'s end', () => {
    expect(scan([line(47_000, 1000)])).toEqual({ atMs: 48_000, stampMs: 47_000, readAtMs: faultMs + 2, via: 'connection', text: 'lost connection to leader node1: EOF', precisionMs: 1000, stampHoldsKill: true });
  });

  it('times a ms stamp as written', () => {
    expect(scan([line(47_416.5, 0.001)])).toEqual({ atMs: 47_416.5, stampMs: 47_416.5, readAtMs: faultMs + 2, via: 'connection', text: 'lost connection to leader node1: EOF', precisionMs: 0.001 });
  });

  // A node logging the fault's own second only in whole seconds: "connection closed" (read at +5 ms) then "no heartbeat
  // for 211 ms" (read at +191 ms), both stamped 47. The stamps cannot order them, so the heartbeat timeout won the tie
  // and the harness reported the detection read at +191 ms; the node wrote its lines in order, and its file says which came first.
  it('takes the first in the file of two detection lines one whole-second stamp cannot order (findDetection\'s rule)', () => {
    const heartbeat = { ...line(47_000, 1000), text: 'no heartbeat from leader n1 for 211 ms', kind: 'heartbeat-timeout' as const, event: { line: 1, kind: 'heartbeat-timeout', time: { precisionMs: 1000 } } as unknown as LogEvent, arrivalMs: faultMs + 191 };
    const connection = { ...line(47_000, 1000), arrivalMs: faultMs + 5 };
    expect(scan([connection, heartbeat])).toMatchObject({ via: 'connection', readAtMs: faultMs + 5 });
  });

  // A log with no timestamp at all (winston's simple format, debug's +Nms deltas; jsnode39): the read that found the line
  // after the fault is its only clock. Before, such a line was no detection and the run waited out the window.
  it('times a line with no timestamp by the harness read that found it after the fault, and says it is untimed', () => {
    const untimed = { ...line(0, 1), atMs: undefined, event: { line: 0, kind: 'connection-lost' } as unknown as LogEvent, arrivalMs: faultMs + 22, lookedBeforeMs: faultMs + 5 };
    expect(scan([untimed])).toEqual({ atMs: faultMs + 22, untimed: true, readAtMs: faultMs + 22, lookedBeforeMs: faultMs + 5, via: 'connection', text: 'lost connection to leader node1: EOF' });
    expect(scan([{ ...untimed, arrivalMs: faultMs - 20 }])).toBeUndefined();
  });

  // A line of the fault's own second that the harness had read before it sent the signal was logged before it.
  it('counts no line the harness read before the fault, whatever its stamp allows', () => {
    expect(scan([{ ...line(47_000, 1000), arrivalMs: faultMs - 20 }])).toBeUndefined();
  });

  // The harness's own reads time a line whatever its stamp: found by the read at +2 ms, not there at the read before (-3 ms).
  it('keeps when the harness found the line in the file, and the read before that did not', () => {
    const found = { ...line(47_000, 1000), lookedBeforeMs: faultMs - 3 };
    expect(scan([found])).toMatchObject({ readAtMs: faultMs + 2, lookedBeforeMs: faultMs - 3 });
  });
});

// adv42b: with `nodes: 1` the step passed ("✓ both followers notice the silence") with nothing after its title.
describe('expect-detection on a cluster with no node besides the faulted one', () => {
  it('fails, saying no node was there to notice, rather than passing with no watcher', async () => {
    const ctx = {
      cluster: { nodeIds: [1] },
      faults: [{ action: 'pause', nodes: [1], atMs: FAULT_MS, pids: [101] }],
      logs: { poll: () => {} },
      options: {},
      problems: [],
      windowMs: 300,
      timeoutMs: 5000,
    } as unknown as ScenarioContext;
    expect(await runExpectDetectionStep({ step: 'expect-detection' }, ctx)).toBe('no other node');
    expect(ctx.problems).toEqual(['no node besides node1 to notice the pause: the cluster has 1 node (scenario.nodes), so no follower can detect it']);
  });
});
