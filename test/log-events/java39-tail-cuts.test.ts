// `tail` cuts of javanode39's runs: the follower lines start after the election that followed the kill, and the kill's
// pid came from `pgrep -f "RaftNode --id 1"` (bare pids, no command beside them). Read as they were, the kill killed
// "node3" and a follower's `lost connection to leader node3` 1.5 s later was its "detection, 1207 ms too slow".
import { describe, expect, it } from 'vitest';
import { placeEventsOnClock, readLogText } from '../../src/log-events/index.js';
import { isLaterLeadersLoss } from '../../src/log-events/log-facts.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

const killTarget = (text: string): string | undefined => readLogText(text, patterns).events.find((e) => e.kind === 'kill')?.target;

describe('a pid printed by pgrep -f whose pattern launches one node', () => {
  const kill = ['$ date +%T.%3N; kill 32277', '09:06:27.374'];
  it('is that node\'s: kill 32277 kills node1', () => {
    expect(killTarget(['$ pgrep -f "RaftNode --id 1"', '32277', ...kill].join('\n'))).toBe('node1');
    expect(killTarget(["$ pgrep -f 'kv_node.*--id 3'", '32277', ...kill].join('\n'))).toBe('node3');
  });

  it('is no node\'s when the pattern names none or pgrep prints more than pids', () => {
    expect(killTarget(['$ pgrep -f RaftNode', '32277', ...kill].join('\n'))).toBeUndefined();
    expect(killTarget(['$ pgrep -f "RaftNode --id [12]"', '32277', ...kill].join('\n'))).toBeUndefined();
  });
});

describe('a lost leader the follower took up after the kill', () => {
  const lines = (follow: string): string =>
    [
      '$ date +%T.%3N; kill 32277',
      '09:06:27.374',
      '==> data/node2/node.log <==',
      `09:06:27.657 INFO node2 ${follow}`,
      '09:06:28.881 WARN node2 lost connection to leader node3 (EOF)',
    ].join('\n');
  const judge = (follow: string, killed: string | undefined): boolean => {
    const { events } = readLogText(lines(follow), patterns);
    const clock = placeEventsOnClock(events);
    const lost = events.find((e) => e.kind === 'connection-lost')!;
    return isLaterLeadersLoss(events, clock, 'node2', lost, clock.at(events.find((e) => e.kind === 'kill')!)!, killed);
  };

  it("is a later leader's loss, not the killed leader's", () => {
    expect(judge('following leader node3 in term 3', 'node1')).toBe(true);
  });

  it('is the killed leader when it is the one named, or when the follow line states no term (it may name the killed leader otherwise)', () => {
    expect(judge('following leader node3 in term 3', 'node3')).toBe(false);
    expect(judge('following leader node3', 'node1')).toBe(false);
  });
});
