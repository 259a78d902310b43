// Finds every occurrence of many literals in one pass over a paste: an Aho–Corasick automaton over characters
// with ASCII case folded, stored as a dense transition table, so the pass costs one table step per character
// whatever the number of literals (a case-insensitive regex alternation of ~60 words costs about twice that in V8).
// Pure; the automaton is built once per literal set (per lesson) and reused for every verdict.

/** A compiled literal set (see compileLiteralAutomaton). */
export interface LiteralAutomaton {
  /** The literals, lower-case; their index is the id used by findLiteralLines. */
  readonly literals: readonly string[];
  /** Character code → column (0: a character no literal holds, which leads back to the start). */
  readonly columnOf: Uint8Array;
  /** Row-major transitions; a state is its row's offset (state index × columns), the start state is 0. */
  readonly next: Uint16Array | Uint32Array;
  /** States (row offsets) from here on end at least one literal. */
  readonly acceptFrom: number;
  /** Per accepting state (index: offset ÷ columns − first accepting index): the literal ids ending there. */
  readonly ends: readonly (readonly number[])[];
  readonly columns: number;
}

// ECMAScript's white space (`\s`) without the line breaks \n and \r.
const WHITE_SPACE: ReadonlySet<number> = new Set([
  0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);

/**
 * The character the scan sees for `code`: ASCII letters lower-cased and every white space but line breaks as a
 * space (so `\s` in a pattern is one literal character), and `-` and `_` as a space too (a pattern's word gap,
 * compile-pattern.ts's widenWordGaps, is one literal character). Literals are written in folded characters.
 */
export function foldLiteralChar(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 32;
  if (code === 0x2d || code === 0x5f || WHITE_SPACE.has(code)) return 0x20;
  return code;
}

/** Builds the automaton of `literals`: non-empty strings in folded characters (see foldLiteralChar). */
export function compileLiteralAutomaton(literals: readonly string[]): LiteralAutomaton {
  const columnOf = new Uint8Array(0x10000);
  let columns = 1;
  let capacity = 1;
  for (const literal of literals) {
    capacity += literal.length;
    for (let k = 0; k < literal.length; k++) {
      const code = foldLiteralChar(literal.charCodeAt(k));
      if (columnOf[code] === 0) {
        if (columns === 255) throw new Error('literal set uses more than 254 distinct characters');
        columnOf[code] = columns++;
      }
    }
  }
  for (let upper = 0x41; upper <= 0x5a; upper++) columnOf[upper] = columnOf[upper + 32]!;
  for (const space of WHITE_SPACE) columnOf[space] = columnOf[0x20]!;
  columnOf[0x2d] = columnOf[0x5f] = columnOf[0x20]!;

  // The trie in one flat table (-1: no edge), built in flat typed arrays: this runs once per lesson in a cold
  // CLI process, before the JIT has warmed up.
  const goto = new Int32Array(capacity * columns).fill(-1);
  const own: (number[] | undefined)[] = [];
  let count = 1;
  literals.forEach((literal, id) => {
    let state = 0;
    for (let k = 0; k < literal.length; k++) {
      const edge = state * columns + columnOf[foldLiteralChar(literal.charCodeAt(k))]!;
      if (goto[edge]! < 0) goto[edge] = count++;
      state = goto[edge]!;
    }
    (own[state] ??= []).push(id);
  });
  // Failure links breadth first (classic Aho–Corasick) turn the trie into a complete transition table; `output`:
  // the nearest state on the failure chain (itself included) that ends a literal, or -1.
  const delta = new Int32Array(count * columns);
  const fail = new Int32Array(count);
  const output = new Int32Array(count).fill(-1);
  const queue = new Int32Array(count);
  let tail = 0;
  for (let column = 0; column < columns; column++) {
    const to = goto[column]!;
    delta[column] = to < 0 ? 0 : to;
    if (to > 0) queue[tail++] = to;
  }
  for (let head = 0; head < tail; head++) {
    const state = queue[head]!;
    output[state] = own[state] !== undefined ? state : output[fail[state]!]!;
    const row = state * columns;
    const failRow = fail[state]! * columns;
    for (let column = 0; column < columns; column++) {
      const to = goto[row + column]!;
      if (to >= 0) {
        fail[to] = delta[failRow + column]!;
        queue[tail++] = to;
        delta[row + column] = to;
      } else delta[row + column] = delta[failRow + column]!;
    }
  }
  // Renumber: non-accepting states first (the start stays 0), so "does this state end a literal" is one comparison.
  const index = new Int32Array(count);
  let next = 0;
  for (let state = 0; state < count; state++) if (output[state]! < 0) index[state] = next++;
  const acceptIndex = next;
  const ends: number[][] = [];
  for (let state = 0; state < count; state++) {
    if (output[state]! < 0) continue;
    index[state] = next++;
    const ids: number[] = [];
    for (let at = output[state]!; at >= 0; at = output[fail[at]!]!) {
      for (const id of own[at]!) ids.push(id);
      if (at === 0) break;
    }
    ends.push(ids.sort((a, b) => a - b));
  }
  const size = count * columns;
  const table = size < 0x10000 ? new Uint16Array(size) : new Uint32Array(size);
  for (let state = 0; state < count; state++) {
    const from = state * columns;
    const to = index[state]! * columns;
    for (let column = 0; column < columns; column++) table[to + column] = index[delta[from + column]!]! * columns;
  }
  return { literals, columnOf, next: table, acceptFrom: acceptIndex * columns, ends, columns };
}

/**
 * Per literal id: the ascending lines (by `lineEnds`, each line's end offset, ascending) holding it; undefined for a
 * literal the text does not hold. Overlapping occurrences are all found.
 *
 * The text is read as two halves split at a line break, stepped together: each step waits on the table load of the
 * step before, and two independent chains let the CPU overlap them.
 */
export function findLiteralLines(automaton: LiteralAutomaton, text: string, lineEnds: ArrayLike<number>, lineCount: number): (number[] | undefined)[] {
  const { columnOf, next, acceptFrom } = automaton;
  const length = text.length;
  let mid = text.indexOf('\n', length >> 1);
  if (mid < 0) mid = length;
  // Offsets (after the character) and states of accepting steps, per half, in text order.
  const hitsA: number[] = [];
  const hitsB: number[] = [];
  let a = 0;
  let b = 0;
  const both = Math.min(mid, length - mid);
  for (let i = 0; i < both; i++) {
    a = next[a + columnOf[text.charCodeAt(i)]!]!;
    b = next[b + columnOf[text.charCodeAt(mid + i)]!]!;
    if (a >= acceptFrom) hitsA.push(i, a);
    if (b >= acceptFrom) hitsB.push(mid + i, b);
  }
  for (let i = both; i < mid; i++) {
    a = next[a + columnOf[text.charCodeAt(i)]!]!;
    if (a >= acceptFrom) hitsA.push(i, a);
  }
  for (let i = mid + both; i < length; i++) {
    b = next[b + columnOf[text.charCodeAt(i)]!]!;
    if (b >= acceptFrom) hitsB.push(i, b);
  }
  const found = new Array<number[] | undefined>(automaton.literals.length);
  const firstAccepting = acceptFrom / automaton.columns;
  let line = 0;
  for (const hits of [hitsA, hitsB]) {
    for (let k = 0; k < hits.length; k += 2) {
      while (line < lineCount - 1 && lineEnds[line]! < hits[k]!) line++;
      for (const id of automaton.ends[hits[k + 1]! / automaton.columns - firstAccepting]!) {
        const lines = found[id];
        if (lines === undefined) found[id] = [line];
        else if (lines[lines.length - 1] !== line) lines.push(line);
      }
    }
  }
  return found;
}
