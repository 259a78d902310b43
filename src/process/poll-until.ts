// The harness's one polling loop: ask until there is an answer or the deadline passes.
import { setTimeout as delay } from 'node:timers/promises';

export interface PollUntilOptions {
  readonly timeoutMs: number;
  /** Pause between probes (default 20 ms). */
  readonly intervalMs?: number;
  /** Checked before each probe; an aborted signal rejects with its reason. */
  readonly abortSignal?: AbortSignal;
}

// Resolves with the first probe answer that is not undefined; undefined when the deadline passes first.
export async function pollUntil<T>(probe: () => T | undefined | Promise<T | undefined>, options: PollUntilOptions): Promise<T | undefined> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    options.abortSignal?.throwIfAborted();
    const answer = await probe();
    if (answer !== undefined) return answer;
    if (Date.now() >= deadline) return undefined;
    await delay(Math.min(options.intervalMs ?? 20, Math.max(1, deadline - Date.now())));
  }
}
