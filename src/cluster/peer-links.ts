// Harness-owned TCP links between the nodes, one proxy per directed peer link (i → j), so a scenario can cut and
// restore links, or slow them, for any implementation and without root: the `{peers}` each node is given point at
// these proxies instead of at the other nodes. A cut link is a black hole, as in a real partition: connections
// stay open but nothing gets through (no EOF to give it away); healing closes them so both ends reconnect cleanly.
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface PeerLinks {
  /** The `--peers` list node `id` is given: itself at its real port, every other node through its proxy. */
  peersFor(id: number): string;
  /** Cuts every link between nodes of different groups, both directions; adds `latencyMs` to the links left up. */
  partition(groups: readonly (readonly number[])[], latencyMs?: number): void;
  /** Every link up again, no added latency. */
  heal(): void;
  /** Whether messages from `from` currently reach `to`. */
  isUp(from: number, to: number): boolean;
  close(): Promise<void>;
}

interface Link {
  readonly from: number;
  readonly to: number;
  readonly server: Server;
  port: number;
  readonly pairs: Set<{ client: Socket; upstream: Socket; holed: boolean }>;
}

const key = (from: number, to: number): string => `${from}>${to}`;

// `ports[i]` is the real (listening) peer port of node i + 1.
export async function createPeerLinks(ports: readonly number[], host = '127.0.0.1'): Promise<PeerLinks> {
  const links = new Map<string, Link>();
  const cut = new Set<string>();
  let latencyMs = 0;

  const forward = (link: Link, pair: { holed: boolean }, target: Socket) => (chunk: Buffer) => {
    if (pair.holed || cut.has(key(link.from, link.to))) {
      pair.holed = true;
      return;
    }
    if (latencyMs > 0) setTimeout(() => target.writable && target.write(chunk), latencyMs).unref();
    else target.write(chunk);
  };

  // A connection to link i → j: its bytes go to node j's real port, both ways, unless the link is cut.
  const accept = (link: Link, client: Socket): void => {
    const upstream = connect({ host, port: ports[link.to - 1]! });
    const pair = { client, upstream, holed: cut.has(key(link.from, link.to)) };
    link.pairs.add(pair);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    client.on('data', forward(link, pair, upstream));
    upstream.on('data', forward(link, pair, client));
    // An end on one side ends the other (a dead node's EOF reaches its peers), unless the link is cut.
    const close = (): void => {
      link.pairs.delete(pair);
      if (pair.holed) return;
      client.destroy();
      upstream.destroy();
    };
    client.on('close', close);
    upstream.on('close', close);
    client.on('error', () => {});
    upstream.on('error', () => {});
  };

  const open = (from: number, to: number): Promise<Link> =>
    new Promise((resolve, reject) => {
      const link: Link = { from, to, server: createServer((client) => accept(link, client)), port: 0, pairs: new Set() };
      link.server.once('error', reject);
      link.server.listen({ host, port: 0 }, () => {
        const address = link.server.address();
        link.port = typeof address === 'object' && address ? address.port : 0;
        resolve(link);
      });
    });

  for (let from = 1; from <= ports.length; from++) {
    for (let to = 1; to <= ports.length; to++) if (from !== to) links.set(key(from, to), await open(from, to));
  }

  return {
    peersFor(id) {
      return ports.map((port, i) => (i + 1 === id ? `${i + 1}=${host}:${port}` : `${i + 1}=${host}:${links.get(key(id, i + 1))!.port}`)).join(',');
    },
    partition(groups, addedLatencyMs = 0) {
      const groupOf = new Map<number, number>();
      groups.forEach((group, g) => group.forEach((id) => groupOf.set(id, g)));
      for (const link of links.values()) {
        if (groupOf.get(link.from) !== groupOf.get(link.to)) cut.add(key(link.from, link.to));
      }
      latencyMs = addedLatencyMs;
    },
    heal() {
      cut.clear();
      latencyMs = 0;
      for (const link of links.values()) {
        for (const pair of [...link.pairs]) {
          if (!pair.holed) continue;
          link.pairs.delete(pair);
          pair.client.destroy();
          pair.upstream.destroy();
        }
      }
    },
    isUp: (from, to) => !cut.has(key(from, to)),
    async close() {
      for (const link of links.values()) {
        for (const pair of link.pairs) {
          pair.client.destroy();
          pair.upstream.destroy();
        }
        link.pairs.clear();
      }
      await Promise.all([...links.values()].map((link) => new Promise<void>((resolve) => link.server.close(() => resolve()))));
    },
  };
}
