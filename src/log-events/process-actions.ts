// A typed command that acts on processes — lists or finds them (`ps`, `pgrep`, `pidof`), signals or stops them
// (`kill`, `pkill`, `docker kill kv1`, `systemctl stop kv@1`) — names the nodes it acts on, and prints no node's log:
// the lines below it are no section of the node it names. The lesson's own Verify command, `pgrep -f "kv_node.*--id 1"
// || echo "leader process is dead"`, names node1 and prints pids and its echo; the followers' lines pasted under it
// are theirs, not node1's.
import { COMMAND_KILL_PATTERN } from './default-patterns.js';
import { readShellPrompt } from './shell-prompt.js';

// A process listing or lookup: what it prints are pids and command lines.
const PROCESS_QUERY = /^(?:pgrep|pidof|ps)(?=\s|$)/;
// What a command may stand behind: `sudo -E`, `env`, `time`, `nohup`, an assignment `FOO=1`, `!`, a group's `(` or `{`,
// a path to the program (`/usr/bin/pkill`).
const WRAPPER = /^(?:(?:sudo|doas|env|time|nohup|command|exec|builtin)(?:\s+-{1,2}[A-Za-z][\w-]*)*\s+|[A-Za-z_]\w*=\S*\s+|[!({]\s*|[\w.~-]*\/(?=\S))/;

// `pipeline` from its program on, behind any WRAPPER (`sudo -E env FOO=1 /usr/bin/pkill …` → `pkill …`).
function withoutWrappers(pipeline: string): string {
  let rest = pipeline;
  for (let m = WRAPPER.exec(rest); m !== null && m[0].length > 0; m = WRAPPER.exec(rest)) rest = rest.slice(m[0].length);
  return rest;
}

// Whether `pipeline` (one, from its first word) lists, finds, signals or stops processes.
const isProcessAction = (pipeline: string): boolean => PROCESS_QUERY.test(withoutWrappers(pipeline)) || isKillPipeline(pipeline);

// The pipelines of a command line, trimmed, split at `;`, `&&`, `||`, a background `&` and line ends outside quotes,
// `$(…)`, `(…)` and backticks (`kill $(pgrep -f "id 1"; true)` is one); `|` joins a pipeline's stages.
function splitPipelines(command: string, from: number): string[] {
  const pipelines: string[] = [];
  let start = from;
  let depth = 0;
  let quote = 0;
  let backtick = false;
  const cut = (end: number, next: number): void => {
    const pipeline = command.slice(start, end).trim();
    if (pipeline !== '') pipelines.push(pipeline);
    start = next;
  };
  for (let k = from; k < command.length; k++) {
    const c = command.charCodeAt(k);
    if (quote !== 0) {
      if (c === 92 && quote === 34) k++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === 92) k++;
    else if (c === 34 || c === 39) quote = c;
    else if (c === 96) backtick = !backtick;
    else if (c === 40) depth++;
    else if (c === 41) depth = Math.max(0, depth - 1);
    else if (depth > 0 || backtick) continue;
    else if (c === 59 || c === 10) cut(k, k + 1);
    else if (c === 124 && command.charCodeAt(k + 1) === 124) cut(k, ++k + 1);
    else if (c === 38 && command.charCodeAt(k + 1) === 38) cut(k, ++k + 1);
    // `&` alone sends the pipeline to the background; `2>&1` and `&>` redirect.
    else if (c === 38 && command.charCodeAt(k - 1) !== 62 && command.charCodeAt(k + 1) !== 62) cut(k, k + 1);
  }
  cut(command.length, command.length);
  return pipelines;
}

/** The pipelines of the typed command line `command` (a prompt before it left out), in order (splitPipelines). */
export function readTypedPipelines(command: string): string[] {
  const prompt = readShellPrompt(command, 0, command.length);
  return splitPipelines(command, prompt?.end ?? 0);
}

/** Whether `pipeline` (one, from its first word, behind any wrapper: `sudo kill -TERM 4101`) signals or stops processes. */
export function isKillPipeline(pipeline: string): boolean {
  const kill = COMMAND_KILL_PATTERN.exec(withoutWrappers(pipeline));
  return kill !== null && kill.index === 0;
}

/**
 * The pipelines of the typed command line `command` (a prompt before it left out) whose output shows below it: every
 * one but those acting on processes (isProcessAction), whose words name the nodes acted on.
 */
export function readPrintingPipelines(command: string): string[] {
  return readTypedPipelines(command).filter((pipeline) => !isProcessAction(pipeline));
}

/**
 * `command` with each bracket expression after a name that lists node numbers (`grep -E 'kv[23]'`, `tail
 * data/node[1-3]/node.log`) written out as the names it matches (`kv2 kv3`): a shell glob or a grep pattern's class
 * names several nodes, never one node numbered 23.
 */
export function expandNumberClasses(command: string): string {
  if (!command.includes('[')) return command;
  return command.replace(NUMBER_CLASS, (whole, name: string, members: string) => {
    const numbers: number[] = [];
    for (let k = 0; k < members.length; k++) {
      const c = members.charCodeAt(k);
      if (c === 44) continue;
      if (c === 45 && k > 0 && k + 1 < members.length) {
        for (let n = Number(members[k - 1]) + 1; n <= Number(members[k + 1]); n++) numbers.push(n);
        k++;
      } else numbers.push(c - 48);
    }
    return numbers.length < 2 ? whole : numbers.map((n) => `${name}${n}`).join(' ');
  });
}
/** `command` with each bracket expression expandNumberClasses would write out blanked, with the name before it. */
export function withoutNumberClasses(command: string): string {
  return command.includes('[') ? command.replace(NUMBER_CLASS, (whole) => ' '.repeat(whole.length)) : command;
}
// A name, then a bracket of two or more digits, ranges (`1-3`) or commas between them.
const NUMBER_CLASS = /([A-Za-z][\w-]{0,30}?)\[(\d(?:,?\d|-\d)+)\]/g;

