// A container compose names `<project>-<service>-<index>` (`raft-kv1-1`; `raft-kv1` in its log prefix) runs the
// program that calls itself `<service>` (`kv1`): one node, however the paste names it. adv41's p56 (items L and T):
// `docker logs -t raft-kv1-1` over lines of `kv1`, whose followers heard from "leader kv1", was told it killed a
// follower ("raft-kv1-1 … kv1 was the leader — kill kv1 instead").
import { describe, expect, it } from 'vitest';
import { readLogText } from '../../src/log-events/index.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { W12_TIMING, loadLesson } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

const DOCKER_LOGS_T = [
  '$ docker logs -t raft-kv1-1 2>&1 | tail -n 3',
  '2026-12-03T11:20:08.413002117Z [11:20:05.118] kv1 INFO  became leader (term 2)',
  '2026-12-03T11:20:08.413002117Z [11:20:08.301] kv1 DEBUG heartbeat -> kv2, kv3',
  '2026-12-03T11:20:08.413002117Z [11:20:08.412] kv1 INFO  received SIGTERM, shutting down',
  '$ docker logs -t raft-kv2-1 2>&1 | tail -n 2',
  '2026-12-03T11:20:08.596310442Z [11:20:08.302] kv2 DEBUG heartbeat from leader kv1',
  '2026-12-03T11:20:08.596310442Z [11:20:08.581] kv2 WARN  heartbeat timeout: no AppendEntries from leader kv1 in 279 ms',
  '$ docker logs -t raft-kv3-1 2>&1 | tail -n 2',
  '2026-12-03T11:20:08.599871005Z [11:20:08.303] kv3 DEBUG heartbeat from leader kv1',
  '2026-12-03T11:20:08.771950336Z [11:20:08.655] kv3 WARN  heartbeat timeout: no AppendEntries from leader kv1 in 352 ms',
].join('\n');

const COMPOSE_PREFIX = [
  '$ docker compose logs kv1 kv2 kv3',
  'raft-kv1-1  | [11:20:05.118] kv1 INFO  became leader (term 2)',
  'raft-kv1-1  | [11:20:08.412] kv1 INFO  received SIGTERM, shutting down',
  'raft-kv2-1  | [11:20:08.302] kv2 DEBUG heartbeat from leader kv1',
  'raft-kv2-1  | [11:20:08.581] kv2 WARN  heartbeat timeout: no AppendEntries from leader kv1 in 279 ms',
  'raft-kv3-1  | [11:20:08.303] kv3 DEBUG heartbeat from leader kv1',
  'raft-kv3-1  | [11:20:08.655] kv3 WARN  heartbeat timeout: no AppendEntries from leader kv1 in 352 ms',
].join('\n');

describe("a compose container and its program's own name are one node", () => {
  it.each([
    ['docker logs -t of each container', DOCKER_LOGS_T],
    ["docker compose logs' prefix", COMPOSE_PREFIX],
  ])('%s: the leader the followers name is the killed writer', (_, paste) => {
    const { events } = readLogText(paste, patterns);
    const kill = events.find((e) => e.kind === 'kill')!;
    const heard = events.filter((e) => e.kind === 'follows-leader' || e.kind === 'heartbeat-timeout');
    expect(heard.length).toBeGreaterThanOrEqual(4);
    for (const e of heard) expect(e.leader, `line ${e.line + 1}`).toBe(kill.node);
  });

  it('judges the kill of the leader: a PASS measured on the programs\' own stamps (169 and 243 ms)', () => {
    const verdict = checkPaste(loadLesson('w12-l03'), DOCKER_LOGS_T);
    expect(verdict.checks.flatMap((c) => c.findings.map((f) => f.code))).not.toContain('KILLED_NODE_NOT_LEADER');
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.followers.map((f) => f.detectionMs)).toEqual([169, 243]);
  });

  it('joins no name of another family or number: `leader kv1` over writers node1..node3, `leader kv4` over raft-kv1..3', () => {
    const plain = COMPOSE_PREFIX.replace(/raft-kv(\d)-1 {2}\| /g, '[node$1] ');
    expect(readLogText(plain, patterns).events.find((e) => e.kind === 'heartbeat-timeout')!.leader).toBe('kv1');
    const other = COMPOSE_PREFIX.replace(/leader kv1/g, 'leader kv4');
    expect(readLogText(other, patterns).events.find((e) => e.kind === 'heartbeat-timeout')!.leader).toBe('kv4');
  });
});
