import { describe, expect, it } from 'vitest';
import { interruptedExitCode, isOutputClosed, outputClosed, signalExitCode, signalInterrupt, wantsColor, type CliIo } from '../../src/cli/cli-io.js';

const io = (env: Record<string, string>, isTTY: boolean, hasColors?: () => boolean): CliIo => ({
  stdout: { write: () => true, isTTY, ...(hasColors ? { hasColors } : {}) },
  stderr: { write: () => true },
  cwd: '/',
  env,
});

// Node's semantics (tty.getColorDepth / hasColors): FORCE_COLOR decides alone when set.
describe('wantsColor', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, false],
    [{ NODE_DISABLE_COLORS: '1' }, true, false],
    [{ TERM: 'dumb' }, true, false],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ FORCE_COLOR: 'false' }, false, false],
    [{ FORCE_COLOR: 'no' }, true, false],
    [{ FORCE_COLOR: '' }, false, true],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: 'true' }, false, true],
    [{ FORCE_COLOR: '2' }, false, true],
    [{ FORCE_COLOR: '3' }, false, true],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0', TERM: 'xterm-256color' }, true, false],
  ])('env %j, terminal %s → colour %s', (env, isTTY, expected) => {
    expect(wantsColor(io(env, isTTY))).toBe(expected);
  });

  it("asks a terminal's own hasColors() when nothing in the environment decides", () => {
    expect(wantsColor(io({}, true, () => false))).toBe(false);
    expect(wantsColor(io({}, true, () => true))).toBe(true);
    expect(wantsColor(io({ FORCE_COLOR: '1' }, true, () => false))).toBe(true);
  });
});

// Shells report a process a signal ended as 128 + the signal's number; supervisors (systemd, Kubernetes) read 143 as
// "stopped by SIGTERM" and 130 as Ctrl+C.
describe('interruptedExitCode', () => {
  const aborted = (reason: unknown): AbortSignal => {
    const controller = new AbortController();
    controller.abort(reason);
    return controller.signal;
  };

  it('is 130 for Ctrl+C (SIGINT) and 143 for SIGTERM, the signal the bin aborted with', () => {
    expect(signalExitCode('SIGINT')).toBe(130);
    expect(signalExitCode('SIGTERM')).toBe(143);
    expect(interruptedExitCode(aborted(signalInterrupt('SIGINT')))).toBe(130);
    expect(interruptedExitCode(aborted(signalInterrupt('SIGTERM')))).toBe(143);
  });

  it('is 141 (128 + SIGPIPE) when the output closed: a run cut short because its reader went away', () => {
    expect(interruptedExitCode(aborted(outputClosed('stdout')))).toBe(141);
    expect(interruptedExitCode(aborted(outputClosed('stderr')))).toBe(141);
    expect(isOutputClosed(aborted(outputClosed('stderr')))).toBe(true);
    expect(isOutputClosed(aborted(signalInterrupt('SIGINT')))).toBe(false);
  });

  it("is Ctrl+C's 130 when nothing says why (a caller's own abort)", () => {
    expect(interruptedExitCode(aborted(new Error('output closed')))).toBe(130);
    expect(interruptedExitCode(aborted(undefined))).toBe(130);
    expect(interruptedExitCode(undefined)).toBe(130);
  });

  it('keeps the words serve logs as the stop reason', () => {
    expect(signalInterrupt('SIGTERM').message).toBe('received SIGTERM');
  });
});
