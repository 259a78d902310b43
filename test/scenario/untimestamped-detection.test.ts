// `verify-lesson w12-l03 --cluster` against nodes whose lines carry no timestamp at all (winston's `simple` format,
// `debug`'s `+152ms` deltas; the Python node's --stamp none: `WARNING n2 connection closed by leader n1 …`): the
// harness knows when it read each line, so a follower's detection is found and timed by its reads of the log file, and
// said to be; the demo log still fails checkPaste, for its own reason (no timestamp to measure from the kill). Before,
// the run waited the whole window plus --timeout-ms and said "node1 logged no detection of the dead leader" (jsnode39).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FollowerDetection, ScenarioResult } from '../../src/scenario/scenario-types.js';
import { runCliCaptured } from '../cli/cli-harness.js';
import { pythonNode } from '../support/foreign-node.js';
import { childPids, useScenarioScratch } from '../support/processes.js';

const scratch = useScenarioScratch('untimestamped-');

const TIMEOUT_MS = 5000;
const cluster = ['--cluster', pythonNode('--flush --stamp none'), '--timeout-ms', String(TIMEOUT_MS)];

describe('a --cluster node whose lines have no timestamp', () => {
  it('--json: each follower detects, timed only by the harness reads of its log; the detection step does not wait out the window', async () => {
    const run = await runCliCaptured(['w12-l03', ...cluster, '--json', '--out', 'demo.log'], { cwd: scratch.dir });
    const result = JSON.parse(run.stdout) as ScenarioResult;
    expect(result.detections).toHaveLength(2);
    for (const d of result.detections as FollowerDetection[]) {
      expect(d.via, run.stdout).not.toBeNull();
      // No stamp: no figure of the log's, no bounds of a stamp's.
      expect([d.fromLogMs, d.fromHarnessMs, d.stampPrecisionMs, d.stampBoundsMs]).toEqual([null, null, null, null]);
      const read = d.readMs!;
      expect(read.byMs).toBeGreaterThanOrEqual(0);
      expect(read.byMs).toBeLessThan(TIMEOUT_MS);
      if (read.afterMs !== null) expect(read.afterMs).toBeLessThan(read.byMs);
    }
    const detect = result.journal.steps.find((s) => s.kind === 'expect-detection')!;
    expect(detect.status, JSON.stringify(detect)).toBe('succeeded');
    expect(detect.durationMs).toBeLessThan(TIMEOUT_MS);
    expect(result.problems.join('\n')).not.toMatch(/logged no detection/);
    // The demo log's verdict stays a fail, for the stamps it lacks.
    expect(result.passed).toBe(false);
    expect(childPids()).toEqual([]);
  });

  it('the run summary says the harness read timed the line and the line has no timestamp; checkPaste says why it fails', async () => {
    const run = await runCliCaptured(['w12-l03', ...cluster, '--out', 'demo.log'], { cwd: scratch.dir });
    const lines = run.stdout.split('\n').filter((line) => / detected the dead leader via /.test(line));
    expect(lines, run.stdout).toHaveLength(2);
    for (const line of lines) {
      expect(line).toMatch(/: in its log by \d+\.\d ms after the signal \(harness clock, from its reads of the file\); the line has no timestamp, so a pasted log cannot time it/);
    }
    expect(run.stdout).not.toMatch(/logged no detection/);
    expect(run.stdout).toMatch(/has no timestamp the checker could read/);
    expect(childPids()).toEqual([]);
  });
});
