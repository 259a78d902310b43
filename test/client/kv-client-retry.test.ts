// A node that answers 503 while it is not ready (a new leader catching up) over real TCP: reads are repeated
// within the budget, writes are not (they may have been applied).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT_PROTOCOL } from '../../src/client/client-protocol.js';
import { createKvClient } from '../../src/client/kv-client.js';

let server: Server | undefined;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

// A node that answers 503 "leader not ready yet" to the first `notReady` requests, then serves them (or, `hang`,
// never answers them).
async function startNode(notReady: number, hang = false): Promise<{ port: number; requests: string[] }> {
  const requests: string[] = [];
  server = createServer((req, res) => {
    requests.push(req.method ?? '');
    if (hang && requests.length > notReady) return;
    if (requests.length <= notReady) {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('leader not ready yet\n');
      return;
    }
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'text/plain' }).end('value-1\n'));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { port: (server!.address() as AddressInfo).port, requests };
}

describe('createKvClient on 503 answers', () => {
  it('repeats a read until the node is ready', async () => {
    const node = await startNode(2);
    const client = createKvClient({ protocol: DEFAULT_CLIENT_PROTOCOL, clientPorts: new Map([[1, node.port]]), cwd: '.', requestTimeoutMs: 3000 });
    const answer = await client.read('k', 1);
    expect(answer).toMatchObject({ ok: true, value: 'value-1', asked: [1, 1, 1] });
    expect(node.requests).toEqual(['GET', 'GET', 'GET']);
  });

  it('reports a write answered 503 instead of sending it twice', async () => {
    const node = await startNode(1);
    const client = createKvClient({ protocol: DEFAULT_CLIENT_PROTOCOL, clientPorts: new Map([[1, node.port]]), cwd: '.', requestTimeoutMs: 3000 });
    const answer = await client.write('k', 'v', 1);
    expect(answer.ok).toBe(false);
    expect(answer.error).toBe('node1: HTTP 503: leader not ready yet');
    expect(node.requests.length).toBe(1);
  });

  it('keeps the last answer when the budget runs out during a later attempt (not "timed out after 1ms")', async () => {
    // The second request is never answered: the budget's end cuts it, which is what a loaded machine does to the
    // last retry of the test below when the budget left for it is a millisecond.
    const node = await startNode(1, true);
    const client = createKvClient({ protocol: DEFAULT_CLIENT_PROTOCOL, clientPorts: new Map([[1, node.port]]), cwd: '.', requestTimeoutMs: 400 });
    const answer = await client.read('k', 1);
    expect(answer.ok).toBe(false);
    expect(answer.error).toBe('no node served the read within 400 ms (asked node1 → node1); last answer node1: HTTP 503: leader not ready yet');
    expect(node.requests).toEqual(['GET', 'GET']);
  });

  it('gives up on a read when the node never gets ready, saying what it answered', async () => {
    await startNode(Infinity);
    const port = (server!.address() as AddressInfo).port;
    const client = createKvClient({ protocol: DEFAULT_CLIENT_PROTOCOL, clientPorts: new Map([[1, port]]), cwd: '.', requestTimeoutMs: 400 });
    const answer = await client.read('k', 1);
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/^no node served the read within 400 ms \(asked node1( → node1)+\); last answer node1: HTTP 503: leader not ready yet$/);
  });
});
