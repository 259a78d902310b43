// The one place the harness starts and stops process groups: every node, shell and Verify block runs detached in a
// group of its own, so a signal reaches a wrapper script and the process it started alike.
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import type { GroupReaper } from './reap-on-exit.js';
import { within } from './within.js';

export interface ProcessExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface StartProcessGroupOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Default: stdin ignored, stdout and stderr piped. */
  readonly stdio?: StdioOptions;
  /** Registers the group for cleanup should the harness die first; removed when it exits. */
  readonly reaper?: GroupReaper;
}

/** How long a group gets between SIGTERM and SIGKILL, and after SIGKILL before its pipes are given up. */
export const STOP_GRACE_MS = 3000;

export interface ProcessGroup {
  readonly child: ChildProcess;
  readonly pid: number | undefined;
  /** False once the process has exited (its pipes may still be draining). */
  readonly running: boolean;
  /** Set when the process has exited. */
  readonly exit: ProcessExit | undefined;
  /** Resolves once the process has exited and its pipes are closed (or it could not start). */
  readonly exited: Promise<ProcessExit>;
  /** Sends `signal` to the whole group; a no-op once it has exited. */
  signal(signal: NodeJS.Signals): void;
  /** SIGCONT (a frozen group cannot act on SIGTERM) and SIGTERM, SIGKILL after graceMs, then gives up its pipes. */
  stop(options?: { readonly graceMs?: number }): Promise<void>;
  /** SIGKILL to the whole group now, even when its leader has exited and what it started still holds the pipes. */
  kill(): void;
}

// Spawns `command args` as the leader of a new process group.
export function startProcessGroup(command: string, args: readonly string[], options: StartProcessGroupOptions): ProcessGroup {
  const child = spawn(command, [...args], {
    cwd: options.cwd,
    env: options.reaper === undefined ? (options.env ?? process.env) : options.reaper.markEnv(options.env ?? process.env),
    detached: true,
    stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  let exit: ProcessExit | undefined;
  if (pid !== undefined) options.reaper?.add(pid);
  const exited = new Promise<ProcessExit>((resolve) => {
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      if (pid !== undefined) options.reaper?.remove(pid);
    });
    child.once('close', (code: number | null, signal: NodeJS.Signals | null) => resolve(exit ?? { code, signal }));
    child.once('error', () => {
      exit ??= { code: null, signal: null };
      resolve(exit);
    });
  });
  const signalGroup = (signal: NodeJS.Signals): void => {
    if (pid === undefined || exit !== undefined) return;
    try {
      process.kill(-pid, signal);
    } catch {
      // gone between the check and the signal
    }
  };
  // The group, not just the leader: what it started goes too, even when the leader has already exited.
  const killGroup = (): void => {
    if (pid === undefined) return;
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // gone
    }
  };
  return {
    child,
    pid,
    get running() {
      return pid !== undefined && exit === undefined && child.exitCode === null && child.signalCode === null;
    },
    get exit() {
      return exit;
    },
    exited,
    signal: signalGroup,
    async stop(stopOptions = {}) {
      const graceMs = stopOptions.graceMs ?? STOP_GRACE_MS;
      if (exit === undefined && pid !== undefined) {
        signalGroup('SIGCONT');
        signalGroup('SIGTERM');
        if (!(await within(exited, graceMs))) {
          killGroup();
          // A process that left the group may still hold the pipes: stop waiting for them.
          if (!(await within(exited, graceMs))) {
            child.stdout?.destroy();
            child.stderr?.destroy();
          }
        }
      }
      await within(exited, graceMs);
    },
    kill: killGroup,
  };
}
