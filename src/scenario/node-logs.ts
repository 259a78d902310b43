// Every node's log lines as the run goes, each with its own timestamp: the steps read detections, elections and
// the demo log's window from here.
import { readLogLine, stampToEpochMs, type EventPatterns, type LogEventKind } from '../log-events/index.js';
import { followLog, type LogFollower } from '../process/follow-log.js';
import { localOffsetMinAt } from '../process/local-zone.js';
import { LOG_POLL_MS } from './scenario-timing.js';

export interface LogLine {
  readonly text: string;
  /** The line's own timestamp (epoch ms; zone-less ones in the harness's zone, which the nodes inherit); an
   * untimestamped line takes the one before it. */
  readonly atMs: number | undefined;
  /** Harness clock when the line was read (for the log-clock check); undefined for a line without a stamp. */
  readonly arrivalMs?: number;
  /** What the line says, by the shared log-event model (the lesson's timing patterns). */
  readonly kind: LogEventKind;
  /** became-leader / follows-leader: the node the line says leads. */
  readonly leader?: string;
}

export interface NodeLogs {
  /** Reads what every log gained since the last poll, now. */
  poll(): void;
  lines(id: number): readonly LogLine[];
  /** Lines of `id` stamped at or after `fromMs` (and at or before `toMs`). */
  linesBetween(id: number, fromMs: number, toMs?: number): readonly LogLine[];
  stop(): void;
}

export function followNodeLogs(logPaths: ReadonlyMap<number, string>, patterns: EventPatterns): NodeLogs {
  const lines = new Map<number, LogLine[]>();
  const followers: LogFollower[] = [];
  for (const [id, path] of logPaths) {
    const own: LogLine[] = [];
    lines.set(id, own);
    const read = (text: string): LogLine => {
      const meaning = readLogLine(text, patterns, { line: own.length, node: `node${id}` });
      const arrivalMs = Date.now();
      const stampMs = meaning.time && stampToEpochMs(meaning.time, { localOffsetMin: localOffsetMinAt(arrivalMs), nearMs: arrivalMs });
      return {
        text,
        atMs: stampMs ?? own.at(-1)?.atMs,
        ...(stampMs === undefined ? {} : { arrivalMs }),
        kind: meaning.kind,
        ...(meaning.leader === undefined ? {} : { leader: meaning.leader }),
      };
    };
    followers.push(followLog(path, (text) => own.push(read(text)), { intervalMs: LOG_POLL_MS }));
  }
  return {
    poll: () => followers.forEach((f) => f.poll()),
    lines: (id) => lines.get(id) ?? [],
    linesBetween: (id, fromMs, toMs = Infinity) => (lines.get(id) ?? []).filter((l) => l.atMs !== undefined && l.atMs >= fromMs && l.atMs <= toMs),
    stop: () => followers.forEach((f) => f.stop()),
  };
}
