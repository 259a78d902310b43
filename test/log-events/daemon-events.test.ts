import { describe, expect, it } from 'vitest';
import { judgeKills, placeEventsOnClock, readLogText } from '../../src/log-events/index.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

const ID = '9c1e4a7f2b3d8e55a0c6f1d2b7e4c3a9f0d1e2b3c4a5968778695a4b3c2d1e0f';
const record = (time: string, action: string, attributes: string): string => `2026-12-02T14:03:${time}Z container ${action} ${ID} (${attributes})`;

// adv27's `docker stop kv1`: the SIGTERM kv1 ignored, docker's SIGKILL 10 s later.
const dockerStop = [
  '$ docker events --since 2026-12-02T14:03:00Z --until 2026-12-02T14:03:30Z --filter container=kv1',
  record('11.087436518', 'kill', 'image=kv-node:dev, name=kv1, signal=15'),
  record('21.101270334', 'kill', 'image=kv-node:dev, name=kv1, signal=9'),
  record('21.103864021', 'die', 'exitCode=137, image=kv-node:dev, name=kv1'),
  '$ docker logs -t kv1 2>&1 | tail -n 3',
  '2026-12-02T14:03:11.087811205Z kv1: caught SIGTERM (ignored: set KV_GRACEFUL=1 to drain and exit)',
  '2026-12-02T14:03:11.137902144Z kv1: heartbeat -> kv2, kv3 (term 3, commit 118)',
  '2026-12-02T14:03:21.087701862Z kv1: heartbeat -> kv2, kv3 (term 3, commit 118)',
  '$ docker logs -t kv2 2>&1 | tail -n 2',
  '2026-12-02T14:03:21.088410277Z kv2: heartbeat from leader kv1 (term 3)',
  '2026-12-02T14:03:21.102993117Z kv2: recv from leader kv1: EOF, connection closed',
  '$ docker logs -t kv3 2>&1 | tail -n 2',
  '2026-12-02T14:03:21.088517903Z kv3: heartbeat from leader kv1 (term 3)',
  '2026-12-02T14:03:21.103412009Z kv3: connection to leader kv1 lost: EOF',
].join('\n');

describe("a container engine's event records are the daemon's lines about a container", () => {
  it("a `kill` record is a signal to the container its filter names: no line of kv1's own, the record's signal", () => {
    // Without kv1's own line ignoring the SIGTERM, both records are kills.
    const unanswered = dockerStop.split('\n').filter((line) => !line.includes('caught SIGTERM')).join('\n');
    const kills = readLogText(unanswered, patterns).events.filter((e) => e.kind === 'kill');
    expect(kills.map((e) => [e.line + 1, e.node, e.target, e.signal])).toEqual([
      [2, undefined, 'kv1', 'TERM'],
      [3, undefined, 'kv1', 'KILL'],
    ]);
  });

  it("the record of the SIGTERM kv1's own line says it ignored is no kill, nor that line (ignored-signals.ts)", () => {
    const events = readLogText(dockerStop, patterns).events;
    expect(events.filter((e) => e.kind === 'kill').map((e) => [e.line + 1, e.target, e.signal])).toEqual([[3, 'kv1', 'KILL']]);
    expect(events.filter((e) => e.notKill === 'ignored').map((e) => [e.line + 1, e.node])).toEqual([[6, 'kv1']]);
  });

  it('without a filter, the name attribute names the container', () => {
    const text = ['$ docker events --since 1m', record('21.101270334', 'kill', 'image=kv-node:dev, name=raft-a, signal=9')].join('\n');
    const kills = readLogText(text, patterns).events.filter((e) => e.kind === 'kill');
    expect(kills.map((e) => [e.node, e.target, e.signal])).toEqual([[undefined, 'raft-a', 'KILL']]);
  });

  it('a signal number no kill names by number reads as none (not the letters after `sig` in `signal`)', () => {
    const text = ['$ docker events --filter container=kv1', record('21.101270334', 'kill', 'image=kv-node:dev, name=kv1, signal=6')].join('\n');
    const kills = readLogText(text, patterns).events.filter((e) => e.kind === 'kill');
    expect(kills.map((e) => [e.target, e.signal])).toEqual([['kv1', undefined]]);
  });

  it('the SIGTERM kv1 lived through (its heartbeats after it) is no kill of the leader; the SIGKILL is', () => {
    // Shown by its heartbeats alone (no line of its own about the signal): the record is judged and lived through.
    const unanswered = dockerStop.split('\n').filter((line) => !line.includes('caught SIGTERM')).join('\n');
    const { events } = readLogText(unanswered, patterns);
    const judged = judgeKills(events, placeEventsOnClock(events));
    expect(judged.map((k) => [k.event.line + 1, k.killed, k.ofLeader, k.ledOn && k.ledOn.event.line + 1])).toEqual([
      [2, 'kv1', false, 6],
      [3, 'kv1', true, undefined],
    ]);
  });
});
