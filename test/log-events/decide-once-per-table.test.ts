import { describe, expect, it } from 'vitest';
import { decideOncePerTable } from '../../src/log-events/decide-once-per-table.js';
import { indexLines } from '../../src/log-events/paste-lines.js';
import { scanLines } from '../../src/log-events/scan-lines.js';

const read = (text: string) => {
  const lines = indexLines(text);
  return { lines, table: scanLines(lines) };
};

describe('decideOncePerTable', () => {
  it('decides on the first call and answers later calls with the same table from that decision', () => {
    const asked: number[] = [];
    const countLines = decideOncePerTable((lines) => {
      asked.push(lines.count);
      return lines.count;
    });
    const a = read('10:00:00.100 node1 became leader\n10:00:00.200 node2 heartbeat timeout\n');
    expect(countLines(a.lines, a.table)).toBe(2);
    expect(countLines(a.lines, a.table)).toBe(2);
    expect(asked).toEqual([2]);
  });

  it('decides again for another paste', () => {
    const asked: string[] = [];
    const firstLine = decideOncePerTable((lines) => {
      const text = lines.text.slice(lines.starts[0], lines.ends[0]);
      asked.push(text);
      return text;
    });
    const a = read('node1 became leader\n');
    const b = read('node2 became leader\n');
    expect(firstLine(a.lines, a.table)).toBe('node1 became leader');
    expect(firstLine(b.lines, b.table)).toBe('node2 became leader');
    expect(firstLine(a.lines, a.table)).toBe('node1 became leader');
    expect(asked).toEqual(['node1 became leader', 'node2 became leader']);
  });

  it('keeps a decision of null or false rather than deciding again', () => {
    let calls = 0;
    const never = decideOncePerTable(() => {
      calls++;
      return calls === 1 ? null : 'decided twice';
    });
    const no = decideOncePerTable(() => {
      calls++;
      return false;
    });
    const a = read('x\n');
    expect(never(a.lines, a.table)).toBeNull();
    expect(never(a.lines, a.table)).toBeNull();
    expect(no(a.lines, a.table)).toBe(false);
    expect(no(a.lines, a.table)).toBe(false);
    expect(calls).toBe(2);
  });
});
