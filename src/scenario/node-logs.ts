// Every node's log lines as the run goes, each read once into a log-event model event with its own time: the steps
// read detections, elections, step-downs and the demo log's window from here.
import { createLiveEventReader, latestMomentMs, resolveEventNames, stampInWriterZone, type EventPatterns, type LiveEventReader, type LiveReaderOptions, type LogEvent, nodeLabel } from '../log-events/index.js';
import { followLog, type LogFollower } from '../process/follow-log.js';
import { localOffsetMinAt } from '../process/local-zone.js';
import { normalizeLogLine } from '../proof/normalize-paste.js';
import { LOG_POLL_MS } from './scenario-timing.js';

export interface LogLine {
  readonly text: string;
  /** The line's own timestamp (epoch ms; zone-less ones in the harness's zone, which the nodes inherit); an
   * untimestamped line takes the one before it. */
  readonly atMs: number | undefined;
  /** Harness clock when the line was read: the demo log's window, and the log-clock check (lines with a stamp). */
  readonly arrivalMs: number;
  /** Harness clock at the read before, which did not find the line yet: it reached the file after this (undefined: the first read). */
  readonly lookedBeforeMs?: number;
  /** What the line says, by the shared log-event model (the lesson's timing patterns): kind, leader, term, node. */
  readonly event: LogEvent;
  /** The event's kind (shorthand for event.kind). */
  readonly kind: LogEvent['kind'];
}

export interface NodeLogs {
  /** Reads what every log gained since the last poll, now. */
  poll(): void;
  lines(id: number): readonly LogLine[];
  /** Lines of `id` whose stamp may be at or after `fromMs` (and is at or before `toMs`): a whole-second stamp counts for its whole second. */
  linesBetween(id: number, fromMs: number, toMs?: number): readonly LogLine[];
  /** Lines of `id` the harness read after `afterMs` and by `toMs`, whatever their stamps say (the demo log's window). */
  linesArrivedBetween(id: number, afterMs: number, toMs: number): readonly LogLine[];
  /** Minutes east of the harness's zone that `id` writes its zone-less stamps in (0: the harness's own TZ). */
  zoneShiftMin(id: number): number;
  stop(): void;
}

/**
 * One line of a node's log as the harness reads it: the model's event (`node`: the log's node, when known) and its
 * time on the harness clock; an untimestamped line takes `previousAtMs`. The model reads the line as checkPaste
 * would (ANSI codes, CR and no-break spaces normalised); `text` stays as logged. Pure: arrival time and zone passed in.
 */
export function readNodeLine(
  reader: LiveEventReader,
  text: string,
  at: { readonly line: number; readonly node?: string; readonly arrivalMs: number; readonly lookedBeforeMs?: number | undefined; readonly localOffsetMin: number; readonly previousAtMs?: number | undefined },
): LogLine {
  const { event, stampMs } = reader.readAt(normalizeLogLine(text), { line: at.line, arrivalMs: at.arrivalMs, localOffsetMin: at.localOffsetMin, ...(at.node === undefined ? {} : { node: at.node }) });
  return { text, atMs: stampMs ?? at.previousAtMs, arrivalMs: at.arrivalMs, ...(at.lookedBeforeMs === undefined ? {} : { lookedBeforeMs: at.lookedBeforeMs }), event, kind: event.kind };
}

/**
 * A node's lines again with their zone-less stamps read `zoneShiftMin` east of the harness's zone (`localOffsetMinAt`
 * of each arrival): the reader's inferred shift for the node changed after these lines were read. Pure.
 */
export function retimeLines(lines: readonly LogLine[], zoneShiftMin: number, localOffsetMinAt: (atMs: number) => number): LogLine[] {
  let previousAtMs: number | undefined;
  return lines.map((line) => {
    const time = line.event.time;
    // A relative stamp (seconds since boot) has no zone: its time stays.
    const atMs = time ? (stampInWriterZone(time, line.arrivalMs, zoneShiftMin, localOffsetMinAt) ?? line.atMs) : previousAtMs;
    previousAtMs = atMs;
    return { ...line, atMs };
  });
}

/** A node's lines with the leaders and kill targets they name read again through `resolveName` (resolveEventNames). Pure. */
export function renameLines(lines: readonly LogLine[], resolveName: (name: string) => string): LogLine[] {
  return lines.map((line) => {
    const event = resolveEventNames(line.event, resolveName);
    return event === line.event ? line : { ...line, event };
  });
}

// The last moment a line's stamp may stand for: etcd's capnslog raft lines give whole seconds.
function latestAtMs(line: LogLine): number {
  return latestMomentMs(line.atMs!, line.event.time);
}

// One live reader for every node's log: a member id one node logs under its name names that node in the others'.
export function followNodeLogs(logPaths: ReadonlyMap<number, string>, patterns: EventPatterns, peerAddresses?: LiveReaderOptions['peerAddresses']): NodeLogs {
  const lines = new Map<number, LogLine[]>();
  const followers: LogFollower[] = [];
  // Zone-less stamps are read in the harness's TZ, which the nodes inherit, unless a node's own run a whole number of
  // quarter hours off it (a `TZ=` in the --cluster template): then in that node's zone.
  const reader = createLiveEventReader(patterns, { inferWriterClocks: true, ...(peerAddresses === undefined ? {} : { peerAddresses }) });
  for (const [id, path] of logPaths) {
    lines.set(id, []);
    const node = nodeLabel(id);
    const read = (text: string, lookedBeforeMs: number | undefined): void => {
      const own = lines.get(id)!;
      const arrivalMs = Date.now();
      const shift = reader.zoneShiftMin(node);
      const aliasVersion = reader.aliasVersion;
      own.push(readNodeLine(reader, text, { line: own.length, node, arrivalMs, lookedBeforeMs, localOffsetMin: localOffsetMinAt(arrivalMs), previousAtMs: own.at(-1)?.atMs }));
      if (reader.zoneShiftMin(node) !== shift) lines.set(id, retimeLines(own, reader.zoneShiftMin(node), localOffsetMinAt));
      // A member id linked to its node only now: the leaders earlier lines named by it are that node (as in checkPaste).
      if (reader.aliasVersion !== aliasVersion) for (const [other, list] of lines) lines.set(other, renameLines(list, reader.resolveName));
    };
    followers.push(followLog(path, read, { intervalMs: LOG_POLL_MS }));
  }
  return {
    poll: () => followers.forEach((f) => f.poll()),
    lines: (id) => lines.get(id) ?? [],
    linesBetween: (id, fromMs, toMs = Infinity) => (lines.get(id) ?? []).filter((l) => l.atMs !== undefined && latestAtMs(l) >= fromMs && l.atMs <= toMs),
    linesArrivedBetween: (id, afterMs, toMs) => (lines.get(id) ?? []).filter((l) => l.arrivalMs > afterMs && l.arrivalMs <= toMs),
    zoneShiftMin: (id) => reader.zoneShiftMin(nodeLabel(id)),
    stop: () => followers.forEach((f) => f.stop()),
  };
}
