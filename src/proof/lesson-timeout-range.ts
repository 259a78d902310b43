// A detection that came too late needs a next step, and the lesson says what its election timeout should be
// ("within your election timeout, e.g., 150-300ms"): that range, read from the lesson's own text, goes into each
// DETECTION_TOO_SLOW finding (`timeoutRangeMs`), so the advice never states numbers the lesson does not.
import { createFinding, type Finding } from '../findings/finding.js';
import type { Lesson } from '../lesson/types.js';

/** An election timeout range the lesson states, in ms. */
export interface TimeoutRange {
  readonly minMs: number;
  readonly maxMs: number;
}

// `150-300ms`, `150–300 ms`, `150 to 300 ms` in a sentence that speaks of a timeout.
const RANGE = /(\d{1,5})\s?(?:-|–|to)\s?(\d{1,5})\s?ms\b/i;
const SENTENCE_ABOUT_TIMEOUT = /[^.!?\n]*\btimeout\b[^.!?\n]*/gi;

const rangeBySections = new WeakMap<Lesson['sections'], TimeoutRange | null>();

/** The first timeout range (minMs < maxMs) in a sentence of the lesson's sections that mentions a timeout, if any. */
export function findLessonTimeoutRange(sections: Lesson['sections']): TimeoutRange | undefined {
  let range = rangeBySections.get(sections);
  if (range === undefined) {
    range = null;
    for (const section of sections) {
      for (const sentence of section.text.match(SENTENCE_ABOUT_TIMEOUT) ?? []) {
        const hit = RANGE.exec(sentence);
        if (hit && Number(hit[1]) < Number(hit[2])) {
          range = { minMs: Number(hit[1]), maxMs: Number(hit[2]) };
          break;
        }
      }
      if (range !== null) break;
    }
    rangeBySections.set(sections, range);
  }
  return range ?? undefined;
}

// Each DETECTION_TOO_SLOW of `findings` with the lesson's timeout range as `timeoutRangeMs` ([min, max]); the others as they are.
export function addTimeoutRange(findings: readonly Finding[], range: TimeoutRange | undefined): readonly Finding[] {
  if (range === undefined || !findings.some((f) => f.code === 'DETECTION_TOO_SLOW')) return findings;
  return findings.map((f) => (f.code === 'DETECTION_TOO_SLOW' ? createFinding(f.code, f.severity, { ...f.args, timeoutRangeMs: [range.minMs, range.maxMs] }, f) : f));
}
