// A regex source with its capturing groups made non-capturing. The lesson's patterns are run for whether and where
// they match and for the whole match's text, never for a group's: V8 runs a regex that records no groups faster
// (the bundled lesson's connection pattern: exec about twice as fast, test about a fifth).

// A reference back to a group (`\1`, `\k<name>`): such a source keeps its groups. Any backslash-digit counts, so an
// octal escape inside a class keeps them too (harmless: the source then runs as written).
const BACKREFERENCE = /\\[1-9]|\\k</;

/** `source` with each capturing group, named or not, written as `(?:…)`; `source` itself when it refers back to a group. */
export function dropCaptureGroups(source: string): string {
  if (BACKREFERENCE.test(source)) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '(' && source[i + 1] !== '?') {
      out += '(?:';
    } else if (c === '(' && source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
      // `(?<name>`: the group's name goes with its capture.
      const close = source.indexOf('>', i + 3);
      if (close < 0) return source;
      out += '(?:';
      i = close;
    } else {
      out += c;
    }
  }
  return out;
}
