import { describe, expect, it } from 'vitest';
import { isStartupSetting } from '../../src/log-events/startup-setting.js';
import { DEFAULT_HEARTBEAT_PATTERN } from '../../src/log-events/default-patterns.js';

// The default heartbeat pattern's first match on the line, as classification finds it.
function words(text: string): { index: number; text: string } {
  const m = new RegExp(DEFAULT_HEARTBEAT_PATTERN, 'i').exec(text);
  if (m === null) throw new Error(`no heartbeat words in ${text}`);
  return { index: m.index, text: m[0] };
}

describe('isStartupSetting', () => {
  it("a start or configuration line stating a timeout's one value is a setting (adv54a's Rust, Python and Java banners)", () => {
    for (const line of [
      '2026-12-05T07:15:53.645Z INFO  raft_kv::node3: kv node 3 up, election timeout 250ms',
      '2026-12-05 07:15:49,341 INFO node1: starting kv_node id=1 on port 7480 (election timeout 250 ms)',
      'config: heartbeat timeout = 100ms, election timeout = 250ms',
      '[n2] listening on 127.0.0.1:7002, election timeout: 1.5s',
      'kvnode: starting replica 1 of shard 128, RTTMillisecond=20 ElectionRTT=10 (election timeout 200ms)',
      '09:59:58.104 [node2] Following node1 for term 2, election timeout 243ms',
    ]) {
      expect(isStartupSetting(line, words(line)), line).toBe(true);
    }
  });

  it('a timer that fired, with or without its value, is no setting', () => {
    for (const line of [
      '2026-12-05T07:15:53.773Z WARN  raft_kv::node2: heartbeat timeout (250 ms since last heartbeat), starting election for term 2',
      'election timeout 250ms elapsed, starting election',
      '[n2] started election: election timeout 287ms',
      'heartbeat timeout 150ms, becoming candidate',
      'heartbeat timeout — no message from leader in 300ms',
      'election timeout 250ms',
      'node2 up, heartbeat timeout after 250ms: leader node1 lost',
    ]) {
      expect(isStartupSetting(line, words(line)), line).toBe(false);
    }
  });
});
