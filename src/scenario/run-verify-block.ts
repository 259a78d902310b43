import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startProcessGroup } from '../process/process-group.js';
import type { GroupReaper } from '../process/reap-on-exit.js';
import { within } from '../process/within.js';

export interface ShellRun {
  readonly exitCode: number | null;
  readonly output: string;
  readonly timedOut: boolean;
}

const OUTPUT_CAP_BYTES = 64 * 1024;
/** How long a Verify block may run before its whole process group is stopped. */
export const VERIFY_BLOCK_TIMEOUT_MS = 15_000;

export interface RunVerifyBlockOptions {
  readonly timeoutMs?: number;
  /** Default: this process's. */
  readonly env?: NodeJS.ProcessEnv;
  /** The run's: the block's processes are killed should the harness die while it runs. */
  readonly reaper?: GroupReaper;
}

// Runs a lesson's bash fence as a script file in the work dir. A file (not `bash -c`) keeps the script text out
// of the command line, where the lesson's own `pgrep -f "kv_node.*--id 1"` would otherwise find it.
export async function runVerifyBlock(code: string, workDir: string, options: RunVerifyBlockOptions = {}): Promise<ShellRun> {
  const timeoutMs = options.timeoutMs ?? VERIFY_BLOCK_TIMEOUT_MS;
  const script = join(workDir, 'verify.sh');
  writeFileSync(script, `${code}\n`);
  const shell = startProcessGroup('bash', ['verify.sh'], { cwd: workDir, ...(options.env ? { env: options.env } : {}), ...(options.reaper ? { reaper: options.reaper } : {}) });
  let output = '';
  const take = (chunk: Buffer): void => {
    if (output.length < OUTPUT_CAP_BYTES) output += chunk.toString('utf8').slice(0, OUTPUT_CAP_BYTES - output.length);
  };
  shell.child.stdout?.on('data', take);
  shell.child.stderr?.on('data', take);
  let spawnError: Error | undefined;
  shell.child.once('error', (error) => {
    spawnError = error;
  });
  const timedOut = !(await within(shell.exited, timeoutMs));
  if (timedOut) await shell.stop({ graceMs: 0 });
  const exit = await shell.exited;
  if (spawnError) return { exitCode: null, output: `cannot run bash: ${spawnError.message}`, timedOut };
  return { exitCode: exit.code, output, timedOut };
}
