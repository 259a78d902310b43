// A program writes its time at the head of its line (or behind a prefix column, a `^C`, a weekday), or at its end in
// one shape line after line (time-last-lines.ts); a student's sentence carries one inside its words: "kill um
// 14:03:11,482, both followers time out (split vote …)", an echoed "killing leader at 12:00:01.123". Where a line's time
// sits is all this module tells; what such a line is (the student's, no node's) is student-lines.ts's.
import { isAsciiDigit, isAsciiLetter, isCjk, isSpaceOrTab as isSpace } from './char-codes.js';
import { parseTimestampAt, type Stamp } from './parse-timestamp.js';
import type { PasteLines } from './paste-lines.js';
import { stampOf, type LineTable } from './scan-lines.js';
import { findTimeLastStamp } from './time-last-lines.js';

/** Words a sentence has before its time at least ("kill um", "killed at"): one word is a level, a host, a weekday. */
const SENTENCE_WORDS = 2;

// A word of a sentence: two or more letters, maybe closed by punctuation (`lab:`, `down,`), nothing else.
const isWordEnd = (c: number): boolean => c === 44 || c === 46 || c === 58 || c === 59 || c === 33 || c === 63;
// Latin letters with accents too (`über`, `après`); no symbol, box-drawing rule or emoji is one.
const isLetter = (c: number): boolean => isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

// A time key's value (`timestamp=2026-12-07T02:39:34.798247Z`, `ts='…'`, structlog's key=value and logfmt renderers
// writing it after the event, adv70b-116/-127): the record's own time field, no time a sentence states.
const TIME_KEY_BEFORE = /(?:^|[\s,{])@?(?:timestamp|ts|time|asctime|datetime)\s?[=:]\s?["']?$/i;

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
      if (stamp !== undefined) return stamp.end === time.end && words >= SENTENCE_WORDS && !TIME_KEY_BEFORE.test(text.slice(Math.max(start, k - 16), k));
    }
    if (isSpace(c)) {
      if (letters >= 2) words++;
      letters = 0;
    } else if (isCjk(c)) {
      // Words written without spaces: a run of them before a time is a sentence's worth ("node3 在 12:51:33,892 …").
      if (letters >= 0) letters = 0;
      if (words < SENTENCE_WORDS) words = SENTENCE_WORDS;
    } else if (letters >= 0) {
      if (isLetter(c)) letters++;
      else if (!(isWordEnd(c) && letters >= 2 && k + 1 < end && isSpace(text.charCodeAt(k + 1)))) letters = -1;
    }
  }
  return false;
}

/**
 * Line i's own time when it sits inside the line's words (isTimeInWords): no time at its head, and not a program's
 * line timed at its end (`WARN  received SIGTERM, shutting down (10:00:00.100)`, time-last-lines.ts). Undefined
 * otherwise. One reading, so every student-line rule (student-lines.ts) agrees on which lines state their time so.
 */
export function findStampInWords(lines: PasteLines, table: LineTable, i: number): Stamp | undefined {
  if (table.stampAt[i]! >= 0) return undefined;
  // The time read from the line's own text (a journal record's MESSAGE line takes its record's, a date's command the
  // output's below it: the caller compares it with its event's).
  const own = stampOf(lines, table, i);
  if (own === undefined || findTimeLastStamp(lines, table, i) !== undefined) return undefined;
  return isTimeInWords(lines.text, lines.starts[i]!, lines.ends[i]!, own) ? own : undefined;
}
