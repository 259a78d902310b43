// Which lines a pattern matches, without running every regex on every line: one pass of an automaton of all
// patterns' required literals (regex-literals.ts, literal-automaton.ts) finds the few lines that can match, and
// each pattern's matcher then runs only on those, on lines cut to the matching cap.
import type { CompiledPattern } from './compile-pattern.js';
import { compileLiteralAutomaton, findLiteralLines, scanUnindexedLiterals, type LineList, type LiteralAutomaton, type LiteralLines } from './literal-automaton.js';
import { lineText, type PasteLines } from '../log-events/paste-lines.js';

/** Per-verdict scanning context: lines holding each literal, shared by all patterns. */
export interface PatternScanner {
  readonly lines: PasteLines;
  readonly capChars: number;
  /** Where the paste holds the plan's literals (literal ids of its automaton); undefined: no prefilter (try every line). */
  readonly literalLines: LiteralLines | undefined;
  readonly plan: LiteralScan;
}

/** The one literal automaton for a set of patterns (see planLiteralScan). */
export interface LiteralScan {
  /** Every pattern's literals; undefined when no pattern has literals. */
  readonly automaton: LiteralAutomaton | undefined;
  /** Literal → its id in the automaton. */
  readonly ids: ReadonlyMap<string, number>;
  /** Per pattern: its requirement in literal ids (see requirementOf), filled in on first use. */
  readonly requirementIds: WeakMap<CompiledPattern, RequirementIds | null>;
}

/** A requirement in literal ids; `direct`: the ids of its one-clause alternatives, any of which alone suffices. */
type RequirementIds = readonly (readonly (readonly number[])[])[] & { readonly direct: readonly number[] };

const plans = new Map<string, LiteralScan>();

/**
 * The automaton of every literal of `patterns`, and of `alsoLiterals` (in folded characters, see foldLiteral: what
 * a caller looks up with linesHoldingLiteral). Cached per literal set, i.e. per lesson.
 */
export function planLiteralScan(patterns: readonly CompiledPattern[], alsoLiterals: readonly string[] = []): LiteralScan {
  const literals = [...new Set(patterns.flatMap((p) => p.literals ?? []).concat(alsoLiterals))].sort();
  const key = literals.join('\0');
  let plan = plans.get(key);
  if (!plan) {
    const ids = new Map(literals.map((literal, id) => [literal, id]));
    plan = { automaton: literals.length === 0 ? undefined : compileLiteralAutomaton(literals), ids, requirementIds: new WeakMap() };
    if (plans.size >= 256) plans.clear();
    plans.set(key, plan);
  }
  return plan;
}

/** Scans the paste once for the literals of `plan`. */
export function createPatternScanner(lines: PasteLines, capChars: number, plan: LiteralScan): PatternScanner {
  const { automaton } = plan;
  const literalLines = automaton && findLiteralLines(automaton, lines.text, lines.ends, lines.count);
  return { lines, capChars, literalLines, plan };
}

/**
 * A text not indexed yet, scanned and indexed in one pass where the WebAssembly scan runs (literal-automaton.ts's
 * scanUnindexedLiterals), with whether it holds a character normalisation rewrites (or U+FFFD); undefined otherwise.
 */
export function scanUnindexedText(text: string, capChars: number, plan: LiteralScan, lead = 0): { scanner: PatternScanner; marked: boolean } | undefined {
  const scanned = plan.automaton && scanUnindexedLiterals(plan.automaton, text, lead);
  if (scanned === undefined) return undefined;
  return { scanner: { lines: scanned.lines, capChars, literalLines: scanned.literalLines, plan }, marked: scanned.marked };
}

const NONE: LineList = [];

/**
 * The ascending lines holding `literal` (one of the plan's, in folded characters: a superset of the lines holding
 * it exactly), or undefined where the scan did not look for it (no automaton, or not one of the plan's literals).
 */
export function linesHoldingLiteral(scanner: PatternScanner, literal: string): LineList | undefined {
  const id = scanner.plan.ids.get(literal);
  if (id === undefined || scanner.literalLines === undefined) return undefined;
  return scanner.literalLines.linesOf(id) ?? NONE;
}

// The pattern's requirement in the plan's literal ids; null when it has none or a literal the plan lacks (a plan
// cached for the same literal set by other pattern objects serves these too).
function requirementOf(plan: LiteralScan, pattern: CompiledPattern): RequirementIds | null {
  let found = plan.requirementIds.get(pattern);
  if (found === undefined) {
    const branches = pattern.requirement?.map((clauses) => clauses.map((clause) => clause.map((l) => plan.ids.get(l) ?? -1)));
    found =
      branches === undefined || branches.some((clauses) => clauses.some((clause) => clause.includes(-1)))
        ? null
        : Object.assign(branches, {
            direct: [...new Set(branches.filter((clauses) => clauses.length === 1).flat(2))],
          });
    plan.requirementIds.set(pattern, found);
  }
  return found;
}

// Ascending lines in any of the lists, without duplicates (k-way merge).
function unionOf(lists: readonly LineList[]): LineList {
  if (lists.length === 0) return NONE;
  if (lists.length === 1) return lists[0]!;
  const out: number[] = [];
  const at = new Array<number>(lists.length).fill(0);
  for (;;) {
    let min = Infinity;
    for (let k = 0; k < lists.length; k++) {
      const v = lists[k]![at[k]!];
      if (v !== undefined && v < min) min = v;
    }
    if (min === Infinity) return out;
    out.push(min);
    for (let k = 0; k < lists.length; k++) if (lists[k]![at[k]!] === min) at[k]!++;
  }
}

function intersectionOf(a: LineList, b: LineList): LineList {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out.push(a[i]!);
      i++;
      j++;
    }
  }
  return out;
}

// The ascending lines holding a literal of each clause of one alternative (clauses of literal ids).
function linesOfAlternative(literalLines: LiteralLines, clauses: readonly (readonly number[])[]): LineList {
  let lines: LineList | undefined;
  for (const clause of clauses) {
    // The clause's lists; no array for the usual one list or none.
    let first: LineList | undefined;
    let lists: LineList[] | undefined;
    for (const id of clause) {
      const list = literalLines.linesOf(id);
      if (list === undefined) continue;
      if (first === undefined) first = list;
      else (lists ??= [first]).push(list);
    }
    if (first === undefined) return NONE;
    const union = lists === undefined ? first : unionOf(lists);
    lines = lines === undefined ? union : intersectionOf(lines, union);
    if (lines.length === 0) break;
  }
  return lines ?? NONE;
}

// Candidate lines in ascending order (null = all lines): those holding, for some alternative of the pattern, a
// literal of each of its clauses.
function candidates(scanner: PatternScanner, pattern: CompiledPattern): LineList | null {
  const { literalLines } = scanner;
  const requirement = requirementOf(scanner.plan, pattern);
  if (!requirement || !literalLines) return null;
  const branches: LineList[] = [];
  for (const clauses of requirement) {
    const lines = linesOfAlternative(literalLines, clauses);
    if (lines.length > 0) branches.push(lines);
  }
  return unionOf(branches);
}

const SMALL_PASTE_LINES = 4096;
// A short paste's marks start as a copy of its first `count` zeros: `new Array(count).fill(0)` took about 4 times as
// long (some 0.3 µs at 180 lines).
const ZEROS: readonly number[] = Array.from({ length: SMALL_PASTE_LINES }, () => 0);

/** Patterns given as [bit, pattern], arranged for markCandidateLines over one plan's scans (see planCandidateMarks). */
export interface CandidateMarks {
  readonly plan: LiteralScan;
  /** Per accepting state of the plan's automaton: the bits of the patterns a literal ending there makes a candidate alone. */
  readonly stateBits: Int32Array;
  /**
   * Per accepting state: the alternatives of several clauses (a bit each, at most JOINT_ALTERNATIVES) whose first clause,
   * and those whose second clause, a literal ending there is in. A line with both of an alternative is a candidate of
   * its pattern (`jointBit`).
   */
  readonly stateFirst: Int32Array;
  readonly stateSecond: Int32Array;
  /** Per alternative of several clauses: its pattern's bit. */
  readonly jointBit: readonly number[];
  /**
   * A pattern whose every literal on a line is the head of a key (`vote=1`), which the pattern refuses: per accepting
   * state, +1 for each of its word literals ending there, -1 for each key literal, KEY_ONLY_NEVER for any other of its
   * literals. A line whose sum is 0 and whose only candidate bit is `keyOnlyBit` loses it (see KeyOnlyRule).
   */
  readonly stateKeyDelta: Int32Array | undefined;
  /** The KeyOnlyRule's bit (0 without one), and the bits that make a line classified. */
  readonly keyOnlyBit: number;
  readonly keyOnlyCandidates: number;
  /** Bits of the patterns that may match any line (no requirement in the plan's literals). */
  readonly everyLine: number;
  /** Every pattern's bit: what a line gets without a literal prefilter. */
  readonly all: number;
}

// Alternatives of several clauses tracked as such (a bit each in a 32-bit word); any more make a candidate of every
// line holding their first clause: more lines tried, never fewer.
const JOINT_ALTERNATIVES = 32;

/**
 * A pattern that never matches where each of its word literals is a key's head (`vote=1`: VOTE_PATTERN refuses a
 * `vote` followed by `=` or `:`). `words`: its literals a key starts with; `keys`: the key forms (`vote=`, `vote:`), also
 * in the plan's literals; `candidateBits`: the bits that make a line classified (a line holding another keeps its bit).
 */
export interface KeyOnlyRule {
  readonly bit: number;
  readonly pattern: CompiledPattern;
  readonly words: readonly string[];
  readonly keys: readonly string[];
  readonly candidateBits: number;
}

// A state ending a literal of the rule's pattern that is no key's head: no sum of a line holding it is 0.
const KEY_ONLY_NEVER = 1 << 20;

/** Arranges [bit, pattern] pairs for markCandidateLines on scans of `plan`; built once, it serves every verdict. */
export function planCandidateMarks(
  plan: LiteralScan,
  patterns: readonly (readonly [bit: number, pattern: CompiledPattern])[],
  keyOnly?: KeyOnlyRule,
): CandidateMarks {
  const bitsOf = new Array<number>(plan.ids.size).fill(0);
  const firstOf = new Array<number>(plan.ids.size).fill(0);
  const secondOf = new Array<number>(plan.ids.size).fill(0);
  const jointBit: number[] = [];
  let everyLine = 0;
  let all = 0;
  for (const [bit, pattern] of patterns) {
    all |= bit;
    const requirement = requirementOf(plan, pattern);
    if (!requirement) everyLine |= bit;
    else {
      for (const id of requirement.direct) bitsOf[id]! |= bit;
      for (const clauses of requirement) {
        if (clauses.length < 2) continue;
        // Its two smallest clauses: compiled patterns keep two per alternative (regex-literals.ts); were there more,
        // the lines holding the two would be more candidates than needed, never fewer.
        const [first, second] = [...clauses].sort((a, b) => a.length - b.length) as [readonly number[], readonly number[]];
        if (jointBit.length === JOINT_ALTERNATIVES) {
          for (const id of first) bitsOf[id]! |= bit;
          continue;
        }
        const alternative = 1 << jointBit.length;
        jointBit.push(bit);
        for (const id of first) firstOf[id]! |= alternative;
        for (const id of second) secondOf[id]! |= alternative;
      }
    }
  }
  // The same per accepting state of the automaton: a step reads one entry, not one per literal ending there.
  const ends = plan.automaton?.ends ?? [];
  const stateBits = new Int32Array(ends.length);
  const stateFirst = new Int32Array(ends.length);
  const stateSecond = new Int32Array(ends.length);
  ends.forEach((ids, state) => {
    for (const id of ids) {
      stateBits[state]! |= bitsOf[id]!;
      stateFirst[state]! |= firstOf[id]!;
      stateSecond[state]! |= secondOf[id]!;
    }
  });
  const stateKeyDelta = keyOnly === undefined ? undefined : planKeyDelta(plan, keyOnly, ends);
  return { plan, stateBits, stateFirst, stateSecond, jointBit, everyLine, all, stateKeyDelta, keyOnlyBit: stateKeyDelta ? keyOnly!.bit : 0, keyOnlyCandidates: keyOnly?.candidateBits ?? 0 };
}

// Per accepting state, a KeyOnlyRule's count (CandidateMarks.stateKeyDelta); undefined when the plan lacks a key
// literal or the pattern's requirement (every line of such a plan keeps its bit).
function planKeyDelta(plan: LiteralScan, rule: KeyOnlyRule, ends: readonly (readonly number[])[]): Int32Array | undefined {
  const requirement = requirementOf(plan, rule.pattern);
  const keyIds = rule.keys.map((key) => plan.ids.get(key));
  const wordIds = rule.words.map((word) => plan.ids.get(word));
  // Each of the pattern's matches holds one of its literals: alternatives of one clause only.
  if (requirement === null || requirement.some((clauses) => clauses.length !== 1) || keyIds.includes(undefined) || wordIds.includes(undefined)) return undefined;
  const delta = new Map<number, number>();
  for (const id of requirement.flat(2)) delta.set(id, KEY_ONLY_NEVER);
  for (const id of wordIds) delta.set(id!, 1);
  for (const id of keyIds) delta.set(id!, -1);
  const stateKeyDelta = new Int32Array(ends.length);
  ends.forEach((ids, state) => {
    for (const id of ids) stateKeyDelta[state]! += delta.get(id) ?? 0;
  });
  return stateKeyDelta;
}

// One pattern's marks (bit 1) per plan: planned once, not per call (a plan's per-state arrays cost microseconds).
const patternMarks = new WeakMap<CompiledPattern, CandidateMarks>();

/** planCandidateMarks of `pattern` alone, as bit 1; kept per pattern object for its plan. */
export function planPatternMarks(plan: LiteralScan, pattern: CompiledPattern): CandidateMarks {
  let marks = patternMarks.get(pattern);
  if (marks === undefined || marks.plan !== plan) {
    marks = planCandidateMarks(plan, [[1, pattern]]);
    patternMarks.set(pattern, marks);
  }
  return marks;
}

/**
 * Per line, the bits of the patterns (given as [bit, pattern], or planned by planCandidateMarks) whose literals the
 * line contains: the only patterns that can match it. A pattern without literals may match every line.
 */
export function markCandidateLines(scanner: PatternScanner, patterns: readonly (readonly [bit: number, pattern: CompiledPattern])[] | CandidateMarks): Uint32Array | number[] {
  const planned = 'stateBits' in patterns ? patterns : planCandidateMarks(scanner.plan, patterns);
  if (planned.plan !== scanner.plan) throw new Error('markCandidateLines: the marks were planned for another literal scan');
  const count = scanner.lines.count;
  // A typed array's buffer costs more to make than a short paste's whole marking; long pastes need its compactness.
  const marks = count <= SMALL_PASTE_LINES ? ZEROS.slice(0, count) : new Uint32Array(count);
  const { literalLines } = scanner;
  const everyLine = literalLines === undefined ? planned.all : planned.everyLine;
  if (everyLine !== 0) for (let i = 0; i < count; i++) marks[i]! |= everyLine;
  if (literalLines === undefined) return marks;
  // One pass over the scan's accepting steps, in line order: each marks its line with the bits its state's literals
  // make a candidate alone, and adds their clauses of the alternatives of several clauses to the line's.
  const { hits } = literalLines;
  const { stateBits, stateFirst, stateSecond, jointBit } = planned;
  const { stateKeyDelta, keyOnlyBit, keyOnlyCandidates } = planned;
  let line = -1;
  let first = 0;
  let second = 0;
  // The line's KeyOnlyRule sum, and whether it holds a key: then a sum of 0 says every literal of the rule's pattern
  // there is a key's head.
  let keySum = 0;
  let keyed = false;
  for (let k = 0; k < hits.length; k += 2) {
    if (hits[k] !== line) {
      if ((first & second) !== 0) marks[line]! |= jointBitsOf(first & second, jointBit);
      if (keyed && keySum === 0 && (marks[line]! & keyOnlyCandidates) === keyOnlyBit) marks[line]! &= ~keyOnlyBit;
      line = hits[k]!;
      first = 0;
      second = 0;
      keySum = 0;
      keyed = false;
    }
    const state = hits[k + 1]!;
    const bits = stateBits[state]!;
    if (bits !== 0) marks[line]! |= bits;
    first |= stateFirst[state]!;
    second |= stateSecond[state]!;
    if (stateKeyDelta !== undefined) {
      const delta = stateKeyDelta[state]!;
      keySum += delta;
      if (delta < 0) keyed = true;
    }
  }
  if ((first & second) !== 0) marks[line]! |= jointBitsOf(first & second, jointBit);
  if (keyed && keySum === 0 && (marks[line]! & keyOnlyCandidates) === keyOnlyBit) marks[line]! &= ~keyOnlyBit;
  return marks;
}

// The pattern bits of the alternatives in `alternatives` (a bit each).
function jointBitsOf(alternatives: number, jointBit: readonly number[]): number {
  let bits = 0;
  for (let rest = alternatives; rest !== 0; rest &= rest - 1) bits |= jointBit[31 - Math.clz32(rest & -rest)]!;
  return bits;
}

export interface FirstMatch {
  readonly line: number;
  readonly index: number;
  readonly text: string;
}

/** The first line the pattern matches, with the match, or undefined. */
export function findFirstMatch(scanner: PatternScanner, pattern: CompiledPattern): FirstMatch | undefined {
  const { lines, capChars } = scanner;
  const list = candidates(scanner, pattern);
  const total = list ? list.length : lines.count;
  for (let k = 0; k < total; k++) {
    const line = list ? list[k]! : k;
    const m = pattern.exec(lineText(lines, line, capChars));
    if (m) return { line, ...m };
  }
  return undefined;
}
