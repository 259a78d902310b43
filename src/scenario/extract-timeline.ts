import { ELECTION_STARTED_PATTERN } from '../log-events/default-patterns.js';
import type { LogEventKind } from '../log-events/log-event.js';
import type { Timeline, TimelineEvent, TimelineEventKind } from './timeline.js';

export interface TimedLine {
  readonly node: number;
  /** Epoch ms of the line's timestamp. */
  readonly atMs: number;
  readonly text: string;
  /** What the line says, by the log-event model (src/log-events). */
  readonly kind: LogEventKind;
}
// `.*?` rather than `\D*?`: the kv_node line names the leader ("from leader node1 in 300ms"), whose digit must not stop it.
const SILENT_FOR = /no (message|heartbeat) from (the )?leader\b.*?(\d+)\s*ms\b/i;

// Reads the run's story out of node log lines: one event of each kind per node (the first after the kill).
export function extractTimeline(
  lines: readonly TimedLine[],
  opts: { killedNode: number; killAtMs: number; windowMs: number; nodes: readonly number[]; signal: string; labels?: Readonly<Record<number, string>> },
): Timeline {
  const events: TimelineEvent[] = [{ node: opts.killedNode, kind: 'kill', atMs: 0, label: opts.signal }];
  const seen = new Set<string>();
  const add = (node: number, kind: TimelineEventKind, atMs: number, label: string): void => {
    const key = `${node}:${kind}`;
    if (seen.has(key)) return;
    seen.add(key);
    events.push({ node, kind, atMs, label });
  };
  const sorted = [...lines].sort((a, b) => a.atMs - b.atMs);
  for (const line of sorted) {
    const atMs = line.atMs - opts.killAtMs;
    if (atMs < -5) continue;
    const label = line.text.length > 120 ? `${line.text.slice(0, 117)}...` : line.text;
    if (line.node === opts.killedNode) {
      if (line.kind === 'kill') add(line.node, 'shutdown', atMs, label);
      continue;
    }
    if (line.kind === 'connection-lost') add(line.node, 'connection-lost', atMs, label);
    if (line.kind === 'heartbeat-timeout') {
      add(line.node, 'heartbeat-timeout', atMs, label);
      const silent = SILENT_FOR.exec(line.text);
      if (silent) add(line.node, 'last-heartbeat', atMs - Number(silent[3]), `last message from the leader ${silent[3]} ms earlier`);
    }
    // A timeout line often starts the election too ("election timeout fired, becoming candidate").
    if (line.kind === 'election-started' || (line.kind === 'heartbeat-timeout' && ELECTION_STARTED_PATTERN.test(line.text))) add(line.node, 'candidate', atMs, label);
    if (line.kind === 'became-leader') add(line.node, 'leader', atMs, label);
  }
  const timeline = { nodes: opts.nodes, killedNode: opts.killedNode, windowMs: opts.windowMs, events: events.sort((a, b) => a.atMs - b.atMs) };
  return opts.labels ? { ...timeline, labels: opts.labels } : timeline;
}
