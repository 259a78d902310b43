// The one cleanup registry for process groups the harness starts. Two layers:
// - in-process hooks: on exit, SIGINT or SIGTERM every registered group is SIGKILLed (synchronously);
// - an optional watchdog process per owner: it holds the read end of a pipe from this process, and end of input
//   without a "done" line means this process died — even by SIGKILL, which runs no hook — so it SIGKILLs the groups.
// kv_node also watches its parent itself (--parent-pid); a student's node cannot be asked to, hence the watchdog.
// A group is told to the watchdog just after its spawn returns; a harness SIGKILLed in between would leave that node
// behind, so every process started with a reaper also carries REAPER_ENV=<this reaper's mark> in its environment,
// and on the harness's death the watchdog also kills every process whose environment holds the mark (Linux /proc;
// elsewhere only the groups it was told of). A run's temp dir is made by the watchdog itself (makeTempDir), so there
// is no moment when the dir exists and the watchdog does not know it must remove it.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { VerifyLessonError } from '../errors.js';

const groups = new Set<number>();
let installed = false;

function killAllGroups(): void {
  for (const pgid of groups) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // gone already
    }
  }
}

function onSignal(signal: NodeJS.Signals): void {
  // Someone else handles the signal (the CLI aborts its commands, which stop their clusters gracefully).
  if (process.listenerCount(signal) > 1) return;
  // We only listen to clean up: do that, then restore the default and die by the signal.
  killAllGroups();
  uninstall();
  process.kill(process.pid, signal);
}

const onExit = (): void => killAllGroups();

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', onExit);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  process.off('exit', onExit);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}

/** The environment variable that marks the processes one reaper's harness started (see the header comment). */
export const REAPER_ENV = 'VERIFY_LESSON_REAPER';

const WATCHDOG = `
const mark = process.argv[1] ? '${REAPER_ENV}=' + process.argv[1] : undefined;
const groups = new Set();
const dirs = new Set();
let done = false;
let buffer = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  buffer += chunk;
  for (let i = buffer.indexOf('\\n'); i >= 0; i = buffer.indexOf('\\n')) {
    const line = buffer.slice(0, i);
    buffer = buffer.slice(i + 1);
    if (line === 'done') done = true;
    else if (/^\\+[0-9]+$/.test(line)) groups.add(Number(line.slice(1)));
    else if (/^-[0-9]+$/.test(line)) groups.delete(Number(line.slice(1)));
    else if (line.startsWith('mkdtemp ')) makeTempDir(line.slice(8));
  }
});
// Made here, not by the harness: known to this process before it exists, whenever the harness dies.
function makeTempDir(prefix) {
  let answer;
  try {
    const dir = require('node:fs').mkdtempSync(prefix);
    dirs.add(dir);
    answer = 'dir ' + dir;
  } catch (error) {
    answer = 'error ' + String(error && error.message).replace(/\\n/g, ' ');
  }
  try { process.stdout.write(answer + '\\n'); } catch {}
}
process.stdout.on('error', () => {});
process.stdin.on('end', () => {
  if (done) process.exit(0);
  for (const pgid of groups) { try { process.kill(-pgid, 'SIGKILL'); } catch {} }
  // Nodes started but not yet told of (the harness died between a spawn and its message), and their children.
  if (mark !== undefined) {
    const fs = require('node:fs');
    let pids = [];
    try { pids = fs.readdirSync('/proc').filter((name) => /^[0-9]+$/.test(name)); } catch {}
    for (const name of pids) {
      const pid = Number(name);
      if (pid === process.pid) continue;
      try {
        if (fs.readFileSync('/proc/' + name + '/environ', 'latin1').split('\\0').includes(mark)) process.kill(pid, 'SIGKILL');
      } catch {}
    }
  }
  // The run's temp dir goes too, once the killed nodes stopped writing into it.
  setTimeout(() => {
    for (const dir of dirs) { try { require('node:fs').rmSync(dir, { recursive: true, force: true }); } catch {} }
    process.exit(0);
  }, 200);
});
`;

/** The groups one owner (a cluster) started: SIGKILLed should this process die before the owner closes. */
export interface GroupReaper {
  /** A process group (the pid of a `detached` child) to kill should this process die first. */
  add(pgid: number): void;
  /** `env` with this reaper's mark (REAPER_ENV), for every process it is to reap: found even if never added. */
  markEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
  /** The group ended or was stopped in order: no longer reaped. */
  remove(pgid: number): void;
  /**
   * A new temp dir `prefix`XXXXXX, removed should this process die before close() (even by SIGKILL): the watchdog
   * makes it. Without a watchdog, this process makes it (and nothing removes it on a SIGKILL).
   */
  makeTempDir(prefix: string): Promise<string>;
  /** Removes every group; a watchdog exits without killing anything or removing its temp dirs (resolves once it has). */
  close(): Promise<void>;
}

// `watchdog: true` also covers the harness being SIGKILLed (one small detached `node -e` process per owner), and
// then removes the temp dirs it made (makeTempDir) as well.
export function createGroupReaper(options: { readonly watchdog?: boolean } = {}): GroupReaper {
  const own = new Set<number>();
  const mark = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  // The watchdog never carries a mark: a harness started by another one (a test spawning the CLI) must keep its own
  // watchdog should the outer one sweep its marked processes.
  const watchdogEnv = { ...process.env };
  delete watchdogEnv[REAPER_ENV];
  const watchdog = options.watchdog
    ? spawn(process.execPath, ['-e', WATCHDOG, mark], { detached: true, stdio: ['pipe', 'pipe', 'ignore'], env: watchdogEnv })
    : undefined;
  // The watchdog's answers to makeTempDir, in the order asked; its stdout keeps this process alive only while one is awaited.
  const answers: ((line: string | undefined) => void)[] = [];
  let unread = '';
  const watchdogExited = new Promise<void>((resolve) => {
    if (!watchdog) return resolve();
    watchdog.once('exit', () => resolve());
    // Cannot start: the in-process hooks still cover every ordinary exit.
    watchdog.once('error', () => resolve());
  });
  const stdout = watchdog?.stdout as (NodeJS.ReadableStream & { ref?: () => void; unref?: () => void }) | null | undefined;
  if (watchdog) {
    watchdog.stdin!.on('error', () => {});
    watchdog.unref();
    (watchdog.stdin as unknown as { unref?: () => void }).unref?.();
    stdout!.setEncoding('utf8');
    stdout!.on('data', (chunk: string) => {
      unread += chunk;
      for (let i = unread.indexOf('\n'); i >= 0; i = unread.indexOf('\n')) {
        answers.shift()?.(unread.slice(0, i));
        unread = unread.slice(i + 1);
      }
      if (answers.length === 0) stdout!.unref?.();
    });
    stdout!.on('error', () => {});
    stdout!.unref?.();
  }
  // A watchdog that exited (or could not start) answers nothing more: its stdout closes (its exit event may never
  // come while nothing else keeps this process alive, the child being unref'd).
  const unanswered = (): void => {
    for (const answer of answers.splice(0)) answer(undefined);
  };
  stdout?.once('close', unanswered);
  void watchdogExited.then(unanswered);
  const tell = (line: string): void => {
    if (watchdog?.stdin?.writable) watchdog.stdin.write(`${line}\n`);
  };
  return {
    async makeTempDir(prefix) {
      if (watchdog === undefined || !watchdog.stdin?.writable || prefix.includes('\n')) return mkdtempSync(prefix);
      const answer = new Promise<string | undefined>((resolve) => answers.push(resolve));
      stdout!.ref?.();
      tell(`mkdtemp ${prefix}`);
      const line = await answer;
      if (line?.startsWith('dir ')) return line.slice(4);
      // The watchdog is gone (it could not start): the in-process hooks still cover every ordinary exit.
      if (line === undefined) return mkdtempSync(prefix);
      throw new VerifyLessonError('OUTPUT_UNWRITABLE', `cannot make a temporary work folder ${prefix}XXXXXX: ${line.slice(6)}`);
    },
    markEnv(env) {
      return watchdog === undefined ? env : { ...env, [REAPER_ENV]: mark };
    },
    add(pgid) {
      own.add(pgid);
      groups.add(pgid);
      install();
      tell(`+${pgid}`);
    },
    remove(pgid) {
      own.delete(pgid);
      groups.delete(pgid);
      if (groups.size === 0) uninstall();
      tell(`-${pgid}`);
    },
    close() {
      for (const pgid of own) groups.delete(pgid);
      own.clear();
      if (groups.size === 0) uninstall();
      if (watchdog?.stdin?.writable) watchdog.stdin.end('done\n');
      // Unref'd so it never keeps the harness alive, the watchdog must be ref'd while we await its exit: else a CLI
      // whose last work is this await ends with an unsettled top-level await (exit code 13).
      watchdog?.ref();
      return watchdogExited;
    },
  };
}
