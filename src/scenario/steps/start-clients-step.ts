import type { StartClientsStep } from '../../lesson/scenario-types.js';
import { startClientWorkload } from '../run-client-workload.js';
import { requireCluster, type ScenarioContext } from '../scenario-context.js';

/** Default number of concurrent clients. */
export const DEFAULT_CLIENTS = 4;

// `start-clients`: concurrent clients through the faults to come, on the kv API the bundled node speaks (a run's
// historyClients overrides the count; 0 turns them off).
export async function runStartClientsStep(step: StartClientsStep, ctx: ScenarioContext): Promise<string> {
  const cluster = requireCluster(ctx);
  const clients = ctx.options.historyClients ?? step.clients ?? DEFAULT_CLIENTS;
  const urls = new Map(cluster.nodeIds.flatMap((id) => (cluster.clientUrl(id) === undefined ? [] : [[id, cluster.clientUrl(id)!] as const])));
  if (clients === 0) return 'skipped (turned off)';
  if (urls.size !== cluster.nodeIds.length) return 'skipped (student cluster: no known client API)';
  if (ctx.leader === null) throw new Error('start-clients needs a wait-leader step before it');
  ctx.workload = startClientWorkload({ urls, leader: ctx.leader, clients });
  return `${clients} clients reading, writing and appending`;
}
