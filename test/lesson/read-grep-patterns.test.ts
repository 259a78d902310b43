import { describe, expect, it } from 'vitest';
import { grepToRegexSource, readGrepPatterns } from '../../src/lesson/read-grep-patterns.js';

const sources = (code: string) => readGrepPatterns(code, 1).map((g) => g.source);

describe('readGrepPatterns', () => {
  it('reads the bundled Verify blocks: BRE alternation, -hi clusters, pipes, lines', () => {
    const code = [
      '# Check that the leader process is gone',
      'pgrep -f "kv_node.*--id 1" || echo "leader process is dead"',
      '',
      'grep -i "timeout\\|heartbeat\\|leader.*down\\|election" data/node2/node.log',
      'grep -hi "won election\\|now leader" data/node2/node.log | grep -q . && echo "elected"',
    ].join('\n');
    expect(readGrepPatterns(code, 90)).toEqual([
      { line: 93, written: 'timeout\\|heartbeat\\|leader.*down\\|election', source: 'timeout|heartbeat|leader.*down|election' },
      { line: 94, written: 'won election\\|now leader', source: 'won election|now leader' },
      { line: 94, written: '.', source: '.' },
    ]);
  });

  it.each([
    ['grep -E "leader (is )?down|eof" f', 'leader (is )?down|eof'],
    ['egrep \'a+|b\' f', 'a+|b'],
    ['grep -iE -A 2 "x|y" f', 'x|y'],
    ['grep --regexp="no heartbeat" f', 'no heartbeat'],
    ['grep -F "a.b|c" f', 'a\\.b\\|c'],
    ['fgrep "(x)" f', '\\(x\\)'],
    ['grep "a(b)|c+" f', 'a\\(b\\)\\|c\\+'],
    ['grep "\\(no \\)\\?heartbeat" f', '(no )?heartbeat'],
    ['grep -E "[[:digit:]]+ms|\\<eof\\>" f', '[0-9]+ms|\\beof\\b'],
    ['grep "*x" f', '\\*x'],
    ['sudo grep -m 1 -- "-x" f', '-x'],
    ["grep 'it''s' f", 'its'],
  ])('%s → %s', (code, source) => {
    expect(sources(code)).toEqual([source]);
  });

  it('reads every -e pattern and joins continued lines', () => {
    expect(readGrepPatterns('grep -e "a" \\\n  -e "b" f\ngrep c f', 5)).toEqual([
      { line: 5, written: 'a', source: 'a' },
      { line: 5, written: 'b', source: 'b' },
      { line: 7, written: 'c', source: 'c' },
    ]);
  });

  it('skips inverted greps, pattern files, commented-out greps and non-greps', () => {
    expect(sources('grep -v x f\ngrep -f pats.txt f\n# grep y f\necho "grep z"\npgrep -f "kv_node"')).toEqual([]);
  });

  it('keeps a quoted pipe inside the pattern', () => {
    expect(sources('grep -E "a|b" f | grep "|"')).toEqual(['a|b', '\\|']);
  });
});

describe('grepToRegexSource', () => {
  it('gives patterns that match what grep matches', () => {
    const bre = new RegExp(grepToRegexSource('leader.*down\\|a\\{2\\}x', 'bre'), 'i');
    expect(['leader n1 is down', 'aax'].every((s) => bre.test(s))).toBe(true);
    expect(bre.test('ax')).toBe(false);
    expect(new RegExp(grepToRegexSource('1+1', 'bre')).test('1+1')).toBe(true);
  });
});
