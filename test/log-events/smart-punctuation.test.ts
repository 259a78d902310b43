// A command retyped in a word processor (smart dashes and quotes) is read as the ASCII command it was.
import { describe, expect, it } from 'vitest';
import { classifyLineText } from '../../src/log-events/classify-line.js';
import { readSmartPunctuation } from '../../src/log-events/smart-punctuation.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { loadLesson } from '../proof/helpers.js';

const compiled = compileEventPatterns(loadLesson('w12-l03').proof.timing);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

describe('readSmartPunctuation', () => {
  it('reads an option dash as -- before a long option and - before a one-character one; curly quotes as straight', () => {
    expect(readSmartPunctuation('pkill —signal TERM -f ‘kv_node —id 3’')).toBe("pkill --signal TERM -f 'kv_node --id 3'");
    expect(readSmartPunctuation('kill –9 4101; kill —s STOP 4102')).toBe('kill -9 4101; kill -s STOP 4102');
    expect(readSmartPunctuation('pgrep -f “kv_node –id=2”')).toBe('pgrep -f "kv_node --id=2"');
  });

  it('leaves a dash between words alone (a sentence, not an option), and a text without smart punctuation as it is', () => {
    expect(readSmartPunctuation('Demo step 2 — kill the leader')).toBe('Demo step 2 — kill the leader');
    expect(readSmartPunctuation('the leader—node1—was killed')).toBe('the leader—node1—was killed');
    const plain = 'pkill --signal TERM -f "kv_node --id 3"';
    expect(readSmartPunctuation(plain)).toBe(plain);
  });
});

describe('classifyLineText on a command with smart punctuation', () => {
  it('reads the node a retyped pkill names (`—id 3` is --id 3)', () => {
    expect(classifyLineText('$ date +%T.%3N; pkill —signal TERM -f ‘kv_node —id 3’', patterns, { isCommand: true })).toMatchObject({ kind: 'kill', target: 'node3' });
    // No prompt (a kill no node wrote): read as typed too.
    expect(classifyLineText('kill —s TERM $(pgrep -f ‘kv_node —id 3’)', patterns, {})).toMatchObject({ kind: 'kill', target: 'node3' });
  });

  it('reads a retyped pause as a pause (`—signal STOP` is --signal STOP), not a kill', () => {
    expect(classifyLineText('$ pkill —signal STOP -f ‘kv_node —id 3’', patterns, { isCommand: true })).toMatchObject({ kind: 'other', notKill: 'paused' });
  });
});
