// A paste of whole log files one after another (`cat infra1.log infra2.log infra3.log`, terminals copied one under
// another) whose lines carry no node prefix: each file's lines are its writer's. The writer shows in some of the
// file's own lines — the member id an etcd/raft message starts with (`raft.node: 8e9e05c52164694d elected leader …`,
// `8e9e05c52164694d became follower`), zap's `"local-member-id"` field, a JSON `"name"` field — and a file starts
// where time jumps back (the next file begins at its node's startup, before the previous one's teardown). Ids named
// after "peer", "to", "from" are someone else's and name no writer here. Where no line names a writer (RabbitMQ's
// `<0.1130.0>` is an Erlang pid), a file's startup banner does: `node           : rabbit1@localhost`.
import { COMMAND_KILL_PATTERN } from './default-patterns.js';
import type { MutableLogEvent } from './log-event.js';
import { DAY_MS, type Stamp } from './parse-timestamp.js';
import { lineAt, lineText, type PasteLines } from './paste-lines.js';
import { findCatFiles, findKeyedOwnNode, findLoopedTailLines, findMentionedNodes, findNodeInPath, printsLogLines, readSpacedStartupNode } from './attribute-node.js';
import { isProgramOutput } from './command-output.js';
import { fileStem, findDateOutputStamp, findLastCommand, LINE_COMMAND, LINE_HEADER, LINE_JSON, LINE_LOG, NODE_SOURCES, stampOf, type LineTable } from './scan-lines.js';
import { findTimeLastStamp } from './time-last-lines.js';
import { findJobEnds } from './shell-jobs.js';

/**
 * How the scan guessed a line's node from its text rather than from a prefix, tag, field or section. A head token
 * (`[infra1]`, a host column) is a guess too, but kept when it names one file only.
 */
const GUESSED_SOURCES: ReadonlySet<MutableLogEvent['nodeFrom']> = new Set([undefined, 'message', 'head-token', 'process-id', 'subject']);
// A shell kill the student echoed into the paste (`04:25:56.461 kill -TERM 4766`): no file's line.
const SHELL_KILL = /\bkill\b(?:\s+-(?:s\s+)?\w+)*\s+%?\d{1,8}\b|\b(?:pkill|killall)\b/i;
// The word kill in a command the line under may be the output of: a tool's own option too (`chaos.py --kill random`),
// beside every stop command (COMMAND_KILL_PATTERN: `Stop-Process -Name kv_node`, `docker stop kv1`).
const KILL_WORD = /\bkill\b/i;

const LOCAL_MEMBER_ID = /"local-member-id":"([0-9a-f]{16})"/;
// The padded key column of an Erlang node's startup banner naming the node itself (RabbitMQ's `node           :
// rabbit1@localhost`, beside `home dir       : …`): the writer's own name, once per start.
const NODE_BANNER = /(?:^|[ \t])node {2,}: ([A-Za-z][\w.-]{0,62}@[\w.-]{1,253})[ \t\r]*$/;
const NODE_BANNER_KEY = 'node  ';

interface Anchor {
  readonly line: number;
  readonly key: string;
  /** A name the line states (a JSON name field, a tag), not a member id. */
  readonly named: boolean;
  /** The node a startup line's message introduces (`kv_node id=2 listening …`): no prefix or tag names it. */
  readonly startup: boolean;
  /** The process column of its line (Ruby Logger's `#29887`), whatever else names its node. */
  readonly process?: string;
}

interface FileRun {
  readonly start: number;
  /** Lines [start, end] are the file's (end inclusive). */
  end: number;
  readonly counts: Map<string, number>;
  readonly names: Set<string>;
  /** The process columns of its anchors' lines: one file is one process's. */
  readonly processes: Set<string>;
}

export interface FileRuns {
  /** Each file's writer, in paste order. */
  readonly writers: readonly string[];
  /** Member ids → the name their file's writer goes by (when the file names it). */
  readonly aliases: ReadonlyMap<string, string>;
}

/**
 * When `events` (in paste order) come from whole files one after another, gives every event whose node was only
 * guessed its file's writer (nodeFrom `file-run`) and clears the guess on events between two files that no time jump
 * separates. Returns the files' writers, or undefined (events untouched) when the paste is no such cat: fewer than
 * two writers, nothing guessed, or a writer's lines in two places (a merge by time).
 */
export function attributeFileRuns(lines: PasteLines, table: LineTable, events: MutableLogEvent[]): FileRuns | undefined {
  if (!events.some((e) => GUESSED_SOURCES.has(e.nodeFrom))) return undefined;
  let anchors = findAnchors(lines, table, events);
  // Where no event's line names a writer at all: the files' startup banners (one search of the text), else the
  // files the `cat` command names.
  if (anchors.length === 0 && events.every((e) => e.node === undefined)) {
    anchors = findBannerAnchors(lines, table);
    if (new Set(anchors.map((a) => a.key)).size < 2) return attributeCatFiles(lines, table, events);
  }
  if (new Set(anchors.map((a) => a.key)).size < 2) return undefined;

  const files: FileRun[] = [];
  const gaps: [number, number][] = [];
  let jumps = 0;
  let file: FileRun | undefined;
  let last: Anchor | undefined;
  for (const anchor of anchors) {
    if (file === undefined) {
      // Lines before a time jump back ahead of the first anchor are a file that names no writer (pm2's own pm2.log);
      // lines above the last command before it are no file's either: a command's output starts below it (the
      // student's sentence above `PS C:\kv> Get-Content .\data\node2\node.log`).
      const start = Math.max(findFileStart(lines, table, 0, anchor.line), findLastCommand(table.kinds, anchor.line) + 1);
      if (start > 0) gaps.push([0, start - 1]);
      file = openFile(start);
    } else if (!file.counts.has(anchor.key) || isOtherProcess(file, anchor)) {
      const start = findFileStart(lines, table, last!.line, anchor.line);
      if (start >= 0) {
        jumps++;
        file.end = start - 1;
        files.push(file);
        file = openFile(start);
      } else if (isOtherProcess(file, anchor) || (anchor.named ? file.names.size > 0 : [...file.counts.keys()].some((key) => !file!.names.has(key)))) {
        // Two ids (or two names) with no file start between them: which file the lines between belong to is unknown.
        file.end = last!.line;
        files.push(file);
        gaps.push([last!.line + 1, anchor.line - 1]);
        file = openFile(anchor.line);
      }
    }
    file.counts.set(anchor.key, (file.counts.get(anchor.key) ?? 0) + 1);
    if (anchor.named) file.names.add(anchor.key);
    if (anchor.process !== undefined) file.processes.add(anchor.process);
    last = anchor;
  }
  // Writers that change with no time jump back anywhere: a merge by time or one process's log, not a cat of files.
  if (jumps === 0) return undefined;
  file!.end = lines.count - 1;
  files.push(file!);
  // A file whose own lines run back by a file start's jump is no one file: lines shuffled or sorted by another key.
  if (files.some((run) => runsBack(lines, table, run))) return undefined;

  const writers: string[] = [];
  const aliases = new Map<string, string>();
  const fileOf = new Map<string, number>();
  for (const [index, run] of files.entries()) {
    for (const key of run.counts.keys()) {
      // A writer whose lines are in two places: no cat of whole files (a merge by time, a paste of pastes).
      if (fileOf.has(key)) return undefined;
      fileOf.set(key, index);
    }
    const writer = chooseWriter(run);
    writers.push(writer);
    for (const key of run.counts.keys()) if (key !== writer && !run.names.has(key)) aliases.set(key, writer);
  }
  // A startup line's name is read from its message like any other line's: it shows a file's writer only when no line
  // of that file reads as another file's writer (one merged log's lines shuffled would: `id=1 …` among node2's).
  if (anchors.some((a) => a.startup) && namesOtherFilesWriter(files, events, writers)) return undefined;

  // Head tokens that name one file only are its writer's name (`[infra1]` on each line); ones found in several files
  // are a logger's (capnslog's `raft.node:`), and one heading a few of its file's lines among others is a thread's
  // (a Java node's `[main]`, `[election-timer]`, `[shutdown-hook]`: adv51-02 named node1 shutdown-hook).
  const tokenFiles = new Map<string, number>();
  const tokenLines = new Map<string, number>();
  const fileTokenLines = new Array<number>(files.length).fill(0);
  forEachInFile(files, events, (event, f) => {
    if (event.nodeFrom !== 'head-token' || event.node === undefined) return;
    const seen = tokenFiles.get(event.node);
    tokenFiles.set(event.node, seen === undefined || seen === f ? f : -1);
    tokenLines.set(event.node, (tokenLines.get(event.node) ?? 0) + 1);
    fileTokenLines[f]!++;
  });
  for (const [token, f] of tokenFiles) {
    if (f < 0 || tokenLines.get(token)! * 2 < fileTokenLines[f]!) continue;
    const old = writers[f]!;
    if (old === token) continue;
    if ([...tokenFiles.values()].filter((other) => other === f).length !== 1) continue;
    writers[f] = token;
    for (const [key, writer] of aliases) if (writer === old) aliases.set(key, token);
    aliases.set(old, token);
  }

  let g = 0;
  forEachInFile(files, events, (event, f) => {
    while (g < gaps.length && event.line > gaps[g]![1]) g++;
    if (!GUESSED_SOURCES.has(event.nodeFrom) || isStudentLine(lines, table, event) || isProgramOutputLine(lines, table, event) || isLaterCommandsOutput(lines, table, anchors, event)) return;
    if (event.nodeFrom === 'head-token' && event.node === writers[f]) return;
    const inGap = g < gaps.length && event.line >= gaps[g]![0];
    if (inGap) {
      event.node = undefined;
      event.nodeFrom = undefined;
    } else {
      // A claim to lead names its writer as the leader: the file's writer now (a thread's `[peer-reader-2] became leader`).
      if (event.kind === 'became-leader' && event.leader !== undefined && event.leader === event.node) event.leader = writers[f];
      event.node = writers[f];
      event.nodeFrom = 'file-run';
    }
  });
  return { writers, aliases };
}

// Whether an event whose message seems to name its writer (nodeFrom `message`) names another file's writer.
function namesOtherFilesWriter(files: readonly FileRun[], events: readonly MutableLogEvent[], writers: readonly string[]): boolean {
  let other = false;
  forEachInFile(files, events, (event, f) => {
    if (event.nodeFrom === 'message' && event.node !== writers[f] && writers.includes(event.node!)) other = true;
  });
  return other;
}

// Calls `visit` with each event and the index of the file it is in (events and files in paste order).
function forEachInFile(files: readonly FileRun[], events: readonly MutableLogEvent[], visit: (event: MutableLogEvent, file: number) => void): void {
  let f = 0;
  for (const event of events) {
    while (f < files.length - 1 && event.line > files[f]!.end) f++;
    visit(event, f);
  }
}

// The student's own lines are no file's: `$ kill 4242`, an echoed `kill -9 9683  # infra3` (they name their target),
// the line under a kill command (the time `$ date -u +%T.%N; kill -TERM $(cat leader.pid)` printed, the kill's event
// line; a `date …; kill …` typed where no prompt shows is such a command too: scan-lines.ts TYPED_DATE_KILL), the time
// a kill row's date printed under a row the scan took for no command (findDateOutputStamp: a prompt it does not know, a
// chat line quoting the command), a sentence stating the kill with its time inside the words ("kill um 14:03:11,482,
// both followers time out …").
function isStudentLine(lines: PasteLines, table: LineTable, event: MutableLogEvent): boolean {
  if (table.kinds[event.line] === LINE_COMMAND || event.target !== undefined || event.pid !== undefined || event.timeInWords) return true;
  if (event.kind !== 'kill') return false;
  if (SHELL_KILL.test(lineText(lines, event.line, 4096))) return true;
  const above = event.line - 1;
  if (above < 0) return false;
  const command = lineText(lines, above, 4096);
  if (!KILL_WORD.test(command) && !COMMAND_KILL_PATTERN.test(command)) return false;
  if (table.kinds[above] === LINE_COMMAND) return true;
  const printed = findDateOutputStamp(lines, table, above);
  return printed !== undefined && printed.end === event.time?.end;
}

// A line of the output of the last command typed above it (command-output.ts isProgramOutput), in the terminal
// where node3 runs as a background job: the program's line, no file's.
function isProgramOutputLine(lines: PasteLines, table: LineTable, event: MutableLogEvent): boolean {
  if (event.time === undefined || event.time.end >= lines.ends[event.line]!) return false;
  const command = findLastCommand(table.kinds, event.line);
  return command >= 0 && isProgramOutput(lineText(lines, command, 4096), lines.text.slice(event.time.end, Math.min(lines.ends[event.line]!, event.time.end + 48)));
}

// A line below a command typed after the last line that names a writer, a command that prints no logs (`python3
// kvclient.py`, `./kv_cli put k 1`, `curl …`), in a terminal where no job runs in the background: the program's
// output, no file's (adv51c-30's `client PUT k10 -> node1 failed: [Errno 111] Connection refused` under the grep of
// three logs was node3's detection).
function isLaterCommandsOutput(lines: PasteLines, table: LineTable, anchors: readonly Anchor[], event: MutableLogEvent): boolean {
  const command = findLastCommand(table.kinds, event.line);
  if (command < 0) return false;
  let anchored = -1;
  for (const anchor of anchors) {
    if (anchor.line >= event.line) break;
    anchored = anchor.line;
  }
  return command > anchored && !printsLogLines(lineText(lines, command, 4096)) && !launchesInBackground(lines, table, event.line);
}

// Whether a command above line `before` started a job in the background (`./kv_node --id 3 &`): its lines may come
// under any later command of that terminal.
function launchesInBackground(lines: PasteLines, table: LineTable, before: number): boolean {
  for (let i = before - 1; i >= 0; i--) if (table.kinds[i] === LINE_COMMAND && findJobEnds(lineText(lines, i, 4096)).length > 0) return true;
  return false;
}

const openFile = (start: number): FileRun => ({ start, end: start, counts: new Map(), names: new Set(), processes: new Set() });

// The one name the file states, else its most frequent id.
function chooseWriter(run: FileRun): string {
  if (run.names.size === 1) return [...run.names][0]!;
  let best = '';
  let most = 0;
  for (const [key, count] of run.counts) {
    if (count > most) {
      best = key;
      most = count;
    }
  }
  return best;
}

// Events that show their writer: a node from a prefix, tag, field or section, the one a startup line introduces
// (glog's `main.cc:61] kv_node id=2 listening on …`) or a writer key in the message names (logback's MDC `kv.raft.RaftNode
// node=2, term=3 - …`: a key, no guess, so no time jump may give its line to another file); else the member id the
// message starts with; else zap's local-member-id field.
// Whether the anchor's line shows another process than the file's lines so far (a shuffled merge put two pid-tagged
// writers side by side: a name one line states is no reason the other's lines are its).
const isOtherProcess = (file: FileRun, anchor: Anchor): boolean => anchor.process !== undefined && file.processes.size > 0 && !file.processes.has(anchor.process);

function findAnchors(lines: PasteLines, table: LineTable, events: readonly MutableLogEvent[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (const event of events) {
    const anchor = anchorOf(lines, table, event);
    if (anchor === undefined) continue;
    const process = table.nodeFrom[event.line] === PROCESS_ID_SOURCE ? table.nodes[event.line] : undefined;
    anchors.push(process === undefined ? anchor : { ...anchor, process });
  }
  return anchors;
}

const PROCESS_ID_SOURCE = NODE_SOURCES.indexOf('process-id');

// The anchor an event's line gives, if any (findAnchors).
function anchorOf(lines: PasteLines, table: LineTable, event: MutableLogEvent): Anchor | undefined {
  const { line } = event;
  if (event.node !== undefined && !GUESSED_SOURCES.has(event.nodeFrom)) return { line, key: event.node, named: true, startup: false };
  if (event.node !== undefined && event.kind === 'startup' && event.nodeFrom === 'message' && introducesOneNode(lines, event)) return { line, key: event.node, named: true, startup: true };
  if (event.node !== undefined && event.nodeFrom === 'message' && findKeyedOwnNode(lineText(lines, line, 4096)) === event.node) return { line, key: event.node, named: true, startup: false };
  if (event.subject !== undefined) return { line, key: event.subject, named: false, startup: false };
  // A process column (Ruby Logger's `#29895`, syslog's `kv_node[11525]`) shows its writing process, as a member id does.
  if (event.node !== undefined && event.nodeFrom === 'process-id') return { line, key: event.node, named: false, startup: false };
  if (table.kinds[line] === LINE_JSON) {
    const local = LOCAL_MEMBER_ID.exec(lineText(lines, line, 4096));
    if (local) return { line, key: local[1]!, named: false, startup: false };
  }
  return undefined;
}

// A startup line naming one node introduces it; a launcher's `starting node1 node2 node3 (logs in logs/)` none.
// (`kv_node 1 listening on …` names node1 in words NODE_ANY does not read: readSpacedStartupNode.)
function introducesOneNode(lines: PasteLines, event: MutableLogEvent): boolean {
  // Its peers list names the others (`kv_node node2 starting pid=12481 port=25022 peers=node1,node3`, adv67e-18).
  const text = lineText(lines, event.line, 4096).replace(PEERS_LIST, ' ');
  const mentioned = findMentionedNodes(text);
  return mentioned.length === 1 || (mentioned.length === 0 && readSpacedStartupNode(text) === event.node);
}

// A start line's list of the other members (`peers=node1,node3`, `peers: [n1, n3]`, `--peers node1:7001,node3:7003`).
const PEERS_LIST = /\b(?:peers?|members?|cluster)["']?\s?[=:]\s?\[?[^\s,\]]*(?:,\s?[^\s,\]]+)*\]?/gi;

// A file's time runs back at its start by at least this much (its node started before the previous file's ended), more
// than a clock's jitter between threads of one process (RabbitMQ's lines run back by up to 1.5 ms).
const FILE_START_JUMP_MS = 1000;

/**
 * The one `$ cat node1.log node2.log node3.log` of a paste whose lines name no writer, when time runs back (by
 * FILE_START_JUMP_MS or more) exactly once less often than it names files in the lines it printed, up to the next
 * command or header: the runs between those jumps are its files in its order, each file's writer the name its path
 * gives (findNodeInPath, fileStem). Undefined (events untouched) for no such command, several, names missing or
 * shared, or another number of jumps (a file that starts after the previous one ends, a clock stepped back).
 */
function attributeCatFiles(lines: PasteLines, table: LineTable, events: MutableLogEvent[]): FileRuns | undefined {
  let command = -1;
  let files: string[] | undefined;
  for (let i = 0; i < lines.count; i++) {
    if (table.kinds[i] !== LINE_COMMAND) continue;
    const named = findCatFiles(lineText(lines, i, 4096));
    if (named === undefined) continue;
    if (files !== undefined) return undefined;
    [command, files] = [i, named];
  }
  if (files === undefined) return undefined;
  const writers = files.map((path) => findNodeInPath(path) ?? fileStem(path.replace(/\\/g, '/')));
  if (writers.some((w) => w === undefined) || new Set(writers).size !== writers.length) return undefined;
  const starts = [command + 1];
  let end = command + 1;
  let previous: Stamp | undefined;
  for (; end < lines.count && table.kinds[end] !== LINE_COMMAND && table.kinds[end] !== LINE_HEADER; end++) {
    const stamp = fileLineStampOf(lines, table, end);
    if (stamp === undefined) continue;
    if (previous !== undefined && backwardsMs(previous, stamp) >= FILE_START_JUMP_MS) starts.push(end);
    previous = stamp;
  }
  if (starts.length !== files.length) {
    // A loop of `tail -n K` (`for f in node2 node3; do tail -n 2 $f.log; done`, adv67h-27) prints K lines a file: as many
    // lines as that, cut every K, are its files (a file's start need not run back a second: its last lines were).
    const k = findLoopedTailLines(lineText(lines, command, 4096)) ?? 0;
    const printed: number[] = [];
    for (let i = command + 1; i < end; i++) if (table.kinds[i] === LINE_LOG) printed.push(i);
    if (k === 0 || printed.length !== k * files.length) return undefined;
    starts.length = 0;
    for (let n = 0; n < files.length; n++) starts.push(printed[n * k]!);
  }
  let f = -1;
  for (const event of events) {
    if (event.line <= command || event.line >= end) continue;
    while (f + 1 < starts.length && event.line >= starts[f + 1]!) f++;
    if (f < 0 || isStudentLine(lines, table, event)) continue;
    event.node = writers[f]!;
    event.nodeFrom = 'file-run';
  }
  return { writers: writers as string[], aliases: new Map() };
}

// Startup banners naming their node (NODE_BANNER) on stamped log lines, in paste order.
function findBannerAnchors(lines: PasteLines, table: LineTable): Anchor[] {
  const text = lines.text;
  const anchors: Anchor[] = [];
  for (let at = text.indexOf(NODE_BANNER_KEY); at >= 0; at = text.indexOf(NODE_BANNER_KEY, at + NODE_BANNER_KEY.length)) {
    const line = lineAt(lines, at);
    if (table.kinds[line] !== LINE_LOG || table.stampAt[line]! < 0 || table.stampAt[line]! >= at) continue;
    const banner = NODE_BANNER.exec(text.slice(at - 1 < lines.starts[line]! ? at : at - 1, lines.ends[line]));
    if (banner) anchors.push({ line, key: banner[1]!, named: true, startup: false });
    at = lines.ends[line]!;
  }
  return anchors;
}

/**
 * The first line of a file that starts after line `after` and at or before line `upTo`: the stamped line where time
 * jumps back the most (surely back: a whole-second stamp after a µs one is no jump). -1 when time never goes back.
 */
function findFileStart(lines: PasteLines, table: LineTable, after: number, upTo: number): number {
  return findLargestJumpBack(lines, table, after, upTo).line;
}

// Where time jumps back the most between lines `after` and `upTo` (findFileStart), and by how much (ms; 0, line -1: never).
function findLargestJumpBack(lines: PasteLines, table: LineTable, after: number, upTo: number): { line: number; jumpMs: number } {
  let previous: Stamp | undefined;
  let line = -1;
  let jumpMs = 0;
  for (let i = after; i <= upTo; i++) {
    const stamp = fileLineStampOf(lines, table, i);
    if (stamp === undefined) continue;
    if (previous !== undefined) {
      const backMs = backwardsMs(previous, stamp);
      if (backMs > jumpMs) [line, jumpMs] = [i, backMs];
    }
    previous = stamp;
  }
  return { line, jumpMs };
}

// Whether a file's own stamped lines run back in time by a file start's jump (FILE_START_JUMP_MS) anywhere.
function runsBack(lines: PasteLines, table: LineTable, run: FileRun): boolean {
  return findLargestJumpBack(lines, table, run.start, run.end).jumpMs >= FILE_START_JUMP_MS;
}

// The time a program wrote on line i, at its head or (time-last-lines.ts) at its end; undefined for another line.
function fileLineStampOf(lines: PasteLines, table: LineTable, i: number): Stamp | undefined {
  const kind = table.kinds[i];
  if (kind !== LINE_LOG && kind !== LINE_JSON) return undefined;
  return table.stampAt[i]! >= 0 ? stampOf(lines, table, i) : kind === LINE_LOG ? findTimeLastStamp(lines, table, i) : undefined;
}

// How far `next` is surely before `previous` on the wall clock (0 when it may not be): `next` may be as late as its
// precision allows. Compared within ±12 h, so a day boundary is no jump back.
function backwardsMs(previous: Stamp, next: Stamp): number {
  let deltaMs = (previous.dayMs - next.dayMs) % DAY_MS;
  if (deltaMs > DAY_MS / 2) deltaMs -= DAY_MS;
  else if (deltaMs <= -DAY_MS / 2) deltaMs += DAY_MS;
  return deltaMs - next.precisionMs >= 0 && deltaMs > 0 ? deltaMs : 0;
}
