// A listing newest first (Grafana Explore, logcli's default BACKWARD direction, CloudWatch Logs Insights) is read by
// its times and said to be one; lines out of place or a second run pasted after the first are not (adv41 item U).
import { describe, expect, it } from 'vitest';
import { placeEventsOnClock, readLogText } from '../../src/log-events/index.js';
import { findNewestFirst } from '../../src/log-events/newest-first.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);

const newestFirstOf = (paste: string) => {
  const { events } = readLogText(paste, compiled.patterns);
  const clock = placeEventsOnClock(events);
  return findNewestFirst(events, events.map((e) => clock.at(e)));
};

// adv41's p14 (`logcli query`, direction=BACKWARD).
const LOGCLI = [
  `$ logcli query '{app="raft-kv"}' --since=10m --limit=30`,
  '2026/12/03 11:25:01 http://localhost:3100/loki/api/v1/query_range?direction=BACKWARD&limit=30',
  '2026/12/03 11:25:01 Common labels: {app="raft-kv", namespace="raft"}',
  '2026-12-03T11:20:08.781Z {pod="kv-1"} INFO became leader for term 3',
  '2026-12-03T11:20:08.750Z {pod="kv-2"} WARN heartbeat timeout: leader kv-0 silent for 300ms, starting election (term 3)',
  '2026-12-03T11:20:08.581Z {pod="kv-1"} WARN heartbeat timeout: leader kv-0 silent for 150ms, starting election (term 3)',
  '2026-12-03T11:20:08.412Z {pod="kv-0"} INFO received SIGTERM, shutting down',
  '2026-12-03T11:20:08.303Z {pod="kv-2"} DEBUG heartbeat from leader kv-0 (term 2)',
  '2026-12-03T11:20:08.302Z {pod="kv-1"} DEBUG heartbeat from leader kv-0 (term 2)',
  '2026-12-03T11:20:05.118Z {pod="kv-0"} INFO became leader for term 2',
];

describe('findNewestFirst', () => {
  it('finds a whole listing newest first (logcli), from its first timed event line to its last', () => {
    expect(newestFirstOf(LOGCLI.join('\n'))).toEqual({ whole: true, nodes: ['kv-1', 'kv-2', 'kv-0'], first: 3, last: 9 });
  });

  it('finds one node block copied newest first among blocks in time order', () => {
    const paste = [
      '==> node1.log <==',
      '2026-12-03T11:20:05.118Z [node1] became leader (term 2)',
      '2026-12-03T11:20:08.412Z [node1] received SIGTERM, shutting down',
      '==> node2.log <==',
      '2026-12-03T11:20:08.702Z [node2] became leader (term 3)',
      '2026-12-03T11:20:08.690Z [node2] vote granted by node3',
      '2026-12-03T11:20:08.581Z [node2] heartbeat timeout, starting election',
      '2026-12-03T11:20:08.302Z [node2] heartbeat from leader node1',
      '==> node3.log <==',
      '2026-12-03T11:20:08.303Z [node3] heartbeat from leader node1',
      '2026-12-03T11:20:08.655Z [node3] heartbeat timeout',
    ].join('\n');
    expect(newestFirstOf(paste)).toEqual({ whole: false, nodes: ['node2'], first: 4, last: 7 });
  });

  it('finds none in a paste in time order with one line out of place', () => {
    const paste = [
      '2026-12-03T11:20:08.302Z [node2] heartbeat from leader node1',
      '2026-12-03T11:20:08.412Z [node1] received SIGTERM, shutting down',
      '2026-12-03T11:20:08.655Z [node3] heartbeat timeout',
      '2026-12-03T11:20:08.581Z [node2] heartbeat timeout',
      '2026-12-03T11:20:08.303Z [node3] heartbeat from leader node1',
    ].join('\n');
    expect(newestFirstOf(paste)).toBeUndefined();
  });

  it('finds none in a second run pasted after the first (each goes forward)', () => {
    const run = (second: string) => [
      `2026-12-03T11:${second}.302Z [node2] heartbeat from leader node1`,
      `2026-12-03T11:${second}.412Z [node1] received SIGTERM, shutting down`,
      `2026-12-03T11:${second}.581Z [node2] heartbeat timeout`,
      `2026-12-03T11:${second}.655Z [node3] heartbeat timeout`,
    ];
    expect(newestFirstOf([...run('20:08'), ...run('10:02')].join('\n'))).toBeUndefined();
  });
});

describe('findNewestFirst: lines of different writers alone', () => {
  it('finds none in a kill record above two startup lines of other nodes (real12-pso-F: each node has one line)', () => {
    const paste = [
      '$ date +%T.%3N; kill -TERM 1100',
      '17:46:00.003',
      '$ grep -i "timeout" node2.log node3.log',
      'node2.log:2026-12-01 17:45:53,951 INFO node2: starting 127.0.0.1:9252 pid=1102',
      'node3.log:2026-12-01 17:45:53,494 INFO node3: starting 127.0.0.1:9253 pid=1104',
    ].join('\n');
    expect(newestFirstOf(paste)).toBeUndefined();
  });
});
