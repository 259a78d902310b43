import { describe, expect, it } from 'vitest';
import { PROCESS_ZERO_MS, type LogEvent } from '../../../src/log-events/index.js';
import type { LogLine } from '../../../src/scenario/node-logs.js';
import { parseTimestampAt } from '../../../src/log-events/parse-timestamp.js';
import { checkPaste } from '../../../src/proof/check-paste.js';
import { explainCaptureWindow, formatHarnessStamp, shutdownLineDelayMs, withProcessStart } from '../../../src/scenario/steps/capture-log-step.js';
import { loadLesson } from '../../support/processes.js';

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

describe('formatHarnessStamp', () => {
  // 2026-12-03T11:32:29.944Z, the harness in Berlin (UTC+1): the kill of ruby40's hms-SIGKILL-berlin run.
  const fault = { atMs: Date.UTC(2026, 11, 3, 11, 32, 29, 944), monotonicMs: 60_175_385.123_456 };
  const stamp = (text: string) => parseTimestampAt(text, 0)!;

  it('writes a dateless local stamp for nodes stamping the time of day with no date, in their zone', () => {
    expect(formatHarnessStamp(fault, stamp('12:32:29.946'), 60)).toBe('12:32:29.944');
    expect(formatHarnessStamp(fault, stamp('12:32:29.946'), 0)).toBe('11:32:29.944');
  });

  it('writes a dated zone-less local stamp for dated zone-less ones (a year or not), and UTC for zoned ones', () => {
    expect(formatHarnessStamp(fault, stamp('2026-12-03T12:32:29.946'), 60)).toBe('2026-12-03T12:32:29.944');
    expect(formatHarnessStamp(fault, stamp('Dec  3 12:32:29'), 60)).toBe('2026-12-03T12:32:29.944');
    expect(formatHarnessStamp(fault, stamp('2026-12-03T12:32:29.946+01:00'), 60)).toBe('2026-12-03T11:32:29.944Z');
    expect(formatHarnessStamp(fault, undefined, 60)).toBe('2026-12-03T11:32:29.944Z');
  });

  it('writes CLOCK_MONOTONIC seconds for nodes stamping seconds since boot, and no clock it does not have', () => {
    expect(formatHarnessStamp(fault, stamp('[60175.388418]'), 60)).toBe('[60175.385123]');
    expect(formatHarnessStamp({ atMs: fault.atMs }, stamp('[60175.388418]'), 60)).toBe('2026-12-03T11:32:29.944Z');
    // A process's own uptime (`[+0.325s]`) is no clock the harness reads.
    expect(formatHarnessStamp(fault, stamp('[+0.325s]'), 60)).toBe('2026-12-03T11:32:29.944Z');
  });

  it("makes a demo log checkPaste times from the kill: +2 ms with no zone to infer (a Berlin node's dateless stamps)", () => {
    const paste = (killStamp: string): string =>
      [
        `${killStamp} harness INFO  killed leader node1 with SIGKILL (kill -KILL 9095)`,
        'data/node2/node.log:12:32:29.946 [n2] INFO: leader n1 disconnected (EOFError)',
        'data/node2/node.log:12:32:30.082 [n2] INFO: voted for node3 in term 3: no heartbeat from leader node1 for 158 ms',
        'data/node3/node.log:12:32:29.946 [n3] INFO: leader n1 disconnected (EOFError)',
        'data/node3/node.log:12:32:30.082 [n3] INFO: heartbeat timeout — no message from leader in 157ms',
      ].join('\n');
    const lesson = loadLesson();
    const zoneRead = (text: string): boolean => checkPaste(lesson, text).checks.some((c) => c.findings.some((f) => f.code === 'TIMESTAMPS_READ_IN_ZONE'));
    const harness = paste(formatHarnessStamp(fault, stamp('12:32:29.946'), 60));
    expect(checkPaste(lesson, harness).passed).toBe(true);
    expect(zoneRead(harness)).toBe(false);
    // The kill's UTC instant as written: passes only because two nodes' lines prove their zone (TIMESTAMPS_READ_IN_ZONE).
    const utc = paste(new Date(fault.atMs).toISOString());
    expect(checkPaste(lesson, utc).measurements!.followers.map((f) => f.detectionMs)).toEqual([2, 2]);
    expect(zoneRead(utc)).toBe(true);
  });
});

describe('shutdownLineDelayMs', () => {
  const fault = { atMs: Date.UTC(2026, 11, 3, 11, 28, 0, 658), monotonicMs: 60_175_385.1 };
  const at = (text: string, atMs?: number, lookedBeforeMs?: number) =>
    ({ atMs, event: { time: parseTimestampAt(text, 0) }, ...(lookedBeforeMs === undefined ? {} : { lookedBeforeMs }) }) as unknown as LogLine;

  it("reads a wall-clock stamp on the harness's clock, and a CLOCK_MONOTONIC one on the monotonic reading at the signal", () => {
    expect(shutdownLineDelayMs(at('2026-12-03 11:28:02,667', fault.atMs + 2009), fault)).toBe(2009);
    expect(shutdownLineDelayMs(at('[60175.426100]', fault.atMs + 999), fault)).toBeCloseTo(41, 6);
  });

  it("bounds a process's own uptime, or no stamp, by the harness's last read that had not found the line; else says nothing", () => {
    expect(shutdownLineDelayMs(at('[+2.100s]', 0, fault.atMs + 1990), fault)).toBe(1990);
    expect(shutdownLineDelayMs(at('no stamp', undefined, fault.atMs - 3), fault)).toBe(0);
    expect(shutdownLineDelayMs(at('no stamp'), fault)).toBeUndefined();
  });
});

// adv42b ran a pause lesson capturing `from: freeze` (the pause step): the demo log started 25 ms after the SIGSTOP,
// and the run's only word on it was checkPaste's "… or your kill command with the time it ran", while every step passed.
describe('explainCaptureWindow', () => {
  const pause = { action: 'pause' as const, nodes: [1], signal: 'SIGSTOP' as const, atMs: 1_000_000, pids: [101] };

  it("says the window starts after the fault, and how long after, as the lesson's doing", () => {
    expect(explainCaptureWindow({ fromMs: 1_000_025, toMs: 1_000_900 }, { from: 'freeze', to: 'expect-step-down' }, pause)).toBe(
      'lesson defect? its capture-log window starts at the end of step "freeze", 25 ms after the SIGSTOP to node1, so the demo log holds no line of it and cannot pass on timing: capture from a step before the fault',
    );
  });

  it('says the window ends before the fault', () => {
    expect(explainCaptureWindow({ fromMs: 999_000, toMs: 999_500 }, { from: 'wait-leader', to: 'write' }, pause)).toBe(
      'lesson defect? its capture-log window ends at the end of step "write", 500 ms before the SIGSTOP to node1, so the demo log holds no line of it and cannot pass on timing: capture to a step after the fault',
    );
  });

  it('says a window whose from ends after its to is empty', () => {
    expect(explainCaptureWindow({ fromMs: 1_000_900, toMs: 1_000_025 }, { from: 'expect-step-down', to: 'freeze' }, pause)).toBe(
      'lesson defect? its capture-log window is empty: step "expect-step-down" (from) ended after step "freeze" (to), so the demo log holds no line — swap from and to',
    );
  });

  it('says nothing of a window holding the fault, nor of the fault when there is none', () => {
    expect(explainCaptureWindow({ fromMs: 999_000, toMs: 1_000_900 }, { from: 'wait-leader', to: 'expect-step-down' }, pause)).toBeUndefined();
    expect(explainCaptureWindow({ fromMs: 1_000_025, toMs: 1_000_900 }, { from: 'freeze', to: 'expect-step-down' }, undefined)).toBeUndefined();
  });
});
