// Free TCP ports for a cluster: bind port 0 several times at once (so the answers are distinct), then release.
import { createServer, type Server } from 'node:net';
import { VerifyLessonError } from '../errors.js';

// Another process may grab a port between release and use; the window is short and a node then fails loudly.
export async function findFreePorts(count: number, host = '127.0.0.1'): Promise<number[]> {
  const servers: Server[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = createServer();
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen({ host, port: 0, exclusive: true }, () => resolve());
      });
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
