// A program writes its time at the head of its line (or behind a prefix column, a `^C`, a weekday), or at its end in
// one shape line after line (time-last-lines.ts); a student's sentence carries one inside its words: "kill um 14:03:11,482, both followers time out (split vote …)", an echoed
// "killing leader at 12:00:01.123". Such a line is no program's log line: no file's in a cat of whole files, and a
// kill it states yields to the killed node's own line at the same instant (log-facts.ts joinKillRecords).
import { isAsciiDigit, isAsciiLetter, isSpaceOrTab as isSpace } from './char-codes.js';
import { classifyLine, type EventPatterns } from './classify-line.js';
import { ALL_EVENT_PATTERNS } from './default-patterns.js';
import type { MutableLogEvent } from './log-event.js';
import { parseTimestampAt, type Stamp } from './parse-timestamp.js';
import { lineText, type PasteLines } from './paste-lines.js';
import { stampOf, type LineTable } from './scan-lines.js';
import { findTimeLastStamp } from './time-last-lines.js';
import { isWriterFromWords } from './writer-from-words.js';

/** Words a sentence has before its time at least ("kill um", "killed at"): one word is a level, a host, a weekday. */
const SENTENCE_WORDS = 2;

// A word of a sentence: two or more letters, maybe closed by punctuation (`lab:`, `down,`), nothing else.
const isWordEnd = (c: number): boolean => c === 44 || c === 46 || c === 58 || c === 59 || c === 33 || c === 63;
// Latin letters with accents too (`über`, `après`); no symbol, box-drawing rule or emoji is one.
const isLetter = (c: number): boolean => isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/**
 * Whether `time`, the stamp read for the line text[start, end) whose head holds none, is written inside words: it is
 * the line's first time and at least SENTENCE_WORDS words stand before it. A finer stamp after a head's coarse one
 * (journalctl's `Mon 2026-11-30 14:03:11 UTC host kv[4101]: [14:03:11.263] …`) is no first time; a time read from
 * another line (a two-line record's head, a `date` output under its command) is not written in this one.
 */
export function isTimeInWords(text: string, start: number, end: number, time: Pick<Stamp, 'end'>): boolean {
  if (time.end <= start || time.end > end) return false;
  let words = 0;
  // Letters of the current token so far; -1 once it holds anything but letters and a closing punctuation mark.
  let letters = 0;
  for (let k = start; k < time.end; k++) {
    const c = text.charCodeAt(k);
    const prev = k > start ? text.charCodeAt(k - 1) : 32;
    // Where the head scan's search tries a time: a digit after no digit, a letter after no letter or digit.
    if ((isAsciiDigit(c) && !isAsciiDigit(prev)) || (isLetter(c) && !isLetter(prev) && !isAsciiDigit(prev))) {
      const stamp = parseTimestampAt(text, k, end);
      if (stamp !== undefined) return stamp.end === time.end && words >= SENTENCE_WORDS;
    }
    if (isSpace(c)) {
      if (letters >= 2) words++;
      letters = 0;
    } else if (letters >= 0) {
      if (isLetter(c)) letters++;
      else if (!(isWordEnd(c) && letters >= 2 && k + 1 < end && isSpace(text.charCodeAt(k + 1)))) letters = -1;
    }
  }
  return false;
}

// Writers a line gets from where it stands (a `==>` section, a file's run in a cat) or from a name in its words: not
// marked on the line itself, so a sentence under a node's section gets one too.
const isPlacedWriter = (from: MutableLogEvent['nodeFrom']): boolean =>
  from === undefined || from === 'section' || from === 'file-run' || from === 'file-name' || from === 'message' || from === 'subject' || from === 'caller';

/**
 * Removes from `events` those of a student's sentence that is no kill: a line whose own time sits inside its words
 * (isTimeInWords; not a program's time-last line) and whose writer only its place or words give ("kill at
 * 14:05:33.301Z = 19:50:33.301 here. n2 EOF after 2 ms, n3 timer after 218 ms." under n3's `==>` section). It restates
 * what nodes logged, in other clocks and sums: no node's log line, so neither a detection nor a time on a node's
 * clock. A kill so stated stays, as markKillsInWords reads it.
 */
export function dropSentenceEvents(lines: PasteLines, table: LineTable, events: MutableLogEvent[]): void {
  let kept = 0;
  for (let k = 0; k < events.length; k++) {
    const event = events[k]!;
    if (event.kind === 'kill' || table.stampAt[event.line]! >= 0 || event.time === undefined || !isPlacedWriter(event.nodeFrom) || stampStatedInWords(lines, table, event) === undefined) events[kept++] = event;
  }
  events.length = kept;
}

// The line's own stamp when the event's time is that stamp and it sits inside the line's words (isTimeInWords; not a
// program's time-last stamp); undefined otherwise.
function stampStatedInWords(lines: PasteLines, table: LineTable, event: MutableLogEvent): Stamp | undefined {
  // The time read from the line's own text (a journal record's MESSAGE line takes its record's, a date's command the
  // output's below it).
  const own = stampOf(lines, table, event.line);
  if (own === undefined || own.end !== event.time!.end || own.ms !== event.time!.ms) return undefined;
  // A program's line timed at its end (`WARN  received SIGTERM, shutting down (10:00:00.100)`) is no sentence.
  if (findTimeLastStamp(lines, table, event.line) !== undefined) return undefined;
  return isTimeInWords(lines.text, lines.starts[event.line]!, lines.ends[event.line]!, own) ? own : undefined;
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
  for (const event of events) {
    if (event.kind !== 'kill' || event.time === undefined || table.stampAt[event.line]! >= 0) continue;
    const own = stampStatedInWords(lines, table, event);
    if (own === undefined) continue;
    const start = lines.starts[event.line]!;
    event.timeInWords = true;
    const text = lineText(lines, event.line, 4096);
    // The student wrote the sentence: a node only its words name is what it is about.
    if (isWriterFromWords(event, text)) {
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
  return stated;
}
