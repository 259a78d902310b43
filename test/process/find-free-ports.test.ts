// findFreePorts: distinct ports a node can bind, chosen below the kernel's ephemeral range, where outgoing
// connections (which take their local port from that range) cannot take one between the check and the node's bind.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { findFreePorts } from '../../src/process/find-free-ports.js';

const opened: Server[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
});

function listenOn(port: number): Promise<Server> {
  const server = createServer();
  opened.push(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => resolve(server));
  });
}

const ephemeralLow = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);

describe('findFreePorts', () => {
  it('gives distinct ports below the ephemeral range that can be bound at once', async () => {
    const ports = await findFreePorts(6);
    expect(new Set(ports).size).toBe(6);
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(10_000);
      expect(port).toBeLessThan(ephemeralLow);
      await listenOn(port);
    }
  });

  it('skips a port something already listens on, and never gives one port twice', async () => {
    // The same random draw every time, of a port another listener holds: every draw fails, so the ports come from
    // bind(0) instead, still distinct.
    let clash: Server | undefined;
    for (let port = 20_000; clash === undefined; port++) clash = await listenOn(port).catch(() => undefined);
    const clashPort = (clash.address() as { port: number }).port;
    const ports = await findFreePorts(3, '127.0.0.1', () => (clashPort - 10_000 + 0.5) / (ephemeralLow - 10_000));
    expect(ports).not.toContain(clashPort);
    expect(new Set(ports).size).toBe(3);
  });
});
