import { describe, expect, it } from 'vitest';
import { indexLines, readLogText } from '../../src/log-events/index.js';
import { spellNode } from '../../src/log-events/spell-node.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

// How `paste` writes node `id`, as spellNode chooses it with no line cited (the slow path) and with `cited` (0-based).
function spell(paste: string[], id: string, cited = -1): string {
  const text = paste.join('\n');
  const read = readLogText(text, patterns);
  return spellNode(id, cited, read, indexLines(text));
}

describe('spellNode: how the paste writes a node the engine calls node2', () => {
  it('a name on its own lines: `[n2]` → n2, `[Node 2]` → Node 2, `node-2` → node-2, `kv_node[2]` → kv_node[2]', () => {
    const lines = (name: (n: number) => string): string[] => [
      `12:00:00.000 ${name(1)} received SIGTERM, shutting down`,
      `12:00:00.120 ${name(2)} heartbeat timeout, starting election`,
      `12:00:00.130 ${name(3)} lost connection to leader`,
    ];
    expect(spell(lines((n) => `[n${n}]`), 'node2')).toBe('n2');
    expect(spell(lines((n) => `[Node ${n}]`), 'node2')).toBe('Node 2');
    expect(spell(lines((n) => `node-${n}:`), 'node2')).toBe('node-2');
    expect(spell(lines((n) => `kv_node[${n}]:`), 'node3')).toBe('kv_node[3]');
    expect(spell(lines((n) => `[n${n}]`), 'node1')).toBe('n1');
  });

  it("a systemd unit's name is not the node's: `kv-node1.service` lines about node1 leave it node1 (blind15 OOM)", () => {
    const paste = [
      'Dec 01 14:05:33.068512 lab kv_node[4101]: [node1] leader: heartbeat term=3 -> node2,node3',
      'Dec 01 14:05:33.118442 lab kernel: Memory cgroup out of memory: Killed process 4101 (kv_node)',
      'Dec 01 14:05:33.119804 lab kv_node[4103]: [node3] follower: connection to leader node1 closed (EOF)',
      'Dec 01 14:05:33.120110 lab kv_node[4102]: [node2] follower: connection to leader node1 closed (EOF)',
      'Dec 01 14:05:33.121902 lab systemd[1012]: kv-node1.service: A process of this unit has been killed by the OOM killer.',
      'Dec 01 14:05:33.123390 lab systemd[1012]: kv-node1.service: Main process exited, code=killed, status=9/KILL',
      "Dec 01 14:05:33.123511 lab systemd[1012]: kv-node1.service: Failed with result 'oom-kill'.",
    ];
    expect(spell(paste, 'node1', 1)).toBe('node1');
  });

  it('the id itself when the cited line writes it (one search of one line), whatever the rest of the paste says', () => {
    const paste = ['12:00:00.000 [n1] received SIGTERM', '12:00:00.120 node2: heartbeat timeout', '12:00:00.130 [n3] lost connection to leader'];
    expect(spell(paste, 'node2', 1)).toBe('node2');
    // The cited line does not write node1: the paste's own spelling is looked for.
    expect(spell(paste, 'node1', 0)).toBe('n1');
  });

  it('the most used name of its own lines wins over one written once', () => {
    const paste = [
      '12:00:00.000 [n1] became leader',
      '12:00:00.050 [n2] following leader n1',
      '12:00:00.060 [n2] heartbeat from leader n1, also known as node2 in the config',
      '12:00:00.320 [n2] heartbeat timeout',
    ];
    expect(spell(paste, 'node2')).toBe('n2');
  });

  it('a key only where no line names it otherwise: `node=2`, `raft_id: 2`, `node{id=2}`, a tag `[2]`', () => {
    const of = (line: (n: number) => string): string[] => [1, 2, 3].map((n) => line(n));
    expect(spell(of((n) => `time="12:00:00.${n}00" level=warn msg="heartbeat timeout" node=${n}`), 'node2')).toBe('node=2');
    expect(spell(of((n) => `Nov 30 08:31:0${n}.102 INFO heartbeat timeout, raft_id: ${n}`), 'node2')).toBe('raft_id: 2');
    expect(spell(of((n) => `2026-11-29T21:31:1${n}.300118Z WARN node{id=${n}}: heartbeat timeout`), 'node2')).toBe('node{id=2}');
    expect(spell(of((n) => `2026-12-01 11:14:2${n}.503917 +01:00 [${n}] follower: heartbeat timeout`), 'node2')).toBe('[2]');
  });

  // M2 (jsnode39): winston's JSON through `grep -h`, no file name: the followers were reported as `"node":2` and
  // `"node":3`, a raw fragment of the record. A JSON key and its value are the model's id, what the value says.
  it('a JSON record\'s key is no name: `"node":2`, `"id": 2`, `"node_id": 2` → node2, before an address the node listens on', () => {
    const of = (line: (n: number) => string): string[] => [1, 2, 3].map((n) => line(n));
    expect(spell(of((n) => `{"node":${n},"time":179604420112${n},"message":"heartbeat timeout"}`), 'node2')).toBe('node2');
    expect(spell(of((n) => `{"ts": "2026-11-26T19:30:01.2${n}0Z", "id": ${n}, "msg": "heartbeat timeout"}`), 'node2')).toBe('node2');
    const listening = [1, 2, 3].map((n) => `{"level":"info","node_id":${n},"time":17960442011${n}8,"message":"listening on :700${n}"}`);
    expect(spell([...listening, '{"level":"warn","node_id":2,"time":1796044205118,"message":"heartbeat timeout"}'], 'node2')).toBe('node2');
    // A name written anywhere still wins: `"node":"n2"` is a name, not a key's number.
    expect(spell(of((n) => `{"node":"n${n}","time":179604420112${n},"message":"heartbeat timeout"}`), 'node2')).toBe('n2');
  });

  it('a name the paste writes elsewhere (how other lines call it) comes before a key of its own lines', () => {
    const paste = [
      '2026-11-29T21:35:54.400Z kv_node[91234] id=1 became LEADER for term 2',
      '2026-11-29T21:35:54.950Z kv_node[91240] id=2 following leader node 1 (term 2)',
      '2026-11-29T21:35:58.191Z kv_node[91240] id=2 AppendEntries from node 1: prev_index=3',
      '2026-11-29T21:35:58.400Z kv_node[91240] id=2 heartbeat timeout from leader node 1',
    ];
    expect(spell(paste, 'node1')).toBe('node 1');
    expect(spell(paste, 'node2')).toBe('id=2');
  });

  it("a node whose lines a header names: the header's spelling", () => {
    const paste = ['==> logs/n2.log <==', '12:00:00.120 WARN heartbeat timeout', '==> logs/n3.log <==', '12:00:00.130 WARN lost connection to leader'];
    expect(spell(paste, 'node2')).toBe('n2');
    const written = ['==> data/node2/node.log <==', '12:00:00.120 WARN heartbeat timeout', '==> data/node3/node.log <==', '12:00:00.130 WARN lost connection'];
    expect(spell(written, 'node2')).toBe('node2');
  });

  it('a port id `:7001`: its key `port=7001`, else the bare number `[7001]`', () => {
    const keyed = [1, 2, 3].map((n) => `2026-11-30 13:48:12.40${n} pid=5021${n} port=700${n} level=warn msg="heartbeat timeout"`);
    expect(spell(keyed, ':7002')).toBe('port=7002');
    const tagged = ['13:42:10.118 [7001] INFO  received SIGTERM', '13:42:10.300 [7002] WARN  heartbeat timeout', '13:42:10.310 [7003] WARN  lost connection to leader 7001'];
    expect(spell(tagged, ':7003')).toBe('7003');
  });

  it('an id the engine did not make up is the paste\'s own spelling already; an id nothing spells stays', () => {
    const paste = ['12:00:00.000 kv1 | received SIGTERM', '12:00:00.120 kv2 | heartbeat timeout'];
    expect(spell(paste, 'kv2')).toBe('kv2');
    expect(spell(paste, 'raft-a')).toBe('raft-a');
    expect(spell(paste, 'node7')).toBe('node7');
  });
});
