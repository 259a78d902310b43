// Wing & Gong's search with Lowe's memoisation, as Porcupine runs it: the history as a linked list of call and
// return events; linearize a pending call whose effect fits the model, backtrack at a return that nothing placed,
// and never revisit a (set of linearized operations, state) pair already explored.
import type { HistoryModel } from './history-model.js';
import type { HistoryValue, Operation } from './history-types.js';

export interface PartitionBudget {
  readonly nowMs: () => number;
  /** The search gives up (verdict unknown) once nowMs() passes this. */
  readonly deadlineMs: number;
  /** The search gives up once the memo holds about this many bytes. */
  readonly maxMemoBytes: number;
}

export type PartitionResult =
  | { readonly verdict: 'linearizable'; readonly order: readonly number[] }
  /** prefix: the longest linearizable prefix found (ids in order); culprit: the op that cannot be placed after it. */
  | { readonly verdict: 'not-linearizable'; readonly prefix: readonly number[]; readonly culprit: number }
  | { readonly verdict: 'unknown'; readonly reason: 'time' | 'memory'; readonly explored: number };

// A fixed pseudo-random 32-bit code per operation (murmur3's finalizer), so the memo key is an XOR kept up to date.
function zobristCode(index: number): number {
  let h = (index + 1) * 0x9e3779b1;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function enlarged(array: Int32Array, size: number): Int32Array {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

// The memo: a chained hash table over flat typed arrays (no object or typed array allocated per entry), holding
// for each explored pair the linearized set (a bitset of `words` words in `arena`) and the state (interned id).
class Memo {
  #arena: Uint32Array;
  #state: Int32Array;
  #next: Int32Array;
  #hash: Int32Array;
  #heads: Int32Array;
  #count = 0;

  constructor(readonly words: number) {
    this.#arena = new Uint32Array(64 * words);
    this.#state = new Int32Array(64);
    this.#next = new Int32Array(64);
    this.#hash = new Int32Array(64);
    this.#heads = new Int32Array(64).fill(-1);
  }

  get count(): number {
    return this.#count;
  }

  /** Adds (bits, state); false when it was already there. */
  add(bits: Uint32Array, state: number, hash: number): boolean {
    const words = this.words;
    const mask = this.#heads.length - 1;
    for (let e = this.#heads[hash & mask]!; e !== -1; e = this.#next[e]!) {
      if (this.#hash[e] !== hash || this.#state[e] !== state) continue;
      const base = e * words;
      let same = true;
      for (let w = 0; w < words; w++) {
        if (this.#arena[base + w] !== bits[w]) {
          same = false;
          break;
        }
      }
      if (same) return false;
    }
    if (this.#count === this.#state.length) this.#grow();
    const e = this.#count++;
    this.#arena.set(bits, e * words);
    this.#state[e] = state;
    this.#hash[e] = hash;
    this.#next[e] = this.#heads[hash & mask]!;
    this.#heads[hash & mask] = e;
    if (this.#count > this.#heads.length) this.#rehash();
    return true;
  }

  #grow(): void {
    const size = this.#state.length * 2;
    const arena = new Uint32Array(size * this.words);
    arena.set(this.#arena);
    this.#arena = arena;
    this.#state = enlarged(this.#state, size);
    this.#next = enlarged(this.#next, size);
    this.#hash = enlarged(this.#hash, size);
  }

  #rehash(): void {
    const heads = new Int32Array(this.#heads.length * 4).fill(-1);
    const mask = heads.length - 1;
    for (let e = 0; e < this.#count; e++) {
      this.#next[e] = heads[this.#hash[e]! & mask]!;
      heads[this.#hash[e]! & mask] = e;
    }
    this.#heads = heads;
  }
}

// Event nodes 1..2n in time order (node 0 is the list head); calls before returns at equal times (they overlap).
function buildEventList(ops: readonly Operation[]) {
  const n = ops.length;
  const events: { time: number; isCall: boolean; op: number }[] = [];
  for (let i = 0; i < n; i++) {
    events.push({ time: ops[i]!.invokeMs, isCall: true, op: i });
    events.push({ time: ops[i]!.completeMs ?? Number.POSITIVE_INFINITY, isCall: false, op: i });
  }
  events.sort((a, b) => a.time - b.time || (a.isCall === b.isCall ? a.op - b.op : a.isCall ? -1 : 1));
  const size = 2 * n + 1;
  const next = new Int32Array(size);
  const prev = new Int32Array(size);
  const opOf = new Int32Array(size);
  const partner = new Int32Array(size);
  const isCall = new Uint8Array(size);
  const returnNode = new Int32Array(n);
  events.forEach((event, position) => {
    const node = position + 1;
    opOf[node] = event.op;
    isCall[node] = event.isCall ? 1 : 0;
    if (!event.isCall) returnNode[event.op] = node;
  });
  for (let node = 1; node < size; node++) if (isCall[node]) partner[node] = returnNode[opOf[node]!]!;
  for (let node = 0; node < size; node++) {
    next[node] = node + 1 < size ? node + 1 : -1;
    prev[node] = node - 1;
  }
  return { next, prev, opOf, partner, isCall };
}

// `ops` are one partition's operations; the ids in the result are indexes into `ops`.
export function checkPartition(ops: readonly Operation[], model: HistoryModel, budget: PartitionBudget): PartitionResult {
  const n = ops.length;
  if (n === 0) return { verdict: 'linearizable', order: [] };
  const { next, prev, opOf, partner, isCall } = buildEventList(ops);
  const lift = (call: number): void => {
    next[prev[call]!] = next[call]!;
    if (next[call] !== -1) prev[next[call]!] = prev[call]!;
    const ret = partner[call]!;
    next[prev[ret]!] = next[ret]!;
    if (next[ret] !== -1) prev[next[ret]!] = prev[ret]!;
  };
  const unlift = (call: number): void => {
    const ret = partner[call]!;
    next[prev[ret]!] = ret;
    if (next[ret] !== -1) prev[next[ret]!] = ret;
    next[prev[call]!] = call;
    if (next[call] !== -1) prev[next[call]!] = call;
  };

  const words = (n + 31) >>> 5;
  const bits = new Uint32Array(words);
  const codes = Uint32Array.from({ length: n }, (_, i) => zobristCode(i));
  // States are interned: the memo compares small integers, each distinct value is hashed once.
  const stateIds = new Map<string, number>();
  const stateHashes: number[] = [0x5bd1e995];
  let stateBytes = 0;
  const internState = (state: HistoryValue): number => {
    if (state === null) return 0;
    let id = stateIds.get(state);
    if (id === undefined) {
      id = stateHashes.length;
      stateIds.set(state, id);
      stateHashes.push(hashText(state));
      stateBytes += 40 + 2 * state.length;
    }
    return id;
  };
  const memo = new Memo(words);
  const memoBytes = (): number => memo.count * (16 + words * 4) + stateBytes;
  let bitsHash = 0;

  /** Adds (bits, state) to the memo; false when it was already there. */
  const remember = (state: HistoryValue): boolean => {
    const id = internState(state);
    return memo.add(bits, id, (bitsHash ^ Math.imul(stateHashes[id]!, 0x27d4eb2d)) | 0);
  };

  const stackCall = new Int32Array(n);
  const stackState: HistoryValue[] = new Array<HistoryValue>(n);
  let depth = 0;
  let state = model.initial;
  let bestPrefix: number[] = [];
  let culprit = -1;
  let explored = 0;
  let entry = next[0]!;

  while (next[0] !== -1) {
    if ((++explored & 1023) === 0) {
      if (budget.nowMs() > budget.deadlineMs) return { verdict: 'unknown', reason: 'time', explored };
      if (memoBytes() > budget.maxMemoBytes) return { verdict: 'unknown', reason: 'memory', explored };
    }
    if (isCall[entry]) {
      const op = opOf[entry]!;
      const after = model.step(state, ops[op]!);
      if (after !== undefined) {
        bits[op >>> 5]! |= 1 << (op & 31);
        bitsHash ^= codes[op]!;
        if (remember(after)) {
          stackCall[depth] = entry;
          stackState[depth] = state;
          depth++;
          state = after;
          lift(entry);
          entry = next[0]!;
          continue;
        }
        bits[op >>> 5]! &= ~(1 << (op & 31));
        bitsHash ^= codes[op]!;
      }
      entry = next[entry]!;
      continue;
    }
    // A return whose call nothing linearized: this branch is dead.
    if (depth > bestPrefix.length || culprit === -1) {
      bestPrefix = Array.from(stackCall.subarray(0, depth), (call) => opOf[call]!);
      culprit = opOf[entry]!;
    }
    if (depth === 0) return { verdict: 'not-linearizable', prefix: bestPrefix, culprit };
    depth--;
    const call = stackCall[depth]!;
    const op = opOf[call]!;
    state = stackState[depth]!;
    bits[op >>> 5]! &= ~(1 << (op & 31));
    bitsHash ^= codes[op]!;
    unlift(call);
    entry = next[call]!;
  }
  return { verdict: 'linearizable', order: Array.from(stackCall.subarray(0, depth), (call) => opOf[call]!) };
}
