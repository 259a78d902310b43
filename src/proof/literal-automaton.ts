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

const fold = (code: number): number => (code >= 0x41 && code <= 0x5a ? code + 32 : code);

/** Builds the automaton of lower-case `literals` (non-empty strings of BMP characters without case variants outside ASCII). */
export function compileLiteralAutomaton(literals: readonly string[]): LiteralAutomaton {
  const columnOf = new Uint8Array(0x10000);
  let columns = 1;
  for (const literal of literals) {
    for (let k = 0; k < literal.length; k++) {
      const code = fold(literal.charCodeAt(k));
      if (columnOf[code] === 0) {
        if (columns === 255) throw new Error('literal set uses more than 254 distinct characters');
        columnOf[code] = columns++;
      }
    }
  }
  for (let upper = 0x41; upper <= 0x5a; upper++) columnOf[upper] = columnOf[upper + 32]!;

  // The trie, then failure links breadth first (classic Aho–Corasick), giving a complete transition function.
  const trie: number[][] = [new Array<number>(columns).fill(-1)];
  const own: number[][] = [[]];
  literals.forEach((literal, id) => {
    let state = 0;
    for (let k = 0; k < literal.length; k++) {
      const column = columnOf[literal.charCodeAt(k)]!;
      if (trie[state]![column]! < 0) {
        trie[state]![column] = trie.length;
        trie.push(new Array<number>(columns).fill(-1));
        own.push([]);
      }
      state = trie[state]![column]!;
    }
    own[state]!.push(id);
  });
  const count = trie.length;
  const delta = new Array<number[]>(count);
  const fail = new Array<number>(count).fill(0);
  const out: number[][] = own.map((ids) => [...ids]);
  delta[0] = trie[0]!.map((to) => (to < 0 ? 0 : to));
  const queue: number[] = [];
  for (const to of trie[0]!) if (to > 0) queue.push(to);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    out[state] = [...new Set([...out[state]!, ...out[fail[state]!]!])];
    delta[state] = new Array<number>(columns);
    for (let column = 0; column < columns; column++) {
      const to = trie[state]![column]!;
      if (to >= 0) {
        fail[to] = delta[fail[state]!]![column]!;
        queue.push(to);
        delta[state]![column] = to;
      } else delta[state]![column] = delta[fail[state]!]![column]!;
    }
  }
  // Renumber: non-accepting states first (the start stays 0), so "does this state end a literal" is one comparison.
  const order = [...Array(count).keys()].sort((a, b) => (out[a]!.length > 0 ? 1 : 0) - (out[b]!.length > 0 ? 1 : 0) || a - b);
  const index = new Array<number>(count);
  order.forEach((state, k) => (index[state] = k));
  const firstAccepting = order.findIndex((state) => out[state]!.length > 0);
  const acceptIndex = firstAccepting < 0 ? count : firstAccepting;
  const size = count * columns;
  const next = size < 0x10000 ? new Uint16Array(size) : new Uint32Array(size);
  order.forEach((state, k) => {
    for (let column = 0; column < columns; column++) next[k * columns + column] = index[delta[state]![column]!]! * columns;
  });
  const ends = order.slice(acceptIndex).map((state) => out[state]!.sort((a, b) => a - b));
  return { literals, columnOf, next, acceptFrom: acceptIndex * columns, ends, columns };
}

/**
 * Per literal id: the ascending lines (by `lineEnds`, each line's end offset, ascending) holding it; undefined for a
 * literal the text does not hold. Overlapping occurrences are all found.
 */
export function findLiteralLines(automaton: LiteralAutomaton, text: string, lineEnds: ArrayLike<number>, lineCount: number): (number[] | undefined)[] {
  const { columnOf, next, acceptFrom, ends, columns } = automaton;
  const found = new Array<number[] | undefined>(automaton.literals.length);
  const firstAccepting = acceptFrom / columns;
  let state = 0;
  let line = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    state = next[state + columnOf[text.charCodeAt(i)]!]!;
    if (state < acceptFrom) continue;
    while (line < lineCount - 1 && lineEnds[line]! < i) line++;
    for (const id of ends[state / columns - firstAccepting]!) {
      const lines = found[id];
      if (lines === undefined) found[id] = [line];
      else if (lines[lines.length - 1] !== line) lines.push(line);
    }
  }
  return found;
}
