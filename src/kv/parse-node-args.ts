// The kv_node command line. Every mistake is a VerifyLessonError('USAGE') whose message names the flag.
import { parseArgs } from 'node:util';
import { VerifyLessonError } from '../errors.js';
import type { NodeId } from '../raft/types.js';
import type { PeerAddress } from './tcp-transport.js';
import { describeParseError } from '../cli/describe-parse-error.js';

export interface NodeArgs {
  readonly id: NodeId;
  readonly peers: readonly PeerAddress[];
  readonly clientPort: number;
  /** Client addresses of the voters (for leader redirects); includes this node. */
  readonly clientPeers: readonly PeerAddress[];
  readonly dataDir: string;
  readonly tickMs: number;
  /** Default <dataDir>/node.log. */
  readonly logFile: string;
  readonly parentPid: number | undefined;
  readonly quiet: boolean;
  /** The deliberate stale-read bug (see KvNodeOptions.unsafeLocalReads). */
  readonly unsafeLocalReads: boolean;
  readonly help: boolean;
}

export const NODE_USAGE = `usage: kv_node --id N --peers 1=HOST:PORT,2=HOST:PORT,... --client-port PORT [options]

  --id N                 this node's id (one of the --peers ids)
  --peers LIST           raft address of every node, this one included: 1=127.0.0.1:7001,2=...
  --client-port PORT     HTTP client API port (PUT/POST/GET/DELETE /kv/:key, GET /status)
  --client-peers LIST    client address of every node, for not_leader redirects: 1=127.0.0.1:8001,...
  --data-dir DIR         WAL and node.log live here (default data/node<N>)
  --tick-ms MS           Raft tick period (default 10; election timeout 15-30 ticks, heartbeat 5)
  --log-file PATH        event log (default <data-dir>/node.log; also echoed to stdout)
  --parent-pid PID       exit when that process (the supervisor) dies
  --quiet                do not echo the log to stdout
  --unsafe-local-reads   BUG ON PURPOSE: a node that thinks it leads answers GET from local state, no
                         quorum check (a deposed or partitioned leader serves stale reads)
  -h, --help             this text
`;

function usage(message: string): never {
  throw new VerifyLessonError('USAGE', message);
}

function parseInteger(flag: string, raw: string, min: number, max: number): number {
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(Number.isSafeInteger(value) && value >= min && value <= max)) usage(`${flag}: expected an integer ${min}-${max}, found "${raw}"`);
  return value;
}

// "1=127.0.0.1:7001,2=127.0.0.1:7002" → addresses, ids unique.
export function parseAddressList(flag: string, raw: string): PeerAddress[] {
  const peers: PeerAddress[] = [];
  for (const item of raw.split(',').map((part) => part.trim())) {
    const match = /^(\d+)=(.+):(\d+)$/.exec(item);
    if (!match) usage(`${flag}: expected ID=HOST:PORT[,ID=HOST:PORT...], found "${item}"`);
    const id = parseInteger(flag, match[1]!, 1, 1_000_000);
    const host = match[2]!.replace(/^\[(.*)\]$/, '$1');
    const port = parseInteger(flag, match[3]!, 1, 65535);
    if (peers.some((peer) => peer.id === id)) usage(`${flag}: node id ${id} appears twice`);
    peers.push({ id, host, port });
  }
  return peers;
}

export function parseNodeArgs(argv: readonly string[]): NodeArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        id: { type: 'string' },
        peers: { type: 'string' },
        'client-port': { type: 'string' },
        'client-peers': { type: 'string' },
        'data-dir': { type: 'string' },
        'tick-ms': { type: 'string' },
        'log-file': { type: 'string' },
        'parent-pid': { type: 'string' },
        quiet: { type: 'boolean' },
        'unsafe-local-reads': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    usage(describeParseError((error as Error).message));
  }
  const help = values.help === true;
  if (help) {
    return { id: 0, peers: [], clientPort: 0, clientPeers: [], dataDir: '', tickMs: 10, logFile: '', parentPid: undefined, quiet: false, unsafeLocalReads: false, help };
  }
  if (values.id === undefined) usage('--id is required');
  if (values.peers === undefined) usage('--peers is required');
  if (values['client-port'] === undefined) usage('--client-port is required');
  const id = parseInteger('--id', values.id, 1, 1_000_000);
  const peers = parseAddressList('--peers', values.peers);
  if (!peers.some((peer) => peer.id === id)) usage(`--peers: does not list this node's id ${id}`);
  const clientPort = parseInteger('--client-port', values['client-port'], 0, 65535);
  const clientPeers = values['client-peers'] === undefined ? [] : parseAddressList('--client-peers', values['client-peers']);
  for (const peer of clientPeers) {
    if (!peers.some((p) => p.id === peer.id)) usage(`--client-peers: node id ${peer.id} is not in --peers`);
  }
  const dataDir = values['data-dir'] ?? `data/node${id}`;
  if (dataDir === '') usage('--data-dir: must not be empty');
  const tickMs = values['tick-ms'] === undefined ? 10 : parseInteger('--tick-ms', values['tick-ms'], 1, 1000);
  const logFile = values['log-file'] ?? `${dataDir.replace(/\/+$/, '')}/node.log`;
  if (logFile === '') usage('--log-file: must not be empty');
  const parentPid = values['parent-pid'] === undefined ? undefined : parseInteger('--parent-pid', values['parent-pid'], 1, 2 ** 31 - 1);
  return { id, peers, clientPort, clientPeers, dataDir, tickMs, logFile, parentPid, quiet: values.quiet === true, unsafeLocalReads: values['unsafe-local-reads'] === true, help };
}
