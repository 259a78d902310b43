// Reads a paste (or one live line) into log events: one per meaningful line, with its node, time and kind.
// Node identity across names: a line attributed to a node by its prefix whose message starts with a member id
// (etcd: `infra1.log: … 8e9e05c52164694d became leader`) makes that id an alias of the name, and every event
// naming the id (as leader, subject or target) then names the node.
import { findEchoedDateKill } from './echoed-date-kill.js';
import { escapeRegExp } from './escape-regexp.js';
import { classifyLine, classifyLineText, createAnyMatchTest, isVoteOnlyMiss, normalizeNodeToken, type EventPatterns, type LineMeaning } from './classify-line.js';
import { ALL_EVENT_PATTERNS, isNoDetection } from './default-patterns.js';
import { DETECTION_KINDS, type LogEvent, type MutableLogEvent } from './log-event.js';
import { findJournalRecord, findTraceContinuation, readTraceLine } from './continue-records.js';
import { attributeFileRuns } from './attribute-file-runs.js';
import { dropMeshHeartbeats } from './heartbeat-mesh.js';
import { dropSentenceEvents, dropSummaryLines, isMarkdownHeaderRow, markKillsInWords, type SummaryLine } from './student-lines.js';
import { dropCopiedWriters } from './copied-writers.js';
import { dropRepeatedSections, findCopyOnlyWriters, hasSectionLines, type RepeatedSection } from './repeated-sections.js';
import { attributeKillTargets } from './attribute-kill-targets.js';
import { resolvePortKills } from './port-kills.js';
import { markSeveralNodeKills } from './several-node-kills.js';
import { FAMILY_NAME, FILE_PROGRAMS, findKeyedOwnNode, findKillingExecName, findOwnNode, findPrintedLogFile, findPrintedLogFiles, findStoppedName, isNumberedNode, isPortName, nodeLabel, pathOrGlobNamesNode, readLaunchFlags, readSpacedStartupNode, type JsonName } from './attribute-node.js';
import { addLastPeerAddress, addOwnLeaderAddresses } from './own-addresses.js';
import { addressKey } from './address-key.js';
import { aliasTermLeaders, findTermLeaderAliases } from './alias-term-leaders.js';
import { nameProcessWriters } from './name-process-writers.js';
import { dropBatchStampedKills, dropFlushStamps } from './flush-stamps.js';
import { findNonMembers, findNonVoters, findUnlistedWriters, type NonVoter, type UnlistedWriter } from './find-non-members.js';
import { markRemoteMachines } from './remote-machines.js';
import { markProcessClocks, RESTART_BACKSTEP_MS, type StampedLine } from './process-clocks.js';
import { isScriptHeader, readRecordedCommand } from './script-header.js';
import { isLogPrintingCommand } from './log-printing-command.js';
import { isWriterFromWords } from './writer-from-words.js';
import { isPromptTime, readContinuationPromptEnd, readShellPrompt } from './shell-prompt.js';
import { ECHO_OUTPUT_ROWS, isEchoOutput, isEchoTemplateOutput, isServerRequest } from './command-output.js';
import { isTypedTimeOutput } from './command-time-arguments.js';
import { readTimedByDate, resolveHalfDayTimes } from './date-output.js';
import { markPaddedSeconds } from './padded-seconds.js';
import { applyShownZones } from './shown-zones.js';
import { markDaemonRecords } from './daemon-events.js';
import { dropIgnoredSignalRecords, markIgnoredSignalKills } from './ignored-signals.js';
import { findKilledJobOf, readShellJobs, resolveKilledJob, type ShellJob } from './shell-jobs.js';
import { renderJsonMessage } from './render-json-message.js';
import { COMMAND_KILL_PATTERN, ELECTION_TIMER_FIRED_PATTERN, UNIT_STOP_PATTERN } from './default-patterns.js';
import { killedNothing } from './kill-failures.js';
import { journalFieldStamp, readJournalField } from './journal-fields.js';
import { indexLines, lineAt, lineText, type PasteLines } from './paste-lines.js';
import { parseTimestampAt, type Stamp } from './parse-timestamp.js';
import { stampToEpochMs, zoneShiftMinOf } from './stamp-epoch.js';
import { findTimeLastStamp } from './time-last-lines.js';
import { findGluedRecordTime } from './glued-records.js';
import { findTracedSignalPid } from './traced-signals.js';
import { readKillPids } from './kill-failures.js';
import { isSignalListingOutput } from './signal-listings.js';
import { chooseVaryingNameKey, continueRecordStamp, DATE_WORD, findContinuedKillDateStamp, findDateOutputStamp, findDelayBetweenDateAndKill, FROM_SECTION, findLastCommand, findPerTerminalTsCommand, findSinceStartCommand, findUnsummedIncrementalCommand, looksUpKillTargetAfterDate, LINE_BLANK, LINE_COMMAND, LINE_HEADER, LINE_JSON, LINE_LOG, MAX_CONTINUATION_ROWS, NODE_SOURCES, readFileHeaderPath, readStatedPid, readTypedCommand, scanLines, stampOf, type LineTable } from './scan-lines.js';
import { isAllAsciiDigits, isAsciiDigit, isAsciiLetter } from './char-codes.js';
import { clockNameOf } from './paste-clock.js';

export interface LogEvents {
  /** Meaningful lines (kind other than `other`, kill-pattern lines the model decided are no kill, lines stating the writer's role), in paste order. */
  readonly events: readonly LogEvent[];
  /** Every node seen on any line (after aliases), sorted (node2 before node10). */
  readonly nodes: readonly string[];
  /** Member ids → the node name they were seen under. */
  readonly aliases: ReadonlyMap<string, string>;
  /** Whether any line of the paste (event or not) carries a timestamp. */
  readonly anyStamp: boolean;
  /** A paste with no timestamp: its line (0-based) piping through `ts -i` with a filter after it (gaps not summed). */
  readonly unsummedIncrementalLine?: number;
  /** A paste with no timestamp: its line (0-based) piping through `ts -s` (its counts, one per terminal, not read). */
  readonly sinceStartCommandLine?: number;
  /** A paste with untimed node lines: the first of its `ts -s`/`ts -i` commands, one per terminal (not read). */
  readonly perTerminalTsLine?: number;
  /** Writers whose own line says they do not vote (find-non-members.ts findNonVoters): no follower, so not in `nodes`. */
  readonly nonVoters?: readonly NonVoter[];
  /** Writers the cluster's own start lines leave out (find-non-members.ts findUnlistedWriters): no followers. */
  readonly unlistedWriters?: readonly UnlistedWriter[];
  /** Lines of a student's summary block read as no node's log line (student-lines.ts), in paste order. */
  readonly summaryLines?: readonly SummaryLine[];
  /** Sections repeating another node's section line for line (repeated-sections.ts): their lines are no writer's. */
  readonly repeatedSections?: readonly RepeatedSection[];
  /**
   * Per line (0-based), the writer the head scan gives it, before aliases (look it up in `aliases`): for lines that
   * hold no event too. Data, not a closure over this reading (a closure kept its whole scope alive, and cost the bench).
   */
  readonly lineWriters?: ArrayLike<string | undefined>;
  /** Per line (0-based), where the head scan found its stamp (-1: none): data, as `lineWriters`. */
  readonly lineStampAt?: ArrayLike<number>;
  /** Per line (0-based), its kind as the head scan read it (scan-lines.ts LINE_LOG, LINE_COMMAND, …): data, as `lineWriters`. */
  readonly lineKinds?: ArrayLike<number>;
}

const LINE_CAP = 4096;
// Head sources that only guess the writer: a trace line under such a head keeps the guess (a cat's file may fix it).
const GUESSED_HEAD_SOURCES: ReadonlySet<string> = new Set(['message', 'head-token', 'process-id']);

/** Orders node names: node2 before node10, otherwise by text. */
export function compareNodes(a: string, b: string): number {
  const digitsA = trailingNumberStart(a);
  if (digitsA >= 0 && digitsA === trailingNumberStart(b) && startsAlike(a, b, digitsA)) return numberFrom(a, digitsA) - numberFrom(b, digitsA);
  return a < b ? -1 : a > b ? 1 : 0;
}

// Sorted by compareNodes; most pastes list their nodes in order already. Names of one length in text order are in
// order (their numbers have as many digits), so only the others are compared.
function sortNodes(nodes: string[]): string[] {
  for (let k = 1; k < nodes.length; k++) {
    const a = nodes[k - 1]!;
    const b = nodes[k]!;
    if ((a.length !== b.length || a > b) && compareNodes(a, b) > 0) return nodes.sort(compareNodes);
  }
  return nodes;
}

const FROM_JSON_NAME = NODE_SOURCES.indexOf('json-name');

// Where the digits that end `name` start when only they are digits (`node12` → 4); -1 otherwise.
function trailingNumberStart(name: string): number {
  let start = name.length;
  while (start > 0 && isAsciiDigit(name.charCodeAt(start - 1))) start--;
  if (start === name.length) return -1;
  for (let k = 0; k < start; k++) if (isAsciiDigit(name.charCodeAt(k))) return -1;
  return start;
}

function startsAlike(a: string, b: string, length: number): boolean {
  for (let k = 0; k < length; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
}

// The number the digits from `start` to the end of `name` write.
function numberFrom(name: string, start: number): number {
  if (name.length - start > 15) return Number(name.slice(start));
  let n = 0;
  for (let k = start; k < name.length; k++) n = n * 10 + name.charCodeAt(k) - 48;
  return n;
}

// A line's text from the end of its own head stamp: syslog's `Dec 02 12:04:05.099 host sudo[2290]: … systemctl kill
// kv@1.service` names no node 2 by its day, nor a `cat -n` number or a grep prefix by theirs (attribute-kill-targets.ts
// reads every token of a kill line for the node it names).
function afterHeadStamp(lines: PasteLines, table: LineTable, line: number): string {
  const text = lineText(lines, line, LINE_CAP);
  if (table.stampAt[line]! < 0 || table.kinds[line] === LINE_JSON) return text;
  const end = stampOf(lines, table, line)?.end;
  const start = lines.starts[line]!;
  return end === undefined || end <= start || end - start > text.length ? text : text.slice(end - start);
}

// Whether line i is what an `echo` of the command line just above it (within ECHO_OUTPUT_ROWS) printed: word for word,
// or (given the event `words` it was read by) an argument that expands with its own words, those among them, in place.
function isEchoOutputLine(lines: PasteLines, table: LineTable, i: number, words?: string): boolean {
  // The shell's `> ` rows a command typed on (`for n in 2 3; do`, `> echo "… [node$n] …"`, `> done`, adv73e-04/-60) are
  // its own: they count no output row, and their words are the command's.
  let command = -1;
  for (let k = i - 1, rows = 0; k >= 0 && i - k <= MAX_CONTINUATION_ROWS + ECHO_OUTPUT_ROWS; k--) {
    if (table.kinds[k] === LINE_COMMAND) {
      command = k;
      break;
    }
    if (readContinuationPromptEnd(lineText(lines, k, 64)) < 0 && ++rows >= ECHO_OUTPUT_ROWS) break;
  }
  if (command < 0) return false;
  const commandText = readTypedCommand(lines, command, i);
  const text = lineText(lines, i, LINE_CAP);
  return isEchoOutput(commandText, text) || (words !== undefined && isEchoTemplateOutput(commandText, text, words));
}

// An echo's or printf's output sent into a file: appended (`>> data/node1/node.log`), written, or through `tee`.
// (Not stderr's `2>`, nor `>&2`: those print to the screen.)
const ECHO_INTO_FILE = /\b(?:echo|printf)\b[^\n;&]*?(?:(?<!2)>>?(?!&)|\|\s*(?:sudo\s+)?tee\b)/;
const isEchoIntoFile = (command: string): boolean => (command.includes('echo') || command.includes('printf')) && ECHO_INTO_FILE.test(command);
// A command with an echo or printf and a job sent to the background: a lone `&` (no `&&`, `>&`, `&>`, `|&`), at the
// row's end or before more commands (`watch & date +%T.%3N; kill 8463`).
const BACKGROUND_JOB = /(?<![&>|<])&(?![&>])/;
// (Not a `&` inside quotes, `echo "a & b"`: review75.)
const isBackgroundEcho = (command: string): boolean => (command.includes('echo') || command.includes('printf')) && BACKGROUND_JOB.test(command.replace(QUOTED_TEXT, '""'));
const QUOTED_TEXT = /"[^"\n]*"|'[^'\n]*'/g;

// The file a background job's output goes to: the one its last redirection outside quotes names (`… > watch.out &`), or
// nohup's `nohup.out` when it redirects none; undefined for a job printing to the terminal.
function readJobOutputFile(command: string): string | undefined {
  const unquoted = command.replace(QUOTED_TEXT, '""');
  let file: string | undefined;
  for (const m of unquoted.matchAll(JOB_REDIRECT)) file = m[1];
  if (file !== undefined) return file.slice(file.lastIndexOf('/') + 1);
  return /(?:^|[\s;&|(])nohup\s/.test(unquoted) ? 'nohup.out' : undefined;
}
// A redirection of stdout into a file (`> out`, `>> out`, `1> out`, `&> out`), not stderr's `2>` nor `>&2`.
const JOB_REDIRECT = /(?<![2>])>>?(?!&)\s*([^\s;&|<>()"']+)/g;

// Whether the typed row or header `row` names the file `name` (a path ending in it: `cat ~/kv/nohup.out`).
const namesFile = (row: string, name: string): boolean => new RegExp(`(?:^|[\\s/'"=])${escapeRegExp(name)}(?=$|[\\s'"<;|&)])`).test(row);

// The one pid a traced kill row signals (`+ kill 15542`, adv73f-51): the pid a typed command's words would give.
function readTracedKillPid(text: string): number | undefined {
  const pids = readKillPids(text);
  return pids.length === 1 ? pids[0] : undefined;
}

// Whether line i prints a time the command line just above it (within ECHO_OUTPUT_ROWS) typed (isTypedTimeOutput).
function isTypedTimeOutputLine(lines: PasteLines, table: LineTable, i: number): boolean {
  const command = findLastCommand(table.kinds, i, ECHO_OUTPUT_ROWS);
  return command >= 0 && isTypedTimeOutput(lineText(lines, command, 4096), lineText(lines, i, 512));
}

// How many JSON lines a request's reply may run to below its command (a loop over the nodes prints one each).
const REPLY_ROWS = 16;

// Whether JSON line i is a reply a request typed above it printed (curl, nc: isServerRequest), only JSON lines between them.
function isRequestReplyLine(lines: PasteLines, table: LineTable, i: number): boolean {
  const command = findLastCommand(table.kinds, i, REPLY_ROWS);
  if (command < 0 || !isServerRequest(lineText(lines, command, 4096))) return false;
  for (let k = command + 1; k < i; k++) if (table.kinds[k] !== LINE_JSON && table.kinds[k] !== LINE_BLANK) return false;
  return true;
}

// The stamped log lines that hold no event, their writers named as the events' are (markProcessClocks).
function readQuietStamps(lines: PasteLines, table: LineTable, events: readonly LogEvent[], name: (node: string | undefined) => string | undefined): StampedLine[] {
  const eventLines = new Set(events.map((e) => e.line));
  const quiet: StampedLine[] = [];
  for (let i = 0; i < lines.count; i++) {
    if (table.kinds[i] !== LINE_LOG || table.stampAt[i]! < 0 || eventLines.has(i)) continue;
    const time = stampOf(lines, table, i);
    if (time !== undefined) quiet.push({ line: i, node: name(table.nodes[i]), time });
  }
  return quiet;
}

// Where a clock time found inside a line (`node2 terminal: 10:09:20.849 …`) starts: back from its end over its digits,
// colons and fraction mark, when that start reads the same stamp; -1 otherwise (a date before it, a stamp elsewhere).
function findStampStart(text: string, lineStart: number, time: Stamp): number {
  if (time.kind !== 'time-of-day' || time.end <= lineStart) return -1;
  let p = time.end;
  while (p > lineStart && p > time.end - 16) {
    const c = text.charCodeAt(p - 1);
    if (!isAsciiDigit(c) && c !== 58 && c !== 46 && c !== 44) break;
    p--;
  }
  return parseTimestampAt(text, p, time.end)?.end === time.end ? p : -1;
}

// printf with a `%.Nf` conversion (`printf '%.0f\n' "$EPOCHREALTIME"`, `printf %.1f $(date +%s.%N)`): C's printf rounds to
// the digits asked for, so the time it prints may be up to half its last digit after the moment it read.
const ROUNDING_PRINTF = /\bprintf\s+(?:-v\s+\w+\s+)?["']?[^"'\n;|&]{0,24}%\.\d{1,2}[fF]/;

/**
 * Every meaningful line of `lines` as an event. `candidates` (ascending line indexes), when given, limits the
 * lines classified, and `mayMatch` (per line, EVENT_PATTERN_BIT bits) the patterns tried on each — callers that
 * prefilter by the patterns' literals pass them; `table` reuses a scan.
 */
export function readLogEvents(
  lines: PasteLines,
  patterns: EventPatterns,
  options: { table?: LineTable; candidates?: readonly number[]; mayMatch?: ArrayLike<number> } = {},
): LogEvents {
  const table = options.table ?? scanLines(lines);
  const masks = options.mayMatch;
  const anyMatch = masks === undefined ? undefined : createAnyMatchTest(patterns);
  const raw: MutableLogEvent[] = [];
  // Per event (its index in raw) from a journal record: the record's name fields.
  let recordNames: Map<number, readonly JsonName[]> | undefined;
  // The first line whose head has a time: no stack trace continues a record above it.
  let firstStamped: number | undefined;
  // Whether a line's leader was read from heartbeat traffic alone (heartbeat-mesh.ts asks whether those name one).
  let bySender = false;
  // The lines of kill events timed by a date's output below their command (the output's line).
  let dateOutputKills: Set<number> | undefined;
  // The typed commands (their continuation rows joined) whose echo or printf writes into a file (`>> data/node1/node.log`,
  // `| sudo tee -a …`), and those that echo or printf in a job sent to the background (`( … && echo "…" ) &`), listed
  // once, from the command rows only (no search of the whole text: a paste of log lines holds none, and the bench's
  // 10 KB paste paid 4 µs for two searches of its text).
  let echoWriters: { line: number; command: string }[] | undefined;
  // (`jobOutput`: the file such a job's output went to, readJobOutputFile.)
  let backgroundEchoes: { line: number; command: string; jobOutput: string | undefined }[] | undefined;
  const listEchoCommands = (): void => {
    echoWriters = [];
    backgroundEchoes = [];
    for (let k = 0; k < lines.count; k++) {
      if (table.kinds[k] !== LINE_COMMAND) continue;
      const command = readTypedCommand(lines, k, lines.count);
      if (isEchoIntoFile(command)) echoWriters.push({ line: k, command });
      else if (isBackgroundEcho(command)) backgroundEchoes.push({ line: k, command, jobOutput: readJobOutputFile(command) });
    }
  };
  // Whether line i (read by `words`) is what an echo of a background job typed above it printed, word for word or as
  // its template: the job's output lands below any later row (adv75b-14/-47/-53/-61: a watcher's `echo "$(date
  // +%T.%3N) [node3] heartbeat timeout detected"` under the next `date; kill`).
  const isBackgroundEchoOutput = (i: number, words: string): boolean => {
    if (backgroundEchoes === undefined) listEchoCommands();
    if (backgroundEchoes!.length === 0) return false;
    const text = lineText(lines, i, LINE_CAP);
    return backgroundEchoes!.some(({ line, command, jobOutput }) => line < i && !isFileOutputSince(line, i, jobOutput) && (isEchoOutput(command, text) || isEchoTemplateOutput(command, text, words)));
  };
  // Whether a file's lines are printed between row `from` and row i (a `cat`, `tail` or `grep` of logs typed since, a
  // `==> file <==` header): line i is that file's then, no echo's (review75: node3's own `heartbeat timeout` under a cat).
  // Not the file the job's output went to (`jobOutput`: nohup's `nohup.out`, adv75e-57/-58): printing it prints the echo's.
  const isFileOutputSince = (from: number, i: number, jobOutput: string | undefined): boolean => {
    for (let k = i - 1; k > from; k--) {
      if (table.kinds[k] === LINE_HEADER) return jobOutput === undefined || !namesFile(lineText(lines, k, 4096), jobOutput);
      if (table.kinds[k] === LINE_COMMAND && isLogPrintingCommand(lineText(lines, k, 4096))) return jobOutput === undefined || !namesFile(lineText(lines, k, 4096), jobOutput);
    }
    return false;
  };
  const findEchoIntoFile = (i: number, words: string): { command: string; typed: boolean } | undefined => {
    if (echoWriters === undefined) listEchoCommands();
    const text = lineText(lines, i, LINE_CAP);
    for (let n = echoWriters!.length - 1; n >= 0; n--) {
      const { line, command } = echoWriters![n]!;
      if (line >= i) continue;
      // Word for word (`echo "14:18:28.154 [node3] heartbeat timeout" >> …`: its time typed too), or a template.
      if (isEchoOutput(command, text)) return { command, typed: true };
      if (isEchoTemplateOutput(command, text, words)) return { command, typed: false };
    }
    return undefined;
  };
  // Line i's event. With `recorded`: the command a script(1) header on line i quotes (`[COMMAND="date +%T.%3N; kill
  // 32759" …]`), read as the typed line it ran: a kill the date's row below times, or nothing (a header with no such row
  // stays the recorder's line).
  const classify = (i: number, recorded?: string): void => {
    const lineKind = recorded === undefined ? table.kinds[i]! : LINE_COMMAND;
    if (lineKind === LINE_BLANK || lineKind === LINE_HEADER) return;
    // The student's own `echo` output below their command (the Verify block's "leader process is dead"): no event.
    if (lineKind === LINE_LOG && table.stampAt[i]! < 0 && isEchoOutputLine(lines, table, i)) return;
    // A time the command above typed into its echo or printf, printed back: no clock read it.
    if (lineKind === LINE_LOG && isTypedTimeOutputLine(lines, table, i)) return;
    const own = lineKind === LINE_COMMAND ? undefined : table.nodes[i];
    const written = recorded ?? lineText(lines, i, LINE_CAP);
    // script(1)'s own first and last lines, the command they quote included.
    if (lineKind === LINE_LOG && isScriptHeader(written)) {
      // Unless it quotes the `date; kill` it recorded: that ran as typed, and the date's row below times the kill.
      const command = readRecordedCommand(written);
      if (command !== undefined) classify(i, command);
      return;
    }
    if (lineKind === LINE_LOG && masks !== undefined && isVoteOnlyMiss(written, masks[i]!)) return;
    // A JSON record's events are in the text it stands for (CLEF's template with its holes filled, docker's recorded
    // line unescaped): its literals may span a hole or an escape.
    const rendered = lineKind === LINE_JSON ? renderJsonMessage(written) : undefined;
    const text = rendered ?? written;
    let meaning = classifyLine(text, patterns, own, lineKind === LINE_COMMAND, masks === undefined || rendered !== undefined ? ALL_EVENT_PATTERNS : masks[i]!, anyMatch);
    if (meaning.kind === 'other' && meaning.notKill === undefined && meaning.role === undefined) return;
    if (recorded !== undefined && meaning.kind !== 'kill') return;
    // A line an echo's expansions printed naming a node as its writer (`echo "$(date +%T.%3N) [node3] heartbeat timeout
    // detected"`, adv73c-59): the student's words, no node's line. An echo naming none is the student's record
    // (`echo "killing leader at $(date +%T.%3N)"`).
    if (lineKind === LINE_LOG && own !== undefined && meaning.kind !== 'kill' && meaning.words !== undefined && (isEchoOutputLine(lines, table, i, meaning.words.text) || isBackgroundEchoOutput(i, meaning.words.text))) return;
    // A line an echo typed above wrote into a file (`kill 28884; sleep 0.3; echo "$(date +%T.%3N) [node1] killed by
    // student" >> data/node1/node.log`, `| tee -a …`), printed back by a later cat or grep: the student's words in the
    // file (adv74a-53/-60/-69, adv73e-07, adv74b-35/-36/-44/-48..-51) — a detection of none, and a kill timed by nothing
    // when its time was typed or a wait stands between its date and the kill (with none, the echo's date is the kill's
    // record).
    if (lineKind === LINE_LOG && own !== undefined && meaning.words !== undefined && (meaning.kind === 'kill' || DETECTION_KINDS.has(meaning.kind))) {
      const writer = findEchoIntoFile(i, meaning.words.text);
      if (writer !== undefined && (meaning.kind !== 'kill' || writer.typed || findDelayBetweenDateAndKill(writer.command) !== undefined)) return;
    }
    // A status reply's `last_event` or `reason` is what the node holds when asked, no detection or kill logged then;
    // the leader it names (`lost connection to leader node1`) it followed, a restated, stale statement, of no term (the
    // reply's `"term":2` is the term it is in now, not the lost leader's: adv64h-12, read as node1 leading term 2).
    if (lineKind === LINE_JSON && (meaning.kind === 'kill' || DETECTION_KINDS.has(meaning.kind)) && isRequestReplyLine(lines, table, i)) {
      if (meaning.leader === undefined || meaning.kind === 'kill') return;
      meaning = { ...meaning, kind: 'follows-leader', restated: true, subject: undefined, term: undefined, peer: undefined, silentMs: undefined, startsElection: undefined, sendFailed: undefined, leaderless: undefined, words: undefined };
    }
    // A search typed for the signal's name (`grep -h -i "timeout\|lost\|SIGTERM" data/node*/node.log`): no kill (adv53-16).
    if (meaning.kind === 'kill' && lineKind === LINE_COMMAND && isSearchCommand(text)) return;
    if (meaning.kind === 'kill' && own === undefined && killedNothing((k) => lineText(lines, k, LINE_CAP), lines.count, i, (k) => table.kinds[k] === LINE_COMMAND || table.kinds[k] === LINE_HEADER, meaning.pid)) return;
    // What `help kill`, `type kill` or `kill -l` printed below it (signal-listings.ts): no kill.
    if (meaning.kind === 'kill' && own === undefined && lineKind === LINE_LOG && table.stampAt[i]! < 0 && isSignalListingOutput(lines, table.kinds, i)) return;
    let time = recorded === undefined ? stampOf(lines, table, i) : findDateOutputStamp(lines, table, i, recorded);
    // `$ date +%T.%3N; \`, then `> kill 15400` (adv74a-77): a kill typed on the shell's second prompt, timed by the date's row.
    if (time === undefined && meaning.kind === 'kill' && own === undefined && lineKind === LINE_LOG) time = findContinuedKillDateStamp(lines, table, i);
    // `+ date +%T.%3N`, its time, `+ kill 21190` (a shell trace), make's echo of a recipe's `date +%T.%3N`, its time,
    // `kill 1328`, or npm's pre script's date before its script's kill: a record echoed as it ran, timed by the date's
    // row (echoed-date-kill.ts).
    const echoed = time === undefined && meaning.kind === 'kill' ? findEchoedDateKill(lines, table, i) : undefined;
    if (echoed !== undefined) time = echoed.stamp;
    // A program's line timed at its end (time-last-lines.ts): its closing time, not a time its words state before it
    // (`election timeout: deadline 10:00:00.302 passed, … (10:00:00.410)`).
    // A record glued after a cut one on the same line (a buffered stdout's flush ending mid-line, glued-records.ts), or
    // records joined onto one line behind a label (a chat's `node2 terminal: 10:09:20.849 [node2] DEBUG tick … 10:09:21.169
    // [node2] WARN heartbeat timeout`, adv64c-29): the words are at their own record's time.
    const gluedFrom = time === undefined || lineKind !== LINE_LOG || rendered !== undefined || meaning.words === undefined || meaning.words.index === 0 ? -1 : table.stampAt[i]! >= 0 ? table.stampAt[i]! : findStampStart(lines.text, lines.starts[i]!, time);
    if (time !== undefined && table.stampAt[i]! < 0 && lineKind === LINE_LOG) time = findTimeLastStamp(lines, table, i) ?? (gluedFrom < 0 ? undefined : findGluedRecordTime(lines.text, gluedFrom, time, lines.starts[i]! + meaning.words!.index)) ?? time;
    else if (gluedFrom >= 0) time = findGluedRecordTime(lines.text, gluedFrom, time!, lines.starts[i]! + meaning.words!.index) ?? time;
    let node = echoed === undefined ? own : undefined;
    let nodeFrom: LogEvent['nodeFrom'] = node === undefined ? undefined : NODE_SOURCES[table.nodeFrom[i]!];
    // A journal record's MESSAGE line is the record's event, at its time; its other fields are none.
    const record = lineKind === LINE_LOG ? findJournalRecord(lines, table, i) : undefined;
    if (record !== undefined) {
      if (record.field.key !== 'MESSAGE') return;
      if (time === undefined && record.head !== undefined) time = continueRecordStamp(text, record.head);
      if (record.names !== undefined) (recordNames ??= new Map()).set(raw.length, record.names);
    } else if (time === undefined && lineKind === LINE_LOG && i > (firstStamped ??= table.stampAt.findIndex((at) => at >= 0)) && firstStamped >= 0) {
      // A stack trace's line is its record's: only an exception line's detection counts, at the record's time.
      const trace = findTraceContinuation(lines, table, i);
      if (trace !== undefined) {
        if (trace.kind !== 'exception' || !DETECTION_KINDS.has(meaning.kind)) return;
        // Under a head that is no detection itself (`client handler for /127.0.0.1:54648 failed`, then
        // `java.net.SocketException: Connection reset`): the exception is that client's (adv55a-25).
        if (isNoDetection(lineText(lines, trace.head, LINE_CAP))) return;
        time = trace.headStamp;
        node = table.nodes[trace.head];
        const headFrom = NODE_SOURCES[table.nodeFrom[trace.head]!];
        nodeFrom = node === undefined ? undefined : GUESSED_HEAD_SOURCES.has(headFrom!) ? headFrom : 'record';
      }
    }
    // `[14:05:31] sam@lab:~/kv$ kill 4101`: the prompt's time, drawn before the command was typed; when the command
    // runs `date` (`[09:59:58] sam@lab:~/raft$ { date +%T.%3N; kill 4101; }`) the date's output below times it.
    let promptTimed = meaning.kind === 'kill' && own === undefined && time !== undefined && time.end <= lines.ends[i]! && lineKind !== LINE_JSON && isPromptTime(lines.text, lines.starts[i]!, lines.ends[i]!, time.end);
    if (promptTimed) {
      const printed = findDateOutputStamp(lines, table, i);
      if (printed !== undefined) {
        time = printed;
        promptTimed = false;
      }
    }
    // `$ date +%T.%N; kill 5120` (or make's echo of it): the time is the date's output on a line below (the next, or
    // the one under ansible's host header), which then stands for the kill.
    let line = echoed?.output ?? i;
    if (time !== undefined && echoed === undefined) while (time.end > lines.ends[line]! && line + 1 < lines.count) line++;
    if (recorded !== undefined && line === i) return;
    if (line !== i && meaning.kind === 'kill') (dateOutputKills ??= new Set()).add(line);
    // Printed through printf's `%.Nf` (`printf '%.0f\n' "$EPOCHREALTIME"; kill …`): rounded to its tick, not cut.
    if (line !== i && meaning.kind === 'kill' && time !== undefined && ROUNDING_PRINTF.test(text)) time = { ...time, rounded: true };
    const event = toEvent(line, time, node, nodeFrom, meaning);
    if (line !== i && meaning.kind === 'kill' && (echoed?.lookup === true || looksUpKillTargetAfterDate(text))) event.lookupAfterDate = true;
    // strace's `--- SIGTERM {si_signo=…} ---` is about the process it traces, not its sender (traced-signals.ts).
    // A traced kill row (`+ kill 15542`, under a section a traced launch opened) signals the pid it names (adv73f-51).
    if (meaning.kind === 'kill' && echoed?.runner === 'trace' && meaning.pid === undefined && meaning.target === undefined) event.pid = readTracedKillPid(text);
    else if (meaning.kind === 'kill' && own === undefined && meaning.pid === undefined && meaning.target === undefined) event.pid = findTracedSignalPid(lines, table.kinds, i);
    // The words matched on the line as written: none for a JSON record's message, or when a date's output below times it.
    if (meaning.words !== undefined && (line !== i || rendered !== undefined)) event.words = undefined;
    if (promptTimed) event.timeBeforeCommand = true;
    if (meaning.kind === 'kill' && meaning.target !== undefined) markManagerStop(event, text);
    if (meaning.kind === 'kill' && node === undefined && time !== undefined && isTimedAfterKill(text, lineKind, meaning, line === i)) event.timeAfterKill = true;
    if (meaning.bySender === true) bySender = true;
    raw.push(event);
  };
  const candidates = options.candidates;
  if (candidates) for (let k = 0; k < candidates.length; k++) classify(candidates[k]!);
  else for (let i = 0; i < lines.count; i++) classify(i);
  // A kill record printed on a 12-hour clock with no AM/PM takes the reading next to the nodes' times.
  resolveHalfDayTimes(raw);
  // Zone-less lines of a command that says which zone it prints in (`journalctl --utc`): read in that zone.
  applyShownZones(lines, table, raw);

  // Journal records: the writer their name fields give (the key the records vary by, as for JSON lines: a template
  // unit, a host) over the node the MESSAGE text seems to name; the line is read again as that writer's.
  const recordKey = recordNames === undefined ? undefined : (chooseVaryingNameKey(recordNames) ?? chooseTemplateUnitKey(recordNames));
  if (recordKey !== undefined) {
    for (const [k, names] of recordNames!) {
      const writer = names.find((n) => n.key === recordKey)?.node;
      const event = raw[k]!;
      if (writer === undefined || writer === event.node) continue;
      const meaning = classifyLine(lineText(lines, event.line, LINE_CAP), patterns, writer, false, masks === undefined ? ALL_EVENT_PATTERNS : masks[event.line]!, anyMatch);
      raw[k] = toEvent(event.line, event.time, writer, 'json-name', meaning);
      if (meaning.kind === 'kill' && meaning.target !== undefined) markManagerStop(raw[k]!, lineText(lines, event.line, LINE_CAP));
    }
    for (let k = raw.length - 1; k >= 0; k--) if (raw[k]!.kind === 'other' && raw[k]!.notKill === undefined && raw[k]!.role === undefined) raw.splice(k, 1);
  }
  // `docker events`' records are the daemon's about a container: no line of the container's own.
  markDaemonRecords(lines, raw);
  // `caught SIGTERM (ignored …)`: a handler's line, the process lives on.
  markIgnoredSignalKills(lines, raw);
  // A sentence ("kill um 14:03:11,482, both followers …", "n2 EOF after 2 ms"): the student's line, no program's.
  dropSentenceEvents(lines, table, raw);
  const killClauses = markKillsInWords(lines, table, raw, patterns);
  // `kv_node 2 listening on …` with no writer column: the startup line introduces node2 (as `node2 listening` does).
  nameSpacedStartups(lines, raw);
  // A cat of whole files whose lines name no writer: each file's lines are its writer's.
  const fileRuns = attributeFileRuns(lines, table, raw);
  // A student's summary block under a heading of their own ("Results:") restates node lines: none of them is one.
  const summaryBlocks = dropSummaryLines(lines, table, raw);
  const summaryLines = summaryBlocks?.flatMap((block) => block.lines);
  // One log shown twice under two section names (a loop tailing one file under each header): the copy is nobody's.
  const repeated = hasSectionLines(table) ? dropRepeatedSections(lines, table, raw) : undefined;
  // One node's lines shown twice under two writer names in any shape (pm2's file and its `pm2 logs`): the copy is dropped.
  const copiedWriters = dropCopiedWriters(lines, raw);
  const aliases = new Map<string, string>(fileRuns?.aliases);
  for (const [name, writer] of table.sectionAliases ?? []) if (!aliases.has(name)) aliases.set(name, writer);
  // A process column's name (fly's machine id in `fly machine stop 148edd3f920489`) is the node its lines name; a
  // bare pid stays a pid (a kill's, below), never a name.
  for (const [name, writer] of table.processNodes ?? []) if (!aliases.has(name) && name !== writer && !isAllAsciiDigits(name)) aliases.set(name, writer);
  addAddressAliases(raw, aliases);
  addLeaderAddressAliases(lines, raw, aliases);
  if (table.launchNames !== undefined) addLaunchAliases(table.launchNames, raw, aliases);
  // Per writer (or subject), its last event so far: asked only of a paste with an election started.
  const lastOf = raw.some((e) => e.kind === 'election-started') ? new Map<string | undefined, MutableLogEvent>() : undefined;
  // Per writer: the name its own lines give it besides (addSelfNameAliases), null when they give two.
  let selfNames: Map<string, string | null> | undefined;
  for (const event of raw) {
    // etcd 3.5 logs a leadership transfer's election like a timer's ("received MsgTimeoutNow … starts an election",
    // then "… is starting a new election"): that one is no detection.
    if (lastOf !== undefined) {
      const previous = lastOf.get(event.node ?? event.subject);
      if (event.kind === 'heartbeat-timeout' && previous?.kind === 'election-started' && isTransferElection(lines, previous.line, event.line)) event.kind = 'election-started';
      lastOf.set(event.node ?? event.subject, event);
    }
    if (event.node === undefined) continue;
    if (event.subject !== undefined && event.node !== event.subject) aliases.set(event.subject, event.node);
    // A node named by its host, pod or address that names itself ("starting kv_node id=1", kubectl's `[pod/raft-0/kv]
    // … id=1 …` on its lines) is also node1: the pod's ordinal and the program's id may differ by one.
    const startup = event.kind === 'startup';
    // A writer already named by its number (`node2`) needs no id key's, nor one whose lines gave two (null).
    const keyed = !startup && event.nodeFrom !== 'field' && event.nodeFrom !== 'json-field' && !isNumberedNode(event.node) && selfNames?.get(event.node) !== null;
    if (event.nodeFrom !== 'message' && event.nodeFrom !== 'name' && (startup || keyed)) {
      const text = lineText(lines, event.line, LINE_CAP);
      // A supervisor's app column (pm2's `0|kv1 | … [node1] …`): the program's own tag on its lines names it too (adv47).
      const self = startup || event.nodeFrom === 'service' ? findOwnNode(text) : findKeyedOwnNode(text);
      if (self !== undefined && self !== event.node) {
        const named = (selfNames ??= new Map()).get(event.node);
        if (named === undefined) selfNames.set(event.node, self);
        else if (named !== self) selfNames.set(event.node, null);
      }
    }
    if (!startup) continue;
    const text = lineText(lines, event.line, LINE_CAP);
    // "node1 listening on 127.0.0.1:7001": a follower naming its leader by that address ("last-leader-addr=…") names node1.
    const listen = LISTEN_ADDRESS.exec(text);
    const key = listen ? addressKey(listen[1] ?? listen[2] ?? listen[3] ?? `:${listen[4]!}`) : undefined;
    // A writer named by that address itself (`[127.0.0.1:22252]` lines) goes by the name whose startup states it.
    if (key !== undefined && (!aliases.has(key) || (aliases.get(key)!.includes(':') && !event.node.includes(':')))) aliases.set(key, event.node);
  }
  // A leader's own address from its own words (`I am the leader now` then `leader changed from None to 127.0.0.1:27063`),
  // and the one peer address left to the one writer left (own-addresses.ts).
  if (raw.some((e) => e.kind === 'follows-leader' && e.leader !== undefined && e.leader.includes(':'))) {
    addOwnLeaderAddresses(raw, aliases, addressKey);
    addLastPeerAddress(lines, raw, aliases, addressKey);
  }
  if (selfNames !== undefined) addSelfNameAliases(selfNames, raw, aliases);
  if (aliases.size >= 2) addFamilyAliases(raw, aliases);
  addOneFamilyMembers(raw, table.launchNames, aliases);
  if (raw.some((e) => e.kind === 'kill' && e.node === undefined && e.target !== undefined)) addStoppedContainerAliases(lines, raw, aliases);
  if (raw.some((e) => e.node !== undefined && (e.nodeFrom === 'section' || e.nodeFrom === 'service' || e.nodeFrom === 'service-number'))) addProjectFamilyAliases(raw, aliases);
  if (raw.some((e) => e.nodeFrom === 'head-token')) addHeadTokenAliases(table, raw, aliases);
  if (aliases.size > 0) joinPortWriters(raw, aliases);
  if (aliases.size > 0) joinAddressWriters(raw, aliases);
  if (table.addressHeads !== undefined && aliases.size > 0) nameAddressHeads(raw, table.addressHeads, aliases);
  const name = (node: string | undefined): string | undefined => {
    if (node === undefined) return undefined;
    const alias = aliases.get(node);
    if (alias !== undefined) return alias;
    const key = node.includes(':') ? addressKey(node) : undefined;
    return (key === undefined ? undefined : aliases.get(key)) ?? node;
  };
  // A pid no process column or launch names is the node whose own startup line states it (`kv_node node2 starting
  // pid=21677`, adv50c-37's `kill 21677` of a follower).
  let statedPids: Map<string, string | null> | undefined;
  const nodeOfPid = (pid: string): string | undefined =>
    table.processNodes?.get(pid) ?? table.launchNames?.get(pid) ?? (statedPids ??= findStartupPids(lines, raw)).get(pid) ?? undefined;
  let writers: ReadonlySet<string> | undefined;
  let jobs: ShellJob[] | undefined;
  let anyPercent: boolean | undefined;
  let anyPortKill = false;
  for (const event of raw) {
    if (event.node === undefined && event.subject !== undefined) {
      event.node = name(event.subject);
      event.nodeFrom = 'subject';
    }
    if (event.leader !== undefined) event.leader = name(event.leader);
    if (event.peer !== undefined) event.peer = name(event.peer);
    if (event.target !== undefined) {
      event.target = name(event.target);
      // `docker exec kv1 sh -c '… kill 1'` over lines whose writers go by node1…: a container no writer is named for
      // names no node, so the pid decides, as for a bare `kill 1`.
      if (event.kind === 'kill' && event.pid !== undefined && event.node === undefined && !(writers ??= writersOf(raw)).has(event.target!) && isExecKillAt(lines, event.line)) {
        event.target = nodeOfPid(String(event.pid));
      }
      // `systemctl kill kv@server-a`: a template unit's instance is the node its writers go by (adv62j-44).
      if (event.kind === 'kill' && event.target !== undefined && event.target.includes('@')) event.target = nameUnitInstance(event.target, raw, name);
      if (event.kind === 'kill' && event.target !== undefined && isPortName(event.target)) anyPortKill = true;
    }
    // `kill -TERM 30805` of the process whose `[30805]` lines name their writer.
    // A listing's name goes by the writers' (adv61f-36: `ps aux`'s `./kv_node --id 1` is node1, the logs' N1).
    else if ((event.kind === 'kill' || event.notKill === 'paused') && event.node === undefined && event.pid !== undefined) event.target = name(nodeOfPid(String(event.pid)));
    // `kill %1`: job 1 of the shell's job table (shell-jobs.ts), read only for a paste with such a kill.
    else if (event.kind === 'kill' && event.node === undefined && (anyPercent ??= lines.text.includes('%'))) {
      const killed = findKilledJobOf(lines, event.line, table.kinds);
      if (killed !== undefined) {
        const node = resolveKilledJob((jobs ??= readShellJobs(lines, table)), killed.job, killed.line, nodeOfPid);
        if (node !== undefined) event.target = name(node);
      }
    }
  }
  // `kill 4101 4102`, `pkill kv_node`: a kill command that ends several nodes (several-node-kills.ts).
  if (raw.some((e) => e.kind === 'kill' && e.node === undefined && (e.pid !== undefined || e.target === undefined))) {
    // A pid naming one node is that node; one heading several nodes' lines is the one process running them all.
    const nodesOfPid = (pid: string): string[] => {
      const one = nodeOfPid(pid);
      if (one !== undefined) return [name(one)!];
      const hosted = table.processHosts?.get(pid)?.map((node) => name(node)!) ?? [];
      return hosted.filter((node, k) => hosted.indexOf(node) === k);
    };
    markSeveralNodeKills(lines, raw, nodesOfPid, (line) => table.hostLines?.get(line));
  }
  markRemoteMachines(lines, table, raw);
  // A buffered stdout stamped by a pipe (`./demo.sh | ts`): the stamps are flush times, no event's (flush-stamps.ts).
  dropFlushStamps(raw);
  // A collector's batch time on a node's own kill line (`logcli query`): the kill's time is not known from it.
  dropBatchStampedKills(raw);
  // PHP's `.v` of a whole-second time: every stamp of a writer at `.000` (padded-seconds.ts).
  markPaddedSeconds(raw);
  // `[+s.mmm]` since each node's own start (every log opening at `[+0.000] … started`): a clock per process.
  // Asked only of a paste with such stamps: with none, no event's time can change.
  if (raw.some((e) => e.time?.format === 'relative' || e.time?.format === 'monotonic')) markProcessClocks(raw, readQuietStamps(lines, table, raw, name), (line, node) => isFromOwnLogFile(lines, table, line, node));
  // `kv_node[23268]` writers (journalctl -t): the node names the paste's lines give them (name-process-writers.ts).
  for (const [writer, node] of nameProcessWriters(raw) ?? []) aliases.set(writer, node);
  // A summary's nodes are the paste's nodes all the same: no leader named in a term is renamed to one of them.
  aliasTermLeaders(raw, summaryLines);
  if (bySender) dropMeshHeartbeats(raw);

  // In a cat of whole files the writers are the files'; names the scan found inside their lines are mentions.
  const seen = new Set<string>(fileRuns?.writers.map((writer) => name(writer)!));
  // In a timed paste, a name inside the words of an untimed line (the student's sentence under the logs: "so node2
  // noticed at 38411 …") shows no writer: a node named only so is none of the paste's, and its events keep no node.
  const timed = raw.some((e) => e.time !== undefined);
  const untimedWordsOnly = (i: number, node: string, from: LogEvent['nodeFrom']): boolean =>
    timed && from === 'message' && table.stampAt[i]! < 0 && isWriterFromWords({ node, nodeFrom: from }, lineText(lines, i, LINE_CAP));
  if (fileRuns === undefined) {
    const { nodes, kinds } = table;
    let last: string | undefined;
    // `last`: the writer of the last line that counted (a header naming node3 does not count, so node3's own lines
    // under it still do: a follower whose lines hold no event is a node of the paste all the same).
    for (let i = 0; i < lines.count; i++) {
      const node = nodes[i];
      if (node === undefined || node === last) continue;
      if (kinds[i] === LINE_COMMAND || kinds[i] === LINE_HEADER || untimedWordsOnly(i, node, NODE_SOURCES[table.nodeFrom[i]!])) continue;
      // A summary's line names no writer (its table's `| node | time |` header row, its `| kill |` row neither).
      if (summaryBlocks?.some((block) => i >= block.first && i < block.end) === true) continue;
      // Nor does a markdown table's header row anywhere (adv67h-39: `| node | ts | msg |`, `| terminal | … |`).
      if (isMarkdownHeaderRow(lines, i)) continue;
      // A journal record's field (`    SYSLOG_IDENTIFIER=systemd`, `_COMM=kv_node`) names no writer: the record's is
      // decided by its MESSAGE and its name fields together (recordKey above).
      if (table.nodeFrom[i] === FROM_JSON_NAME && isJournalFieldLine(lines, table, i)) continue;
      // A name inside a stack trace (`    send(peers["node4"])`, a quoted source line) is no writer.
      if (isTraceMention(lines, table, i)) continue;
      last = node;
      seen.add(name(node)!);
    }
  }
  let wordsOnly: MutableLogEvent[] | undefined;
  for (const event of raw) {
    if (event.node === undefined) continue;
    if (event.time === undefined && untimedWordsOnly(event.line, event.node, event.nodeFrom)) (wordsOnly ??= []).push(event);
    else seen.add(event.node);
  }
  for (const event of wordsOnly ?? []) {
    if (seen.has(event.node!)) continue;
    event.node = undefined;
    event.nodeFrom = undefined;
  }
  // Kill lines whose writer did not die (`kill -9 10108  # infra1`, "launcher | killing leader node2") name their target.
  // A sentence stating a kill names its target before its time (markKillsInWords).
  // A kill timed by a date's output below its command (classifyLine read the command's target): the output names no
  // node (GNU date's `Thu Dec  3 09:49:44 UTC 2026` is no kill of node3).
  const killText = (line: number): string => killClauses?.get(line) ?? (dateOutputKills?.has(line) === true ? '' : afterHeadStamp(lines, table, line));
  if (anyPortKill) resolvePortKills(lines.text, raw, seen, (node) => name(node)!);
  for (const bystander of attributeKillTargets(raw, seen, killText, (node) => name(node)!)) seen.delete(bystander);
  // The record of a signal a node's own line says it ignored (ignored-signals.ts), now that kill lines name targets.
  if (raw.some((e) => e.notKill === 'ignored')) dropIgnoredSignalRecords(raw);
  joinNumberedFamily(lines.text, seen, raw, aliases);
  if (repeated !== undefined) for (const copy of findCopyOnlyWriters(table, repeated)) seen.delete(name(copy)!);
  // A load client's or tool's log beside the nodes' (`==> logs/client.log <==`): its writer is no follower.
  for (const outsider of findNonMembers(seen, raw)) seen.delete(outsider);
  // A writer the cluster's own start lines leave out, or one whose start line is another node's relabeled.
  let unlisted: UnlistedWriter[] | undefined;
  if (raw.some((e) => e.kind === 'startup')) {
    unlisted = findUnlistedWriters(seen, raw, (line) => lineText(lines, line, LINE_CAP), (token) => name(normalizeNodeToken(token)));
    for (const writer of unlisted) seen.delete(writer.node);
  }
  // A learner or observer beside the voters (`starting kv_node node4 (learner, non-voting)`): no follower either.
  const nonVoters = findNonVoters(raw, (line) => lineText(lines, line, LINE_CAP));
  for (const learner of nonVoters) seen.delete(learner.node);
  let anyStamp = raw.some((e) => e.time !== undefined);
  for (let i = 0; !anyStamp && i < lines.count; i++) if (table.stampAt[i]! >= 0 && stampOf(lines, table, i)) anyStamp = true;
  const unsummed = anyStamp ? undefined : findUnsummedIncrementalCommand(lines, table);
  // Built field by field, not by spreads (each spread copies a new object on every paste).
  const read: { -readonly [K in keyof LogEvents]: LogEvents[K] } = { events: raw, nodes: sortNodes([...seen]), aliases, anyStamp };
  if (unsummed !== undefined) read.unsummedIncrementalLine = unsummed;
  const sinceStart = anyStamp || unsummed !== undefined ? undefined : findSinceStartCommand(lines, table);
  if (sinceStart !== undefined) read.sinceStartCommandLine = sinceStart;
  // Asked only of a timed paste some of whose node lines have no time (adv61a-43: three terminals, a `ts -i` each).
  const perTerminal = anyStamp && raw.some((e) => e.node !== undefined && e.time === undefined) ? findPerTerminalTsCommand(lines, table) : undefined;
  if (perTerminal !== undefined) read.perTerminalTsLine = perTerminal;
  if (nonVoters.length > 0) read.nonVoters = nonVoters;
  if (unlisted !== undefined && unlisted.length > 0) read.unlistedWriters = unlisted;
  if (summaryLines !== undefined) read.summaryLines = summaryLines;
  // A writer shown again under another name (copied-writers.ts) is reported as a repeated section is.
  const shownTwice = copiedWriters?.map((c) => ({ node: name(c.node) ?? c.node, first: c.first, last: c.last, sameAs: name(c.copyOf) ?? c.copyOf, sameAsFirst: c.copyOfFirst, sameAsLast: c.copyOfLast }));
  if (repeated !== undefined || shownTwice !== undefined) read.repeatedSections = [...(repeated?.sections ?? []), ...(shownTwice ?? [])];
  read.lineWriters = table.nodes;
  read.lineStampAt = table.stampAt;
  read.lineKinds = table.kinds;
  return read;
}


// A kill line without a node of its own timed after the kill: a command that prints the date after killing (`kill -9
// 4101 && date +%T.%3N`, `kill 4101; date`), or a program's writerless line about the shutdown (.NET's `Application is
// shutting down...`; not a kill naming its target or pid, which a student or a launcher wrote).
function isTimedAfterKill(text: string, lineKind: number, meaning: LineMeaning, ownLine: boolean): boolean {
  if (lineKind === LINE_LOG) return ownLine && meaning.target === undefined && meaning.pid === undefined;
  if (lineKind !== LINE_COMMAND) return false;
  // The kill a date before it times (`kill -USR2 P; sleep 0.02; date …; kill P`): from that date on.
  text = readTimedByDate(text);
  const kill = COMMAND_KILL_PATTERN.exec(text);
  const date = DATE_WORD.exec(text);
  return kill !== null && date !== null && date.index > kill.index;
}

// A typed search (grep and its kin, PowerShell's Select-String, cmd's findstr) with no kill command in the line.
const SEARCH_PROGRAM = /^(?:sudo\s+)?(?:[\w./~-]*\/)?(?:grep|egrep|fgrep|zgrep|rg|ag|ack|findstr|select-string|sls)(?=\s)/i;
function isSearchCommand(text: string): boolean {
  const prompt = readShellPrompt(text, 0, text.length);
  const command = text.slice(prompt === undefined ? 0 : prompt.end).trimStart();
  if (SEARCH_PROGRAM.test(command)) return !COMMAND_KILL_PATTERN.test(command);
  // A search behind a pipe or after other printing commands (`cat -n data/node*/node.log | grep -E
  // "leader|SIGTERM|timeout"`, counter9): every command of the line prints or searches, its quoted words blanked.
  if (!command.includes('grep') && !command.includes('rg ') && !command.includes('findstr') && !/select-string/i.test(command)) return false;
  const parts = command.replace(/"[^"\n]*"|'[^'\n]*'/g, '""').split(/\|\|?|&&|;/);
  return parts.some((part) => SEARCH_PROGRAM.test(part.trimStart())) && parts.every((part) => part.trim() === '' || PRINTING_PROGRAM.test(part.trimStart()));
}
// Programs that only print or filter what they read.
const PRINTING_PROGRAM = new RegExp(String.raw`^(?:sudo\s+)?(?:[\w./~-]*\/)?(?:${FILE_PROGRAMS}|ag|ack|findstr|select-string|sls|sort|uniq|cut|awk|gawk|sed|tr|wc|column|nl|tee|jq|ccze|ts)(?=\s|$)`, 'i');

// A service manager's line about the unit it stops (`systemd[1]: Stopping kv@2.service …`, classifyLine's target the
// unit's node): the unit's kill, not the manager's.
function markManagerStop(event: MutableLogEvent, text: string): void {
  if (!UNIT_STOP_PATTERN.test(text)) return;
  event.byManager = true;
  event.node = undefined;
  event.nodeFrom = undefined;
}

// Whether line i is a field of a journal record other than its MESSAGE (journalctl -o verbose / export / json-pretty).
function isJournalFieldLine(lines: PasteLines, table: LineTable, i: number): boolean {
  const record = findJournalRecord(lines, table, i);
  return record !== undefined && record.field.key !== 'MESSAGE';
}

// A writer whose lines name it one other way (`[pod/raft-0/kv] … id=1`) goes by that name too, when no other writer's
// lines claim it and it is no writer's own ("launcher | starting node1 node2 node3" introduces no one: node1 writes
// lines of its own); a writer whose lines name it two ways names itself none.
function addSelfNameAliases(selfNames: ReadonlyMap<string, string | null>, events: readonly MutableLogEvent[], aliases: Map<string, string>): void {
  const writers = new Set(events.map((e) => e.node));
  const claims = new Map<string, number>();
  const chosen: [string, string][] = [];
  for (const [writer, self] of selfNames) {
    if (self === null || writers.has(self) || aliases.has(self)) continue;
    claims.set(self, (claims.get(self) ?? 0) + 1);
    chosen.push([self, writer]);
  }
  for (const [self, writer] of chosen) if (claims.get(self) === 1) aliases.set(self, writer);
}



// Names of one family joined to nodes by their numbers (`zk1` → node1, `zk2` → node2, two or more and no other way)
// name the rest of it the same way: `kill -KILL 29982  # zk3` kills node3, the leader its followers name `n.leader:3`
// when zk3's own log is not in the paste.
function addFamilyAliases(events: readonly MutableLogEvent[], aliases: Map<string, string>): void {
  let families: Map<string, number> | undefined;
  // The other way round: writers named by a family (compose's `kv2`, `kv3`) whose own `[node2]`, `[node3]` tags alias
  // them; the family's names as written (its prefix, `kv`), null when two differ.
  let writerFamily: { prefix: string; count: number } | null | undefined;
  for (const [alias, node] of aliases) {
    const joined = familyNodeOf(alias);
    if (joined === undefined) continue;
    const count = (families ??= new Map()).get(joined.family) ?? 0;
    families.set(joined.family, node === joined.node && count >= 0 ? count + 1 : -1);
    const named = isNumberedNode(alias) ? familyNodeOf(node) : undefined;
    if (named === undefined || named.node !== alias || writerFamily === null) continue;
    const prefix = node.slice(0, node.length - alias.length + 4);
    writerFamily = writerFamily === undefined || writerFamily.prefix === prefix ? { prefix, count: (writerFamily?.count ?? 0) + 1 } : null;
  }
  if (families === undefined) return;
  const writers = new Set(events.map((e) => e.node));
  const join = (name: string | undefined): void => {
    if (name === undefined || aliases.has(name) || writers.has(name)) return;
    const joined = familyNodeOf(name);
    if (joined !== undefined && (families!.get(joined.family) ?? 0) >= 2) aliases.set(name, joined.node);
    // adv48b: the leader its followers name `node1` is the family's `kv1` (`docker kill kv1`), when no line of it is pasted.
    else if (isNumberedNode(name) && writerFamily != null && writerFamily.count >= 2) {
      const member = `${writerFamily.prefix}${name.slice(4)}`;
      if (!writers.has(member)) aliases.set(name, member);
    }
  };
  for (const event of events) {
    join(event.target);
    join(event.leader);
  }
}

// Journal records too few to vary by a key (`journalctl -u kv@1 -u kv@3 -o verbose -n 2`: one record each, adv66c-38)
// still vary by their template units' instances: journald writes `_SYSTEMD_UNIT` itself, and `kv@1.service` runs node1.
function chooseTemplateUnitKey(namesPerRecord: ReadonlyMap<number, readonly JsonName[]>): 'unit' | undefined {
  const units = new Set<string>();
  for (const names of namesPerRecord.values()) {
    const unit = names.find((n) => n.key === 'unit')?.node;
    if (unit === undefined || !isNumberedNode(unit)) return undefined;
    units.add(unit);
  }
  return units.size >= 2 ? 'unit' : undefined;
}

// A kill's target named only by its number (`node1`: a pgrep row's `./kv_node --id 1`, a launch's pid) is the member of
// that number of the one family every writer belongs to (`kv1`, when the writers are `kv2` and `kv3` — a launch loop's
// `logger -t kv$i` beside its `--id $i`, adv66c-16), when some line names that member (the followers' "leader kv1").
function addOneFamilyMembers(events: readonly MutableLogEvent[], launchNames: ReadonlyMap<string, string> | undefined, aliases: Map<string, string>): void {
  const numbered: string[] = [];
  for (const e of events) if (e.target !== undefined && isNumberedNode(e.target)) numbered.push(e.target);
  for (const node of launchNames?.values() ?? []) if (isNumberedNode(node)) numbered.push(node);
  if (numbered.length === 0) return;
  let family: string | undefined;
  const writers = new Set<string>();
  for (const e of events) {
    if (e.node === undefined || writers.has(e.node)) continue;
    const member = isNumberedNode(e.node) ? undefined : familyNodeOf(e.node);
    if (member === undefined || (family !== undefined && family !== member.family)) return;
    family = member.family;
    writers.add(e.node);
  }
  if (family === undefined || writers.size < 2) return;
  // The family's members by the node each stands for (`kv01` → node1), among the writers and the names lines give.
  const members = new Map<string, string>();
  const add = (name: string | undefined): void => {
    if (name === undefined || isNumberedNode(name)) return;
    const member = familyNodeOf(name);
    if (member !== undefined && member.family === family && !members.has(member.node)) members.set(member.node, name);
  };
  for (const writer of writers) add(writer);
  for (const e of events) {
    add(e.leader);
    add(e.target);
  }
  for (const target of numbered) {
    const member = members.get(target);
    if (member !== undefined && !writers.has(target) && !aliases.has(target)) aliases.set(target, member);
  }
}

// The node a family name stands for by its number (`zk3` → node3, `kv-1` → node1); undefined for no such name. A
// compose container's index after a numbered service (`raft-kv1-1`, v1's `raft_kv1_1`: project, service, replica) is
// no node number: the service's is (`raft-kv1` → node1 of family `raft-kv`).
function familyNodeOf(name: string): { readonly family: string; readonly node: string } | undefined {
  const m = FAMILY_NAME.exec(name) ?? FAMILY_NAME.exec(name.replace(COMPOSE_REPLICA, ''));
  return m ? { family: m[1]!.toLowerCase(), node: nodeLabel(Number(m[2])) } : undefined;
}
const COMPOSE_REPLICA = /(?<=\d)[-_]\d{1,3}$/;

// Whether two family names are one node: the same number, in one family or in a family and that family under a
// compose project's prefix (`raft-kv1` is service `kv1` of project `raft`; `raft_kv1_1` in compose v1).
function isSameFamilyNode(a: string, b: string): boolean {
  const x = familyNodeOf(a);
  const y = familyNodeOf(b);
  if (x === undefined || y === undefined || x.node !== y.node) return false;
  const [long, short] = x.family.length >= y.family.length ? [x.family, y.family] : [y.family, x.family];
  return long === short || (long.endsWith(short) && (long.charCodeAt(long.length - short.length - 1) === 45 || long.charCodeAt(long.length - short.length - 1) === 95));
}

/**
 * A name the lines give another node (a leader, a kill's target, a peer) that no writer goes by is the one writer that
 * is the same node by its family name (isSameFamilyNode): the program inside compose's container `raft-kv1-1` calls
 * itself `kv1`, so its followers' "heartbeat from leader kv1" names the writer `raft-kv1-1` (`docker logs -t raft-kv1-1`)
 * or `raft-kv1` (compose's log prefix). Two writers of that node (`raft-kv1` and `kv-1`) join none.
 */
function addProjectFamilyAliases(events: readonly MutableLogEvent[], aliases: Map<string, string>): void {
  const writers = new Set<string>();
  for (const e of events) if (e.node !== undefined) writers.add(e.node);
  const join = (name: string | undefined, among: ReadonlySet<string>): void => {
    if (name === undefined || writers.has(name) || aliases.has(name)) return;
    let found: string | undefined;
    for (const node of among) {
      if (!isSameFamilyNode(name, node)) continue;
      if (found !== undefined) return;
      found = node;
    }
    if (found !== undefined && familyNodeOf(found)!.family !== familyNodeOf(name)!.family) aliases.set(name, found);
  };
  for (const e of events) {
    join(e.leader, writers);
    join(e.target, writers);
    join(e.peer, writers);
  }
  // A killed container whose own log is not pasted (`docker kill raft-kv1-1` over `kv2-1 | … leader kv1`): the one
  // node its followers name as leader under the project's prefix.
  const named = new Set<string>();
  for (const e of events) if (e.leader !== undefined && !writers.has(e.leader) && !aliases.has(e.leader)) named.add(e.leader);
  if (named.size > 0) for (const e of events) if (e.kind === 'kill' && e.node === undefined) join(e.target, named);
}

/**
 * The container (pod, program) a stop command kills (`docker kill kv1`, `docker stop kv1`, `kubectl delete pod kv-1`:
 * findStoppedName, not a command run inside one) over nodes that write as node1…node3 is the node of its number
 * (`kv1` → node1) when nothing says otherwise: no writer goes by it or by another name of its family (`kv2` writing
 * would make kv1 a node of its own), the node of its number writes or a writer names it leader (supervisord's `stop
 * raft:kv1` over the followers' lines alone), no other name of its family is joined to another
 * node, and no line naming it launches another id (`docker run --name kv1 … --id 2`). The family rule
 * (addFamilyAliases) asks two agreeing joins; a stop command's container and a node of its number are the usual
 * one-container-per-node layout, the one a student's compose file has.
 */
function addStoppedContainerAliases(lines: PasteLines, events: readonly MutableLogEvent[], aliases: Map<string, string>): void {
  let writers: Set<string | undefined> | undefined;
  for (const event of events) {
    const name = event.target;
    if (event.kind !== 'kill' || event.node !== undefined || name === undefined || aliases.has(name)) continue;
    const joined = familyNodeOf(name);
    if (joined === undefined || joined.node === name) continue;
    writers ??= new Set(events.map((e) => e.node));
    if (writers.has(name) || !(writers.has(joined.node) || isLeaderOfNumberedWriters(events, writers, joined.node))) continue;
    if ([...writers].some((writer) => writer !== undefined && familyNodeOf(writer)?.family === joined.family)) continue;
    if ([...aliases].some(([alias, node]) => familyNodeOf(alias)?.family === joined.family && node !== familyNodeOf(alias)!.node)) continue;
    if (isStoppedContainer(lines, name, joined.node)) aliases.set(name, joined.node);
  }
}

// Whether writers that all go by their numbers (`node2`, `node3`) name `node` their leader: the node a stop command's
// container of that number is when the leader's own log is not pasted.
function isLeaderOfNumberedWriters(events: readonly MutableLogEvent[], writers: ReadonlySet<string | undefined>, node: string): boolean {
  for (const writer of writers) if (writer !== undefined && !isNumberedNode(writer)) return false;
  return events.some((e) => e.leader === node && e.node !== undefined);
}

// Whether some line stops container `name` by a stop command (not a command run inside it), and no line naming it
// launches a node other than `node` (`docker run -d --name kv1 kv-image --id 2`).
function isStoppedContainer(lines: PasteLines, name: string, node: string): boolean {
  const word = new RegExp(`(?<![\\w.-])${escapeRegExp(name)}(?![\\w-])`);
  let stopped = false;
  for (let from = lines.text.indexOf(name); from >= 0; from = lines.text.indexOf(name, from + name.length)) {
    const i = lineAt(lines, from);
    const text = lineText(lines, i, LINE_CAP);
    if (!word.test(text)) continue;
    const launched = readLaunchFlags(text)?.node;
    if (launched !== undefined && launched !== node) return false;
    if (findStoppedName(text) === name && findKillingExecName(text) === undefined) stopped = true;
  }
  return stopped;
}

// A launch command's port (`./kv_node --id 1 --port 7001`: `:7001`, and a bare `leader 7001`'s `node7001`) is another
// name of the node its id names, unless a writer goes by that name itself (`port=7001` lines) or it is taken.
function addLaunchAliases(launchNames: ReadonlyMap<string, string>, events: readonly MutableLogEvent[], aliases: Map<string, string>): void {
  let writers: Set<string | undefined> | undefined;
  for (const [name, node] of launchNames) {
    if (isAllAsciiDigits(name) || aliases.has(name)) continue;
    writers ??= new Set(events.map((e) => e.node));
    if (!writers.has(name)) aliases.set(name, node);
  }
}

/**
 * Writers named as one family with their numbers (`kv1`, `kv2`, `kv3`: supervisord programs, compose services) are the
 * nodes the paste names by a bare number (`leader 1`, `id=1` read as node1): node1 is kv1, for the one such family of
 * two or more numbers from 1 (a 0-based family, or a `node0`, numbers no ids) when the paste never writes `node1`,
 * `node 1` or `n1` itself. Renames the events and `seen` in place.
 */
function joinNumberedFamily(text: string, seen: Set<string>, events: readonly MutableLogEvent[], aliases: Map<string, string>): void {
  let family: string | null | undefined;
  let members: Map<number, string> | undefined;
  for (const name of seen) {
    if (isNumberedNode(name)) continue;
    const m = FAMILY_NAME.exec(name);
    if (!m) continue;
    const prefix = m[1]!.toLowerCase();
    if (family !== undefined && family !== prefix) family = null;
    else family ??= prefix;
    (members ??= new Map()).set(Number(m[2]), name);
  }
  if (family == null || members === undefined || members.size < 2 || members.has(0)) return;
  const numbered = new Set<string>(seen);
  for (const e of events) {
    if (e.leader !== undefined) numbered.add(e.leader);
    if (e.target !== undefined) numbered.add(e.target);
  }
  let renames: Map<string, string> | undefined;
  for (const name of numbered) {
    if (!isNumberedNode(name)) continue;
    const n = Number(name.slice(4));
    if (n === 0) return;
    const member = members.get(n);
    if (member === undefined || aliases.has(name) || new RegExp(`\\b(?:node[-_ ]?|n)${n}\\b`, 'i').test(text)) continue;
    (renames ??= new Map()).set(name, member);
  }
  if (renames === undefined) return;
  for (const [name, member] of renames) {
    aliases.set(name, member);
    seen.delete(name);
  }
  for (const e of events) {
    if (e.node !== undefined) e.node = renames.get(e.node) ?? e.node;
    if (e.leader !== undefined) e.leader = renames.get(e.leader) ?? e.leader;
    if (e.target !== undefined) e.target = renames.get(e.target) ?? e.target;
  }
}

// A writer named after a port (`grep -H` over `logs/raft-7002.log`, a raft library's own log beside the app's
// `logs/n2.log`) is the node whose port that is (its launch's `--port 7002`, its `listening on :7002`): one node
// under two names, never a second follower. Renames the events and adds the name to `aliases`.
function joinPortWriters(events: MutableLogEvent[], aliases: Map<string, string>): void {
  let anyPort = false;
  for (const name of aliases.keys()) if (isPortName(name)) anyPort = true;
  if (!anyPort) return;
  let renames: Map<string, string | null> | undefined;
  let last: string | undefined;
  for (const event of events) {
    const node = event.node;
    if (node === undefined || node === last) continue;
    last = node;
    if (renames?.has(node) || !isAsciiDigit(node.charCodeAt(node.length - 1))) continue;
    const port = PORT_WRITER.exec(node)?.[1];
    const owner = port === undefined ? undefined : aliases.get(`:${port}`);
    (renames ??= new Map()).set(node, owner === undefined || owner === node || isPortName(owner) ? null : owner);
  }
  if (renames === undefined) return;
  for (const [name, owner] of renames) if (owner !== null && !aliases.has(name)) aliases.set(name, owner);
  for (const event of events) {
    const owner = event.node === undefined ? undefined : renames.get(event.node);
    if (owner != null) event.node = owner;
  }
}

// A writer named by an address another writer's startup line listens on is that writer (adv62e-48: the node's own file
// tagged `[10.0.1.11:7000]` beside syslog's host `ip-10-0-1-11`, whose `starting kv_node ip-10-0-1-11 on
// 10.0.1.11:7000` says so): its lines are renamed, so one node is not two followers.
function joinAddressWriters(events: MutableLogEvent[], aliases: Map<string, string>): void {
  let renames: Map<string, string | null> | undefined;
  for (const event of events) {
    const node = event.node;
    if (node === undefined || !node.includes(':')) continue;
    let owner = renames?.get(node);
    if (owner === undefined) {
      const key = addressKey(node);
      const found = key === undefined ? undefined : aliases.get(key);
      owner = found === undefined || found === node || found.includes(':') ? null : found;
      (renames ??= new Map()).set(node, owner);
      if (owner !== null && !aliases.has(node)) aliases.set(node, owner);
    }
    if (owner !== null) event.node = owner;
  }
}

// An unnamed line headed by an address (LineTable.addressHeads) is the line of the node a listen line gave that address
// (adv47b-12's `127.0.0.1:7002 connection to leader 127.0.0.1:7001 lost` under `node2 listening on 127.0.0.1:7002`).
function nameAddressHeads(events: MutableLogEvent[], addressHeads: ReadonlyMap<number, string>, aliases: ReadonlyMap<string, string>): void {
  for (const event of events) {
    if (event.node !== undefined) continue;
    const address = addressHeads.get(event.line);
    const key = address === undefined ? undefined : addressKey(address);
    const owner = key === undefined ? undefined : aliases.get(key);
    if (owner === undefined) continue;
    event.node = owner;
    event.nodeFrom = 'head-token';
  }
}

// A name ending in a port number after a letter or separator (`raft-7002`, `kv_7002`, `raft7002`; not `node7002`,
// the bare port's own name).
const PORT_WRITER = /^(?!node\d)[a-z][\w.-]{0,30}?[a-z_.-](\d{3,5})$/i;

// A writer named by a head token keeps it as written (`[+6.881s] n1 leader …` → n1), while a message naming it reads
// it as the node (`leader is n1` → node1, normalizeNodeToken): that name is the writer's, when no other writer's is.
function addHeadTokenAliases(table: LineTable, events: readonly MutableLogEvent[], aliases: Map<string, string>): void {
  let named: Map<string, string | null> | undefined;
  let writers: Set<string | undefined> | undefined;
  let last: string | undefined;
  const headToken = NODE_SOURCES.indexOf('head-token');
  for (let i = 0; i < table.nodes.length; i++) {
    const node = table.nodes[i];
    if (node === last || table.nodeFrom[i] !== headToken || node === undefined) continue;
    last = node;
    const norm = normalizeNodeToken(node);
    if (norm === undefined || norm === node) continue;
    named ??= new Map();
    const before = named.get(norm);
    named.set(norm, before === undefined || before === node ? node : null);
  }
  if (named === undefined) return;
  for (const [norm, node] of named) {
    writers ??= new Set(events.map((e) => e.node));
    if (node !== null && !writers.has(norm) && !aliases.has(norm)) aliases.set(norm, node);
  }
}

// Nodes named by an address (`[::]:7002`, a wildcard listener) are every address of theirs (`[::1]:7002`, `:7002`: one
// addressKey); nodes named by a local port (`port=7001` → `:7001`) also the bare number (`leader=7001`, read as
// node7001 like every numeric form).
function addAddressAliases(events: readonly MutableLogEvent[], aliases: Map<string, string>): void {
  let last: string | undefined;
  for (const event of events) {
    const node = event.node;
    if (node === undefined || node === last || !node.includes(':')) continue;
    last = node;
    const key = addressKey(node);
    if (key === undefined) continue;
    if (key !== node && !aliases.has(key)) aliases.set(key, node);
    if (!isPortName(key)) continue;
    const bare = nodeLabel(Number(key.slice(1)));
    if (!aliases.has(bare)) aliases.set(bare, node);
  }
}

// hashicorp/raft's `leader-address=rqlite1:4002 leader-id=1` (`last-leader-addr=… last-leader-id=…` too): the id and
// the address name one node.
const LEADER_ADDRESS_AND_ID = /\b(?:last-)?leader-addr(?:ess)?=["']?([\w.-]{1,64}):(\d{2,5})["']?\s+(?:last-)?leader-id=["']?([\w.:-]{1,64})/i;

// A leader named by an address whose host is a writer's name (`rqlite1:4002`, written by the compose service rqlite1)
// is that writer, and so is the id a line pairs with that address: node names and Raft ids are one node. So is a
// server named with its cluster (NATS's `n2/C1`) and an Erlang node named with its host (RabbitMQ's `rabbit2@localhost`).
function addLeaderAddressAliases(lines: PasteLines, events: readonly MutableLogEvent[], aliases: Map<string, string>): void {
  // Writers by their lower-case name (`Rqlite1:4002` names the writer Rqlite1 too).
  let writers: Map<string, string> | undefined;
  const writerOf = (host: string): string | undefined => {
    writers ??= new Map(events.flatMap((e) => (e.node === undefined ? [] : [[e.node.toLowerCase(), e.node] as const])));
    return writers.get(host.toLowerCase());
  };
  let targets: Map<string, string> | undefined;
  const targetOf = (name: string): string | undefined => {
    targets ??= new Map(events.flatMap((e) => (e.target === undefined ? [] : [[e.target.toLowerCase(), e.target] as const])));
    return targets.get(name.toLowerCase());
  };
  for (const event of events) {
    if (event.leader === undefined) continue;
    const key = event.leader.includes(':') ? addressKey(event.leader) : undefined;
    const writer = key === undefined ? undefined : writerOf(hostOf(key));
    if (writer !== undefined && !aliases.has(key!)) aliases.set(key!, writer);
    // NATS's "new metadata leader: n2/C1": a server named with its cluster is that writer.
    const slash = event.leader.indexOf('/');
    const server = slash > 0 && !aliases.has(event.leader) ? normalizeNodeToken(event.leader.slice(0, slash)) : undefined;
    const named = server === undefined ? undefined : writerOf(server);
    if (named !== undefined) aliases.set(event.leader, named);
    // An Erlang node (`rabbit2@localhost`) is the writer, or the kill's target, its name part names.
    const at = event.leader.indexOf('@');
    const short = at > 0 && !aliases.has(event.leader) ? event.leader.slice(0, at) : undefined;
    const erlang = short === undefined ? undefined : (writerOf(short) ?? targetOf(short));
    if (erlang !== undefined) aliases.set(event.leader, erlang);
    // A host's full name (`raft-a.local`, `kv1.lab.example`) is the writer its first label names (syslog's short host
    // column `raft-a`, adv67e-09); an address's first number names none.
    const dot = event.leader.indexOf('.');
    const label = dot > 0 && !aliases.has(event.leader) && isAsciiLetter(event.leader.charCodeAt(0)) && !event.leader.includes(':') ? event.leader.slice(0, dot) : undefined;
    const fullHost = label === undefined ? undefined : writerOf(label);
    if (fullHost !== undefined && fullHost !== event.leader) aliases.set(event.leader, fullHost);
    const text = lineText(lines, event.line, LINE_CAP);
    if (!text.includes('leader-')) continue;
    const pair = LEADER_ADDRESS_AND_ID.exec(text);
    const address = pair ? addressKey(`${pair[1]!}:${pair[2]!}`) : undefined;
    const host = address === undefined ? undefined : writerOf(hostOf(address));
    if (host === undefined) continue;
    if (!aliases.has(address!)) aliases.set(address!, host);
    // An id that is itself a writer's name (`leader-id=2` when ids are 0-based and node2 writes) names that writer.
    const id = normalizeNodeToken(pair![3]!);
    if (id !== undefined && id !== host && !aliases.has(id) && writerOf(id) === undefined) aliases.set(id, host);
  }
  addShortErlangNames(events, aliases);
}

// One name per node: where the paste's Erlang nodes of a host go by their short names (`rabbit3@localhost` is the
// writer rabbit3), an Erlang node of that host with no lines of its own (the killed leader `rabbit2@localhost`) is
// named so too, `rabbit2`, not by the alias its followers happened to write.
function addShortErlangNames(events: readonly MutableLogEvent[], aliases: Map<string, string>): void {
  let hosts: Set<string> | undefined;
  for (const [alias, node] of aliases) {
    const at = alias.indexOf('@');
    if (at > 0 && alias.slice(0, at).toLowerCase() === node.toLowerCase()) (hosts ??= new Set()).add(alias.slice(at + 1).toLowerCase());
  }
  if (hosts === undefined) return;
  const writers = new Set(events.map((e) => e.node));
  for (const event of events) {
    for (const name of [event.leader, event.target]) {
      const at = name === undefined ? -1 : name.indexOf('@');
      if (at > 0 && !aliases.has(name!) && !writers.has(name) && hosts.has(name!.slice(at + 1).toLowerCase())) aliases.set(name!, name!.slice(0, at));
    }
  }
}

// Startup events no writer column names whose message starts `kv_node 2 listening …`: node2's (nodeFrom message).
function nameSpacedStartups(lines: PasteLines, events: readonly MutableLogEvent[]): void {
  for (const event of events) {
    if (event.kind !== 'startup' || event.node !== undefined) continue;
    const node = readSpacedStartupNode(lineText(lines, event.line, LINE_CAP));
    if (node === undefined) continue;
    event.node = node;
    event.nodeFrom = 'message';
  }
}

// The host of an addressKey (`rqlite1` of `rqlite1:4002`; '' for a local port `:7001`).
const hostOf = (key: string): string => key.slice(0, key.lastIndexOf(':'));

// Line i's node was read from its message and the line continues a stack trace, or is a journal record's field.
function isTraceMention(lines: PasteLines, table: LineTable, i: number): boolean {
  return NODE_SOURCES[table.nodeFrom[i]!] === 'message' && table.stampAt[i]! < 0 && (findTraceContinuation(lines, table, i) !== undefined || findJournalRecord(lines, table, i) !== undefined);
}

// A startup line's own address: "listening on 127.0.0.1:7001", "starting 127.0.0.1:9213 pid=…" (the address right
// after the verb), `started: id=node2 addr=127.0.0.1:17252` (an address key), `starting pid=31918 port=22252` (its
// local port: adv64b-20's `[127.0.0.1:22252]` lines are node2's own).
const ADDRESS_SOURCE = String.raw`((?:\d{1,3}(?:\.\d{1,3}){3}|localhost|\[[0-9a-f:]*\])?:\d{2,5})\b`;
const LISTEN_ADDRESS = new RegExp(
  String.raw`\b(?:listening|listens|serving|bound|bind|started|starting)\b[^\n]{0,24}?\b(?:on|at|to)\s+(?:tcp:\/\/|http:\/\/)?${ADDRESS_SOURCE}|\bstart(?:ing|ed):? ${ADDRESS_SOURCE}|\b(?:addr|address|listen|bind)=["']?${ADDRESS_SOURCE}|\bport[=:]\s?["']?(\d{2,5})\b`,
  'i',
);


// Line `line` is etcd's "is starting a new election" right after `previous`'s "received MsgTimeoutNow".
function isTransferElection(lines: PasteLines, previous: number, line: number): boolean {
  return lineText(lines, previous, LINE_CAP).includes('MsgTimeoutNow') && ELECTION_TIMER_FIRED_PATTERN.test(lineText(lines, line, LINE_CAP));
}

/** readLogEvents over a whole text. */
export function readLogText(text: string, patterns: EventPatterns): LogEvents {
  return readLogEvents(indexLines(text), patterns);
}

// Whether line i, or the command right above its output, runs a kill inside a container or pod (findKillingExecName).
function isExecKillAt(lines: PasteLines, i: number): boolean {
  return [i, i - 1].some((k) => k >= 0 && findKillingExecName(lineText(lines, k, LINE_CAP)) !== undefined);
}

// The node a template unit names (`kv@server-a`, `kv@server-a.service`): its instance, when the paste's lines go by
// that name (as a writer or a leader followed); else the target as read.
function nameUnitInstance(target: string, events: readonly MutableLogEvent[], name: (node: string) => string | undefined): string {
  const instance = name(target.slice(target.lastIndexOf('@') + 1).replace(/\.service$/, ''));
  if (instance === undefined || instance === target) return target;
  let known = false;
  for (const e of events) {
    if (e.node === target || e.leader === target) return target;
    if (e.node === instance || e.leader === instance) known = true;
  }
  return known ? instance : target;
}

// The nodes that write lines of the paste (their names as the events carry them).
function writersOf(events: readonly MutableLogEvent[]): ReadonlySet<string> {
  const writers = new Set<string>();
  for (const e of events) if (e.node !== undefined) writers.add(e.node);
  return writers;
}

/**
 * One line as an event, for a live reader (the scenario harness follows each node's log). `node` is the node whose
 * log the line came from; it wins over what the line itself says. Returns kind `other` for unremarkable lines.
 */
export function readLogLine(text: string, patterns: EventPatterns, options: { line: number; node?: string }): LogEvent {
  const lines = indexLines(text.replace(/\n/g, ' '));
  const table = scanLines(lines);
  const isCommand = table.kinds[0] === LINE_COMMAND;
  const own = options.node ?? (isCommand ? undefined : table.nodes[0]);
  const meaning = classifyLineText((table.kinds[0] === LINE_JSON ? renderJsonMessage(text) : undefined) ?? text, patterns, { ownNode: own, isCommand });
  const nodeFrom: LogEvent['nodeFrom'] = options.node !== undefined ? 'caller' : own === undefined ? undefined : NODE_SOURCES[table.nodeFrom[0] ?? 0];
  return toEvent(options.line, lines.count > 0 ? stampOf(lines, table, 0) : undefined, own, nodeFrom, meaning);
}

// One object shape for every event (spreads would make V8 build slow dictionary objects on this path).
function toEvent(line: number, time: LogEvent['time'], node: string | undefined, nodeFrom: LogEvent['nodeFrom'], m: LineMeaning): MutableLogEvent {
  return {
    line,
    kind: m.kind,
    time,
    node,
    nodeFrom,
    leader: m.leader,
    peer: m.peer,
    term: m.term,
    target: m.target,
    pid: m.pid,
    signal: m.signal,
    subject: m.subject,
    notKill: m.notKill,
    silentMs: m.silentMs,
    startsElection: m.startsElection,
    sendFailed: m.sendFailed,
    role: m.role,
    bySender: m.bySender,
    heardFrom: m.heardFrom,
    restated: m.restated,
    leaderless: m.leaderless,
    words: m.words,
  };
}

// Leadership statements a live reader keeps to link leader names by term (a run's elections are far fewer).
const MAX_LEADERSHIP_EVENTS = 256;

/** The live reader's view of one line: the event, and its time on a real clock (the harness's). */
export interface LiveLine {
  readonly event: LogEvent;
  /** Epoch ms of the line's stamp (zone-less stamps in `localOffsetMin`'s zone, moved by the writer's zone shift when inferred); undefined without a stamp. */
  readonly stampMs: number | undefined;
  /** Minutes the writer's zone-less stamps are read east of `localOffsetMin` (0 unless inferred, see createLiveEventReader). */
  readonly zoneShiftMin: number;
}

export interface LiveEventReader {
  read(text: string, options: { line: number; node?: string }): LogEvent;
  /** read, plus the line's stamp as epoch ms next to `arrivalMs` (when it was read) in the writer's zone. */
  readAt(text: string, options: { line: number; node?: string; arrivalMs: number; localOffsetMin: number }): LiveLine;
  /** The zone shift inferred so far for `node`'s log (0 when none, or without inferWriterClocks). */
  zoneShiftMin(node: string | undefined): number;
  /** A name (member id) as the node it is known to be by now, else itself. */
  resolveName(name: string): string;
  /** Grows each time the reader links a name to a node: names read before may resolve further (resolveName). */
  readonly aliasVersion: number;
}

/**
 * `event` with the leader and kill target it names read again through `resolveName`: a live reader links a member id
 * to its node only when that node's own line shows it, which may come after a peer's "elected leader <id>" was read
 * (checkPaste links them over the whole paste). The same object when nothing changes.
 */
export function resolveEventNames(event: LogEvent, resolveName: (name: string) => string): LogEvent {
  const leader = event.leader === undefined ? undefined : resolveName(event.leader);
  const target = event.target === undefined ? undefined : resolveName(event.target);
  if (leader === event.leader && target === event.target) return event;
  return { ...event, ...(leader === undefined ? {} : { leader }), ...(target === undefined ? {} : { target }) };
}

/** What a live reader knows beyond the lines (createLiveEventReader). */
export interface LiveReaderOptions {
  /** The harness: infer each writer's zone and each process's relative clock from when its lines arrived. */
  readonly inferWriterClocks?: boolean;
  /**
   * The harness's address book: per writer (a node name; undefined: any writer), the `host:port` it was given for
   * each node (`{peers}`, a peer link's proxy among them) → that node. A leader or kill target named by its address
   * (`leader is 127.0.0.1:7001`) is then that node; loopback hosts are one (`localhost:7001`, `:7001`).
   */
  readonly peerAddresses?: ReadonlyMap<string | undefined, ReadonlyMap<string, string>>;
}

/**
 * A stateful readLogLine for a live reader: remembers member ids seen under a node's name, so a later
 * "elected leader 8e9e05c52164694d" names that node. With `inferWriterClocks` (the harness, which knows when each line
 * arrived and reads each node's log apart), a node whose zone-less stamps run a whole number of quarter hours off the
 * reader's zone (`TZ=…` of its own) has them read in its zone: the shift is the nearest quarter hour of the most a
 * stamp ran ahead of its arrival (zoneShiftMinOf), per node; it can change as lines come (an old log's lines first),
 * so callers re-time on a change. And a relative stamp is its own process's clock (each node is a process of its own:
 * `[+0.095s]` counts from that node's start), except one since boot (`monotonic`, the machine's), and its zero is the
 * earliest a line of it can have been written: the least arrival − stamp so far (a line arrives after it was written),
 * started anew when the stamps go back (the process restarted: an old run's lines came first). Without it, one zero per
 * relative format, the first line's arrival − stamp.
 */
export function createLiveEventReader(patterns: EventPatterns, options: LiveReaderOptions = {}): LiveEventReader {
  const mostAheadMs = new Map<string | undefined, number>();
  const aliases = new Map<string, string>();
  let aliasVersion = 0;
  // Per log: the last line and its own stamp, for the second line of a two-line record (java.util.logging, .NET).
  const lastLine = new Map<string | undefined, { text: string; stamp: LogEvent['time'] }>();
  // Per log: the record a stack trace under it continues (its time and writer), until a line that is no trace line.
  const records = new Map<string | undefined, { readonly time: Stamp; readonly node: string | undefined }>();
  // Per log: the journal record being read (journalctl -o verbose / export / json-pretty): what gave it its time so far.
  const journalHeads = new Map<string | undefined, { text: string; stamp: Stamp | undefined }>();
  // The address book with keys as addressKey makes them.
  const book = new Map<string | undefined, Map<string, string>>();
  for (const [writer, entries] of options.peerAddresses ?? []) {
    const keyed = new Map<string, string>();
    for (const [address, node] of entries) {
      const key = addressKey(address);
      if (key !== undefined) keyed.set(key, node);
    }
    book.set(writer, keyed);
  }
  const nodeAtAddress = (name: string, writer: string | undefined): string | undefined => {
    if (book.size === 0 || !name.includes(':')) return undefined;
    const key = addressKey(name);
    return key === undefined ? undefined : (book.get(writer)?.get(key) ?? book.get(undefined)?.get(key));
  };
  const read: LiveEventReader['read'] = (text, options) => {
    let event: MutableLogEvent = { ...readLogLine(text, patterns, options) };
    const head = lastLine.get(options.node);
    const headText = text.length > 512 ? text.slice(0, 512) : text;
    lastLine.set(options.node, { text: headText, stamp: event.time });
    const field = readJournalField(text);
    if (field === undefined) {
      // A stamped line may be a verbose record's head; any other line ends the record.
      if (event.time !== undefined) journalHeads.set(options.node, { text: headText, stamp: event.time });
      else journalHeads.delete(options.node);
    } else {
      const stamp = journalFieldStamp(field);
      if (stamp !== undefined) journalHeads.set(options.node, { text: headText, stamp });
      // The fields of a record under way other than MESSAGE are no events.
      if (field.key !== 'MESSAGE' && journalHeads.has(options.node) && (event.kind !== 'other' || event.notKill !== undefined)) event = toEvent(options.line, undefined, event.node, event.nodeFrom, { kind: 'other' });
    }
    const journalHead = field?.key === 'MESSAGE' ? journalHeads.get(options.node) : undefined;
    if (event.time === undefined && (journalHead ?? head) !== undefined) event.time = continueRecordStamp(text, (journalHead ?? head)!);
    if (event.time !== undefined) records.set(options.node, { time: event.time, node: event.node });
    else {
      const record = records.get(options.node);
      const trace = record === undefined ? undefined : readTraceLine(text);
      if (trace === undefined) records.delete(options.node);
      else if (trace === 'exception' && DETECTION_KINDS.has(event.kind)) {
        event.time = record!.time;
        if (options.node === undefined) {
          event.node = record!.node;
          event.nodeFrom = record!.node === undefined ? undefined : 'record';
        }
      } else if (event.kind !== 'other' || event.notKill !== undefined) event = toEvent(options.line, undefined, event.node, event.nodeFrom, { kind: 'other' });
    }
    if (event.subject !== undefined && event.node !== undefined && event.subject !== event.node && aliases.get(event.subject) !== event.node) {
      aliases.set(event.subject, event.node);
      aliasVersion++;
    }
    if (event.node === undefined && event.subject !== undefined) {
      event.node = aliases.get(event.subject) ?? event.subject;
      event.nodeFrom = 'subject';
    }
    if (event.node !== undefined) writers.add(event.node);
    if (event.term !== undefined && (event.kind === 'became-leader' || (event.kind === 'follows-leader' && event.leader !== undefined))) {
      leadership.push({ kind: event.kind, node: event.node, term: event.term, leader: event.leader });
      if (leadership.length > MAX_LEADERSHIP_EVENTS) leadership.shift();
      linkTermLeaders();
    }
    if (event.leader !== undefined) event.leader = aliases.get(event.leader) ?? nodeAtAddress(event.leader, options.node) ?? event.leader;
    if (event.target !== undefined) event.target = aliases.get(event.target) ?? nodeAtAddress(event.target, options.node) ?? event.target;
    return event;
  };
  // The claims and statements of leaders with their terms read so far (names as written): a leader named by an identity
  // no node goes by (a 0-based `leader is S0 for term 3`) is the node that became leader in that term, linked in either
  // order; a name its terms come to give two nodes is no node's any more (findTermLeaderAliases leaves it out).
  const leadership: Pick<LogEvent, 'kind' | 'node' | 'term' | 'leader'>[] = [];
  const writers = new Set<string>();
  const termLinked = new Set<string>();
  const linkTermLeaders = (): void => {
    const unknown = (e: (typeof leadership)[number]): boolean => e.kind === 'follows-leader' && !writers.has(e.leader!) && (!aliases.has(e.leader!) || termLinked.has(e.leader!));
    if (!leadership.some(unknown)) return;
    const found = findTermLeaderAliases(leadership as LogEvent[], writers) ?? new Map<string, string>();
    for (const name of termLinked) {
      if (found.get(name) === aliases.get(name) || !leadership.some((e) => e.leader === name)) continue;
      aliases.delete(name);
      termLinked.delete(name);
      aliasVersion++;
    }
    for (const [name, node] of found) {
      if (aliases.has(name) || writers.has(name)) continue;
      aliases.set(name, node);
      termLinked.add(name);
      aliasVersion++;
    }
  };
  // Per relative clock: its zero on the reader's clock (arrival − stamp: the first line's, or the least so far when
  // inferring clocks) and the latest stamp read on it. Lines on one relative clock keep their exact differences.
  const relativeClocks = new Map<string, { originMs: number; latestMs: number }>();
  const relativeOriginMs = (time: Stamp, at: { node?: string; arrivalMs: number }): number => {
    const boundMs = at.arrivalMs - time.ms;
    if (!options.inferWriterClocks) {
      const key = clockNameOf(time, at.node);
      if (!relativeClocks.has(key)) relativeClocks.set(key, { originMs: boundMs, latestMs: time.ms });
      return relativeClocks.get(key)!.originMs;
    }
    // Each node is a process of its own: a relative stamp not since boot is its uptime (paste-clock.ts names the clocks).
    const key = clockNameOf(time.format === 'monotonic' ? time : { ...time, format: 'uptime' }, at.node);
    const clock = relativeClocks.get(key);
    if (clock === undefined || time.ms < clock.latestMs - RESTART_BACKSTEP_MS) {
      relativeClocks.set(key, { originMs: boundMs, latestMs: time.ms });
      return boundMs;
    }
    clock.originMs = Math.min(clock.originMs, boundMs);
    clock.latestMs = Math.max(clock.latestMs, time.ms);
    return clock.originMs;
  };
  return {
    read,
    readAt(text, at) {
      const event = read(text, at.node === undefined ? { line: at.line } : { line: at.line, node: at.node });
      const time = event.time;
      if (!time) return { event, stampMs: undefined, zoneShiftMin: zoneShiftMin(at.node) };
      if (time.kind === 'relative') {
        return { event, stampMs: stampToEpochMs(time, { localOffsetMin: at.localOffsetMin, nearMs: at.arrivalMs, relativeOriginMs: relativeOriginMs(time, at) }), zoneShiftMin: 0 };
      }
      if (options.inferWriterClocks && !time.zoned) {
        const aheadMs = stampToEpochMs(time, { localOffsetMin: at.localOffsetMin, nearMs: at.arrivalMs })! - at.arrivalMs;
        if (aheadMs > (mostAheadMs.get(at.node) ?? -Infinity)) mostAheadMs.set(at.node, aheadMs);
      }
      const shift = time.zoned ? 0 : zoneShiftMin(at.node);
      return { event, stampMs: stampToEpochMs(time, { localOffsetMin: at.localOffsetMin + shift, nearMs: at.arrivalMs }), zoneShiftMin: shift };
    },
    zoneShiftMin,
    resolveName: (name) => aliases.get(name) ?? name,
    get aliasVersion() {
      return aliasVersion;
    },
  };
  function zoneShiftMin(node: string | undefined): number {
    const aheadMs = mostAheadMs.get(node);
    return aheadMs === undefined ? 0 : zoneShiftMinOf(aheadMs);
  }
}

// Whether line `line` comes from `node`'s own log file: the nearest command above prints a file whose path names it
// (`tail -n 1 data/node1/node.log`, `cat data/node1/node.log data/node2/node.log | sort`) or a glob of one file per
// node (`cat data/node*/node.log | sort`, `sort -m data/*/node.log`, adv73a-51, adv73e-23), or
// the nearest header is tail's `==> data/node1/node.log <==` read as its section (adv72c-76: `tail -n 6` of three files
// of `[%f]` clock() counts) — its stamps are that process's (process-clocks.ts).
function isFromOwnLogFile(lines: PasteLines, table: LineTable, line: number, node: string): boolean {
  for (let h = line - 1; h >= 0; h--) {
    const kind = table.kinds[h];
    if (kind === LINE_HEADER) return table.nodes[h] === node && readFileHeaderPath(lineText(lines, h, 1024).trim()) !== undefined;
    if (kind !== LINE_COMMAND) continue;
    return findPrintedLogFiles(lineText(lines, h, 1024)).some((file) => pathOrGlobNamesNode(file, node));
  }
  return false;
}

// Each process id a startup line of a named node states as its own (`kv_node node2 starting pid=21677`) → that node;
// null for a pid two nodes' lines state.
function findStartupPids(lines: PasteLines, events: readonly MutableLogEvent[]): Map<string, string | null> {
  const pids = new Map<string, string | null>();
  for (const event of events) {
    if (event.node === undefined || (event.kind !== 'startup' && !isStatusRow(event))) continue;
    const pid = readStatedPid(lines, event.line);
    if (pid === undefined) continue;
    const known = pids.get(pid);
    pids.set(pid, known === undefined || known === event.node ? event.node : null);
  }
  return pids;
}

// A status table's row of a node (a `kvctl status` printing `node1  pid=5340  role=follower  term=1  leader=node5`):
// untimed, headed by the node's name, saying whom it follows or that it leads; the pid it states is that node's (adv52f-03).
const isStatusRow = (event: MutableLogEvent): boolean =>
  event.time === undefined && event.nodeFrom === 'name' && (event.kind === 'follows-leader' || event.kind === 'became-leader');

