// Which lines a pattern matches, without running every regex on every line: one case-insensitive pass of a
// single regex made of all patterns' required literals (regex-literals.ts) finds the few lines that can match,
// and each pattern's matcher then runs only on those, on lines cut to the matching cap.
import type { CompiledPattern } from './compile-pattern.js';
import { lineText, type PasteLines } from '../log-events/paste-lines.js';

/** Per-verdict scanning context: lines holding each literal, shared by all patterns. */
export interface PatternScanner {
  readonly lines: PasteLines;
  readonly capChars: number;
  /** Literal → ascending lines containing it; undefined when no prefilter could be used (try every line). */
  readonly literalLines: ReadonlyMap<string, readonly number[]> | undefined;
  /** Literal → the shorter literal it contains whose lines were collected instead. */
  readonly scannedAs: ReadonlyMap<string, string>;
  /** Per pattern: the scanned literals whose lines are its candidates (deduplicated). */
  readonly scannedFor: WeakMap<CompiledPattern, readonly string[]>;
}

/** The one literal-scanning regex for a set of patterns (see planLiteralScan). */
export interface LiteralScan {
  /** Case-insensitive alternation of the minimal literals; undefined when no pattern has literals. */
  readonly regex: RegExp | undefined;
  readonly scannedAs: ReadonlyMap<string, string>;
  /** Per pattern: the scanned literals whose lines are its candidates (deduplicated). */
  readonly scannedFor: WeakMap<CompiledPattern, readonly string[]>;
}

const plans = new Map<string, LiteralScan>();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * One alternation of the literals that contain no other literal (lines with "heartbeat timeout" contain
 * "timeout", so scanning for "timeout" covers both). Cached per literal set, i.e. per lesson.
 */
export function planLiteralScan(patterns: readonly CompiledPattern[]): LiteralScan {
  const literals = [...new Set(patterns.flatMap((p) => p.literals ?? []))].sort();
  const key = literals.join('\0');
  let plan = plans.get(key);
  if (!plan) {
    const minimal = literals.filter((s) => !literals.some((t) => t !== s && s.includes(t)));
    const scannedAs = new Map(literals.map((s) => [s, minimal.find((t) => s.includes(t))!]));
    const alternation = [...minimal].sort((a, b) => b.length - a.length).map(escape).join('|');
    const scannedFor = new WeakMap<CompiledPattern, readonly string[]>();
    for (const p of patterns) if (p.literals) scannedFor.set(p, [...new Set(p.literals.map((l) => scannedAs.get(l)!))]);
    plan = { regex: literals.length === 0 ? undefined : new RegExp(alternation, 'gi'), scannedAs, scannedFor };
    if (plans.size >= 256) plans.clear();
    plans.set(key, plan);
  }
  return plan;
}

/** Scans the paste once for the literals of `plan`. */
export function createPatternScanner(lines: PasteLines, capChars: number, plan: LiteralScan): PatternScanner {
  const { regex } = plan;
  if (!regex) return { lines, capChars, literalLines: undefined, scannedAs: plan.scannedAs, scannedFor: plan.scannedFor };
  const found = new Map<string, number[]>();
  // Matches come in text order, so the line of each is found by moving forward, not by a search per match;
  // `spelled` maps each spelling met ("Leader", "LEADER") to its literal without lower-casing every match.
  const spelled = new Map<string, string>();
  const { text, ends, count } = lines;
  let line = 0;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    while (line < count - 1 && ends[line]! < m.index) line++;
    let literal = spelled.get(m[0]);
    if (literal === undefined) spelled.set(m[0], (literal = m[0].toLowerCase()));
    let list = found.get(literal);
    if (!list) found.set(literal, (list = []));
    if (list[list.length - 1] !== line) list.push(line);
    regex.lastIndex = m.index + 1; // overlapping literals ("eof" inside "…leof…") are found too
  }
  return { lines, capChars, literalLines: found, scannedAs: plan.scannedAs, scannedFor: plan.scannedFor };
}

const NONE: readonly number[] = [];

// Candidate lines in ascending order (null = all lines).
function candidates(scanner: PatternScanner, pattern: CompiledPattern): readonly number[] | null {
  if (!pattern.literals || !scanner.literalLines) return null;
  const lists: (readonly number[])[] = [];
  const scanned = scanner.scannedFor.get(pattern) ?? [...new Set(pattern.literals.map((l) => scanner.scannedAs.get(l) ?? l))];
  for (const literal of scanned) {
    const list = scanner.literalLines.get(literal);
    if (list && list.length > 0) lists.push(list);
  }
  if (lists.length === 0) return NONE;
  if (lists.length === 1) return lists[0]!;
  // k-way merge of ascending lists, without duplicates.
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

/**
 * Per line, the bits of the patterns (given as [bit, pattern]) whose literals the line contains: the only patterns
 * that can match it. A pattern without literals may match every line.
 */
export function markCandidateLines(scanner: PatternScanner, patterns: readonly (readonly [bit: number, pattern: CompiledPattern])[]): Uint16Array {
  const marks = new Uint16Array(scanner.lines.count);
  for (const [bit, pattern] of patterns) {
    const list = candidates(scanner, pattern);
    if (list === null) for (let i = 0; i < marks.length; i++) marks[i]! |= bit;
    else for (const line of list) marks[line]! |= bit;
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
