// Free TCP ports for a cluster: ports checked free by binding them all at once (so the answers are distinct), then
// released for the nodes to bind.
//
// Between the release and a node's bind another socket may take a port. A port the kernel hands to outgoing
// connections (Linux's ip_local_port_range, 32768-60999 by default) is the likely taker: every HTTP request or peer
// connection on the machine picks one, and bind(0) picks from the same range, so a port found that way was taken by a
// test's client connection before its node could listen (EADDRINUSE at start). Ports below that range are only ever
// bound on purpose, so they are chosen there at random; where the range cannot be read, bind(0) as before.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { VerifyLessonError } from '../errors.js';

/** The lowest port chosen below the kernel's ephemeral range (under it: well-known and registered services). */
const LOWEST_PORT = 10_000;
const ATTEMPTS_PER_PORT = 20;

// The first port of the kernel's ephemeral (outgoing connection) range, or undefined where it cannot be read.
function ephemeralRangeStart(): number | undefined {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > LOWEST_PORT + 1000 ? low : undefined;
  } catch {
    return undefined;
  }
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** `count` distinct free ports on `host`, below the kernel's ephemeral range where it is known. */
export async function findFreePorts(count: number, host = '127.0.0.1', random: () => number = Math.random): Promise<number[]> {
  const servers: Server[] = [];
  const below = ephemeralRangeStart();
  try {
    for (let i = 0; i < count; i++) {
      let bound = false;
      for (let attempt = 0; below !== undefined && attempt < ATTEMPTS_PER_PORT && !bound; attempt++) {
        const port = LOWEST_PORT + Math.floor(random() * (below - LOWEST_PORT));
        const server = createServer();
        try {
          await listen(server, host, port);
          servers.push(server);
          bound = true;
        } catch {
          server.close();
        }
      }
      if (!bound) {
        const server = createServer();
        servers.push(server);
        await listen(server, host, 0);
      }
    }
    return servers.map((server) => {
      const address = server.address();
      if (typeof address !== 'object' || address === null) throw new Error('no address');
      return address.port;
    });
  } catch (error) {
    throw new VerifyLessonError('PORT_UNAVAILABLE', `cannot find ${count} free ports on ${host}: ${(error as Error).message}`, { cause: error });
  } finally {
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()))));
  }
}
