import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isVerifyLessonError, VerifyLessonError } from '../errors.js';
import { suggestClosest } from '../lesson/did-you-mean.js';
import { describeMissingPeer, isOptionalPeer } from '../load-optional-peer.js';
import { INTERRUPTED_LINE, interruptedExitCode, isOutputClosed, type CliIo } from './cli-io.js';
import { HELP_TEXT } from './help-text.js';
import { describeParseError } from './describe-parse-error.js';

export type { CliIo } from './cli-io.js';

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  json: { type: 'boolean' },
  format: { type: 'string' },
  lessons: { type: 'string' },
  paste: { type: 'string' },
  'reject-reference': { type: 'boolean' },
  'partial-credit': { type: 'boolean' },
  'cors-origin': { type: 'string', multiple: true },
  workers: { type: 'string' },
  'no-redos': { type: 'boolean' },
  nodes: { type: 'string' },
  workdir: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  signal: { type: 'string' },
  out: { type: 'string' },
  report: { type: 'string' },
  cluster: { type: 'string' },
  leader: { type: 'string' },
  client: { type: 'string', multiple: true },
  trials: { type: 'string' },
  'timeout-ms': { type: 'string' },
  model: { type: 'string' },
} satisfies ParseArgsConfig['options'];

export type CliValues = ReturnType<typeof parseCliArgs>['values'];

type Option = keyof typeof OPTIONS;
const SCENARIO_OPTIONS: readonly Option[] = ['lessons', 'json', 'format', 'partial-credit', 'signal', 'workdir', 'out', 'report', 'cluster', 'leader', 'client', 'trials', 'timeout-ms'];
// Which options each command reads: any other is a mistake to report, not to ignore silently.
const COMMAND_OPTIONS: Record<'paste' | 'scenario' | 'list' | 'lint' | 'serve' | 'cluster' | 'history', readonly Option[]> = {
  paste: ['lessons', 'paste', 'json', 'format', 'partial-credit', 'reject-reference', 'report'],
  scenario: SCENARIO_OPTIONS,
  list: ['lessons', 'json'],
  lint: ['lessons', 'json', 'no-redos'],
  serve: ['lessons', 'port', 'host', 'cors-origin', 'workers'],
  cluster: ['nodes', 'workdir'],
  history: ['model', 'json', 'report', 'timeout-ms'],
};

// Said once, however the command noticed the interrupt; a reader that went away is told nothing (it is gone).
function reportInterrupted(io: CliIo): number {
  if (!isOutputClosed(io.signal)) io.stderr.write(INTERRUPTED_LINE);
  return interruptedExitCode(io.signal);
}

// Whether `error` is the abort itself or was thrown because of it (its cause chain reaches the abort's reason).
function isCausedBy(error: unknown, reason: unknown): boolean {
  for (let e = error, depth = 0; e !== undefined && e !== null && depth < 10; e = (e as { cause?: unknown }).cause, depth++) {
    if (e === reason) return true;
  }
  return false;
}

// Commands that do not watch io.signal themselves (a paste read from a terminal, a slow lint) end at once on Ctrl+C.
// A closed output does not end them: they finish (in milliseconds) and exit with their own code, their writes lost.
async function unlessInterrupted(run: () => Promise<number>, io: CliIo): Promise<number> {
  const { signal } = io;
  if (!signal) return run();
  let onAbort: (() => void) | undefined;
  const interrupted = new Promise<number>((resolve) => {
    onAbort = () => {
      if (!isOutputClosed(signal)) resolve(reportInterrupted(io));
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([run(), interrupted]);
  } finally {
    signal.removeEventListener('abort', onAbort!);
  }
}

function checkOptions(command: keyof typeof COMMAND_OPTIONS, values: CliValues): void {
  const allowed = COMMAND_OPTIONS[command];
  const stray = (Object.keys(values) as Option[]).find((key) => values[key] !== undefined && !allowed.includes(key));
  if (stray === undefined) return;
  const where = command === 'paste' ? '--paste' : command === 'scenario' ? 'a scenario run' : `"${command}"`;
  throw new VerifyLessonError('USAGE', `--${stray} does not apply to ${where} (it takes ${allowed.map((o) => `--${o}`).join(', ')})`);
}

function parseCliArgs(argv: readonly string[]) {
  return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
}

// Node's parseArgs message in our wording (describe-parse-error.ts), plus a did-you-mean for an unknown option.
function cleanParseError(error: unknown): VerifyLessonError {
  let message = describeParseError((error as Error).message);
  const unknown = /^unknown option --([^=\s]+)/.exec(message)?.[1];
  const suggestion = unknown === undefined ? undefined : suggestClosest(unknown, Object.keys(OPTIONS));
  if (suggestion !== undefined) message += ` — did you mean --${suggestion}?`;
  return new VerifyLessonError('USAGE', message, { cause: error });
}

// Named commands; anything else in their place is a lesson id.
const COMMANDS = Object.keys(COMMAND_OPTIONS).filter((c) => c !== 'paste' && c !== 'scenario');

// `verify-lesson lsit`: not a lesson id, but close to a command — say so rather than "unknown lesson".
async function suggestingCommand(word: string, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    const command = isVerifyLessonError(error) && error.code === 'LESSON_NOT_FOUND' ? suggestClosest(word, COMMANDS) : undefined;
    if (command === undefined) throw error;
    throw new VerifyLessonError('USAGE', `unknown command or lesson "${word}" — did you mean the command "${command}"?`, { cause: error });
  }
}

async function readVersion(): Promise<string> {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { packageRoot } = await import('../catalog/bundled-lessons-dir.js');
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseCliArgs(argv);
  } catch (error) {
    throw cleanParseError(error);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(HELP_TEXT);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${await readVersion()}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  // Commands load lazily: the paste path must not pay for zod, recheck, fastify or the cluster code.
  switch (command) {
    case undefined:
      io.stdout.write(HELP_TEXT);
      return 2;
    case 'list':
      checkOptions('list', values);
      return unlessInterrupted(async () => (await import('./commands/list-command.js')).runListCommand(rest, values, io), io);
    case 'lint':
      checkOptions('lint', values);
      return unlessInterrupted(async () => (await import('./commands/lint-command.js')).runLintCommand(rest, values, io), io);
    case 'serve':
      checkOptions('serve', values);
      return (await import('./commands/serve-command.js')).runServeCommand(rest, values, io);
    case 'cluster':
      checkOptions('cluster', values);
      return (await import('./commands/cluster-command.js')).runClusterCommand(rest, values, io);
    case 'history':
      checkOptions('history', values);
      return unlessInterrupted(async () => (await import('./commands/history-command.js')).runHistoryCommand(rest, values, io), io);
    default:
      if (rest.length > 0) throw new VerifyLessonError('USAGE', `unexpected argument "${rest[0]}"`);
      if (values.paste !== undefined) {
        checkOptions('paste', values);
        return suggestingCommand(command, () =>
          unlessInterrupted(async () => (await import('./commands/paste-command.js')).runPasteCommand(command, values, io), io),
        );
      }
      checkOptions('scenario', values);
      return suggestingCommand(command, async () => (await import('./commands/scenario-command.js')).runScenarioCommand(command, values, io));
  }
}

/**
 * The whole CLI as a function: argv in, exit code out. Only the bin touches process.exit; tests call this.
 * Operational failures and usage mistakes become one clear line on stderr — never a stack trace.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    // A command that watches io.signal itself (a scenario run) stops by throwing: that is an interrupt, not a failure.
    // After a closed output, only the abort's own consequence is: a real failure is still said (stderr may be open).
    if (io.signal?.aborted && (!isOutputClosed(io.signal) || isCausedBy(error, io.signal.reason))) return reportInterrupted(io);
    if (isVerifyLessonError(error)) {
      // A library error worded for the command that was run (`serve`, not createServer()).
      const message = error.code === 'PEER_MISSING' && isOptionalPeer(error.details.peer) ? describeMissingPeer(error.details.peer, 'cli') : error.message;
      io.stderr.write(`verify-lesson: ${message}\n`);
      if (error.code === 'USAGE') io.stderr.write('Run "verify-lesson --help" for usage.\n');
      return 2;
    }
    io.stderr.write(`verify-lesson: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    if (io.env.VERIFY_LESSON_DEBUG) io.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    return 2;
  }
}
