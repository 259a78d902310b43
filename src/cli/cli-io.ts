// Everything the CLI touches of the outside world, so runCli can be driven in-process by tests.
export interface CliOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  /** A terminal's own colour support (tty.WriteStream#hasColors), given the environment to judge by. */
  hasColors?(env: Readonly<Record<string, string | undefined>>): boolean;
}

export interface CliIo {
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  /** Read when a command is given `-` for a file (the paste). */
  readonly stdin?: AsyncIterable<Uint8Array | string> & { readonly isTTY?: boolean };
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Aborted on Ctrl+C / SIGTERM by the bin; long-running commands stop and clean up. */
  readonly signal?: AbortSignal;
}

/** What the CLI says when a signal ended it: once, whether the command noticed or a second signal ended it at once. */
export const INTERRUPTED_LINE = 'verify-lesson: interrupted\n';

// The signals the bin turns into an abort of io.signal, with their numbers (the same on every platform Node runs on).
const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15 } as const;

/** A signal the bin stops the CLI on: Ctrl+C (SIGINT) or a supervisor's SIGTERM. */
export type InterruptSignal = keyof typeof SIGNAL_NUMBERS;

/** The exit code of a process ended by `signal`: 128 + its number, as shells report it (SIGINT 130, SIGTERM 143). */
export function signalExitCode(signal: InterruptSignal): number {
  return 128 + SIGNAL_NUMBERS[signal];
}

/** The abort reason the bin gives io.signal for an OS signal: its message is what `serve` logs, `signal` decides the exit code. */
export function signalInterrupt(signal: InterruptSignal): Error & { readonly signal: InterruptSignal } {
  return Object.assign(new Error(`received ${signal}`), { signal });
}

/** The abort reason the bin gives io.signal when a reader went away (EPIPE: `verify-lesson … | head -5`). */
export function outputClosed(stream: 'stdout' | 'stderr'): Error & { readonly outputClosed: 'stdout' | 'stderr' } {
  return Object.assign(new Error(`${stream} closed`), { outputClosed: stream });
}

/** Whether io.signal was aborted because a reader of the output went away (not by Ctrl+C or SIGTERM). */
export function isOutputClosed(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true && typeof (signal.reason as { outputClosed?: unknown } | undefined)?.outputClosed === 'string';
}

/**
 * The exit code of a command cut short by its reader going away before it had a result of its own (a live run):
 * 141, 128 + SIGPIPE's 13, as a shell reports `git log | head -1`'s git. A command that had its result exits with it.
 */
export const OUTPUT_CLOSED_EXIT_CODE = 141;

/**
 * The exit code of a command io.signal ended: that of the signal behind it (Ctrl+C 130, SIGTERM 143), 141 when
 * the output closed (outputClosed), or Ctrl+C's when nothing says why (a caller's own abort).
 */
export function interruptedExitCode(signal: AbortSignal | undefined): number {
  if (isOutputClosed(signal)) return OUTPUT_CLOSED_EXIT_CODE;
  const reason = signal?.reason as { signal?: unknown } | undefined;
  return reason?.signal === 'SIGTERM' || reason?.signal === 'SIGINT' ? signalExitCode(reason.signal) : signalExitCode('SIGINT');
}

// Node's own FORCE_COLOR reading (tty.getColorDepth): "", 1, true → 16 colours, 2 → 256, 3 → 16 million, anything
// else (0, false, ...) → none. Colours need more than 2 "colours".
function forcedColorDepth(forceColor: string): number {
  switch (forceColor) {
    case '':
    case '1':
    case 'true':
      return 16;
    case '2':
      return 256;
    case '3':
      return 2 ** 24;
    default:
      return 2;
  }
}

/**
 * Colour as Node decides it for its own output (util.inspect, the REPL, test reporters): FORCE_COLOR, when set,
 * decides alone (on for "", 1, true, 2, 3; off for 0, false and anything else), even for a pipe; otherwise
 * NO_COLOR, NODE_DISABLE_COLORS or TERM=dumb turn it off, and only a terminal gets colour (as far as the
 * terminal's own hasColors() allows).
 */
export function wantsColor(io: CliIo, output: CliOutput = io.stdout): boolean {
  const { env } = io;
  if (env.FORCE_COLOR !== undefined) return forcedColorDepth(env.FORCE_COLOR) > 2;
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return false;
  if (output.isTTY !== true) return false;
  return typeof output.hasColors === 'function' ? output.hasColors(env) : true;
}
