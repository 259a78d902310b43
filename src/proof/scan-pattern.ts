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
  return scanner.literalLines.byId[id] ?? NONE;
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
function linesOfAlternative(byId: LiteralLines['byId'], clauses: readonly (readonly number[])[]): LineList {
  let lines: LineList | undefined;
  for (const clause of clauses) {
    // The clause's lists; no array for the usual one list or none.
    let first: LineList | undefined;
    let lists: LineList[] | undefined;
    for (const id of clause) {
      const list = byId[id];
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
    const lines = linesOfAlternative(literalLines.byId, clauses);
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
  /** Per literal id, the bits of the patterns one of whose one-clause alternatives it is: alone, it makes a candidate. */
  readonly bitsOf: readonly number[];
  /** Alternatives of several clauses (in literal ids), with their pattern's bit; their smallest clause first. */
  readonly joint: readonly (readonly [bit: number, clauses: readonly (readonly number[])[]])[];
  /**
   * Per literal id, the indexes in `joint` of the alternatives whose first clause holds it: only those can match
   * where the paste holds it, and a paste holding none of an alternative's first clause skips it unread.
   */
  readonly jointOf: readonly (readonly number[] | undefined)[];
  /** Bits of the patterns that may match any line (no requirement in the plan's literals). */
  readonly everyLine: number;
  /** Every pattern's bit: what a line gets without a literal prefilter. */
  readonly all: number;
}

/** Arranges [bit, pattern] pairs for markCandidateLines on scans of `plan`; built once, it serves every verdict. */
export function planCandidateMarks(plan: LiteralScan, patterns: readonly (readonly [bit: number, pattern: CompiledPattern])[]): CandidateMarks {
  const bitsOf = new Array<number>(plan.ids.size).fill(0);
  const joint: [number, readonly (readonly number[])[]][] = [];
  let everyLine = 0;
  let all = 0;
  for (const [bit, pattern] of patterns) {
    all |= bit;
    const requirement = requirementOf(plan, pattern);
    if (!requirement) everyLine |= bit;
    else {
      for (const id of requirement.direct) bitsOf[id]! |= bit;
      // Smallest clause first: where the paste holds none of its literals, the alternative is settled soonest.
      for (const clauses of requirement) if (clauses.length > 1) joint.push([bit, [...clauses].sort((a, b) => a.length - b.length)]);
    }
  }
  const jointOf = new Array<number[] | undefined>(plan.ids.size).fill(undefined);
  joint.forEach(([, clauses], k) => {
    for (const id of new Set(clauses[0])) (jointOf[id] ??= []).push(k);
  });
  return { plan, bitsOf, joint, jointOf, everyLine, all };
}

/**
 * Per line, the bits of the patterns (given as [bit, pattern], or planned by planCandidateMarks) whose literals the
 * line contains: the only patterns that can match it. A pattern without literals may match every line.
 */
export function markCandidateLines(scanner: PatternScanner, patterns: readonly (readonly [bit: number, pattern: CompiledPattern])[] | CandidateMarks): Uint32Array | number[] {
  const planned = 'bitsOf' in patterns ? patterns : planCandidateMarks(scanner.plan, patterns);
  if (planned.plan !== scanner.plan) throw new Error('markCandidateLines: the marks were planned for another literal scan');
  const count = scanner.lines.count;
  // A typed array's buffer costs more to make than a short paste's whole marking; long pastes need its compactness.
  const marks = count <= SMALL_PASTE_LINES ? ZEROS.slice(0, count) : new Uint32Array(count);
  const { literalLines } = scanner;
  const everyLine = literalLines === undefined ? planned.all : planned.everyLine;
  if (everyLine !== 0) for (let i = 0; i < count; i++) marks[i]! |= everyLine;
  if (literalLines === undefined) return marks;
  // Literals that alone make a candidate mark their lines directly, with no merging; only the literals the paste
  // holds are visited. Alternatives of several clauses are intersected, those whose first clause the paste holds.
  const { byId, found } = literalLines;
  const { bitsOf, joint, jointOf } = planned;
  let open: number[] | undefined;
  for (let f = 0; f < found.length; f++) {
    const id = found[f]!;
    const alternatives = jointOf[id];
    if (alternatives !== undefined) for (const k of alternatives) if (open === undefined || !open.includes(k)) (open ??= []).push(k);
    const bits = bitsOf[id]!;
    if (bits === 0) continue;
    const lines = byId[id]!;
    for (let k = 0; k < lines.length; k++) marks[lines[k]!]! |= bits;
  }
  if (open === undefined) return marks;
  for (const k of open) {
    const [bit, clauses] = joint[k]!;
    for (const line of linesOfAlternative(byId, clauses)) marks[line]! |= bit;
  }
  return marks;
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
