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
// single-quoted, or bare words up to the next separator.
const ECHO = /(?:(?:^|[;&|($>])\s*|\b(?:do|then|else)\s+)echo(?:\s+-[neE]{1,3})*\s+(?:"([^"\n]{1,512})"|'([^'\n]{1,512})'|([^;&|#"'`$\n]{1,512}?))\s*(?=$|[;&|#)])/g;
/** How many lines below its command an echo's output may stand (other commands of the line print theirs too). */
export const ECHO_OUTPUT_ROWS = 4;

// What the shell expands inside a double-quoted argument: `$(…)` (one level of nesting), `${…}`, `$name`, `$1`, `$$`,
// a backquoted command.
const EXPANSION = /\$\((?:[^()]|\([^()]*\))*\)|\$\{[^}]*\}|\$[A-Za-z_]\w*|\$[0-9#?$!@*]|`[^`]*`/g;
// A template's own words must hold a word of letters this long: `"$(date +%T.%3N)"` or `"$x ms"` could print anything.
const TEMPLATE_WORD = /[A-Za-z]{4}/;

// Each echo argument of a command line, its quotes taken off; single-quoted ones expand nothing.
function readEchoArguments(command: string): { text: string; expands: boolean }[] {
  if (!command.includes('echo')) return [];
  const found: { text: string; expands: boolean }[] = [];
  ECHO.lastIndex = 0;
  for (let m = ECHO.exec(command); m !== null; m = ECHO.exec(command)) {
    const text = (m[1] ?? m[2] ?? m[3]!).trim();
    if (text !== '') found.push({ text, expands: m[2] === undefined && (text.includes('$') || text.includes('`')) });
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
 * Whether `line` is what an echo argument of `command` that expands printed (readEchoTemplate): its own words in
 * place (adv73c-59: `… && echo "$(date +%T.%3N) [node3] heartbeat timeout detected"`, the student's watcher).
 */
export function isEchoTemplateOutput(command: string, line: string): boolean {
  const trimmed = line.trim();
  return readEchoArguments(command).some((a) => a.expands && readEchoTemplate(a.text)?.test(trimmed) === true);
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
