import { describe, expect, it } from 'vitest';
import { checkLogClock } from '../../src/scenario/check-log-clock.js';
import { retargetVerifyBlock } from '../../src/scenario/retarget-verify-block.js';

describe('checkLogClock', () => {
  it('accepts lines stamped before they arrived and a shutdown line after the signal', () => {
    expect(checkLogClock([{ node: 2, stampMs: 1000, arrivalMs: 1040 }], { node: 1, stampMs: 2001, killAtMs: 2000 })).toEqual([]);
  });

  it('reports a log clock ahead (a line stamped after it was read) and names the node', () => {
    expect(checkLogClock([{ node: 2, stampMs: 1050, arrivalMs: 1000 }])).toEqual([
      "node2's log clock runs 50 ms ahead of the harness's: a line was stamped after the harness had read it, so detection times from the log are wrong",
    ]);
  });

  it('reports a log clock behind (shutdown stamped before the signal), and a whole zone as a zone', () => {
    const [problem] = checkLogClock([], { node: 1, stampMs: 0, killAtMs: 5.5 * 3_600_000 });
    expect(problem).toMatch(/^node1's log clock runs 5 h 30 min behind the harness's: .*another time zone\?/);
    expect(checkLogClock([], { node: 1, stampMs: 1990, killAtMs: 2000 })[0]).toMatch(/runs 10 ms behind/);
    expect(checkLogClock([], { node: 1, stampMs: 1996, killAtMs: 2000 })).toEqual([]);
  });

  it('infers no offset from a whole-second shutdown stamp of the signal\'s own second (Go log.LstdFlags)', () => {
    // `03:52:47` for a signal at 03:52:47.415: the line may have been written any time in that second.
    expect(checkLogClock([], { node: 1, stampMs: 47_000, spanMs: 1000, killAtMs: 47_415 })).toEqual([]);
    expect(checkLogClock([], { node: 1, stampMs: 46_000, spanMs: 1000, killAtMs: 47_415 })[0]).toMatch(/^node1's log clock runs 1415 ms behind/);
  });
});

describe('retargetVerifyBlock', () => {
  const block = 'pgrep -f "kv_node.*--id 1" || echo "leader process is dead"\ngrep -i "timeout" data/node2/node.log\ngrep -i "timeout" data/node3/node.log\n';

  it('leaves the block alone when node 1 led', () => {
    expect(retargetVerifyBlock(block, 1)).toBe(block);
  });

  it('swaps node 1 and the actual leader in --id and node paths', () => {
    expect(retargetVerifyBlock(block, 2)).toBe('pgrep -f "kv_node.*--id 2" || echo "leader process is dead"\ngrep -i "timeout" data/node1/node.log\ngrep -i "timeout" data/node3/node.log\n');
    expect(retargetVerifyBlock(block, 3)).toBe('pgrep -f "kv_node.*--id 3" || echo "leader process is dead"\ngrep -i "timeout" data/node2/node.log\ngrep -i "timeout" data/node1/node.log\n');
  });
});
