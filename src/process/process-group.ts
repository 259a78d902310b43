// The one place the harness starts and stops process groups: every node, shell and Verify block runs detached in a
// group of its own, so a signal reaches a wrapper script and the process it started alike.
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import type { GroupReaper } from './reap-on-exit.js';
import { findTaggedProcesses, GROUP_TAG_ENV, type TaggedProcess } from './tagged-processes.js';
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
  /**
   * Tags every process the command starts (GROUP_TAG_ENV): the group then lives while any of them does, and its
   * signals and stop reach those that left the group too (setsid, a daemon's fork). Linux; elsewhere the leader only.
   */
  readonly tag?: string;
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
  /** With a tag: its processes still alive, in the group or not, the leader included while it runs (else none). */
  lingering(): readonly TaggedProcess[];
  /** Whether the leader and (with a tag) every tagged process ended within timeoutMs. */
  waitSettled(timeoutMs: number): Promise<boolean>;
}

/** How often a tagged group's processes are looked for while waiting for them to end. */
const SETTLE_POLL_MS = 50;

// Spawns `command args` as the leader of a new process group.
export function startProcessGroup(command: string, args: readonly string[], options: StartProcessGroupOptions): ProcessGroup {
  const child = spawn(command, [...args], {
    cwd: options.cwd,
    env: tagEnv(options.reaper === undefined ? (options.env ?? process.env) : options.reaper.markEnv(options.env ?? process.env), options.tag),
    detached: true,
    stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  let exit: ProcessExit | undefined;
  if (pid !== undefined) options.reaper?.add(pid);
  let leaderExited: () => void = () => {};
  // The leader's own end, which may come long before its pipes close (a process it started holds them).
  const leaderExit = new Promise<void>((resolve) => (leaderExited = resolve));
  const exited = new Promise<ProcessExit>((resolve) => {
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      leaderExited();
      if (pid !== undefined) options.reaper?.remove(pid);
    });
    child.once('close', (code: number | null, signal: NodeJS.Signals | null) => resolve(exit ?? { code, signal }));
    child.once('error', () => {
      exit ??= { code: null, signal: null };
      leaderExited();
      resolve(exit);
    });
  });
  const tag = options.tag;
  /** Tagged processes outside the group as last looked for: signalled at once, before the (slower) look for new ones. */
  let outside = new Set<number>();
  const lingering = (): TaggedProcess[] => {
    if (tag === undefined) return [];
    const found = findTaggedProcesses(tag);
    outside = new Set(found.filter((p) => p.pgid !== pid).map((p) => p.pid));
    return found;
  };
  // The group while its leader runs; with a tag, also after it while tagged processes remain in it, and each tagged
  // process outside it: those already known first, so a kill is not late by the time /proc takes to read.
  const send = (signal: NodeJS.Signals, evenAfterExit: boolean): void => {
    if (pid === undefined) return;
    if (exit === undefined || evenAfterExit) killQuietly(-pid, signal);
    if (tag === undefined) return;
    const known = outside;
    for (const other of known) killQuietly(other, signal);
    const found = lingering();
    if (exit !== undefined && !evenAfterExit && found.some((p) => p.pgid === pid)) killQuietly(-pid, signal);
    for (const p of found) if (p.pgid !== pid && !known.has(p.pid)) killQuietly(p.pid, signal);
  };
  const settled = (): boolean => exit !== undefined && lingering().length === 0;
  const waitSettled = async (timeoutMs: number): Promise<boolean> => {
    if (tag === undefined) return within(exited, timeoutMs);
    const deadline = Date.now() + timeoutMs;
    if (!(await within(leaderExit, timeoutMs))) return false;
    for (;;) {
      if (settled()) return true;
      if (Date.now() >= deadline) return false;
      await delay(Math.min(SETTLE_POLL_MS, Math.max(1, deadline - Date.now())));
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
    signal: (signal) => send(signal, false),
    async stop(stopOptions = {}) {
      const graceMs = stopOptions.graceMs ?? STOP_GRACE_MS;
      if (pid !== undefined && (exit === undefined || (tag !== undefined && !settled()))) {
        send('SIGCONT', false);
        send('SIGTERM', false);
        if (!(await waitSettled(graceMs))) {
          send('SIGKILL', true);
          // A process that left the group (untagged, or where tags cannot be seen) may still hold the pipes.
          if (!(await waitSettled(graceMs))) {
            child.stdout?.destroy();
            child.stderr?.destroy();
          }
        }
      }
      if (!(await within(exited, tag === undefined ? graceMs : Math.min(graceMs, 500)))) {
        // Pipes held open by something the tag did not reach: give them up, or the harness never exits.
        child.stdout?.destroy();
        child.stderr?.destroy();
        await within(exited, graceMs);
      }
    },
    kill: () => send('SIGKILL', true),
    lingering,
    waitSettled,
  };
}

function killQuietly(target: number, signal: NodeJS.Signals): void {
  try {
    process.kill(target, signal);
  } catch {
    // gone between the look and the signal
  }
}

// `env` with the group's tag, when it has one.
function tagEnv(env: NodeJS.ProcessEnv, tag: string | undefined): NodeJS.ProcessEnv {
  return tag === undefined ? env : { ...env, [GROUP_TAG_ENV]: tag };
}
