// Lesson patterns → matchers that cannot stall a verification, cached per pattern source.
//
// Decision (the catastrophic-regex guard): bounded at run time, never by hoping. A pattern whose backtracking
// tree is finite and small (regex-cost.ts: alternations, `?`, short fixed counts — all of w12-l03's patterns)
// runs on V8's regex engine: at most 256 paths per start position, so linear in the line. Every other pattern
// (`+`, `*`, `{n,m}`: including `(a+)+$` and `\s*\s*x`) runs on the Pike VM (pike-vm.ts), linear in the line
// times the pattern size. Only patterns that combine unbounded repetition with lookaround or backreferences —
// which the VM cannot run and V8 cannot bound — are refused, with PATTERN_UNSAFE. Lines are additionally cut
// to the matching cap, so no single line costs more than cap × pattern size. `lint` (recheck) still reports
// ReDoS-prone patterns to authors; here they are merely slower, never hanging.
import { parseRegex, type RegexNode } from './parse-regex.js';
import { compileProgram, runProgram } from './pike-vm.js';
import { backtrackingPaths } from './regex-cost.js';
import { describeAlternatives, literalRequirement, requirementLiterals, type LiteralRequirement } from './regex-literals.js';
import { widenWordGaps } from '../log-events/widen-word-gaps.js';
import { dropCaptureGroups } from '../log-events/drop-capture-groups.js';

/** Patterns with at most this many backtracking paths per start position run on V8. */
export const MAX_V8_PATHS = 256;

export interface PatternMatch {
  readonly index: number;
  readonly text: string;
}

export interface CompiledPattern {
  /** What runs: the lesson's source with its word gaps widened (widenWordGaps). */
  readonly source: string;
  readonly engine: 'v8' | 'pike-vm';
  /** Folded strings one of which every match contains (what the literal scan looks for), or null: try every line. */
  readonly literals: readonly string[] | null;
  /** Which of those literals a line must hold together (see LiteralRequirement), or null: try every line. */
  readonly requirement: LiteralRequirement | null;
  /** What a student should write, per top-level alternative. */
  readonly expected: readonly string[];
  test(line: string): boolean;
  exec(line: string): PatternMatch | undefined;
}

export type CompileResult =
  | { readonly ok: true; readonly pattern: CompiledPattern }
  | { readonly ok: false; readonly reason: 'invalid' | 'unbounded-lookaround'; readonly message: string };

const MAX_CACHED = 512;
const cache = new Map<string, CompileResult>();

/**
 * What compiling a pattern that runs on V8 works out besides the RegExp itself: plain data, so the build can
 * record it for the patterns it knows (the built-in event patterns, the bundled lessons') and the CLI can skip
 * parsing them and deriving their literals on a cold start (scripts/build.mjs, src/cli/load-cli-bundle.ts).
 */
export interface PatternAnalysis {
  readonly source: string;
  readonly literals: readonly string[] | null;
  readonly requirement: LiteralRequirement | null;
  readonly expected: readonly string[];
}

const analyses = new Map<string, PatternAnalysis>();

// The analyses the build recorded, by the pattern as written; compilePattern uses them instead of working them out.
export function seedPatternAnalyses(recorded: Readonly<Record<string, PatternAnalysis>>): void {
  for (const [written, analysis] of Object.entries(recorded)) analyses.set(written, analysis);
}

// The analyses of the given patterns that run on V8 (a Pike VM program needs the parse, so those are not recorded).
export function analysePatterns(sources: Iterable<string>): Record<string, PatternAnalysis> {
  const out: Record<string, PatternAnalysis> = {};
  for (const written of sources) {
    const result = compile(written);
    if (!result.ok || result.pattern.engine !== 'v8') continue;
    const { source, literals, requirement, expected } = result.pattern;
    out[written] = { source, literals, requirement, expected };
  }
  return out;
}

// The same regex recording no groups (drop-capture-groups.ts), or `regex` itself where that does not compile.
function withoutCaptures(regex: RegExp): RegExp {
  const source = dropCaptureGroups(regex.source);
  if (source === regex.source) return regex;
  try {
    return new RegExp(source, regex.flags);
  } catch {
    return regex;
  }
}

// A pattern that runs on V8's regex engine (bounded backtracking, see MAX_V8_PATHS).
function onV8(analysis: PatternAnalysis, regex: RegExp): CompiledPattern {
  const { source, literals, requirement, expected } = analysis;
  const run = withoutCaptures(regex);
  return {
    source,
    engine: 'v8',
    literals,
    requirement,
    expected,
    test: (line) => run.test(line),
    exec: (line) => {
      const m = run.exec(line);
      return m ? { index: m.index, text: m[0] } : undefined;
    },
  };
}

// The word-gap rule lives with the log-event model, whose built-in patterns follow it too.
export { WORD_GAP_CLASS, widenWordGaps } from '../log-events/widen-word-gaps.js';

function compile(written: string): CompileResult {
  const analysed = analyses.get(written);
  if (analysed) return { ok: true, pattern: onV8(analysed, new RegExp(analysed.source, 'i')) };
  let regex: RegExp;
  try {
    new RegExp(written, 'i');
  } catch (error) {
    const message = (error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '');
    return { ok: false, reason: 'invalid', message };
  }
  const source = widenWordGaps(written);
  try {
    regex = new RegExp(source, 'i');
  } catch {
    return { ok: false, reason: 'invalid', message: `cannot widen the spaces of ${written}` };
  }
  const ast = parseRegex(source);
  const requirement = literalRequirement(ast);
  const literals = requirement && requirementLiterals(requirement);
  const expected = describeAlternatives(written);
  const paths = backtrackingPaths(ast);
  if (paths <= MAX_V8_PATHS) return { ok: true, pattern: onV8({ source, literals, requirement, expected }, regex) };
  const program = compileProgram(ast);
  if (!program) {
    return {
      ok: false,
      reason: 'unbounded-lookaround',
      message: describeRefusal(ast, paths),
    };
  }
  return {
    ok: true,
    pattern: {
      source,
      engine: 'pike-vm',
      literals,
      requirement,
      expected,
      test: (line) => runProgram(program, line, true) !== undefined,
      exec: (line) => {
        const span = runProgram(program, line);
        return span ? { index: span[0], text: line.slice(span[0], span[1]) } : undefined;
      },
    },
  };
}

// Why a pattern over V8's path budget that the VM cannot run is refused, in its own terms: bounded repetitions and
// alternatives multiply past the budget as surely as a `+` does (one more `[^;]{0,24}` alternative in a connection
// pattern at 254 paths), and without lookaround or a backreference only the VM program's size refuses it (`a{0,100000}`).
function describeRefusal(ast: RegexNode, paths: number): string {
  const looks = holdsNode(ast, (n) => n.type === 'backref' || (n.type === 'group' && n.look !== 'none'));
  const count = paths === Infinity ? 'more than a billion' : String(paths);
  if (!looks && holdsNode(ast, (n) => n.type === 'set' && n.opaque === true)) return `${count} backtracking paths and a character class the linear-time engine does not read`;
  if (!looks) return `repetitions too large to run in bounded time (${count} backtracking paths, and a linear-time program too large)`;
  if (holdsNode(ast, (n) => n.type === 'quant' && n.max === Infinity)) return 'unbounded repetition (+, *, {n,}) together with lookaround or a backreference';
  return `${count} backtracking paths (its repetitions and alternatives multiplied; more than the ${MAX_V8_PATHS} run in bounded time) together with lookaround or a backreference`;
}

// Whether a node of the pattern, or one inside it, passes `test`.
function holdsNode(node: RegexNode, test: (node: RegexNode) => boolean): boolean {
  if (test(node)) return true;
  if (node.type === 'alt') return node.branches.some((branch) => branch.some((item) => holdsNode(item, test)));
  return (node.type === 'group' || node.type === 'quant') && holdsNode(node.body, test);
}

/** Compiles a lesson pattern (case-insensitive) into a bounded-time matcher; never throws. */
export function compilePattern(source: string): CompileResult {
  let result = cache.get(source);
  if (!result) {
    result = compile(source);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(source, result);
  }
  return result;
}
