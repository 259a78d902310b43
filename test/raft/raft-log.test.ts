import { describe, expect, it } from 'vitest';
import { RaftError } from '../../src/raft/raft-errors.js';
import { RaftLog } from '../../src/raft/raft-log.js';
import type { Entry } from '../../src/raft/types.js';

function entries(...terms: number[]): Entry[] {
  return terms.map((term, position) => ({ index: position + 1, term, type: 'normal', data: `e${position + 1}` }));
}

describe('RaftLog', () => {
  it('looks up terms, with index 0 as the empty prefix of term 0', () => {
    const log = new RaftLog(entries(1, 1, 2));
    expect([log.term(0), log.term(1), log.term(3), log.term(4)]).toEqual([0, 1, 2, undefined]);
    expect([log.lastIndex, log.lastTerm]).toEqual([3, 2]);
    expect(log.matchTerm(0, 0)).toBe(true);
  });

  it('rejects restored entries that are not numbered from 1 without gaps', () => {
    expect(() => new RaftLog([{ index: 2, term: 1, type: 'normal', data: '' }])).toThrow(RaftError);
  });

  it('skips entries it already has and truncates only from the first conflict', () => {
    const log = new RaftLog(entries(1, 1, 2, 2));
    expect(log.maybeAppend(1, 1, 0, entries(1, 1).slice(1))).toEqual({ lastNewIndex: 2, truncatedFrom: 0 });
    expect(log.lastIndex).toBe(4);
    const replacement: Entry[] = [{ index: 3, term: 3, type: 'normal', data: 'x' }];
    expect(log.maybeAppend(2, 1, 0, replacement)).toEqual({ lastNewIndex: 3, truncatedFrom: 3 });
    expect([log.lastIndex, log.lastTerm]).toEqual([3, 3]);
    expect(log.unstableEntries()).toEqual(replacement);
  });

  it('refuses to truncate a committed entry', () => {
    const log = new RaftLog(entries(1, 1), 2);
    expect(() => log.maybeAppend(1, 1, 0, [{ index: 2, term: 2, type: 'normal', data: '' }])).toThrow(/committed/);
  });

  it('hints the last index at or below the given one whose term is not above the leader\'s', () => {
    const log = new RaftLog(entries(1, 2, 4, 4, 4));
    expect(log.conflictHint(5, 3)).toBe(2);
    expect(log.conflictHint(9, 4)).toBe(5);
    expect(log.conflictHint(5, 0)).toBe(0);
  });

  it('hands out committed entries once and marks entries stable only if they were not replaced', () => {
    const log = new RaftLog();
    log.append({ index: 1, term: 1, type: 'noop', data: '' });
    log.append({ index: 2, term: 1, type: 'normal', data: 'a' });
    log.commitTo(2);
    expect(log.takeNextCommitted().map((entry) => entry.index)).toEqual([1, 2]);
    expect(log.takeNextCommitted()).toEqual([]);
    log.stableTo(2, 9);
    expect(log.hasUnstable()).toBe(true);
    log.stableTo(2, 1);
    expect(log.hasUnstable()).toBe(false);
    expect(() => log.commitTo(3)).toThrow(/beyond/);
  });
});
