import { connect, type Socket } from 'node:net';
import type { Readable } from 'node:stream';

export interface RawResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** A request written by hand over TCP, so a test controls when each byte of the body leaves. */
export interface SlowRequest {
  readonly socket: Socket;
  /** Sends the rest of the body. */
  finish(): void;
  /** The whole response, once the server closes or completes it. */
  readonly response: Promise<RawResponse>;
}

// Opens a connection and sends the headers and the first half of a text/plain body; the request stays in flight
// until finish().
export function startSlowRequest(port: number, path: string, body: string, host = '127.0.0.1'): Promise<SlowRequest> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host });
    const bytes = Buffer.from(body);
    const half = Math.floor(bytes.length / 2);
    const chunks: Buffer[] = [];
    const response = new Promise<RawResponse>((resolveResponse, rejectResponse) => {
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.on('error', rejectResponse);
      socket.on('close', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const split = text.indexOf('\r\n\r\n');
        if (split < 0) return rejectResponse(new Error(`incomplete response: ${JSON.stringify(text)}`));
        const [statusLine, ...headerLines] = text.slice(0, split).split('\r\n');
        const headers: Record<string, string> = {};
        for (const line of headerLines) {
          const colon = line.indexOf(':');
          headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
        }
        let rest = text.slice(split + 4);
        if (headers['transfer-encoding'] === 'chunked') {
          let decoded = '';
          for (;;) {
            const eol = rest.indexOf('\r\n');
            const size = parseInt(rest.slice(0, eol), 16);
            if (!size) break;
            decoded += rest.slice(eol + 2, eol + 2 + size);
            rest = rest.slice(eol + 2 + size + 2);
          }
          rest = decoded;
        }
        resolveResponse({ statusCode: Number(statusLine!.split(' ')[1]), headers, body: rest });
      });
    });
    response.catch(() => undefined);
    socket.once('error', reject);
    socket.once('connect', () => {
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: ${host}:${port}\r\nContent-Type: text/plain\r\nContent-Length: ${bytes.length}\r\nConnection: close\r\n\r\n`,
      );
      socket.write(bytes.subarray(0, half));
      resolve({ socket, finish: () => socket.end(bytes.subarray(half)), response });
    });
  });
}

/** Lines of a stream as they arrive, with a way to wait for one. */
export function collectLines(stream: Readable): { readonly lines: string[]; waitFor(match: (line: string) => boolean, timeoutMs?: number): Promise<string> } {
  const lines: string[] = [];
  const waiters = new Set<{ match: (line: string) => boolean; resolve: (line: string) => void }>();
  let partial = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    partial += chunk;
    const parts = partial.split('\n');
    partial = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      for (const waiter of waiters) if (waiter.match(line)) (waiters.delete(waiter), waiter.resolve(line));
    }
  });
  return {
    lines,
    waitFor(match, timeoutMs = 15_000) {
      const found = lines.find(match);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = {
          match,
          resolve: (line: string) => {
            clearTimeout(timer);
            resolve(line);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no matching line within ${timeoutMs} ms; got:\n${lines.join('\n')}`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
  };
}

// A docker-compose-style paste of about `bytes` in which every line names the leader: one of the shapes on which
// checkPaste takes longest per byte (0.5-2 s for 4 MB), for tests of work that must not wait for it.
export function makeSlowPaste(bytes: number): string {
  const killMs = Date.UTC(2026, 10, 26, 19, 30, 1);
  const lines: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const line = `node${1 + (i % 3)}-1  | ${new Date(killMs - 100_000 + i).toISOString()} DEBUG append entries from leader node1 term=1 index=${i}`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}
