// Which machine a line was fetched from, for the one clock that belongs to a machine: CLOCK_MONOTONIC (`[ 5021.118]`,
// `mono=`) counts seconds since that machine booted, shared by every process on it and by no other machine. A paste
// that fetches each node's log over a remote shell from its own VM (`vagrant ssh kv2 -c 'tail …'`, `ssh kv3 tail …`)
// holds one such clock per VM, and nothing in it links them.
import type { MutableLogEvent } from './log-event.js';
import { LINE_COMMAND, LINE_HEADER, type LineTable } from './scan-lines.js';
import { lineText, type PasteLines } from './paste-lines.js';
import { readShellPrompt } from './shell-prompt.js';

// A remote shell the command starts with (or runs after `;`, `&&`, `|`), and what follows it: `ssh`, `vagrant ssh`,
// `gcloud compute ssh`, `multipass exec|shell`.
const REMOTE_SHELL = /(?:^|[;&|(])\s*(?:sudo\s+)?(?:vagrant\s+ssh|gcloud\s+compute\s+ssh|multipass\s+(?:exec|shell)|ssh)\s+([^;&|]*)/;
// A shell word: quoted whole (`-c 'tail -n 6 kv.log'`) or up to a space.
const SHELL_WORD = /'[^']*'?|"[^"]*"?|[^\s'"]+/g;
// Options of those commands that take a value (`ssh -p 2222 -i key host`, `vagrant ssh -c 'cmd' kv1`, `--zone z`).
const VALUE_OPTIONS = new Set(['-b', '-c', '-D', '-E', '-e', '-F', '-I', '-i', '-J', '-L', '-l', '-m', '-O', '-o', '-p', '-Q', '-R', '-S', '-W', '-w', '--command', '--zone', '--project']);

/** The machine a command line's remote shell reaches (`kv2` of `vagrant ssh kv2 -c '…'`, `lab2` of `ssh -p 22 me@lab2 …`). */
export function findRemoteMachine(command: string): string | undefined {
  const prompt = readShellPrompt(command, 0, command.length);
  const m = REMOTE_SHELL.exec(prompt === undefined ? command.trimStart() : command.slice(prompt.end).trimStart());
  if (m === null) return undefined;
  const words = m[1]!.match(SHELL_WORD) ?? [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (word === '--') return undefined;
    if (word.startsWith('-')) {
      if (VALUE_OPTIONS.has(word)) k++;
      continue;
    }
    // A quoted word is the remote command, not a host (`vagrant ssh -c 'tail …'` with the host after it).
    if (word.startsWith("'") || word.startsWith('"')) return undefined;
    const host = word.slice(word.lastIndexOf('@') + 1);
    return /^[A-Za-z0-9][\w.-]*$/.test(host) ? host.toLowerCase() : undefined;
  }
  return undefined;
}

/**
 * Sets `machine` on the events whose since-boot (monotonic) stamps were fetched from a remote machine, when the paste
 * fetched such lines from two or more machines (one machine's boot clock is shared by all its processes: nothing to
 * tell apart). A line's machine is the one the command above it reaches; a header or another command ends it.
 */
export function markRemoteMachines(lines: PasteLines, table: LineTable, events: MutableLogEvent[]): void {
  if (!events.some((e) => e.time?.format === 'monotonic')) return;
  const found: (string | undefined)[] = new Array(events.length);
  const machines = new Set<string>();
  let machine: string | undefined;
  let line = 0;
  for (let k = 0; k < events.length; k++) {
    const event = events[k]!;
    for (; line <= event.line && line < lines.count; line++) {
      const kind = table.kinds[line];
      if (kind === LINE_COMMAND) machine = findRemoteMachine(lineText(lines, line, 4096));
      else if (kind === LINE_HEADER) machine = undefined;
    }
    if (event.time?.format !== 'monotonic' || machine === undefined) continue;
    found[k] = machine;
    machines.add(machine);
  }
  if (machines.size < 2) return;
  for (let k = 0; k < events.length; k++) if (found[k] !== undefined) events[k]!.machine = found[k];
}
