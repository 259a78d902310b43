// A date's output line below `date; kill PID` (date-output.ts) stands for the kill's time: it names no node. GNU
// date's `Thu Dec  3 09:49:44 UTC 2026` has the day of the month, read as node3 it made the kill one of a follower.
import { describe, expect, it } from 'vitest';
import { readLogText } from '../../src/log-events/index.js';
import { w12Patterns as patterns } from '../support/lesson-line-mask.js';

const nodes = [
  '2026-12-03T09:49:42.762Z [node2] following leader node1 (term 1)',
  '2026-12-03T09:49:42.762Z [node3] following leader node1 (term 1)',
  '2026-12-03T09:49:44.256Z [node2] connection to leader node1 lost (EOF)',
  '2026-12-03T09:49:44.254Z [node3] connection to leader node1 lost (EOF)',
];
const killOf = (head: string[]) => readLogText([...head, ...nodes].join('\n'), patterns).events.find((e) => e.kind === 'kill');

describe('a date output line as the kill', () => {
  it.each(['Tue Dec  1', 'Wed Dec  2', 'Thu Dec  3', 'Wed Dec  9'])('names no node by its day of the month: %s', (day) => {
    const kill = killOf(['$ date; kill 4664', `${day} 09:49:44 UTC 2026`]);
    expect(kill).toMatchObject({ line: 1, pid: 4664 });
    expect(kill?.target).toBeUndefined();
    expect(kill?.node).toBeUndefined();
  });

  it('keeps a target the kill command itself names', () => {
    expect(killOf(['$ date; kill 4664  # node1', 'Thu Dec  3 09:49:44 UTC 2026'])?.target).toBe('node1');
    expect(killOf(['$ date +%T.%3N; kill 4664  # node1', '09:49:44.241'])?.target).toBe('node1');
  });
});
