// Everything the CLI touches of the outside world, so runCli can be driven in-process by tests.
export interface CliOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

export interface CliIo {
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  /** Read when a command is given `-` for a file (the paste). */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Aborted on Ctrl+C / SIGTERM by the bin; long-running commands stop and clean up. */
  readonly signal?: AbortSignal;
}

// Colour only for a person at a terminal, and never when NO_COLOR is set (https://no-color.org).
export function wantsColor(io: CliIo, output: CliOutput = io.stdout): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return output.isTTY === true && io.env.TERM !== 'dumb';
}
