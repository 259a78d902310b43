// The one rule for a space between words in a pattern — the lesson's (src/proof/compile-pattern.ts) and the
// model's built-in event patterns (default-patterns.ts) alike: loggers join words with `-` or `_` as well.

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
  let out = '';
  let inClass = false;
  for (let k = 0; k < source.length; k++) {
    const c = source[k]!;
    if (c === '\\') {
      const next = source[k + 1] ?? '';
      out += next === ' ' && !inClass ? WORD_GAP_CLASS : c + next;
      k++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
      if (source[k + 1] === '^') out += source[++k];
      if (source[k + 1] === ']') out += source[++k];
    } else out += c === ' ' ? WORD_GAP_CLASS : c;
  }
  return out;
}

/** A built-in pattern written as a regex literal, its word gaps widened by the same rule as a lesson's. */
export function widenRegex(regex: RegExp): RegExp {
  return new RegExp(widenWordGaps(regex.source), regex.flags);
}
