// isListening reads Linux's /proc/net tables: a TCP listener and a bound UDP socket (a node talking datagrams) both
// count as a node listening on its port; a port nobody holds does not.
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { isListening } from '../../src/process/wait-until-listening.js';

describe.runIf(process.platform === 'linux')('isListening (Linux: /proc/net)', () => {
  it('sees a TCP listener and a bound UDP socket, and not once they are closed', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const tcp = (server.address() as { port: number }).port;
    const socket = createSocket('udp4');
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    const udp = socket.address().port;
    expect([isListening(tcp), isListening(udp)]).toEqual([true, true]);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await new Promise<void>((resolve) => socket.close(resolve));
    expect([isListening(tcp), isListening(udp)]).toEqual([false, false]);
  });
});
