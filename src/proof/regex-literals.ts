// Literal prefilters: the strings one of which every match of a pattern must contain. checkPaste finds them all
// in one automaton pass over the paste (literal-automaton.ts) and runs the real regex only on lines that contain
// one — a handful of lines instead of every line of a 10 MB paste.
import { foldLiteralChar } from './literal-automaton.js';
import type { CharSet, RegexNode } from './parse-regex.js';

type Factor = string[] | null;


/** Exact sets (a node's whole finite language) are multiplied out up to this many strings. */
const EXACT_LIMIT = 64;
/** Classes with at most this many characters (`[sz]`, `[=:]`, `\d`, `\s`) are enumerated in exact sets. */
const SMALL_CLASS = 32;
/** Counted repetitions of an exact part are multiplied out up to this count (`x{0,3}`). */
const SMALL_REPEAT = 4;

// The character the literal scan sees for `code` (foldLiteralChar); undefined for a non-ASCII character with case
// variants (the scan folds ASCII case only) and for line breaks (no match spans lines).
function foldChar(code: number): string | undefined {
  if (code === 0x0a || code === 0x0d) return undefined;
  const folded = foldLiteralChar(code);
  if (folded < 0x80 || folded !== code) return String.fromCharCode(folded);
  const c = String.fromCharCode(code);
  return c.toLowerCase() === c && c.toUpperCase() === c ? c : undefined;
}

function setChars(set: CharSet): string[] | null {
  if (set.negated || set.parts) return null;
  let size = 0;
  for (const [lo, hi] of set.ranges) size += hi - lo + 1;
  if (size > SMALL_CLASS * 4) return null;
  const chars = new Set<string>();
  for (const [lo, hi] of set.ranges) {
    for (let code = lo; code <= hi; code++) {
      if (code === 0x0a || code === 0x0d) continue;
      const c = foldChar(code);
      if (c === undefined) return null;
      chars.add(c);
    }
  }
  return chars.size > SMALL_CLASS ? null : [...chars];
}

function multiply(heads: readonly string[], tails: readonly string[]): string[] | null {
  if (heads.length * tails.length > EXACT_LIMIT) return null;
  const out = new Set<string>();
  for (const head of heads) for (const tail of tails) out.add(head + tail);
  return [...out];
}

// Every string the node can match (lower-cased), when that set is finite and small; zero-width parts match ''.
function exactOf(node: RegexNode): string[] | null {
  switch (node.type) {
    case 'char': {
      const c = foldChar(node.code);
      return c === undefined ? null : [c];
    }
    case 'set':
      return node.opaque ? null : setChars(node.set);
    case 'assert':
      return [''];
    case 'backref':
      return null;
    case 'group':
      return node.look === 'none' ? exactOf(node.body) : [''];
    case 'quant': {
      if (node.max > SMALL_REPEAT) return null;
      const body = exactOf(node.body);
      if (!body) return null;
      const out = new Set<string>();
      let power: string[] | null = [''];
      for (let k = 0; k <= node.max && power; k++) {
        if (k >= node.min) for (const s of power) out.add(s);
        if (out.size > EXACT_LIMIT) return null;
        power = k < node.max ? multiply(power, body) : null;
        if (power === null && k < node.max) return null;
      }
      return [...out];
    }
    case 'alt': {
      const out = new Set<string>();
      for (const branch of node.branches) {
        let strings: string[] | null = [''];
        for (const item of branch) {
          const part = exactOf(item);
          strings = part && multiply(strings, part);
          if (!strings) return null;
        }
        for (const s of strings) out.add(s);
        if (out.size > EXACT_LIMIT) return null;
      }
      return [...out];
    }
  }
}

// A set every match holds one of: only non-empty strings qualify.
const usable = (strings: readonly string[]): boolean => strings.length > 0 && strings.every((s) => s.length > 0);

// Higher is better: a long shortest literal, then fewer literals.
const better = (a: string[], b: string[]): boolean => {
  const minA = Math.min(...a.map((s) => s.length));
  const minB = Math.min(...b.map((s) => s.length));
  return minA !== minB ? minA > minB : a.length < b.length;
};

// Consecutive parts with small finite languages are multiplied into whole phrases (`(became|now)( the)? leader`
// → "became leader", "now the leader", …: far rarer than "leader" alone); other parts give their own factor.
function clausesOfSequence(items: readonly RegexNode[]): string[][] {
  const candidates: string[][] = [];
  let run: string[] = [''];
  const flush = (): void => {
    if (usable(run)) candidates.push(run);
    run = [''];
  };
  for (const item of items) {
    const exact = exactOf(item);
    if (exact) {
      const joined = multiply(run, exact);
      if (joined) run = joined;
      else {
        flush();
        run = exact;
      }
      continue;
    }
    if (item.type === 'quant' && item.min >= 1) {
      // `ab+c` contains "ab" and "bc": the run continues into the first repetition and restarts at the last.
      const body = exactOf(item.body);
      if (body) {
        const joined = multiply(run, body);
        if (joined) run = joined;
        flush();
        run = body;
        continue;
      }
    }
    flush();
    const inner = factorOf(item);
    if (inner) candidates.push(inner);
  }
  flush();
  return candidates.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}

const factorOfSequence = (items: readonly RegexNode[]): Factor => clausesOfSequence(items)[0] ?? null;

function factorOf(node: RegexNode): Factor {
  switch (node.type) {
    case 'char':
    case 'set': {
      const exact = exactOf(node);
      return exact && usable(exact) ? exact : null;
    }
    case 'assert':
    case 'backref':
      return null;
    case 'group':
      return node.look === 'none' ? factorOf(node.body) : null;
    case 'quant':
      return node.min >= 1 ? factorOf(node.body) : null;
    case 'alt': {
      const all = new Set<string>();
      for (const branch of node.branches) {
        const factor = factorOfSequence(branch);
        if (!factor) return null;
        for (const literal of factor) all.add(literal);
      }
      return [...all];
    }
  }
}

/**
 * What a line must hold for the pattern to match it: any of (per top-level alternative) all of (clauses) any of
 * (literals). `(leader|peer).{0,20}down|EOF` → [[[leader, peer], [down]], [[eof]]]. Literals are lower-case, with
 * ASCII case and white space folded as the literal scan folds them.
 */
export type LiteralRequirement = readonly (readonly (readonly string[])[])[];

/** Clauses kept per alternative: the best two select well; more would only grow the literal scan. */
const CLAUSES_PER_BRANCH = 2;

// Drops literals that contain another literal of the clause: lines with "heartbeat timeout" contain "timeout".
const minimalClause = (clause: readonly string[]): string[] =>
  clause.filter((s, i) => !clause.some((t, j) => j !== i && s.includes(t) && (s !== t || j < i)));

/** The requirement of a pattern, or null when some alternative requires no literal (e.g. `\d+ms|x`): try every line. */
export function literalRequirement(ast: RegexNode): LiteralRequirement | null {
  const branches = ast.type === 'alt' ? ast.branches : [[ast]];
  const out: string[][][] = [];
  for (const branch of branches) {
    // One-character literals would make nearly every line a candidate: they select nothing.
    const clauses = clausesOfSequence(branch).filter((clause) => clause.every((s) => s.length >= 2));
    if (clauses.length === 0) return null;
    out.push(clauses.slice(0, CLAUSES_PER_BRANCH).map(minimalClause));
  }
  return out;
}

/** Every literal of a requirement (the strings the literal scan looks for). */
export function requirementLiterals(requirement: LiteralRequirement): string[] {
  return [...new Set(requirement.flat(2))];
}

/**
 * Lower-case strings such that every match of the pattern (case-insensitive) contains at least one of them,
 * or null when no such set exists (e.g. `\d+ms`): then every line must be tried.
 */
export function requiredLiterals(ast: RegexNode): string[] | null {
  const factor = factorOf(ast);
  // One-character literals would make nearly every line a candidate: no prefilter then.
  if (!factor || factor.length === 0 || factor.some((s) => s.length < 2)) return null;
  return minimalClause(factor);
}

/** A pattern's top-level alternatives as written: `|` outside classes and groups. */
export function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/** Whether a top-level alternative is plain words once its `\b`s are dropped (`\bEOF\b`, `no heartbeat`). */
export const isPlainAlternative = (part: string): boolean => /^[\w .,:;'"/=#@!-]+$/.test(part.replace(/\\b/g, ''));

/** What a student should write, per alternative: plain words where the regex is plain (`\bEOF\b` → `EOF`). */
export function describeAlternatives(source: string): string[] {
  return splitTopLevel(source).map((part) => (isPlainAlternative(part) ? part.replace(/\\b/g, '').trim() : part));
}
