// A whole history: drop what constrains nothing, split it per key, check the smallest partitions first.
import { checkPartition } from './check-partition.js';
import type { HistoryModel } from './history-model.js';
import type { Operation } from './history-types.js';

export interface CheckHistoryOptions {
  readonly model: HistoryModel;
  /** A monotonic clock (ms); the only time source, so the checker stays pure. */
  readonly nowMs: () => number;
  /** Give up with verdict unknown after this long (default 10 s). */
  readonly budgetMs?: number;
  /** Give up with verdict unknown once the memo of one partition holds about this much (default 512 MiB). */
  readonly maxMemoBytes?: number;
}

export interface HistoryFailure {
  /** The key of the smallest partition that is not linearizable ('' for a single register). */
  readonly key: string;
  /** Ids of the operations of that partition that the search considered (fail ops and info reads are left out). */
  readonly operationIds: readonly number[];
  /** The longest linearizable prefix found, as operation ids in linearization order. */
  readonly prefix: readonly number[];
  /** The operation that cannot be placed after that prefix. */
  readonly culprit: number;
}

interface CheckSummary {
  readonly operations: number;
  readonly partitions: number;
  readonly elapsedMs: number;
}

export type HistoryCheckResult =
  | (CheckSummary & { readonly verdict: 'linearizable' })
  | (CheckSummary & { readonly verdict: 'not-linearizable'; readonly failure: HistoryFailure })
  | (CheckSummary & { readonly verdict: 'unknown'; readonly reason: 'time' | 'memory'; readonly key: string });

// A failed op did not happen and an indeterminate read changed nothing: neither can constrain the search.
function constrains(op: Operation): boolean {
  if (op.outcome === 'fail') return false;
  return !(op.kind === 'read' && op.outcome === 'info');
}

// Both models are per key, so each key's operations are checked on their own (smaller searches).
export function partitionByKey(ops: readonly Operation[]): Map<string, Operation[]> {
  const partitions = new Map<string, Operation[]>();
  for (const op of ops) {
    if (!constrains(op)) continue;
    let list = partitions.get(op.key);
    if (!list) partitions.set(op.key, (list = []));
    list.push(op);
  }
  return partitions;
}

// The checker's entry point: linearizable, not (with where), or unknown within the budgets.
export function checkHistory(ops: readonly Operation[], options: CheckHistoryOptions): HistoryCheckResult {
  const startMs = options.nowMs();
  const budget = {
    nowMs: options.nowMs,
    deadlineMs: startMs + (options.budgetMs ?? 10_000),
    maxMemoBytes: options.maxMemoBytes ?? 512 * 1024 * 1024,
  };
  const partitions = [...partitionByKey(ops)].sort((a, b) => a[1].length - b[1].length || (a[0] < b[0] ? -1 : 1));
  const summary = () => ({ operations: ops.length, partitions: partitions.length, elapsedMs: options.nowMs() - startMs });
  let gaveUp: { reason: 'time' | 'memory'; key: string } | undefined;
  for (const [key, partOps] of partitions) {
    if (gaveUp?.reason === 'time') break;
    const result = checkPartition(partOps, options.model, budget);
    if (result.verdict === 'not-linearizable') {
      const id = (index: number) => partOps[index]!.id;
      return {
        verdict: 'not-linearizable',
        ...summary(),
        failure: { key, operationIds: partOps.map((op) => op.id), prefix: result.prefix.map(id), culprit: id(result.culprit) },
      };
    }
    if (result.verdict === 'unknown') gaveUp ??= { reason: result.reason, key };
  }
  return gaveUp ? { verdict: 'unknown', ...summary(), ...gaveUp } : { verdict: 'linearizable', ...summary() };
}
