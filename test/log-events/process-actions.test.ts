// A typed command's words name the nodes it acts on (process-actions.ts): a `pgrep` pattern, a kill's target, a
// container it stops — they name no writer of the lines below, and several `docker logs` name no one section (adv42
// F1, F2: the lesson's own Verify command at the top of a paste made every follower vanish).
import { describe, expect, it } from 'vitest';
import { readPrintingPipelines } from '../../src/log-events/process-actions.js';
import { readLogText } from '../../src/log-events/index.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson } from '../proof/helpers.js';
import { w12Patterns as patterns } from '../support/lesson-line-mask.js';

const lesson = loadLesson('w12-l03');
const VERIFY = `$ pgrep -f 'kv_node.*--id 1' || echo "leader process is dead"`;

describe('readPrintingPipelines', () => {
  it('drops pipelines that list, find or signal processes, whatever they name', () => {
    expect(readPrintingPipelines(VERIFY)).toEqual(['echo "leader process is dead"']);
    expect(readPrintingPipelines('$ kill -TERM $(pgrep -f "kv_node --id 1; true") && sleep 1')).toEqual(['sleep 1']);
    expect(readPrintingPipelines('$ ps aux | grep "node1"')).toEqual([]);
    expect(readPrintingPipelines('sam@lab:~/kv$ sudo docker kill kv1; docker logs kv2')).toEqual(['docker logs kv2']);
    expect(readPrintingPipelines('$ kill $(cat run/node1.pid)')).toEqual([]);
  });

  it('keeps every pipeline that prints what it reads, and a grep for a process word', () => {
    expect(readPrintingPipelines('$ tail -f data/node2/node.log')).toEqual(['tail -f data/node2/node.log']);
    expect(readPrintingPipelines('$ docker logs kv1 --tail 1; docker logs kv2 --tail 1')).toEqual(['docker logs kv1 --tail 1', 'docker logs kv2 --tail 1']);
    expect(readPrintingPipelines("$ grep -E 'kill|pgrep' node1.log | tail -n 3")).toEqual(["grep -E 'kill|pgrep' node1.log | tail -n 3"]);
    expect(readPrintingPipelines('./kv_node --id 2 --port 7002 &')).toEqual(['./kv_node --id 2 --port 7002']);
  });
});

describe('a typed command names no section by the nodes it acts on', () => {
  const writers = (text: string) => readLogText(text, patterns).events.map((e) => [e.line, e.node]);
  const logs = (name: (n: number) => string) => [
    `2026-12-03T16:55:51.634Z ${name(1)} WARN received SIGTERM, shutting down`,
    `2026-12-03T16:55:51.846Z ${name(2)} WARN heartbeat timeout: no heartbeat from leader in 260 ms`,
    `2026-12-03T16:55:51.916Z ${name(3)} WARN heartbeat timeout: no heartbeat from leader in 280 ms`,
  ];

  it("the lesson's Verify pgrep over lines named raftN, kvN or kv_node[N]: each line keeps its own writer (adv42 F1)", () => {
    for (const name of [(n: number) => `raft${n}`, (n: number) => `kv${n}`, (n: number) => `kv_node[${n}]`]) {
      const paste = [VERIFY, 'leader process is dead', ...logs(name)].join('\n');
      expect(new Set(writers(paste).map(([, node]) => node)).size).toBe(3);
      const verdict = checkPaste(lesson, paste);
      expect(verdict.passed).toBe(true);
    }
  });

  it('a line of several `docker logs` names no one section: kv_node[2] and [3] stay followers (adv42 F2)', () => {
    const paste = [
      '$ docker logs kv1 --tail 1; docker logs kv2 --tail 1; docker logs kv3 --tail 1',
      '2026-12-03T16:55:54.632Z kv_node[1] WARN received SIGTERM, shutting down',
      '2026-12-03T16:55:54.788Z kv_node[2] WARN heartbeat timeout: no heartbeat from leader node1 in 200 ms',
      '2026-12-03T16:55:54.835Z kv_node[3] WARN heartbeat timeout: no heartbeat from leader node1 in 250 ms',
    ].join('\n');
    expect(writers(paste)).toEqual([
      [1, 'node1'],
      [2, 'node2'],
      [3, 'node3'],
    ]);
    expect(checkPaste(lesson, paste).passed).toBe(true);
  });

  it('one `docker logs` or `tail` still names its section; a pgrep of one node names none', () => {
    const under = (command: string) => writers([command, '2026-12-03T16:55:54.788Z WARN heartbeat timeout: no heartbeat from leader in 200 ms'].join('\n'));
    expect(under('$ docker logs raft-b')).toEqual([[1, 'raft-b']]);
    expect(under('$ tail -f data/node2/node.log')).toEqual([[1, 'node2']]);
    expect(under("$ pgrep -f 'kv_node.*--id 1'")).toEqual([[1, undefined]]);
  });
});
