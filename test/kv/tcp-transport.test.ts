import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { findFreePorts } from '../../src/process/find-free-ports.js';
import { waitFor } from '../support/wait-for.js';
import { encodeFrame } from '../../src/kv/frame-codec.js';
import { isRaftMessage, TcpTransport, type PeerAddress } from '../../src/kv/tcp-transport.js';
import type { Message } from '../../src/raft/types.js';

const open: TcpTransport[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(open.splice(0).map((transport) => transport.close()));
});

interface Recorder {
  readonly transport: TcpTransport;
  readonly received: Message[];
  readonly events: string[];
}

function makeNode(id: number, peers: PeerAddress[]): Recorder {
  const self = peers.find((p) => p.id === id)!;
  const received: Message[] = [];
  const events: string[] = [];
  const transport = new TcpTransport({
    id,
    listenHost: self.host,
    listenPort: self.port,
    peers,
    onMessage: (m) => received.push(m),
    onPeerUp: (peer) => events.push(`up ${peer}`),
    onPeerDown: (peer, reason) => events.push(`down ${peer} ${reason}`),
    onWarning: (text) => events.push(`warn ${text}`),
  });
  open.push(transport);
  return { transport, received, events };
}

const heartbeat = (from: number, to: number, term = 1): Message => ({ type: 'Heartbeat', from, to, term, commit: 0 });

describe('TcpTransport', () => {
  it('delivers messages both ways, reports EOF when a peer closes and reconnects when it comes back', async () => {
    const ports = await findFreePorts(2);
    const peers = ports.map((port, i) => ({ id: i + 1, host: '127.0.0.1', port }));
    const a = makeNode(1, peers);
    const b = makeNode(2, peers);
    await a.transport.start();
    a.transport.send(heartbeat(1, 2)); // peer not up yet: dropped, never blocks
    expect(a.transport.stats().dropped).toBe(1);
    await b.transport.start();
    await waitFor('the transports', () => a.transport.canSend(2) && b.transport.canSend(1) && a.transport.isConnected(2));

    for (let i = 0; i < 50; i++) a.transport.send(heartbeat(1, 2, i + 1));
    b.transport.send({ type: 'HeartbeatResp', from: 2, to: 1, term: 7 });
    await waitFor('the transports', () => b.received.length === 50 && a.received.length === 1);
    expect(b.received.map((m) => m.term)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(a.received[0]).toEqual({ type: 'HeartbeatResp', from: 2, to: 1, term: 7 });

    await b.transport.close();
    await waitFor('the transports', () => a.events.some((e) => e.startsWith('down 2')));
    expect(a.events.filter((e) => e.startsWith('down 2'))).toEqual(['down 2 EOF']);

    const b2 = makeNode(2, peers);
    await b2.transport.start();
    await waitFor('the transports', () => a.transport.canSend(2) && b2.transport.canSend(1));
    a.transport.send(heartbeat(1, 2, 99));
    await waitFor('the transports', () => b2.received.length === 1);
    expect(a.events.filter((e) => e === 'up 2')).toHaveLength(2);
  });

  it('closes connections that send garbage, oversized frames or spoofed senders', async () => {
    const ports = await findFreePorts(2);
    const peers = ports.map((port, i) => ({ id: i + 1, host: '127.0.0.1', port }));
    const a = makeNode(1, peers);
    await a.transport.start();

    const attempt = async (payload: Buffer): Promise<void> => {
      const socket = connect({ host: '127.0.0.1', port: ports[0]! });
      sockets.push(socket);
      const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
      socket.on('error', () => undefined);
      socket.write(payload);
      await closed;
    };
    const huge = Buffer.alloc(4);
    huge.writeUInt32BE(0xffffffff);
    await attempt(huge);
    await attempt(Buffer.from('GET / HTTP/1.1\r\n\r\n'));
    await attempt(encodeFrame({ type: 'hello', from: 9, to: 1 }));
    await attempt(Buffer.concat([encodeFrame({ type: 'hello', from: 2, to: 1 }), encodeFrame(heartbeat(3, 1))]));
    expect(a.received).toEqual([]);
    expect(a.events.filter((e) => e.startsWith('warn'))).toHaveLength(4);
    expect(a.events.join('\n')).toMatch(/exceeds the 8388608-byte limit/);
  });

  it('recognises well-formed Raft messages only', () => {
    expect(isRaftMessage(heartbeat(1, 2))).toBe(true);
    expect(isRaftMessage({ type: 'Append', from: 1, to: 2, term: 1, prevIndex: 0, prevTerm: 0, entries: [], commit: 0 })).toBe(true);
    expect(isRaftMessage({ type: 'Append', from: 1, to: 2, term: 1 })).toBe(false);
    const append = (entries: unknown[]) => ({ type: 'Append', from: 1, to: 2, term: 1, prevIndex: 0, prevTerm: 0, entries, commit: 0 });
    expect(isRaftMessage(append([{ index: 1, term: 1, type: 'normal', data: '{}' }]))).toBe(true);
    // An entry the WAL would refuse on recovery must not get in over the wire.
    expect(isRaftMessage(append([{ index: 1, term: 1, type: 'normal' }]))).toBe(false);
    expect(isRaftMessage(append([{ index: 0, term: 1, type: 'noop', data: '' }]))).toBe(false);
    expect(isRaftMessage(append(['garbage']))).toBe(false);
    expect(isRaftMessage({ type: 'Nope', from: 1, to: 2, term: 1 })).toBe(false);
    expect(isRaftMessage({ type: 'Vote', from: -1, to: 2, term: 1, lastLogIndex: 0, lastLogTerm: 0 })).toBe(false);
    expect(isRaftMessage(null)).toBe(false);
  });
});
