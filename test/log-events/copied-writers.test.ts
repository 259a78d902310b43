import { describe, expect, it } from 'vitest';
import { dropCopiedWriters } from '../../src/log-events/copied-writers.js';
import type { LogEventKind, MutableLogEvent } from '../../src/log-events/log-event.js';
import { indexLines } from '../../src/log-events/paste-lines.js';

// One event per line: `HH:MM:SS.mmm [writer] message`, its kind given.
function readEvents(rows: readonly (readonly [string, LogEventKind])[]) {
  const lines = indexLines(rows.map(([row]) => row).join('\n'));
  const events = rows.map(([row, kind], line): MutableLogEvent => {
    const [, h, m, sec, ms, node] = /^(\d\d):(\d\d):(\d\d)\.(\d{3}) \[([\w-]+)\]/.exec(row)!;
    const dayMs = ((Number(h) * 60 + Number(m)) * 60 + Number(sec)) * 1000 + Number(ms);
    return { line, kind, node, nodeFrom: 'tag', time: { kind: 'time-of-day', ms: dayMs, dayMs, zoned: false, precisionMs: 1, end: 12 } as unknown as MutableLogEvent['time'] };
  });
  return { lines, events };
}

const run = (copyName: string, copyPid: string): (readonly [string, LogEventKind])[] => [
  ['12:46:37.777 [node1] kv_node node1 starting pid=4504 port=22181', 'startup'],
  ['12:46:38.283 [node1] following leader node3 (term 1)', 'follows-leader'],
  ['12:46:39.043 [node1] connection to leader node3 lost (EOF)', 'connection-lost'],
  ['12:46:39.129 [node1] became leader (term 2)', 'became-leader'],
  [`12:46:37.777 [${copyName}] kv_node ${copyName} starting pid=${copyPid} port=22181`, 'startup'],
  [`12:46:38.283 [${copyName}] following leader node3 (term 1)`, 'follows-leader'],
  [`12:46:39.043 [${copyName}] connection to leader node3 lost (EOF)`, 'connection-lost'],
  [`12:46:39.129 [${copyName}] became leader (term 2)`, 'became-leader'],
];

describe('dropCopiedWriters', () => {
  it("drops node2 when its every line is node1's relabeled, to the ms, a start line and a claim to lead among them (adv65b-12)", () => {
    const { lines, events } = readEvents(run('node2', '4504'));
    expect(dropCopiedWriters(lines, events)).toEqual([{ node: 'node2', copyOf: 'node1', first: 4, last: 7, copyOfFirst: 0, copyOfLast: 3 }]);
    expect(new Set(events.map((e) => e.node))).toEqual(new Set(['node1']));
  });

  it('keeps two nodes whose start lines differ (another pid): two nodes may log alike at one ms', () => {
    const { lines, events } = readEvents(run('node2', '4505'));
    expect(dropCopiedWriters(lines, events)).toBeUndefined();
    expect(events).toHaveLength(8);
  });

  it('keeps two nodes alike only in a vote, a follow and an EOF (adv51b-33): nothing two nodes cannot both write', () => {
    const alike = (node: string): (readonly [string, LogEventKind])[] => [
      [`12:46:38.280 [${node}] voted for node3 in term 1`, 'vote'],
      [`12:46:38.283 [${node}] following leader node3 (term 1)`, 'follows-leader'],
      [`12:46:39.043 [${node}] connection to leader node3 lost (EOF)`, 'connection-lost'],
    ];
    const { lines, events } = readEvents([...alike('node1'), ...alike('node2')]);
    expect(dropCopiedWriters(lines, events)).toBeUndefined();
    expect(events).toHaveLength(6);
  });
});
