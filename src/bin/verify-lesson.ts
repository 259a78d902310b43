#!/usr/bin/env node
import { loadCliBundle } from '../cli/load-cli-bundle.js';

// The CLI itself is one bundle next to this file's folder, loaded through V8's code cache (a cold start budget;
// see load-cli-bundle.ts for why built-ins come from process.getBuiltinModule).
const { fileURLToPath } = process.getBuiltinModule('node:url');
const { INTERRUPTED_LINE, outputClosed, runCli, signalExitCode, signalInterrupt } = loadCliBundle(fileURLToPath(new URL('../cli/verify-lesson-cli.cjs', import.meta.url))).cli;

// The only place that touches process: wire real stdio, turn Ctrl+C/SIGTERM into an abort, set the exit code
// (128 + the signal's number: 130 for Ctrl+C, 143 for SIGTERM; a second signal exits at once with its own, saying so as the first would,
// and so does a first one once a closed output already stopped the command: what runs is stopping, and the user wants out).
const controller = new AbortController();
let interrupted = 0;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    interrupted += 1;
    if (interrupted > 1 || controller.signal.aborted) {
      process.stderr.write(INTERRUPTED_LINE);
      process.exit(signalExitCode(signal));
    }
    controller.abort(signalInterrupt(signal));
  });
}

// A closed pipe (`verify-lesson … | head`): no stack trace; io.signal aborts with outputClosed, which stops what runs
// (a live run, `cluster start`) but is no interrupt: no "interrupted" line, and a command's own exit code (141 when cut short).
for (const [name, stream] of [['stdout', process.stdout], ['stderr', process.stderr]] as const) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    controller.abort(outputClosed(name));
  });
}

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // Read only by `--paste -`: creating process.stdin costs a cold start a few milliseconds.
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd(),
  env: process.env,
  signal: controller.signal,
});
// Interrupted: a command may have left a read pending (a paste from the terminal); do not wait for it.
if (controller.signal.aborted) process.exit(code);
process.exitCode = code;
