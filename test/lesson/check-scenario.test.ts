import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../src/findings/format-finding.js';
import { parseDurationMs } from '../../src/lesson/parse-duration.js';
import { parseLesson } from '../../src/lesson/parse-lesson.js';
import { parseTarget } from '../../src/lesson/parse-target.js';

const root = join(import.meta.dirname, '../..');

describe('scenario lint', () => {
  const file = join(root, 'fixtures/lessons/invalid/scenario-typos.md');
  const { lesson, findings } = parseLesson(readFileSync(file, 'utf8'), 'scenario-typos.md');
  const text = findings.map(formatFinding);

  it('rejects the lesson and names file:line:field with a did-you-mean for each typo', () => {
    expect(lesson).toBeUndefined();
    expect(text).toEqual([
      'scenario-typos.md:18: error LESSON_SCENARIO_STEP_UNKNOWN scenario.steps[1].step: unknown scenario step "wait-leadr" — did you mean "wait-leader"?',
      'scenario-typos.md:21: error LESSON_SCENARIO_TARGET_UNKNOWN scenario.steps[2].target: unknown target "leadr" in "leadr" — did you mean "leader"?',
      'scenario-typos.md:23: error LESSON_DURATION_INVALID scenario.steps[3].within: expected a duration like 300ms or 1.5s, found "300 msec"',
      'scenario-typos.md:26: warning LESSON_KEY_UNKNOWN scenario.steps[4].judje: unknown key "judje" — did you mean "judge"?',
      'scenario-typos.md:25: error LESSON_SCENARIO_STEP_REF_UNKNOWN scenario.steps[4].from: no step "fualt" in this scenario — did you mean "fault"?',
    ]);
  });

  // adv42b: a step with no kind (`- title: run it`) showed zod's own text, "expected Invalid discriminator value.
  // Expected 'start' | 'wait-leader' | …, found nothing (an empty value)".
  it('words a step without a kind as a missing field, naming the step kinds', () => {
    const missing = join(root, 'fixtures/lessons/invalid/step-kind-missing.md');
    const parsed = parseLesson(readFileSync(missing, 'utf8'), 'step-kind-missing.md');
    expect(parsed.findings.map(formatFinding)).toEqual([
      'step-kind-missing.md:44: error LESSON_FIELD_MISSING scenario.steps[7].step: required field is missing: expected a step kind: ' +
        'start, wait-leader, write, start-clients, expect-linearizable, fault, expect-detection, expect-new-leader, expect-keys, expect-rejoin, expect-step-down, run-verify, capture-log',
    ]);
  });

  const withStep = (yaml: string): string[] => {
    const seed = readFileSync(join(root, 'lessons/w12-l03.md'), 'utf8');
    return parseLesson(seed.replace('    - step: run-verify\n', `${yaml}\n`), 'l.md').findings.map(formatFinding);
  };

  it('suggests "step" for a misspelled step key, and names the kind it holds', () => {
    expect(withStep('    - stpe: run-verify')).toEqual([
      'l.md:46: error LESSON_FIELD_MISSING scenario.steps[9].step: required field is missing: expected a step kind: ' +
        'start, wait-leader, write, start-clients, expect-linearizable, fault, expect-detection, expect-new-leader, expect-keys, expect-rejoin, expect-step-down, run-verify, capture-log' +
        ' — did you mean "step: run-verify" for "stpe: run-verify"?',
    ]);
  });

  it('words a step kind that is no string as an invalid field', () => {
    expect(withStep('    - step: 5')).toEqual([
      'l.md:46: error LESSON_FIELD_INVALID scenario.steps[9].step: expected a step kind: ' +
        'start, wait-leader, write, start-clients, expect-linearizable, fault, expect-detection, expect-new-leader, expect-keys, expect-rejoin, expect-step-down, run-verify, capture-log, found 5',
    ]);
  });

  it('parses the bundled lesson scenario', () => {
    const parsed = parseLesson(readFileSync(join(root, 'lessons/w12-l03.md'), 'utf8'));
    expect(parsed.findings).toEqual([]);
    expect(parsed.lesson?.scenario?.nodes).toBe(3);
    expect(parsed.lesson?.scenario?.steps.map((s) => s.step)).toEqual([
      'start', 'wait-leader', 'start-clients', 'write', 'fault', 'expect-detection', 'expect-new-leader', 'expect-keys', 'expect-linearizable', 'run-verify', 'capture-log',
    ]);
  });
});

describe('parseDurationMs', () => {
  it.each([
    ['300ms', 300], ['1.5s', 1500], [' 2 s ', 2000], [250, 250], [0, 0],
  ] as const)('%s → %s ms', (input, ms) => expect(parseDurationMs(input)).toBe(ms));
  it.each(['300', '3 seconds', 'fast', '-1s', '1m'])('%s is not a duration', (input) => expect(parseDurationMs(input)).toBeUndefined());
  it('refuses a negative number', () => expect(parseDurationMs(-5)).toBeUndefined());
});

describe('parseTarget', () => {
  it('splits partition groups and reads node numbers', () => {
    expect(parseTarget('leader | rest')).toEqual({ ok: true, groups: [[{ word: 'leader' }], [{ word: 'rest' }]] });
    expect(parseTarget('node 1, node2 | node-3')).toEqual({ ok: true, groups: [[{ node: 1 }, { node: 2 }], [{ node: 3 }]] });
  });
  it('names the word it cannot read', () => {
    expect(parseTarget('old-leadr rest')).toEqual({ ok: false, bad: 'old-leadr' });
    expect(parseTarget('leader |')).toEqual({ ok: false, bad: '(empty group)' });
  });
});
