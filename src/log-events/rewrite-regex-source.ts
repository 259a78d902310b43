// One walk over a regex source for the rewrites the engine makes of patterns (widened word gaps, groups made
// non-capturing): each token outside a character class may be replaced; classes and escapes inside them stay as
// written.

/** What a rewrite puts for the token at `i`: its text and how many source characters it stands for. */
export interface TokenRewrite {
  readonly text: string;
  readonly length: number;
}

/**
 * `source` with each token outside a character class (one character, or an escape `\x`) replaced by what `rewrite`
 * returns for it (undefined: kept as written); undefined when `rewrite` gives up (returns null) on a token it cannot
 * read. A class opens at `[` and closes at the next unescaped `]`, JavaScript's rule (`[]` is an empty class).
 */
export function rewriteOutsideClasses(source: string, rewrite: (source: string, i: number) => TokenRewrite | undefined | null): string | undefined {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; ) {
    const c = source.charCodeAt(i);
    if (inClass) {
      const length = c === 92 ? 2 : 1;
      if (c === 93) inClass = false;
      out += source.slice(i, i + length);
      i += length;
      continue;
    }
    if (c === 91) inClass = true;
    const replaced = c === 91 ? undefined : rewrite(source, i);
    if (replaced === null) return undefined;
    const length = replaced?.length ?? (c === 92 ? 2 : 1);
    out += replaced?.text ?? source.slice(i, i + length);
    i += length;
  }
  return out;
}
