// One kill command may end several nodes: `kill 4101 4102` (pgrep's rows say 4101 is node1, 4102 node2), `pkill
// kv_node` / `killall kv_node` / `Stop-Process -Name kv_node` (every listed process of that name), a process group (`kill -TERM -- -4100`) or a job
// (`kill %1`) that holds them all, the children of a launcher (`pkill -P 4100`), one process that runs them all (an
// in-process cluster: `kill -TERM 5120` where every node's lines carry pid 5120). A node ended with the leader is no
// follower left to notice the leader's death (log-facts.ts findFollowerDeath): its lines while it dies are no detection.
import { findMentionedNodes, readLaunchFlags } from './attribute-node.js';
import type { MutableLogEvent } from './log-event.js';
import { lineText, type PasteLines } from './paste-lines.js';
import { findRemoteMachine } from './remote-machines.js';
import { LISTING_ROW } from './scan-lines.js';
import { findKilledJob, JOB_NOTICE, readBackgroundJobs } from './shell-jobs.js';

// `kill [-SIG|-s SIG]… PID PID…` (group 1: the pids).
const KILL_PIDS = /\bkill\b(?:\s+-(?:s\s+)?\w+)*((?:\s+\d{1,8}\b)+)/i;
// `pkill [-f] NAME` / `killall NAME`, and the pid finders a kill runs on (`kill $(pgrep kv_node)`, `pgrep kv_node | xargs
// kill`, `kill $(pidof kv_node)`), options before the name (group 1: the tool, 2: its options, 3-5: the name or pattern).
const KILL_BY_NAME = /\b(pkill|killall|pgrep|pidof)\b((?:\s+-(?:-signal[= ]\w+|-oldest|-newest|s\s+\w+|\w+))*)\s+(?:"([^"]{2,64})"|'([^']{2,64})'|([\w./-]{2,64}))(?=\s*(?:$|[;&|)`#]))/i;
// Windows' kills by image name, every process of that name (killall's): PowerShell's `Stop-Process -Name NAME [-Force]`
// and `Get-Process NAME | Stop-Process`, cmd's `taskkill [/F] /IM NAME.exe` (group 1: the tool, 2-4: the name).
const WINDOWS_KILL_BY_NAME = /\b(?:(stop-process)\b[^;&|\n]*?\s-name|get-process(?:\s+-name)?(?=\s+[\w"'.-]{2,66}\s*\|\s*stop-process\b)|(taskkill)\b[^;&|\n]*?\s\/im)\s+(?:"([^"]{2,64})"|'([^']{2,64})'|([\w.-]{2,64}))/i;
// What stands before a pid finder whose pids a kill ends (`kill … $(pgrep …)`, `` kill `pidof …` ``), and after it
// (`pgrep … | xargs kill`).
const KILL_BEFORE_FINDER = /\bkill\b[^;&|]*(?:\$\(|`)\s*$/i;
const KILL_AFTER_FINDER = /^\s*\|\s*xargs\s+(?:-\w+\s+)*kill\b/i;
// A command run inside a container (`docker exec kv1 sh -c 'kill -TERM 1'`, `kubectl exec kv-0 -- kill 1`): its pids
// are that container's.
const CONTAINER_EXEC = /\b(?:(?:docker|podman|nerdctl)(?:\s+container)?|(?:docker[\s-])?compose|kubectl|oc|crictl|lxc|incus)\s+exec\b/i;
const MAX_LINES_READ = 20_000;

/**
 * Sets `killedNodes` on each kill command of `events` that ends two or more nodes: the nodes its pids name
 * (`nodesOfPid`: a pid's one node, or every node whose lines that one process heads; a kill line no node wrote under
 * such a process's id, `pidOfLine`, is that process's: `(cluster/5120): received SIGTERM`), or, for `pkill NAME` /
 * `killall NAME`, every node whose row in a process listing of the paste runs that program (pkill: a name containing
 * NAME, `-f`: a command line containing it; killall, `Stop-Process -Name`, `taskkill /IM`: the name itself), or every
 * node of the paste when those rows name no node and are as many as the nodes. `sharedPid`: the pid of the one process
 * they ran in. `pkill -o` / `-n` (`kill $(pgrep -n …)`) end one process, the oldest / newest of the name: the node of
 * its row (lowest / highest pid) is the kill's `target`, no kill of several.
 */
export function markSeveralNodeKills(
  lines: PasteLines,
  events: readonly MutableLogEvent[],
  nodesOfPid: (pid: string) => readonly string[],
  pidOfLine: (line: number) => string | undefined,
): void {
  let listing: { pid: string; command: string }[] | undefined;
  for (const event of events) {
    if (event.kind !== 'kill' || event.node !== undefined) continue;
    const text = readCommandText(lines, event.line);
    let sharedPid: string | undefined;
    const nodeOfPid = (pid: string): readonly string[] => {
      const killed = killedWithPid(pid, text, nodesOfPid);
      if (killed.length >= 2) sharedPid ??= pid;
      return killed;
    };
    const group = findKilledGroup(text);
    const pids = group !== undefined || event.pid === undefined ? null : KILL_PIDS.exec(text);
    let nodes: string[] = [];
    const ownPid = text === '' ? pidOfLine(event.line) : undefined;
    // A kill by a program's name that may end several processes (not `pkill -o` / `-n`), none of them listed.
    let byNameOfMany = false;
    if (ownPid !== undefined) {
      nodes = [...nodeOfPid(ownPid)];
    } else if (group !== undefined) {
      nodes = findGroupMembers(lines, events, group, event.line, nodeOfPid);
    } else if (pids !== null) {
      for (const pid of pids[1]!.trim().split(/\s+/)) for (const node of nodeOfPid(pid)) if (!nodes.includes(node)) nodes.push(node);
    } else if (event.target === undefined) {
      const byName = findKillByName(text);
      if (byName === undefined) continue;
      listing ??= readListing(lines);
      const ofProgram = new Set<string>();
      const rows = listing.filter((row) => runsProgram(row.command, byName));
      byNameOfMany = byName.only === undefined && rows.length === 0;
      if (byName.only !== undefined) {
        // One process of that name, the oldest or newest started: the lowest or highest pid (pids grow as processes
        // start). No kill of several; the node its row names is the kill's target (`pkill -n` may hit a follower).
        const pick = rows.reduce<(typeof rows)[number] | undefined>((best, row) => (best === undefined || (Number(row.pid) < Number(best.pid)) === (byName.only === 'oldest') ? row : best), undefined);
        const one = pick === undefined ? [] : nodesOfRow(pick.pid, pick.command, nodeOfPid);
        if (one.length === 1) event.target = one[0];
        continue;
      }
      for (const row of rows) {
        ofProgram.add(row.pid);
        for (const node of nodesOfRow(row.pid, row.command, nodeOfPid)) if (!nodes.includes(node)) nodes.push(node);
      }
      // Rows that name no node (`Get-Process`'s Id/ProcessName table, `ps -C kv_node`): as many processes of the
      // program as the paste has nodes are the nodes, every one of them ended.
      if (nodes.length < 2 && ofProgram.size >= 2) {
        const all = findPasteNodes(events);
        if (ofProgram.size >= all.length) nodes = all;
      }
      // No listing: the nodes whose own lines name that program in their tag (syslog's `kv_node[2]`) ran it.
      if (rows.length === 0) nodes = findTaggedRunners(lines, events, byName);
    }
    if (nodes.length < 2) {
      if (byNameOfMany) event.byName = true;
      continue;
    }
    event.killedNodes = nodes;
    if (sharedPid !== undefined) event.sharedPid = Number(sharedPid);
  }
}

// `kill -TERM -- -4100`, `kill -9 -4100`, `kill -s TERM -4100`: a negative pid, the process group (group 1).
const KILL_GROUP = /\bkill\b(?:\s+-(?:s\s+\w+|[A-Za-z]\w*|\d{1,2}\b))*(?:\s+--)?\s+-(\d{2,8})\b/i;
// `pkill -P 4100`, `pkill --parent 4100`, `pkill -g 4100`: a kill of a parent's children or of a group (group 1 the
// option, 2 the pid).
const PKILL_OF = /\bpkill\b(?:\s+-(?:-signal[= ]\w+|[A-OQ-Za-fh-z]\w*))*\s+(-P|--parent|-g|--pgroup)[= ]?\s*(\d{1,8})\b/i;
// What a job may run besides the nodes' launcher: a viewer, a client or a wait (`tail -f logs/node1.log &`).
const NOT_A_LAUNCHER = /(?:^|[\s;&|(/])(?:tail|less|more|watch|grep|journalctl|curl|wget|sleep|wait|top|htop|tee|cat|ping|nc|telnet|ssh|vim?|nano)(?:\s|$)/;

/** A killed process group, its children or a job: whose members (by process group or by parent) and which pid or job. */
interface KilledGroup {
  readonly by: 'group' | 'parent' | 'job';
  readonly id: number;
}

// The nodes a kill of `pid` ends (`nodesOfPid`), typed in `text`: a pid heading several nodes' lines is the one
// process running them all, except pid 1, or any pid a command runs inside a container or on another machine
// (`docker exec kv1 sh -c 'kill -TERM 1'`, `ssh kv1 kill 4101`): containers' nodes are each pid 1 of their own, and a
// pid there is that container's or machine's process alone.
function killedWithPid(pid: string, text: string, nodesOfPid: (pid: string) => readonly string[]): readonly string[] {
  const nodes = nodesOfPid(pid);
  if (nodes.length < 2) return nodes;
  return pid === '1' || CONTAINER_EXEC.test(text) || findRemoteMachine(text) !== undefined ? [] : nodes;
}

// The nodes a listing row (its pid and command) runs: its pid's (killedWithPid), else the one node its command names.
function nodesOfRow(pid: string, command: string, nodeOfPid: (pid: string) => readonly string[]): readonly string[] {
  const ofPid = nodeOfPid(pid);
  if (ofPid.length > 0) return ofPid;
  const named = findMentionedNodes(command);
  return named.length === 1 ? named : [];
}

// The process group, launcher's children or job a kill command ends, if it names one.
function findKilledGroup(text: string): KilledGroup | undefined {
  const group = KILL_GROUP.exec(text);
  if (group !== null) return { by: 'group', id: Number(group[1]) };
  const of = PKILL_OF.exec(text);
  if (of !== null) return { by: of[1] === '-P' || of[1] === '--parent' ? 'parent' : 'group', id: Number(of[2]) };
  const job = findKilledJob(text);
  return job === undefined ? undefined : { by: 'job', id: job };
}

/**
 * The nodes a kill of a process group, a parent's children or a job ends: those a listing's PGID / PPID column (or
 * `pgrep -P N` / `-g N` rows) puts in it; else, when it is the job or the pid of a job the shell started a launcher in
 * (`./start-cluster.sh &`, bash's `[1] 4100`: no single node's command, no viewer), every node of the paste (the nodes
 * the launcher started are in its group, and its children: bash's `kill %1` ends them all); else none known (a
 * group's id alone does not say who is in it: real10's `kill -TERM -- -11476` ended one RabbitMQ node's group).
 */
function findGroupMembers(
  lines: PasteLines,
  events: readonly MutableLogEvent[],
  killed: KilledGroup,
  killLine: number,
  nodeOfPid: (pid: string) => readonly string[],
): string[] {
  const jobs = readJobStarts(lines, killLine);
  const job = killed.by === 'job' ? jobs.findLast((j) => j.job === killed.id) : jobs.findLast((j) => j.pid === killed.id);
  if (killed.by === 'job' && job === undefined) return [];
  const id = killed.by === 'job' ? job!.pid : killed.id;
  const nodes: string[] = [];
  const listed = readMemberRows(lines, killed.by === 'parent' ? 'parent' : 'group');
  if (listed.some((row) => row.of === id)) {
    for (const row of listed) {
      if (row.of !== id) continue;
      for (const node of nodesOfRow(String(row.pid), row.command, nodeOfPid)) if (!nodes.includes(node)) nodes.push(node);
    }
    return nodes;
  }
  if (job === undefined || job.node !== undefined || !isLauncher(job.command) || hasSiblingJob(jobs, job)) return [];
  for (const row of readListing(lines)) for (const node of nodeOfPid(row.pid)) if (!nodes.includes(node)) nodes.push(node);
  for (const e of events) if (e.node !== undefined && !nodes.includes(e.node)) nodes.push(e.node);
  return nodes;
}

// Whether a background job's command starts the nodes: no single node's (`./kv_node --id 1 … &`; one given its peers,
// `python3 node.py --port 26101 --lead --peers N2=26102,N3=26103 > N1.log &`, names the others as peers: adv67f-32),
// no viewer's.
const isLauncher = (command: string): boolean =>
  readLaunchFlags(command) === undefined && findMentionedNodes(command).length !== 1 && !NOT_A_LAUNCHER.test(command) && !PEERS_FLAG.test(command);
// A node's launch flag listing the other members (`--peers`, `--join`, `--cluster`, `--initial-cluster`).
const PEERS_FLAG = /--(?:peers?|join|cluster|initial-cluster|members?)[= ]/i;

// Another job runs the same program with other arguments (`./kv_node_c 1 … &`, `./kv_node_c 2 … &`): each job is one
// node, no launcher of them all, whatever its arguments say (adv62h-17's positional ids); a launcher run again repeats
// its whole command.
function hasSiblingJob(jobs: readonly JobStart[], job: JobStart): boolean {
  const program = job.command.trim().split(/\s+/, 1)[0];
  return jobs.some((other) => other.job !== job.job && other.command !== job.command && other.command.trim().split(/\s+/, 1)[0] === program);
}

// bash's notices `[N] 4100` above `killLine` (readJobStart).
function readJobStarts(lines: PasteLines, killLine: number): JobStart[] {
  const starts: JobStart[] = [];
  for (let i = 1; i < killLine && i < MAX_LINES_READ; i++) {
    const start = readJobStart(lines, i, lineText(lines, i, 4096));
    if (start !== undefined) starts.push(start);
  }
  return starts;
}

interface JobStart {
  readonly job: number;
  readonly pid: number;
  readonly command: string;
  /** The node the job starts, when its command is one of several jobs of one command line that says so. */
  readonly node?: string;
}

// bash's notice on line i (`[2] 4102`, text `text`) for a job started in the background: its number, pid and the
// command it runs: the line above (prompt and all), or, for a command that sent several jobs (its notices one per row
// under it), that job's own part of it (a loop's third job `./kv_node 3`), with the node it starts (readBackgroundJobs).
function readJobStart(lines: PasteLines, i: number, text: string): JobStart | undefined {
  const notice = i > 0 ? JOB_NOTICE.exec(text) : null;
  if (notice === null) return undefined;
  let above = i - 1;
  while (above > 0 && i - above <= 64 && JOB_NOTICE.test(lineText(lines, above, 64))) above--;
  const command = lineText(lines, above, 4096);
  const jobs = above < i - 1 || command.includes('&') ? readBackgroundJobs(command) : [];
  const job = jobs.length >= 2 ? jobs[i - 1 - above] : undefined;
  if (job === undefined) return { job: Number(notice[1]), pid: Number(notice[2]), command };
  return { job: Number(notice[1]), pid: Number(notice[2]), command: job.command, ...(job.node === undefined ? {} : { node: job.node }) };
}

// `ps -o pid,pgid,args` / `ps -eo pid,ppid,cmd` / `ps -j`, its header row or its -o list saying which column holds the
// process group (or the parent), and `pgrep -a -g 4100` / `pgrep -a -P 4100`, whose rows are all of it.
const PS_COMMAND = /(?:^|[\s;&|($#>])ps\s+([^|;&\n]*)/;
const PGREP_OF = /(?:^|[\s;&|($#>])pgrep\b[^|;&\n]*\s(-P|--parent|-g|--pgroup)[= ]?\s*(\d{1,8})\b/;
const FORMAT_LIST = /(?:^|\s)(?:-\w*o|--format)[= ]?\s*([\w,=]+)/;

/**
 * Every row of the paste's process listings that says which process group (`by` 'group') or parent ('parent') a
 * process is in: its pid, that group or parent, and its command.
 */
function readMemberRows(lines: PasteLines, by: 'group' | 'parent'): { pid: number; of: number; command: string }[] {
  const rows: { pid: number; of: number; command: string }[] = [];
  const column = by === 'group' ? 'PGID' : 'PPID';
  for (let i = 0; i < lines.count && i < MAX_LINES_READ; i++) {
    const text = lineText(lines, i, 4096);
    if (LISTING_ROW.test(text)) continue;
    const pgrep = PGREP_OF.exec(text);
    const ps = pgrep === null ? PS_COMMAND.exec(text) : null;
    if (pgrep === null && ps === null) continue;
    const pgrepOf = pgrep === null ? undefined : (pgrep[1] === '-P' || pgrep[1] === '--parent' ? 'parent' : 'group') === by ? Number(pgrep[2]) : null;
    if (pgrepOf === null) continue;
    let names = ps === null ? undefined : FORMAT_LIST.exec(ps[1]!)?.[1]?.toUpperCase().split(',').map((n) => n.replace(/=.*$/, ''));
    for (let j = i + 1; j < lines.count && j <= i + 64; j++) {
      const row = lineText(lines, j, 4096).trim();
      const words = row.split(/\s+/);
      if (pgrepOf === undefined && words.includes('PID') && words.includes(column)) {
        names = words;
        continue;
      }
      if (!LISTING_ROW.test(row)) break;
      if (pgrepOf !== undefined) {
        const m = LISTING_ROW.exec(row)!;
        rows.push({ pid: Number(m[1]), of: pgrepOf, command: m[2]! });
        continue;
      }
      const pidAt = names?.indexOf('PID') ?? -1;
      const ofAt = names?.indexOf(column) ?? -1;
      if (pidAt < 0 || ofAt < 0 || !/^\d+$/.test(words[pidAt] ?? '') || !/^\d+$/.test(words[ofAt] ?? '')) break;
      rows.push({ pid: Number(words[pidAt]), of: Number(words[ofAt]), command: words.slice(Math.max(pidAt, ofAt) + 1).join(' ') });
    }
  }
  return rows;
}

/** A kill by program name: the name or pattern, and how a listed command must show it. */
interface KillByName {
  readonly name: string;
  /** `pkill -f`: the name anywhere in the command line. */
  readonly fullCommand: boolean;
  /** killall, pidof, Windows: a word of the command is the program itself (not a name containing it). */
  readonly exact: boolean;
  /** Windows: `KV_Node.exe` is `kv_node`. */
  readonly windows: boolean;
  /** `pkill -o` / `pkill -n` (and pgrep's, as a kill's pid finder): only the oldest or the newest of the processes. */
  readonly only?: 'oldest' | 'newest';
}

// pkill's and pgrep's `-o` (`--oldest`) / `-n` (`--newest`), alone or among other one-letter options (`-fo`).
const ONE_OF_NAME = /\s(?:-[a-z]*([on])[a-z]*|--(oldest|newest))(?=\s|$)/;

// The first `pkill NAME` / `killall NAME` / `Stop-Process -Name NAME` / `taskkill /IM NAME`, or pid finder a kill
// ends, in a command line.
function findKillByName(text: string): KillByName | undefined {
  const all = new RegExp(KILL_BY_NAME.source, 'gi');
  for (let m = all.exec(text); m !== null; m = all.exec(text)) {
    const tool = m[1]!.toLowerCase();
    const only = tool === 'pkill' || tool === 'pgrep' ? ONE_OF_NAME.exec(m[2]!) : null;
    const oneOf = only === null ? undefined : (only[1] ?? only[2]!);
    const byName: KillByName = {
      name: m[3] ?? m[4] ?? m[5]!,
      fullCommand: /\s-\w*f/.test(m[2]!),
      exact: tool === 'killall' || tool === 'pidof',
      windows: false,
      ...(oneOf === undefined ? {} : { only: oneOf.startsWith('o') ? 'oldest' : 'newest' }),
    };
    if (tool === 'pkill' || tool === 'killall') return byName;
    if (KILL_BEFORE_FINDER.test(text.slice(0, m.index)) || KILL_AFTER_FINDER.test(text.slice(m.index + m[0].length))) return byName;
  }
  const windows = WINDOWS_KILL_BY_NAME.exec(text);
  return windows === null ? undefined : { name: windows[3] ?? windows[4] ?? windows[5]!, fullCommand: false, exact: true, windows: true };
}

// Whether a listed command runs the program a kill by name ends: a word of it whose last path part is NAME (killall)
// or contains it (pkill) — `ps aux` puts its columns before the command —, or with pkill -f the line contains it.
// Windows names are matched without case and without `.exe`.
function runsProgram(command: string, kill: KillByName): boolean {
  if (kill.fullCommand) return command.includes(kill.name);
  const program = (word: string): string => (kill.windows ? word.toLowerCase().replace(/\.exe$/, '') : word);
  const name = program(kill.name);
  return command.split(/\s+/).some((word) => {
    const base = program(word.slice(Math.max(word.lastIndexOf('/'), kill.windows ? word.lastIndexOf('\\') : -1) + 1));
    return kill.exact ? base === name : base.includes(name);
  });
}

// A program's tag on a line, syslog's `NAME[ID]` (`kv_node[2]`, `kv_node[11525]`) after the time (group 1: NAME).
const PROGRAM_TAG = /(?:^|[\s/])([\w.-]{2,64})\[\d{1,7}\]/;

// The writers of the paste whose own lines tag them as running the program a kill by name ends (`killall kv_node`
// over `… kv_node[1] WARN received SIGTERM` and `… kv_node[2] INFO received signal, exiting`): every such process.
function findTaggedRunners(lines: PasteLines, events: readonly MutableLogEvent[], kill: KillByName): string[] {
  const runners: string[] = [];
  const seen = new Set<string>();
  for (const event of events) {
    const node = event.node;
    if (node === undefined || seen.has(node)) continue;
    seen.add(node);
    const tag = PROGRAM_TAG.exec(lineText(lines, event.line, 4096));
    if (tag !== null && runsProgram(tag[1]!, kill)) runners.push(node);
  }
  return runners;
}

// The nodes of the paste: every writer and every leader its lines name.
function findPasteNodes(events: readonly MutableLogEvent[]): string[] {
  const nodes: string[] = [];
  for (const event of events) {
    for (const node of [event.node, event.leader]) if (node !== undefined && !nodes.includes(node)) nodes.push(node);
  }
  return nodes;
}

// The kill command's text: the event's line, or, for a kill timed by the date it printed (`kill 4101 4102; date`,
// the event on the date's output line), the command line just above it.
function readCommandText(lines: PasteLines, line: number): string {
  for (let i = line; i >= 0 && i >= line - 2; i--) {
    const text = lineText(lines, i, 4096);
    if (KILL_PIDS.test(text) || findKillByName(text) !== undefined || findKilledGroup(text) !== undefined) return text;
  }
  return '';
}

// A process listing's rows, and each background job's start (`$ ./kv_node --id 2 … &`, then bash's `[2] 4102`): its pid
// and the command on the line above.
function readListing(lines: PasteLines): { pid: string; command: string }[] {
  const rows: { pid: string; command: string }[] = [];
  for (let i = 0; i < lines.count && i < MAX_LINES_READ; i++) {
    const text = lineText(lines, i, 4096);
    const job = readJobStart(lines, i, text);
    if (job !== undefined) {
      rows.push({ pid: String(job.pid), command: job.command });
      continue;
    }
    const m = LISTING_ROW.exec(text);
    if (m !== null) rows.push({ pid: m[1]!, command: m[2]! });
  }
  return rows;
}
