// findTimeoutLoop (src/log-events/timeout-loop.ts): a follower's run of timeouts right up to a kill, following no leader.
import { describe, expect, it } from 'vitest';
import { readLogText } from '../../src/log-events/index.js';
import { placeEventsOnClock } from '../../src/log-events/log-facts.js';
import { findTimeoutLoop } from '../../src/log-events/timeout-loop.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;
const KILL_MS = 36_000_100; // 10:00:00.100

function loopOf(lines: string[], killAtMs = KILL_MS) {
  const { events } = readLogText(lines.join('\n'), patterns);
  const clock = placeEventsOnClock(events);
  const loop = findTimeoutLoop(events, events.map((e) => clock.at(e)), 'node3', killAtMs);
  return loop === undefined ? undefined : { first: loop.first.line + 1, last: loop.last.line + 1, count: loop.count, periodMs: loop.periodMs };
}

describe('findTimeoutLoop', () => {
  const loop = ['09:59:59.349 [node3] election timeout, starting election for term 14', '09:59:59.611 [node3] election timeout, starting election for term 15', '09:59:59.869 [node3] election timeout, starting election for term 16'];

  it('timeouts every ~260 ms up to the kill, no leader line: a loop (its first and last lines, count, longest gap)', () => {
    expect(loopOf(loop)).toEqual({ first: 1, last: 3, count: 3, periodMs: 262 });
  });

  it('a line showing a leader ends the run: only the timeouts after it count', () => {
    expect(loopOf([loop[0]!, '09:59:59.500 [node3] heartbeat from leader node1 (term 13)', loop[1]!, loop[2]!])).toEqual({ first: 3, last: 4, count: 2, periodMs: 258 });
    expect(loopOf([loop[0]!, loop[1]!, '09:59:59.700 [node3] following leader node1 (term 15)', loop[2]!])).toBeUndefined();
  });

  it('one timeout is no loop, nor are timeouts the kill is more than two gaps past', () => {
    expect(loopOf([loop[2]!])).toBeUndefined();
    expect(loopOf(['09:59:57.300 [node3] election timeout, starting election for term 1', '09:59:57.560 [node3] election timeout, starting election for term 2'])).toBeUndefined();
  });

  it("a timeout naming the leader it lost shows a leader: no loop", () => {
    expect(loopOf([loop[0]!, loop[1]!, '09:59:59.869 [node3] heartbeat timeout: no heartbeat from leader node1 for 258ms'])).toBeUndefined();
  });

  it("another node's timeouts and the node's own after the kill are not its loop", () => {
    expect(loopOf(loop.map((l) => l.replace('node3', 'node2')))).toBeUndefined();
    expect(loopOf(['10:00:00.127 [node3] election timeout, starting election for term 17', '10:00:00.390 [node3] election timeout, starting election for term 18'])).toBeUndefined();
  });
});
