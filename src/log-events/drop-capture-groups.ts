// A regex source with its capturing groups made non-capturing. The lesson's patterns are run for whether and where
// they match and for the whole match's text, never for a group's: V8 runs a regex that records no groups faster
// (the bundled lesson's connection pattern: exec about twice as fast, test about a fifth).
import { rewriteOutsideClasses, type TokenRewrite } from './rewrite-regex-source.js';

// A reference back to a group (`\1`, `\k<name>`): such a source keeps its groups. Any backslash-digit counts, so an
// octal escape inside a class keeps them too (harmless: the source then runs as written).
const BACKREFERENCE = /\\[1-9]|\\k</;

/** `source` with each capturing group, named or not, written as `(?:…)`; `source` itself when it refers back to a group. */
export function dropCaptureGroups(source: string): string {
  if (BACKREFERENCE.test(source)) return source;
  return rewriteOutsideClasses(source, nonCapturing) ?? source;
}

// `(` → `(?:`; `(?<name>` → `(?:` (the group's name goes with its capture); null for a name that never closes.
function nonCapturing(source: string, i: number): TokenRewrite | undefined | null {
  if (source.charCodeAt(i) !== 40) return undefined;
  if (source[i + 1] !== '?') return { text: '(?:', length: 1 };
  if (source[i + 2] !== '<' || source[i + 3] === '=' || source[i + 3] === '!') return undefined;
  const close = source.indexOf('>', i + 3);
  return close < 0 ? null : { text: '(?:', length: close + 1 - i };
}
