// A Pike VM (Thompson NFA simulation with thread priorities) for lesson patterns: matching takes time linear in
// the line length times the program size, whatever the pattern — no backtracking, so `(a+)+$` or `\s*\s*x`
// cannot stall a verification. It finds the same leftmost match start as a backtracking engine (leftmost-first
// priorities); only the exact end of a lazy quantifier's match may differ, which the verdict only shows as text.
// Supported: literals, classes, `.`, alternation, groups, all quantifiers, `^ $ \b \B` (one line = the input).
// Not supported (compileProgram returns undefined): lookaround and backreferences.
import { charSetHas, type CharSet, type RegexNode } from './parse-regex.js';

const CHAR = 0;
const SPLIT = 1; // try a then b
const JMP = 2;
const ASSERT = 3;
const MATCH = 4;

const ASSERT_START = 0;
const ASSERT_END = 1;
const ASSERT_WORD = 2;
const ASSERT_NOT_WORD = 3;

/** Largest program compiled (counted repetitions are expanded). */
const MAX_INSTRUCTIONS = 20_000;

type CharTest = (code: number) => boolean;

export interface Program {
  readonly op: Uint8Array;
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly tests: readonly CharTest[];
}

// ECMAScript's non-unicode case folding (Canonicalize): upper case, unless that maps non-ASCII to ASCII.
const foldCache = new Map<number, number>();
function canonical(code: number): number {
  if (code < 128) return code >= 97 && code <= 122 ? code - 32 : code;
  let folded = foldCache.get(code);
  if (folded === undefined) {
    const upper = String.fromCharCode(code).toUpperCase();
    folded = upper.length === 1 && upper.charCodeAt(0) >= 128 ? upper.charCodeAt(0) : code;
    foldCache.set(code, folded);
  }
  return folded;
}

// Case-insensitive membership: the character, or its other case, is in the set.
function charTest(set: CharSet): CharTest {
  const positive: CharSet = { ...set, negated: false };
  const listed = (code: number): boolean => charSetHas(positive, code);
  const ascii = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const other = c >= 65 && c <= 90 ? c + 32 : c >= 97 && c <= 122 ? c - 32 : c;
    ascii[c] = Number((listed(c) || listed(other)) !== set.negated);
  }
  return (code) => {
    if (code < 128) return ascii[code] === 1;
    // Non-ASCII never folds to ASCII (the Kelvin sign is not "k"); otherwise either case of it may be listed.
    const lower = String.fromCharCode(code).toLowerCase().charCodeAt(0);
    const hit = listed(code) || listed(canonical(code)) || (lower >= 128 && listed(lower));
    return hit !== set.negated;
  };
}

class Compiler {
  op: number[] = [];
  a: number[] = [];
  b: number[] = [];
  tests: CharTest[] = [];

  emit(op: number, a = 0, b = 0): number {
    if (this.op.length >= MAX_INSTRUCTIONS) throw new RangeError('program too large');
    this.op.push(op);
    this.a.push(a);
    this.b.push(b);
    return this.op.length - 1;
  }

  node(n: RegexNode): void {
    switch (n.type) {
      case 'char': {
        const code = n.code;
        this.tests.push(charTest({ negated: false, ranges: [[code, code]] }));
        this.emit(CHAR, this.tests.length - 1);
        return;
      }
      case 'set':
        if (n.opaque) throw new TypeError('not understood');
        this.tests.push(charTest(n.set));
        this.emit(CHAR, this.tests.length - 1);
        return;
      case 'assert':
        this.emit(ASSERT, n.kind === '^' ? ASSERT_START : n.kind === '$' ? ASSERT_END : n.kind === 'b' ? ASSERT_WORD : ASSERT_NOT_WORD);
        return;
      case 'backref':
        throw new TypeError('backreference');
      case 'group':
        if (n.look !== 'none') throw new TypeError('lookaround');
        this.node(n.body);
        return;
      case 'alt': {
        const jumps: number[] = [];
        n.branches.forEach((branch, i) => {
          const last = i === n.branches.length - 1;
          const split = last ? -1 : this.emit(SPLIT);
          if (!last) this.a[split] = this.op.length;
          for (const item of branch) this.node(item);
          if (!last) {
            jumps.push(this.emit(JMP));
            this.b[split] = this.op.length;
          }
        });
        for (const j of jumps) this.a[j] = this.op.length;
        return;
      }
      case 'quant': {
        for (let i = 0; i < n.min; i++) this.node(n.body);
        if (n.max === Infinity) {
          const split = this.emit(SPLIT, this.op.length + 1);
          this.node(n.body);
          this.emit(JMP, split);
          this.b[split] = this.op.length;
          return;
        }
        const splits: number[] = [];
        for (let i = n.min; i < n.max; i++) {
          splits.push(this.emit(SPLIT, this.op.length + 1));
          this.node(n.body);
        }
        for (const s of splits) this.b[s] = this.op.length;
        return;
      }
    }
  }
}

/** Compiles a parsed pattern, or returns undefined for lookaround/backreferences or oversized programs. */
export function compileProgram(ast: RegexNode): Program | undefined {
  const compiler = new Compiler();
  try {
    compiler.node(ast);
    compiler.emit(MATCH);
  } catch {
    return undefined;
  }
  return { op: Uint8Array.from(compiler.op), a: Int32Array.from(compiler.a), b: Int32Array.from(compiler.b), tests: compiler.tests };
}

const isWord = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

function assertHolds(kind: number, s: string, pos: number): boolean {
  switch (kind) {
    case ASSERT_START:
      return pos === 0;
    case ASSERT_END:
      return pos === s.length;
    default: {
      const boundary = (pos > 0 && isWord(s.charCodeAt(pos - 1))) !== (pos < s.length && isWord(s.charCodeAt(pos)));
      return kind === ASSERT_WORD ? boundary : !boundary;
    }
  }
}

/** Per-program scratch space, reused across lines. */
interface Scratch {
  pcs: [Int32Array, Int32Array];
  starts: [Int32Array, Int32Array];
  seen: Int32Array;
  stack: Int32Array;
  generation: number;
}
const scratches = new WeakMap<Program, Scratch>();

function scratchFor(program: Program): Scratch {
  let scratch = scratches.get(program);
  if (!scratch) {
    const n = program.op.length;
    scratch = {
      pcs: [new Int32Array(n), new Int32Array(n)],
      starts: [new Int32Array(n), new Int32Array(n)],
      seen: new Int32Array(n),
      stack: new Int32Array(2 * n + 2),
      generation: 0,
    };
    scratches.set(program, scratch);
  }
  return scratch;
}

/**
 * Leftmost-first match of `program` in `s`: [start, end] or undefined. With `testOnly`, returns [0, 0] at the
 * first thread that reaches MATCH (existence only).
 */
export function runProgram(program: Program, s: string, testOnly = false): [number, number] | undefined {
  const { op, a, b, tests } = program;
  const sc = scratchFor(program);
  let cur = 0;
  let count = 0;
  let match: [number, number] | undefined;

  // Adds pc (and everything reachable through SPLIT/JMP/ASSERT at `pos`) to list `which`, in priority order.
  const add = (which: number, n: number, pc0: number, start: number, pos: number): number => {
    const pcs = sc.pcs[which]!;
    const starts = sc.starts[which]!;
    const stack = sc.stack;
    let top = 0;
    stack[top++] = pc0;
    while (top > 0) {
      const pc = stack[--top]!;
      if (sc.seen[pc] === sc.generation) continue;
      sc.seen[pc] = sc.generation;
      const o = op[pc];
      if (o === JMP) stack[top++] = a[pc]!;
      else if (o === SPLIT) {
        stack[top++] = b[pc]!; // lower priority below
        stack[top++] = a[pc]!;
      } else if (o === ASSERT) {
        if (assertHolds(a[pc]!, s, pos)) stack[top++] = pc + 1;
      } else {
        pcs[n] = pc;
        starts[n] = start;
        n++;
      }
    }
    return n;
  };

  sc.generation++;
  count = add(cur, 0, 0, 0, 0);
  for (let pos = 0; ; pos++) {
    const next = 1 - cur;
    sc.generation++;
    let n = 0;
    const code = pos < s.length ? s.charCodeAt(pos) : -1;
    const pcs = sc.pcs[cur]!;
    const starts = sc.starts[cur]!;
    for (let i = 0; i < count; i++) {
      const pc = pcs[i]!;
      const o = op[pc];
      if (o === MATCH) {
        match = [starts[i]!, pos];
        if (testOnly) return match;
        break; // lower-priority threads lose to this match
      }
      if (code >= 0 && tests[a[pc]!]!(code)) n = add(next, n, pc + 1, starts[i]!, pos + 1);
    }
    if (pos >= s.length) break;
    if (!match) n = add(next, n, 0, pos + 1, pos + 1); // a new attempt starting at pos + 1, lowest priority
    if (n === 0 && match) break;
    cur = next;
    count = n;
  }
  return match;
}
