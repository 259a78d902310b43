// Waits for a child to listen on a port without connecting to it (a connection a student's node does not expect could
// upset it): Linux lists sockets in /proc/net/{tcp,udp}{,6}. Elsewhere, the head start is spent.
import { readFileSync } from 'node:fs';
import { pollUntil } from './poll-until.js';

const LISTEN = '0A';

// True when some socket listens on `port` (any address: TCP listening, or UDP bound, a node that talks datagrams),
// false when none does, undefined when it cannot be told.
export function isListening(port: number): boolean | undefined {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  let readable = false;
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6', '/proc/net/udp', '/proc/net/udp6']) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    readable = true;
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if ((file.includes('udp') || fields[3] === LISTEN) && fields[1]?.endsWith(`:${hex}`)) return true;
    }
  }
  return readable ? false : undefined;
}

/** Resolves once `port` listens, `ready()` says so, or `timeoutMs` passed (the whole head start when it cannot be told). */
export async function waitUntilListening(port: number, timeoutMs: number, ready: () => boolean): Promise<void> {
  await pollUntil(() => (isListening(port) === true || ready() ? true : undefined), { timeoutMs, intervalMs: 10 });
}
