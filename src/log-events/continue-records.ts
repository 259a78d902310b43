// A stack trace continues the log record above it: Java's exception line and `\tat …` frames (`Caused by: …`,
// `... 3 more`), Python's `Traceback (most recent call last):`, `  File "…", line N, in f`, quoted source lines and
// the final `ConnectionResetError: …`, Go's `panic: …`, `goroutine 12 [running]:`, `main.(*Node).run(…)` and
// `\t/path/node.go:214 +0x3c5`. Those lines carry no time and no node of their own: they are the record's writer's,
// at the record's time. Only an exception line can mean something ("java.net.SocketException: Connection reset" is
// that node noticing the lost connection); frames and quoted source are never events. Read only for the few event
// lines without a time, so the cost does not grow with the paste.
import type { Stamp } from './parse-timestamp.js';
import { lineText, type PasteLines } from './paste-lines.js';
import { LINE_BLANK, LINE_JSON, LINE_LOG, stampOf, type LineTable } from './scan-lines.js';

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
