// Lets a kv_node started by a supervisor die with it, even when the supervisor is SIGKILLed (no signal reaches
// a detached child then). Polls: on Linux the node's own parent pid from /proc/self/stat (which changes when
// the parent dies and the node is re-parented — immune to pid reuse), elsewhere `kill(pid, 0)`.
import { readFileSync } from 'node:fs';

function readParentPidFromProc(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // "pid (comm) state ppid ..."; comm may contain spaces and parentheses, so split after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    return Number.isInteger(ppid) ? ppid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Calls onGone once when `parentPid` is no longer this process's parent (or no longer alive). Returns a stopper.
export function watchParent(parentPid: number, onGone: () => void, intervalMs = 200): () => void {
  // /proc is only trustworthy when it shows the given pid as the parent to begin with.
  const useProc = readParentPidFromProc() === parentPid;
  const check = (): boolean => (useProc ? readParentPidFromProc() === parentPid : isAlive(parentPid));
  if (!check()) {
    queueMicrotask(onGone);
    return () => undefined;
  }
  const timer = setInterval(() => {
    if (check()) return;
    clearInterval(timer);
    onGone();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
