// Node-to-node messaging over TCP. Every node dials every peer and sends only on its own outbound connection;
// it receives on the connections its peers dialled. Each connection starts with a hello frame naming the
// sender, then carries length-prefixed JSON frames (frame-codec.ts), one Raft message each.
//
// Never blocks on a dead peer: a message for a peer that is not connected, or whose socket already has too
// much unsent data, is dropped — Raft retransmits (heartbeats, append retries), so loss is normal input.
import { connect, createServer, type Server, type Socket } from 'node:net';
import { VerifyLessonError } from '../errors.js';
import { isEntry } from '../raft/is-entry.js';
import type { Message, MessageType, NodeId } from '../raft/types.js';
import { encodeFrame, FrameDecoder, MAX_FRAME_BYTES } from './frame-codec.js';

export interface PeerAddress {
  readonly id: NodeId;
  readonly host: string;
  readonly port: number;
}

export interface TcpTransportOptions {
  readonly id: NodeId;
  readonly listenHost: string;
  readonly listenPort: number;
  /** The other nodes (entries with this node's own id are ignored). */
  readonly peers: readonly PeerAddress[];
  readonly onMessage: (message: Message) => void;
  /** First connection (either direction) to the peer after it was down. */
  readonly onPeerUp?: (peer: NodeId) => void;
  /** The peer's connection closed: reason is "EOF" for an orderly close, else the socket error code (ECONNRESET...). */
  readonly onPeerDown?: (peer: NodeId, reason: string) => void;
  /** Protocol violations worth a log line (garbage frames, unknown senders). */
  readonly onWarning?: (text: string) => void;
  readonly minBackoffMs?: number;
  readonly maxBackoffMs?: number;
  /** Per-peer cap on bytes waiting in the socket; beyond it messages are dropped (default 4 MiB). */
  readonly maxQueuedBytes?: number;
  readonly maxFrameBytes?: number;
}

export interface TransportStats {
  readonly sent: number;
  readonly dropped: number;
  readonly received: number;
}

interface Hello {
  readonly type: 'hello';
  readonly from: NodeId;
  readonly to: NodeId;
}

const MESSAGE_TYPES: ReadonlySet<MessageType> = new Set<MessageType>([
  'PreVote', 'PreVoteResp', 'Vote', 'VoteResp', 'Append', 'AppendResp', 'Heartbeat', 'HeartbeatResp',
]);

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

// Cheap structural check of what a peer sent; the core trusts message shapes, so garbage must stop here.
export function isRaftMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  if (!MESSAGE_TYPES.has(m.type as MessageType) || !isCount(m.from) || !isCount(m.to) || !isCount(m.term)) return false;
  switch (m.type as MessageType) {
    case 'PreVote':
    case 'Vote':
      return isCount(m.lastLogIndex) && isCount(m.lastLogTerm);
    case 'PreVoteResp':
    case 'VoteResp':
      return typeof m.reject === 'boolean';
    case 'Append':
      return isCount(m.prevIndex) && isCount(m.prevTerm) && isCount(m.commit) && Array.isArray(m.entries) && m.entries.every(isEntry);
    case 'AppendResp':
      return typeof m.reject === 'boolean' && isCount(m.index);
    case 'Heartbeat':
      return isCount(m.commit);
    case 'HeartbeatResp':
      return true;
  }
}

function closeReason(error: NodeJS.ErrnoException | undefined): string {
  return error?.code ?? (error ? error.message : 'EOF');
}

interface Outbound {
  readonly address: PeerAddress;
  socket?: Socket;
  connected: boolean;
  backoffMs: number;
  timer?: NodeJS.Timeout;
}

// One instance per node; start() listens and begins dialling, close() tears everything down.
export class TcpTransport {
  readonly #options: TcpTransportOptions;
  readonly #minBackoffMs: number;
  readonly #maxBackoffMs: number;
  readonly #maxQueuedBytes: number;
  readonly #outbound = new Map<NodeId, Outbound>();
  /** The live inbound connection per peer (a newer hello replaces an older one). */
  readonly #inbound = new Map<NodeId, Socket>();
  readonly #unidentified = new Set<Socket>();
  readonly #up = new Set<NodeId>();
  #server: Server | undefined;
  #closed = false;
  #sent = 0;
  #dropped = 0;
  #received = 0;

  constructor(options: TcpTransportOptions) {
    this.#options = options;
    this.#minBackoffMs = options.minBackoffMs ?? 20;
    this.#maxBackoffMs = options.maxBackoffMs ?? 500;
    this.#maxQueuedBytes = options.maxQueuedBytes ?? 4 * 1024 * 1024;
    for (const address of options.peers) {
      if (address.id === options.id) continue;
      this.#outbound.set(address.id, { address, connected: false, backoffMs: this.#minBackoffMs });
    }
  }

  /** Listens on the raft port (PORT_UNAVAILABLE if taken) and starts dialling every peer. */
  async start(): Promise<void> {
    const server = createServer((socket) => this.#accept(socket));
    this.#server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) => {
        const where = `${this.#options.listenHost}:${this.#options.listenPort}`;
        const code = error.code ?? error.message;
        reject(new VerifyLessonError('PORT_UNAVAILABLE', `cannot listen on ${where} (raft port): ${code}`, { cause: error }));
      });
      server.listen({ host: this.#options.listenHost, port: this.#options.listenPort }, () => resolve());
    });
    server.on('error', (error) => this.#options.onWarning?.(`raft listener error: ${error.message}`));
    for (const outbound of this.#outbound.values()) this.#dial(outbound);
  }

  get port(): number {
    const address = this.#server?.address();
    return typeof address === 'object' && address !== null ? address.port : this.#options.listenPort;
  }

  /** Fire and forget; drops when the peer is unreachable or its queue is full. */
  send(message: Message): void {
    const outbound = this.#outbound.get(message.to);
    const socket = outbound?.socket;
    if (!outbound?.connected || !socket || socket.writableLength > this.#maxQueuedBytes) {
      this.#dropped++;
      return;
    }
    socket.write(encodeFrame(message));
    this.#sent++;
  }

  /** Some connection to the peer (either direction) is open. */
  isConnected(peer: NodeId): boolean {
    return this.#up.has(peer);
  }

  /** Our outbound connection to the peer is open, so send() will not drop for lack of a link. */
  canSend(peer: NodeId): boolean {
    return this.#outbound.get(peer)?.connected === true;
  }

  stats(): TransportStats {
    return { sent: this.#sent, dropped: this.#dropped, received: this.#received };
  }

  /** Stops dialling, closes every socket and the listener. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const outbound of this.#outbound.values()) {
      clearTimeout(outbound.timer);
      outbound.socket?.destroy();
    }
    for (const socket of [...this.#inbound.values(), ...this.#unidentified]) socket.destroy();
    const server = this.#server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  #dial(outbound: Outbound): void {
    if (this.#closed) return;
    outbound.timer = undefined;
    const { host, port, id: peer } = outbound.address;
    const socket = connect({ host, port });
    outbound.socket = socket;
    socket.setNoDelay(true);
    let failure: NodeJS.ErrnoException | undefined;
    socket.on('connect', () => {
      // Dialling a not-yet-listening port in the ephemeral range can connect the socket to itself (TCP
      // simultaneous open) — which would also steal the peer's port. Drop it and retry.
      if (socket.localPort === socket.remotePort && socket.localAddress === socket.remoteAddress) {
        socket.destroy();
        return;
      }
      outbound.connected = true;
      outbound.backoffMs = this.#minBackoffMs;
      const hello: Hello = { type: 'hello', from: this.#options.id, to: peer };
      socket.write(encodeFrame(hello));
      this.#markUp(peer);
    });
    // Nothing is expected back on an outbound link; reading keeps EOF detection working.
    socket.on('data', () => undefined);
    socket.on('error', (error: NodeJS.ErrnoException) => {
      failure = error;
    });
    socket.on('close', () => {
      const wasConnected = outbound.connected;
      outbound.connected = false;
      if (outbound.socket === socket) outbound.socket = undefined;
      if (this.#closed) return;
      if (wasConnected) this.#markDown(peer, closeReason(failure));
      this.#scheduleDial(outbound);
    });
  }

  #scheduleDial(outbound: Outbound): void {
    if (this.#closed || outbound.timer || outbound.socket) return;
    const delayMs = outbound.backoffMs;
    outbound.backoffMs = Math.min(outbound.backoffMs * 2, this.#maxBackoffMs);
    outbound.timer = setTimeout(() => this.#dial(outbound), delayMs);
  }

  /** A peer that just dialled us is evidently up: dial it back now instead of waiting out the backoff. */
  #dialNowIfWaiting(peer: NodeId): void {
    const outbound = this.#outbound.get(peer);
    if (!outbound || outbound.connected || outbound.socket || !outbound.timer) return;
    clearTimeout(outbound.timer);
    outbound.backoffMs = this.#minBackoffMs;
    this.#dial(outbound);
  }

  #accept(socket: Socket): void {
    if (this.#closed) {
      socket.destroy();
      return;
    }
    socket.setNoDelay(true);
    this.#unidentified.add(socket);
    const decoder = new FrameDecoder(this.#options.maxFrameBytes ?? MAX_FRAME_BYTES);
    let peer: NodeId | undefined;
    let failure: NodeJS.ErrnoException | undefined;
    const reject = (why: string): void => {
      this.#options.onWarning?.(`closing connection from ${socket.remoteAddress}:${socket.remotePort}${peer ? ` (node${peer})` : ''}: ${why}`);
      socket.destroy();
    };
    socket.on('data', (chunk: Buffer) => {
      let frames: unknown[];
      try {
        frames = decoder.push(chunk);
      } catch (error) {
        reject((error as Error).message);
        return;
      }
      for (const frame of frames) {
        if (peer === undefined) {
          const hello = frame as Partial<Hello>;
          if (hello?.type !== 'hello' || hello.to !== this.#options.id || !this.#outbound.has(hello.from as NodeId)) {
            reject('expected a hello frame from a known peer');
            return;
          }
          peer = hello.from as NodeId;
          this.#unidentified.delete(socket);
          const previous = this.#inbound.get(peer);
          this.#inbound.set(peer, socket);
          previous?.destroy();
          this.#markUp(peer);
          this.#dialNowIfWaiting(peer);
          continue;
        }
        if (!isRaftMessage(frame) || frame.from !== peer || frame.to !== this.#options.id) {
          reject('malformed message frame');
          return;
        }
        this.#received++;
        this.#options.onMessage(frame);
      }
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      failure = error;
    });
    socket.on('close', () => {
      this.#unidentified.delete(socket);
      if (peer === undefined || this.#inbound.get(peer) !== socket) return;
      this.#inbound.delete(peer);
      if (!this.#closed) this.#markDown(peer, closeReason(failure));
    });
  }

  #markUp(peer: NodeId): void {
    if (this.#up.has(peer)) return;
    this.#up.add(peer);
    this.#options.onPeerUp?.(peer);
  }

  #markDown(peer: NodeId, reason: string): void {
    if (!this.#up.delete(peer)) return;
    this.#options.onPeerDown?.(peer, reason);
  }
}
