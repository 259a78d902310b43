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

// Per lesson's sections (immutable lesson data, never a paste): its hint bullets, and each bullet's keywords. A failing
// verdict asks for them once per failed pattern; reading the section again each time cost a tenth of such a verdict.
const hintsBySections = new WeakMap<Lesson['sections'], readonly string[]>();
const keywordsByHints = new WeakMap<readonly string[], readonly (readonly string[])[]>();

/** The lesson's hint bullets (lines starting with -, * or 1.), without the markers; the same array for the same sections. */
export function lessonHints(lesson: Pick<Lesson, 'sections'>): readonly string[] {
  let hints = hintsBySections.get(lesson.sections);
  if (hints === undefined) {
    const section = lesson.sections.find((s) => s.slug === 'hints');
    hints = section
      ? section.text
          .split('\n')
          .map((line) => /^\s*(?:[-*+]|\d+[.)])\s+(.*\S)\s*$/.exec(line)?.[1])
          .filter((hint): hint is string => hint !== undefined)
      : [];
    hintsBySections.set(lesson.sections, hints);
  }
  return hints;
}

/**
 * The hint bullet sharing the most keywords with the expected alternatives, or undefined; of bullets sharing as many,
 * the first that `fits` (what the paste shows: a Ctrl+C kill fits the Ctrl+C bullet), else the first.
 */
export function findHint(hints: readonly string[], expected: readonly string[], fits?: RegExp): string | undefined {
  const wanted = keywords(expected.join(' '));
  let hintWords = keywordsByHints.get(hints);
  if (hintWords === undefined) keywordsByHints.set(hints, (hintWords = hints.map(keywords)));
  let best: string | undefined;
  let bestScore = 0;
  let bestFits = false;
  for (let k = 0; k < hints.length; k++) {
    const hint = hints[k]!;
    const words = hintWords[k]!;
    const score = wanted.filter((w) => words.some((h) => related(w, h))).length;
    if (score === 0 || score < bestScore) continue;
    const fitting = fits !== undefined && fits.test(hint);
    if (score > bestScore || (fitting && !bestFits)) {
      best = hint;
      bestScore = score;
      bestFits = fitting;
    }
  }
  return best;
}
