// A killed node whose whole life up to its shutdown the paste shows — its own log from its startup line to its own
// shutdown line, printed unfiltered (`tail`, `cat`, `head`: no `grep`, no pipe) — and which says in it that it is a
// follower (its last word on its role: "stepped down", "lost leadership", "following leader node3") and never that it
// leads, did not lead when it was killed: a student's `# node1 is the leader` on the kill line cannot outweigh the
// node's own log (real12's hashicorp/raft tail of a killed follower). A filtered log (a `grep`) may have dropped its
// leadership line, and one whose writer is only guessed may be another node's, so neither says so.
import { readOwnRole } from './classify-line.js';
import type { LogEvent } from './log-event.js';
import { lineText, type PasteLines } from './paste-lines.js';
import { readShellPrompt } from './shell-prompt.js';

/** The lines (0-based) showing that the killed node did not lead: its startup, its last role line, its own shutdown. */
export interface UnledLife {
  readonly node: string;
  readonly startupLine: number;
  readonly roleLine: number;
  readonly shutdownLine: number;
}

// Writer sources that only guess a line's node: a life read from them may be another node's lines.
const GUESSED_SOURCES: ReadonlySet<string> = new Set(['message', 'head-token', 'process-id']);
// Commands that print a log file whole or its first or last lines, nothing dropped in between (PowerShell's too).
const UNFILTERED_PRINTER = /^\s*(?:sudo\s+)?(?:tail|cat|head|less|more|Get-Content|gc|type)\b[^|;&]*$/i;
// The line tail and head print over each file's lines when given several: `==> node1.log <==`.
const TAIL_HEADER = /^==> .* <==\s*$/;
// Role kinds a node's own line states about itself: a follower's, after its startup.
const FOLLOWER_KINDS: ReadonlySet<string> = new Set(['stepped-down', 'follows-leader']);

/**
 * Whether `node`, killed by its own shutdown line `shutdown` (an event of the node), shows a whole life without
 * leading (see the file comment): the lines that show it, or undefined.
 */
export function findUnledLife(lines: PasteLines, events: readonly LogEvent[], node: string, shutdown: LogEvent): UnledLife | undefined {
  if (shutdown.node !== node || GUESSED_SOURCES.has(shutdown.nodeFrom ?? 'message')) return undefined;
  let startup = -1;
  for (let k = 0; k < events.length && events[k]!.line < shutdown.line; k++) {
    const e = events[k]!;
    if (e.node === node && e.kind === 'startup' && !GUESSED_SOURCES.has(e.nodeFrom ?? 'message')) startup = k;
  }
  if (startup < 0) return undefined;
  const startupLine = events[startup]!.line;
  if (!isPrintedWhole(lines, startupLine, shutdown.line)) return undefined;
  let roleLine = -1;
  for (let k = startup + 1; k < events.length && events[k]!.line < shutdown.line; k++) {
    const e = events[k]!;
    // Another writer's line between: a merge, not the node's own log in one piece.
    if (e.node !== node) return undefined;
    if (e.kind === 'became-leader' || (e.kind === 'follows-leader' && e.leader === node) || (e.role ?? readOwnRole(lineText(lines, e.line, 4096), node)) === 'leader') return undefined;
    if (FOLLOWER_KINDS.has(e.kind)) roleLine = e.line;
  }
  // No line anywhere names the node leading (a peer's "following leader node1", a status query's `"leader":"node1"`).
  if (roleLine < 0 || events.some((e) => e.leader === node)) return undefined;
  return { node, startupLine, roleLine, shutdownLine: shutdown.line };
}

// Lines from..to hold no command, and the nearest command above them prints files unfiltered (or, with no command
// above, tail's `==> file <==` header heads them).
function isPrintedWhole(lines: PasteLines, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (commandOf(lines, i) !== undefined) return false;
  for (let i = from - 1; i >= 0; i--) {
    const command = commandOf(lines, i);
    if (command !== undefined) return UNFILTERED_PRINTER.test(command);
  }
  for (let i = from - 1; i >= 0; i--) if (TAIL_HEADER.test(lineText(lines, i, 512))) return true;
  return false;
}

// The command a line types after its shell prompt (`$ tail -n 15 node1.log …`), or undefined.
function commandOf(lines: PasteLines, i: number): string | undefined {
  const start = lines.starts[i]!;
  const end = lines.ends[i]!;
  const prompt = readShellPrompt(lines.text, start, end);
  return prompt === undefined || prompt.node !== undefined ? undefined : lines.text.slice(prompt.end, Math.min(end, prompt.end + 512));
}
