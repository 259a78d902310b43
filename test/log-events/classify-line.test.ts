// classifyLineText with checkPaste's prefilter (a per-line mask of the patterns whose literals the line holds, and
// one joined regex that rejects lines none of them matches) must mean exactly what it means without: same kind,
// leader, term, subject, target and notKill on every line of the blind corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyLineText, createAnyMatchTest } from '../../src/log-events/classify-line.js';
import { ALL_EVENT_PATTERNS, BUILT_IN_EVENT_PATTERNS, EVENT_PATTERN_BIT, isNoDetection, NOT_A_DETECTION_PATTERN } from '../../src/log-events/default-patterns.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { compilePattern, type CompiledPattern } from '../../src/proof/compile-pattern.js';
import { createPatternScanner, markCandidateLines, planLiteralScan } from '../../src/proof/scan-pattern.js';
import { indexLines } from '../../src/log-events/paste-lines.js';
import { loadLesson, ROOT } from '../proof/helpers.js';

const lesson = loadLesson('w12-l03');
const compiled = compileEventPatterns(lesson.proof.timing);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;
const withBits: [number, CompiledPattern][] = [
  [EVENT_PATTERN_BIT.kill, patterns.kill as CompiledPattern],
  [EVENT_PATTERN_BIT.heartbeat, patterns.heartbeat as CompiledPattern],
  [EVENT_PATTERN_BIT.connection, patterns.connection as CompiledPattern],
  ...BUILT_IN_EVENT_PATTERNS.map(([bit, r]): [number, CompiledPattern] => [bit, (compilePattern(r.source) as { pattern: CompiledPattern }).pattern]),
];

// The mask checkPaste computes from the literal scan, for one line.
const plan = planLiteralScan(withBits.map(([, pattern]) => pattern));
function maskOf(line: string): number {
  return markCandidateLines(createPatternScanner(indexLines(line), 4096, plan), withBits)[0]!;
}

const DIR = join(ROOT, 'fixtures/pastes-corpus');
const lines = readdirSync(DIR)
  .filter((f) => f.endsWith('.log'))
  .flatMap((f) => readFileSync(join(DIR, f), 'utf8').split('\n'));

describe('classifyLineText with the literal prefilter', () => {
  it('classifies every corpus line as it does without the prefilter', () => {
    const anyMatch = createAnyMatchTest(patterns);
    let events = 0;
    for (const line of lines) {
      for (const ownNode of [undefined, 'node2']) {
        const plain = classifyLineText(line, patterns, { ownNode });
        const filtered = classifyLineText(line, patterns, { ownNode, mayMatch: maskOf(line), anyMatch });
        expect(filtered, line).toEqual(plain);
        if (plain.kind !== 'other') events++;
      }
    }
    expect(lines.length).toBeGreaterThan(3000);
    expect(events).toBeGreaterThan(1000);
  });
});

describe('isNoDetection', () => {
  it('agrees with NOT_A_DETECTION_PATTERN on every corpus line (its word test only skips lines the pattern cannot match)', () => {
    const shapes = ['HEARTBEAT Received from n1', 'Election_Timeout=300ms', 'TIMER armed', 'timer reset', '--election-timeout 5'];
    let noDetections = 0;
    for (const line of [...lines, ...shapes]) {
      expect(isNoDetection(line), line).toBe(NOT_A_DETECTION_PATTERN.test(line));
      if (isNoDetection(line)) noDetections++;
    }
    expect(noDetections).toBeGreaterThan(20);
  });
});

describe('createAnyMatchTest', () => {
  // The joined regex is compiled once a mask has been seen on 64 lines; before, every line goes to the patterns.
  const afterWarmUp = (anyMatch: (text: string, may: number) => boolean, text: string, may: number): boolean => {
    for (let i = 0; i < 100; i++) anyMatch('warm-up line', may);
    return anyMatch(text, may);
  };

  it('rejects a line only when no pattern of its mask matches', () => {
    const anyMatch = createAnyMatchTest(patterns);
    const all = ALL_EVENT_PATTERNS;
    expect(afterWarmUp(anyMatch, 'node2 applied entry 42 to the state machine term=3', all)).toBe(false);
    expect(afterWarmUp(anyMatch, 'node2 following leader node1 term=3', all)).toBe(true);
    expect(afterWarmUp(anyMatch, 'node2 received SIGTERM', all)).toBe(true);
  });

  it('does not join patterns whose meaning a union would change (backreferences), so it rejects nothing', () => {
    const backref = compilePattern('(heart)beat \\1') as { pattern: CompiledPattern };
    const anyMatch = createAnyMatchTest({ ...patterns, heartbeat: backref.pattern });
    expect(afterWarmUp(anyMatch, 'nothing to see here', ALL_EVENT_PATTERNS)).toBe(true);
  });
});
