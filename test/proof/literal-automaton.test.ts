// The automaton must find exactly the lines a plain case-insensitive search finds, for any literal set and text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLiteralAutomaton, findLiteralLines, findLiteralLinesInJs, foldLiteralChar, useWasmScan, type LiteralLines } from '../../src/proof/literal-automaton.js';
import { indexLines } from '../../src/log-events/paste-lines.js';

// `found` lists exactly the literals that have lines, in the order of their first occurrence.
const expectFoundListed = ({ byId, found }: LiteralLines): void => {
  expect([...found].sort((a, b) => a - b)).toEqual(byId.flatMap((lines, id) => (lines === undefined ? [] : [id])));
  const firstLines = found.map((id) => byId[id]![0]!);
  expect(firstLines).toEqual([...firstLines].sort((a, b) => a - b));
};

const naiveLines = (text: string, literal: string): number[] =>
  text
    .split('\n')
    .flatMap((line, i) => (line.toLowerCase().replace(/[^\S\n\r]/g, ' ').includes(literal) ? [i] : []))
    .filter((i) => i < indexLines(text).count);

describe('literal-automaton', () => {
  it('finds every literal, overlapping and in any case, on the same lines as a per-line search', () => {
    const letters = fc.constantFrom('a', 'b', 'e', 'o', 'f', ' ', '\n', 'A', 'E', 'O', 'F', '—', '\u00a0', '\t', '\u3000', '=');
    const literal = fc.array(fc.constantFrom('a', 'b', 'e', 'o', 'f', ' ', '—', '='), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(literal, { minLength: 1, maxLength: 8 }), fc.array(letters, { maxLength: 120 }), (literals, chars) => {
        const text = chars.join('');
        const lines = indexLines(text);
        // Both scans: JavaScript, then WebAssembly (literal-scan-wasm.ts) through the transitions the first filled in.
        const automaton = compileLiteralAutomaton(literals);
        const found = findLiteralLinesInJs(automaton, text, lines.ends, lines.count);
        literals.forEach((l, id) => expect(found.byId[id] ?? [], `${JSON.stringify(l)} in ${JSON.stringify(text)}`).toEqual(naiveLines(text, l)));
        expectFoundListed(found);
        expect(useWasmScan(automaton)).toBe('wasm');
        const inWasm = findLiteralLines(automaton, text, lines.ends, lines.count);
        literals.forEach((l, id) => expect(inWasm.byId[id] ?? [], `${JSON.stringify(l)} in ${JSON.stringify(text)}`).toEqual(naiveLines(text, l)));
        expectFoundListed(inWasm);
        // Again, reversed, through the transitions the first scans filled in and new ones.
        const reversed = [...text].reverse().join('');
        const back = indexLines(reversed);
        for (const again of [findLiteralLines(automaton, reversed, back.ends, back.count), findLiteralLinesInJs(automaton, reversed, back.ends, back.count)]) {
          literals.forEach((l, id) => expect(again.byId[id] ?? [], `${JSON.stringify(l)} in ${JSON.stringify(reversed)}`).toEqual(naiveLines(reversed, l)));
          expectFoundListed(again);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('answers linesOf and holds as its lists say, asked one literal at a time or after every list is made, and after a later scan', () => {
    const letters = fc.constantFrom('a', 'b', 'e', 'o', ' ', '\n', 'A', '—');
    const literal = fc.array(fc.constantFrom('a', 'b', 'e', 'o', ' ', '—'), { minLength: 1, maxLength: 3 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(
        fc.uniqueArray(literal, { minLength: 1, maxLength: 10 }).chain((literals) => fc.tuple(fc.constant(literals), fc.shuffledSubarray([...literals.keys()], { minLength: literals.length }))),
        fc.array(letters, { maxLength: 120 }),
        fc.boolean(),
        fc.boolean(),
        ([literals, order], chars, wasm, scannedSince) => {
        const text = chars.join('');
        const lines = indexLines(text);
        const automaton = compileLiteralAutomaton(literals);
        if (wasm) useWasmScan(automaton);
        const scan = (): LiteralLines => findLiteralLines(automaton, text, lines.ends, lines.count);
        const expected = literals.map((l) => naiveLines(text, l));
        // Asked in a random order, so that the literals asked once the lists are all made (past the first few) vary.
        const asking = scan();
        // Another scan of the automaton since (the reached states it notes for a scan are the last scan's).
        if (scannedSince) {
          const other = [...text].reverse().join('') + literals.join('\n');
          const otherLines = indexLines(other);
          findLiteralLines(automaton, other, otherLines.ends, otherLines.count);
        }
        for (const id of order) {
          for (let line = 0; line < lines.count; line++) expect(asking.holds(id, line), `${literals[id]} on ${line}`).toBe(expected[id]!.includes(line));
          expect([...(asking.linesOf(id) ?? [])], literals[id]).toEqual(expected[id]);
          expect(asking.linesOf(id) === undefined).toBe(expected[id]!.length === 0);
        }
        const listed = scan();
        expectFoundListed(listed);
        literals.forEach((_, id) => {
          expect([...(listed.linesOf(id) ?? [])]).toEqual(expected[id]);
          for (let line = 0; line < lines.count; line++) expect(listed.holds(id, line)).toBe(expected[id]!.includes(line));
        });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds a literal inside another and at the very end of the text', () => {
    const automaton = compileLiteralAutomaton(['eof', 'leof', 'timeout', 'heartbeat timeout']);
    const text = 'x LEOF\nHeartbeat Timeout\nno\ntimeout';
    const lines = indexLines(text);
    const found = findLiteralLines(automaton, text, lines.ends, lines.count);
    expect([found.byId, found.found]).toEqual([[[0], [0], [1, 3], [1]], [0, 1, 2, 3]]);
  });

  it('finds a phrase whatever joins its words: space, hyphen or underscore', () => {
    const automaton = compileLiteralAutomaton(['heartbeat timeout']);
    const text = 'Heartbeat-Timeout: x\nHEARTBEAT_TIMEOUT\nheartbeat timeout\nheartbeat.timeout\nheartbeattimeout';
    const lines = indexLines(text);
    const found = findLiteralLines(automaton, text, lines.ends, lines.count);
    expect([found.byId, found.found]).toEqual([[[0, 1, 2]], [0]]);
  });
});

describe('many hits (a long paste: each literal\'s lines counted, then written)', () => {
  it('finds the same lines as a per-line search, in both scans, with literals inside others and several on a line', () => {
    const words = ['leader', 'heartbeat', 'from', 'vote=1', 'term', 'node1', 'x', 'Heartbeat-From Leader'];
    const literals = ['leader', 'heartbeat from leader', 'heartbeat', 'vote', 'term 3', 'e'];
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const text = Array.from({ length: 12_000 }, () => Array.from({ length: next(6) }, () => words[next(words.length)]).join(' ')).join('\n');
    const lines = indexLines(text);
    const automaton = compileLiteralAutomaton(literals);
    const js = findLiteralLinesInJs(automaton, text, lines.ends, lines.count);
    useWasmScan(automaton);
    const wasm = findLiteralLines(automaton, text, lines.ends, lines.count);
    // Enough hits for the counting path (more than 2^14 entries, two per hit): every "e" is one.
    expect(text.toLowerCase().split('e').length - 1).toBeGreaterThan(8_192);
    literals.forEach((literal, id) => {
      expect([...(js.byId[id] ?? [])], literal).toEqual(naiveLines(text, literal));
      expect([...(wasm.byId[id] ?? [])], literal).toEqual(naiveLines(text, literal));
    });
    expectFoundListed(js);
    expectFoundListed(wasm);
  });
});

describe('lazy transitions', () => {
  it('fills in only the transitions a scan takes', () => {
    const automaton = compileLiteralAutomaton(['became the leader', 'heartbeat timeout', 'eof']);
    const unsetCount = (): number => automaton.next.filter((v) => v === automaton.unset).length;
    expect(unsetCount()).toBe(automaton.next.length);
    const text = 'node2 EOF\n';
    const lines = indexLines(text);
    expect(findLiteralLines(automaton, text, lines.ends, lines.count).byId[2]).toEqual([0]);
    expect(automaton.next.length - unsetCount()).toBeLessThanOrEqual(text.length);
  });
});

describe('resolveAll', () => {
  it('computes every transition, each as the lazy step computes it, after some were taken lazily', () => {
    const literals = ['became the leader', 'heartbeat timeout', 'eof', 'leader', 'lead', 'ad', 'dead', 'timed out'];
    const whole = compileLiteralAutomaton(literals);
    const lazy = compileLiteralAutomaton(literals);
    const text = 'the leader is dead: heartbeat timeout\n';
    const lines = indexLines(text);
    findLiteralLines(whole, text, lines.ends, lines.count);
    whole.resolveAll();
    const differing: number[] = [];
    for (let state = 0; state < lazy.next.length; state += lazy.columns) {
      for (let column = 0; column < lazy.columns; column++) {
        if (whole.next[state + column] !== lazy.resolve(state, column)) differing.push(state + column);
      }
    }
    expect(whole.next.includes(whole.unset)).toBe(false);
    expect(differing).toEqual([]);
  });
});

describe('foldLiteralChar', () => {
  it('folds exactly what /\\s/ holds, except line breaks, and the word joiners - and _ to a space', () => {
    for (let code = 0; code < 0x10000; code++) {
      const space = (/\s/.test(String.fromCharCode(code)) && code !== 0x0a && code !== 0x0d) || code === 0x2d || code === 0x5f;
      if (space) expect(foldLiteralChar(code), code.toString(16)).toBe(0x20);
      else if (code >= 0x41 && code <= 0x5a) expect(foldLiteralChar(code)).toBe(code + 32);
      else expect(foldLiteralChar(code), code.toString(16)).toBe(code);
    }
  });
});
