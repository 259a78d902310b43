// Literal prefilters: the strings one of which every match of a pattern must contain. checkPaste finds them with
// indexOf in the lower-cased paste and runs the real regex only on lines that contain one — a handful of
// lines instead of every line of a 10 MB paste.
import type { RegexNode } from './parse-regex.js';

type Factor = string[] | null;

const isAsciiLiteral = (node: RegexNode): node is Extract<RegexNode, { type: 'char' }> =>
  node.type === 'char' && node.code >= 0x20 && node.code < 0x7f;

const isZeroWidth = (node: RegexNode): boolean => node.type === 'assert' || (node.type === 'group' && node.look !== 'none');

const lower = (code: number): string => String.fromCharCode(code >= 0x41 && code <= 0x5a ? code + 32 : code);

// Higher is better: a long shortest literal, then fewer literals.
const better = (a: string[], b: string[]): boolean => {
  const minA = Math.min(...a.map((s) => s.length));
  const minB = Math.min(...b.map((s) => s.length));
  return minA !== minB ? minA > minB : a.length < b.length;
};

function factorOfSequence(items: readonly RegexNode[]): Factor {
  const candidates: string[][] = [];
  let run = '';
  const flush = (): void => {
    if (run) candidates.push([run]);
    run = '';
  };
  for (const item of items) {
    if (isAsciiLiteral(item)) {
      run += lower(item.code);
    } else if (isZeroWidth(item)) {
      // Zero-width: the characters on both sides are adjacent in every match.
    } else if (item.type === 'quant' && item.min >= 1 && isAsciiLiteral(item.body)) {
      // `ab+c` contains "ab" and "bc".
      run += lower(item.body.code);
      flush();
      run = lower(item.body.code);
    } else {
      flush();
      const inner = factorOf(item);
      if (inner) candidates.push(inner);
    }
  }
  flush();
  let best: string[] | null = null;
  for (const candidate of candidates) if (!best || better(candidate, best)) best = candidate;
  return best;
}

function factorOf(node: RegexNode): Factor {
  switch (node.type) {
    case 'char':
      return isAsciiLiteral(node) ? [lower(node.code)] : null;
    case 'set':
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
 * Lower-case ASCII strings such that every match of the pattern (case-insensitive) contains at least one of them,
 * or null when no such set exists (e.g. `\d+ms`): then every line must be tried.
 */
export function requiredLiterals(ast: RegexNode): string[] | null {
  const factor = factorOf(ast);
  if (!factor || factor.length === 0 || factor.some((s) => s.length === 0)) return null;
  // Drop literals that contain another literal of the set: lines with "heartbeat timeout" contain "timeout".
  return factor.filter((s, i) => !factor.some((t, j) => j !== i && s.includes(t) && (s !== t || j < i)));
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

/** What a student should write, per alternative: plain words where the regex is plain (`\bEOF\b` → `EOF`). */
export function describeAlternatives(source: string): string[] {
  return splitTopLevel(source).map((part) => {
    const plain = part.replace(/\\b/g, '');
    return /^[\w .,:;'"/=#@!-]+$/.test(plain) ? plain.trim() : part;
  });
}
