// One cheap pass over every line's head: the node that wrote it, where its timestamp starts, and whether it is a
// log line, a shell command (`$ kill 1234`), a section header (`==> data/node2/node.log <==`, `--- node3 ---`)
// or blank. Timestamps are only located here; `stampOf` parses one on demand, so a 10 MB paste pays for
// parsing only on the few lines the timing check uses (kill and detection lines).
//
// Hand-written scanning rather than a regex per line, because this touches every line. Recognised heads, in any
// order of up to 8 tokens: grep prefix `path:` / `path-` (+ grep -n line number), docker-compose
// `node2  | `, `[n2]`/`(node2)` tags, `node2`/`kvnode-2`/`kv_node[2]` names, log levels, logfmt
// `ts=… node=2`, JSON `{"ts":…,"node":2}`, and the timestamps of parse-timestamp.ts.
// A line with no own node inherits the node of its section (tail's `==>` headers, `--- node2 ---` lines,
// `$ cat data/node2/node.log` commands); a node named only inside the message is not the line's own
// (attribute-node.ts).
import { findDeclaredWordNames } from './declared-names.js';
import { isBracketedPasteCodeLine } from './script-header.js';
import { isJournalRecord, readJournalMessage, readRecordedLine } from './render-json-message.js';
import { isStoppedEcho } from './command-output.js';
import { DATE_PROGRAM, markHalfDay, printsHalfDayClock, printsNow, printsOtherTime, readDateZone, readInShellZone, readPrintedZone } from './date-output.js';
import { findJsonKeyedValue, findLogfmtKeyedValue, findLogfmtWriterName, ORDINAL_NAME, readKeyedValue } from './node-key-values.js';
import { printsBarePids, readPgrepFull } from './pgrep-command.js';
import { classifyWriterKey, FAMILY_NAME, findJsonNode, findKeyedOwnNode, findLogSource, findMentionedNodes, findPrintedLogFile, findStoppedName, findNodeInDottedName, previousWord, findUnitNode, readWriterValue, findNodeInPath, findOwnNodeForm, isMentionWord, isNumberedNode, JSON_NAME_KEYS, nodeLabel, NON_NODE_PROGRAM, isTaggedProgramName, PROCFILE_INSTANCE, readClientProgram, readJsonNode, readJsonProgram, readLaunchFlags, readNodeName, readPositionalLaunch, type JsonName, type JsonNameKey } from './attribute-node.js';
import { isVerboseRecordHead, readJournalField } from './journal-fields.js';
import { allocateLineInt32s, allocateLineUint8s } from './line-arrays.js';
import { lineText, type PasteLines } from './paste-lines.js';
import { findRowContentEnd, PROMPT_SIGIL_GAP_SOURCE, readContinuationPromptEnd, readShellPrompt } from './shell-prompt.js';
import { expandNumberClasses, readPrintingPipelines, withoutNumberClasses } from './process-actions.js';
import { isWindowsProcessListing, readWindowsListing } from './windows-process-listing.js';
import { printsHourlessClock, readHourlessRecord, readNodeWallTimes } from './hourless-record.js';
import { readDottedTimeOutput, readLocaleDateOutput } from './locale-date-output.js';
import { isTimeArgument } from './command-time-arguments.js';
import { findJobEnds, isTypedLaunch, JOB_NOTICE, QUOTED, readBackgroundLaunches, readShellJobs } from './shell-jobs.js';
import { COMMAND_KILL_PATTERN, isLeaderClaim, readRunWords, HANDLED_SIGNALS, JOB_STOPPED_PATTERN, NO_END_SIGNAL_COMMAND_PATTERN, PAUSE_SIGNALS, STARTUP_PATTERN } from './default-patterns.js';
import { KILL_FAILURE_ROWS, readKillFailure, readKillPids, readTypedKills } from './kill-failures.js';
import { DAY_MS, findRelativeStampEnd, fullWeekdayCommaEnd, isZoneAbbreviation, localizedJulMonthEnd, parseTimestampAt, spacedDateEnd, swapDayMonth, readRelativeMs, readUnpaddedFraction, stampFromEpochNumber, type Stamp } from './parse-timestamp.js';
import { isAllAsciiDigits, isAsciiDigit as isDigit, isAsciiLetter as isLetter, isSpaceOrTab as isGap } from './char-codes.js';
import { decideOncePerTable } from './decide-once-per-table.js';
import { readTwelveHourClock } from './twelve-hour-clock.js';

export const LINE_LOG = 0;
export const LINE_COMMAND = 1;
export const LINE_HEADER = 2;
export const LINE_BLANK = 3;
export const LINE_COMMENT = 4;
/** A log line that is a JSON object. */
export const LINE_JSON = 5;

export interface LineTable {
  /** Per line: the node that wrote it (own, or inherited from its section). */
  readonly nodes: (string | undefined)[];
  /** Per line: LINE_LOG, LINE_JSON, LINE_COMMAND, LINE_HEADER, LINE_BLANK or LINE_COMMENT. */
  readonly kinds: Uint8Array;
  /** Per line: offset in the text where its head timestamp starts (JSON: the `{`), or -1. */
  readonly stampAt: Int32Array;
  /** Per line: how its node was attributed (an index into NODE_SOURCES), 0 when it has none. */
  readonly nodeFrom: Uint8Array;
  /** Section names (a header's, a log command's) that are another name of the writer their lines name (joinSectionWriters). */
  readonly sectionAliases?: ReadonlyMap<string, string>;
  /**
   * Process ids that name writers (`[30799]` tags, nameProcessTags) → the node: a `kill -TERM 30799` kills it; process
   * columns linked to the one node their lines name (`kv_node[11525]`, fly's machine id `148edd3f920489`) → that node.
   */
  readonly processNodes?: ReadonlyMap<string, string>;
  /**
   * Process ids heading the lines of two or more nodes (pino-pretty's `(node1/5120)`, `(node2/5120)`, `(node3/5120)`:
   * an in-process cluster, one process running them all) → those nodes, in order of first line (findProcessNodes).
   */
  readonly processHosts?: ReadonlyMap<string, readonly string[]>;
  /**
   * Lines headed by a process id of `processHosts` → that id: a kill line no node wrote there (`(cluster/5120):
   * received SIGTERM`) is that process's.
   */
  readonly hostLines?: ReadonlyMap<number, string>;
  /**
   * Names a launch command gives the node its `--id` flag names (nameLaunch): its port (`:7001`, and `node7001` as a
   * bare `leader 7001` reads) and, from a `pgrep -a` / `ps` listing row, its pid (`kill 12002`).
   */
  readonly launchNames?: ReadonlyMap<string, string>;
  /**
   * Lines still unnamed whose head holds an address column after the time (`[…04.502] 127.0.0.1:7002 connection to
   * leader … lost`) → that address: too few such lines to name writers by (weak head tokens), but a node's own `listening
   * on 127.0.0.1:7002` ties it (read-log-events.ts nameAddressHeads).
   */
  readonly addressHeads?: ReadonlyMap<number, string>;
}

/** How a line's node was found, as data for reports ("node2 (from the grep prefix)"). */
export const NODE_SOURCES = ['none', 'file-prefix', 'tag', 'field', 'json-field', 'name', 'service', 'message', 'section', 'file-name', 'head-token', 'process-id', 'service-number', 'json-name'] as const;
export type NodeSource = (typeof NODE_SOURCES)[number];
const FROM_PREFIX = 1;
const FROM_TAG = 2;
const FROM_FIELD = 3;
const FROM_JSON = 4;
const FROM_NAME = 5;
const FROM_SERVICE = 6;
const FROM_MESSAGE = 7;
/** A node read from a section header above the line (`==> data/node2/node.log <==`, `--- node2 ---`). */
export const FROM_SECTION = 8;
const FROM_HEAD_TOKEN = 10;
const FROM_PROCESS = 11;
/** A compose service column kept whole: the paste's services differ only by their trailing numbers. */
const FROM_SERVICE_NUMBER = 12;
/** A JSON name field the paste chose over the line's most trusted one because it varies like node names. */
const FROM_JSON_NAME = 13;
/** The file name of a grep prefix (`infra1.log:`): a node only when the paste has several such files. */
export const FROM_FILE_STEM = 9;

const HEAD_CHARS = 256;

// Where a program's name before its colon ends at `p` (`kvclient2`, `client.py`, `kvclient[4411]`, `kvclient (pid
// 4411)`, `kvclient pid=4411`, `kv-client#2`, two words `kv client`): the colon's index, or -1 when no colon closes such
// a name within 48 characters.
function findProgramNameEnd(text: string, p: number, headEnd: number): number {
  let q = p;
  while (q < headEnd && q - p <= 40 && isTokenChar(text.charCodeAt(q))) q++;
  if (text.charCodeAt(q) === 35) {
    let r = q + 1;
    while (r < headEnd && r - q <= 4 && isDigit(text.charCodeAt(r))) r++;
    if (r > q + 1) q = r;
  } else if (text.startsWith(' pid=', q)) {
    let r = q + 5;
    while (r < headEnd && r - q <= 12 && isDigit(text.charCodeAt(r))) r++;
    if (r > q + 5) q = r;
  }
  if (text.charCodeAt(q) === 91 || (text.charCodeAt(q) === 32 && text.charCodeAt(q + 1) === 40)) {
    const close = indexWithin(text, text.charCodeAt(q) === 91 ? 93 : 41, q, Math.min(headEnd, p + 48));
    if (close > 0) q = close + 1;
  } else if (text.charCodeAt(q) === 32 && isLetter(text.charCodeAt(q + 1))) {
    let r = q + 1;
    while (r < headEnd && r - p <= 40 && isLetter(text.charCodeAt(r))) r++;
    if (text.charCodeAt(r) === 58) q = r;
  }
  return text.charCodeAt(q) === 58 ? q : -1;
}

// The name of a program beside the cluster (isTaggedProgramName) heading the message at `p` after a node's tag: before
// its colon (findProgramNameEnd), in parentheses (`(kvclient) `), or a class's name ending in Client (`KvClient `).
function readTaggedProgramName(text: string, p: number, headEnd: number): string | undefined {
  if (text.charCodeAt(p) === 40) {
    const close = indexWithin(text, 41, p + 1, Math.min(headEnd, p + 42));
    const name = close > p + 1 && text.charCodeAt(close + 1) === 32 ? text.slice(p + 1, close) : undefined;
    return name !== undefined && isTaggedProgramName(name) ? name : undefined;
  }
  const end = findProgramNameEnd(text, p, headEnd);
  if (end > p) {
    // A source location (`src/client.rs:57:`, Go's `client.go:88:`) names code, not a program.
    if (isDigit(text.charCodeAt(end + 1))) return undefined;
    const name = text.slice(p, end);
    return isTaggedProgramName(name) ? name : undefined;
  }
  let q = p;
  while (q < headEnd && q - p <= 40 && isLetter(text.charCodeAt(q))) q++;
  // With the node it asks named after it (`[node2] healthcheck node1: GET /health -> ECONNREFUSED`, adv77a-43): a
  // client's or prober's name no module of the node's own goes by, then a member's name.
  if ((text.charCodeAt(q) === 32 || text.charCodeAt(q) === 45 || text.charCodeAt(q) === 95) && isProbingInitial(text.charCodeAt(p))) {
    const asked = ASKED_NODE.exec(text.slice(q, Math.min(headEnd, q + 48)));
    if (asked !== null && PROBING_PROGRAM.test(text.slice(p, q + asked[1]!.length))) return text.slice(p, q + asked[1]!.length);
  }
  if (text.charCodeAt(q) !== 32 || !text.startsWith('Client', q - 6)) return undefined;
  const name = text.slice(p, q);
  return isUpper(text.charCodeAt(p)) && isTaggedProgramName(name) ? name : undefined;
}
const isUpper = (c: number): boolean => c >= 65 && c <= 90;

// A writer the line's head named before its message (a tag, a name, a head token, a field): a client's or prober's
// name or record may follow it (readTaggedProgramName, readRecordProgram).
const isHeadWriter = (from: number): boolean => from === FROM_TAG || from === FROM_NAME || from === FROM_HEAD_TOKEN || from === FROM_FIELD;

// The client a JSON record starting at p names by its program key (readJsonProgram), read from its first 4 KiB.
const readRecordProgram = (text: string, p: number, end: number): string | undefined => readJsonProgram(text.slice(p, Math.min(end, p + 4096)));
// A prober's or load tool's name: `client node1:`, `proxy node1:` may be the node's own link to a peer (review75).
const PROBING_PROGRAM = /^(?:kv[-_]?)?(?:health[-_]?check(?:er)?|prober?|watcher|loadgen|load[-_]?gen|traffic(?:[-_]?gen)?|workload|bench(?:mark)?|ycsb)$/i;
// A letter PROBING_PROGRAM's names start with (health, probe, watcher, loadgen, load, traffic, workload, bench, ycsb,
// kv-): every tagged line's first word is asked, most of them a level (INFO, DEBUG) or a module, none of these.
const isProbingInitial = (c: number): boolean => {
  const l = c | 32;
  return l === 104 || l === 112 || l === 119 || l === 108 || l === 116 || l === 98 || l === 121 || l === 107;
};
// The rest of a program's name (`-check`, `_checker`, none) and the member it asks, its colon after (group 1: the rest).
const ASKED_NODE = /^([-_]?[a-z]{0,12}) [A-Za-z][\w-]{0,30}\d:/;

// Characters of a bare token (word, path, host name).
const isTokenChar = (c: number): boolean =>
  isLetter(c) || isDigit(c) || c === 95 || c === 45 || c === 46 || c === 47 || c === 64 || c === 126;

// A control key's letter as the terminal echoes it after `^` (C, Z, \\, D…).
const isEchoedKey = (c: number): boolean => (c >= 65 && c <= 90) || c === 92;

// indexOf bounded to [from, limit): String#indexOf would scan to the end of a 10 MB paste on every line.
function indexWithin(text: string, code: number, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

// Where this grep prefix ends if `text` continues with it at p, else -1; one past that when a date follows
// (`2026-11-…`, no grep -n line number). The pivot (its node number, where prefixes of different files differ) is
// checked first, then the whole prefix by its sticky regex: native code, about 4 times faster than a charCodeAt
// loop or String#startsWith on a two-byte paste (every line of a grep paste pays this check).
function prefixEndAt(text: string, p: number, prefix: Prefix): number {
  if (text.charCodeAt(p + prefix.pivot) !== prefix.pivotCode) return -1;
  prefix.exact.lastIndex = p;
  return prefix.exact.test(text) ? prefix.exact.lastIndex : -1;
}

// A sticky regex matching exactly these UTF-16 code units (each written as `\uXXXX`, so no character is special),
// then the first digit of a date's `dddd-d?-` when one follows (isLineNumber's "not a line number" case).
function prefixRegex(codes: readonly number[]): RegExp {
  return new RegExp(`${codes.map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}(?:\\d(?=\\d{3}-\\d[^]-))?`, 'y');
}

// A sticky regex matching (the empty string) exactly where prefixRegex's would not match with a date's first digit:
// scanPrefixRun's test of a run's line fails, and a failed test writes no RegExp last-match info — a match writes
// the paste into it, which costs a write barrier (about 5 ns a line) when the paste is a string new to V8's heap, as
// bytes input's decoded text always is.
function prefixStopRegex(codes: readonly number[]): RegExp {
  return new RegExp(`(?!${codes.map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}\\d(?=\\d{3}-\\d[^]-))`, 'y');
}

// End of the token at p (next space or tab, at most `limit`). Uses native indexOf through cursors that only move
// forward, so a paste without spaces still costs linear time overall.
function skipToken(text: string, p: number, limit: number, st: ScanState): number {
  if (st.nextSpace < p) {
    st.nextSpace = text.indexOf(' ', p);
    if (st.nextSpace < 0) st.nextSpace = text.length;
  }
  if (st.nextTab < p) {
    st.nextTab = text.indexOf('\t', p);
    if (st.nextTab < 0) st.nextTab = text.length;
  }
  return Math.min(st.nextSpace, st.nextTab, limit);
}

// skipToken, stopping at a `|` inside the token: columns joined by bars (`14:07:19.611|n2|F|t7| …`, a C program's
// printf) are tokens of their own. A token ending in a digit, `Z` or `]` (a time's own end) is searched for no bar.
function skipColumnToken(text: string, p: number, limit: number, st: ScanState): number {
  const q = skipToken(text, p, limit, st);
  const last = text.charCodeAt(q - 1);
  if (isDigit(last) || last === 90 || last === 93) return q;
  const bar = indexWithin(text, 124, p, q);
  return bar < 0 ? q : bar;
}

const code3 = (text: string, p: number): number =>
  ((text.charCodeAt(p) | 0x20) << 16) | ((text.charCodeAt(p + 1) | 0x20) << 8) | (text.charCodeAt(p + 2) | 0x20);
const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m) => code3(m, 0)));
const WEEKDAYS = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((m) => code3(m, 0)));
// The head of Rust's Debug print of a SystemTime, up to its seconds.
const SYSTEM_TIME_HEAD = 'SystemTime { tv_sec: ';

const LEVELS = new Set([
  'trace', 'debug', 'dbg', 'info', 'inf', 'notice', 'warn', 'warning', 'wrn', 'error', 'err', 'erro', 'fatal',
  'crit', 'critical', 'panic', 'i', 'w', 'e', 'd', 'f', 'n', 'c', 't',
  // loguru's SUCCESS, winston/npmlog's verbose, JUL's SEVERE, syslog's alert/emerg: levels, never a node's name.
  'success', 'verbose', 'verb', 'vrb', 'severe', 'alert', 'emerg',
]);
const LEVEL_KEYS = new Map([...LEVELS].map((word) => [word.length * 0x1000000 + code3(`${word}  `, 0), word]));

// `INFO`, `warn`, `E`: compares characters instead of slicing and lower-casing every token.
function isLevel(text: string, p: number, q: number): boolean {
  const n = q - p;
  const word = LEVEL_KEYS.get(n * 0x1000000 + (n >= 3 ? code3(text, p) : code3(`${text.slice(p, q)}  `, 0)));
  if (word === undefined) return false;
  for (let k = 3; k < n; k++) if ((text.charCodeAt(p + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

const TS_KEYS = new Set(['ts', 'time', 't', 'timestamp', '@timestamp', 'date', 'datetime']);
const MESSAGE_KEYS = new Set(['msg', 'message', 'event']);
/** logfmt keys of CLOCK_MONOTONIC seconds (`mono=88213.604331`): the line's time when it has no wall-clock one. */
const MONOTONIC_KEYS = new Set(['mono', 'monotonic']);

const GREP_EXT = /\.(?:log|txt|out|err|jsonl?|stdout|stderr)(?:\.\d+)?$/i;
const GREP_CONTEXT = /^(.*?\.(?:log|txt|out|err|jsonl?|stdout|stderr)(?:\.\d+)?)-(?=\d)/i;

// journald's `-o json` writes `__REALTIME_TIMESTAMP` (µs since the epoch, a string); its `__MONOTONIC_TIMESTAMP` is since boot.
// log4j2's JsonLayout writes `"instant":{"epochSecond":1796047391,"nanoOfSecond":291418000}` (or `"timeMillis"`),
// Serilog's CLEF `"@t"`, python-json-logger a format's `"asctime"` (`"2026-12-05 10:06:53,937"`) or `"created"` (epoch s).
const JSON_TS =
  /"(?:ts|time|t|@t|timestamp|@timestamp|asctime|created|timeMillis|__REALTIME_TIMESTAMP)"\s*:\s*(?:"([^"\\]{1,64})"|(\d+(?:\.\d+)?))|"instant"\s*:\s*\{\s*"epochSecond"\s*:\s*(\d{1,11})\s*,\s*"nanoOfSecond"\s*:\s*(\d{1,9})\b/;

/** Headers name one node and otherwise only decoration: `--- node3 (follower) ---`, `node2 logs:`, `[node2]`. */
const HEADER_WORDS = String.raw`logs?|output|terminal|follower|leader|the|of|for|from|node\.log|data|tail|cat|stdout|stderr|killed|dead|window|pane|tab|shell|\d{1,3}`;
const HEADER_NOISE = new RegExp(String.raw`\b(?:${HEADER_WORDS})\b|[^a-z0-9\0]`, 'g');
const HEADER_WORD = new RegExp(`^(?:${HEADER_WORDS})$`, 'i');
// A syslog tag with its process id (`kv_node[29813]:`, `systemd[1]:`): a program's column, never a host's.
const SYSLOG_TAG_WITH_PID = /^[\w.-]+\[\d{1,9}\]:/;
// RFC 5424's header after `<PRI>1 `: TIMESTAMP (a date and time), HOSTNAME, APP-NAME (group 1), PROCID (2), MSGID and
// STRUCTURED-DATA, each `-` when nil.
const RFC5424_HEADER = /^\d{4}-\d\d-\d\dT[\d:.]{8,15}(?:Z|[+-]\d\d:\d\d) [!-~]{1,255} ([!-~]{1,48}) ([!-~]{1,128}) [!-~]{1,32} (?:-|(?:\[(?:[^\]\\]|\\.)*\])+)(?: |$)/;
// Words that make a comment line a heading of the output below it (`# terminal 2 (kv2)`, `# pane 3: kv3`).
const OUTPUT_PLACE_WORD = /\b(?:terminal|pane|window|tab|logs?|output)\b/i;
const NODE_NAMES = /(?:kv[-_]?)?node[-_]?\d{1,4}|\bn\d{1,4}\b/g;

/**
 * A grep prefix of `length` code units; `pivot` is the offset of its last digit (the node number), checked first. `stem`: the file's name without
 * directory and extension (`infra1` of `logs/infra1.log`), a node name when the path names no `nodeN`.
 */
type Prefix = {
  readonly length: number;
  readonly pivot: number;
  readonly pivotCode: number;
  readonly exact: RegExp;
  /** Sticky; matches (empty) where `exact` would not match with a date's first digit: scanPrefixRun's test (see there). */
  readonly stop: RegExp;
  readonly node: string | undefined;
  readonly stem: string | undefined;
  /** The file's path, when it names no `nodeN` (nameFilesByDirectory). */
  readonly path: string | undefined;
};

// A copy that shares no memory with `s` (a slice of a paste would keep the whole paste alive in a cache).
function copyString(s: string): string {
  const codes = new Array<number>(s.length);
  for (let k = 0; k < s.length; k++) codes[k] = s.charCodeAt(k);
  return String.fromCharCode(...codes);
}

// Text before a line's first `:` → its grep prefix (`null`: not one). Module-wide, so a paste's few files are
// parsed once, not once per verdict; keys and values are copies, so no paste outlives its verdict here.
const PREFIX_CACHE_SIZE = 1024;
const prefixCache = new Map<string, Prefix | null>();

// `2026-…`, `2026/…`, `19:30…`, `9:30…` at p: a timestamp, never a grep prefix.
function startsDateOrClock(text: string, p: number): boolean {
  if (!isDigit(text.charCodeAt(p))) return false;
  const c = text.charCodeAt(p + 4);
  return c === 45 || c === 47 || text.charCodeAt(p + 2) === 58 || text.charCodeAt(p + 1) === 58;
}

// A job whose output goes to a file (`> logs/node1.log 2>&1 &`, `&> n1.log &`, nohup's nohup.out): none reaches the terminal.
const OUTPUT_TO_FILE = /(?:^|\s)(?:1?>{1,2}|&>{1,2})\s*(?!&)[^\s&|;]|(?:^|[\s;&|(])nohup\s(?![^|]*\|)/;

/**
 * Whether the background launch on line i prints into the terminal as its shell's only job: its output is not sent to
 * a file and bash's notice under it numbers it job 1 (`[1] 4103`), so no other job of that shell prints there. Its
 * untagged lines below are then its own, as a foreground launch's are (adv20's `--- terminal 3 ---`); a second job's
 * notice ends them (scanLines).
 */
function isOnlyJobLaunch(lines: PasteLines, i: number, command: string): boolean {
  if (i + 1 >= lines.count || OUTPUT_TO_FILE.test(command)) return false;
  const notice = JOB_NOTICE.exec(lines.text.slice(lines.starts[i + 1]!, Math.min(lines.ends[i + 1]!, lines.starts[i + 1]! + 32)));
  return notice !== null && notice[1] === '1';
}

// Where a log record starts right after a prompt's end or a typed launch's `&` (isLaunchRow): a JSON object's first
// key `{"`, a date or a clock, glog's `I20261202 `/`I1202 `, a bracketed date `[2026-…`; or -1: no command starts so
// (a bash group is `{ date; …; }`).
function findRecordAfterPrompt(text: string, end: number, limit: number): number {
  let p = end;
  while (p < limit && isGap(text.charCodeAt(p))) p++;
  if (p >= limit) return -1;
  const c = text.charCodeAt(p);
  if (c === 123) return text.charCodeAt(p + 1) === 34 ? p : -1;
  if (c === 91) return startsDateOrClock(text, p + 1) ? p : -1;
  if ((c === 73 || c === 87 || c === 69 || c === 70) && isDigit(text.charCodeAt(p + 1)) && isDigit(text.charCodeAt(p + 4))) {
    const gap = text.charCodeAt(p + 5) === 32 ? p + 5 : text.charCodeAt(p + 9) === 32 ? p + 9 : -1;
    return gap > 0 && startsDateOrClock(text, gap + 1) ? p : -1;
  }
  return startsDateOrClock(text, p) ? p : -1;
}

// Prefixes grepPrefix returned lately that end at the first `:` (no context line's `-`), most recent last (module-wide,
// as prefixCache; the same objects). One the line starts with is the one the cache gives for it: the same characters
// up to the same first `:`. Found so, a paste's first line of each file costs no slice of its head and no hashing of it.
const KNOWN_PREFIXES = 8;
const knownPrefixes: Prefix[] = [];

// The prefix of `length` code units at p (its last one grep's `:` or `-`).
function createPrefix(text: string, p: number, length: number): Prefix {
  const codes = Array.from({ length }, (_, k) => text.charCodeAt(p + k));
  let pivot = length - 1;
  while (pivot > 0 && !isDigit(codes[pivot]!)) pivot--;
  // fromCharCode builds a flat copy; keeping a slice would also pin the whole paste in the cache.
  const path = String.fromCharCode(...codes.slice(0, length - 1)).replace(/\\/g, '/');
  // A program's own log under a node's directory (`data/node3/client.log:`, adv70d-57) is that program's.
  const base = fileBaseName(path);
  const node = NON_NODE_PROGRAM.test(base) ? base : findNodeInPath(path);
  return { length, pivot, pivotCode: codes[pivot]!, exact: prefixRegex(codes), stop: prefixStopRegex(codes), node, stem: fileStem(path), path: node === undefined ? copyString(path) : undefined };
}

/**
 * grep's context line of a record whose time starts with a month's name, so no `:` comes before its first space:
 * `data/node1/node.log-Dec 03, 2026 8:54:49 AM RaftNode onShutdown` (grep -B1 of a java.util.logging record), syslog's
 * `node.log-Dec  3 08:54:49 …`: the prefix up to the `-`; null for any other first word ending at `space`.
 */
function monthContextPrefix(text: string, p: number, space: number): Prefix | null {
  let dash = space - 1;
  while (dash > p && space - dash <= 7 && text.charCodeAt(dash) !== 45) dash--;
  if (text.charCodeAt(dash) !== 45 || !GREP_EXT.test(text.slice(p, dash))) return null;
  if (parseTimestampAt(text, dash + 1, Math.min(text.length, dash + 48)) === undefined) return null;
  return createPrefix(text, p, dash - p + 1);
}

// `data/node2/node.log:` or, for grep's context lines, `data/node2/node.log-`.
function grepPrefix(text: string, p: number, limit: number): Prefix | null {
  const c0 = text.charCodeAt(p);
  // Quick rejects: timestamps (`2026-…`, `19:30…`), JSON, tags.
  if (c0 === 123 || c0 === 91 || c0 === 40 || startsDateOrClock(text, p)) return null;
  for (let k = knownPrefixes.length - 1; k >= 0; k--) {
    const known = knownPrefixes[k]!;
    if (known.length <= limit - p && prefixEndAt(text, p, known) >= 0) return known;
  }
  // A Windows path (`C:\logs\node1.log:`): its drive colon is not the end of the prefix.
  const drive = isLetter(c0) && text.charCodeAt(p + 1) === 58 && text.charCodeAt(p + 2) === 92;
  let q = drive ? p + 2 : p;
  // Whether a Windows path's folders hold spaces (`C:\Users\Ana María\OneDrive - Universidad de Chile\…\node1.log:`,
  // Select-String's prefix, adv64d-42): read to its colon, a log file's name before it.
  let spaced = false;
  for (; q < limit; q++) {
    const c = text.charCodeAt(q);
    if (c === 58) break; // :
    if (c === 32 && drive) {
      if (!spaced) {
        const month = monthContextPrefix(text, p, q);
        if (month !== null) return month;
      }
      spaced = true;
      continue;
    }
    if (c === 32 || c === 9 || c === 123 || c === 91 || c === 34 || c === 36 || c === 35) return c === 32 ? monthContextPrefix(text, p, q) : null; // space tab { [ " $ #
  }
  if (q >= limit || q === p) return null;
  const candidate = text.slice(p, q);
  if (spaced && !GREP_EXT.test(candidate)) return null;
  let cached = prefixCache.get(candidate);
  if (cached === undefined) {
    const context = GREP_CONTEXT.exec(candidate);
    const length = context ? context[1]!.length + 1 : /[/\\]/.test(candidate) || GREP_EXT.test(candidate) ? q - p + 1 : 0;
    cached = length > 0 ? createPrefix(text, p, length) : null;
    if (prefixCache.size >= PREFIX_CACHE_SIZE) prefixCache.clear();
    prefixCache.set(copyString(candidate), cached);
  }
  if (cached !== null && cached.length === q - p + 1) {
    if (knownPrefixes.length >= KNOWN_PREFIXES) knownPrefixes.shift();
    knownPrefixes.push(cached);
  }
  return cached;
}

// A directory named like one member of several (`kraft-2`, `zk-1`, `broker3`): a name ending in its number, no version
// (`kafka_2.13-3.6.0`) or date; generic directories (`logs`, `var`, `data1`, `tmp`) are none.
const NODE_DIRECTORY = /^[a-z][a-z]{0,30}(?:[-_][a-z]{1,30}){0,3}[-_]?\d{1,4}$/i;
const GENERIC_DIRECTORY = /^(?:logs?|var|data|tmp|temp|run|home|opt|srv|mnt|disk|vol(?:ume)?|usr|lib|etc|python|java|jdk|jre|node|v|version|release|backup|old|archive)[-_]?\d*$/i;

// supervisord's capture file of a program's output, `<program>-stdout---<identifier>-<random>.log`
// (`kv2-stdout---supervisor-x8k2p1.log`): the program's name is the file's.
const SUPERVISOR_CAPTURE = /-(?:stdout|stderr)---[\w.-]{1,64}-\w{1,16}$/;
// pm2's capture files `~/.pm2/logs/<app>-out.log` and `<app>-error.log` (adv62e-42: `raft-a-out` is the app raft-a).
const PM2_CAPTURE = /-(?:out|error|err)(?:-\d{1,4})?$/;

// kubelet's pod log directory `/var/log/pods/<namespace>_<pod>_<pod uid>/<container>/<restart>.log`: the pod.
const KUBELET_POD_DIRECTORY = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?_([a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?)_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// kubelet's link to it, `/var/log/containers/<pod>_<namespace>_<container>-<container id>.log`: the pod.
const KUBELET_CONTAINER_FILE = /^([a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?)_[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?_[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?-[0-9a-f]{64}$/;

// A path's file name without its log extensions (`data/node3/proxy.log` → `proxy`, `kv1.out.1` → `kv1`).
// fileBaseName of a path that may be missing.
const fileBaseNameOf = (path: string | undefined): string | undefined => (path === undefined ? undefined : fileBaseName(path.replace(/\\/g, '/')));

function fileBaseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/(?:\.(?:log|txt|out|err|jsonl?|stdout|stderr))+(?:\.\d+)?$/i, '');
}

// The name a log file's path gives its writer when it names no `nodeN`: the file's own name (`logs/infra1.log` →
// `infra1`), else — the file named after its program (`server.log`, `zookeeper.log`) or numbered (kubelet's restart
// count `0.log`, a rotation's `3.log`) — the innermost directory named like a member (`kraft-2/logs/server.log` →
// `kraft-2`, `/var/log/zk-1/zookeeper.log` → `zk-1`) or a kubelet pod's (`/var/log/pods/raft_kv-1_<uid>/kv/0.log` →
// `kv-1`); supervisord's capture file by its program (`kv2-stdout---supervisor-x8k2p1.log` → `kv2`), kubelet's
// container link by its pod; a number with no such directory as it is (a student's `logs/1.log`); undefined for
// generic names (node.log, demo_step2.log, out.txt in `logs/`).
export function fileStem(path: string): string | undefined {
  const slash = path.lastIndexOf('/');
  const supervised = fileBaseName(path).replace(SUPERVISOR_CAPTURE, '');
  const base = path.includes('.pm2/') ? supervised.replace(PM2_CAPTURE, '') : supervised;
  const named = /^[\w.@-]{1,48}$/.test(base) && !/^(?:node|log|logs|out|output|demo.*|server|stdout|stderr|all|combined|cluster)$/i.test(base);
  const numbered = named && isAllAsciiDigits(base);
  if (named && !numbered && /\d/.test(base)) return copyString(base);
  const container = KUBELET_CONTAINER_FILE.exec(base);
  if (container) return copyString(container[1]!);
  const directories = slash < 0 ? [] : path.slice(0, slash).split('/');
  for (let k = directories.length - 1; k >= 0; k--) {
    const directory = directories[k]!;
    const pod = KUBELET_POD_DIRECTORY.exec(directory);
    if (pod) return copyString(pod[1]!);
    if (NODE_DIRECTORY.test(directory) && !GENERIC_DIRECTORY.test(directory)) return copyString(directory);
  }
  return named ? copyString(base) : undefined;
}


const SEARCH_CHARS = 160;

// The first timestamp starting at a token or digit-run boundary in the head of a line; clocks need `H:MM:SS`,
// epochs a fraction or 13+ digits (so a pid or a line number is not taken for one).
function searchStamp(text: string, start: number, end: number, isArgument?: (at: number) => boolean): Stamp | undefined {
  const limit = Math.min(end, start + SEARCH_CHARS);
  for (let k = start; k < limit; k++) {
    const c = text.charCodeAt(k);
    const prev = k > start ? text.charCodeAt(k - 1) : 32;
    if (isDigit(c)) {
      // Inside a number, unless a date glued to a name: `node12026/11/29`.
      if (isDigit(prev) && !DATE_AT.test(text.slice(k, k + 10))) continue;
    } else if (isLetter(c)) {
      if (isLetter(prev) || isDigit(prev) || !MONTHS.has(code3(text, k))) continue;
    } else continue;
    const stamp = parseTimestampAt(text, k, end);
    // A duration in a message ("took 0.250s") is no uptime stamp: those are only read at a line's head.
    if (!stamp || (stamp.format.startsWith('epoch') && stamp.precisionMs >= 1000) || stamp.format === 'uptime') continue;
    // A command's argument (`--since "14:55:00"`): no time of the line; the search goes on after it.
    if (isArgument?.(k) === true) {
      k = stamp.end - 1;
      continue;
    }
    return stamp;
  }
  return undefined;
}
const DATE_AT = /^\d{4}([-/])\d{2}\1\d{2}$/;

// A time that ends a long command row, past searchStamp's reach: a right prompt's clock on a wide terminal (zsh's
// RPROMPT, fish_right_prompt at column 170-180 of a 180-column row, adv58e-04/-05). The row's last word, a bracket or
// blanks at most after it.
function searchRowEndStamp(text: string, start: number, end: number): Stamp | undefined {
  const q = findRowContentEnd(text, start, end);
  let p = q;
  while (p > start && !isGap(text.charCodeAt(p - 1))) p--;
  if (text.charCodeAt(p) === 91 || text.charCodeAt(p) === 40) p++;
  if (q - p < 5 || !isDigit(text.charCodeAt(p))) return undefined;
  const stamp = parseTimestampAt(text, p, q);
  return stamp !== undefined && stamp.end >= q ? stamp : undefined;
}

const DATE_IN_TOKEN = /\d{4}([-/])\d{2}\1\d{2}/;

// Offset of a date glued to the end of a name in the token [p, q), or -1.
function findGluedDate(text: string, p: number, q: number): number {
  if (q - p < 11 || q - p > 80) return -1;
  const m = DATE_IN_TOKEN.exec(text.slice(p, q));
  return m && m.index > 0 && /[a-z0-9]/i.test(text.charAt(p + m.index - 1)) ? p + m.index : -1;
}

// `raft.node1`, `kvstore.raft.node1:` → node1.
function dottedNode(text: string, p: number, q: number): string | undefined {
  let dot = -1;
  for (let k = q - 1; k > p; k--) if (text.charCodeAt(k) === 46) {
    dot = k;
    break;
  }
  if (dot < 0) return undefined;
  const end = text.charCodeAt(q - 1) === 58 ? q - 1 : q;
  const name = readNodeName(text, dot + 1, end, true);
  return name && name.end === end ? name.label : undefined;
}

// A log context naming its member by an id key: log4j's `[RaftManager id=2]`, `[Broker id=2]`, `[KafkaRaftServer
// nodeId=1]`, `[Fetcher replicaId=2, leaderId=1]` (the first pair, the writer's), ZooKeeper's MDC `[myid:2]`
// and its thread `QuorumPeer[myid=2](plain=…)` (the tag's text up to its first `]`). Keys naming another node
// (`leaderId`, `clientId`) are none.
const KEYED_ID_TAG = /^(?:[A-Za-z][\w$.-]{0,40}[ [])?(?:my|node|broker|server|replica)?id ?[=:] ?(\d{1,4})(?:,.*)?$/i;
// A tag holding one key and its value, logback's and log4j's MDC `%X` as `[node=2]`, `[node_id=2]`, `[nodeId=kv-1]`
// (group 1: the key, group 2: the value): a node when the key is one naming the writer (classifyWriterKey).
const KEY_VALUE_TAG = /^([A-Za-z][\w.-]{0,40}) ?[=:] ?"?([\w.@:-]{1,40})"?$/;

// pino-pretty's `(name/pid)` after the level (`[05:28:32.059] WARN (node2/2578): …`), `(name/pid on host)` when the
// record keeps its hostname (group 1: the logger's name, group 2: the pid; without a name pino-pretty prints the pid
// alone).
const PINO_PRETTY_TAG = /^([^\s/()]{1,64})\/(\d{1,8})(?: on [\w.-]{1,253})?$/;

// A Deployment's pod name (after `pod/`): the Deployment (group 1), its ReplicaSet's pod-template hash and the pod's own
// suffix (Kubernetes writes both in an alphabet without vowels; a hand-made name may not).
const DEPLOYMENT_POD = /^([\w.-]{1,50}?)-[a-z0-9]{6,10}-[a-z0-9]{5}$/;

// A Deployment's pod whose Deployment's name reads as no node (`kv-7c9f8b6d54-abcde`: one of its replicas).
const isReplicaPod = (name: string): boolean => {
  const deployment = DEPLOYMENT_POD.exec(name);
  return deployment !== null && nodeInTag(deployment[1]!) === undefined;
};

// Tag contents naming a node: `pod/kv-0/kv` → kv-0, `127.0.0.1:7001`, `raft-node1` → node1, `node-1-timer` → node1,
// `RaftManager id=2`, `myid:2` → node2, a field of `|`-separated ones (`n1|LEADER|t5`) → node1.
function nodeInTag(inner: string): string | undefined {
  const keyed = KEYED_ID_TAG.exec(inner);
  if (keyed) return nodeLabel(Number(keyed[1]));
  const pair = KEY_VALUE_TAG.exec(inner);
  if (pair !== null && classifyWriterKey(pair[1]!) === 'node') return readWriterValue('node', pair[2]!);
  const pod = /^(?:pod|po|pods)\/([\w.-]{1,63})(?:\/|$)/i.exec(inner);
  if (pod) {
    // A Deployment's pod (`kv-node1-6b7c9d5f4-q8x2m`: its ReplicaSet's hash, then its own) is its Deployment's node when
    // that name reads as one (`kv-node1` → node1); replicas of one Deployment (`kv-6b7c9d5f4-…`) stay apart.
    const deployment = DEPLOYMENT_POD.exec(pod[1]!);
    const named = deployment === null ? undefined : nodeInTag(deployment[1]!);
    return named !== undefined && named !== deployment![1] ? named : pod[1];
  }
  const spaced = /^(?:kv[-_ ]?)?node (\d{1,4})$/i.exec(inner);
  if (spaced) return nodeLabel(Number(spaced[1]));
  if (/^(?:\d{1,3}(?:\.\d{1,3}){3}|localhost|\[[0-9a-f:]+\]|[\w-]{1,63})?:\d{2,5}$/i.test(inner)) return inner;
  for (let k = 0; k < inner.length; k++) {
    if (k > 0 && /[a-z0-9]/i.test(inner.charAt(k - 1))) continue;
    const name = readNodeName(inner, k, inner.length, true);
    if (name && (name.end === inner.length || /[-_.|]/.test(inner.charAt(name.end)))) return name.label;
  }
  return undefined;
}

// A per-peer thread's name: a role that serves one peer, a dash or underscore, then the peer's name.
const PEER_THREAD_TAG = /^(?:replicator|replication|sender|appender|heartbeat(?:er|s)?|peer|conn(?:ection)?|rpc|pipeline|probe|progress)[-_]/i;

// An Akka or Pekko actor path: the actor system's name (group 1), its remote `host:port` (group 2), then the actors.
const AKKA_ACTOR_PATH = /^(?:akka|pekko)(?:\.(?:tcp|ssl\.tcp))?:\/\/([\w-]{1,64})(?:@([\w.-]{1,253}:\d{1,5}))?\//;

// Fly.io's `fly logs` column: the process (`app`, `runner`, `proxy`), its machine's id, the region and the level.
const FLY_INSTANCE = /^(?:app|runner|proxy|health)\[([0-9a-f]{8,32})\] [a-z]{3} \[(?:info|warn|warning|error|debug|trace)\]/;
// Ruby's stdlib Logger (`%.1s, [%s #%d] %5s -- %s: %s`): `I, [2026-12-03T11:20:08.123456 #4242]  INFO -- kv1: …`, the
// severity's letter, the time and the process id in brackets, the level, then the progname (maybe empty) and a colon.
const RUBY_LOGGER_HEAD = /[DIWEFAU], \[([^\]#]{6,40}) #(\d{1,7})\] {1,3}[A-Z]{3,7} -- /y;

// `docker service logs`' task column `kv_raft.1.m3x9f2hq7k1z@worker-1` (`--no-task-ids`: `kv_raft.1@worker-1`): the
// service's slot `kv_raft.1` is the node; a task restarted in its slot gets a new task id, and the host may change.
const SWARM_TASK = /^([\w-]{1,63}\.\d{1,4})(?:\.[a-z0-9]{6,32})?@[\w.-]{1,63}$/;

// A docker compose service column: `kvnode2-1` → node2, v1 `raft_kv1_1` → kv1, v2 `raft-kv1-1` → raft-kv1 (the
// trailing number is the replica's; scanLines keeps it when it is what tells the paste's services apart).
function serviceNode(service: string): string | undefined {
  const task = SWARM_TASK.exec(service);
  if (task) return task[1];
  const named = findNodeInPath(service);
  if (named !== undefined) return named;
  const parts = service.split('_');
  if (parts.length >= 3 && /^\d+$/.test(parts[parts.length - 1]!)) return parts.slice(1, -1).join('_');
  // A Procfile runner's instance number (foreman's `chaos.1`, adv70a-72) and compose's replica index (`kv-1`): the
  // service's.
  const procfile = PROCFILE_INSTANCE.exec(service);
  if (procfile) return procfile[1];
  return service.replace(/-\d+$/, '') || undefined;
}

const SOURCE_EXTENSIONS = new Set(['go', 'py', 'rs', 'java', 'kt', 'scala', 'c', 'cc', 'cpp', 'h', 'hpp', 'js', 'mjs', 'ts', 'rb', 'ex', 'exs', 'erl', 'cs', 'swift', 'zig']);

// `raft.go`, `main.py`: a source file name (of a `file:line` position).
function isSourceFile(text: string, p: number, q: number): boolean {
  const dot = text.lastIndexOf('.', q - 1);
  return dot > p && q - dot <= 6 && SOURCE_EXTENSIONS.has(text.slice(dot + 1, q));
}

// A letter of any script (`节`, `й`) beyond ASCII.
const OTHER_LETTER = /\p{L}/u;
const isOtherLetter = (c: number): boolean => c > 127 && OTHER_LETTER.test(String.fromCharCode(c));

// Symbols and emoji (with their joiners and variation selectors), no letter, digit or ASCII.
const SYMBOLS_ONLY = /^[^\p{L}\p{N}\p{Z}\x00-\x7f]{1,16}$/u;

// End of a token of symbols only at p (`💔`, `🗳️`, `•`, `▶`), a gap after it; -1 when the token is none.
function leadingSymbolEnd(text: string, p: number, limit: number): number {
  let q = p;
  while (q < limit && q - p <= 16 && !isGap(text.charCodeAt(q))) q++;
  return q < limit && isGap(text.charCodeAt(q)) && SYMBOLS_ONLY.test(text.slice(p, q)) ? q : -1;
}

// A head token that can name a node: it holds a digit, a dash or a dot between letters of any script (`kv-1`, `节点2`;
// not a word or a level).
function isIdentityToken(text: string, p: number, q: number): boolean {
  const end = text.charCodeAt(q - 1) === 58 ? q - 1 : q;
  if (end - p < 2) return false;
  let letters = false;
  let marks = false;
  for (let k = p; k < end; k++) {
    const c = text.charCodeAt(k);
    if (isLetter(c) || isOtherLetter(c)) letters = true;
    else if (isDigit(c) || ((c === 45 || c === 46) && k > p && k < end - 1)) marks = true;
    else if (c !== 95) return false;
  }
  return letters && marks;
}

// A head token (a colon after it allowed) that the paste's start lines declare a node's name (`alpha`, `bravo:`).
function isDeclaredName(st: ScanState, text: string, p: number, q: number): boolean {
  // Read from the whole paste on the first head word asked about (most pastes never ask: a node name came first).
  if (st.declared === undefined) st.declared = findDeclaredWordNames(text) ?? null;
  return st.declared !== null && st.declared.has(text.slice(p, text.charCodeAt(q - 1) === 58 ? q - 1 : q));
}

/**
 * Head tokens a runtime writes, not a node: JVM thread names (`[Thread-0]` of a shutdown hook, `pool-1-thread-2`,
 * `http-nio-8080-exec-1`, `ForkJoinPool.commonPool-worker-3`) and class names (a JUL record's `com.student.raft.Main`,
 * logback's `c.s.raft.RaftNode`, the exception of a stack trace's first line, .NET's logger categories
 * `KvNode.RaftNode`, `Microsoft.Hosting.Lifetime`).
 */
const RUNTIME_NAME =
  /^(?:(?:Thread|Timer|pool-\d+-thread|ForkJoinPool(?:-\d+|\.commonPool)-worker|[\w.-]+-exec|grpc-default-executor|grpc-default-worker-ELG-\d+|DefaultDispatcher-worker|(?:nio|epoll)EventLoopGroup-\d+|RMI TCP Connection|Attach Listener)-\d+|(?:[a-z_$][\w$]*\.)+[A-Z][\w$]*|(?:[A-Z][A-Za-z]*\.)+[A-Z][A-Za-z]*)$/;

// Where the dash after a logger's class name stands (`RaftNode - `, `KvServer   - `, `kv.RaftNode - `): letters and `_`
// (dotted: a full class name), then spaces, `-` and a space; -1 when the token at p is no such name.
function loggerDashAt(text: string, p: number, limit: number): number {
  let q = p;
  let dotted = false;
  while (q < limit && q - p <= 64) {
    const c = text.charCodeAt(q);
    if (isLetter(c) || c === 95) q++;
    else if (c === 46 && isLetter(text.charCodeAt(q + 1))) {
      dotted = true;
      q++;
    } else break;
  }
  if (q - p < 2 || text.charCodeAt(q) !== 32) return -1;
  // A dotted one is a class's full name (log4j's `%c`: `kv.RaftNode`, `c.e.raft.RaftNode`), as RUNTIME_NAME reads it.
  if (dotted && !RUNTIME_NAME.test(text.slice(p, q))) return -1;
  while (q < limit && text.charCodeAt(q) === 32) q++;
  return text.charCodeAt(q) === 45 && text.charCodeAt(q + 1) === 32 ? q : -1;
}

// Whether text[p, q) is a logger's simple class name (letters and `_`, a capital first: `RaftNode`, `KvServer`) whose
// colon at q is followed by a node's name and a colon of its own (`Node 3:`, `Server 2:`, `node2:`, `peer 2:`).
function isLoggerBeforeNode(text: string, p: number, q: number, limit: number): boolean {
  if (q - p < 2 || q - p > 64 || !(text.charCodeAt(p) >= 65 && text.charCodeAt(p) <= 90) || text.charCodeAt(q + 1) !== 32) return false;
  for (let k = p + 1; k < q; k++) if (!isLetter(text.charCodeAt(k)) && text.charCodeAt(k) !== 95) return false;
  return NODE_AFTER_LOGGER.test(text.slice(q + 2, Math.min(limit, q + 20)));
}
const NODE_AFTER_LOGGER = /^(?:(?:node|server|peer)[ _-]?\d{1,4}|n\d{1,4}):\s/i;

function isHeaderText(line: string): boolean {
  const lower = dropOwnLaunch(line.toLowerCase());
  NODE_NAMES.lastIndex = 0;
  const marked = lower.replace(NODE_NAMES, '\0');
  if (marked.split('\0').length !== 2) return false;
  HEADER_NOISE.lastIndex = 0;
  return marked.replace(HEADER_NOISE, '') === '\0';
}

// A header's aside in parentheses that launches the node it names (`--- node2 (cargo run --release -- --id 2) ---`,
// `== n3 (./kv_node --id 3 --port 7003) ==`) is decoration: the line without it. Another node's id keeps it.
function dropOwnLaunch(line: string): string {
  const aside = HEADER_ASIDE.exec(line);
  const launch = aside === null ? undefined : readLaunchFlags(aside[1]!);
  if (launch === undefined) return line;
  const rest = line.slice(0, aside!.index) + line.slice(aside!.index + aside![0].length);
  const named = findMentionedNodes(rest);
  return named.length === 1 && named[0] === launch.node ? rest : line;
}
const HEADER_ASIDE = /\(([^()]{1,200})\)/;

interface ScanState {
  section: string | undefined;
  /** Plain words the paste's start lines declare node names (declared-names.ts): null when none, undefined until asked. */
  declared: ReadonlySet<string> | null | undefined;
  /** Recently seen grep prefixes, most recent last: lines of one file share one. */
  prefixes: Prefix[];
  kind: number;
  node: string | undefined;
  nodeFrom: number;
  /** A head token that names the writer only if it varies across the paste (a host, `S1`, `kv-0`). */
  weak: string | undefined;
  /** `21:26:41.136 [2] WARN …`: C's `[%d]` tag right after the time, as written (the number `weak` names a node by). */
  idTag: string | undefined;
  /** `kv_node[2]`: a node's number in syslog's `ident[N]` column, the node only when nothing better names the line. */
  pidNode: string | undefined;
  /** `kv_node[11525]`: syslog's `ident[pid]` column holding a process id, as written (nameSyslogProcesses). */
  processColumn: string | undefined;
  /** `[30799]` before the time (NATS): the writer's process id. */
  processId: string | undefined;
  /** glog's thread id after the time (`I1202 04:56:54.303175 12778 raft_node.cc:178]`): its main thread's is its pid. */
  thread: string | undefined;
  /**
   * pino-pretty's `(node2/2578)`: the pid and the logger's name when it names a node (strong or weak), else '' (the
   * process's own logger, `(cluster/5120)`: its pid alone, findProcessNodes).
   */
  logger: { readonly pid: string; readonly name: string } | undefined;
  /** The docker compose service column as written (`consul-server-1`), when the line has one. */
  service: string | undefined;
  /** A head tag holding a plain word (`[gamma]`): a node if such tags vary and the paste names them elsewhere. */
  word: string | undefined;
  /** The node an Erlang shell prompt names (`(kv1@raft-lab)2>`), on a command line. */
  prompt: string | undefined;
  /** A JSON line named only by name fields (`name`, `label`, a unit, a host): all of them, most trusted first. */
  jsonNames: readonly JsonName[] | undefined;
  /** A node key's value in no form read by itself (`node=<uuid>`, `"node":"bravo"`): readKeyedValue, nameKeyedValues. */
  keyed: string | undefined;
  /** The path of the file a grep prefix or path column names, when it names no `nodeN` (nameFilesByDirectory). */
  unnamedPath: string | undefined;
  stampAt: number;
  nextSpace: number;
  nextTab: number;
  /** Name tokens of recent `<stamp> <name>` heads (scanStampNameHead), most recent last. */
  stampNames: StampName[];
  /** The last `<stamp> <name>` head findStampName decided, as a sticky regex of its shape (stampNameHeadOf). */
  stampNameHead: StampNameHead | undefined;
  /**
   * The label of the name `stampNameHead` was decided from, this paste's own string object: the head's label is a copy
   * kept across pastes, and a writer named by two objects costs a comparison of characters wherever they meet
   * (readLogEvents' writer loop, `node === last`) instead of one of references.
   */
  stampNameLabel: string | undefined;
  /** Some line may be a status line under a screen (nameFooterWindows reads only those): untimed, or `]` third. */
  footers: boolean;
}

/**
 * A `<stamp> <name>` head's shape: its stamp's digits as `\d`, the rest as written, then the name token and a gap;
 * `chars`: its length in code units; `bracketThird`: whether its third code unit is `]` (a multitail status line's).
 */
type StampNameHead = { readonly exact: RegExp; readonly other: RegExp; readonly label: string; readonly chars: number; readonly bracketThird: boolean };

/** A node's name token as the token loop read it after a line's leading timestamp (`node1` of `2026-…Z node1 INFO`). */
type StampName = { readonly token: string; readonly label: string };

const STAMP_NAMES = 8;

// C's id printed right after the time (`[%d]`, `<%d>`): a node when such tags vary, by its id (`node2`).
function setIdTag(st: ScanState, tag: string): void {
  st.idTag = tag;
  st.weak = `node${Number(tag)}`;
}

function createScanState(): ScanState {
  return { section: undefined, declared: undefined, prefixes: [], kind: LINE_LOG, node: undefined, nodeFrom: 0, weak: undefined, idTag: undefined, pidNode: undefined, processColumn: undefined, processId: undefined, thread: undefined, logger: undefined, service: undefined, word: undefined, prompt: undefined, jsonNames: undefined, keyed: undefined, unnamedPath: undefined, stampAt: -1, nextSpace: -1, nextTab: -1, stampNames: [], stampNameHead: undefined, stampNameLabel: undefined, footers: false };
}

function rememberStampName(st: ScanState, token: string, label: string): void {
  if (st.stampNames.length >= STAMP_NAMES) st.stampNames.shift();
  st.stampNames.push({ token, label });
  // Its name may have been the one shifted out: the next head is decided by findStampName again.
  st.stampNameHead = undefined;
}

const STAMP_NAME_HEADS = 16;
// Heads of recent pastes, most recent last: a paste's heads are found among them with a test each, before any
// regex source is built (building one costs more than scanning a short paste's heads).
const stampNameHeads: StampNameHead[] = [];

// The sticky regex of the head from p to q (the name token's end, which a space or tab follows), its stamp ending at
// `stampEnd`: digits there match any digit, every other code unit only itself. A line it matches has the same
// stamp token length, the same separators and the same name token, so findStampName would decide the same label:
// a cat of logs pays one native test per line instead of the token loop (as a grep prefix does).
function stampNameHeadOf(text: string, p: number, stampEnd: number, q: number, label: string): StampNameHead {
  for (let k = stampNameHeads.length - 1; k >= 0; k--) {
    const known = stampNameHeads[k]!;
    known.exact.lastIndex = p;
    if (known.label === label && known.exact.test(text) && known.exact.lastIndex === q) return known;
  }
  let source = '';
  for (let k = p; k < q; k++) {
    const c = text.charCodeAt(k);
    source += k < stampEnd && isDigit(c) ? '\\d' : `\\u${c.toString(16).padStart(4, '0')}`;
  }
  // A copy of the label: one sliced from the paste would keep the whole paste alive here.
  // `other` matches (empty) where `exact` does not: scanStampNameRun's test of a line it takes fails, and so writes no
  // RegExp last-match info (see prefixStopRegex).
  const head = { exact: new RegExp(`${source}(?=[ \\t])`, 'y'), other: new RegExp(`(?!${source}(?=[ \\t]))`, 'y'), label: copyString(label), chars: q - p, bracketThird: text.charCodeAt(p + 2) === 93 };
  if (stampNameHeads.length >= STAMP_NAME_HEADS) stampNameHeads.shift();
  stampNameHeads.push(head);
  return head;
}

// The head `<stamp> <name>` again (the lesson's own `2026-11-26T19:30:01.123Z node1 INFO …`) at p, a digit: the
// second token is a name token scanLine's token loop read after such a stamp, followed by a space or tab. The token
// loop would decide the same (stamp at p, the name's node, then stop), so only what it depends on is checked. Not
// a compose status line: that one's second token is `exited`.
function scanStampNameHead(text: string, p: number, headEnd: number, st: ScanState): boolean {
  const label = findStampName(text, p, headEnd, st);
  if (label === undefined) return false;
  st.stampAt = p;
  st.node = label;
  st.nodeFrom = FROM_NAME;
  return true;
}

// scanStampNameHead's decision: the node of the remembered name token after the stamp at p, or undefined.
function findStampName(text: string, p: number, headEnd: number, st: ScanState): string | undefined {
  const head = st.stampNameHead;
  if (head !== undefined) {
    head.exact.lastIndex = p;
    if (head.exact.test(text) && head.exact.lastIndex <= headEnd) return st.stampNameLabel;
  }
  const stampEnd = skipToken(text, p, headEnd, st);
  if (stampEnd >= headEnd) return undefined;
  let t = stampEnd;
  let c = text.charCodeAt(t);
  while (c === 32 || c === 9 || c === 124 || c === 58 || (c === 45 && text.charCodeAt(t + 1) === 32)) c = text.charCodeAt(++t);
  for (let n = st.stampNames.length - 1; n >= 0; n--) {
    const name = st.stampNames[n]!;
    const token = name.token;
    const q = t + token.length;
    if (q > headEnd || text.charCodeAt(q - 1) !== token.charCodeAt(token.length - 1)) continue;
    const next = text.charCodeAt(q);
    if (next !== 32 && next !== 9) continue;
    let k = 0;
    while (k < token.length - 1 && text.charCodeAt(t + k) === token.charCodeAt(k)) k++;
    if (k < token.length - 1) continue;
    st.stampNameHead = stampNameHeadOf(text, p, stampEnd, q, name.label);
    st.stampNameLabel = name.label;
    return name.label;
  }
  return undefined;
}

// End of an address with a port starting at p, or -1: IPv4 (`172.18.0.3:7000`) or IPv6 in brackets (`[::]:7002`, a
// wildcard listener; `[::1]:7003`, loopback; `[fe80::1]:7000`).
function addressEnd(text: string, p: number, limit: number): number {
  let q = p;
  if (text.charCodeAt(q) === 91) {
    let colons = 0;
    for (q++; q < limit && q - p <= 40; q++) {
      const c = text.charCodeAt(q);
      if (c === 58) colons++;
      else if (!isDigit(c) && !((c | 0x20) >= 97 && (c | 0x20) <= 102)) break;
    }
    if (colons < 2 || text.charCodeAt(q) !== 93) return -1;
    q++;
  } else {
    for (let part = 0; part < 4; part++) {
      if (part > 0) {
        if (text.charCodeAt(q) !== 46) return -1;
        q++;
      }
      const from = q;
      while (q < limit && q - from < 4 && isDigit(text.charCodeAt(q))) q++;
      if (q === from || q - from > 3) return -1;
    }
  }
  if (text.charCodeAt(q) !== 58) return -1;
  const port = ++q;
  while (q < limit && q - port < 6 && isDigit(text.charCodeAt(q))) q++;
  return q - port >= 2 && q - port <= 5 ? q : -1;
}

// End of Redis's `pid:role` column at p (`4101:M`: 1-7 digits, a colon, a letter, a space, a digit follows), or -1.
function pidRoleEnd(text: string, p: number, limit: number): number {
  let q = p;
  while (q < limit && q - p < 8 && isDigit(text.charCodeAt(q))) q++;
  if (q - p > 7 || text.charCodeAt(q) !== 58 || !isLetter(text.charCodeAt(q + 1)) || text.charCodeAt(q + 2) !== 32 || !isDigit(text.charCodeAt(q + 3))) return -1;
  return q + 2;
}

// pm2 logs' `0|raft-1   | ` column at p: the process id (1-4 digits), `|`, the app's name, spaces, `|`. Returns where
// the name ends (its start is after the first `|`), or -1.
function pm2AppEnd(text: string, p: number, limit: number): number {
  let q = p;
  while (q < limit && q - p < 5 && isDigit(text.charCodeAt(q))) q++;
  if (q - p > 4 || text.charCodeAt(q) !== 124) return -1;
  const start = ++q;
  while (q < limit && q - start <= 64 && !isGap(text.charCodeAt(q)) && text.charCodeAt(q) !== 124) q++;
  const end = q;
  while (q < limit && isGap(text.charCodeAt(q))) q++;
  return end > start && q > end && text.charCodeAt(q) === 124 ? end : -1;
}

// End of a container id at p (docker's and podman's short id, 12 hex digits, or the full 64, with a letter among them:
// a number is no id) followed by a space or tab, or -1.
function containerIdEnd(text: string, p: number, limit: number): number {
  let q = p;
  let letter = false;
  for (; q < limit && q - p <= 64; q++) {
    const c = text.charCodeAt(q);
    if (c >= 97 && c <= 102) letter = true;
    else if (!isDigit(c)) break;
  }
  const after = text.charCodeAt(q);
  return letter && (q - p === 12 || q - p === 64) && (after === 32 || after === 9) ? q : -1;
}

// End of a process id tag's digits at p (`30799` of `[30799] 2026/…`: 1-7 digits, `]`, a space, a date), or -1; not
// bash's job line `[1] 4101` nor parallel-ssh's `[1] 14:03:19 [SUCCESS] host` (a sequence number, then a clock).
function processTagEnd(text: string, p: number, limit: number): number {
  let q = p;
  while (q < limit && q - p < 8 && isDigit(text.charCodeAt(q))) q++;
  if (q === p || q - p > 7 || text.charCodeAt(q) !== 93 || text.charCodeAt(q + 1) !== 32) return -1;
  const dash = text.charCodeAt(q + 6);
  return startsDateOrClock(text, q + 2) && (dash === 45 || dash === 47) ? q : -1;
}

// The whole value is an address with its port (a weak head token addressColumnEnd read).
const isAddressColumn = (value: string): boolean => addressEnd(value, 0, value.length) === value.length;

// End of an address column at p (an address followed by a space, tab, `]`, `|`, `:`, `,` or the head's end), or -1.
function addressColumnEnd(text: string, p: number, limit: number): number {
  const address = addressEnd(text, p, limit);
  const after = text.charCodeAt(address);
  return address > 0 && (after === 32 || after === 9 || after === 93 || after === 124 || after === 58 || after === 44 || address === limit) ? address : -1;
}

const ERLANG_REPORT_HEAD = /^=[A-Z]+(?: [A-Z]+)* REPORT==== /;

// Spring Boot's ` --- ` column separator at p.
const isSpringDashes = (text: string, p: number): boolean =>
  text.charCodeAt(p) === 45 && text.charCodeAt(p + 1) === 45 && text.charCodeAt(p + 2) === 45 && text.charCodeAt(p + 3) === 32;

// A tag holding one plain word (`[gamma]`), not a log level.
// An Erlang node's name in a tag (`kv2@localhost`, `rabbit1@raft-lab`): a name, `@`, a host.
function isErlangNodeName(text: string, p: number, q: number): boolean {
  const at = indexWithin(text, 64, p + 1, q - 1);
  return at > p && isIdentityToken(text, p, at) && /^[A-Za-z][\w.-]{0,62}$/.test(text.slice(at + 1, q));
}

function isWordTag(text: string, p: number, q: number): boolean {
  if (q - p < 2 || q - p > 24) return false;
  for (let k = p; k < q; k++) if (!isLetter(text.charCodeAt(k))) return false;
  return !isLevel(text, p, q);
}

// `[7001]`: a port in a tag (nodes on one host differ by port), a node like a word tag when the paste names it
// elsewhere ("following leader 7002", "peer 7001"); labelled `:7001` like logfmt's `port=7001`.
function isPortTag(text: string, p: number, q: number): boolean {
  if (q - p < 4 || q - p > 5) return false;
  for (let k = p; k < q; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return true;
}

// After a grep prefix, is the digit run [p, q) grep -n's line number rather than the start of a timestamp?
// `42:` and `42-` are; `2026-11-…` (a date) and `19:30:01` (a bare time) are not.
function isLineNumber(text: string, p: number, q: number): boolean {
  const sep = text.charCodeAt(q);
  if (sep === 45) return !(q - p === 4 && isDigit(text.charCodeAt(q + 1)) && text.charCodeAt(q + 3) === 45);
  if (sep !== 58) return false;
  const bareTime =
    q - p <= 2 &&
    isDigit(text.charCodeAt(q + 1)) &&
    isDigit(text.charCodeAt(q + 2)) &&
    text.charCodeAt(q + 3) === 58 &&
    isDigit(text.charCodeAt(q + 4)) &&
    isDigit(text.charCodeAt(q + 5)) &&
    text.charCodeAt(q + 6) !== 58;
  return !bareTime;
}

// End of `cat -n`'s or `nl`'s number column at p (1-7 digits, a tab or two spaces, then a date, a clock or a bracket),
// or -1.
function catNumberEnd(text: string, p: number, headEnd: number): number {
  let q = p;
  while (q < headEnd && q - p < 8 && isDigit(text.charCodeAt(q))) q++;
  if (q - p > 7 || !(text.charCodeAt(q) === 9 || (text.charCodeAt(q) === 32 && text.charCodeAt(q + 1) === 32))) return -1;
  while (q < headEnd && isGap(text.charCodeAt(q))) q++;
  return startsDateOrClock(text, q) || text.charCodeAt(q) === 91 ? q : -1;
}

// After a grep prefix at p: past grep -n's line number (`path:42:` / `path-42-`, not the `19:` of a bare time).
function skipLineNumber(text: string, p: number, headEnd: number): number {
  if (!isDigit(text.charCodeAt(p))) return p;
  let q = p;
  while (q < headEnd && isDigit(text.charCodeAt(q))) q++;
  return q - p < 8 && isLineNumber(text, p, q) ? q + 1 : p;
}

// A name field's value (`host=raft-b`, `{pod="kv-1"}`) among the line's names (a node when its key's values vary).
function addWriterName(st: ScanState, key: JsonNameKey, value: string): void {
  const node = readWriterValue(key, value);
  if (node === undefined || st.jsonNames?.some((name) => name.key === key)) return;
  st.jsonNames = [...(st.jsonNames ?? []), { key, node: copyString(node) }];
}

const LABEL = /\s*([A-Za-z_][\w.\/-]{0,99})\s*=\s*"([^"\\]{0,200})"\s*(?:,|$)/y;

// The labels `{key="value", …}` of text[from, to): a node key's value names the writer, name keys' values are names
// (addWriterName); false when the text is no label set.
function readLabelSet(text: string, from: number, to: number, st: ScanState): boolean {
  const inner = text.slice(from, to);
  let node: string | undefined;
  let names: readonly JsonName[] | undefined = st.jsonNames;
  LABEL.lastIndex = 0;
  while (LABEL.lastIndex < inner.length) {
    const at = LABEL.lastIndex;
    const m = LABEL.exec(inner);
    if (!m || LABEL.lastIndex === at) return false;
    const key = classifyWriterKey(m[1]!);
    if (key === 'node') node ??= readWriterValue(key, m[2]!);
    else if (key !== undefined) addWriterName(st, key, m[2]!);
  }
  if (node !== undefined) {
    st.node = copyString(node);
    st.nodeFrom = FROM_FIELD;
    st.jsonNames = names;
  }
  return true;
}

// The logfmt pairs after a message: a node key's name with a number names the writer (a field), another form is kept
// for nameKeyedValues.
function readTrailingPairs(pairs: string, st: ScanState): void {
  const name = findLogfmtWriterName(pairs);
  if (name !== undefined) {
    st.node = copyString(name);
    st.nodeFrom = FROM_FIELD;
  } else st.keyed ??= findLogfmtKeyedValue(pairs);
}

// The writer a JSON object ending the line after a tab names (attribute-node.ts findJsonNode: `"node"`, `"node_id"`, …).
function readTrailingJsonNode(text: string, p: number, end: number, st: ScanState): void {
  let last = end;
  while (last > p && (text.charCodeAt(last - 1) === 32 || text.charCodeAt(last - 1) === 13)) last--;
  if (last - p < 8 || text.charCodeAt(last - 1) !== 125) return;
  const open = text.lastIndexOf('\t{"', last);
  if (open < p || last - open > 1024) return;
  const node = findJsonNode(text.slice(open + 1, last));
  if (node === undefined) return;
  st.node = copyString(node);
  st.nodeFrom = FROM_FIELD;
}

// A logfmt value: a node name or number.
function logfmtNode(text: string, v: number, end: number): string | undefined {
  const name = readNodeName(text, v, end, true);
  if (name) return name.label;
  let id = 0;
  let w = v;
  while (w < end && w - v < 5 && isDigit(text.charCodeAt(w))) id = id * 10 + text.charCodeAt(w++) - 48;
  if (w > v && !isDigit(text.charCodeAt(w)) && !isLetter(text.charCodeAt(w))) return nodeLabel(id);
  // Any other identity as is: an Erlang node `kv2@127.0.0.1`, a host `raft-b`.
  const value = text.slice(v, skipValue(text, v, Math.min(end, v + 64)));
  return /^[a-z][\w.@:-]*\d[\w.@:-]*$/i.test(value) ? String.fromCharCode(...Array.from(value, (c) => c.charCodeAt(0))) : undefined;
}

// A table's column rule between a row's cells (lnav's `:write-table-to`, `│`): a gap between head tokens, as `|` is.
const BOX_COLUMN = 0x2502;

// End of a log file's path at p (`/home/sam/kv/data/node3/node.log`, `~/kv/n2.log`) when a gap follows, else -1.
function pathColumnEnd(text: string, p: number, limit: number): number {
  let q = p;
  while (q < limit && q - p < 200 && isTokenChar(text.charCodeAt(q))) q++;
  const after = text.charCodeAt(q);
  if (q < limit && after !== 32 && after !== 9) return -1;
  return indexWithin(text, 47, p + 1, q) > 0 && GREP_EXT.test(text.slice(p, q)) ? q : -1;
}

// A path column's writer: the node its path names (`data/node3/node.log`), else the file's name (fileStem: a node
// only when several files' names show, as for grep's prefixes).
function readPathColumn(path: string, st: ScanState): void {
  const base = fileBaseName(path);
  const node = NON_NODE_PROGRAM.test(base) ? copyString(base) : findNodeInPath(path);
  st.node = node ?? fileStem(path);
  st.nodeFrom = st.node === undefined ? 0 : node === undefined ? FROM_FILE_STEM : FROM_PREFIX;
  if (node === undefined) st.unnamedPath = path;
}

// End of `function:line` at v (`_on_sigterm:88`, `<module>:12`) when a space or the head's end follows, else -1.
function codeLocationEnd(text: string, v: number, limit: number): number {
  let r = v;
  while (r < limit && r - v < 80 && (isLetter(text.charCodeAt(r)) || isDigit(text.charCodeAt(r)) || text.charCodeAt(r) === 95 || text.charCodeAt(r) === 60 || text.charCodeAt(r) === 62)) r++;
  const c = text.charCodeAt(v);
  if (r === v || isDigit(c) || text.charCodeAt(r) !== 58) return -1;
  const line = ++r;
  while (r < limit && r - line < 7 && isDigit(text.charCodeAt(r))) r++;
  if (r === line) return -1;
  const after = text.charCodeAt(r);
  return r === limit || after === 32 || after === 9 ? r : -1;
}

// End of an unquoted logfmt value at v.
function skipValue(text: string, v: number, limit: number): number {
  let q = v;
  while (q < limit && (isTokenChar(text.charCodeAt(q)) || text.charCodeAt(q) === 58)) q++;
  return q;
}

// docker compose's own status lines around the services' `name  | …` lines: `Attaching to raft-a-1, raft-b-1`,
// `raft-a-1 exited with code 0`, ` ✔ Container kv-raft-a-1  Stopped  0.2s`, `[+] Running 4/4`, `Gracefully stopping...`
// (after a `^C`), `Aborting on container exit...`. Compose writes them, no node: a container name in them is no writer.
const COMPOSE_STATUS_HEADS = ['Attaching to ', 'Gracefully stopping...', 'Aborting on container exit', '[+] '];
const COMPOSE_OBJECT = /^(?:[\u2714\u2718\u283f] )?(?:Container|Network|Volume) \S+ +[A-Z][a-z]+\b/;
const COMPOSE_EXITED = ' exited with code ';

// Whether the line text[p, end) is one of compose's own status lines.
function isComposeStatusLine(text: string, p: number, end: number): boolean {
  let c = text.charCodeAt(p);
  if (c === 94 && text.charCodeAt(p + 1) === 67) c = text.charCodeAt((p += 2)); // ^C
  else if (c === 3) c = text.charCodeAt(++p);
  if (c === 65 || c === 71 || c === 91) for (const head of COMPOSE_STATUS_HEADS) if (text.startsWith(head, p)) return true;
  if (c === 0x2714 || c === 0x2718 || c === 0x283f || ((c === 67 || c === 78 || c === 86) && isLetter(text.charCodeAt(p + 1)))) {
    if (COMPOSE_OBJECT.test(text.slice(p, Math.min(end, p + 200)))) return true;
  }
  // `NAME exited with code N`: one token, then the phrase and the code at the line's end.
  let e = end;
  while (e > p && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  const digitsEnd = e;
  while (e > p && isDigit(text.charCodeAt(e - 1))) e--;
  if (e === digitsEnd || text.charCodeAt(e - 1) !== 32 || !text.startsWith(COMPOSE_EXITED, e - COMPOSE_EXITED.length)) return false;
  for (let k = p; k < e - COMPOSE_EXITED.length; k++) if (!isTokenChar(text.charCodeAt(k))) return false;
  return e - COMPOSE_EXITED.length > p;
}

// A line whose head repeats a shape an earlier line was read in, decided as scanLine would without running it: a
// recent grep prefix (naming a node; the first found from the most recent, as scanLine finds it; only the most recent
// unless `anyPrefix`) and a timestamp, or `<stamp> <name>` (scanStampNameHead). Sets `st.stampAt`, `st.node`,
// `st.nodeFrom` of a LINE_LOG with nothing else found; false: the line needs scanLine. Either head starts with a
// prefix or a digit, which scanLine's skipping of blanks and `> ` leaves where it is.
function scanRepeatedHead(text: string, start: number, end: number, st: ScanState, anyPrefix: boolean): boolean {
  const headEnd = Math.min(end, start + HEAD_CHARS);
  const recent = st.prefixes;
  for (let k = recent.length - 1; k >= 0; k--) {
    const prefix = recent[k]!;
    const matched = prefixEndAt(text, start, prefix);
    if (matched >= 0) {
      if (prefix.node === undefined || (!anyPrefix && k < recent.length - 1)) return false;
      let p = start + prefix.length;
      // A date after the prefix (the regex matched its first digit and saw the rest inside the line) is the time.
      if (matched === p || prefix.length + 4 > HEAD_CHARS) {
        p = skipLineNumber(text, p, headEnd);
        if (!isDigit(text.charCodeAt(p)) || p >= headEnd) return false;
      }
      st.stampAt = p;
      st.node = prefix.node;
      st.nodeFrom = FROM_PREFIX;
      return true;
    }
  }
  return st.stampNames.length > 0 && startsDateOrClock(text, start) && scanStampNameHead(text, start, headEnd, st);
}

// scanRepeatedHead's commonest case in a tight loop, from line `i`: lines under the most recent grep prefix (naming
// a node) with a date right after it, as a grep of one file writes them. Fills their entries as scanRepeatedHead
// decides them and returns the first line that is not such a line (`count` at the end).
function scanPrefixRun(
  lines: PasteLines,
  i: number,
  recent: readonly Prefix[],
  nodes: (string | undefined)[],
  nodeFrom: Uint8Array,
  kinds: Uint8Array,
  stampAt: Int32Array,
): number {
  const prefix = recent.length > 0 ? recent[recent.length - 1]! : undefined;
  if (prefix === undefined || prefix.node === undefined || prefix.length + 4 > HEAD_CHARS) return i;
  const { text, starts, count } = lines;
  const { length, pivot, pivotCode, stop, node } = prefix;
  for (; i < count; i++) {
    const start = starts[i]!;
    if (text.charCodeAt(start + pivot) !== pivotCode) return i;
    stop.lastIndex = start;
    // The prefix and a date's first digit after it (else the line may hold a line number), or the run ends.
    if (stop.test(text)) return i;
    nodes[i] = node;
    nodeFrom[i] = FROM_PREFIX;
    kinds[i] = LINE_LOG;
    stampAt[i] = start + length;
  }
  return i;
}

// scanRepeatedHead's other case in a tight loop, from line `i`, in a paste without grep prefixes: `<stamp> <name>`
// heads (a cat of logs that name their writer after the time). As scanPrefixRun.
function scanStampNameRun(
  lines: PasteLines,
  i: number,
  st: ScanState,
  nodes: (string | undefined)[],
  nodeFrom: Uint8Array,
  kinds: Uint8Array,
  stampAt: Int32Array,
): number {
  if (st.prefixes.length > 0 || st.stampNames.length === 0) return i;
  const { text, starts, ends, count } = lines;
  for (; i < count; i++) {
    const start = starts[i]!;
    const head = st.stampNameHead;
    let label: string | undefined;
    // findStampName's first test alone: a head of 5 or more code units matched at the line's start holds what
    // startsDateOrClock reads there (made from a line it held for, every non-digit as written) and ends inside the
    // line's head (a gap follows it; it is no longer than the head it was made in).
    if (head !== undefined && head.chars >= 5) {
      head.other.lastIndex = start;
      if (!head.other.test(text)) {
        label = st.stampNameLabel;
        if (head.bracketThird) st.footers = true;
      }
    }
    if (label === undefined) {
      if (!startsDateOrClock(text, start)) return i;
      label = findStampName(text, start, Math.min(ends[i]!, start + HEAD_CHARS), st);
      if (label === undefined) return i;
      if (text.charCodeAt(start + 2) === 93) st.footers = true;
    }
    nodes[i] = label;
    nodeFrom[i] = FROM_NAME;
    kinds[i] = LINE_LOG;
    stampAt[i] = start;
  }
  return i;
}

// Reads one line's head into `st.kind`, `st.node`, `st.stampAt`.
// A record of a whole output line (docker json-file's `{"log":"[kv2] …\n",…}`, render-json-message.ts) that names no
// writer in its fields: the line's head does, read as any line's (a `[kv2]` tag, a `node2:` prefix, a JSON line's
// `node` field, a weak head token the paste decides on); the record's own time stays the line's.
function scanRecordedLine(record: string, st: ScanState): void {
  const { inner } = scanRecordedHead(record) ?? {};
  if (inner === undefined || (inner.kind !== LINE_LOG && inner.kind !== LINE_JSON)) return;
  st.node = inner.node;
  st.nodeFrom = inner.node === undefined ? FROM_JSON : inner.nodeFrom;
  st.jsonNames = inner.jsonNames ?? st.jsonNames;
  st.weak = inner.weak;
  st.pidNode = inner.pidNode;
  st.service = inner.service;
  st.word = inner.word;
}

// `stdout F ` / `stderr P ` at `p`: a CRI log line's stream and full/partial tag.
function isCriStream(text: string, p: number): boolean {
  const tag = text.charCodeAt(p + 7);
  return (tag === 70 || tag === 80) && text.charCodeAt(p + 8) === 32 && (text.startsWith('stdout', p) || text.startsWith('stderr', p));
}

function scanLine(text: string, start: number, end: number, st: ScanState): void {
  st.kind = LINE_LOG;
  st.node = undefined;
  st.nodeFrom = 0;
  st.weak = undefined;
  st.idTag = undefined;
  st.pidNode = undefined;
  st.processColumn = undefined;
  st.processId = undefined;
  st.thread = undefined;
  st.logger = undefined;
  st.service = undefined;
  st.word = undefined;
  st.prompt = undefined;
  st.keyed = undefined;
  st.jsonNames = undefined;
  st.unnamedPath = undefined;
  st.stampAt = -1;
  let p = start;
  // Spaces, tabs and NUL padding (a log file cut short by a crash).
  while (p < end && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9 || text.charCodeAt(p) === 0)) p++;
  // A quote or match marker: PowerShell's `Select-String -Context` marks matched lines `> ` (context lines are
  // indented), Markdown and mail quote with `> `.
  while (text.charCodeAt(p) === 62 && text.charCodeAt(p + 1) === 32 && p < end) {
    p += 2;
    while (p < end && text.charCodeAt(p) === 32) p++;
  }
  if (p === end) {
    st.kind = LINE_BLANK;
    return;
  }
  // The terminal's echo of a control key typed before the output (`^C[26532.903410] node1 received SIGINT`: Ctrl+C,
  // Ctrl+\, Ctrl+Z; `^CDec 04, 2026 5:58:49.053 PM …`, java.util.logging's head): the record's head starts after it.
  if (text.charCodeAt(p) === 94 && isEchoedKey(text.charCodeAt(p + 1))) {
    const c = text.charCodeAt(p + 2);
    if (c === 91 || isDigit(c) || ((c | 0x20) >= 97 && (c | 0x20) <= 122 && parseTimestampAt(text, p + 2, end) !== undefined)) p += 2;
  }
  const headEnd = Math.min(end, p + HEAD_CHARS);
  let prefix: Prefix | null = null;
  const recent = st.prefixes;
  for (let k = recent.length - 1; k >= 0; k--) {
    if (prefixEndAt(text, p, recent[k]!) >= 0) {
      prefix = recent[k]!;
      break;
    }
  }
  if (prefix === null) {
    prefix = grepPrefix(text, p, headEnd);
    if (prefix) {
      // Most recent last (checked first); grep output of a few files interleaves a few prefixes.
      if (recent.length >= 8) recent.shift();
      recent.push(prefix);
    }
  }
  if (prefix) {
    p += prefix.length;
    st.node = prefix.node;
    st.nodeFrom = FROM_PREFIX;
    p = skipLineNumber(text, p, headEnd);
    // The prefix names the node and a timestamp follows: the token loop below would only record where it starts.
    if (prefix.node !== undefined && isDigit(text.charCodeAt(p)) && p < headEnd) {
      st.stampAt = p;
      return;
    }
  }
  const first = p;
  if (prefix === null && isComposeStatusLine(text, p, end)) return; // compose's own line: no node's log line
  let stampToken = -1; // token index of the timestamp's first token
  let stampLastToken = -1; // token index of its last (the time of `2026-11-26 19:30:01,123`)
  let glog = false; // the stamp is glog/klog's `I1130 11:20:04.902113`, a thread id and `file.go:57]` follow
  let sourceToken = -1; // token index of a source position (`main.go:57]`)
  let spring = false; // after Spring Boot's `---`: `[app] [thread]`
  let levelToken = -1; // token index of the level (`WARN`)
  let loggerToken = -1; // token index of a logger's class name and its dash (`RaftNode - `)
  let idle = 0; // tokens so far that name no one: the stamp's and the level
  let pairsRead = false; // the pairs after a logfmt message were read

  // scanRepeatedHead decides two heads without this loop (the recent grep prefix naming the node with a time, and
  // `<date or clock> <name> `): a rule here that changes their decision must change it there too.
  for (let tokens = 0; tokens < 8 && p < headEnd; tokens++) {
    let c = text.charCodeAt(p);
    while (c === 32 || c === 9 || c === 124 || c === 58 || (c === 45 && text.charCodeAt(p + 1) === 32) || c === BOX_COLUMN) c = text.charCodeAt(++p);
    if (p >= headEnd) break;
    // A shell prompt (`student@box:~/kv$ kill 1234`, `~/kvml $ dune exec …`, `PS C:\kv>`): a command line; an Erlang
    // shell's (`(kv1@raft-lab)2>`) is in that node's shell.
    if (tokens === 0 && !isDigit(c)) {
      // Ruby's Logger head: its `#pid` is a process column (a process id is no node id: nameSyslogProcesses names the
      // process by the node its own lines name); the progname after `-- ` is read as any head token is.
      if (text.charCodeAt(p + 1) === 44 && text.charCodeAt(p + 3) === 91) {
        RUBY_LOGGER_HEAD.lastIndex = p;
        const ruby = RUBY_LOGGER_HEAD.exec(text);
        if (ruby !== null && RUBY_LOGGER_HEAD.lastIndex < headEnd) {
          st.stampAt = p + 4;
          stampToken = tokens;
          levelToken = tokens;
          st.processColumn = `#${ruby[2]!}`;
          p = RUBY_LOGGER_HEAD.lastIndex;
          // No progname (`-- : node1 became leader`): the message follows its colon.
          if (text.charCodeAt(p) === 58 && text.charCodeAt(p + 1) === 32) p += 2;
          continue;
        }
      }
      const prompt = readShellPrompt(text, p, headEnd);
      // A node run as a job in the student's terminal prints its records after the prompt, on the prompt's row
      // (`sam@lab:~/raft-js$ {"level":40,…}`, real14): the row is that record, its prompt only what stood before it.
      const record = prompt === undefined ? -1 : findRecordAfterPrompt(text, prompt.end, headEnd);
      if (record >= 0) {
        p = record;
        tokens--;
        continue;
      }
      if (prompt !== undefined) {
        st.kind = LINE_COMMAND;
        st.prompt = prompt.node;
        return;
      }
    }
    // A symbol or emoji in the head (`💔 10:31:05.089 n2 │ …`, `✅ [node2] …`, `11:20:08.300 ⚠️ [节点2] …`): decoration,
    // no column.
    if (c > 127 && st.node === undefined) {
      const q = leadingSymbolEnd(text, p, headEnd);
      if (q > 0) {
        p = q;
        tokens--;
        continue;
      }
    }
    // `cat -n`'s and `nl`'s line number before the stamp (`     2\t2026-12-03 11:20:08.300 …`): no column.
    if (tokens === 0 && isDigit(c) && prefix === null) {
      const q = catNumberEnd(text, p, headEnd);
      if (q > 0) {
        p = q;
        tokens--;
        continue;
      }
    }
    if (c === 45 && isSpringDashes(text, p)) {
      spring = true;
      p += 4;
      continue;
    }
    // Node and timestamp found: the head is read, unless this is the time part of `2026-11-26 19:30:01,123`.
    if (st.node !== undefined && st.stampAt >= 0 && !(stampToken === tokens - 1 && isDigit(c))) {
      // A client's or proxy's own name right after a node's tag it was told to print (`16:52:24.875 [node3] kvclient:
      // connection to leader node1 lost`, adv75b-57/-59): the client's line, the tag the node it asks or mimics.
      // Also in parentheses, `(kvclient) connection …`, and as a class names it, `KvClient connection …` (adv75c-58).
      // A launcher's other tags (`node3 | `, `node3: `) are tags as well.
      // A JSON record whose program key names a client (`[node2] {"component": "kvclient", …}`, adv77a-33) is its too.
      if (isHeadWriter(st.nodeFrom) && (isLetter(c) || c === 40 || c === 46 || c === 47 || c === 123)) {
        const name = c === 123 ? readRecordProgram(text, p, end) : readTaggedProgramName(text, p, headEnd);
        if (name !== undefined) {
          st.node = copyString(name);
          st.nodeFrom = FROM_NAME;
        }
      }
      break;
    }
    // An address column (`127.0.0.1:7001`, `[::]:7002`) names the writer when such columns vary.
    if ((c === 91 || isDigit(c)) && st.stampAt >= 0 && st.node === undefined && st.weak === undefined && st.processId === undefined) {
      const address = addressColumnEnd(text, p, headEnd);
      if (address > 0) {
        st.weak = text.slice(p, address);
        p = address;
        continue;
      }
    }
    // Redis's `4101:M 30 Nov 2026 14:05:00.412 * …`: a process id and a role letter before the date; the pid names the
    // writer when such pids vary (the role changes under one pid, and nothing else names a Redis-style line).
    if (tokens === 0 && isDigit(c)) {
      // pm2 logs' `0|raft-1   | …`: the app's name names the writer, whole (`raft-3` is no replica 3 of `raft`, as
      // compose's `kv-3` is: adv63a-08/-09), as its `raft-3-out.log` does.
      const app = pm2AppEnd(text, p, headEnd);
      if (app > 0) {
        st.service = text.slice(text.indexOf('|', p) + 1, app);
        st.node = findNodeInPath(st.service) ?? st.service;
        st.nodeFrom = FROM_SERVICE;
        p = text.indexOf('|', app) + 1;
        continue;
      }
      const role = pidRoleEnd(text, p, headEnd);
      if (role > 0) {
        st.weak = text.slice(p, role - 2);
        p = role;
        continue;
      }
    }
    // `podman logs -t` / `docker logs` of several containers: a container id column (`5f0c1e9a2b7d`) before the time
    // names the writer when such columns vary, like a host column; one starting with a digit is no time.
    if (st.stampAt < 0 && isDigit(c)) {
      const id = containerIdEnd(text, p, headEnd);
      if (id > 0) {
        if (st.node === undefined && st.weak === undefined) st.weak = text.slice(p, id);
        p = id;
        continue;
      }
    }
    if (isDigit(c)) {
      if (st.stampAt < 0) {
        st.stampAt = p;
        stampToken = tokens;
        // A spaced date before the time (log4j's `03 Dec 2026 11:20:08,412`, `3 déc. 2026 …`): one column with it.
        const clock = text.charCodeAt(p + 2) === 32 || text.charCodeAt(p + 1) === 32 ? spacedDateEnd(text, p) : -1;
        if (clock > 0 && clock < headEnd) {
          stampLastToken = tokens;
          idle++;
          p = clock - 1;
          continue;
        }
      } else if (!(stampToken === tokens - 1 && (text.charCodeAt(p + 2) === 58 || text.charCodeAt(p + 1) === 58))) {
        // glog's thread id after the time; Spring Boot's pid before `---`.
        const q = skipToken(text, p, headEnd, st);
        if ((glog && stampToken === tokens - 1) || isSpringDashes(text, q + 1)) {
          if (glog) st.thread = text.slice(p, q);
          p = q;
          continue;
        }
        break;
      }
      // The time of `2026-11-26 19:30:01,123` is the next token, skipped by the branch above.
      stampLastToken = tokens;
      idle++;
      p = skipColumnToken(text, p, headEnd, st);
      continue;
    }
    // C's `printf("[%s] <%d> ", time, id)`: `[02:43:30.409] <2> kv_node starting`, the node's id in angle brackets
    // right after the time (adv61f-39/-40/-46), read as its `[%d]` is (a syslog priority `<34>` comes before the time).
    if (c === 60 && st.weak === undefined && st.stampAt >= 0 && (stampLastToken === tokens - 1 || stampToken === tokens - 1) && isDigit(text.charCodeAt(p + 1))) {
      const close = isDigit(text.charCodeAt(p + 2)) ? p + 3 : p + 2;
      if (close < headEnd && text.charCodeAt(close) === 62 && isGap(text.charCodeAt(close + 1))) {
        setIdTag(st, text.slice(p + 1, close));
        p = close + 1;
        continue;
      }
    }
    if (c === 91 || c === 40) {
      // [ (
      const inner = p + 1;
      const closeCode = c === 91 ? 93 : 41;
      const d = text.charCodeAt(inner);
      // `[ 88419.530]`, `[+5.400s]`: seconds on a relative clock (parse-timestamp.ts).
      if (st.stampAt < 0 && c === 91 && (d === 32 || d === 43 || isDigit(d))) {
        const relativeEnd = findRelativeStampEnd(text, p, headEnd);
        if (relativeEnd > 0) {
          st.stampAt = p;
          stampToken = tokens;
          idle++;
          p = relativeEnd;
          continue;
        }
      }
      // C's `[%s]` of ctime(): `[Tue Dec  1 12:44:20 2026]`, its bracket often closed only on the next line (ctime's newline);
      // an RFC 2822 date (`[Thu, 03 Dec 2026 09:55:17 GMT]`, JavaScript's toUTCString) likewise.
      if (st.stampAt < 0 && c === 91 && isWeekdayGapAt(text, inner + 3) && WEEKDAYS.has(code3(text, inner))) {
        st.stampAt = inner;
        stampToken = tokens;
        idle++;
        const close = indexWithin(text, 93, inner, Math.min(headEnd, inner + 48));
        p = close < 0 ? headEnd : close + 1;
        continue;
      }
      // `[172.18.0.3:7000]`: an address names the writer (nodes that share a port differ by host).
      if (st.node === undefined && isDigit(d)) {
        const address = addressEnd(text, inner, headEnd);
        if (address > 0 && text.charCodeAt(address) === closeCode) {
          st.node = text.slice(inner, address);
          st.nodeFrom = FROM_TAG;
          p = address + 1;
          continue;
        }
      }
      // NATS's `[30799] 2026/12/01 00:12:12.496 [INF] …`: a process id in front of the time names the writer when such
      // ids vary and nothing better does (scanLines), by the name its own lines give it (`Name: n1`) when they do.
      if (tokens === 0 && c === 91 && st.stampAt < 0) {
        const pidEnd = processTagEnd(text, inner, headEnd);
        if (pidEnd > 0) {
          st.processId = text.slice(inner, pidEnd);
          p = pidEnd + 1;
          continue;
        }
      }
      if (st.stampAt < 0 && isDigit(d) && !spring) {
        st.stampAt = inner;
        stampToken = tokens;
        idle++;
        const close = indexWithin(text, closeCode, inner, Math.min(headEnd, inner + 96));
        p = close < 0 ? skipToken(text, p, headEnd, st) : close + 1;
        continue;
      }
      const close = indexWithin(text, closeCode, inner, Math.min(headEnd, inner + 48));
      if (close < 0) break;
      // Python multiprocessing's `[%(processName)s]` after the time (`[Process-2]`): a process column, as the bare one is.
      if (c === 91 && st.stampAt >= 0 && st.processColumn === undefined && close - inner <= 32 && text.charCodeAt(inner) <= 90 && PROCESS_NAME.test(text.slice(inner, close))) {
        st.processColumn = copyString(text.slice(inner, close));
        p = close + 1;
        continue;
      }
      // A level in brackets (`[warning]`, Elixir's and Erlang's Logger, log4j's `[%p]`): the level, as a bare one is.
      if (c === 91 && close - inner >= 3 && isLevel(text, inner, close)) {
        levelToken = tokens;
        p = close + 1;
        continue;
      }
      if (st.node === undefined) {
        // pino-pretty's `(node2/2578)`: the logger's name, then the pid (and `on host`).
        const pino = c === 40 ? PINO_PRETTY_TAG.exec(text.slice(inner, close)) : null;
        if (pino !== null) {
          const logger = pino[1]!;
          const label = nodeInTag(logger);
          if (label !== undefined) {
            st.node = label;
            st.nodeFrom = FROM_TAG;
            st.logger = { pid: pino[2]!, name: label };
          } else if (st.weak === undefined && isIdentityToken(logger, 0, logger.length)) {
            st.weak = logger;
            st.logger = { pid: pino[2]!, name: logger };
          } else st.logger = { pid: pino[2]!, name: '' };
          p = close + 1;
          continue;
        }
        const name = readNodeName(text, inner, close, true);
        const label = name && name.end === close ? name.label : nodeInTag(text.slice(inner, close));
        const actor = label === undefined && st.weak === undefined ? AKKA_ACTOR_PATH.exec(text.slice(inner, close)) : null;
        if (actor !== null) {
          // An Akka or Pekko actor path (`[akka://kv@10.0.0.12:25520/user/raft]`, `[akka://raft-2/user/replica]`): its
          // remote address, else its actor system's name, is one JVM's; a node when such values vary across the paste.
          st.weak = actor[2] ?? actor[1];
        } else if (label !== undefined && c === 91 && PEER_THREAD_TAG.test(text.slice(inner, close))) {
          // A thread a leader runs per peer (`[replicator-node3]`, `[heartbeat-n2]`): named for the peer it serves, no
          // writer (adv52f-23: node1's `[replicator-node3] WARN node1 - heartbeat timeout: no ack from node3`).
        } else if (label !== undefined && st.weak === undefined && c === 91 && isReplicaPod(label)) {
          // A replica of one Deployment (`[pod/kv-7c9f8b6d54-abcde/kv]`): its writer unless its line names one (`… node1 INFO`).
          st.weak = label;
        } else if (label !== undefined) {
          st.node = label;
          st.nodeFrom = FROM_TAG;
        } else if (spring && text.charCodeAt(close + 1) === 32 && text.charCodeAt(close + 2) === 91) {
          // Spring Boot 3.2's `--- [kv-a] [main]`: the application name, then the thread.
          st.node = text.slice(inner, close).trim() || undefined;
          st.nodeFrom = FROM_TAG;
        } else if (st.weak === undefined && c === 91 && stampLastToken === tokens - 1 && close - inner <= 2 && isDigit(d) && isDigit(text.charCodeAt(close - 1))) {
          // C's `printf("%s [%d] ", time, id)`: `21:26:41.136 [2] WARN …`, the node's id right after the time — a node
          // when such tags vary across the paste, as a head token is (adv59b-17), by its id (`node2`).
          setIdTag(st, text.slice(inner, close));
        } else if (st.weak === undefined && (tokens <= 1 || sourceToken === tokens - 1 || levelToken === tokens - 1 || loggerToken === tokens - 1)) {
          // `[infra1]` in front of each line (a merge by time), klog's `main.go:57] [gamma]`, a tag after the level
          // (`11:20:08.124 [warning] [kv2]`) or a logger's dash (log4j's `%logger - [%X{node}]`): a node if such tags
          // vary across the paste (a plain word also only when the paste names it elsewhere, as peers do); an Erlang
          // node's name (`[kv2@localhost]`) names its writer as it does at the message start.
          if (isIdentityToken(text, inner, close)) st.weak = text.slice(inner, close);
          else if (c === 91 && isErlangNodeName(text, inner, close)) {
            st.node = copyString(text.slice(inner, close));
            st.nodeFrom = FROM_TAG;
          }
          else if (isWordTag(text, inner, close) || isPortTag(text, inner, close)) st.word = text.slice(inner, close);
        } else if (st.weak === undefined && idle === tokens && ORDINAL_NAME.test(text.slice(inner, close))) {
          // The first column after a date, a time and a level (`2026-12-03 11:20:08.300 [kv-2]`, `11:20:08.300 WARN
          // [raft-2]`), a name and a number: a node if such tags vary, as in front. A thread's name stands there too
          // (log4j's `%d [%t]`, `%-5p [%t]`), but as words and a number (`[raft-io-2]`), read below.
          st.weak = text.slice(inner, close);
        } else if (st.weak === undefined && stampLastToken === tokens - 1 && (isIdentityToken(text, inner, close) || isWordTag(text, inner, close))) {
          // `2026-11-30 14:05:00.402117 [kv-1]`: a tag after a date and time names the writer as a word tag does, when
          // the paste names it elsewhere too ("following leader kv-1"); a thread (`[raft-io-2]`) no line names does not.
          st.word = text.slice(inner, close);
        }
        // Python's `%(process)d`, C's getpid() after a date and time (`2026-12-08 01:25:29,358 [14347] INFO`, adv78a-46)
        // that no reading above took (a port tag `[7001]` is a word): a process id, the node whose start line states
        // it (moveStatedPidTags), else no writer.
        if (st.idTag === undefined && st.weak === undefined && st.word === undefined && st.node === undefined && c === 91 && stampLastToken === tokens - 1 && close - inner >= 3 && close - inner <= 7 && isAllAsciiDigits(text.slice(inner, close))) {
          st.idTag = text.slice(inner, close);
        }
      }
      p = close + 1;
      continue;
    }
    if (c === 123) {
      // {
      if (st.stampAt < 0) {
        st.kind = LINE_JSON;
        st.stampAt = p;
        if (st.node === undefined) {
          const record = text.slice(p, Math.min(end, p + 4096));
          const json = readJsonNode(record);
          st.node = json.node;
          st.jsonNames = json.names;
          st.nodeFrom = FROM_JSON;
          if (json.node === undefined) st.keyed = findJsonKeyedValue(record);
          // A journald record (`journalctl -o json`) names its writer in its fields or, when those are alike on every
          // record (`SYSLOG_IDENTIFIER: kv_node`), at its MESSAGE's head: read as a recorded line's, its fields' names kept.
          if (json.node === undefined && (json.names === undefined || isJournalRecord(record))) scanRecordedLine(record, st);
        } else if (isHeadWriter(st.nodeFrom)) {
          // A client's record behind a launcher's tag (`[node2] {"component": "kvclient", "node": "node1", …}`,
          // adv77a-33): the client's, as without the tag.
          const program = readRecordProgram(text, p, end);
          if (program !== undefined) {
            st.node = copyString(program);
            st.nodeFrom = FROM_NAME;
          }
        }
      } else if (st.node === undefined) {
        // A collector's label set after the time (Grafana Loki's logcli: `{pod="kv-1"}`): its labels read as fields.
        const close = indexWithin(text, 125, p, headEnd);
        if (close > p && readLabelSet(text, p + 1, close, st)) {
          p = close + 1;
          continue;
        }
      }
      break;
    }
    if (c === 36 && (text.charCodeAt(p + 1) === 32 || p + 1 === end)) {
      st.kind = LINE_COMMAND;
      return;
    }
    if (c === 35 && p === first) {
      st.kind = LINE_COMMENT;
      return;
    }
    if (c === 60 && tokens === 0) {
      // RFC 5424 priority and version: `<14>1 `.
      const close = indexWithin(text, 62, p, Math.min(headEnd, p + 6));
      if (close < 0) break;
      // Its whole header (rsyslog's RSYSLOG_SyslogProtocol23Format, `logger --rfc5424`: `<12>1 2026-12-06T15:09:58.210490+00:00
      // lab kv3 5124 - - WARN …`): APP-NAME and PROCID are the writer's process column, as a syslog tag `kv3[5124]:` is
      // (nameSyslogProcesses: for lines nothing better names, as hosts that vary do), read on from the stamp (adv66c-39).
      if (text.charCodeAt(close + 1) === 49 && text.charCodeAt(close + 2) === 32) {
        const header = RFC5424_HEADER.exec(text.slice(close + 3, headEnd));
        if (header !== null && header[1] !== '-') st.processColumn = copyString(header[2] === '-' ? header[1]! : `${header[1]!}[${header[2]!}]`);
      }
      p = skipToken(text, close, headEnd, st);
      continue;
    }
    // Erlang/OTP's legacy report head `=WARNING REPORT==== 30-Nov-2026::12:52:40.115673 ===` (the message follows).
    if (c === 61 && tokens === 0) {
      const head = ERLANG_REPORT_HEAD.exec(text.slice(p, Math.min(headEnd, p + 40)));
      if (head) st.stampAt = p + head[0].length;
      break;
    }
    // `] node2 …`: the bracket a record's first line left open (ctime()'s newline inside `[%s]`) closes before its head.
    if (c === 93 && tokens === 0) {
      p++;
      continue;
    }
    // svlogd's / multilog's raw TAI64N label `@400000006b0e9a5a070d26cb` (parse-timestamp.ts).
    if (c === 64 && st.stampAt < 0 && text.charCodeAt(p + 1) === 52) {
      st.stampAt = p;
      stampToken = tokens;
      p = skipToken(text, p, headEnd, st);
      continue;
    }
    // lnav's `log_path` column after the time (`│ 2026-12-01 14:05:33.083 │ /home/sam/kv/data/node3/node.log │ error │`):
    // the file the line came from names its writer as a grep prefix does.
    if ((c === 47 || c === 126) && st.stampAt >= 0 && st.node === undefined) {
      const q = pathColumnEnd(text, p, headEnd);
      if (q > 0) {
        readPathColumn(text.slice(p, q), st);
        p = q;
        continue;
      }
    }
    if (!isLetter(c)) break;
    if (st.stampAt < 0) {
      // Rust's `{:?}` of SystemTime::now(): `SystemTime { tv_sec: 1796166033, tv_nsec: 371623239 } node 2 …`, a time
      // (parse-timestamp.ts reads its fields), not a JSON record; the writer's column follows the brace.
      if (c === 83 && text.startsWith(SYSTEM_TIME_HEAD, p)) {
        const close = indexWithin(text, 125, p, Math.min(headEnd, p + 64));
        if (close > 0) {
          st.stampAt = p + SYSTEM_TIME_HEAD.length;
          stampToken = tokens;
          p = close + 1;
          continue;
        }
      }
      // RFC 2822's `Thu, 03 Dec 2026 09:55:17 GMT` (JavaScript's toUTCString): the weekday starts the time.
      if (text.charCodeAt(p + 3) === 44 && text.charCodeAt(p + 4) === 32 && WEEKDAYS.has(code3(text, p))) {
        const rfc = parseTimestampAt(text, p, headEnd);
        if (rfc !== undefined) {
          st.stampAt = p;
          stampToken = tokens;
          p = rfc.end;
          continue;
        }
      }
      // syslog `Nov 26 19:30:01`: three tokens; glog `I1126 19:30:01.123456` (>= 0.6: `I20261126 19:30:01.123456`,
      // the severity glued to the date, no node's name): two.
      if (text.charCodeAt(p + 3) === 32 && MONTHS.has(code3(text, p)) && isDigit(text.charCodeAt(p + 5) === 32 ? text.charCodeAt(p + 6) : text.charCodeAt(p + 5))) {
        st.stampAt = p;
        stampToken = tokens;
        p = skipToken(text, p + 4 + (text.charCodeAt(p + 4) === 32 ? 1 : 0), headEnd, st); // day
        p = skipToken(text, p + 1, headEnd, st); // time
        continue;
      }
      // A java.util.logging record head in the JVM's locale: `Dez. 03, 2026 9:09:27 AM RaftNode start`.
      const julMonth = localizedJulMonthEnd(text, p);
      if (julMonth > 0) {
        st.stampAt = p;
        stampToken = tokens;
        p = skipToken(text, skipToken(text, julMonth + 1, headEnd, st) + 1, headEnd, st); // day, year
        continue;
      }
      if ((c === 73 || c === 87 || c === 69 || c === 70) && isDigit(text.charCodeAt(p + 1))) {
        const gap = text.charCodeAt(p + 5) === 32 ? p + 5 : isDigit(text.charCodeAt(p + 5)) && text.charCodeAt(p + 9) === 32 ? p + 9 : -1;
        if (gap > 0 && isDigit(text.charCodeAt(gap + 1))) {
          st.stampAt = p;
          stampToken = tokens;
          glog = true;
          p = skipToken(text, gap + 1, headEnd, st);
          continue;
        }
      }
    }
    let q = p;
    while (q < headEnd && isTokenChar(text.charCodeAt(q))) q++;
    const next = text.charCodeAt(q);
    // Python multiprocessing's `%(processName)s` after the time (`Process-2`, `SpawnProcess-3`): a process column, the
    // node its lines name (nameSyslogProcesses); the launcher's `MainProcess` names none.
    if ((c === 80 || c === 83 || c === 70) && isDigit(text.charCodeAt(q - 1)) && st.stampAt >= 0 && st.processColumn === undefined && q - p <= 32 && PROCESS_NAME.test(text.slice(p, q))) {
      st.processColumn = copyString(text.slice(p, q));
      p = q;
      continue;
    }
    // A zone's abbreviation after the time (Haskell's `show UTCTime`: `2026-12-03 11:20:08.123456 UTC [Node 2] …`, a
    // `CET` or `GMT` one): part of the stamp (parse-timestamp.ts reads it), no column of its own: what follows is read
    // as it is right after the time.
    if (q - p <= 4 && (stampLastToken === tokens - 1 || stampToken === tokens - 1) && c >= 65 && c <= 90 && isZoneAbbreviation(text.slice(p, q))) {
      p = q;
      tokens--;
      continue;
    }
    // containerd's CRI log line (kubelet's `/var/log/pods/…/0.log`): `<RFC 3339 ns> stderr F [kv-1] …`, the stream and
    // the full/partial tag after the time are the runtime's, part of the stamp's column; the program's line follows.
    if (q - p === 6 && next === 32 && stampToken === tokens - 1 && isCriStream(text, p)) {
      p = q + 3;
      tokens--;
      continue;
    }
    // Fly.io's `app[148edd3f920489] ams [info]` after its whole-second time: the machine's id names the line as a
    // process column does (the node the program's own lines there name, nameSyslogProcesses); the program's line
    // follows, its own time glued on (`[info]12:40:17.911 [kv1] …`), then its tags.
    if (next === 91 && st.stampAt >= 0 && st.processColumn === undefined) {
      const fly = FLY_INSTANCE.exec(text.slice(p, Math.min(headEnd, p + 80)));
      if (fly) {
        st.processColumn = copyString(fly[1]!);
        p += fly[0].length;
        if (isDigit(text.charCodeAt(p)) && text.charCodeAt(p + 2) === 58) {
          p = skipToken(text, p, headEnd, st);
          stampLastToken = tokens;
        }
        continue;
      }
    }
    // An `ident[name]` column after the time (`13:08:44.305 kv[raft-3] …`, a program tagging its lines with its host):
    // the name is a word tag (nameWordTags: when such names vary and the paste names them elsewhere); a pid or a node
    // number in the brackets (`kv_node[11525]`, `kv_node[2]`) is findOwnNodeForm's.
    if (next === 91 && st.stampAt >= 0 && st.node === undefined && st.word === undefined && !isDigit(text.charCodeAt(q + 1))) {
      const close = indexWithin(text, 93, q + 1, Math.min(headEnd, q + 66));
      const after = text.charCodeAt(close + 1);
      if (close > q + 1 && (after === 32 || after === 58) && isIdentityToken(text, q + 1, close)) {
        st.word = text.slice(q + 1, close);
        p = close + 1;
        break;
      }
    }
    if (next === 61) {
      // logfmt key=value
      const key = text.slice(p, q).toLowerCase();
      let v = q + 1;
      const quoted = text.charCodeAt(v) === 34;
      if (quoted) v++;
      const writerKey = TS_KEYS.has(key) || MESSAGE_KEYS.has(key) ? undefined : classifyWriterKey(key);
      if (TS_KEYS.has(key) && st.stampAt < 0) st.stampAt = v;
      else if (st.stampAt < 0 && MONOTONIC_KEYS.has(key)) st.stampAt = p; // parsed with its key (parse-timestamp.ts)
      else if (writerKey === 'node' && st.node === undefined) {
        // `node=2`, a collector's label column (`docker logs --details`' `raft.node=2`).
        st.node = logfmtNode(text, v, end);
        st.nodeFrom = FROM_FIELD;
        if (st.node === undefined) st.keyed ??= readKeyedValue(key, text.slice(v, quoted ? indexWithin(text, 34, v, Math.min(end, v + 65)) : skipValue(text, v, Math.min(end, v + 65))));
      } else if (writerKey !== undefined && writerKey !== 'node' && st.node === undefined) {
        // `host=raft-b`, `pod=kv-1`: a name, the writer's when such names vary across the paste (chooseJsonNameKey).
        const close = quoted ? indexWithin(text, 34, v, Math.min(end, v + 200)) : skipValue(text, v, Math.min(end, v + 200));
        if (close > v) addWriterName(st, writerKey, text.slice(v, close));
      } else if (key === 'port' && st.node === undefined && st.weak === undefined) {
        // `pid=50210 port=7001`: nodes on one host differ by port, a node only if ports vary across the paste (`:7001`).
        let w = v;
        while (w < headEnd && w - v < 6 && isDigit(text.charCodeAt(w))) w++;
        if (w - v >= 2 && w - v <= 5 && !isTokenChar(text.charCodeAt(w))) st.weak = `:${text.slice(v, w)}`;
      }
      if (MESSAGE_KEYS.has(key)) {
        // slog's `msg="…" node=kv-1`, `node=7c1e2f4a-…`: the writer's key after the message (a number or `node2` there is
        // findOwnNodeForm's).
        pairsRead = true;
        if (st.node === undefined) {
          const close = quoted ? indexWithin(text, 34, v, end) : skipValue(text, v, end);
          if (close > 0) readTrailingPairs(text.slice(close, Math.min(end, close + 1024)), st);
        }
        break;
      }
      if (quoted) {
        const close = indexWithin(text, 34, v, end);
        p = close < 0 ? end : close + 1;
      } else p = skipToken(text, v, headEnd, st);
      continue;
    }
    // log4j's `%c{1}:%L - ` (`RaftServer$Division:378 - `) names no node: skip it and its line number.
    if ((next === 36 || next === 58) && st.stampAt >= 0 && c >= 65 && c <= 90) {
      let r = q;
      while (r < headEnd && (isTokenChar(text.charCodeAt(r)) || text.charCodeAt(r) === 36)) r++;
      if (text.charCodeAt(r) === 58 && isDigit(text.charCodeAt(r + 1))) {
        r++;
        while (r < headEnd && isDigit(text.charCodeAt(r))) r++;
        if (text.charCodeAt(r) === 32 && text.charCodeAt(r + 1) === 45 && text.charCodeAt(r + 2) === 32) {
          p = r;
          continue;
        }
      }
    }
    // A client's or proxy's own name after the time (`[02:39:52.668] kvclient: connection to leader node1 lost`): its
    // line, though it runs in a node's terminal (adv52f-21).
    // So with the node it asks named after it (`07:24:01.201 healthcheck node1: GET /health -> 503 …`, adv63e-22): the
    // prober's line about node1, not node1's.
    if (st.node === undefined && (next === 58 || next === 32) && st.stampAt >= 0 && q - p <= 48) {
      let r = q;
      if (next === 32) {
        r = q + 1;
        while (r < headEnd && r - q <= 40 && isTokenChar(text.charCodeAt(r))) r++;
      }
      if ((next === 58 || r > q + 1) && text.charCodeAt(r) === 58 && NON_NODE_PROGRAM.test(text.slice(p, q))) {
        st.node = copyString(text.slice(p, q));
        st.nodeFrom = FROM_NAME;
        p = r + 1;
        continue;
      }
    }
    // Ratis's member id `n1@group-ABB3109A44C1:` (peer id @ group id) names the writer.
    if (st.node === undefined && next === 58) {
      const at = indexWithin(text, 64, p, q);
      if (at > p && text.startsWith('@group-', at)) {
        const name = readNodeName(text, p, at, true);
        st.node = name && name.end === at ? name.label : text.slice(p, at);
        st.nodeFrom = FROM_NAME;
        p = q;
        continue;
      }
    }
    // An Erlang node's name at the message start (`kv2@raft-lab: heartbeat timeout`) names the writer; a template
    // unit there (systemd's `kv@1.service: Deactivated successfully.`) is its instance's node (findUnitNode).
    if (st.node === undefined && next === 58 && text.charCodeAt(q + 1) === 32) {
      const at = indexWithin(text, 64, p + 1, q - 1);
      if (at > p) {
        const name = text.slice(p, q);
        const unit = name.endsWith('.service') ? findUnitNode(name) : name;
        st.node = unit === undefined ? undefined : copyString(unit);
        st.nodeFrom = FROM_NAME;
        p = q + 1;
        continue;
      }
    }
    // Go's Lshortfile source position `raft.go:214:` names no node: skip it and its line number.
    if (next === 58 && isDigit(text.charCodeAt(q + 1)) && isSourceFile(text, p, q)) {
      let r = q + 1;
      while (r < headEnd && isDigit(text.charCodeAt(r))) r++;
      if (text.charCodeAt(r) === 93) r++; // glog's `main.go:57]`
      p = r;
      sourceToken = tokens;
      continue;
    }
    // loguru's and Python logging's `{name}:{function}:{line}` after the time (`raft.node:_on_sigterm:88 - `): a code
    // location, the same module on every node, so no node (unless the module's name holds one: `raft.node2:serve:61`).
    if (next === 58 && st.stampAt >= 0) {
      const r = codeLocationEnd(text, q + 1, headEnd);
      if (r > 0 && findNodeInDottedName(text.slice(p, q)) === undefined) {
        p = r;
        sourceToken = tokens;
        continue;
      }
    }
    if (st.stampAt < 0) {
      // A logger name glued to the date: `raft2026/11/29 21:17:24.300250`, `node12026/11/29 …`.
      const glued = findGluedDate(text, p, q);
      if (glued > p) {
        st.stampAt = glued;
        stampToken = tokens;
        if (st.node === undefined) {
          const name = readNodeName(text, p, glued);
          if (name && name.end === glued) {
            st.node = name.label;
            st.nodeFrom = FROM_NAME;
          }
        }
        p = q;
        continue;
      }
    }
    if (st.node === undefined) {
      const name = readNodeName(text, p, q);
      // `node2`, docker compose v2's `kvnode2-1`, a logger named after the node (hclog's `node2.raft:`)
      if (name && (name.end === q || text.charCodeAt(name.end) === 45 || (text.charCodeAt(name.end) === 46 && isLetter(text.charCodeAt(name.end + 1))))) {
        st.node = name.label;
        st.nodeFrom = FROM_NAME;
        if (tokens === 1 && st.stampAt === first && prefix === null && (next === 32 || next === 9) && startsDateOrClock(text, first)) rememberStampName(st, text.slice(p, q), name.label);
        p = q;
        continue;
      }
      // A dotted logger name ending in the node: `raft.node1:`, `kvstore.raft.node1`.
      const dotted = dottedNode(text, p, q);
      if (dotted !== undefined) {
        st.node = dotted;
        st.nodeFrom = FROM_NAME;
        p = q;
        continue;
      }
      // `node 1:` (a C program's printf), `Server 1:`.
      if ((q - p === 4 || q - p === 6) && /^(?:node|server)$/i.test(text.slice(p, q))) {
        const m = /^ (\d{1,4})(?=[:\]\s])/.exec(text.slice(q, q + 7));
        if (m) {
          st.node = nodeLabel(Number(m[1]));
          st.nodeFrom = FROM_NAME;
          p = q + m[0].length;
          continue;
        }
      }
      // `peer 2:` after the time (a Java node's `peer 2: lost connection to leader`): the writer's own name, or a
      // line about peer 2 (`[node 2] peer 3: read returned 0`), so a weak name: the writer's only where such heads vary.
      if (q - p === 4 && st.stampAt >= 0 && st.weak === undefined && (text.charCodeAt(p) | 32) === 112 && /^peer$/i.test(text.slice(p, q))) {
        const m = /^ (\d{1,4}):(?=\s)/.exec(text.slice(q, q + 7));
        if (m) {
          st.weak = nodeLabel(Number(m[1]));
          p = q + m[0].length;
          continue;
        }
      }
    }
    if (q - p <= 8 && isLevel(text, p, q)) {
      levelToken = tokens;
      idle++;
      p = q;
      continue;
    }
    // A logger's simple class name after the level (logback's and log4j's `%-5level %logger{0} - %msg`: `WARN  RaftNode
    // - Node 2: …`, `KvServer - `), the same on every node, so no node: the message after its dash may name one. A
    // name with a digit (`S1 - `) is a host's or node's column, read below.
    if (levelToken >= 0 && st.stampAt >= 0 && st.node === undefined) {
      const dash = loggerDashAt(text, p, headEnd);
      if (dash > 0) {
        p = dash + 1;
        loggerToken = tokens;
        continue;
      }
    }
    // The same name before a colon (`INFO RaftNode: Node 3: lost connection to leader`, log4j's `%c{1}: %m`), where a
    // node's name and its own colon follow: the name after it is the writer's.
    if (st.stampAt >= 0 && st.node === undefined && next === 58 && isLoggerBeforeNode(text, p, q, headEnd)) {
      p = q + 1;
      continue;
    }
    // `11:59:53.680 PM`: the 12-hour clock's half of the timestamp.
    if (q - p === 2 && stampToken >= 0 && stampToken >= tokens - 2 && /^[ap]m$/i.test(text.slice(p, q))) {
      idle++;
      p = q;
      continue;
    }
    let r = q;
    while (r < headEnd && text.charCodeAt(r) === 32) r++;
    if (text.charCodeAt(r) === 124 && r > q) {
      // docker compose: `service  | …`; the process manager's own lines name no writer: honcho/foreman's `system |
      // node1.1 stopped`, pm2's `PM2 | 2026-11-30T14:03:11: PM2 log: App [raft-1:0] exited …` (its time kept).
      if (st.node === undefined && ((q - p === 6 && text.startsWith('system', p)) || (q - p === 3 && text.startsWith('PM2', p)))) {
        st.kind = LINE_LOG;
        let after = r + 1;
        while (after < headEnd && isGap(text.charCodeAt(after))) after++;
        if (st.stampAt < 0 && isDigit(text.charCodeAt(after))) st.stampAt = after;
        return;
      }
      if (st.node === undefined) {
        st.service = text.slice(p, q);
        st.node = serviceNode(st.service);
        st.nodeFrom = FROM_SERVICE;
      }
      p = r + 1;
      continue;
    }
    // A program's name before a bracketed column, OCaml Logs' default reporter `kv_node: [WARNING] [time] [raft.n2]`:
    // the same on every node, no node; the columns after it may name one.
    if (tokens === 0 && next === 58 && text.charCodeAt(q + 1) === 32 && text.charCodeAt(q + 2) === 91) {
      p = q + 1;
      continue;
    }
    // A host, pod or short id in the head (`raft-a.lab.local`, `kv-0`, `S1`, `a41e:`, syslog's host column): a
    // node only if such tokens vary across the paste (decided in scanLines), so a constant logger name is not.
    // A writer's process id column (`[30799]`) came first: an address after the time is a peer's (NATS's routes).
    if (st.node === undefined && st.weak === undefined && st.processId === undefined && (tokens <= 2 || st.stampAt >= 0) && q - p <= 64) {
      // syslog's host column follows its month-first stamp (`Nov 26 19:30:01 raftbox …`); a bracketed clock's (dmesg's
      // `[ 59864.638495] SIGTERM received`) first word is the message's.
      // Not a tag with its process id (`kv_node[29813]:`), which journalctl's --no-hostname puts there (adv70a-81).
      const afterSyslog = st.stampAt >= 0 && isLetter(text.charCodeAt(st.stampAt)) && stampToken === tokens - 1 && !(next === 91 && SYSLOG_TAG_WITH_PID.test(text.slice(p, Math.min(headEnd, q + 13))));
      if (afterSyslog || isIdentityToken(text, p, q) || isDeclaredName(st, text, p, q)) {
        st.weak = text.slice(p, text.charCodeAt(q - 1) === 58 ? q - 1 : q);
        p = q;
        continue;
      }
      // Go's log with a message prefix (`raft [::]:7002: listening`): a logger's word, then the writer's address and
      // a colon; "dial 10.0.0.2:7001: …" names a peer.
      if (st.stampAt >= 0 && next === 32) {
        const address = addressColumnEnd(text, q + 1, headEnd);
        if (address > 0 && text.charCodeAt(address) === 58 && !isMentionWord(text.slice(p, q))) {
          st.weak = text.slice(q + 1, address);
          p = address;
          continue;
        }
      }
    }
    // A logger's class name after a thread column (logback's `%d [%thread] %-5level %logger - [%X{node}] %msg`:
    // `[raft-timer] INFO c.e.raft.RaftNode [node-1] -`) names no node: the head goes on to the node's tag after it,
    // which names the line over the thread (a thread varies within one node's lines and recurs across nodes).
    if (st.stampAt >= 0 && st.weak !== undefined && RUNTIME_NAME.test(text.slice(p, q))) {
      p = q;
      continue;
    }
    break;
  }
  // zerolog's console line (`INF raft.go:212 > became leader node=kv-0 term=3`): its fields follow the message.
  if (st.node === undefined && st.kind === LINE_LOG && !pairsRead) readTrailingPairs(text.slice(p, Math.min(end, p + 1024)), st);
  // zap's development console (`…⇥WARN⇥raft/node.go:88⇥heartbeat timeout⇥{"node": "kv2", "term": 1}`): its fields, a
  // JSON object after a tab, end the line (adv68d-37).
  if (st.node === undefined && st.kind === LINE_LOG) readTrailingJsonNode(text, p, end, st);
  if (st.node === undefined && st.kind === LINE_LOG) {
    const own = findOwnNodeForm(text.slice(p, Math.min(end, p + 4096)));
    // `kv_node[2]:` names node2 and `kv_node[11525]:` its process, unless something better names the line.
    if (own?.bracket) st.pidNode = own.label;
    else st.node = own?.label;
    st.processColumn ??= own?.processColumn;
    st.nodeFrom = FROM_MESSAGE;
  }
  if (st.node === undefined && prefix !== null && (st.kind === LINE_LOG || st.kind === LINE_JSON)) {
    st.unnamedPath = prefix.path;
    if (prefix.stem !== undefined) {
      st.node = prefix.stem;
      st.nodeFrom = FROM_FILE_STEM;
    }
  }
  if (st.node === undefined) st.nodeFrom = 0;
}

/**
 * Services whose names differ only in a trailing number (`consul-server-1`, `consul-server-2`) are different
 * nodes, not replicas of one: compose's replica suffix is dropped only while the names stay apart without it.
 */
function keepServiceNumbers(services: ReadonlyMap<number, string>, nodes: (string | undefined)[], nodeFrom: Uint8Array): void {
  if (services.size === 0) return;
  const columnsOf = new Map<string, Set<string>>();
  for (const [i, column] of services) {
    const node = nodes[i];
    if (node === undefined || SWARM_TASK.test(column)) continue;
    let columns = columnsOf.get(node);
    if (!columns) columnsOf.set(node, (columns = new Set()));
    if (columns.size < 2) columns.add(column);
  }
  const copies = new Map<string, string>();
  for (const [i, column] of services) {
    const node = nodes[i];
    if (node === undefined || node === column || (columnsOf.get(node)?.size ?? 0) < 2) continue;
    let copy = copies.get(column);
    if (copy === undefined) copies.set(column, (copy = copyString(column)));
    nodes[i] = copy;
    nodeFrom[i] = FROM_SERVICE_NUMBER;
  }
}

// `value` appears in `text` as a word of its own outside a `[value]` tag and not as a file's or logger's name
// (`raft.go`, `raft.node`): "granted vote to gamma", "peers=[beta gamma]".
function isMentioned(text: string, value: string): boolean {
  return findMention(text, value, 0) >= 0;
}

// Where `value` next stands as isMentioned reads it, from `from` on; -1 for nowhere.
function findMention(text: string, value: string, from: number): number {
  for (let at = text.indexOf(value, from); at >= 0; at = text.indexOf(value, at + value.length)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + value.length);
    if (isTokenChar(before) || isTokenChar(after) || (before === 91 && after === 93)) continue;
    return at;
  }
  return -1;
}

// `value` stands where a message names a node: right after "leader" or "peer" ("Following leader alpha", "leader:
// alpha", "leader is alpha", "peer bravo"). No component's or thread's tag is named so.
function isNamedAsNode(text: string, value: string): boolean {
  for (let at = findMention(text, value, 0); at >= 0; at = findMention(text, value, at + value.length)) {
    let word = previousWord(text, at);
    if (word === 'is') word = previousWord(text, text.lastIndexOf('is', at - 1));
    if (word === 'leader' || word === 'peer') return true;
  }
  return false;
}

// How many lines of `tokens` hold `value`.
// The weak head tokens timed lines write only after their time (`2026/12/02 14:05:33,041 DEBUG n1 KV.Raft - …`), never
// before it (`raft-a 19:30:01.123 …`).
function findAfterTimeWeakValues(text: string, starts: ArrayLike<number>, weak: ReadonlyMap<number, string>, stampAt: Int32Array): Set<string> {
  const after = new Set<string>();
  const before = new Set<string>();
  for (const [i, value] of weak) {
    const at = stampAt[i]!;
    if (at < 0 || before.has(value)) continue;
    if (text.slice(starts[i]!, at).includes(value)) {
      before.add(value);
      after.delete(value);
    } else after.add(value);
  }
  return after;
}

/**
 * Whether a head column is a thread's (or a logger's), not the writer's: on the lines whose head also names their node
 * (a tag, a name, a key: logback's `[raft-timer] INFO c.e.RaftNode [node-1] -`) one node has two of its values, or one
 * value stands beside two nodes (`[peer-reader-2]` on node-1's and node-3's lines). Such a column names no line.
 */
function isThreadColumn(weak: ReadonlyMap<number, string>, nodes: readonly (string | undefined)[], nodeFrom: Uint8Array): boolean {
  const valueOfNode = new Map<string, string>();
  const nodeOfValue = new Map<string, string>();
  for (const [i, value] of weak) {
    const from = nodeFrom[i];
    if (from !== FROM_TAG && from !== FROM_NAME && from !== FROM_FIELD && from !== FROM_JSON) continue;
    const node = nodes[i]!;
    if ((valueOfNode.get(node) ?? value) !== value || (nodeOfValue.get(value) ?? node) !== node) return true;
    valueOfNode.set(node, value);
    nodeOfValue.set(value, node);
  }
  return false;
}

/**
 * A node key's values in forms no rule reads by itself (`node=7c1e2f4a-…`, `"node": "bravo"`: readKeyedValue) name
 * their lines as written when they behave as writers' names: some value recurs and there are 16 at most (a request's
 * id under the key differs on each line). They beat a name in the words, a section's and a JSON name field's.
 */
function nameKeyedValues(keyed: ReadonlyMap<number, string>, nodes: (string | undefined)[], nodeFrom: Uint8Array, kinds: Uint8Array): void {
  const values = new Set(keyed.values());
  if (values.size > 16 || values.size === keyed.size) return;
  const copies = new Map<string, string>();
  for (const [i, value] of keyed) {
    const from = nodeFrom[i];
    if (from !== 0 && from !== FROM_MESSAGE && from !== FROM_SECTION && from !== FROM_JSON_NAME) continue;
    let copy = copies.get(value);
    if (copy === undefined) copies.set(value, (copy = copyString(value)));
    nodes[i] = copy;
    nodeFrom[i] = kinds[i] === LINE_JSON ? FROM_JSON : FROM_FIELD;
  }
}

// Whether the weak head tokens are one short numbered name (`n3`, `node-3`, `kv3`) over three or more timed lines and no
// line names its writer otherwise, while the text names another of its family (`n2`): one node's terminal, whose
// lines name the peers it talks to.
const SHORT_NUMBERED_NAME = /^(n|node|kv|raft|srv|server)[-_]?(\d{1,2})$/i;
function isLoneNumberedWriter(text: string, weak: ReadonlyMap<number, string>, stampAt: Int32Array, nodes: readonly (string | undefined)[]): boolean {
  if (weak.size < 3) return false;
  let value: string | undefined;
  for (const [i, v] of weak) {
    if (stampAt[i]! < 0) continue;
    if (value !== undefined && v !== value) return false;
    value = v;
  }
  const numbered = value === undefined ? null : SHORT_NUMBERED_NAME.exec(value);
  if (numbered === null || nodes.some((node) => node !== undefined)) return false;
  const family = new RegExp(String.raw`\b${numbered[1]!}[-_]?(\d{1,2})\b`, 'gi');
  for (const m of text.matchAll(family)) if (m[1] !== numbered[2]) return true;
  return false;
}

// Two timed lines whose head tokens are two names of a word and a number (`n1`, `raft-2`, `kv-3`, `server1`): a
// `grep -h WARN` of two followers' files, each line's writer in the column after its time (adv62a-14/-26), no line of
// the paste named another way (adv28: an expect script's `n2: timed out waiting …` beside the nodes' `[n2]` tags).
function isTwoNumberedNames(lines: PasteLines, weak: ReadonlyMap<number, string>, stampAt: Int32Array, nodes: readonly (string | undefined)[]): boolean {
  if (weak.size !== 2 || nodes.some((node) => node !== undefined)) return false;
  const [first, second] = [...weak] as [[number, string], [number, string]];
  return first[1] !== second[1] && isNamedLogLine(lines, first[0], first[1], stampAt) && isNamedLogLine(lines, second[0], second[1], stampAt);
}

// Line i, stamped, holds `name` (a word and a number) followed by a level word (isLevel): `04:54:21.990 n1 WARN  …`.
function isNamedLogLine(lines: PasteLines, i: number, name: string, stampAt: Int32Array): boolean {
  if (stampAt[i]! < 0 || !NUMBERED_NAME.test(name)) return false;
  const { text } = lines;
  const at = text.indexOf(` ${name} `, stampAt[i]!);
  if (at < 0 || at > Math.min(lines.ends[i]!, stampAt[i]! + 160)) return false;
  const p = at + name.length + 2;
  let q = p;
  while (q < lines.ends[i]! && q - p < 9 && isLetter(text.charCodeAt(q))) q++;
  return q > p && isLevel(text, p, q);
}

const NUMBERED_NAME = /^[A-Za-z][A-Za-z_]{0,15}-?\d{1,3}$/;

function countValue(tokens: ReadonlyMap<number, string>, value: string): number {
  let n = 0;
  for (const v of tokens.values()) if (v === value) n++;
  return n;
}

/**
 * Plain-word head tags (`[alpha]` … `[epsilon]`) name the lines no other way names when they vary like node names
 * (2-16 values over 3+ lines) and the paste names most of them elsewhere too ("granted vote to gamma", "leader
 * gamma"), or names one of them as a leader or a peer (Serilog's `[bravo] Following leader alpha`, where only the
 * leader is ever named): a node's name is what its peers call it, while a component tag (`[raft]`, `[rpc]`) is not.
 */
function nameWordTags(text: string, words: ReadonlyMap<number, string>, nodes: (string | undefined)[], nodeFrom: Uint8Array): void {
  if (words.size < 3) return;
  const count = new Map<string, number>();
  for (const value of words.values()) count.set(value, (count.get(value) ?? 0) + 1);
  if (count.size < 2 || count.size > 16) return;
  let named = 0;
  let namedAsNode = false;
  for (const value of count.keys()) {
    if (isMentioned(text, value)) named++;
    if (!namedAsNode && isNamedAsNode(text, value)) namedAsNode = true;
  }
  if (named * 2 <= count.size && !namedAsNode) return;
  const copies = new Map<string, string>();
  for (const [i, value] of words) {
    if (nodeFrom[i] !== 0) continue;
    let copy = copies.get(value);
    if (copy === undefined) copies.set(value, (copy = isDigit(value.charCodeAt(0)) ? `:${value}` : copyString(value)));
    nodes[i] = copy;
    nodeFrom[i] = FROM_HEAD_TOKEN;
  }
}

/**
 * Of the name fields a paste's JSON lines or journal records carry (one list per line), the key whose values vary like
 * node names (2-16 values over 3+ lines), most trusted first — bunyan's `hostname` (raft-a, raft-b, raft-c) over the
 * `name` every process shares, a journal's unit over its one `_HOSTNAME`; undefined when none does.
 */
export function chooseVaryingNameKey(namesPerLine: ReadonlyMap<unknown, readonly JsonName[]>): JsonNameKey | undefined {
  if (namesPerLine.size < 3) return undefined;
  for (const key of JSON_NAME_KEYS) {
    const values = new Set<string>();
    let lines = 0;
    for (const names of namesPerLine.values()) {
      const name = names.find((n) => n.key === key);
      if (name === undefined) continue;
      lines++;
      if (values.size <= 16) values.add(name.node);
    }
    if (lines >= 3 && values.size >= 2 && values.size <= 16) return key;
  }
  return undefined;
}

/** JSON lines named only by name fields: the varying key (chooseVaryingNameKey) names them; else a line keeps its `name` (readJsonNode). */
function chooseJsonNameKey(jsonNames: ReadonlyMap<number, readonly JsonName[]>, nodes: (string | undefined)[], nodeFrom: Uint8Array): void {
  const key = chooseVaryingNameKey(jsonNames);
  if (key === undefined) return;
  for (const [i, names] of jsonNames) {
    const name = names.find((n) => n.key === key);
    if (name === undefined || name.node === nodes[i]) continue;
    nodes[i] = name.node;
    nodeFrom[i] = FROM_JSON_NAME;
  }
}

/**
 * Number tags after the time that a line of their own states as its pid (Python's `%(process)d`: `21:09:08.905 [4995]
 * INFO kv_node node1 starting pid=4995`) are process ids, not the port column a number tag is read as otherwise
 * (adv50c-18/19): moved, in place, from `words` to the process-id tags, which are named by their own lines.
 */
function moveStatedPidWords(lines: PasteLines, words: Map<number, string>, processIds: Map<number, string> | undefined): Map<number, string> | undefined {
  let stated: Set<string> | undefined;
  for (const [i, value] of words) {
    if (value.length < 3 || !isAllAsciiDigits(value) || stated?.has(value)) continue;
    if (readStatedPid(lines, i) === value) (stated ??= new Set()).add(value);
  }
  if (stated === undefined) return processIds;
  const ids = processIds ?? new Map<number, string>();
  for (const [i, value] of words) {
    if (!stated.has(value)) continue;
    ids.set(i, value);
    words.delete(i);
  }
  return ids;
}

/**
 * C's `[%d]` tags after the time (`idTags`) when one of them is a pid its own line states (`[2] … starting pid 2`): the
 * column is getpid()'s, every tag of it a process id — moved, in place, from `weak` to the process-id tags.
 */
function moveStatedPidTags(lines: PasteLines, idTags: ReadonlyMap<number, string>, weak: Map<number, string> | undefined, processIds: Map<number, string> | undefined): Map<number, string> | undefined {
  let stated = false;
  for (const [i, value] of idTags) {
    if (readStatedPid(lines, i) === String(Number(value))) {
      stated = true;
      break;
    }
  }
  if (!stated) return processIds;
  const ids = processIds ?? new Map<number, string>();
  for (const [i, value] of idTags) {
    ids.set(i, String(Number(value)));
    weak?.delete(i);
  }
  return ids;
}

// A server's name on a line of its own startup banner: NATS's `[INF]   Name:     n1`, `Server name: kv-a`.
const SERVER_NAME_LINE = /(?:^|[\s\]])(?:server[ _-]?)?name\s?[:=]\s+([A-Za-z][\w.@-]{0,62})\s*$/i;

/**
 * Process id tags (`[30799]`) name the lines nothing better names when they vary like node names (2-16 values over 3+
 * lines): a process id is no node id, so each is named by the name its own lines give it (`Name: n1`, one per id and
 * ids apart) and by the id only when they give none.
 */
function nameProcessTags(lines: PasteLines, processIds: ReadonlyMap<number, string>, nodes: (string | undefined)[], nodeFrom: Uint8Array): void {
  if (processIds.size < 3) return;
  const seen = new Map<string, number>();
  const names = new Map<string, string | null>();
  for (const [i, id] of processIds) {
    seen.set(id, (seen.get(id) ?? 0) + 1);
    if (seen.size > 16) return;
    if (names.get(id) === null) continue;
    // Every line of the process, not the first few: a sorted or shuffled paste may hold its banner anywhere.
    const start = lines.starts[i]!;
    const end = lines.ends[i]!;
    if (end - start > 256) continue;
    const line = lines.text.slice(start, end);
    const m = SERVER_NAME_LINE.exec(line);
    let name: string | undefined;
    if (m) {
      const named = readNodeName(m[1]!, 0, m[1]!.length, true);
      name = named && named.end === m[1]!.length ? named.label : copyString(m[1]!);
    } else name = readPidStartupNode(line, id);
    if (name === undefined) continue;
    const before = names.get(id);
    names.set(id, before === undefined || before === name ? name : null);
  }
  if (seen.size < 2) return;
  const owners = new Map<string, number>();
  for (const name of names.values()) if (name !== null) owners.set(name, (owners.get(name) ?? 0) + 1);
  const nodeOf = new Map<string, string>();
  for (const id of seen.keys()) {
    const name = names.get(id);
    nodeOf.set(id, name != null && owners.get(name) === 1 ? name : copyString(id));
  }
  for (const [i, id] of processIds) {
    const from = nodeFrom[i]!;
    if (from !== 0 && from !== FROM_MESSAGE) continue;
    nodes[i] = nodeOf.get(id);
    nodeFrom[i] = FROM_PROCESS;
  }
}

/**
 * Head tokens that are a program's parts, no nodes (adv68d-74: hclog's named sub-loggers `raft.main:`,
 * `raft.election-timer:` in every node's file): a dotted token whose start lines introduce two nodes (`raft.main: kv_node node2
 * starting …`, then `raft.main: kv_node node3 starting …`), and every dotted token sharing its prefix (`raft.`).
 */
function findComponentTokens(lines: PasteLines, weak: ReadonlyMap<number, string>, stampAt: Int32Array): Set<string> {
  const components = new Set<string>();
  let introduced: Map<string, string | null> | undefined;
  for (const [i, value] of weak) {
    // Dotted logger names only (`raft.main`): a host column's lines are not each searched for a start.
    if (stampAt[i]! < 0 || value.indexOf('.') <= 0 || introduced?.get(value) === null) continue;
    const text = lines.text.slice(lines.starts[i]!, Math.min(lines.ends[i]!, lines.starts[i]! + 1024));
    if (!STARTUP_PATTERN.test(text)) continue;
    const node = findOwnNodeForm(text)?.label;
    if (node === undefined || node === value) continue;
    const before = (introduced ??= new Map()).get(value);
    if (before === undefined) introduced.set(value, node);
    else if (before !== node) {
      introduced.set(value, null);
      components.add(value);
    }
  }
  if (components.size === 0) return components;
  const prefixes = new Set<string>();
  for (const value of components) if (value.lastIndexOf('.') > 0) prefixes.add(value.slice(0, value.lastIndexOf('.') + 1));
  for (const value of weak.values()) for (const prefix of prefixes) if (value.startsWith(prefix)) components.add(value);
  return components;
}

// A JSON record's writer read from its `name` field alone, a plain word (pino's and bunyan's logger name:
// `"name":"peer-reader"`, `"name":"kv"`): under a section naming its node (`$ tail -n 3 data/node2/node.log`), the
// section names it (adv68e-36).
function isLoggerNameUnder(st: ScanState, kind: number, from: number, node: string | undefined): boolean {
  if (kind !== LINE_JSON || from !== FROM_JSON || node === undefined) return false;
  const name = st.jsonNames?.[0];
  if (name === undefined || name.key !== 'name' || name.node !== node) return false;
  for (let k = 0; k < node.length; k++) if (isDigit(node.charCodeAt(k))) return false;
  return true;
}

// A JSON record's process id field (pino's and bunyan's `"pid":18540`).
const JSON_PID = /"pid"\s*:\s*(\d{1,7})\b/;

/**
 * JSON records named by a name field that is a program's part, not a node (adv68d-65/-70/-73: pino's `"name":"peer-reader"`
 * and `"name":"election-timer"` in one process, bunyan's `"name":"kv"` in every process): when one process (its `pid`
 * field) writes under two names, or one name spans two processes, the name is no node, and each process whose own
 * start line states its pid and names a node (`kv_node node2 starting pid=18540`) is that node on every record of it.
 */
function nameJsonProcesses(lines: PasteLines, jsonNames: ReadonlyMap<number, readonly JsonName[]>, nodes: (string | undefined)[], nodeFrom: Uint8Array): void {
  const pidOf = new Map<number, string>();
  const namesOfPid = new Map<string, Set<string>>();
  const pidsOfName = new Map<string, Set<string>>();
  for (const i of jsonNames.keys()) {
    const from = nodeFrom[i]!;
    const node = nodes[i];
    // Named by the `name` key (a host or pod name that varies is a node's, whatever its pid).
    const name = jsonNames.get(i)!.find((n) => n.key === 'name');
    if (node === undefined || (from !== FROM_JSON && from !== FROM_JSON_NAME) || name?.node !== node) continue;
    const pid = JSON_PID.exec(lines.text.slice(lines.starts[i]!, Math.min(lines.ends[i]!, lines.starts[i]! + 1024)))?.[1];
    // Containers' processes are each pid 1: no process identity across them.
    if (pid === undefined || pid === '1') return;
    pidOf.set(i, pid);
    let names = namesOfPid.get(pid);
    if (names === undefined) namesOfPid.set(pid, (names = new Set()));
    names.add(node);
    let pids = pidsOfName.get(node);
    if (pids === undefined) pidsOfName.set(node, (pids = new Set()));
    pids.add(pid);
  }
  const programNamed = [...namesOfPid.values()].some((names) => names.size >= 2) || [...pidsOfName.values()].some((pids) => pids.size >= 2);
  if (!programNamed) return;
  const nodeOfPid = new Map<string, string | null>();
  for (const [i, pid] of pidOf) {
    const named = readPidStartupNode(lines.text.slice(lines.starts[i]!, Math.min(lines.ends[i]!, lines.starts[i]! + 1024)), pid);
    if (named === undefined) continue;
    const before = nodeOfPid.get(pid);
    nodeOfPid.set(pid, before === undefined || before === named ? named : null);
  }
  for (const [i, pid] of pidOf) {
    // A process no start line names is one writer all the same, named by its id (adv68e-24).
    const node = nodeOfPid.get(pid);
    nodes[i] = node ?? copyString(pid);
    nodeFrom[i] = FROM_PROCESS;
  }
}

// The node a startup line introduces when it states `pid` as its own (`kv_node node1 starting pid=4995`).
function readPidStartupNode(line: string, pid: string): string | undefined {
  if (statedPidIn(line) !== pid || !STARTUP_PATTERN.test(line)) return undefined;
  return findOwnNodeForm(line)?.label;
}

// A line giving its own process id: "started kv_node node3 (pid 11545)", `pid=11545`, `pid: 11545`.
const STATED_PID = /\bpid[ =:]{1,2}(\d{1,7})(?!\d)/i;
const statedPidIn = (text: string): string | undefined => STATED_PID.exec(text)?.[1];

/** The process id line i states as its own ("started kv_node node3 (pid 11545)", `pid=11545`), or undefined. */
export function readStatedPid(lines: PasteLines, i: number): string | undefined {
  const start = lines.starts[i]!;
  return statedPidIn(lines.text.slice(start, Math.min(lines.ends[i]!, start + 4096)));
}

/**
 * syslog's `ident[pid]:` column holding a process id (`kv_node[11525]:`, journalctl's short formats, every node under
 * one identifier) names the lines nothing better names: a process id is no node id, so each process is the node its
 * own lines name — one node, named by no other process's lines, on two lines or on one giving the process's id
 * ("started kv_node node3 (pid 11545)") — else, when such columns vary like node names (2-16 over 3+ lines), the
 * column as written (`kv_node[11525]`). A host, tag or name on the line names it better and stays.
 */
// multiprocessing's default process names: `Process-1`, a start method's (`SpawnProcess-2`), a child's (`Process-1:2`).
const PROCESS_NAME = /^(?:Spawn|Fork|ForkServer)?Process-\d{1,4}(?::\d{1,4})*$/;

// A process column's writer name: a template unit's instance its node (`raftkv@2[27339]` → node2, as `systemctl kill
// raftkv@1` kills node1), else its program when no other column shares it (`kvd-b[4410]` → kvd-b), else as written
// (three `python3[…]` processes).
function nameProcessColumn(column: string, columns: ReadonlySet<string>): string {
  const bracket = column.lastIndexOf('[');
  const program = bracket > 0 ? column.slice(0, bracket) : column;
  const instance = /@(\d{1,3})$/.exec(program);
  if (instance !== null) return `node${Number(instance[1])}`;
  if (bracket > 0 && column.endsWith(']')) {
    let others = 0;
    for (const other of columns) if (other !== column && other.startsWith(program) && other.charCodeAt(program.length) === 91) others++;
    if (others === 0) return copyString(program);
  }
  return copyString(column);
}

function nameSyslogProcesses(lines: PasteLines, columns: ReadonlyMap<number, string>, nodes: (string | undefined)[], nodeFrom: Uint8Array): Map<string, string> | undefined {
  // Per column: the one node its named lines give (null: two or more), on how many lines, the first of them.
  let named: Map<string, { node: string | null; lines: number; first: number }> | undefined;
  let unnamed = false;
  const values = new Set<string>();
  for (const [i, column] of columns) {
    if (values.size <= 16) values.add(column);
    const from = nodeFrom[i]!;
    if (from === 0) {
      unnamed = true;
      continue;
    }
    // A section's lines count too (`==> data/node1/node.log <==` over `kv_node[11071]: …`: adv53-22's grep -h of the same
    // lines above it otherwise named two phantom followers `kv_node[11071]`).
    const node = nodes[i]!;
    const entry = (named ??= new Map()).get(column);
    if (entry === undefined) named.set(column, { node, lines: 1, first: i });
    else {
      if (entry.node !== node) entry.node = null;
      entry.lines++;
    }
  }
  if (named === undefined && !unnamed) return undefined;
  const claims = new Map<string, number>();
  for (const entry of named?.values() ?? []) if (entry.node !== null) claims.set(entry.node, (claims.get(entry.node) ?? 0) + 1);
  // Each column linked to the one node its lines name (fly's machine id → kv2 even where the program names every line).
  let links: Map<string, string> | undefined;
  for (const [column, entry] of named ?? []) {
    if (entry.node !== null && claims.get(entry.node) === 1 && (entry.lines >= 2 || statesProcessId(lines, entry.first, column) || introducesOwnNode(lines, entry.first, entry.node) || claimsOwnLead(lines, nodeFrom[entry.first]!, entry.first))) (links ??= new Map()).set(copyString(column), entry.node);
  }
  if (!unnamed) return links;
  const nodeOf = new Map<string, string | undefined>();
  const varies = columns.size >= 3 && values.size >= 2 && values.size <= 16;
  const tags = varies ? readMessageTags(lines, columns, nodeFrom) : undefined;
  for (const [i, column] of columns) {
    if (nodeFrom[i] !== 0) continue;
    let node = nodeOf.get(column);
    if (!nodeOf.has(column)) {
      node = links?.get(column) ?? tags?.get(column) ?? (varies ? nameProcessColumn(column, values) : undefined);
      nodeOf.set(column, node);
    }
    if (node === undefined) continue;
    nodes[i] = node;
    nodeFrom[i] = FROM_PROCESS;
  }
  return links;
}

// The tag each process column's messages start with (`kv_node[1559]: [server-b] INFO …`, a journal's column over a
// program tagging its lines with a name the model does not read as a node's): the process's name, when every line of the
// column carries the same one and no other column's lines do (adv62j-44).
function readMessageTags(lines: PasteLines, columns: ReadonlyMap<number, string>, nodeFrom: Uint8Array): Map<string, string> | undefined {
  let tags: Map<string, string | null> | undefined;
  for (const [i, column] of columns) {
    if (nodeFrom[i] !== 0) continue;
    const tag = readMessageTag(lines, i, column);
    const known = tags?.get(column);
    if (tag === undefined || (known !== undefined && known !== tag)) (tags ??= new Map()).set(column, null);
    else if (known === undefined) (tags ??= new Map()).set(column, tag);
  }
  if (tags === undefined) return undefined;
  const owners = new Map<string, number>();
  for (const tag of tags.values()) if (tag !== null) owners.set(tag, (owners.get(tag) ?? 0) + 1);
  let named: Map<string, string> | undefined;
  for (const [column, tag] of tags) if (tag !== null && owners.get(tag) === 1) (named ??= new Map()).set(column, tag);
  return named !== undefined && named.size >= 2 ? named : undefined;
}

// The bracketed name right after line i's `column:` (`[server-b]`), an identity token; else undefined.
function readMessageTag(lines: PasteLines, i: number, column: string): string | undefined {
  const start = lines.starts[i]!;
  const text = lines.text.slice(start, Math.min(lines.ends[i]!, start + 512));
  const at = text.indexOf(column);
  if (at < 0) return undefined;
  let p = at + column.length;
  if (text.charCodeAt(p) === 58) p++;
  while (text.charCodeAt(p) === 32) p++;
  if (text.charCodeAt(p) !== 91) return undefined;
  const close = text.indexOf(']', p + 1);
  if (close < 0 || close - p > 40 || !isIdentityToken(text, p + 1, close)) return undefined;
  return text.slice(p + 1, close);
}

// Line i is a startup line introducing `node` by a key (`kv_node[1841]: id=1 listening on 0.0.0.0:7001`): the process
// says who it is, as a line stating its pid does, so its other lines (`kv_node[1841]: became leader for term 1`) are
// that node's.
function introducesOwnNode(lines: PasteLines, i: number, node: string): boolean {
  const start = lines.starts[i]!;
  const text = lines.text.slice(start, Math.min(lines.ends[i]!, start + 4096));
  return STARTUP_PATTERN.test(text) && findKeyedOwnNode(text) === node;
}

// Line i is its node's own claim to lead, the name standing where a writer's does (`#29887]  INFO -- : node1 became
// leader (term 1, 2 votes)`): the model reads the line as node1's, so the process that wrote it is node1.
function claimsOwnLead(lines: PasteLines, from: number, i: number): boolean {
  if (from !== FROM_NAME && from !== FROM_TAG) return false;
  const start = lines.starts[i]!;
  return isLeaderClaim(lines.text.slice(start, Math.min(lines.ends[i]!, start + 4096)));
}

// Line i gives the process id of its `ident[pid]` column.
function statesProcessId(lines: PasteLines, i: number, column: string): boolean {
  const stated = readStatedPid(lines, i);
  return stated !== undefined && column.endsWith(`[${stated}]`);
}

/**
 * glog lines naming no writer whose thread id is the pid bash printed for a node's background job (`./raft_node --id 1
 * … &`, then `[1] 12778`): a program's main thread has its process's id, so those lines are that node's. Only job
 * pids: thread ids alone name nothing (merged klog files share thread ids across their writers).
 */
function nameJobThreads(lines: PasteLines, threads: ReadonlyMap<number, string>, nodes: (string | undefined)[], nodeFrom: Uint8Array, kinds: Uint8Array): void {
  if (![...threads.keys()].some((i) => nodeFrom[i] === 0)) return;
  const nodeOfPid = new Map<string, string | null>();
  for (const job of readShellJobs(lines, { kinds })) {
    if (job.pid === undefined || job.node === undefined) continue;
    const known = nodeOfPid.get(job.pid);
    nodeOfPid.set(job.pid, known === undefined || known === job.node ? job.node : null);
  }
  for (const [i, thread] of threads) {
    const node = nodeOfPid.get(thread);
    if (nodeFrom[i] !== 0 || node == null) continue;
    nodes[i] = node;
    nodeFrom[i] = FROM_PROCESS;
  }
}

/**
 * pino-pretty lines whose logger's name is another process's (`(node2/2562)` under node1's pid 2562, while node2's own
 * lines say `(node2/2578)`): a child logger named after a peer, so the name is no writer's (a leader's per-peer logger
 * is no follower). Only where the pid goes by two names: each container's node may be pid 1 (`(node1/1)`, `(node2/1)`).
 * They keep the section they are under, if any.
 */
function dropPeerLoggerNames(loggers: ReadonlyMap<number, { pid: string; name: string; section: string | undefined }>, nodes: (string | undefined)[], nodeFrom: Uint8Array, weak: Map<number, string> | undefined): void {
  const namesOfPid = new Map<string, Set<string>>();
  const pidsOfName = new Map<string, Set<string>>();
  for (const { pid, name } of loggers.values()) {
    if (name === '') continue;
    (namesOfPid.get(pid) ?? namesOfPid.set(pid, new Set()).get(pid)!).add(name);
    (pidsOfName.get(name) ?? pidsOfName.set(name, new Set()).get(name)!).add(pid);
  }
  for (const [i, { pid, name, section }] of loggers) {
    if (name === '' || namesOfPid.get(pid)!.size < 2 || pidsOfName.get(name)!.size < 2) continue;
    weak?.delete(i);
    if (nodeFrom[i] !== FROM_TAG) continue;
    nodes[i] = section;
    nodeFrom[i] = section === undefined ? 0 : FROM_SECTION;
  }
}

// What findProcessNodes finds: the one node of each id, the nodes of an id running several, the lines such an id heads.
interface ProcessNodes {
  readonly one: Map<string, string> | undefined;
  readonly several: Map<string, string[]> | undefined;
  readonly hostLines: Map<number, string> | undefined;
}

/**
 * Which nodes each process id's lines have (however named: a banner, a tail header, the id itself), from its `[30799]`
 * tags and pino-pretty's `(node2/2578)` heads: `one`, an id whose lines all have one node → that node, so `kill -TERM
 * 30805` names what the paste calls the process (`[30799]` tags only: a pino head's pid names its node by the head's
 * name already); `several`, an id heading two or more nodes' lines → those nodes: one process runs them all (an
 * in-process cluster), so a kill of it ends them all (several-node-kills.ts). An id over two nodes' lines names no one
 * node.
 */
function findProcessNodes(
  processIds: ReadonlyMap<number, string> | undefined,
  loggers: ReadonlyMap<number, { readonly pid: string }> | undefined,
  nodes: readonly (string | undefined)[],
): ProcessNodes {
  if (processIds === undefined && loggers === undefined) return NO_PROCESS_NODES;
  const nodeOf = new Map<string, string | null>();
  for (const [i, id] of processIds ?? []) {
    const node = nodes[i];
    const known = nodeOf.get(id);
    if (known === undefined) nodeOf.set(id, node ?? null);
    else if (known !== node) nodeOf.set(id, null);
  }
  let one: Map<string, string> | undefined;
  for (const [id, node] of nodeOf) if (node !== null) (one ??= new Map()).set(copyString(id), node);
  const nodesOf = new Map<string, string[]>();
  for (const [i, id] of processIds ?? []) addNodeOfId(nodesOf, id, nodes[i]);
  for (const [i, { pid }] of loggers ?? []) addNodeOfId(nodesOf, pid, nodes[i]);
  let several: Map<string, string[]> | undefined;
  for (const [id, named] of nodesOf) if (named.length >= 2) (several ??= new Map()).set(copyString(id), named);
  let hostLines: Map<number, string> | undefined;
  for (const [i, id] of processIds ?? []) if (several?.has(id)) (hostLines ??= new Map()).set(i, id);
  for (const [i, { pid }] of loggers ?? []) if (several?.has(pid)) (hostLines ??= new Map()).set(i, pid);
  return { one, several, hostLines };
}

// A paste with no process ids: nothing to find (and no maps made for it, on every verdict).
const NO_PROCESS_NODES: ProcessNodes = { one: undefined, several: undefined, hostLines: undefined };

// Adds `node` (if any) to the nodes process id `id` heads.
function addNodeOfId(nodesOf: Map<string, string[]>, id: string, node: string | undefined): void {
  if (node === undefined) return;
  const named = nodesOf.get(id);
  if (named === undefined) nodesOf.set(id, [node]);
  else if (!named.includes(node)) named.push(node);
}

// multitail's status line under each window: `00] data/node1/node.log  *Press F1/<CTRL>+<h> for help*  2KB - …`.
const MULTITAIL_STATUS = /^\d\d\] (\S{1,200}) +\*Press F1\/<CTRL>\+<h> for help\*/;
// less's -M / -m prompt under its screen: the file, `(file i of n)` with several, what the screen shows (`lines
// 1-20/40`, `byte 2048/4096`), how far (`50%`, `(END)`), and the next file (`- Next: data/node3/node.log`).
const LESS_PROMPT = /^(\S{1,200}) (?:\(file \d{1,4} of \d{1,4}\) )?(?:lines (\d{1,9})-(\d{1,9})(?:\/\d{1,9})?|byte \d{1,12}(?:\/\d{1,12})?)?(?: ?(?:\d{1,3}%|\(END\)))?(?: - Next: \S{1,200})?$/;

const LESS_MARK = / (?:lines|byte) |%|\(END\)/;

// The file a status line under a screen names, and how many of the lines above it the screen shows when it says
// (less's `lines 1-8`); undefined when the line is no such status line. Only lines with no stamp and no prefix get here.
function readFooter(text: string, start: number, end: number): { path: string; shown: number } | undefined {
  const c = text.charCodeAt(start);
  if (isDigit(c) && isDigit(text.charCodeAt(start + 1)) && text.charCodeAt(start + 2) === 93) {
    const status = MULTITAIL_STATUS.exec(text.slice(start, Math.min(end, start + 300)));
    return status ? { path: status[1]!, shown: Infinity } : undefined;
  }
  // less: a prompt names lines, bytes, a percentage or END.
  let e = end;
  while (e > start && text.charCodeAt(e - 1) === 32) e--;
  if (e - start > 500 || c === 32) return undefined;
  const line = text.slice(start, e);
  if (!LESS_MARK.test(line)) return undefined;
  const prompt = LESS_PROMPT.exec(line);
  // A file's name: a path or a log file's extension (`progress 50%` is no prompt).
  if (!prompt || !LESS_MARK.test(line.slice(prompt[1]!.length)) || !(prompt[1]!.includes('/') || GREP_EXT.test(prompt[1]!))) return undefined;
  return { path: prompt[1]!, shown: prompt[2] === undefined ? Infinity : Number(prompt[3]) - Number(prompt[2]) + 1 };
}

/**
 * A screen copied from the terminal whose status line comes BELOW its lines and names the file they are from —
 * multitail's window, less's `-M` prompt (`data/node2/node.log (file 1 of 2) lines 1-8/8 (END)`): each status line
 * names the lines above it that no other way names (a footer, where tail's `==> file <==` is a header), back to the
 * previous status line or command (`$ less -M a.log b.log`) and no more of them than the screen shows when it says
 * (`lines 1-8`). less's `~` rows (past the file's end) are blank. The status line itself is a header, no node's line.
 */
function nameFooterWindows(lines: PasteLines, nodes: (string | undefined)[], nodeFrom: Uint8Array, kinds: Uint8Array, stampAt: Int32Array): void {
  const { text, starts, count } = lines;
  let windowStart = 0;
  for (let i = 0; i < count; i++) {
    const kind = kinds[i]!;
    if (kind === LINE_COMMAND) windowStart = i + 1;
    if (kind !== LINE_LOG || (stampAt[i]! >= 0 && text.charCodeAt(starts[i]! + 2) !== 93)) continue;
    const footer = readFooter(text, starts[i]!, lines.ends[i]!);
    if (footer === undefined) continue;
    const path = footer.path.replace(/\\/g, '/');
    const node = findNodeInPath(path) ?? fileStem(path);
    if (node === undefined) continue;
    kinds[i] = LINE_HEADER;
    nodes[i] = undefined;
    nodeFrom[i] = 0;
    let shown = footer.shown;
    for (let k = i - 1; k >= windowStart && shown > 0; k--) {
      if (kinds[k] !== LINE_LOG && kinds[k] !== LINE_JSON) continue;
      if (lines.ends[k]! - lines.starts[k]! === 1 && text.charCodeAt(lines.starts[k]!) === 126) {
        kinds[k] = LINE_BLANK; // less's `~` past the file's end
        continue;
      }
      shown--;
      if (nodeFrom[k] !== 0) continue;
      nodes[k] = node;
      nodeFrom[k] = FROM_SECTION;
    }
    windowStart = i + 1;
  }
}

/** Scans every line (see the header comment). Pure; `lines` comes from indexLines. */
// How far above a client's command a background job's launch in the same terminal is looked for.
const MAX_JOB_ROWS = 400;

export function scanLines(lines: PasteLines): LineTable {
  const { text, count } = lines;
  const nodes: (string | undefined)[] = new Array(count);
  // Pooled: a typed array of its own costs more than scanning a short paste's lines (line-arrays.ts).
  const stampAt = allocateLineInt32s(count);
  const kinds = allocateLineUint8s(count);
  const nodeFrom = allocateLineUint8s(count);
  // Per line: the weak head token and the process-id node, when the line has them (sparse, made on first use).
  let weak: Map<number, string> | undefined;
  // Lines whose words name the node of the section they are under (sparse): no head token names them otherwise.
  let sectionNamed: Set<number> | undefined;
  let pids: Map<number, string> | undefined;
  // Per line: syslog's `ident[pid]` column holding a process id, as written (sparse).
  let processColumns: Map<number, string> | undefined;
  // Per line: a `[30799]` process id tag before the time (sparse).
  let processIds: Map<number, string> | undefined;
  // Per line: C's `[%d]` tag after the time (sparse; moveStatedPidTags).
  let idTags: Map<number, string> | undefined;
  // Per line: glog's thread id column (sparse; nameJobThreads).
  let threads: Map<number, string> | undefined;
  // The last command sent its launches to the background (set -x's traces of them are no commands).
  let backgroundTyped = false;
  // Per line: pino-pretty's pid and logger name, with the section the line is under (sparse; dropPeerLoggerNames).
  let loggers: Map<number, { pid: string; name: string; section: string | undefined }> | undefined;
  // Per line: the docker compose service column as written, a plain-word head tag (sparse, made on first use).
  let services: Map<number, string> | undefined;
  let words: Map<number, string> | undefined;
  let jsonNames: Map<number, readonly JsonName[]> | undefined;
  // Per line: a node key's value in a form named only by the paste (nameKeyedValues).
  let keyed: Map<number, string> | undefined;
  let fileStemLines = false;
  // Where a header or command starts a section, and the name it gives (sparse: only pastes with sections).
  let sections: { line: number; name: string | undefined }[] | undefined;
  // tail's `==> file <==` headers whose path names no `nodeN`: the path, per header line (sparse).
  let tailPaths: Map<number, string> | undefined;
  // The current section is a program's file (`==> logs/traffic.log <==`): its lines are the program's, whatever node
  // address a line is tagged with (adv64h-33: a load script's `[127.0.0.1:22172] PUT … connection to leader lost`).
  let programSection = false;
  // Whether a command above line i, since the terminal's header, started a job in the background.
  const backgroundLaunched = (i: number): boolean => {
    for (let k = i - 1; k >= 0 && i - k <= MAX_JOB_ROWS; k--) {
      if (kinds[k] === LINE_HEADER) return false;
      if (kinds[k] === LINE_COMMAND && findJobEnds(text.slice(lines.starts[k]!, Math.min(lines.ends[k]!, lines.starts[k]! + 4096))).length > 0) return true;
    }
    return false;
  };
  // Lines a grep prefix or path column gives a file whose path names no `nodeN`: the path (sparse).
  let pathLines: Map<number, string> | undefined;
  // Commands printing one log file no node name names (`$ grep … rabbit1.log`): the file's name (sparse).
  let fileSections: { line: number; stem: string }[] | undefined;
  // The one container a stop command names (docker and podman print it back on the next line).
  let stoppedEcho: string | undefined;
  // Names launch commands give their nodes (a port, a pid: nameLaunch), null when two nodes share one; and the
  // `pgrep` / `ps` commands whose listing rows give pids (sparse).
  let launches: Map<string, string | null> | undefined;
  let listings: number[] | undefined;
  let runnerCommands = false;
  // The first character of the open titled block's mark (`{`, a backtick, `<`: readBlockMark), 0 when none is open.
  let titledBlock = 0;
  // The section a background launch started as its shell's only job (isOnlyJobLaunch), while it is the open one.
  let onlyJob: { line: number; name: string | undefined } | undefined;
  // The host column of the CSV export whose header was last seen (readCsvHostColumn), -1 when none.
  let csvHost = -1;
  const st = createScanState();
  for (let i = 0; i < count; i++) {
    const prefixRunEnd = scanPrefixRun(lines, i, st.prefixes, nodes, nodeFrom, kinds, stampAt);
    // The run's lines start with one prefix (then a digit, when it is 2 long): all have the first one's third code unit.
    if (prefixRunEnd > i && text.charCodeAt(lines.starts[i]! + 2) === 93) st.footers = true;
    i = scanStampNameRun(lines, prefixRunEnd, st, nodes, nodeFrom, kinds, stampAt);
    if (i >= count) break;
    const start = lines.starts[i]!;
    const end = lines.ends[i]!;
    // With no grep prefix seen, scanRepeatedHead would only repeat the `<stamp> <name>` test scanStampNameRun just failed.
    // An older prefix's line only when no stop command's echo is awaited: scanLine's lines are the ones that await it.
    if (st.prefixes.length > 0 && scanRepeatedHead(text, start, end, st, stoppedEcho === undefined)) {
      nodes[i] = st.node;
      nodeFrom[i] = st.nodeFrom;
      kinds[i] = LINE_LOG;
      stampAt[i] = st.stampAt;
      if (text.charCodeAt(start + 2) === 93) st.footers = true;
      continue;
    }
    scanLine(text, start, end, st);
    // A CSV export's rows (`2026-12-02T14:05:33.219Z,kv-node-2,kv,warn,…`): the host column names the writer as a
    // head token does, when such hosts vary.
    if (st.stampAt < 0 && st.kind === LINE_LOG && isCsvHeaderStart(text, start)) csvHost = readCsvHostColumn(text.slice(start, Math.min(end, start + 512)));
    else if (csvHost >= 0 && isCsvRowStamp(text, start, st.stampAt) && st.kind === LINE_LOG && st.node === undefined && st.weak === undefined) {
      // A quoted first field holding a stamp the head reader does not look into (`"2026-12-03T11:20:08.655Z",…`).
      if (st.stampAt < 0 && parseTimestampAt(text, start + 1, Math.min(end, start + 64)) !== undefined) st.stampAt = start + 1;
      nameCsvRow(readCsvField(text, start, end, csvHost), st);
    }
    let kind = st.kind;
    let node = st.node;
    let from = st.nodeFrom;
    // A GitHub Actions raw log's `##[…]` workflow command after the runner's stamp: read after this loop.
    if (st.stampAt === start && text.charCodeAt(start + RUNNER_STAMP_CHARS) === 35) runnerCommands = true;
    // A launch where no prompt shows (isLaunchRow): typed on a row a job's output took the prompt's place on, make's
    // echo of a recipe (`./build/kv_node --id 2 …`), `set -x`'s `+ ./kv_node --id 2`: a command, no log line; but the
    // trace of a launch the typed command sent to the background (`for i in 1 2 3; do ./raft_node --id $i … & done`)
    // is printed by each job whenever it runs, between the notices and records (bash 5.2): no command.
    if (kind === LINE_LOG && node === undefined && end - start <= 512 && isLaunchRow(text, start, end)) {
      if (!backgroundTyped || text.charCodeAt(start) !== 43) kind = LINE_COMMAND;
      st.stampAt = -1;
    }
    // A `date …; kill …` typed where no prompt shows is a command too, but the student's, typed between a job's
    // records: the section open above it goes on (the job keeps printing below it). A group's `{ date …` is no JSON.
    // A node its words seem to name is the kill's target (`➜  raft git:(main) date +%T.%3N; docker compose stop -t 0
    // node1`, adv66c-45: oh-my-zsh's prompt, which readShellPrompt does not read), no writer.
    const typedKill = (node === undefined || from === FROM_MESSAGE) && (kind === LINE_LOG ? st.stampAt < 0 : kind === LINE_JSON && st.jsonNames === undefined) && end - start <= 512 && isTypedDateKill(text, start, end);
    if (typedKill) {
      kind = LINE_COMMAND;
      st.stampAt = -1;
    }
    // `$ podman kill --signal TERM kv1` prints `kv1`: the command's output, no node's line (and no head token).
    const echo = stoppedEcho;
    stoppedEcho = undefined;
    if (echo !== undefined && kind === LINE_LOG && isStoppedEcho(text, start, end, echo)) {
      nodes[i] = undefined;
      nodeFrom[i] = 0;
      kinds[i] = LINE_LOG;
      stampAt[i] = -1;
      st.footers = true;
      continue;
    }
    const mark = isBlockMarkAt(text, start) && end - start <= 300 ? readBlockMark(text.slice(start, end).trimEnd()) : undefined;
    if (mark !== undefined && (mark.title !== undefined || mark.opener === titledBlock)) {
      // A titled block's mark names its lines as a tail header does; its closing mark ends the section.
      kind = LINE_HEADER;
      node = mark.title === undefined ? undefined : nameTitle(mark.title);
      st.section = node;
      programSection = false;
      st.stampAt = -1;
      titledBlock = mark.title === undefined ? 0 : mark.opener;
      (sections ??= []).push({ line: i, name: node });
    } else if (typedKill) {
      node = undefined;
    } else if (kind === LINE_COMMAND) {
      // `$ tail -f data/node2/node.log` starts node2's section; `$ kill 1234` ends any section.
      const command = text.slice(start, Math.min(end, start + 4096));
      const backgroundLaunches = readBackgroundLaunches(command);
      backgroundTyped = backgroundLaunches.length > 0;
      // What the command prints names its section: not the nodes its `pgrep` pattern or kill names (process-actions.ts).
      const printing = readPrintingPipelines(command);
      const shown = printing.join('\n');
      // A grep pattern's or glob's class (`grep -E 'kv[23]'`) names each node it matches — where nothing else in the
      // command names one (`docker logs node2 | grep 'node[0-9]'` is node2's).
      const namedOutsideClasses = findMentionedNodes(withoutNumberClasses(shown));
      const named = namedOutsideClasses.length > 0 ? namedOutsideClasses : findMentionedNodes(expandNumberClasses(shown));
      // `$ docker logs -t raft-b`: a container, pod or unit names its section when no node name does; several
      // (`docker logs kv1; docker logs kv2`) name none.
      const source = named.length === 0 && st.prompt === undefined ? findOneLogSource(printing) : undefined;
      // `./kv_node --id 2 --peers node1:7001,node3:7003` starts node2: its own id over the peers it names.
      const launched = readLaunchFlags(shown);
      // A client run in the terminal (`python3 kvclient2.py 30271 200 "[node3]"`, adv70d-56): what it prints is its own,
      // whatever node its arguments or its lines name.
      // Not in a terminal where a job runs in the background (`./kv_node --id 3 &` above: its lines mix with the
      // client's, adv24, adv64g-40).
      // Nor is a client's own log file printed from a node's directory (`cat data/node3/client.log`, adv70d-59) that node's.
      const printedBase = printing.length === 1 ? fileBaseNameOf(findPrintedLogFile(printing[0]!)) : undefined;
      const client =
        printedBase !== undefined && NON_NODE_PROGRAM.test(printedBase) ? printedBase : printing.length === 1 && !backgroundLaunched(i) ? readClientProgram(printing[0]!) : undefined;
      // A node launched as a background job (`node node.js --id 2 … &`) prints anywhere below, between other jobs'
      // records and the student's commands (real14's terminal): it starts no section, unless it is its shell's only job.
      const background = launched !== undefined && backgroundLaunches.includes(launched.node);
      const onlyJobLaunch = background && isOnlyJobLaunch(lines, i, command);
      const writer = background && !onlyJobLaunch ? undefined : (st.prompt ?? (named.length === 1 ? named[0] : named.length > 1 ? launched?.node : source));
      if (launched?.port !== undefined) launches = nameLaunch(launches, launched.node, launched.port, undefined);
      if (PROCESS_LISTING.test(command) || isWindowsProcessListing(command)) (listings ??= []).push(i);
      if (writer === undefined) {
        const file = findPrintedLogFile(command);
        const stem = file === undefined ? undefined : fileStem(file);
        if (stem !== undefined) (fileSections ??= []).push({ line: i, stem });
      }
      st.section = client !== undefined ? copyString(client) : writer === undefined || writer === named[0] ? writer : copyString(writer);
      programSection = client !== undefined;
      if (st.section !== undefined || sections !== undefined) (sections ??= []).push({ line: i, name: st.section });
      onlyJob = onlyJobLaunch && st.section !== undefined ? sections![sections!.length - 1] : undefined;
      stoppedEcho = findStoppedName(command);
      node = undefined;
    } else if (
      st.stampAt < 0 &&
      (end - start <= 100
        ? (kind === LINE_LOG && (node !== undefined || isOutputPlaceLine(text, start, end))) || kind === LINE_COMMENT || startsFileHeader(text, start) || isBannerStart(text, start)
        : end - start <= 400 && startsFileHeader(text, start) && readFileHeaderPath(text.slice(start, end).trim()) !== undefined)
    ) {
      // Headers are short, untimestamped, and name a node (or are tail's `==> file <==`, or a banner `== zk1 ==`); only
      // a tail header may be long (docker's and kubelet's paths hold 64-hex container ids).
      const line = text.slice(start, end).trim();
      let header = false;
      const ansible = line.charCodeAt(line.length - 1) === 62 ? ANSIBLE_HOST_HEAD.exec(line) : null;
      const wasProgramSection: boolean = programSection;
      programSection = false;
      if (ansible !== null) {
        // ansible's ad-hoc output `raft-2 | CHANGED | rc=0 >>`: the host's output follows.
        header = true;
        node = findNodeInPath(ansible[1]!) ?? copyString(ansible[1]!);
      } else if (readFileHeaderPath(line) !== undefined) {
        header = true;
        const path = readFileHeaderPath(line)!.replace(/\\/g, '/');
        // A program's own log under a node's directory (`data/node3/proxy.log`) is that program's, not the node's.
        const base = fileBaseName(path);
        const program = NON_NODE_PROGRAM.test(base);
        programSection = program;
        const inPath = program ? undefined : findNodeInPath(path);
        node = inPath ?? (program ? copyString(base) : fileStem(path));
        if (inPath === undefined) (tailPaths ??= new Map()).set(i, path);
      } else if (isHeaderText(line)) {
        header = true;
        node = findMentionedNodes(line)[0];
      } else {
        const banner = BANNER.exec(line);
        const name = banner === null ? undefined : (banner[2] ?? banner[3]!);
        // An open heading (`### kv2`, a loop's `echo "### $c"`) only for a name the paste uses elsewhere too.
        if (name !== undefined && isBannerName(name) && (banner![2] !== undefined || isNamedElsewhere(text, name, start, end))) {
          header = true;
          node = findNodeInPath(name) ?? copyString(name);
        } else if (kind === LINE_COMMENT || (kind === LINE_LOG && node === undefined)) {
          // A student's comment or line labelling a terminal (`# terminal 1 (kv1, leader)`, `## kv2 (follower)`,
          // `terminal 2 (kv2):`, adv67e-34): one name
          // among header words, as an open heading's, for a name the paste uses elsewhere or under a word that says
          // where output was shown (terminal, pane, window, tab, log).
          const named = readCommentHeaderName(line);
          if (named !== undefined && (OUTPUT_PLACE_WORD.test(line) || isNamedElsewhere(text, named, start, end))) {
            header = true;
            node = findNodeInPath(named) ?? copyString(named);
          }
        }
      }
      if (!header) programSection = wasProgramSection;
      if (header) {
        kind = LINE_HEADER;
        st.section = node;
        (sections ??= []).push({ line: i, name: node });
      }
    }
    // Under a launch that was its shell's only job, another job's notice (`[2] 4104`) ends the job's lines (the jobs'
    // lines mix from there); a `date +%T.%3N; kill 4101` typed on a row the job's output pushed its prompt off is a
    // command (typedKill above), no line of the job.
    if (onlyJob !== undefined && kind === LINE_LOG && sections![sections!.length - 1] === onlyJob) {
      const notice = JOB_NOTICE.exec(text.slice(start, Math.min(end, start + 32)));
      if (notice !== null && notice[1] !== '1') {
        onlyJob = undefined;
        st.section = undefined;
        programSection = false;
        sections!.push({ line: i, name: undefined });
      }
    }
    if ((kind === LINE_LOG || kind === LINE_JSON) && st.section !== undefined && (node === undefined || programSection || isLoggerNameUnder(st, kind, from, node))) {
      node = st.section;
      from = FROM_SECTION;
    } else if (from === FROM_MESSAGE && node !== undefined && node === st.section) {
      // Its words name its section's own node (`kv_node id=1 listening …` under `==> data/node1/node.log <==`): one
      // node, whatever host column (`raft-1`) heads it.
      (sectionNamed ??= new Set()).add(i);
    }
    nodes[i] = node;
    nodeFrom[i] = node === undefined || kind === LINE_HEADER || kind === LINE_COMMAND ? 0 : from;
    kinds[i] = kind;
    stampAt[i] = st.stampAt;
    if (st.stampAt < 0 || text.charCodeAt(start + 2) === 93) st.footers = true;
    if (kind === LINE_LOG || kind === LINE_JSON) {
      if (st.weak !== undefined) (weak ??= new Map()).set(i, st.weak);
      if (st.idTag !== undefined) (idTags ??= new Map()).set(i, st.idTag);
      if (st.pidNode !== undefined) (pids ??= new Map()).set(i, st.pidNode);
      if (st.processColumn !== undefined) (processColumns ??= new Map()).set(i, st.processColumn);
      if (st.processId !== undefined) (processIds ??= new Map()).set(i, st.processId);
      if (st.thread !== undefined) (threads ??= new Map()).set(i, st.thread);
      if (st.logger !== undefined) (loggers ??= new Map()).set(i, { ...st.logger, section: st.section });
      if (st.service !== undefined && from === FROM_SERVICE) (services ??= new Map()).set(i, st.service);
      if (st.word !== undefined) (words ??= new Map()).set(i, st.word);
      if (st.keyed !== undefined) (keyed ??= new Map()).set(i, st.keyed);
      if (st.jsonNames !== undefined && (node === undefined || from === FROM_JSON || from === FROM_MESSAGE)) (jsonNames ??= new Map()).set(i, st.jsonNames);
      if (from === FROM_FILE_STEM) fileStemLines = true;
      if (st.unnamedPath !== undefined) (pathLines ??= new Map()).set(i, st.unnamedPath);
    }
  }
  if (runnerCommands) readRunnerGroups(lines, nodes, nodeFrom, kinds);
  if (st.footers) nameFooterWindows(lines, nodes, nodeFrom, kinds, stampAt);
  if (services) keepServiceNumbers(services, nodes, nodeFrom);
  if (jsonNames) chooseJsonNameKey(jsonNames, nodes, nodeFrom);
  if (jsonNames) nameJsonProcesses(lines, jsonNames, nodes, nodeFrom);
  if (keyed) nameKeyedValues(keyed, nodes, nodeFrom, kinds);
  if (loggers) dropPeerLoggerNames(loggers, nodes, nodeFrom, weak);
  // C's `[%d]` tags that a line of their own states as its pid (`[2] … kv_node node1 starting pid 2`, getpid() in a
  // container): the column holds process ids, named by their start lines (adv60a-50), no node ids.
  if (idTags) processIds = moveStatedPidTags(lines, idTags, weak, processIds);
  // Weak head tokens name nodes when they vary (2-16 values over 3+ lines): hosts, pods, short ids. They beat
  // ids found in the message; a syslog process id comes last, before a section's node only when there is none.
  // One follower's terminal alone (`[16:47:28.720] n3: connection to leader n2 lost`, adv75a-17): one short numbered
  // name heading every timed line, beside another of its family the lines name (its leader, its peers), is its writer.
  if (weak && isLoneNumberedWriter(text, weak, stampAt, nodes)) {
    for (const [i, value] of weak) {
      if (nodeFrom[i] !== 0 || stampAt[i]! < 0) continue;
      nodes[i] = copyString(value);
      nodeFrom[i] = FROM_HEAD_TOKEN;
    }
  } else if (weak && (weak.size >= 3 || isTwoNumberedNames(lines, weak, stampAt, nodes))) {
    // A writer column recurs or heads a timed line: the head token of one untimed line (a code snippet's
    // `self.election_deadline = …`, the signature `student_42` under pasted logs) names no writer.
    let once: Map<string, number> | undefined;
    for (const [i, value] of weak) if (stampAt[i]! < 0) (once ??= new Map()).set(value, once.has(value) ? -1 : i);
    const weakValues = new Set(weak.values());
    for (const value of weakValues) if (RUNTIME_NAME.test(value)) weakValues.delete(value);
    for (const value of findComponentTokens(lines, weak, stampAt)) weakValues.delete(value);
    if (once !== undefined) for (const [value, i] of once) if (i >= 0 && countValue(weak, value) === 1) weakValues.delete(value);
    const weakNames = weakValues.size >= 2 && weakValues.size <= 16 && !isThreadColumn(weak, nodes, nodeFrom);
    // A column the paste writes after the time on its timed lines (`14:05:33,041 DEBUG n1 …`) is no first word of an
    // untimed line: a sentence that starts with the name (`n2 was the leader in step 1 …`) is the student's.
    const afterTime = once === undefined || !weakNames ? undefined : findAfterTimeWeakValues(text, lines.starts, weak, stampAt);
    for (const [i, value] of weakNames ? weak : []) {
      if (!weakValues.has(value)) continue;
      if (afterTime !== undefined && stampAt[i]! < 0 && afterTime.has(value)) continue;
      const from = nodeFrom[i]!;
      if (from === 0 || (from === FROM_MESSAGE && sectionNamed?.has(i) !== true)) {
        nodes[i] = copyString(value);
        nodeFrom[i] = FROM_HEAD_TOKEN;
      }
    }
  }
  if (words) processIds = moveStatedPidWords(lines, words, processIds);
  if (words) nameWordTags(text, words, nodes, nodeFrom);
  if (processIds) nameProcessTags(lines, processIds, nodes, nodeFrom);
  if (threads) nameJobThreads(lines, threads, nodes, nodeFrom, kinds);
  const columnNodes = processColumns === undefined ? undefined : nameSyslogProcesses(lines, processColumns, nodes, nodeFrom);
  for (const [i, value] of pids ?? []) {
    if (nodeFrom[i] !== 0) continue;
    nodes[i] = value;
    nodeFrom[i] = FROM_PROCESS;
  }
  if (pathLines !== undefined) nameFilesByDirectory(pathLines, nodes, nodeFrom);
  // One file's name is not a node name (`grep -H … demo.log`); several files' names are (`infra1.log`, `infra2.log`).
  let stems: Set<string> | undefined;
  if (fileStemLines) for (let i = 0; i < count; i++) if (nodeFrom[i] === FROM_FILE_STEM) (stems ??= new Set()).add(nodes[i]!);
  if (stems && stems.size < 2) {
    for (let i = 0; i < count; i++) {
      if (nodeFrom[i] !== FROM_FILE_STEM) continue;
      nodes[i] = undefined;
      nodeFrom[i] = 0;
    }
  }
  if (fileSections !== undefined) nameFamilySections(fileSections, count, kinds, nodes, nodeFrom);
  if (tailPaths !== undefined && tailPaths.size >= 2) nameSectionsByDirectory(tailPaths, sections!, count, kinds, nodes, nodeFrom);
  if (sections !== undefined) keepSectionLinesNamingPeers(sections, count, nodes, nodeFrom);
  const sectionAliases = sections === undefined ? undefined : joinSectionWriters(sections, count, nodes, nodeFrom);
  let addressHeads: Map<number, string> | undefined;
  for (const [i, value] of weak ?? []) if (nodes[i] === undefined && stampAt[i]! >= 0 && isAddressColumn(value)) (addressHeads ??= new Map()).set(i, value);
  const table: LineTable = { nodes, kinds, stampAt, nodeFrom, ...(sectionAliases === undefined ? {} : { sectionAliases }), ...(addressHeads === undefined ? {} : { addressHeads }) };
  const { one: idNodes, several: processHosts, hostLines } = findProcessNodes(processIds, loggers, nodes);
  for (const at of listings ?? []) launches = nameListedLaunches(lines, kinds, at, launches);
  const processNodes = columnNodes === undefined ? idNodes : new Map([...columnNodes, ...(idNodes ?? [])]);
  const launchNames = launches === undefined ? undefined : shiftZeroBasedIds(new Map([...launches].filter((entry): entry is [string, string] => entry[1] !== null)), nodes, text);
  if (processNodes === undefined && launchNames === undefined && processHosts === undefined) return table;
  return {
    ...table,
    ...(processNodes === undefined ? {} : { processNodes }),
    ...(processHosts === undefined ? {} : { processHosts, hostLines }),
    ...(launchNames === undefined ? {} : { launchNames }),
  };
}

// `2026-12-01T10:20:36.9120344Z `: a GitHub Actions runner's stamp on each line of a raw job log, then the line.
const RUNNER_STAMP_CHARS = 29;
// The runner's group commands: `##[group]Run ./scripts/demo.sh` opens a step's header, `##[group]node1 log` (a
// step's `echo "::group::node1 log"`) a group of its output, `##[endgroup]` closes either.
const RUNNER_STAMP = String.raw`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z `;
const RUNNER_GROUP = new RegExp(`${RUNNER_STAMP}##\\[(group|endgroup)\\](.{0,200})`);

// A step header's last part, after its `shell:` line: `env:` and its indented `  KEY: value` lines.
const RUNNER_ENV_LINE = new RegExp(`${RUNNER_STAMP}(?:env:|  )`);
const RUNNER_SHELL_LINE = new RegExp(`${RUNNER_STAMP}shell: `);

/**
 * A GitHub Actions raw job log: a step's header (`##[group]Run …` to `##[endgroup]`: the step's script, its `shell:`
 * and `env:`) is the script's text, printed as the step starts — no line of it is an event at that time (a script
 * named demo-kill-leader.sh kills nothing when it starts). The group commands are headers; a group whose title names
 * one node (`##[group]node1 log`) is that node's section, as a `==> node1.log <==` header is. A header whose
 * `##[endgroup]` was not pasted ends where its `shell:` / `env:` lines do: the step's output is no header.
 */
function readRunnerGroups(lines: PasteLines, nodes: (string | undefined)[], nodeFrom: Uint8Array, kinds: Uint8Array): void {
  let inStepHeader = false;
  let afterShell = false;
  let section: string | undefined;
  for (let i = 0; i < lines.count; i++) {
    const head = lines.text.slice(lines.starts[i]!, Math.min(lines.ends[i]!, lines.starts[i]! + RUNNER_STAMP_CHARS + 220));
    const group = RUNNER_GROUP.exec(head);
    if (group === null && inStepHeader) {
      if (afterShell && !RUNNER_ENV_LINE.test(head)) inStepHeader = afterShell = false;
      else if (RUNNER_SHELL_LINE.test(head)) afterShell = true;
    }
    if (group !== null || inStepHeader) {
      kinds[i] = LINE_HEADER;
      nodes[i] = undefined;
      nodeFrom[i] = 0;
    }
    if (group === null) {
      if (section !== undefined && (kinds[i] === LINE_LOG || kinds[i] === LINE_JSON) && nodes[i] === undefined) {
        nodes[i] = section;
        nodeFrom[i] = FROM_SECTION;
      }
      continue;
    }
    const title = group[2]!.trim();
    inStepHeader = group[1] === 'group' && title.startsWith('Run ');
    afterShell = false;
    const named = group[1] === 'group' && !inStepHeader ? findMentionedNodes(title) : [];
    section = named.length === 1 ? named[0] : undefined;
  }
}

// Whether line [start, end) (no node, no prompt) is a launch command (shell-jobs.ts isTypedLaunch), not a running job's
// record printed right after its `&` as it was typed (`… --id 2 … &I20261202 04:56:51.095820 12778 …`): that row is
// the record's, as a prompt's row is (findRecordAfterPrompt); the job table still reads its launch (readShellJobs).
function isLaunchRow(text: string, start: number, end: number): boolean {
  if (!isTypedLaunch(text, start, end)) return false;
  return !findJobEnds(text.slice(start, end)).some((at) => findRecordAfterPrompt(text, start + at + 1, end) >= 0);
}

/**
 * Whether line [start, end) (no node, no time of its own) is such a typed `date …; kill …`: decided by its first
 * character before any regex, so a log line (a time first) pays one comparison.
 */
export function isTypedDateKill(text: string, start: number, end: number): boolean {
  if (isGutteredDateKill(text, start, end)) return true;
  const c = text.charCodeAt(start);
  // `d`, `g`, `/` (the date program), a space or tab, `s` (sudo), `e` (env), `(`, `{`, or a variable's capital.
  if (c !== 100 && c !== 103 && c !== 47 && c !== 32 && c !== 9 && c !== 115 && c !== 101 && c !== 40 && c !== 123 && !(c >= 65 && c <= 90) && c !== 95) return false;
  TYPED_DATE_KILL.lastIndex = start;
  return TYPED_DATE_KILL.test(text) && TYPED_DATE_KILL.lastIndex <= end && COMMAND_KILL_PATTERN.test(readRunWords(text.slice(start, end)).slice(TYPED_DATE_KILL.lastIndex - start));
}

// A `date …; kill …` behind what a copy put before the prompt or the command (adv61c): a line number (`less -N`'s
// `      1 $ date …`, vim's, `grep -n`'s `1:$ date …`, bat's `   1 │ $ date …`), a mail quote's `>> `, a prompt
// readShellPrompt does not read (oh-my-zsh's `➜  raft-kv git:(main) ✗ date …`, a colour prompt whose ESC bytes were
// dropped: `[01;32mmaria@lab[00m:[01;34m~/raft-kv[00m$ date …`, OCR's `S date …`). The date and the kill after it are
// the student's command whatever stands before them: no node logs the two.
function isGutteredDateKill(text: string, start: number, end: number): boolean {
  const limit = Math.min(end, start + GUTTER_MAX_CHARS);
  // The line's head alone is searched (with the character before it, for the lookbehind): a search of the text from
  // the line on made a paste of 80,000 lines with one `date` at its top quadratic (adv63g-58: 25 s for 3.8 MB).
  const from = start > 0 ? start - 1 : 0;
  const head = text.slice(from, limit);
  const at = head.indexOf('date', start - from + 1);
  if (at < 0) return false;
  GUTTERED_DATE_KILL.lastIndex = start - from;
  const found = GUTTERED_DATE_KILL.exec(head);
  return found !== null && !followsWord(text, start, from + found.index) && COMMAND_KILL_PATTERN.test(readRunWords(text.slice(from + found.index, end)).slice(found[0].length));
}

// Whether a word of two or more letters stands right before `at` (blanks between), opening the line or after a blank:
// a log's own words (`WARN date +%T.%3N; kill 4101` is a message), no gutter or prompt.
function followsWord(text: string, start: number, at: number): boolean {
  let p = at;
  while (p > start && isGap(text.charCodeAt(p - 1))) p--;
  const end = p;
  while (p > start && isLetter(text.charCodeAt(p - 1))) p--;
  return end - p >= 2 && (p === start || isGap(text.charCodeAt(p - 1)));
}

// A CSV export's header row (Datadog's Log Explorer `Date,Host,Service,Status,Message`, Kibana's, Loki's): a time
// column first, then a column naming where each row was logged.
const CSV_HEADER = /^\s*"?(?:date|timestamp|@timestamp|time|_time)"?\s*,/i;
const CSV_HOST_COLUMN = /^(?:host|hostname|host\.name|node|instance|pod|container|container_name|server)$/i;
const isCsvHeaderStart = (text: string, start: number): boolean => {
  const c = text.charCodeAt(start) | 32;
  return (c === 100 || c === 116 || c === 64 || c === 95 || c === 34 || c === 32) && CSV_HEADER.test(text.slice(start, start + 24));
};

// The index of a CSV header's host column, -1 when it has none.
function readCsvHostColumn(header: string): number {
  return header.split(',').findIndex((name) => CSV_HOST_COLUMN.test(name.trim().replace(/^"|"$/g, '')));
}

// Whether a line under a CSV header is a row: its stamp is its first field, or that field is quoted (Kibana's default
// export quotes every value, `"Dec 3, 2026 @ 11:20:08.590","raft-b",…`, a head the reader finds no stamp in).
const isCsvRowStamp = (text: string, start: number, stampAt: number): boolean =>
  stampAt === start || (text.charCodeAt(start) === 34 && (stampAt < 0 || stampAt === start + 1));

// Field `index` of a CSV row [start, end) (double-quoted fields may hold commas), or undefined when the row is shorter.
function readCsvField(text: string, start: number, end: number, index: number): string | undefined {
  let p = start;
  for (let field = 0; p <= end; field++) {
    const quoted = text.charCodeAt(p) === 34;
    let q = quoted ? p + 1 : p;
    if (quoted) {
      while (q < end && !(text.charCodeAt(q) === 34 && text.charCodeAt(q + 1) !== 34)) q += text.charCodeAt(q) === 34 ? 2 : 1;
      q++;
    }
    const comma = indexWithin(text, 44, q, end);
    const stop = comma < 0 ? end : comma;
    if (field === index) {
      const value = text.slice(quoted ? p + 1 : p, quoted ? q - 1 : stop).trim();
      return value === '' ? undefined : value;
    }
    if (comma < 0) return undefined;
    p = comma + 1;
  }
  return undefined;
}

// A CSV row's host: a node's name (`kv-node-2` → node2, as after a stamp), else a head token (a host, `kv-a`).
function nameCsvRow(host: string | undefined, st: ScanState): void {
  if (host === undefined) return;
  const named = readNodeName(host, 0, host.length, true);
  if (named === undefined || named.end !== host.length) st.weak = host;
  else {
    st.node = named.label;
    st.nodeFrom = FROM_NAME;
  }
}

// `pgrep -a kv_node`, `ps -C kv_node -o pid,args`, `ps aux | grep kv`: commands whose rows give each process's pid.
// Also the remote command's first word (`ssh vm1 'pgrep -af kv_node; …'`).
const PROCESS_LISTING = /(?:^|[\s;&|('"])(?:pgrep|ps)(?=\s|$)/;
/** A process listing's row: the pid (group 1) first (pgrep -a, ps -o pid,args) or after the user (ps aux, ps -ef), then the command (group 2). */
export const LISTING_ROW = /^\s*(?:[A-Za-z_][\w.+-]{0,31}\s+)?(\d{1,7})\s+(\S.*)$/;
const LISTING_ROWS = 64;

// The one container, pod or unit the log commands of `pipelines` print (`docker logs raft-b`); none when they print
// several (`docker logs kv1 --tail 1; docker logs kv2 --tail 1`: the lines below are each's in turn).
function findOneLogSource(pipelines: readonly string[]): string | undefined {
  let source: string | undefined;
  for (const pipeline of pipelines) {
    const printed = findLogSource(pipeline);
    if (printed === undefined || printed === source) continue;
    if (source !== undefined) return undefined;
    source = printed;
  }
  return source;
}

// The node each row of the listing under command line `at` launched (by its `--id`), by its pid and port: `12002
// ./kv_node --id 2 --port 7002` makes `kill 12002` a kill of node2. Rows run to a blank line or the next command.
function nameListedLaunches(lines: PasteLines, kinds: Uint8Array, at: number, launches: Map<string, string | null> | undefined): Map<string, string | null> | undefined {
  const windowsRows = readWindowsListing(lines, kinds, at);
  for (const row of windowsRows) {
    const launched = readLaunchFlags(row.command) ?? readPositionalLaunch(row.command);
    if (launched !== undefined) launches = nameLaunch(launches, launched.node, launched.port, row.pid);
  }
  if (windowsRows.length > 0) return launches;
  const last = Math.min(lines.count, at + 1 + LISTING_ROWS);
  // `pgrep -f "RaftNode --id 1"` prints bare pids, of the processes its pattern matched: the one node the pattern launches.
  const matched = readPgrepMatchedLaunch(lines.text.slice(lines.starts[at]!, Math.min(lines.ends[at]!, lines.starts[at]! + 512)));
  for (let i = at + 1; i < last && kinds[i] !== LINE_COMMAND && kinds[i] !== LINE_HEADER && kinds[i] !== LINE_BLANK; i++) {
    const rowText = lines.text.slice(lines.starts[i]!, Math.min(lines.ends[i]!, lines.starts[i]! + 512));
    const pid = matched === undefined ? null : BARE_PID_ROW.exec(rowText);
    if (pid !== null) {
      launches = nameLaunch(launches, matched!, undefined, pid[1]);
      continue;
    }
    const row = LISTING_ROW.exec(rowText);
    // A client's row (`10419 python3 kv_client.py --id 0`, adv73e-15) launches no node, whatever id it takes.
    const launched = row === null || readClientProgram(row[2]!) !== undefined ? undefined : (readLaunchFlags(rowText) ?? readPositionalLaunch(rowText));
    if (launched !== undefined) launches = nameLaunch(launches, launched.node, launched.port, row![1]);
  }
  return launches;
}

const BARE_PID_ROW = /^\s*(\d{1,7})\s*$/;
// `pgrep -f PATTERN` alone (no `-a`/`-l`, which print the command or name beside the pid, read as listing rows), its
// pattern holding one node's launch flag: that node.
function readPgrepMatchedLaunch(command: string): string | undefined {
  const pgrep = readPgrepFull(command);
  return pgrep === undefined || !printsBarePids(pgrep) ? undefined : readLaunchFlags(pgrep.pattern)?.node;
}

// Records that `node` goes by its port (`:7001` and the bare number's `node7001`) and its pid; a name two nodes claim names none.
function nameLaunch(launches: Map<string, string | null> | undefined, node: string, port: string | undefined, pid: string | undefined): Map<string, string | null> {
  const names = launches ?? new Map<string, string | null>();
  const claim = (name: string): void => {
    const claimed = names.get(name);
    names.set(name, claimed === undefined || claimed === node ? node : null);
  };
  if (port !== undefined) {
    claim(`:${port}`);
    claim(nodeLabel(Number(port)));
  }
  if (pid !== undefined) claim(pid);
  return names;
}

/**
 * Titled blocks of a ticket or comment: Jira's `{code:title=node-b.log|borderStyle=solid}` … `{code}` (`{noformat}`),
 * a Markdown fence with a title (```` ```log title="node2.log" ```` … ```` ``` ````), GitHub's collapsible
 * `<details><summary>node2</summary>` … `</details>`. The title names the block's lines (nameTitle); a mark of the
 * same kind without a title closes it (a bare fence inside a `<details>` block opens a code block, closing nothing).
 */
const JIRA_MARK = /^\{(?:code|noformat)(?::([^{}]{0,200}))?\}$/;
const FENCE_MARK = /^`{3,}(?:[\w+#.-]{0,30}(?:[ \t]+(?:[^`]*?[ \t])?title=(?:"([^"]{1,200})"|'([^']{1,200})'|(\S{1,200}))[^`]*)?)?$/;
const SUMMARY_MARK = /^(?:<details(?: open)?>[ \t]*)?<summary>(?:<b>|<code>)?(.{1,200}?)(?:<\/b>|<\/code>)?<\/summary>/;
// `{c`/`{n`, three backticks, `<d`/`<s`/`</`: a line that may be a block mark (a JSON line starts `{"`).
function isBlockMarkAt(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  const d = text.charCodeAt(start + 1);
  if (c === 123) return d === 99 || d === 110;
  if (c === 96) return d === 96 && text.charCodeAt(start + 2) === 96;
  return c === 60 && (d === 100 || d === 115 || d === 47);
}
// The block mark `line` is: its opener's first character and its title (undefined on a closing or untitled mark).
function readBlockMark(line: string): { opener: number; title: string | undefined } | undefined {
  const c = line.charCodeAt(0);
  if (c === 123) {
    const jira = JIRA_MARK.exec(line);
    if (jira === null) return undefined;
    const title = jira[1]?.split('|').find((param) => param.startsWith('title='))?.slice(6).trim();
    return { opener: c, title: title || undefined };
  }
  if (c === 96) {
    const fence = FENCE_MARK.exec(line);
    return fence === null ? undefined : { opener: c, title: fence[1] ?? fence[2] ?? fence[3] };
  }
  if (line === '</details>') return { opener: c, title: undefined };
  const summary = SUMMARY_MARK.exec(line);
  return summary === null ? undefined : { opener: c, title: summary[1]!.trim() || undefined };
}
// The node a block's title names: a log file's by its path (as a tail header), a name with a digit or a dash as a
// banner's (`kv-c`), else the first node its words name (`node2 (follower)`); none for a title like `Logs`.
function nameTitle(title: string): string | undefined {
  if (/\s/.test(title)) return findMentionedNodes(title)[0];
  const path = title.replace(/\\/g, '/');
  if (path.includes('/') || GREP_EXT.test(path)) return findNodeInPath(path) ?? fileStem(path);
  return findNodeInPath(title) ?? (isBannerName(title) && BANNER_NAME.test(title) ? copyString(title) : undefined);
}
const BANNER_NAME = /^[A-Za-z][\w.@:-]{0,62}$/;

// ansible's ad-hoc command output per host (its `minimal` callback): `raft-2 | CHANGED | rc=0 >>`, the command's
// output on the lines under it.
// A file's header, its path (group 1 or 2): tail's `==> data/node2/node.log <==`, bat's `│ File: data/node2/node.log`
// (between its grid's rules; `bat --style=full`, `batcat --decorations=always`). The file's lines follow.
const FILE_HEADER = /^(?:==> (.+) <==|\u2502 File: (\S.*))$/;

/** The path a file's header line (trimmed) names (FILE_HEADER: tail's `==> … <==`, bat's `│ File: …`), or undefined. */
export function readFileHeaderPath(line: string): string | undefined {
  const m = FILE_HEADER.exec(line);
  return m === null ? undefined : (m[1] ?? m[2]!).trimEnd();
}

// Whether the line at `start` may be a file's header (FILE_HEADER): `==> `, or bat's column rule after its gutter's spaces.
function startsFileHeader(text: string, start: number): boolean {
  if (text.startsWith('==> ', start)) return true;
  let p = start;
  while (text.charCodeAt(p) === 32 && p - start < 16) p++;
  return text.charCodeAt(p) === BOX_COLUMN && text.startsWith(' File: ', p + 1);
}

const ANSIBLE_HOST_HEAD = /^([A-Za-z][\w.-]{0,62}) \| (?:CHANGED|SUCCESS|FAILED) \| rc=-?\d{1,3} >>$/;

// An echoed banner naming one section: `== zk1 ==`, `--- kraft-2 ---`, `### raft-b ###` (a name with a digit or a dash),
// or an open one: `### kv2`, a loop's `echo "--- $p"` (`--- kv-1`, `== kv-1`; dashes and equals signs then a space).
const BANNER = /^([=#*~-])\1{1,9} ?([A-Za-z][\w.@:-]{0,62}) ?\1{2,10}$|^(?:#{2,6} ?|-{2,10} |={2,10} )([A-Za-z][\w.@:-]{0,62})$/;
// `name` is a word of the paste outside the line text[start, end) (`docker kill kv1`, "leader kv1").
function isNamedElsewhere(text: string, name: string, start: number, end: number): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (at >= start && at < end) continue;
    if (!isTokenChar(text.charCodeAt(at - 1)) && !isTokenChar(text.charCodeAt(at + name.length))) return true;
  }
  return false;
}
const isBannerStart = (text: string, start: number): boolean => {
  const c = text.charCodeAt(start);
  return (c === 61 || c === 35 || c === 42 || c === 126 || c === 45) && text.charCodeAt(start + 1) === c;
};
const isBannerName = (name: string): boolean => /[\d-]/.test(name);
// Whether the line from `start` to `end` opens with a word of where output was shown (`terminal 2 (kv2):`, `pane 3:
// kv3`): a heading when it holds one name besides (readCommentHeaderName).
const isOutputPlaceLine = (text: string, start: number, end: number): boolean => OUTPUT_PLACE_START.test(text.slice(start, end));
const OUTPUT_PLACE_START = /^\W{0,4}(?:terminal|pane|window|tab)\b/i;
// The one name a comment line holds besides header words and punctuation (`kv1` of `# terminal 1 (kv1, leader)`),
// a banner's kind of name (a letter first, a digit or a dash in it); undefined for any other comment.
function readCommentHeaderName(line: string): string | undefined {
  let name: string | undefined;
  for (const token of line.split(/[^\w.@-]+/)) {
    if (token === '' || HEADER_WORD.test(token)) continue;
    if (name !== undefined) return undefined;
    name = token;
  }
  return name !== undefined && isLetter(name.charCodeAt(0)) && isBannerName(name) ? name : undefined;
}
// How lines name their own writer in front of the message (not a guess from the message, a token or a pid).
const OWN_WRITER_SOURCES: ReadonlySet<number> = new Set([FROM_PREFIX, FROM_TAG, FROM_FIELD, FROM_JSON, FROM_NAME, FROM_SERVICE]);

/**
 * A line of a node's own section (`==> data/node1/node.log <==`) whose head names another node that has a section of
 * its own (`10:09:43.115 WARN  node3: heartbeat timeout (no ack in 604 ms) during drain`): the file's node wrote it,
 * about that peer (adv55a-19: node1's drain line read as node3's detection). Only a bare name heading the message; a
 * prefix, tag or field names its writer wherever it stands.
 */
function keepSectionLinesNamingPeers(sections: readonly { line: number; name: string | undefined }[], count: number, nodes: (string | undefined)[], nodeFrom: Uint8Array): void {
  let names: Set<string> | undefined;
  for (const section of sections) if (section.name !== undefined) (names ??= new Set()).add(section.name);
  if (names === undefined || names.size < 2) return;
  // Lines that name their own section's node so (`<time> node2 INFO …` under node2's header): the name heads every
  // line as its writer's column, and one under another header is tail -f's interleaving (adv54d-20), not a peer.
  for (let s = 0; s < sections.length; s++) {
    const name = sections[s]!.name;
    const end = s + 1 < sections.length ? sections[s + 1]!.line : count;
    for (let i = sections[s]!.line + 1; i < end; i++) if (nodeFrom[i] === FROM_NAME && nodes[i] === name) return;
  }
  for (let s = 0; s < sections.length; s++) {
    const name = sections[s]!.name;
    if (name === undefined) continue;
    const end = s + 1 < sections.length ? sections[s + 1]!.line : count;
    for (let i = sections[s]!.line + 1; i < end; i++) {
      if (nodeFrom[i] !== FROM_NAME || nodes[i] === name || !names.has(nodes[i]!)) continue;
      nodes[i] = name;
      nodeFrom[i] = FROM_SECTION;
    }
  }
}

/**
 * A section whose lines name their writer themselves, one writer on two or more lines (`==> kraft-2/logs/server.log
 * <==` over log4j's `[RaftManager id=2]` lines, `== zk1 ==` over ZooKeeper's `[myid:1]`, `zk1/zookeeper.log` over
 * its `QuorumPeer[myid=1]` thread's lines among `[main:…]` ones), is that writer's: the header's name is an alias of
 * it (a `docker kill zk1` kills node1) and the section's lines that name no writer are its. Nothing changes for a
 * section whose lines name none, one line or several writers, whose writer another section's lines name too, or whose
 * name lines anywhere give their own writer (`$ node kv-node.js --id 1` over node2's lines names node1, no alias).
 */
function joinSectionWriters(sections: readonly { line: number; name: string | undefined }[], count: number, nodes: (string | undefined)[], nodeFrom: Uint8Array): Map<string, string> | undefined {
  const writersOf = new Map<string, Set<string>>();
  for (let s = 0; s < sections.length; s++) {
    const name = sections[s]!.name;
    if (name === undefined) continue;
    const end = s + 1 < sections.length ? sections[s + 1]!.line : count;
    let writers = writersOf.get(name);
    let named = 0;
    for (let i = sections[s]!.line + 1; i < end; i++) {
      if (!OWN_WRITER_SOURCES.has(nodeFrom[i]!) || nodes[i] === name) continue;
      (writers ??= new Set()).add(nodes[i]!);
      named++;
    }
    // One line naming someone in a section (a shell's output quoting a peer) names no writer.
    if (named === 1) writers = new Set([name, ...(writers ?? [])]);
    if (writers !== undefined) writersOf.set(name, writers);
  }
  const claims = new Map<string, number>();
  for (const [name, writers] of writersOf) if (!writers.has(name)) for (const writer of writers) claims.set(writer, (claims.get(writer) ?? 0) + 1);
  let aliases: Map<string, string> | undefined;
  // Names lines give their own writer anywhere: a section so named is that writer's, whatever lines are under it.
  let ownNames: Set<string | undefined> | undefined;
  for (const [name, writers] of writersOf) {
    const writer = [...writers][0]!;
    if (writers.size !== 1 || writer === name || claims.get(writer) !== 1) continue;
    ownNames ??= new Set(nodes.filter((_, i) => OWN_WRITER_SOURCES.has(nodeFrom[i]!)));
    if (!ownNames.has(name)) (aliases ??= new Map()).set(name, writer);
  }
  if (aliases === undefined) return undefined;
  for (let i = 0; i < count; i++) {
    if (nodeFrom[i] !== FROM_SECTION) continue;
    const writer = aliases.get(nodes[i]!);
    if (writer !== undefined) nodes[i] = writer;
  }
  return aliases;
}

/**
 * Files of one name in directories of their own (`log/kv1@lab/console.log`, `log/kv2@lab/console.log`: Erlang node
 * names as lager's log directories): the name is every node's, so each file is named by the innermost directory whose
 * names differ across all of them (`kv1@lab`), when there are two or more files, all at one depth and of one name.
 * Undefined otherwise (their own names tell them apart).
 */
function nameByDifferingDirectory(paths: readonly string[]): Map<string, string> | undefined {
  if (paths.length < 2) return undefined;
  const parts = paths.map((path) => path.split('/').filter((part) => part !== '' && part !== '.'));
  const depth = parts[0]!.length;
  if (depth < 2 || parts.some((p) => p.length !== depth || p[depth - 1] !== parts[0]![depth - 1])) return undefined;
  for (let k = depth - 2; k >= 0; k--) {
    const directories = parts.map((p) => p[k]!);
    if (new Set(directories).size === directories.length) return new Map(paths.map((path, n) => [path, copyString(directories[n]!)]));
  }
  return undefined;
}

// Whether `count` files' names (undefined: none) leave two of them with one name or none.
function sharesNames(names: Iterable<string | undefined>, count: number): boolean {
  const distinct = new Set(names);
  return distinct.size < count || distinct.has(undefined);
}

// Lines of files a grep prefix or path column names only by a name they share (nameByDifferingDirectory): each is
// its file's directory's, named by its path as a `data/node2/node.log:` prefix names node2.
function nameFilesByDirectory(pathLines: ReadonlyMap<number, string>, nodes: (string | undefined)[], nodeFrom: Uint8Array): void {
  const stems = new Map<string, string | undefined>();
  for (const [i, path] of pathLines) stems.set(path, nodeFrom[i] === FROM_FILE_STEM ? nodes[i] : undefined);
  if (!sharesNames(stems.values(), stems.size)) return;
  const names = nameByDifferingDirectory([...stems.keys()]);
  if (names === undefined) return;
  for (const [i, path] of pathLines) {
    if (nodeFrom[i] !== 0 && nodeFrom[i] !== FROM_FILE_STEM) continue;
    nodes[i] = names.get(path);
    nodeFrom[i] = FROM_PREFIX;
  }
}

// tail's headers over files of one name (`==> log/kv1@lab/console.log <==`, nameByDifferingDirectory): each section
// is its file's directory's; headers whose files' names differ keep the names those give.
function nameSectionsByDirectory(
  tailPaths: ReadonlyMap<number, string>,
  sections: { line: number; name: string | undefined }[],
  count: number,
  kinds: Uint8Array,
  nodes: (string | undefined)[],
  nodeFrom: Uint8Array,
): void {
  if (!sharesNames([...tailPaths.keys()].map((line) => nodes[line]), tailPaths.size)) return;
  const names = nameByDifferingDirectory([...tailPaths.values()]);
  if (names === undefined) return;
  for (const [line, path] of tailPaths) {
    const name = names.get(path)!;
    const old = nodes[line];
    const s = sections.findIndex((section) => section.line === line);
    sections[s]!.name = name;
    nodes[line] = name;
    const end = s + 1 < sections.length ? sections[s + 1]!.line : count;
    for (let i = line + 1; i < end; i++) {
      if (old === undefined ? nodes[i] !== undefined || (kinds[i] !== LINE_LOG && kinds[i] !== LINE_JSON) : nodeFrom[i] !== FROM_SECTION || nodes[i] !== old) continue;
      nodes[i] = name;
      nodeFrom[i] = FROM_SECTION;
    }
  }
}

// Family names of runs or copies, not of nodes: `run1.log`, `attempt2.log`, `step1.log`, `test3.txt`.
const GENERIC_FAMILY = /^(?:run|try|attempt|step|test|trial|take|round|part|out|output|log|logs|capture|paste|session|day|v|version|backup|old|tmp|temp|file|data|copy)$/i;

/**
 * Commands printing one log file each (`$ grep -i "timeout" rabbit1.log`, then `… rabbit2.log`) whose output names no
 * writer name their sections by the files' names when those are one family of two or more members (rabbit1, rabbit2:
 * FAMILY_NAME) — files of a cluster's nodes. One file's name (`$ cat demo_step2.log`, `$ cat kill.txt`), names of no
 * one family, a family of runs or copies (`run1.log`, `run2.log`), or a section whose lines name their own writer name
 * nothing. A section runs to the next command or header; only its lines without a node take the name.
 */
function nameFamilySections(fileSections: readonly { line: number; stem: string }[], count: number, kinds: Uint8Array, nodes: (string | undefined)[], nodeFrom: Uint8Array): void {
  let family: string | undefined;
  const numbers = new Set<number>();
  for (const { stem } of fileSections) {
    const m = FAMILY_NAME.exec(stem);
    if (!m || GENERIC_FAMILY.test(m[1]!) || (family !== undefined && family !== m[1]!.toLowerCase())) return;
    family = m[1]!.toLowerCase();
    numbers.add(Number(m[2]));
  }
  // One file beside writers of its family named otherwise (`tail ~/.pm2/logs/raft-2-out.log` over `pm2 logs raft-3`'s
  // `2|raft-3 |` lines, adv63a-08): the file is that family's member too.
  if (numbers.size === 1) {
    for (const node of new Set(nodes)) {
      const m = node === undefined ? null : FAMILY_NAME.exec(node);
      if (m !== null && m[1]!.toLowerCase() === family) numbers.add(Number(m[2]));
    }
  }
  if (numbers.size < 2) return;
  const sectionEnd = (line: number): number => {
    let i = line + 1;
    while (i < count && kinds[i] !== LINE_COMMAND && kinds[i] !== LINE_HEADER) i++;
    return i;
  };
  for (const { line } of fileSections) for (let i = line + 1, end = sectionEnd(line); i < end; i++) if (OWN_WRITER_SOURCES.has(nodeFrom[i]!)) return;
  for (const { line, stem } of fileSections) {
    for (let i = line + 1, end = sectionEnd(line); i < end; i++) {
      if (nodes[i] !== undefined || (kinds[i] !== LINE_LOG && kinds[i] !== LINE_JSON)) continue;
      nodes[i] = stem;
      nodeFrom[i] = FROM_SECTION;
    }
  }
}

/**
 * Parses line `i`'s timestamp (located by scanLines), else the first timestamp in its head behind other things
 * (`cat -n`/grep line numbers, a pod and container name, an unknown prefix); undefined when it has none.
 */
export function stampOf(lines: PasteLines, table: LineTable, i: number): Stamp | undefined {
  const at = table.stampAt[i]!;
  const end = lines.ends[i]!;
  const text = lines.text;
  if (at < 0 || table.kinds[i] !== LINE_JSON) {
    let located = at < 0 ? undefined : parseTimestampAt(text, at, end);
    if (located?.format === 'epoch-s' && located.precisionMs < 1000 && text.charCodeAt(at + 10) === 46) {
      const unpadded = writesUnpaddedFraction(lines, table);
      const width = unpadded === null || (unpadded.writers !== undefined && !unpadded.writers.has(table.nodes[i])) ? 0 : unpadded.width;
      if (width !== 0) {
        let q = at + 11;
        while (q < end && isDigit(text.charCodeAt(q))) q++;
        located = readUnpaddedFraction(located, width, text.slice(at + 11, q));
      }
    }
    // C's unpadded `%ld` of the ms (`20:29:41.50` for 41.050), when the paste proves it (decideUnpaddedMillis).
    if (located !== undefined && located.precisionMs > 1 && located.precisionMs < 1000 && writesUnpaddedMillis(lines, table)) located = readUnpaddedClockFraction(text, at, end, located, 3);
    // C's `%03ld` of tv_usec (`07:25:11.3166` for 11.003166, the /1000 forgotten), when the paste proves it.
    else if (located !== undefined && (located.precisionMs === 0.1 || located.precisionMs === 0.01) && writesUnpaddedMicros(lines, table)) located = readUnpaddedClockFraction(text, at, end, located, 6);
    if (located?.format === 'relative' || located?.format === 'monotonic') located = anchoredStampOf(lines, table, i, located) ?? located;
    else if (located?.format === 'us-date' || located?.format === 'day-first-date') located = orderDayMonth(lines, table, located);
    // `ts -i '%H:%M:%.S'`'s gap since the previous line reads as a time of day just after midnight.
    if (located?.kind === 'time-of-day' && located.dayMs < HOUR_MS) located = incrementalStampOf(lines, table, i) ?? located;
    // C's strftime("%I:%M:%S"): a 12-hour clock with no AM/PM, when the paste proves it.
    else if (located?.kind === 'time-of-day' && table.kinds[i] === LINE_LOG) located = readTwelveHourClock(lines, table, located);
    if (located !== undefined) return located.precisionMs > 1 ? (findFinerStamp(text, located, end) ?? located) : (findEventStampUnderPrintTime(lines, table, i, located) ?? located);
    if (table.kinds[i] !== LINE_LOG && table.kinds[i] !== LINE_COMMAND) return undefined;
    // ctest -V's test number `3: ` (any `N: ` numbering) before the head's own time, relative ones too (`[ 5314.902551]`).
    const numbered = at < 0 ? -1 : numberingEnd(text, at, end);
    const afterNumber = numbered < 0 ? undefined : parseTimestampAt(text, numbered, end);
    if (afterNumber !== undefined) return afterNumber.precisionMs > 1 ? (findFinerStamp(text, afterNumber, end) ?? afterNumber) : afterNumber;
    const start = lines.starts[i]!;
    const found =
      searchStamp(text, start, end, table.kinds[i] === LINE_COMMAND ? (k) => isTimeArgument(text, start, end, k) : undefined) ??
      (table.kinds[i] === LINE_COMMAND && end - start > SEARCH_CHARS ? searchRowEndStamp(text, start, end) : undefined);
    if (found === undefined) {
      // Python logging's `%(relativeCreated)7d`: a bare number at the head, a time only when the paste proves it.
      if (at >= 0 && table.kinds[i] === LINE_LOG && writesRelativeMs(lines, table)) return readRelativeMs(text, at, end);
      return (at >= 0 && table.kinds[i] === LINE_LOG ? incrementalStampOf(lines, table, i) : undefined) ?? neighbourStamp(lines, table, i);
    }
    if (found.format === 'us-date' || found.format === 'day-first-date') return orderDayMonth(lines, table, found);
    return found.precisionMs > 1 ? (findFinerStamp(text, found, end) ?? found) : found;
  }
  if (table.kinds[i] === LINE_JSON) {
    const record = text.slice(at, Math.min(end, at + 4096));
    return readJsonRecordStamp(record) ?? (JSON_TS.test(record) ? undefined : recordedLineStamp(record));
  }
  return parseTimestampAt(text, at, end);
}

// A JSON record's own time (JSON_TS: slog's `"time"`, zap's `"ts"` epoch seconds, pino's `"time"` epoch ms, log4j2's
// `"instant"`), or undefined.
function readJsonRecordStamp(record: string): Stamp | undefined {
  const ts = JSON_TS.exec(record);
  if (!ts) return undefined;
  if (ts[1] !== undefined) return parseTimestampAt(ts[1], 0, ts[1].length);
  // Seconds and nanoseconds as µs since the epoch (as ns they would pass 2^53).
  if (ts[3] !== undefined) return stampFromEpochNumber(Number(ts[3]) * 1e6 + Math.floor(Number(ts[4]) / 1000));
  return parseTimestampAt(ts[2]!, 0, ts[2]!.length) ?? stampFromEpochNumber(Number(ts[2]));
}

const HOUR_MS = 3_600_000;

// A collector's record with no time of its own (a `{"log":"2026-12-01 13:05:11.913 [kv2] …\n"}` forwarded without
// docker's `time`): the time at its recorded line's head.
function recordedLineStamp(record: string): Stamp | undefined {
  const { line, inner } = scanRecordedHead(record) ?? {};
  return line !== undefined && inner!.kind === LINE_LOG && inner!.stampAt >= 0 ? parseTimestampAt(line, inner!.stampAt, line.length) : undefined;
}

// The whole output line a record holds (render-json-message.ts's readRecordedLine) and its head read as any line's.
function scanRecordedHead(record: string): { line: string; inner: ScanState } | undefined {
  const line = readRecordedLine(record) ?? readJournalMessage(record);
  if (line === undefined) return undefined;
  const inner = createScanState();
  // One record's line declares no names: the paste's start lines do, and this reading has no paste.
  inner.declared = null;
  scanLine(line, 0, line.length, inner);
  return { line, inner };
}

// Per scanned paste: whether its `dd/dd/yyyy` dates are day first (decideDayFirst); null: each stamp as it reads.
const writesDayFirst = decideOncePerTable(decideDayFirst);

// A numeric date's stamp in the order the paste writes its dates.
function orderDayMonth(lines: PasteLines, table: LineTable, stamp: Stamp): Stamp {
  const dayFirst = writesDayFirst(lines, table);
  if (dayFirst === null || dayFirst === (stamp.format === 'day-first-date')) return stamp;
  return swapDayMonth(stamp) ?? stamp;
}

/**
 * Whether the paste's numeric dates (`01/12/2026 11:27:09,118`, `01.12.2026 …`) put the day first: a first field over
 * 12 anywhere (`29/11/2026`) says day first, a second one over 12 (`11/29/2026`) month first (both: no decision, each
 * stamp as it reads). Otherwise the writing decides: `.` between the fields, or a decimal comma in the time
 * (`11:27:09,118`), is how day-first locales write (German, French, Russian…); `/` with a decimal point stays US
 * month first. Read once per paste, and only when such a date is parsed.
 */
function decideDayFirst(lines: PasteLines, table: LineTable): boolean | null {
  const { text, count } = lines;
  let firstOver12 = false;
  let secondOver12 = false;
  let dayFirstWriting = false;
  let seen = false;
  for (let i = 0; i < count; i++) {
    const at = table.stampAt[i]!;
    if (at < 0) continue;
    const sep = text.charCodeAt(at + 2);
    if ((sep !== 47 && sep !== 46) || text.charCodeAt(at + 5) !== sep || !isDigit(text.charCodeAt(at)) || !isDigit(text.charCodeAt(at + 4))) continue;
    const first = (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
    const second = (text.charCodeAt(at + 3) - 48) * 10 + text.charCodeAt(at + 4) - 48;
    seen = true;
    if (first > 12) firstOver12 = true;
    if (second > 12) secondOver12 = true;
    if (sep === 46 || text.charCodeAt(at + 19) === 44) dayFirstWriting = true;
  }
  if (!seen || (firstOver12 && secondOver12)) return null;
  return firstOver12 || (!secondOver12 && dayFirstWriting);
}

// Per scanned paste: the wall-clock origin of each `[+x s]` line's clock (decideRelativeAnchors), null when none has one.
const readRelativeAnchors = decideOncePerTable(decideRelativeAnchors);

function anchoredStampOf(lines: PasteLines, table: LineTable, i: number, relative: Stamp): Stamp | undefined {
  const origin = readRelativeAnchors(lines, table)?.get(i);
  if (origin === undefined) return undefined;
  return {
    ...origin,
    ms: origin.ms + relative.ms,
    dayMs: origin.dayMs + relative.ms,
    yearMs: origin.yearMs + relative.ms,
    precisionMs: Math.max(origin.precisionMs, relative.precisionMs),
    format: 'anchored',
    end: relative.end,
  };
}

// Whether a start line's writer is a numbered node (`node3`, `n2`, `kv-1`), not a launcher naming no node (`cluster`).
const isNodeBanner = (writer: string): boolean => /\d$/.test(writer);

// A line stating when its writer started or what the wall clock read: "started", "starting", "start time", "up",
// "booted", "launched", "wall clock", "wall time".
const START_WORD = /\b(?:start(?:ed|ing| time| at)?|up|booted|launched|wall[ -]?(?:clock|time))\b/i;

// Seconds since a start that a line stating that start on the wall clock anchors: `[+6.881s]`, `[   6.881]`.
const isAnchorable = (stamp: Stamp | undefined): boolean => stamp?.format === 'relative' || stamp?.format === 'monotonic';

/**
 * Seconds since a start (`[+6.881s]`, format `relative`; `[   6.881]`, a C node's `%8.3f` of its own uptime, format
 * `monotonic`) anchored to the wall clock by a line that states that start (`kv_node n1: started 2026-12-01
 * 12:31:00.118 (wall clock)`, a launcher's `[+0.000s] started at 12:00:00.000`, a banner's `[   0.000] kv_node id=2
 * pid 4251 up, wall clock 2026-12-03 11:19:58.600`):
 * the start's wall time plus the offset is a wall time, so nodes started by hand seconds apart, each counting from its
 * own start, compare again. An anchor is a log line with a start word and a wall-clock stamp of ms precision or finer
 * after it (less its own offset, when it has one); it holds for the `[+x s]` lines of its writer after it, and for
 * those of writers with no anchor of their own in its section (up to the next header or command: a launcher's start,
 * or a start line naming no writer). A line with no anchor keeps its relative stamp. Read once per paste, and only when a relative stamp is parsed.
 */
function decideRelativeAnchors(lines: PasteLines, table: LineTable): Map<number, Stamp> | null {
  const { text, starts, ends, count } = lines;
  let origins: Map<number, Stamp> | null = null;
  const byWriter = new Map<string, Stamp>();
  let section: Stamp | undefined;
  for (let i = 0; i < count; i++) {
    const kind = table.kinds[i];
    if (kind === LINE_HEADER || kind === LINE_COMMAND) section = undefined;
    if (kind !== LINE_LOG) continue;
    const start = starts[i]!;
    const end = Math.min(ends[i]!, start + SEARCH_CHARS);
    const at = table.stampAt[i]!;
    const own = at >= 0 ? parseTimestampAt(text, at, end) : undefined;
    const writer = table.nodes[i];
    const word = START_WORD.exec(text.slice(start, end));
    const wall = word === null ? undefined : searchStamp(text, start + word.index, end);
    if (wall !== undefined && wall.kind !== 'relative' && wall.precisionMs <= 1 && (own === undefined || isAnchorable(own))) {
      const offset = isAnchorable(own) ? own!.ms : 0;
      // Less a rounded offset (`[   0.001] node2: up, … wall clock … 46.113`), the zero is known to the two stamps'
      // precisions together: adv50-27's EOF read 1 ms before the kill it followed.
      const precisionMs = offset === 0 ? wall.precisionMs : wall.precisionMs + own!.precisionMs;
      const origin = { ...wall, ms: wall.ms - offset, dayMs: wall.dayMs - offset, yearMs: wall.yearMs - offset, precisionMs };
      // A node's own banner is its own process's zero: other nodes' lines in one stream count from theirs (a launcher
      // printing three nodes' `[%8.3f]` uptimes, adv50b-22's `tail` that kept only node3's banner).
      if (writer === undefined || !isNodeBanner(writer)) section = origin;
      if (writer !== undefined) byWriter.set(writer, origin);
      continue;
    }
    if (!isAnchorable(own)) continue;
    const origin = (writer === undefined ? undefined : byWriter.get(writer)) ?? section;
    if (origin !== undefined) (origins ??= new Map()).set(i, origin);
  }
  return origins;
}

// Per scanned paste: the running time of each line of a `ts -i` stream (decideIncrementalStamps), null when it has none.
const readIncrementalStamps = decideOncePerTable(decideIncrementalStamps);

function incrementalStampOf(lines: PasteLines, table: LineTable, i: number): Stamp | undefined {
  return readIncrementalStamps(lines, table)?.get(i);
}

/**
 * A shell command piping its output through moreutils' `ts -i` (`./cluster.sh 2>&1 | ts -i '%.s'`), shown with that
 * output: ts is the last stage (a `tee` after it keeps every line), no redirection takes the output away.
 */
const TS_INCREMENTAL_COMMAND = /\|\s*ts\s+(?:-[ms]+\s+)*-[ms]*i[ms]*(?:\s+(?:'[^']*'|"[^"]*"|[^\s|>'"]+))?\s*(?:\|\s*tee(?:\s+-a)?(?:\s+[^\s|>]+)?\s*)?(&\s*)?$/;

/**
 * A shell command piping its output through moreutils' `ts -s` last (`tail -f n1.log n2.log n3.log | ts -s '%.s'`):
 * each stamp the time since ts started, one clock for every line of its stream.
 */
const TS_SINCE_START_COMMAND = /\|\s*ts\s+(?:-m\s+)*-m?sm?(?:\s+(?:'[^']*'|"[^"]*"|[^\s|>'"]+))?\s*(?:\|\s*tee(?:\s+-a)?(?:\s+[^\s|>]+)?\s*)?$/;

// A shell command piping through moreutils' `ts -i` at all (with or without something after it).
const TS_INCREMENTAL_ANY = /\|\s*ts\s+(?:-[ms]+\s+)*-[ms]*i/;

/**
 * The first shell command that pipes its output through `ts -i` but whose stream is not summed (a filter or a
 * redirection after ts: decideIncrementalStamps), for the report; undefined when there is none.
 */
export function findUnsummedIncrementalCommand(lines: PasteLines, table: LineTable): number | undefined {
  const { text, starts, ends, count } = lines;
  for (let i = 0; i < count; i++) {
    if (table.kinds[i] !== LINE_COMMAND) continue;
    const command = text.slice(starts[i]!, Math.min(ends[i]!, starts[i]! + 512)).trimEnd();
    if (TS_INCREMENTAL_ANY.test(command) && !TS_INCREMENTAL_COMMAND.test(command)) return i;
  }
  return undefined;
}

// A shell command piping through moreutils' `ts -s` at all (a comment, a filter or a file after it, or one per terminal).
const TS_SINCE_START_ANY = /\|\s*ts\s+(?:-m\s+)*-m?sm?\b/;

/**
 * The first shell command that pipes its output through `ts -s`, for the report of a paste none of whose times could
 * be read (`./kv_node --id N | ts -s '%.s' | tee …  # one per terminal`: each terminal's count starts at its own ts,
 * adv60b-29); undefined when there is none.
 */
export function findSinceStartCommand(lines: PasteLines, table: LineTable): number | undefined {
  const { text, starts, ends, count } = lines;
  for (let i = 0; i < count; i++) {
    if (table.kinds[i] === LINE_COMMAND && TS_SINCE_START_ANY.test(text.slice(starts[i]!, Math.min(ends[i]!, starts[i]! + 512)))) return i;
  }
  return undefined;
}

/**
 * The first of two or more shell commands piping their output through `ts -s` or `ts -i` (one per terminal: each
 * stream's counts start at its own ts, a clock nothing ties to another's), for the report of a detection left untimed
 * so; undefined when fewer.
 */
export function findPerTerminalTsCommand(lines: PasteLines, table: LineTable): number | undefined {
  const { text, starts, ends, count } = lines;
  let first: number | undefined;
  for (let i = 0; i < count; i++) {
    if (table.kinds[i] !== LINE_COMMAND) continue;
    const command = text.slice(starts[i]!, Math.min(ends[i]!, starts[i]! + 512));
    if (!TS_SINCE_START_ANY.test(command) && !TS_INCREMENTAL_ANY.test(command)) continue;
    if (first !== undefined) return first;
    first = i;
  }
  return undefined;
}

// `0.002311 ` (`%.s`): seconds and a fraction, then a space or the end; its end and the gap in µs, or undefined.
function readSecondsGap(text: string, p: number, end: number): { micros: number; digits: number; end: number } | undefined {
  let q = p;
  let seconds = 0;
  while (q < end && q - p < 7 && isDigit(text.charCodeAt(q))) seconds = seconds * 10 + text.charCodeAt(q++) - 48;
  if (q === p || text.charCodeAt(q) !== 46) return undefined;
  const fraction = ++q;
  let micros = 0;
  for (; q < end && isDigit(text.charCodeAt(q)); q++) if (q - fraction < 6) micros = micros * 10 + text.charCodeAt(q) - 48;
  const digits = q - fraction;
  if (digits < 1 || digits > 9 || (q < end && text.charCodeAt(q) !== 32 && text.charCodeAt(q) !== 9)) return undefined;
  for (let k = digits; k < 6; k++) micros *= 10;
  return { micros: seconds * 1e6 + micros, digits, end: q };
}

/**
 * The lines of a `ts -i` stream as one relative clock: moreutils' `ts -i` stamps each line with the time since the line
 * before it (`%.s`: `0.000594`; its default `%H:%M:%S` and `%H:%M:%.S` as a duration), so a line's time is the running
 * sum of the gaps from the stream's first line. That holds only while no line of the stream is missing: the stream is
 * the run of stamped lines right under the command (TS_INCREMENTAL_COMMAND: ts last, no filter after it) and ends at
 * the first line without a gap stamp (a blank line too: ts stamps those) — lines after a cut, or under a `| ts -i |
 * grep`, get no time. A paste's one `ts -s` stream (TS_SINCE_START_COMMAND) is read the same way, each stamp the time
 * since ts started (format `relative`, not summed); several of either (one per terminal) are clocks nothing ties: not read. Read
 * once per paste, and only when a head time is no time or a time of day within the first hour.
 */
function decideIncrementalStamps(lines: PasteLines, table: LineTable): Map<number, Stamp> | null {
  const { text, starts, ends, count } = lines;
  let times: Map<number, Stamp> | null = null;
  // `ts -s` streams: read only when the paste shows one (each its own clock: one per terminal compares nothing).
  let sinceStart = -1;
  for (let i = 0; i < count; i++) {
    if (table.kinds[i] !== LINE_COMMAND || !TS_SINCE_START_COMMAND.test(text.slice(starts[i]!, Math.min(ends[i]!, starts[i]! + 512)).trimEnd())) continue;
    sinceStart = sinceStart === -1 ? i : -2;
  }
  // `ts -i` streams: several (one per terminal, adv61a-43) each sum from their own ts's start, clocks nothing ties.
  // A stream sent to the background (`… | ts -i '%.s' &`, adv61e-55) goes on under the job's notice, the commands
  // typed while it runs (`date +%T.%3N; kill 27170` and its output) and the Enters pressed, which ts never saw.
  let incremental = -1;
  let background = false;
  for (let i = 0; i < count; i++) {
    const stream = table.kinds[i] === LINE_COMMAND ? TS_INCREMENTAL_COMMAND.exec(text.slice(starts[i]!, Math.min(ends[i]!, starts[i]! + 512)).trimEnd()) : null;
    if (stream === null) continue;
    incremental = incremental === -1 ? i : -2;
    background = stream[1] !== undefined;
  }
  for (let i = 0; i < count; i++) {
    if (table.kinds[i] !== LINE_COMMAND) continue;
    const since = i === sinceStart;
    if (!since && i !== incremental) continue;
    const jobs = !since && background;
    let sumUs = 0;
    for (let j = i + 1; j < count && (table.kinds[j] === LINE_LOG || (jobs && (table.kinds[j] === LINE_COMMAND || table.kinds[j] === LINE_BLANK))); j++) {
      // An empty row is the Enter typed into the terminal (ts stamps the stream's own empty lines: adv61e-64).
      if (table.kinds[j] === LINE_BLANK) continue;
      if (table.kinds[j] === LINE_COMMAND) {
        // The typed command's own output row (its date's time) is no line of the stream.
        if (j + 1 < count && DATE_WORD.test(text.slice(starts[j]!, Math.min(ends[j]!, starts[j]! + 512)))) j++;
        continue;
      }
      // bash's notice of the job (`[1] 27169`): the shell's, not the stream's.
      if (jobs && JOB_NOTICE.test(text.slice(starts[j]!, Math.min(ends[j]!, starts[j]! + 32)))) continue;
      const at = table.stampAt[j]!;
      if (at < 0) break;
      let gapUs: number;
      let precisionMs: number;
      let gapEnd: number;
      const seconds = readSecondsGap(text, at, ends[j]!);
      if (seconds !== undefined) {
        gapUs = seconds.micros;
        precisionMs = seconds.digits >= 6 ? 0.001 : 10 ** (3 - seconds.digits);
        gapEnd = seconds.end;
      } else {
        const clock = parseTimestampAt(text, at, ends[j]!);
        if (clock?.kind !== 'time-of-day') break;
        gapUs = Math.round(clock.dayMs * 1000);
        precisionMs = clock.precisionMs;
        gapEnd = clock.end;
      }
      sumUs = since ? gapUs : sumUs + gapUs;
      const ms = sumUs / 1000;
      (times ??= new Map()).set(j, { kind: 'relative', ms, dayMs: ms, yearMs: ms, precisionMs, format: since ? 'relative' : 'incremental', zoned: false, end: gapEnd });
    }
  }
  return times;
}

// End of a line numbering `3: ` at p (1-4 digits, a colon, a space: no time, which needs `H:MM`), or -1.
function numberingEnd(text: string, p: number, end: number): number {
  let q = p;
  while (q < end && q - p < 4 && isDigit(text.charCodeAt(q))) q++;
  return q > p && text.charCodeAt(q) === 58 && text.charCodeAt(q + 1) === 32 && q + 2 < end ? q + 2 : -1;
}

/** Which epoch-seconds fractions are C's unpadded `%ld.%ld`: tv_usec's (width 6, every writer) or tv_nsec's (9, those writers). */
interface UnpaddedFraction {
  readonly width: 6 | 9;
  /** Width 9: the writers (table.nodes, undefined for lines of none) whose own fractions show it. */
  readonly writers?: ReadonlySet<string | undefined>;
}

// A head stamp written `<10 digits>.<fraction>`: its line, where it starts, and its fraction's length.
type EpochFraction = readonly [line: number, at: number, digits: number];

// Per scanned paste: which of its epoch-seconds fractions are unpadded (decideUnpaddedFraction), or null.
const writesUnpaddedFraction = decideOncePerTable(decideUnpaddedFraction);

/**
 * Whether the paste's epoch-seconds stamps (`1796047391.94305`) are C's `%ld.%ld` of tv_sec and tv_usec, the fraction a
 * count of µs without leading zeros (readUnpaddedFraction), proven by the paste itself: every fraction has at most six
 * digits, some six and some fewer (a zero-padded or fixed-width writer prints one width), none of the shorter starts
 * with 0 (an unpadded number never does), the µs reading never runs a writer's time backwards (paste order), and either
 * the decimal reading does in some writer's lines, or some fraction ends in 0: a printer whose digits vary because it
 * drops them (Python's `round(t, 6)`, C's `%.16g`, PHP's and Perl's floats) drops trailing zeros, so a fraction ending
 * in 0 (`.296550`, `.25030`) is a fixed or integer field's. Anything less (a Python float's varying digits, a `sort`ed
 * merge) keeps the decimal reading.
 * Of tv_sec and tv_nsec (`1796389662.14210071`, adv42's F6) per writer: a writer whose fractions vary in width and reach
 * eight or nine digits — ten digits of seconds and eight of fraction are more than the 17 significant digits a float
 * printer writes, so the field is an integer — with none shorter starting with 0, none followed by `s` (Rust's `{:?}`
 * of a Duration trims a fixed fraction's zeros: `…62.14210071s`), in any order (a `sort`ed merge too: the widths alone
 * prove the field); a fixed-width writer beside it (`date +%s.%N`'s nine digits over `[%ld.%06ld]` node lines) is read
 * as written.
 * Read once per paste.
 */
function decideUnpaddedFraction(lines: PasteLines, table: LineTable): UnpaddedFraction | null {
  const { text } = lines;
  const fractions: EpochFraction[] = [];
  let widest = 0;
  for (let i = 0; i < lines.count; i++) {
    const at = table.stampAt[i]!;
    if (at < 0 || table.kinds[i] !== LINE_LOG || text.charCodeAt(at + 10) !== 46) continue;
    let digits = 0;
    while (digits < 10 && isDigit(text.charCodeAt(at + digits))) digits++;
    if (digits !== 10 || isDigit(text.charCodeAt(at - 1))) continue;
    let fraction = 0;
    while (fraction < 10 && isDigit(text.charCodeAt(at + 11 + fraction))) fraction++;
    if (fraction === 0) continue;
    fractions.push([i, at, fraction]);
    widest = Math.max(widest, fraction);
  }
  if (widest <= 6) return hasVaryingWriter(table, fractions, 6) && readsUnpaddedAt(text, table, fractions, 6, false) ? { width: 6 } : null;
  const byWriter = new Map<string | undefined, EpochFraction[]>();
  for (const f of fractions) {
    const own = byWriter.get(table.nodes[f[0]]);
    if (own === undefined) byWriter.set(table.nodes[f[0]], [f]);
    else own.push(f);
  }
  let writers: Set<string | undefined> | undefined;
  for (const [writer, own] of byWriter) {
    let most = 0;
    let least = 10;
    for (const [, , digits] of own) (most = Math.max(most, digits)), (least = Math.min(least, digits));
    if (most >= 8 && most <= 9 && least < most && readsUnpaddedAt(text, table, own, 9, true)) (writers ??= new Set()).add(writer);
  }
  return writers === undefined ? null : { width: 9, writers };
}

// Whether the nodes' own fractions show both `width` digits and fewer (one program's unpadded field varies across its
// nodes' lines), or one unnamed writer's do: widths that differ only between the nodes and an unnamed line are two
// printers (adv62h-50: bash's `$EPOCHREALTIME` µs record over a Rust node's zero-padded `[1796535117.124]` ms, whose
// `.124` read as 124 µs passed a +355 ms detection as +231).
function hasVaryingWriter(table: LineTable, fractions: readonly EpochFraction[], width: number): boolean {
  let named = 0;
  let unnamed = 0;
  for (const [i, , digits] of fractions) {
    const seen = digits === width ? 1 : 2;
    if (table.nodes[i] === undefined) unnamed |= seen;
    else named |= seen;
  }
  return named === 3 || (named === 0 && unnamed === 3);
}

// Whether `fractions` (line, start, digits) read as unpadded counts of `width` digits: see decideUnpaddedFraction.
// `integer`: the widths alone show an integer field (no float printer's trimmed zeros to tell apart).
function readsUnpaddedAt(text: string, table: LineTable, fractions: readonly EpochFraction[], width: 6 | 9, integer: boolean): boolean {
  // Both readings as (second, units of the width) pairs: ten digits of seconds and nine of ns are no exact double.
  const lastDecimal = new Map<string | undefined, [number, number]>();
  const lastUnpadded = new Map<string | undefined, [number, number]>();
  const before = (a: readonly [number, number], b: readonly [number, number] | undefined): boolean => b !== undefined && (a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]));
  let full = 0;
  let shorter = 0;
  let decimalBack = false;
  let trailingZero = false;
  for (const [i, at, fraction] of fractions) {
    if (fraction > width || (fraction < width && text.charCodeAt(at + 11) === 48)) return false;
    // Rust's `{:?}` of a Duration (`1796389662.14210071s`) trims a fixed fraction's trailing zeros: decimal.
    if ((text.charCodeAt(at + 11 + fraction) | 32) === 115) return false;
    if (text.charCodeAt(at + 10 + fraction) === 48) trailingZero = true;
    if (fraction === width) full++;
    else shorter++;
    const second = Number(text.slice(at, at + 10));
    const written = Number(text.slice(at + 11, at + 11 + fraction));
    const decimal: [number, number] = [second, written * 10 ** (width - fraction)];
    const unpadded: [number, number] = [second, written];
    const node = table.nodes[i];
    if (before(decimal, lastDecimal.get(node))) decimalBack = true;
    if (!integer && before(unpadded, lastUnpadded.get(node))) return false;
    lastDecimal.set(node, decimal);
    lastUnpadded.set(node, unpadded);
  }
  return (full > 0 || integer) && shorter > 0 && (decimalBack || trailingZero || integer);
}

// Where a head stamp's clock fraction starts and how many digits it has (`20:29:41.50`: 2), from the stamp's start
// `at`; undefined for a stamp with no `HH:MM:SS` and a fraction in its first CLOCK_SEARCH_CHARS.
function findClockFraction(text: string, at: number, end: number): readonly [start: number, digits: number] | undefined {
  const last = Math.min(end, at + CLOCK_SEARCH_CHARS) - 9;
  for (let p = at; p <= last; p++) {
    if (text.charCodeAt(p + 2) !== 58 || text.charCodeAt(p + 5) !== 58 || !isDigit(text.charCodeAt(p)) || !isDigit(text.charCodeAt(p + 1))) continue;
    if (!isDigit(text.charCodeAt(p + 3)) || !isDigit(text.charCodeAt(p + 4)) || !isDigit(text.charCodeAt(p + 6)) || !isDigit(text.charCodeAt(p + 7))) continue;
    const dot = text.charCodeAt(p + 8);
    if (dot !== 46 && dot !== 44) return undefined;
    let digits = 0;
    while (digits < 10 && p + 9 + digits < end && isDigit(text.charCodeAt(p + 9 + digits))) digits++;
    return digits === 0 ? undefined : [p + 9, digits];
  }
  return undefined;
}

const CLOCK_SEARCH_CHARS = 48;

// Each log line's clock fraction (findClockFraction): its line, where its digits start and how many.
function readClockFractions(lines: PasteLines, table: LineTable): [line: number, start: number, digits: number][] {
  const fractions: [number, number, number][] = [];
  for (let i = 0; i < lines.count; i++) {
    const at = table.stampAt[i]!;
    if (at < 0 || table.kinds[i] !== LINE_LOG) continue;
    const found = findClockFraction(lines.text, at, lines.ends[i]!);
    if (found !== undefined) fractions.push([i, found[0], found[1]]);
  }
  return fractions;
}

// The second of the day of the `HH:MM:SS` right before a clock fraction starting at `start`.
function readClockSecond(text: string, start: number): number {
  const clock = start - 9;
  const two = (at: number): number => (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
  return two(clock) * 3600 + two(clock + 3) * 60 + two(clock + 6);
}

// Per scanned paste: whether its clock stamps' fractions are C's unpadded ms (decideUnpaddedMillis).
const writesUnpaddedMillis = decideOncePerTable(decideUnpaddedMillis);

/**
 * Whether the paste's clock stamps (`Dec  4 20:29:41.50 host kv_node[16328]: …`) write the ms as C's unpadded `%ld` of
 * tv_nsec / 1000000 (`41.50` is 41.050, adv50-10/-11), proven as decideUnpaddedFraction proves it of epoch µs, by a
 * writer of its own: its fractions vary in width, some three digits and some fewer (a zero-padded or fixed-width writer
 * prints one width; another writer's tenths beside a writer's ms are two printers, adv48b), and either their decimal
 * reading runs its time backwards or one of them ends in 0 (a printer that drops digits drops trailing zeros). None of
 * the shorter starts with 0, the ms reading runs no writer's time backwards (paste order) and no writer of a shorter
 * fraction writes a finer one (a float's varying digits); a finer fraction of another writer (a `date +%T.%N` record's
 * nine digits) is another printer's and proves nothing. Read once per paste, and only when a
 * stamp has fewer than three digits.
 */
function decideUnpaddedMillis(lines: PasteLines, table: LineTable): boolean {
  const { text } = lines;
  const writers = new Map<string | undefined, { lastDecimal: number; lastMillis: number; full: boolean; shorter: boolean; finer: boolean; proof: boolean }>();
  for (const [i, start, digits] of readClockFractions(lines, table)) {
    const node = table.nodes[i];
    let own = writers.get(node);
    if (own === undefined) writers.set(node, (own = { lastDecimal: -Infinity, lastMillis: -Infinity, full: false, shorter: false, finer: false, proof: false }));
    // A finer fraction is another printer's (`date +%T.%N`'s record of the kill): no C node's ms, unless its writer's.
    if (digits > 3) {
      own.finer = true;
      continue;
    }
    if (digits < 3 && text.charCodeAt(start) === 48) return false;
    const second = readClockSecond(text, start);
    const written = Number(text.slice(start, start + digits));
    const decimal = second * 1000 + written * 10 ** (3 - digits);
    const millis = second * 1000 + written;
    if (millis < own.lastMillis) return false;
    if (decimal < own.lastDecimal || text.charCodeAt(start + digits - 1) === 48) own.proof = true;
    if (digits === 3) own.full = true;
    else own.shorter = true;
    own.lastDecimal = decimal;
    own.lastMillis = millis;
  }
  let proven = false;
  for (const own of writers.values()) {
    // A writer of both finer and shorter fractions prints a float's varying digits.
    if (own.finer && own.shorter) return false;
    if (own.full && own.shorter && own.proof && !own.finer) proven = true;
  }
  return proven;
}

// `located`, a stamp whose clock fraction is narrower than `width` (3: ms, decideUnpaddedMillis; 6: µs of four or five
// digits, decideUnpaddedMicros), read as that unit's unpadded count (`41.50` is 41.050, `11.3166` 11.003166).
function readUnpaddedClockFraction(text: string, at: number, end: number, located: Stamp, width: 3 | 6): Stamp {
  const found = findClockFraction(text, at, end);
  if (found === undefined || found[1] >= width || (width === 6 && found[1] < 4)) return located;
  const written = Number(text.slice(found[0], found[0] + found[1]));
  const shiftMs = (written - written * 10 ** (width - found[1])) / 10 ** (width - 3);
  return { ...located, ms: located.ms + shiftMs, dayMs: located.dayMs + shiftMs, yearMs: located.yearMs + shiftMs, precisionMs: 10 ** (3 - width) };
}

// Per scanned paste: whether its clock stamps' fractions are C's `%03ld` of tv_usec (decideUnpaddedMicros).
const writesUnpaddedMicros = decideOncePerTable(decideUnpaddedMicros);

/**
 * Whether the paste's clock stamps write the µs as C's `%03ld` of tv_usec (`07:25:11.3166` is 11.003166, `11.90105`
 * 11.090105: adv63f-09/-10/-11/-36), proven as decideUnpaddedMillis proves unpadded ms, by a writer of its own: its
 * fractions vary from six digits to four or five (none starting with 0, none shorter than three nor finer than six),
 * and either their decimal reading runs its time backwards or one of the shorter ends in 0 (a printer that drops digits
 * drops trailing zeros); the µs reading runs no writer's time backwards (paste order). Read once per paste, and only
 * when a stamp has four or five digits.
 */
function decideUnpaddedMicros(lines: PasteLines, table: LineTable): boolean {
  const { text } = lines;
  const writers = new Map<string | undefined, { lastDecimal: number; lastMicros: number; full: boolean; shorter: boolean; proof: boolean }>();
  for (const [i, start, digits] of readClockFractions(lines, table)) {
    const node = table.nodes[i];
    // A record of the kill (`date +%T.%3N`'s three digits, `%N`'s nine) is another printer's: the nodes' lines decide.
    if (node === undefined) continue;
    if (digits < 3 || digits > 6 || (digits > 3 && digits < 6 && text.charCodeAt(start) === 48)) return false;
    let own = writers.get(node);
    if (own === undefined) writers.set(node, (own = { lastDecimal: -Infinity, lastMicros: -Infinity, full: false, shorter: false, proof: false }));
    const second = readClockSecond(text, start);
    const written = Number(text.slice(start, start + digits));
    const decimal = second * 1_000_000 + written * 10 ** (6 - digits);
    const micros = second * 1_000_000 + written;
    if (micros < own.lastMicros) return false;
    if (decimal < own.lastDecimal || (digits > 3 && digits < 6 && text.charCodeAt(start + digits - 1) === 48)) own.proof = true;
    if (digits === 6) own.full = true;
    else if (digits > 3) own.shorter = true;
    own.lastDecimal = decimal;
    own.lastMicros = micros;
  }
  for (const own of writers.values()) if (own.full && own.shorter && own.proof) return true;
  return false;
}

// Per scanned paste: whether the bare numbers at its lines' heads are ms on one relative clock (decideRelativeMsColumn).
const writesRelativeMs = decideOncePerTable(decideRelativeMsColumn);

/** Fewest head-numbered lines that can prove a relative-ms column. */
const RELATIVE_MS_MIN_LINES = 4;

/**
 * Whether the paste's lines start with Python logging's `%(relativeCreated)7d` (`   8734 INFO    kv.node2: …`: whole ms
 * since the one process that wrote every line loaded logging, right-aligned, no date), proven by the paste: at least
 * 4/5 of its log lines (and four or more) start with a whole number then a space or tab, right-aligned to one column
 * (a number wider than the column starts the line: Python's `%7d` overflows), never decreasing in paste order (one
 * process, one clock: per-process counters restart, `blind3`), with at least three values and one repeated on
 * consecutive lines (two lines in one ms; a line-number column — `cat -n`, `nl`, `grep -n` of those, however its
 * numbers jump — never repeats one), and no line with a timestamp of its own (a numbered log with times keeps its
 * times). Anything less leaves bare numbers unread. Read once per paste, and only when a line's head number is no
 * timestamp.
 */
function decideRelativeMsColumn(lines: PasteLines, table: LineTable): boolean {
  const { text, starts, ends, count } = lines;
  let logLines = 0;
  let headed = 0;
  let column = -1;
  let unpaddedEnd = Infinity;
  let last = -1;
  let distinct = 0;
  let repeated = false;
  for (let i = 0; i < count; i++) {
    if (table.kinds[i] !== LINE_LOG) continue;
    logLines++;
    const at = table.stampAt[i]!;
    const start = starts[i]!;
    if (at < 0 || !isDigit(text.charCodeAt(at))) continue;
    let pad = start;
    while (pad < at && text.charCodeAt(pad) === 32) pad++;
    if (pad !== at) continue;
    const stamp = readRelativeMs(text, at, ends[i]!);
    if (stamp === undefined) continue;
    // Right-aligned to one column; a number as wide as it or wider (no padding left) ends there or past it.
    const end = stamp.end - start;
    if (at === start) unpaddedEnd = Math.min(unpaddedEnd, end);
    else if (column < 0) column = end;
    else if (end !== column) return false;
    if (stamp.ms < last) return false;
    if (stamp.ms === last) repeated = true;
    else distinct++;
    last = stamp.ms;
    headed++;
  }
  if (column < 0 || unpaddedEnd < column || headed < RELATIVE_MS_MIN_LINES || headed * 5 < logLines * 4 || distinct < 3 || !repeated) return false;
  for (let i = 0; i < count; i++) {
    const at = table.stampAt[i]!;
    if (table.kinds[i] !== LINE_LOG || at < 0 || !isDigit(text.charCodeAt(at))) continue;
    if (parseTimestampAt(text, at, ends[i]!) !== undefined || searchStamp(text, starts[i]!, ends[i]!) !== undefined) return false;
  }
  return true;
}

// A line stamped twice, the first coarser (honcho's whole-second `11:40:11 node1.1 | 2026-11-30 11:40:11.952 …`, a
// supervisor's prefix before the program's own time, journalctl's whole-second `Mon 2026-11-30 14:03:11 UTC host
// kv@1.service[4101]: [14:03:11.263] …`): the finer one, when it is the same moment (within a second of the coarse
// stamp's interval). A finer time that writes less of the date than the coarse one (a bare time of day under a
// dated head) is that moment on the coarse stamp's day: the coarse stamp moved to the finer time. Only event lines
// get here (stampOf is lazy), so the head scan stays one pass.
function findFinerStamp(text: string, coarse: Stamp, end: number): Stamp | undefined {
  const posted = findChatPostedStamp(text, coarse, end);
  if (posted !== undefined) return posted;
  const finer = searchStamp(text, coarse.end, end);
  if (finer === undefined || finer.precisionMs >= coarse.precisionMs || finer.kind === 'relative' || coarse.kind === 'relative') return undefined;
  const delta = finer.dayMs - coarse.dayMs;
  if (!(delta >= -1000 && delta < coarse.precisionMs + 1000)) return undefined;
  if (CLOCK_STRENGTH[finer.kind] >= CLOCK_STRENGTH[coarse.kind]) return finer;
  return { ...coarse, ms: coarse.ms + delta, dayMs: finer.dayMs, yearMs: coarse.yearMs + delta, precisionMs: finer.precisionMs, end: finer.end };
}

// An IRC client's line (irssi's `14:02 <sam> `, HexChat's `Dec 04 14:02:19 <sam> `, `[14:02:19] <@sam> `): the time
// the message was posted, then the nick in angle brackets.
const CHAT_NICK = /\]?[ \t]{0,4}<[@+%~&]?[\w.`|^{}\\[\]-]{1,32}>[ \t]{1,4}/y;

// A log line posted in a chat, stamped to the ms by its program right after the poster's nick (adv47: `[14:02:19] <sam>
// 2026-12-04 13:58:40.204 node1 …`): the program's stamp is the event's, however long before the message it was.
function findChatPostedStamp(text: string, coarse: Stamp, end: number): Stamp | undefined {
  CHAT_NICK.lastIndex = coarse.end;
  if (!CHAT_NICK.test(text)) return undefined;
  const own = parseTimestampAt(text, CHAT_NICK.lastIndex, end);
  return own !== undefined && own.precisionMs < coarse.precisionMs && own.kind !== 'relative' && own.format !== 'uptime' ? own : undefined;
}

/**
 * A line whose head stamp (to the ms or finer) is followed, within its next three tokens, by the program's own wall-clock
 * stamp: a relay's stamp before the writer's (docker/kubectl `--timestamps`, a GitHub Actions runner's
 * `2026-12-01T10:20:41.5834336Z`, `docker logs --details`' labels in between, Grafana Explore's browser-time column
 * before logfmt's `ts=…Z`, promtail's read time). The program's own stamp is when the event happened, the relay's when
 * it was read, flushed or shown (a C node's block-buffered stdout flushed at once, promtail's batches, a browser's
 * zone): when every line stamped as the relay stamps carries its program's own stamp to the ms (readsOwnStamps), the
 * inner stamps are the paste's one clock. Else the relay's stamps stand (a kill on one clock, detections on the
 * other would be no measurement), unless the paste proves the relay stamped its writer's lines late by amounts
 * differing by over PRINT_LAG_MS (a `cat` of a finished log in a CI step, a replay): those writers' inner stamps are
 * the events' (decidePrintTimeWriters). Undefined: the head stamp stands.
 */
function findEventStampUnderPrintTime(lines: PasteLines, table: LineTable, i: number, outer: Stamp): Stamp | undefined {
  const inner = searchInnerHeadStamp(lines.text, outer.end, lines.ends[i]!);
  if (inner === undefined) return undefined;
  if (readsOwnStamps(lines, table) && outer.kind === 'absolute' && outer.zoned && !inner.zoned) return removeRelayLag(outer, inner);
  if (!(readsOwnStamps(lines, table) || printTimeWriters(lines, table).has(table.nodes[i]))) return undefined;
  if (CLOCK_STRENGTH[inner.kind] >= CLOCK_STRENGTH[outer.kind]) return inner;
  const delta = inner.dayMs - outer.dayMs;
  return { ...outer, ms: outer.ms + delta, dayMs: inner.dayMs, yearMs: outer.yearMs + delta, precisionMs: inner.precisionMs, zoned: inner.zoned, end: inner.end };
}

const QUARTER_HOUR_MS = 900_000;

// A zone-less program stamp under a zoned relay's (docker's `…Z`): the program's moment in the relay's zone. The whole
// quarter hours between the two are the writer's zone (a container an hour east of docker's UTC), the rest the lag.
function removeRelayLag(outer: Stamp, inner: Stamp): Stamp {
  let delta = inner.dayMs - outer.dayMs;
  delta -= Math.round(delta / DAY_MS) * DAY_MS;
  const lag = delta - Math.round(delta / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
  const { nanos: _, ...relay } = outer;
  return { ...relay, ms: outer.ms + lag, dayMs: outer.dayMs + lag, yearMs: outer.yearMs + lag, precisionMs: inner.precisionMs, end: inner.end };
}

// A relay's stamps lagging its writer's by amounts this much apart are no live stamps: live relays lag by ms (the
// real captures' relay and trace clocks: at most 77 ms apart), while a 300 ms window can be flipped by a lag varying more.
const PRINT_LAG_MS = 200;

// The program's own wall-clock stamp starting one of the three tokens after a head stamp ending at `from` (after a `[`
// too: `[10:20:39.742]`), or undefined. Only a token starting with a digit is parsed, so an ordinary line costs a few
// character reads.
function searchInnerHeadStamp(text: string, from: number, end: number): Stamp | undefined {
  let p = from;
  for (let tokens = 0; tokens < 3 && p < end; tokens++) {
    while (p < end && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
    // A JSON record behind the relay's stamp (`docker compose logs -t`'s `… {"time":"…","msg":…}`, zap's `"ts":1796484508.74`
    // under `kubectl logs --timestamps`): its own time key's.
    if (text.charCodeAt(p) === 123 && text.charCodeAt(p + 1) === 34) {
      const own = readJsonRecordStamp(text.slice(p, Math.min(end, p + 4096)));
      return own === undefined || own.kind === 'relative' || own.format === 'uptime' || own.precisionMs >= 1000 ? undefined : own;
    }
    const key = text.charCodeAt(p) === 116 ? TIME_KEY.exec(text.slice(p, p + 12)) : null;
    const at = key !== null ? p + key[0].length : text.charCodeAt(p) === 91 ? p + 1 : p;
    if (isDigit(text.charCodeAt(at))) {
      const inner = parseTimestampAt(text, at, end);
      if (inner !== undefined) return inner.kind === 'relative' || inner.format === 'uptime' || (inner.format.startsWith('epoch') && inner.precisionMs >= 1000) ? undefined : inner;
    }
    if (tokens === 2) break;
    while (p < end && text.charCodeAt(p) !== 32 && text.charCodeAt(p) !== 9) p++;
  }
  return undefined;
}

// logfmt's time key before the program's own stamp (`ts=2026-12-03T11:20:08.412Z`, `time="…"`).
const TIME_KEY = /^(?:ts|time|timestamp)="?/;

// Per scanned paste: whether its relay-stamped lines all carry their programs' own stamps (decideOwnStamps).
const readsOwnStamps = decideOncePerTable(decideOwnStamps);

/** A log line whose head stamp could be a relay's (to the ms, on a clock): that stamp and the program's own after it. */
interface HeadStampPair {
  readonly line: number;
  readonly outer: Stamp;
  readonly inner: Stamp | undefined;
  /** `inner` is a JSON record's time key (an epoch there is the program's own time, no trace's). */
  readonly json: boolean;
}

// The paste's log lines whose head stamps are to the ms or finer and not relative (a relay writes such a column), each
// with the program's own stamp behind it when it has one (searchInnerHeadStamp): what decideOwnStamps and
// decidePrintTimeWriters weigh.
function readHeadStampPairs(lines: PasteLines, table: LineTable): HeadStampPair[] {
  const { text } = lines;
  const pairs: HeadStampPair[] = [];
  for (let i = 0; i < lines.count; i++) {
    const at = table.stampAt[i]!;
    if (at < 0 || table.kinds[i] !== LINE_LOG) continue;
    const end = lines.ends[i]!;
    const outer = parseTimestampAt(text, at, end);
    if (outer === undefined || outer.precisionMs > 1 || outer.kind === 'relative') continue;
    let q = outer.end;
    while (q < end && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
    pairs.push({ line: i, outer, inner: searchInnerHeadStamp(text, outer.end, end), json: text.charCodeAt(q) === 123 });
  }
  return pairs;
}

/**
 * Whether every log line whose head stamp is written as a relay's (the format and precision of the head stamps that
 * have a program's own stamp after them) carries its program's own stamp to the ms: `docker logs -t` of nodes that
 * stamp every line, a Grafana Explore copy of logfmt lines. A `date +%T.%3N` record or another tool's line written
 * otherwise does not count. Read once per paste, and only when an event line has two stamps.
 */
function decideOwnStamps(lines: PasteLines, table: LineTable): boolean {
  const twice = new Set<string>();
  const once = new Set<string>();
  for (const { outer, inner, json } of readHeadStampPairs(lines, table)) {
    const shape = `${outer.format}/${outer.precisionMs}/${outer.zoned}`;
    // An epoch after a time (libraft's `12:05:45.267260 LIBRAFT 1796126745266416458`) is the program's trace, not a
    // relay's column over it: the head stands. A JSON record's epoch time key (zap's `"ts"`, pino's `"time"`) is its own.
    if (inner !== undefined && (inner.precisionMs > 1 || (inner.format.startsWith('epoch') && !json))) return false;
    (inner === undefined ? once : twice).add(shape);
  }
  if (twice.size === 0) return false;
  for (const shape of twice) if (once.has(shape)) return false;
  return true;
}

// Per scanned paste: the writers (table.nodes values) whose head stamps are print times, not event times.
const printTimeWriters = decideOncePerTable(decidePrintTimeWriters);

/**
 * The writers whose lines' head stamps (to the ms or finer) a relay took late: over a writer's lines stamped twice, the
 * relay's stamp minus the writer's own (d, in its zone: one writer, one offset) varies by more than PRINT_LAG_MS. Each
 * line's relay lag is d minus the zone offset and is never negative, so a line whose d exceeds the smallest by L (the
 * inner stamp's precision taken off) was stamped at least L late. The GitHub runner's stamps of a `cat` step span 4 ms
 * over events 2.7 s apart; docker's follow their writer to within a ms. Read once per paste, and only when an event
 * line has two stamps.
 */
function decidePrintTimeWriters(lines: PasteLines, table: LineTable): ReadonlySet<string | undefined> {
  const least = new Map<string | undefined, number>();
  const most = new Map<string | undefined, number>();
  for (const { line: i, outer, inner } of readHeadStampPairs(lines, table)) {
    if (inner === undefined) continue;
    const dated = outer.kind === 'absolute' && inner.kind === 'absolute';
    let d = dated ? outer.ms - inner.ms : outer.dayMs - inner.dayMs;
    if (!dated) d -= Math.round(d / DAY_MS) * DAY_MS;
    const node = table.nodes[i];
    least.set(node, Math.min(least.get(node) ?? Infinity, d));
    most.set(node, Math.max(most.get(node) ?? -Infinity, d - inner.precisionMs));
  }
  const writers = new Set<string | undefined>();
  for (const [node, d] of most) if (d - least.get(node)! > PRINT_LAG_MS) writers.add(node);
  return writers;
}

// How much of the date a wall-clock stamp writes.
const CLOCK_STRENGTH: Readonly<Record<Stamp['kind'], number>> = { 'time-of-day': 0, yearless: 1, absolute: 2, relative: -1 };

// JUL's level names, and the JDK's own translations of them a record prints in a student's locale (de, fr, es, it, pt_BR).
const JUL_LEVEL =
  /^(?:SEVERE|WARNING|INFO|CONFIG|FINE|FINER|FINEST|SCHWERWIEGEND|WARNUNG|INFORMATION|KONFIGURATION|FEIN|FEINER|AM FEINSTEN|GRAVE|AVERTISSEMENT|INFOS|PRECIS|PLUS PRECIS|LE PLUS PRECIS|ADVERTENCIA|CONFIGURACIÓN|DETALLADO|MUY DETALLADO|MÁS DETALLADO|AVVERTENZA|CONFIGURAZIONE|PIÙ FINE|MOLTO FINE|ADVERTÊNCIA|CONFIGURAÇÃO): /;
/** .NET's simple console logger with a TimestampFormat: `12:12:07.631 info: Category[EventId]`, the message on the next line. */
const DOTNET_HEAD = /^ ?(?:trce|dbug|info|warn|fail|crit): [\w.`+<>$-]+\[\d+\]\s*$/;
// PowerShell's clock read through .NET: `[DateTimeOffset]::UtcNow.ToUnixTimeMilliseconds()` prints epoch ms,
// `[DateTime]::UtcNow.ToString("o")` and `(Get-Date).ToUniversalTime().ToString("o")` an ISO time (Windows PowerShell
// 5.1's only way to UTC), `(Get-Date).ToString("HH:mm:ss.fff")` a local one (adv64d-51/-55/-57).
const DOTNET_NOW = String.raw`\[DateTime(?:Offset)?\]::(?:Utc)?Now(?:\.\w{1,32}\([^()\n]{0,40}\))+|\(get-date\)(?:\.\w{1,32}\([^()\n]{0,40}\))+`;
// Python's clock printed as the kill runs, as this tool advises on macOS (no %N in BSD date): `python3 -c 'import datetime;
// print(datetime.datetime.now().time())'; kill 11660` prints `08:22:24.288906`; `time.time()` epoch seconds.
const PYTHON_NOW = String.raw`python[23]?(?:\.\d{1,2})?\s+-c\s+(?:'[^'\n]{0,160}(?:now\(\)|time\.time\(\))[^'\n]{0,60}'|"[^"\n]{0,160}(?:now\(\)|time\.time\(\))[^"\n]{0,60}")`;
// bash 5's clock variable printed as the kill runs: `echo $EPOCHREALTIME; kill -15 17101` prints `1796214102.118204`
// (epoch seconds to the µs), as a date does; also `printf '%s\n' "$EPOCHREALTIME"`, and `$EPOCHSECONDS` (whole seconds, cut).
const EPOCH_ECHO = String.raw`(?:echo|printf\s+(?:'[^'\n]{0,20}'|"[^"\n]{0,20}"))\s+["']?\$\{?EPOCH(?:REALTIME|SECONDS)\}?["']?`;
// Other shells' own clocks printed as the kill runs (adv56c): bash's and ksh93's `printf '%(%T)T' -1` (ksh93's `%N` for
// ns: `printf "%(%H:%M:%S.%N)T\n" now`), zsh's `print -P "%D{%H:%M:%S.%.}"` and `strftime "%T" $EPOCHSECONDS`, and
// perl's `perl -MTime::HiRes=time -e 'printf "%.6f\n", time'`.
const PRINTF_CLOCK = String.raw`printf\s+(?:'[^'\n]{0,40}%\([^)\n]{1,30}\)T[^'\n]{0,10}'|"[^"\n]{0,40}%\([^)\n]{1,30}\)T[^"\n]{0,10}")(?:\s+(?:-[12]|now|["']?\$\{?EPOCH\w{0,8}\}?["']?))?`;
const ZSH_CLOCK = String.raw`(?:print\s+-P\s+(?:'[^'\n]{0,40}%D\{[^}\n]{1,30}\}[^'\n]{0,10}'|"[^"\n]{0,40}%D\{[^}\n]{1,30}\}[^"\n]{0,10}")|strftime\s+(?:'[^'\n]{1,40}'|"[^"\n]{1,40}"|[^\s;&|]{1,40})\s+["']?\$\{?EPOCH(?:SECONDS|REALTIME)\}?["']?)`;
const PERL_CLOCK = String.raw`perl\s+(?:-[^\s;&|]+\s+){0,3}-e\s+(?:'[^'\n]{0,160}\btime\b[^'\n]{0,60}'|"[^"\n]{0,160}\btime\b[^"\n]{0,60}")`;
// A shell's or script's clock printed: bash 5's variable, printf's and zsh's time formats, perl's.
const SHELL_CLOCK = String.raw`(?:${EPOCH_ECHO}|${PRINTF_CLOCK}|${ZSH_CLOCK}|${PERL_CLOCK})`;
/**
 * A shell command that prints the time as well as killing (`date +%T.%N; kill 5120`, `kill 5120 && date -Ins`,
 * PowerShell's `Get-Date -Format o; taskkill /PID 11872 /F`, cmd's `C:\kv>echo %TIME% & taskkill /F /PID 7712`).
 */
// A quoted remote command starting with it counts too (`ssh raft-1 'date +%T.%N; pkill …'`, ansible's `-a 'date …; …'`).
// After `!`: a notebook cell's shell escape (`[7]: !date +%T.%N; kill 7857`).
const DATE_COMMAND = new RegExp(String.raw`(?:^|[\s;&|$(\`>'"!])(?:${DATE_PROGRAM}|get-date|echo\s+(?:%date%\s+)?%time%|${SHELL_CLOCK}|${DOTNET_NOW}|${PYTHON_NOW})(?:\s|;|&|\||$)`, 'i');
// `date +FORMAT` run before a `;` or `&&`: what prints the bare time on the next line. Not the word echoed (`echo
// date +%T; kill 4101` prints `date +%T`).
const DATE_FORMAT_RUN = String.raw`(?:(?<!\b(?:echo|printf)\s+["']?)${DATE_PROGRAM}\s+(?:-u\s+)?["']?\+[^;&|\n]{1,40}|${SHELL_CLOCK}\s*)(?:;|&&)`;
const ECHOED_DATE_COMMAND = new RegExp(String.raw`(?:^|[\s;&|(])${DATE_FORMAT_RUN}`);
// `date +%T.%3N; kill -TERM %1` on a row of its own with no prompt: typed while a background job's output took the
// prompt's row (real14's tmux terminals), so the shell's prompt is above, among the records. A command, no log line.
// The date may run behind `sudo`, `env`, a variable's setting (`TZ=UTC date …`), inside `( … )` or `{ …; }`.
const TYPED_DATE_KILL = new RegExp(String.raw`[ \t]*(?:(?:sudo(?:\s+-\w+)*|env|[A-Z_][A-Z0-9_]*=[^\s;&|]*)\s+|[({]\s*)*${DATE_FORMAT_RUN}`, 'y');
const GUTTER_MAX_CHARS = 200;
// The date program after a blank or a prompt's sigil, where a command starts (isGutteredDateKill).
const GUTTERED_DATE_KILL = new RegExp(String.raw`(?<=[\s$#%>│|:])${DATE_FORMAT_RUN}`, 'g');

// Line i's time when it runs `date` (`command` tests it) and the next line is that date's output alone (below
// ansible's `raft-1 | CHANGED | rc=0 >>` when run on hosts: see ansibleDateOutput). GNU date's default output (`Tue
// Dec  1 15:33:08 UTC 2026`) starts with a weekday, which the head scan locates no time behind: that line is read
// from its first word.
// What makes the shell wait between two commands: a sleep, or a wait for a process to end (bash's `wait`, `tail
// --pid=N -f /dev/null`, procps' `pidwait`, a `while kill -0 N` / `until ! pgrep` loop, also quoted for `sh -c`,
// PowerShell's `Wait-Process`, `read` for Enter).
const DELAY_WORDS = /(?:^|[\s;&|('"])(?:(?:sleep|start-sleep|wait|wait-process|read|inotifywait|waitpid|pwait|pidwait)\b[^;&|\n]{0,24}|(?:while|until)\b[^;\n]{0,40}|tail\b[^;&|\n]{0,10}--pid\b[^;&|\n]{0,30})/gi;
// A group of commands sent to the background (`( … ) &`, `{ …; } &`).
const BACKGROUND_GROUP = /[({][^(){}\n]*[)}]\s*&(?!&)/;
/** Where a command runs `date` (PowerShell's `Get-Date`): for the kill it times (here and read-log-events.ts). */
export const DATE_WORD = new RegExp(String.raw`(?:^|[\s;&|(])(?:${DATE_PROGRAM}\b|get-date\b|${SHELL_CLOCK}|${DOTNET_NOW})`, 'i');

/**
 * `kill 4101 && sleep 1 && date`, `date; sleep 2; kill 4101`, `kill 4101; while kill -0 4101; do :; done; date`: a
 * delay between the date and the kill, so the printed date is away from the kill (seconds, or the process's end) and
 * times nothing (adv17's `kill … && sleep 1 && date` and adv18's wait-for-exit pastes, false passes). The delay's
 * words (`sleep 1`), for the report that says why such a kill has no time (measure-detection.ts); undefined when none.
 */
export function findDelayBetweenDateAndKill(typed: string, gonePids?: ReadonlySet<number>): string | undefined {
  const date = DATE_WORD.exec(typed);
  const kill = findEndingKill(typed, gonePids);
  if (date === null || kill === null) return undefined;
  // A pause before that kill on the line (`kill -STOP 6206; sleep 0.05; date; kill 6206`): the stopped process takes
  // the signal only once resumed, on a later command, so the date times nothing.
  const paused = findPauseBefore(typed, kill.index);
  if (paused !== undefined && !endsPauseAtOnce(typed, paused, kill.index)) return paused;
  const from = Math.min(date.index, kill.index);
  const to = Math.max(date.index, kill.index);
  DELAY_WORDS.lastIndex = from;
  const delay = DELAY_WORDS.exec(typed);
  if (delay !== null && delay.index < to) return delay[0].replace(/^[\s;&|('"]+/, '').trim();
  // A script's inline wait between the date and the kill (`date +%T.%3N; perl -e 'select(undef,undef,undef,0.5)'; kill
  // 5998`, adv67b-08; `python3 -c "import time; time.sleep(0.5)"`): the kill came when it returned.
  if (kill.index > date.index) {
    const program = findProgramRunBetween(typed, date.index, kill.index);
    return program !== undefined && INLINE_SCRIPT.test(program) ? program : undefined;
  }
  // `(sleep 0.6; kill 3421) & date`: the kill waits in a group sent to the background while the date runs at once
  // (adv55c-18): the date is the sleep's start, not the kill's.
  const group = BACKGROUND_GROUP.exec(typed.slice(0, date.index));
  if (group !== null && group.index < kill.index && group.index + group[0].length > kill.index) {
    DELAY_WORDS.lastIndex = group.index;
    const waited = DELAY_WORDS.exec(typed);
    if (waited !== null && waited.index < kill.index) return waited[0].replace(/^[\s;&|('"]+/, '').trim();
  }
  // `ssh raft-a 'sudo kill …'; date`: the date runs once ssh has returned, a network round trip after the signal (adv48b).
  const remote = REMOTE_RUN_BEFORE.exec(typed.slice(0, kill.index));
  return remote !== null ? remote[1]! : (findStopWaitingForExit(typed.slice(kill.index, date.index)) ?? findProgramRunBetween(typed, kill.index, date.index));
}

// The shell's own commands, which return at once: between a kill and its date (`kill 4101; echo killed; date`) they
// leave the date the kill's time. Another signal (`kill`, `pkill`) returns as soon as it is sent.
const INSTANT_COMMANDS = new Set(['echo', 'printf', 'true', 'false', ':', 'cd', 'export', 'set', 'unset', 'local', 'test', '[', 'kill', 'pkill', 'killall', 'builtin', 'command', 'date']);
// A command substitution (`kill $(pgrep -f kv_node | head -1)`): part of the command it stands in.
const SUBSTITUTION = /\$\([^()\n]*\)|`[^`\n]*`/g;
// A redirection (`2>&1`, `&>/dev/null`, `> kill.txt`): no command of its own, though it holds `&`.
const REDIRECTION = /(?:\d|&)?[<>]{1,2}(?:&\d|&-)?\s*[^\s;&|<>]*/g;

// An interpreter running code given on its command line that waits (`perl -e 'select(undef,undef,undef,0.5)'`, `python3
// -c "import time; time.sleep(0.5)"`, `ruby -e 'sleep 0.5'`, node's timer); a script printing the clock or
// anything else returns at once.
const INLINE_SCRIPT = /^(?:perl|python[\d.]*|ruby|node)\s+(?:-\S+\s+)*-[ec]\b.*(?:\bsleep\b|\bselect\s?\(|\bsetTime(?:out)\b|\busleep\b)/;

// The words of a program the shell runs after the kill, before the date that is taken for its time (adv67b-03/-05: `kill
// -TERM 24781; python3 -c "import time; time.sleep(0.2)"; date +%T.%3N`, `perl -e 'select(undef,undef,undef,0.25)'`):
// the date prints when that program has returned, however long it ran; undefined when only INSTANT_COMMANDS run there.
function findProgramRunBetween(typed: string, killIndex: number, dateIndex: number): string | undefined {
  const between = typed.slice(killIndex, dateIndex);
  // Quoted text blanked first: `python3 -c "import time; time.sleep(0.2)"` is one command.
  const blanked = between.replace(QUOTED, (quoted) => ' '.repeat(quoted.length)).replace(SUBSTITUTION, (run) => ' '.repeat(run.length)).replace(REDIRECTION, (run) => ' '.repeat(run.length));
  const separator = /[;&|\n]+/g;
  for (let m = separator.exec(blanked); m !== null; m = separator.exec(blanked)) {
    const from = m.index + m[0].length;
    const next = blanked.slice(from).search(/[;&|\n]/);
    const to = next < 0 ? blanked.length : from + next;
    const words = blanked.slice(from, to).replace(/^[\s({]+/, '').replace(/^(?:\w+=\S*\s+)+/, '').replace(/^sudo\s+(?:-\S+\s+)*/, '');
    const program = /^[^\s)}]+/.exec(words)?.[0];
    if (program !== undefined && !INSTANT_COMMANDS.has(program.replace(/^.*\//, '').toLowerCase())) return between.slice(from, to).trim().slice(0, 60);
    separator.lastIndex = to;
  }
  return undefined;
}

// The first kill command of a typed line that sends a signal ending its process: `date; kill -STOP 10346; sleep 1; kill
// -TERM 10346` (adv60c-21) kills after its sleep, the STOP only paused; and not one sending a signal servers commonly
// handle when a later kill follows (`date; kill -HUP 4101; sleep 0.1; kill -9 4101`, adv60e-14: the HUP reloaded, the
// KILL ended it). The first kill at all when none is such.
function findEndingKill(typed: string, gonePids?: ReadonlySet<number>): { index: number } | null {
  const first = COMMAND_KILL_PATTERN.exec(typed);
  if (first === null) return null;
  // A later kill the shell answered `No such process` found its process gone (adv61a-56: `kill -s SIGUSR1 P; sleep 0.2;
  // kill -9 P`, the USR1 unhandled): the earlier signal ended it.
  const kills = gonePids === undefined || gonePids.size === 0 ? readTypedKills(typed) : readTypedKills(typed).filter((k) => !readKillPids(k.text).some((pid) => gonePids.has(pid)));
  if (kills.length < 2) return kills[0] ?? first;
  const ending = kills.find((k, i) => !NO_END_SIGNAL_TEST.test(k.text) && !(i < kills.length - 1 && k.signal !== undefined && HANDLED_SIGNALS.has(k.signal)));
  return ending ?? first;
}

// The pids the rows right under a typed command say were gone (`bash: kill: (31590) - No such process`), if any.
function readGonePids(lines: PasteLines, from: number): Set<number> | undefined {
  let gone: Set<number> | undefined;
  for (let k = from; k < Math.min(lines.count, from + KILL_FAILURE_ROWS); k++) {
    const pid = readKillFailure(lines.text.slice(lines.starts[k]!, Math.min(lines.ends[k]!, lines.starts[k]! + 200)))?.pid;
    if (pid !== undefined) (gone ??= new Set()).add(pid);
  }
  return gone;
}

// Whether the kill at `killIndex` sends SIGKILL, which ends a stopped process at once, with nothing waiting between it and
// the pause `paused` before it on the line (`kill -STOP 17152; date +%T.%3N; kill -9 17152`, adv74b-01/-47/-54): the
// date times the pause and the kill alike. A wait between them (`kill -STOP P; sleep 0.4; date; kill -9 P`) leaves the
// date after the node fell silent.
function endsPauseAtOnce(typed: string, paused: string, killIndex: number): boolean {
  if (!readTypedKills(typed).some((kill) => kill.index === killIndex && kill.signal === 'KILL')) return false;
  const from = typed.indexOf(paused);
  if (from < 0 || from > killIndex) return false;
  DELAY_WORDS.lastIndex = from;
  const delay = DELAY_WORDS.exec(typed);
  return (delay === null || delay.index >= killIndex) && findProgramRunBetween(typed, from, killIndex) === undefined;
}

// The words of a kill pausing its process (`kill -STOP 6206`, PAUSE_SIGNALS) before `before` on a typed line, with no
// resume (`kill -CONT`) between.
function findPauseBefore(typed: string, before: number): string | undefined {
  let paused: string | undefined;
  for (const kill of readTypedKills(typed)) {
    if (kill.index >= before) break;
    if (kill.signal !== undefined && PAUSE_SIGNALS.has(kill.signal)) paused = kill.text.trim();
    else if (kill.signal === 'CONT') paused = undefined;
  }
  return paused;
}

/**
 * The words of a command typed above line i (at most PAUSE_ROWS rows up) that paused the very pid line i's kill
 * signals (`kill -STOP 9734`, then `date +%T.%3N; kill 9734`), with no resume of it (`kill -CONT 9734`) between: the
 * stopped process takes the signal only once resumed, so the date times nothing (adv65b-20/-43). Undefined otherwise.
 */
function findEarlierPause(lines: PasteLines, table: LineTable, i: number, typed: string): string | undefined {
  let pids: number[] | undefined;
  // Even a SIGKILL, which ends a stopped process at once: the node fell silent at the pause, so the kill's date times
  // no silence (a date after the pause would shorten every delay by the wait between them).
  for (const kill of readTypedKills(typed)) if (kill.signal === undefined || !PAUSE_SIGNALS.has(kill.signal)) (pids ??= []).push(...readKillPids(kill.text));
  if (pids === undefined || pids.length === 0) return undefined;
  for (let k = i - 1; k >= 0 && i - k <= PAUSE_ROWS; k--) {
    const row = lines.text.slice(lines.starts[k]!, Math.min(lines.ends[k]!, lines.starts[k]! + 256));
    // `fg` / `bg` resumed the job a Ctrl+Z stopped.
    if (RESUME_JOB.test(row)) return undefined;
    // A Ctrl+Z in the node's own terminal (`^Z`, `[1]+  Stopped  python3 -u kvn.py 1 …`) under its start line's `pid=9734`.
    if (JOB_STOPPED_PATTERN.test(row) && statesPidAbove(lines, k, pids)) return row.trim();
    if (table.kinds[k] !== LINE_COMMAND) continue;
    const above = lines.text.slice(lines.starts[k]!, Math.min(lines.ends[k]!, lines.starts[k]! + 1024));
    if (!above.includes('kill')) continue;
    const kills = readTypedKills(above);
    for (let n = kills.length - 1; n >= 0; n--) {
      const kill = kills[n]!;
      if (!readKillPids(kill.text).some((pid) => pids!.includes(pid))) continue;
      if (kill.signal === 'CONT') return undefined;
      if (kill.signal !== undefined && PAUSE_SIGNALS.has(kill.signal)) return kill.text.trim();
    }
  }
  return undefined;
}

const PAUSE_ROWS = 40;
// A command resuming a job a Ctrl+Z stopped (bash's notice of it: JOB_STOPPED_PATTERN).
const RESUME_JOB = /(?:^|[\s$#>%])(?:fg|bg)(?:\s+%?\d{0,3})?\s*$/;

// Whether a line of the PAUSE_ROWS above line `k` states one of `pids` as its process's (`starting pid=9734`).
function statesPidAbove(lines: PasteLines, k: number, pids: readonly number[]): boolean {
  for (let j = k - 1; j >= 0 && k - j <= PAUSE_ROWS; j--) {
    const pid = readStatedPid(lines, j);
    if (pid !== undefined && pids.includes(Number(pid))) return true;
  }
  return false;
}

// NO_END_SIGNAL_COMMAND_PATTERN as a test (no global state).
const NO_END_SIGNAL_TEST = new RegExp(NO_END_SIGNAL_COMMAND_PATTERN.source, 'i');

/**
 * `date +%T.%N; kill $(pgrep -f …)`: a `date` record whose kill looks its target up after the date printed (a command
 * substitution after the kill's word), so the signal comes later by the lookup's time (log-facts.ts continuesShutdown).
 */
export function looksUpKillTargetAfterDate(typed: string): boolean {
  const date = DATE_WORD.exec(typed);
  const kill = COMMAND_KILL_PATTERN.exec(typed);
  if (date === null || kill === null || kill.index < date.index) return false;
  const rest = typed.slice(kill.index);
  return rest.includes('$(') || rest.includes('`');
}

// A remote shell the kill runs in (its command's words up to the kill): `ssh raft-a 'sudo kill …`, `ssh -t pi@raft-a kill`.
const REMOTE_RUN_BEFORE = /(?:^|[\s;&|(])((?:ssh|mosh)(?:\s+-\w+)*\s+[^\s;&|'"]{1,64})[^;&|\n]{0,80}$/;

// A stop that returns only once the process has exited: `systemctl stop` (not `--no-block`), `docker stop` / `docker
// compose stop|down` / `docker rm -f`, podman's, `kubectl delete` (not `--wait=false`), `supervisorctl stop`, `pm2
// stop|delete`, `killall -w`. Not `systemctl kill`, `docker kill`, `kill`, `pkill`: they signal and return.
const STOP_WAITING_FOR_EXIT =
  /(?:^|[\s;&|(])(?:systemctl\s+stop\b(?![^;&|\n]*--no-block)|(?:docker|podman)(?:[ -]compose|\s+container)?\s+(?:stop|down|rm\s+-f)\b|kubectl\s+delete\b(?![^;&|\n]*--wait(?:=|\s+)false)|supervisorctl\s+stop\b|pm2\s+(?:stop|delete)\b|killall\b[^;&|\n]*\s(?:-\w*w\b|--wait\b))[^;&|\n>]*/i;

/**
 * `sudo systemctl stop kv@1 && date +%T.%3N`, `docker stop kv1 > /dev/null; date`: the stop's words when `typed` (a
 * command's text up to its date) runs a stop that waits for the process's exit, so a date after it prints the end of
 * the shutdown, later than the signal (adv19's false passes); undefined when none.
 */
export function findStopWaitingForExit(typed: string): string | undefined {
  const stop = STOP_WAITING_FOR_EXIT.exec(typed);
  return stop === null ? undefined : stop[0].replace(/^[\s;&|(]+/, '').trim();
}

// VS Code's task terminal (` *  Executing task: date +%T.%3N && kill …`, in older versions `> Executing task: … <`) prints an
// empty line between the command it runs and its output. Only there: elsewhere a bare time under an empty line is
// something else's, such as a two-line prompt's time drawn after a command whose date went to a file.
const VS_CODE_TASK = /^ ?[*>] {1,2}Executing task(?: in folder [^:]{1,80})?: /;
const isVsCodeTaskAt = (lines: PasteLines, i: number): boolean => VS_CODE_TASK.test(lines.text.slice(lines.starts[i]!, Math.min(lines.ends[i]!, lines.starts[i]! + 128)));

// `date +%T.%3N >> kill-times.txt; kill 4101`: the date's output went to a file, so a time on the next line is
// something else's (a prompt's). Not `2>`, nor `>&2` (stderr, still on the screen), nor a pipe to tee.
// The typed line with each date whose output goes to a file blanked (`date +%T.%3N >> notes.txt`, an `echo "$(date
// +%T.%3N) killed" >> notes.txt`): what is left prints to the screen, the row under the command its first date's
// (adv74a-74, adv74b-25/-29/-30).
const DATE_TO_FILE = new RegExp(String.raw`^(?:^|[\s;&|(])(?:${DATE_PROGRAM}\b|${SHELL_CLOCK})[^;&|\n]{0,60}?(?:^|[^2&>])>{1,2} ?(?!&)[^\s;&|]`);
const DATE_WORDS = new RegExp(DATE_WORD.source, 'gi');
function blankDatesToFile(typed: string): string {
  if (!typed.includes('>')) return typed;
  let screen = typed;
  DATE_WORDS.lastIndex = 0;
  for (let date = DATE_WORDS.exec(typed); date !== null; date = DATE_WORDS.exec(typed)) {
    if (!DATE_TO_FILE.test(typed.slice(date.index))) continue;
    const end = typed.slice(date.index + 1).search(/[;&|\n]/);
    const stop = end < 0 ? typed.length : date.index + 1 + end;
    screen = screen.slice(0, date.index) + ' '.repeat(stop - date.index) + screen.slice(stop);
  }
  return screen;
}

function dateOutputStamp(lines: PasteLines, table: LineTable, i: number, command: RegExp, typedCommand?: string): Stamp | undefined {
  const text = lines.text;
  let out = i + 1;
  // The rest of the command typed on the shell's second prompt (`date +%T.%3N; kill 4943; for n in 2 3; do`, `> grep …`,
  // `> done`; zsh's `for> `): the date's row follows them (adv74a-76/-78) — unless the command row is quoted itself (a
  // markdown quote's `> $ date; kill`, `> 07:22:56.629`: adv63d-01).
  if (text.charCodeAt(lines.starts[i]!) !== 62) {
    while (out + 1 < lines.count && table.kinds[out] === LINE_LOG && readContinuationPromptEnd(text.slice(lines.starts[out]!, Math.min(lines.ends[out]!, lines.starts[out]! + 64))) >= 0) out++;
  }
  if (out + 1 < lines.count && table.kinds[out] === LINE_HEADER && ANSIBLE_HOST_HEAD.test(text.slice(lines.starts[out]!, lines.ends[out]!).trim())) {
    out = ansibleDateOutput(lines, table, out);
  }
  // PowerShell's Get-Date object (no -Format) prints a blank line before its `Saturday, December 5, 2026 4:49:57 PM`.
  if (out + 1 < lines.count && table.kinds[out] === LINE_BLANK && table.kinds[out + 1] === LINE_LOG && (isVsCodeTaskAt(lines, i) || isGetDateObjectAt(lines, i))) out++;
  // npm's echo of a script (`> kv@1.0.0 kill-leader`, `> date +%T.%3N; kill $(cat node1.pid)`) prints a blank row before
  // the script's output (adv75d-98).
  if (out + 1 < lines.count && table.kinds[out] === LINE_BLANK && table.kinds[out + 1] === LINE_LOG && i > 0 && NPM_SCRIPT_HEAD.test(lineText(lines, i - 1, 256))) out++;
  // `docker kill kv1 && date +%T.%3N`: the stop prints the container's name back before the date prints.
  if (out + 1 < lines.count && table.kinds[out] === LINE_LOG && table.stampAt[out]! < 0 && isStoppedEchoOf(lines, i, out)) out++;
  // A `script` typescript's bracketed-paste reset (`\x1b[?2004l`) on a line of its own once a web form turned its CR into
  // a line break: no output of the command (adv65g-44). (A blank line there stays a gap: a two-line prompt's, blind17.)
  for (let skip = 0; skip < 2 && out + 1 < lines.count && isBracketedPasteLine(lines, table, out); skip++) out++;
  // One blank row, then a row holding a bare time alone, then a blank row: a chat's or terminal's extra break before the
  // output (adv66g-50: a Slack block, "blank line after my command is just how the terminal printed it"). A two-line
  // prompt's clock row is followed by its command row instead (`%D{%H:%M:%S.%.}` then `~/kv % tail …`: fixs).
  // So is one then the shell's next, empty prompt (adv68g-37: a `script` typescript whose escape codes sed stripped,
  // under `tail -f`'s section of another file).
  if (out + 2 < lines.count && table.kinds[out] === LINE_BLANK && (table.kinds[out + 2] === LINE_BLANK || isEmptyPromptRow(lines, table, out + 2)) && isLoneTimeRow(lines, table, out + 1)) out++;
  const typed = blankDatesToFile(typedCommand ?? text.slice(lines.starts[i]!, Math.min(lines.ends[i]!, lines.starts[i]! + 4096)));
  // `time kill -TERM 4101; date +%T.%3N`: the shell's `time` report (a blank line, `real`, `user`, `sys`) prints first.
  if (out + 3 < lines.count && TIMED_COMMAND.test(typed)) out = skipTimeReport(lines, table, out);
  if (out >= lines.count || table.kinds[out] !== LINE_LOG) return undefined;
  // `pgrep -af kv_node; date +%T.%3N; kill …` (also inside `ssh vm1 '…'`): the listing run before the date prints its
  // rows first.
  if (out + 1 < lines.count && runsListingBeforeDate(typed)) out = skipListingRows(lines, table, out);
  if (out >= lines.count || table.kinds[out] !== LINE_LOG) return undefined;
  // `date; date +%T.%3N; kill 20079`, `date +%r; date +'%I:%M:%S.%3N %p'; kill …`: each date prints a row, and the last
  // before the kill times it (adv67d-40/-27: the first, whole seconds, was taken).
  const dates = command === DATE_COMMAND ? countDatesBeforeKill(typed) : 1;
  for (let k = 1; k < dates && out + 1 < lines.count && table.kinds[out + 1] === LINE_LOG && table.nodes[out + 1] === undefined; k++) out++;
  let at = table.stampAt[out]!;
  let recordOf: Stamp | undefined;
  if (at < 0) {
    at = lines.starts[out]!;
    while (text.charCodeAt(at) === 32) at++;
    if (!isWeekdayAt(text, at)) {
      recordOf = readRecordOtherwise(lines, table, typed, text.slice(at, lines.ends[out]!).trimEnd(), lines.ends[out]!);
      if (recordOf === undefined) return undefined;
    }
  }
  if (!command.test(typed) || findDelayBetweenDateAndKill(typed, readGonePids(lines, out + 1)) !== undefined || findEarlierPause(lines, table, i, typed) !== undefined) return undefined;
  // `date -d "13:44:41.400" +%T.%3N`, `--date=`, `-d @1796651081.400`: the date prints the time typed into it, no clock's
  // reading (adv74a-56/-63/-64/-65/-70/-71).
  if (command === DATE_COMMAND && printsOtherTime(typed)) return undefined;
  if (recordOf !== undefined) return recordOf;
  const parsed = parseTimestampAt(text, at, lines.ends[out]!);
  // `date +%T.%3N%z`, `date +'%T.%3N %Z'`: a time of day with its zone after it (`15:03:11.087+0100`, `… CET`).
  const output = parsed === undefined ? undefined : readPrintedZone(text, parsed);
  // `printf "%s " "$(date +%T.%3N)"; kill 6605` prints no line break: the next prompt follows the time on its row
  // (adv67g-14: `17:53:07.732 student@lab:~/raft$ grep -h …`).
  // (`cat -v` prints the row's carriage return as `^M`: adv73b-13's typescript.)
  if (output === undefined || (!isBlankOrCaretM(text.slice(output.end, lines.ends[out]!)) && !isPromptAfter(text, output.end, lines.ends[out]!))) {
    return readRecordOtherwise(lines, table, typed, text.slice(at, lines.ends[out]!).trim(), lines.ends[out]!);
  }
  // `date +%I:%M:%S`, `Get-Date -Format "hh:mm:ss"`: a 12-hour clock with no AM/PM, known modulo 12 hours.
  if (printsHalfDayClock(typed)) return markHalfDay(output);
  // A bare time of day in the zone a plain `date` of the same shell showed above (`Wed Dec  2 09:47:12 EST 2026`).
  // In UTC (`TZ=UTC date +%T.%3N`, `date -u +%T`) on the date that date showed.
  // A dated zone-less time `date -u` printed (`date -u '+%F %T.%3N'`): UTC, as a `Z` after it would say (adv56b-42).
  if (output.kind === 'absolute' && !output.zoned && output.ambiguousZone === undefined && readDateZone(typed) === 'utc') return { ...output, zoned: true, offsetMin: 0, printedInUtc: true };
  const zone = output.kind === 'time-of-day' ? readDateZone(typed) : undefined;
  if (zone !== undefined) {
    const shown = findShellZoneStamp(lines, table, i);
    const zoned = shown === undefined ? undefined : readInShellZone(output, shown.stamp, shown.at, zone);
    if (zoned !== undefined) return zoned;
    // No date of that shell shown: `date -u` still printed UTC, as `15:23:38.853Z` says it (adv48: read in the nodes'
    // +01:00 instead, both followers an hour before the kill).
    if (zone === 'utc' && !output.zoned && output.ambiguousZone === undefined) return { ...output, zoned: true, offsetMin: 0, printedInUtc: true };
  }
  return output;
}

// Nothing but blanks, or `cat -v`'s `^M` for a carriage return.
const isBlankOrCaretM = (rest: string): boolean => {
  const trimmed = rest.trim();
  return trimmed === '' || trimmed === '^M';
};

/**
 * npm's (and pnpm's) header over the script it runs: `> kv@1.0.0 kill-leader`, the package, its version, the script (its
 * group), and npm 6's and pnpm's directory after it (`> kv@1.0.0 kill-leader /home/sam/kv`).
 */
export const NPM_SCRIPT_HEAD = /^> [\w@./-]+@\d[\w.+-]* ([\w:.-]+)(?: \S+)?\s*$/;

// How many `date` commands (DATE_WORD) a typed line runs before its first kill command (one at least).
function countDatesBeforeKill(typed: string): number {
  const kill = COMMAND_KILL_PATTERN.exec(typed);
  const before = kill === null ? typed : typed.slice(0, kill.index);
  let count = 0;
  for (let from = 0; ; count++) {
    const m = DATE_WORD.exec(before.slice(from));
    if (m === null) break;
    from += m.index + m[0].length;
  }
  return Math.max(1, count);
}

// Whether a shell prompt (readShellPrompt) follows `from` on its row, after spaces.
function isPromptAfter(text: string, from: number, end: number): boolean {
  let p = from;
  while (p < end && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  return p < end && readShellPrompt(text, p, end) !== undefined;
}

// Line i holds a time of day and nothing else (`15:18:28.585`): what `date +%T.%3N` prints.
// Whether row i is a shell prompt with nothing typed after it (`student@lab:~/kv$ `).
function isEmptyPromptRow(lines: PasteLines, table: LineTable, i: number): boolean {
  if (table.kinds[i] !== LINE_COMMAND) return false;
  const start = lines.starts[i]!;
  const end = Math.min(lines.ends[i]!, start + 512);
  const prompt = readShellPrompt(lines.text, start, end);
  return prompt !== undefined && lines.text.slice(prompt.end, end).trim() === '';
}

/** Whether row i holds a time of day alone, named by no node of its own (a section's place names no writer of a bare time). */
export function isLoneTimeRow(lines: PasteLines, table: LineTable, i: number): boolean {
  if (table.kinds[i] !== LINE_LOG || (table.nodes[i] !== undefined && table.nodeFrom[i] !== FROM_SECTION)) return false;
  const text = lines.text;
  let at = lines.starts[i]!;
  while (text.charCodeAt(at) === 32) at++;
  const stamp = parseTimestampAt(text, at, lines.ends[i]!);
  return stamp !== undefined && stamp.kind === 'time-of-day' && text.slice(stamp.end, lines.ends[i]!).trim() === '';
}

// Line i holds only a typescript's bracketed-paste code (isBracketedPasteCodeLine).
function isBracketedPasteLine(lines: PasteLines, table: LineTable, i: number): boolean {
  return table.kinds[i] === LINE_LOG && table.stampAt[i]! < 0 && lines.ends[i]! - lines.starts[i]! <= 24 && isBracketedPasteCodeLine(lines.text.slice(lines.starts[i]!, lines.ends[i]!));
}

// A date's output no time parser reads as written: a minute:second record (`date +%M:%S.%3N` → `19:58.123`, its hour
// from the nodes' lines: hourless-record.ts), a locale's default `date` (`mer. 02 déc. 2026 15:19:58 CET`:
// locale-date-output.ts), a time of day with a locale's dots (`04.55.12.808`: adv62c-44).
function readRecordOtherwise(lines: PasteLines, table: LineTable, typed: string, output: string, end: number): Stamp | undefined {
  if (output.length <= 18 && printsHourlessClock(typed)) return readHourlessRecord(output, readNodeWallTimes(lines, table), end);
  if (output.length <= 18) return readDottedTimeOutput(output, end);
  return output.length <= 48 ? readLocaleDateOutput(output, end) : undefined;
}

// How far above a kill's command the shell's own `date` may have shown its zone.
const SHELL_ZONE_ROWS = 200;

// The zoned time the nearest plain `date` command at or above line i printed on its next line (`$ date` → `Wed Dec  2
// 09:47:12 EST 2026`, `date -R`, `date --iso-8601=ms`: the shell's zone; not `date -u` nor `TZ=… date`, nor `date -d …`,
// which prints another time; line i's own first date of two, `date; date +%T.%3N; kill 3814`, adv73a-43), with where it
// starts, or undefined.
function findShellZoneStamp(lines: PasteLines, table: LineTable, i: number): { readonly stamp: Stamp; readonly at: number } | undefined {
  const text = lines.text;
  for (let k = i; k >= 0 && i - k <= SHELL_ZONE_ROWS; k--) {
    if (table.kinds[k] !== LINE_COMMAND || k + 1 >= lines.count) continue;
    const command = text.slice(lines.starts[k]!, Math.min(lines.ends[k]!, lines.starts[k]! + 4096));
    if (readDateZone(command) !== 'shell' || !printsNow(command)) continue;
    let at = lines.starts[k + 1]!;
    while (text.charCodeAt(at) === 32) at++;
    const shown = parseTimestampAt(text, at, lines.ends[k + 1]!);
    if (shown !== undefined && shown.kind === 'absolute' && shown.zoned && text.slice(shown.end, lines.ends[k + 1]!).trim() === '') return { stamp: shown, at };
  }
  return undefined;
}

// A command run under the shell's `time` keyword (`time kill -TERM 4101; date …`).
const TIMED_COMMAND = new RegExp(String.raw`(?:^|[;&|(]|${PROMPT_SIGIL_GAP_SOURCE})\s*time\s+\S`);
// A row of the shell's `time` report: bash's `real\t0m0.001s`, POSIX `time -p`'s `real 0.00`.
const TIME_REPORT_ROW = /^(?:real|user|sys)\s+(?:\d+m)?\d+(?:[.,]\d+)?s?\s*$/;

// The line after the `time` report starting at `from` (its blank line, then its real, user and sys rows), or `from`
// when no whole report is there.
function skipTimeReport(lines: PasteLines, table: LineTable, from: number): number {
  let out = table.kinds[from] === LINE_BLANK ? from + 1 : from;
  for (let row = 0; row < 3; row++, out++) {
    if (out >= lines.count || !TIME_REPORT_ROW.test(lines.text.slice(lines.starts[out]!, Math.min(lines.ends[out]!, lines.starts[out]! + 64)))) return from;
  }
  return out;
}

// Whether `typed` runs a process listing (PROCESS_LISTING) before its date: literal checks first, so a command
// without `pgrep` or `ps` pays two searches.
function runsListingBeforeDate(typed: string): boolean {
  if (!typed.includes('pgrep') && !typed.includes('ps')) return false;
  const date = DATE_WORD.exec(typed);
  return date !== null && PROCESS_LISTING.test(typed.slice(0, date.index));
}

// The first line from `from` that is no row of a process listing (LISTING_ROW; at most LISTING_ROWS of them).
function skipListingRows(lines: PasteLines, table: LineTable, from: number): number {
  let out = from;
  while (out < lines.count && out - from < LISTING_ROWS && table.kinds[out] === LINE_LOG && LISTING_ROW.test(lines.text.slice(lines.starts[out]!, Math.min(lines.ends[out]!, lines.starts[out]! + 512)))) out++;
  return out;
}

// Whether line `out` is the echo of the one container the command on line i stops.
function isStoppedEchoOf(lines: PasteLines, i: number, out: number): boolean {
  const name = findStoppedName(lines.text.slice(lines.starts[i]!, Math.min(lines.ends[i]!, lines.starts[i]! + 4096)));
  return name !== undefined && isStoppedEcho(lines.text, lines.starts[out]!, lines.ends[out]!, name);
}

/** The last command line (a shell prompt's) before line `before`, at most `withinRows` above it; -1 when none. */
export function findLastCommand(kinds: ArrayLike<number>, before: number, withinRows = before): number {
  for (let i = before - 1; i >= 0 && before - i <= withinRows; i--) if (kinds[i] === LINE_COMMAND) return i;
  return -1;
}

/**
 * The command typed on row k with the rows the shell's second prompt continued it on before row `before` (`for n in 2
 * 3; do`, `> echo …`, `> done`; `date +%T.%3N; \`, `> kill 15400`), joined as one line; at most MAX_CONTINUATION_ROWS.
 */
export function readTypedCommand(lines: PasteLines, k: number, before: number): string {
  let command = lineText(lines, k, 4096);
  for (let j = k + 1; j < before && j - k <= MAX_CONTINUATION_ROWS; j++) {
    const row = lineText(lines, j, 4096);
    const end = readContinuationPromptEnd(row);
    if (end < 0) break;
    // A row ended by a backslash goes on on the next as one line; any other, as the next command of a list.
    const joined = command.trimEnd();
    command = joined.endsWith('\\') ? `${joined.slice(0, -1)} ${row.slice(end)}` : `${command}; ${row.slice(end)}`;
  }
  return command;
}
/** How many rows of the shell's second prompt a typed command is read over. */
export const MAX_CONTINUATION_ROWS = 40;

/**
 * The time a date printed for a kill typed on the shell's second prompt below it (`$ date +%T.%3N; \`, `> kill 15400`,
 * then `13:43:04.119`: adv74a-77): the command's first row above, over rows of that prompt, is the command; the date's
 * row follows its last row. Undefined when row i continues no command or the date times no kill.
 */
export function findContinuedKillDateStamp(lines: PasteLines, table: LineTable, i: number): Stamp | undefined {
  if (readContinuationPromptEnd(lineText(lines, i, 64)) < 0) return undefined;
  let first = i - 1;
  while (first >= 0 && i - first <= MAX_CONTINUATION_ROWS && table.kinds[first] === LINE_LOG && readContinuationPromptEnd(lineText(lines, first, 64)) >= 0) first--;
  if (first < 0 || table.kinds[first] !== LINE_COMMAND) return undefined;
  return dateOutputStamp(lines, table, first, DATE_COMMAND, readTypedCommand(lines, first, lines.count));
}

/**
 * The time line i's `date` printed below it (dateOutputStamp): a command's (a prompt's, or a `date …; kill …` typed with
 * none: TYPED_DATE_KILL), or that of a row the scan took for no command that runs `date +FORMAT` (make's echo of a
 * recipe, a prompt the scan does not know). The one rule for the time of such a line with none of its own (stampOf),
 * or only its prompt's clock (`[09:59:58] sam@lab:~/raft$ { date +%T.%3N; kill 4101; }`: read-log-events.ts), and for
 * the time alone under a kill row being the student's (attribute-file-runs.ts isStudentLine).
 */
export function findDateOutputStamp(lines: PasteLines, table: LineTable, i: number, recordedCommand?: string): Stamp | undefined {
  const kind = table.kinds[i];
  // A command read in place of the line's own words, run as typed: the one a recorder's line quotes (script(1)'s
  // `[COMMAND="…"]`), make's echoed recipe lines and npm's pre script (echoed-date-kill.ts).
  if (recordedCommand !== undefined) return dateOutputStamp(lines, table, i, DATE_COMMAND, recordedCommand);
  if (kind === LINE_COMMAND) return dateOutputStamp(lines, table, i, DATE_COMMAND);
  return kind === LINE_LOG && i + 1 < lines.count ? dateOutputStamp(lines, table, i, ECHOED_DATE_COMMAND) : undefined;
}

// An ansible command run on several hosts prints each host's block (`raft-3 | FAILED | rc=1 >>`, its output), in
// the order the hosts answered. `date; … && pkill` ran the kill only where the whole command succeeded, so the kill's
// time is the date under the first host block whose command succeeded (`CHANGED` or `SUCCESS`, rc=0): a host whose
// `grep -qx leader` failed printed its date and killed nothing. From `first`, the first host header below the
// command; the line after that block's header, or `lines.count` when no block succeeded.
const ANSIBLE_SUCCEEDED = /\| (?:CHANGED|SUCCESS) \| rc=0 >>$/;
function ansibleDateOutput(lines: PasteLines, table: LineTable, first: number): number {
  const text = lines.text;
  for (let j = first; j + 1 < lines.count; j++) {
    const line = text.slice(lines.starts[j]!, lines.ends[j]!).trim();
    if (table.kinds[j] === LINE_COMMAND) break;
    if (table.kinds[j] !== LINE_HEADER || !ANSIBLE_HOST_HEAD.test(line)) continue;
    if (ANSIBLE_SUCCEEDED.test(line)) return j + 1;
  }
  return lines.count;
}

// A line naming node0 (`following leader node0`): a cluster numbered from 0.
const NODE_ZERO = /\bnode[-_ ]?0\b/i;

/**
 * Launches listed by 0-based ids (`kv_node.py --id 0`, `--id 1`, `--id 2`) beside writers that call themselves `node1`
 * to `node3` (adv73a-57): id N is the writer node(N+1). Shifted when the ids run from 0 with no gap, no line is
 * written by `node0` nor names it (a 0-based cluster's followers name their leader node0), and every numbered writer is
 * one of node1 … node(count); else as listed.
 */
function shiftZeroBasedIds(launchNames: Map<string, string>, writers: readonly (string | undefined)[], text: string): Map<string, string> {
  const ids = new Set<number>();
  for (const node of launchNames.values()) if (isNumberedNode(node)) ids.add(Number(node.slice(4)));
  if (!ids.has(0)) return launchNames;
  for (let id = 0; id < ids.size; id++) if (!ids.has(id)) return launchNames;
  let numbered = false;
  for (const writer of writers) {
    if (writer === undefined || !isNumberedNode(writer)) continue;
    const n = Number(writer.slice(4));
    if (n === 0 || n > ids.size) return launchNames;
    numbered = true;
  }
  if (!numbered || NODE_ZERO.test(text)) return launchNames;
  return new Map([...launchNames].map(([name, node]) => [name, isNumberedNode(node) ? nodeLabel(Number(node.slice(4)) + 1) : node]));
}

// The gap after a weekday: ctime's ` ` (`Tue Dec`), RFC 2822's `, ` (`Tue, 01 Dec`).
const isWeekdayGapAt = (text: string, q: number): boolean => text.charCodeAt(q) === 32 || (text.charCodeAt(q) === 44 && text.charCodeAt(q + 1) === 32);
// `Tue ` as date prints it (`Tue, ` as `date -R` does): a weekday of WEEKDAYS, capitalised.
const isCapitalisedAt = (text: string, p: number): boolean => text.charCodeAt(p) <= 90 && text.charCodeAt(p + 1) >= 97 && text.charCodeAt(p + 2) >= 97;
const isWeekdayAt = (text: string, p: number): boolean =>
  WEEKDAYS.has(code3(text, p)) && isCapitalisedAt(text, p) && (isWeekdayGapAt(text, p + 3) || fullWeekdayCommaEnd(text, p) > 0);
// A PowerShell Get-Date run for its object's default output (no -Format, -UFormat or a method call on it).
const GET_DATE_OBJECT = /\bget-date\b(?![^;|&\n]*-(?:u?format)\b)(?!\)?\.)/i;
const isGetDateObjectAt = (lines: PasteLines, i: number): boolean => GET_DATE_OBJECT.test(lines.text.slice(lines.starts[i]!, Math.min(lines.ends[i]!, lines.starts[i]! + 512)));

/**
 * A two-line record's message line takes the time printed on its first line: java.util.logging (head
 * `Nov 30, 2026 12:15:09 PM Class method`, then `LEVEL: message`), .NET's console logger (head
 * `12:12:07.631 info: KvNode.RaftNode[0]`, then the indented message) and Erlang/OTP's legacy reports (head
 * `=WARNING REPORT==== 30-Nov-2026::12:52:40.115673 ===`, then the message). `head`: the line before, with its stamp.
 * A journal record's MESSAGE field (journalctl `-o verbose`, `-o export`, `-o json-pretty`: journal-fields.ts) takes
 * its record's time: `head` is then the record's head line (verbose) or its `__REALTIME_TIMESTAMP` field line, found
 * by findJournalRecord (continue-records.ts) or, live, remembered from the record's lines read so far; its other
 * fields take none. The one rule for the paste reader and the live reader.
 */
export function continueRecordStamp(line: string, head: { readonly text: string; readonly stamp: Stamp | undefined }): Stamp | undefined {
  const stamp = head.stamp;
  if (stamp === undefined) return undefined;
  const field = readJournalField(line);
  if (field !== undefined) {
    if (field.key !== 'MESSAGE') return undefined;
    const headField = readJournalField(head.text);
    if (headField === undefined) return field.style === 'verbose' && isVerboseRecordHead(head.text.slice(stamp.end, stamp.end + 48)) ? stamp : undefined;
    return headField.style === field.style && headField.key === '__REALTIME_TIMESTAMP' ? stamp : undefined;
  }
  if (continuesRecord(line, head.text, stamp)) return stamp;
  if (stamp.format === 'ctime') {
    const fraction = readCtimeFraction(line, head.text, stamp);
    if (fraction !== undefined) return fraction;
  }
  // Both lines under one prefix (grep -H's `data/node2/node.log:`, grep -Hn's numbered one, a compose column): the
  // record as its program wrote it.
  const shared = sharedPrefixEnds(head.text, line);
  if (shared === undefined) return undefined;
  return continuesRecord(line.slice(shared.line), head.text.slice(shared.head), { ...stamp, end: stamp.end - shared.head }) ? stamp : undefined;
}

// What a JUL head prints after its time, from a custom SimpleFormatter format keeping the default's two lines
// (`%1$tF %1$tT.%1$tL %2$s%n%4$s: %5$s%n`): the source, a class and its method (`KvNode lambda$main$0`), and nothing else.
// The class is a Java class's name: capitalised, after its package if any (`com.student.raft.Main`).
const JUL_SOURCE_AFTER = /^\s{1,4}(?:[a-z_][\w$]{0,40}\.){0,8}[A-Z][\w$]{0,80}(?:\s[A-Za-z_$<][\w$<>.-]{0,80})?\s*$/;

function continuesRecord(line: string, headText: string, stamp: Stamp): boolean {
  if (stamp.format === 'jul') return JUL_LEVEL.test(line.slice(0, 16));
  // Any other time JUL's custom format prints (adv55b-18: `2026-12-05 10:08:40.691 KvNode main`, then `INFO: …`).
  if (stamp.end > 0 && JUL_LEVEL.test(line.slice(0, 16)) && JUL_SOURCE_AFTER.test(headText.slice(stamp.end, stamp.end + 208))) return true;
  // ctime()'s newline inside `[%s]`: the head `[Tue Dec  1 12:44:20 2026` is the bracket and the time alone, the next line
  // closes the bracket (`] node2 …`).
  if (stamp.format === 'ctime') return line.charCodeAt(0) === 93 && isOpenBracketStamp(headText, stamp);
  if (stamp.format === 'day-month-year') return ERLANG_REPORT_HEAD.test(headText);
  const indented = line.charCodeAt(0) === 32 || line.charCodeAt(0) === 9;
  return indented && stamp.end > 0 && stamp.end < headText.length && DOTNET_HEAD.test(headText.slice(stamp.end, stamp.end + 200));
}

// Line i's time when the line above is a ctime() alone (`Thu Dec  3 11:20:08 2026`: found by searchStamp, no head
// stamp) and line i starts with the ms its `%s.%03ld` printed after ctime's newline.
function ctimeAboveStamp(lines: PasteLines, i: number): Stamp | undefined {
  const headStart = lines.starts[i - 1]!;
  const head = searchStamp(lines.text, headStart, lines.ends[i - 1]!);
  if (head?.format !== 'ctime') return undefined;
  const headText = lines.text.slice(headStart, Math.min(lines.ends[i - 1]!, headStart + 512));
  const start = lines.starts[i]!;
  const stamp = readCtimeFraction(lines.text.slice(start, Math.min(lines.ends[i]!, start + 16)), headText, { ...head, end: head.end - headStart });
  return stamp === undefined ? undefined : { ...stamp, end: start + CTIME_FRACTION.exec(lines.text.slice(start, start + 8))![0].length };
}

// A C node's `%s.%03ld` of ctime(), whose newline split it: `Thu Dec  3 11:20:08 2026` alone, then `.412 [node1] …`.
const CTIME_FRACTION = /^[.,](\d{1,6})(?=[\s\]]|$)/;

// The stamp a ctime line alone (or `[` and it) and the fraction starting the next line write together; undefined when
// the next line starts otherwise.
function readCtimeFraction(line: string, headText: string, stamp: Stamp): Stamp | undefined {
  const m = CTIME_FRACTION.exec(line);
  if (m === null || headText.slice(stamp.end).trim() !== '' || stamp.precisionMs < 1000) return undefined;
  const digits = m[1]!;
  const addMs = Number(digits.padEnd(6, '0')) / 1000;
  return { ...stamp, ms: stamp.ms + addMs, dayMs: stamp.dayMs + addMs, yearMs: stamp.yearMs + addMs, precisionMs: 10 ** (3 - digits.length) };
}

// Whether `headText` is `[`, the stamp, and nothing after it (spaces aside).
function isOpenBracketStamp(headText: string, stamp: Stamp): boolean {
  let open = 0;
  while (headText.charCodeAt(open) === 32 || headText.charCodeAt(open) === 9) open++;
  return headText.charCodeAt(open) === 91 && headText.indexOf(']', open) < 0 && headText.slice(stamp.end).trim() === '';
}

// A separator a line prefix ends with: grep's `:` (`-` on a context line), a column's `|`, `]` or a space.
const PREFIX_END = /[:\-|\] ]/;
const GREP_LINE_NUMBER = /^\d+[:-]/;
/**
 * Where the head and the message line of a record start after the prefix both carry, or undefined when they share
 * none: their common start cut back to its last separator, then, for grep -n, each one's own line number
 * (`file:41:` over `file:42:`); grep's mark may differ too (`file-` on a context line, `file:` on a match).
 */
function sharedPrefixEnds(headText: string, line: string): { readonly head: number; readonly line: number } | undefined {
  const max = Math.min(headText.length, line.length, 256);
  let common = 0;
  while (common < max && headText.charCodeAt(common) === line.charCodeAt(common)) common++;
  const h = headText.charCodeAt(common), l = line.charCodeAt(common);
  // grep's marks differ right after the file name: `-` for a context line, `:` for a match
  let end = (h === 45 || h === 58) && (l === 45 || l === 58) ? common + 1 : common;
  while (end > 0 && !PREFIX_END.test(headText[end - 1]!)) end--;
  if (end === 0) return undefined;
  const headNumber = GREP_LINE_NUMBER.exec(headText.slice(end, end + 12));
  const lineNumber = GREP_LINE_NUMBER.exec(line.slice(end, end + 12));
  return headNumber && lineNumber ? { head: end + headNumber[0].length, line: end + lineNumber[0].length } : { head: end, line: end };
}

/**
 * The time of a line that has none of its own but whose neighbour printed it: the message line of a two-line
 * record (continueRecordStamp), or a shell command that runs `date` as well as the kill (its output, a bare time
 * alone on the next line, is the kill's time to within the command's own run time).
 */
function neighbourStamp(lines: PasteLines, table: LineTable, i: number): Stamp | undefined {
  const text = lines.text;
  // `$ date +%T.%N; kill 5120`, make's echo of a recipe `sleep 2; date +%T.%3N; kill $(cat run/node1.pid)`.
  const printed = findDateOutputStamp(lines, table, i);
  if (printed !== undefined || table.kinds[i] === LINE_COMMAND) return printed;
  if (i === 0) return undefined;
  const start = lines.starts[i]!;
  if (table.stampAt[i - 1]! < 0) return CTIME_FRACTION.test(text.slice(start, start + 8)) ? ctimeAboveStamp(lines, i) : undefined;
  const headStart = lines.starts[i - 1]!;
  const headText = text.slice(headStart, Math.min(lines.ends[i - 1]!, headStart + 512));
  const head = parseTimestampAt(headText, table.stampAt[i - 1]! - headStart, headText.length);
  return continueRecordStamp(text.slice(start, Math.min(lines.ends[i]!, start + 272)), { text: headText, stamp: head });
}

