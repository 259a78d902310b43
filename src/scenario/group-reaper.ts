import { spawn } from 'node:child_process';

/** Kills registered process groups if this process dies without releasing it. */
export interface GroupReaper {
  /** A process group (the pid of a `detached` child) to kill should this process die first. */
  add(pgid: number): void;
  /** The groups were stopped in order: the watchdog exits without killing anything (resolves once it has). */
  release(): Promise<void>;
}

// The watchdog holds the read end of a pipe from this process. End of input without a "done" line means this
// process died — even by SIGKILL, which runs no exit handler — and the groups are SIGKILLed at once.
const WATCHDOG = `
const groups = new Set();
let done = false;
let buffer = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  buffer += chunk;
  for (let i = buffer.indexOf('\\n'); i >= 0; i = buffer.indexOf('\\n')) {
    const line = buffer.slice(0, i);
    buffer = buffer.slice(i + 1);
    if (line === 'done') done = true;
    else if (/^[0-9]+$/.test(line)) groups.add(Number(line));
  }
});
process.stdin.on('end', () => {
  if (!done) for (const pgid of groups) { try { process.kill(-pgid, 'SIGKILL'); } catch {} }
  process.exit(0);
});
`;

// A student's node cannot be told to watch its parent the way kv_node does (--parent-pid), so a --cluster run
// gets a small detached watchdog process instead: no orphans even when the harness is SIGKILLed.
export function startGroupReaper(): GroupReaper {
  const watchdog = spawn(process.execPath, ['-e', WATCHDOG], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
  const exited = new Promise<void>((resolve) => {
    watchdog.once('exit', () => resolve());
    // Cannot start: the in-process cleanup still covers every ordinary exit.
    watchdog.once('error', () => resolve());
  });
  watchdog.stdin.on('error', () => {});
  watchdog.unref();
  (watchdog.stdin as unknown as { unref?: () => void }).unref?.();
  return {
    add(pgid) {
      if (watchdog.stdin.writable) watchdog.stdin.write(`${pgid}\n`);
    },
    release() {
      if (watchdog.stdin.writable) watchdog.stdin.end('done\n');
      return exited;
    },
  };
}
