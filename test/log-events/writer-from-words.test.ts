// Which writers the model only read from a line's words: reports do not call such lines the node's own.
import { describe, expect, it } from 'vitest';
import { isWriterFromWords } from '../../src/log-events/writer-from-words.js';

const fromMessage = (node: string) => ({ node, nodeFrom: 'message' as const });

describe('isWriterFromWords', () => {
  it('a name inside a sentence is only a reading: the line may be about the node, not by it', () => {
    expect(isWriterFromWords(fromMessage('node3'), '2026-12-01 06:15:14.068 INFO [raft.Node] stepping down: node3 has term 7')).toBe(true);
    expect(isWriterFromWords(fromMessage('node3'), 'INFO [raft.Node] became leader for term 6 (votes from node2, node3)')).toBe(true);
    expect(isWriterFromWords(fromMessage('node2'), 'kill was at 41536 on n1, so node2 noticed at 38411')).toBe(true);
  });

  it("a writer key, a `node3:` prefix or a `[node3]` tag in the words is the program's own mark", () => {
    expect(isWriterFromWords(fromMessage('node3'), 'level=INFO msg="following leader node2 (term 2)" node=3 leader=2')).toBe(false);
    expect(isWriterFromWords(fromMessage('node3'), 'Mon 2026-11-30 14:03:11 UTC raftbox kv@3.service[4103]: [14:03:11.343] node3: granted vote to node2')).toBe(false);
    expect(isWriterFromWords(fromMessage('node2'), '2026-11-30 12:45:10,259 INFO     raft[node2]: voted for node3 (term 2)')).toBe(false);
    expect(isWriterFromWords(fromMessage('node2'), 'WARN -- node-2: lost connection to leader node1')).toBe(false);
  });

  it("a key naming another node does not make the bare name the writer's: `node=2` on a line the model gave node3", () => {
    expect(isWriterFromWords(fromMessage('node3'), 'msg="won election for term 2 with votes from node2,node3, I am the leader now" node=2 term=2')).toBe(true);
  });

  it('only writers read from the message are readings; prefixes, fields and sections are not, and no writer is none', () => {
    expect(isWriterFromWords({ node: 'node3', nodeFrom: 'tag' }, 'stepping down: node3 has term 7')).toBe(false);
    expect(isWriterFromWords({ node: 'node3', nodeFrom: 'file-prefix' }, 'stepping down: node3 has term 7')).toBe(false);
    expect(isWriterFromWords({ node: undefined, nodeFrom: undefined }, 'stepping down: node3 has term 7')).toBe(false);
  });
});
