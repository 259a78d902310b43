// Every process a harness-started command begat, found by a tag in its environment, which descendants inherit even
// once they leave the process group (setsid, a daemon's double fork, `timeout` in a group of its own) and are reparented.
import { readdirSync, readFileSync } from 'node:fs';

/** The environment variable holding one process group's tag. */
export const GROUP_TAG_ENV = 'VERIFY_LESSON_GROUP';

export interface TaggedProcess {
  readonly pid: number;
  readonly pgid: number;
  /** Its session: the one its command started in (a group leader the harness starts is a session leader), or its own after setsid. */
  readonly sid: number;
  /** Its command line, spaces between the arguments (empty for a process without one). */
  readonly command: string;
}

// A process as the harness's messages show it: `pid 12 "python3 helper.py"`, its command cut after `chars` characters.
export function describeProcess(proc: { readonly pid: number; readonly command: string }, chars: number): string {
  return `pid ${proc.pid} ${JSON.stringify(proc.command.length > chars ? `${proc.command.slice(0, chars)}…` : proc.command)}`;
}

// A new tag, unique on this machine for this harness.
export function createGroupTag(): string {
  return `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

// The live processes carrying `tag` (Linux /proc: elsewhere, and for a zombie, none); a process that cleared its
// environment is not found.
export function findTaggedProcesses(tag: string): TaggedProcess[] {
  const entry = `${GROUP_TAG_ENV}=${tag}`;
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  const found: TaggedProcess[] = [];
  for (const name of names) {
    const code = name.charCodeAt(0);
    if (code < 48 || code > 57) continue;
    try {
      const environ = readFileSync(`/proc/${name}/environ`, 'latin1');
      if (!environ.includes(entry) || !environ.split('\0').includes(entry)) continue;
      const stat = readFileSync(`/proc/${name}/stat`, 'latin1');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z') continue;
      const command = readFileSync(`/proc/${name}/cmdline`, 'latin1').split('\0').filter(Boolean).join(' ');
      found.push({ pid: Number(name), pgid: Number(fields[2]), sid: Number(fields[3]), command });
    } catch {
      // gone, or not ours to read
    }
  }
  return found;
}
