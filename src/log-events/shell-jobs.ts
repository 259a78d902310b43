// Shell job specs: `kill %1` kills job 1 of the shell the paste shows, which is whatever that shell's job table says:
// bash's notice `[1] 20411` after a command ending in `&` (the job's number and pid), `jobs -l`'s rows `[1]+ 20411
// Running ./kv_node --id 1 &`, and the `jobs` / `[1]+  Done  ./kv_node --id 1` rows naming the job's command; fish's
// `jobs` rows `1  20411  7%  running  ./kv_node --id 1 &`. Read only
// for a paste with such a kill (read-log-events.ts), so a paste without one pays nothing.
import { nodeLabel, readLaunchFlags } from './attribute-node.js';
import { lineText, type PasteLines } from './paste-lines.js';
import { LINE_COMMAND, type LineTable } from './scan-lines.js';

/** One job the paste's job table shows at `line` (0-based): its number, and its node and pid when the row gives them. */
export interface ShellJob {
  readonly job: number;
  readonly line: number;
  readonly node?: string;
  readonly pid?: string;
}

// `kill %1`, `kill -TERM %2`, `kill -s INT %3`, and the job's pids by `jobs -p` (`kill $(jobs -p %1)`, fish 3's `kill
// (jobs -p %1)`: fish has no `%1` of its own): the job number a kill command names.
const KILLED_JOB = /\bkill\b(?:\s+-(?:s\s+)?\w+)*\s+(?:%(\d{1,3})(?![\w%])|\$?\(\s*jobs\s+-p\s+%(\d{1,3})\s*\)|`\s*jobs\s+-p\s+%(\d{1,3})\s*`)/i;

/** The job number `kill %N` on this line names, if any. */
export function findKilledJob(text: string): number | undefined {
  const m = KILLED_JOB.exec(text);
  return m === null ? undefined : Number(m[1] ?? m[2] ?? m[3]);
}

/**
 * The job a kill event at `line` names and the line naming it: that line, or the `date … ; kill %1` command above the
 * time it printed (the event's line is the time's). With the line kinds (`kinds`, the head scan's), the line above
 * counts only when it is a command and the event's line none; without them (a report naming a kill), it always does.
 */
export function findKilledJobOf(lines: PasteLines, line: number, kinds?: LineTable['kinds']): { job: number; line: number } | undefined {
  const printed = line > 0 && (kinds === undefined || (kinds[line] !== LINE_COMMAND && kinds[line - 1] === LINE_COMMAND));
  for (const at of printed ? [line, line - 1] : [line]) {
    const job = findKilledJob(lineText(lines, at, 4096));
    if (job !== undefined) return { job, line: at };
  }
  return undefined;
}

/** bash's notice for a command run in the background, `[1] 20411` (group 1 the job, 2 its pid): here, for kills of several nodes, and for scan-lines' job sections. */
export const JOB_NOTICE = /^\s*\[(\d{1,3})\]\s+(\d{1,7})\s*$/;
// `jobs -l`: `[1]+ 20411 Running                 ./kv_node --id 1 &`; `jobs` and bash's reports: `[1]+  Done  ./kv_node --id 1`.
const JOB_ROW = /^\s*\[(\d{1,3})\][+-]?\s+(?:(\d{1,7})\s+)?(?:Running|Stopped|Done|Terminated|Killed|Exit \d{1,3}|Hangup|Interrupt)(?:\s+\([^)]{1,20}\))?\s+(\S.*)$/;
// fish 3's `jobs`, under its `Job Group CPU State Command` head: `1  27523  7%  running  ./kv_node --id 1 … &` (the
// job, its process group: its first process's pid, its CPU share, its state, its command).
const FISH_JOB_ROW = /^\s*(\d{1,3})\s+(\d{1,7})\s+\d{1,3}%\s+(?:running|stopped)\s+(\S.*)$/;
/** Whether `row` is a row of a job table (bash's `[1] 20411`, `jobs -l`'s `[2]-  4102 Running  ./kv_node --id 2 &`, `[1]+  Terminated  …`; fish's). */
export function isJobTableRow(row: string): boolean {
  return JOB_NOTICE.test(row) || JOB_ROW.test(row) || FISH_JOB_ROW.test(row);
}
// `for i in 1 2 3; do ./kv_node --id $i & done`: the loop's variable and its values (words or a `{1..3}` range).
const FOR_LOOP = /\bfor\s+([A-Za-z_]\w{0,30})\s+in\s+([^;]{1,200});\s*do\b(.{1,500})$/;
// How far below its command bash's notices of a background launch may come (one per job of a loop).
const NOTICE_LINES = 16;

/** The jobs the paste's job table shows, in paste order. */
export function readShellJobs(lines: PasteLines, table: Pick<LineTable, 'kinds'>): ShellJob[] {
  const jobs: ShellJob[] = [];
  // The last command above a notice, with the nodes its background jobs start, in order (a loop's one per value).
  let launches: (string | undefined)[] = [];
  let launchLine = -1;
  let noticed = 0;
  for (let i = 0; i < lines.count; i++) {
    const text = lineText(lines, i, 512);
    if (table.kinds[i] === LINE_COMMAND) {
      [launches, launchLine, noticed] = [readBackgroundLaunches(text), i, 0];
      continue;
    }
    const notice = JOB_NOTICE.exec(text);
    if (notice !== null) {
      const node = i - launchLine <= NOTICE_LINES ? launches[noticed++] : undefined;
      jobs.push({ job: Number(notice[1]), line: i, pid: notice[2]!, ...(node === undefined ? {} : { node }) });
      continue;
    }
    const row = JOB_ROW.exec(text) ?? FISH_JOB_ROW.exec(text);
    if (row === null) {
      // A launch typed on a row no prompt starts that the scan left a log line: glued to the record a job printed as
      // it was typed (`./raft_node --id 2 … &I20261202 04:56:51.095820 12778 …`, the record naming its writer): its
      // notices follow too.
      const typed = isTypedLaunch(text) ? readBackgroundLaunches(text) : [];
      if (typed.length > 0) [launches, launchLine, noticed] = [typed, i, 0];
      continue;
    }
    const node = row[3]!.includes('$') ? undefined : readLaunchFlags(row[3]!)?.node;
    jobs.push({ job: Number(row[1]), line: i, ...(row[2] === undefined ? {} : { pid: row[2] }), ...(node === undefined ? {} : { node }) });
  }
  return jobs;
}

// A `&` ending a background job: not `&&`, a redirection's (`2>&1`, `&>`, `>&2`, `<&3`), bash's `|&`, nor an escaped `\&`.
const JOB_END = /(?<![&<>|\\])&(?![&>])/g;
/** Quoted text of a typed line, where a `&` ends no job (`echo "./kv_node --id 1 &"`) and a `;` no command. */
export const QUOTED = /"(?:[^"\\\n]|\\.)*"|'[^'\n]*'/g;

/** Where each `&` of `command` that sends a job to the background stands (JOB_END, outside quotes), in order; at most 64. */
export function findJobEnds(command: string): number[] {
  if (!command.includes('&')) return [];
  const masked = command.includes('"') || command.includes("'") ? command.replace(QUOTED, (q) => ' '.repeat(q.length)) : command;
  const ends: number[] = [];
  JOB_END.lastIndex = 0;
  for (let m = JOB_END.exec(masked); m !== null && ends.length < 64; m = JOB_END.exec(masked)) ends.push(m.index);
  return ends;
}

/**
 * The node each background job of `command` starts, in order (one entry per job, undefined where the command does
 * not say): `./kv_node --id 2 … &` one, `./kv_node --id 1 & ./kv_node --id 2 &` two, a `for i in 1 2 3; do ./kv_node
 * --id $i & done` loop one per value. Empty: the command runs nothing in the background. The one reading of `&` for
 * scan-lines (background launches start no section) and for the job table (the `[N] pid` notices they print).
 */
export function readBackgroundLaunches(command: string): (string | undefined)[] {
  return readBackgroundJobs(command).map((job) => job.node);
}

/**
 * Each background job of `command`, in order: the command it runs (a loop's body with the job's value in place of the
 * variable) and the node it starts (readBackgroundLaunches). A job of a command that sends several is one of them.
 */
export function readBackgroundJobs(command: string): { readonly command: string; readonly node: string | undefined }[] {
  const ends = findJobEnds(command);
  if (ends.length === 0) return [];
  const loop = FOR_LOOP.exec(command);
  // A loop's values are its jobs only when its body sends them to the background (the body runs to the row's end).
  if (loop !== null && ends[ends.length - 1]! > loop.index + loop[0].length - loop[3]!.length) {
    const [, name, list, body] = loop;
    const range = /^\{(\d{1,3})\.\.(\d{1,3})\}$/.exec(list!.trim());
    const values = range ? Array.from({ length: Math.max(0, Number(range[2]) - Number(range[1]) + 1) }, (_, k) => String(Number(range[1]) + k)) : list!.trim().split(/\s+/);
    const variable = new RegExp(`\\$\\{?${name!}\\}?(?!\\w)`, 'g');
    const job = body!.slice(0, findJobEnds(body!)[0] ?? body!.length);
    // `./kv_node $i & done` over `1 2 3`: a launch given the variable as a bare argument, a node number, is that node.
    const positional = values.every((value) => SMALL_ID.test(value)) && isPositionalLaunch(job, name!);
    return values.slice(0, 64).map((value) => {
      const run = job.replace(variable, value);
      return { command: run, node: readLaunchFlags(run)?.node ?? (positional ? nodeLabel(Number(value)) : undefined) };
    });
  }
  return ends.map((end, k) => {
    const run = command.slice(k === 0 ? 0 : ends[k - 1]! + 1, end);
    return { command: run, node: readLaunchFlags(run)?.node };
  });
}

// A loop's value that numbers a node: one or two digits (a port or a pid has more).
const SMALL_ID = /^\d{1,2}$/;

// Whether a loop's job `launch` starts a program (TYPED_LAUNCH's shape) and passes it the loop's variable
// `name` as a word of its own (`./kv_node $i &`, `python3 node.py "${i}" &`: a C-course node reads its id from argv[1]),
// not inside a word (`--port 700$i`, `n$i.log`) nor as an option's value (`--port $i`, `-n $i`).
function isPositionalLaunch(launch: string, name: string): boolean {
  TYPED_LAUNCH.lastIndex = 0;
  if (!TYPED_LAUNCH.test(launch)) return false;
  const words = launch.trim().split(/\s+/);
  const bare = new Set([`$${name}`, `\${${name}}`, `"$${name}"`, `"\${${name}}"`]);
  return words.some((word, k) => k > 0 && bare.has(word) && words[k - 1]!.charCodeAt(0) !== 45);
}

// A launch as the student types it, from the row's start: `set -x`'s trace marks (`+ `), environment assignments
// (`GLOG_logtostderr=1 `, `RUST_LOG="debug" `; never indented nor `_` first: journald's `    _CMDLINE=node /…/kv_node.js
// --id 1` and `_CMDLINE=…` are fields of a record, no command), a wrapper and its options (`nohup `, `timeout 5 `, `env -i `), then
// the program: a path (`./kv_node`, `../build/kv_node`, `/opt/kv/bin/node`, `~/kv/node`), an interpreter, its options
// and the script it runs (`python3 -u raft_node.py`, `python3 -m raft.node`, `node node.js`, `java -jar kv.jar`), or a
// build tool's run (`go run`, `cargo run`). A bare word first (`echo`, `INFO`, `node started …`) is no launch.
const TYPED_LAUNCH = new RegExp(
  [
    String.raw`(?:[ \t]{1,16}(?:\+{1,3} )?|(?:\+{1,3} )?(?:[A-Za-z]\w{0,63}=(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[^\s;|&'"]{0,200}) {1,8})*)`,
    String.raw`(?:(?:timeout|nohup|exec|env|stdbuf|setsid|sudo|nice|taskset|numactl)(?: [^\s;|&]{1,64}){0,4} )?`,
    String.raw`(?:(?:\.{1,2}\/|\/|~\/)[\w.\/-]{1,128}`,
    String.raw`|(?:python[23]?(?:\.\d{1,2})?|pypy3?|node|nodejs|deno(?: run)?|bun(?: run)?|ruby|perl|php|java)(?: {1,64}-{1,2}[\w.=-]{1,64}){0,6} {1,64}(?:[\w.\/~-]{0,128}\.(?:py|js|mjs|cjs|ts|rb|pl|php|jar)|(?<=-m {1,64})[\w.]{1,128})`,
    String.raw`|(?:go|cargo|mix|dotnet) run)`,
    String.raw`(?: |$)`,
  ].join(''),
  'y',
);

/**
 * Whether row [start, end) of `text` is a node's launch typed or echoed where no prompt shows (a job's output took the
 * prompt's row; make's or Emacs compile's echo of a recipe; `set -x`'s `+ …`): TYPED_LAUNCH's shape, starting a node
 * by one `--id N` (`VAR=x ./kv_node --id 2 …`, `nohup ./kv_node --id 1 … &`, `python3 raft_node.py --id 3 &`) or
 * starting one in each background job (`./kv_node --id 1 & ./kv_node --id 2 &`). A command, not a log line: never a
 * row that only mentions a launch (`echo "./kv_node --id 1 &"`, a record quoting its flags, a history row's number
 * first). Its first character decides before any regex, so a log line with a time first pays one comparison.
 */
export function isTypedLaunch(text: string, start = 0, end = text.length): boolean {
  const c = text.charCodeAt(start);
  // `.`, `/`, `~`, `+`, a tab or space (make's recipe indent), or a letter (an assignment, a wrapper, an interpreter).
  if (!(c === 46 || c === 47 || c === 126 || c === 43 || c === 9 || c === 32 || ((c | 32) >= 97 && (c | 32) <= 122))) return false;
  TYPED_LAUNCH.lastIndex = start;
  if (!TYPED_LAUNCH.test(text) || TYPED_LAUNCH.lastIndex > end) return false;
  const row = start === 0 && end === text.length ? text : text.slice(start, end);
  return readLaunchFlags(row) !== undefined || readBackgroundLaunches(row).some((node) => node !== undefined);
}

/**
 * The job `job` that a kill at line `line` names: the job table's last row for it above the kill (the launch the shell
 * numbered so), else its first below (bash's `[1]+  Terminated  …` after the kill); its node, or the node its pid
 * names. A row above that ties the job to no node leaves it to that first row below: bash's report of the job the
 * kill ended names its command.
 */
export function resolveKilledJob(jobs: readonly ShellJob[], job: number, line: number, nodeOfPid: (pid: string) => string | undefined): string | undefined {
  let above: ShellJob | undefined;
  let below: ShellJob | undefined;
  for (const entry of jobs) {
    if (entry.job !== job) continue;
    if (entry.line < line) above = entry;
    else {
      below = entry;
      break;
    }
  }
  return (above === undefined ? undefined : nodeOfJob(jobs, above, nodeOfPid)) ?? (below === undefined ? undefined : nodeOfJob(jobs, below, nodeOfPid));
}

// A job row's node: its own, else one another row for the same pid names (`[1] 20411`, then `jobs -l`), else a
// process listing's.
function nodeOfJob(jobs: readonly ShellJob[], row: ShellJob, nodeOfPid: (pid: string) => string | undefined): string | undefined {
  if (row.node !== undefined || row.pid === undefined) return row.node;
  return jobs.find((e) => e.pid === row.pid && e.node !== undefined)?.node ?? nodeOfPid(row.pid);
}
