// The corpus in fixtures/histories: each file's expected answer in expected.json, checked through the CLI.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../cli/cli-harness.js';
import { ROOT } from '../proof/helpers.js';

const DIR = `${ROOT}fixtures/histories/`;
interface Expected {
  model?: string;
  linearizable?: boolean;
  key?: string;
  culprit?: number;
  error?: { line: number };
}
const expected = JSON.parse(readFileSync(`${DIR}expected.json`, 'utf8')) as Record<string, Expected>;

describe('fixtures/histories', () => {
  it('lists every history file in expected.json', () => {
    expect(readdirSync(DIR).filter((f) => f !== 'expected.json').sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', async (file, want) => {
    const run = await runCliCaptured(['history', 'check', `fixtures/histories/${file}`, '--json'], { cwd: ROOT });
    const [report] = JSON.parse(run.stdout) as Record<string, any>[];
    if (want.error) {
      expect(run.code).toBe(2);
      expect(report!.error.line).toBe(want.error.line);
      expect(report!.error.message).toContain(`fixtures/histories/${file}:${want.error.line}:`);
      return;
    }
    expect(report!.model).toBe(want.model);
    expect(report!.linearizable).toBe(want.linearizable);
    expect(run.code).toBe(want.linearizable ? 0 : 1);
    if (want.culprit !== undefined) expect(report!.failure.culprit.id).toBe(want.culprit);
    if (want.key !== undefined) expect(report!.failure.key).toBe(want.key);
  });
});
