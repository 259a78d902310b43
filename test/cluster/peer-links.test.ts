// Real TCP through the harness's peer-link proxies: two listening "nodes", node 1 dialling node 2 via its link.
import { connect, createServer, type Server, type Socket } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createPeerLinks, type PeerLinks } from '../../src/cluster/peer-links.js';
import { waitFor } from '../support/wait-for.js';

const servers: Server[] = [];
const sockets: Socket[] = [];
let links: PeerLinks | undefined;
afterEach(async () => {
  sockets.splice(0).forEach((s) => s.destroy());
  await links?.close();
  links = undefined;
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

// A node that records what it receives and echoes it back.
async function startNode(): Promise<{ port: number; received: string[]; accepted: Socket[] }> {
  const received: string[] = [];
  const accepted: Socket[] = [];
  const server = createServer((socket) => {
    accepted.push(socket);
    socket.on('data', (chunk) => {
      received.push(chunk.toString());
      socket.write(chunk);
    });
    socket.on('error', () => {});
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port: 0 }, () => resolve()));
  return { port: (server.address() as { port: number }).port, received, accepted };
}

function dial(address: string): { socket: Socket; echoed: string[]; ended: () => boolean } {
  const [host, port] = address.split(':');
  const socket = connect({ host: host!, port: Number(port) });
  sockets.push(socket);
  const echoed: string[] = [];
  let ended = false;
  socket.on('data', (chunk) => echoed.push(chunk.toString()));
  socket.on('close', () => (ended = true));
  socket.on('error', () => {});
  return { socket, echoed, ended: () => ended };
}

const addressOf = (peers: string, id: number): string => peers.split(',').find((p) => p.startsWith(`${id}=`))!.slice(2);

describe('createPeerLinks', () => {
  it('gives each node its own port and proxies to the others, and a partition is a silent black hole until healed', async () => {
    const [a, b] = [await startNode(), await startNode()];
    links = await createPeerLinks([a.port, b.port]);
    expect(addressOf(links.peersFor(1), 1)).toBe(`127.0.0.1:${a.port}`);
    const via = addressOf(links.peersFor(1), 2);
    expect(via).not.toBe(`127.0.0.1:${b.port}`);

    const first = dial(via);
    first.socket.write('hello');
    await waitFor('the echo through the link', () => first.echoed.join('') === 'hello');

    links.partition([[1], [2]]);
    expect(links.isUp(1, 2)).toBe(false);
    expect(links.isUp(2, 1)).toBe(false);
    first.socket.write('lost');
    const second = dial(via);
    second.socket.write('also lost');
    // Nothing gets through and nothing closes: a partition, not a crash.
    await delay(200);
    expect(b.received.join('')).toBe('hello');
    expect(first.ended()).toBe(false);
    expect(second.ended()).toBe(false);

    links.heal();
    await waitFor('the black-holed connections to close', () => first.ended() && second.ended());
    const third = dial(via);
    third.socket.write('back');
    await waitFor('the echo after healing', () => third.echoed.join('') === 'back');
  });

  it("passes a node's end of the connection through to its peer (a dead leader's EOF)", async () => {
    const [a, b] = [await startNode(), await startNode()];
    links = await createPeerLinks([a.port, b.port]);
    const link = dial(addressOf(links.peersFor(1), 2));
    link.socket.write('x');
    await waitFor('the first echo', () => link.echoed.length > 0);
    b.accepted.forEach((socket) => socket.end());
    await waitFor('the dialler to see the connection end', () => link.ended());
  });
});
