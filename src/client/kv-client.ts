// Talks to a cluster's nodes through a declared client protocol (HTTP or command templates), following redirects
// and "not the leader" answers to the node that can serve the request.
import { setTimeout as delay } from 'node:timers/promises';
import { isRequestTimeout, requestJson } from '../cluster/request-json.js';
import { startProcessGroup } from '../process/process-group.js';
import { createGroupReaper } from '../process/reap-on-exit.js';
import { expandClientTemplate, findLeaderHint, saysNotLeader, type ClientProtocol, type ClientRequestTemplate, type LeaderHint } from './client-protocol.js';

export interface KvClientOptions {
  readonly protocol: ClientProtocol;
  /** Each node's client port, by node id. */
  readonly clientPorts: ReadonlyMap<number, number>;
  /** Where command templates run (the cluster's work dir). */
  readonly cwd: string;
  /** Budget for one write or read, redirects and "no leader yet" retries included (default 3000). */
  readonly requestTimeoutMs?: number;
}

export interface KvAnswer {
  readonly ok: boolean;
  /** A read's value; null when the node said the key does not exist. */
  readonly value?: string | null;
  /** The nodes asked, in order (the last one answered). */
  readonly asked: readonly number[];
  /** Why not ok, in words (HTTP status and body, exit code and output, or the network error). */
  readonly error?: string;
}

export interface KvClient {
  write(key: string, value: string, via: number): Promise<KvAnswer>;
  read(key: string, via: number): Promise<KvAnswer>;
  /** The node that `node`'s "not the leader" answer to a read points at (undefined: it served it, or said nothing usable). */
  whoLeads(node: number): Promise<number | undefined>;
}

/** The key a leadership probe reads: never written, so a leader answers "not found". */
const PROBE_KEY = 'verify-lesson-probe';

interface RawAnswer {
  /** HTTP status, or 200 / 500 for a command's exit 0 / non-zero. */
  readonly status: number;
  readonly body: string;
  readonly location?: string;
  readonly failed?: string;
  /** The attempt ran out of the request's budget (its timeout was what was left of it). */
  readonly outOfBudget?: boolean;
}

const MAX_HOPS = 6;

const portOf = (url: string): number | undefined => {
  try {
    const parsed = new URL(url, 'http://127.0.0.1');
    return Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80));
  } catch {
    return undefined;
  }
};
const NO_LEADER_RETRY_MS = 50;

// Client commands still running when the harness exits (Ctrl+C mid-request) are killed with it.
const commandReaper = createGroupReaper();

// A client command in a process group of its own: past its budget the group is killed, so what the shell started (a
// `curl` in `curl … && echo`) neither keeps running nor holds the output open, which kept the request waiting on it.
function runCommand(command: string, cwd: string, timeoutMs: number): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const group = startProcessGroup('sh', ['-c', command], { cwd, reaper: commandReaper });
    const child = group.child;
    let out = '';
    let err = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out = (out + chunk).slice(-65_536)));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err = (err + chunk).slice(-65_536)));
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      group.kill();
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ status: 0, body: '', failed: error.message });
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (killed) resolve({ status: 0, body: err || out, failed: `command killed by SIGKILL after ${timeoutMs} ms`, outOfBudget: true });
      else if (signal) resolve({ status: 0, body: err || out, failed: `command killed by ${signal}` });
      else resolve({ status: code === 0 ? 200 : 500, body: code === 0 ? out : `${err}${out}`, ...(code === 0 ? {} : { failed: `exit code ${code}` }) });
    });
  });
}

const bodyValue = (text: string): string => {
  try {
    const json = JSON.parse(text) as { value?: unknown };
    if (json && typeof json === 'object' && typeof json.value === 'string') return json.value;
  } catch {
    // plain text
  }
  return text.replace(/\r?\n$/, '');
};

// A client for one cluster: each request starts at `via` (the node believed to lead) and follows where answers point.
export function createKvClient(options: KvClientOptions): KvClient {
  const timeoutMs = options.requestTimeoutMs ?? 3000;
  const nodeOfPort = new Map([...options.clientPorts].map(([node, port]) => [port, node]));
  const nodes = [...options.clientPorts.keys()];

  async function send(template: ClientRequestTemplate, node: number, key: string, value: string | undefined, url: string | undefined, budgetMs: number): Promise<RawAnswer> {
    const clientPort = options.clientPorts.get(node)!;
    if (template.kind === 'command') return runCommand(expandClientTemplate(template.command, { clientPort, key, ...(value === undefined ? {} : { value }) }, 'shell'), options.cwd, budgetMs);
    const target = url ?? expandClientTemplate(template.url, { clientPort, key, ...(value === undefined ? {} : { value }) }, 'url');
    const withBody = template.method !== 'GET';
    try {
      const response = await requestJson(target, { method: template.method, timeoutMs: budgetMs, ...(withBody ? { body: value ?? '' } : {}) });
      return { status: response.status, body: response.text, ...(response.location ? { location: new URL(response.location, target).href } : {}) };
    } catch (error) {
      return { status: 0, body: '', failed: (error as Error).message, ...(isRequestTimeout(error) ? { outOfBudget: true } : {}) };
    }
  }

  async function ask(role: 'write' | 'read', key: string, value: string | undefined, via: number): Promise<KvAnswer> {
    const template = options.protocol[role];
    const deadline = Date.now() + timeoutMs;
    const asked: number[] = [];
    let node = via;
    let url: string | undefined;
    let lastError: string | undefined;
    let followed = 0;
    // Ask someone else: the next node in turn, after a short pause (nobody leads yet, or it is still starting).
    const tryNext = async (): Promise<void> => {
      await delay(NO_LEADER_RETRY_MS);
      node = nodes[(nodes.indexOf(node) + 1) % nodes.length]!;
    };
    while (Date.now() < deadline) {
      asked.push(node);
      const answer = await send(template, node, key, value, url, Math.max(1, deadline - Date.now()));
      url = undefined;
      const where = `node${node}`;
      if (answer.status >= 200 && answer.status < 300) return { ok: true, asked, ...(role === 'read' ? { value: bodyValue(answer.body) } : {}) };
      if (answer.status === 0) {
        // An attempt cut short by the end of the budget says nothing new of the node: the answer before it stays the
        // last one ("HTTP 503: leader not ready yet", not "timed out after 1ms").
        if (answer.outOfBudget && lastError !== undefined) break;
        // Refused: nothing was delivered, so asking again is safe. Anything else may have reached the node.
        if (!/ECONNREFUSED/.test(answer.failed ?? '')) return { ok: false, asked, error: `${where}: ${answer.failed}` };
        lastError = `${where}: ${answer.failed}`;
        await tryNext();
        continue;
      }
      if (role === 'read' && answer.status === 503 && !saysNotLeader(answer.status, answer.body)) {
        // "Try again later" (a leader still catching up after its election): a read is safe to repeat; a write
        // may have been applied, so it is reported instead.
        lastError = `${where}: HTTP 503${answer.body.trim() === '' ? '' : `: ${answer.body.trim().slice(0, 160)}`}`;
        await delay(NO_LEADER_RETRY_MS);
        continue;
      }
      if (!saysNotLeader(answer.status, answer.body)) {
        if (role === 'read' && (answer.status === 404 || template.kind === 'command')) return { ok: true, asked, value: null };
        const what = template.kind === 'command' ? answer.failed : `HTTP ${answer.status}`;
        return { ok: false, asked, error: `${where}: ${what}${answer.body.trim() === '' ? '' : `: ${answer.body.trim().slice(0, 160)}`}` };
      }
      lastError = `${where}: ${answer.body.trim().slice(0, 160) || `HTTP ${answer.status}`}`;
      const next = pointedAt(findLeaderHint(answer), answer.location, node);
      if (next === undefined || (next.node === node && next.url === undefined) || ++followed > MAX_HOPS) {
        followed = 0;
        await tryNext();
        continue;
      }
      node = next.node;
      url = next.url;
    }
    const path = asked.map((n) => `node${n}`).join(' → ');
    return { ok: false, asked, error: `no node served the ${role} within ${timeoutMs} ms (asked ${path})${lastError ? `; last answer ${lastError}` : ''}` };
  }

  // The node a "not the leader" answer points at; a redirect to an address that is no node's client port is followed as is.
  function pointedAt(hint: LeaderHint | undefined, location: string | undefined, current: number): { node: number; url?: string } | undefined {
    if (!hint) return undefined;
    if ('node' in hint) return options.clientPorts.has(hint.node) ? { node: hint.node } : undefined;
    const port = 'port' in hint ? hint.port : portOf(hint.url);
    const node = port === undefined ? undefined : nodeOfPort.get(port);
    if (node !== undefined) return { node };
    return location === undefined ? undefined : { node: current, url: location };
  }

  async function whoLeads(node: number): Promise<number | undefined> {
    const answer = await send(options.protocol.read, node, PROBE_KEY, undefined, undefined, timeoutMs);
    if (answer.status === 0 || !saysNotLeader(answer.status, answer.body)) return undefined;
    const next = pointedAt(findLeaderHint(answer), undefined, node);
    return next?.url === undefined && next?.node !== node ? next?.node : undefined;
  }

  return {
    write: (key, value, via) => ask('write', key, value, via),
    read: (key, via) => ask('read', key, undefined, via),
    whoLeads,
  };
}
