// What a copy put in front of every line: a viewer's or editor's line numbers (`less -N`'s `      2 `, vim's `:set nu`
// `  2 `, `nl`'s, `grep -n`'s `2:`, bat's `   2 │ `), a mail or forum quote's `> ` / `>> ` markers, and a chat's
// message heads (`[06/12/2026, 10:05:12] Ana Silva: `, `[10:25:58] <ana> `). Read with them,
// a `date; kill` record's output row (`      2 02:19:34.009`) was no date's output and the kill went untimed, timed
// instead by the leader's own shutdown line 400 ms later (adv61c: six false passes of slow runs). Each line is read
// without its gutter, numbered as the student's paste numbers it; a wrapped row's continuation (blanks where the
// number stood) loses as many blanks, so joinWrappedRows can join it.
import { PROCFILE_INSTANCE } from './attribute-node.js';
import { isSpaceOrTab } from './char-codes.js';
import { indexRearrangedLines, lineNumber, lineText, type PasteLines } from './paste-lines.js';
import { isTypedDateKill } from './scan-lines.js';
import { isStudentAction } from './student-lines.js';

// Fewer numbered (or quoted) lines than this are no gutter: a paste's own `1 file changed` or a single quoted line.
const MIN_GUTTER_LINES = 3;
// The characters of a line's opening time compared between a quote and the student's own lines (`HH:MM`, `YYYY-`).
const HEAD_CHARS = 5;
// The widest line number a gutter holds.
const MAX_NUMBER_DIGITS = 7;

/**
 * The lines without their gutters (a quote beside the student's own log blanked), or undefined when the paste has none
 * (most pastes: each line's first character says so).
 */
export function stripLineGutters(lines: PasteLines): PasteLines | undefined {
  const undoubled = undoubleLineBreaks(lines);
  let current = undoubled ?? lines;
  // A gutter inside another (a quoted editor's `>    2 | …`, a numbered list of inline-code rows): each in turn.
  for (let round = 0; round < MAX_GUTTER_ROUNDS; round++) {
    // One look at each line's opening says which gutters may be there: the others' passes are not made.
    const opens = readOpenings(current);
    const next =
      ((opens & OPENS_INLINE_MARK) !== 0 ? unwrapInlineCode(current) : undefined) ??
      ((opens & OPENS_NUMBER) !== 0 ? stripNumberGutter(current) : undefined) ??
      stripBulletGutter(current) ??
      ((opens & OPENS_QUOTES) !== 0 ? stripQuoteGutter(current) : undefined) ??
      ((opens & OPENS_CHAT_HEAD) !== 0 ? stripChatGutter(current) : undefined);
    if (next === undefined) break;
    current = next;
  }
  return current === lines ? undefined : current;
}

// readOpenings' bits: a line whose first character after blanks is an inline mark (`` ` `` or `*`: unwrapInlineCode's
// rows); a line opening with a blank or a digit run a gutter's number may end (stripNumberGutter's); MIN_GUTTER_LINES
// lines opening with `>` (stripQuoteGutter's); a line that may open a chat head (mayOpenChatHead: stripChatGutter's).
const OPENS_INLINE_MARK = 1;
const OPENS_NUMBER = 2;
const OPENS_QUOTES = 4;
const OPENS_CHAT_HEAD = 8;

// Which gutters the lines' openings allow (OPENS_* bits), each detector's own first test of a line, made in one pass:
// each detector would read every line's opening in a pass of its own only to find none (a grep or cat paste's lines
// open with `data/` or a date).
function readOpenings(lines: PasteLines): number {
  const { text, starts, ends, count } = lines;
  let opens = 0;
  let quoted = 0;
  for (let i = 0; i < count; i++) {
    const start = starts[i]!;
    const c = text.charCodeAt(start);
    if (isDigit(c)) {
      if (endsDigitRunAsGutter(text, start)) opens |= OPENS_NUMBER;
      if (mayOpenChatHead(text, start)) opens |= OPENS_CHAT_HEAD;
    } else if (c === 96 || c === 42) opens |= OPENS_INLINE_MARK;
    else if (isSpaceOrTab(c)) {
      if (c === 32) opens |= OPENS_NUMBER;
      let p = start;
      while (p < ends[i]! && isSpaceOrTab(text.charCodeAt(p))) p++;
      const first = text.charCodeAt(p);
      if (first === 96 || first === 42) opens |= OPENS_INLINE_MARK;
    } else if (c === 62) {
      if (++quoted >= MIN_GUTTER_LINES) opens |= OPENS_QUOTES;
    } else if ((c === 91 || c === 0x200e) && mayOpenChatHead(text, start)) opens |= OPENS_CHAT_HEAD;
  }
  return opens;
}

// How many gutters one inside another are taken off (a quote, a number, an inline-code mark).
const MAX_GUTTER_ROUNDS = 3;

// The marks a chat or Markdown editor wraps a whole row in: Slack's inline code, bold.
const INLINE_MARKS = ['`', '**'];

/**
 * The lines with each row that a chat or Markdown editor wrapped whole in inline code or bold (`` `23:32:14.241` ``,
 * `**23:32:14.241**`) unwrapped, or undefined when no row is: read with its marks, a `date; kill` record's output row
 * was no date's output, and the kill was timed by the leader's own shutdown line, logged 400 ms later (adv69c-52/-61/-62,
 * false passes).
 */
function unwrapInlineCode(lines: PasteLines): PasteLines | undefined {
  const { text, starts, ends, count } = lines;
  let out: string[] | undefined;
  for (let i = 0; i < count; i++) {
    let p = starts[i]!;
    while (p < ends[i]! && isSpaceOrTab(text.charCodeAt(p))) p++;
    const first = text.charCodeAt(p);
    if (first !== 96 && first !== 42) continue;
    const row = text.slice(p, ends[i]!).trimEnd();
    const mark = INLINE_MARKS.find((m) => row.length > 2 * m.length && row.startsWith(m) && row.endsWith(m) && !row.slice(m.length, -m.length).includes(m[0]!));
    if (mark === undefined) continue;
    out ??= Array.from({ length: count }, (_, k) => text.slice(starts[k]!, ends[k]!));
    out[i] = row.slice(mark.length, -mark.length);
  }
  return out === undefined ? undefined : indexRearrangedLines(out, Array.from({ length: count }, (_, k) => lineNumber(lines, k)));
}

// Fewer non-blank lines than this never tell doubled line breaks from a student's spacing.
const MIN_DOUBLED_LINES = 5;
// A row of blanks alone (a CR left of a CRLF counts as one).
const isBlankAt = (text: string, start: number, end: number): boolean => {
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (!isSpaceOrTab(c) && c !== 13) return false;
  }
  return true;
};

/**
 * The lines of a paste whose every line break came doubled (a web form or chat turning each CRLF into two breaks, a
 * Slack block): no two written lines side by side, a blank row after each. A run of 2k+1 blank rows was k blank lines.
 * Read with the blank rows, `date; kill`'s output stood apart from its command and timed nothing (adv66g-39/-48: the
 * leader's own shutdown line 60-70 ms later timed the kill, a false pass). Undefined when any two written lines touch.
 */
function undoubleLineBreaks(lines: PasteLines): PasteLines | undefined {
  const { text, starts, ends, count } = lines;
  let written = 0;
  let blankBefore = true;
  for (let i = 0; i < count; i++) {
    const blank = isBlankAt(text, starts[i]!, ends[i]!);
    if (!blank && !blankBefore) return undefined;
    if (!blank) written++;
    blankBefore = blank;
  }
  if (written < MIN_DOUBLED_LINES) return undefined;
  const out: string[] = [];
  const numbers: number[] = [];
  let run = 0;
  for (let i = 0; i <= count; i++) {
    const blank = i < count && isBlankAt(text, starts[i]!, ends[i]!);
    if (blank) {
      run++;
      continue;
    }
    // Before the first written line the blanks are the paste's own; between two, one of each pair was added.
    const kept = out.length === 0 ? run : Math.floor((run - 1) / 2);
    for (let k = 0; k < kept; k++) {
      out.push('');
      numbers.push(lineNumber(lines, i - run + k));
    }
    run = 0;
    if (i === count) break;
    out.push(text.slice(starts[i]!, ends[i]!));
    numbers.push(lineNumber(lines, i));
  }
  return indexRearrangedLines(out, numbers);
}

// Where a line number's gutter ends at line i (after its separator: blanks, `:`, or a `│`/`|` column rule and one
// blank), and the number; undefined when the line opens with none.
function readNumberGutter(text: string, start: number, end: number): { number: number; end: number } | undefined {
  let p = start;
  while (p < end && text.charCodeAt(p) === 32) p++;
  const first = p;
  let number = 0;
  for (let c = text.charCodeAt(p); p < end && p - first <= MAX_NUMBER_DIGITS && isDigit(c); c = text.charCodeAt(++p)) number = number * 10 + c - 48;
  if (p === first || p - first > MAX_NUMBER_DIGITS || p >= end) return undefined;
  const c = text.charCodeAt(p);
  if (c === 58) return { number, end: p + 1 };
  // A numbered list's marker (`1. `, `2) `: a document's or chat's list made of the pasted lines, adv66g-40/-51).
  // A word processor's list puts a TAB after the marker (`2.⇥23:32:14.241`: a Google Doc's, adv69c-51).
  if ((c === 46 || c === 41) && (p + 1 >= end || text.charCodeAt(p + 1) === 32 || text.charCodeAt(p + 1) === 9)) return { number, end: Math.min(end, p + 2) };
  if (c !== 32 && c !== 9) return undefined;
  let q = p;
  while (q < end && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
  const rule = text.charCodeAt(q);
  if (rule === 0x2502 || rule === 124) return { number, end: text.charCodeAt(q + 1) === 32 ? q + 2 : q + 1 };
  return { number, end: q };
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

// Whether a quoted line's opening `HH:MM` is within a minute of one of the student's own (adv61g-03: a kill quoted at
// 03:10:59.887, its followers unquoted at 03:11:00): the same run across a minute's turn. Other heads (`2026-`) match
// only as written.
function isNearHead(head: string, own: ReadonlySet<string>): boolean {
  if (own.has(head)) return true;
  const minute = readHeadMinute(head);
  if (minute === undefined) return false;
  for (const other of own) {
    const m = readHeadMinute(other);
    if (m !== undefined && Math.abs(m - minute) <= 1) return true;
  }
  return false;
}

// `HH:MM` as minutes of the day, or undefined.
function readHeadMinute(head: string): number | undefined {
  if (head.length !== 5 || head.charCodeAt(2) !== 58) return undefined;
  const h = Number(head.slice(0, 2));
  const m = Number(head.slice(3, 5));
  return Number.isInteger(h) && Number.isInteger(m) ? h * 60 + m : undefined;
}

// Whether the digits at `start` end where a gutter's number ends (a blank, a TAB or `:`): a log's `2026-11-26T…` does not.
function endsDigitRunAsGutter(text: string, start: number): boolean {
  let p = start + 1;
  while (isDigit(text.charCodeAt(p))) p++;
  const c = text.charCodeAt(p);
  return c === 32 || c === 9 || c === 58 || ((c === 46 || c === 41) && (text.charCodeAt(p + 1) === 32 || text.charCodeAt(p + 1) === 9 || text.charCodeAt(p + 1) === 10 || text.charCodeAt(p + 1) === 13 || p + 1 >= text.length));
}

// Line numbers counting up by one from line to line (rows between them blank or continuing a wrapped line: blanks
// first), on most of the paste's lines.
function stripNumberGutter(lines: PasteLines): PasteLines | undefined {
  const { text, starts, ends, count } = lines;
  // A gutter's first line opens with blanks or a digit: most pastes' first lines say no at once.
  // Made at the first numbered line: most pastes have none.
  let gutters: ({ number: number; end: number; width: number } | undefined)[] | undefined;
  let numbered = 0;
  // Lines that are neither numbered nor a continuation (a viewer's `demo_step2.log (END)`, bat's `File:` header).
  let others = 0;
  let previous: number | undefined;
  // vim's relative numbers (`:set rnu`, adv66g-41): counting down to 1 above the cursor's line, whose number is its
  // own, then up from 1 below it. 1: up, -1: down, 0: the cursor's line is next (any number), 2: 1 is next.
  let step = 1;
  let width = 0;
  for (let i = 0; i < count; i++) {
    const start = starts[i]!;
    if (start === ends[i]) continue;
    const c = text.charCodeAt(start);
    const gutter = c === 32 || (isDigit(c) && endsDigitRunAsGutter(text, start)) ? readNumberGutter(text, start, ends[i]!) : undefined;
    const follows = gutter !== undefined && previous !== undefined ? followsNumber(gutter.number, previous, numbered, step) : undefined;
    if (follows !== undefined) step = follows;
    if (gutter !== undefined && (previous === undefined || follows !== undefined)) {
      width = gutter.end - start;
      (gutters ??= new Array(count))[i] = { ...gutter, width };
      previous = gutter.number;
      numbered++;
    } else if (!(numbered > 0 && c === 32 && countBlanks(text, start, ends[i]!) >= width)) {
      // Too many lines of other shapes for the rest to outnumber them two to one: no gutter (a log's lines, at once).
      if (numbered + (count - i - 1) < 2 * ++others) return undefined;
      // A first number that was none (a paste's own `2 files` above the gutter) starts no count.
      if (numbered === 1) {
        gutters!.fill(undefined, 0, i);
        numbered = 0;
        previous = undefined;
        step = 1;
      }
    }
  }
  // Most lines numbered: a time's hour (`09:`, `10:`, `11:` of bare clocks) counts up by one only now and then.
  if (gutters === undefined || numbered < MIN_GUTTER_LINES || numbered < 2 * others) return undefined;
  const out: string[] = [];
  const numbers: number[] = [];
  let above = 0;
  for (let i = 0; i < count; i++) {
    const start = starts[i]!;
    const gutter = gutters[i];
    if (gutter !== undefined) above = gutter.width;
    // A continuation row loses the blanks under the gutter above it.
    const from = gutter !== undefined ? gutter.end : start + Math.min(countBlanks(text, start, ends[i]!), above);
    out.push(text.slice(from, ends[i]!));
    numbers.push(lineNumber(lines, i));
  }
  return indexRearrangedLines(out, numbers);
}

// The step after `previous` that `number` makes in a gutter going by `step` (numbered lines so far: `numbered`), or
// undefined when it breaks the count: up by one; down by one (vim's relative numbers, decided by the second number);
// after a 1 counted down, the cursor's line (any number), then 1 and up again.
function followsNumber(number: number, previous: number, numbered: number, step: number): number | undefined {
  if (step === 0) return 2;
  if (step === 2) return number === 1 ? 1 : undefined;
  if (number === previous + 1 && step === 1) return 1;
  if (number === previous - 1 && (step === -1 || numbered === 1)) return number === 1 ? 0 : -1;
  return undefined;
}

// A bullet list's marker the copy put before each line (`* `, `- `, `• `: a Markdown or Google Docs list, adv66g-49),
// as the line's first character and a blank after it (or nothing after it: an empty item).
const BULLETS = new Set([42, 45, 0x2022]);

// An item's time of day ending it, and an item opening with a time (after its marker, a bracket allowed).
const TIME_LAST = /\d:\d\d:\d\d(?:[.,]\d{1,9})?\s*$/;
const STAMP_FIRST = /^.[ \t]+[[(]?\d/;

// How many lines above a list its heading may run (`## Step 2`, a blank, `Output:`): the first bullet is looked for there.
const LIST_HEAD_LINES = 4;

/**
 * The lines without a bullet list's markers when most lines open with one (the same bullet, the first within
 * LIST_HEAD_LINES: a heading above the list, adv73b-27), or undefined.
 */
function stripBulletGutter(lines: PasteLines): PasteLines | undefined {
  const { text, starts, ends, count } = lines;
  let bullet = -1;
  for (let i = 0; i < Math.min(count, LIST_HEAD_LINES) && bullet < 0; i++) {
    const c = text.charCodeAt(starts[i]!);
    if (BULLETS.has(c) && text.charCodeAt(starts[i]! + 1) === 32) bullet = c;
  }
  if (bullet < 0) return undefined;
  const marked = (i: number): boolean => text.charCodeAt(starts[i]!) === bullet && (starts[i]! + 1 >= ends[i]! || text.charCodeAt(starts[i]! + 1) === 32);
  let bullets = 0;
  let others = 0;
  for (let i = 0; i < count; i++) {
    if (starts[i] === ends[i]) continue;
    if (marked(i)) bullets++;
    else if (++others * 2 > count) return undefined;
  }
  if (bullets < MIN_GUTTER_LINES || bullets < 2 * others) return undefined;
  // A list one of whose items tells what the student did (`* 21:09:36.434 ran kill 8336`) is their account, read as a
  // list (student-lines.ts), no gutter of pasted lines (adv68e-22).
  // So is one whose items end with their time after words (`- node2: heartbeat timeout at 17:53:02.332`, adv67h-35): a
  // list item whose time is last is the student's line (student-lines.ts), a pasted log line opens with its time.
  for (let i = 0; i < count; i++) {
    if (!marked(i)) continue;
    const item = text.slice(starts[i]!, Math.min(ends[i]!, starts[i]! + 512));
    if (isStudentAction(item) || (TIME_LAST.test(item) && !STAMP_FIRST.test(item))) return undefined;
  }
  const out: string[] = [];
  const numbers: number[] = [];
  for (let i = 0; i < count; i++) {
    out.push(marked(i) ? text.slice(Math.min(starts[i]! + 2, ends[i]!), ends[i]!) : text.slice(starts[i]!, ends[i]!));
    numbers.push(lineNumber(lines, i));
  }
  return indexRearrangedLines(out, numbers);
}

function countBlanks(text: string, start: number, end: number): number {
  let p = start;
  while (p < end && text.charCodeAt(p) === 32) p++;
  return p - start;
}

// A quote's markers: `>` with blanks between and one after (`> `, `>> `, `> > `).
function quoteEnd(text: string, start: number, end: number): number {
  let p = start;
  let markers = 0;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (c === 62) markers++;
    else if (c !== 32) break;
    p++;
  }
  return markers === 0 ? -1 : p;
}

// Lines quoted in a reply (`> Maria wrote:`, `>> $ date …`): at least MIN_GUTTER_LINES of them, and at least that many
// holding a time or a command after the markers (a digit or a prompt's `$` first), so a fish prompt's `> kill 4101`
// alone is none. Beside as many such lines unquoted (the student's own log) of other times, they are blanked instead.
function stripQuoteGutter(lines: PasteLines): PasteLines | undefined {
  const { text, starts, ends, count } = lines;
  // Asked only when MIN_GUTTER_LINES lines open with `>` (readOpenings' OPENS_QUOTES).
  let quoted = 0;
  let logged = 0;
  let unquotedLogged = 0;
  // The first five characters of the lines opening with a digit, quoted and not (`01:00` of a clock, `2026-` of a date).
  const quotedHeads = new Set<string>();
  const ownHeads = new Set<string>();
  for (let i = 0; i < count; i++) {
    const start = starts[i]!;
    if (text.charCodeAt(start) !== 62) {
      const c = text.charCodeAt(start);
      if (opensWithTimeOrCommand(text, start)) unquotedLogged++;
      // The student's own `date; kill` record (a prompt's command and the time it printed) is a run of theirs however
      // short: it counts as the lines it stands for (adv62f-16: two lines of their own under a partner's quoted run).
      if (c === 36 && isTypedDateKill(text, start, ends[i]!)) unquotedLogged += MIN_GUTTER_LINES;
      if (isDigit(c)) ownHeads.add(text.slice(start, start + HEAD_CHARS));
      continue;
    }
    const q = quoteEnd(text, start, ends[i]!);
    quoted++;
    if (opensWithTimeOrCommand(text, q)) logged++;
    if (isDigit(text.charCodeAt(q))) quotedHeads.add(text.slice(q, q + HEAD_CHARS));
  }
  if (quoted < MIN_GUTTER_LINES || logged < MIN_GUTTER_LINES) return undefined;
  // The student's own log beside a quote whose times share no hour and minute with it (adv61e-57: a TA's made-up
  // example at `01:00:00.180` quoted over the student's run at 02:47): someone else's lines, no line of this run, read
  // as blank. A quote of the same run (adv61e-19: the student's first paste quoted back, node-3's file below) is read.
  const foreign = unquotedLogged >= MIN_GUTTER_LINES && ![...quotedHeads].some((head) => isNearHead(head, ownHeads));
  const out: string[] = [];
  const numbers: number[] = [];
  // Whether the quote block being read is someone else's by the words over it.
  let others = false;
  for (let i = 0; i < count; i++) {
    const start = starts[i]!;
    const isQuoted = text.charCodeAt(start) === 62;
    if (isQuoted && (i === 0 || text.charCodeAt(starts[i - 1]!) !== 62)) others = unquotedLogged >= MIN_GUTTER_LINES && isOthersQuote(lines, i);
    out.push(!isQuoted ? text.slice(start, ends[i]!) : foreign || others ? '' : text.slice(quoteEnd(text, start, ends[i]!), ends[i]!));
    numbers.push(lineNumber(lines, i));
  }
  return indexRearrangedLines(out, numbers);
}

// A chat client's head of a message line, up to its text: WhatsApp's export (iOS `[06/12/2026, 10:05:12] Ana Silva: `,
// 12-hour `[12/6/26, 10:05:58 AM] Ana: `, Android `06/12/2026, 10:05 - Ana Silva: `), an IRC log's (irssi's and
// most clients' `[10:25:58] <ana> `, `10:25 <@ana> `) and WeeChat's (`10:17:02.118      ana | `).
const CHAT_HEAD =
  /^(?:\u200e?\[\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?:[ \u202f\u00a0]?[AaPp]\.?[Mm]\.?)?\] [^:\n]{1,48}: |\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}:\d{2}(?:[ \u202f\u00a0]?[AaPp]\.?[Mm]\.?)? - [^:\n]{1,48}: |\[?\d{2}:\d{2}(?::\d{2})?\]? <[@+%~&]?[^\s<>]{1,32}> |\d{2}:\d{2}:\d{2}(?:\.\d{1,6})? {1,24}[@+%~&]?[^\s|]{1,32} \| )/;
// The end of line [start, end)'s chat head, or -1. Every log line opens with `[` or a digit too: the regex runs only
// where the characters after them are a chat head's (mayOpenChatHead).
function chatHeadEnd(text: string, start: number, end: number): number {
  if (!mayOpenChatHead(text, start)) return -1;
  const m = CHAT_HEAD.exec(text.slice(start, Math.min(end, start + 96)));
  return m === null ? -1 : start + m[0].length;
}

// Whether the text at `start` may open a CHAT_HEAD: a date's `/` or `.` two or three characters in (WhatsApp), a
// bracketed `HH:MM]` or `HH:MM:SS]` then ` <` (IRC), or a bare `HH:MM[:SS[.fff]]` then blanks and `<` (IRC) or a nick
// and ` | ` (WeeChat). A log's `10:03:02.594 [node2] …` or `[10:05:21.369] n1 …` fails within a few characters.
function mayOpenChatHead(text: string, start: number): boolean {
  let p = start;
  const c = text.charCodeAt(p);
  if (c === 0x200e) return true;
  const bracket = c === 91;
  if (bracket) p++;
  if (!isDigit(text.charCodeAt(p))) return false;
  if (isDateMark(text.charCodeAt(p + 1)) || isDateMark(text.charCodeAt(p + 2))) return true;
  if (text.charCodeAt(p + 2) !== 58) return false;
  p += 5;
  if (text.charCodeAt(p) === 58) p += 3;
  if (bracket) return text.charCodeAt(p) === 93 && text.charCodeAt(p + 1) === 32 && text.charCodeAt(p + 2) === 60;
  if (text.charCodeAt(p) === 46) while (isDigit(text.charCodeAt(++p)));
  if (text.charCodeAt(p) !== 32) return false;
  while (text.charCodeAt(p) === 32) p++;
  const first = text.charCodeAt(p);
  if (first === 60) return true;
  // A log's `[node2]` tag or JSON record after its time: no nick starts so.
  if (first === 91 || first === 123) return false;
  const nick = p;
  while (p - nick <= 33 && p < text.length && text.charCodeAt(p) !== 32) p++;
  return text.charCodeAt(p + 1) === 124 && text.charCodeAt(p + 2) === 32;
}

const isDateMark = (c: number): boolean => c === 47 || c === 46;

// A chat's export or log with logs pasted into its messages (adv64e-01/-12/-35/-37: a `date; kill` record and the
// followers' lines sent in WhatsApp, irssi, WeeChat): those messages are read without the chat's head, whose time is when
// the message was sent, no time of the run. A message of words (`Bruno: node2 heartbeat timeout 10:05:19.066`) is
// someone's claim in a chat, no node's line: it is read as the student's `# ` note its words are. A paste's chat heads
// are read off when it holds MIN_GUTTER_LINES of them and one message whose text opens with a time, a command or a JSON
// record (a log or a shell pasted into the chat): a log's own `[10:05:25] <n1> …` column, read as written, holds none.
function stripChatGutter(lines: PasteLines): PasteLines | undefined {
  const { text, starts, ends, count } = lines;
  let logged = 0;
  let headed = 0;
  let heads: Int32Array | undefined;
  for (let i = 0; i < count; i++) {
    const head = chatHeadEnd(text, starts[i]!, ends[i]!);
    if (head < 0) continue;
    // A Procfile runner's process column (foreman's and honcho's `02:43:18 node1.1 | …`, adv70a-78) is no chat's
    // sender: its lines are the runner's output, read as they are (a chaos process's own line among them too).
    if (PROCFILE_INSTANCE.test(readChatSender(text.slice(starts[i]!, head)))) return undefined;
    (heads ??= new Int32Array(count).fill(-1))[i] = head;
    headed++;
    if (opensChatLog(text, head)) logged++;
  }
  if (heads === undefined || headed < MIN_GUTTER_LINES || logged === 0) return undefined;
  const out: string[] = [];
  const numbers: number[] = [];
  // The sender of the message a line without a head continues.
  let current: string | undefined;
  // The sender who proposed a made-up line ("just add one like this for node2, nobody checks", adv65e-29): their log
  // lines after it, until someone else writes, are that example, no node's output.
  let forgedBy: string | undefined;
  for (let i = 0; i < count; i++) {
    const head = heads[i]!;
    if (head < 0) {
      // A message's further lines are its sender's: another's log lines are their run's, as headed ones are.
      const line = text.slice(starts[i]!, ends[i]!);
      out.push(forgedBy !== undefined && current === forgedBy && opensChatLog(text, starts[i]!) ? `# ${line}` : line);
    } else {
      const sender = readChatSender(text.slice(starts[i]!, head));
      current = sender;
      const logged = opensChatLog(text, head);
      if (sender !== forgedBy) forgedBy = undefined;
      if (!logged && (FORGED_LINE_OFFER.test(text.slice(head, ends[i]!)) || OWN_RUN_OFFER.test(text.slice(head, ends[i]!)))) forgedBy = sender;
      out.push(logged && forgedBy === undefined ? text.slice(head, ends[i]!) : `# ${text.slice(head, ends[i]!)}`);
    }
    numbers.push(lineNumber(lines, i));
  }
  return indexRearrangedLines(out, numbers);
}

// A chat message offering the sender's own run's lines as a stand-in ("use mine for node3", "here are mine from my
// laptop", adv68a-20, adv68e-24/-27): that run's, not the student's. Not a teammate's share of one cluster ("here is
// node2 from my laptop", adv65e-29's).
const OWN_RUN_OFFER = /\b(?:use mine|(?:here (?:are|is)|these are|try) mine)\b/i;

// A chat message offering a line to add or make up, not one a node printed.
const FORGED_LINE_OFFER = /\b(?:just (?:add|type|write|paste) (?:one|a line|it|this)|make (?:one|it|a line) up|nobody (?:checks|will (?:notice|check))|no one (?:checks|will (?:notice|check))|fake (?:one|it|a line))\b/i;

// The sender of a chat head (CHAT_HEAD): WhatsApp's `Ana Silva: `, IRC's `<ana>`, WeeChat's `ana | `.
function readChatSender(head: string): string {
  const m = /<[@+%~&]?([^\s<>]{1,32})>|(?:\] | - )([^:\n]{1,48}): $|([^\s|]{1,32}) \| $/.exec(head);
  // IRC's rejoin under a taken nick's variant (`ana` → `ana_`, `ana|away`): one person (adv68e-25).
  return (m === null ? head : (m[1] ?? m[2] ?? m[3]!)).replace(/(?:[_`^-]+|\|\w*)$/, '');
}

// Whether a chat message's text at p is a pasted log or shell line: a time or a command first, or a JSON record (`{"ts": …`).
const opensChatLog = (text: string, p: number): boolean => opensWithTimeOrCommand(text, p) || (text.charCodeAt(p) === 123 && text.charCodeAt(p + 1) === 34);

// Whether the text at p opens with a time (a digit, or one in brackets: `[07:23:07.011] [node2] WARN …`, adv63a-19) or
// a prompt's `$` command: a log's or a shell's line.
function opensWithTimeOrCommand(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  return isDigit(c) || c === 36 || (c === 91 && isDigit(text.charCodeAt(p + 1)));
}

// Whether the words over the quote block opening at line `first` (the last line above it with words, or its own first
// line) say it is someone else's run (adv61g-31: "for comparison, Alex's output from the group chat
// (his passed):" over a run in the same minute as the student's own, which lacks node3).
function isOthersQuote(lines: PasteLines, first: number): boolean {
  let h = first - 1;
  while (h >= 0 && lineText(lines, h).trim() === '') h--;
  return (h >= 0 && OTHERS_OUTPUT.test(lineText(lines, h))) || OTHERS_OUTPUT.test(lineText(lines, first));
}

// Someone else's output named: a person's (`Alex's output`, `my classmate's log`, `the TA's example`, `my lab
// partner's laptop`), a person sending it ("Jordan sent me his terminal") or running it ("Priya ran it on her laptop
// …, hers worked", adv65e-03; "Sam (sat next to me) got it working, this is what he got", adv66e-17), a mail's
// attribution of the quote below it ("On Sun, Dec 6, 2026 at 3:12 PM Priya Nair <…> wrote:", adv66g-46), or a chat it came from (a group chat,
// Discord, a forum thread). Not a node's or a role's (`Leader's log`), nor the student's own (`my`).
const OTHERS_OUTPUT =
  /\b(?!(?:Leader|Follower|Candidate|Node|Server|Cluster|Raft|Today|Yesterday|Kill)'s\b)[A-Z][a-z]+['’]s (?:\w+ ){0,2}(?:output|logs?|run|paste|results?|example|terminal|laptop|machine|screen)\b|\b(?:classmate|friend|teammate|lab partner|partner|TA|instructor|someone else|another student)['’]?s?\b.{0,24}\b(?:output|logs?|run|paste|results?|example|terminal|laptop|machine|screen)\b|\b[A-Z][a-z]+ (?:sent|shared|posted|gave|forwarded) (?:me )?(?:his|her|their|the)\b|\b[A-Z][a-z]+ (?:ran|did) (?:it|this|the demo|hers|his)\b|\bon (?:his|her|their) (?:laptop|machine|computer|PC|VM)\b|\b(?:his|hers|theirs) (?:worked|passed)\b|\bwhat (?:he|she|they) (?:got|had|saw)\b|\b[A-Z][a-z]+ (?:\([^)]{0,40}\) )?got it (?:working|to work)\b|^On .{5,160}\bwrote:\s*$|\b(?:group chat|Discord|Slack|Teams|Piazza|WhatsApp|Telegram|forum|(?:chat|forum|discussion) thread)\b/;
