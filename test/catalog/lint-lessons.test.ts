import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFinding, formatFindingMessage } from '../../src/findings/format-finding.js';
import { lintLessons } from '../../src/catalog/lint-lessons.js';

const root = join(import.meta.dirname, '../..');
const invalidDir = join(root, 'fixtures/lessons/invalid');
const expected = JSON.parse(readFileSync(join(invalidDir, 'expected.json'), 'utf8')) as Record<
  string,
  { code: string; severity: string; path?: string; line?: number }[]
>;

describe('lintLessons over fixtures/lessons/invalid', async () => {
  const result = await lintLessons({ dir: invalidDir });
  const byFile = new Map<string, typeof result.findings>();
  for (const finding of result.findings) {
    const name = basename(finding.file ?? '');
    byFile.set(name, [...(byFile.get(name) ?? []), finding]);
  }

  it.each(Object.entries(expected))('%s gets exactly its expected findings', (file, wanted) => {
    const got = (byFile.get(file) ?? []).map((f) => ({
      code: f.code,
      severity: f.severity,
      ...(f.path === undefined ? {} : { path: f.path }),
      ...(f.line === undefined ? {} : { line: f.line }),
    }));
    expect(got).toEqual(expect.arrayContaining(wanted));
    expect(got).toHaveLength(wanted.length);
  });

  // Found by an author's review: a renamed heading got the same "missing" warning as none at all, and no line.
  it('points a missing section at the heading that is probably it misnamed, and says which heading is missing elsewhere', () => {
    const [misnamed] = byFile.get('misnamed-verify-section.md') ?? [];
    expect(formatFindingMessage(misnamed!)).toBe('section "## Verify" is missing: expected it in the lesson body, found "## Verification" — did you mean "## Verify"?');
    const [absent] = byFile.get('no-verify-section.md') ?? [];
    expect(formatFindingMessage(absent!)).toBe('section "## Verify" is missing: expected it in the lesson body');
  });

  it('has an expectation for every fixture file, lesson or skipped note', () => {
    const skipped = result.findings.filter((f) => f.code === 'LESSON_FILE_SKIPPED').map((f) => basename(f.file!));
    expect(skipped).toEqual(['no-front-matter.md']);
    const files = [...result.files.map((f) => basename(f)), ...skipped].sort();
    expect(files).toEqual(Object.keys(expected).sort());
  });

  it('names the other file of a duplicate id', () => {
    const dup = byFile.get('duplicate-id-a.md')![0]!;
    expect(dup.args.otherFile).toBe('duplicate-id-b.md');
  });

  it('formats every finding as file:line: severity CODE path: message, never as a stack trace', () => {
    for (const finding of result.findings) {
      const line = formatFinding(finding);
      expect(line).toMatch(/^\S+\.md(:\d+(:\d+)?)?: (error|warning|info) [A-Z_]+ /);
      expect(line).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
    }
  });

  it('suggests the near-miss key', () => {
    expect(byFile.get('unknown-key.md')!.find((f) => f.code === 'LESSON_KEY_UNKNOWN')!.args.suggestion).toBe('regex_patterns');
  });

  it('checks each timing pattern for backtracking on its own: an invalid kill_pattern does not hide an exponential heartbeat_pattern', () => {
    expect(byFile.get('kill-pattern-invalid.md')!.map((f) => [f.code, f.path])).toEqual([
      ['LESSON_REGEX_INVALID', 'proof.timing.kill_pattern'],
      ['LESSON_REGEX_EXPONENTIAL', 'proof.timing.heartbeat_pattern'],
    ]);
  });

  it('names an empty list as such: "found an empty list", never "found " and nothing', () => {
    expect(formatFinding(byFile.get('empty-patterns.md')![0]!)).toMatch(/proof\.regex_patterns: expected a list with at least 1 item\(s\), found an empty list$/);
  });

  it('shows the column of a finding that has one (a YAML syntax error) as file:line:column, at the line to fix', () => {
    // `xp: [50` on line 6: js-yaml notices the unclosed list on line 7; the author has to fix line 6, column 5.
    const yaml = byFile.get('yaml-syntax.md')![0]!;
    expect(yaml.args.column).toBe(5);
    expect(formatFinding(yaml)).toMatch(/^\S+yaml-syntax\.md:6:5: error LESSON_YAML_INVALID /);
  });

  it('says what was expected and what was found for an ill-typed field', () => {
    const xp = byFile.get('xp-fifty.md')![0]!;
    expect(formatFinding(xp)).toContain('expected a number, found "fifty"');
  });
});

describe('lintLessons over the bundled lessons', () => {
  it('is clean: no errors and no warnings', async () => {
    const result = await lintLessons({ dir: join(root, 'lessons') });
    expect(result.findings.map(formatFinding)).toEqual([]);
    expect(result.lessons.map((l) => l.id)).toEqual(['w12-l03', 'w12-l04', 'w12-l05', 'w12-l06']);
  });
});
