import { describe, expect, it } from 'vitest';
import { wantsColor, type CliIo } from '../../src/cli/cli-io.js';

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
