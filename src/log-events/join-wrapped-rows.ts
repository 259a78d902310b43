// A console that hard-wraps at its width (Windows' legacy conhost at 80 columns, a copy of a fixed-width terminal
// buffer) cuts every longer line into rows of exactly that width, mid-word: "… no message in 221ms, he" /
// "artbeat timeout, starting election …". Such rows are joined again before anything is matched, so patterns see the
// words whole; the joined line keeps its first row's paste line number (`numbers`), which findings report.
//
// The width is the paste's longest row. A row of that width continues on the next row when that row is not blank,
// does not start a record (recordHeadShape: a time near its start, an epoch, JSON; nor holds a time in its first 64
// characters; nor starts with `ts -s`/`ts -i`'s `0.151398` seconds) or a prompt, and is not indented like a stack
// frame. A paste is taken as hard-wrapped only when at least two rows continue that way and one of the cuts falls
// inside a word (or a timestamp), so an ordinary
// paste whose longest line happens to precede a trace line is left alone. A command line longer than the console (typed
// after its rows were copied, or not wrapped by it) hides its width: then the width is the one most rows have, on strong evidence
// (findCommonWidth). A row cut inside a dated timestamp continues even though the next row starts with a time
// (`…node.log:2026-12-01T1` / `4:05:33.102Z WARN …`, isCutInsideStamp). Cost: a pass over the line lengths, then the
// first four characters of the rows as wide as a wrap's and of the rows after them (mayContinueFrom); the rest of a
// row's text only where a next row may continue it.
import { isAsciiDigit as isDigit } from './char-codes.js';
import { recordHeadShape } from './detect-pane-layout.js';
import { indexRearrangedLines, lineNumber, type PasteLines } from './paste-lines.js';
import { parseTimestampAt } from './parse-timestamp.js';
import { startsWithShellPrompt } from './shell-prompt.js';
import { isJobTableRow } from './shell-jobs.js';
import { isTypedDateKill } from './scan-lines.js';

// A tmux pane of a four- or six-way split is 24-40 columns wide (adv64c-02/-03, adv64h-27: `tmux capture-pane -p` cuts
// at 38, 30 and 28).
const MIN_WIDTH = 24;
const MAX_WIDTH = 512;
const MIN_WRAPPED_ROWS = 2;
// How much narrower than the widest row a soft wrap's row may be (findSoftWraps).
const SOFT_EDGE = 24;
// A shell prompt (`student@lab:~/kv$ cat …`, `$ kill 4242`, `PS C:\kv>`), a comment or a row of bash's job table
// (`jobs -l`'s rows are often the paste's widest, all of one width) starts a line of its own.
const startsOwnLine = (row: string): boolean => row.charCodeAt(0) === 35 || startsWithShellPrompt(row) || isJobTableRow(row);
// A Markdown code fence or a lone HTML tag (a GitHub comment's ``` and `</details>`): a row of its own, never a tail.
const MARKUP_ROW = /^(?:```|~~~|<\/?[a-z]+>\s*$)/i;
// A record's time, anywhere in the row's head (`[pod/kv-1/kv] 2026-11-29T21:26:26.212000Z …` starts a record too).
const TIME_OF_DAY = /\d:\d\d:\d\d/;

// Rows that start alike (`2026-…`, `data/node2/…`, `[pod/…`) are two records: decided without building a string.
function startsAlike(text: string, head: number, start: number): boolean {
  let same = 0;
  while (same < 4 && text.charCodeAt(start + same) === text.charCodeAt(head + same)) same++;
  return same === 4;
}

// Does row i + 1 continue row i (which fills the width)?
function continuesRow(lines: PasteLines, i: number, width: number): boolean {
  if (i + 1 >= lines.count) return false;
  const { text } = lines;
  const start = lines.starts[i + 1]!;
  const end = lines.ends[i + 1]!;
  if (end === start || end - start > width || startsAlike(text, lines.starts[i]!, start)) return false;
  const c0 = text.charCodeAt(start);
  if (c0 === 9 || (c0 === 32 && text.charCodeAt(start + 1) === 32)) return false;
  const row = text.slice(start, Math.min(end, start + 64));
  // A `date …; kill …` typed with no prompt (the prompt's row above it wrapped) is a command of its own (adv64c-01).
  if (row.trim() === '' || startsOwnLine(row) || MARKUP_ROW.test(row) || isTypedDateKill(text, start, end)) return false;
  if (SECONDS_STAMP.test(row)) return false;
  if (TIME_OF_DAY.test(row) || recordHeadShape(text, start, end) !== undefined) return isCutInsideStamp(lines, i);
  return true;
}

// moreutils `ts -s`/`ts -i '%.s'`'s seconds (`0.151398 `, alone on the row when ts stamped a blank line): a record.
const SECONDS_STAMP = /^\d{1,10}\.\d{3,9}(?:[ \t]|$)/;

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

// Row i's cut falls inside a word: a letter ends it and a letter starts row i + 1 ("… in 221ms, he" / "artbeat").
const cutsMidWord = (lines: PasteLines, i: number): boolean => isLetter(lines.text.charCodeAt(lines.ends[i]! - 1)) && isLetter(lines.text.charCodeAt(lines.starts[i + 1]!));

// How far back from a row's end a timestamp cut by the wrap may start, and how much of the next row completes it.
const STAMP_TAIL_CHARS = 24;
const STAMP_HEAD_CHARS = 40;

// Row i ends inside a dated timestamp that row i + 1 completes: read across the cut, a stamp with a date starts in row
// i and ends in row i + 1, and row i + 1 alone starts with no dated stamp of its own (`2026-12-01T1` / `4:05:33.102Z`
// joins; `… term 3` / `2026-12-01T14:05:33.4…` and `… index 4` / `14:05:33.4…` are two records).
function isCutInsideStamp(lines: PasteLines, i: number): boolean {
  const { text } = lines;
  const cut = lines.ends[i]!;
  const from = Math.max(lines.starts[i]!, cut - STAMP_TAIL_CHARS);
  const next = lines.starts[i + 1]!;
  const nextEnd = Math.min(lines.ends[i + 1]!, next + STAMP_HEAD_CHARS);
  const alone = parseTimestampAt(text, next, nextEnd);
  if (alone !== undefined && alone.kind !== 'time-of-day') return false;
  const joined = text.slice(from, cut) + text.slice(next, nextEnd);
  const cutAt = cut - from;
  for (let k = from === lines.starts[i]! ? 0 : 1; k < cutAt; k++) {
    if (!isDigit(joined.charCodeAt(k)) || (k > 0 && isDigit(joined.charCodeAt(k - 1)))) continue;
    const stamp = parseTimestampAt(joined, k, joined.length);
    if (stamp === undefined || stamp.end <= cutAt) continue;
    return stamp.kind === 'absolute' || stamp.kind === 'yearless';
  }
  return false;
}

/** `lines` with hard-wrapped rows joined (see the header comment), or undefined when the paste is not hard-wrapped. */
export function joinWrappedRows(lines: PasteLines): PasteLines | undefined {
  const { starts, ends, count } = lines;
  let width = 0;
  // Rows before the first of the widest length are all shorter.
  let firstWidest = 0;
  for (let i = 0; i < count; i++) {
    const chars = ends[i]! - starts[i]!;
    if (chars > width) {
      width = chars;
      firstWidest = i;
    }
  }
  if (width < MIN_WIDTH || width > MAX_WIDTH) return undefined;
  // A wrap of any kind needs a row that a next row may continue (continuesRow's first tests): most pastes have none.
  if (!mayContinueFrom(lines, Math.min(MIN_WIDTH, width - SOFT_EDGE))) return undefined;
  // A hard wrap's rows are `width` long, a soft wrap's at least `width - SOFT_EDGE`: when no such row has a next row
  // continuesRow's first tests leave (each row of a paste of whole records starts as the one before: `2026-…`,
  // `data/node1/…`), only a width hidden by a longer command line is left to look for.
  const mayContinue = mayContinueFrom(lines, width - SOFT_EDGE);
  const hard = mayContinue ? findHardWraps(lines, width, firstWidest) : undefined;
  if (hard !== undefined && hard.wrapped >= MIN_WRAPPED_ROWS) return joinRows(lines, hard.joins, '');
  const common = findCommonWidth(lines, width, firstWidest);
  if (common !== undefined) return joinRows(lines, common, '');
  if (!mayContinue) return undefined;
  const soft = findSoftWraps(lines, width);
  return soft === undefined ? undefined : joinRows(lines, soft, ' ');
}

// Whether a row of `minChars` or more is followed by a row that is not empty and does not start as it does
// (startsAlike's four characters, each row's read once: a grep paste's rows all start alike).
function mayContinueFrom(lines: PasteLines, minChars: number): boolean {
  const { text, starts, ends, count } = lines;
  if (count < 2) return false;
  let at = starts[0]!;
  let c0 = text.charCodeAt(at);
  let c1 = text.charCodeAt(at + 1);
  let c2 = text.charCodeAt(at + 2);
  let c3 = text.charCodeAt(at + 3);
  for (let i = 0; i + 1 < count; i++) {
    const next = starts[i + 1]!;
    const n0 = text.charCodeAt(next);
    const n1 = text.charCodeAt(next + 1);
    const n2 = text.charCodeAt(next + 2);
    const n3 = text.charCodeAt(next + 3);
    if (ends[i]! - at >= minChars && ends[i + 1]! > next && (n0 !== c0 || n1 !== c1 || n2 !== c2 || n3 !== c3)) return true;
    at = next;
    c0 = n0;
    c1 = n1;
    c2 = n2;
    c3 = n3;
  }
  return false;
}

// The rows of exactly `width` from `first` on that continue on the next row.
// Rows of one width are a console's cut only when one of them cuts a word (cutsMidWord): two lines of one template
// ("… in 150ms, starting election for term 3", "… in 300ms, …") are as wide by chance, each ending its record.
function findHardWraps(lines: PasteLines, width: number, first: number): { readonly joins: Uint8Array; readonly wrapped: number } | undefined {
  const { starts, ends, count } = lines;
  let joins: Uint8Array | undefined;
  let wrapped = 0;
  let midWord = false;
  for (let i = first; i < count; i++) {
    if (ends[i]! - starts[i]! !== width || !continuesRow(lines, i, width)) continue;
    (joins ??= new Uint8Array(count))[i] = 1;
    wrapped++;
    if (!midWord) midWord = cutsMidWord(lines, i) || isCutInsideStamp(lines, i);
  }
  if (joins === undefined || !midWord) return undefined;
  // A cut that fell on a space, which the copy then trimmed from the row's end (multitail's window, adv49-14:
  // "… connection to leader node2" / "lost (EOF)"): a row one short of the width that continues.
  for (let i = 0; i < count; i++) if (ends[i]! - starts[i]! === width - 1 && joins[i] === 0 && continuesRow(lines, i, width)) joins[i] = SPACE_LOST;
  return { joins, wrapped };
}

// A joins mark: the row continues on the next one after the space its cut took (trimmed from the copy).
const SPACE_LOST = 2;

const MIN_COMMON_WRAPPED_ROWS = 3;
// A console's width hidden by a longer command line (blind17's conhost paste: a typed 84-character `grep -H` command
// over rows cut at 80): the width most rows of MIN_WIDTH or more have, `widest` excluded. Taken only on strong
// evidence: at least MIN_COMMON_WRAPPED_ROWS rows of it continue, at most one row of it does not, and every longer row
// is a command line (a prompt's), fewer than the rows that continue. A longer log line is no console's output: its
// rows were wrapped elsewhere (a chat app's word wrap, blind6). The joins, or undefined.
function findCommonWidth(lines: PasteLines, widest: number, firstWidest: number): Uint8Array | undefined {
  const { starts, ends, count } = lines;
  if (!startsOwnLine(lines.text.slice(starts[firstWidest]!, Math.min(ends[firstWidest]!, starts[firstWidest]! + 64)))) return undefined;
  const rows = new Int32Array(widest);
  for (let i = 0; i < count; i++) {
    const chars = ends[i]! - starts[i]!;
    if (chars >= MIN_WIDTH && chars < widest) rows[chars]!++;
  }
  let width = 0;
  for (let w = MIN_WIDTH; w < widest; w++) if (rows[w]! >= rows[width]! && rows[w]! >= MIN_COMMON_WRAPPED_ROWS) width = w;
  if (width === 0) return undefined;
  let longer = 0;
  let first = -1;
  for (let i = 0; i < count; i++) {
    const chars = ends[i]! - starts[i]!;
    if (chars > width) {
      if (++longer >= rows[width]! || !startsOwnLine(lines.text.slice(starts[i]!, Math.min(ends[i]!, starts[i]! + 64)))) return undefined;
    } else if (chars === width && first < 0) first = i;
  }
  const hard = findHardWraps(lines, width, first);
  if (hard === undefined || hard.wrapped < MIN_COMMON_WRAPPED_ROWS || hard.wrapped < rows[width]! - 1 || longer >= hard.wrapped) return undefined;
  return hard.joins;
}

// A chat app or a narrow window wraps at word boundaries, so rows differ in width: "… [node3] WARN  connection to
// leader node1" / "lost: read() returned 0 (EOF)". A record row (recordHeadShape) within SOFT_EDGE characters of the
// widest row, followed by a row that continuesRow accepts and that is no chat header ("Jordan Pike  2:07 PM") and
// no row of its own (OWN_ROW), continues on it (joined with the space the wrap took) — when at least
// MIN_SOFT_WRAPPED record rows do, so a student's comment under one line is left alone.
const MIN_SOFT_WRAPPED = 3;
const CHAT_HEADER = /^[^\d:]{2,48}\s\d{1,2}:\d\d(?:\s?[AP]M)?$/i;
// A row that is a line of its own rather than a wrapped tail: one naming a node (a student's "node3 was slower:", an
// untimed line of another writer), a writer column (`node3  | …`), or one ending in a colon (a comment introducing
// the lines below it).
const OWN_ROW = /\b(?:node|n)[-_ ]?\d{1,4}\b|^[^\s|]{1,48}\s*\|\s|:\s*$/i;

function findSoftWraps(lines: PasteLines, width: number): Uint8Array | undefined {
  const { text, starts, ends, count } = lines;
  let joins: Uint8Array | undefined;
  let wrapped = 0;
  for (let i = 0; i + 1 < count; i++) {
    if (ends[i]! - starts[i]! < width - SOFT_EDGE || !continuesRow(lines, i, width) || recordHeadShape(text, starts[i]!, ends[i]!) === undefined) continue;
    const next = text.slice(starts[i + 1]!, ends[i + 1]!);
    // A row naming a node continues the one above only where that one's width left its first word no room: a mail
    // client's wrap at 62 columns put "node1 lost (EOF)" under "… connection to leader" (adv69c-49).
    if (CHAT_HEADER.test(next) || (OWN_ROW.test(next) && !(isForcedBreak(ends[i]! - starts[i]!, next, width) && !SENTENCE_OR_COLUMN.test(next)))) continue;
    (joins ??= new Uint8Array(count))[i] = 1;
    wrapped++;
  }
  return wrapped >= MIN_SOFT_WRAPPED ? joins : undefined;
}

// A row of its own whatever the width: a student's sentence or heading (ending in `.`, `:`, `!`, `?`) or a writer column.
const SENTENCE_OR_COLUMN = /[.:!?]\s*$|^[^\s|]{1,48}\s*\|\s/;

// Whether a greedy word wrap at `width` had to break before `next`'s first word: the row above, a blank and that word
// are wider than the width.
function isForcedBreak(rowLength: number, next: string, width: number): boolean {
  const word = /^\S+/.exec(next);
  return word !== null && rowLength + 1 + word[0].length > width;
}

// `lines` with each row marked in `joins` followed by the next, `glue` between them.
function joinRows(lines: PasteLines, joins: Uint8Array, glue: string): PasteLines {
  const out: string[] = [];
  const numbers: number[] = [];
  for (let i = 0; i < lines.count; i++) {
    let line = lines.text.slice(lines.starts[i]!, lines.ends[i]!);
    numbers.push(lineNumber(lines, i));
    // A row cut again at the width continues on the row after it too (SPACE_LOST: with the space its cut took).
    for (let join = joins[i]; join === 1 || join === SPACE_LOST; join = joins[i]) {
      i++;
      line += (join === SPACE_LOST ? ' ' : glue) + lines.text.slice(lines.starts[i]!, lines.ends[i]!);
    }
    out.push(line);
  }
  return indexRearrangedLines(out, numbers);
}
