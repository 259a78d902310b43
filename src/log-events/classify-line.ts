// What one line says, from its text alone: the event kind plus the leader, term, subject id, kill target and pid
// it names. The lesson's three timing patterns decide kill / heartbeat / connection lines; the built-in patterns
// (default-patterns.ts) the rest. Pure; used on every event line of a paste and line by line by the harness.
import { isMetricLine } from './metric-samples.js';
import { FAMILY_NAME, findKilledPort, findMentionedNodes, findStoppedName, findUnitNode, isNonNodeProgramName, isPortName, nodeLabel, readNodeName, readRoleNodeName, ROLE_NODE_NAME_SOURCE } from './attribute-node.js';
import {
  ALL_EVENT_PATTERNS,
  EVENT_BITS,
  KILL_COMMAND_WORDS,
  SUBJECT_VERB_WORDS,
  APPEND_ENTRIES_SENDER_PATTERN,
  blankCandidatesTimers,
  blankUnfiredTimers,
  BECAME_LEADER_PATTERN,
  isLeaderClaim,
  CJK_CONNECTION_PATTERN,
  LOCALIZED_CONNECTION_PATTERN,
  LOCALIZED_HEARTBEAT_PATTERN,
  isStepDown,
  BUILT_IN_EVENT_PATTERNS,
  COMMAND_KILL_PATTERN,
  readRunWords,
  ELECTION_STARTED_PATTERN,
  ELECTION_TIMER_FIRED_PATTERN,
  ENDING_BEGUN_PATTERN,
  isPartRestart,
  EVENT_PATTERN_BIT as BIT,
  FOLLOWER_OF_PATTERN,
  LEADER_STATE_WORDS,
  FOLLOWS_LEADER_PATTERN,
  HEARD_FROM_LEADER_PATTERN,
  APPEND_SENDER_PATTERN,
  HEARTBEAT_SENDER_PATTERN,
  SENT_TO_FOLLOWER_PATTERN,
  HEARTBEAT_ACKS_PATTERN,
  COMMIT_ACKED_BY_PATTERN,
  NAMED_LEADER_PATTERN,
  isNoDetection,
  NOT_A_KILL_PATTERN,
  NO_END_SIGNAL_COMMAND_PATTERN,
  JOB_STOPPED_PATTERN,
  PAUSE_COMMAND_PATTERN,
  PAUSE_SIGNALS,
  KILL_FAILED_PATTERN,
  readKillSignal,
  SIGNAL_THREAD_PATTERN,
  SILENT_FOR_PATTERN,
  STARTUP_PATTERN,
  STEPPED_DOWN_PATTERN,
  KILLING_LEADER_AT_PATTERN,
  KILLING_NODE_PID_PATTERN,
  KILLING_LEADER_PATTERN,
  UNIT_STOP_PATTERN,
  UNIT_STOPPING_PATTERN,
  VOTE_PATTERN,
  ROLE_WORDS_PATTERN,
} from './default-patterns.js';
import type { LogEvent, LogEventKind, PatternWords } from './log-event.js';
import { isAsciiDigit, isAsciiWordChar as isWordChar } from './char-codes.js';
import { readKillPids } from './kill-failures.js';
import { isKillPipeline, readTypedPipelines } from './process-actions.js';
import { readSmartPunctuation } from './smart-punctuation.js';
import { readTimedByDate } from './date-output.js';
import { isStartupSetting } from './startup-setting.js';
import { blankSignalListings, isSignalTableRow } from './signal-listings.js';
import { dropCaptureGroups } from './drop-capture-groups.js';

/** Anything that tests a line: a RegExp, or a CompiledPattern from src/proof (ReDoS-safe lesson patterns). */
export interface LineTest {
  test(text: string): boolean;
  /** Where it first matches (a CompiledPattern's exec, or a RegExp's): the event then keeps the words (LogEvent.words). */
  exec?(text: string): { readonly index: number; readonly text: string } | RegExpExecArray | null | undefined;
  /** With `engine: 'v8'`: a case-insensitive V8 regex source, which may be joined with others into one pass. */
  readonly source?: string;
  readonly engine?: string;
}

/** The lesson-configurable patterns (proof.timing's kill/heartbeat/connection, or the defaults). */
export interface EventPatterns {
  readonly kill: LineTest;
  readonly heartbeat: LineTest;
  readonly connection: LineTest;
}

const UNION_CACHE_SIZE = 256;
const unionCache = new Map<string, RegExp>();

// One regex matching where any pattern of the mask matches (built-ins by BUILT_IN_EVENT_PATTERNS, which holds
// each pattern or a prefilter that matches wherever it does), or null when the mask holds fewer than two
// patterns or a lesson pattern that cannot be joined (Pike-VM patterns; backreferences and named groups would
// change meaning).
function buildUnion(patterns: EventPatterns, may: number): RegExp | null {
  const sources: string[] = [];
  const lesson: [number, LineTest][] = [[BIT.kill, patterns.kill], [BIT.heartbeat, patterns.heartbeat], [BIT.connection, patterns.connection]];
  for (const [bit, test] of lesson) {
    if ((may & bit) === 0) continue;
    if (test.engine !== 'v8' || test.source === undefined || /\\[1-9]|\(\?<(?![=!])/.test(test.source)) return null;
    // A union is only tested: its groups would only slow it (the built-ins have none).
    sources.push(dropCaptureGroups(test.source));
  }
  for (const [bit, regex] of BUILT_IN_EVENT_PATTERNS) if ((may & bit) !== 0) sources.push(regex.source);
  if (sources.length < 2) return null;
  const key = sources.join('\n');
  let union = unionCache.get(key);
  if (!union) {
    union = new RegExp(sources.map((source) => `(?:${source})`).join('|'), 'i');
    if (unionCache.size >= UNION_CACHE_SIZE) unionCache.clear();
    unionCache.set(key, union);
  }
  return union;
}

// Joined regexes per lesson patterns (compiled patterns are cached per source, so these are few and long-lived).
// A mask's entry counts the lines tested the slow way until it reaches UNION_AFTER_LINES; only then is the joined
// regex compiled, so a short paste in a fresh process (the student's CLI) does not pay for compiling it.
type MaskUnion = { lines: number; union: RegExp | null };
const unionsByPatterns = new WeakMap<LineTest, WeakMap<LineTest, WeakMap<LineTest, Map<number, MaskUnion>>>>();
const UNION_AFTER_LINES = 64;

function unionsFor(patterns: EventPatterns): Map<number, MaskUnion> {
  let byHeartbeat = unionsByPatterns.get(patterns.kill);
  if (!byHeartbeat) unionsByPatterns.set(patterns.kill, (byHeartbeat = new WeakMap()));
  let byConnection = byHeartbeat.get(patterns.heartbeat);
  if (!byConnection) byHeartbeat.set(patterns.heartbeat, (byConnection = new WeakMap()));
  let perMask = byConnection.get(patterns.connection);
  if (!perMask) byConnection.set(patterns.connection, (perMask = new Map()));
  return perMask;
}

/**
 * For a batch of lines classified with the same patterns (one paste): does any pattern of a line's `mayMatch`
 * mask match it? Once a mask has been seen on UNION_AFTER_LINES lines (in this paste or earlier ones), one joined
 * regex answers in one pass instead of one per pattern, so the many lines that merely mention "leader" cost one
 * test; before that (and for masks that cannot be joined) it answers true and classifyLineText tests each pattern. A
 * mask of one pattern is answered true: classifyLineText tests that pattern once.
 */
export function createAnyMatchTest(patterns: EventPatterns): (text: string, may: number) => boolean {
  const last = lastAnyMatch;
  if (last !== undefined && last.patterns.kill === patterns.kill && last.patterns.heartbeat === patterns.heartbeat && last.patterns.connection === patterns.connection) return last.test;
  const perMask = unionsFor(patterns);
  const test = (text: string, mask: number): boolean => {
    // Only command lines are tested for command kills (classifyLineText), and those do not come here.
    const may = mask & EVENT_BITS & ~BIT.commandKill;
    // One pattern (most candidate lines hold the literals of just one): its test is classifyLineText's first costly
    // step anyway (after bit checks), so testing it here too would run it twice on every line it matches.
    if ((may & (may - 1)) === 0) return may !== 0;
    let entry = perMask.get(may);
    if (entry === undefined) perMask.set(may, (entry = { lines: 0, union: null }));
    if (entry.lines < UNION_AFTER_LINES) {
      if (++entry.lines === UNION_AFTER_LINES) entry.union = buildUnion(patterns, may);
      return true;
    }
    return entry.union === null || entry.union.test(text);
  };
  lastAnyMatch = { patterns, test };
  return test;
}
// The last test made: the next paste is most often checked with the same patterns (a lesson's, or the defaults), and
// the test of a set of patterns depends on them alone.
let lastAnyMatch: { readonly patterns: EventPatterns; readonly test: (text: string, may: number) => boolean } | undefined;

// Whether the heartbeat pattern matches `text` only inside a node's saying its timer has not fired ("waiting for
// election timeout", "election timeout in 412 ms", "no heartbeat timeout": blankUnfiredTimers), so the line is no
// heartbeat timeout.
function isOnlyAwaitedTimeout(text: string, heartbeat: LineTest, may: number): boolean {
  const rest = blankUnfiredTimers(text, may);
  return rest !== text && !heartbeat.test(rest);
}

// Another node's words the line relays: a message it received, quoted after its sender (`<- node2 {"type":"RequestVote",
// …,"msg":"election timeout: …"}`, `recv RequestVote from node2: 'election timeout: …'`), or said to be that node's
// (`node2 says: election timeout, …`). A detection in them is the sender's, not the writer's (adv48b's false pass).
const RELAYED = /(?:<-|<=|\bfrom)\s?(?:peer\s)?([\w.:@-]{1,40})\s?:?\s?(?:\{[^}\n]{0,300}\}|'[^'\n]{0,300}'|"[^"\n]{0,300}")|\b([\w.:@-]{1,40}) (?:says|said|reports|reported|writes|wrote)\s?:[^\n]*/g;
// What every RELAYED match holds, as two cheap tests (RELAYED itself tries a name at every word): a sender and a quote
// or brace after it, or a verb of saying with its colon.
const SENT_PAYLOAD = /(?:<-|<=|\bfrom\b)[^\n]{0,48}?[{'"]/;
const SAID = /\b(?:says|said|reports|reported|writes|wrote)\s?:/;
// Whether the line holds a quote or a brace, as SENT_PAYLOAD needs: three string searches, each a fraction of a regex's
// pass over the line.
const holdsQuoteOrBrace = (text: string): boolean => text.includes('"') || text.includes("'") || text.includes('{');

// Whether the detection words `pattern` finds on the line are all another node's: a vote line's timer that is the
// candidate's (its request's reason, blankCandidatesTimers), or words the line relays from another node.
function isOthersDetection(text: string, pattern: LineTest, may: number, ownNode: string | undefined): boolean {
  const rest = blankRelayedWords((may & BIT.vote) !== 0 ? blankCandidatesTimers(text) : text, ownNode, may);
  return rest !== text && !pattern.test(rest);
}

// `text` with the words it relays from a node other than `ownNode` blanked (RELAYED; the same text when none).
// `may`: the line's EVENT_PATTERN_BIT mask (without the saidWords bit, no verb of saying).
function blankRelayedWords(text: string, ownNode: string | undefined, may: number): string {
  if (!(holdsQuoteOrBrace(text) && SENT_PAYLOAD.test(text)) && !((may & BIT.saidWords) !== 0 && SAID.test(text))) return text;
  const own = ownNode === undefined ? undefined : normalizeNodeToken(ownNode);
  return text.replace(RELAYED, (match, sender: string | undefined, speaker: string | undefined) => {
    const node = normalizeNodeToken((sender ?? speaker)!);
    if (node === undefined || node === own) return match;
    // A sender's message keeps its sender: only the quoted payload goes.
    return sender !== undefined ? match.slice(0, match.indexOf(sender) + sender.length) : ' ';
  });
}

export type LineMeaning = Pick<LogEvent, 'kind' | 'leader' | 'peer' | 'term' | 'subject' | 'target' | 'pid' | 'signal' | 'notKill' | 'silentMs' | 'startsElection' | 'sendFailed' | 'role' | 'bySender' | 'heardFrom' | 'restated' | 'leaderless' | 'words'>;

// A term's key before its number: `term 3`, `term=3`, `[term 3]`, `"term": 3`.
const TERM_KEY = `term\\b["']?\\s?[=:]?\\s?["']?`;
// Or a compact role column's `t=3` (`n2 F t=3 …`, `[node3 C t=2] election timeout`): a whole number, no time (`t=0.25s`).
const TERM = new RegExp(`\\b(?:${TERM_KEY}(\\d{1,9})\\b|t=(\\d{1,9})(?![\\w.]))`, 'i');
const TERM_KEY_BEFORE = new RegExp(`\\b(?:${TERM_KEY}|t=)$`, 'i');
const TERMS = new RegExp(TERM.source, 'gi');
// What stands before a term key that is a log entry's, not the node's own: `last-term=2`, `log term: 0`, `last entry:
// term 1`, an index before it (`index 41, term 1`, `index=41 term=3`; not a commit or applied index, said beside the
// node's own term). An entry's term may lie below the node's current one.
const ENTRY_TERM_BEFORE =
  /(?:\b(?:last|log|prev(?:ious)?|entry|entries|snapshot)\b["']?[ _-]?[:=(]?\s?|(?<!(?:commit(?:ted)?|appl(?:y|ied))[ _-]?)\b(?:index|idx)\b["']?\s?[=:]?\s?["']?\d{1,12}["']?[,;]?\s?)$/i;

/** Whether the number at `index` of `text` is a term's (`[term 3]`, `term=3`): a term is never a node's name. */
export function isTermNumberAt(text: string, index: number): boolean {
  return TERM_KEY_BEFORE.test(text.slice(Math.max(0, index - 16), index));
}
// etcd/raft: a line whose message starts with the writer's own member id ("8e9e05c52164694d became leader"):
// 8 to 16 hex digits after a boundary (etcd prints the 64-bit id without leading zeros: `640e6d2f67c41c1`, one id
// in 16), then a space and one of these words (tried only after such a run).
const SUBJECT_VERB_AT = new RegExp(`(?:${SUBJECT_VERB_WORDS}|\\[)`, 'y');
const SUBJECT_BOUNDARY = /[\s|:"]/;
const isHexDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 102);

// The leftmost member id before a SUBJECT_VERB_AT word. Read as a search for 8 hex digits in a row: from a run's
// start, its 8th character is read first, and a run found shorter is skipped whole (most text holds short runs:
// `de` of `node`, a date's `2026`), so most characters are never read.
function findSubjectId(text: string): string | undefined {
  const length = text.length;
  let start = 0;
  while (start + 8 <= length) {
    // The run that would reach 8 digits at `probe` starts after the last non-hex character before it.
    const probe = start + 7;
    let first = probe + 1;
    while (first > start && isHexDigit(text.charCodeAt(first - 1))) first--;
    if (first > start) {
      start = first;
      continue;
    }
    let end = probe + 1;
    while (end < length && isHexDigit(text.charCodeAt(end))) end++;
    // The run from `start` is its whole run: `start` is the text's start or follows a non-hex character.
    if (end - start <= 16 && text.charCodeAt(end) === 32 && (start === 0 || SUBJECT_BOUNDARY.test(text.charAt(start - 1)))) {
      SUBJECT_VERB_AT.lastIndex = end + 1;
      if (SUBJECT_VERB_AT.test(text)) return text.slice(start, end);
    }
    start = end + 1;
  }
  return undefined;
}
// "leader", "leader_id", `"leader":`, `leader_elected`; hclog's `leader-address=` is read by leaderNamed as the
// leader's address.
const LEADER_WORD = /\b(?:leader|l[ií]der(?:a|em)?)(?:[-_ ]?id\b|\b|(?=_elected\b))|领导者|リーダー/gi;
// Windows' own: `taskkill /PID 4242 /F`, `Stop-Process -Id 4242` (a `kill 4242` list is readKillPids').
const WINDOWS_KILL_PID = /\b(?:taskkill\b[^;&|]*?\/pid|stop-process\b[^;&|]*?-id)\s+(\d{1,8})\b/i;
// The first pid a kill command names: `kill -TERM 4242`, `taskkill /PID 4242 /F`, `Stop-Process -Id 4242`.
function readFirstKillPid(text: string): number | undefined {
  const listed = readKillPids(text)[0];
  if (listed !== undefined) return listed;
  const windows = WINDOWS_KILL_PID.exec(text);
  return windows === null ? undefined : Number(windows[1]);
}
const NOT_NAMES = new Set([
  'for', 'yet', 'in', 'at', 'of', 'is', 'was', 'the', 'a', 'an', 'none', 'unknown', 'nil', 'null', 'elected', 'changed',
  'election', 'term', 'to', 'from', 'and', 'with', 'lost', 'down', 'unreachable', 'disconnected', 'found', 'now', 'node',
  'state', 'lease', 'heartbeat', 'heartbeats', 'has', 'by', 'on', 'not', 'no', 'since', 'after', 'before', 'as', 'be',
  'being', 'id', 'leader', 'leaders', 'follower', 'candidate', 'self', 'me', 'this', 'it', 'unknown.', 'elected',
]);

const NOT_NAME_MAX_CHARS = Math.max(...[...NOT_NAMES].map((word) => word.length));
// Whether `clean` may be one of NOT_NAMES: short, and not ending in a digit as a node's name does (`node1`, `n2`).
const mayBeNotName = (clean: string): boolean => clean.length <= NOT_NAME_MAX_CHARS && !isAsciiDigit(clean.charCodeAt(clean.length - 1));

// What normalizeNodeToken strips: quotes and brackets in front, and closing ones or punctuation behind.
const isWrapChar = (c: number): boolean => c === 34 || c === 39 || c === 91 || c === 40 || c === 60;
const isTrailChar = (c: number): boolean => c === 34 || c === 39 || c === 93 || c === 41 || c === 62 || c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63;
// No uppercase letter and nothing beyond ASCII: toLowerCase would return the same text.
function isLowerAscii(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c > 127) return false;
  }
  return true;
}
const BRACKETED_ADDRESS = /^["'(]?(\[[0-9a-f]{0,4}:[0-9a-f:]{1,38}\]:\d{2,5})["')>,.;:!?]*$/i;

/** A node's name as written after "leader", "peer", in a field…: `node2`/`n2`/`2`/`peer 2`/`server-2` → node2, anything else as is. */
export function normalizeNodeToken(token: string): string | undefined {
  // `[::1]:7003`: an IPv6 address with its port (the brackets are the address's, not quotes).
  if (token.includes(']:')) {
    const v6 = BRACKETED_ADDRESS.exec(token);
    if (v6) return v6[1]!.toLowerCase();
  }
  const clean = isWrapChar(token.charCodeAt(0)) || isTrailChar(token.charCodeAt(token.length - 1)) ? token.replace(/^["'[(<]+|["'\])>,.;:!?]+$/g, '') : token;
  // `-address` (the rest of a key), `.sh` (of `kill-leader.sh`), `:1` (a JSON value's colon): fragments, not names;
  // `:7001` is a port.
  if (clean.charCodeAt(0) === 45 || clean.charCodeAt(0) === 46 || (clean.charCodeAt(0) === 58 && !isPortName(clean))) return undefined;
  const spaced = clean.length >= 6 && clean.length <= 9 ? /^node (\d{1,4})$/i.exec(clean) : null;
  if (spaced) return nodeLabel(Number(spaced[1]));
  const role = readRoleNodeName(clean);
  if (role !== undefined) return role;
  if (clean === '' || clean.length > 64 || (mayBeNotName(clean) && NOT_NAMES.has(isLowerAscii(clean) ? clean : clean.toLowerCase()))) return undefined;
  const named = readNodeName(clean, 0, clean.length, true);
  if (named && named.end === clean.length) return named.label;
  if (/^\d{1,6}$/.test(clean)) return clean === '0' ? undefined : nodeLabel(Number(clean));
  if (/^[0-9a-f]{8,16}$/i.test(clean)) return /^0+$/.test(clean) ? undefined : clean.toLowerCase();
  // A `0x` number is a quantity (ZooKeeper's "zxid of leader is 0x100000000", an epoch, an address), no member's name.
  if (clean.charCodeAt(0) === 48 && (clean.charCodeAt(1) | 32) === 120) return undefined;
  // Anything else names a node only if it looks like an identity (`infra1`, `raft-a`, `10.0.0.1:7001`), not a word.
  if (!/^[\w.:@/-]+$/.test(clean) || !/[\d.:-]/.test(clean)) return undefined;
  return clean;
}

// The node named right after "leader" ("leader node1", "leader=2", "leader is n3", "elected leader 8e9e… at",
// zerolog's `"leader":1`). A key that only starts with the word is no name: hclog's `leader-id=node1` names node1,
// `leader-address=127.0.0.1:7001` its address (used only when the line names no id), `leader-address=` nothing.
function leaderNamed(text: string): string | undefined {
  LEADER_WORD.lastIndex = 0;
  let address: string | undefined;
  // `test` leaves lastIndex at the word's end (no match array per word).
  while (LEADER_WORD.test(text)) {
    let after = LEADER_WORD.lastIndex;
    // "leader elected: node2", `leader_elected leader=node2` (then the name after the next "leader").
    const elected = isGapChar(text.charCodeAt(after)) && (text.charCodeAt(after + 1) | 32) === 101 && matchesAt(LEADER_ELECTED, text, after);
    if (elected) after = LEADER_ELECTED.lastIndex;
    const c = text.charCodeAt(after);
    const key = isAddressKeyStart(c) && matchesAt(LEADER_ADDRESS_KEY, text, after);
    if (key) after = LEADER_ADDRESS_KEY.lastIndex;
    else if (!elected && (isWordChar(c) || c === 45)) continue; // `leader-elect`, `leadership`: another word
    else if (!elected && isTermAfterRole(text, after)) continue; // `node4 LEADER t8 connect node1 failed`: a role column
    else if (c === 58 && isFunctionInCodeLocation(text, after)) continue; // lager's `@kv_raft:leader:88`: a function
    const name = readLeaderValue(text, after);
    if (name === undefined) continue;
    if (!key) return name;
    address ??= name;
  }
  return address;
}
// What follows "leader" up to the name: `leader is n3`, `leader for term 2 is node1`, `leader=2`, `"leader":"node1"`, `leader changed to [::1]:7003`,
// `leader changed: None -> 127.0.0.1:9213` (the new one; `-> None` names none),
// Rust's Option Debug around the id (`leader is now Some(1)`, `leader: Some(2)`), a role word and its number
// (`following leader peer 1`, `leader is server 2`: ROLE_NODE_NAME_SOURCE), and a Ra server id `{ServerName, Node}` (RabbitMQ's "detected a new leader {'%2F_qq1',rabbit2@localhost} in term 1"),
// whose node is the name.
const LEADER_VALUE = new RegExp(
  String.raw`^["']?\s?(?:for term \d{1,12}(?:,? is\s+|\s?[=:]\s?)|is\s+(?:now\s+)?|was\s+|[=:]\s?|changed to\s+|changed:? (?:from )?[\w.:@/-]{1,64} (?:->|to) |now\s+)?(?:["'(]|Some\(|\[(?![0-9a-f:]{2,39}\]:\d)|\{(?:'[^'{}]{1,64}'|[\w.%-]{1,64}),\s?'?)?((?:node|n) \d{1,4}\b|${ROLE_NODE_NAME_SOURCE}|\[[0-9a-f:]{2,39}\]:\d{2,5}|[\w.:@/-]{1,64})(=?)`,
  'i',
);

/**
 * The name LEADER_VALUE reads at `after` (where a "leader" word or key ends), normalized (normalizeNodeToken); undefined
 * for none, and for an empty value (`leader-address= leader-id=`: the next key). The reference readLeaderValue's quick
 * readings must agree with.
 */
export function readLeaderValueByPattern(text: string, after: number): string | undefined {
  const rest = LEADER_VALUE.exec(text.slice(after, after + 80));
  return rest && rest[2] === '' ? normalizeNodeToken(rest[1]!) : undefined;
}

// Words whose run after "leader " starts another of LEADER_VALUE's readings than the run itself ("leader is n3",
// "leader for term 2 is n1", "leader changed to n2", "leader node 2").
const VALUE_PREFIX_WORDS = new Set(['for', 'is', 'was', 'changed', 'now', 'node']);
// NOT_NAMES but VALUE_PREFIX_WORDS, by length: what a run after "leader " may be to name no one.
const NO_VALUE_WORDS_BY_LENGTH: readonly (readonly string[] | undefined)[] = (() => {
  const byLength: string[][] = [];
  for (const word of NOT_NAMES) if (!VALUE_PREFIX_WORDS.has(word)) (byLength[word.length] ??= []).push(word);
  return byLength;
})();

// Whether the run of ASCII name characters text[start, end) is one of NO_VALUE_WORDS_BY_LENGTH in any case, read in
// place (a word sliced out and hashed for a Set cost more than the rest of reading the name).
function isNoValueWordAt(text: string, start: number, end: number): boolean {
  const words = NO_VALUE_WORDS_BY_LENGTH[end - start];
  if (words === undefined) return false;
  next: for (const word of words) {
    for (let k = 0; k < word.length; k++) {
      const c = text.charCodeAt(start + k);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(k)) continue next;
    }
    return true;
  }
  return false;
}
const isValueNameChar = (c: number): boolean => isWordChar(c) || c === 46 || c === 58 || c === 64 || c === 47 || c === 45;

/**
 * readLeaderValueByPattern, without its regex where one space and a run of name characters follow the word (LEADER_VALUE's
 * last name alternative, `[\w.:@/-]{1,64}`, takes the run): a node's name read whole (`leader node1 lost`), or a word
 * that names none (`leader in 300ms`, NOT_NAMES) unless it starts another reading (VALUE_PREFIX_WORDS).
 */
export function readLeaderValue(text: string, after: number): string | undefined {
  if (text.charCodeAt(after) === 32) {
    const start = after + 1;
    let end = start;
    while (end - start < 65 && isValueNameChar(text.charCodeAt(end))) end++;
    const length = end - start;
    // An `=` after the run is LEADER_VALUE's group 2 (a key, no value), left to the regex.
    if (length > 0 && length <= 64 && text.charCodeAt(end) !== 61) {
      const named = readNodeName(text, start, end, true);
      if (named !== undefined && named.end === end) return named.label;
      if (length <= NOT_NAME_MAX_CHARS && !isAsciiDigit(text.charCodeAt(end - 1)) && isNoValueWordAt(text, start, end)) return undefined;
    }
  }
  return readLeaderValueByPattern(text, after);
}

// Whether TERM_AFTER_ROLE matches at `at` (then its lastIndex is the match's end); after its spaces or tabs (at most 8) it
// needs a bracket or a `t`, which most text there lacks, so the regex runs only on those.
function isTermAfterRole(text: string, at: number): boolean {
  let k = at;
  while (k < at + 8 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  const c = text.charCodeAt(k);
  return (c === 40 || c === 123 || c === 91 || (c | 32) === 116) && matchesAt(TERM_AFTER_ROLE, text, at);
}
// "elected" after "leader" (any word gap) and what separates it from the name: "leader elected: node2", `leader-elected node2`.
const LEADER_ELECTED = /[-_ ]elected\b[:=]?\s?/iy;
// The rest of an address key after "leader": `-address`, `_addr`, `Address`.
const LEADER_ADDRESS_KEY = /[-_.]?addr(?:ess)?(?=["']?\s?[=:])/iy;
// Whether the kill pattern matches `text` only inside a signal handler thread's name (SIGNAL_THREAD_PATTERN).
function isKillOnlyInThreadName(text: string, patterns: EventPatterns): boolean {
  const without = text.replace(SIGNAL_THREAD_PATTERN, ' ');
  return without !== text && !patterns.kill.test(without);
}

// Whether the word ending at `end` is the function of a `module:function:line` source position (lager's
// `<0.231.0>@kv_raft:leader:88`, the Erlang function a leader's heartbeats run in): it names no leader.
function isFunctionInCodeLocation(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  if (start < 2 || text.charCodeAt(start - 1) !== 58 || !isWordChar(text.charCodeAt(start - 2))) return false;
  let digits = end + 1;
  while (digits < text.length && isAsciiDigit(text.charCodeAt(digits))) digits++;
  return digits > end + 1 && (digits === text.length || !isWordChar(text.charCodeAt(digits)));
}
const isGapChar = (c: number): boolean => c === 45 || c === 95 || c === 32;
const isAddressKeyStart = (c: number): boolean => c === 45 || c === 95 || c === 46 || c === 97 || c === 65;

// Whether the sticky `regex` matches at `at` (then its lastIndex is the match's end).
function matchesAt(regex: RegExp, text: string, at: number): boolean {
  regex.lastIndex = at;
  return regex.test(text);
}

// Raft's leadership transfer: the leader tells its chosen successor to campaign at once (etcd's `MsgTimeoutNow`,
// hashicorp/raft's TimeoutNow RPC); the successor's line names the leader that handed over.
const TIMEOUT_NOW_FROM = /\breceived (?:Msg)?TimeoutNow(?: request| message| RPC)? from (?:the )?(?:leader |peer |node )?["'[(]?((?:node|n) ?\d{1,4}\b|[\w.:@-]{1,64})/i;

type MutableMeaning = { -readonly [K in keyof LineMeaning]: LineMeaning[K] };

// Every meaning has every field (one object shape, so reading them stays fast for readLogEvents).
function bareMeaning(kind: LogEventKind): MutableMeaning {
  return { kind, leader: undefined, peer: undefined, term: undefined, subject: undefined, target: undefined, pid: undefined, signal: undefined, notKill: undefined, silentMs: undefined, startsElection: undefined, sendFailed: undefined, role: undefined, bySender: undefined, heardFrom: undefined, restated: undefined, leaderless: undefined, words: undefined };
}

// The meaning of a line that says nothing the model reads; shared (meanings are read-only).
const NOTHING: LineMeaning = bareMeaning('other');

// A line's meaning of `kind`, with the term and subject id it names for the kinds that use them (leadership,
// elections, votes, detections, kills). `may`: the line's EVENT_PATTERN_BIT mask (no subjectWords bit: no subject).
function meaningOf(text: string, kind: LogEventKind, may: number = ALL_EVENT_PATTERNS): MutableMeaning {
  const meaning = bareMeaning(kind);
  if (kind !== 'other' && kind !== 'startup') {
    const term = readOwnTerm(text);
    if (term !== undefined) meaning.term = term;
    const subject = (may & BIT.subjectWords) !== 0 ? findSubjectId(text) : undefined;
    if (subject !== undefined && /\d/.test(subject)) meaning.subject = subject;
  }
  return meaning;
}

// The term a line states as its writer's: the first term key's number that is no log entry's (ENTRY_TERM_BEFORE:
// `state saved (last entry: index 41, term 1)` names its last entry's term, not the node's).
function readOwnTerm(text: string): number | undefined {
  const first = TERM.exec(text);
  if (first === null) return undefined;
  if (!ENTRY_TERM_BEFORE.test(text.slice(Math.max(0, first.index - 24), first.index))) return Number(first[1] ?? first[2]);
  TERMS.lastIndex = first.index + first[0].length;
  for (let m = TERMS.exec(text); m !== null; m = TERMS.exec(text)) {
    if (!ENTRY_TERM_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return Number(m[1] ?? m[2]);
  }
  return undefined;
}

// The node a lost connection was with, named after "peer", "to", "with" or "from" ("connection to peer node2 lost",
// "lost connection with n2", "EOF from node2"; Spanish and Italian "con", Portuguese "com", German "zu"/"mit", French
// "avec"/"à": "conexión con node2 perdida", "Verbindung zu knoten2 verloren"): the first such word followed by a name
// normalizeNodeToken accepts.
const CONNECTION_PEER = /(?:\b(?:peer|to|with|from|con|com|zu|mit|avec)|(?<![\wÀ-ÿ])à)\s?[=:]?\s?["'([]?((?:node|n) \d{1,4}\b|[\w.:@-]{1,64})/gi;
function connectionPeer(text: string): string | undefined {
  CONNECTION_PEER.lastIndex = 0;
  for (let m = CONNECTION_PEER.exec(text); m !== null; m = CONNECTION_PEER.exec(text)) {
    const name = normalizeNodeToken(m[1]!);
    if (name !== undefined) return name;
    // `to peer node2`: the name may follow the next such word.
    CONNECTION_PEER.lastIndex = m.index + m[0].length - m[1]!.length;
  }
  return undefined;
}

// A lost connection the writer found by its own write failing (`write to node2 failed: Broken pipe`, `send heartbeat
// to n3: EPIPE`): the writer's loop still ran. Not a connect or dial refused: a shutting-down process's prober may
// still dial (etcd's `health check for peer … could not connect: … connection refused` 1.4 s into its shutdown).
const SEND_FAILED = /\b(?:write|writing|send|sending)\b.{0,60}?(?:\bfail|broken pipe|\bEPIPE\b|\bECONNRESET\b)/i;

/**
 * Whether a lost connection's words say its writer's own dial was refused (`Connection refused`, `ECONNREFUSED`,
 * Python's `[Errno 111]`): it tried to reach the peer, as a leader replicating does. Asked only of the few lines
 * measured (measure-detection.ts), not while classifying every line.
 */
export const isDialRefused = (text: string): boolean => DIAL_REFUSED.test(text);
const DIAL_REFUSED = /\brefused\b|\bECONNREFUSED\b|\[Errno 111\]/i;

/**
 * The turn a retry loop's line states (`connection to leader node1 refused (ECONNREFUSED), retrying in 100ms (attempt
 * 17)`): its attempt number and the wait before the next, both needed; undefined otherwise. Asked only of a lost
 * connection measured (measure-detection.ts).
 */
export function readRetryTurn(text: string): { readonly attempt: number; readonly retryMs: number } | undefined {
  const attempt = RETRY_ATTEMPT.exec(text);
  const wait = attempt === null ? null : RETRY_WAIT.exec(text);
  if (attempt === null || wait === null) return undefined;
  const retryMs = Number(wait[1]) * (wait[2]!.toLowerCase() === 's' ? 1000 : 1);
  return retryMs > 0 ? { attempt: Number(attempt[1]), retryMs } : undefined;
}
const RETRY_ATTEMPT = /\battempt\s?#?(\d{1,5})\b/i;
const RETRY_WAIT = /\bretry(?:ing)?\s(?:in|after)\s(\d{1,6}(?:\.\d{1,3})?)\s?(ms|s)\b/i;

// `peer node2 heartbeat timed out`, `heartbeat timeout for peer n3`: the peer a heartbeat timeout names (group 1).
const PEER_HEARTBEAT = /\bpeer\s?[=:]?\s?["'([]?((?:node|n) ?\d{1,4}\b|[\w.:@-]{1,64})/i;
const ANY_LEADER_WORD = /leader/i;
// A timeout's words saying its writer had no leader then: `(no leader)`, `(election timeout after 226 ms, no leader)`,
// `with no leader`, `no leader yet`/`known`/`elected` (not "no leader heartbeat for 300 ms": a leader's silence).
const NO_LEADER_STATED = /[(,]\s?no leader\)|\bwith no leader\b|\bno leader (?:yet|known|elected)\b/i;

// A detection line's meaning: its leader, and for a heartbeat timeout the silence it states and whether it also
// starts an election (`may`: the line's EVENT_PATTERN_BIT mask).
function detectionMeaning(text: string, heartbeat: boolean, may: number, ownNode: string | undefined): MutableMeaning {
  const meaning = meaningOf(text, heartbeat ? 'heartbeat-timeout' : 'connection-lost', may);
  const leader = leaderNamed(text);
  if (leader !== undefined) meaning.leader = leader;
  if (!heartbeat) {
    // The writer's own `peer 2:` is no peer it lost (blankOwnPeerName).
    if (leader === undefined) meaning.peer = connectionPeer(blankOwnPeerName(text, ownNode));
    if (SEND_FAILED.test(text)) meaning.sendFailed = true;
    return meaning;
  }
  // A timeout of a named peer's heartbeats, no leader's (`gossip: peer node2 heartbeat timed out (no PONG in 150ms)`):
  // the peer it was about, as a lost connection's (adv55a-34).
  if (leader === undefined) {
    // The writer's own `peer 2:` is no peer it lost (blankOwnPeerName).
    const peer = ANY_LEADER_WORD.test(text) ? null : PEER_HEARTBEAT.exec(blankOwnPeerName(text, ownNode));
    if (peer !== null) meaning.peer = normalizeNodeToken(peer[1]!);
  }
  const silent = SILENT_FOR_PATTERN.exec(text);
  if (silent) meaning.silentMs = Number(silent[1] ?? silent[2] ?? silent[3]);
  if (leader === undefined && NO_LEADER_STATED.test(text)) meaning.leaderless = true;
  if ((may & BIT.election) !== 0 && ELECTION_STARTED_PATTERN.test(text)) meaning.startsElection = true;
  return meaning;
}

/** A writer's own Raft role, as its line's role column or field states it. */
export type OwnRole = 'leader' | 'follower' | 'candidate';

// A role word (the writer's state, or the subject of a message), or a role letter (a printf table's `L`/`F`/`C`
// column, read only as a column: `n1   L t=3  append ok`, `|n2|F|`).
const ROLE_WORD = /\b(?:leader|follower|candidate)\b|(?<=[\s|[])[LF](?=[\s|\]])/gi;
// What a line must hold to state a role (the literal test before the role columns are looked for): a role word in
// any case, etcd-io/raft's `StateLeader`, or a capital role letter between column separators.
const ROLE_GATE = /[Ll]eader|LEADER|[Ff]ollower|FOLLOWER|[Cc]andidate|CANDIDATE|[\s|[][LF][\s|\]]/;
// Term info right after a role word: ` t7`, ` t=12`, ` term=5`, ` {term = 3}`, ` (term 3, leader = Just 1)`, ` [t3]`,
// also after a padded column (`leader    term=1`, `follower  term=0`).
const TERM_AFTER_ROLE = /[ \t]{0,8}(?:[({[]\s?(?:t|term)\s?[=:]?\s?\d{1,9}\b[^)}\]]{0,40}[)}\]]|(?:t|term)\s?[=:]?\s?\d{1,9}\b)/iy;
// Term info right before a role word: `term 4 leader:`, `term=12 leader`, `term 8: leader received SIGTERM`.
const TERM_BEFORE_ROLE = /\bterm\s?[=:]?\s?\d{1,9}[\]),:]?\s$/i;
// A role key's value: `"role":"leader"`, `role=leader`, `state=Follower`.
const ROLE_KEY_BEFORE = /\b(?:role|state)["']?\s?[=:]\s?["']?$/i;
// A role key's value the word is glued to: etcd-io/raft's StateType (`state=StateLeader`, `StatePreCandidate`),
// sofa-jraft's `STATE_LEADER`, raft-rs's `StateRole::Leader`, openraft's `server_state: Leader` (group 1: the role).
const ROLE_KEY_VALUE = /\b(?:role|state|raft_?state|server_?state)["']?\s?[=:]\s?["']?(?:State_?|StateRole::|ServerState::)?(?:pre_?)?(leader|follower|candidate)\b/gi;
// A role key about another node: the leader's `peer n2 state=Follower`, a progress line's `to=2 … state=…`.
const PEER_BEFORE_KEY = /\b(?:peer|remote|progress|to)\b[\s\w=:"',([-]{0,24}$/i;
// A message's sender (a key's value, or a node after the word: group 1 the space, 2-4 the sender) with only fields
// between it and the role key (`from=n1 role=leader`, adv18's `sender=node1 term=2 commit_index=41 role=leader`,
// `"src":"n1","term":2,"state":"leader"`, `heartbeat from node1 term=2 state=leader`): a message carries its sender's
// state, at any distance. `leader=`/`to=` are no sender: a writer prints its leader, and to whom it sends, beside its own role.
const SENDER_FIELDS_BEFORE_KEY = /\b(?:from|sender|src|source|peer|remote)(?:["']?\s?[=:]\s?|( ))(?:"([^"]*)"|'([^']*)'|([^\s,;"'(){}[\]]+))(?:[\s,;]{1,3}["']?[\w.-]{1,40}["']?\s?[=:]\s?(?:"[^"]*"|'[^']*'|[^\s,;"'(){}[\]]+))*[\s,;]{1,3}["']?$/i;
// A message's sender right before an unnamed group (`heartbeat from node1 (term=2, commit=41, state=leader)`, `from
// 127.0.0.1:7001 {…}`): the group holds the message's fields, its role key the sender's (group 1: the sender).
const SENDER_BEFORE_GROUP = /\b(?:from|sender|src|source|peer|remote)\s?[=:]?\s?["']?([\w.:@/[\]-]{1,64}?)["']?:?\s?$/i;
// A key naming the writer (`from=n1 node=n3 role=follower`, `"self_id":`, `host=`): role keys after it are its own.
const WRITER_KEY = /\b(?:node|self|me|my|local|server|host|replica|member)(?:[_.-]?(?:id|name))?["']?\s?[=:]/i;
// The group path glued to a key (`sender.`, `raft.node.`, `peer-`), as slog/zap/logrus print a group's fields.
const GROUP_PATH_BEFORE = /(?:[A-Za-z_$][\w$]*[.-])+$/;
// The name right before a container's opener: `"sender":{`, `sender={`, `sender: {`, `Sender(`, `RaftNode{`.
const CONTAINER_NAME_BEFORE = /(?:([A-Za-z_$][\w$.-]*)["']?\s?[:=]\s?|([A-Za-z_$][\w$]*))$/;
// Words of a group that is the writer's own: its state (`self.role`, `node.role`, `raft.state`, `"raft":{"state":…}`,
// `RaftNode{role=…}`) or a structured logger's container of the record's fields (tracing's `"fields":{…}`, `"attrs"`).
// Any other group (`sender`, `from`, `peer`, `leader`, `msg`, `Progress`) may describe another node.
const OWN_GROUP_WORDS = new Set([
  ...['self', 'node', 'local', 'me', 'my', 'this', 'own', 'raft', 'server', 'status', 'state', 'current', 'cur', 'info', 'kv', 'app'],
  ...['fields', 'attrs', 'attributes', 'labels', 'properties', 'context', 'ctx', 'extra', 'meta', 'metadata', 'span', 'tags', 'details'],
]);

/**
 * Whether the role key starting at `keyStart` describes another node than the writer: after a peer's words
 * (`peer n2 state=Follower`), among a message sender's fields (`sender=node1 term=2 role=leader`), or inside a group
 * (a dotted path `sender.role=leader`, a nested object `"from":{"role":"leader"}`, a struct `Progress{state=…}`) that
 * is not the writer's own — every word of each group's name must be one of OWN_GROUP_WORDS or the writer's name
 * (`self.role`, `node.role`, `raft.state`, `n2.role` by n2) — or, unnamed, follows a sender (`from node1 (…)`).
 */
function isOtherNodesKey(text: string, keyStart: number, ownNode: string | undefined): boolean {
  if (isOtherMemberBefore(text.slice(Math.max(0, keyStart - 24), keyStart), ownNode)) return true;
  const peer = PEER_BEFORE_KEY.exec(text.slice(Math.max(0, keyStart - 48), keyStart));
  if (peer && !WRITER_KEY.test(peer[0])) return true;
  const sender = SENDER_FIELDS_BEFORE_KEY.exec(text.slice(Math.max(0, keyStart - 256), keyStart));
  if (sender && !WRITER_KEY.test(sender[0]) && (sender[1] === undefined || isSenderToken(sender[2] ?? sender[3] ?? sender[4]))) return true;
  const path = GROUP_PATH_BEFORE.exec(text.slice(Math.max(0, keyStart - 64), keyStart));
  if (path && !isOwnGroup(path[0].slice(0, -1), ownNode)) return true;
  let depth = 0;
  for (let i = keyStart - 1; i >= 0 && i >= keyStart - 512; i--) {
    const c = text.charCodeAt(i);
    if (c === 125 || c === 93 || c === 41) depth++;
    else if (c === 123 || c === 91 || c === 40) {
      if (depth > 0) {
        depth--;
        continue;
      }
      const named = CONTAINER_NAME_BEFORE.exec(text.slice(Math.max(0, i - 64), i));
      const name = named ? (named[1] ?? named[2])! : undefined;
      if (name !== undefined ? !isOwnGroup(name, ownNode) : isSenderGroup(text, i)) return true;
    }
  }
  return false;
}

// A member's name right before a role key (`healthcheck: node1 127.0.0.1:7001 up OK node1 role=leader term=1`, a
// health checker's status row of node1 in node2's terminal): the fields are that member's, when its name is of the
// writer's own family with another number (`node1` beside `node2`); a name of another spelling may be the writer's alias.
// Not a list's last name (`peers=node2,node3 role=leader`, `peers node1 node3 role=follower`: the writer's own fields,
// review78). A prober's or client's rows (`healthcheck node2: up OK node2 role=leader`) are all some member's.
const MEMBER_BEFORE_KEY = /(?:^|[\s[(|])([A-Za-z][\w-]{0,31})[ \t]{1,3}$/;
// The word before that name: a list's key or another name makes the name a list's member.
const WORD_BEFORE = /(?:^|\s)([^\s]{1,40})[ \t]+$/;
const LIST_KEY = /^(?:peers?|members?|nodes?|voters?|cluster|others?|followers?)[:=]?$/i;
function isOtherMemberBefore(before: string, ownNode: string | undefined): boolean {
  if (ownNode === undefined) return false;
  const named = MEMBER_BEFORE_KEY.exec(before);
  if (named === null) return false;
  const previous = WORD_BEFORE.exec(before.slice(0, named.index + named[0].length - named[0].trimStart().length));
  if (previous !== null && (LIST_KEY.test(previous[1]!) || FAMILY_NAME.test(previous[1]!.replace(/[,;]$/, '')))) return false;
  if (isNonNodeProgramName(ownNode)) return true;
  const member = FAMILY_NAME.exec(named[1]!);
  const own = member && FAMILY_NAME.exec(ownNode);
  return own != null && member![1]!.toLowerCase() === own[1]!.toLowerCase() && Number(member![2]) !== Number(own[2]);
}

// A supervisor's or loop's tag, then a node killed, terminated or stopped (group 1: the node).
// A pid or status may stand between (`[loop] node1 (pid 4242) killed by signal 15`, review78b).
const KILLED_AFTER_TAG = /(?:^|[\s\]])(?:\[[A-Za-z][\w-]{1,20}\]|[A-Za-z][\w-]{1,20}:)[ \t]{1,2}([\w.@-]{1,40})(?: \(pid \d{1,9}\)| pid=\d{1,9}| \[\d{1,9}\])? (?:was )?(?:killed|terminated|stopped)\b/;
function isWriterKilledAfterTag(text: string, ownNode: string): boolean {
  const m = KILLED_AFTER_TAG.exec(text);
  return m !== null && (m[1] === ownNode || normalizeNodeToken(m[1]!) === normalizeNodeToken(ownNode));
}

// A line whose role key is another member's (isOtherMemberBefore): that member's status row.
function isOtherMembersStatusRow(text: string, ownNode: string | undefined): boolean {
  if (ownNode === undefined) return false;
  ROLE_KEY_VALUE.lastIndex = 0;
  for (let m = ROLE_KEY_VALUE.exec(text); m !== null; m = ROLE_KEY_VALUE.exec(text)) {
    if (isOtherMemberBefore(text.slice(Math.max(0, m.index - 24), m.index), ownNode)) return true;
  }
  return false;
}

// The unnamed group opening at `open` follows a message's sender: a node after `from`/`sender`… (SENDER_BEFORE_GROUP).
function isSenderGroup(text: string, open: number): boolean {
  const sender = SENDER_BEFORE_GROUP.exec(text.slice(Math.max(0, open - 80), open));
  return sender !== null && isSenderToken(sender[1]);
}

// A word after `from`/`sender` names a node (`node1`, `127.0.0.1:7001`, `node-1.kv.local`) or a role (`from leader`),
// not a thing (`recovered from snapshot (state=leader)`, `from disk`).
function isSenderToken(word: string | undefined): boolean {
  return word !== undefined && (normalizeNodeToken(word) !== undefined || /^(?:leader|follower|candidate)$/i.test(word));
}

// A group name's words (split at `.`, `-`, `_` and camelCase humps) all name the writer's own state or the writer.
function isOwnGroup(name: string, ownNode: string | undefined): boolean {
  const own = ownNode === undefined ? undefined : normalizeNodeToken(ownNode);
  for (const part of name.split(/[.-]/)) {
    if (part === '') continue;
    const node = normalizeNodeToken(part);
    if (node !== undefined) {
      if (node !== own) return false;
      continue;
    }
    for (const word of part.replace(/([a-z\d])([A-Z])/g, '$1_$2').split('_')) {
      if (word !== '' && !OWN_GROUP_WORDS.has(word.toLowerCase())) return false;
    }
  }
  return true;
}
// What may stand between a role column and the message: `LEADER t7 | …`, `leader: …`, `Leader] …`.
const COLUMN_END = /^[\s:|\]-]*/;
// What a label's value says when no node leads: `leader: none`, `leader: -`.
const NO_ONE_WORDS = new Set(['none', 'unknown', 'nil', 'null', '', 'n/a', 'no', 'not']);
// Words that make "leader" a noun of the message rather than the writer's role (`node3 LEADER election started`,
// `node2 leader lease expired`, `n1 LEADER unknown`).
// Words that make "follower" or "candidate" after one space a noun of the message, a peer the writer tells of (a
// leader's `node1 follower connected, 1 peers`: adv54a-12's node1 read as a follower, its leadership disowned).
const PEER_NOUN_WORDS = new Set(['connected', 'disconnected', 'reconnected', 'joined', 'added', 'removed', 'left', 'registered', 'lagging', 'caught', 'acked', 'ack', 'acks', 'replied', 'responded', 'rejected', 'asked', 'requested', 'requests', 'count', 'list', 'ids', 'is', 'was', 'of', 'from', 'to']);
const LEADER_NOUN_WORDS = new Set(['election', 'elected', 'elect', 'lease', 'changed', 'change', 'lost', 'unknown', 'down', 'gone', 'is', 'was', 'not', 'none', 'unreachable', 'transfer', 'id', 'address', 'hint', 'heartbeat', 'heartbeats', 'timeout', 'timed', 'of', 'from', 'to']);

/**
 * Whether the role word or letter at `start`-`end` is the writer's own state column rather than a subject: a role
 * key's value (`role=leader`, `"state":"Follower"`, not a peer's), a role word after a term (`term 4 leader:`,
 * `term 8: leader received SIGTERM`), after the writer's name (`node1 leader: …`, `[n1][LEADER] …`, `node2 FOLLOWER
 * term=3 …`) or as the message's first word (`10:12:44.208 leader    term=1 …`), that no node name follows
 * ("node2: leader node1 stopped responding" describes node1), nor, for "leader", a word making it the message's noun
 * (`node3 leader election started`). A role letter (`n1   L t=3`, `|n2|F|`) only after the writer's name and before
 * term info or a bar/bracket. With `noSubject` (is the word merely no subject of the message, for a kill line's
 * words?) a role word before term info or a label's colon is a column wherever it stands (`became leader term=2`).
 */
function isRoleColumn(text: string, start: number, end: number, ownNode: string | undefined, noSubject = false): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const key = ROLE_KEY_BEFORE.exec(before);
  if (key) return !isOtherNodesKey(text, start - before.length + key.index, ownNode);
  const c = text.charCodeAt(end);
  // `leader=n1`, `leader-id`, `"leader":"n1"`: a key naming the leader, no role.
  if (c === 61 || c === 34 || c === 39 || c === 45 || c === 95) return false;
  const letter = end - start === 1;
  const first = text.charCodeAt(start);
  if (letter && (first < 65 || first > 90)) return false;
  const termAfter = isTermAfterRole(text, end);
  const after = termAfter ? TERM_AFTER_ROLE.lastIndex : end;
  const boxed = c === 93 || c === 124;
  if (letter) {
    if (!(termAfter || boxed) || !isWriterNameBefore(before, ownNode)) return false;
  } else if (!(noSubject && (termAfter || c === 58)) && !TERM_BEFORE_ROLE.test(before) && !isWriterNameBefore(before, ownNode)) {
    // The message's first word is a column only when something closes it ("Leader appended 2 entries" is a sentence).
    const padded = c === 9 || (c === 32 && text.charCodeAt(end + 1) === 32) || end === text.length;
    if (!(termAfter || boxed || c === 58 || padded) || !isHeadOnlyBefore(text, start)) return false;
  }
  const rest = text.slice(after, after + 80);
  const value = rest.slice(COLUMN_END.exec(rest)![0].length);
  const next = value.split(/\s/, 1)[0]!;
  if (next === '') return true;
  // A value after the word (`leader: #1`, `leader: 2`) or a key it starts (`leader commit=41`): a field, no role.
  if (!noSubject && !letter && !termAfter && (!isLetterCode(next.charCodeAt(0)) || (/^[\w-]+[=:]/.test(next) && !/^(?:t|term)[=:]/i.test(next)))) return false;
  // A capitalised word and a space is a sentence's subject ("Leader appended 2 entries"); a column is in capitals.
  if (!noSubject && !letter && !termAfter && c === 32 && text.charCodeAt(end + 1) !== 32 && first <= 90 && text.charCodeAt(start + 1) >= 97) return false;
  // Term info, a bracket or a bar close the column; after a label's colon the value may be no one (`leader: none`), and
  // after a space the next word may make "leader" a noun (`node3 leader election started`).
  if (!letter && !termAfter && !boxed && (first | 32) === 108) {
    const word = next.replace(/[^\w]+$/, '').toLowerCase();
    if ((c === 58 ? NO_ONE_WORDS : LEADER_NOUN_WORDS).has(word)) return false;
  }
  // A leader's "node1 follower connected, 1 peers", "n1 candidate node2 asked for a vote": a peer the message is about.
  if (!letter && !termAfter && !boxed && c === 32 && (first | 32) !== 108 && PEER_NOUN_WORDS.has(next.replace(/[^\w]+$/, '').toLowerCase())) return false;
  // "node2: leader node1 stopped responding", `[node3] leader: replica 1`: a node named after the word.
  return normalizeNodeToken(next) === undefined && !ROLE_NODE_NAME_AT.test(value);
}
const ROLE_NODE_NAME_AT = new RegExp(`^${ROLE_NODE_NAME_SOURCE}`, 'i');

const isLetterCode = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

// A line's head before a role word: only its time, separators and a level (`10:12:44.208 leader    term=1`,
// `12:00:01.000 INFO leader: …`), the role then being the message's first word.
const HEAD_ONLY = /^[\s\d:.,TZ+\/()[\]|-]*(?:(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|[DIWE])[\]:|]?\s+)?$/i;
function isHeadOnlyBefore(text: string, start: number): boolean {
  return start <= 48 && HEAD_ONLY.test(text.slice(0, start));
}

// The text before a role word ends with the writer's name (`node1 `, `[node-1] `, `[n1][`, `"node1 `): `ownNode`, or
// any node name when the writer is not known.
function isWriterNameBefore(before: string, ownNode: string | undefined): boolean {
  const trimmed = before.replace(/[\s:|[]+$/, '');
  if (trimmed.length === before.length) return false;
  const name = normalizeNodeToken(trimmed.slice(trimmed.search(/[^\s",|]+$/)));
  // A head token keeps the writer's spelling (`n2`), the name its label (`node2`).
  return name !== undefined && (ownNode === undefined || name === ownNode || name === normalizeNodeToken(ownNode));
}

// The text with each role word that is the writer's state column blanked out, and each key naming the writer's
// leader (`leader=n1`, `"leader_id":"n1"`: its value, no subject of the message) — the text itself when there is none.
function blankRoleColumns(text: string, ownNode: string | undefined): string {
  let said = blankOwnPeerName(text.replace(LEADER_KEY_FIELD, (field) => '_'.repeat(field.length)), ownNode);
  ROLE_WORD.lastIndex = 0;
  for (let m = ROLE_WORD.exec(text); m !== null; m = ROLE_WORD.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0].length > 1 && isRoleColumn(text, m.index, end, ownNode, true)) said = said.slice(0, m.index) + '_'.repeat(m[0].length) + said.slice(end);
  }
  return said;
}
// The text with the writer's own name as a peer word blanked out (`peer 1: received SIGTERM` of node1's: a Java node
// naming itself `peer 1`): no other node the message describes.
function blankOwnPeerName(text: string, ownNode: string | undefined): string {
  if (ownNode === undefined || !/\bpeer\b/i.test(text)) return text;
  const own = normalizeNodeToken(ownNode) ?? ownNode;
  return text.replace(OWN_PEER_NAME, (name, number: string) => (nodeLabel(Number(number)) === own ? '_'.repeat(name.length) : name));
}
const OWN_PEER_NAME = /\bpeer[ _-]?(\d{1,4})\b/gi;

// A key naming the writer's leader: `leader=n1`, `leader_id=2`, `"leader":"n1"`, `"leader_id":1`; not a label
// (`leader: node1 shutting down` describes node1).
const LEADER_KEY_FIELD = /\bleader(?:[-_]?id)?(?:=|["']\s?:\s?)["']?[\w.:@/-]{1,64}["']?/gi;

/**
 * The writer's own role as the line's role column or field states it (`node1 leader: …`, `[n1][LEADER]`, `n2 F t=3`,
 * `kv_node[6102]: node2 FOLLOWER term=3`, `role=follower`, `"role":"Leader"`, `state=StateLeader`), or undefined. The
 * one reading of a role column: a line's event carries it (`role`), and who led is read from it (log-facts.ts).
 */
export function readOwnRole(text: string, ownNode: string | undefined): OwnRole | undefined {
  if (!ROLE_GATE.test(text)) return undefined;
  ROLE_KEY_VALUE.lastIndex = 0;
  for (let m = ROLE_KEY_VALUE.exec(text); m !== null; m = ROLE_KEY_VALUE.exec(text)) {
    if (!isOtherNodesKey(text, m.index, ownNode)) return roleOf(m[1]!);
  }
  ROLE_WORD.lastIndex = 0;
  for (let m = ROLE_WORD.exec(text); m !== null; m = ROLE_WORD.exec(text)) {
    if (isRoleColumn(text, m.index, m.index + m[0].length, ownNode)) return roleOf(m[0]);
  }
  return undefined;
}

// Words that undo a claim BECAME_LEADER_PATTERN reads: none leads or the writer does not, it steps down; or the claim
// is to lead a Raft group other than the cluster's (NATS JetStream's `RAFT [fjFyEjc1 - S-R3F-aXaHPc6H] Switching to
// leader` leads a stream's group; `RAFT [fjFyEjc1 - _meta_] …`, the meta group, leads the cluster: real16).
const NOT_A_CLAIM = /\bno leader\b|\bnot (?:the )?leader\b|\bstep(?:ped|s|ping)? down\b|\bRAFT \[[\w-]{1,64} - (?!_meta_\])[\w-]{1,64}\]/i;
// ZooKeeper's election notification from a peer still electing when the writer has settled (`Notification: my
// state:LEADING; n.sid:3, n.state:LOOKING, n.leader:3, …`): its `n.leader` is a late peer's own vote, no leader anyone
// follows (real7-zk-B's node2 read as following node3 while it led). While the writer looks too, the votes it hears
// are the election it is in (real7-zk-D's last `n.leader:3` before `FOLLOWING`), and `n.state:FOLLOWING` names the leader.
const SETTLED_HEARS_LOOKING = /\bmy state:\s?(?:LEADING|FOLLOWING|OBSERVING); [^\n]{0,40}\bn\.state:\s?LOOKING\b/;
// "leader for term 2 is node1", "leader for term 2: node1": the line names who leads, which BECAME_LEADER_PATTERN's
// `leader for term` (a writer's "s2 leader for term 13") would read as the writer's claim (adv18). Asked only of lines it matches.
const LEADER_FOR_TERM_IS = /\bleader for term \d{1,12}(?:,? is |\s?[=:])/i;
// A state or role going from leader to another (`state: leader -> follower`, `role=leader -> role=follower`): the
// writer steps down (adv18: read as its claim to lead). Asked only of lines BECAME_LEADER_PATTERN matches.
const LEADER_TO_OTHER = /\bleader"? ?(?:->|=>|→) ?"?(?:(?:state|role)"? ?[=:] ?"?)?(?:follower|candidate)\b/i;

// A line BECAME_LEADER_PATTERN matches still claims to lead once each role key about another node (`sender.role=leader`,
// `"from":{"role":"leader"}`: isOtherNodesKey) is blanked.
function isClaimWithoutOtherNodesRoles(text: string, ownNode: string | undefined): boolean {
  let own = text;
  ROLE_KEY_VALUE.lastIndex = 0;
  for (let m = ROLE_KEY_VALUE.exec(text); m !== null; m = ROLE_KEY_VALUE.exec(text)) {
    if (isOtherNodesKey(text, m.index, ownNode)) own = own.slice(0, m.index) + '_'.repeat(m[0].length) + own.slice(m.index + m[0].length);
  }
  return own === text || isLeaderClaim(own);
}

function roleOf(word: string): OwnRole {
  const c = word.charCodeAt(0) | 32;
  return c === 108 ? 'leader' : c === 102 ? 'follower' : 'candidate';
}

// Whether a line may hold LEADER_STATE_WORDS, in the cases loggers print them (`follower of`, `Follower of`, `FOLLOWER OF`,
// `last`/`Last`/`LAST`, `ago`/`AGO`, a key's sign): string searches, cheaper than the pattern's pass over every following
// line of a raft node's log.
const mayRestateLeader = (text: string): boolean =>
  text.includes('=') || text.includes(':') || text.includes('ollower') || text.includes('OLLOWER') || text.includes('ast') || text.includes('AST') || text.includes('ago') || text.includes('AGO');

// The leader a "follower of node1" line names (FOLLOWER_OF_PATTERN).
function followerOf(text: string): string | undefined {
  const m = FOLLOWER_OF_PATTERN.exec(text);
  return m === null ? undefined : normalizeNodeToken(m[1]!);
}

// The node a line names before "is (the) leader" / "as leader" ("node 2 is the leader", "accepted n2 as leader").
function leaderNamedBefore(text: string): string | undefined {
  if (!text.includes('leader') && !text.includes('Leader') && !text.includes('LEADER')) return undefined;
  const m = NAMED_LEADER_PATTERN.exec(text);
  // `node2 is_leader=false`: a key, not a claim.
  if (!m || /^["']?\s?=/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return undefined;
  return normalizeNodeToken(m[1]!);
}

// The node a kill command's comment names first: `kill -KILL 10108 # infra1`, `kill 4242  # infra1 (leader)`. A `#`
// glued to digits is a number sign (Ruby Logger's `[… #4242]` pid, "client #3"), no comment.
function nodeInComment(text: string): string | undefined {
  let hash = text.indexOf(' #');
  while (hash >= 0 && isAsciiDigit(text.charCodeAt(hash + 2))) hash = text.indexOf(' #', hash + 2);
  if (hash < 0) return undefined;
  const m = /^#\s*([\w.:@/-]{1,64})/.exec(text.slice(hash + 1, hash + 80));
  return m ? normalizeNodeToken(m[1]!) : undefined;
}

// The node a stop command names by its container, pod or unit (`docker kill --signal=SIGTERM zk1`): a name, not a word;
// `fuser -k 7001/tcp` by its port (`:7001`).
function stoppedNode(text: string): string | undefined {
  const name = findStoppedName(text);
  return name === undefined ? findKilledPort(text) : normalizeNodeToken(name);
}

// systemd stopping a unit (`Stopping kv@2.service - Raft KV node 2...`; a kill-pattern line of the unit after it,
// `Stopped kv@2.service`): the kill of the unit's node, whoever wrote the line (the manager, `systemd[1]`).
function readUnitStop(text: string, patterns: EventPatterns, may: number): LineMeaning | undefined {
  const m = UNIT_STOP_PATTERN.exec(text);
  if (m === null || (!UNIT_STOPPING_PATTERN.test(text) && ((may & BIT.kill) === 0 || !patterns.kill.test(text)))) return undefined;
  const unit = findUnitNode(m[1] ?? m[2]!);
  const target = unit === undefined ? undefined : normalizeNodeToken(unit);
  if (target === undefined) return undefined;
  const meaning = bareMeaning('kill');
  meaning.target = target;
  // `kv@2.service: Main process exited, code=killed, status=9/KILL`: the signal that ended it.
  const signal = readKillSignal(text, may);
  if (signal !== undefined) meaning.signal = signal;
  return meaning;
}

/**
 * Classifies one line's text. `ownNode` is the line's author when known (a peer named in the text is then
 * someone else); `isCommand` marks a shell command line (`$ kill 1234`); `mayMatch` (EVENT_PATTERN_BIT bits) the
 * patterns that can match the line — the others are not run (default: all); `anyMatch` (createAnyMatchTest)
 * rejects a line none of them matches in one pass.
 */
export function classifyLineText(
  text: string,
  patterns: EventPatterns,
  options: { ownNode?: string | undefined; isCommand?: boolean; mayMatch?: number; anyMatch?: (text: string, may: number) => boolean } = {},
): LineMeaning {
  return classifyLine(text, patterns, options.ownNode, options.isCommand === true, options.mayMatch ?? ALL_EVENT_PATTERNS, options.anyMatch);
}

// A number with a unit or a fraction: a quantity, no node's name.
const QUANTITY = /^\d+(?:\.\d+[a-zµ]*|[a-zµ]+)$/i;
// A harness's "killing leader node1" (KILLING_LEADER_PATTERN) or "killing node1 (pid 4971)": a kill of the one node it names, or undefined. A line
// with a writer (`chaos | …`) gets no target here: the writer is cleared with it, as a bystander, by attributeKillTargets.
function readKillingLeader(text: string, may: number, ownNode: string | undefined): LineMeaning | undefined {
  const m = KILLING_LEADER_PATTERN.exec(text);
  // The one token after "leader" as a node's name is read there (`node1`, `n2`, `infra3`), as leaderNamed reads it; a
  // quantity (`3.2s`, `500ms`, `1.5`) names none.
  const target = m === null || QUANTITY.test(m[1]!) ? undefined : normalizeNodeToken(m[1]!);
  // Else a demo script's "killing leader (pid 26456) at 15:24:19.880": the kill of whoever led, by pid when it says.
  const at = target === undefined ? KILLING_LEADER_AT_PATTERN.exec(text) : null;
  // Else a watchdog's "killing node1 (pid 4971)": the kill of the node and pid it names.
  const named = target === undefined && at === null ? KILLING_NODE_PID_PATTERN.exec(text) : null;
  const namedNode = named === null ? undefined : normalizeNodeToken(named[1]!);
  if (target === undefined && at === null && namedNode === undefined) return undefined;
  const said = (target !== undefined ? m : at ?? named)!;
  const meaning = meaningOf(text, 'kill', may);
  if (ownNode === undefined && (target ?? namedNode) !== undefined) meaning.target = (target ?? namedNode)!;
  if (at?.[1] !== undefined) meaning.pid = Number(at[1]);
  if (namedNode !== undefined) meaning.pid = Number(named![2]);
  meaning.words = { index: said.index + said[0].indexOf('killing'), text: said[0].slice(said[0].indexOf('killing')) };
  const signal = readKillSignal(text, may);
  if (signal !== undefined) meaning.signal = signal;
  return meaning;
}

function isKillCommand(text: string, patterns: EventPatterns, may: number): boolean {
  return ((may & BIT.commandKill) !== 0 && COMMAND_KILL_PATTERN.test(text)) || ((may & BIT.kill) !== 0 && patterns.kill.test(text));
}

// A line that ends no process: a pause (`kill -STOP 4101`, bash's `[1]+  Stopped  ./kv_node --id 1`) is an event of no
// kind that says so, with the node and pid it names — or, for a lesson whose fault is a pause (countsPauseAsKill), the
// kill of it, sending the pause signal the line names (else STOP); a resume or a probe is nothing.
function pausedOrNothing(text: string, ownNode: string | undefined, patterns: EventPatterns, may: number): LineMeaning {
  if (!PAUSE_COMMAND_PATTERN.test(text) && !JOB_STOPPED_PATTERN.test(text)) return NOTHING;
  const fault = countsPauseAsKill(patterns);
  const meaning = bareMeaning(fault ? 'kill' : 'other');
  if (fault) {
    const signal = readKillSignal(text, may);
    meaning.signal = signal !== undefined && PAUSE_SIGNALS.has(signal) ? signal : 'STOP';
  } else meaning.notKill = 'paused';
  const named = ownNode === undefined ? findMentionedNodes(text) : [];
  if (named.length === 1) meaning.target = named[0];
  const pid = readFirstKillPid(text);
  if (pid !== undefined) meaning.pid = pid;
  return meaning;
}

// Words a lesson's kill pattern matches when the fault it asks for is a pause (w12-l09's `\bSIG(STOP|…)\b|\bpaused\b`);
// w12-l03's (`…|\bkill(ed)?\b|terminated|stopped`) matches none of them.
const PAUSE_FAULT_WORDS = ['SIGSTOP', 'paused', 'frozen'];
const pauseFaults = new WeakMap<LineTest, boolean>();

/**
 * Whether the lesson's kill pattern counts a pause as its fault (it matches "SIGSTOP", "paused" or "frozen"): then a
 * pause command (`kill -STOP 4101`, `docker pause kv1`, bash's `[1]+  Stopped`) is its kill, else no kill. Asked once
 * per pattern.
 */
export function countsPauseAsKill(patterns: EventPatterns): boolean {
  let counts = pauseFaults.get(patterns.kill);
  if (counts === undefined) {
    counts = PAUSE_FAULT_WORDS.some((words) => patterns.kill.test(words));
    pauseFaults.set(patterns.kill, counts);
  }
  return counts;
}

// The line with each kill command that sends a signal ending no process (`kill -STOP 4101`, `kill -s CONT 4101`) or
// none (`kill -l`, `help kill`: signal-listings.ts) blanked.
// `may`: the line's EVENT_PATTERN_BIT mask (its killCommandWords bit: the scan found a kill command's word).
function withoutNoEndSignals(text: string, may: number): string {
  // A line without a kill command's word (most shutdown lines: "received SIGTERM, shutting down") is not searched.
  return (may & BIT.killCommandWords) !== 0 && KILL_COMMAND_WORDS.test(text) ? blankSignalListings(text.replace(NO_END_SIGNAL_COMMAND_PATTERN, ' ')) : text;
}

/**
 * Whether classifyLine finds nothing on a line that is no command when its only event pattern (`may`) is the vote's
 * and that misses: one test, where classifying would try it after its bit checks and return nothing. (A line whose
 * every `vote` heads a key, `persisted hard state term=3 vote=1`, lost its vote bit in the literal scan: KeyOnlyRule.)
 */
export function isVoteOnlyMiss(text: string, may: number): boolean {
  return (may & EVENT_BITS) === BIT.vote && !VOTE_PATTERN.test(text);
}

/** classifyLineText with positional arguments, for a caller classifying many lines (no options object per line). */
export function classifyLine(
  text: string,
  patterns: EventPatterns,
  ownNode: string | undefined,
  isCommand: boolean,
  may: number,
  anyMatch: ((text: string, may: number) => boolean) | undefined,
): LineMeaning {
  const meaning = classifyKind(text, patterns, ownNode, isCommand, may, anyMatch);
  // A metrics scrape's counter or help text holds the words, no event (metric-samples.ts).
  if (meaning.kind !== 'other' && !isCommand && isMetricLine(text)) return NOTHING;
  // Another member's status row (a health checker's `node1 … role=follower term=2 leader=node3` in node2's terminal):
  // whom that member follows, no word of the writer's.
  if ((meaning.kind === 'follows-leader' || meaning.kind === 'became-leader') && isOtherMembersStatusRow(text, ownNode)) return NOTHING;
  // A claim only by a role key (`dumping state (role=leader term=1)`, a status dump): its writer's role restated, no
  // election won (log-facts.ts findNewLifeMs: adv53's SIGUSR1 handler that dumped its state and lived on).
  if (meaning.kind === 'became-leader' && meaning.role === undefined && ROLE_KEY_LEADER.test(text) && !ELECTION_WON_WORDS.test(text)) return { ...meaning, role: 'leader' };
  // The role column is read where it is the line's meaning: a kill line (a follower's own kill, log-facts.ts) and a
  // line that says nothing else but a role word (ROLE_WORDS_PATTERN, the literals checkPaste's prefilter marks), when
  // the caller reads role lines (EVENT_PATTERN_BIT.role: checkPaste's first reading leaves them out). A detection's
  // column is asked of the few lines measured (readOwnRole).
  if (isCommand || (meaning.kind !== 'kill' && (meaning.kind !== 'other' || meaning.notKill !== undefined || (may & BIT.role) === 0 || !ROLE_WORDS_PATTERN.test(text)))) return meaning;
  const role = readOwnRole(text, ownNode);
  return role === undefined ? meaning : withRole(meaning, role, text, ownNode, may);
}

const ROLE_KEY_LEADER = /\b(?:state|role)"? ?[=:] ?"?leader\b/i;
// Words of a leadership won or taken up, beside which a role key is the change's, not a restatement.
const ELECTION_WON_WORDS = /\b(?:became|becoming|become|now|won|winning|elected|transition\w*|switch\w*|convert\w*|chang\w+|enter\w*|->|=>|→)/i;

// A line's meaning with the writer's role column: a leader's line that says nothing else claims to lead, as "became
// leader" does; a follower's or candidate's stays an event of no kind with its role; any other line keeps its kind
// (`may`: the line's EVENT_PATTERN_BIT mask).
function withRole(meaning: LineMeaning, role: OwnRole, text: string, ownNode: string | undefined, may: number): LineMeaning {
  if (meaning.kind === 'other' && meaning.notKill === undefined) {
    const said = role === 'leader' ? meaningOf(text, 'became-leader', may) : bareMeaning('other');
    if (role === 'leader' && ownNode !== undefined) said.leader = ownNode;
    said.role = role;
    return said;
  }
  return { ...meaning, role };
}

// A match whose words are unknown: the pattern can only test (LineTest without exec).
const UNKNOWN_WORDS: PatternWords = { index: -1, text: '' };

// `pattern`'s first match on `text` (its index and words), UNKNOWN_WORDS where it can only say that it matches, or
// undefined: a classifier's test that keeps what measuring quotes, so the line is not matched again.
function matchOf(pattern: LineTest, text: string): PatternWords | undefined {
  if (pattern.exec === undefined) return pattern.test(text) ? UNKNOWN_WORDS : undefined;
  const m = pattern.exec(text);
  if (m == null) return undefined;
  return Array.isArray(m) ? { index: m.index, text: m[0] } : (m as PatternWords);
}

// A built-in localized detection's words (default-patterns.ts), asked only where the lesson's own pattern found none
// and the literal scan saw one of their words on the line (`may`'s localized bit).
function localizedMatch(pattern: RegExp, text: string, may: number): PatternWords | undefined {
  if ((may & BIT.localized) === 0) return undefined;
  const m = pattern.exec(text);
  return m === null ? undefined : { index: m.index, text: m[0] };
}

// A snake_case function's name called with no arguments and a colon after it: a `__func__` column.
const FUNCTION_COLUMN = /\b[A-Za-z]\w*_\w*\(\):(?=\s)/g;
function blankFunctionColumns(text: string): string {
  if (text.indexOf('():') < 0) return text;
  return text.replace(FUNCTION_COLUMN, (name) => ' '.repeat(name.length));
}

// The words to keep on an event: a match's, unless they are unknown.
const knownWords = (match: PatternWords | undefined): PatternWords | undefined => (match === UNKNOWN_WORDS ? undefined : match);

// A typed row's kill pipelines with the comment ending the row, the words that may name what was killed; the whole row
// when it splits into none (a form readTypedPipelines does not read).
function readKillWords(text: string): string {
  const pipelines = readTypedPipelines(text).filter(isKillPipeline);
  if (pipelines.length === 0) return text;
  const hash = text.lastIndexOf(' #');
  const comment = hash < 0 || pipelines.some((p) => p.includes(text.slice(hash + 1))) ? '' : ` ${text.slice(hash + 1)}`;
  return pipelines.join('; ') + comment;
}

function classifyKind(
  text: string,
  patterns: EventPatterns,
  ownNode: string | undefined,
  isCommand: boolean,
  may: number,
  anyMatch: ((text: string, may: number) => boolean) | undefined,
): LineMeaning {
  if (isCommand) {
    // `docker pause raft-kv1-1`: no kill command, a pause.
    // Its comment and its echoes' words run nothing (`date +%T.%3N   # kill 31796 next`); the comment may name the target.
    if (!isKillCommand(readRunWords(text), patterns, may)) return pausedOrNothing(text, undefined, patterns, may);
    // `pkill —signal TERM -f ‘kv_node —id 3’` (retyped in a word processor) ran with `--` and straight quotes.
    text = readTimedByDate(readSmartPunctuation(text));
    // `kill -STOP 4101; kill 4102`: what is left once the signals that end nothing are blanked.
    const ending = withoutNoEndSignals(text, may);
    if (ending !== text) {
      if (!isKillCommand(readRunWords(ending), patterns, may)) return pausedOrNothing(text, undefined, patterns, may);
      text = ending;
    }
    // The nodes its kill commands name: not a prompt's directory or host (`me@lab:~/kv/data/node2$`), nor what the row
    // runs after or before them (`; tail -f data/node2/node.log`, `; ./kv_cli --node node1 get k1`, `cd data/node2;`,
    // adv70c-86/-88/-98), whose words are no target (a kill's own `pkill -f 'kv_node --id 3'`, `docker kill kv1` are).
    const killing = readKillWords(text);
    const named = findMentionedNodes(killing);
    const pid = readFirstKillPid(text);
    const meaning = bareMeaning('kill');
    const target = named.length === 1 ? named[0] : named.length === 0 ? (leaderNamedBefore(killing) ?? nodeInComment(text) ?? stoppedNode(killing)) : undefined;
    if (target !== undefined) meaning.target = target;
    if (pid !== undefined) meaning.pid = pid;
    const signal = readKillSignal(text, may);
    if (signal !== undefined) meaning.signal = signal;
    return meaning;
  }
  if (anyMatch !== undefined && !anyMatch(text, may)) return NOTHING;
  if ((may & BIT.unitStop) !== 0) {
    const stop = readUnitStop(text, patterns, may);
    if (stop !== undefined) return stop;
  }
  // A C logger's `__func__` column (`raft.c:161 check_leader_down(): last heartbeat 115 ms ago`) names code, not what
  // happened: its words are no detection (adv66a-40). Blanked in place, so every match keeps its index.
  if ((may & (BIT.heartbeat | BIT.connection)) !== 0) text = blankFunctionColumns(text);
  // The text as the line has it: the words kept for measuring are a match on it (a kill as retyped below is another).
  const written = text;
  const heartbeatMatch = ((may & BIT.heartbeat) !== 0 ? matchOf(patterns.heartbeat, text) : undefined) ?? localizedMatch(LOCALIZED_HEARTBEAT_PATTERN, text, may);
  const heartbeat = heartbeatMatch !== undefined && !isNoDetection(text, may) && (heartbeatMatch === UNKNOWN_WORDS || !isStartupSetting(text, heartbeatMatch)) && !isOnlyAwaitedTimeout(text, patterns.heartbeat, may) && !isOthersDetection(text, patterns.heartbeat, may, ownNode);
  const connectionMatch = heartbeat ? undefined : (((may & BIT.connection) !== 0 ? matchOf(patterns.connection, text) : undefined) ?? localizedMatch(LOCALIZED_CONNECTION_PATTERN, text, may) ?? localizedMatch(CJK_CONNECTION_PATTERN, text, may));
  const connection = connectionMatch !== undefined && !isNoDetection(text, may) && !isOthersDetection(text, patterns.connection, may, ownNode);
  const killMatch = (may & BIT.kill) !== 0 ? matchOf(patterns.kill, text) : undefined;
  // "sim: killing leader node1": a line no node wrote whose words the lesson's kill pattern may lack ("killing"); its
  // "kill" is a literal of COMMAND_KILL_PATTERN, so the literal scan sets commandKill on it. A writer's column that is
  // no node's name (`chaos | killing the leader n2`) is a harness's too: its kill, whose target attributeKillTargets
  // gives a bystander's line as it does a kill-pattern line's (`chaos | killed the leader n2`).
  if (killMatch === undefined && !heartbeat && !connection && (may & BIT.commandKill) !== 0 && (ownNode === undefined || normalizeNodeToken(ownNode) === undefined)) {
    const announced = readKillingLeader(text, may, ownNode);
    if (announced !== undefined) return announced;
  }
  if (killMatch !== undefined) {
    let notKill: LineMeaning['notKill'];
    if (heartbeat || connection) notKill = 'detection';
    else if ((may & BIT.notKillWords) !== 0 && NOT_A_KILL_PATTERN.test(text)) {
      // `node1 LEADER t7 received SIGTERM, shutting down`: the writer's role column is no subject the message describes.
      const said = blankRoleColumns(text, ownNode);
      if (said === text || NOT_A_KILL_PATTERN.test(said)) notKill = /\b(?:peer|leader|member|remote)\b/i.test(said) ? 'peer' : 'component';
      // A restart loop's line naming the node it saw killed, that node read as the line's writer (`[loop] node2 killed
      // by signal 15, restarting`, adv78b-99): its kill, no loop component stopping; another node named so
      // (`[node2] [stream] node1 stopped`) stays a component's words (review78).
      if (notKill === 'component' && ownNode !== undefined && isWriterKilledAfterTag(text, ownNode)) notKill = undefined;
    }
    // `bash: kill: (10411) - No such process`: the kill command's error, no kill.
    if (notKill === undefined && (may & BIT.killFailedWords) !== 0 && KILL_FAILED_PATTERN.test(text)) return NOTHING;
    // ` 9) SIGKILL	10) SIGUSR1 …`: a row of the signal table `kill -l` prints.
    if (notKill === undefined && isSignalTableRow(text)) return NOTHING;
    // `[SIGTERM handler] INFO … closed 2 peer connections`: only the thread's name says SIGTERM.
    if (notKill === undefined && (may & BIT.signalThreadWords) !== 0 && isKillOnlyInThreadName(text, patterns)) return NOTHING;
    // `+ kill -STOP 4101` (a shell trace, no prompt): a pause, resume or probe, no kill.
    if (notKill === undefined) {
      // A kill no node wrote (a command without its prompt, a trace): read as typed, like a command line.
      if (ownNode === undefined) text = readSmartPunctuation(text);
      const ending = withoutNoEndSignals(text, may);
      if (ending !== text && !isKillCommand(ending, patterns, may)) return pausedOrNothing(text, ownNode, patterns, may);
      // bash's `[1]+  Stopped  ./kv_node --id 1 …`: the job was suspended (Ctrl+Z), not ended.
      if (JOB_STOPPED_PATTERN.test(text)) return pausedOrNothing(text, ownNode, patterns, may);
    }
    if (notKill === undefined) {
      // A kill line without its own node may name the node it killed ("killed leader node1 with SIGTERM").
      const named = ownNode === undefined ? findMentionedNodes(text) : [];
      // `kill -9 9683   # infra3 is the leader`, "killing leader n0 (pid 51877)"
      const target =
        named.length === 1 ? named[0] : ownNode === undefined && named.length === 0 ? (leaderNamedBefore(text) ?? nodeInComment(text) ?? leaderNamed(text) ?? stoppedNode(text)) : undefined;
      const meaning = meaningOf(text, 'kill', may);
      if (text === written) meaning.words = knownWords(killMatch);
      if (target !== undefined) meaning.target = target;
      // The signal the line names (a trace's `kill -USR2 4101`, a node's own "received SIGHUP"): the one reading of it.
      const signal = readKillSignal(text, may);
      if (signal !== undefined) meaning.signal = signal;
      return meaning;
    }
    if (notKill !== 'detection') {
      const meaning = bareMeaning('other');
      meaning.notKill = notKill;
      return meaning;
    }
    const meaning = detectionMeaning(text, heartbeat, may, ownNode);
    meaning.notKill = notKill;
    if (text === written) meaning.words = knownWords(heartbeat ? heartbeatMatch : connectionMatch);
    return meaning;
  }
  if (heartbeat || connection) {
    // A leader giving up its role names the timeout that made it ("stepped down: no contact with a majority within an
    // election timeout"): that is no follower noticing a dead leader.
    if ((may & BIT.steppedDown) !== 0 && isStepDown(text)) return meaningOf(text, 'stepped-down', may);
    const meaning = detectionMeaning(text, heartbeat, may, ownNode);
    meaning.words = knownWords(heartbeat ? heartbeatMatch : connectionMatch);
    return meaning;
  }
  // "node 2 is the leader", "accepted n2 as leader": the writer follows the named node (or is it).
  const namedLeader = (may & BIT.namedLeader) !== 0 ? leaderNamedBefore(text) : undefined;
  if (namedLeader !== undefined) {
    const meaning = meaningOf(text, namedLeader === ownNode ? 'became-leader' : 'follows-leader', may);
    meaning.leader = namedLeader;
    return meaning;
  }
  const claim = (may & BIT.became) !== 0 && isLeaderClaim(text);
  if (claim && LEADER_TO_OTHER.test(text)) return meaningOf(text, 'stepped-down', may);
  if (claim && LEADER_FOR_TERM_IS.test(text)) {
    const leader = leaderNamed(text);
    if (leader === undefined) return NOTHING;
    const meaning = meaningOf(text, 'follows-leader', may);
    meaning.leader = leader;
    return meaning;
  }
  if (
    claim &&
    !NOT_A_CLAIM.test(text) &&
    isClaimWithoutOtherNodesRoles(text, ownNode)
  ) {
    const meaning = meaningOf(text, 'became-leader', may);
    const leader = ownNode ?? meaning.subject;
    if (leader !== undefined) meaning.leader = leader;
    return meaning;
  }
  if ((may & BIT.election) !== 0 && ELECTION_STARTED_PATTERN.test(text)) {
    if (!ELECTION_TIMER_FIRED_PATTERN.test(text)) {
      const meaning = meaningOf(text, 'election-started', may);
      // A leadership transfer's election: the leader that handed over (`received TimeoutNow from node1`).
      const handedBy = TIMEOUT_NOW_FROM.exec(text);
      if (handedBy !== null) meaning.peer = normalizeNodeToken(handedBy[1]!);
      return meaning;
    }
    const meaning = meaningOf(text, 'heartbeat-timeout', may);
    meaning.startsElection = true;
    return meaning;
  }
  const follows = (may & BIT.follows) !== 0 && FOLLOWS_LEADER_PATTERN.test(text) && !SETTLED_HEARS_LOOKING.test(text);
  const heardWords = !follows && (may & BIT.heardFrom) !== 0 && HEARD_FROM_LEADER_PATTERN.test(text);
  if (follows || heardWords || ((may & BIT.heardFrom) !== 0 && (HEARTBEAT_ACKS_PATTERN.test(text) || COMMIT_ACKED_BY_PATTERN.test(text)))) {
    const leader = leaderNamed(text) ?? (follows ? followerOf(text) : undefined);
    if (leader !== undefined) {
      const meaning = meaningOf(text, 'follows-leader', may);
      meaning.leader = leader;
      if (heardWords) meaning.heardFrom = true;
      else if (mayRestateLeader(text) && LEADER_STATE_WORDS.test(text)) meaning.restated = true;
      return meaning;
    }
    const sent = (may & BIT.heardFrom) !== 0 ? (APPEND_ENTRIES_SENDER_PATTERN.exec(text) ?? APPEND_SENDER_PATTERN.exec(text)) : null;
    const heard = sent === null && (may & BIT.heardFrom) !== 0 ? HEARTBEAT_SENDER_PATTERN.exec(text) : null;
    const sender = sent ? normalizeNodeToken(sent[1]!) : heard ? normalizeNodeToken(heard[1]!) : undefined;
    if (sender !== undefined) {
      const meaning = meaningOf(text, 'follows-leader', may);
      meaning.leader = sender;
      meaning.heardFrom = true;
      if (heard) meaning.bySender = true;
      return meaning;
    }
    // `heartbeat sent to node2, node3`, `committed index 21 (acked by node3)`: only a leader sends heartbeats and
    // appends, and commits by its followers' acks, so their writer claims to lead. A writer that is one of the
    // receivers was guessed from these words (a headerless cat's line), no writer at all.
    if (ownNode !== undefined && (may & BIT.heardFrom) !== 0) {
      const to = SENT_TO_FOLLOWER_PATTERN.exec(text) ?? COMMIT_ACKED_BY_PATTERN.exec(text);
      const receiver = to ? normalizeNodeToken(to[1]!) : undefined;
      // `heartbeat round ok (2/2 acks)`: a tally of its heartbeats' acks is a leader's too.
      if ((receiver !== undefined && !findMentionedNodes(text.slice(to!.index)).includes(ownNode)) || (to === null && HEARTBEAT_ACKS_PATTERN.test(text))) {
        const meaning = meaningOf(text, 'became-leader', may);
        meaning.leader = ownNode;
        meaning.bySender = true;
        return meaning;
      }
    }
  }
  if ((may & BIT.steppedDown) !== 0 && isStepDown(text)) return meaningOf(text, 'stepped-down', may);
  if ((may & BIT.vote) !== 0 && VOTE_PATTERN.test(text)) return meaningOf(text, 'vote', may);
  if ((may & BIT.startup) !== 0 && STARTUP_PATTERN.test(text) && !ENDING_BEGUN_PATTERN.test(text) && !isPartRestart(text)) return meaningOf(text, 'startup', may);
  return NOTHING;
}

