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
