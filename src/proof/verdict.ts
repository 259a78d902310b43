// The verdict checkPaste returns: plain JSON data, identical for the platform and the student's CLI.
// Documented (and checked in tests) by schemas/verdict.schema.json, generated from src/proof/verdict-schema.ts.
import type { Finding } from '../findings/finding.js';
import type { ClockKind } from '../log-events/parse-timestamp.js';
import type { StampBounds } from '../log-events/stamp-span.js';

export const VERDICT_SCHEMA_VERSION = 1;

export type CheckId = 'input' | 'patterns' | 'timing';

/**
 * passed: ran and passed · failed: ran and failed · skipped: not run because the input was rejected ·
 * not-required: the lesson has no criteria for this check (counts as passed).
 */
export type CheckStatus = 'passed' | 'failed' | 'skipped' | 'not-required';

export interface VerdictCheck {
  readonly id: CheckId;
  readonly status: CheckStatus;
  /** status is 'passed' or 'not-required'. */
  readonly passed: boolean;
  readonly findings: readonly Finding[];
}

/** What a pattern's cited line is to the timing check; see PatternResult.role. */
export type PatternEvidenceRole = 'kill' | 'detection' | 'after-kill' | 'before-kill' | 'unread' | 'command' | 'not-a-kill' | 'paused' | 'ignored' | 'configuration';

export interface PatternResult {
  readonly pattern: string;
  readonly passed: boolean;
  /** 1-based paste line of the first match. */
  readonly line?: number;
  /** The matching line (cut around the match when long). */
  readonly excerpt?: string;
  /** The matched text. */
  readonly match?: string;
  /**
   * What the cited line is to the timing check (choose-pattern-evidence.ts): the judged kill, a follower's
   * detection, another event after or before the kill, words the log-event model read as no kill ("leader node1
   * stopped responding"), a process paused and not ended (`paused`: kill -STOP, Ctrl+Z's `Stopped`), or a setting,
   * timer reset or startup line — the last three cited only when no other line matches; before them, only when no
   * node's line matches, a line holding no node's event (`unread`: a client's or a program's output) or a shell
   * command the student typed (`command`). Absent when the paste gives no way to tell.
   */
  readonly role?: PatternEvidenceRole;
  /** The node of a `detection` or `kill` line. */
  readonly node?: string;
  /** What the pattern accepts, per alternative, in plain words where possible. */
  readonly expected: readonly string[];
  /** On a failure: a fitting bullet from the lesson's Hints section. */
  readonly hint?: string;
}

/** How a follower fared: detected in time, too slow, timestamps too coarse, only before the kill, or nothing. */
export type FollowerStatus = 'detected' | 'too-slow' | 'too-coarse' | 'before-kill-only' | 'no-detection';

export interface FollowerMeasurement {
  readonly node: string;
  readonly status: FollowerStatus;
  /** Time of the first detection after the kill, on the paste's clock (see Measurements.clock). */
  readonly detectedAtMs?: number;
  /** Detection time: first signal after the kill, in ms (µs resolution). */
  readonly detectionMs?: number;
  readonly via?: 'heartbeat' | 'connection';
  /** 1-based paste line of the first signal. */
  readonly line?: number;
  readonly excerpt?: string;
  /** The paste's own words on that line that the timing pattern matched ("ECONNRESET", "leader node1 is down"). */
  readonly words?: string;
  /** First heartbeat/election-timeout line after the kill. */
  readonly heartbeatMs?: number;
  readonly heartbeatLine?: number;
  readonly heartbeatWords?: string;
  /** First connection-loss line (EOF, reset) after the kill. */
  readonly connectionMs?: number;
  readonly connectionLine?: number;
  readonly connectionWords?: string;
  /** Coarsest resolution of the two timestamps the measurement uses. */
  readonly precisionMs?: number;
  /** Too coarse to measure (status too-coarse): the delays after the kill the two stamps allow for each detection line. */
  readonly heartbeatBoundsMs?: StampBounds;
  readonly connectionBoundsMs?: StampBounds;
  /**
   * The detection's stamp is coarse and its interval holds the kill (`04:04:47` for a kill at 04:04:47.790): the line
   * may come from before the kill or after it; detectionMs is then the most it may be (to the interval's end).
   */
  readonly stampHoldsKill?: true;
  /**
   * The kill's only time is its shell prompt's (`[18:24:11.898] root@devbox ~/raft # kill 23967`, a right prompt's
   * clock): drawn before the command was typed, so the kill came then or later and detectionMs is the most the delay
   * may be — within the window, a proof; past it, no measure (status too-coarse).
   */
  readonly killBeforeCommand?: true;
  /**
   * No detection line is tied to this follower, but this many detection lines after the kill could be tied to no node:
   * one may be its own, so the paste cannot show whether it noticed (FOLLOWER_DETECTION_UNATTRIBUTED).
   */
  readonly unattributedDetections?: number;
}

export interface Measurements {
  /**
   * absolute: killAtMs/detectedAtMs are epoch ms; yearless (syslog/glog) / time-of-day (bare times, or formats
   * mixed with them): ms on a synthetic year/day, unwrapped around the paste's first timestamp; relative
   * (`[ 88419.530]` since boot, `[+5.400s]` since a launcher started): ms since that clock's zero, no date.
   */
  readonly clock: ClockKind;
  readonly killAtMs: number | null;
  /**
   * The kill time as text on the paste's clock: `2026-11-26T19:30:01.123Z` (written with a zone; shown in UTC),
   * `2026-11-26 19:30:01.123` (written without one: local wall-clock time), an epoch stamp in UTC then as written
   * (`2026-12-01T14:05:33.120Z (written 1796133933.120)`), `Nov 26 19:30:01.123`, `19:30:01.123`,
   * `+5.400 s`, `88419.530 s (monotonic clock)`.
   */
  readonly killAt: string | null;
  readonly killLine: number | null;
  readonly killExcerpt: string | null;
  /** The kill line's words that the kill pattern matched ("received SIGTERM"); null without a kill or a match. */
  readonly killWords: string | null;
  /**
   * The leader at the kill: the killed node, else (a kill line naming no node) the node the paste says led just
   * before the kill, else "leader nodeN" in detections. When a follower was killed: the node that led then. Null
   * when nothing shows who led, and when the killed node is not shown leading (its followers' lost links name it only
   * as a peer: `killedNode` still names it, and `leaderFrom` is null).
   */
  readonly leader: string | null;
  /**
   * The node the judged kill killed: the kill line's own node or the node it names, else (a bare `kill 4242`) the
   * leader it is taken to have killed; null when unknown. A follower's name when a follower was killed
   * (KILLED_NODE_NOT_LEADER, `leader` then names the node that led).
   */
  readonly killedNode: string | null;
  readonly leaderFrom: 'kill-line' | 'kill-line-mention' | 'leader-statement' | 'detections' | null;
  readonly windowMs: number;
  readonly expectedFollowers: number;
  /** Every node with a line in the paste, sorted. */
  readonly nodesSeen: readonly string[];
  readonly followers: readonly FollowerMeasurement[];
}

export interface PasteStats {
  /** UTF-16 characters of the normalised paste. */
  readonly chars: number;
  readonly lines: number;
  /** Lines longer than the matching cap (patterns only see their first `lineCapChars`). */
  readonly longLines: number;
}

export interface Verdict {
  readonly schemaVersion: typeof VERDICT_SCHEMA_VERSION;
  readonly lessonId: string;
  readonly passed: boolean;
  /** lesson.xp when passed, else 0. */
  readonly xpAwarded: number;
  /** The paste carries REFERENCE_MARK (the bundled cluster's output). */
  readonly referenceOutput: boolean;
  readonly input: PasteStats;
  /** Always input, patterns, timing — in that order. */
  readonly checks: readonly VerdictCheck[];
  /** One per proof.regex_patterns entry, in order (empty when the input was rejected). */
  readonly patterns: readonly PatternResult[];
  /** null when the timing check did not run (no timing criteria, input rejected, or a timing pattern refused). */
  readonly measurements: Measurements | null;
  /**
   * Every node id the verdict names (measurements, patterns, finding args) → how the paste writes that node: `n2` for
   * the id `node2` of a paste that says `[n2]`. Ids stay the model's (one per node, whatever its spelling); the text
   * report, the picture and every finding's wording use these names. Empty without measurements.
   */
  readonly nodeNames: Readonly<Record<string, string>>;
}
