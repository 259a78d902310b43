// A logger's simple class name is a column, not the message (javanode39's false fails): logback's and log4j's
// `%d %-5level %logger{0} - %msg` write `08:55:28.985 WARN  RaftNode - Node 2: connection to leader 1 lost`, and the
// node names itself at the message start. A dotted logger (`c.e.RaftNode - Node 2:`) was already read past; an
// undotted one (`RaftNode`, `Raft`, `KvServer`) stopped the head, so no line was tied to a node.
import { describe, expect, it } from 'vitest';
import { indexLines, readLogText, type LogEvent } from '../../src/log-events/index.js';
import { spellNode } from '../../src/log-events/spell-node.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

const brief = (events: readonly LogEvent[]): string[] => events.map((e) => [e.line + 1, e.kind, e.node ?? '-'].join(' '));

// The javanode39 node's run, its head and own name written by `format` (`%d` the node's number).
function paste(format: string): string {
  const rows: [string, string, number, string][] = [
    ['08:55:28.936', 'INFO', 1, 'became leader for term 1'],
    ['08:55:28.937', 'INFO', 2, 'following leader 1 (term 1)'],
    ['08:55:28.943', 'INFO', 3, 'following leader 1 (term 1)'],
    ['08:55:28.972', 'INFO', 1, 'received SIGTERM, shutting down'],
    ['08:55:28.975', 'WARN', 3, 'connection to leader 1 lost (EOF)'],
    ['08:55:28.985', 'WARN', 2, 'connection to leader 1 lost (EOF)'],
    ['08:55:29.146', 'INFO', 2, 'leader 1 timed out after 204 ms, starting election for term 2'],
  ];
  return rows.map(([time, level, node, message]) => `${time} ${level.padEnd(5)} ${format.replace('%d', String(node))} ${message}`).join('\n');
}

const EXPECTED = ['1 became-leader node1', '2 follows-leader node2', '3 follows-leader node3', '4 kill node1', '5 connection-lost node3', '6 connection-lost node2', '7 heartbeat-timeout node2'];

describe('a logger column before the message', () => {
  it.each(['RaftNode - Node %d:', 'Raft - Node %d:', 'KvServer - Node %d:', 'Node - Node %d:', 'RaftNode - node %d:', 'RaftNode - Node %d', 'RaftNode - [Node %d]', 'c.e.RaftNode - Node %d:'])(
    'names each line by the node its message starts with: %s',
    (format) => {
      expect(brief(readLogText(paste(format), patterns).events)).toEqual(EXPECTED);
    },
  );

  it('is read past after a thread column too', () => {
    expect(brief(readLogText(paste('[main] RaftNode - Node %d:').replace(/ (INFO|WARN) +\[main\]/g, ' [main] $1 '), patterns).events)).toEqual(EXPECTED);
  });

  it('is no logger in a line without a level: a sentence of the student\'s keeps its words', () => {
    // `Summary - node 3 …`: no level before the word, so it is the message, which names node3 only in its words.
    const { events } = readLogText('08:55:28.985 Summary - node 3 connection to leader 1 lost\n08:55:28.986 INFO  Raft - Node 2: connection to leader 1 lost (EOF)', patterns);
    expect(brief(events)).toEqual(['1 connection-lost -', '2 connection-lost node2']);
  });
});

describe('a server number at the message start', () => {
  it.each(['Server %d:', 'server %d:', 'RaftNode - Server %d:'])('names the writer: %s', (format) => {
    expect(brief(readLogText(paste(format), patterns).events)).toEqual(EXPECTED);
  });
});

describe('a node written `Server 2` in the paste', () => {
  it('is spelled so in reports', () => {
    const text = paste('RaftNode - Server %d:');
    expect(spellNode('node2', -1, readLogText(text, patterns), indexLines(text))).toBe('Server 2');
  });
});

// java39's leftovers (left40): a logger's simple class name before a colon, `INFO RaftNode: Node 3: lost connection
// to leader` (log4j's `%c{1}: %m`), stopped the head at `RaftNode:`, and a node naming itself `peer 2:` at the
// message start was no writer; both pastes, sorted, had no line tied to a node (a false fail).
describe('a logger name before a colon, then the node and its own colon', () => {
  it.each(['RaftNode: Node %d:', 'Raft: node %d:', 'KvServer: Server %d:', 'RaftNode: node%d:', 'RaftNode: peer %d:'])('names each line by that node: %s', (format) => {
    expect(brief(readLogText(paste(format), patterns).events)).toEqual(EXPECTED);
  });

  it('after a thread column and without a level too', () => {
    const withThread = paste('RaftNode: Node %d:').replace(/ (INFO|WARN) +/g, ' [main] $1 ');
    expect(brief(readLogText(withThread, patterns).events)).toEqual(EXPECTED);
    const noLevel = paste('RaftNode: Node %d:').replace(/ (INFO|WARN) +/g, ' ');
    expect(brief(readLogText(noLevel, patterns).events)).toEqual(EXPECTED);
  });

  it('is no logger when no node and colon follow: a label of the message keeps its words', () => {
    // `Election: node 2 won`: no colon after the node, so the node is the message's subject, not its writer.
    const { events } = readLogText('08:55:28.985 INFO Election: node 2 connection to leader 1 lost\n08:55:28.986 INFO  Raft - Node 3: connection to leader 1 lost (EOF)', patterns);
    expect(brief(events)).toEqual(['1 connection-lost -', '2 connection-lost node3']);
  });
});

describe('`peer 2:` at the message start', () => {
  it('names the writer where such heads vary, and its own name is no peer it lost or a peer stopping', () => {
    const { events } = readLogText(paste('peer %d:'), patterns);
    expect(brief(events)).toEqual(EXPECTED);
    // `peer 1: received SIGTERM` is node1's own kill (no peer stopping), `peer 3: connection to leader 1 lost` no lost link to itself.
    expect(events.map((e) => e.peer ?? '-')).toEqual(['-', '-', '-', '-', '-', '-', '-']);
  });

  it('is a line about that peer under a writer the line names otherwise (`[node 2] peer 3: read returned 0`)', () => {
    const text = ['[node 3] 12:04:05.000 received SIGTERM, shutting down', '[node 2] 12:04:05.003 peer 3: read returned 0', '[node 1] 12:04:05.004 peer 3: read returned 0'].join('\n');
    const { events } = readLogText(text, patterns);
    expect(events.map((e) => [e.kind, e.node, e.peer])).toEqual([
      ['kill', 'node3', undefined],
      ['connection-lost', 'node2', 'node3'],
      ['connection-lost', 'node1', 'node3'],
    ]);
  });

  it('names no writer where one peer is the only such head: a leader logging about peer 3', () => {
    const text = ['12:04:04.000 became leader for term 1', '12:04:05.003 peer 3: read returned 0', '12:04:05.004 peer 3: read returned 0'].join('\n');
    expect(readLogText(text, patterns).events.map((e) => e.node ?? '-')).toEqual(['-', '-', '-']);
  });
});
