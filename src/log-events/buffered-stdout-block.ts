// A node's time going back because its log is two streams into one file, one of them buffered: a C program's printf
// lines (stdout, fully buffered when it is a file or pipe: written 4096 bytes at a time and at exit) reach the file in
// a block after its fprintf(stderr, …) lines (unbuffered), though many were written earlier. The file then reads:
// the stderr lines, then a block of stdout lines running in time order from before them to after them. Another run,
// a second copy of the log or chunks pasted out of order read otherwise (the block ends before the lines it went back
// over, or repeats them, or a command or file header stands between), and keep their own question.
import type { LogEvent } from './log-event.js';
import { startsWithShellPrompt } from './shell-prompt.js';

/** 0-based paste lines of a buffered block and of the node's lines just above it that it went back over. */
export interface BufferedStdoutBlock {
  /** The block's first line (where the node's time goes back) and its last (where the block stops going forward). */
  readonly first: number;
  readonly last: number;
  /** The node's lines above the block stamped later than its start: written later, they reached the file first. */
  readonly overtakenFirst: number;
  readonly overtakenLast: number;
}

// How far before its own start line a block's first line may be stamped (a line printed to stdout just before the
// start line went to stderr): more is no output of the process that started there.
const BEFORE_START_MS = 1000;

// `==> node2.log <==`: `tail`/`head` of several files starts each file so; a file of its own is no flushed block.
const FILE_HEADER = /^==> .* <==\s*$/;

/**
 * Why: TIMESTAMPS_BACKWARDS asks "another run?", when a C node's buffered stdout is the likely cause (see above).
 * The buffered block starting at event `back` (the node's event whose time went back), or undefined when the node's
 * lines do not read so: its lines before it are stamped at or before it except a run just above it (the overtaken
 * lines), its lines from `back` go forward in time to at or after the last of those, none of them repeats an overtaken
 * line, and no shell command or file header stands between. `textOf`: a paste line's text.
 */
export function findBufferedStdoutBlock(
  events: readonly LogEvent[],
  times: readonly (number | undefined)[],
  back: number,
  textOf: (line: number) => string,
): BufferedStdoutBlock | undefined {
  const node = events[back]!.node;
  const startMs = times[back];
  if (node === undefined || startMs === undefined) return undefined;
  // The node's timed events in paste order; `at`: the back step's place among them.
  const own: number[] = [];
  let at = -1;
  for (let k = 0; k < events.length; k++) {
    if (events[k]!.node !== node || times[k] === undefined) continue;
    if (k === back) at = own.length;
    own.push(k);
  }
  const ms = (i: number): number => times[own[i]!]!;
  // The overtaken run just above the block: stamped after its start; every line above that run, at or before it.
  let from = at;
  while (from > 0 && ms(from - 1) > startMs) from--;
  if (from === at) return undefined;
  for (let i = 0; i < from; i++) if (ms(i) > startMs) return undefined;
  // Stamped well before the node's own start line among the lines it went back over: no output of that process
  // (adv55h-13's edited line, 5.9 s before its writer started).
  for (let i = from; i < at; i++) if (events[own[i]!]!.kind === 'startup' && ms(i) - startMs > BEFORE_START_MS) return undefined;
  let overtakenLastMs = -Infinity;
  for (let i = from; i < at; i++) overtakenLastMs = Math.max(overtakenLastMs, ms(i));
  // The block: forward in time from its start, and reaching at least the last overtaken line (they interleave in time).
  let to = at;
  while (to + 1 < own.length && ms(to + 1) >= ms(to)) to++;
  if (ms(to) < overtakenLastMs) return undefined;
  // A second copy repeats lines; a block of its own file or command output has a header or a prompt before it.
  const overtaken = new Set<string>();
  for (let i = from; i < at; i++) overtaken.add(textOf(events[own[i]!]!.line).trimEnd());
  for (let i = at; i <= to; i++) if (overtaken.has(textOf(events[own[i]!]!.line).trimEnd())) return undefined;
  const overtakenLast = events[own[at - 1]!]!.line;
  for (let line = overtakenLast + 1; line < events[back]!.line; line++) {
    const text = textOf(line);
    if (FILE_HEADER.test(text) || startsWithShellPrompt(text.trimStart())) return undefined;
  }
  return { first: events[back]!.line, last: events[own[to]!]!.line, overtakenFirst: events[own[from]!]!.line, overtakenLast };
}
