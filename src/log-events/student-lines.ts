// Text the student wrote around the logs is no node's log line, whatever node its place or words seem to give it:
// a sentence with its time inside its words ("kill um 14:03:11,482, both followers time out …", "n2 EOF after 2 ms"
// under n3's `==>` section), and a summary restating what the nodes' own lines show (or miscopying it): a block under
// a heading of their own ("Results:", then `✅ node3: 10:00:00.371 heartbeat timeout (+271 ms)`, a `kill: …` line, a
// markdown table), or a block right after the logs whose time for a node goes back against that node's own lines
// ("node3 detected at 12:04:05.210 (heartbeat timeout, +210 ms)" below node3's own .340). Neither is a detection nor
// a time on a node's clock; a kill so stated is the student's record of the kill, naming what its words name.
//
// A summary: only a block under such a heading or right after the logs is looked at, and only lines of a node whose own
// events the paste shows in another shape (a `[node3]` tag, a section, a grep prefix): a paste whose lines are all in
// the `node3: …` shape (pdsh, a `sed` tag, a typed-out log under "Follower logs:") keeps them, and so does a `node3: …`
// block under a command (`$ … | sed 's/^/node3: /'`): that is a program's output.
import { isCjk } from './char-codes.js';
import { classifyLine, normalizeNodeToken, type EventPatterns } from './classify-line.js';
import { markHalfDay, resolveHalfDayTimes } from './date-output.js';
import { ALL_EVENT_PATTERNS, PERROR_LINE_PATTERN } from './default-patterns.js';
import { DETECTION_KINDS, isDetectionKind, type LogEventKind, type MutableLogEvent } from './log-event.js';
import { DAY_MS, type Stamp } from './parse-timestamp.js';
import { lineText, type PasteLines } from './paste-lines.js';
import { findDelayBetweenDateAndKill, LINE_BLANK, LINE_COMMAND, LINE_COMMENT, LINE_HEADER, LINE_LOG, NODE_SOURCES, stampOf, type LineTable } from './scan-lines.js';
import { isLogPrintingCommand } from './log-printing-command.js';
import { isTypedLaunch } from './shell-jobs.js';
import { findStampInWords } from './time-in-words.js';
import { isWriterFromWords } from './writer-from-words.js';

/** A line read as the student's summary, not as a log line of `node`. */
export interface SummaryLine {
  /** 0-based line of the summary line and of the heading over its block (-1: none, a block right after the logs). */
  readonly line: number;
  readonly headingLine: number;
  readonly node: string;
  /** What the line states: its event's kind and time (the report compares them with the node's own line). */
  readonly kind: LogEventKind;
  readonly time: Stamp;
}

/** A summary block: its lines `first` up to `end` (0-based, `end` excluded) and the summary lines among them. */
export interface SummaryBlock {
  readonly headingLine: number;
  readonly first: number;
  readonly end: number;
  readonly lines: readonly SummaryLine[];
}

// A summary block while it is found: its extent and lines still growing.
type BuildingBlock = { -readonly [K in keyof SummaryBlock]: K extends 'lines' ? SummaryLine[] : SummaryBlock[K] };

// Writer sources (NODE_SOURCES indexes) that only read a name off the line's own words or head: a summary line names
// its node so too.
const WEAK_SOURCE: Uint8Array = Uint8Array.from(NODE_SOURCES, (from) => (from === 'none' || from === 'name' || from === 'message' || from === 'head-token' ? 1 : 0));

// Whether an event shows a node's own log: its lines in a shape no summary line takes (a tag, a grep prefix, a
// section under a header or a command, a field, a compose column, its file in a cat of whole files). An untimed kill
// that only its place gives a writer (a section, a file's run) is none: the shell's `zsh: killed` or the student's
// closing sentence under the last section (blind18's nim paste: "used kill -9 (SIGKILL) so node1 didn't log anything").
function isOwnShape(event: MutableLogEvent): boolean {
  if (event.kind === 'kill' && event.time === undefined && isPlacedWriter(event.nodeFrom)) return false;
  return isOwnSource(event.nodeFrom);
}

// Writer sources of an own shape (see isOwnShape).
function isOwnSource(from: MutableLogEvent['nodeFrom']): boolean {
  switch (from) {
    case 'file-prefix':
    case 'tag':
    case 'field':
    case 'json-field':
    case 'service':
    case 'section':
    case 'file-name':
    case 'service-number':
    case 'json-name':
    case 'file-run':
    case 'record':
      return true;
    default:
      return false;
  }
}

// What a summary line may restate of a node's own lines: any detection for a detection (adv17's `10:00:00.371 node3
// lost connection to leader` under "What I saw:" miscopies node3's own heartbeat timeout, +271 for +321 ms).
const restatedKind = (kind: MutableLogEvent['kind']): string => (DETECTION_KINDS.has(kind) ? 'detection' : kind);

const isWeak = (from: MutableLogEvent['nodeFrom']): boolean => from === undefined || from === 'name' || from === 'message' || from === 'head-token';

/**
 * Removes from `events` those of summary lines and returns their blocks (undefined when there are none). A summary
 * line: a line naming its node by its own words or head, or a markdown table's row, with a time at its head or inside
 * its words (`node3: 10:00:00.371 …`, `- node3 heartbeat timeout at 10:00:00.380`, `| node3 | 12:04:05.210 | … |`), in
 * a block of such lines (blank lines, the student's timed kill record and a table's rule row allowed), of a node with
 * events in another shape elsewhere in the paste, the block being either right under a heading — an unstamped line
 * naming no writer, not a command, header or JSON record, nor right under a command ("Results:", "# Summary") — or
 * right after a node's own line with a time going back against its node's own lines above it (a restatement: a
 * node's log never goes back, and a summary that agrees with the logs says nothing new). Such a line cannot be told
 * from a miscopy, so it never stands for the node's log: its own lines do. A line that opens with its time (a
 * program's shape) stays when its node's own lines show no event of its kind: it restates nothing, so it is the
 * node's line pasted under the heading.
 */
export function dropSummaryLines(lines: PasteLines, table: LineTable, events: MutableLogEvent[]): SummaryBlock[] | undefined {
  if (!mayHoldSummaries(lines, table, events)) return undefined;
  const blocks = dropSummaryBlocks(lines, table, events);
  const deltas = dropStudentRows(lines, events, (e) => isListDetection(lines, e), dropDeltaStatements(lines, table, events));
  const found = deltas === undefined ? blocks : blocks === undefined ? deltas : [...blocks, ...deltas];
  dropRestatedKills(lines, table, events, found);
  return found;
}

// Whether any of dropSummaryLines' readings may drop a line: not when every line is stamped, blank, a command, its
// output's first line or a header (so none is a heading), none is a fence, no table row, list item or sum is among the
// events, and either every event is in a node's own shape or none is (a restatement is a student-shaped line beside a
// node's own ones) — a paste of logs under the commands that printed them; a check over the paste's line kinds and its
// few events instead of every reading's own walks.
function mayHoldSummaries(lines: PasteLines, table: LineTable, events: readonly MutableLogEvent[]): boolean {
  let own = false;
  let weak = false;
  for (const event of events) {
    if (isTableRow(lines, event.line) || isListItem(lines, event.line)) return true;
    if (isDetectionKind(event.kind) && event.time !== undefined && hasSumMarkAt(lines, event.line)) return true;
    if (event.node === undefined) continue;
    if (isOwnShape(event)) own = true;
    else if (event.time !== undefined && isWeak(event.nodeFrom)) weak = true;
  }
  if (own && weak) return true;
  // A heading is an unstamped log or comment line not right under a command (isHeading's first conditions); a fence's
  // row, stamped or not, may open notes or verbatim output.
  const { stampAt, kinds } = table;
  const { text, starts, ends } = lines;
  for (let h = 0; h < lines.count; h++) {
    if (isFenceLine(text, starts[h]!, ends[h]!)) return true;
    if (stampAt[h]! < 0 && (kinds[h] === LINE_LOG || kinds[h] === LINE_COMMENT) && !(h > 0 && kinds[h - 1] === LINE_COMMAND)) return true;
  }
  return false;
}

// A detection stating its delay from the kill (`04:54:50.018  node2 heartbeat timeout   (+247 ms)`, a table's `│ +247ms │`
// or `+247` column): the student's arithmetic, written beside a copied or typed time, in a block of any shape (a fence
// above the logs, a table with no bars, box drawing) — no program logs its delay from a kill it cannot know. Its
// lines are a summary's (adv62d-04/-05/-06/-07/-33: +247/+275 ms over the logs' +317/+375).
function dropDeltaStatements(lines: PasteLines, table: LineTable, events: MutableLogEvent[]): BuildingBlock[] | undefined {
  // Most pastes' detections hold no sum's mark: nothing more is asked of them.
  if (!events.some((e) => isDetectionKind(e.kind) && e.time !== undefined && hasSumMarkAt(lines, e.line))) return undefined;
  // A logger that ends every line with its own delay (Node's `debug` module: `… became leader (term 1) +80ms`) writes
  // no sums: a line of another kind ending so says it (adv62f-01).
  if (
    events.some((e) => {
      if (isDetectionKind(e.kind) || e.kind === 'kill' || e.time === undefined || e.node === undefined || !hasSumMarkAt(lines, e.line)) return false;
      const text = lineText(lines, e.line, 512);
      return KILL_DELTA.test(text) || LOGGER_DELTA.test(text);
    })
  )
    return undefined;
  // The kills' wall-clock times: a sum is its line's time less one of them.
  const killMs = events.flatMap((e) => (e.kind === 'kill' && e.time !== undefined ? [e.time.dayMs] : []));
  const isSum = (event: MutableLogEvent): boolean => {
    if (!isDetectionKind(event.kind) || event.time === undefined || !hasSumMarkAt(lines, event.line)) return false;
    const sum = KILL_DELTA.exec(beforeAnnotation(lineText(lines, event.line, 512)));
    if (sum === null || !isSumFromKill(sum[0], event.time.dayMs, killMs)) return false;
    // A line in the output of a command that prints logs (`tail`, `grep -H`) is the log's line, the sum the student's
    // note on it, as an arrow's is (adv63a-26's `(+288 ms)` on node2's own timeout, adv63a-30's `= 2ms`) — unless its
    // words state the kill, which no program knows (adv63a-31's typed `heartbeat timeout 197 ms after the kill`).
    return KILL_NAMED_DELTA.test(sum[0]) || !isLogCommandOutput(lines, table, event.line);
  };
  const blocks = dropStudentRows(lines, events, isSum, undefined);
  // The kill the sums count from, on the line right above (`04:54:49.771  kill node1 (date; kill)`), is the block's.
  for (const b of blocks ?? []) if (events.some((e) => e.kind === 'kill' && e.time !== undefined && e.line === b.first - 1)) b.first--;
  return blocks;
}

// Whether line i stands in the output of a typed command that prints logs (log-printing-command.ts): the lines between
// them are log lines, blank lines or section headers, no fence and no heading of the student's.
function isLogCommandOutput(lines: PasteLines, table: LineTable, i: number): boolean {
  for (let h = i - 1; h >= 0 && i - h <= MAX_OUTPUT_ROWS; h--) {
    const kind = table.kinds[h]!;
    if (kind === LINE_COMMAND) return isLogPrintingCommand(lineText(lines, h));
    if (kind === LINE_BLANK || kind === LINE_HEADER) continue;
    if (kind !== LINE_LOG || isFenceLine(lines.text, lines.starts[h]!, lines.ends[h]!) || isHeading(lines, table, h)) return false;
  }
  return false;
}

// How far above a line its command is looked for.
const MAX_OUTPUT_ROWS = 2000;

// Whether the delay `written` is its line's time less a kill's (within 2 ms, a stamp's rounding), or no kill is timed:
// a logger's own duration (`(+50ms)` since the last heartbeat, adv62i-05) is another count.
function isSumFromKill(written: string, lineMs: number, killMs: readonly number[]): boolean {
  if (killMs.length === 0) return true;
  const number = /\d{1,6}(?:\.\d{1,6})?/.exec(written);
  if (number === null) return true;
  const unitSeconds = /\d ?s\b/.test(written) && !/ms\b/.test(written);
  const ms = Number(number[0]) * (unitSeconds ? 1000 : 1);
  return killMs.some((kill) => Math.abs(lineMs - kill - ms) <= 2);
}

// A list item's detection, its time in its words or last (`2. n2 heartbeat timeout 05:27:26.889`, adv62f-37): the
// student's. One opening with its time is a log line pasted as a list item, and read.
// Nor is one in a list whose items tell what the student did (adv68a-13: `- 20:20:38.850 I ran kill 6466 on node1`
// over `- 20:20:39.019 node2 noticed the election timeout`): the student's account, item by item — unless the item
// carries its writer's own tag (`- 21:09:36.436 [node2] WARN …`, a pasted line: adv68e-21).
const isListDetection = (lines: PasteLines, event: MutableLogEvent): boolean =>
  isDetectionKind(event.kind) && event.time !== undefined && isListItem(lines, event.line) && (!LIST_ITEM_STAMPED.test(lineText(lines, event.line, 16)) || (isWeak(event.nodeFrom) && isStudentActionList(lines, event.line)));

// What the student did, in the first person or as a list's bare verb: no node logs "I ran kill", "ran kill 8336".
/** Whether a line tells what the student did (STUDENT_ACTION): a list holding one is their account, no gutter. */
export const isStudentAction = (text: string): boolean => STUDENT_ACTION.test(text);
const STUDENT_ACTION = /\bI (?:ran|killed|sent|typed|pressed|hit|stopped|started|restarted|did|watched|saw|noted|checked)\b|^\W*[-*•●○▪◦]?\s*[\d:.,]*\s*(?:ran|typed|pressed|sent) (?:kill|pkill|killall|date|ctrl|\^C)\b/i;
// How far up and down a list is read for such an item.
const MAX_LIST_ITEMS = 12;

// Whether the list around line i (its consecutive list items) holds an item telling what the student did.
function isStudentActionList(lines: PasteLines, i: number): boolean {
  for (let k = i; k >= 0 && i - k <= MAX_LIST_ITEMS && isListItem(lines, k); k--) if (STUDENT_ACTION.test(lineText(lines, k, 512))) return true;
  for (let k = i + 1; k < lines.count && k - i <= MAX_LIST_ITEMS && isListItem(lines, k); k++) if (STUDENT_ACTION.test(lineText(lines, k, 512))) return true;
  return false;
}

// `blocks` with the events `isRow` admits removed into blocks of their own (consecutive lines one block), as summary lines.
function dropStudentRows(lines: PasteLines, events: MutableLogEvent[], isRow: (event: MutableLogEvent) => boolean, blocks: BuildingBlock[] | undefined): BuildingBlock[] | undefined {
  let block: BuildingBlock | undefined;
  for (let k = 0; k < events.length; k++) {
    const event = events[k]!;
    if (!isRow(event)) continue;
    if (block === undefined || event.line > block.end + 1) (blocks ??= []).push((block = { headingLine: -1, first: event.line, end: event.line + 1, lines: [] }));
    block.end = event.line + 1;
    if (event.node !== undefined) block.lines.push({ line: event.line, headingLine: -1, node: event.node, kind: event.kind, time: event.time! });
    events.splice(k--, 1);
  }
  return blocks;
}

// Whether `text` holds a character every sum holds (`+`, `=`, `Δ`) or the word `kill`: most lines hold none, and one
// native search each says so before a regex runs.
function hasSumMarkAt(lines: PasteLines, i: number): boolean {
  const text = lineText(lines, i, 512);
  return text.includes('+') || text.includes('=') || text.includes('Δ') || text.includes('kill');
}

// The debug module's own delay ending a line, of any size (`+0ms`).
const LOGGER_DELTA = /\s\+\d{1,7}ms\s*$/;

// The line before the student's arrow pointing at it (`… lost connection to leader node1: EOF    <-- detected after 2ms`,
// blind18; adv62g-35's `<-- +126 ms`): an annotated line is still the node's, its sum the student's comment on it.
function beforeAnnotation(text: string): string {
  const arrow = ANNOTATION_ARROW.exec(text);
  return arrow === null ? text : text.slice(0, arrow.index);
}

const ANNOTATION_ARROW = /\s(?:<-{1,3}|←|<==?)\s/;

// A sum that names the kill in its words (`247 ms after the kill`).
const KILL_NAMED_DELTA = /\bkill\b/;
// A delay written as the student's sum: `(+247 ms)`, `(+158)`, `(+0.247 s)`, `= 247ms`, `Δ247 ms`, `247 ms after the
// kill`, or a `+247` / `+247ms` ending the line or a table cell.
const KILL_DELTA =
  /\(\+(?:\d{1,6}(?:\.\d{1,6})? ?ms|\d{2,6}|\d{1,3}\.\d{1,6} ?s)\)|(?:^|[\s|│┃])\+\d{2,6}(?:\.\d{1,6})? ?(?:ms)?[ \t]*[|│┃]?[ \t]*$|(?:^|\s)[=Δ]\s?\+?\d{1,6}(?:\.\d{1,6})? ?ms\b|\b\d{1,6}(?:\.\d{1,6})? ?ms (?:after|since|from) (?:the |my )?kill\b/m;

// Beside a typed record of the kill (a command's `date` output, outside every summary block), a summary's kill row only
// restates it, and may miscopy it (adv61e-68/-69: `02:46:30.857 killed node1 (date; kill)` over the record's .757, the
// followers +372 ms by it): the record times the kill. So does a bullet's or a table row's kill under no heading
// (adv61g-32: `- 03:08:22.420 killed node1` below the logs, 117 ms after the record's .303) — unless a node started
// between the two: then it is a later attempt's, whose record the paste lacks (adv61g-11: node2 and node3 restarted at
// 03:08:25.183, `- attempt 2: 03:08:25.815 killed node1`).
function dropRestatedKills(lines: PasteLines, table: LineTable, events: MutableLogEvent[], found: readonly SummaryBlock[] | undefined): void {
  const inBlock = (event: MutableLogEvent): boolean => found?.some((b) => event.line >= b.first && event.line < b.end) === true;
  const isRecord = (e: MutableLogEvent): boolean => e.kind === 'kill' && e.time !== undefined && e.node === undefined && table.kinds[e.line] === LINE_LOG && e.line > 0 && table.kinds[e.line - 1] === LINE_COMMAND && !inBlock(e);
  const isRow = (e: MutableLogEvent): boolean => e.kind === 'kill' && e.time !== undefined && !isRecord(e) && (isBulletLine(lines, e.line) || isTableRow(lines, e.line));
  if (!events.some((e) => (e.kind === 'kill' && e.time !== undefined && inBlock(e)) || isRow(e))) return;
  const records = events.filter(isRecord);
  if (records.length === 0) return;
  const restatesKill = (event: MutableLogEvent): boolean => {
    if (event.kind !== 'kill' || event.time === undefined || !(inBlock(event) || isRow(event))) return false;
    return records.some((record) => !isNewRunBetween(events, record.time!, event.time!));
  };
  for (let k = events.length - 1; k >= 0; k--) if (restatesKill(events[k]!)) events.splice(k, 1);
}

// Whether a node's startup line stands between the times `a` and `b` (either order, one wall clock): a new run.
function isNewRunBetween(events: readonly MutableLogEvent[], a: Stamp, b: Stamp): boolean {
  if ((a.kind === 'relative') !== (b.kind === 'relative')) return true;
  const [from, to] = a.dayMs <= b.dayMs ? [a.dayMs, b.dayMs] : [b.dayMs, a.dayMs];
  if (to - from >= HALF_DAY_MS) return true;
  return events.some((e) => e.kind === 'startup' && e.time !== undefined && (e.time.kind === 'relative') === (a.kind === 'relative') && e.time.dayMs > from && e.time.dayMs <= to);
}

// A markdown or plain-text bullet (`- `, `* `, `• `, a Google Doc's `●` and a tab) opening the line.
const isBulletLine = (lines: PasteLines, i: number): boolean => BULLET_ITEM.test(lineText(lines, i, 16));
const BULLET_ITEM = /^[ \t]*[-*•●○▪◦][ \t]/;

// The summary blocks (dropSummaryLines), their events removed.
function dropSummaryBlocks(lines: PasteLines, table: LineTable, events: MutableLogEvent[]): SummaryBlock[] | undefined {
  // Most pastes hold no fence: one native search says so, and no line is asked.
  const fences = lines.text.includes('```') || lines.text.includes('~~~') ? findFences(lines) : undefined;
  // A later fence under the student's words whose lines go back against their nodes' lines in an earlier one holds
  // the student's notes, no program's output (adv60a-21: "my notes (times copied from the terminals):", then a fence of
  // `23:57:28.349 node2 election timeout  (+180 ms)` below node2's own .527).
  const notes = fences === undefined ? undefined : findNotesFences(lines, table, events, fences);
  const declared = notes === undefined ? undefined : dropDeclaredNotes(lines, events, fences!, notes);
  const typed = dropDeclaredTypedLines(lines, table, events);
  const headed = dropHeadedSummaries(lines, table, events, fences);
  const found = dropBlocks(lines, table, events, fences, notes);
  const blocks = [...(declared ?? []), ...(typed ?? []), ...(headed ?? []), ...(found ?? [])];
  return blocks.length === 0 ? undefined : blocks;
}

// The lines under a sentence saying they were typed or copied by hand, not saved ("Die Zeilen unten habe ich vom
// Bildschirm abgetippt", "I re-keyed these from the photo", "anotei à mão o que apareceu na tela", adv64h-08/-09/-42/
// -43/-44): however a log line they look (`10:30:14.555 [node2] heartbeat timeout`), the student wrote them, so none is
// a node's line — up to the next words over other lines. Kills stay (the `date; kill` record below such words is the
// shell's). Looked for only above a detection, within MAX_HEADED_ROWS rows (the few of a paste).
function dropDeclaredTypedLines(lines: PasteLines, table: LineTable, events: MutableLogEvent[]): SummaryBlock[] | undefined {
  let blocks: SummaryBlock[] | undefined;
  // Lines already looked at above a detection: a heading there was not a declaration.
  let lookedDownTo = -1;
  for (let k = 0; k < events.length; k++) {
    const event = events[k]!;
    if (!isDetectionKind(event.kind) || event.node === undefined) continue;
    let h = event.line - 1;
    while (h > lookedDownTo && event.line - h <= MAX_HEADED_ROWS && !isHeading(lines, table, h)) h--;
    lookedDownTo = event.line;
    // The words right over the shell's `date; kill` above the lines cover them too ("these are reconstructed from my
    // screenshot:", then the command, its output and the lines: adv66e-30).
    if (h > 0 && table.kinds[h] === LINE_COMMAND && isHeading(lines, table, h - 1) && isDeclaredTyped(lineText(lines, h - 1))) h--;
    if (h < 0 || event.line - h > MAX_HEADED_ROWS || !isHeading(lines, table, h) || !isDeclaredTyped(lineText(lines, h))) continue;
    let end = event.line + 1;
    while (end < lines.count && (!isHeading(lines, table, end) || isDeclaredTyped(lineText(lines, end)))) end++;
    const block: BuildingBlock = { headingLine: h, first: h + 1, end, lines: [] };
    k -= takeBlockEvents(events, block, k);
    lookedDownTo = end - 1;
    (blocks ??= []).push(block);
  }
  return blocks;
}

// Blocks outside every fence under a heading that says they are the student's ("Summary", "Timeline (what I saw on
// screen):", "my notes, typed by hand") whose nodes' own lines follow below them: the student's account above the
// output, no node's lines (adv63d-36's tab-separated "Event Time Delta" rows at +3 and +4 ms over node2's own +335;
// adv63d-40's `07:23:51.660 node3 election timeout` over its own +394). Only lines in the student's shape are looked at,
// and a block with no node's output below it stays (then it is the only copy of the output) unless its heading declares
// it typed or remembered (adv64e-31: a classmate's "typed from my screen:" over `10:05:31.231 node2 heartbeat timeout`).
function dropHeadedSummaries(lines: PasteLines, table: LineTable, events: MutableLogEvent[], fences: readonly Fence[] | undefined): SummaryBlock[] | undefined {
  let blocks: SummaryBlock[] | undefined;
  let end = -1;
  for (let k = 0; k < events.length; k++) {
    const event = events[k]!;
    if (event.line < end || event.kind === 'kill' || event.node === undefined || event.time === undefined || !isStudentShaped(lines, event)) continue;
    if (fences?.some((f) => event.line > f.open && event.line < f.close) === true) continue;
    let h = event.line - 1;
    while (h >= 0 && event.line - h <= MAX_HEADED_ROWS && table.kinds[h] === LINE_LOG && !isHeading(lines, table, h)) h--;
    end = event.line + 1;
    while (end < lines.count && end - event.line <= MAX_HEADED_ROWS && table.kinds[end] === LINE_LOG && !isHeading(lines, table, end)) end++;
    if (!isHeading(lines, table, h)) continue;
    // A table's header row under the heading ("Summary", then "Event⇥Time⇥Delta"): the heading is the line above it.
    if (!isNotesOrSummaryHeading(lineText(lines, h)) && isHeading(lines, table, h - 1)) h--;
    if (!isNotesOrSummaryHeading(lineText(lines, h))) continue;
    const first = h + 1;
    const inBlock = (e: MutableLogEvent): boolean => e.line >= first && e.line < end;
    const nodes = new Set<string>();
    for (const e of events) if (inBlock(e) && e.node !== undefined && e.kind !== 'kill') nodes.add(e.node);
    // Declared notes are the student's whatever follows; a summary with no output below is the only copy of it.
    if (!isDeclaredNotes(lineText(lines, h)) && !events.some((e) => e.line >= end && e.time !== undefined && e.node !== undefined && nodes.has(e.node))) continue;
    const block: BuildingBlock = { headingLine: h, first, end, lines: [] };
    k -= takeBlockEvents(events, block, k);
    (blocks ??= []).push(block);
  }
  return blocks;
}

// How far a headed block reaches from a line of it, either way: a summary is a few lines, a log may be thousands.
const MAX_HEADED_ROWS = 40;

// The blocks of fences whose heading says they hold the student's notes ("my notes (copied the times by hand …):"),
// their events but kills removed: notes written from memory may name a node the logs above never show (adv61g-20/-33:
// node3's `03:08:22.560 node3 election timeout (+257 ms)` "as I remember it from the screen", its terminal closed).
// A kill stays as a summary block's does (dropRestatedKills drops it beside a typed record).
function dropDeclaredNotes(lines: PasteLines, events: MutableLogEvent[], fences: readonly Fence[], notes: ReadonlyMap<number, number>): SummaryBlock[] | undefined {
  let blocks: SummaryBlock[] | undefined;
  for (const fence of fences) {
    const heading = notes.get(fence.open);
    if (heading === undefined || !isNotesOrSummaryHeading(lineText(lines, heading))) continue;
    const block: BuildingBlock = { headingLine: heading, first: fence.open + 1, end: fence.close, lines: [] };
    takeBlockEvents(events, block);
    (blocks ??= []).push(block);
  }
  return blocks;
}

// Moves the events on `block`'s lines, its kills aside, out of `events`, those with a node and a time into its summary
// lines; returns how many stood at or before index `upTo` (a caller walking `events` steps back so many).
function takeBlockEvents(events: MutableLogEvent[], block: BuildingBlock, upTo = -1): number {
  let removedUpTo = 0;
  for (let k = events.length - 1; k >= 0; k--) {
    const event = events[k]!;
    if (event.line < block.first || event.line >= block.end || event.kind === 'kill') continue;
    if (event.node !== undefined && event.time !== undefined) block.lines.unshift({ line: event.line, headingLine: block.headingLine, node: event.node, kind: event.kind, time: event.time });
    events.splice(k, 1);
    if (k <= upTo) removedUpTo++;
  }
  return removedUpTo;
}

// Words saying lines were typed or copied out by hand, or the files not kept (not "by hand" alone: "I started them by
// hand in 3 terminals", nor "my notes" of a pid), or given as approximate ("it printed roughly this:", adv68a-12):
// what dropDeclaredTypedLines takes to cover tagged lines too, and part of DECLARED_NOTES.
const DECLARED_TYPED_SOURCE = String.raw`\b(?:re-?)?typed (?:\w+ )?(?:up|out|from|off|in|by)\b|\btyped:?\s*$|\bre-?keyed\b|\babgetippt\b|\babgeschrieben\b|\btranscribed\b|\btrascritt[oei]\b|\bre-?typed\b|\b(?:as|the way|how) I (?:recall|remember)\b|\bfrom (?:a |the |my )?(?:phone |camera )?(?:picture|photo)\b|\b(?:ri)?copi(?:at[oaie]|ado|ada|é|ei) (?:\w+ )?(?:a|à) m(?:ano|ão)\b|\btranscri(?:to|ta|bí)\b|\bdigitei\b|\brecopi(?:é|e\b)|\banotei\b|\b(?:copied|wrote|written) (?:\w+ ){0,2}(?:by hand|manually)\b|\breconstructed\b|\bI (?:changed|edited|adjusted|shifted|fixed|moved) the (?:hours?|minutes?|seconds?|times?|timestamps?)\b|\b(?:wrote|written|noted) (?:these|them|it|this|those) down\b|\btype (?:it|them|these|this) (?:out|up|in)\b|\b(?:roughly|approximately|more or less) (?:this|these|like|what)\b|\b(?:roughly|approximately):?\s*$|\bm[áa]s o menos (?:esto|as[ií]|lo que)\b|\bsomething like (?:this|that|these)\b|\balong (?:these|those|the) lines\b|\bfrom memory\b|\b(?:did not|didn['’]t|did ?n['’]?t) (?:keep|save) (?:the |my |any )?(?:files?|logs?|output)\b|\b(?:did not|didn['’]t|was not|wasn['’]t|never) (?:get |got )?(?:saved|kept|captured)\b|\bI (?:watched|saw) (?:it|them)\b`;
const DECLARED_TYPED = new RegExp(DECLARED_TYPED_SOURCE, 'i');

// A heading's words saying the fence below holds what the student wrote down, not what a program printed: notes, by
// hand, from memory, copied or jotted down, typed up, transcribed from a photo (adv62f-11/-12/-13), typed off the screen
// ("what I saw in node2 terminal (typed from my screen):", "node3 terminal, typed:"), the files not kept (adv64e-31/-33).
// In German, Spanish, French, Portuguese and Italian too: "Meine Notizen (aus dem Gedächtnis abgetippt …)" (adv63h-17),
// "mis notas", "de memoria", "mes notes", "de mémoire", "minhas notas", "de memória", "le mie note", "a memoria".
const DECLARED_NOTES = new RegExp(
  String.raw`\bmeine notizen\b|\baus dem ged[äa]chtnis\b|\bmis notas\b|\bde memoria\b|\bmes notes\b|\bde m[ée]moire\b|\bminhas notas\b|\bde mem[óo]ria\b|\ble mie note\b|\ba memoria\b|\bmy notes\b|\bnotes (?:from|of|I)\b|\bby hand\b|\bfrom memory\b|\bas I remember\b|\b(?:copied|wrote|written|jotted|noted) (?:\w+ )?down\b|\bjotted\b|\bre-?typed\b|\bfrom (?:a |my |the )?(?:phone |camera )?(?:photo|picture|screenshot)\b|(?<![\wÀ-ÿ])(?:à|a) m[ãa]o\b|(?<![\wÀ-ÿ])à la main\b|\ba mano\b|\bvom bildschirm\b|\b(?:hand|manually)[- ]?(?:copied|typed|written)\b|\b(?:copied|typed|wrote|written) (?:down )?manually\b|\btyped (?:it |them |this |these )?(?:from|off) (?:my |the |his |her |their )?(?:\w+ )?(?:screen|window|terminal|monitor|laptop|phone)\b|[,(] ?typed\)?:?\s*$|${DECLARED_TYPED_SOURCE}`,
  'i',
);
// A heading's words saying the fence below is what a program printed after all: "My notes — follower output, pasted
// straight from the two terminals" (adv62f-08), "Logs (node1 led, as I remember) — cat of the three files" (-40),
// "My notes — both follower terminals (copied out of tmux)", "I jotted the pid … Follower output:" (adv62i-03/-04).
const DECLARED_VERBATIM =
  /\bpasted\b|\bverbatim\b|\bexact(?:ly)? (?:output|lines|copy|as)\b|\b(?:output|lines?|logs?)\b[^.;]{0,24}\b(?:is|are|was|were) copied\b|\bcopied (?:straight |directly )?from (?:the |my )?(?:files?|logs?|terminals?)\b|\b(?:straight|directly) from\b|\bcopy[- ]?pasted?\b|\bcat\b|\btail\b|\bgrep\b|\boutput of\b|\braw (?:log|output)\b|\blog files?\b|\btmux\b|\bscrollback\b|\bcopy mode\b|\b(?:follower|terminal|node|program)s?['’]? output\b|\boutput:\s*$/i;

// A heading naming the block below the student's summary (`Summary`, `## Recap`, `TL;DR`).
const SUMMARY_HEADING = /^\W*(?:my )?(?:summary|recap|tl;?dr|timeline)\b/i;

const isDeclaredNotes = (heading: string): boolean => DECLARED_NOTES.test(heading) && !DECLARED_VERBATIM.test(heading);
// A clause saying the output is gone ("I lost the terminal output (closed tmux)", "I did not keep the log files"): its
// words of a terminal or files say nothing was pasted from them (adv66e-30, adv66f-22).
const OUTPUT_GONE = /\b(?:lost|closed|deleted|(?:did not|didn['’]t|did ?n['’]?t) (?:keep|save)|no longer have|do(?: not|n['’]t) have)\b[^,.;:]*/gi;
const isDeclaredTyped = (heading: string): boolean => DECLARED_TYPED.test(heading) && !DECLARED_VERBATIM.test(heading.replace(OUTPUT_GONE, ''));
const isNotesOrSummaryHeading = (heading: string): boolean => isDeclaredNotes(heading) || SUMMARY_HEADING.test(heading);

// The summary blocks but the declared notes (dropSummaryBlocks).
function dropBlocks(lines: PasteLines, table: LineTable, events: MutableLogEvent[], fences: readonly Fence[] | undefined, notes: ReadonlyMap<number, number> | undefined): SummaryBlock[] | undefined {
  // Most pastes name every writer one way: then there is nothing to tell apart.
  let firstWeak = -1;
  let anyOwn = false;
  const fenced = fences === undefined ? NO_FENCES : createFencedLines(lines, fences, notes);
  for (let k = 0; k < events.length && (firstWeak < 0 || !anyOwn); k++) {
    const event = events[k]!;
    if (event.node === undefined) continue;
    if (isOwnLine(lines, fenced, event)) anyOwn = true;
    else if (firstWeak < 0 && event.time !== undefined && isStudentShaped(lines, event)) firstWeak = k;
  }
  if (firstWeak < 0) return undefined;
  let tabled = false;
  for (let k = firstWeak; k < events.length && !tabled; k++) tabled = events[k]!.node !== undefined && events[k]!.time !== undefined && isTableRow(lines, events[k]!.line);
  // Beside a markdown table, a line opening with its time is a program's, whatever names its node (adv60a-46: `23:57:28.320
  // [1] WARN  node2: election timeout …` above `| node3 | election timeout | 23:57:28.390 |`, no fence).
  const isOwn = tabled ? (event: MutableLogEvent): boolean => isOwnLine(lines, fenced, event) || (!isTableRow(lines, event.line) && table.stampAt[event.line] === lines.starts[event.line]) : (event: MutableLogEvent): boolean => isOwnLine(lines, fenced, event);
  if (!anyOwn && tabled) anyOwn = events.some((e) => e.node !== undefined && isOwn(e));
  // With no node's own line, a table is the only copy and is read (a script's or sqlite's markdown output, adv61g-23) —
  // unless its header names an event column, the student's words for what happened (adv67h-16: `| node | time | event
  // |` over `| node2 | 17:53:10.466 | heartbeat timeout |`; a CSV's `node,time,event` over bare rows): typed, no log.
  if (!anyOwn && !(tabled && isUnderEventHeader(lines, events[firstWeak]!.line))) return undefined;
  // Per node with own-shaped lines: the kinds those lines show (what a summary line of it may restate), and its
  // timed ones (what a restatement's time goes back against).
  const ownKinds = new Map<string, Set<string>>();
  const ownTimed = new Map<string, MutableLogEvent[]>();
  for (const event of events) {
    if (event.node === undefined || !isOwn(event)) continue;
    let kinds = ownKinds.get(event.node);
    if (kinds === undefined) ownKinds.set(event.node, (kinds = new Set()));
    kinds.add(restatedKind(event.kind));
    if (event.time === undefined) continue;
    // In paste order (goesBack reads them so).
    let timed = ownTimed.get(event.node);
    if (timed === undefined) ownTimed.set(event.node, (timed = []));
    timed.push(event);
  }
  // An event that may be a summary line of the block it stands in.
  // A kill stays: dropping a block's kill line (a leader's terminal under a heading) would time the kill from a later
  // stop line of the same node and shorten every detection (adv16's leader-terminal-block false pass).
  const mayRestate = (event: MutableLogEvent): boolean => {
    if (event.kind === 'kill' || event.node === undefined || event.time === undefined || !isStudentShaped(lines, event)) return false;
    const kinds = ownKinds.get(event.node);
    // A markdown table's row is the student's even of a node no own line shows (adv60e-03: `| 00:52:17.165 | node3 |
    // connection to leader node1 lost (EOF) |` under node2's tail alone): it shows no log of node3.
    // A one-cell row holding a whole log line (adv61a-08: node3's file pasted as a one-column table) is that line.
    if (kinds === undefined) return isTableRow(lines, event.line) && !isOneCellRow(lines, event.line);
    // A line that opens with its time, as a program writes it, of a kind its node's own lines never show, adds what no
    // other line shows: a terminal pasted under the student's heading (adv16's `10:00:00.101 node2 WARN  connection to
    // leader node1 closed: EOF` under "The three terminals after I ran kill 4101"), no restatement.
    return !(table.stampAt[event.line] === lines.starts[event.line] && !kinds.has(restatedKind(event.kind)));
  };
  // Whether the event's time goes back against its node's own lines above `before` (a wall clock read on both): the
  // latest of them so far per node, `before` only growing (blocks are met in paste order), so each is read once.
  const latest = new Map<string, { next: number; wall: Stamp | undefined; relative: Stamp | undefined }>();
  const goesBack = (event: MutableLogEvent, before: number): boolean => {
    const timed = ownTimed.get(event.node!);
    if (timed === undefined) return false;
    let seen = latest.get(event.node!);
    if (seen === undefined) latest.set(event.node!, (seen = { next: 0, wall: undefined, relative: undefined }));
    for (; seen.next < timed.length && timed[seen.next]!.line < before; seen.next++) {
      const time = timed[seen.next]!.time!;
      if (time.kind === 'relative') seen.relative = seen.relative === undefined || time.dayMs > seen.relative.dayMs ? time : seen.relative;
      else seen.wall = seen.wall === undefined || time.dayMs > seen.wall.dayMs ? time : seen.wall;
    }
    const own = event.time!.kind === 'relative' ? seen.relative : seen.wall;
    return own !== undefined && isEarlierOnWall(event.time!, own);
  };
  let found: SummaryBlock[] | undefined;
  // The block the last candidate stood in (its lines first..end-1 and whether it is a summary): each walked once.
  let first = -1;
  let end = -1;
  let block: BuildingBlock | undefined;
  for (let k = firstWeak; k < events.length; k++) {
    const event = events[k]!;
    const i = event.line;
    if (!mayRestate(event) || !isBlockLine(lines, table, i)) continue;
    if (i >= end) {
      // Beside the nodes' own lines, a table's rows are a block of their own (adv60a-46: a table right under the log
      // lines it restates, no fence, no heading): the lines above it are not its block's.
      const rows = tabled && isTableRow(lines, i);
      const inBlock = (k: number): boolean => (rows ? table.kinds[k] === LINE_BLANK || isTableRow(lines, k) : isBlockLine(lines, table, k) && !(tabled && isTableRow(lines, k)));
      let h = i - 1;
      while (h >= 0 && inBlock(h)) h--;
      [first, end] = [h + 1, i + 1];
      while (end < lines.count && inBlock(end)) end++;
      const heading = isHeading(lines, table, h) ? h : (notes?.get(h) ?? -1);
      // A markdown table's row is the student's, wherever it stands (above the logs, below them, under no heading):
      // no program prints one (adv60a-44/-48: `| node3 | election timeout | 23:57:28.390 |` below the fence, node3's
      // own log holding no detection).
      let summary = heading >= 0 || isTableRow(lines, i);
      // No heading: a block right after a node's own line is a summary when one of its lines goes back.
      if (!summary && h >= 0 && isOwnSource(NODE_SOURCES[table.nodeFrom[h]!]!) && !isTableRow(lines, h)) {
        for (let j = k; j < events.length && events[j]!.line < end && !summary; j++) summary = mayRestate(events[j]!) && goesBack(events[j]!, first);
      }
      block = summary ? { headingLine: heading, first, end, lines: [] } : undefined;
      if (block !== undefined) (found ??= []).push(block);
    }
    if (block === undefined) continue;
    // A row of a node no own line shows is listed only when its writer reads as a node's name (blind15's `| detection |
    // node3 | … |`: its first cell, no node, leaves nothing to name).
    if (ownKinds.has(event.node!) || normalizeNodeToken(event.node!) !== undefined) block.lines.push({ line: i, headingLine: block.headingLine, node: event.node!, kind: event.kind, time: event.time! });
    events.splice(k--, 1);
  }
  // In a block found to be the student's summary, a line of a node no own line shows is the student's too (adv62g-46:
  // "Timeline:" restating kv-2's own timeout, with `05:23:25.954  kv-3 heartbeat timeout` of a kv-3 whose log is not
  // pasted; adv62g-11's node3 row "written down by hand"): it shows no log of that node.
  if (found !== undefined) {
    for (let k = 0; k < events.length; k++) {
      const event = events[k]!;
      if (event.kind === 'kill' || event.node === undefined || event.time === undefined || ownKinds.has(event.node) || !isStudentShaped(lines, event)) continue;
      const block = found.find((b) => event.line >= b.first && event.line < b.end);
      if (block === undefined) continue;
      if (normalizeNodeToken(event.node) !== undefined) {
        const rows = block.lines as SummaryLine[];
        rows.splice(rows.filter((row) => row.line < event.line).length, 0, { line: event.line, headingLine: block.headingLine, node: event.node, kind: event.kind, time: event.time });
      }
      events.splice(k--, 1);
    }
  }
  // A kill in a summary block (`kill:  12:04:05.000`, a table's `| kill | 12:04:05.000 | SIGTERM |`) is the student's
  // statement of the kill: a table row's first cell is no writer, and a node's own line at the same instant is the kill.
  if (found !== undefined) {
    const inBlock = (event: MutableLogEvent): boolean => found!.some((b) => event.line >= b.first && event.line < b.end);
    for (const event of events) {
      if (event.kind !== 'kill' || event.time === undefined || !inBlock(event)) continue;
      if (isTableRow(lines, event.line)) {
        event.node = undefined;
        event.nodeFrom = undefined;
      }
      if (event.node === undefined) event.timeInWords = true;
    }
  }
  return found;
}

// Whether `a` is earlier than `b` on the wall clock (less than half a day back: not a day boundary crossed).
function isEarlierOnWall(a: Stamp, b: Stamp): boolean {
  if ((a.kind === 'relative') !== (b.kind === 'relative')) return false;
  const back = b.dayMs - a.dayMs;
  return back > 0 && back < HALF_DAY_MS;
}

const HALF_DAY_MS = DAY_MS / 2;

// A line in the student's shape: naming its node by its own words or head, or a markdown table's row.
const isStudentShaped = (lines: PasteLines, event: MutableLogEvent): boolean => isWeak(event.nodeFrom) || isTableRow(lines, event.line);

// A node's own log line: in an own shape, or inside a markdown code fence, verbatim output whatever names its node
// (adv59d-28's syslog lines `Dec 05 21:26:46.508050 vm kv_node[22919]: node1 INFO: …`) — no table row either way.
const isOwnLine = (lines: PasteLines, fenced: FencedLines, event: MutableLogEvent): boolean =>
  (isOwnShape(event) || fenced(event.line)) && !isTableRow(lines, event.line);

/** Whether line i stands inside a markdown code fence (```` ``` ```` … ```` ``` ````): verbatim output, read once per paste. */
type FencedLines = (i: number) => boolean;

const NO_FENCES: FencedLines = () => false;

/** A markdown code fence: its opening and closing lines (0-based; `close` is the line count when none closes it). */
interface Fence {
  readonly open: number;
  readonly close: number;
}

function findFences(lines: PasteLines): Fence[] {
  const fences: Fence[] = [];
  let open = -1;
  for (let k = 0; k < lines.count; k++) {
    if (!isFenceLine(lines.text, lines.starts[k]!, lines.ends[k]!)) continue;
    if (open < 0) open = k;
    else {
      fences.push({ open, close: k });
      open = -1;
    }
  }
  if (open >= 0) fences.push({ open, close: lines.count });
  return fences;
}

// Lines inside the fences but the student's notes (`notes`: their opening lines).
function createFencedLines(lines: PasteLines, fences: readonly Fence[], notes: ReadonlyMap<number, number> | undefined): FencedLines {
  const inside = new Uint8Array(lines.count);
  for (const fence of fences) if (notes?.has(fence.open) !== true) inside.fill(1, fence.open + 1, fence.close);
  return (i) => inside[i] === 1;
}

// The fences holding the student's notes, by opening line, each with its heading line: a fence after another one,
// right under the student's words (blank lines between), holding a line in the student's shape whose time goes back
// against the latest of its node's lines in the fences above (a node's log never goes back; a second copy of a log
// restates it). Undefined when there are none.
function findNotesFences(lines: PasteLines, table: LineTable, events: readonly MutableLogEvent[], fences: readonly Fence[]): Map<number, number> | undefined {
  if (fences.length < 2) return undefined;
  let notes: Map<number, number> | undefined;
  for (let f = 0; f < fences.length; f++) {
    const fence = fences[f]!;
    let h = fence.open - 1;
    while (h >= 0 && table.kinds[h] === LINE_BLANK) h--;
    if (!isHeading(lines, table, h)) continue;
    // The first fence is notes only when its heading says so and another fence follows (adv62i-34/-36: "What I wrote
    // down by hand", "Summary" above the full output).
    if (f === 0) {
      if (isNotesOrSummaryHeading(lineText(lines, h))) (notes ??= new Map()).set(fence.open, h);
      continue;
    }
    // A line the fences above hold word for word is a copy of the logs (adv61g-18: the whole files re-pasted after a
    // `tail -n 1`, its last lines as they stood above), no notes.
    if (repeatsEarlierFence(lines, fences, f)) continue;
    if (isDeclaredNotes(lineText(lines, h))) {
      (notes ??= new Map()).set(fence.open, h);
      continue;
    }
    const latest = new Map<string, Stamp>();
    let goesBack = false;
    for (const event of events) {
      if (event.node === undefined || event.time === undefined || event.line <= fences[0]!.open) continue;
      if (event.line >= fence.close) break;
      const inEarlier = fences.some((e, k) => k < f && notes?.has(e.open) !== true && event.line > e.open && event.line < e.close);
      if (inEarlier) {
        const seen = latest.get(event.node);
        if (seen === undefined || isEarlierOnWall(seen, event.time)) latest.set(event.node, event.time);
      } else if (event.line > fence.open && isStudentShaped(lines, event)) {
        const own = latest.get(event.node);
        if (own !== undefined && isEarlierOnWall(event.time, own)) goesBack = true;
      }
    }
    if (goesBack) (notes ??= new Map()).set(fence.open, h);
  }
  return notes;
}

// Whether a line of fences[f] is word for word a line of an earlier fence (blank lines aside).
function repeatsEarlierFence(lines: PasteLines, fences: readonly Fence[], f: number): boolean {
  const earlier = new Set<string>();
  for (let e = 0; e < f; e++) for (let k = fences[e]!.open + 1; k < fences[e]!.close; k++) earlier.add(lineText(lines, k).trim());
  earlier.delete('');
  for (let k = fences[f]!.open + 1; k < fences[f]!.close; k++) if (earlier.has(lineText(lines, k).trim())) return true;
  return false;
}

// A markdown table's row or rule (`| node3 | 12:04:05.210 | heartbeat timeout |`, `|---|---|`), or a CSV row of three
// or more bare fields (`kill,05:22:33.639,0`, adv62g-09: no program's log line is written without a space): the
// student's table.
function isTableRow(lines: PasteLines, i: number): boolean {
  const text = lines.text;
  let start = lines.starts[i]!;
  let stop = lines.ends[i]!;
  while (start < stop && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  while (stop > start && (text.charCodeAt(stop - 1) === 32 || text.charCodeAt(stop - 1) === 9 || text.charCodeAt(stop - 1) === 13)) stop--;
  if (stop - start >= 3 && text.charCodeAt(start) === 124 && text.charCodeAt(stop - 1) === 124) return true;
  if (stop - start > 160) return false;
  // Both of the other shapes are three or more cells apart by commas or TABs: a row with fewer than two of either is no
  // table's, and is not sliced (a kill line's `received SIGTERM, shutting down` is asked this many times a verdict).
  let commas = 0;
  let tabs = 0;
  for (let k = start; k < stop && commas < 2 && tabs < 2; k++) {
    const code = text.charCodeAt(k);
    if (code === 44) commas++;
    else if (code === 9) tabs++;
  }
  if (commas < 2 && tabs < 2) return false;
  const row = text.slice(start, stop);
  return CSV_ROW.test(row) || isUnderDelimitedEventHeader(lines, i, row);
}

const CSV_ROW = /^[\w.:-]+(?:,[\w.:+-]*){2,}$/;

// How many rows above a delimited row its header is looked for: a typed table is short.
const MAX_TYPED_ROWS = 64;

// Whether a row of three or more comma- or TAB-separated cells with words in them (`node2,17:52:54.125,heartbeat
// timeout`, `node2⇥17:53:10.466⇥heartbeat timeout`) stands under a header row of the same cells naming an event column
// (`node,time,event`, `Node⇥Time⇥Event`, adv67h-33/-34): a sheet the student typed, whose rows are theirs. The header
// row itself is one.
function isUnderDelimitedEventHeader(lines: PasteLines, i: number, row: string): boolean {
  const delimiter = row.includes('\t') ? '\t' : row.includes(',') ? ',' : undefined;
  if (delimiter === undefined) return false;
  const cells = row.split(delimiter).length;
  if (cells < 3) return false;
  for (let k = i; k >= 0 && i - k <= MAX_TYPED_ROWS; k--) {
    const text = lineText(lines, k, 161).trim();
    const fields = text.split(delimiter);
    if (fields.length !== cells) return false;
    if (fields.every((field) => HEADER_CELL.test(field.trim()))) return fields.some((field) => EVENT_HEADER_CELL.test(field.trim()));
  }
  return false;
}

const HEADER_CELL = /^[A-Za-z][A-Za-z_ ]{0,30}$/;

/**
 * Whether line i is a table's header row: a row (isTableRow) right above the table's rule, a markdown one (`|---|:---:|`)
 * or a box a program draws (etcdctl's and MySQL's `+-----+-----+`: rev74, adv66d-20's `| ENDPOINT | ID | … |`).
 */
export function isMarkdownHeaderRow(lines: PasteLines, i: number): boolean {
  if (i + 1 >= lines.count || !isTableRow(lines, i) || MARKDOWN_RULE.test(lineText(lines, i))) return false;
  const below = lineText(lines, i + 1);
  return MARKDOWN_RULE.test(below) || BOX_RULE.test(below);
}
const MARKDOWN_RULE = /^\s{0,3}\|(?:\s*:?-{2,}:?\s*\|)+\s*$/;
const BOX_RULE = /^\s{0,3}\+(?:-{2,}\+)+\s*$/;

// A header cell naming what happened in the student's words, not a program's message column (`message`, `msg`, `@message`).
const EVENT_HEADER_CELL = /^(?:events?|what(?: happened| it (?:printed|said|did)| i saw)?|detections?|observ(?:ed|ations?)|notes?|actions?)$/i;

// Whether the table holding line i (its rows above it, blank lines aside) opens with a header row, above a markdown
// rule or heading a CSV, one of whose cells is EVENT_HEADER_CELL.
function isUnderEventHeader(lines: PasteLines, i: number): boolean {
  let top = i;
  while (top > 0 && isTableRow(lines, top - 1)) top--;
  const cells = lineText(lines, top).trim().replace(/^\||\|$/g, '').split(/[|,\t]/);
  return cells.length >= 2 && cells.some((cell) => EVENT_HEADER_CELL.test(cell.trim()));
}

// A markdown table row of one cell (`| 02:14:20.872 [node3] WARN heartbeat timeout … |`): its only bars are its ends.
function isOneCellRow(lines: PasteLines, i: number): boolean {
  const row = lines.text.slice(lines.starts[i]!, lines.ends[i]!).trim();
  return row.indexOf('|', 1) === row.length - 1;
}

// A line of a summary block: blank, a markdown table's row, or with no writer but one its words or head name and a
// time at its head (`node3: 10:00:00.371 …`) or inside its words (`- node3 heartbeat timeout at 10:00:00.380`), or with
// no writer at all and a time anywhere (the student's `kill:  12:04:05.000`).
function isBlockLine(lines: PasteLines, table: LineTable, i: number): boolean {
  const kind = table.kinds[i]!;
  if (kind === LINE_BLANK) return true;
  if (kind !== LINE_LOG) return false;
  if (isTableRow(lines, i)) return true;
  const weak = WEAK_SOURCE[table.nodeFrom[i]!] === 1;
  if (table.stampAt[i]! >= 0) return weak;
  // A sentence below a tail section takes the section's node by position only.
  if (!weak && !isPlacedWriter(NODE_SOURCES[table.nodeFrom[i]!])) return false;
  if (table.nodes[i] === undefined && stampOf(lines, table, i) !== undefined) return true;
  return findStampInWords(lines, table, i) !== undefined;
}

// Whether the line from `start` to `end` opens or closes a markdown fence: ``` or ~~~ after at most 3 spaces. Read by
// character codes: every line of a paste whose summary is looked for is asked (a regex a line cost a cat paste 3 µs).
function isFenceLine(text: string, start: number, end: number): boolean {
  let p = start;
  while (p < end && p - start < 3 && text.charCodeAt(p) === 32) p++;
  const c = text.charCodeAt(p);
  return (c === 96 || c === 126) && p + 2 < end && text.charCodeAt(p + 1) === c && text.charCodeAt(p + 2) === c;
}

// The student's heading over a block: a line of words with no time and no writer of its own.
// A line naming a node's terminal, window or log, or a node with a note in parentheses (`node3 (I only had a photo of
// that terminal, typed it out):`, adv68a-23), and ending in a colon: the heading of the block below it.
const NAMED_BLOCK_HEADING = /^\W{0,4}(?:[\w.:-]{1,40}(?:,? and |, | & ))?[\w.:-]{1,40}(?:(?:'s)? (?:terminal|window|pane|tab|screen|log|output)s?\b[^\n]{0,160}| \([^()\n]{4,160}\)):\s*$/i;

const VOICED_HEADING_END = /:\s*$/;

function isHeading(lines: PasteLines, table: LineTable, h: number): boolean {
  // A line right under a command is its output (a program's banner), not the student's heading.
  if (h < 0 || table.stampAt[h]! >= 0 || (h > 0 && table.kinds[h - 1] === LINE_COMMAND) || stampOf(lines, table, h) !== undefined) return false;
  const kind = table.kinds[h]!;
  if (kind !== LINE_LOG && kind !== LINE_COMMENT) return false;
  // A name inside its words is no writer, nor the node of a tail section it follows by position only.
  const from = NODE_SOURCES[table.nodeFrom[h]!]!;
  const text = lines.text.slice(lines.starts[h]!, Math.min(lines.ends[h]!, lines.starts[h]! + 256));
  // A node's name heading its terminal's block ("node3 terminal (typed from my screen):", adv65f-22) is a heading too.
  // So is one in the student's voice, or saying the lines are typed or approximate, ending in a colon ("node3 didn't get
  // saved, but I watched it:", adv68a-25; "node2 and node3 printed roughly this:", adv68e-10).
  if (from !== 'none' && from !== 'message' && from !== 'section' && !(from === 'name' && (NAMED_BLOCK_HEADING.test(text) || (VOICED_HEADING_END.test(text) && (isStudentVoice(text) || DECLARED_TYPED.test(text)))))) return false;
  // perror's `read: Connection reset by peer` in a node's terminal is the program's stderr, not a heading (adv22).
  if (!/[A-Za-z]{2}/.test(text) || PERROR_LINE_PATTERN.test(text)) return false;
  // A markdown fence (```` ```text ````) opens verbatim output: what follows is what a program printed.
  if (isFenceLine(text, 0, text.length)) return false;
  // A root shell's or a quoted launch (`# dotnet run --project RaftKv -- --id 1`, `> ./kv_node --id 2`): the command
  // that started the node whose lines follow, not the student's words over a summary (adv39).
  const lead = /^[#>]+[ \t]*/.exec(text);
  return lead === null || !isTypedLaunch(text, lead[0].length);
}

// Writers a line gets from where it stands (a `==>` section, a file's run in a cat) or from a name in its words: not
// marked on the line itself, so a sentence under a node's section gets one too.
const isPlacedWriter = (from: MutableLogEvent['nodeFrom']): boolean =>
  from === undefined || from === 'none' || from === 'section' || from === 'file-run' || from === 'file-name' || from === 'message' || from === 'subject' || from === 'caller';

/**
 * Removes from `events` a detection on a line the student typed after `# ` (`# 2026-…Z kv_node[3] heartbeat timeout`,
 * recalled "from memory"): a note, no node's log line, whatever time and node it writes. And those of a student's
 * sentence that is no kill: a line whose own time sits inside its words
 * (findStampInWords) and whose writer only its place or words give ("kill at 14:05:33.301Z = 19:50:33.301 here. n2
 * EOF after 2 ms, n3 timer after 218 ms." under n3's `==>` section). It restates what nodes logged, in other clocks
 * and sums: no node's log line, so neither a detection nor a time on a node's clock. A kill so stated stays, as
 * markKillsInWords reads it.
 */
export function dropSentenceEvents(lines: PasteLines, table: LineTable, events: MutableLogEvent[]): void {
  let kept = 0;
  for (let k = 0; k < events.length; k++) {
    const event = events[k]!;
    if (isDetectionKind(event.kind) && table.kinds[event.line] === LINE_COMMENT && isNoteLine(lines, event.line)) continue;
    if (event.kind === 'kill' || table.stampAt[event.line]! >= 0 || event.time === undefined || !isSentenceWriter(lines, event) || stampStatedInWords(lines, table, event) === undefined) events[kept++] = event;
  }
  events.length = kept;
}

// A sentence's writer: its place or words, or a name at its head in the student's own voice (adv62d-28: "node3 showed
// the same heartbeat timeout line at 04:54:28.565 (I closed that terminal before copying it, sorry).").
const isSentenceWriter = (lines: PasteLines, event: MutableLogEvent): boolean =>
  isPlacedWriter(event.nodeFrom) || (event.nodeFrom === 'name' && isStudentVoice(lineText(lines, event.line, 512)));

// A bullet (`- `, `* `, `• `) or a numbered item (`1. `, `2) `) opening the line: the student's list (adv62f-37's
// `2. n2 heartbeat timeout 05:27:26.889`, the followers' terminals closed).
const isListItem = (lines: PasteLines, i: number): boolean => LIST_ITEM.test(lineText(lines, i, 16));
const LIST_ITEM = new RegExp(`${BULLET_ITEM.source}|^[ \\t]*\\d{1,2}[.)][ \\t]`);
// A list item opening with a time (`- 05:27:26.889 n2 WARN …`): a log line pasted as a list item, read as the line.
const LIST_ITEM_STAMPED = new RegExp(`(?:${LIST_ITEM.source})[ \\t]*[\\[(]?\\d`);

// The student speaking: a first-person word (English, German, Spanish, Portuguese, Italian, French: "(ich hatte das
// Terminal schon geschlossen)", adv65h-31) or an apology, which no node's log line holds beside a name at its head.
// So is a person's seeing it ("node1 heartbeat timeout (saw it at 10:05:39.359)", adv64e-34), and a Chinese or
// Japanese sentence after the name ("node3 在 06.12.2026 12:51:33,892 也打印了 heartbeat timeout", adv65h-34).
const STUDENT_VOICE = /\b(?:I|I'm|I've|I'd|my|me|we|our|sorry|ich|mein|meine|wir|yo|eu|meu|minha|io|je|j'ai|mon|nous)\b|\bsaw (?:it|this|that|them)\b/;
// The name at the head of `text` (up to its first space), then a Chinese or Japanese word (isCjk).
const NAME_THEN_WORD = /^\W{0,4}[\w.:-]{1,40}:? /;
function isStudentVoice(text: string): boolean {
  if (STUDENT_VOICE.test(text)) return true;
  const head = NAME_THEN_WORD.exec(text);
  return head !== null && isCjk(text.charCodeAt(head[0].length));
}

// A student's note: `#`s then a blank (`# …`, a markdown `## …`), not a stack frame's `#1 0x55f1… in on_timeout`.
const NOTE_LEAD = /^[ \t]*#+[ \t]/;
const isNoteLine = (lines: PasteLines, line: number): boolean => NOTE_LEAD.test(lines.text.slice(lines.starts[line]!, Math.min(lines.ends[line]!, lines.starts[line]! + 64)));

// The line's own stamp when the event's time is that stamp and it sits inside the line's words; undefined otherwise.
function stampStatedInWords(lines: PasteLines, table: LineTable, event: MutableLogEvent): Stamp | undefined {
  const own = findStampInWords(lines, table, event.line);
  return own !== undefined && own.end === event.time!.end && own.ms === event.time!.ms ? own : undefined;
}

/**
 * Marks each kill whose line's own time sits inside its words (`timeInWords`): a sentence stating the kill, whose
 * writer is the student, not a node its words name. When the words up to its time state the kill ("kill um
 * 14:03:11,482", "killed node1 (pid 30117) at …"), they alone name what was killed: the words after the time tell what
 * followed ("…, both followers time out (split vote, then node2 wins term 3)"). Returns those words per line, for the
 * later naming of kill targets (attribute-kill-targets.ts); undefined when no kill is stated so.
 */
export function markKillsInWords(lines: PasteLines, table: LineTable, events: readonly MutableLogEvent[], patterns: EventPatterns): Map<number, string> | undefined {
  let stated: Map<number, string> | undefined;
  let halfDay = false;
  for (const event of events) {
    if (event.kind !== 'kill' || event.time === undefined || table.stampAt[event.line]! >= 0) continue;
    const own = stampStatedInWords(lines, table, event);
    if (own === undefined) continue;
    const start = lines.starts[event.line]!;
    event.timeInWords = true;
    // The output of `kill … && sleep 0.2 && echo "killed leader at $(date +%T.%3N)"`: its time is the delayed date's,
    // no kill's (adv48b), as a `kill; sleep 1; date` record's is.
    if (event.line > 0 && table.kinds[event.line - 1] === LINE_COMMAND && findDelayBetweenDateAndKill(lineText(lines, event.line - 1, 4096)) !== undefined) {
      event.time = undefined;
      continue;
    }
    // "kill at 03:26:17.699" beside `[03:26:17.699 PM]` node lines: a 12-hour time written without AM/PM takes the
    // reading next to the nodes' times (resolveHalfDayTimes, below), as a date record on such a clock does (adv48).
    if (!MERIDIEM_BEFORE.test(lines.text.slice(Math.max(start, own.end - 6), own.end))) {
      const half = markHalfDay(event.time);
      if (half !== event.time) {
        event.time = half;
        halfDay = true;
      }
    }
    const text = lineText(lines, event.line, 4096);
    // The student wrote the sentence: a node only its words name is what it is about, and a node only its place gives
    // (the `==>` section or file run it sits under) did not write it.
    if (isWriterFromWords(event, text) || event.nodeFrom === 'section' || event.nodeFrom === 'file-run') {
      event.node = undefined;
      event.nodeFrom = undefined;
    }
    if (event.node !== undefined) continue;
    const words = text.slice(0, own.end - start);
    const clause = classifyLine(words, patterns, undefined, false, ALL_EVENT_PATTERNS, undefined);
    if (clause.kind !== 'kill') continue;
    event.target = clause.target;
    event.pid = clause.pid;
    event.term = clause.term;
    (stated ??= new Map()).set(event.line, words);
  }
  if (halfDay) resolveHalfDayTimes(events as MutableLogEvent[]);
  return stated;
}

// A time's end that is its AM/PM designator (`03:26:17 PM`, `3:26 p.m.`): the hour is as written.
const MERIDIEM_BEFORE = /[AaPp]\.?[Mm]\.?$/;
