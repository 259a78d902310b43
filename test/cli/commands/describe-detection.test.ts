import { describe, expect, it } from 'vitest';
import { describeDetection, describeTrialDetection } from '../../../src/cli/commands/describe-detection.js';
import type { FollowerDetection } from '../../../src/scenario/scenario-types.js';

// A follower whose lines have no timestamp (winston's simple format): only the harness's reads of its log time them.
const untimed: FollowerDetection = {
  node: 2,
  nodeLabel: 'node2',
  fromLogMs: null,
  fromHarnessMs: null,
  stampPrecisionMs: null,
  stampBoundsMs: null,
  readMs: { afterMs: 19, byMs: 25 },
  via: 'connection',
  heartbeatMs: null,
  heartbeatBoundsMs: null,
  heartbeatReadMs: { afterMs: 103, byMs: 156 },
  followed: null,
};

describe('describeDetection of a line with no timestamp', () => {
  // The harness copies a node's output into its log, so the read before may miss a line still in the pipe: only "by".
  it('says when the harness found it in the log and that a paste cannot time it, not "n/a (log) / n/a (harness clock)"', () => {
    expect(describeDetection(untimed)).toBe(
      'in its log by 25.0 ms after the signal (harness clock, from its reads of the file); the line has no timestamp, so a pasted log cannot time it, heartbeat timeout in its log by 156.0 ms after the signal',
    );
  });

  it('names the harness read in a --trials line, not "none"', () => {
    expect(describeTrialDetection(untimed, 'node2')).toBe('node2 in log by +25 ms (harness clock; no timestamp)');
  });
});
