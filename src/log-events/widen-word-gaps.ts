// The one rule for a space between words in a pattern — the lesson's (src/proof/compile-pattern.ts) and the
// model's built-in event patterns (default-patterns.ts) alike: loggers join words with `-` or `_` as well.
import { rewriteOutsideClasses } from './rewrite-regex-source.js';

/** What a space between words in a pattern matches. */
export const WORD_GAP_CLASS = '[ _-]';

/**
 * `heartbeat timeout` → `heartbeat[ _-]timeout`: a pattern's words match however the log joins them
 * ("Heartbeat-Timeout", `heartbeat_timeout`), as lint's coverage check already reads phrases as words. Only
 * literal spaces outside classes change (escaped `\ ` too); the literal scan folds `-` and `_` like a space
 * (foldLiteralChar), so literals stay whole. Widening a widened source changes nothing.
 */
export function widenWordGaps(source: string): string {
  if (!source.includes(' ')) return source;
  return rewriteOutsideClasses(source, (text, i) => {
    const c = text.charCodeAt(i);
    if (c === 32) return WORD_GAP;
    return c === 92 && text.charCodeAt(i + 1) === 32 ? ESCAPED_WORD_GAP : undefined;
  })!;
}

const WORD_GAP = { text: WORD_GAP_CLASS, length: 1 } as const;
const ESCAPED_WORD_GAP = { text: WORD_GAP_CLASS, length: 2 } as const;

/** A built-in pattern written as a regex literal, its word gaps widened by the same rule as a lesson's. */
export function widenRegex(regex: RegExp): RegExp {
  return new RegExp(widenWordGaps(regex.source), regex.flags);
}
