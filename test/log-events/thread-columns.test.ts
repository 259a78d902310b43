// A thread column is no node (adv39's false pass): logback's `%d [%thread] %-5level %logger - [%X{node}] %msg` writes the
// thread (`[raft-timer]`, `[peer-reader-2]`) first and the node's MDC tag after the logger. The thread varies within one
// node's lines and recurs across nodes; the tag names the writer. Without the rule the thread names each line, and two
// of one node's lines count as two followers' detections.
import { describe, expect, it } from 'vitest';
import { readLogText, type LogEvent } from '../../src/log-events/index.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

const brief = (events: readonly LogEvent[]): string[] => events.map((e) => [e.line + 1, e.kind, e.node ?? '-'].join(' '));
const detections = (events: readonly LogEvent[]): LogEvent[] => events.filter((e) => e.kind === 'heartbeat-timeout' || e.kind === 'connection-lost');

// `tag` is the MDC's place: after the logger (`c.k.Raft [n2] - msg`) or after its dash (`c.k.Raft - [n2] msg`).
type Place = 'before-dash' | 'after-dash';
const line = (place: Place, time: string, thread: string, level: string, logger: string, node: string, message: string): string =>
  place === 'before-dash' ? `${time} [${thread}] ${level.padEnd(5)} ${logger} [${node}] - ${message}` : `${time} [${thread}] ${level.padEnd(5)} ${logger} - [${node}] ${message}`;

function paste(place: Place, options: { sections: boolean; threads: readonly [string, string, string]; node3Detects: boolean }): string {
  const [rpc, reader, timer] = options.threads;
  const rows = (header: string, body: string[]): string[] => (options.sections ? [header, ...body] : body);
  return [
    ...rows('=== kv-2 (leader) ===', [
      line(place, '10:12:41.310', 'raft-heartbeat', 'DEBUG', 'o.k.raft.Replicator', 'node-2', 'term 7: heartbeat to node-1, node-3'),
      '$ date +%T.%3N; kill 51220',
      '10:12:41.402',
      line(place, '10:12:41.409', 'Thread-1', 'INFO', 'o.k.raft.Server', 'node-2', 'server stopped'),
    ]),
    ...rows('=== kv-1 ===', [
      line(place, '10:12:41.311', `${rpc}-2`, 'DEBUG', 'o.k.raft.Follower', 'node-1', 'term 7: append from node-2 ok'),
      line(place, '10:12:41.413', `${reader}-1`, 'WARN', 'o.k.raft.PeerLink', 'node-1', 'lost connection to leader node-2'),
      line(place, '10:12:41.641', timer, 'INFO', 'o.k.raft.Follower', 'node-1', 'term 7: election timeout (228 ms), starting election for term 8'),
    ]),
    ...rows('=== kv-3 ===', [
      line(place, '10:12:41.312', `${rpc}-1`, 'DEBUG', 'o.k.raft.Follower', 'node-3', 'term 7: append from node-2 ok'),
      ...(options.node3Detects ? [line(place, '10:12:41.415', `${reader}-1`, 'WARN', 'o.k.raft.PeerLink', 'node-3', 'peer node-2 closed the connection (EOF)')] : []),
      line(place, '10:12:41.644', `${rpc}-3`, 'INFO', 'o.k.raft.Follower', 'node-3', 'term 8: granted vote to node-1'),
    ]),
  ].join('\n');
}

describe("logback's thread column before the node's MDC tag", () => {
  it.each<[Place, boolean, readonly [string, string, string]]>([
    ['before-dash', true, ['raft-rpc', 'peer-reader', 'raft-timer']],
    ['before-dash', false, ['raft-rpc', 'peer-reader', 'raft-timer']],
    ['after-dash', true, ['raft-rpc', 'peer-reader', 'raft-timer']],
    ['before-dash', true, ['rpc-worker', 'conn-reader', 'election-timer']],
  ])('the tag names the writer (%s, sections %s, threads %j)', (place, sections, threads) => {
    const { events, nodes } = readLogText(paste(place, { sections, threads, node3Detects: true }), patterns);
    expect(nodes).toEqual(['node1', 'node2', 'node3']);
    expect(brief(detections(events)).map((row) => row.split(' ').slice(1).join(' '))).toEqual(['connection-lost node1', 'heartbeat-timeout node1', 'connection-lost node3']);
  });

  it("one node's two detections stay that node's when the other follower logged none", () => {
    const { events } = readLogText(paste('before-dash', { sections: true, threads: ['raft-rpc', 'peer-reader', 'raft-timer'], node3Detects: false }), patterns);
    expect(new Set(detections(events).map((e) => e.node))).toEqual(new Set(['node1']));
    expect(events.filter((e) => e.kind === 'vote').map((e) => e.node)).toEqual(['node3']);
  });

  it("names no line by the thread when the column varies within one node's tagged lines (an empty MDC `[]`)", () => {
    const text = paste('before-dash', { sections: false, threads: ['raft-rpc', 'peer-reader', 'raft-timer'], node3Detects: false }).replace('[node-1] - lost connection', '[] - lost connection');
    const { events, nodes } = readLogText(text, patterns);
    expect(nodes).toEqual(['node1', 'node2', 'node3']);
    // The untagged line is node1's only as the run of node1's lines it stands in (attribute-file-runs.ts), no thread's.
    expect(detections(events).map((e) => [e.node, e.nodeFrom])).toEqual([['node1', 'file-run'], ['node1', 'tag']]);
  });
});
