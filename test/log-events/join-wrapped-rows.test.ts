import { describe, expect, it } from 'vitest';
import { joinWrappedRows } from '../../src/log-events/join-wrapped-rows.js';
import { indexLines, lineNumber, lineText } from '../../src/log-events/paste-lines.js';

const rowsOf = (lines: NonNullable<ReturnType<typeof joinWrappedRows>>) => Array.from({ length: lines.count }, (_, i) => [lineNumber(lines, i), lineText(lines, i)]);

// A legacy console 80 columns wide: every longer line cut at column 80, mid-word.
const WRAPPED = [
  'data\\node2\\node.log',
  '',
  '2026/11/30 13:30:44.091220 raft.go:302: [node2] INFO applied k20',
  '2026/11/30 13:30:44.339127 follower.go:212: [node2] WARN no message in 221ms, he',
  'artbeat timeout, starting election for term 2',
  '2026/11/30 13:30:44.118795 transport.go:97: [node3] WARN read node1 failed: conn',
  'ection reset by peer',
  '2026/11/30 13:30:44.343307 raft.go:160: [node3] INFO granted vote to node2 for t',
  'erm 2',
];

describe('joinWrappedRows', () => {
  it('joins rows cut at the paste width back into their lines, keeping the first row\'s line number', () => {
    const joined = joinWrappedRows(indexLines(WRAPPED.join('\n')));
    expect(joined && rowsOf(joined)).toEqual([
      [1, 'data\\node2\\node.log'],
      [2, ''],
      [3, '2026/11/30 13:30:44.091220 raft.go:302: [node2] INFO applied k20'],
      [4, '2026/11/30 13:30:44.339127 follower.go:212: [node2] WARN no message in 221ms, heartbeat timeout, starting election for term 2'],
      [6, '2026/11/30 13:30:44.118795 transport.go:97: [node3] WARN read node1 failed: connection reset by peer'],
      [8, '2026/11/30 13:30:44.343307 raft.go:160: [node3] INFO granted vote to node2 for term 2'],
    ]);
  });

  it('leaves alone a paste whose longest lines are followed by records, prompts, stack frames or a single untimed row', () => {
    const widest = '2026-11-29T21:26:26.174626Z WARN heartbeat timeout, no heartbeat from leader leader=0';
    const records = [widest, `[pod/kv-1/kv] ${widest.slice(14)}`, widest, '$ kill 4242', widest, '\tat java.net.SocketInputStream.read(SocketInputStream.java:186)'];
    expect(joinWrappedRows(indexLines(records.join('\n')))).toBeUndefined();
    expect(joinWrappedRows(indexLines([widest, 'one untimed row', '2026-11-29T21:26:26.180000Z INFO x'].join('\n')))).toBeUndefined();
    expect(joinWrappedRows(indexLines(['short 1', 'short 2', 'short 3'].join('\n')))).toBeUndefined();
  });
});
