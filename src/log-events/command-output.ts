// What a command the student typed prints is the student's terminal, no node's line, whatever its words say. One
// concept, read in the three shapes real pastes show, each a predicate of the command's text and the line's:
// - what its `echo` printed, word for word (the lesson's own Verify block: `pgrep -f "kv_node.*--id 1" || echo "leader
//   process is dead"`, read as a detection no node wrote);
// - the container a stop command prints back (`$ docker kill kv1` → `kv1`; findStoppedName names it);
// - the body a request to a node prints (`curl -s 127.0.0.1:7002/status`, `echo status | nc 127.0.0.1 7002` →
//   `{"role":"follower",…,"last_event":"lost connection to leader node1"}`): a status reply states what the node holds
//   when asked, no line it logged then;
// - a line its program heads after the time (`12:07:45.120 kv_cli: put k52: connection reset by peer` under
//   `$ ./kv_cli --server 127.0.0.1:7001 --loop put`): the client's lost connections are no follower's.
// Callers find the command line above (scan-lines.ts findLastCommand) within the rows their shape allows.
import { findMentionedNodes } from './attribute-node.js';
import { readShellPrompt } from './shell-prompt.js';

// `echo` where a command starts (the line's start, after a prompt's `$` or `>`, a `;`, `&&`, `||`, `|` or `(`, or a
// loop's or test's `do`, `then`, `else`: not `grep echo …`'s argument), with its flags and one argument: double- or
// single-quoted, or words up to the next separator or redirection, bare and quoted pieces joined as the shell joins them
// (`echo [node2] heartbeat timeout at "$(date +%T.%3N)"`: review76) with a command substitution or variable among them;
// or up to the quote closing the script it stands in (`nohup sh -c '… && echo "…"' &`, adv75e-57).
const ECHO = /(?:(?:^|[;&|($>])\s*|\b(?:do|then|else)\s+)echo(?:\s+-[neE]{1,3})*\s+(?:"([^"\n]{1,512})"|'([^'\n]{1,512})'|((?:[^;&|#"'`$\n]|"[^"\n]{0,512}"|'[^'\n]{0,512}'|\$\([^()\n]{0,200}\)|\$\{[^}\n]{0,40}\}|\$\w{1,40}){1,512}?))\s*(?=$|[;&|#)<>]|\d>|['"]\s*(?:$|[;&|)<>]|\d>))/g;
// A quoted piece of a word: its quotes taken off.
const QUOTED_PIECE = /"([^"\n]*)"|'([^'\n]*)'/g;
// `printf` where a command starts, its quoted format: each conversion (`%s`, `%d`) prints an argument.
const PRINTF = /(?:(?:^|[;&|($>])\s*|\b(?:do|then|else)\s+)printf\s+(?:"([^"\n]{1,512})"|'([^'\n]{1,512})')/g;
const PRINTF_CONVERSION = /%[-+ 0#]{0,3}\d{0,3}(?:\.\d{1,3})?[sdifgxXc]/g;
/** How many lines below its command an echo's output may stand (other commands of the line print theirs too). */
export const ECHO_OUTPUT_ROWS = 4;

// What the shell expands inside a double-quoted or bare argument: `$(…)` (one level of nesting), `${…}`, `$name`,
// `$1`, `$$`, a backquoted command.
const EXPANSION = /\$\((?:[^()]|\([^()]*\))*\)|\$\{[^}]*\}|\$[A-Za-z_]\w*|\$[0-9#?$!@*]|`[^`]*`/g;
// A template's own words must hold a word of letters this long: `"$(date +%T.%3N)"` or `"$x ms"` could print anything.
const TEMPLATE_WORD = /[A-Za-z]{4}/;

// Each echo argument and printf format of a command line, its quotes taken off (a format's conversions written as
// `${}`, its `\n` dropped); single-quoted echo arguments expand nothing.
function readEchoArguments(command: string): { text: string; expands: boolean }[] {
  if (!command.includes('echo') && !command.includes('printf')) return [];
  const found: { text: string; expands: boolean }[] = [];
  ECHO.lastIndex = 0;
  for (let m = ECHO.exec(command); m !== null; m = ECHO.exec(command)) {
    const text = (m[1] ?? m[2] ?? m[3]!.replace(QUOTED_PIECE, (_, double: string | undefined, single: string | undefined) => double ?? single ?? '')).trim();
    if (text !== '') found.push({ text, expands: m[2] === undefined && (text.includes('$') || text.includes('`')) });
  }
  PRINTF.lastIndex = 0;
  for (let m = PRINTF.exec(command); m !== null; m = PRINTF.exec(command)) {
    const format = (m[1] ?? m[2]!).replace(/\\[nt]/g, ' ').trim();
    const text = format.replace(PRINTF_CONVERSION, '${}');
    if (text !== format) found.push({ text, expands: true });
  }
  return found;
}

/** The texts the `echo` commands of a command line print, as written (no `$` expansion: a bare argument holds none). */
export function readEchoedTexts(command: string): string[] {
  return readEchoArguments(command)
    .filter((a) => !a.expands)
    .map((a) => a.text);
}

/**
 * A pattern of what an echo argument that expands prints (`"$(date +%T.%3N) [node$n] election timeout"`): its own
 * words as written, each expansion any text up to a line's length. Undefined when its own words hold no word of four
 * letters (TEMPLATE_WORD) or it expands nothing.
 */
export function readEchoTemplate(argument: string): RegExp | undefined {
  const literals = argument.split(EXPANSION);
  if (literals.length < 2 || !TEMPLATE_WORD.test(literals.join(' '))) return undefined;
  return new RegExp(`^${literals.map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.{0,200}?')}$`);
}

/** Whether `line` is, word for word, what an `echo` of `command` printed. */
export function isEchoOutput(command: string, line: string): boolean {
  return readEchoedTexts(command).includes(line.trim());
}

/**
 * Whether `line` is what an echo argument or printf format of `command` that expands printed (readEchoTemplate), its
 * own words in place, and `words` (the event words the line was read by) among them, not in what an expansion
 * printed (adv73c-59: `… && echo "$(date +%T.%3N) [node3] heartbeat timeout detected"`, the student's watcher; but
 * `echo "node$n"; tail -n 1 …` prints the node's own line after it, and `echo "$(grep -m1 timeout node2.log)"` its words).
 */
export function isEchoTemplateOutput(command: string, line: string, words: string): boolean {
  const trimmed = line.trim();
  const wanted = words.toLowerCase();
  return readEchoArguments(command).some((a) => a.expands && a.text.split(EXPANSION).join(' ').toLowerCase().includes(wanted) && readEchoTemplate(a.text)?.test(trimmed) === true);
}

/** Whether line [start, end) of `text` is only `name`: what `docker kill kv1` / `podman kill kv1` print back. */
export function isStoppedEcho(text: string, start: number, end: number, name: string): boolean {
  return end - start <= name.length + 8 && text.slice(start, end).trim() === name;
}

// A program's name heading a line right after its time (`12:07:45.120 kv_cli: put k52: connection reset by peer`).
const HEAD_PROGRAM = /^[ \t]{0,4}([A-Za-z_][\w.-]{0,39}):[ \t]/;
// The program a typed command runs: its first word, its path dropped (`./kv_cli --loop put`: kv_cli), after a wrapper.
const COMMAND_PROGRAM = /^(?:(?:sudo|env|nohup|time|exec|stdbuf(?: -\w+)*) +)*(?:[\w.~-]*\/)*([A-Za-z_][\w.-]{0,39})(?=[ \t]|$)/;

/**
 * Whether a line whose text after its time is `afterTime` is the output of the program `command` runs: that program's
 * name heads it, and the name is no node's (a node's own lines between, `12:07:45.463 node3: election timeout`, name
 * another head).
 */
export function isProgramOutput(command: string, afterTime: string): boolean {
  const program = COMMAND_PROGRAM.exec(command.slice(readShellPrompt(command, 0, command.length)?.end ?? 0).trimStart())?.[1];
  if (program === undefined) return false;
  const head = HEAD_PROGRAM.exec(afterTime)?.[1];
  return head !== undefined && head.toLowerCase() === program.toLowerCase() && findMentionedNodes(head).length === 0;
}

// A client asking a server where a command starts: HTTP's (curl, wget, HTTPie's `http`/`https`, xh, PowerShell's
// Invoke-RestMethod / Invoke-WebRequest and their aliases irm / iwr, grpcurl) or a raw socket's (nc, ncat, netcat,
// socat, telnet: `echo status | nc -q1 127.0.0.1 7002`), inside a loop's body too (`for p in …; do curl -s …; done`).
const REQUEST_CLIENT = /(?:^|[\s;&|(`$>])(?:curl|wget|https?|xh|invoke-restmethod|invoke-webrequest|irm|iwr|grpcurl|nc|ncat|netcat|socat|telnet)(?=\s)/i;

/** Whether a typed command asks a server for something, so that the JSON it prints is a reply, no log record. */
export function isServerRequest(command: string): boolean {
  return REQUEST_CLIENT.test(command);
}
