import { describe, expect, it } from 'vitest';
import { quorumMatchIndex, quorumSize, tallyVotes } from '../../src/raft/quorum.js';

describe('quorum', () => {
  it('is a strict majority', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(quorumSize)).toEqual([1, 2, 2, 3, 3, 4, 4]);
  });

  it('finds the highest index stored on a majority', () => {
    expect(quorumMatchIndex([9, 3, 7, 1, 5])).toBe(5);
    expect(quorumMatchIndex([4, 0, 0])).toBe(0);
    expect(quorumMatchIndex([4, 2, 0, 0])).toBe(0);
  });

  it('decides an election as soon as a majority granted or can no longer be reached', () => {
    const votes = (...granted: boolean[]): Map<number, boolean> => new Map(granted.map((vote, position) => [position + 1, vote]));
    expect(tallyVotes(votes(true, true), 3).outcome).toBe('won');
    expect(tallyVotes(votes(true, false), 3).outcome).toBe('pending');
    expect(tallyVotes(votes(true, false, false), 3)).toEqual({ granted: 1, rejected: 2, outcome: 'lost' });
    expect(tallyVotes(votes(true, false, false), 4).outcome).toBe('lost');
  });
});
