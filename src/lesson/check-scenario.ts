// Lint of a `scenario:` block beyond its shape: a step without a kind, unknown step kinds, targets and step references with a
// did-you-mean, durations that cannot be read, unknown keys in a step. Pure; runs before zod so its findings
// replace zod's less helpful union errors for the same fields.
import { createFinding, type Finding } from '../findings/finding.js';
import { suggestClosest } from './did-you-mean.js';
import { formatFieldPath } from './lesson-patterns.js';
import { DURATION_EXAMPLE, parseDurationMs } from './parse-duration.js';
import { parseTarget, TARGET_WORDS } from './parse-target.js';
import { STEP_KEYS } from './scenario-schema.js';

type Locate = (path: readonly (string | number)[]) => number | undefined;

const TARGET_FIELDS = ['target', 'nodes'] as const;
const DURATION_FIELDS = ['within', 'latency'] as const;
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The id a step goes by: its own `id`, else its kind for the first step of that kind. */
export function listStepIds(steps: readonly unknown[]): string[] {
  const ids: string[] = [];
  for (const step of steps) {
    if (!isRecord(step)) continue;
    if (typeof step.id === 'string') ids.push(step.id);
    else if (typeof step.step === 'string' && !ids.includes(step.step)) ids.push(step.step);
  }
  return ids;
}

// Findings for `data.scenario`; the paths of fields they cover, so the caller can drop zod's issues there.
export function checkScenario(scenario: unknown, locate: Locate, file?: string): { findings: Finding[]; covered: Set<string> } {
  const findings: Finding[] = [];
  const covered = new Set<string>();
  if (!isRecord(scenario) || !Array.isArray(scenario.steps)) return { findings, covered };
  const kinds = Object.keys(STEP_KEYS);
  const ids = listStepIds(scenario.steps);
  const add = (code: Parameters<typeof createFinding>[0], severity: 'error' | 'warning', args: Record<string, unknown>, path: (string | number)[]): void => {
    const where = formatFieldPath(path);
    covered.add(where);
    findings.push(createFinding(code, severity, args, { file, path: where, line: locate(path) }));
  };
  const stepKinds = `a step kind: ${kinds.join(', ')}`;
  scenario.steps.forEach((step, i) => {
    const at = (key: string): (string | number)[] => ['scenario', 'steps', i, key];
    if (!isRecord(step)) return;
    if (step.step !== undefined && typeof step.step !== 'string') {
      add('LESSON_FIELD_INVALID', 'error', { expected: stepKinds, found: step.step }, at('step'));
      return;
    }
    if (step.step === undefined) {
      // `stpe: run-verify`: the key misspelled, its value a step kind.
      const misspelled = Object.keys(step).find((key) => suggestClosest(key, ['step']) !== undefined && typeof step[key] === 'string');
      const instead = misspelled === undefined ? {} : { suggestion: `step: ${String(step[misspelled])}`, found: `${misspelled}: ${String(step[misspelled])}` };
      add('LESSON_FIELD_MISSING', 'error', { expected: stepKinds, ...instead }, at('step'));
      return;
    }
    const keys = STEP_KEYS[step.step];
    const kind = step.step;
    if (!keys) {
      add('LESSON_SCENARIO_STEP_UNKNOWN', 'error', { found: kind, suggestion: suggestClosest(kind, kinds), allowed: kinds }, at('step'));
      covered.add(formatFieldPath(['scenario', 'steps', i]));
      return;
    }
    for (const key of Object.keys(step)) {
      if (!keys.includes(key)) add('LESSON_KEY_UNKNOWN', 'warning', { key, suggestion: suggestClosest(key, keys) }, at(key));
    }
    for (const field of DURATION_FIELDS) {
      const value = step[field];
      if (value === undefined || ((typeof value === 'number' || typeof value === 'string') && parseDurationMs(value) !== undefined)) continue;
      add('LESSON_DURATION_INVALID', 'error', { expected: DURATION_EXAMPLE, found: value }, at(field));
    }
    for (const field of TARGET_FIELDS) {
      const value = step[field];
      if (typeof value !== 'string') continue;
      const parsed = parseTarget(value);
      if (!parsed.ok) add('LESSON_SCENARIO_TARGET_UNKNOWN', 'error', { target: value, word: parsed.bad, suggestion: suggestClosest(parsed.bad, TARGET_WORDS), allowed: [...TARGET_WORDS, 'node N'] }, at(field));
    }
    for (const field of ['from', 'to'] as const) {
      const value = step[field];
      if (typeof value === 'string' && !ids.includes(value)) add('LESSON_SCENARIO_STEP_REF_UNKNOWN', 'error', { ref: value, suggestion: suggestClosest(value, ids), ids }, at(field));
    }
  });
  return { findings, covered };
}
