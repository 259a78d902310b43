// dropRepeatedSections (src/log-events/repeated-sections.ts, through readLogText): one log shown twice under two
// section names is one writer's lines, counted once.
import { describe, expect, it } from 'vitest';
import { readLogText } from '../../src/log-events/index.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

const head = ['$ date +%T.%3N; kill 4101', '10:00:00.100', '$ for n in 2 3; do echo "=== node$n ==="; tail -n 3 data/node2/node.log; done'];
const node2 = ['10:00:00.051 INFO  heartbeat from leader node1 term=2 ok', '10:00:00.102 WARN  connection to leader node1 lost: EOF', '10:00:00.287 INFO  election timeout, starting election for term 3'];
const read = (lines: string[]) => readLogText(lines.join('\n'), patterns);

describe('dropRepeatedSections', () => {
  it("a section repeating another node's line for line, to the ms, is no line of its header's node", () => {
    const { events, nodes, repeatedSections } = read([...head, '=== node2 ===', ...node2, '=== node3 ===', ...node2]);
    expect(repeatedSections).toEqual([{ node: 'node3', first: 8, last: 10, sameAs: 'node2', sameAsFirst: 4, sameAsLast: 6 }]);
    expect(events.filter((e) => e.node === 'node3')).toEqual([]);
    expect(events.filter((e) => e.node === 'node2').map((e) => e.line + 1)).toEqual([5, 6, 7]);
    expect(nodes).not.toContain('node3');
  });

  it("untimed sections alike are two writers: a head with no time (.NET's `warn: KvNode.Raft[0]`) shows no copy to the ms (adv58a-19)", () => {
    const dotnet = ['warn: KvNode.Raft[0]', '      connection to leader node1 lost (EOF)', 'warn: KvNode.Raft[0]', '      election timeout: no heartbeat from leader node1 in 200 ms'];
    const { events, repeatedSections } = read([...head, '==> node2.log <==', ...dotnet, '==> node3.log <==', ...dotnet]);
    expect(repeatedSections).toBeUndefined();
    expect(events.filter((e) => e.kind === 'connection-lost').map((e) => e.node)).toEqual(['node2', 'node3']);
  });

  it('sections differing in one line (their own election timers) are two writers', () => {
    const node3 = [node2[0]!, node2[1]!, '10:00:00.243 INFO  election timeout, starting election for term 3'];
    const { events, repeatedSections } = read([...head, '=== node2 ===', ...node2, '=== node3 ===', ...node3]);
    expect(repeatedSections).toBeUndefined();
    expect(events.filter((e) => e.node === 'node3').map((e) => e.line + 1)).toEqual([9, 10, 11]);
  });

  it('one identical timed line is no repeat: both followers may log the leader\'s EOF in one ms', () => {
    const { events, repeatedSections } = read([...head, '=== node2 ===', node2[1]!, '=== node3 ===', node2[1]!]);
    expect(repeatedSections).toBeUndefined();
    expect(events.filter((e) => e.kind === 'connection-lost').map((e) => e.node)).toEqual(['node2', 'node3']);
  });

  it('lines naming their own writer under a wrong header are not section lines: nothing to drop', () => {
    const tagged = node2.map((l) => l.replace('INFO ', '[node2]').replace('WARN ', '[node2]'));
    const { repeatedSections } = read([...head, '=== node2 ===', ...tagged, '=== node3 ===', ...tagged]);
    expect(repeatedSections).toBeUndefined();
  });

  it("two of tail's own headers are two files tail read: equal lines there are two followers logging alike (adv51b-33)", () => {
    const tail = ['$ date +%T.%3N; kill 4101', '10:00:00.100', '$ tail -n 3 data/node2/node.log data/node3/node.log'];
    const { events, repeatedSections } = read([...tail, '==> data/node2/node.log <==', ...node2, '', '==> data/node3/node.log <==', ...node2]);
    expect(repeatedSections).toBeUndefined();
    expect(events.filter((e) => e.kind === 'connection-lost').map((e) => e.node)).toEqual(['node2', 'node3']);
    // One tail header and one echoed: the echo may print any name over the same file.
    expect(read([...head, '==> data/node2/node.log <==', ...node2, '=== node3 ===', ...node2]).repeatedSections).toHaveLength(1);
  });
});
