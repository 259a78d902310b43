// What a leader knows about one follower's log (etcd's Progress), and how it paces appends to it.

// `probe`: the leader is still searching for the point where the logs agree and keeps one Append in flight.
// `replicate`: the logs agree up to `match`; the leader streams entries, advancing `next` optimistically and
// keeping at most `maxInflight` Appends unacknowledged.
export type ProgressState = 'probe' | 'replicate';

// Mutable per-follower bookkeeping, owned by the leader for one term.
export class Progress {
  match = 0;
  next: number;
  state: ProgressState = 'probe';
  /** Heard from this follower since the last check-quorum round. */
  recentActive = false;
  #probeSent = false;
  /** Last index carried by each unacknowledged Append sent while replicating, oldest first. */
  #inflight: number[] = [];
  readonly #maxInflight: number;

  constructor(next: number, maxInflight: number) {
    this.next = next;
    this.#maxInflight = maxInflight;
  }

  get paused(): boolean {
    return this.state === 'probe' ? this.#probeSent : this.#inflight.length >= this.#maxInflight;
  }

  /** Records an acknowledgement; returns whether `match` moved. */
  acknowledge(index: number): boolean {
    this.#probeSent = false;
    this.#inflight = this.#inflight.filter((last) => last > index);
    if (index <= this.match) return false;
    this.match = index;
    this.next = Math.max(this.next, index + 1);
    if (this.state === 'probe') {
      this.state = 'replicate';
      this.next = index + 1;
    }
    return true;
  }

  /**
   * A rejection: fall back to probing from the follower's hint, never at or below what is known to match.
   * Returns false for a rejection that cannot answer the current state, which is ignored: a genuine one has
   * hint >= match (the logs agree up to match), and an answer to the probe at next-1 has hint <= next-2.
   * Without this filter, late rejections from a reordered stream would each trigger another probe.
   */
  rejected(hint: number): boolean {
    if (hint < this.match || (this.state === 'probe' && hint >= this.next - 1)) return false;
    this.state = 'probe';
    this.#probeSent = false;
    this.#inflight = [];
    this.next = Math.max(this.match + 1, Math.min(this.next - 1, hint + 1));
    return true;
  }

  /** The follower is alive: allow one more Append, so a lost one is retried instead of stalling the stream. */
  heardFrom(): void {
    this.recentActive = true;
    this.#probeSent = false;
    this.#inflight.shift();
  }

  /** Called after an Append carrying entries up to `lastSentIndex` left the leader. */
  sent(lastSentIndex: number): void {
    if (this.state === 'probe') {
      this.#probeSent = true;
      return;
    }
    this.next = Math.max(this.next, lastSentIndex + 1);
    this.#inflight.push(lastSentIndex);
  }
}
