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

// `echo` where a command starts (the line's start, after a prompt's `$` or `>`, a `;`, `&&`, `||`, `|` or `(`: not
// `grep echo …`'s argument), with its flags and one argument: double- or single-quoted, or bare words up to the next
// separator.
const ECHO = /(?:^|[;&|($>])\s*echo(?:\s+-[neE]{1,3})*\s+(?:"([^"\n]{1,512})"|'([^'\n]{1,512})'|([^;&|#"'`$\n]{1,512}?))\s*(?=$|[;&|#)])/g;
/** How many lines below its command an echo's output may stand (other commands of the line print theirs too). */
export const ECHO_OUTPUT_ROWS = 4;

/** The texts the `echo` commands of a command line print, as written (no `$` expansion: a bare argument holds none). */
export function readEchoedTexts(command: string): string[] {
  if (!command.includes('echo')) return [];
  const texts: string[] = [];
  ECHO.lastIndex = 0;
  for (let m = ECHO.exec(command); m !== null; m = ECHO.exec(command)) {
    const text = (m[1] ?? m[2] ?? m[3]!).trim();
    if (text !== '' && !text.includes('$')) texts.push(text);
  }
  return texts;
}

/** Whether `line` is, word for word, what an `echo` of `command` printed. */
export function isEchoOutput(command: string, line: string): boolean {
  return readEchoedTexts(command).includes(line.trim());
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
