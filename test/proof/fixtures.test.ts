// Table test over fixtures/pastes: every paste against the real w12-l03 lesson, as fixtures/pastes/expected.json
// says (passed, error/warning codes, detection time per follower, leader).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPaste, type CheckPasteOptions } from '../../src/proof/check-paste.js';
import { formatVerdictText } from '../../src/proof/format-verdict.js';
import { loadLesson, problemCodes, ROOT } from './helpers.js';

interface Expectation {
  readonly file?: string;
  readonly options?: CheckPasteOptions;
  readonly passed: boolean;
  readonly codes: readonly string[];
  readonly detectionMs: Readonly<Record<string, number>>;
  readonly leader?: string;
}

const dir = `${ROOT}fixtures/pastes/`;
const expected = JSON.parse(readFileSync(`${dir}expected.json`, 'utf8')) as Record<string, Expectation>;
const lesson = loadLesson('w12-l03');

describe('fixtures/pastes against w12-l03', () => {
  it('has at least 15 pastes, passing and failing', () => {
    const entries = Object.values(expected);
    expect(entries.length).toBeGreaterThanOrEqual(15);
    expect(entries.filter((e) => e.passed).length).toBeGreaterThanOrEqual(5);
    expect(entries.filter((e) => !e.passed).length).toBeGreaterThanOrEqual(5);
  });

  for (const [name, expectation] of Object.entries(expected)) {
    it(name, () => {
      const bytes = readFileSync(dir + (expectation.file ?? name));
      const verdict = checkPaste(lesson, new Uint8Array(bytes), expectation.options);
      const detections = Object.fromEntries(
        (verdict.measurements?.followers ?? []).filter((f) => f.detectionMs !== undefined).map((f) => [f.node, f.detectionMs]),
      );
      expect({ passed: verdict.passed, codes: problemCodes(verdict), detectionMs: detections }, formatVerdictText(verdict, { color: false })).toEqual({
        passed: expectation.passed,
        codes: [...expectation.codes].sort(),
        detectionMs: expectation.detectionMs,
      });
      if (expectation.leader) expect(verdict.measurements?.leader).toBe(expectation.leader);
      expect(verdict.xpAwarded).toBe(expectation.passed ? lesson.xp : 0);
    });
  }
});
