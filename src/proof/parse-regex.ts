// A small parser for JavaScript regular expressions (non-unicode mode, as lessons compile them with flag `i`).
// It feeds the backtracking-cost estimate (regex-cost.ts), literal prefilters (regex-literals.ts) and the Pike VM
// (pike-vm.ts). The source is validated with `new RegExp` first; anything this parser does not understand becomes
// an "any character" atom, which keeps the analyses conservative (a wider match, never a missed one).

/** Inclusive code-unit ranges plus nested class escapes (`[\S,]`); `negated` = every code unit except these. */
export interface CharSet {
  readonly negated: boolean;
  readonly ranges: readonly (readonly [number, number])[];
  readonly parts?: readonly CharSet[];
}

export type RegexNode =
  | { readonly type: 'alt'; readonly branches: readonly (readonly RegexNode[])[] }
  | { readonly type: 'group'; readonly look: 'none' | 'ahead' | 'behind'; readonly negative: boolean; readonly body: RegexNode }
  | { readonly type: 'char'; readonly code: number }
  | { readonly type: 'set'; readonly set: CharSet; readonly opaque?: true }
  | { readonly type: 'assert'; readonly kind: '^' | '$' | 'b' | 'B' }
  | { readonly type: 'backref' }
  | { readonly type: 'quant'; readonly body: RegexNode; readonly min: number; readonly max: number };

/** Whether a class holds a code point, case as written: its ranges, or a nested class escape (`\S` in `[\S,]`). */
export function charSetHas(set: CharSet, code: number): boolean {
  const listed = set.ranges.some(([lo, hi]) => code >= lo && code <= hi) || (set.parts?.some((part) => charSetHas(part, code)) ?? false);
  return listed !== set.negated;
}

const DIGIT: CharSet = { negated: false, ranges: [[0x30, 0x39]] };
const WORD: CharSet = { negated: false, ranges: [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]] };
const SPACE: CharSet = {
  negated: false,
  ranges: [[0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]],
};
/** `.` without the `s` flag. */
const DOT: CharSet = { negated: true, ranges: [[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]] };
const ANY: CharSet = { negated: true, ranges: [] };

const negate = (set: CharSet): CharSet => ({ negated: !set.negated, ranges: set.ranges });
/** Something the parser did not understand. */
const OPAQUE: RegexNode = { type: 'set', set: ANY, opaque: true };

const CLASS_ESCAPES: Readonly<Record<string, CharSet>> = {
  d: DIGIT,
  D: negate(DIGIT),
  w: WORD,
  W: negate(WORD),
  s: SPACE,
  S: negate(SPACE),
};

const CONTROL_ESCAPES: Readonly<Record<string, number>> = { n: 0x0a, r: 0x0d, t: 0x09, f: 0x0c, v: 0x0b, '0': 0 };

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): RegexNode {
    const node = this.alternation();
    // An unmatched `)` cannot occur in a valid pattern; treat any rest as opaque.
    return this.pos < this.src.length ? { type: 'alt', branches: [[node, OPAQUE]] } : node;
  }

  private alternation(): RegexNode {
    const branches: RegexNode[][] = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    return { type: 'alt', branches };
  }

  private sequence(): RegexNode[] {
    const items: RegexNode[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const atom = this.atom();
      items.push(this.quantifier(atom));
    }
    return items;
  }

  private quantifier(atom: RegexNode): RegexNode {
    const c = this.src[this.pos];
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos, this.pos + 24));
      if (!m) return atom; // Annex B: a lone `{` is a literal (already consumed as an atom elsewhere).
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.pos += m[0].length - 1;
    } else return atom;
    this.pos++;
    if (this.src[this.pos] === '?') this.pos++; // lazy: same backtracking space
    if (atom.type === 'assert') return atom;
    return { type: 'quant', body: atom, min, max };
  }

  private atom(): RegexNode {
    const c = this.src[this.pos]!;
    this.pos++;
    switch (c) {
      case '^':
      case '$':
        return { type: 'assert', kind: c };
      case '.':
        return { type: 'set', set: DOT };
      case '[':
        return { type: 'set', set: this.charClass() };
      case '(':
        return this.group();
      case '\\':
        return this.escape();
      default:
        return { type: 'char', code: c.charCodeAt(0) };
    }
  }

  private group(): RegexNode {
    let look: 'none' | 'ahead' | 'behind' = 'none';
    let negative = false;
    if (this.src[this.pos] === '?') {
      const rest = this.src.slice(this.pos, this.pos + 3);
      if (rest.startsWith('?:')) this.pos += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        look = 'ahead';
        negative = rest[1] === '!';
        this.pos += 2;
      } else if (rest === '?<=' || rest === '?<!') {
        look = 'behind';
        negative = rest[2] === '!';
        this.pos += 3;
      } else if (rest.startsWith('?<')) {
        const close = this.src.indexOf('>', this.pos);
        this.pos = close < 0 ? this.src.length : close + 1;
      }
    }
    const body = this.alternation();
    if (this.src[this.pos] === ')') this.pos++;
    return { type: 'group', look, negative, body };
  }

  private escape(): RegexNode {
    const c = this.src[this.pos];
    if (c === undefined) return { type: 'char', code: 0x5c };
    this.pos++;
    if (c === 'b' || c === 'B') return { type: 'assert', kind: c };
    const cls = CLASS_ESCAPES[c];
    if (cls) return { type: 'set', set: cls };
    if (c >= '1' && c <= '9') {
      while (/[0-9]/.test(this.src[this.pos] ?? '')) this.pos++;
      return { type: 'backref' };
    }
    if (c === 'k' && this.src[this.pos] === '<') {
      const close = this.src.indexOf('>', this.pos);
      this.pos = close < 0 ? this.src.length : close + 1;
      return { type: 'backref' };
    }
    const code = this.escapedCode(c);
    return code === undefined ? OPAQUE : { type: 'char', code };
  }

  // Code of a single-character escape (after the backslash and `c` were consumed), or undefined if unknown.
  private escapedCode(c: string): number | undefined {
    const control = CONTROL_ESCAPES[c];
    if (control !== undefined) return control;
    if (c === 'x' || c === 'u') {
      const len = c === 'x' ? 2 : 4;
      const hex = this.src.slice(this.pos, this.pos + len);
      if (hex.length === len && /^[0-9a-fA-F]+$/.test(hex)) {
        this.pos += len;
        return parseInt(hex, 16);
      }
      return c.charCodeAt(0);
    }
    if (c === 'c') {
      const letter = this.src[this.pos];
      if (letter && /[a-zA-Z]/.test(letter)) {
        this.pos++;
        return letter.charCodeAt(0) % 32;
      }
      return undefined;
    }
    return c.charCodeAt(0);
  }

  private charClass(): CharSet {
    let negated = false;
    if (this.src[this.pos] === '^') {
      negated = true;
      this.pos++;
    }
    const ranges: [number, number][] = [];
    const parts: CharSet[] = [];
    const addSet = (set: CharSet): void => {
      if (set.negated) parts.push(set);
      else ranges.push(...(set.ranges as [number, number][]));
    };
    while (this.pos < this.src.length && this.src[this.pos] !== ']') {
      const lo = this.classAtom();
      if (typeof lo !== 'number') {
        addSet(lo);
        continue;
      }
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']' && this.pos + 1 < this.src.length) {
        this.pos++;
        const hi = this.classAtom();
        if (typeof hi === 'number') ranges.push([lo, Math.max(lo, hi)]);
        else {
          // Annex B: `[a-\d]` is a, -, and digits.
          ranges.push([lo, lo], [0x2d, 0x2d]);
          addSet(hi);
        }
      } else ranges.push([lo, lo]);
    }
    this.pos++; // `]`
    return parts.length > 0 ? { negated, ranges, parts } : { negated, ranges };
  }

  private classAtom(): number | CharSet {
    const c = this.src[this.pos]!;
    this.pos++;
    if (c !== '\\') return c.charCodeAt(0);
    const e = this.src[this.pos];
    if (e === undefined) return 0x5c;
    this.pos++;
    if (e === 'b') return 0x08;
    const cls = CLASS_ESCAPES[e];
    if (cls) return cls;
    if (e >= '0' && e <= '9') return e === '0' ? 0 : e.charCodeAt(0);
    return this.escapedCode(e) ?? 0x5c; // `\c` without a letter: a literal backslash (and `c` follows)
  }
}

// Parses a pattern that `new RegExp(source, 'i')` accepted. Never throws.
export function parseRegex(source: string): RegexNode {
  try {
    return new Parser(source).parse();
  } catch {
    return OPAQUE;
  }
}
