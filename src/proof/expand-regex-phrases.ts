// The plain phrases a regex accepts, per top-level alternative: `leader( is)? down` → "leader down", "leader is
// down". lint compares what a lesson's evidence patterns accept with what its timing patterns recognise
// (src/lesson/check-timing-coverage.ts). Bounded: small classes are enumerated, big ones give one representative
// character, and an unbounded gap that can hold words (`.*`, `[^;]+`) gives the caller's filler strings.
import { charSetHas, parseRegex, type CharSet, type RegexNode } from './parse-regex.js';
import { splitTopLevel } from './regex-literals.js';

export interface PhraseOptions {
  /** Strings tried for an unbounded gap that can hold letters and spaces (`.*`, `[^;]+`, `.{0,40}`). */
  readonly gapFillers: readonly string[];
  /** Optional parts (`x?`, `x*`, `{0,n}`): tried with and without ('both'), or left out ('omit'). */
  readonly optional: 'both' | 'omit';
  /** At most this many phrases per alternative. */
  readonly limit: number;
}

export interface RegexAlternative {
  /** The alternative as written in the pattern (`leader.*down`). */
  readonly source: string;
  /** Phrases it accepts (letters as written), spaces collapsed; each one is matched by the whole pattern. */
  readonly phrases: readonly string[];
}

/** Classes with at most this many characters are enumerated; bigger ones give one representative. */
const SMALL_CLASS = 4;
/** Repetitions above this count are gaps (when the class holds words) or taken at their minimum. */
const GAP_REPEAT = 8;

const classSize = (set: CharSet): number =>
  set.negated || set.parts ? Infinity : set.ranges.reduce((sum, [lo, hi]) => sum + hi - lo + 1, 0);

/** A class that can hold words: letters and a space (`.`, `[^;]`, `[\s\S]`). */
const holdsWords = (node: RegexNode): boolean =>
  node.type === 'set' && charSetHas(node.set, 0x20) && charSetHas(node.set, 0x61) && charSetHas(node.set, 0x7a);

function classChars(set: CharSet): string[] {
  if (classSize(set) <= SMALL_CLASS) {
    const chars = new Set<string>();
    for (const [lo, hi] of set.ranges) for (let c = lo; c <= hi; c++) chars.add(String.fromCharCode(c));
    return [...chars];
  }
  const representative = [' ', '1', 'n', 'x', '-', '.', ':', '_'].find((c) => charSetHas(set, c.charCodeAt(0)));
  return representative === undefined ? [] : [representative];
}

function product(parts: readonly string[][], limit: number): string[] {
  let out = [''];
  for (const part of parts) {
    const next: string[] = [];
    for (const head of out) {
      for (const tail of part) {
        next.push(head + tail);
        if (next.length >= limit) break;
      }
      if (next.length >= limit) break;
    }
    out = next;
  }
  return out;
}

function expand(node: RegexNode, options: PhraseOptions): string[] {
  switch (node.type) {
    case 'char':
      return [String.fromCharCode(node.code)];
    case 'set':
      return classChars(node.set);
    case 'assert':
    case 'backref':
      return [''];
    case 'group':
      return node.look === 'none' ? expand(node.body, options) : [''];
    case 'alt':
      return [...new Set(node.branches.flatMap((branch) => product(branch.map((item) => expand(item, options)), options.limit)))].slice(0, options.limit);
    case 'quant': {
      if (node.max > GAP_REPEAT && holdsWords(node.body)) return options.optional === 'omit' ? [' '] : [...options.gapFillers];
      const body = expand(node.body, options);
      const min = Math.min(node.min, GAP_REPEAT);
      const counts = options.optional === 'both' && node.max > min ? [min, min + 1] : [min];
      return [...new Set(counts.flatMap((count) => product(Array.from({ length: count }, () => body), options.limit)))];
    }
  }
}

const tidy = (phrase: string): string => phrase.replace(/\s+/g, ' ').trim();

/**
 * Every top-level alternative of a valid pattern with the phrases it accepts. A phrase the expansion got wrong
 * (one the pattern does not match) is dropped, so the list only ever holds text the pattern really accepts.
 */
export function expandRegexPhrases(source: string, options: PhraseOptions): RegexAlternative[] {
  let whole: RegExp;
  try {
    whole = new RegExp(source, 'i');
  } catch {
    return [];
  }
  return splitTopLevel(source).map((part) => {
    const raw = expand(parseRegex(part), options).map(tidy);
    return { source: part, phrases: [...new Set(raw)].filter((phrase) => phrase !== '' && whole.test(phrase)) };
  });
}
