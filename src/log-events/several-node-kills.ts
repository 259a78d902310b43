// One kill command may end several nodes: `kill 4101 4102` (pgrep's rows say 4101 is node1, 4102 node2), `pkill
// kv_node` / `killall kv_node` (every listed process of that name). A node ended with the leader is no follower left
// to notice the leader's death (log-facts.ts findFollowerDeath): its lines while it dies are no detection.
import type { MutableLogEvent } from './log-event.js';
import { lineText, type PasteLines } from './paste-lines.js';

// `kill [-SIG|-s SIG]… PID PID…` (group 1: the pids).
const KILL_PIDS = /\bkill\b(?:\s+-(?:s\s+)?\w+)*((?:\s+\d{1,8}\b)+)/i;
// `pkill [-f] NAME` / `killall NAME` with options before the name (group 1: pkill's -f, group 2: the name, unquoted).
const KILL_BY_NAME = /\b(?:pkill|killall)\b((?:\s+-(?:-signal[= ]\w+|s\s+\w+|\w+))*)\s+["']?([\w./-]{2,64})["']?(?=\s*(?:$|[;&|)#]))/i;
// A process listing's row (`pgrep -af`, `ps -eo pid,args`, `ps aux`): an optional user column, the pid, the command.
const LISTING_ROW = /^\s*(?:[A-Za-z_][\w.-]{0,31}\s+)?(\d{1,8})\s+(\S.*)$/;
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
      const byName = KILL_BY_NAME.exec(text);
      if (byName === null) continue;
      listing ??= readListing(lines);
      const fullCommand = /\s-\w*f/.test(byName[1]!);
      const exact = /\bkillall\b/i.test(byName[0]);
      for (const row of listing) {
        const node = nodeOfPid(row.pid);
        if (node !== undefined && !nodes.includes(node) && runsProgram(row.command, byName[2]!, fullCommand, exact)) nodes.push(node);
      }
    }
    if (nodes.length >= 2) event.killedNodes = nodes;
  }
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
    if (KILL_PIDS.test(text) || KILL_BY_NAME.test(text)) return text;
  }
  return '';
}

function readListing(lines: PasteLines): { pid: string; command: string }[] {
  const rows: { pid: string; command: string }[] = [];
  for (let i = 0; i < lines.count && i < MAX_LINES_READ; i++) {
    const m = LISTING_ROW.exec(lineText(lines, i, 4096));
    if (m !== null) rows.push({ pid: m[1]!, command: m[2]! });
  }
  return rows;
}
