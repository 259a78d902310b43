// The kv_node's client HTTP API (node:http, JSON answers):
//   PUT    /kv/:key   body = the value (text)   → 200 {ok, key, index, term}          once committed and applied
//   POST   /kv/:key   body = a suffix (text)   → 200 {ok, key, index, term}          appended once committed and applied
//   DELETE /kv/:key                            → 200 {ok, key, deleted, index, term}
//   GET    /kv/:key                            → 200 {key, value, index} | 404 {error:'not_found'}
//          a read is a command through the log (linearizable: answered only by a leader that still leads)
//   GET    /kv/:key?local=1                    → the node's own applied state, on any node (may be stale)
//   GET    /status                             → 200 {id, role, term, leader, leaderUrl, commit, applied, lastIndex}
// On a follower, writes and log reads answer 421 {error:'not_leader', leader, leaderUrl}; with no known leader
// 503 {error:'no_leader'}. A write not applied within the timeout answers 503 {error:'timeout'} — it may still
// be applied later, so clients retry idempotent writes only.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { NodeId, Role } from '../raft/types.js';
import type { KvCommand, KvResult } from './kv-state-machine.js';

export interface KvNodeStatus {
  readonly id: NodeId;
  readonly role: Role;
  readonly term: number;
  /** 0 when no leader is known. */
  readonly leader: NodeId;
  readonly leaderUrl: string | null;
  readonly commit: number;
  readonly applied: number;
  readonly lastIndex: number;
}

export type SubmitOutcome =
  | { readonly kind: 'applied'; readonly index: number; readonly term: number; readonly result: KvResult | undefined }
  | { readonly kind: 'not-leader'; readonly leader: NodeId; readonly leaderUrl: string | null }
  | { readonly kind: 'timeout'; readonly timeoutMs: number }
  | { readonly kind: 'superseded' }
  | { readonly kind: 'stopping' };

// What the HTTP layer needs from the node.
export interface KvService {
  status(): KvNodeStatus;
  submit(command: KvCommand): Promise<SubmitOutcome>;
  readLocal(key: string): string | undefined;
}

export interface ClientServerOptions {
  /** Largest accepted value (default 64 KiB): an Append of 64 entries must stay below the frame limit. */
  readonly maxValueBytes?: number;
  readonly maxKeyBytes?: number;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.error));
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = `${JSON.stringify(body)}\n`;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(new HttpError(413, { error: 'value_too_large', maxBytes }, { connection: 'close' }));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseKey(raw: string, maxKeyBytes: number): string {
  let key: string;
  try {
    key = decodeURIComponent(raw);
  } catch {
    throw new HttpError(400, { error: 'bad_key', message: 'the key is not valid percent-encoding' });
  }
  if (key === '') throw new HttpError(400, { error: 'bad_key', message: 'the key is empty' });
  if (Buffer.byteLength(key) > maxKeyBytes) throw new HttpError(400, { error: 'bad_key', message: `the key is longer than ${maxKeyBytes} bytes` });
  return key;
}

/** Turns a non-applied outcome into the HTTP error a client can act on. */
function failure(outcome: Exclude<SubmitOutcome, { kind: 'applied' }>): HttpError {
  switch (outcome.kind) {
    case 'not-leader':
      return outcome.leader === 0
        ? new HttpError(503, { error: 'no_leader', leader: null, leaderUrl: null }, { 'retry-after': '1' })
        : new HttpError(421, { error: 'not_leader', leader: outcome.leader, leaderUrl: outcome.leaderUrl });
    case 'timeout':
      return new HttpError(503, { error: 'timeout', message: `not applied within ${outcome.timeoutMs}ms; it may still be applied later` });
    case 'superseded':
      return new HttpError(503, { error: 'leadership_lost', message: 'a new leader replaced the entry; retry' });
    case 'stopping':
      return new HttpError(503, { error: 'stopping', message: 'the node is shutting down' });
  }
}

// The server is returned unlistened so the caller owns the port and the error handling.
export function createClientServer(service: KvService, options: ClientServerOptions = {}): Server {
  const maxValueBytes = options.maxValueBytes ?? 64 * 1024;
  const maxKeyBytes = options.maxKeyBytes ?? 1024;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://kv.invalid');
    const method = req.method ?? 'GET';
    if (url.pathname === '/status') {
      if (method !== 'GET') throw new HttpError(405, { error: 'method_not_allowed', allowed: ['GET'] }, { allow: 'GET' });
      sendJson(res, 200, service.status());
      return;
    }
    const match = /^\/kv\/(.*)$/s.exec(url.pathname);
    if (!match) throw new HttpError(404, { error: 'no_route', message: 'use /kv/:key or /status' });
    const key = parseKey(match[1]!, maxKeyBytes);

    let command: KvCommand;
    if (method === 'GET' || method === 'HEAD') {
      const local = url.searchParams.get('local');
      if (local === '1' || local === 'true') {
        const value = service.readLocal(key);
        const applied = service.status().applied;
        if (value === undefined) throw new HttpError(404, { error: 'not_found', key, applied });
        sendJson(res, 200, { key, value, applied, local: true });
        return;
      }
      command = { op: 'get', key };
    } else if (method === 'PUT') {
      command = { op: 'put', key, value: await readBody(req, maxValueBytes) };
    } else if (method === 'POST') {
      command = { op: 'append', key, value: await readBody(req, maxValueBytes) };
    } else if (method === 'DELETE') {
      command = { op: 'delete', key };
    } else {
      throw new HttpError(405, { error: 'method_not_allowed', allowed: ['GET', 'PUT', 'POST', 'DELETE'] }, { allow: 'GET, PUT, POST, DELETE' });
    }

    const outcome = await service.submit(command);
    if (outcome.kind !== 'applied') throw failure(outcome);
    const { index, term, result } = outcome;
    if (result?.op === 'get') {
      if (result.value === undefined) throw new HttpError(404, { error: 'not_found', key, index });
      sendJson(res, 200, { key, value: result.value, index });
    } else if (result?.op === 'delete') {
      sendJson(res, 200, { ok: true, key, deleted: result.existed, index, term });
    } else {
      sendJson(res, 200, { ok: true, key, index, term });
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpError) sendJson(res, error.status, error.body, error.headers);
      else sendJson(res, 500, { error: 'internal', message: (error as Error)?.message ?? String(error) });
    });
  });
  server.keepAliveTimeout = 5_000;
  return server;
}
