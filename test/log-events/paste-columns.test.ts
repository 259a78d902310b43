import { describe, expect, it } from 'vitest';
import { splitPasteColumns } from '../../src/log-events/paste-columns.js';
import { indexLines, lineNumber } from '../../src/log-events/paste-lines.js';

const rows = [
  'raft$ date +%T.%3N; kill 30975',
  '15:30:11.332',
  'raft$ paste node2.log node3.log | head -n 3',
  '15:30:10.308 [node2] INFO  following leader node1 (term 1)\t15:30:10.306 [node3] INFO  following leader node1 (term 1)',
  '15:30:11.343 [node2] WARN  connection to leader node1 lost (EOF)\t15:30:11.343 [node3] WARN  connection to leader node1 lost (EOF)',
  '\t15:30:11.625 [node3] INFO  following leader node2 (term 2)',
  'raft$ ',
];

describe('splitPasteColumns', () => {
  it("reads the rows under `paste A B` one column at a time, each line numbered by its row; an empty cell is no line", () => {
    const split = splitPasteColumns(indexLines(rows.join('\n')))!;
    expect([split.commandLine, split.lastLine, split.files]).toEqual([3, 6, ['node2.log', 'node3.log']]);
    const { lines } = split;
    expect(Array.from({ length: lines.count }, (_, i) => [lineNumber(lines, i), lines.text.slice(lines.starts[i]!, lines.ends[i]!).slice(0, 21)])).toEqual([
      [1, 'raft$ date +%T.%3N; k'],
      [2, '15:30:11.332'],
      [3, 'raft$ paste node2.log'],
      [4, '15:30:10.308 [node2] '],
      [5, '15:30:11.343 [node2] '],
      [4, '15:30:10.306 [node3] '],
      [5, '15:30:11.343 [node3] '],
      [6, '15:30:11.625 [node3] '],
      [7, 'raft$ '],
    ]);
  });

  it('takes no other command, no `paste` with a delimiter of its own, and no rows without a TAB', () => {
    expect(splitPasteColumns(indexLines(rows.map((r) => r.replace('paste node2.log', 'cat node2.log')).join('\n')))).toBeUndefined();
    expect(splitPasteColumns(indexLines(rows.map((r) => r.replace('paste node2.log', 'paste -d "|" node2.log')).join('\n')))).toBeUndefined();
    expect(splitPasteColumns(indexLines(rows.map((r) => r.replace(/\t/g, '   ')).join('\n')))).toBeUndefined();
  });
});
