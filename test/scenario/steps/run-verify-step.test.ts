import { describe, expect, it } from 'vitest';
import { checkVerifyOutput } from '../../../src/scenario/check-verify-output.js';
import { describeUnmet } from '../../../src/scenario/steps/run-verify-step.js';

// The bundled lesson's Verify block (w12-l03): a grep for timeout words in each follower's log.
const CODE = [
  '# Check that the leader process is gone',
  'pgrep -f "kv_node.*--id 1" || echo "leader process is dead"',
  '',
  '# Check follower logs for timeout detection',
  'grep -i "timeout\\|heartbeat\\|leader.*down\\|election" data/node2/node.log',
  'grep -i "timeout\\|heartbeat\\|leader.*down\\|election" data/node3/node.log',
].join('\n');
const NODE2 = '[2026-12-03T07:10:00.101Z INFO  kv_node] connection to leader 1 lost: failed to fill whole buffer\n[2026-12-03T07:10:00.297Z INFO  kv_node] node 2 voted for node 3 in term 2\n';
const NODE3 = '[2026-12-03T07:10:00.290Z INFO  kv_node] election timeout elapsed, no heartbeat from leader 1 for 212ms\n';
const OUTPUT = 'leader process is dead\n[2026-12-03T07:10:00.290Z INFO  kv_node] election timeout elapsed, no heartbeat from leader 1 for 212ms\n';

describe('describeUnmet', () => {
  const check = checkVerifyOutput(CODE, OUTPUT, { 'data/node2/node.log': NODE2, 'data/node3/node.log': NODE3 });
  const unmet = check.expectations.filter((e) => !e.met);

  it("quotes the grep that found nothing and says the follower's lost connection is a detection it does not look for", () => {
    const ctx = {
      detectedAt: new Map([[2, { atMs: 1, via: 'connection' as const, text: '[2026-12-03T07:10:00.101Z INFO  kv_node] connection to leader 1 lost: failed to fill whole buffer' }]]),
      heartbeatAt: new Map<number, number>(),
    };
    expect(unmet.map((e) => describeUnmet(e, CODE, ctx))).toEqual([
      'line 5 (grep -i "timeout\\|heartbeat\\|leader.*down\\|election" data/node2/node.log): 0 line(s) of data/node2/node.log found — node2 showed the leader gone only by its lost connection ("[2026-12-03T07:10:00.101Z INFO  kv_node] connection to leader 1 lost: failed to fill whole buffer"), which this grep does not look for: log its heartbeat or election timeout too, also when it votes before its own timer fires ("voted for node3: no heartbeat from leader node1 for 170 ms")',
    ]);
  });

  it('adds nothing when the follower detected by a timeout the grep missed, or detected nothing', () => {
    const timedOut = { detectedAt: new Map([[2, { atMs: 1, via: 'heartbeat' as const, text: 'node2 HB-TO' }]]), heartbeatAt: new Map([[2, 1]]) };
    expect(describeUnmet(unmet[0]!, CODE, timedOut)).toBe('line 5 (grep -i "timeout\\|heartbeat\\|leader.*down\\|election" data/node2/node.log): 0 line(s) of data/node2/node.log found');
    expect(describeUnmet(unmet[0]!, CODE, { detectedAt: new Map(), heartbeatAt: new Map() })).toBe(
      'line 5 (grep -i "timeout\\|heartbeat\\|leader.*down\\|election" data/node2/node.log): 0 line(s) of data/node2/node.log found',
    );
  });
});
