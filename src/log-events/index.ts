// The log-event model's API (see README.md): read lines into events, derive leader-at-time and the leader kill.
export { classifyLineText, normalizeNodeToken, type EventPatterns, type LineMeaning, type LineTest } from './classify-line.js';
export { findNodeInPath, nodeLabel } from './attribute-node.js';
export {
  DEFAULT_CONNECTION_PATTERN,
  DEFAULT_HEARTBEAT_PATTERN,
  DEFAULT_KILL_PATTERN,
} from './default-patterns.js';
export { DETECTION_KINDS, type LogEvent, type LogEventKind, type NodeSource, type Stamp, type ClockKind } from './log-event.js';
export {
  findDetection,
  measureDelayMs,
  findNewLeaderFollowed,
  findLeaderAt,
  supersedesLeaderStatement,
  findUntimedKills,
  judgeKills,
  isSameKill,
  SAME_KILL_MS,
  ZONE_EVIDENCE_MS,
  placeEventsOnClock,
  type Detection,
  type EventClock,
  type KillJudgement,
  type LeaderStatement,
  type TimedEventLike,
} from './log-facts.js';
export { compareNodes, createLiveEventReader, readLogEvents, readLogLine, readLogText, resolveEventNames, type LiveEventReader, type LiveLine, type LiveReaderOptions, type LogEvents } from './read-log-events.js';
export { isZoneOffsetMin, stampInWriterZone, stampToEpochMs, zoneShiftMinOf } from './stamp-epoch.js';
export { delayBoundsMs, latestMomentMs, mayBeAtOrAfter, stampSpanMs } from './stamp-span.js';
export { indexLines, type PasteLines } from './paste-lines.js';
export { PROCESS_ZERO_MS, RESTART_BACKSTEP_MS } from './process-clocks.js';
export { printsBarePids, readPgrepFull, type PgrepFull } from './pgrep-command.js';
