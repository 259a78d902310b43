// checkPaste: the verdict on a student's pasted proof, pure and synchronous, so the platform and the student's
// CLI compute the same verdict offline. Shape: verdict.ts and schemas/verdict.schema.json.
//
// Bounded work on untrusted input: pastes over `maxBytes` are refused before decoding; every pattern runs per
// line on at most `lineCapChars` characters, only on lines containing one of its required literals, and on a
// matcher that cannot backtrack without bound (compile-pattern.ts). Timestamps are parsed only on the lines the
// timing check uses.
import { VerifyLessonError } from '../errors.js';
import { createFinding, type Finding } from '../findings/finding.js';
import type { Lesson, LessonProof } from '../lesson/types.js';
import { checkPatterns } from './check-patterns.js';
import type { EvidenceContext } from './choose-pattern-evidence.js';
import { compilePattern, type CompiledPattern, type CompileResult } from './compile-pattern.js';
import { lessonHints } from './find-hint.js';
import { leadWithCause, timingPhrases } from './lead-with-cause.js';
import { addTimeoutRange, findLessonTimeoutRange } from './lesson-timeout-range.js';
import { measureDetection, type TimingPatterns } from './measure-detection.js';
import { nameVerdictNodes } from './name-verdict-nodes.js';
import { CAT_V_LITERALS, DEFAULT_MAX_BYTES, decodePasteInput, HTML_ENTITY_LITERALS, LOST_ESC_RESETS, normalizeDecodedPaste, pasteSize } from './normalize-paste.js';
import { indexLines, lineAt, lineNumber, type PasteLines } from '../log-events/paste-lines.js';
import { detectPaneLayout, PANE_SCAN_LITERALS } from '../log-events/detect-pane-layout.js';
import { splitPanes } from '../log-events/split-panes.js';
import { joinWrappedRows } from '../log-events/join-wrapped-rows.js';
import { joinPrettyJsonRecords } from '../log-events/join-pretty-json.js';
import { stripLineGutters } from '../log-events/strip-line-gutters.js';
import { decodeAsciinemaCast, opensWithCastHeader } from '../log-events/asciinema-cast.js';
import { PASTE_COMMAND_WORD, splitPasteColumns } from '../log-events/paste-columns.js';
import { REFERENCE_MARK_KEY } from './reference-mark.js';
import { readLogEvents, type LogEvents } from '../log-events/read-log-events.js';
import type { LogEvent } from '../log-events/log-event.js';
import { createPatternScanner, linesHoldingLiteral, markCandidateLines, planCandidateMarks, planLiteralScan, scanUnindexedText, type CandidateMarks, type LiteralScan, type PatternScanner } from './scan-pattern.js';
import { decodeUtf8ForScan, foldLiteral } from './literal-automaton.js';
import { EVENT_BITS, EVENT_PATTERN_BIT as BIT } from '../log-events/default-patterns.js';
import { BUILT_IN_MARK_PATTERNS, VOTE_KEY_RULE } from './compile-event-patterns.js';
import { VERDICT_SCHEMA_VERSION, type Measurements, type PasteStats, type Verdict, type VerdictCheck } from './verdict.js';

/** Default line length patterns see: longer lines are cut to this for matching. */
export const DEFAULT_LINE_CAP_CHARS = 4096;
/** Share of control bytes / invalid UTF-8 above which a paste is refused as binary. */
const BINARY_RATIO = 0.1;

export interface CheckPasteOptions {
  /** Size cap in UTF-8 bytes; larger pastes get PASTE_TOO_LARGE without being read (default 5 MB). */
  readonly maxBytes?: number;
  /** Patterns see at most this many characters of each line (default 4096). */
  readonly lineCapChars?: number;
  /** Fail pastes that carry REFERENCE_MARK (default false, so the bundled cluster's output can self-test). */
  readonly rejectReference?: boolean;
  /** Name of the pasted file, copied into findings' `file`. */
  readonly file?: string;
  /** The paste's real size when the caller stopped reading it at the cap (input then holds only a prefix). */
  readonly sizeBytes?: number;
  /** `sizeBytes` is a lower bound: reading stopped past the cap (an endless source). Default true. */
  readonly sizeExact?: boolean;
}

/** What checkPaste reads from a lesson; a parsed Lesson fits. */
export type CheckableLesson = Pick<Lesson, 'id' | 'xp' | 'proof'> & { readonly sections?: Lesson['sections'] };

const TIMING_KEYS = ['kill_pattern', 'heartbeat_pattern', 'connection_pattern'] as const;

interface PreparedProof {
  readonly patterns: readonly CompileResult[];
  readonly timing: readonly CompileResult[];
  readonly scan: LiteralScan;
  /** The timing patterns (kill, heartbeat, connection) and the built-ins by EVENT_PATTERN_BIT, when all compiled. */
  readonly events?: { readonly patterns: TimingPatterns; readonly marks: CandidateMarks };
}

const BUILT_IN_PATTERNS = BUILT_IN_MARK_PATTERNS.map(([, pattern]) => pattern);

// REFERENCE_MARK_KEY as a literal of every proof's scan: a paste's scan says which lines may hold it.
const REFERENCE_LITERAL = foldLiteral(REFERENCE_MARK_KEY);
// coreutils paste's command word: the lines holding it are the only ones asked whether they run it (paste-columns.ts).
const PASTE_COMMAND_LITERAL = foldLiteral(PASTE_COMMAND_WORD);

/**
 * Literals every proof's scan looks for besides its patterns': the reference mark's key and pane detection's (the
 * border glyphs and padding before a record: it then reads where they are instead of searching the text again).
 */
export const SCAN_ALSO_LITERALS: readonly string[] = [REFERENCE_LITERAL, ...PANE_SCAN_LITERALS, PASTE_COMMAND_LITERAL, ...VOTE_KEY_RULE.keys, ...LOST_ESC_RESETS, ...HTML_ENTITY_LITERALS, ...CAT_V_LITERALS];

// Where `text` first holds REFERENCE_MARK_KEY, or -1. Where the literal scan ran over `text` (`scanner`), the search
// starts at the first line it found the key on, in any case, and none is made where it found none.
function findReferenceMark(text: string, scanner: PatternScanner | undefined): number {
  const candidates = scanner && linesHoldingLiteral(scanner, REFERENCE_LITERAL);
  if (candidates === undefined) return text.indexOf(REFERENCE_MARK_KEY);
  return candidates.length === 0 ? -1 : text.indexOf(REFERENCE_MARK_KEY, scanner!.lines.starts[candidates[0]!]);
}

// The rows of a paste that are not lines as written, read as lines (panes apart): a raw asciinema recording as the
// terminal showed it, `paste node2.log node3.log`'s TAB-joined columns one at a time, a console's hard-wrapped rows
// joined; the finding that says so, when one does.
function rearrangeRows(lines: PasteLines, scanner: PatternScanner | undefined, where: { file?: string }): { lines: PasteLines; finding?: Finding } {
  const cast = opensWithCastHeader(lines) ? decodeAsciinemaCast(lines) : undefined;
  if (cast !== undefined) {
    const args = { firstLine: cast.firstLine, lastLine: cast.lastLine, events: cast.events };
    return { lines: cast.lines, finding: createFinding('PASTE_CAST_DECODED', 'info', args, { ...where, line: cast.firstLine }) };
  }
  const commandLines = scanner === undefined ? undefined : linesHoldingLiteral(scanner, PASTE_COMMAND_LITERAL);
  const columns = commandLines === undefined || commandLines.length > 0 ? splitPasteColumns(lines, commandLines) : undefined;
  if (columns !== undefined) {
    const args = { files: columns.files, firstLine: columns.commandLine + 1, lastLine: columns.lastLine };
    return { lines: columns.lines, finding: createFinding('PASTE_COLUMNS_SPLIT', 'info', args, { ...where, line: columns.commandLine }) };
  }
  // A viewer's line numbers or a reply's quote markers in front of every line: read without them.
  const stripped = stripLineGutters(lines) ?? lines;
  // `jq .`'s records, a key a line: each joined into its one line again.
  const joined = joinPrettyJsonRecords(stripped) ?? stripped;
  return { lines: joinWrappedRows(joined) ?? joined };
}

// The literals holdsTextToUnescape looks for, joined once rather than per verdict.
const UNESCAPE_LITERALS: readonly string[] = [...LOST_ESC_RESETS, ...HTML_ENTITY_LITERALS, ...CAT_V_LITERALS];

// Whether the scanned paste holds a colour reset code whose ESC was lost (`[0m`: its colour codes are to be read off) or
// an HTML escape (`&lt;`, `&nbsp;`: a page's source copied), or an escape sequence in `cat -v`'s notation (`^[[`).
function holdsTextToUnescape(scanner: PatternScanner): boolean {
  return UNESCAPE_LITERALS.some((literal) => (linesHoldingLiteral(scanner, literal)?.length ?? 1) > 0);
}

// Compiled patterns per proof object: lessons are immutable data, and this keeps 20,000 verdicts/s possible.
const preparedProofs = new WeakMap<LessonProof, PreparedProof>();

function prepare(proof: LessonProof): PreparedProof {
  let prepared = preparedProofs.get(proof);
  if (!prepared) {
    const patterns = proof.regex_patterns.map(compilePattern);
    const timing = proof.timing ? TIMING_KEYS.map((key) => compilePattern(proof.timing![key])) : [];
    const usable = [...patterns, ...timing].flatMap((r) => (r.ok ? [r.pattern] : [])).concat(timing.length > 0 ? BUILT_IN_PATTERNS : []);
    const scan = planLiteralScan(usable, SCAN_ALSO_LITERALS);
    prepared = { patterns, timing, scan };
    if (timing.length > 0 && timing.every((r) => r.ok)) {
      const [kill, heartbeat, connection] = timing.map((r) => (r as { pattern: CompiledPattern }).pattern) as [CompiledPattern, CompiledPattern, CompiledPattern];
      // Per line, the EVENT_PATTERN_BIT bits of the patterns whose literals it holds: the only ones classified.
      const marks = planCandidateMarks(scan, [[BIT.kill, kill], [BIT.heartbeat, heartbeat], [BIT.connection, connection], ...BUILT_IN_MARK_PATTERNS], VOTE_KEY_RULE);
      prepared = { ...prepared, events: { patterns: { kill, heartbeat, connection }, marks } };
    }
    preparedProofs.set(proof, prepared);
  }
  return prepared;
}

const check = (id: VerdictCheck['id'], status: VerdictCheck['status'], findings: Finding[]): VerdictCheck => ({
  id,
  status,
  passed: status === 'passed' || status === 'not-required',
  findings,
});

function rejected(lesson: CheckableLesson, stats: PasteStats, referenceOutput: boolean, findings: Finding[]): Verdict {
  return {
    schemaVersion: VERDICT_SCHEMA_VERSION,
    lessonId: lesson.id,
    passed: false,
    xpAwarded: 0,
    referenceOutput,
    input: stats,
    checks: [check('input', 'failed', findings), check('patterns', 'skipped', []), check('timing', 'skipped', [])],
    patterns: [],
    measurements: null,
    nodeNames: {},
  };
}

// What a wrong argument is, for the error that says so: `null`, `a number (42)`, `an object without "proof"`.
function describeArgument(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'proof' in value ? `an object whose "proof" is ${describeArgument(value.proof)}` : 'an object without "proof"';
  return `a ${typeof value} (${String(value).slice(0, 40)})`;
}

// A caller's mistake (checkPaste(lesson, null) from untyped code) is said as one, with what was expected, instead of
// a bare TypeError from deep inside the engine.
function checkArguments(lesson: unknown, input: unknown, options: unknown): void {
  const proof = typeof lesson === 'object' && lesson !== null ? (lesson as { proof?: unknown }).proof : undefined;
  if (typeof proof !== 'object' || proof === null || !Array.isArray((proof as { regex_patterns?: unknown }).regex_patterns)) {
    throw new VerifyLessonError('ARGUMENT_INVALID', `checkPaste: expected a lesson (from findLesson or parseLesson) as the first argument, found ${describeArgument(lesson)}`);
  }
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new VerifyLessonError('ARGUMENT_INVALID', `checkPaste: expected the paste as a string or bytes (a Uint8Array or Buffer) as the second argument, found ${describeArgument(input)}`);
  }
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new VerifyLessonError('ARGUMENT_INVALID', `checkPaste: expected options as an object or nothing as the third argument, found ${describeArgument(options)}`);
  }
}

// Lines read only where they can change the answer: those that only hear from a leader, and those whose only
// candidate words are a role column's (`node2 FOLLOWER term=3 heartbeat ok`).
const LAZY = BIT.heardFrom | BIT.role;
// The event bits of the first reading: a line holding only lazy ones is left out.
const EAGER_EVENT_BITS = EVENT_BITS & ~LAZY;

/**
 * Reads the paste's events without the lines that only hear from a leader or state a role column, and again with them where they can
 * change the answer: a paste with several kills to choose from (which one killed the then-leader), one that fails
 * (the killed node may have been a follower), one whose killed node no line but the kill names as leader (a
 * follower's kill would pass as the leader's when the peers' lost connections to it read as detections), or one whose
 * kill no shutdown line of the killed node's own confirms (its heartbeats after the kill, skipped at first, would show
 * it lived on: log-facts.ts findLedOn), or one where a measured follower hears from a leader after its detection (its
 * own SIGTERM handler kept the leader running: hearsAfterDetection). A passing paste with one kill of a node named as
 * leader, whose own line shows it going down, and no follower hearing on, keeps its first reading.
 */
function readLeaderEvents<T extends { events: LogEvents; result: { passed: boolean; measurements: Measurements | null; killOwnLines?: readonly number[] } }>(
  lines: PasteLines,
  mayMatch: Uint32Array | number[],
  read: (candidates: number[], masks: ArrayLike<number>) => T,
): T {
  const masks = mayMatch.slice();
  const candidates: number[] = [];
  let heard = false;
  for (let i = 0; i < masks.length; i++) {
    const may = masks[i]!;
    if ((may & LAZY) !== 0) {
      heard = true;
      masks[i] = may & ~LAZY;
    }
    if ((may & EAGER_EVENT_BITS) !== 0) candidates.push(i);
  }
  const first = read(candidates, masks);
  if (!heard || (first.result.passed && isOneKillOfANamedLeader(first.events.events, first.result.measurements, first.result.killOwnLines !== undefined, lines) && !hearsAfterDetection(first.events, first.result.measurements, mayMatch, lines))) return first;
  const all: number[] = [];
  for (let i = 0; i < mayMatch.length; i++) if ((mayMatch[i]! & EVENT_BITS) !== 0) all.push(i);
  return read(all, mayMatch);
}

// One kill in the events, of a node that a measured follower's detection names as its leader ("connection to leader
// node1 lost" after the kill). Not a claim or statement before the kill: a leadership the skipped lines may have
// ended since (adv18: `following leader node2 (term 1)`, then node2's own `heartbeat from leader node1 (term 2)`).
// And a kill the killed node's own line shows (its `received SIGTERM`, as the kill line or joined to the student's
// record: `ownLines`): a bare `date; kill -HUP 4101` may have left it leading (blind18). Not when a measured follower
// follows it again after its detection (adv49b-10: its handler logged SIGTERM and kept running, log-facts.ts
// findFollowedAgain asks the heartbeats the first reading skips).
function isOneKillOfANamedLeader(events: readonly LogEvent[], measurements: Measurements | null, ownLines: boolean, lines: PasteLines): boolean {
  const leader = measurements?.leader;
  if (leader == null) return false;
  let kills = 0;
  let named = false;
  let own = ownLines;
  for (const event of events) {
    if (event.kind === 'kill') {
      kills++;
      if (event.node === leader) own = true;
    } else if (event.leader === leader && event.node !== undefined && event.node !== leader) {
      const number = lineNumber(lines, event.line);
      if (!named) named = measurements!.followers.some((f) => f.line === number && f.node === event.node);
      // A follower following it again after its detection: whether it led on is asked of the heard lines too.
      if (event.kind === 'follows-leader' && measurements!.followers.some((f) => f.node === event.node && f.line !== undefined && number > f.line)) return false;
    }
  }
  return kills < 2 && named && own;
}

// Whether a measured follower has a line the first reading left out that hears from a leader after its detection (paste
// order, its own lines): the killed node may have led on (adv50c-10: a SIGTERM handler that closed its sockets and kept
// sending heartbeats), which only the heard lines can show. In one node's log its detection ends what it heard; where
// the follower's own events are out of time order (lines shuffled, sorted by another key), its heard lines anywhere.
function hearsAfterDetection(events: LogEvents, measurements: Measurements | null, mayMatch: ArrayLike<number>, lines: PasteLines): boolean {
  const writers = events.lineWriters;
  if (measurements == null || writers === undefined) return false;
  // The lines the first reading left out that hear from a leader: listed once for every follower.
  let heard: number[] | undefined;
  for (const follower of measurements.followers) {
    if (follower.line === undefined) continue;
    if (heard === undefined) {
      heard = [];
      for (let i = 0; i < mayMatch.length; i++) if ((mayMatch[i]! & BIT.heardFrom) !== 0 && (mayMatch[i]! & EAGER_EVENT_BITS) === 0) heard.push(i);
    }
    const ordered = isInTimeOrder(events.events, follower.node);
    const stampAt = events.lineStampAt;
    const detection = follower.line - 1;
    const detectionStamp = stampAt === undefined ? -1 : stampAt[detection]!;
    // The stamp's characters compared: as many as both lines hold, at most STAMP_COMPARE_CHARS.
    const detectionChars = detectionStamp < 0 ? 0 : Math.min(STAMP_COMPARE_CHARS, lines.ends[detection]! - detectionStamp);
    // Its characters read once: each heard line's stamp is compared with them (a quarter of the compares' cost).
    const detectionCodes = readCharCodes(lines.text, detectionStamp, detectionChars);
    // The writer of the line last asked about, and whether it is this follower (a paste's lines repeat a few writers).
    let lastWriter: string | undefined;
    let isFollower = false;
    for (let k = heard.length - 1; k >= 0; k--) {
      const i = heard[k]!;
      const writer = writers[i];
      if (writer !== lastWriter) {
        lastWriter = writer;
        isFollower = writer !== undefined && (events.aliases.get(writer) ?? writer) === follower.node;
      }
      if (!isFollower) continue;
      // After the detection in paste order; before it, a line stamped later (a shuffled or re-sorted paste).
      if (i >= follower.line || !ordered || (detectionChars > 0 && isStampAfter(lines.text, stampAt![i]!, Math.min(detectionChars, lines.ends[i]! - stampAt![i]!), detectionCodes))) return true;
    }
  }
  return false;
}

// Whether the stamp at text offset `a` reads later than the one whose character codes are `b`, compared over their
// first `chars` characters (one writer's stamps share a format, so their text orders as their times); a line with no
// stamp (-1) is not later.
function isStampAfter(text: string, a: number, chars: number, b: Uint16Array): boolean {
  if (a < 0) return false;
  for (let k = 0; k < chars; k++) {
    const ca = text.charCodeAt(a + k);
    const cb = b[k]!;
    if (ca !== cb) return ca > cb;
  }
  return false;
}

const STAMP_COMPARE_CHARS = 32;
// readCharCodes' array, reused by every call (a verdict reads one detection stamp at a time): no allocation per follower.
const STAMP_CODES = new Uint16Array(STAMP_COMPARE_CHARS);

// The character codes of `text` from `start`, `count` (at most STAMP_COMPARE_CHARS) of them, in STAMP_CODES.
function readCharCodes(text: string, start: number, count: number): Uint16Array {
  for (let k = 0; k < count; k++) STAMP_CODES[k] = text.charCodeAt(start + k);
  return STAMP_CODES;
}

// Whether `node`'s timed events run in time order down the paste (its own clock: one stamp kind).
function isInTimeOrder(events: readonly LogEvent[], node: string): boolean {
  let last = -Infinity;
  for (const event of events) {
    if (event.node !== node || event.time === undefined) continue;
    if (event.time.ms < last) return false;
    last = event.time.ms;
  }
  return true;
}

/**
 * Judges a paste (a string, or bytes decoded as UTF-8 with replacement) against a lesson's proof criteria. Throws a
 * VerifyLessonError of code ARGUMENT_INVALID, saying what it expected, for anything else (null, a number, no lesson).
 */
export function checkPaste(lesson: CheckableLesson, input: string | Uint8Array, options: CheckPasteOptions = {}): Verdict {
  checkArguments(lesson, input, options);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const capChars = options.lineCapChars ?? DEFAULT_LINE_CAP_CHARS;
  const where = options.file === undefined ? {} : { file: options.file };
  const size =
    options.sizeBytes !== undefined && options.sizeBytes > maxBytes
      ? { bytes: options.sizeBytes, exact: options.sizeExact ?? true, tooLarge: true }
      : pasteSize(input, maxBytes);
  if (size.tooLarge) {
    return rejected(lesson, { chars: 0, lines: 0, longLines: 0 }, false, [
      createFinding('PASTE_TOO_LARGE', 'error', { bytes: size.bytes, exact: size.exact, maxBytes }, where),
    ]);
  }

  const prepared = prepare(lesson.proof);
  const automaton = prepared.scan.automaton;
  const pasted = decodePasteInput(input, automaton && ((bytes) => decodeUtf8ForScan(automaton, bytes)));
  // One pass finds the literals, the line breaks and whether normalising would rewrite anything (or U+FFFD is there:
  // then the binary ratio counts); only then, or where that pass does not run, is the text searched and indexed apart.
  const fast = pasted.nul ? undefined : scanUnindexedText(pasted.decoded, capChars, prepared.scan, pasted.lead);
  let text = pasted.decoded;
  let ratio = 0;
  let fastScanner = fast?.scanner;
  // Colour codes whose ESC was lost (`[01;32m…[00m`) and HTML escapes are no normalising the scan's marks show: its
  // literals do.
  if (fast === undefined || fast.marked || holdsTextToUnescape(fast.scanner)) {
    ({ text, binaryRatio: ratio } = normalizeDecodedPaste(pasted));
    if (text !== pasted.decoded) fastScanner = undefined;
  }
  // The lines' text keeps the decoder's lead (no paste's) only where it is the decoded text still.
  const lead = text === pasted.decoded ? pasted.lead : 0;
  const lines = fastScanner?.lines ?? indexLines(text);
  let longLines = 0;
  const { starts, ends, count } = lines;
  for (let i = 0; i < count; i++) if (ends[i]! - starts[i]! > capChars) longLines++;
  const stats: PasteStats = { chars: text.length - lead, lines: lines.count, longLines };

  const inputFindings: Finding[] = [];
  if (text.trim() === '') inputFindings.push(createFinding('PASTE_EMPTY', 'error', {}, where));
  if (ratio > BINARY_RATIO) inputFindings.push(createFinding('PASTE_BINARY', 'error', { ratio: Math.round(ratio * 1000) / 1000 }, where));
  const mark = findReferenceMark(text, fastScanner);
  const referenceOutput = mark >= 0;
  if (referenceOutput && options.rejectReference) {
    const line = lineAt(lines, mark) + 1;
    inputFindings.push(createFinding('REFERENCE_OUTPUT', 'error', { line }, { ...where, line }));
  }
  // Terminal panes copied side by side: one stream per pane, or a refusal when the columns are not clear.
  const layout = detectPaneLayout(lines, fastScanner && ((literal) => linesHoldingLiteral(fastScanner, literal)));
  if (layout.kind === 'ambiguous') {
    inputFindings.push(createFinding('PASTE_PANES_AMBIGUOUS', 'error', { reason: layout.reason, line: layout.line }, { ...where, line: layout.line }));
  }
  if (inputFindings.length > 0) return rejected(lesson, stats, referenceOutput, inputFindings);
  if (longLines > 0) inputFindings.push(createFinding('PASTE_LONG_LINES', 'info', { count: longLines, capChars }, where));
  let read = lines;
  if (layout.kind === 'panes') {
    const split = splitPanes(lines, layout.border, layout.columns);
    read = split.lines;
    const args = { panes: split.panes, border: layout.border, columns: layout.columns.map((c) => c + 1), firstLine: split.firstLine, lastLine: split.lastLine };
    inputFindings.push(createFinding('PASTE_PANES_SPLIT', 'info', args, { ...where, line: split.firstLine }));
  } else {
    const rearranged = rearrangeRows(lines, fastScanner, where);
    read = rearranged.lines;
    if (rearranged.finding !== undefined) inputFindings.push(rearranged.finding);
  }

  const scanner = fastScanner !== undefined && read === lines ? fastScanner : createPatternScanner(read, capChars, prepared.scan);
  let timingCheck: VerdictCheck;
  let measurements: Measurements | null = null;
  let nodeNames: Record<string, string> = {};
  // What the timing check read and measured: the patterns check cites those lines first (choose-pattern-evidence.ts).
  let evidence: EvidenceContext | undefined;
  const timing = lesson.proof.timing;
  if (!timing) {
    timingCheck = check('timing', 'not-required', [createFinding('TIMING_NOT_REQUIRED', 'info', {}, where)]);
  } else {
    const refused: Finding[] = [];
    prepared.timing.forEach((result, i) => {
      if (result.ok) return;
      const key = TIMING_KEYS[i]!;
      const code = result.reason === 'invalid' ? 'PATTERN_INVALID' : 'PATTERN_UNSAFE';
      refused.push(createFinding(code, 'error', { pattern: timing[key], reason: result.message }, { ...where, path: `proof.timing.${key}` }));
    });
    if (refused.length > 0) timingCheck = check('timing', 'failed', refused);
    else {
      // Every timing pattern compiled: prepare() planned their marks.
      const { patterns: timingPatterns, marks } = prepared.events!;
      const mayMatch = markCandidateLines(scanner, marks);
      // Lines that only hear from a leader ("heartbeat from leader node1") come with every heartbeat: they are read
      // only where they can change the answer (readLeaderEvents).
      const { events, result } = readLeaderEvents(read, mayMatch, (candidates, masks) => {
        const readEvents = readLogEvents(read, timingPatterns, { candidates, mayMatch: masks });
        return { events: readEvents, result: measureDetection(timing, read, readEvents, timingPatterns, where, masks) };
      });
      timingCheck = check('timing', result.passed ? 'passed' : 'failed', result.findings);
      measurements = result.measurements;
      nodeNames = nameVerdictNodes(measurements, result.findings, events, read);
      const phrases = timingPhrases(lesson.proof);
      evidence = { events: events.events, clock: result.clock, measurements, killPattern: timingPatterns.kill, killOwnLines: result.killOwnLines, detectionPhrases: phrases.detection, killPhrases: phrases.kill };
    }
  }

  let hints: readonly string[] | undefined;
  const sections = lesson.sections;
  const patterns = checkPatterns(scanner, lesson.proof.regex_patterns, prepared.patterns, () => (hints ??= sections ? lessonHints({ sections }) : []), where, evidence);

  // A failing timing check's cause first, and a pattern miss it explains said as following from it.
  const led = leadWithCause(lesson.proof, prepared.patterns, patterns.findings, patterns.patterns, timingCheck.findings, timingCheck.passed, measurements);
  // A detection too slow gets the election timeout the lesson asks for (its own numbers).
  const timingFindings = addTimeoutRange(led.timingFindings, sections && findLessonTimeoutRange(sections));
  if (timingFindings !== timingCheck.findings) timingCheck = { ...timingCheck, findings: timingFindings };
  const checks = [check('input', 'passed', inputFindings), check('patterns', patterns.passed ? 'passed' : 'failed', led.patternFindings), timingCheck];
  const passed = checks.every((c) => c.passed);
  return {
    schemaVersion: VERDICT_SCHEMA_VERSION,
    lessonId: lesson.id,
    passed,
    xpAwarded: passed ? lesson.xp : 0,
    referenceOutput,
    input: stats,
    checks,
    patterns: led.patterns,
    measurements,
    nodeNames,
  };
}
