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

interface MemoEntry {
  readonly bits: Uint32Array;
  readonly state: HistoryValue;
}

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

function sameBits(a: Uint32Array, b: Uint32Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
  const stateHashes = new Map<string, number>();
  const hashState = (state: HistoryValue): number => {
    if (state === null) return 0x5bd1e995;
    let h = stateHashes.get(state);
    if (h === undefined) stateHashes.set(state, (h = hashText(state)));
    return h;
  };
  const memo = new Map<number, MemoEntry[]>();
  const entryBytes = 96 + words * 4;
  let memoBytes = 0;
  let bitsHash = 0;

  /** Adds (bits, state) to the memo; false when it was already there. */
  const remember = (state: HistoryValue): boolean => {
    const key = (bitsHash ^ Math.imul(hashState(state), 0x27d4eb2d)) >>> 0;
    let bucket = memo.get(key);
    if (bucket === undefined) memo.set(key, (bucket = []));
    else for (const entry of bucket) if (entry.state === state && sameBits(entry.bits, bits)) return false;
    bucket.push({ bits: bits.slice(), state });
    memoBytes += entryBytes + (state === null ? 0 : 2 * state.length);
    return true;
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
      if (memoBytes > budget.maxMemoBytes) return { verdict: 'unknown', reason: 'memory', explored };
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
