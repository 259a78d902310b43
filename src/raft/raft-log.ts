// The in-memory Raft log. Besides the entries it keeps three cursors the Ready cycle moves:
//   stable    — entries up to here have been handed out and acknowledged as persisted,
//   committed — known to be stored on a majority (safe to apply),
//   applying  — committed entries already handed out for applying; applied — acknowledged as applied.
// Index 0 is the empty prefix with term 0, so "the log before index 1" always matches.

import { RaftError } from './raft-errors.js';
import type { Entry } from './types.js';

// What a follower reports back and logs after accepting an Append.
export interface AppendOutcome {
  /** Index of the last entry the Append carried (prevIndex when it carried none). */
  readonly lastNewIndex: number;
  /** First index of a conflicting suffix that was removed, 0 when nothing was removed. */
  readonly truncatedFrom: number;
}

// One class so the cursor invariants (applied <= applying <= committed <= lastIndex) live in one place.
export class RaftLog {
  readonly #entries: Entry[];
  #stable: number;
  #committed: number;
  #applying = 0;
  #applied = 0;

  constructor(restored: readonly Entry[] = [], committed = 0) {
    restored.forEach((entry, position) => {
      if (entry.index !== position + 1) {
        throw new RaftError('RAFT_CONFIG_INVALID', `restored entry at position ${position} has index ${entry.index}`);
      }
    });
    this.#entries = [...restored];
    this.#stable = this.#entries.length;
    this.#committed = Math.min(committed, this.#entries.length);
  }

  get lastIndex(): number {
    return this.#entries.length;
  }

  get lastTerm(): number {
    return this.#entries.at(-1)?.term ?? 0;
  }

  get committed(): number {
    return this.#committed;
  }

  get applied(): number {
    return this.#applied;
  }

  /** Undefined past the end of the log. */
  term(index: number): number | undefined {
    return index === 0 ? 0 : this.#entries[index - 1]?.term;
  }

  matchTerm(index: number, term: number): boolean {
    return this.term(index) === term;
  }

  /** §5.4.1: a later last term wins; with equal last terms the longer log wins. */
  isUpToDate(lastIndex: number, lastTerm: number): boolean {
    return lastTerm > this.lastTerm || (lastTerm === this.lastTerm && lastIndex >= this.lastIndex);
  }

  /** At most `maxCount` entries starting at index `from`. */
  entriesFrom(from: number, maxCount: number): Entry[] {
    return this.#entries.slice(from - 1, from - 1 + maxCount);
  }

  /** A leader's own proposal; leaders only ever append to their log. */
  append(entry: Entry): void {
    if (entry.index !== this.lastIndex + 1 || entry.term < this.lastTerm) {
      throw new RaftError('RAFT_INVARIANT_VIOLATED', `cannot append entry ${entry.index}/${entry.term} after ${this.lastIndex}/${this.lastTerm}`);
    }
    this.#entries.push(entry);
  }

  /**
   * A follower's handling of an Append (§5.3): refuse unless the entry at prevIndex has prevTerm, skip entries
   * already present, replace a conflicting suffix, and commit up to min(leaderCommit, last new entry).
   */
  maybeAppend(prevIndex: number, prevTerm: number, leaderCommit: number, entries: readonly Entry[]): AppendOutcome | undefined {
    if (!this.matchTerm(prevIndex, prevTerm)) return undefined;
    const lastNewIndex = prevIndex + entries.length;
    const conflict = entries.findIndex((entry) => !this.matchTerm(entry.index, entry.term));
    let truncatedFrom = 0;
    if (conflict !== -1) {
      const firstNew = prevIndex + 1 + conflict;
      if (firstNew <= this.#committed) {
        throw new RaftError('RAFT_INVARIANT_VIOLATED', `Append conflicts with committed entry ${firstNew} (commit ${this.#committed})`);
      }
      if (firstNew <= this.lastIndex) {
        truncatedFrom = firstNew;
        this.#entries.length = firstNew - 1;
        this.#stable = Math.min(this.#stable, firstNew - 1);
      }
      for (let position = conflict; position < entries.length; position++) this.#entries.push(entries[position]!);
    }
    this.commitTo(Math.min(leaderCommit, lastNewIndex));
    return { lastNewIndex, truncatedFrom };
  }

  /**
   * Where a rejected leader should look next: the last index at or below `index` whose term is at most the
   * leader's prevTerm. Entries with a larger term cannot be in the leader's log at that position, so a whole
   * conflicting term is skipped in one round trip instead of one entry at a time.
   */
  conflictHint(index: number, term: number): number {
    let hint = Math.min(index, this.lastIndex);
    while (hint > 0 && (this.term(hint) ?? 0) > term) hint--;
    return hint;
  }

  /** Moves the commit index forward only; returns whether it moved. */
  commitTo(index: number): boolean {
    if (index <= this.#committed) return false;
    if (index > this.lastIndex) {
      throw new RaftError('RAFT_INVARIANT_VIOLATED', `commit ${index} is beyond the last index ${this.lastIndex}`);
    }
    this.#committed = index;
    return true;
  }

  hasUnstable(): boolean {
    return this.#stable < this.lastIndex;
  }

  unstableEntries(): Entry[] {
    return this.#entries.slice(this.#stable);
  }

  /** Ignored when the entry was replaced after it was handed out (the new one is still unstable). */
  stableTo(index: number, term: number): void {
    if (index > this.#stable && this.matchTerm(index, term)) this.#stable = index;
  }

  hasNextCommitted(): boolean {
    return this.#applying < this.#committed;
  }

  /** Each committed entry is handed out exactly once. */
  takeNextCommitted(): Entry[] {
    const next = this.#entries.slice(this.#applying, this.#committed);
    this.#applying = this.#committed;
    return next;
  }

  appliedTo(index: number): void {
    this.#applied = Math.max(this.#applied, Math.min(index, this.#applying));
  }
}
