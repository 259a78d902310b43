import type { Timeline, TimelineEvent, TimelineEventKind } from './timeline.js';

export interface TimedLine {
  readonly node: number;
  /** Epoch ms of the line's timestamp. */
  readonly atMs: number;
  readonly text: string;
}

/** A RegExp or a CompiledPattern from src/proof: anything that tests a line. */
export interface TimelinePatterns {
  readonly heartbeat: { test(text: string): boolean };
  readonly connection: { test(text: string): boolean };
}

const CANDIDATE = /becoming (pre-)?candidate|became candidate|starting election|requesting votes/i;
const LEADER = /now leader|became leader|won election|elected leader|is leader\b/i;
const SHUTDOWN = /received SIG(TERM|INT)|shutting down/i;
// `.*?` rather than `\D*?`: the kv_node line names the leader ("from leader node1 in 300ms"), whose digit must not stop it.
const SILENT_FOR = /no (message|heartbeat) from (the )?leader\b.*?(\d+)\s*ms\b/i;

// Reads the run's story out of node log lines: one event of each kind per node (the first after the kill).
export function extractTimeline(
  lines: readonly TimedLine[],
  opts: { killedNode: number; killAtMs: number; windowMs: number; nodes: readonly number[]; patterns: TimelinePatterns; signal: string },
): Timeline {
  const events: TimelineEvent[] = [{ node: opts.killedNode, kind: 'kill', atMs: 0, label: `${opts.signal} sent` }];
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
      if (SHUTDOWN.test(line.text)) add(line.node, 'shutdown', atMs, label);
      continue;
    }
    if (opts.patterns.connection.test(line.text)) add(line.node, 'connection-lost', atMs, label);
    if (opts.patterns.heartbeat.test(line.text)) {
      add(line.node, 'heartbeat-timeout', atMs, label);
      const silent = SILENT_FOR.exec(line.text);
      if (silent) add(line.node, 'last-heartbeat', atMs - Number(silent[3]), `last message from the leader ${silent[3]} ms earlier`);
    }
    if (CANDIDATE.test(line.text)) add(line.node, 'candidate', atMs, label);
    if (LEADER.test(line.text)) add(line.node, 'leader', atMs, label);
  }
  return { nodes: opts.nodes, killedNode: opts.killedNode, windowMs: opts.windowMs, events: events.sort((a, b) => a.atMs - b.atMs) };
}
