import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ShellRun {
  readonly exitCode: number | null;
  readonly output: string;
  readonly timedOut: boolean;
}

const OUTPUT_CAP_BYTES = 64 * 1024;

// Runs a lesson's bash fence as a script file in the work dir. A file (not `bash -c`) keeps the script text out
// of the command line, where the lesson's own `pgrep -f "kv_node.*--id 1"` would otherwise find it.
export function runVerifyBlock(code: string, workDir: string, timeoutMs = 15_000): Promise<ShellRun> {
  const script = join(workDir, 'verify.sh');
  writeFileSync(script, `${code}\n`);
  return new Promise((resolve) => {
    const child = spawn('bash', ['verify.sh'], { cwd: workDir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timedOut = false;
    const take = (chunk: Buffer): void => {
      if (output.length < OUTPUT_CAP_BYTES) output += chunk.toString('utf8').slice(0, OUTPUT_CAP_BYTES - output.length);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ exitCode: null, output: `cannot run bash: ${error.message}`, timedOut });
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ exitCode: code, output, timedOut });
    });
  });
}
