// A shell prompt in front of a command the student typed, whatever the shell draws: the one definition of a command
// line's prompt for the line scan (a command, no node's log line: scan-lines.ts) and for terminal panes and wrapped
// rows (a prompt starts a line of its own). A `# …` line is a comment and `> …` a quote, never a prompt here.
import { isAsciiDigit, isAsciiLetter as isLetter, isSpaceOrTab as isGap } from './char-codes.js';

/** Where a prompt's command starts, and the node an Erlang shell's prompt is in. */
export interface ShellPrompt {
  /** Index just after the prompt (its sigil), where the command follows. */
  readonly end: number;
  /** `kv1@raft-lab` of `(kv1@raft-lab)2>`: the node whose shell it is. */
  readonly node: string | undefined;
}

const ERLANG_PROMPT = /^(?:iex)?\(([A-Za-z][\w.-]*@[\w.-]+)\)\d+> ?/;
// Words a prompt may hold before its sigil (`(venv) student@lab:~/kv$`, `user@host ~/kv $`, fish's `sam@arch ~/kv (main)
// [1]>`), and their longest.
const MAX_PROMPT_WORDS = 4;
const MAX_WORD_CHARS = 128;

// bash's and sh's default prompt word, `\s-\v` then the sigil: `bash-5.2#`, `sh-5.1#`.
const SHELL_VERSION_WORD = /^(?:ba|z|k|da)?sh-\d{1,2}(?:\.\d{1,2}){0,2}#$/;

// `$`, `#` and `%`: sh, a root shell and zsh/csh end their prompts so.
const isSigil = (c: number): boolean => c === 36 || c === 35 || c === 37;
// A user, host or directory: `student@box`, `~/kv`, `/srv/kv`.
const isPromptMark = (c: number): boolean => c === 64 || c === 126 || c === 47;

/**
 * The shell prompt `text` starts with at `p` (before `limit`), or undefined: a sigil alone (`$ kill`, zsh's `% kill`,
 * `❯ kill`); one to three words showing a user, host or directory in the first, then `$`, `#` or `%` glued to the last
 * or standing alone after it (`student@box:~/kv$`, `root@box:~#`, `~/kvml $`, `user@host ~/kv $`, `[student@lab kv]$`,
 * `(venv) student@lab:~/kv$`, fish's `root@vm ~/kv [1]#`), fish's `>` glued to a directory or host (`sam@lab ~/kv>`,
 * `[07:43:58] sam@lab ~/kv>`), or a `$` glued to any word (`bash-5.1$`, `loghost$`); PowerShell's `PS C:\kv>` or `PS>` and cmd's `C:\kv>`; an Erlang/Elixir shell's
 * `(kv1@raft-lab)2>` / `iex(kv1@raft-lab)1>`; IPython's or a notebook cell's shell escape `In [7]: !`, `[7]: !`, or a
 * `!` glued to a command at the row's start (`!date +%T.%3N; kill 2893`). A word ending in `:` is a writer's column (`kv2@raft-lab: … 50% done`).
 */
export function readShellPrompt(text: string, p: number, limit: number): ShellPrompt | undefined {
  const c = text.charCodeAt(p);
  if ((c === 36 || c === 37 || c === 0x276f) && (p + 1 >= limit || isGap(text.charCodeAt(p + 1)))) return { end: p + 1, node: undefined };
  if (c === 40 || (c === 105 && text.startsWith('iex(', p))) {
    const erlang = ERLANG_PROMPT.exec(text.slice(p, Math.min(limit, p + 80)));
    if (erlang) return { end: p + erlang[0].trimEnd().length, node: erlang[1] };
  }
  if (c === 91 || (c === 73 && text.startsWith('In [', p))) {
    const cell = NOTEBOOK_SHELL_ESCAPE.exec(text.slice(p, Math.min(limit, p + 16)));
    if (cell) return { end: p + cell[0].length, node: undefined };
  }
  if (c === 33 && NOTEBOOK_BANG_COMMAND.test(text.slice(p, Math.min(limit, p + 16)))) return { end: p + 1, node: undefined };
  const windows = findWindowsPromptEnd(text, p, limit);
  if (windows >= 0) return { end: windows, node: undefined };
  return findUnixPromptEnd(text, p, limit);
}
// IPython's and a notebook cell's shell escape: `In [7]: !date +%T.%N; kill 7857`, `[7]: !grep -H …` (adv54e-13).
const NOTEBOOK_SHELL_ESCAPE = /^(?:In )?\[\d{1,4}\]: ?!(?=\S)/;
// A cell's shell escape on its own row, its `In [12]:` above or left out (Jupyter, Colab: `!date +%T.%3N; kill 2893`,
// adv73b-21/-56): a `!` glued to a command students type there.
const NOTEBOOK_BANG_COMMAND = /^!(?:g?date|kill|pkill|killall|tail|head|cat|[ef]?grep|rg|ps|pgrep|sleep|journalctl|docker|kubectl|sudo|ls)(?=\s|$)/;

/**
 * A prompt's last character and the blank after it (`$ `, `# `, `% `, `> `), as a regex source: where a command a
 * pattern looks for inside a typed row may start after a prompt of any shell (`student@lab:~$ date …`, zsh's `% time …`).
 */
export const PROMPT_SIGIL_GAP_SOURCE = String.raw`[$#>%]\s`;

// Every prompt readShellPrompt reads ends with one of these: a sigil, zsh's `❯`, fish's, PowerShell's, cmd's or an
// Erlang shell's `>`, a notebook's shell escape `!` — or is bash's default without its sigil (`student@lab:~/kv`).
const PROMPT_END = /[$#%>!\u276f]|@[\w.-]{1,64}:[~/]/;

/**
 * Whether the row (a string of its own, short) starts with a shell prompt: readShellPrompt, refused at once when no
 * character a prompt ends with is in it (a row starting with a digit is refused as fast by readShellPrompt itself).
 */
export function startsWithShellPrompt(row: string): boolean {
  return (isAsciiDigit(row.charCodeAt(0)) || PROMPT_END.test(row)) && readShellPrompt(row, 0, row.length) !== undefined;
}

// PowerShell's `PS C:\src\kv> ` (or `PS> `, its path left out; on Linux or macOS `PS /home/ana/raft> `) or cmd's
// `C:\kv>` prompt at p: a drive, a path without `:`, `|`, `"` or `<`, then `>`.
function findWindowsPromptEnd(text: string, p: number, limit: number): number {
  let q = p;
  if (text.charCodeAt(q) === 80 && text.charCodeAt(q + 1) === 83 && text.charCodeAt(q + 2) === 62 && (q + 3 >= limit || isGap(text.charCodeAt(q + 3)))) return q + 3; // PS>
  if (text.charCodeAt(q) === 80 && text.charCodeAt(q + 1) === 83 && text.charCodeAt(q + 2) === 32) {
    q += 3; // PS
    // PowerShell on Linux or macOS: `PS /home/ana/raft> `, `PS ~/raft> ` (adv64h-23/-37).
    if (text.charCodeAt(q) === 47 || (text.charCodeAt(q) === 126 && (text.charCodeAt(q + 1) === 47 || text.charCodeAt(q + 1) === 62))) {
      for (let k = q + 1; k < limit; k++) {
        const c = text.charCodeAt(k);
        if (c === 62) return k + 1;
        if (c === 58 || c === 124 || c === 34 || c === 60 || c === 32) return -1;
      }
      return -1;
    }
  }
  if (!isLetter(text.charCodeAt(q)) || text.charCodeAt(q + 1) !== 58 || text.charCodeAt(q + 2) !== 92) return -1;
  for (let k = q + 3; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 62) return k + 1;
    if (c === 58 || c === 124 || c === 34 || c === 60) return -1;
  }
  return -1;
}

// sh, bash, zsh, fish and busybox prompts: words (a `[…]` or `(…)` group is one), the first showing a user, host or
// directory or being a group, then the sigil glued to a word that shows one or alone after them, or glued to a `[…]`
// or `(…)` group after such words (fish's last status and git branch, `root@vm ~/kv [1]#`, `sam@arch ~/kv (main)>`);
// fish's `>` only glued to a word that shows one (`sam@lab ~/kv>`) or to such a group: a `>` alone is a quote.
function findUnixPromptEnd(text: string, p: number, limit: number): ShellPrompt | undefined {
  let marked = false;
  let q = p;
  // Where a first word in bash's default `\u@\h:\w` shape ends, a command following it (-1: none): a prompt whose
  // sigil a theme or the copy left out (adv60f-25: `student@lab:~/raft-kv date +%T.%3N; kill 27089`).
  let bareEnd = -1;
  for (let words = 0; words < MAX_PROMPT_WORDS && q < limit; words++) {
    const start = q;
    const open = text.charCodeAt(q);
    let wordMarked = false;
    if (open === 91 || open === 40) {
      const close = text.indexOf(open === 91 ? ']' : ')', q + 1);
      if (close < 0 || close - q > MAX_WORD_CHARS || close >= limit) return undefined;
      for (let k = q + 1; k < close; k++) if (isPromptMark(text.charCodeAt(k))) wordMarked = true;
      q = close + 1;
    } else if (words === 0 && !isPromptMark(open) && !isLetter(open)) return undefined;
    while (q < limit && q - start <= MAX_WORD_CHARS && !isGap(text.charCodeAt(q))) {
      if (isPromptMark(text.charCodeAt(q))) wordMarked = true;
      q++;
    }
    if (q - start > MAX_WORD_CHARS) return undefined;
    const last = text.charCodeAt(q - 1);
    const atGap = q >= limit || isGap(text.charCodeAt(q));
    // `bash-5.1$`, `loghost$`: a `$` ends a prompt word alone (`50%` and `issue#` do not), and so does a `#` after a
    // shell's name and version (bash's default root prompt `bash-5.2#`, adv58c-13).
    const dollarWord = atGap && q - start > 1 && (last === 36 || (last === 35 && SHELL_VERSION_WORD.test(text.slice(start, q))));
    if (words === 0 && !wordMarked && !dollarWord && open !== 91 && open !== 40) return undefined;
    if (words === 0 && atGap && !isSigil(last) && last !== 62 && isCommandStart(text.charCodeAt(q + 1)) && BARE_PROMPT_WORD.test(text.slice(start, q))) bareEnd = q;
    if (last === 58) return undefined; // `kv2@raft-lab:`: a writer's column
    const markedGroup = (open === 91 || open === 40) && marked;
    if (atGap && isSigil(last) && (q - start === 1 ? marked : wordMarked || dollarWord || markedGroup)) return { end: q, node: undefined };
    if (atGap && last === 62 && q - start > 1 && (wordMarked || markedGroup)) return { end: q, node: undefined };
    // A theme's `❯` or `>` standing alone after a word showing one (starship's and pure's `~/kv ❯`, a fish prompt's
    // `~/kv >`, adv58c).
    if (atGap && q - start === 1 && (last === 62 || last === 0x276f) && marked) return { end: q, node: undefined };
    marked ||= wordMarked;
    while (q < limit && isGap(text.charCodeAt(q))) q++;
  }
  // The sigil alone after the last word (`user@host ~/kv $`).
  if (marked && q < limit && isSigil(text.charCodeAt(q)) && (q + 1 >= limit || isGap(text.charCodeAt(q + 1)))) return { end: q + 1, node: undefined };
  return bareEnd < 0 ? undefined : { end: bareEnd, node: undefined };
}

// bash's default prompt without its sigil: a user, `@`, a host, `:`, then a home or absolute directory.
const BARE_PROMPT_WORD = /^[a-z_][\w.-]{0,31}@[A-Za-z0-9][\w.-]{0,63}:[~/]\S{0,200}$/i;
// What a typed command starts with: a program's name or path (`date`, `./kv_node`, `/usr/bin/pkill`).
const isCommandStart = (c: number): boolean => isLetter(c) || c === 46 || c === 47;

/**
 * Where a row's last segment ends: before trailing blanks, a CR, and the `]` or `)` closing a right prompt's clock
 * (`[18:20:18]`). The one reading of a right prompt's end, for isRightPromptTime and the line scan's search for a time
 * there (scan-lines.ts).
 */
export function findRowContentEnd(text: string, start: number, end: number): number {
  let q = end;
  while (q > start && isRowEndFill(text.charCodeAt(q - 1))) q--;
  return q;
}

// A blank, a CR, or a clock's closing `]` or `)`.
const isRowEndFill = (c: number): boolean => isGap(c) || c === 93 || c === 41 || c === 13;

// Right-aligned prompt segments sit this many blanks or more after the command typed (zsh's RPROMPT, fish_right_prompt,
// powerlevel10k's right side: the terminal's width less the command's).
const RIGHT_PROMPT_GAP = 8;

// Whether the time ending at `stampEnd` is a right prompt's, drawn with the prompt before the command ran: it ends the
// row (a closing bracket or blanks at most after it), and a run of RIGHT_PROMPT_GAP blanks, with no `#` comment
// after it, parts it from the command typed after the prompt's end `commandAt` (`~/raft ❯ date +%T.%3N; kill 27266
// <blanks> 18:28:38.855`, adv58c-38).
function isRightPromptTime(text: string, commandAt: number, end: number, stampEnd: number): boolean {
  if (stampEnd < findRowContentEnd(text, commandAt, end)) return false;
  let run = 0;
  let padded = false;
  for (let k = commandAt; k < stampEnd; k++) {
    const c = text.charCodeAt(k);
    if (isGap(c)) {
      if (++run >= RIGHT_PROMPT_GAP) padded = true;
    } else {
      run = 0;
      if (padded && c === 35) return false;
    }
  }
  return padded;
}

/**
 * Whether a time ending at `stampEnd` on line [start, end) is its shell prompt's: the prompt holds it (`[14:05:31]
 * sam@lab:~/kv$ kill 4101`), follows it showing a user, host or directory (zsh's `14:05:31 sam@lab ~/kv % kill 4101`),
 * or is a right prompt's clock at the row's end (isRightPromptTime). A prompt is drawn before its command is typed, so
 * its time is no moment of the command.
 */
export function isPromptTime(text: string, start: number, end: number, stampEnd: number): boolean {
  if (stampEnd <= start || stampEnd > end) return false;
  const held = readShellPrompt(text, start, end);
  if (held !== undefined) return stampEnd <= held.end || isRightPromptTime(text, held.end, end, stampEnd);
  let p = stampEnd;
  if (text.charCodeAt(p) === 93) p++; // `]`
  if (p >= end || !isGap(text.charCodeAt(p))) return false;
  while (p < end && isGap(text.charCodeAt(p))) p++;
  // A user, host or directory, not a sigil alone: `12:00:00.000Z $ kill 4242` is a timed record of the command.
  const after = p < end ? readShellPrompt(text, p, end) : undefined;
  return after !== undefined && after.end - p > 1;
}

// zsh's second prompt names what is open (`for> `, `then> `, `dquote> `, nested `for then> `); sh's and bash's is `> `.
const CONTINUATION_PROMPT = /^(?:[a-z]{2,9}(?: [a-z]{2,9}){0,3})?>(?: |$)/;

/**
 * Where the command goes on after the shell's second prompt at the start of a row (`> done`, zsh's `for> grep …`): the
 * rest of a command typed above, no output. -1 when the row opens with none. (The scan reads a lone `> …` row as a
 * quote: only a caller that knows a command stands above asks this.)
 */
export function readContinuationPromptEnd(row: string): number {
  if (row.indexOf('>') < 0) return -1;
  const m = CONTINUATION_PROMPT.exec(row);
  return m === null ? -1 : m[0].length;
}
