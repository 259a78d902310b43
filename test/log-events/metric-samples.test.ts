// src/log-events/metric-samples.ts: a metrics exposition's lines are no node's log.
import { describe, expect, it } from 'vitest';
import { isMetricLine } from '../../src/log-events/metric-samples.js';

describe('isMetricLine', () => {
  it.each([
    'raft_election_timeouts_total{node="node2"} 0',
    'raft_election_timeouts_total{node="node2"} 1 1796541845250',
    '07:25:10.981302 raft_election_timeouts_total{node="node2"} 0',
    'raft_election_timeouts_total{instance="127.0.0.1:25132", job="kv", node="node3"} => 1 @[1796541845.25]',
    '# HELP raft_election_timeouts_total Election timeouts fired.',
    '07:25:10.983114 # TYPE raft_election_timeouts_total counter',
    'raft_heartbeat_timeouts_total 3',
    'raft_leader_lost_seconds_bucket{le="0.3"} NaN',
  ])('%s: a sample or comment', (line) => expect(isMetricLine(line)).toBe(true));

  it.each([
    '07:25:11.086 [node2] WARN election timeout: no heartbeat from leader node1 in 211 ms',
    '07:25:11.086 node2 heartbeat timeout {term=2} 3',
    '2026-12-06 07:25:11,086 WARN node2: election timeout fired after 211 ms',
    'time="2026-12-06T07:25:11Z" level=warn msg="heartbeat timeout" node=node2 elapsed_ms=211',
    '# heartbeat timeout on node2 at 07:25:11.086',
  ])('%s: a log line', (line) => expect(isMetricLine(line)).toBe(false));
});
