import type { LogEvent } from '../log-events/log-event.js';
import type { Timeline, TimelineEvent, TimelineEventKind } from './timeline.js';

export interface TimedLine {
  readonly node: number;
  /** Epoch ms of the line's timestamp. */
  readonly atMs: number;
  /** How long after `atMs` the stamp may stand for, when coarser than a ms (1000: whole seconds). */
  readonly spanMs?: number;
  /** Harness clock (epoch ms) when it read the line: one read before the kill is from before it, whatever its stamp. */
  readonly arrivalMs?: number;
  readonly text: string;
  /** What the line says, by the log-event model (src/log-events): its kind, and for a heartbeat timeout the silence
   * it states and whether it starts an election too. */
  readonly event: Pick<LogEvent, 'kind' | 'silentMs' | 'startsElection'>;
}

// Reads the run's story out of node log lines: one event of each kind per node (the first after the kill).
export function extractTimeline(
  lines: readonly TimedLine[],
  opts: { killedNode: number; killAtMs: number; windowMs: number; nodes: readonly number[]; signal: string; labels?: Readonly<Record<number, string>> },
): Timeline {
  const events: TimelineEvent[] = [{ node: opts.killedNode, kind: 'kill', atMs: 0, label: opts.signal }];
  const seen = new Set<string>();
  let precisionMs = 0;
  let spanMs = 0;
  const add = (node: number, kind: TimelineEventKind, atMs: number, label: string): void => {
    const key = `${node}:${kind}`;
    if (seen.has(key)) return;
    seen.add(key);
    events.push(precisionMs > 0 ? { node, kind, atMs, precisionMs, spanMs, label } : { node, kind, atMs, label });
  };
  const sorted = [...lines].sort((a, b) => a.atMs - b.atMs);
  for (const line of sorted) {
    const atMs = line.atMs - opts.killAtMs;
    precisionMs = line.spanMs ?? 0;
    // Logged by the time the harness read it, which may be before the stamp's stretch ends.
    spanMs = line.arrivalMs === undefined ? precisionMs : Math.max(1, Math.min(precisionMs, line.arrivalMs - line.atMs));
    // Before the kill: the stamp's whole stretch is (a whole-second stamp counts for all of its second), or the
    // harness had read the line before it sent the signal.
    if (atMs + spanMs < -5 || (line.arrivalMs !== undefined && line.arrivalMs < opts.killAtMs)) continue;
    const label = line.text.length > 120 ? `${line.text.slice(0, 117)}...` : line.text;
    const { kind, silentMs, startsElection } = line.event;
    if (line.node === opts.killedNode) {
      if (kind === 'kill') add(line.node, 'shutdown', atMs, label);
      continue;
    }
    if (kind === 'connection-lost') add(line.node, 'connection-lost', atMs, label);
    if (kind === 'heartbeat-timeout') {
      add(line.node, 'heartbeat-timeout', atMs, label);
      if (silentMs !== undefined) add(line.node, 'last-heartbeat', atMs - silentMs, `last message from the leader ${silentMs} ms earlier`);
    }
    // A timeout line often starts the election too ("election timeout fired, becoming candidate").
    if (kind === 'election-started' || startsElection === true) add(line.node, 'candidate', atMs, label);
    if (kind === 'became-leader') add(line.node, 'leader', atMs, label);
  }
  const timeline = { nodes: opts.nodes, killedNode: opts.killedNode, windowMs: opts.windowMs, events: events.sort((a, b) => a.atMs - b.atMs) };
  return opts.labels ? { ...timeline, labels: opts.labels } : timeline;
}
