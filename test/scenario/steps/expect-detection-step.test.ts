import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../../../src/log-events/index.js';
import type { LogLine } from '../../../src/scenario/node-logs.js';
import type { FaultRecord, ScenarioContext } from '../../../src/scenario/scenario-context.js';
import { isDetectionSettled, scanDetections } from '../../../src/scenario/steps/expect-detection-step.js';

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
    const ctx = { logs: { linesBetween: () => lines }, heartbeatAt: new Map(), detectedAt: new Map() } as unknown as ScenarioContext;
    scanDetections(ctx, { action: 'kill', nodes: [1], atMs: faultMs } as unknown as FaultRecord, [2]);
    return ctx.detectedAt.get(2);
  };

  it('counts a line of the fault\'s own second as a detection too coarse to time, at most to that second\'s end', () => {
    expect(scan([line(47_000, 1000)])).toEqual({ atMs: 48_000, via: 'connection', text: 'lost connection to leader node1: EOF', precisionMs: 1000, stampHoldsKill: true });
  });

  it('times a ms stamp as written', () => {
    expect(scan([line(47_416.5, 0.001)])).toEqual({ atMs: 47_416.5, via: 'connection', text: 'lost connection to leader node1: EOF', precisionMs: 0.001 });
  });
});
