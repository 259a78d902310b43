// Entry point of the kv_node process (bundled to dist/bin/kv_node.js):
//   node dist/bin/kv_node.js --id 1 --peers 1=127.0.0.1:7001,2=127.0.0.1:7002,3=127.0.0.1:7003 --client-port 8001
// Usage errors: one line on stderr, exit 2. Other start failures (port taken, corrupt WAL): one line, exit 1.
// SIGTERM/SIGINT: logged, orderly shutdown, exit 0. With --parent-pid it also stops when that process dies.
import { isVerifyLessonError } from '../errors.js';
import { startKvNode, type KvNode } from './kv-node.js';
import { createNodeLogger, type NodeLogger } from './node-logger.js';
import { NODE_USAGE, parseNodeArgs, type NodeArgs } from './parse-node-args.js';
import { watchParent } from './watch-parent.js';

// Node 1 of a fresh cluster campaigns after 50 ms instead of 150-300 ms: the lesson expects node 1 to lead first.
// The others wait 1 s before their first campaign, so node 1 still wins when it starts a few hundred ms late on
// a loaded machine (seen in soak runs with both cores busy); a fresh cluster without node 1 elects after ~1 s.
const BOOTSTRAP_ELECTION_TICKS = 5;
const BOOTSTRAP_FOLLOWER_ELECTION_TICKS = 100;

let stdoutBroken = false;
process.stdout.on('error', () => {
  stdoutBroken = true;
});
process.stderr.on('error', () => undefined);

function fail(message: string, exitCode: number): never {
  process.stderr.write(`kv_node: ${message}\n`);
  process.exit(exitCode);
}

function parse(): NodeArgs {
  try {
    return parseNodeArgs(process.argv.slice(2));
  } catch (error) {
    if (isVerifyLessonError(error)) {
      process.stderr.write(`kv_node: ${error.message} (see kv_node --help)\n`);
      process.exit(2);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const args = parse();
  if (args.help) {
    process.stdout.write(NODE_USAGE);
    return;
  }
  let logger: NodeLogger;
  try {
    logger = createNodeLogger({
      nodeId: args.id,
      filePath: args.logFile,
      ...(args.quiet ? {} : { echo: (line: string) => void (stdoutBroken || process.stdout.write(line)) }),
    });
  } catch (error) {
    fail((error as Error).message, 1);
  }

  let node: KvNode | undefined;
  let stopping = false;
  const shutdown = (why: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info(why);
    const done = (code: number): void => {
      logger.close();
      process.exit(code);
    };
    // A hung close must not keep a stopped node around.
    setTimeout(() => done(1), 3000).unref();
    (node ? node.stop() : Promise.resolve()).then(
      () => done(0),
      (error: unknown) => {
        logger.error(`shutdown failed: ${(error as Error)?.message ?? String(error)}`);
        done(1);
      },
    );
  };
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    process.on(signal, () => shutdown(`received ${signal}, shutting down`));
  }
  process.on('uncaughtException', (error) => {
    logger.error(`internal error: ${error.stack ?? error.message}`);
    logger.close();
    process.stderr.write(`kv_node: internal error: ${error.message}\n`);
    process.exit(1);
  });
  if (args.parentPid !== undefined) {
    const parentPid = args.parentPid;
    watchParent(parentPid, () => shutdown(`parent process ${parentPid} exited, shutting down`));
  }

  const self = args.peers.find((peer) => peer.id === args.id)!;
  try {
    node = await startKvNode({
      id: args.id,
      peers: args.peers,
      clientHost: self.host,
      clientPort: args.clientPort,
      clientUrls: new Map(args.clientPeers.map((peer) => [peer.id, `http://${peer.host.includes(':') ? `[${peer.host}]` : peer.host}:${peer.port}`])),
      dataDir: args.dataDir,
      logger,
      tickMs: args.tickMs,
      unsafeLocalReads: args.unsafeLocalReads,
      bootstrapElectionTicks: args.id === 1 ? BOOTSTRAP_ELECTION_TICKS : BOOTSTRAP_FOLLOWER_ELECTION_TICKS,
    });
  } catch (error) {
    const message = isVerifyLessonError(error) ? error.message : `cannot start: ${(error as Error)?.message ?? String(error)}`;
    logger.error(message);
    logger.close();
    fail(message, isVerifyLessonError(error) && error.code === 'USAGE' ? 2 : 1);
  }
}

await main();
