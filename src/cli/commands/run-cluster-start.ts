// `verify-lesson cluster start [--nodes 3] [--workdir DIR]`: a bundled kv_node cluster in the foreground, for a
// student to watch or poke at (curl, kill). Prints pids, ports and log paths, then every node's log lines
// prefixed by node (docker-compose style), until the signal aborts (Ctrl+C); then stops every node.
import { relative, resolve } from 'node:path';
import type { CliIo } from '../cli-io.js';
import { VerifyLessonError } from '../../errors.js';
import { followLog, type LogFollower } from '../../process/follow-log.js';
import { makeWorkDir } from '../../process/writable-path.js';
import { startCluster } from '../../cluster/start-cluster.js';

export interface RunClusterStartOptions {
  /** Default 3. */
  readonly nodes?: number;
  /** Relative to io.cwd. Default: a new temporary directory (so a student's own data/ is never touched). */
  readonly workDir?: string;
  readonly tickMs?: number;
  readonly io: CliIo;
  /** Aborting stops the cluster; defaults to io.signal. Without either it runs until the process ends. */
  readonly signal?: AbortSignal;
}

// Resolves 0 after a clean stop; start failures throw VerifyLessonError (the CLI prints one line, exits 2).
export async function runClusterStart(options: RunClusterStartOptions): Promise<number> {
  const { io } = options;
  const signal = options.signal ?? io.signal;
  const nodes = options.nodes ?? 3;
  if (!Number.isInteger(nodes) || nodes < 1 || nodes > 9) throw new VerifyLessonError('USAGE', `--nodes: expected 1-9, found ${nodes}`);
  const workDir = makeWorkDir(options.workDir === undefined ? undefined : resolve(io.cwd, options.workDir), 'verify-lesson-cluster-');
  if (signal?.aborted) return 0;

  // The header first: starting the nodes takes from half a second to seconds on a busy machine, silent until now.
  io.stdout.write(`kv_node cluster of ${nodes} in ${workDir} (Ctrl+C stops it)\n`);
  const cluster = await startCluster({ nodes, workDir, ...(options.tickMs === undefined ? {} : { tickMs: options.tickMs }) });
  const followers: LogFollower[] = [];
  try {
    for (const node of cluster.nodes) {
      io.stdout.write(
        `  node${node.id}  pid ${node.pid}  raft 127.0.0.1:${node.raftPort}  client ${node.clientUrl}  log ${relative(workDir, node.logPath)}\n`,
      );
    }
    io.stdout.write(`try: curl -X PUT ${cluster.nodes[0]!.clientUrl}/kv/hello -d world; kill <pid of the leader>\n`);
    const width = `node${nodes}`.length;
    for (const node of cluster.nodes) {
      const prefix = `node${node.id}`.padEnd(width);
      followers.push(followLog(node.logPath, (line) => io.stdout.write(`${prefix} | ${line}\n`)));
    }
    await new Promise<void>((resolveStopped) => {
      if (!signal) return;
      if (signal.aborted) resolveStopped();
      else signal.addEventListener('abort', () => resolveStopped(), { once: true });
    });
    io.stdout.write('stopping the cluster...\n');
    await cluster.stop();
    for (const follower of followers.splice(0)) follower.stop();
    io.stdout.write(`stopped; data and logs kept in ${workDir}\n`);
    return 0;
  } finally {
    for (const follower of followers) follower.stop();
    await cluster.stop();
  }
}
