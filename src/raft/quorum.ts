// Majority arithmetic shared by elections, commitment and check-quorum.

import type { NodeId } from './types.js';

// A majority of the voters: any two majorities intersect, which is what makes elections and commits safe.
export function quorumSize(voters: number): number {
  return Math.floor(voters / 2) + 1;
}

// The highest index stored on a majority, given each voter's match index (the leader's own included).
export function quorumMatchIndex(matchIndexes: readonly number[]): number {
  const sorted = [...matchIndexes].sort((a, b) => b - a);
  return sorted[quorumSize(matchIndexes.length) - 1] ?? 0;
}

// `pending` until either side holds a majority.
export type ElectionOutcome = 'won' | 'lost' | 'pending';

// The counts travel with the outcome because the won/lost events report them.
export interface VoteTally {
  readonly granted: number;
  readonly rejected: number;
  readonly outcome: ElectionOutcome;
}

// Lost as soon as a majority can no longer be reached, so a candidate need not wait for its timeout.
export function tallyVotes(votes: ReadonlyMap<NodeId, boolean>, voters: number): VoteTally {
  let granted = 0;
  for (const vote of votes.values()) if (vote) granted++;
  const rejected = votes.size - granted;
  const quorum = quorumSize(voters);
  const outcome = granted >= quorum ? 'won' : rejected > voters - quorum ? 'lost' : 'pending';
  return { granted, rejected, outcome };
}
