import type { ExpectLinearizableStep } from '../../lesson/scenario-types.js';
import { checkClientHistory } from '../check-client-history.js';
import type { ScenarioContext } from '../scenario-context.js';

/** Default minimum number of operations in the history. */
export const DEFAULT_MIN_OPS = 200;

// `expect-linearizable`: stop the clients, save their history (history.jsonl) and check it (src/history, kv model).
export async function runExpectLinearizableStep(step: ExpectLinearizableStep, ctx: ScenarioContext): Promise<string> {
  const workload = ctx.workload;
  if (!workload) return 'skipped (no clients ran)';
  ctx.workload = undefined;
  const minOps = ctx.options.historyMinOps ?? step.min_ops ?? DEFAULT_MIN_OPS;
  const h = await checkClientHistory(workload, { minOps, timeoutMs: ctx.timeoutMs, workDir: ctx.workDir });
  ctx.history = h;
  if (h.linearizable === false) {
    ctx.problems.push(`the clients' history is not linearizable: on key ${JSON.stringify(h.failure!.key)}, ${h.failure!.culprit} cannot follow its longest linearizable prefix (${h.failure!.prefix} of ${h.failure!.operations} operations)`);
  }
  if (h.linearizable === null) ctx.problems.push(`the clients' history could not be checked: unknown: gave up after ${Math.round(h.checkMs)} ms`);
  if (h.operations < minOps) ctx.problems.push(`the clients completed only ${h.operations} operations, fewer than ${minOps}`);
  return `${h.operations} operations by ${h.clients} clients (${h.indeterminate} indeterminate): ${h.verdict}`;
}
