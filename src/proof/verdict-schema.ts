// The verdict's JSON Schema, written with zod so it can be checked against the TypeScript types at compile time
// and emitted as schemas/verdict.schema.json (test/proof/verdict-schema.test.ts keeps the file up to date).
// checkPaste never imports this module: zod would double the CLI's cold start.
import { z } from 'zod';
import type { FindingCode } from '../findings/finding.js';
import type { Verdict } from './verdict.js';

/** Finding codes a verdict can contain. */
export const VERDICT_FINDING_CODES = [
  'PASTE_EMPTY',
  'PASTE_TOO_LARGE',
  'KILLS_TOO_MANY',
  'PASTE_BINARY',
  'PASTE_LONG_LINES',
  'PASTE_PANES_SPLIT',
  'PASTE_CAST_DECODED',
  'PASTE_COLUMNS_SPLIT',
  'PASTE_PANES_AMBIGUOUS',
  'REFERENCE_OUTPUT',
  'PATTERN_MATCHED',
  'PATTERN_NOT_FOUND',
  'PATTERN_INVALID',
  'PATTERN_UNSAFE',
  'TIMING_NOT_REQUIRED',
  'TIMESTAMPS_MISSING',
  'TIMESTAMPS_WITHOUT_DATE',
  'CLOCKS_INCOMPARABLE',
  'TIMEZONE_AMBIGUOUS',
  'TIMESTAMPS_READ_IN_ZONE',
  'KILL_TIME_TWELVE_HOUR',
  'NODE_TIMES_TWELVE_HOUR',
  'KILL_TIME_HOUR_FROM_NODES',
  'KILL_TIME_IN_SHELL_ZONE',
  'TIMESTAMPS_IN_SHOWN_ZONE',
  'SUMMARY_LINES_NOT_MEASURED',
  'SECTION_REPEATED',
  'LINES_NEWEST_FIRST',
  'TIMESTAMPS_BACKWARDS',
  'TIMESTAMPS_TOO_COARSE',
  'KILL_LINE_MISSING',
  'DETECTION_BEFORE_KILL_ONLY',
  'FOLLOWER_MISSING',
  'KILLED_NODE_NOT_LEADER',
  'KILL_CHOSEN',
  'KILL_JOB_UNRESOLVED',
  'KILLED_LEADER_LED_AGAIN',
  'KILLED_LEADER_SIGNALED_AGAIN',
  'KILLED_NODE_LED_ON',
  'FOLLOWER_NO_DETECTION',
  'FOLLOWER_DETECTION_UNATTRIBUTED',
  'FOLLOWER_TIMEOUT_LOOP',
  'FOLLOWER_DETECTED',
  'DETECTION_TOO_SLOW',
] as const satisfies readonly FindingCode[];

const ms = () => z.number().describe('Milliseconds; fractions keep µs resolution.');
const line = () => z.int().positive().describe('1-based line in the paste.');

const findingSchema = z
  .object({
    code: z.enum(VERDICT_FINDING_CODES),
    severity: z.enum(['error', 'warning', 'info']),
    file: z.string().optional().describe('The pasted file, when the caller named it.'),
    path: z.string().optional().describe('Lesson field the finding is about, e.g. proof.regex_patterns[1].'),
    line: line().optional(),
    args: z.record(z.string(), z.unknown()).describe('Data for the message (see src/findings/format-finding.ts).'),
    message: z.string().optional().describe('The finding in words (formatFindingMessage): set in verdicts from the HTTP service and --json.'),
  })
  .describe('A finding: stable code, severity, location and message arguments.');

const checkSchema = z
  .object({
    id: z.enum(['input', 'patterns', 'timing']),
    status: z
      .enum(['passed', 'failed', 'skipped', 'not-required'])
      .describe('skipped: not run because the input was rejected; not-required: the lesson has no such criteria.'),
    passed: z.boolean().describe('status is passed or not-required.'),
    findings: z.array(findingSchema),
  })
  .describe('One check of the verdict.');

const patternSchema = z
  .object({
    pattern: z.string(),
    passed: z.boolean(),
    line: line().optional().describe('Line of the first match.'),
    excerpt: z.string().optional().describe('The matching line, cut around the match when long.'),
    match: z.string().optional().describe('The matched text.'),
    role: z
      .enum(['kill', 'detection', 'after-kill', 'before-kill', 'unread', 'command', 'not-a-kill', 'paused', 'ignored', 'configuration'])
      .optional()
      .describe("What the cited line is to the timing check: the judged kill, a follower's detection, another event after/before the kill, a line holding no node's event (a client's or a program's output: unread) or a shell command the student typed (command), cited only when no node's line matches, kill words the log-event model read as no kill, a process paused and not ended (kill -STOP, Ctrl+Z's Stopped), or a setting/timer-reset/startup line (the last three cited only when no other line matches)."),
    node: z.string().optional().describe('The node of a kill or detection line.'),
    expected: z.array(z.string()).describe('What the pattern accepts, per alternative, in plain words where possible.'),
    hint: z.string().optional().describe("On a failure: a fitting bullet of the lesson's Hints section."),
  })
  .describe('Result for one proof.regex_patterns entry.');

const boundsSchema = z
  .object({
    earliestMs: z.number().describe('More than this many ms after the kill (negative: perhaps before it).'),
    latestMs: z.number().describe('Less than this many ms after the kill.'),
  })
  .describe('What two stamps coarser than a millisecond allow: the line came between these delays after the kill.');

const followerSchema = z
  .object({
    node: z.string().describe('Node label, e.g. node2.'),
    status: z.enum(['detected', 'too-slow', 'too-coarse', 'before-kill-only', 'no-detection']),
    detectedAtMs: ms().optional().describe("Time of the first detection after the kill, on the paste's clock."),
    detectionMs: ms().optional().describe('First signal after the kill, in ms after the kill.'),
    via: z.enum(['heartbeat', 'connection']).optional(),
    line: line().optional(),
    excerpt: z.string().optional(),
    words: z.string().optional().describe("The paste's words on that line that the timing pattern matched."),
    heartbeatMs: ms().optional().describe('First heartbeat/election-timeout line after the kill.'),
    heartbeatLine: line().optional(),
    heartbeatWords: z.string().optional(),
    connectionMs: ms().optional().describe('First connection-loss line after the kill.'),
    connectionLine: line().optional(),
    connectionWords: z.string().optional(),
    precisionMs: z.number().positive().optional().describe('Coarsest resolution of the two timestamps used.'),
    heartbeatBoundsMs: boundsSchema.optional().describe('status too-coarse: the delays after the kill that the heartbeat line\'s and the kill\'s stamps allow.'),
    connectionBoundsMs: boundsSchema.optional().describe('status too-coarse: the delays after the kill that the connection line\'s and the kill\'s stamps allow.'),
    stampHoldsKill: z
      .literal(true)
      .optional()
      .describe('The detection stamp is coarse and its interval holds the kill: the line may be from before or after it; detectionMs is the most it may be.'),
    killBeforeCommand: z
      .literal(true)
      .optional()
      .describe("The kill's only time is its shell prompt's, drawn before the command was typed: detectionMs is the most the delay may be."),
    unattributedDetections: z
      .int()
      .positive()
      .optional()
      .describe('No detection line is tied to this follower, but this many detection lines after the kill could be tied to no node: one may be its own.'),
  })
  .describe('How one follower noticed the dead leader.');

const measurementsSchema = z
  .object({
    clock: z
      .enum(['absolute', 'yearless', 'time-of-day', 'relative'])
      .describe('absolute: epoch ms; yearless/time-of-day: ms on a synthetic year/day (timestamps without year/date); relative: ms since a monotonic or launcher clock\'s zero.'),
    killAtMs: ms().nullable(),
    killAt: z.string().nullable().describe('The kill time as text on the paste clock.'),
    killLine: line().nullable(),
    killExcerpt: z.string().nullable(),
    killWords: z.string().nullable().describe('The words of the kill line that the kill pattern matched.'),
    leader: z.string().nullable().describe('The leader at the kill (the killed node, unless a follower was killed).'),
    killedNode: z.string().nullable().describe('The node the kill line killed; differs from leader when a follower was killed.'),
    leaderFrom: z.enum(['kill-line', 'kill-line-mention', 'leader-statement', 'detections']).nullable(),
    windowMs: z.number().positive(),
    expectedFollowers: z.int().positive(),
    nodesSeen: z.array(z.string()),
    followers: z.array(followerSchema),
  })
  .describe('The measured detection window.');

export const verdictSchema = z
  .object({
    schemaVersion: z.literal(1),
    lessonId: z.string(),
    passed: z.boolean(),
    xpAwarded: z.int().nonnegative().describe("The lesson's xp when passed, else 0."),
    referenceOutput: z.boolean().describe("The paste carries the bundled cluster's reference mark."),
    input: z.object({
      chars: z.int().nonnegative(),
      lines: z.int().nonnegative(),
      longLines: z.int().nonnegative().describe('Lines longer than the matching cap.'),
    }),
    checks: z.array(checkSchema).length(3).describe('input, patterns, timing — in that order.'),
    patterns: z.array(patternSchema),
    measurements: measurementsSchema.nullable().describe('null when the timing check did not run (no timing criteria, input rejected, or a timing pattern refused).'),
    nodeNames: z
      .record(z.string(), z.string())
      .describe(
        'Every node id the verdict names → how the paste writes that node ("node2" → "n2" for a paste that says [n2]). Ids are the engine\'s, one per node; messages, the text report and the picture use these names.',
      ),
  })
  .describe('verify-lesson verdict on a pasted proof (checkPaste).');

// Compile-time guard: whatever the schema accepts is a Verdict. (The other direction — every verdict checkPaste
// builds passes the schema — is tested on real verdicts: Finding's code type is wider than a verdict's codes.)
type Assignable<A, B> = A extends B ? true : never;
export const verdictMatchesSchema: Assignable<z.output<typeof verdictSchema>, Verdict> = true;

/** The JSON Schema (draft 2020-12) of a verdict, as stored in schemas/verdict.schema.json. */
export function verdictJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(verdictSchema, { target: 'draft-2020-12' });
  return { $schema, title: 'verify-lesson verdict', ...schema };
}
