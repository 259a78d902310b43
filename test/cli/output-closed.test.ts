// A reader that goes away (`verify-lesson w12-l03 --paste FILE | head -5`) is no Ctrl+C: the CLI stops writing to
// it quietly and ends with the verdict's own exit code — no "interrupted" line, no 130. The io here closes stdout
// as Node reports a closed pipe: the bin aborts io.signal with outputClosed('stdout') on the write's EPIPE.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputClosed, type CliIo } from '../../src/cli/cli-io.js';
import { runCli } from '../../src/cli/run-cli.js';

const root = join(import.meta.dirname, '../..');

// runCli whose stdout's reader leaves at its first write: that write is lost, and io.signal aborts (at once, or
// on the next tick as Node's 'error' event comes); stderr is kept.
async function runClosingStdout(argv: string[], when: 'at once' | 'next tick'): Promise<{ code: number; stdout: string; stderr: string }> {
  const controller = new AbortController();
  let stdout = '';
  let stderr = '';
  let closed = false;
  const io: CliIo = {
    stdout: {
      write: (text: string) => {
        if (closed) return false;
        closed = true;
        stdout += text.slice(0, text.indexOf('\n') + 1);
        if (when === 'at once') controller.abort(outputClosed('stdout'));
        else process.nextTick(() => controller.abort(outputClosed('stdout')));
        return false;
      },
    },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: root,
    env: {},
    signal: controller.signal,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

describe('a closed stdout (EPIPE) after the verdict was written', () => {
  it.each(['at once', 'next tick'] as const)('ends with the passing verdict\'s 0, saying nothing (the abort comes %s)', async (when) => {
    const run = await runClosingStdout(['w12-l03', '--paste', 'fixtures/pastes/backwards-time.log'], when);
    expect(run.stdout).toContain('PASSED');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it.each(['at once', 'next tick'] as const)('ends with the failing verdict\'s 1, saying nothing (the abort comes %s)', async (when) => {
    const run = await runClosingStdout(['w12-l03', '--paste', 'fixtures/pastes/follower-missing.log', '--json'], when);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  });

  it('still writes the --report picture after the verdict, and says so on stderr', async () => {
    const file = join(root, '.tmp', `output-closed-${process.pid}.svg`);
    const run = await runClosingStdout(['w12-l03', '--paste', 'fixtures/pastes/backwards-time.log', '--report', file], 'at once');
    expect(run.stderr).toBe(`wrote ${file}\n`);
    expect(run.code).toBe(0);
  });

  it('list and history end with their own exit codes too', async () => {
    expect((await runClosingStdout(['list'], 'at once')).code).toBe(0);
    const history = await runClosingStdout(['history', 'check', 'fixtures/histories/kv-lost-append.edn'], 'at once');
    expect(history.stderr).toBe('');
    expect(history.code).toBe(1);
  });
});
