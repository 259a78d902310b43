import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { describeParseError } from '../../src/cli/describe-parse-error.js';

// The real messages of this Node's parseArgs, so a Node that rewords them fails here rather than in a user's terminal.
function messageOf(args: string[]): string {
  try {
    parseArgs({ args, options: { trials: { type: 'string' }, json: { type: 'boolean' } }, strict: true, allowPositionals: false });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`parseArgs accepted ${args.join(' ')}`);
}

describe('describeParseError', () => {
  it.each([
    [['--pste', 'x'], 'unknown option --pste'],
    [['-z'], 'unknown option -z'],
    [['--trials'], '--trials: missing value'],
    [['--trials', '-5'], "--trials: missing value (write --trials=VALUE for a value starting with '-')"],
    [['extra'], "unexpected argument 'extra'. This command does not take positional arguments"],
  ])('%j → %s', (args, expected) => {
    expect(describeParseError(messageOf(args))).toBe(expected);
  });
});
