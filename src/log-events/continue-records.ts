// A stack trace continues the log record above it: Java's exception line and `\tat …` frames (`Caused by: …`,
// `... 3 more`), Python's `Traceback (most recent call last):`, `  File "…", line N, in f`, quoted source lines and
// the final `ConnectionResetError: …`, Go's `panic: …`, `goroutine 12 [running]:`, `main.(*Node).run(…)` and
// `\t/path/node.go:214 +0x3c5`. Those lines carry no time and no node of their own: they are the record's writer's,
// at the record's time. Only an exception line can mean something ("java.net.SocketException: Connection reset" is
// that node noticing the lost connection); frames and quoted source are never events. Read only for the few event
// lines without a time, so the cost does not grow with the paste.
//
// A journal record (journalctl `-o verbose`, `-o export`, `-o json-pretty`; journal-fields.ts) is one record over
// many lines: its MESSAGE line is the event, at the record's time (continueRecordStamp), written by the node its
// fields name (a template unit `kv@2.service`, a host; the key the paste's records vary by, as for JSON lines); its
// other field lines are never events. Read only for event lines that look like a field line.
import { JOURNAL_NAME_FIELDS, readJsonNode, type JsonName } from './attribute-node.js';
import { isJsonRecordBrace, isVerboseRecordHead, journalFieldStamp, journalFieldText, readJournalField, type JournalField } from './journal-fields.js';
import type { Stamp } from './parse-timestamp.js';
import { lineText, type PasteLines } from './paste-lines.js';
import { LINE_BLANK, LINE_COMMAND, LINE_JSON, LINE_LOG, stampOf, type LineTable } from './scan-lines.js';

/** What a line is inside a stack trace: an exception (its message may mean something), or any other trace line. */
export type TraceLineKind = 'exception' | 'frame' | 'blank';

// A trace seen by these is a trace (a line that only looks like an exception name is not enough).
const TRACE_MARKER = /^(?:\s+at [\w$.<>/]|Traceback \(most recent call last\):|\s+File "|goroutine \d+ \[|(?:Caused by|Suppressed): )/;
const FRAME =
  /^(?:\s|Traceback \(most recent call last\):|During handling of the above exception|The above exception was the direct cause|goroutine \d+ \[[^\]]*\]:$|created by |exit status \d+$|\[signal |[\w$./*()[\]-]+\(.*\)$)/;
const EXCEPTION =
  /^(?:panic: |(?:Caused by|Suppressed): |Exception in thread "|(?:[A-Za-z_$][\w$]*\.)+[A-Za-z_$][\w$]*(?::\s|:?$)|[A-Z]\w*(?:Error|Exception|Exit|Interrupt|Warning|Timeout)(?::\s|$))/;

const NOT_BLANK = /\S/;

/** The trace line kind of `text` (a line without a time), or undefined when it is no trace line. */
export function readTraceLine(text: string): TraceLineKind | undefined {
  if (!NOT_BLANK.test(text)) return 'blank';
  if (FRAME.test(text)) return 'frame';
  if (EXCEPTION.test(text)) return 'exception';
  return undefined;
}

/** The record a stack-trace line continues: its head line (the stamped line above the trace), and the line's kind. */
export interface TraceContinuation {
  readonly head: number;
  readonly headStamp: Stamp;
  readonly kind: TraceLineKind;
}

const MAX_TRACE_LINES = 400;

/**
 * Whether line `i` (which has no time) continues a stack trace under a stamped log line, and which. A trace is a run
 * of trace lines (blank lines allowed) right under a stamped line, with at least one line only traces write (`\tat`,
 * `Traceback …`, `  File "…"`, `goroutine N [`, `Caused by:`).
 */
export function findTraceContinuation(lines: PasteLines, table: LineTable, i: number): TraceContinuation | undefined {
  const frameless = findFramelessException(lines, table, i);
  if (frameless !== undefined) return frameless;
  const kind = readTraceLine(lineText(lines, i, 4096));
  if (kind === undefined || kind === 'blank') return undefined;
  let marked = TRACE_MARKER.test(lineText(lines, i, 256));
  let head = -1;
  let headStamp: Stamp | undefined;
  for (let k = i - 1; k >= 0 && i - k <= MAX_TRACE_LINES; k--) {
    const lineKind = table.kinds[k];
    if (lineKind !== LINE_LOG && lineKind !== LINE_JSON && lineKind !== LINE_BLANK) return undefined;
    const stamp = lineKind === LINE_BLANK ? undefined : stampOf(lines, table, k);
    if (stamp !== undefined) {
      head = k;
      headStamp = stamp;
      break;
    }
    const text = lineText(lines, k, 256);
    if (readTraceLine(text) === undefined) return undefined;
    marked ||= TRACE_MARKER.test(text);
  }
  if (head < 0 || headStamp === undefined) return undefined;
  // Java and Go name the exception before their frames: look below for the marker.
  for (let k = i + 1; !marked && k < lines.count && k - i <= MAX_TRACE_LINES; k++) {
    const lineKind = table.kinds[k];
    if ((lineKind !== LINE_LOG && lineKind !== LINE_BLANK) || table.stampAt[k]! >= 0) break;
    const text = lineText(lines, k, 256);
    if (readTraceLine(text) === undefined) break;
    marked = TRACE_MARKER.test(text);
  }
  return marked ? { head, headStamp, kind } : undefined;
}

// A record's words saying an exception follows: `Exception when following the leader`, `Unexpected exception`, `error:`.
const ANNOUNCES_EXCEPTION = /\b(?:exception|error)\b/i;
// A package-qualified exception name: `java.io.EOFException`, `System.IO.IOException`.
const QUALIFIED_EXCEPTION = /^[A-Za-z_$][\w$]*\.[\w$.]*(?:Exception|Error)\b/;
// A grep prefix's file path: no blank, no colon.
const GREP_PATH = /^[^\s:]+$/;
// An exception's name as a Java, Python or C# runtime prints it, its message after `: ` if any.
const CONTEXT_EXCEPTION = /^(?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*(?:Exception|Error)(?::\s|$)/;

/**
 * An exception line shown without its frames under the record it belongs to: right under a record whose words announce
 * it (`grep -A1` of one file), or grep's context line of a record (`grep -H -A1`: `zk1/logs/zookeeper.log-java.io.EOFException` under
 * `zk1/logs/zookeeper.log:2026-12-05 18:31:44,658 - WARN … Exception when following the leader`, adv58d-29): the same
 * file's prefix with grep's `-` for its `:`, right under the stamped match or under context lines of that file that
 * are trace lines. The file's structure shows the line is the record's, so its exception line needs no frame below it.
 */
function findFramelessException(lines: PasteLines, table: LineTable, i: number): TraceContinuation | undefined {
  const text = lines.text;
  const start = lines.starts[i]!;
  // The nearest stamped line above (grep's context lines of its file between, checked below).
  let head = i - 1;
  while (head >= 0 && i - head <= MAX_TRACE_LINES && table.stampAt[head]! < 0) {
    if (table.kinds[head] !== LINE_LOG) return undefined;
    head--;
  }
  if (head < 0 || i - head > MAX_TRACE_LINES) return undefined;
  const headStart = lines.starts[head]!;
  // No prefix (`grep -A1` of one file): the exception right under its record (ZooKeeper's `… - Exception when following
  // the leader`, then `java.io.EOFException`, adv58d-07; `read from leader node1 failed`, adv58e-38).
  const own = text.slice(start, Math.min(lines.ends[i]!, start + 4096));
  if (head === i - 1 && CONTEXT_EXCEPTION.test(own)) {
    // A runtime's qualified name (`java.io.EOFException`) is no line of a student's; a bare one needs the record's word.
    const announced = QUALIFIED_EXCEPTION.test(own) || ANNOUNCES_EXCEPTION.test(text.slice(headStart, Math.min(lines.ends[head]!, headStart + 4096)));
    const headStamp = announced ? stampOf(lines, table, head) : undefined;
    if (headStamp !== undefined) return { head, headStamp, kind: 'exception' };
  }
  const prefixChars = table.stampAt[head]! - headStart;
  // `path:` right before the time, a path with no blank in it.
  if (prefixChars < 2 || text.charCodeAt(headStart + prefixChars - 1) !== 58 || !GREP_PATH.test(text.slice(headStart, headStart + prefixChars - 1))) return undefined;
  const isContextOfHead = (k: number): boolean =>
    text.charCodeAt(lines.starts[k]! + prefixChars - 1) === 45 && text.startsWith(text.slice(headStart, headStart + prefixChars - 1), lines.starts[k]!);
  for (let k = head + 1; k < i; k++) if (!isContextOfHead(k) || readTraceLine(text.slice(lines.starts[k]! + prefixChars, lines.ends[k]!)) === undefined) return undefined;
  if (!isContextOfHead(i)) return undefined;
  if (!CONTEXT_EXCEPTION.test(text.slice(start + prefixChars, Math.min(lines.ends[i]!, start + prefixChars + 4096)))) return undefined;
  const headStamp = stampOf(lines, table, head);
  return headStamp === undefined ? undefined : { head, headStamp, kind: 'exception' };
}

/** The journal record a field line belongs to: the line's field, what gives the record its time, and its name fields. */
export interface JournalRecord {
  readonly field: JournalField;
  /** The record's head line (verbose) or its `__REALTIME_TIMESTAMP` field line, with the time it gives; undefined without one. */
  readonly head: { readonly text: string; readonly stamp: Stamp | undefined } | undefined;
  /** The record's name fields (units, host), most trusted first, as a JSON line's (readJsonNode); undefined when none names a node. */
  readonly names: readonly JsonName[] | undefined;
}

const MAX_RECORD_LINES = 400;

/**
 * The journal record line `i` is a field of, or undefined (no field line, or no whole record around it: a verbose
 * record under its stamped head with its cursor, a json-pretty one between `{` and `}`, an export one between blank
 * lines with a `__REALTIME_TIMESTAMP` or `__CURSOR`).
 */
export function findJournalRecord(lines: PasteLines, table: LineTable, i: number): JournalRecord | undefined {
  // Most lines start with what no field line does (a digit, a lower-case letter, `[`): no slice for them.
  const c = lines.text.charCodeAt(lines.starts[i]!);
  if (c !== 32 && c !== 9 && c !== 95 && !(c >= 65 && c <= 90)) return undefined;
  const field = readJournalField(lineText(lines, i, 96));
  if (field === undefined) return undefined;
  // The record's field lines, line i's first.
  const fields: { readonly line: number; readonly field: JournalField }[] = [{ line: i, field }];
  let first = i;
  for (let k = i - 1; k >= 0 && i - k <= MAX_RECORD_LINES; k--) {
    const f = readJournalField(lineText(lines, k, 512));
    if (f === undefined || f.style !== field.style) break;
    fields.push({ line: k, field: f });
    first = k;
  }
  let last = i;
  for (let k = i + 1; k < lines.count && k - i <= MAX_RECORD_LINES; k++) {
    const f = readJournalField(lineText(lines, k, 512));
    if (f === undefined || f.style !== field.style) break;
    fields.push({ line: k, field: f });
    last = k;
  }
  const before = first - 1;
  let head: JournalRecord['head'];
  if (field.style === 'verbose') {
    // The head's time (`Mon 2026-11-30 14:03:08.912004 UTC`, journalctl's own format) is where stampOf finds it.
    const found = before < 0 || table.kinds[before] !== LINE_LOG ? undefined : stampOf(lines, table, before);
    const start = lines.starts[before]!;
    if (found === undefined || found.end <= start || found.end > lines.ends[before]!) return undefined;
    const text = lineText(lines, before, 512);
    const stamp = { ...found, end: found.end - start };
    if (!isVerboseRecordHead(text.slice(stamp.end, stamp.end + 48))) return undefined;
    head = { text, stamp };
  } else {
    if (field.style === 'json') {
      if (before < 0 || last + 1 >= lines.count || !isJsonRecordBrace(lineText(lines, before, 8), '{') || !isJsonRecordBrace(lineText(lines, last + 1, 8), '}')) return undefined;
    } else if (before >= 0 && table.kinds[before] !== LINE_BLANK && table.kinds[before] !== LINE_COMMAND) return undefined;
    // An export record is the journal's only by its own fields (a `KEY=value` block could be anything else).
    let journal = field.style === 'json';
    for (const f of fields) {
      if (f.field.key === '__CURSOR') journal = true;
      const stamp = journalFieldStamp(f.field);
      if (stamp === undefined) continue;
      journal = true;
      head = { text: lineText(lines, f.line, 96), stamp };
    }
    if (!journal) return undefined;
  }
  let namesText = '';
  for (const { field: f } of fields) {
    if (!JOURNAL_NAME_FIELDS.has(f.key)) continue;
    const value = journalFieldText(f);
    if (value !== undefined && !value.includes('"') && !value.includes('\\')) namesText += `"${f.key}":"${value}" `;
  }
  return { field, head, names: namesText === '' ? undefined : readJsonNode(namesText).names };
}
