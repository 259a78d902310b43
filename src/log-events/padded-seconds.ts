// Stamps that print milliseconds but only ever `.000`: PHP's `date('…s.v')` (its `v` reads the time's ms, and date()
// takes a whole-second time), a C `%03d` of a field never set. A writer's three or more stamps over two or more
// seconds all at `.000` are whole seconds: read as exact ms they put a follower's EOF at +0 ms from its leader's own
// `caught SIGTERM` line, 978 ms before the `date; kill` that sent it (adv61d-34).
import type { MutableLogEvent } from './log-event.js';

// Fewer stamps than this, all at `.000`, are as likely a coincidence of a fast run.
const MIN_PADDED_STAMPS = 3;
// Pooled over several writers, none of whose stamps shows a ms.
const MIN_POOLED_STAMPS = 4;

/** Gives each writer whose ms stamps are all `.000` over two or more seconds its stamps' whole second as their precision. */
export function markPaddedSeconds(events: MutableLogEvent[]): void {
  // Most writers' first stamp already shows a ms other than 000.
  const padded = new Map<string, { count: number; firstMs: number; spans: boolean }>();
  const refused = new Set<string>();
  for (const event of events) {
    const time = event.time;
    if (event.node === undefined || time === undefined || refused.has(event.node) || time.kind === 'relative' || time.precisionMs > 1) continue;
    if (time.dayMs % 1000 !== 0) {
      refused.add(event.node);
      padded.delete(event.node);
      continue;
    }
    const seen = padded.get(event.node);
    if (seen === undefined) padded.set(event.node, { count: 1, firstMs: time.dayMs, spans: false });
    else {
      seen.count++;
      if (time.dayMs !== seen.firstMs) seen.spans = true;
    }
  }
  // No writer's stamp shows a ms: the writers' stamps pooled, as one logger's (adv62d-09/-32: node2's four stamps in one
  // second, node3's two over two seconds, each too few alone).
  let pooled = 0;
  const seconds = new Set<number>();
  if (refused.size === 0) for (const seen of padded.values()) (pooled += seen.count), seconds.add(seen.firstMs);
  const whole = padded.size >= 2 && pooled >= MIN_POOLED_STAMPS && (seconds.size >= 2 || [...padded.values()].some((seen) => seen.spans));
  if (!whole) for (const [node, seen] of padded) if (seen.count < MIN_PADDED_STAMPS || !seen.spans) padded.delete(node);
  if (padded.size === 0) return;
  for (const event of events) {
    if (event.node !== undefined && event.time !== undefined && padded.has(event.node) && event.time.kind !== 'relative') event.time = { ...event.time, precisionMs: 1000 };
  }
}
