// `jq .`'s records, a key a line, are joined back into one line each before anything is matched (adv68d-27).
import { describe, expect, it } from 'vitest';
import { joinPrettyJsonRecords } from '../../src/log-events/join-pretty-json.js';
import { indexLines, lineNumber, lineText } from '../../src/log-events/paste-lines.js';

const rowsOf = (text: string): { text: string; line: number }[] => {
  const lines = joinPrettyJsonRecords(indexLines(text));
  if (lines === undefined) return [];
  return Array.from({ length: lines.count }, (_, i) => ({ text: lineText(lines, i), line: lineNumber(lines, i) }));
};

const record = (ts: string, node: string, msg: string): string[] => ['{', `  "ts": "${ts}",`, '  "raft": {', `    "node": "${node}",`, '    "term": 1', '  },', `  "msg": "${msg}"`, '}'];

describe('joinPrettyJsonRecords', () => {
  it('joins each record into one line numbered by its message row', () => {
    const text = ['$ grep -h lost n*.log | jq .', ...record('2026-12-06T20:21:50.167Z', 'node1', 'received SIGTERM'), ...record('2026-12-06T20:21:50.172Z', 'node2', 'connection to leader lost (EOF)')].join('\n');
    expect(rowsOf(text)).toEqual([
      { text: '$ grep -h lost n*.log | jq .', line: 1 },
      { text: '{"ts": "2026-12-06T20:21:50.167Z", "raft": {"node": "node1", "term": 1}, "msg": "received SIGTERM"}', line: 8 },
      { text: '{"ts": "2026-12-06T20:21:50.172Z", "raft": {"node": "node2", "term": 1}, "msg": "connection to leader lost (EOF)"}', line: 16 },
    ]);
  });

  it('leaves a paste with one such block, and a journal json-pretty record, as they are', () => {
    expect(joinPrettyJsonRecords(indexLines(record('2026-12-06T20:21:50.167Z', 'node1', 'x').join('\n')))).toBeUndefined();
    const journal = ['{', '\t"__REALTIME_TIMESTAMP" : "1796588510172000",', '\t"MESSAGE" : "connection to leader lost"', '}'];
    expect(joinPrettyJsonRecords(indexLines([...journal, ...journal].join('\n')))).toBeUndefined();
  });
});
