// Shared test helpers: the real w12-l03 lesson (through the lead's parseLesson) and small hand-built lessons.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseLesson } from '../../src/lesson/parse-lesson.js';
import type { Lesson, ProofTiming } from '../../src/lesson/types.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import type { Verdict } from '../../src/proof/verdict.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A lesson from lessons/<id>.md, parsed like the CLI does. */
export function loadLesson(id: string): Lesson {
  const file = `${ROOT}lessons/${id}.md`;
  const { lesson, findings } = parseLesson(readFileSync(file, 'utf8'), file);
  if (!lesson) throw new Error(`lesson ${id} did not parse: ${JSON.stringify(findings)}`);
  return lesson;
}

/** The shipped lesson's timing criteria, so the tests judge with exactly what students are judged with. */
export const W12_TIMING: ProofTiming = loadLesson('w12-l03').proof.timing!;

/** A minimal lesson with the given patterns and timing (w12-l03's by default). */
export function makeLesson(options: { patterns?: string[]; timing?: ProofTiming | null; hints?: string[]; id?: string } = {}): Lesson {
  const hints = options.hints ?? [];
  const timing = options.timing === null ? undefined : (options.timing ?? W12_TIMING);
  return {
    id: options.id ?? 'test-lesson',
    title: 'Test lesson',
    xp: 50,
    kind: 'lesson',
    proof: {
      type: 'paste',
      instructions: 'Paste the logs.',
      regex_patterns: options.patterns ?? ['timeout|timed out|no heartbeat', 'kill|SIGTERM|stopped|terminated'],
      ...(timing ? { timing } : {}),
    },
    body: '',
    sections: hints.length ? [{ title: 'Hints', slug: 'hints', line: 1, text: hints.map((h) => `- ${h}`).join('\n'), codeBlocks: [] }] : [],
  };
}

/** Error and warning codes of a verdict, sorted and unique. */
export function problemCodes(verdict: { checks: readonly { findings: readonly { code: string; severity: string }[] }[] }): string[] {
  const codes = verdict.checks.flatMap((c) => c.findings.filter((f) => f.severity !== 'info').map((f) => f.code));
  return [...new Set(codes)].sort();
}

const w12 = loadLesson('w12-l03');

/** checkPaste of w12-l03 on the paste made of `lines` (the session readings' small pastes). */
export const checkW12Lines = (lines: readonly string[]) => checkPaste(w12, lines.join('\n'));

/** Each measured follower's detection ms, or its status when it has none: what a reading's test compares. */
export const followerMs = (verdict: Verdict) => Object.fromEntries(verdict.measurements!.followers.map((f) => [f.node, f.detectionMs ?? f.status]));
