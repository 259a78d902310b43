import { Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/cli-io.js';
import { runCli } from '../../src/cli/run-cli.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

// Drives runCli in-process with captured output: the CLI's tests need no child process.
export async function runCliCaptured(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; stdin?: string | Uint8Array; stdinStream?: NodeJS.ReadableStream; isTTY?: boolean; stdinIsTTY?: boolean; signal?: AbortSignal } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.isTTY ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    stdin: Object.assign(options.stdinStream ?? Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]), {
      isTTY: options.stdinIsTTY ?? false,
    }),
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
