import { nodeLabel } from '../../log-events/index.js';
import { lastAcked, writeKeys } from '../../client/key-round-trip.js';
import type { WriteStep } from '../../lesson/scenario-types.js';
import { requireCluster, type ScenarioContext } from '../scenario-context.js';
import { DEFAULT_KEYS } from '../scenario-timing.js';

// `write`: K keys through the leader with the cluster's client protocol (the bundled kv_node's default one, or a
// student's --client), each written and then overwritten so a stale read shows; every write waits for its answer.
export async function runWriteStep(step: WriteStep, ctx: ScenarioContext): Promise<string> {
  requireCluster(ctx);
  if (!ctx.kv) return 'skipped (no client protocol: pass --client)';
  if (ctx.leader === null) throw new Error('write needs a leader: put a wait-leader step before it');
  const count = ctx.options.keys ?? step.keys ?? DEFAULT_KEYS;
  const prefix = ctx.written.length === 0 ? 'demo-key' : `demo-key-${ctx.stepEnds.size}`;
  const written = await writeKeys(ctx.kv, ctx.leader, count, prefix, (key, node) => {
    // What a client would print: the demo log can show that the (new) leader serves writes.
    const atMs = Date.now();
    ctx.clientLines.push({ atMs, text: `${new Date(atMs).toISOString()} client INFO  PUT ${key} acknowledged by ${node === undefined ? 'the leader' : nodeLabel(node)}` });
  });
  ctx.written.push(...written);
  const acked = written.filter((k) => lastAcked(k) !== undefined);
  ctx.keys.push(...acked.map((k) => k.key));
  const unacked = written.flatMap((k) => k.writes.filter((w) => !w.acked));
  if (unacked.length > 0) ctx.problems.push(`${unacked.length} of ${written.length * 2} writes were not acknowledged (${unacked[0]!.error ?? 'no answer'})`);
  return `${acked.length}/${written.length} keys acknowledged (${written.length * 2} writes)`;
}
