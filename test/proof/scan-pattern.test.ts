// The literal prefilter is an optimisation only: every line a plain per-line match finds must be a candidate of
// that pattern, and the first match must be the same.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePattern, type CompiledPattern } from '../../src/proof/compile-pattern.js';
import { indexLines, lineText } from '../../src/log-events/paste-lines.js';
import { createPatternScanner, findFirstMatch, linesHoldingLiteral, markCandidateLines, planCandidateMarks, planLiteralScan, scanUnindexedText } from '../../src/proof/scan-pattern.js';
import { normalizePasteText } from '../../src/proof/normalize-paste.js';
import { BUILT_IN_EVENT_PATTERNS, EVENT_PATTERN_BIT, NAMED_LEADER_PATTERN, VOTE_PATTERN } from '../../src/log-events/default-patterns.js';
import { BUILT_IN_MARK_PATTERNS, VOTE_KEY_RULE } from '../../src/proof/compile-event-patterns.js';
import { foldLiteral, useWasmScan } from '../../src/proof/literal-automaton.js';
import { ROOT, W12_TIMING } from './helpers.js';
import { literalLinesContent } from '../support/literal-lines-content.js';

const SOURCES = [
  'timeout|timed out|no heartbeat',
  'kill|SIGTERM|stopped|terminated',
  W12_TIMING.kill_pattern,
  W12_TIMING.heartbeat_pattern,
  W12_TIMING.connection_pattern,
  'leader.*(lost|gone)',
  '\\d+ms',
  // The built-in event patterns, whose literals are whole phrases ("became the leader", "leader =").
  ...BUILT_IN_EVENT_PATTERNS.map(([, regex]) => regex.source),
  NAMED_LEADER_PATTERN.source,
];
const patterns = SOURCES.map((s) => (compilePattern(s) as { pattern: CompiledPattern }).pattern);
const plan = planLiteralScan(patterns);
// Every scan through literal-scan-wasm.ts, the one verdicts run after the first.
const engine = useWasmScan(plan.automaton!);

const words = fc.constantFrom(
  'heartbeat', 'timeout', 'TIMEOUT', 'timed out', 'EOF', 'leof', 'kill', 'killed', 'SIGTERM', 'sig', 'term', 'stopped', 'connection',
  'connection to leader node1 lost', 'leader', 'lost', 'no message from the leader', '300ms', 'broken pipe', 'ECONNRESET', ' ', ' ', '\n', '—', 'É',
  'became', 'Became the', 'is', 'as', 'now', 'state', 'role', '=', ':', '"', '\t', '\u00a0', 'leader_id', 'node2 ', 'vote', 'votes', 'campaign',
  'starting', 'step down', 'follower', 'kubectl delete', 'winning election', '-', '_', 'id',
  // Built-in phrases as loggers join them (the built-ins widen their word gaps like lesson patterns).
  'became_leader', 'Became-Leader', 'leader-elected', 'leader_elected', 'election_started', 'vote_granted', 'step_down', 'is_leader',
);

describe('scan-pattern', () => {
  it('marks every line a pattern matches as its candidate, and finds the same first match', () => {
    expect(engine).toBe('wasm');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 80 }), fc.integer({ min: 8, max: 200 }), (parts, cap) => {
        const lines = indexLines(parts.join(''));
        const scanner = createPatternScanner(lines, cap, plan);
        const marks = markCandidateLines(scanner, patterns.map((pattern, k) => [1 << k, pattern] as const));
        for (const [k, pattern] of patterns.entries()) {
          const naive = Array.from({ length: lines.count }, (_, i) => i).filter((i) => pattern.test(lineText(lines, i, cap)));
          expect(naive.filter((i) => (marks[i]! & (1 << k)) === 0), pattern.source).toEqual([]);
          const first = findFirstMatch(scanner, pattern);
          expect(first?.line).toBe(naive[0]);
        }
      }),
      { numRuns: 800 },
    );
  });

  it('never drops a line a built-in event pattern matches as classifyLineText runs it (the native RegExp)', () => {
    const builtIn = [...BUILT_IN_EVENT_PATTERNS, [0, NAMED_LEADER_PATTERN] as const].map(([, regex]) => {
      const compiled = (compilePattern(regex.source) as { pattern: CompiledPattern }).pattern;
      return { regex, compiled };
    });
    const builtInPlan = planLiteralScan(builtIn.map((b) => b.compiled));
    fc.assert(
      fc.property(fc.array(words, { maxLength: 60 }), (parts) => {
        const lines = indexLines(parts.join(''));
        const marks = markCandidateLines(createPatternScanner(lines, 4096, builtInPlan), builtIn.map((b, k) => [1 << k, b.compiled] as const));
        for (const [k, { regex }] of builtIn.entries()) {
          const matched = Array.from({ length: lines.count }, (_, i) => i).filter((i) => regex.test(lineText(lines, i, 4096)));
          expect(matched.filter((i) => (marks[i]! & (1 << k)) === 0), regex.source).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('takes whole phrases as literals: a line that only mentions the leader is no candidate of "became leader"', () => {
    const became = (compilePattern(BUILT_IN_EVENT_PATTERNS[0]![1].source) as { pattern: CompiledPattern }).pattern;
    const lines = indexLines('heartbeat from leader node1 term=3\nnode2 became the Leader at term 4\n');
    const marks = markCandidateLines(createPatternScanner(lines, 200, planLiteralScan([became])), [[1, became]]);
    expect([...marks]).toEqual([0, 1]);
  });

  it('finds a literal given besides the patterns on every line that holds it in any case (linesHoldingLiteral)', () => {
    const phrase = 'Leader-Lost: no_heartbeat';
    const literal = foldLiteral(phrase);
    expect(literal).toBe('leader lost: no heartbeat');
    const withPhrase = planLiteralScan(patterns, [literal]);
    expect(useWasmScan(withPhrase.automaton!)).toBe('wasm');
    const pieces = fc.oneof(words, fc.constantFrom(phrase, phrase.toUpperCase(), 'leader lost: no heartbeat', 'Leader-Lost:'));
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const lines = indexLines(text);
        const holding = Array.from({ length: lines.count }, (_, i) => i).filter((i) => foldLiteral(lineText(lines, i)).includes(literal));
        expect(linesHoldingLiteral(createPatternScanner(lines, 4096, withPhrase), literal)).toEqual(holding);
        expect(linesHoldingLiteral(scanUnindexedText(text, 4096, withPhrase)!.scanner, literal)).toEqual(holding);
        expect(linesHoldingLiteral(createPatternScanner(lines, 4096, plan), literal)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('marks exactly the lines holding, for some alternative of a pattern, a literal of each of its clauses', () => {
    const withBits = patterns.map((pattern, k) => [1 << k, pattern] as const);
    fc.assert(
      fc.property(fc.array(words, { maxLength: 80 }), (parts) => {
        const scanner = createPatternScanner(indexLines(parts.join('')), 4096, plan);
        const marks = markCandidateLines(scanner, withBits);
        for (const [k, pattern] of patterns.entries()) {
          if (pattern.requirement === null) continue;
          const holds = (line: number, clause: readonly string[]): boolean => clause.some((literal) => [...linesHoldingLiteral(scanner, literal)!].includes(line));
          const expected = Array.from({ length: scanner.lines.count }, (_, i) => i).filter((i) => pattern.requirement!.some((clauses) => clauses.every((clause) => holds(i, clause))));
          expect(Array.from({ length: scanner.lines.count }, (_, i) => i).filter((i) => (marks[i]! & (1 << k)) !== 0), pattern.source).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('past 32 alternatives of several clauses, marks a line holding the first clause of a later one: more candidates, never fewer', () => {
    // 40 patterns of one alternative of two clauses each (`alpha7z.*beta7z`): the 33rd on are marked by `alphaKz` alone.
    const many = Array.from({ length: 40 }, (_, k) => (compilePattern(`alpha${k}z.*beta${k}z`) as { pattern: CompiledPattern }).pattern);
    const manyPlan = planLiteralScan(many);
    const marks = planCandidateMarks(manyPlan, many.map((pattern, k) => [k < 32 ? 1 : 2, pattern] as const));
    const text = ['alpha3z beta3z', 'alpha3z beta4z', 'alpha35z beta35z', 'alpha35z beta36z', 'beta35z', 'nothing'].join('\n');
    const marked = markCandidateLines(createPatternScanner(indexLines(text), 4096, manyPlan), marks);
    expect([...marked]).toEqual([1, 0, 2, 2, 0, 0]);
  });

  it('marks as planned once (planCandidateMarks) as from the patterns, and only with the plan it was made for', () => {
    const withBits = patterns.map((pattern, k) => [1 << k, pattern] as const);
    const planned = planCandidateMarks(plan, withBits);
    fc.assert(
      fc.property(fc.array(words, { maxLength: 80 }), (parts) => {
        const scanner = createPatternScanner(indexLines(parts.join('')), 4096, plan);
        expect(markCandidateLines(scanner, planned)).toEqual(markCandidateLines(scanner, withBits));
      }),
      { numRuns: 200 },
    );
    const other = createPatternScanner(indexLines('heartbeat timeout'), 4096, planLiteralScan(patterns.slice(0, 2)));
    expect(() => markCandidateLines(other, planned)).toThrow(/planned for another literal scan/);
  });

  it('scans an unindexed text like an indexed one, and marks every text normalising would change', () => {
    const piece = fc.oneof(words, fc.constantFrom('\r\n', '\r', '\x1b[31m', '\u009b1m', '\u00a0', '\u2007', '\u202f', '\ufeff', '\ufffd', '\0', '\ud83d', '😀', '\u2028', '\u2029', '\u0085'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        const fast = scanUnindexedText(text, 4096, plan)!;
        const lines = indexLines(text);
        expect(fast.scanner.lines.count).toBe(lines.count);
        expect([...fast.scanner.lines.starts.subarray(0, lines.count)]).toEqual([...lines.starts.subarray(0, lines.count)]);
        expect([...fast.scanner.lines.ends.subarray(0, lines.count)]).toEqual([...lines.ends.subarray(0, lines.count)]);
        expect(literalLinesContent(fast.scanner.literalLines!)).toEqual(literalLinesContent(createPatternScanner(lines, 4096, plan).literalLines!));
        if (!fast.marked) expect(normalizePasteText(text)).toBe(text);
        expect(fast.marked).toBe(/[\x1b\x9b\r\u00a0\u2007\u202f\ufeff\ufffd\u2028\u2029\u0085]/.test(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a key-only rule (VOTE_KEY_RULE)', () => {
  const keyPlan = planLiteralScan(BUILT_IN_MARK_PATTERNS.map(([, pattern]) => pattern), [...VOTE_KEY_RULE.keys]);
  const ruled = planCandidateMarks(keyPlan, BUILT_IN_MARK_PATTERNS, VOTE_KEY_RULE);
  const plain = planCandidateMarks(keyPlan, BUILT_IN_MARK_PATTERNS);
  const VOTE = EVENT_PATTERN_BIT.vote;
  // Per line of `text`, [line, whether the rule dropped its vote bit].
  const dropped = (text: string): [string, boolean][] => {
    const lines = indexLines(text);
    const scanner = createPatternScanner(lines, 4096, keyPlan);
    const withRule = markCandidateLines(scanner, ruled);
    const without = markCandidateLines(scanner, plain);
    return Array.from({ length: lines.count }, (_, i) => [lineText(lines, i, 4096), (without[i]! & VOTE) !== 0 && (withRule[i]! & VOTE) === 0]);
  };

  it('drops the vote bit of a line whose every vote heads a key, and only of such a line', () => {
    const shapes = [
      'persisted hard state term=3 vote=1 commit=7',
      'state VOTE:2 commit=9',
      'vote=1 voted for node2',
      'vote=1 msgvote',
      'MsgVote=1',
      'devote=1',
      'vote =1',
      'vote=1 vote_granted',
      'heartbeat from leader node1 term=3 vote=1',
    ];
    expect(dropped(shapes.join('\n'))).toEqual([
      [shapes[0], true],
      [shapes[1], true],
      [shapes[2], false],
      [shapes[3], false],
      [shapes[4], false],
      // `devote=1`'s "vote=" heads a key of a longer word: dropped, and VOTE_PATTERN (\bvot) misses it too.
      [shapes[5], true],
      [shapes[6], false],
      [shapes[7], false],
      // A line that hears from a leader keeps its bits: it is a candidate anyway.
      [shapes[8], false],
    ]);
  });

  it('never drops it where VOTE_PATTERN matches: every corpus line, and random lines of vote words and keys', () => {
    const dir = join(ROOT, 'fixtures/pastes-corpus');
    const corpus = readdirSync(dir).filter((f) => f.endsWith('.log')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    let drops = 0;
    for (const [line, drop] of dropped(corpus)) {
      if (!drop) continue;
      drops++;
      expect(VOTE_PATTERN.test(line), line).toBe(false);
    }
    // The corpus's one raft state dump with `vote=1` (kv[1] raft state saved (term=4 vote=1 log=57)).
    expect(drops).toBeGreaterThan(0);
    const piece = fc.constantFrom('vote=1 ', 'VOTE:2 ', 'vote', 'Vote', 'VOTE', 'voted', 'votes', 'voting', 'msg', 'MsgPre', 'Resp', '=', ':', ' ', '"', "'", '1', 'de', '_', 'granted', 'term=3');
    let randomDrops = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        for (const [text, drop] of dropped(pieces.join(''))) {
          if (!drop) continue;
          randomDrops++;
          expect(VOTE_PATTERN.test(text), text).toBe(false);
        }
      }),
      // A fixed seed: the count below is the generator's, not the run's luck (unseeded, it varied about 196-260 and a
      // run at 196 failed a bound of 200).
      { numRuns: 3000, seed: 58 },
    );
    // The generated lines reach the drop case often enough to test it.
    expect(randomDrops).toBeGreaterThan(100);
  });
});
