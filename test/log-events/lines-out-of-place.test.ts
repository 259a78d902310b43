// A node's lines whose time goes back between lines of its own that run forward are out of place (moved or edited by
// hand); another run's lines, which stay back, and threads' lines a few ms out of order are not.
import { describe, expect, it } from 'vitest';
import { placeEventsOnClock, readLogText } from '../../src/log-events/index.js';
import { findLinesOutOfPlace } from '../../src/log-events/lines-out-of-place.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);

// The runs as [node, first line, last line, next line] (1-based), nothing counting as a break.
const runsOf = (rows: string[]) => {
  const { events } = readLogText(rows.join('\n'), compiled.patterns);
  const clock = placeEventsOnClock(events);
  const runs = findLinesOutOfPlace(events, events.map((e) => clock.at(e)), () => false);
  return runs.map((r) => [r.node, events[r.first]!.line + 1, events[r.last]!.line + 1, events[r.next]!.line + 1]);
};

describe('findLinesOutOfPlace', () => {
  it('finds a line 42 s back between lines running forward (adv56e-33)', () => {
    const rows = [
      '2026-12-05 13:37:03.434 [node2] INFO following leader node1 (term 1)',
      '2026-12-05 13:36:21.339 [node2] WARN connection to leader node1 lost (EOF)',
      '2026-12-05 13:37:04.957 [node2] INFO voted for node3 in term 2',
    ];
    expect(runsOf(rows)).toEqual([['node2', 2, 2, 3]]);
  });

  it('finds two lines back in a row, up to three', () => {
    const rows = [
      '13:37:03.434 [node3] INFO following leader node1 (term 1)',
      '13:36:21.341 [node3] WARN connection to leader node1 lost (EOF)',
      '13:36:21.538 [node3] WARN election timeout fired: no heartbeat from leader node1 in 207 ms',
      '13:37:04.954 [node3] INFO starting election for term 2',
    ];
    expect(runsOf(rows)).toEqual([['node3', 2, 3, 4]]);
  });

  it('finds none where the time stays back (another run pasted after the first)', () => {
    const rows = [
      '13:37:03.434 [node2] INFO following leader node1 (term 1)',
      '13:36:21.339 [node2] WARN connection to leader node1 lost (EOF)',
      '13:36:21.500 [node2] INFO voted for node3 in term 2',
      '13:36:21.510 [node2] INFO following leader node3 (term 2)',
      '13:36:22.000 [node2] INFO following leader node3 (term 2)',
    ];
    expect(runsOf(rows)).toEqual([]);
  });

  it('finds none for threads writing 30 ms out of order, nor across other nodes', () => {
    const rows = [
      '13:37:03.434 [node2] INFO following leader node1 (term 1)',
      '13:37:03.404 [node2] WARN connection to leader node1 lost (EOF)',
      '13:37:01.000 [node3] INFO following leader node1 (term 1)',
      '13:37:03.500 [node2] INFO voted for node3 in term 2',
    ];
    expect(runsOf(rows)).toEqual([]);
  });
});
