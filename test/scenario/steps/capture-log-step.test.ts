import { describe, expect, it } from 'vitest';
import { PROCESS_ZERO_MS, type LogEvent } from '../../../src/log-events/index.js';
import type { LogLine } from '../../../src/scenario/node-logs.js';
import { withProcessStart } from '../../../src/scenario/steps/capture-log-step.js';

// A node's line stamped `[+s]` since its own process started.
const line = (ms: number, text: string): LogLine => {
  const event = { line: 0, kind: 'other', time: { kind: 'relative', ms, dayMs: ms, yearMs: ms, precisionMs: 1, format: 'relative', zoned: false } } as unknown as LogEvent;
  return { text: `[+${(ms / 1000).toFixed(3)}s] ${text}`, atMs: 1_000_000 + ms, arrivalMs: 1_000_000 + ms, event, kind: 'other' };
};

describe('withProcessStart', () => {
  it("puts the run's first line before the captured ones, not the early line just before them (a node started after the election)", () => {
    const all = [line(4, 'n3 started'), line(26, 'n3 voted for n1 in term 1'), line(27, 'n3 leader is n1 for term 1'), line(50, 'n3 connection closed by leader n1')];
    expect(withProcessStart(all, all.slice(3)).map((l) => l.text)).toEqual(['[+0.004s] n3 started', '[+0.050s] n3 connection closed by leader n1']);
  });

  it("takes the current run's start in a reused work dir, not the last run's", () => {
    const all = [line(2, 'n2 started'), line(12_400, 'n2 caught SIGTERM, stopping'), line(3, 'n2 started'), line(90, 'n2 leader is n1'), line(300, 'n2 connection closed')];
    expect(withProcessStart(all, all.slice(4)).map((l) => l.text)).toEqual(['[+0.003s] n2 started', '[+0.300s] n2 connection closed']);
  });

  it('puts a slow start first too (a Python node on a loaded machine said "started" at +0.073 s)', () => {
    const all = [line(73, 'n1 started'), line(251, 'n1 election timer fired'), line(511, 'n1 I am the leader'), line(522, 'n1 caught SIGTERM, stopping')];
    expect(withProcessStart(all, all.slice(3)).map((l) => l.text)).toEqual(['[+0.073s] n1 started', '[+0.522s] n1 caught SIGTERM, stopping']);
  });

  it('adds nothing when the run opened before the log shows it (its first line past the start window)', () => {
    const all = [line(PROCESS_ZERO_MS + 800, 'n2 leader is n1'), line(PROCESS_ZERO_MS + 950, 'n2 connection closed')];
    expect(withProcessStart(all, all.slice(1))).toEqual(all.slice(1));
  });
});
