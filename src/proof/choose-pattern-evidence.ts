// Which line the patterns check cites for a pattern. Whether a pattern is found does not depend on it (any line
// matching passes); which line is shown as the proof does, and it must never contradict the timing check. The rule,
// first tier with a matching line wins:
//
//   1. a line the timing check measured: the judged kill, then each follower's detection lines (in the report's
//      order) — what the verdict itself rests on;
//   2. another event line of the log-event model at or after the kill, earliest first in time;
//   3. the first matching line in paste order, unless it is a configuration line;
//   4. a configuration line, only when no other line matches: a startup line of the model ("starting kv_node …"),
//      or a match followed by a configured value (`election_timeout=300ms`, `"election-timeout":"250ms"`,
//      `election timeout 150-300 ms`) — a value printed at boot, not an event.
//
// The cited line keeps its role (PatternEvidenceRole) so the report can say what it is.
import type { LogEvent } from '../log-events/log-event.js';
import type { EventClock } from '../log-events/log-facts.js';
import { lineText, type PasteLines } from '../log-events/paste-lines.js';
import type { CompiledPattern, PatternMatch } from './compile-pattern.js';
import { findFirstMatch, markCandidateLines, type PatternScanner } from './scan-pattern.js';
import type { Measurements, PatternEvidenceRole } from './verdict.js';

/** What the timing check knows about the paste's lines (absent when the lesson has no timing or it did not run). */
export interface EvidenceContext {
  readonly events: readonly LogEvent[];
  readonly clock: EventClock;
  readonly measurements: Measurements;
}

export interface PatternEvidence extends PatternMatch {
  /** 0-based line. */
  readonly line: number;
  readonly role?: PatternEvidenceRole;
  readonly node?: string;
}

// A configured value right after the match: `=300ms`, `":"250ms"`, `: 1s`, ` 150-300 ms`, `=[150, 300]`. A value in
// parentheses ("election timeout (251ms)") or after a word ("timeout after 187ms") is an event's measurement.
const CONFIGURED_VALUE_AFTER = /^[\w.-]*["']?\s?(?:[=:]\s?["'[]?\s?\d|\s?\d{1,6}\s?(?:ms|s)?\s?(?:-|–|\.\.\.?|to)\s?\d)/i;

/** Whether a match is a configured value printed at boot rather than something that happened (tier 4). */
export function isConfigurationMatch(text: string, match: PatternMatch, startupLine: boolean): boolean {
  return startupLine || CONFIGURED_VALUE_AFTER.test(text.slice(match.index + match.text.length, match.index + match.text.length + 40));
}

/** The line to cite for a pattern by the rule above, or undefined when no line matches. */
export function choosePatternEvidence(scanner: PatternScanner, pattern: CompiledPattern, context: EvidenceContext | undefined): PatternEvidence | undefined {
  const first = findFirstMatch(scanner, pattern);
  if (!first) return undefined;
  const text = (line: number): string => lineText(scanner.lines, line, scanner.capChars);
  const m = context?.measurements;

  // 1. What the timing check measured.
  if (m) {
    const measured: { line: number; role: PatternEvidenceRole; node: string | null }[] = [];
    if (m.killLine !== null) measured.push({ line: m.killLine - 1, role: 'kill', node: m.killedNode });
    for (const f of m.followers) {
      for (const line of [f.line, f.heartbeatLine, f.connectionLine]) {
        if (line !== undefined && !measured.some((e) => e.line === line - 1)) measured.push({ line: line - 1, role: 'detection', node: f.node });
      }
    }
    for (const { line, role, node } of measured) {
      const hit = pattern.exec(text(line));
      if (hit) return { line, ...hit, role, ...(node === null ? {} : { node }) };
    }
  }

  const events = context?.events ?? [];
  // The event on a line: events come in paste order (readLogEvents), so a binary search, not a map of them all.
  const eventAt = (line: number): LogEvent | undefined => {
    let [lo, hi] = [0, events.length - 1];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = events[mid]!.line;
      if (at === line) return events[mid];
      if (at < line) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  const killAtMs = m?.killAtMs ?? null;
  const side = (line: number): 'after-kill' | 'before-kill' | undefined => {
    const event = eventAt(line);
    const t = event && context ? context.clock.at(event) : undefined;
    return t === undefined || killAtMs === null ? undefined : t >= killAtMs ? 'after-kill' : 'before-kill';
  };
  const configuration = (line: number, hit: PatternMatch): boolean => isConfigurationMatch(text(line), hit, eventAt(line)?.kind === 'startup');

  // 2. Other events at or after the kill, in time order.
  if (context && killAtMs !== null) {
    const after = context.events
      .map((event) => ({ event, t: context.clock.at(event) }))
      .filter((e): e is { event: LogEvent; t: number } => e.t !== undefined && e.t >= killAtMs && e.event.kind !== 'startup')
      .sort((a, b) => a.t - b.t || a.event.line - b.event.line);
    for (const { event } of after) {
      const hit = pattern.exec(text(event.line));
      if (hit && !configuration(event.line, hit)) return { line: event.line, ...hit, role: 'after-kill' };
    }
  }

  // 3. The first match, unless it is configuration; then the first match that is not.
  const cite = (line: number, hit: PatternMatch): PatternEvidence => {
    const where = side(line);
    return { line, ...hit, ...(where === undefined ? {} : { role: where }) };
  };
  if (!configuration(first.line, first)) return cite(first.line, first);
  const marks = markCandidateLines(scanner, [[1, pattern]]);
  for (let line = first.line + 1; line < marks.length; line++) {
    if (marks[line] === 0) continue;
    const hit = pattern.exec(text(line));
    if (hit && !configuration(line, hit)) return cite(line, hit);
  }
  // 4. Only configuration lines match.
  return { line: first.line, index: first.index, text: first.text, role: 'configuration' };
}
