// Shell job specs: `kill %1` kills job 1 of the shell the paste shows, which is whatever that shell's job table says:
// bash's notice `[1] 20411` after a command ending in `&` (the job's number and pid), `jobs -l`'s rows `[1]+ 20411
// Running ./kv_node --id 1 &`, and the `jobs` / `[1]+  Done  ./kv_node --id 1` rows naming the job's command; fish's
// `jobs` rows `1  20411  7%  running  ./kv_node --id 1 &`. Read only
// for a paste with such a kill (read-log-events.ts), so a paste without one pays nothing.
import { readLaunchFlags } from './attribute-node.js';
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
      // A launch typed on a row no prompt starts (a job's output took the prompt's row), or glued to the record a job
      // printed as it was typed (`./raft_node --id 2 … &I20261202 04:56:51.095820 12778 …`): its notices follow too.
      const typed = text.includes('&') ? readBackgroundLaunches(text) : [];
      if (typed.some((node) => node !== undefined)) [launches, launchLine, noticed] = [typed, i, 0];
      continue;
    }
    const node = row[3]!.includes('$') ? undefined : readLaunchFlags(row[3]!)?.node;
    jobs.push({ job: Number(row[1]), line: i, ...(row[2] === undefined ? {} : { pid: row[2] }), ...(node === undefined ? {} : { node }) });
  }
  return jobs;
}

// The node each background job of a command starts, in order: `./kv_node --id 2 … &` one, a `for i in 1 2 3; do
// ./kv_node --id $i & done` loop one per value; undefined where the command does not say.
function readBackgroundLaunches(command: string): (string | undefined)[] {
  if (!command.includes('&')) return [];
  const loop = FOR_LOOP.exec(command);
  if (loop !== null) {
    const [, name, list, body] = loop;
    const range = /^\{(\d{1,3})\.\.(\d{1,3})\}$/.exec(list!.trim());
    const values = range ? Array.from({ length: Math.max(0, Number(range[2]) - Number(range[1]) + 1) }, (_, k) => String(Number(range[1]) + k)) : list!.trim().split(/\s+/);
    const variable = new RegExp(`\\$\\{?${name!}\\}?(?!\\w)`, 'g');
    return values.slice(0, 64).map((value) => readLaunchFlags(body!.replace(variable, value))?.node);
  }
  return command.split(/(?<![&>])&(?![&>])/).slice(0, -1).map((part) => readLaunchFlags(part)?.node);
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
