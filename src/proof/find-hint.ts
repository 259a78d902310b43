// A failed pattern gets the lesson's own advice when some bullet of its "## Hints" section talks about the
// same thing (shares a keyword with the pattern's alternatives): "timeout|timed out" → the election-timeout hint.
import type { Lesson } from '../lesson/types.js';

const STOP_WORDS = new Set(['the', 'and', 'for', 'with', 'that', 'this', 'from', 'your', 'you', 'are', 'not', 'but', 'its']);

function keywords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z0-9]{2,}/g) ?? []).filter((word) => !STOP_WORDS.has(word));
}

// "timeout" ~ "timeouts", "terminated" ~ "terminate": a shared stem of at least 5 letters, or equal words.
const related = (a: string, b: string): boolean => {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  if (n < 5) return false;
  let common = 0;
  while (common < n && a[common] === b[common]) common++;
  return common >= 5 && common >= n - 2;
};

/** The lesson's hint bullets (lines starting with -, * or 1.), without the markers. */
export function lessonHints(lesson: Pick<Lesson, 'sections'>): string[] {
  const section = lesson.sections.find((s) => s.slug === 'hints');
  if (!section) return [];
  return section.text
    .split('\n')
    .map((line) => /^\s*(?:[-*+]|\d+[.)])\s+(.*\S)\s*$/.exec(line)?.[1])
    .filter((hint): hint is string => hint !== undefined);
}

/** The hint bullet sharing the most keywords with the expected alternatives, or undefined. */
export function findHint(hints: readonly string[], expected: readonly string[]): string | undefined {
  const wanted = keywords(expected.join(' '));
  let best: string | undefined;
  let bestScore = 0;
  for (const hint of hints) {
    const words = keywords(hint);
    const score = wanted.filter((w) => words.some((h) => related(w, h))).length;
    if (score > bestScore) {
      best = hint;
      bestScore = score;
    }
  }
  return best;
}
