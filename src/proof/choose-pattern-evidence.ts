// Which line the patterns check cites for a pattern. Whether a pattern is found does not depend on it (any line
// matching passes); which line is shown as the proof does, and it must never contradict the timing check. The rule,
// first tier with a matching line wins:
//
//   1. a line the timing check measured: for a pattern of the kill (it matches one of the lesson's kill phrases), the
//      judged kill (its line, then the killed node's own lines of it: the one joined to a student's record, its
//      shutdown going on; then the command typed right above a date's output row that is the kill line); then each
//      follower's detection lines (in the report's order) — what the verdict itself rests on;
//   2. another event line of the log-event model at or after the kill, earliest first in time;
//   3. the first matching line in paste order that is none of those below; then, for a pattern of a follower's
//      detection (one of the lesson's detection phrases matches it), one that holds no event (a client's
//      "request … timed out", a traceback's `TimeoutError`), then a shell command the student typed (`$ grep -i
//      "timeout"`; not for a kill pattern: `date; kill 4101` is the kill's record, unless it printed that it killed
//      nothing, `Operation not permitted`, and so did not) — roles `unread` and `command`, so a ✓ never cites one as if a node said it;
//   4. a line whose matched words the model read as no kill ("leader node1 stopped responding": a follower
//      describing the leader; "election timer stopped") — role `not-a-kill`, or `paused` for a process stopped and
//      not ended (`kill -STOP 4101`, bash's `[1]+  Stopped` after Ctrl+Z);
//   5. a configuration line: a startup line of the model ("starting kv_node …"), a match followed by a configured
//      value (`election_timeout=300ms`, `"election-timeout":"250ms"`, `election timeout 150-300 ms`), or a line the
//      model reads as no detection (a timer reset, a heartbeat received) — role `configuration`.
//
// Tiers 2–5 skip what a later tier holds. The cited line keeps its role (PatternEvidenceRole) so the report can say
// what it is.
import { isStartupSetting } from '../log-events/startup-setting.js';
import { ALL_EVENT_PATTERNS, COMMAND_KILL_PATTERN, EVENT_PATTERN_BIT, isNoDetection, SETTING_VALUE_SOURCE } from '../log-events/default-patterns.js';
import { killedNothing, KILL_FAILURE_ROWS, readKillFailure } from '../log-events/kill-failures.js';
import { startsWithShellPrompt } from '../log-events/shell-prompt.js';
import { isCommandOverKillTime } from './own-line-of-kill.js';
import type { LogEvent } from '../log-events/log-event.js';
import type { EventClock } from '../log-events/log-facts.js';
import { linesOfNumber, lineText, type PasteLines } from '../log-events/paste-lines.js';
import type { CompiledPattern, PatternMatch } from './compile-pattern.js';
import { findFirstMatch, markCandidateLines, planPatternMarks, type LiteralScan, type PatternScanner } from './scan-pattern.js';
import type { Measurements, PatternEvidenceRole } from './verdict.js';

/** What the timing check knows about the paste's lines (absent when the lesson has no timing or it did not run). */
export interface EvidenceContext {
  readonly events: readonly LogEvent[];
  readonly clock: EventClock;
  readonly measurements: Measurements;
  /** The lesson's timing kill pattern: a cited match inside its match on a line the model read as no kill is `not-a-kill`. */
  readonly killPattern: CompiledPattern;
  /** The killed node's own lines of the judged kill (1-based): its shutdown lines that are that kill's (TimingResult). */
  readonly killOwnLines?: readonly number[] | undefined;
  /** Example phrases of the lesson's detection patterns: a pattern matching one is a follower's detection's (`unread` lines). */
  readonly detectionPhrases?: readonly string[];
  /** Example phrases of the lesson's kill pattern: a pattern matching one may cite the student's kill command. */
  readonly killPhrases?: readonly string[];
}

export interface PatternEvidence extends PatternMatch {
  /** 0-based line. */
  readonly line: number;
  readonly role?: PatternEvidenceRole;
  readonly node?: string;
}

// A configured value right after the match: a setting's value (SETTING_VALUE_SOURCE: `=300ms`, `":"250ms"`, `: 1s`,
// `=[150, 300]`, not loguru's `_on_election_timeout:142`) or a range (` 150-300 ms`). A value in parentheses
// ("election timeout (251ms)") or after a word ("timeout after 187ms") is an event's measurement.
const CONFIGURED_VALUE_AFTER = new RegExp(
  String.raw`^[\w.-]*(?:${SETTING_VALUE_SOURCE}|["']?\s?\s?\d{1,6}\s?(?:ms|s)?\s?(?:-|–|\.\.\.?|to)\s?\d)`,
  'i',
);

// isNoDetection's readings but a client's request's: that one happened.
const NOT_CLIENT_REQUEST = ALL_EVENT_PATTERNS & ~EVENT_PATTERN_BIT.clientRequestWords;

/**
 * Whether a match is a configured value, a timer reset or a startup line rather than something that happened (tier 5).
 * A client's failed request (`kv_cli: PUT foo: request to leader node1 timed out`) happened: no node's, not configuration.
 */
export function isConfigurationMatch(text: string, match: PatternMatch, startupLine: boolean): boolean {
  return startupLine || CONFIGURED_VALUE_AFTER.test(text.slice(match.index + match.text.length, match.index + match.text.length + 40)) || isStartupSetting(text, match) || isNoDetection(text, NOT_CLIENT_REQUEST);
}

// Whether `line` is a command typed at a shell prompt that printed, before the next command, that it killed nothing
// (`$ date +%T.%3N; kill 4102`, its date, `bash: kill: (4102) - Operation not permitted`), or that failure line of
// such a command: neither is a record of a kill.
function isFailedKill(text: (line: number) => string, count: number, line: number): boolean {
  const isPrompt = (k: number): boolean => startsWithShellPrompt(text(k).trimStart());
  if (isPrompt(line)) return killedNothing(text, count, line, isPrompt);
  if (readKillFailure(text(line).trimStart()) === undefined) return false;
  // The failure line: the command above it, the first prompt line within reach.
  for (let k = line - 1; k >= 0 && k >= line - KILL_FAILURE_ROWS; k--) if (isPrompt(k)) return killedNothing(text, count, k, isPrompt);
  return false;
}

// Tiers 3–5 as a rank: lower is better.
const RANK = { event: 0, unread: 1, command: 2, notKill: 3, configuration: 4 } as const;

/** A line the timing check measured, with its role and node: the first tier of evidence. */
export interface MeasuredEvidence {
  readonly line: number;
  readonly role: PatternEvidenceRole;
  readonly node: string | null;
}

// The event on a line: events come in paste order (readLogEvents), so a binary search, not a map of them all.
function findEventAt(events: readonly LogEvent[], line: number): LogEvent | undefined {
  let [lo, hi] = [0, events.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = events[mid]!.line;
    if (at === line) return events[mid];
    if (at < line) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** Tier 1 for every pattern of one paste: the judged kill's line, then each follower's detection lines, each once. */
export function listMeasuredEvidence(lines: PasteLines, context: EvidenceContext | undefined): MeasuredEvidence[] {
  const m = context?.measurements;
  if (!m) return [];
  const events = context.events;
  const measured: MeasuredEvidence[] = [];
  if (m.killLine !== null) addMeasured(measured, lines, events, m.killLine, 'kill', m.killedNode);
  for (const line of context.killOwnLines ?? NO_LINES) addMeasured(measured, lines, events, line, 'kill', m.killedNode);
  // The command whose date's output row is the kill line (`$ date +%T.%3N; kill %1` above `18:02:54.302`): the kill's
  // words are there, before a follower's own shutdown line after it (adv67f).
  if (m.killLine !== null && m.killLine >= 2 && lines.numbers === undefined && isKillCommandAbove(lines, events, m.killLine - 2, context.killPattern)) {
    addMeasured(measured, lines, events, m.killLine - 1, 'kill', m.killedNode);
  }
  for (const f of m.followers) {
    if (f.line !== undefined) addMeasured(measured, lines, events, f.line, 'detection', f.node);
    if (f.heartbeatLine !== undefined) addMeasured(measured, lines, events, f.heartbeatLine, 'detection', f.node);
    if (f.connectionLine !== undefined) addMeasured(measured, lines, events, f.connectionLine, 'detection', f.node);
  }
  return measured;
}

const NO_LINES: readonly number[] = [];

// Whether 0-based line `above`, right above the kill line, is the command typed over its time (isCommandOverKillTime)
// whose words match the kill pattern, no event itself.
function isKillCommandAbove(lines: PasteLines, events: readonly LogEvent[], above: number, killPattern: CompiledPattern): boolean {
  if (findEventAt(events, above) !== undefined) return false;
  const text = lineText(lines, above, 4096);
  return isCommandOverKillTime(above + 1, above + 2, text) && killPattern.test(text);
}

// Adds the lines of paste line `number` to `measured`, each once. Measurements give paste line numbers; panes split
// side by side put several lines on one (linesOfNumber).
function addMeasured(measured: MeasuredEvidence[], lines: PasteLines, events: readonly LogEvent[], number: number, role: PatternEvidenceRole, node: string | null): void {
  // Lines not split into panes are their numbers, one each.
  if (lines.numbers === undefined) {
    const line = number - 1;
    if (number >= 1 && number <= lines.count && !holdsMeasuredLine(measured, line)) measured.push({ line, role, node });
    return;
  }
  const found = linesOfNumber(lines, number);
  // Of the panes' lines on that row, the one the measured node wrote.
  const own = found.length === 1 ? found : found.filter((line) => node !== null && findEventAt(events, line)?.node === node);
  for (const line of own.length > 0 ? own : found) if (!holdsMeasuredLine(measured, line)) measured.push({ line, role, node });
}

function holdsMeasuredLine(measured: readonly MeasuredEvidence[], line: number): boolean {
  for (let i = 0; i < measured.length; i++) if (measured[i]!.line === line) return true;
  return false;
}

// Per literal scan and pattern, the scan's ids of the pattern's literals (one of which every match holds), or null
// where the scan cannot tell (no literals, or one the scan lacks). Plans and patterns live as long as their lesson.
const literalIdsOf = new WeakMap<LiteralScan, WeakMap<CompiledPattern, readonly number[] | null>>();

function findLiteralIds(plan: LiteralScan, pattern: CompiledPattern): readonly number[] | null {
  let byPattern = literalIdsOf.get(plan);
  if (byPattern === undefined) literalIdsOf.set(plan, (byPattern = new WeakMap()));
  let ids = byPattern.get(pattern);
  if (ids === undefined) {
    const found = pattern.literals?.map((literal) => plan.ids.get(literal) ?? -1) ?? null;
    ids = found === null || found.includes(-1) ? null : found;
    byPattern.set(pattern, ids);
  }
  return ids;
}

// Whether `pattern` may match `line` by the paste's literal scan: the line holds one of its literals (a line holding
// none cannot match); true where the scan cannot tell.
function mayMatchLine(scanner: PatternScanner, ids: readonly number[] | null, line: number): boolean {
  const { literalLines } = scanner;
  if (ids === null || literalLines === undefined) return true;
  for (const id of ids) if (literalLines.holds(id, line)) return true;
  return false;
}

/**
 * The line to cite for a pattern by the rule above, or undefined when no line matches. `measured`: tier 1
 * (listMeasuredEvidence), when the caller cites several patterns.
 */
export function choosePatternEvidence(
  scanner: PatternScanner,
  pattern: CompiledPattern,
  context: EvidenceContext | undefined,
  measured: readonly MeasuredEvidence[] = listMeasuredEvidence(scanner.lines, context),
): PatternEvidence | undefined {
  // 1. What the timing check measured (a line without the pattern's literals is not tried).
  const ids = findLiteralIds(scanner.plan, pattern);
  // The kill's lines prove only a pattern of the kill: a detection's words there (the student's `kill 17762; … grep -q
  // "heartbeat timeout"` typed above the kill's date) are no node's detection (adv73c-59).
  // Whether the pattern is one of the kill (it matches one of the lesson's kill phrases), asked once.
  let killish: boolean | undefined;
  const isKillish = (): boolean => (killish ??= context?.killPhrases?.some((phrase) => pattern.test(phrase)) === true);
  for (const { line, role, node } of measured) {
    if (!mayMatchLine(scanner, ids, line)) continue;
    if (role === 'kill' && context?.killPhrases !== undefined && !isKillish()) continue;
    const hit = pattern.exec(lineText(scanner.lines, line, scanner.capChars));
    if (hit) return node === null ? { line, index: hit.index, text: hit.text, role } : { line, index: hit.index, text: hit.text, role, node };
  }
  const text = (line: number): string => lineText(scanner.lines, line, scanner.capChars);
  const m = context?.measurements;
  const events = context?.events ?? [];
  const eventAt = (line: number): LogEvent | undefined => findEventAt(events, line);

  // A measured line that matches shows the pattern is found; otherwise whether any line matches decides.
  const first = findFirstMatch(scanner, pattern);
  if (!first) return undefined;

  const killAtMs = m?.killAtMs ?? null;
  const side = (line: number): 'after-kill' | 'before-kill' | undefined => {
    const event = eventAt(line);
    const t = event && context ? context.clock.at(event) : undefined;
    return t === undefined || killAtMs === null ? undefined : t >= killAtMs ? 'after-kill' : 'before-kill';
  };
  let detects: boolean | undefined;
  const rankOf = (line: number, hit: PatternMatch): number => {
    const event = eventAt(line);
    if (isConfigurationMatch(text(line), hit, event?.kind === 'startup')) return RANK.configuration;
    if (event?.notKill !== undefined && context) {
      // Only when the cited words are the kill words the model rejected, not another part of the line.
      const kill = context.killPattern.exec(text(line));
      if (kill && kill.index < hit.index + hit.text.length && hit.index < kill.index + kill.text.length) return RANK.notKill;
    }
    // Only where the timing check ran: a line it read no event on is no node's evidence, unless its words are a kill
    // (the student's `date; kill 4101` is the kill's record).
    // A kill pattern's command line (`date; taskkill /PID 6120`) is the kill's record: cited as before, unless it said
    // it killed nothing (`Operation not permitted`): then the command that worked (`sudo kill …`) is cited over it.
    if (context !== undefined && event === undefined && isFailedKill(text, scanner.lines.count, line)) return RANK.command;
    const typed = event === undefined && startsWithShellPrompt(text(line).trimStart());
    // A typed line that runs no kill (`$ grep -H -i "…SIGTERM…" data/node*/node.log`) is no kill's record either.
    if (context === undefined || event !== undefined || (isKillish() && !(typed && !COMMAND_KILL_PATTERN.test(text(line))))) return RANK.event;
    if (typed) return RANK.command;
    // A client's ack is a w12-l04 pattern's proof; only a detection's words on a line of no event are no follower's.
    return (detects ??= context.detectionPhrases?.some((phrase) => pattern.test(phrase)) === true) ? RANK.unread : RANK.event;
  };

  // 2. Other events at or after the kill, in time order.
  if (context && killAtMs !== null) {
    const after = context.events
      .map((event) => ({ event, t: context.clock.at(event) }))
      .filter((e): e is { event: LogEvent; t: number } => e.t !== undefined && e.t >= killAtMs && e.event.kind !== 'startup')
      .sort((a, b) => a.t - b.t || a.event.line - b.event.line);
    for (const { event } of after) {
      const hit = pattern.exec(text(event.line));
      if (hit && rankOf(event.line, hit) === RANK.event) return { line: event.line, ...hit, role: 'after-kill' };
    }
  }

  // 3–5. The first match of the best rank, in paste order.
  const cite = (line: number, hit: PatternMatch, rank: number): PatternEvidence => {
    const role =
      rank === RANK.configuration
        ? 'configuration'
        : rank === RANK.notKill
          ? eventAt(line)?.notKill === 'paused'
            ? 'paused'
            : eventAt(line)?.notKill === 'ignored'
              ? 'ignored'
              : 'not-a-kill'
          : rank === RANK.command
            ? 'command'
            : rank === RANK.unread
              ? 'unread'
              : side(line);
    return { line, index: hit.index, text: hit.text, ...(role === undefined ? {} : { role }) };
  };
  let best = { line: first.line, hit: first as PatternMatch, rank: rankOf(first.line, first) };
  if (best.rank === RANK.event) return cite(best.line, best.hit, best.rank);
  const marks = markCandidateLines(scanner, planPatternMarks(scanner.plan, pattern));
  for (let line = first.line + 1; line < marks.length; line++) {
    if (marks[line] === 0) continue;
    const hit = pattern.exec(text(line));
    if (!hit) continue;
    const rank = rankOf(line, hit);
    if (rank < best.rank) best = { line, hit, rank };
    if (rank === RANK.event) break;
  }
  return cite(best.line, best.hit, best.rank);
}
