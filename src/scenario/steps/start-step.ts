import { nodeLabel } from '../../log-events/index.js';
import { createKvClient } from '../../client/kv-client.js';
import { openScenarioCluster } from '../../cluster/scenario-cluster.js';
import { followNodeLogs } from '../node-logs.js';
import type { ScenarioContext } from '../scenario-context.js';

// `start`: the cluster (bundled kv_node or the student's command), and a follower on every node's log.
export async function runStartStep(_: unknown, ctx: ScenarioContext): Promise<string> {
  const cluster = await openScenarioCluster({
    workDir: ctx.workDir,
    nodes: ctx.nodes,
    peerLinks: ctx.peerLinks,
    ...(ctx.options.clusterCommand ? { command: ctx.options.clusterCommand } : {}),
    ...(ctx.options.nodeArgs ? { nodeArgs: ctx.options.nodeArgs } : {}),
    ...(ctx.options.client ? { client: ctx.options.client } : {}),
    patterns: ctx.patterns,
    reaper: ctx.reaper,
  });
  ctx.cluster = cluster;
  const protocol = cluster.clientProtocol;
  if (protocol) ctx.kv = createKvClient({ protocol, clientPorts: new Map(cluster.nodeIds.map((id) => [id, cluster.clientPort(id)])), cwd: ctx.workDir });
  ctx.logs = followNodeLogs(new Map(cluster.nodeIds.map((id) => [id, cluster.logPath(id)])), ctx.patterns, cluster.peerAddresses);
  for (const id of cluster.nodeIds) {
    const pid = cluster.pid(id);
    if (pid !== undefined) ctx.pids[nodeLabel(id)] = pid;
  }
  // A node that exited at once (a student's command that fails on start) did not start: the step says so.
  cluster.assertRunning();
  return cluster.nodeIds.map((id) => `${nodeLabel(id)} pid ${cluster.pid(id)}`).join(', ');
}
