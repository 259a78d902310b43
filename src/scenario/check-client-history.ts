// Ends the client workload, saves its history as JSON lines and checks it for linearizability (kv model).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkHistory, describeOperation, formatHistoryJsonl, KV_MODEL } from '../history/index.js';
import type { ClientWorkload } from './run-client-workload.js';
import type { ScenarioHistory } from './scenario-types.js';

// Where a run's history lands in its work dir.
export const HISTORY_FILE_NAME = 'history.jsonl';

// The expect-linearizable step's work, as data for ScenarioResult.history.
export async function checkClientHistory(workload: ClientWorkload, options: { readonly minOps: number; readonly timeoutMs: number; readonly workDir: string }): Promise<ScenarioHistory> {
  const ops = await workload.stop({ minOps: options.minOps, timeoutMs: options.timeoutMs });
  const file = join(options.workDir, HISTORY_FILE_NAME);
  writeFileSync(file, formatHistoryJsonl(ops));
  const result = checkHistory(ops, { model: KV_MODEL, nowMs: () => performance.now(), budgetMs: options.timeoutMs });
  const count = (kind: string) => ops.filter((op) => op.kind === kind).length;
  const culprit = result.verdict === 'not-linearizable' ? ops[result.failure.culprit]! : undefined;
  return {
    operations: ops.length,
    clients: new Set(ops.map((op) => op.client)).size,
    keys: new Set(ops.map((op) => op.key)).size,
    kinds: { read: count('read'), write: count('write'), append: count('append') },
    ok: ops.filter((op) => op.outcome === 'ok').length,
    failed: ops.filter((op) => op.outcome === 'fail').length,
    indeterminate: ops.filter((op) => op.outcome === 'info').length,
    linearizable: result.verdict === 'unknown' ? null : result.verdict === 'linearizable',
    verdict: result.verdict,
    checkMs: Number(result.elapsedMs.toFixed(3)),
    failure:
      result.verdict === 'not-linearizable' && culprit
        ? {
            key: result.failure.key,
            operations: result.failure.operationIds.length,
            prefix: result.failure.prefix.length,
            culprit: `#${culprit.id} ${culprit.client} ${describeOperation(culprit)} [${culprit.invokeMs.toFixed(1)}–${culprit.completeMs?.toFixed(1) ?? '∞'} ms]`,
          }
        : null,
    file,
  };
}
