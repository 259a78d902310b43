// src/lesson/locate-yaml-error.ts: a front-matter YAML error names the line to fix, not the line after it where
// js-yaml noticed (an over-indented first entry, a quote or `[` left open), with near misses where js-yaml's line is
// the one to fix.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateYamlError } from '../../src/lesson/locate-yaml-error.js';
import { parseLesson } from '../../src/lesson/parse-lesson.js';

const root = join(import.meta.dirname, '../..');
const seed = readFileSync(join(root, 'fixtures/lessons/valid/w12-l03-seed.md'), 'utf8').split('\n');

// The seed lesson with file line `n` (1-based) replaced.
const withLine = (n: number, text: string): string => seed.map((line, i) => (i === n - 1 ? text : line)).join('\n');
const yamlFinding = (source: string) => {
  const { findings } = parseLesson(source, 'x.md');
  expect(findings.map((f) => f.code)).toEqual(['LESSON_YAML_INVALID']);
  return { line: findings[0]!.line, column: findings[0]!.args.column, reason: findings[0]!.args.reason };
};

describe('the line of a front-matter YAML error', () => {
  it('an unquoted value holding ": " (a new user\'s title): says to quote it, at the second colon; a quoted one parses', () => {
    expect(yamlFinding(withLine(3, 'title: Demo step 2: kill the leader'))).toMatchObject({
      line: 3,
      column: 19,
      reason: 'the value of "title" holds ": ", which YAML reads as the start of another key: quote the whole value (title: "Demo step 2: kill the leader")',
    });
    expect(parseLesson(withLine(3, 'title: "Demo step 2: kill the leader"'), 'x.md').findings).toEqual([]);
    // A colon not followed by a space (a time, a URL) is plain text to YAML: no error to explain.
    expect(parseLesson(withLine(3, 'title: Demo at 12:30 via http://x'), 'x.md').findings).toEqual([]);
  });

  it('an over-indented first entry of a block: its own line (js-yaml blames the next entry)', () => {
    expect(yamlFinding(withLine(10, '     type: paste'))).toMatchObject({ line: 10, column: 6, reason: 'bad indentation of a mapping entry' });
    expect(yamlFinding(withLine(2, '  id: w12-l03'))).toMatchObject({ line: 2, column: 3 });
  });

  it('an under-indented first entry of a block: its own line', () => {
    expect(yamlFinding(withLine(10, ' type: paste'))).toMatchObject({ line: 10 });
    expect(yamlFinding(withLine(13, '   - "timeout|timed out|no heartbeat"'))).toMatchObject({ line: 13 });
  });

  it('near miss: a later entry indented off its block is the line js-yaml names, and stays so', () => {
    expect(yamlFinding(withLine(11, '   instructions: "Paste the follower log."'))).toMatchObject({ line: 11 });
    expect(yamlFinding(withLine(7, '   kind: lesson'))).toMatchObject({ line: 7, column: 8 });
  });

  it('a quote left open: the line it opened on, not the line where the next quote closed it', () => {
    // js-yaml's own reason describes line 11: the finding says what is wrong on line 7, then quotes it.
    expect(yamlFinding(withLine(7, 'kind: "lesson'))).toEqual({
      line: 7,
      column: 7,
      reason: 'the quote opened here is not closed on its line (bad indentation of a mapping entry, further down)',
    });
    // One quote too many ends the value early: the line itself.
    expect(yamlFinding(withLine(3, 'title: ""Demo step 2 — kill the leader"'))).toMatchObject({ line: 3, reason: expect.stringMatching(/^text after the value's closing quote \(/) });
  });

  it('a list left open: the line of its `[` (the invalid fixture yaml-syntax.md)', () => {
    expect(yamlFinding(withLine(6, 'xp: [50'))).toMatchObject({ line: 6, column: 5, reason: expect.stringMatching(/^the \[ opened here is not closed on its line \(/) });
  });

  it('a tab in the indentation: that line, said plainly', () => {
    expect(yamlFinding(withLine(11, '\tinstructions: "Paste the follower log."'))).toMatchObject({
      line: 11,
      column: 1,
      reason: 'a tab in the indentation (YAML indents with spaces only)',
    });
  });

  it('near miss: a duplicate key and a bad escape are where js-yaml says', () => {
    expect(yamlFinding(withLine(7, 'xp: 51'))).toMatchObject({ line: 7, column: 1, reason: 'duplicated mapping key' });
    expect(yamlFinding(withLine(7, 'kind: "\\q"'))).toMatchObject({ line: 7, reason: 'unknown escape sequence' });
  });

  it('keeps js-yaml\'s place when nothing above explains the error', () => {
    expect(locateYamlError(['a: 1', 'b: : 2'], { line: 2, column: 3 }, 'some reason')).toEqual({ index: 1, column: 3 });
  });

  // Every one-line slip in every bundled lesson's front matter (an entry indented one or three spaces more, one
  // less, a tab, a quote or a `[` opened after the colon) that js-yaml refuses is reported on the slipped line.
  // Before this rule 481 of these 1076 were reported on another line.
  it('names the slipped line for every one-line slip of the bundled lessons', () => {
    const slips: Record<string, (line: string) => string> = {
      'one more space': (l) => ` ${l}`,
      'three more spaces': (l) => `   ${l}`,
      'a tab': (l) => `\t${l}`,
      'one less space': (l) => l.replace(/^ /, ''),
      'a quote': (l) => l.replace(/: /, ': "'),
      'a bracket': (l) => l.replace(/: /, ': ['),
    };
    const wrong: string[] = [];
    let refused = 0;
    for (const id of ['w12-l03', 'w12-l04', 'w12-l05', 'w12-l06']) {
      const lines = readFileSync(join(root, `lessons/${id}.md`), 'utf8').split('\n');
      const close = lines.findIndex((l, i) => i > 0 && l === '---');
      for (let i = 1; i < close; i++) {
        if (lines[i]!.trim() === '' || lines[i]!.trim().startsWith('#')) continue;
        for (const [slip, apply] of Object.entries(slips)) {
          const slipped = apply(lines[i]!);
          if (slipped === lines[i]) continue;
          const finding = parseLesson(lines.map((l, j) => (j === i ? slipped : l)).join('\n'), `${id}.md`).findings.find((f) => f.code === 'LESSON_YAML_INVALID');
          if (!finding) continue;
          refused += 1;
          if (finding.line !== i + 1) wrong.push(`${id}.md line ${i + 1} (${slip}): reported on line ${finding.line}`);
        }
      }
    }
    expect(refused).toBeGreaterThan(1000);
    expect(wrong).toEqual([]);
  });
});
