// One kill command may end several nodes: `kill 4101 4102` (pgrep's rows say 4101 is node1, 4102 node2), `pkill
// kv_node` / `killall kv_node` (every listed process of that name). A node ended with the leader is no follower left
// to notice the leader's death (log-facts.ts findFollowerDeath): its lines while it dies are no detection.
import { findMentionedNodes } from './attribute-node.js';
import type { MutableLogEvent } from './log-event.js';
import { lineText, type PasteLines } from './paste-lines.js';
import { LISTING_ROW } from './scan-lines.js';
import { JOB_NOTICE } from './shell-jobs.js';

// `kill [-SIG|-s SIG]… PID PID…` (group 1: the pids).
const KILL_PIDS = /\bkill\b(?:\s+-(?:s\s+)?\w+)*((?:\s+\d{1,8}\b)+)/i;
// `pkill [-f] NAME` / `killall NAME`, and the pid finders a kill runs on (`kill $(pgrep kv_node)`, `pgrep kv_node | xargs
// kill`, `kill $(pidof kv_node)`), options before the name (group 1: the tool, 2: its options, 3-5: the name or pattern).
const KILL_BY_NAME = /\b(pkill|killall|pgrep|pidof)\b((?:\s+-(?:-signal[= ]\w+|s\s+\w+|\w+))*)\s+(?:"([^"]{2,64})"|'([^']{2,64})'|([\w./-]{2,64}))(?=\s*(?:$|[;&|)`#]))/i;
// What stands before a pid finder whose pids a kill ends (`kill … $(pgrep …)`, `` kill `pidof …` ``), and after it
// (`pgrep … | xargs kill`).
const KILL_BEFORE_FINDER = /\bkill\b[^;&|]*(?:\$\(|`)\s*$/i;
const KILL_AFTER_FINDER = /^\s*\|\s*xargs\s+(?:-\w+\s+)*kill\b/i;
const MAX_LINES_READ = 20_000;

/**
 * Sets `killedNodes` on each kill command of `events` that ends two or more nodes: the nodes its pids name
 * (`nodeOfPid`), or, for `pkill NAME` / `killall NAME`, every node whose row in a process listing of the paste runs
 * that program (pkill: a name containing NAME, `-f`: a command line containing it; killall: the name itself).
 */
export function markSeveralNodeKills(lines: PasteLines, events: readonly MutableLogEvent[], nodeOfPid: (pid: string) => string | undefined): void {
  let listing: { pid: string; command: string }[] | undefined;
  for (const event of events) {
    if (event.kind !== 'kill' || event.node !== undefined) continue;
    const text = readCommandText(lines, event.line);
    const pids = event.pid === undefined ? null : KILL_PIDS.exec(text);
    let nodes: string[] = [];
    if (pids !== null) {
      for (const pid of pids[1]!.trim().split(/\s+/)) {
        const node = nodeOfPid(pid);
        if (node !== undefined && !nodes.includes(node)) nodes.push(node);
      }
    } else if (event.target === undefined) {
      const byName = findKillByName(text);
      if (byName === undefined) continue;
      const tool = byName[1]!.toLowerCase();
      listing ??= readListing(lines);
      const fullCommand = /\s-\w*f/.test(byName[2]!);
      const exact = tool === 'killall' || tool === 'pidof';
      const name = byName[3] ?? byName[4] ?? byName[5]!;
      for (const row of listing) {
        const named = findMentionedNodes(row.command);
        const node = nodeOfPid(row.pid) ?? (named.length === 1 ? named[0] : undefined);
        if (node !== undefined && !nodes.includes(node) && runsProgram(row.command, name, fullCommand, exact)) nodes.push(node);
      }
    }
    if (nodes.length >= 2) event.killedNodes = nodes;
  }
}

// The first `pkill NAME` / `killall NAME`, or pid finder a kill ends, in a command line.
function findKillByName(text: string): RegExpExecArray | undefined {
  const all = new RegExp(KILL_BY_NAME.source, 'gi');
  for (let m = all.exec(text); m !== null; m = all.exec(text)) {
    const tool = m[1]!.toLowerCase();
    if (tool === 'pkill' || tool === 'killall') return m;
    if (KILL_BEFORE_FINDER.test(text.slice(0, m.index)) || KILL_AFTER_FINDER.test(text.slice(m.index + m[0].length))) return m;
  }
  return undefined;
}

// Whether a listed command runs the program a kill by name ends: a word of it whose last path part is NAME (killall)
// or contains it (pkill) — `ps aux` puts its columns before the command —, or with pkill -f the line contains it.
function runsProgram(command: string, name: string, fullCommand: boolean, exact: boolean): boolean {
  if (fullCommand) return command.includes(name);
  return command.split(/\s+/).some((word) => {
    const base = word.slice(word.lastIndexOf('/') + 1);
    return exact ? base === name : base.includes(name);
  });
}

// The kill command's text: the event's line, or, for a kill timed by the date it printed (`kill 4101 4102; date`,
// the event on the date's output line), the command line just above it.
function readCommandText(lines: PasteLines, line: number): string {
  for (let i = line; i >= 0 && i >= line - 2; i--) {
    const text = lineText(lines, i, 4096);
    if (KILL_PIDS.test(text) || findKillByName(text) !== undefined) return text;
  }
  return '';
}

// A process listing's rows, and each background job's start (`$ ./kv_node --id 2 … &`, then bash's `[2] 4102`): its pid
// and the command on the line above.
function readListing(lines: PasteLines): { pid: string; command: string }[] {
  const rows: { pid: string; command: string }[] = [];
  for (let i = 0; i < lines.count && i < MAX_LINES_READ; i++) {
    const text = lineText(lines, i, 4096);
    // bash's line for a job started in the background: `[2] 4102`.
    const job = i > 0 ? JOB_NOTICE.exec(text) : null;
    if (job !== null) {
      rows.push({ pid: job[2]!, command: lineText(lines, i - 1, 4096) });
      continue;
    }
    const m = LISTING_ROW.exec(text);
    if (m !== null) rows.push({ pid: m[1]!, command: m[2]! });
  }
  return rows;
}
