// Concurrent clients against the bundled kv_node's HTTP API through the fault: reads, writes and appends on a few
// keys, each recorded (invoke → ok / fail / info) on the harness's monotonic clock for the linearizability check.
import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { requestJson, type JsonResponse } from '../cluster/request-json.js';
import { createHistoryRecorder, type HistoryValue, type Operation, type OpKind, type Outcome } from '../history/index.js';

export interface ClientWorkloadOptions {
  /** Client base URL of each node, by id. */
  readonly urls: ReadonlyMap<number, string>;
  /** Where the clients send first. */
  readonly leader: number;
  /** Default 4. */
  readonly clients?: number;
  /** Default h1, h2, h3: few keys, so clients contend. */
  readonly keys?: readonly string[];
  /** A request not answered within this is indeterminate (default 500 ms). */
  readonly requestTimeoutMs?: number;
  /** How long one operation may keep retrying requests that certainly did not happen (default 2000 ms). */
  readonly operationBudgetMs?: number;
  readonly random?: () => number;
}

export interface ClientWorkload {
  /** Operations completed so far (ok, fail or info). */
  completed(): number;
  /** Lets every client finish its current operation once `minOps` completed (or `timeoutMs` passed); the history. */
  stop(options: { readonly minOps: number; readonly timeoutMs: number }): Promise<Operation[]>;
}

type Attempt = { readonly done: true; readonly outcome: Outcome; readonly value?: HistoryValue } | { readonly done: false; readonly next?: number };

// What one HTTP answer means for the operation: finished (ok / fail / info) or try again (certainly not applied).
function judgeResponse(kind: OpKind, response: JsonResponse): Attempt {
  const body = (response.body ?? {}) as { value?: string; error?: string; leader?: number | null };
  if (response.status === 200) return { done: true, outcome: 'ok', ...(kind === 'read' ? { value: body.value ?? null } : {}) };
  if (response.status === 404 && kind === 'read') return { done: true, outcome: 'ok', value: null };
  if (response.status === 421) return { done: false, ...(typeof body.leader === 'number' ? { next: body.leader } : {}) };
  if (response.status === 503 && (body.error === 'no_leader' || body.error === 'leadership_lost')) return { done: false };
  // timeout / stopping / anything unexpected: the command may be in the log and apply later.
  return { done: true, outcome: 'info' };
}

export function startClientWorkload(options: ClientWorkloadOptions): ClientWorkload {
  const nowMs = () => performance.now();
  const random = options.random ?? Math.random;
  const recorder = createHistoryRecorder(nowMs);
  const keys = options.keys ?? ['h1', 'h2', 'h3'];
  const ids = [...options.urls.keys()];
  const requestTimeoutMs = options.requestTimeoutMs ?? 500;
  const budgetMs = options.operationBudgetMs ?? 2000;
  let completed = 0;
  let stopping = false;

  interface Client {
    /** Where writes go: the leader as this client last learned it. */
    leader: number;
    /** Nodes whose read timed out: no more reads go there (a frozen or cut-off node). */
    readonly avoidReads: Set<number>;
    readonly agent: Agent;
  }
  const nextNode = (id: number): number => ids[(ids.indexOf(id) + 1) % ids.length]!;
  // Reads are spread over the nodes (a follower redirects to its leader), as clients balance reads over replicas:
  // a node that believes it leads and answers from local state is read from too, which is what the bug needs.
  const readTarget = (client: Client): number => {
    const candidates = ids.filter((id) => !client.avoidReads.has(id));
    return candidates.length === 0 ? client.leader : candidates[Math.floor(random() * candidates.length)]!;
  };

  async function perform(client: Client, kind: OpKind, key: string, value: string): Promise<Attempt & { done: true }> {
    const deadline = nowMs() + budgetMs;
    let target = kind === 'read' ? readTarget(client) : client.leader;
    while (nowMs() < deadline) {
      const url = `${options.urls.get(target)}/kv/${encodeURIComponent(key)}`;
      const method = kind === 'read' ? 'GET' : kind === 'write' ? 'PUT' : 'POST';
      let attempt: Attempt;
      try {
        attempt = judgeResponse(kind, await requestJson(url, { method, ...(kind === 'read' ? {} : { body: value }), timeoutMs: requestTimeoutMs, agent: client.agent }));
      } catch (error) {
        // Refused: the request never reached a server. Anything else (reset, timeout) may have reached it.
        attempt = (error as NodeJS.ErrnoException).code === 'ECONNREFUSED' ? { done: false } : { done: true, outcome: 'info' };
      }
      if (attempt.done) {
        // An answer that never came: that node may be frozen or cut off.
        if (attempt.outcome === 'info' && kind === 'read') client.avoidReads.add(target);
        if (attempt.outcome === 'info' && kind !== 'read') client.leader = nextNode(target);
        if (attempt.outcome === 'ok' && kind !== 'read') client.leader = target;
        return attempt;
      }
      target = attempt.next !== undefined && options.urls.has(attempt.next) ? attempt.next : nextNode(target);
      await delay(attempt.next !== undefined ? 0 : 20);
    }
    return { done: true, outcome: 'fail' };
  }

  async function runClient(index: number): Promise<void> {
    const name = `c${index + 1}`;
    const client: Client = { leader: options.leader, avoidReads: new Set(), agent: new Agent({ keepAlive: true, maxSockets: 1 }) };
    try {
      for (let n = 1; !stopping; n++) {
        const roll = random();
        const kind: OpKind = roll < 0.4 ? 'read' : roll < 0.7 ? 'write' : 'append';
        const key = keys[Math.floor(random() * keys.length)]!;
        const value = kind === 'append' ? `${name}.${n};` : `${name}-${n}`;
        const id = recorder.invoke({ client: name, kind, key, value: kind === 'read' ? null : value });
        const result = await perform(client, kind, key, value);
        recorder.complete(id, result.outcome, result.value);
        completed++;
      }
    } finally {
      client.agent.destroy();
    }
  }

  const loops = Array.from({ length: options.clients ?? 4 }, (_, i) => runClient(i));
  return {
    completed: () => completed,
    async stop({ minOps, timeoutMs }) {
      const deadline = nowMs() + timeoutMs;
      while (completed < minOps && nowMs() < deadline) await delay(5);
      stopping = true;
      await Promise.all(loops);
      return recorder.operations();
    },
  };
}
