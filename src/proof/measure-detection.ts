// The timing check as a function of the log events (src/log-events): which kill killed the then-leader, and how
// long each follower took to notice.
//
// - Kills: every timestamped kill event, judged in time order against who led just before it (log-facts.ts). A
//   kill of a node that was not leading (an earlier run's teardown, a killed follower) is not the demo's kill.
// - With several kills of a then-leader, each is judged; the verdict uses the first one every required follower
//   detected in time, else the first one (KILL_CHOSEN says which and why). A student's own kill record and the
//   leader's own shutdown line a few ms after it are one kill (judgeKills): timed from the record.
// - Leader: the killed node; for a kill line naming no node, whoever the paste says led right before it, else the
//   node most detection lines call "leader nodeN".
// - Per follower (every other node seen): its first heartbeat-timeout and first connection-lost event at or after
//   the kill, by time. Detection = the earlier of the two.
// - Passed when at least timing.followers followers detected within timing.window_ms with timestamps fine enough, and
//   no follower's detection came after the window.
//   Once that holds, problems of further followers are warnings.
// - Timestamps running backwards within one node (on the event lines, in paste order) are a warning, unless they run
//   newest first throughout (a log viewer's listing, newest-first.ts): that is said as info.
import { createFinding, type Finding, type FollowerDetectionUnattributedArgs, type FollowerNoDetectionArgs, type KilledLeaderLedAgainArgs, type KilledLeaderSignaledAgainArgs, type KilledNodeLedOnArgs, type LookedAtLine, type TimestampsBackwardsArgs } from '../findings/finding.js';
import type { ProofTiming } from '../lesson/types.js';
import type { LogEvent, PatternWords } from '../log-events/log-event.js';
import type { Stamp } from '../log-events/parse-timestamp.js';
import { isDetectionKind } from '../log-events/log-event.js';
import { ALL_EVENT_PATTERNS, DEFAULT_CONNECTION_PATTERN, DEFAULT_HEARTBEAT_PATTERN, ELECTION_TIMER_FIRED_PATTERN, EVENT_PATTERN_BIT as BIT, FOLLOWS_LEADER_PATTERN, HEARD_FROM_LEADER_PATTERN, JOB_STOPPED_PATTERN, PAUSE_COMMAND_PATTERN, STEPPED_DOWN_PATTERN } from '../log-events/default-patterns.js';
import { tellsNoLossOf, findDetection, findFollowerDeath, findHeardAfterEnd, findLeaderAt, findOtherOnlyLeader, findNewLifeMs, isAfterOwnEnd, findOtherPidKill, isElectionWon, isLaterLeadersLoss, isPauseKill, isUntimedDetectionOf, isUntimedPidKill, isSameKill, judgeKills, HEARTBEAT_GAP_MAX_MS, LATE_HANDLER_WITHIN_MS, LOST_AFTER_KILL_MS, SAME_KILL_MS, measureDelayMs, placeEventsOnClock, type EventClock, type KillJudgement } from '../log-events/log-facts.js';
import { clockNameOf, formatClockValue, fractionDigitsOf, knownOffsetMin, writtenOffsetMin } from '../log-events/paste-clock.js';
import { delayBoundsMs, latestMomentMs, mayBeAtOrAfter, roundedBackMs, type StampBounds } from '../log-events/stamp-span.js';
import { DAY_MS, parseTimestampAt } from '../log-events/parse-timestamp.js';
import { isKillPipeline, readTypedPipelines } from '../log-events/process-actions.js';
import { RESTART_BACKSTEP_MS } from '../log-events/process-clocks.js';
import { excerptOf, lineAt, lineNumber, lineText, type PasteLines } from '../log-events/paste-lines.js';
import { isDialRefused, readOwnRole, readRetryTurn } from '../log-events/classify-line.js';
import { DATE_WORD, findDelayBetweenDateAndKill, findStopWaitingForExit, LINE_COMMAND, readStatedPid } from '../log-events/scan-lines.js';
import { printsOtherTime } from '../log-events/date-output.js';
import { compareNodes, type LogEvents } from '../log-events/read-log-events.js';
import type { SummaryLine } from '../log-events/student-lines.js';
import { findCandidacyRounds, findRefusalLoop, findTimeoutLoop } from '../log-events/timeout-loop.js';
import { findUnledLife, type UnledLife } from '../log-events/unled-life.js';
import { findTeardown } from '../log-events/teardown-kills.js';
import { isWriterFromWords } from '../log-events/writer-from-words.js';
import { findKilledJobOf } from '../log-events/shell-jobs.js';
import { findAliveChecks, type AliveCheck } from '../log-events/alive-checks.js';
import { FAMILY_NAME, findMentionedNodes, isNumberedNode } from '../log-events/attribute-node.js';
import { addressKey } from '../log-events/address-key.js';
import { findNewestFirst } from '../log-events/newest-first.js';
import { findProgramLossLine } from '../log-events/program-loss-lines.js';
import { findBufferedStdoutBlock } from '../log-events/buffered-stdout-block.js';
import { findEmptyLogSections } from '../log-events/empty-log-sections.js';
import { isLogPrintingCommand } from '../log-events/log-printing-command.js';
import type { CompiledPattern } from './compile-pattern.js';
import { expandRegexPhrases } from './expand-regex-phrases.js';
import type { FollowerMeasurement, Measurements } from './verdict.js';

export interface TimingResult {
  readonly passed: boolean;
  readonly findings: Finding[];
  readonly measurements: Measurements;
  /** The events' times on the paste's one clock (the patterns check places its cited lines by it). */
  readonly clock: EventClock;
  /**
   * The killed node's own lines of the judged kill (1-based, paste order): its shutdown line that is one kill with a
   * student's record (judgeKills, KILL_CHOSEN's ownLine) and its further kill lines judgeKills kept as no kill of their
   * own (the same shutdown going on). The patterns check cites them as the kill's, not as lines after it.
   */
  readonly killOwnLines?: readonly number[];
}

/** The lesson's compiled timing patterns: the report quotes the words of each measured line they match. */
export interface TimingPatterns {
  readonly kill: CompiledPattern;
  readonly heartbeat: CompiledPattern;
  readonly connection: CompiledPattern;
}

// The paste's own words on a measured line: what the pattern that made it a kill/detection matched there (etcd's
// "X is starting a new election" is a timer firing by the model's built-in rule). Reports quote these words
// instead of naming the event, so they never call a line something the paste does not say.
function wordsOn(text: string, patterns: readonly (CompiledPattern | RegExp)[]): string | undefined {
  for (const pattern of patterns) {
    const match = pattern instanceof RegExp ? pattern.exec(text)?.[0] : pattern.exec(text)?.text;
    if (match) return match.trim();
  }
  return undefined;
}

// wordsOn of one lesson pattern, no list to allocate per line.
function patternWordsOn(text: string, pattern: CompiledPattern): string | undefined {
  const match = pattern.exec(text)?.text;
  return match ? match.trim() : undefined;
}

// A detection line's words: when both detection patterns match, what the line says first ("connection to leader
// node1 closed (EOF), waiting for election timeout" noticed the closed connection; the timeout is still to come).
// `may`: the line's EVENT_PATTERN_BIT mask (the literal scan's); a pattern whose bit it lacks cannot match the line.
// `found`: the classifier's match of the line's own pattern on this text (LogEvent.words), when it kept one.
function detectionWordsOn(text: string, patterns: TimingPatterns, kind: string, may: number, found: PatternWords | undefined): string | undefined {
  const lost = kind === 'connection-lost';
  const main = lost ? patterns.connection : patterns.heartbeat;
  const other = lost ? patterns.heartbeat : patterns.connection;
  const otherMay = (may & (lost ? BIT.heartbeat : BIT.connection)) !== 0;
  // The classifier's match on the same text (LogEvent.words: the lesson's pattern where the line's bit let it run, or a
  // localized detection's words, whose lines hold the localized bit alone), else the lesson's pattern where it may match.
  const said = found ?? ((may & (lost ? BIT.connection : BIT.heartbeat)) !== 0 ? main.exec(text) : undefined);
  const words = said?.text.trim();
  if (words) {
    // Only words wholly before the match can come first: the other pattern reads that much of the line.
    const before = said!.index > 0 && otherMay ? other.exec(text.slice(0, said!.index))?.text.trim() : undefined;
    return before || words;
  }
  if (lost) return otherMay ? patternWordsOn(text, patterns.heartbeat) : undefined;
  return wordsOn(text, otherMay ? [ELECTION_TIMER_FIRED_PATTERN, patterns.connection] : [ELECTION_TIMER_FIRED_PATTERN]);
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
const NO_NODES: readonly string[] = [];
const NO_LEADING: ReadonlyMap<string, number> = new Map();
/** Follower lines after the kill shown when a follower did not detect (what the check looked at). */
const LOOKED_AT_LINES = 3;
/** Detection lines tied to no node, quoted when a follower's own detection cannot be told apart from them. */
const UNNAMED_LINES_SHOWN = 3;

type MutableFollower = { -readonly [K in keyof FollowerMeasurement]: FollowerMeasurement[K] };

interface KillOutcome {
  readonly kill: KillJudgement;
  readonly leader: string | undefined;
  readonly leaderFrom: Measurements['leaderFrom'];
  readonly followers: FollowerMeasurement[];
  readonly findings: Finding[];
  readonly detectedInTime: number;
  /** Followers whose first detection came after the window: any one fails the kill, however many others were in time. */
  readonly tooSlow: number;
  /** Followers ended with the leader (killed too, within the window): nothing was left to notice it. */
  readonly endedFollowers: number;
  readonly followerNodes: readonly string[];
  /**
   * The killed node when its followers' lost links name it only as a peer and nothing shows it led (peerOnly): what
   * was killed, but no leader the report may name.
   */
  readonly unshownLeader?: string;
}

// Whether a command printing log lines lies strictly between lines `from` and `to` (0-based): the head scan's
// command lines, read by isLogPrintingCommand. A launch between them (a new run) is none.
function holdsLogPrintingBetween(lines: PasteLines, kinds: ArrayLike<number> | undefined, from: number, to: number): boolean {
  if (kinds === undefined) return false;
  for (let i = Math.min(from, to) + 1; i < Math.max(from, to); i++) if (kinds[i] === LINE_COMMAND && isLogPrintingCommand(lineText(lines, i, 4096))) return true;
  return false;
}

// The events (indices) of each node but `leader` noticing it gone (a heartbeat or election timeout, a lost link,
// naming it as its leader: lines naming no one are too often a peer's or a setting's) after `sinceMs` (when it was shown leading) and before `beforeMs` (a later kill of another
// node): undefined unless every such node has one — then the leader was gone before that kill, with no line of its
// own end (adv54a-22: `kill -9` of n1, then the teardown's SIGTERM of follower n2 read as the kill).
function findLossBefore(events: readonly LogEvent[], times: readonly (number | undefined)[], nodes: readonly string[], leader: string, sinceMs: number, beforeMs: number): number[] | undefined {
  const others = nodes.filter((node) => node !== leader);
  if (others.length === 0) return undefined;
  const first = new Map<string, number>();
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    const t = times[k];
    if (e.node === undefined || e.node === leader || first.has(e.node) || t === undefined || t <= sinceMs || t >= beforeMs) continue;
    if ((e.kind === 'heartbeat-timeout' || e.kind === 'connection-lost') && e.leader === leader) first.set(e.node, k);
  }
  return others.every((node) => first.has(node)) ? others.map((node) => first.get(node)!).sort((a, b) => events[a]!.line - events[b]!.line) : undefined;
}

// A link a line calls another member's, not the leader's: a peer, a remote, a cluster route.
const PEER_LINK_WORDS = /\b(?:peer|remote|route|router)\b/i;
// How soon after a kill a leader's election shows the killed node led (an election timeout or a few).
const ELECTED_AFTER_KILL_MS = 10_000;

// Whether a node claims or is said to lead within ELECTED_AFTER_KILL_MS after the kill at `killAtMs`.
function isLeaderElectedAfter(events: readonly LogEvent[], times: readonly (number | undefined)[], killAtMs: number): boolean {
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    const t = times[k];
    if (t !== undefined && t > killAtMs && t <= killAtMs + ELECTED_AFTER_KILL_MS && (e.kind === 'became-leader' || (e.kind === 'follows-leader' && e.heardFrom !== true))) return true;
  }
  return false;
}

/**
 * The killed node's replacement after its loss (adv58b-09: node1's handler closed its sockets, node2 and node3 lost it
 * `(EOF)`, node2 won term 2, and node1's own `received SIGTERM` came 44 ms after the losses; adv58e-12: a typed `pkill`
 * of node1 after that): every other node lost the killed node, naming it their leader, at most LATE_HANDLER_WITHIN_MS
 * before the kill (its own line or a command naming it) and before the statement
 * of the leader then, and the killed node said nothing of following anyone since. Undefined otherwise (a deposed node
 * that then followed the winner was a follower: adv58b-13). The losses (event indexes) and how long before the kill the
 * first came.
 */
function findReplacedAfterLoss(events: readonly LogEvent[], times: readonly (number | undefined)[], nodes: readonly string[], kill: KillJudgement): { lines: number[]; beforeMs: number } | undefined {
  const killed = kill.killed;
  if (killed === undefined || (kill.event.node !== undefined && kill.event.node !== killed) || kill.leaderThen === undefined) return undefined;
  const sinceMs = kill.atMs - LATE_HANDLER_WITHIN_MS;
  const lost = findLossBefore(events, times, nodes, killed, sinceMs, kill.leaderThen.atMs);
  if (lost === undefined) return undefined;
  const firstMs = Math.min(...lost.map((k) => times[k]!));
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    const t = times[k];
    if (e.node === killed && t !== undefined && t >= firstMs && t < kill.atMs && (e.kind === 'follows-leader' || e.kind === 'vote' || e.kind === 'election-started' || e.kind === 'stepped-down')) return undefined;
  }
  return { lines: lost, beforeMs: kill.atMs - firstMs };
}

export function measureDetection(
  timing: ProofTiming,
  lines: PasteLines,
  read: LogEvents,
  patterns: TimingPatterns,
  where: { file?: string } = {},
  mayMatch?: ArrayLike<number>,
): TimingResult {
  const findings: Finding[] = [];
  const paste = new MeasuredLines(lines, patterns, mayMatch, where.file, read.perTerminalTsLine === undefined ? undefined : lineNumber(lines, read.perTerminalTsLine), read.lineWriters, read.lineStampAt);
  const { events, nodes } = read;
  const clock = placeEventsOnClock(events);
  const times: (number | undefined)[] = new Array(events.length);
  for (let k = 0; k < events.length; k++) times[k] = clock.at(events[k]!);

  // A listing newest first (newest-first.ts): said as such, and its nodes' steps back are its order, no warning.
  const newestFirst = findNewestFirst(events, times);
  if (newestFirst !== undefined) {
    const args = { whole: newestFirst.whole, nodes: newestFirst.nodes, firstLine: lineNumber(lines, newestFirst.first), lastLine: lineNumber(lines, newestFirst.last) };
    findings.push(createFinding('LINES_NEWEST_FIRST', 'info', args, paste.at(newestFirst.first)));
  }
  // Timestamps running backwards within a node, on the event lines, in paste order.
  // Per node (a slot each), the index of its previous timed event: -1 none yet, -2 reported already. A node's lines
  // mostly come together, so the slot is looked up only when the node changes.
  const slotOf = new Map<string, number>();
  const previousOf: number[] = [];
  let slotNode: string | undefined;
  let slot = -1;
  let anyStamp = false;
  for (let k = 0; k < events.length; k++) {
    const event = events[k]!;
    const v = times[k];
    if (v === undefined) continue;
    anyStamp = true;
    // A writer that is no member (a client's output, named after it: scan-lines.ts) is no node whose clock to check.
    if (event.node === undefined || !nodes.includes(event.node)) continue;
    if (event.node !== slotNode) {
      slotNode = event.node;
      slot = slotOf.get(slotNode) ?? -1;
      if (slot < 0) slotOf.set(slotNode, (slot = previousOf.push(-1) - 1));
    }
    const previous = previousOf[slot]!;
    if (previous === -2) continue;
    if (previous === -1 && newestFirst?.nodes.includes(slotNode) === true) {
      previousOf[slot] = -2;
      continue;
    }
    // Backwards only when the line's whole interval is (a whole-second stamp, etcd capnslog's raft lines, after finer
    // stamps of its own second is not), and by more than a process's threads write their lines out of order (ZooKeeper's
    // EOFException line 9 ms before its reader thread's last).
    const previousMs = previous < 0 ? undefined : times[previous]!;
    if (previousMs !== undefined && !mayBeAtOrAfter(v + RESTART_BACKSTEP_MS, event.time, previousMs)) {
      const previousLine = events[previous]!.line;
      // A command typed between the two lines (`grep leader node*.log`, then `tail -n 5 node*.log`) prints the log
      // again from where it chooses: its output starts the node's order afresh.
      if (holdsLogPrintingBetween(lines, read.lineKinds, previousLine, event.line)) {
        previousOf[slot] = k;
        continue;
      }
      // Time going back the way a buffered stdout's block does (a C node's printf into a file): its cause, not "another run?".
      const block = findBufferedStdoutBlock(events, times, k, (line) => lineText(lines, line, 4096));
      const buffered =
        block === undefined
          ? {}
          : { buffered: { firstLine: lineNumber(lines, block.first), lastLine: lineNumber(lines, block.last), overtakenFirstLine: lineNumber(lines, block.overtakenFirst), overtakenLastLine: lineNumber(lines, block.overtakenLast) } };
      const args: TimestampsBackwardsArgs = { node: event.node, backMs: round(previousMs - v), line: lineNumber(lines, event.line), previousLine: lineNumber(lines, previousLine), ...buffered };
      findings.push(createFinding('TIMESTAMPS_BACKWARDS', 'warning', args, paste.at(event.line)));
      previousOf[slot] = -2;
    } else previousOf[slot] = k;
  }

  const measurements = (outcome: KillOutcome | undefined, killed?: KillJudgement): Measurements => {
    const kill = outcome?.kill ?? killed;
    return {
      clock: clock.clock.kind,
      killAtMs: kill === undefined ? null : round(kill.atMs),
      killAt: kill === undefined ? null : formatClockValue(clock.clock.kind, kill.atMs, { zoned: kill.event.time?.zoned, format: kill.event.time?.format, precisionMs: kill.event.time?.precisionMs, offsetMin: writtenOffsetMin(kill.event.time), lineText: lineText(lines, kill.event.line, 4096) }),
      killLine: kill === undefined ? null : lineNumber(lines, kill.event.line),
      killExcerpt: kill === undefined ? null : paste.excerpt(kill.event.line),
      killWords: kill === undefined ? null : (paste.killWords(kill.event) ?? null),
      leader: outcome?.unshownLeader !== undefined ? null : (outcome?.leader ?? kill?.killed ?? null),
      killedNode: kill?.killed ?? outcome?.leader ?? outcome?.unshownLeader ?? null,
      leaderFrom: outcome?.unshownLeader !== undefined ? null : (outcome?.leaderFrom ?? (kill?.killed === undefined ? null : kill.event.node !== undefined ? 'kill-line' : 'kill-line-mention')),
      windowMs: timing.window_ms,
      expectedFollowers: timing.followers,
      nodesSeen: nodes,
      followers: outcome?.followers ?? [],
    };
  };

  if (!anyStamp && !read.anyStamp) {
    // Nothing is measured (measurements keep no kill: killLine is the timed kill the ms count from), but the report
    // says which line was read as the kill, as KILL_LINE_MISSING does for an untimed kill in a timed paste.
    const untimed = findUntimedKill(events);
    const unsummed =
      read.unsummedIncrementalLine !== undefined
        ? { unsummedIncrementalLine: lineNumber(lines, read.unsummedIncrementalLine) }
        : read.sinceStartCommandLine !== undefined
          ? { sinceStartCommandLine: lineNumber(lines, read.sinceStartCommandLine) }
          : {};
    // `tail` headers of files with nothing under them: a log still in its program's buffer when it was killed.
    const emptyFiles = findEmptyLogSections(lines);
    const empty = emptyFiles.length === 0 ? {} : { emptyFiles };
    findings.push(createFinding('TIMESTAMPS_MISSING', 'error', { lines: lines.count, ...(untimed === undefined ? {} : { untimestampedLine: lineNumber(lines, untimed.line) }), ...unsummed, ...empty }, where));
    return { passed: false, findings, measurements: measurements(undefined), clock };
  }
  if (clock.clock.kind !== 'absolute') {
    const midnight = clock.clock.kind === 'time-of-day' ? findMidnight(events, times) : undefined;
    // Only the kill records lack a date (`date +%T.%3N` beside dated node lines): the report names the record, not the paste.
    const undated = clock.clock.mixed === true ? findOnlyUndatedRecord(events) : undefined;
    const args = { clock: clock.clock.kind, mixed: clock.clock.mixed, ...(undated === undefined ? {} : { undatedLine: lineNumber(lines, undated.line) }), ...(clock.clock.format === 'uptime' ? { perProcess: true } : clock.clock.name.startsWith('monotonic@') ? { perMachine: true } : clock.clock.format === 'relative-ms' ? { sinceLoggingMs: true } : clock.clock.format === 'incremental' ? { incrementalStream: true } : {}) };
    findings.push(createFinding('TIMESTAMPS_WITHOUT_DATE', 'info', midnight === undefined ? args : { ...args, midnight: { beforeLine: lineNumber(lines, midnight.before.line), afterLine: lineNumber(lines, midnight.after.line) } }, where));
  }
  if (clock.clock.offClock > 0) {
    const off = events.find((e) => e.time !== undefined && clock.at(e) === undefined)!;
    const ignoredClock = clockNameOf(off.time, off.node, off.machine);
    const used = clock.clock.name;
    findings.push(createFinding('CLOCKS_INCOMPARABLE', 'warning', { clock: used, ignoredClock, ignored: clock.clock.offClock, line: off.line + 1 }, paste.at(off.line)));
  }
  // Zone-less node times read in the zone a zoned kill proves (log-facts.ts): the report says so, and why.
  if (clock.zoneEvidence !== undefined) {
    const { kill, nodes: near, killZoneless, killZoneMin } = clock.zoneEvidence;
    // How the kill's time states its zone: a printed mark, or `date -u` printing UTC with none (Stamp.printedInUtc).
    const utcDate = kill.time?.printedInUtc === true ? { utcDate: true } : {};
    // A zone-less kill: its own zone (the shift differs from it on a clock of the nodes' wall times in a zone of theirs).
    // Zone-less nodes on a time-of-day clock (the kill's wall time): the shift is from the kill's own zone (`…+01:00`
    // over nodes logging UTC: a shift of -60, their zone UTC; adv66c-20).
    const killOffsetMin = killZoneless === true || clock.clock.kind !== 'time-of-day' || kill.time === undefined ? 0 : (knownOffsetMin(kill.time) ?? 0);
    const offsetMin = killZoneless === true ? killZoneMin! : clock.zoneShiftMin + killOffsetMin;
    // With the kill zone-less: the zone the clock first read it in (the nodes' wall clock's), and how far that put it.
    const zoneless = killZoneless === true ? { killZoneless: true, readAsMin: killZoneMin! - clock.zoneShiftMin, shiftMin: clock.zoneShiftMin } : killOffsetMin !== 0 ? { ...utcDate, killZoneMin: killOffsetMin } : utcDate;
    const args = { offsetMin, killLine: lineNumber(lines, kill.line), nodes: near, ...zoneless };
    findings.push(createFinding('TIMESTAMPS_READ_IN_ZONE', 'info', args, paste.at(kill.line)));
  }
  // A kill record read otherwise than as printed (date-output.ts): a 12-hour clock's hour, a zone the shell showed.
  for (const event of events) {
    const time = event.time;
    if (event.kind !== 'kill' || time === undefined || (time.halfDay !== true && time.shellZoneAt === undefined && time.hourFromNodes !== true)) continue;
    const line = lineNumber(lines, event.line);
    // The wall clock it was read as, where that is not what the line shows.
    const readAs = formatClockValue('time-of-day', time.dayMs, { precisionMs: time.precisionMs });
    // A sentence's 12-hour time (the student's "kill at 03:26:17.699" under `… PM` lines) is no record the student printed.
    if (time.halfDay === true && event.timeInWords !== true) findings.push(createFinding('KILL_TIME_TWELVE_HOUR', 'info', { line, readAs }, paste.at(event.line)));
    if (time.hourFromNodes === true) findings.push(createFinding('KILL_TIME_HOUR_FROM_NODES', 'info', { line, readAs }, paste.at(event.line)));
    if (time.shellZoneAt !== undefined) {
      const args = { line, zoneLine: lineNumber(lines, lineAt(lines, time.shellZoneAt)), offsetMin: writtenOffsetMin(time), ...(time.printedInUtc === true ? { utc: true, readAs } : {}), ...(time.zoneName === undefined ? {} : { zoneName: time.zoneName }) };
      findings.push(createFinding('KILL_TIME_IN_SHELL_ZONE', 'info', args, paste.at(event.line)));
    }
  }
  // Node times read 12 h on, a 12-hour clock with no AM/PM (twelve-hour-clock.ts): the first so read, as it reads.
  const twelveHour = events.find((e) => e.kind !== 'kill' && e.time?.readTwelveHoursOn === true);
  if (twelveHour !== undefined) {
    const time = twelveHour.time!;
    const dayMs = (time.dayMs + DAY_MS / 2) % DAY_MS;
    const args = { line: lineNumber(lines, twelveHour.line), printed: formatClockValue('time-of-day', dayMs, { precisionMs: time.precisionMs }), readAs: formatClockValue('time-of-day', time.dayMs, { precisionMs: time.precisionMs }) };
    findings.push(createFinding('NODE_TIMES_TWELVE_HOUR', 'info', args, paste.at(twelveHour.line)));
  }
  // Zone-less node times read in a zone the paste shows (shown-zones.ts), where that zone differs from one another time
  // states (or, on a dated clock, from UTC, which zone-less times are read in otherwise): the report says where it was shown.
  for (const shown of findShownZones(events, clock.clock.kind === 'absolute')) {
    // The shell's zone the zone fit read the host's lines out of (TIMESTAMPS_READ_IN_ZONE says in which they were read).
    if (shown.by === 'shell' && clock.zoneShiftMin !== 0) continue;
    const args = { offsetMin: shown.offsetMin, zoneLine: lineNumber(lines, lineAt(lines, shown.at)), nodes: shown.nodes, by: shown.by };
    findings.push(createFinding('TIMESTAMPS_IN_SHOWN_ZONE', 'info', args, paste.at(shown.first)));
  }
  // A student's summary block (student-lines.ts): its lines were not measured, and the report says so (and, once the
  // followers are measured, where it disagrees with the line measured: sayWhereSummariesDisagree).
  const summaries: { at: number; block: SummaryLine[] }[] = [];
  for (const block of read.summaryLines === undefined ? [] : groupByHeading(read.summaryLines)) {
    summaries.push({ at: findings.length, block });
    findings.push(createFinding('SUMMARY_LINES_NOT_MEASURED', 'info', summaryArgs(lines, block), paste.at(block[0]!.line)));
  }
  // One log shown twice under two section names (repeated-sections.ts): the copy's lines were not counted.
  for (const r of read.repeatedSections ?? []) {
    const args = { node: r.node, firstLine: lineNumber(lines, r.first), lastLine: lineNumber(lines, r.last), sameAs: r.sameAs, sameAsFirstLine: lineNumber(lines, r.sameAsFirst), sameAsLastLine: lineNumber(lines, r.sameAsLast) };
    findings.push(createFinding('SECTION_REPEATED', 'info', args, paste.at(r.first)));
  }
  const mixedZones = findAmbiguousZoneMix(events);
  if (mixedZones) {
    findings.push(createFinding('TIMEZONE_AMBIGUOUS', 'error', mixedZones, paste.at(mixedZones.line - 1)));
    return { passed: false, findings, measurements: measurements(undefined), clock };
  }

  // Each kill is judged against the whole paste (who led then, its shutdown going on, its followers): bounded, so a
  // paste of thousands of runs is refused at once, not judged in minutes (a 7-line run pasted 5000 times took 32 s).
  let timedKills = 0;
  for (const e of events) if (e.kind === 'kill' && clock.at(e) !== undefined) timedKills++;
  if (timedKills > MAX_JUDGED_KILLS) {
    findings.push(createFinding('KILLS_TOO_MANY', 'error', { kills: timedKills, maxKills: MAX_JUDGED_KILLS }, where));
    return { passed: false, findings, measurements: measurements(undefined), clock };
  }
  const kills = markStillRunning(judgeKills(events, clock), read, lines);
  // Every kill the teardown after the followers had noticed a leader whose kill the paste lacks: no kill of the demo.
  const teardown = kills.length === 0 ? undefined : findTeardown(kills, events, clock, timing.window_ms);
  if (kills.length === 0 || teardown !== undefined) {
    const paused = findPause(events);
    // A paste that paused a process: the student's own words of a kill ("killed the leader with ctrl-z") are no kill line.
    // With a teardown, the demo's kill may still be shown untimed (`kill 30972` of the leader's job, no date: adv56f-01).
    const untimed = findUntimedKill(teardown === undefined ? events : events.filter((e) => e.kind === 'kill' && clock.at(e) === undefined), paused !== undefined);
    const pausedArgs: Partial<ReturnType<typeof describePause>> = paused === undefined ? {} : describePause(lines, paused);
    const teardownArgs = teardown === undefined ? {} : { teardown: { leader: teardown.leader, node: teardown.lost.node!, lostLine: lineNumber(lines, teardown.lost.line), killLines: teardown.kills.map((k) => lineNumber(lines, k.event.line)), nodes: teardown.nodes } };
    // The leader's log shown empty (`==> data/node1/node.log <==` with nothing under it): its own line never reached the file.
    const emptyFiles = findEmptyLogSections(lines);
    const emptyArgs = emptyFiles.length === 0 ? {} : { emptyFiles };
    findings.push(
      createFinding(
        'KILL_LINE_MISSING',
        'error',
        { pattern: timing.kill_pattern, ...(untimed === undefined ? {} : { ...describeUntimedKill(lines, untimed, paused !== undefined && paused.line < untimed.line && isPauseOf(paused, untimed)), ...findUntimedNotLeader(events, untimed, lines) }), ...pausedArgs, ...teardownArgs, ...describeIgnoredSignal(events, lines), ...emptyArgs },
        untimed !== undefined ? paste.at(untimed.line) : pausedArgs.pausedLine !== undefined ? { ...where, line: pausedArgs.pausedLine } : teardown !== undefined ? paste.at(teardown.lost.line) : where,
      ),
    );
    return { passed: false, findings, measurements: measurements(undefined), clock };
  }
  // A kill of a node that nobody is said to lead but whose whole life the paste shows without leading (unled-life.ts):
  // a follower's, whatever the kill line's comment says.
  const unled = findUnledKills(lines, events, times, kills);
  // A record after the killed node's own line saying it received its end is no kill of it (isAfterOwnEnd): found once,
  // for the judging and for KILL_CHOSEN's words.
  const afterOwnEnd = new Set(kills.filter((k) => k.ofLeader && isAfterOwnEnd(k, kills, events, clock)));
  // A record of a pid other than the one a later record the leader's own line joins names (findOtherPidKill): another
  // node's process was signalled.
  const otherPid = new Map<KillJudgement, KillJudgement>();
  for (const k of kills) {
    const later = k.ofLeader ? findOtherPidKill(k, kills, events, clock) : undefined;
    if (later !== undefined) otherPid.set(k, later);
  }
  const leaderKills = kills.filter((k) => k.ofLeader && !unled?.has(k) && !afterOwnEnd.has(k) && !otherPid.has(k));
  if (leaderKills.length === 0) {
    // The node the kill was taken to have killed went on leading (findLedOn): nothing was killed that a follower could notice.
    const ledOn = kills.find((k) => k.ledOn !== undefined);
    if (ledOn !== undefined) {
      const node = ledOn.leader!;
      // The kill's signal as classify-line read it (a `date; kill -HUP 4101` timed by the date's output below included).
      const signal = ledOn.event.signal;
      const args: { -readonly [K in keyof KilledNodeLedOnArgs]: KilledNodeLedOnArgs[K] } = {
        node,
        killLine: lineNumber(lines, ledOn.event.line),
        line: lineNumber(lines, ledOn.ledOn!.event.line),
        afterMs: round(ledOn.ledOn!.atMs - ledOn.atMs),
        ...(signal === undefined ? {} : { signal }),
        // Its own act as a member (a vote, following): it lived on as one; its claim or a follower hearing from it: it led on.
        ...(ledOn.ledOn!.event.kind === 'became-leader' || ledOn.ledOn!.event.node !== node ? {} : { asMember: true as const }),
        ...(ledOn.event.node === node ? { ownLine: true as const } : {}),
        // A follower only heard from it again (its heartbeats), no line following it.
        ...(ledOn.event.node === node && ledOn.ledOn!.event.heardFrom === true ? { heardOnly: true as const } : {}),
        // Its own line after the kill: a vote, an election, following the new leader (findOwnActAfterKill), after its own
        // line of the signal when it logged one (the kill line itself, or below a shell record of the kill).
        ...(ledOn.ledOn!.event.node === node ? ownActArgs(ledOn, node, events, clock, lines) : {}),
        // Its own send failing long after (`write to node2 failed: Broken pipe`): its loop ran on.
        ...(ledOn.ledOn!.event.node === node && ledOn.ledOn!.event.sendFailed === true ? { sentOn: true as const } : {}),
      };
      const killed = findKilledInstead(ledOn, node, events, times, timing.window_ms, (l) => lineText(lines, l, 4096));
      if (killed !== undefined) args.killed = killed;
      findings.push(createFinding('KILLED_NODE_LED_ON', 'error', args, paste.at(ledOn.ledOn!.event.line)));
      const leaderFrom = ledOn.killed !== undefined ? 'kill-line-mention' : 'leader-statement';
      return { passed: false, findings, measurements: { ...measurements(undefined, ledOn), leader: node, killedNode: killed ?? null, leaderFrom }, clock };
    }
    // A process check after the kill printed the leader's pid (markStillRunning): it still ran.
    const running = kills.find((k) => k.stillRunning !== undefined);
    if (running !== undefined) {
      const node = running.leader!;
      const still = running.stillRunning!;
      const signal = running.event.signal;
      const args: KilledNodeLedOnArgs = {
        node,
        killLine: lineNumber(lines, running.event.line),
        line: lineNumber(lines, still.pidLine),
        stillRunning: {
          checkLine: lineNumber(lines, still.line),
          pid: still.pid,
          // The kill's own pid printed: it reached the node, which lived on (its handler), no wrong pid.
          ...(running.event.pid !== undefined && String(running.event.pid) === still.pid ? { killedPid: true as const } : {}),
        },
        ...(signal === undefined ? {} : { signal }),
      };
      findings.push(createFinding('KILLED_NODE_LED_ON', 'error', args, paste.at(still.pidLine)));
      return { passed: false, findings, measurements: { ...measurements(undefined, running), leader: node, killedNode: null, leaderFrom: running.killed !== undefined ? 'kill-line-mention' : 'leader-statement' }, clock };
    }
    // Every kill hit a node that was not leading: a follower was killed (its peers' "connection lost" lines are
    // not detections of a dead leader). The first kill while a node led (judgeKills: some kill did; the others, if
    // any, stopped a node before the cluster's first election), else the first of a node whose life shows it followed.
    const kill = kills.find((k) => k.leaderThen !== undefined);
    const unledKill = unled?.entries().next().value;
    if (kill === undefined && unledKill === undefined) {
      // Nobody is said to lead, and the killed node's own kill line says in its role column that it followed (judgeKills).
      const killed = kills.find((k) => k.steppedDown !== undefined) ?? kills[0]!;
      const killLine = lineNumber(lines, killed.event.line);
      // Its own step-down line before the kill (judgeKills), else its kill line's role column.
      const down = killed.steppedDown;
      const roleLine = down === undefined ? killLine : lineNumber(lines, down.line);
      const args = {
        // A kill of no known node: the leader its followers lost, which had stepped down before it (judgeKills).
        killed: killed.killed ?? down!.node!,
        ...(killed.killed === undefined ? { lostByFollowers: true as const } : {}),
        leader: null,
        killLine,
        roleLine,
        roleWords: excerptOf(lineText(lines, down?.line ?? killed.event.line, 4096)),
        ...(down === undefined ? {} : { steppedDownMs: round(killed.atMs - clock.at(down)!) }),
        // Another node's campaign on its hand-over (`received TimeoutNow from node1`) said it, not its own line.
        ...(down !== undefined && down.node !== (killed.killed ?? down.node) ? { handedTo: down.node } : {}),
      };
      findings.push(createFinding('KILLED_NODE_NOT_LEADER', 'error', args, paste.at(killed.event.line)));
      return { passed: false, findings, measurements: { ...measurements(undefined, killed), leader: null, leaderFrom: null }, clock };
    }
    if (kill === undefined) {
      const [killed, life] = unledKill!;
      const roleWords = wordsOn(lineText(lines, life.roleLine, 4096), [STEPPED_DOWN_PATTERN, FOLLOWS_LEADER_PATTERN, HEARD_FROM_LEADER_PATTERN]);
      const args = { killed: killed.killed!, leader: null, killLine: lineNumber(lines, killed.event.line), startupLine: lineNumber(lines, life.startupLine), roleLine: lineNumber(lines, life.roleLine), shutdownLine: lineNumber(lines, life.shutdownLine), ...(roleWords === undefined ? {} : { roleWords }) };
      findings.push(createFinding('KILLED_NODE_NOT_LEADER', 'error', args, paste.at(killed.event.line)));
      const own = life.shutdownLine === killed.event.line ? {} : { killOwnLines: [lineNumber(lines, life.shutdownLine)] };
      return { passed: false, findings, measurements: { ...measurements(undefined, killed), leader: null, leaderFrom: null }, clock, ...own };
    }
    const args: Record<string, unknown> = { killed: kill.killed!, leader: kill.leaderThen!.node, line: lineNumber(lines, kill.leaderThen!.event.line), killLine: lineNumber(lines, kill.event.line) };
    // Shown by a line after the kill (findLeaderAt's orShownAfter): the term it leads, for the report to say why.
    if (kill.leaderThen!.shownAfter === true) args.shownAfter = { term: kill.leaderThen!.event.term! };
    // How a nameless kill was tied to the node (its own shutdown line), and a pause of it that made another lead.
    if (kill.ownLine !== undefined) args.ownLine = { line: lineNumber(lines, kill.ownLine.event.line), afterMs: round(kill.ownLine.atMs - kill.atMs) };
    const paused = findPauseBefore(events, clock, kill);
    if (paused !== undefined) {
      const { pausedLine, pausedWords } = describePause(lines, paused);
      args.paused = pausedWords === undefined ? { line: pausedLine } : { line: pausedLine, words: pausedWords };
    }
    // Every other node had already noticed the leader gone before this kill: its own kill left no line (kill -9).
    const lost = paused === undefined ? findLossBefore(events, times, nodes, kill.leaderThen!.node, kill.leaderThen!.atMs, kill.atMs) : undefined;
    if (lost !== undefined) args.lostBefore = { lines: lost.map((k) => lineNumber(lines, events[k]!.line)) };
    // The killed node's followers lost it, one of them was elected, and only then came its own line of the kill: a late
    // line (a handler that closed its connections first) or a node already replaced — the paste cannot tell which.
    const replaced = lost === undefined && paused === undefined ? findReplacedAfterLoss(events, times, nodes, kill) : undefined;
    if (replaced !== undefined) {
      const losses = replaced.lines.map((k) => lineNumber(lines, events[k]!.line));
      // A command's kill (`pkill -f "kv_node.py --id 1"` at a prompt, adv58e-12), not the node's own line: it came after.
      args.replacedAfterLoss = kill.event.node === undefined ? { lines: losses, beforeMs: round(replaced.beforeMs), byCommand: true } : { lines: losses, beforeMs: round(replaced.beforeMs) };
    }
    // The leader's pid as its own start line states it (`kv_node n1 up pid=4783`): the process to kill (adv75a-16).
    const leaderPid = findStatedLeaderPid(events, clock, paste, kill.leaderThen!.node, kill.atMs);
    if (leaderPid !== undefined) args.leaderPid = leaderPid;
    // At the kill, the line that is wrong; `line` is the one showing who led.
    findings.push(createFinding('KILLED_NODE_NOT_LEADER', 'error', args, paste.at(kill.event.line)));
    const m = measurements(undefined, kill);
    return { passed: false, findings, measurements: { ...m, leader: kill.leaderThen!.node, leaderFrom: 'leader-statement' }, clock };
  }

  // Followers ended with the leader (a second kill, a command ending several nodes) or before it (an untimed kill of a
  // node's pid typed above the leader's: findFollowerDeath) are asked per follower.
  const mayEndFollowers = kills.length > 1 || events.some((e) => e.killedNodes !== undefined || isUntimedPidKill(e));
  const outcomes = leaderKills.map((kill) =>
    judgeKill(kill, mayEndFollowers ? kills : undefined, events, clock, nodes, times, timing, paste),
  );
  // A kill line that names its node (the leader's own shutdown line, `kill node1`) is stronger evidence than one
  // that names none ("load generator stopped", a bare `kill 4242`): the first passing strong kill, else the first
  // passing weak one, else the first in time — a later strong one may be the teardown after the demo (`tail` of logs
  // that go on to the cluster's shutdown), whose kills nobody was left to detect.
  const strong = (o: KillOutcome): boolean => o.kill.killed !== undefined;
  const passes = (o: KillOutcome): boolean => o.detectedInTime >= timing.followers && o.tooSlow === 0;
  // Failing, the first kill in time — unless it ended followers with the leader (a run's teardown: adv56f-21's two
  // followers' SIGINT in one ms, 8 s before the student's timed `date; kill` of a later run) and another kill's
  // followers the paste measures (in time or too slow): then the first of those measuring most. A teardown's advice
  // ("leave both followers running") would repeat whatever the student does.
  const measuredCount = (o: KillOutcome): number => o.detectedInTime + o.tooSlow;
  const mostMeasured = outcomes.reduce((best, o) => (measuredCount(o) > measuredCount(best) ? o : best));
  const firstFailing = outcomes[0]!.endedFollowers > 0 && measuredCount(mostMeasured) > measuredCount(outcomes[0]!) ? mostMeasured : outcomes[0]!;
  // And a kill of a node nothing shows leading (its followers' lost links name it only as a peer: unshownLeader) yields
  // to the first later kill the student typed whose followers the paste measures (adv70f-35: a follower's pid killed 2 s
  // before the leader's); not to a node's own shutdown line, a teardown's Ctrl+C (adv70f-15).
  const shownFailing =
    firstFailing.unshownLeader === undefined ? undefined : outcomes.find((o) => o.unshownLeader === undefined && o.kill.event.node === undefined && o.kill.atMs > firstFailing.kill.atMs && measuredCount(o) > 0);
  const failing = shownFailing ?? firstFailing;
  const chosen = outcomes.find((o) => strong(o) && passes(o)) ?? outcomes.find(passes) ?? failing;
  const passed = passes(chosen);
  // Which kill and why; also for one kill that is two lines (a student's record and the leader's own line).
  const ownLine = chosen.kill.ownLine;
  if (kills.length > 1 || ownLine !== undefined) {
    const args: Record<string, unknown> = {
      line: lineNumber(lines, chosen.kill.event.line),
      node: chosen.leader ?? null,
      reason: passed ? 'detected' : chosen === outcomes[0] ? (chosen.unshownLeader === undefined ? 'first' : 'first-unshown') : chosen === shownFailing ? 'unshown-before' : 'measured',
      // A kill no leader statement places (leaderThen null) within the window after the judged one: its ms from it.
      kills: kills.map((k) => {
        // A kill the node lived through (findLedOn): the line of its own that shows it leading on after it.
        const judged = {
          line: lineNumber(lines, k.event.line),
          node: k.killed ?? null,
          ofLeader: k.ofLeader,
          leaderThen: k.leaderThen?.node ?? null,
          ...(k.ledOn === undefined ? {} : { ledOnLine: lineNumber(lines, k.ledOn.event.line) }),
          // A record after the node's own line saying it received its end (isAfterOwnEnd): that line, and how much later.
          ...(afterOwnEnd.has(k) && k.leader === chosen.kill.leader && chosen.kill.event.node !== undefined
            ? { afterOwnEnd: { line: lineNumber(lines, chosen.kill.event.line), afterMs: round(k.atMs - chosen.kill.atMs) } }
            : {}),
          // A pid other than the leader's, whose own line joins a later record's (findOtherPidKill).
          ...(otherPid.has(k) ? { otherPid: { pid: String(k.event.pid), line: lineNumber(lines, otherPid.get(k)!.event.line), leaderPid: String(otherPid.get(k)!.event.pid) } } : {}),
        };
        const afterMs = k.atMs - chosen.kill.atMs;
        return k !== chosen.kill && k.leaderThen === undefined && afterMs >= 0 && afterMs <= timing.window_ms ? { ...judged, afterMs: round(afterMs) } : judged;
      }),
    };
    if (ownLine !== undefined) args.ownLine = { line: lineNumber(lines, ownLine.event.line), node: chosen.kill.killed!, afterMs: round(ownLine.atMs - chosen.kill.atMs) };
    findings.push(createFinding('KILL_CHOSEN', 'info', args, paste.at(chosen.kill.event.line)));
  }
  // `kill %1` whose job the paste's job table does not show: the report says which job it could not tie to a node.
  const unresolvedJob = chosen.kill.killed === undefined ? findKilledJobOf(lines, chosen.kill.event.line) : undefined;
  if (unresolvedJob !== undefined) {
    findings.push(
      createFinding('KILL_JOB_UNRESOLVED', 'info', { line: lineNumber(lines, unresolvedJob.line), job: unresolvedJob.job, leader: chosen.leader ?? null, leaderFrom: chosen.leaderFrom }, paste.at(unresolvedJob.line)),
    );
  }
  // With enough followers in time, what is wrong with further ones no longer decides the verdict.
  for (let i = 0; i < chosen.findings.length; i++) {
    const finding = chosen.findings[i]!;
    findings.push(passed && finding.severity === 'error' ? createFinding(finding.code, 'warning', finding.args, finding) : finding);
  }
  if (chosen.followerNodes.length < timing.followers) {
    findings.push(
      createFinding(
        'FOLLOWER_MISSING',
        'error',
        {
          expected: timing.followers,
          seen: chosen.followerNodes.length,
          seenNodes: chosen.followerNodes,
          leader: chosen.leader ?? null,
          unattributedDetections: countUnnamedDetections(events),
          ...(read.nonVoters === undefined ? {} : { nonVoters: read.nonVoters.map((v) => ({ node: v.node, line: lineNumber(lines, v.line) })) }),
          ...(read.unlistedWriters === undefined ? {} : { unlisted: read.unlistedWriters.map((u) => ({ ...u, line: lineNumber(lines, u.line) })) }),
        },
        where,
      ),
    );
  }
  const result = { passed: passed && chosen.followerNodes.length >= timing.followers, findings, measurements: measurements(chosen), clock };
  if (summaries.length > 0) sayWhereSummariesDisagree(lines, events, result.measurements.followers, summaries, findings, paste);
  const ownLines = findKillOwnLines(chosen.kill, kills, events, times);
  return ownLines === undefined ? result : { ...result, killOwnLines: ownLines.map((line) => lineNumber(lines, line)) };
}

/** The most timestamped kill lines a paste may hold: a soak of a hundred rounds (three kill lines each: a command and a shutdown line) is judged. */
export const MAX_JUDGED_KILLS = 256;

// A stamp tick of at least this part of the window (a tenth: 30 ms of 300) is too coarse to measure by difference alone.
const COARSE_TICK_WINDOW_PARTS = 10;

// The killed node's own lines of `kill` (0-based, paste order; undefined when none): its own line joined to the
// record, and its later kill lines up to its next kill that judgeKills kept (those it kept are kills of their own).
function findKillOwnLines(kill: KillJudgement, kills: readonly KillJudgement[], events: readonly LogEvent[], times: readonly (number | undefined)[]): number[] | undefined {
  const killed = kill.killed;
  const own = kill.ownLine === undefined ? [] : [kill.ownLine.event.line];
  if (killed === undefined) return own.length > 0 ? own : undefined;
  let untilMs = Infinity;
  for (const k of kills) if (k !== kill && k.killed === killed && k.atMs > kill.atMs && k.atMs < untilMs) untilMs = k.atMs;
  for (let k = 0; k < events.length; k++) {
    const event = events[k]!;
    const t = times[k];
    if (event.kind !== 'kill' || event.node !== killed || event === kill.event || event === kill.ownLine?.event || t === undefined || t < kill.atMs || t >= untilMs) continue;
    if (!kills.some((judged) => judged.event === event)) own.push(event.line);
  }
  return own.length > 0 ? own.sort((a, b) => a - b) : undefined;
}

// The paste's lines as measuring reads them: the 1-based numbers and places findings cite, excerpts, and what a line's
// words say (the lesson's patterns' words on a measured line, its writer's role column, a signal received). One
// object per measureDetection call, its methods shared: no closures made per verdict.
class MeasuredLines {
  constructor(
    readonly lines: PasteLines,
    readonly patterns: TimingPatterns,
    /** Per line, the EVENT_PATTERN_BIT bits of the patterns that can match it (all, without the literal scan's marks). */
    readonly mayMatch: ArrayLike<number> | undefined,
    readonly file: string | undefined,
    /** The paste's first `ts` command of several, one per terminal (LogEvents.perTerminalTsLine), 1-based. */
    readonly perTerminalTsLine?: number,
    /** Per line, its writer as the head scan read it (LogEvents.lineWriters), for lines that hold no event too. */
    readonly writers?: ArrayLike<string | undefined>,
    /** Per line, where its stamp starts (LogEvents.lineStampAt; -1: none). */
    readonly stampAt?: ArrayLike<number>,
  ) {}

  number(line: number): number {
    return lineNumber(this.lines, line);
  }

  at(line: number): { file?: string; line: number } {
    return this.file === undefined ? { line: lineNumber(this.lines, line) } : { file: this.file, line: lineNumber(this.lines, line) };
  }

  text(line: number): string {
    return lineText(this.lines, line, 4096);
  }

  excerpt(line: number): string {
    return excerptOf(this.text(line));
  }

  // Whether line `line` (0-based) has a time of day of its own (`stampAt`: its offset in the paste) before `moment`'s
  // (a client's retry 60 ms before the kill, below the kill's record in paste order); false when either has none.
  isStampedBefore(line: number, moment: Stamp | undefined): boolean {
    const at = this.stampAt?.[line];
    if (moment === undefined || at === undefined || at < 0) return false;
    const stamp = parseTimestampAt(this.lines.text, at, this.lines.ends[line]!);
    // Within half a day before it: a time just past midnight after a kill at 23:59:59.900 is after it (review78b).
    return stamp !== undefined && stamp.dayMs < moment.dayMs && moment.dayMs - stamp.dayMs < DAY_MS / 2;
  }

  /** The process id the line states (`starting kv_node node3 pid=12051`), if any. */
  statedPid(line: number): string | undefined {
    return readStatedPid(this.lines, line);
  }

  may(line: number): number {
    return this.mayMatch === undefined ? ALL_EVENT_PATTERNS : this.mayMatch[line]!;
  }

  killWords(event: LogEvent): string | undefined {
    const line = event.line;
    if ((this.may(line) & BIT.kill) === 0) return undefined;
    if (event.words !== undefined) return event.words.text ? event.words.text.trim() : undefined;
    return patternWordsOn(this.text(line), this.patterns.kill);
  }

  detectionWords(event: LogEvent): string | undefined {
    return detectionWordsOn(this.text(event.line), this.patterns, event.kind, this.may(event.line), event.words);
  }

  /** The line's writer is only a name in its words (writer-from-words.ts). */
  writerFromWords(event: LogEvent): boolean {
    return isWriterFromWords(event, this.text(event.line));
  }

  /** The line's writer labels itself leader in its role column (classify-line.ts readOwnRole). */
  ownRoleLeader(event: LogEvent): boolean {
    return (event.role ?? readOwnRole(this.text(event.line), event.node)) === 'leader';
  }

  /** The kill line says its writer received a signal (`received SIGTERM, shutting down`), not that a part of it stopped. */
  signalReceived(event: LogEvent): boolean {
    return SIGNAL_WORD.test(this.text(event.line));
  }
}

// A signal's name or the word: what a process's own line about the signal it received says.
const SIGNAL_WORD = /\bSIG(?:TERM|INT|KILL|QUIT|HUP)\b|\bsignal\b/i;

// The first kill record of no node holding no date when every other timed line has one (the student's `date
// +%T.%3N` beside dated logs), else undefined.
function findOnlyUndatedRecord(events: readonly LogEvent[]): LogEvent | undefined {
  let record: LogEvent | undefined;
  for (const e of events) {
    if (e.time === undefined || e.time.kind === 'relative' || e.time.kind === 'absolute') continue;
    if (e.node !== undefined || e.kind !== 'kill') return undefined;
    record ??= e;
  }
  return record;
}

// The time of a follower's own start line after `afterMs` when it is the first line the paste shows of it and no later
// line has it following `leader`: the process was started after the kill, and its timeouts are its startup election's
// (adv63b-36's `tail -n 6` of a node3 restarted 145 ms after the kill); else Infinity. (A start line stamped late by a
// pipe, adv55d-10, comes with the node's following the leader it had.)
function findLifeStartedAfterMs(events: readonly LogEvent[], times: readonly (number | undefined)[], node: string, leader: string | undefined, afterMs: number): number {
  let startMs: number | undefined;
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    if (e.node !== node) continue;
    if (startMs === undefined) {
      const t = times[k];
      if (e.kind !== 'startup' || t === undefined || t <= afterMs || leader === undefined) return Infinity;
      startMs = t;
    } else if (e.kind === 'follows-leader' && e.leader === leader) return Infinity;
  }
  return startMs ?? Infinity;
}

// The time of the first kill after `afterMs` of a leader other than the node `kill` ended, or undefined.
function findNextLeaderKillMs(kill: KillJudgement, kills: readonly KillJudgement[] | undefined, afterMs: number): number | undefined {
  let next: number | undefined;
  for (const k of kills ?? []) {
    if (k === kill || !k.ofLeader || k.atMs <= afterMs || k.killed === undefined || k.killed === kill.killed) continue;
    if (next === undefined || k.atMs < next) next = k.atMs;
  }
  return next;
}

function judgeKill(
  kill: KillJudgement,
  kills: readonly KillJudgement[] | undefined,
  events: readonly LogEvent[],
  clock: EventClock,
  nodes: readonly string[],
  times: readonly (number | undefined)[],
  timing: ProofTiming,
  paste: MeasuredLines,
): KillOutcome {
  let leader = kill.killed;
  let leaderFrom: Measurements['leaderFrom'] = kill.event.node !== undefined ? 'kill-line' : kill.killed !== undefined ? 'kill-line-mention' : null;
  if (leader === undefined && kill.leaderThen) [leader, leaderFrom] = [kill.leaderThen.node, 'leader-statement'];
  if (leader === undefined) {
    const votes = new Map<string, number>();
    // The leader the followers' detection lines name ("connection to leader node1 lost").
    for (const event of events) {
      if ((event.kind !== 'heartbeat-timeout' && event.kind !== 'connection-lost') || event.leader === undefined) continue;
      votes.set(event.leader, (votes.get(event.leader) ?? 0) + 1);
    }
    let best = 0;
    for (const [node, count] of votes) if (count > best) [leader, best] = [node, count];
    if (leader !== undefined) leaderFrom = 'detections';
  }
  // Nothing names the killed node, and every lost link after the kill names one peer only (`lost connection to node2:
  // EOF`, adv68f-41): that peer went away with the kill, the node the peer-only rule below asks about.
  // What follows the kill within LOST_AFTER_KILL_MS of its latest moment (a whole-second record's, its second's end).
  const actUntilMs = latestMomentMs(kill.atMs, kill.event.time) + LOST_AFTER_KILL_MS;
  const lostPeer = leader === undefined ? findOnlyLostPeer(events, times, kill.atMs, actUntilMs) : undefined;
  if (lostPeer !== undefined && !isShownLeading(events, lostPeer) && !isLeaderActAfter(events, times, lostPeer, kill.atMs, actUntilMs)) leader = lostPeer;
  // Followers: every node but the leader and nodes killed before this kill that never came back.
  const followerNodes = nodes.filter((node) => node !== leader);
  const killAt = kill.atMs;
  const killPrecision = kill.event.time!.precisionMs;
  // The kill's only time is its shell prompt's, drawn before the command was typed: a floor of the kill's time.
  const promptOnly = kill.event.timeBeforeCommand === true && kill.ownLine === undefined;
  const followers: FollowerMeasurement[] = [];
  const findings: Finding[] = [];
  let detectedInTime = 0;
  let tooSlow = 0;
  let endedFollowers = 0;
  // Found once, on the first follower without a detection of its own.
  let unnamedAfterKill: LogEvent[] | undefined;
  // Found once, on the first follower with a detection: when each node is first said to lead.
  let firstLeadingMs: ReadonlyMap<string, number> | undefined;
  // Whether a leader is elected right after the kill (isLeaderElectedAfter), asked once when nothing says who led.
  let electedAfterKill: boolean | undefined;
  // Whether some follower's lost link after the kill named the killed node only as a peer (peerOnly's peerLost).
  let peerLostSeen = false;
  // Whether some follower lost another leader while only the kill's words named the killed one (namedOnlyByKill).
  let otherLeaderSeen = false;
  // The detection lines of some node (indices into events): each follower's own are among them.
  // The ns a line's stamp and the kill's wrote past the µs (Stamp.nanos), as ms: every delay measured from the kill adds them.
  const nsPastKillMs = (e: LogEvent): number => ((e.time?.nanos ?? 0) - (kill.event.time?.nanos ?? 0)) / 1e6;
  const detectionIndices: number[] = [];
  for (let k = 0; k < events.length; k++) {
    const event = events[k]!;
    if (event.node !== undefined && isDetectionKind(event.kind)) detectionIndices.push(k);
  }
  // One follower's detection line copied for another (findCopiedDetections): the copy detects nothing.
  const copies = findCopiedDetections(events, detectionIndices, (line) => paste.text(line));
  // A detection stamped before its own writer's start line above it, alone out of place (findDetectionsBeforeOwnStart).
  const beforeStarts = findDetectionsBeforeOwnStart(events, detectionIndices, times);
  // A lost link that names the killed node only as a peer (`peer 1 disconnected (EOF)`) is what every node logs when
  // any peer goes away, its leader or not: it shows a follower noticed a dead leader unless the paste shows nothing
  // else — no line showing the killed node led, and after the kill no timer firing (a leader's followers time out; a
  // killed follower's peers do not) and no node leading (adv50-06: a follower killed, the student's grep hiding every
  // line of who led; a leader in a new term after the kill is left the benefit of the doubt, leader-shown-after.test.ts).
  // Or the paste shows its followers losing it before the kill, and nothing of it leading since (adv68f-31/-33/-37: a
  // handover or a re-election whose winner the grep hid): at the kill it was a peer, its lost links a peer's.
  const lossBefore = leader === undefined ? undefined : findLossBeforeKill(events, times, leader, killAt);
  const peerOnly =
    leader !== undefined &&
    // The kill's own line, or a student's record of it (a comment saying who led is no line of it leading: adv52c-30).
    (((leaderFrom === 'kill-line' || leaderFrom === 'kill-line-mention' || leader === lostPeer) && !isShownLeading(events, leader)) || lossBefore !== undefined) &&
    !isLeaderActAfter(events, times, leader, killAt, actUntilMs);
  // Only the kill's typed words name the killed node (`kill 28149   # node1 is the leader`, a pgrep row), and no line
  // shows it leading: a follower's detection naming another leader after the kill, and its election loop after that,
  // are that leader's loss (adv72b-45/-47: node3's "no heartbeat from leader node2" 44 ms after a follower's kill).
  const namedOnlyByKill = leader !== undefined && leaderFrom === 'kill-line-mention' && !isShownLeading(events, leader);
  // The paste's next round's kill: what a follower logs after it is that kill's (below).
  const nextKillMs = findNextLeaderKillMs(kill, kills, killAt + timing.window_ms);
  for (const node of followerNodes) {
    // Ended with the leader or before noticing (findFollowerDeath): its lines from then on are its own end's.
    const death = kills === undefined ? undefined : findFollowerDeath(kill, kills, events, clock, node);
    const detections: { kind: LogEvent['kind']; atMs: number; event: LogEvent }[] = [];
    let before: LogEvent | undefined;
    let beforeMs = 0;
    let timeoutsBefore = 0;
    let lostBefore = 0;
    let untimed: LogEvent | undefined;
    // Some detection names the peer it lost: only then are the other followers asked for (findDetection).
    let withPeer = false;
    let lastDetectionMs = -Infinity;
    // Its first lost link after the kill that names the killed node only as a peer, when that shows nothing (peerOnly).
    let peerLost: LogEvent | undefined;
    let copied: LogEvent | undefined;
    let beforeStart: LogEvent | undefined;
    let leaderless: LogEvent | undefined;
    // Its first loss after the kill of another leader it followed (findOtherLeaderFollowed), and that follow line; the
    // reading per leader named, once (a log of many detections naming one other leader asks it once, not per line).
    let otherLost: { event: LogEvent; followed: LogEvent | undefined } | undefined;
    let otherFollowed: Map<string, LogEvent | undefined> | undefined;
    for (const k of detectionIndices) {
      const event = events[k]!;
      if (event.node !== node) continue;
      // A line telling nothing of losing the leader (log-facts.ts tellsNoLossOf); the first leaderless timer is reported.
      if (tellsNoLossOf(event.kind, event, leader)) {
        if (event.leaderless === true && leaderless === undefined && times[k] !== undefined && times[k]! >= killAt) leaderless = event;
        continue;
      }
      if (copies?.has(event) === true) {
        copied ??= event;
        continue;
      }
      // A timer naming as its leader a live follower of the killed one is another cluster's (adv65b-45).
      if (event.kind === 'heartbeat-timeout' && leader !== undefined && event.leader !== undefined && event.leader !== leader && isOtherClustersTimer(events, times, node, event.leader, leader, killAt, times[k])) continue;
      // A loss of the leader it followed, never the killed one, both named alike (adv65b-13): another cluster's.
      let followed: LogEvent | undefined;
      if (leader !== undefined && event.leader !== undefined && event.leader !== leader) {
        otherFollowed ??= new Map();
        if (!otherFollowed.has(event.leader)) otherFollowed.set(event.leader, findOtherLeaderFollowed(events, node, event.leader, leader));
        followed = otherFollowed.get(event.leader);
      }
      if (followed !== undefined) {
        if (otherLost === undefined && times[k] !== undefined && times[k]! >= killAt) otherLost = { event, followed };
        continue;
      }
      if (
        namedOnlyByKill &&
        times[k] !== undefined &&
        times[k]! >= killAt &&
        (otherLost !== undefined ? event.leader === undefined || event.leader === otherLost.event.leader : event.leader !== undefined && event.leader !== leader && isSameNameForm(event.leader, leader!))
      ) {
        otherLost ??= { event, followed: undefined };
        continue;
      }
      if (beforeStarts?.has(event) === true) {
        beforeStart ??= event;
        continue;
      }
      if (peerOnly && event.kind === 'connection-lost' && event.leader === undefined && event.peer === leader) {
        if (peerLost === undefined && times[k] !== undefined && times[k]! >= killAt) peerLost = event;
        continue;
      }
      const t = times[k];
      if (t === undefined) {
        // An untimed line naming the node only in its words ("no heartbeat timeout on node2 or node3 at all??") is a
        // line about it, a student's question or summary, not its own detection to time.
        if (untimed === undefined && !paste.writerFromWords(event) && isUntimedDetectionOf(events, node, event, leader)) untimed = event;
        continue;
      }
      // Before the kill only when the stamp's whole interval is: a whole-second stamp of the kill's second may be after it.
      if (!mayBeAtOrAfter(t, event.time, killAt - roundedBackMs(kill.event.time))) {
        if (!before || t > beforeMs) [before, beforeMs] = [event, t];
        if (event.kind === 'heartbeat-timeout') timeoutsBefore++;
        else if (event.kind === 'connection-lost') lostBefore++;
        continue;
      }
      // In its death's ms, a line above a component's `append handler stopped` was written while it served; one above its
      // own `received SIGTERM` was not: the signal had come before its handler wrote that line (adv19's `kill %1`).
      if (death !== undefined && (death.withKill || t > death.atMs || (t === death.atMs && (event.line > death.event.line || paste.signalReceived(death.event))))) continue;
      detections.push({ kind: event.kind, atMs: t, event });
      if (t > lastDetectionMs) lastDetectionMs = t;
      if (event.peer !== undefined) withPeer = true;
    }
    // The node's first new life later than the window after the kill (findNewLifeMs): it ran again (a later run of the
    // cluster, a second session pasted under the first), so what it logs after is not this kill's. Past the window,
    // dropping those lines changes no verdict (any of them was too slow), only what the report calls its detection.
    const windowEndMs = killAt + timing.window_ms;
    // Within the window, a new life shown as such (a second start line, a term below its own) came after the kill: the
    // follower was restarted (a supervisor's loop, adv56e-40), and its new process's first timeout knew no leader.
    const shownRestartMs =
      detections.length > 0 ? Math.min(findNewLifeMs(events, (_, k) => times[k], node, killAt, killAt, (line) => paste.statedPid(line)), findLifeStartedAfterMs(events, times, node, leader, latestMomentMs(killAt, kill.event.time))) : Infinity;
    // Past the window, and past the kill's latest moment: a start inside a whole-second kill's second may be before it
    // (adv60d-15: `date +%T` printing 00:02:01, node2 starting at 01.393).
    const lifeAfterMs = Math.max(windowEndMs, latestMomentMs(killAt, kill.event.time));
    const restartMs = shownRestartMs <= windowEndMs ? shownRestartMs : lastDetectionMs > lifeAfterMs ? findNewLifeMs(events, (_, k) => times[k], node, killAt, lifeAfterMs) : Infinity;
    let candidates = restartMs === Infinity ? detections : detections.filter((d) => d.atMs < restartMs);
    // The first detection dropped so, said when no other is left (a clock ahead reads as a later start: adv52c-24).
    const afterStart = restartMs === Infinity ? undefined : detections.find((d) => d.atMs >= restartMs);
    // A kill stamped coarser than the window (a whole second) may come after a detection in its own stretch: a timeout
    // its follower followed or heard the killed leader again after, within that stretch, came before the kill (a stall
    // the leader came back from: adv56b-35's node3 timing out at 58,061 and following node1 again at 58,121).
    if (killPrecision > timing.window_ms && leader !== undefined) candidates = candidates.filter((d) => !isLeaderBackBefore(events, times, node, leader!, d, latestMomentMs(killAt, kill.event.time)));
    // So with a kill timed only by its prompt, drawn before the command was typed: the kill came then or later, so a
    // timeout after which the follower heard the leader again, in its life the kill ended and before the follower took
    // up another leader, came before it (adv72d-53: `[08:48:59.517] … $ kill 11511`, the followers' timeouts at .725,
    // "heartbeat from leader node1 again" at .845).
    if (promptOnly && leader !== undefined && candidates.length > 0) {
      const lifeEndsMs = findNewLifeMs(events, (_, k) => times[k], leader, killAt);
      candidates = candidates.filter((d) => !isLeaderBackBefore(events, times, node, leader!, d, Math.min(lifeEndsMs, findOtherLeaderMs(events, times, node, leader!, d.atMs))));
    }
    // A loss of a leader the follower took up after the kill is that later leader's (a tail cut from after the election).
    candidates = candidates.filter((d) => !isLaterLeadersLoss(events, clock, node, d.event, killAt, leader));
    // A send or dial failing after its own claim to lead since the kill is the new leader's (adv60c-17's `write to node1
    // failed: Broken pipe`, adv60c-18's `replication stream to node1: … Connection refused` after `became leader for term
    // 3`): it wrote to or dialled the old leader as a leader, no follower noticing it gone. (A stream it read from ending
    // is noticed all the same: etcd's new leader after a transfer losing its stream with the stopped one.)
    const reign = candidates.length > 0 ? findOwnReignSince(events, times, node, killAt) : undefined;
    if (reign !== undefined) {
      const afterReign = (d: (typeof candidates)[number]): boolean => d.atMs > reign.atMs || (d.atMs === reign.atMs && d.event.line > reign.line);
      candidates = candidates.filter((d) => !afterReign(d) || !(d.event.sendFailed === true || (d.kind === 'connection-lost' && isDialRefused(paste.text(d.event.line)))));
    }
    // Heard from the leader after its own line said it stopped (findHeardAfterEnd): its stamps from then on time nothing.
    const heardAfterEnd = candidates.length > 0 ? findHeardAfterEnd(kill, events, clock, node) : undefined;
    if (heardAfterEnd !== undefined) candidates = candidates.filter((d) => d.atMs < heardAfterEnd.atMs);
    // Timing out over and over since before the kill, following no leader (timeout-loop.ts): the loop's next turns are
    // no detection; a line naming the killed leader as the one it lost still is. `looped`: the loop's first turn after.
    const loop = timeoutsBefore >= 2 ? findTimeoutLoop(events, times, node, killAt) : undefined;
    let looped: (typeof candidates)[number] | undefined;
    if (loop !== undefined) {
      const namesLeader = (d: (typeof candidates)[number]): boolean => leader !== undefined && d.event.leader === leader;
      for (const d of candidates) if (!namesLeader(d) && (looped === undefined || d.atMs < looped.atMs)) looped = d;
      candidates = candidates.filter(namesLeader);
    }
    // A candidate since a timeout just before the kill (findCandidacyRounds): its rounds after it are no detection.
    const candidacy = loop === undefined && before?.kind === 'heartbeat-timeout' ? findCandidacyRounds(events, times, node, killAt, candidates, 2 * timing.window_ms) : undefined;
    if (candidacy !== undefined) {
      looped = candidacy.next;
      candidates = candidates.filter((d) => !candidacy.rounds.has(d));
    }
    // Refusing to reach the leader over and over since before the kill (findRefusalLoop): the next refusals are no detection.
    const isRefusal = (d: (typeof candidates)[number]): boolean => d.kind === 'connection-lost' && isDialRefused(paste.text(d.event.line));
    const refusing =
      loop === undefined && candidacy === undefined && lostBefore >= 1 && candidates.some(isRefusal)
        ? findRefusalLoop(events, times, node, killAt, (e) => isDialRefused(paste.text(e.line)), (e) => readRetryTurn(paste.text(e.line)))
        : undefined;
    if (refusing !== undefined) {
      for (const d of candidates) if (isRefusal(d) && (looped === undefined || d.atMs < looped.atMs)) looped = d;
      candidates = candidates.filter((d) => !isRefusal(d));
    }
    // Nothing says who led nor which node the kill hit, nor shows a leader elected after it: a lost link its line calls a
    // peer's or a route's (NATS's `127.0.0.1:38714 - rid:8 - Router connection closed: Client Closed`, etcd's `lost TCP
    // streaming connection with remote peer`, adv58d-28/-30), naming no leader, shows no leader lost — any member's death
    // closes those. A leader elected right after the kill (NATS's `Self is new JetStream cluster metadata leader`) shows
    // the killed node led: its links' loss counts (real16-nats-B).
    if (leader === undefined && kill.killed === undefined && (electedAfterKill ??= isLeaderElectedAfter(events, times, killAt)) === false) {
      candidates = candidates.filter((d) => d.kind !== 'connection-lost' || d.event.leader !== undefined || !PEER_LINK_WORDS.test(paste.text(d.event.line)));
    }
    // Logged after a later kill of another leader, past the window (the paste's next round, adv63g-56): that kill's, not
    // this one's, so no late detection of this kill.
    if (nextKillMs !== undefined) candidates = candidates.filter((d) => d.atMs < nextKillMs);
    const otherFollowers = withPeer ? followerNodes.filter((other) => other !== node) : NO_NODES;
    let found = findDetection(candidates, killAt, otherFollowers);
    // A leader's complaint about a follower ("[node3] leader: heartbeat to node1 failed (connection refused)": its own
    // role column says it leads, and the paste has it leading then) is no detection of a dead leader: it had none.
    const leadsFromMs = (firstLeadingMs ??= findFirstLeadingMs(events, times)).get(node);
    while (leadsFromMs !== undefined) {
      const led = [found.heartbeat, found.connection].find(
        (d) => d !== undefined && d.atMs > leadsFromMs && paste.ownRoleLeader(d.event) && findLeaderAt(events, clock, { beforeMs: d.atMs })?.node === node,
      );
      if (led === undefined) break;
      candidates.splice(candidates.indexOf(led), 1);
      found = findDetection(candidates, killAt, otherFollowers);
    }
    const heartbeat = found.heartbeat?.event;
    const connection = found.connection?.event;
    if (!heartbeat && !connection) {
      const looked = findLookedAtEvents(events, times, node, killAt).map((e): LookedAtLine => ({ line: paste.number(e.line), excerpt: paste.excerpt(e.line), ...(paste.writerFromWords(e) ? { wordsOnly: true } : {}) }));
      const untimedWords = untimed === undefined ? undefined : paste.detectionWords(untimed);
      const untimedArgs =
        untimed === undefined
          ? {}
          : {
              untimestampedLine: paste.number(untimed.line),
              ...(untimedWords === undefined ? {} : { untimedWords }),
              ...(untimed.time === undefined ? (paste.perTerminalTsLine === undefined ? {} : { tsPerTerminalLine: paste.perTerminalTsLine }) : { offClock: true as const }),
              ...(untimed.flushStamped === true ? { flushed: true as const } : {}),
            };
      const beforeArgs = before === undefined ? {} : { beforeMs: round(killAt - beforeMs), line: paste.number(before.line) };
      const peerWords = peerLost === undefined ? undefined : paste.detectionWords(peerLost);
      if (peerLost !== undefined) peerLostSeen = true;
      if (otherLost !== undefined && otherLost.followed === undefined) otherLeaderSeen = true;
      const peerArgs = peerLost === undefined ? {} : { peerOnly: { line: paste.number(peerLost.line), leader: leader!, ...(peerWords === undefined ? {} : { words: peerWords }), ...(lossBefore === undefined ? {} : { lostLine: paste.number(lossBefore.line) }) } };
      // Ended later than the window after the kill, it ran the whole window: its end is no reason it did not notice.
      if (death !== undefined && death.atMs <= killAt + timing.window_ms) {
        // Killed too (the same command, its own SIGTERM): nothing was left running to notice; not "logged nothing".
        followers.push({ node, status: 'no-detection' });
        endedFollowers++;
        // One process ran them all (`kill 5120` of an in-process cluster): the report names it and the nodes it ran.
        const shared = death.event.sharedPid === undefined ? {} : { sharedPid: death.event.sharedPid, sharedBy: death.event.killedNodes! };
        if (death.withKill && death.event.kind === 'kill' && kill.event.byName === true && death.event !== kill.event) Object.assign(shared, { byNameKill: true });
        // Its detection line between the two kills (fixw: node3's EOF in the ms of its own SIGINT): said to be its end's.
        const ended = death.atMs > killAt ? detectionIndices.find((k) => events[k]!.node === node && times[k] !== undefined && times[k]! >= killAt && times[k]! <= death.atMs) : undefined;
        const endedWords = ended === undefined ? undefined : paste.detectionWords(events[ended]!);
        const endedArgs = ended === undefined ? {} : { endedDetection: { line: paste.number(events[ended]!.line), ...(endedWords === undefined ? {} : { words: endedWords }) } };
        const args: FollowerNoDetectionArgs = { node, killLine: paste.number(kill.event.line), looked, ...neededPhrases(timing), killedLine: paste.number(death.event.line), ...(death.atMs === -Infinity ? {} : { killedAfterMs: round(death.atMs - killAt) }), ...shared, ...endedArgs, followers: timing.followers };
        findings.push(createFinding('FOLLOWER_NO_DETECTION', 'error', args, paste.at(death.event.line)));
        continue;
      }
      if (looped !== undefined) {
        followers.push({ node, status: 'no-detection' });
        const { first, last, count, periodMs } = loop ?? candidacy?.loop ?? refusing!;
        const args = {
          node,
          leader: leader ?? null,
          killLine: paste.number(kill.event.line),
          line: paste.number(looped.event.line),
          afterMs: round(looped.atMs - killAt),
          firstLine: paste.number(first.line),
          lastLine: paste.number(last.line),
          timeouts: count,
          periodMs: round(periodMs),
          ...(refusing !== undefined ? { refused: true as const } : loop === undefined ? { candidate: true as const } : {}),
        };
        findings.push(createFinding('FOLLOWER_TIMEOUT_LOOP', 'error', args, paste.at(looped.event.line)));
        continue;
      }
      // Detection lines after the kill tied to no node may be this follower's: "logged nothing" would be a guess.
      const unnamed = (unnamedAfterKill ??= findUnnamedDetections(events, times, killAt));
      if (unnamed.length > 0) {
        followers.push({ node, status: before ? 'before-kill-only' : 'no-detection', unattributedDetections: unnamed.length });
        const shown = unnamed.slice(0, UNNAMED_LINES_SHOWN).map((e) => ({ line: paste.number(e.line), excerpt: paste.excerpt(e.line) }));
        const args: FollowerDetectionUnattributedArgs = { node, killLine: paste.number(kill.event.line), unattributed: unnamed.length, unattributedLines: shown, looked, ...beforeArgs, ...untimedArgs };
        findings.push(createFinding('FOLLOWER_DETECTION_UNATTRIBUTED', 'error', args, paste.at(unnamed[0]!.line)));
      } else if (before) {
        followers.push({ node, status: 'before-kill-only' });
        findings.push(createFinding('DETECTION_BEFORE_KILL_ONLY', 'error', { node, ...beforeArgs, killLine: paste.number(kill.event.line), looked, ...peerArgs }, paste.at(before.line)));
      } else {
        followers.push({ node, status: 'no-detection' });
        // Killed itself before it could notice (pkill -f, a follower killed first): the report says so, not "logged nothing".
        const own = untimed === undefined ? findOwnKill(events, times, node, killAt + timing.window_ms) : undefined;
        const ownArgs = own === undefined ? {} : { killedLine: paste.number(own.event.line), killedAfterMs: round(own.atMs - killAt) };
        const start = afterStart === undefined ? undefined : events.find((e, k) => e.node === node && times[k] === restartMs);
        // A new life read from a term lower than its own before (findNewLifeMs), not a start line: the report says so.
        const termBack = start !== undefined && start.kind !== 'startup' && start.term !== undefined ? { termBack: start.term } : {};
        const laterArgs =
          afterStart === undefined || start === undefined
            ? {}
            : {
                laterStart: {
                  line: paste.number(afterStart.event.line),
                  startLine: paste.number(start.line),
                  startAfterMs: round(restartMs - killAt),
                  ...termBack,
                  ...(restartMs === shownRestartMs && restartMs <= windowEndMs ? { restarted: true as const } : {}),
                },
              };
        const heardArgs =
          heardAfterEnd === undefined
            ? {}
            : { heardAfterEnd: { line: paste.number(heardAfterEnd.event.line), endLine: paste.number(heardAfterEnd.end.line), afterMs: round(heardAfterEnd.atMs - heardAfterEnd.endMs) } };
        const copiedArgs = copied === undefined ? {} : { copied: { line: paste.number(copied.line), originalLine: paste.number(copies!.get(copied)!.line), original: copies!.get(copied)!.node! } };
        const startOf = beforeStart === undefined ? undefined : beforeStarts!.get(beforeStart)!;
        const beforeStartArgs =
          beforeStart === undefined || startOf === undefined
            ? {}
            : { beforeOwnStart: { line: paste.number(beforeStart.line), startLine: paste.number(startOf.start.line), beforeMs: round(startOf.beforeMs) } };
        const leaderlessArgs = leaderless === undefined ? {} : { leaderless: paste.number(leaderless.line) };
        const otherArgs =
          otherLost === undefined
            ? {}
            : { otherLeader: { line: paste.number(otherLost.event.line), leader: otherLost.event.leader!, ...(otherLost.followed === undefined ? {} : { followLine: paste.number(otherLost.followed.line) }) } };
        // It went on to follow a new leader, never saying the old one was gone: it voted first (adv75a-02).
        const followed = otherLost === undefined && own === undefined && afterStart === undefined && leader !== undefined ? findFollowedNewLeader(events, times, node, leader, killAt) : undefined;
        const program = paste.writers === undefined ? undefined : findProgramLossLine(paste.lines, paste.writers, node, kill.event.line, (i) => paste.isStampedBefore(i, kill.event.time));
        const programArgs = program === undefined ? {} : { programLine: { line: paste.number(program.line), program: program.program, excerpt: paste.excerpt(program.line) } };
        const followedArgs = followed === undefined ? {} : { followedNew: { line: paste.number(followed.follow.line), leader: followed.follow.leader!, gone: leader!, ...(followed.vote === undefined ? {} : { voteLine: paste.number(followed.vote.line) }) } };
        const args: FollowerNoDetectionArgs = {
          node,
          killLine: paste.number(kill.event.line),
          looked,
          ...neededPhrases(timing),
          ...untimedArgs,
          ...ownArgs,
          ...peerArgs,
          ...laterArgs,
          ...heardArgs,
          ...copiedArgs,
          ...beforeStartArgs,
          ...leaderlessArgs,
          ...otherArgs,
          ...followedArgs,
          ...programArgs,
          followers: timing.followers,
        };
        findings.push(
          createFinding(
            'FOLLOWER_NO_DETECTION',
            'error',
            args,
            untimed !== undefined ? paste.at(untimed.line) : own !== undefined ? paste.at(own.event.line) : {},
          ),
        );
      }
      continue;
    }
    const event = found.first!.event;
    const via = found.via!;
    const words = paste.detectionWords(event);
    // The ns both stamps wrote past the µs (Stamp.nanos) count: a `date +%T.%N` record's `.639884969` is 969 ns past
    // .639884 (adv55g: 119.042 ms, not 119.043), and at exactly the window to the µs they decide: zap's RFC3339Nano
    // `…00.400000489Z` after a kill at `…00.100` is 300.000489 ms, past a 300 ms window.
    const pastMs = nsPastKillMs(event);
    // To the µs first (epoch ms as doubles carry a fraction of a µs of error), then the ns added exactly.
    const exactMs = round(measureDelayMs(found.first!, killAt)) + pastMs;
    let detectionMs = round(exactMs);
    if (detectionMs === timing.window_ms && pastMs !== 0) detectionMs = Math.round(exactMs * 1e6) / 1e6;
    const holdsKill = found.first!.atMs < killAt;
    const precisionMs = Math.max(killPrecision, event.time!.precisionMs);
    // A kill stamped in whole seconds (`14:03:11`, truncated as log times are) with a detection stamped to the ms in
    // that second, below the kill in the paste: the kill came no earlier than the second's start (a prompt's time, drawn
    // before the command ran, too), so the delay is at most detectionMs. Only that bound is used: how late in its
    // second the kill came is unknown (and a detection above the kill may have come before it).
    // Not a time its printer rounded (Stamp.rounded: the kill may be up to half a second before it).
    // A kill timed only by its shell prompt (timeBeforeCommand: no line of the node's own joined it) came at that time
    // or later, however fine the prompt's clock: the delay is at most detectionMs (adv58c-31: `[18:24:11.898] root@devbox
    // ~/raft # kill 23967`); past the window, nothing tells how long the command waited after its prompt (adv58c-03).
    const killBounded =
      (promptOnly && detectionMs <= timing.window_ms) ||
      (killPrecision > timing.window_ms && kill.event.time?.rounded !== true && event.time!.precisionMs <= 1 && detectionMs <= timing.window_ms && event.line > kill.event.line);
    // Stamps in tenths (`15:55:36.2`: 100 ms a tick, a third of the window) whose span reaches past the window: in time
    // not proven (adv48b). Ticks under a tenth of the window (centiseconds, ms) are measured by their difference, as a
    // ms stamp's +300 may stand for 300.999 (test/proof/centisecond-stamps.test.ts).
    const spansPastWindow =
      !killBounded &&
      precisionMs * COARSE_TICK_WINDOW_PARTS >= timing.window_ms &&
      detectionMs <= timing.window_ms &&
      delayBoundsMs(found.first!.atMs, event.time, killAt, kill.event.time).latestMs > timing.window_ms;
    let status: FollowerMeasurement['status'];
    if (promptOnly && !killBounded) {
      status = 'too-coarse';
      const args = { node, precisionMs, windowMs: timing.window_ms, detectionMs, earliestMs: 0, latestMs: detectionMs, promptKillLine: paste.number(kill.event.line), line: paste.number(event.line) };
      findings.push(createFinding('TIMESTAMPS_TOO_COARSE', 'error', args, paste.at(event.line)));
    } else if ((precisionMs > timing.window_ms && !killBounded) || spansPastWindow) {
      status = 'too-coarse';
      const bounds = delayBoundsMs(found.first!.atMs, event.time, killAt, kill.event.time);
      const reach = holdsKill ? { stampHoldsKill: true, line: paste.number(event.line) } : { earliestMs: round(round(bounds.earliestMs) + pastMs), latestMs: round(round(bounds.latestMs) + pastMs) };
      // Only the kill's stamp too coarse (`date +%T`, BSD date's `16:08:41.N`): the report names the kill's line.
      const coarseKill = event.time!.precisionMs <= timing.window_ms && killPrecision > event.time!.precisionMs ? { coarseKillLine: paste.number(kill.event.line), ...(kill.event.time?.literalN === true ? { bsdDate: true } : {}) } : {};
      findings.push(createFinding('TIMESTAMPS_TOO_COARSE', 'error', { node, precisionMs, windowMs: timing.window_ms, detectionMs, ...reach, ...coarseKill }, paste.at(event.line)));
    } else if (detectionMs <= timing.window_ms) {
      status = 'detected';
      detectedInTime++;
      const args: Record<string, unknown> = { node, detectionMs, via, line: paste.number(event.line) };
      if (words !== undefined) args.words = words;
      args.windowMs = timing.window_ms;
      if (promptOnly) args.promptKillLine = paste.number(kill.event.line);
      else if (killBounded) args.killPrecisionMs = killPrecision;
      findings.push(createFinding('FOLLOWER_DETECTED', 'info', args, paste.at(event.line)));
    } else {
      status = 'too-slow';
      tooSlow++;
      // Its time written with fewer fraction digits than its writer's others (`31.35` beside `29.527`): C's `%ld` of the
      // ms, unpadded, writes 31.035 so; the paste alone cannot prove it (adv75a-58), the advice says it. Not when a letter
      // or digit runs on from it (an OCR's `01.27l`: a misread digit, adv67g-38).
      const digits = stampFractionDigits(event.time);
      const after = event.time === undefined ? 0 : paste.lines.text.charCodeAt(event.time.end);
      const shortFraction = (digits === 1 || digits === 2) && !isAsciiAlphanumeric(after) ? events.some((e) => e.node === node && e !== event && stampFractionDigits(e.time) === 3) : false;
      findings.push(
        createFinding(
          'DETECTION_TOO_SLOW',
          'error',
          { node, detectionMs, windowMs: timing.window_ms, overByMs: Math.round((detectionMs - timing.window_ms) * 1e6) / 1e6, via, line: paste.number(event.line), ...(words === undefined ? {} : { words }), ...(shortFraction ? { fractionDigits: digits } : {}) },
          paste.at(event.line),
        ),
      );
    }
    const follower: MutableFollower = { node, status, detectedAtMs: round(found.first!.atMs), detectionMs, via, line: paste.number(event.line), excerpt: paste.excerpt(event.line) };
    if (words !== undefined) follower.words = words;
    if (heartbeat) {
      follower.heartbeatMs = round(measureDelayMs(found.heartbeat!, killAt));
      follower.heartbeatLine = paste.number(heartbeat.line);
      const w = heartbeat === event ? words : paste.detectionWords(heartbeat);
      if (w !== undefined) follower.heartbeatWords = w;
    }
    if (connection) {
      follower.connectionMs = round(measureDelayMs(found.connection!, killAt));
      follower.connectionLine = paste.number(connection.line);
      const w = connection === event ? words : paste.detectionWords(connection);
      if (w !== undefined) follower.connectionWords = w;
    }
    follower.precisionMs = precisionMs;
    if (holdsKill) follower.stampHoldsKill = true;
    if (promptOnly) follower.killBeforeCommand = true;
    // Too coarse to measure: what each line's stamp allows, for the picture's bars (render-paste-picture.ts).
    if (status === 'too-coarse') {
      const boundsOf = (d: { readonly atMs: number; readonly event: LogEvent }): StampBounds => {
        if (promptOnly) return { earliestMs: 0, latestMs: round(d.atMs - killAt) };
        const b = delayBoundsMs(d.atMs, d.event.time, killAt, kill.event.time);
        const ns = nsPastKillMs(d.event);
        return { earliestMs: round(round(b.earliestMs) + ns), latestMs: round(round(b.latestMs) + ns) };
      };
      if (found.heartbeat) follower.heartbeatBoundsMs = boundsOf(found.heartbeat);
      if (found.connection) follower.connectionBoundsMs = boundsOf(found.connection);
    }
    followers.push(follower);
  }
  // No follower noticed anything while the killed leader was back leading within the window: say why.
  const noneNoticed = followers.length > 0 && followers.every((f) => f.status === 'no-detection' || f.status === 'before-kill-only');
  const back = noneNoticed ? findLeaderBack(kill, leader, events, clock, timing.window_ms) : undefined;
  if (back !== undefined) {
    // Paused, it led again once resumed (SIGCONT); else no new life (a startup line, a term gone back) before it led
    // again: its process never exited (adv40 W2).
    const how = isPauseKill(kill.event) ? { paused: true as const } : !showsRestart(events, clock, leader!, kill, back.atMs) ? { restarted: false as const } : {};
    const args: KilledLeaderLedAgainArgs = { node: leader!, killLine: paste.number(kill.event.line), line: paste.number(back.event.line), afterMs: round(back.atMs - killAt), windowMs: timing.window_ms, ...how, followers: timing.followers };
    findings.push(createFinding('KILLED_LEADER_LED_AGAIN', 'info', args, paste.at(back.event.line)));
  }
  // Nor while the killed leader logged a signal again with no restart between: it outlived the kill (adv75a-73).
  const again = noneNoticed && back === undefined && leader !== undefined ? findOwnSignalAgain(kill, leader, events, clock, timing.window_ms) : undefined;
  if (again !== undefined) {
    const args: KilledLeaderSignaledAgainArgs = { node: leader!, killLine: paste.number(again.first.line), line: paste.number(again.event.line), afterMs: round(again.afterMs) };
    findings.push(createFinding('KILLED_LEADER_SIGNALED_AGAIN', 'error', args, paste.at(again.event.line)));
  }
  // A peer the lost links name is no leader the paste shows: the report names none (lostPeer).
  return { kill, leader: lostPeer !== undefined && leader === lostPeer ? undefined : leader, leaderFrom, followers, findings, detectedInTime, tooSlow, followerNodes, endedFollowers, ...((peerLostSeen && detectedInTime === 0) || otherLeaderSeen ? { unshownLeader: leader! } : {}) };
}

// The killed leader leading again within the window (a supervisor's restart: systemd's Restart=, a shell loop; a
// paused one resumed), before any other node: its own claim to lead (not a follower still naming it) after the paste
// shows it died — its own shutdown line of the kill, or a new life (findNewLifeMs: a startup line) after a kill record,
// or the pause itself (isPauseKill) — with no other node's leader statement between its death and the claim.
function findLeaderBack(kill: KillJudgement, leader: string | undefined, events: readonly LogEvent[], clock: EventClock, windowMs: number): { event: LogEvent; atMs: number } | undefined {
  if (leader === undefined) return undefined;
  const untilMs = kill.atMs + windowMs;
  const diedMs =
    kill.ownLine?.atMs ?? (isPauseKill(kill.event) ? kill.atMs : undefined) ?? findOwnDeathMs(events, clock, leader, kill.atMs, untilMs) ?? findNewLifeMs(events, (e) => clock.at(e), leader, kill.atMs);
  if (diedMs > untilMs) return undefined;
  const claim = findLeaderAt(events, clock, { sinceMs: diedMs, beforeMs: untilMs, admits: (node) => node === leader })?.claim;
  if (claim === undefined || claim.atMs <= diedMs || claim.event.node !== leader) return undefined;
  const between = findLeaderAt(events, clock, { sinceMs: diedMs, beforeMs: claim.atMs });
  if (between !== undefined && between.node !== leader) return undefined;
  // The first of its claims since (a role column claims on every line: `node1 LEADER t5 heartbeat -> …`).
  let first: { event: LogEvent; atMs: number } = claim;
  for (const e of events) {
    if (e.kind !== 'became-leader' || e.node !== leader) continue;
    const t = clock.at(e);
    if (t !== undefined && t > diedMs && t < first.atMs) first = { event: e, atMs: t };
  }
  return first;
}

// The pid `node`'s last start line before `beforeMs` states (`kv_node n1 up pid=4783`), with that line's number.
function findStatedLeaderPid(events: readonly LogEvent[], clock: EventClock, paste: MeasuredLines, node: string, beforeMs: number): { pid: string; line: number } | undefined {
  let start: LogEvent | undefined;
  let startMs = -Infinity;
  for (const e of events) {
    if (e.kind !== 'startup' || e.node !== node) continue;
    const t = clock.at(e);
    if (t !== undefined && t < beforeMs && t >= startMs) [start, startMs] = [e, t];
  }
  const pid = start === undefined ? undefined : paste.statedPid(start.line);
  return pid === undefined ? undefined : { pid, line: paste.number(start!.line) };
}

const isAsciiAlphanumeric = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

// `node`'s first line after `killAt` following a leader other than `gone`, and its vote just before it, if any.
function findFollowedNewLeader(events: readonly LogEvent[], times: readonly (number | undefined)[], node: string, gone: string, killAt: number): { follow: LogEvent; vote: LogEvent | undefined } | undefined {
  let follow: LogEvent | undefined;
  let followMs = Infinity;
  events.forEach((e, k) => {
    const t = times[k];
    if (e.node === node && e.kind === 'follows-leader' && e.leader !== undefined && e.leader !== gone && e.leader !== node && t !== undefined && t >= killAt && t < followMs) [follow, followMs] = [e, t];
  });
  if (follow === undefined) return undefined;
  let vote: LogEvent | undefined;
  events.forEach((e, k) => {
    const t = times[k];
    if (e.node === node && e.kind === 'vote' && t !== undefined && t >= killAt && t <= followMs && (vote === undefined || e.line > vote.line)) vote = e;
  });
  return { follow, vote };
}

// How long after its first line of the kill a node's next signal line is read as the same life's: a student's next try
// within seconds; a minute on is likelier another run, its start line filtered out (`grep -h SIGTERM`: review75).
const SIGNALED_AGAIN_MAX_MS = 10_000;

// How many digits a stamp writes after its second (paste-clock.ts fractionDigitsOf); undefined for none or whole seconds.
const stampFractionDigits = (time: LogEvent['time']): number | undefined => (time === undefined || time.precisionMs >= 1000 ? undefined : fractionDigitsOf(time.precisionMs));

// `node`'s own line of a signal at least `gapMs` after its first own line of the kill (the kill's own, or the first from
// the kill's time on), with no line of it between but signals: its process lived on after the kill, idle (a handler
// that logs the signal and carries on logs the next one too; a node that voted or led between is another run's, or
// told elsewhere). Its first line of the kill, that later line and the gap.
function findOwnSignalAgain(kill: KillJudgement, node: string, events: readonly LogEvent[], clock: EventClock, gapMs: number): { first: LogEvent; event: LogEvent; afterMs: number } | undefined {
  let first: { event: LogEvent; atMs: number } | undefined = kill.event.node === node ? { event: kill.event, atMs: kill.atMs } : undefined;
  if (first === undefined) {
    for (const e of events) {
      if (e.kind !== 'kill' || e.node !== node) continue;
      const t = clock.at(e);
      if (t !== undefined && t >= kill.atMs - SAME_KILL_MS && (first === undefined || t < first.atMs)) first = { event: e, atMs: t };
    }
  }
  if (first === undefined) return undefined;
  let again: { event: LogEvent; atMs: number } | undefined;
  for (const e of events) {
    if (e.kind !== 'kill' || e.node !== node || e === first.event) continue;
    const t = clock.at(e);
    if (t !== undefined && t >= first.atMs + gapMs && t <= first.atMs + SIGNALED_AGAIN_MAX_MS && (again === undefined || t < again.atMs)) again = { event: e, atMs: t };
  }
  if (again === undefined) return undefined;
  const firstMs = first.atMs;
  const untilMs = again.atMs;
  const between = events.some((e) => {
    if (e.node !== node || e.kind === 'kill') return false;
    const t = clock.at(e);
    return t !== undefined && t > firstMs && t < untilMs;
  });
  return between ? undefined : { first: first.event, event: again.event, afterMs: untilMs - firstMs };
}

// Whether a line between the kill and `untilMs` shows `node` restarting: its own new life (findNewLifeMs), a startup
// line of no node (systemd's `Started kv@1.service`), or another stop of it (`Stopped kv@1.service`).
function showsRestart(events: readonly LogEvent[], clock: EventClock, node: string, kill: KillJudgement, untilMs: number): boolean {
  if (findNewLifeMs(events, (e) => clock.at(e), node, kill.atMs) <= untilMs) return true;
  return events.some((e) => {
    if (e === kill.event || !((e.kind === 'startup' && e.node === undefined) || (e.kind === 'kill' && e.target === node))) return false;
    const t = clock.at(e);
    return t !== undefined && t >= kill.atMs && t <= untilMs;
  });
}

// The time of `node`'s first own kill line ("SIGTERM, saving state and exiting") from `sinceMs` to `untilMs`, if any.
function findOwnDeathMs(events: readonly LogEvent[], clock: EventClock, node: string, sinceMs: number, untilMs: number): number | undefined {
  let first: number | undefined;
  for (const e of events) {
    if (e.kind !== 'kill' || e.node !== node) continue;
    const t = clock.at(e);
    if (t !== undefined && t >= sinceMs && t <= untilMs && (first === undefined || t < first)) first = t;
  }
  return first;
}

// Per node, the first timed line saying it leads (its own claim, or a peer following it): before it, findLeaderAt
// names it nowhere, so only lines after it need asking.
function findFirstLeadingMs(events: readonly LogEvent[], times: readonly (number | undefined)[]): ReadonlyMap<string, number> {
  let first: Map<string, number> | undefined;
  // Statements naming one leader mostly come in runs (every follower line names it): a run's earliest goes in at its end.
  let runLeader: string | undefined;
  let runMs = Infinity;
  for (let k = 0; k < events.length; k++) {
    const event = events[k]!;
    const t = times[k];
    if ((event.kind !== 'became-leader' && event.kind !== 'follows-leader') || event.leader === undefined || t === undefined) continue;
    if (event.leader !== runLeader) {
      if (runLeader !== undefined) first = keepEarliest(first, runLeader, runMs);
      runLeader = event.leader;
      runMs = t;
    } else if (t < runMs) runMs = t;
  }
  if (runLeader !== undefined) first = keepEarliest(first, runLeader, runMs);
  return first ?? NO_LEADING;
}

// `first` holding `ms` for `leader` unless it holds an earlier time (made on its first entry: most pastes have none).
function keepEarliest(first: Map<string, number> | undefined, leader: string, ms: number): Map<string, number> {
  const map = first ?? new Map<string, number>();
  const known = map.get(leader);
  if (known === undefined || ms < known) map.set(leader, ms);
  return map;
}

// A follower's first LOOKED_AT_LINES events at or after the kill, by time (paste order among equal times).
function findLookedAtEvents(events: readonly LogEvent[], times: readonly (number | undefined)[], node: string, killAt: number): LogEvent[] {
  const after: { event: LogEvent; t: number }[] = [];
  for (let k = 0; k < events.length; k++) {
    const t = times[k];
    if (events[k]!.node !== node || t === undefined || t < killAt) continue;
    if (after.length < LOOKED_AT_LINES || after[after.length - 1]!.t > t) {
      after.push({ event: events[k]!, t });
      after.sort((a, b) => a.t - b.t);
      if (after.length > LOOKED_AT_LINES) after.pop();
    }
  }
  return after.map((e) => e.event);
}

// A follower's own kill no later than `latestMs` after which it logged nothing but kills: it was dead, not silent.
function findOwnKill(events: readonly LogEvent[], times: readonly (number | undefined)[], node: string, latestMs: number): { event: LogEvent; atMs: number } | undefined {
  let own: { event: LogEvent; atMs: number } | undefined;
  for (let k = 0; k < events.length; k++) {
    const event = events[k]!;
    const t = times[k];
    if (event.kind !== 'kill' || t === undefined || t > latestMs || (event.node ?? event.target) !== node) continue;
    if (own === undefined || t > own.atMs) own = { event, atMs: t };
  }
  if (own === undefined) return undefined;
  for (let k = 0; k < events.length; k++) {
    const t = times[k];
    if (events[k]!.node === node && events[k]!.kind !== 'kill' && t !== undefined && t > own.atMs) return undefined;
  }
  return own;
}

// The kills judged of the leader only because nobody is said to lead then, whose node's whole life the paste shows
// without leading: each with the lines that show it (undefined when none).
function findUnledKills(lines: PasteLines, events: readonly LogEvent[], times: readonly (number | undefined)[], kills: readonly KillJudgement[]): Map<KillJudgement, UnledLife> | undefined {
  let unled: Map<KillJudgement, UnledLife> | undefined;
  // A life starts at a startup line (findUnledLife): a paste without one shows none whole.
  if (!holdsStartup(events)) return undefined;
  for (const kill of kills) {
    if (!kill.ofLeader || kill.leaderThen !== undefined || kill.killed === undefined) continue;
    // The node's own shutdown line: the kill's own, or the one that is the same kill as a student's record (isSameKill).
    let shutdown = kill.ownLine?.event ?? (kill.event.node === kill.killed ? kill.event : undefined);
    for (let k = 0; shutdown === undefined && k < events.length; k++) {
      const e = events[k]!;
      if (e.kind === 'kill' && e.node === kill.killed && times[k] !== undefined && isSameKill(kill.atMs, kill.event.time, times[k]!, e.time)) shutdown = e;
    }
    const life = shutdown === undefined ? undefined : findUnledLife(lines, events, kill.killed, shutdown);
    if (life !== undefined) (unled ??= new Map()).set(kill, life);
  }
  return unled;
}

function holdsStartup(events: readonly LogEvent[]): boolean {
  for (let k = 0; k < events.length; k++) if (events[k]!.kind === 'startup') return true;
  return false;
}

// SUMMARY_LINES_NOT_MEASURED's args: each line and the node it names, and the heading over them (null: none, a block
// right after the logs).
function summaryArgs(lines: PasteLines, block: readonly SummaryLine[]): Record<string, unknown> {
  const restated = block.map((s) => ({ line: lineNumber(lines, s.line), node: s.node }));
  const { headingLine } = block[0]!;
  if (headingLine < 0) return { lines: restated, headingLine: null, heading: null };
  return { lines: restated, headingLine: lineNumber(lines, headingLine), heading: excerptOf(lineText(lines, headingLine, 4096)) };
}

// A summary's claim of when a node noticed (its block's earliest detection line of the node) that none of the node's own
// detection lines shows (to the summary's precision) and that is earlier than the detection measured, or states one
// its node's own lines do not show after the kill: the block's note says which line was measured and what the summary
// says instead (`disagree`), as a warning. A later claim flatters nothing: the timing row already shows the line used
// (real-etcd-F's raft lines read as a block under etcd's `[WARNING]` banner restate later elections, no detection).
function sayWhereSummariesDisagree(
  lines: PasteLines,
  events: readonly LogEvent[],
  followers: readonly FollowerMeasurement[],
  summaries: readonly { at: number; block: readonly SummaryLine[] }[],
  findings: Finding[],
  paste: MeasuredLines,
): void {
  for (const { at: index, block } of summaries) {
    const disagree: { line: number; node: string; saidMs: number | null; usedLine: number | null; usedMs: number | null; noOwnLines?: true }[] = [];
    const claims = new Map<string, SummaryLine>();
    for (const s of block) if (isDetectionKind(s.kind) && !(s.time.dayMs >= (claims.get(s.node)?.time.dayMs ?? Infinity))) claims.set(s.node, s);
    for (const [node, s] of claims) {
      const follower = followers.find((f) => f.node === node);
      const within = Math.max(1, s.time.precisionMs);
      // A node only the summary names (adv60e-03: a table row for node3 under node2's tail alone).
      if (follower === undefined && !events.some((e) => e.node === node)) {
        disagree.push({ line: lineNumber(lines, s.line), node, saidMs: null, usedLine: null, usedMs: null, noOwnLines: true });
        continue;
      }
      if (follower === undefined || events.some((e) => e.node === node && isDetectionKind(e.kind) && e.time !== undefined && Math.abs(s.time.dayMs - e.time.dayMs) < within)) continue;
      const used = follower.line === undefined ? undefined : events.find((e) => e.node === node && e.time !== undefined && lineNumber(lines, e.line) === follower.line);
      if (used === undefined || follower.detectionMs === undefined) {
        if (follower.line === undefined) disagree.push({ line: lineNumber(lines, s.line), node, saidMs: null, usedLine: null, usedMs: null });
        continue;
      }
      const apartMs = s.time.dayMs - used.time!.dayMs;
      if (apartMs > 0) continue;
      disagree.push({ line: lineNumber(lines, s.line), node, saidMs: round(follower.detectionMs + apartMs), usedLine: follower.line!, usedMs: follower.detectionMs });
    }
    if (disagree.length > 0) findings[index] = createFinding('SUMMARY_LINES_NOT_MEASURED', 'warning', { ...summaryArgs(lines, block), disagree }, paste.at(block[0]!.line));
  }
}

// Summary lines per block, each block under its own heading (paste order).
function groupByHeading(summary: readonly SummaryLine[]): SummaryLine[][] {
  const blocks: SummaryLine[][] = [];
  for (const line of summary) {
    const last = blocks[blocks.length - 1];
    if (last !== undefined && last[0]!.headingLine === line.headingLine) last.push(line);
    else blocks.push([line]);
  }
  return blocks;
}

/**
 * The zones shown-zones.ts read node lines in, one per place shown, with the nodes (sorted) and the first such line:
 * only those that matter, differing from a zone another stamp states or, on a dated clock (`dated`), from UTC.
 */
function findShownZones(events: readonly LogEvent[], dated: boolean): { offsetMin: number; at: number; by: string; nodes: string[]; first: number }[] {
  const shown = new Map<number, { offsetMin: number; at: number; by: string; nodes: string[]; first: number }>();
  for (const e of events) {
    const zone = e.time?.shownZone;
    if (zone === undefined || e.node === undefined) continue;
    let group = shown.get(zone.at);
    if (group === undefined) shown.set(zone.at, (group = { offsetMin: knownOffsetMin(e.time!)!, at: zone.at, by: zone.by, nodes: [], first: e.line }));
    if (!group.nodes.includes(e.node)) group.nodes.push(e.node);
  }
  if (shown.size === 0) return [];
  const stated = new Set<number>();
  for (const e of events) if (e.time !== undefined && e.time.kind !== 'relative' && e.time.shownZone === undefined && knownOffsetMin(e.time) !== undefined) stated.add(knownOffsetMin(e.time)!);
  return [...shown.values()].filter((g) => [...stated].some((o) => o !== g.offsetMin) || (dated && g.offsetMin !== 0)).map((g) => ({ ...g, nodes: g.nodes.sort(compareNodes) }));
}

// Two lines of a dateless paste read as on either side of midnight (a stamp on the neighbouring day of the paste's
// first one, paste-clock.ts), for TIMESTAMPS_WITHOUT_DATE to name the day boundary: the first line on another day and
// the nearest line of the first day before it in the paste.
function findMidnight(events: readonly LogEvent[], times: readonly (number | undefined)[]): { before: LogEvent; after: LogEvent } | undefined {
  let sameDay: LogEvent | undefined;
  for (let k = 0; k < events.length; k++) {
    const t = times[k];
    const stamp = events[k]!.time;
    if (t === undefined || stamp === undefined) continue;
    // Unwrapped values differ from the time of day by whole days (and by float rounding, µs fractions), plus the hours a
    // stamp of another stated zone was moved by (paste-clock.ts: under half a day).
    const days = Math.round((t - stamp.dayMs) / DAY_MS);
    if (days === 0) {
      sameDay = events[k];
      continue;
    }
    if (sameDay === undefined) continue;
    return days > 0 ? { before: sameDay, after: events[k]! } : { before: events[k]!, after: sameDay };
  }
  return undefined;
}

// Detection lines at or after the kill tied to no node, by time (paste order among equal times).
function findUnnamedDetections(events: readonly LogEvent[], times: readonly (number | undefined)[], killAt: number): LogEvent[] {
  const after: { event: LogEvent; t: number }[] = [];
  for (let k = 0; k < events.length; k++) {
    const event = events[k]!;
    const t = times[k];
    if (event.node !== undefined || t === undefined || !isDetectionKind(event.kind) || !mayBeAtOrAfter(t, event.time, killAt)) continue;
    after.push({ event, t });
  }
  return after.sort((a, b) => a.t - b.t).map((e) => e.event);
}

// Detection lines anywhere in the paste tied to no node.
function countUnnamedDetections(events: readonly LogEvent[]): number {
  let count = 0;
  for (const event of events) if (event.node === undefined && isDetectionKind(event.kind)) count++;
  return count;
}

/** Phrases shown per top-level alternative of a lesson's own detection pattern (`missed (\\d+ )?heartbeats?` → "missed heartbeat"). */
const NEEDED_PHRASE = { gapFillers: [' … '], optional: 'omit', limit: 1 } as const;

/**
 * What the lesson's own heartbeat and connection patterns need a follower's line to say, one phrase per top-level
 * alternative (`expectedHeartbeat`, `expectedConnection`), for the patterns that are not the defaults; the formatter
 * words the defaults itself.
 */
function neededPhrases(timing: ProofTiming): { expectedHeartbeat?: string[]; expectedConnection?: string[] } {
  const phrases = (source: string): string[] => expandRegexPhrases(source, NEEDED_PHRASE).map((alternative) => alternative.phrases[0] ?? alternative.source);
  const needed: { expectedHeartbeat?: string[]; expectedConnection?: string[] } = {};
  if (timing.heartbeat_pattern !== DEFAULT_HEARTBEAT_PATTERN) needed.expectedHeartbeat = phrases(timing.heartbeat_pattern);
  if (timing.connection_pattern !== DEFAULT_CONNECTION_PATTERN) needed.expectedConnection = phrases(timing.connection_pattern);
  return needed;
}

/**
 * A stamp whose zone abbreviation names several zones (`IST`) next to one with a different zone statement (an
 * offset, `UTC`, another abbreviation): no honest difference exists between the two. Stamps that all say `IST`,
 * or `IST` next to zone-less ones, compare as one local clock.
 */
function findAmbiguousZoneMix(events: readonly LogEvent[]): { zone: string; line: number; otherZone: string | null; otherLine: number } | undefined {
  const ambiguous = events.find((e) => e.time?.ambiguousZone !== undefined);
  if (ambiguous === undefined) return undefined;
  const zone = ambiguous.time!.ambiguousZone!;
  const other = events.find((e) => e.time !== undefined && e.time.kind !== 'relative' && (e.time.zoned || (e.time.ambiguousZone !== undefined && e.time.ambiguousZone !== zone)));
  if (other === undefined) return undefined;
  return { zone, line: ambiguous.line + 1, otherZone: other.time!.ambiguousZone ?? null, otherLine: other.line + 1 };
}

// The line that paused a process without ending it: a timed one (`date +%T.%3N; kill -STOP 4101`), else one naming
// its node or pid, else the first (the student's words: "I paused it with kill -STOP").
function findPause(events: readonly LogEvent[]): LogEvent | undefined {
  const pauses = events.filter((e) => e.notKill === 'paused');
  return pauses.find((e) => e.time !== undefined) ?? pauses.find((e) => (e.node ?? e.target) !== undefined || e.pid !== undefined) ?? pauses[0];
}

// A pause of the process `kill` killed (its pid, or the node it names) before the statement of who led then: the pause
// let another node take over (a paused leader sends no heartbeats, so its followers elect a new one).
function findPauseBefore(events: readonly LogEvent[], clock: EventClock, kill: KillJudgement): LogEvent | undefined {
  const statement = kill.leaderThen!.event;
  const statementMs = kill.leaderThen!.atMs;
  return events.find((e) => {
    if (e.notKill !== 'paused' || !((e.pid !== undefined && e.pid === kill.event.pid) || (kill.killed !== undefined && (e.node ?? e.target) === kill.killed))) return false;
    const t = clock.at(e);
    return t === undefined ? e.line < statement.line : t < statementMs;
  });
}

/**
 * Detection lines of one follower that are another's copied (adv55h-09/-10): two writers' detections with one stamp to
 * the µs or finer and the same words once each writer's own name is taken out (`data/node3/node.log:… [node3] WARN
 * connection to leader node1 lost (EOF)` beside node2's): three processes never log in one µs, and a student
 * renaming a line for a follower that never detected leaves both so. Not where a third writer shares the stamp, or a
 * kill line's stamp was a collector's batch time (flush-stamps.ts). The later line in the paste is the copy: copy → the
 * line it copies.
 */
function findCopiedDetections(events: readonly LogEvent[], detections: readonly number[], textOf: (line: number) => string): Map<LogEvent, LogEvent> | undefined {
  let copies: Map<LogEvent, LogEvent> | undefined;
  // A kill line whose stamp a collector's batch time replaced (dropBatchStampedKills): the paste's stamps are batches'.
  if (events.some((e) => e.batchStamped === true)) return undefined;
  // Fine stamps whose digits past the ms are all zero are a ms clock written finer (log4j2's `"nanoOfSecond":172000000`
  // on Java 8, adv68d-45): two followers losing the leader in one ms is no copy.
  if (isMsClockWrittenFiner(events)) return undefined;
  for (let a = 0; a < detections.length; a++) {
    const first = events[detections[a]!]!;
    const time = first.time;
    if (time === undefined || time.precisionMs >= 1) continue;
    for (let b = a + 1; b < detections.length; b++) {
      const second = events[detections[b]!]!;
      if (second.node === first.node || second.time?.ms !== time.ms || second.time.nanos !== time.nanos || second.time.precisionMs !== time.precisionMs) continue;
      const writers = new Set(events.filter((e) => e.node !== undefined && e.time?.ms === time.ms && e.time.nanos === time.nanos).map((e) => e.node));
      if (writers.size > 2) continue;
      const [copy, original] = second.line > first.line ? [second, first] : [first, second];
      if (withoutName(textOf(copy.line), copy.node!) === withoutName(textOf(original.line), original.node!)) (copies ??= new Map()).set(copy, original);
    }
  }
  return copies;
}

// Whether, from the kill to `untilMs` (LOST_AFTER_KILL_MS on), a node other than `node` times out or loses its leader,
// campaigns, wins, or names a leader: what a leader's followers do when it dies, and a killed follower's peers do not
// (a timer 2 s on is the next kill's: adv70f-15). Each node's first such act decides for it: one losing another leader
// (`no heartbeat from leader node1`, after a follower node2 was killed and the real leader node1 stopped too) begins a
// loop of its own elections that are node1's loss, none of them node2's (adv71b-54/-61).
function isLeaderActAfter(events: readonly LogEvent[], times: readonly (number | undefined)[], node: string, killAt: number, untilMs: number): boolean {
  const first = new Map<string, { atMs: number; event: LogEvent }>();
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    const t = times[k];
    if (e.node === undefined || e.node === node || t === undefined || t < killAt || t > untilMs) continue;
    const act = e.kind === 'heartbeat-timeout' || e.kind === 'election-started' || e.kind === 'became-leader' || e.leader !== undefined;
    if (!act) continue;
    const seen = first.get(e.node);
    if (seen === undefined || t < seen.atMs) first.set(e.node, { atMs: t, event: e });
  }
  for (const { event } of first.values()) if (!(isDetectionKind(event.kind) && event.leader !== undefined && event.leader !== node)) return true;
  return false;
}

// The one peer every lost link from the kill to `untilMs` names, none of them naming a leader (`lost connection to
// node2: EOF`), when there are two or more such lines; else undefined.
function findOnlyLostPeer(events: readonly LogEvent[], times: readonly (number | undefined)[], killAt: number, untilMs: number): string | undefined {
  let peer: string | undefined;
  let lines = 0;
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    const t = times[k];
    if (e.kind !== 'connection-lost' || t === undefined || t < killAt || t > untilMs) continue;
    if (e.leader !== undefined || e.peer === undefined || (peer !== undefined && e.peer !== peer)) return undefined;
    peer = e.peer;
    lines++;
  }
  return lines >= 2 ? peer : undefined;
}

// The last follower's timeout naming `leader` before the kill, when no line after it shows `leader` leading (its own
// win, a follower following it or hearing from it) up to the kill; else undefined.
function findLossBeforeKill(events: readonly LogEvent[], times: readonly (number | undefined)[], leader: string, killAt: number): LogEvent | undefined {
  let lostAt = -Infinity;
  let lost: LogEvent | undefined;
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    const t = times[k];
    if (t !== undefined && t < killAt && e.kind === 'heartbeat-timeout' && e.node !== undefined && e.node !== leader && e.leader === leader && t > lostAt) [lostAt, lost] = [t, e];
  }
  if (lost === undefined) return undefined;
  const ledSince = events.some((e, k) => {
    const t = times[k];
    if (t === undefined || t <= lostAt || t >= killAt) return false;
    return (e.kind === 'became-leader' && e.node === leader) || (e.leader === leader && e.node !== leader && (e.kind === 'follows-leader' || e.heardFrom === true));
  });
  return ledSince ? undefined : lost;
}

// Whether every stamp finer than a ms in `events` falls on a whole ms (two or more such stamps).
function isMsClockWrittenFiner(events: readonly LogEvent[]): boolean {
  let fine = 0;
  for (const e of events) {
    const time = e.time;
    if (time === undefined || time.precisionMs >= 1) continue;
    if (!Number.isInteger(time.ms) || time.nanos !== undefined) return false;
    fine++;
  }
  return fine >= 2;
}

/**
 * Detection lines stamped before their own writer's start line listed above them, among lines stamped after that
 * start, alone or in a run of such lines (adv55h-13: node2's `connection to leader node1 lost` stamped 5.9 s before its
 * own `kv_node node2 starting pid=24833` three lines up, between its `following leader node1` and its `voted for node3`,
 * both after the start; adv56e-48: two lines each): a process writes nothing before it starts, so the lines were edited
 * or pasted in from another run, and detect nothing. A rotated older file pasted under the newer one runs back to the
 * end (no line of its writer after it is after the start), or brings its own start line: not this. Asked only of a
 * paste with a start line. Detection → its writer's start above it and how far before it it is.
 */
function findDetectionsBeforeOwnStart(
  events: readonly LogEvent[],
  detections: readonly number[],
  times: readonly (number | undefined)[],
): Map<LogEvent, { readonly start: LogEvent; readonly beforeMs: number }> | undefined {
  if (!events.some((e) => e.kind === 'startup')) return undefined;
  let found: Map<LogEvent, { readonly start: LogEvent; readonly beforeMs: number }> | undefined;
  for (const k of detections) {
    const detection = events[k]!;
    const t = times[k];
    if (t === undefined) continue;
    // Its writer's nearest start line above it.
    let start: LogEvent | undefined;
    let startMs = 0;
    for (let j = 0; j < events.length; j++) {
      const e = events[j]!;
      const at = times[j];
      if (e.node === detection.node && at !== undefined && j !== k && e.line < detection.line && e.kind === 'startup' && (start === undefined || e.line > start.line)) [start, startMs] = [e, at];
    }
    if (start === undefined || latestMomentMs(t, detection.time) + SAME_KILL_MS >= startMs) continue;
    // Below it, its writer's lines go on before the start (no start line of their own among them) and then come back
    // after it: an out-of-place run however long (adv56e-48: node2's EOF and vote 42 s before its start, then its
    // `following leader node3` after it). None after it: an older file pasted under the newer one.
    const back = events.findIndex((e, j) => e.node === detection.node && e.line > detection.line && times[j] !== undefined && times[j]! >= startMs);
    if (back < 0) continue;
    const backLine = events[back]!.line;
    const ownStartBetween = events.some((o, m) => o.node === detection.node && o.kind === 'startup' && o.line > detection.line && o.line < backLine && times[m] !== undefined);
    if (!ownStartBetween) (found ??= new Map()).set(detection, { start, beforeMs: startMs - t });
  }
  return found;
}

// Whether `node` follows or hears `leader` after its detection `after` and by `untilMs` (its own line: the leader was
// alive then) — in the term it followed it before, and before its own first election or other leader after the
// detection (a leader heard then is a new reign's: review, session 73).
function isLeaderBackBefore(events: readonly LogEvent[], times: readonly (number | undefined)[], node: string, leader: string, after: { readonly atMs: number; readonly event: LogEvent }, untilMs: number): boolean {
  const afterMs = after.atMs;
  let termBefore: number | undefined;
  let termBeforeMs = -Infinity;
  let cutoffMs = untilMs;
  events.forEach((e, k) => {
    const t = times[k];
    if (e.node !== node || t === undefined) return;
    if (t <= afterMs) {
      if (e.kind === 'follows-leader' && e.leader === leader && e.term !== undefined && t >= termBeforeMs) [termBefore, termBeforeMs] = [e.term, t];
    } else if (t < cutoffMs && (e.kind === 'election-started' || e.kind === 'became-leader' || (e.kind === 'follows-leader' && e.leader !== leader))) cutoffMs = t;
  });
  return events.some((e, k) => {
    const t = times[k];
    if (e.node !== node || t === undefined || t <= afterMs) return false;
    if (e.leader === leader && (e.kind === 'follows-leader' || e.heardFrom === true)) return t <= cutoffMs && (termBefore === undefined || e.term === undefined || e.term === termBefore);
    // A later timeout of its own naming the leader, stating a silence that began after the detection's latest moment
    // (adv72d-26: "no heartbeat from leader node1 in 459 ms" 2.6 s on): it heard the leader then — unless its own timer
    // was restarted then, by a timeout, an election or a vote of its own (a candidate's next round counts from its last:
    // adv64d-18), or the number is its timer's setting, stated alike by another of its timeouts (`in 380ms` twice).
    if (e.kind !== 'heartbeat-timeout' || e.silentMs === undefined || e.leader !== leader) return false;
    const heardMs = t - e.silentMs;
    if (heardMs <= latestMomentMs(afterMs, after.event.time) + HEARTBEAT_GAP_MAX_MS || heardMs >= cutoffMs) return false;
    return !isOwnTimerRestartAt(events, times, node, heardMs) && !events.some((o) => o !== e && o.node === node && o.kind === 'heartbeat-timeout' && o.silentMs === e.silentMs);
  });
}

// When `node` first takes up a leader other than `leader` after `afterMs` (following it, or leading itself); Infinity if never.
function findOtherLeaderMs(events: readonly LogEvent[], times: readonly (number | undefined)[], node: string, leader: string, afterMs: number): number {
  let firstMs = Infinity;
  events.forEach((e, k) => {
    const t = times[k];
    if (e.node !== node || t === undefined || t <= afterMs || t >= firstMs) return;
    if ((e.kind === 'follows-leader' || e.kind === 'became-leader') && e.leader !== undefined && e.leader !== leader) firstMs = t;
  });
  return firstMs;
}

// Whether `node` timed out, started an election or voted within SAME_KILL_MS of `atMs`: its timer restarted then.
function isOwnTimerRestartAt(events: readonly LogEvent[], times: readonly (number | undefined)[], node: string, atMs: number): boolean {
  return events.some((e, k) => e.node === node && (e.kind === 'heartbeat-timeout' || e.kind === 'election-started' || e.kind === 'vote') && times[k] !== undefined && Math.abs(times[k]! - atMs) <= SAME_KILL_MS);
}

// `text` with every occurrence of `node` (its writer's name) blanked.
const withoutName = (text: string, node: string): string => text.split(node).join('#');

// A node's own line saying it ignored a signal (ignored-signals.ts): KILL_LINE_MISSING's `ignored` (its line, node,
// signal), the first such line.
function describeIgnoredSignal(events: readonly LogEvent[], lines: PasteLines): { ignored?: { line: number; node: string; signal: string } } {
  const e = events.find((event) => event.notKill === 'ignored');
  return e === undefined ? {} : { ignored: { line: lineNumber(lines, e.line), node: e.node!, signal: e.signal ?? 'TERM' } };
}

// KILL_LINE_MISSING's words on a pause: the line holding its words (the command above the time `date` printed for it),
// those words as the paste has them (`kill -STOP`, `[1]+  Stopped`) and the node paused, when known.
function describePause(lines: PasteLines, paused: LogEvent): { pausedLine: number; pausedWords?: string; pausedNode?: string } {
  const wordsOn = (line: number): string | undefined => {
    const text = lineText(lines, line, 4096);
    return (PAUSE_COMMAND_PATTERN.exec(text) ?? JOB_STOPPED_PATTERN.exec(text))?.[0].trim();
  };
  let line = paused.line;
  let words = wordsOn(line);
  if (words === undefined && line > 0 && (words = wordsOn(line - 1)) !== undefined) line--;
  const node = paused.node ?? paused.target;
  return { pausedLine: lineNumber(lines, line), ...(words === undefined ? {} : { pausedWords: words }), ...(node === undefined ? {} : { pausedNode: node }) };
}

// The kill line a report cites when no kill is timed: the first a node's own log holds (its line, or a line of its
// terminal's section: bash's `[1]+ Stopped ./kv_node --id 1 …`), else the first kill command naming its victim (a pid
// or a node: `Stop-Process -Id 9120`, the act, not a sentence about it), else the first at all (the student's prose);
// with `commandsOnly`, none that is only words (no node, no pid).
// The kill line without a time, and the delay between its date and its kill that is why, if any (the date printed a
// time, just not the kill's).
// Whether `pause` paused the process `kill` signals: its pid, or the node both name.
function isPauseOf(pause: LogEvent, kill: LogEvent): boolean {
  if (pause.pid !== undefined && kill.pid !== undefined) return pause.pid === kill.pid;
  const paused = pause.node ?? pause.target;
  return paused !== undefined && paused === (kill.node ?? kill.target);
}

// A BSD date's output row of `%N` (or `%3N`) after the time or epoch seconds, a dot between or none (`1796672656.N`,
// `%s%3N`'s `17966727113N`, `14:44:16.3N`): the letter printed as is (not a typed `date +%T.%3N` row).
const BSD_DATE_N = /^[\d:]*\d\.?\d?N$/;

// `pausedBefore`: a pause stands above the kill (then a time its date printed was set aside for it, not unread).
function describeUntimedKill(
  lines: PasteLines,
  untimed: LogEvent,
  pausedBefore: boolean,
): { untimestampedLine: number; delayBetweenDateAndKill?: string; stopWaitsForExit?: true; offClock?: true; flushed?: true; batched?: true; unreadDateRow?: { line: number; text: string; bsdDate?: true }; pausedDateRow?: { line: number; text: string }; typedDateRow?: { line: number; text: string }; namedRunTimeRow?: { line: number; text: string } } {
  const line = lineNumber(lines, untimed.line);
  // Stamped by a pipe when the node's buffered output was flushed (flush-stamps.ts): a time, but not the kill's.
  if (untimed.flushStamped === true) return { untimestampedLine: line, flushed: true };
  // Stamped by a log collector in one batch with other nodes' lines (flush-stamps.ts dropBatchStampedKills).
  if (untimed.batchStamped === true) return { untimestampedLine: line, batched: true };
  // Stamped, but on another clock than the paste's (a node's own uptime beside other nodes' wall times, adv50b-22; a
  // wall-clock kill beside followers' since-boot stamps, adv55d-22).
  if (untimed.time !== undefined) return { untimestampedLine: line, offClock: true };
  const typed = lineText(lines, untimed.line, 4096);
  const delay = findDelayBetweenDateAndKill(typed);
  if (delay === undefined) {
    // A date ran with the kill, and the row under it is not a time the checker reads (ja_JP's `2026年 12月  6日 日曜日
    // 17:53:47 UTC`, OCR's `l7:52:50.782`, adv67d-18/adv67g-09): the report quotes that row, no "no timestamp".
    const runsDate = DATE_WORD.test(typed);
    const row = untimed.line + 1 < lines.count ? lineText(lines, untimed.line + 1, 200).trim() : '';
    // A kill run by a script's or make target's name, a time alone under it (`make -s kill-leader`, `19:47:24.011`,
    // adv76a-39): the time is what the script printed, shown beside no kill (the report says why it times nothing).
    if (!runsDate && row !== '' && !readTypedPipelines(typed).some(isKillPipeline) && parseTimestampAt(row, 0)?.end === row.length) return { untimestampedLine: line, namedRunTimeRow: { line: line + 1, text: row.slice(0, 80) } };
    if (!runsDate || row === '') return { untimestampedLine: line };
    // A time the checker reads, set aside because the process was paused first (a stopped process takes the signal only
    // once resumed: adv65b-43's Ctrl+Z, then `date; kill 9734` from another terminal).
    if (pausedBefore && parseTimestampAt(row, 0) !== undefined) return { untimestampedLine: line, pausedDateRow: { line: line + 1, text: row.slice(0, 80) } };
    // A date given a time to print (`date -d "13:44:41.400" +%T.%3N`): the time typed, no clock's reading (review74).
    if (printsOtherTime(typed)) return { untimestampedLine: line, typedDateRow: { line: line + 1, text: row.slice(0, 80) } };
    // macOS's (BSD) date has no %N: it prints the letter (`1796672656.N`, `14:44:16.3N`, adv76b-67).
    return { untimestampedLine: line, unreadDateRow: { line: line + 1, text: row.slice(0, 80), ...(BSD_DATE_N.test(row) ? { bsdDate: true as const } : {}) } };
  }
  return delay === findStopWaitingForExit(typed) ? { untimestampedLine: line, delayBetweenDateAndKill: delay, stopWaitsForExit: true } : { untimestampedLine: line, delayBetweenDateAndKill: delay };
}

// KILL_LINE_MISSING's `notLeader`: the untimed kill's node when the paste shows one leader only, another node (adv52b-07:
// `pkill -f 'kv_node --id 1'` while node3's `became leader` and both followers say node3 led) — a timestamp alone would
// not make it the leader's kill.
function findUntimedNotLeader(events: readonly LogEvent[], untimed: LogEvent, lines: PasteLines): { notLeader?: { node: string; leader: string; leaderLine: number } } {
  const node = untimed.node ?? untimed.target;
  const leader = node === undefined ? undefined : findOtherOnlyLeader(events, node)?.first;
  return leader === undefined ? {} : { notLeader: { node: node!, leader: leader.leader!, leaderLine: lineNumber(lines, leader.line) } };
}

function findUntimedKill(events: readonly LogEvent[], commandsOnly = false): LogEvent | undefined {
  return (
    events.find((e) => e.kind === 'kill' && e.node !== undefined) ??
    events.find((e) => e.kind === 'kill' && (e.pid !== undefined || (!commandsOnly && e.target !== undefined))) ??
    (commandsOnly ? undefined : events.find((e) => e.kind === 'kill'))
  );
}


// The node a kill that left its taken leader leading ended instead (KILLED_NODE_LED_ON's `killed`): the one other
// writer silent from SAME_KILL_MS after the kill on, whose loss a peer's lost connection names within the window
// (`append to node2 failed: EOF`, `peer node2 stream closed: EOF`). Undefined unless exactly one node fits.
function findKilledInstead(kill: KillJudgement, leader: string, events: readonly LogEvent[], times: readonly (number | undefined)[], windowMs: number, text: (line: number) => string): string | undefined {
  const quietFromMs = latestMomentMs(kill.atMs, kill.event.time) + SAME_KILL_MS;
  const writers = new Set<string>();
  const heardAfter = new Set<string>();
  const lost = new Set<string>();
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    const t = times[k];
    if (e.node === undefined || t === undefined) continue;
    writers.add(e.node);
    if (t > quietFromMs) heardAfter.add(e.node);
    if (e.kind !== 'connection-lost' || t < kill.atMs || t > kill.atMs + windowMs) continue;
    for (const named of findMentionedNodes(text(e.line))) if (named !== e.node) lost.add(named);
  }
  let killed: string | undefined;
  for (const node of writers) {
    if (node === leader || heardAfter.has(node) || !lost.has(node)) continue;
    if (killed !== undefined) return undefined;
    killed = node;
  }
  return killed;
}

// Whether a line shows `node` leading: its own claim, a follower following it, or a detection naming it the leader.
function isShownLeading(events: readonly LogEvent[], node: string): boolean {
  // Another node's line naming it leader; not a line no node wrote (a student's `# node2 is the leader`: adv52c-30).
  return events.some((e) => (e.kind === 'became-leader' && e.node === node) || (e.leader === node && e.node !== undefined && e.node !== node));
}

// KILLED_NODE_LED_ON's args for the killed node's own act after the kill: `ownAct`, and the node's own line of the
// signal (`ownLine` when it is the kill line, else `signalLine`) when one stands between the kill and the act.
function ownActArgs(kill: KillJudgement, node: string, events: readonly LogEvent[], clock: EventClock, lines: PasteLines): { ownAct: true; ownLine?: true; signalLine?: number } {
  if (kill.event.node === node) return { ownAct: true, ownLine: true };
  const actMs = kill.ledOn!.atMs;
  const own =
    kill.ownLine?.event ??
    events.find((e) => {
      if (e.kind !== 'kill' || e.node !== node) return false;
      const t = clock.at(e);
      return t !== undefined && t >= kill.atMs - SAME_KILL_MS && t <= actMs;
    });
  return own === undefined ? { ownAct: true } : { ownAct: true, ownLine: true, signalLine: lineNumber(lines, own.line) };
}

// The kills of the leader that a process check typed after them (the lesson's `pgrep -f "kv_node.*--id 1" || echo
// "leader process is dead"`) shows did not end it: it printed the killed pid, or, for a kill of no known pid (the
// leader's own line, a pkill), a pid under a pattern naming the leader with no start line of it between (a restarted
// node has a new pid). Those kill no leader (KILLED_NODE_LED_ON with stillRunning).
function markStillRunning(kills: KillJudgement[], read: LogEvents, lines: PasteLines): KillJudgement[] {
  const kinds = read.lineKinds;
  if (kinds === undefined) return kills;
  // The paste's checks, found once for all its kills (from the first kill's line on).
  let checks: AliveCheck[] | undefined;
  for (let k = 0; k < kills.length; k++) {
    const kill = kills[k]!;
    if (!kill.ofLeader || kill.ledOn !== undefined || kill.leader === undefined) continue;
    const pid = kill.event.pid === undefined ? undefined : String(kill.event.pid);
    checks ??= findAliveChecks(lines, kinds, Math.min(...kills.map((j) => j.event.line)));
    for (const check of checks) {
      if (check.pidLine <= kill.event.line) continue;
      const byPid = pid !== undefined && check.pids.includes(pid);
      const restarted = read.events.some((e) => e.kind === 'startup' && e.node === kill.leader && e.line > kill.event.line && e.line < check.line);
      // A kill of a known pid asks for that pid (another under the leader's pattern may be a wrapper shell: adv52f-28).
      if (!byPid && (pid !== undefined || check.node !== kill.leader || restarted)) continue;
      // The row of the pid found (the check's pids are one row each, from pidLine on).
      kills[k] = { ...kill, ofLeader: false, stillRunning: { line: check.line, pidLine: check.pidLine + (byPid ? check.pids.indexOf(pid!) : 0), pid: byPid ? pid! : check.pids[0]! } };
      break;
    }
  }
  return kills;
}

// `node`'s first own claim to lead at or after `killAt` (its time and line), or undefined.
function findOwnReignSince(events: readonly LogEvent[], times: readonly (number | undefined)[], node: string, killAt: number): { atMs: number; line: number } | undefined {
  let first: { atMs: number; line: number } | undefined;
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    if (e.node !== node || !isElectionWon(e)) continue;
    const t = times[k];
    if (t !== undefined && t >= killAt && (first === undefined || t < first.atMs)) first = { atMs: t, line: e.line };
  }
  return first;
}

// Two names of one form, so that they differ means two nodes: two addresses (addressKey: `127.0.0.1:22702`, `:7001`), or
// two of one family (FAMILY_NAME: `node2`, `node3`). A name and an address may be one node the paste never aliased.
function isSameNameForm(a: string, b: string): boolean {
  const addresses = (addressKey(a) !== undefined ? 1 : 0) + (addressKey(b) !== undefined ? 1 : 0);
  if (addresses > 0) return addresses === 2;
  const fa = FAMILY_NAME.exec(a);
  const fb = FAMILY_NAME.exec(b);
  return fa !== null && fb !== null && fa[1]!.toLowerCase() === fb[1]!.toLowerCase();
}

/**
 * `node`'s first line following `named` when it never named the killed `leader`, two nodes named alike (adv65b-13: a
 * follower of 127.0.0.1:22801 pasted beside the killed 127.0.0.1:22702's cluster): its loss of `named` is another
 * cluster's. Any line of it naming `leader` (followed, heard, voted for, lost) keeps it this cluster's, a stale name its
 * timer's. Undefined otherwise.
 */
function findOtherLeaderFollowed(events: readonly LogEvent[], node: string, named: string, leader: string): LogEvent | undefined {
  if (!isSameNameForm(named, leader)) return undefined;
  let followed: LogEvent | undefined;
  for (const e of events) {
    if (e.node !== node) continue;
    if (e.leader === leader || e.peer === leader || e.target === leader) return undefined;
    if (e.kind === 'follows-leader' && e.leader === named) followed ??= e;
  }
  return followed;
}

/**
 * Whether `node`'s timer naming `named` as its leader is another cluster's (adv65b-45: `~/kv-b/data/node2.log` grepped
 * beside `~/kv-a/data/node3.log`): `named` writes after the kill as a follower of the killed `leader` — alive, leading
 * nothing — and `node` named no other leader than `named` up to its timer (`timerMs`). A stale name (a timer still
 * naming the leader before the killed one, adv55e-18) comes from a node whose own lines followed the killed leader.
 */
function isOtherClustersTimer(events: readonly LogEvent[], times: readonly (number | undefined)[], node: string, named: string, leader: string, killAt: number, timerMs: number | undefined): boolean {
  if (timerMs === undefined) return false;
  let namedFollowsLeader = false;
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    if (e.node === node && e.leader !== undefined && e.leader !== named && (times[k] === undefined || times[k]! <= timerMs)) return false;
    if (e.node === named && e.leader === leader && times[k] !== undefined && times[k]! >= killAt) namedFollowsLeader = true;
  }
  return namedFollowsLeader;
}
