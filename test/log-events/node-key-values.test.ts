// A node key's value names its writer whatever its form (adv39's wrong fail): Go slog's `node=<uuid>`, `node=bravo`,
// a JSON line's `"node": "<uuid>"`. Every line names its node, yet only `node2`-like values (and, in logfmt, names with
// a digit) were read, so no follower's detection was tied to a node and the verdict advised `grep -H`. A value no
// other line repeats may be a request's id: such a key names no line.
import { describe, expect, it } from 'vitest';
import { readLogText, type LogEvent } from '../../src/log-events/index.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

const named = (events: readonly LogEvent[]): string[] => events.filter((e) => e.kind !== 'kill' || e.node !== undefined).map((e) => `${e.kind} ${e.node ?? '-'}`);

const LEADER = '5b2d90e1-7c44-4f0a-9e3b-1d6c8a2f4e07';
const FOLLOWER_A = 'c81f03a9-2e5d-4b7c-a610-9f4e2d7b3c58';
const FOLLOWER_B = '0e6a4d72-b93c-41f8-8d25-6c1b7e9a0f34';

type Record = readonly [time: string, level: string, msg: string, node: string, extra: string];
const records = (leader: string, a: string, b: string): Record[] => [
  ['11:02:17.640', 'INFO', 'became leader', leader, 'term=9'],
  ['11:02:59.318', 'INFO', 'shutting down', leader, 'signal=terminated'],
  ['11:02:17.641', 'INFO', 'vote granted', a, `candidate=${leader} term=9`],
  ['11:02:59.320', 'WARN', 'append stream closed', a, `peer=${leader} err=EOF`],
  ['11:02:17.642', 'INFO', 'vote granted', b, `candidate=${leader} term=9`],
  ['11:02:59.527', 'WARN', 'leader heartbeat timeout', b, `leader=${leader} since_last=241ms`],
];
const logfmt = (rows: readonly Record[]): string =>
  rows.map(([time, level, msg, node, extra]) => `time=2026-12-03T${time}Z level=${level} msg="${msg}" node=${node} ${extra}`).join('\n');
const json = (rows: readonly Record[]): string =>
  rows
    .map(([time, level, msg, node, extra]) => {
      const fields = Object.fromEntries(extra.split(' ').map((pair) => pair.split('=') as [string, string]));
      return JSON.stringify({ time: `2026-12-03T${time}Z`, level, msg, node, ...fields });
    })
    .join('\n');

describe("a node key's value as the paste writes it", () => {
  it.each<[string, (rows: readonly Record[]) => string, readonly [string, string, string]]>([
    ['logfmt, UUIDs', logfmt, [LEADER, FOLLOWER_A, FOLLOWER_B]],
    ['logfmt, words', logfmt, ['oak', 'elm', 'ash']],
    ['logfmt, hex ids', logfmt, ['5b2d90e1', 'c81f03a9', '0e6a4d72']],
    ['JSON, UUIDs', json, [LEADER, FOLLOWER_A, FOLLOWER_B]],
  ])('names each line by it (%s)', (_, write, [leader, a, b]) => {
    const { events, nodes } = readLogText(write(records(leader, a, b)), patterns);
    expect(nodes).toEqual([leader, a, b].sort());
    expect(named(events)).toEqual([`became-leader ${leader}`, `kill ${leader}`, `vote ${a}`, `connection-lost ${a}`, `vote ${b}`, `heartbeat-timeout ${b}`]);
  });

  it('names no line by values no other line repeats (ids of requests, not of writers)', () => {
    const rows = records(LEADER, FOLLOWER_A, FOLLOWER_B).map(([time, level, msg, , extra], k): Record => [time, level, msg, `${k}f3c9a1e-77d0-4c2b-b5e8-2a9d61c04b7${k}`, extra]);
    const { events } = readLogText(logfmt(rows), patterns);
    expect(events.filter((e) => e.kind === 'heartbeat-timeout' || e.kind === 'connection-lost').map((e) => e.node)).toEqual([undefined, undefined]);
  });
});

// adv40b family A: slog's `msg="heartbeat timeout" node=kv-1` and zerolog's console `> … node=kv-1 term=4` named no
// line when each follower wrote its name once, though the same key before the message, or `"node":"kv-1"`, did.
describe('a name and a number under a node key after the message', () => {
  const kill = (pair: string) => [
    `time=2026-12-03T11:20:08.100Z level=INFO msg="received SIGTERM, shutting down" ${pair.replace('#', '0')}`,
    `time=2026-12-03T11:20:08.300Z level=WARN msg="heartbeat timeout" ${pair.replace('#', '1')}`,
    `time=2026-12-03T11:20:08.310Z level=WARN msg="heartbeat timeout" ${pair.replace('#', '2')}`,
  ];
  it.each([['node=kv-#'], ['node=kv#'], ['node=raft_#'], ['node="kv-#"'], ["node='kv-#'"], ['node_id=alpha#']])('names each line once (%s)', (pair) => {
    const { events } = readLogText(kill(pair).join('\n'), patterns);
    const names = [0, 1, 2].map((n) => pair.replace(/^[\w]+=['"]?/, '').replace(/['"]$/, '').replace('#', String(n)));
    expect(named(events)).toEqual([`kill ${names[0]}`, `heartbeat-timeout ${names[1]}`, `heartbeat-timeout ${names[2]}`]);
  });

  it("reads zerolog's console fields after the message, not another node's key before the writer's", () => {
    const zerolog = [
      '2026-12-03T11:20:08.781Z INF main.go:71 > received SIGTERM, shutting down node=kv-0',
      '2026-12-03T11:20:09.021Z WRN raft.go:301 > heartbeat timeout, starting election leader=kv-0 node=kv-1 term=4',
      '2026-12-03T11:20:09.023Z INF raft.go:455 > granted vote candidate=kv-1 node=kv-2 term=4',
    ];
    expect(readLogText(zerolog.join('\n'), patterns).events.map((e) => e.node)).toEqual(['kv-0', 'kv-1', 'kv-2']);
  });

  it('names no line by a bare `id`, a thread-like or hex value after the message (a request, an entry, an id)', () => {
    for (const pair of ['id=kv-#', 'node=raft-io-#', 'node=7c1e2f4#']) {
      const { events } = readLogText(kill(pair).join('\n'), patterns);
      expect(events.filter((e) => e.kind === 'heartbeat-timeout').map((e) => e.node)).toEqual([undefined, undefined]);
    }
  });
});
