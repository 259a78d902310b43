import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/lesson/parse-lesson.js';
import { DEFAULT_HEARTBEAT_PATTERN } from '../../src/lesson/schema.js';

const root = join(import.meta.dirname, '../..');
const seedSource = readFileSync(join(root, 'fixtures/lessons/valid/w12-l03-seed.md'), 'utf8');
const lessonSource = readFileSync(join(root, 'lessons/w12-l03.md'), 'utf8');

describe('parseLesson', () => {
  it('parses the seed lesson verbatim (no timing block is valid)', () => {
    const { lesson, findings } = parseLesson(seedSource, 'seed.md');
    expect(findings).toEqual([]);
    expect(lesson).toMatchObject({
      id: 'w12-l03',
      title: 'Demo step 2 — kill the leader',
      order: 3,
      duration_minutes: 20,
      xp: 50,
      kind: 'lesson',
      part: 'w12',
      file: 'seed.md',
      proof: { type: 'paste', regex_patterns: ['timeout|timed out|no heartbeat', 'kill|SIGTERM|stopped|terminated'] },
    });
    expect(lesson!.proof.timing).toBeUndefined();
  });

  it('keeps the bundled lesson text identical to the seed apart from the timing and scenario blocks and SIGINT', () => {
    // The one change to the seed's rules (README): its Task and Hints allow Ctrl+C (SIGINT), its kill pattern did not.
    const sigint = '    - "kill|SIGTERM|SIGINT|stopped|terminated"\n';
    expect(lessonSource).toContain(sigint);
    const withoutTiming = lessonSource
      .replace(/^ {2}# Machine-readable[^\n]*\n {2}timing:\n( {4}[^\n]*\n)+/m, '')
      .replace(/^# The demo as data[^\n]*\nscenario:\n( {2,}[^\n]*\n)+/m, '')
      .replace(sigint, '    - "kill|SIGTERM|stopped|terminated"\n');
    expect(withoutTiming).toBe(seedSource);
  });

  it('reads the timing block of the bundled lesson', () => {
    const { lesson } = parseLesson(lessonSource);
    expect(lesson!.proof.timing).toMatchObject({ window_ms: 300, followers: 2 });
    expect(new RegExp(lesson!.proof.timing!.connection_pattern, 'i').test('connection to leader node1 lost (EOF)')).toBe(true);
    expect(new RegExp(lesson!.proof.timing!.heartbeat_pattern, 'i').test('heartbeat timeout — no message from leader in 300ms')).toBe(true);
  });

  it('fills timing pattern defaults when only the numbers are given', () => {
    const source = seedSource.replace('    - "kill|SIGTERM|stopped|terminated"\n', '    - "kill|SIGTERM|stopped|terminated"\n  timing:\n    window_ms: 250\n    followers: 2\n');
    const { lesson, findings } = parseLesson(source);
    expect(findings).toEqual([]);
    expect(lesson!.proof.timing).toMatchObject({ window_ms: 250, heartbeat_pattern: DEFAULT_HEARTBEAT_PATTERN });
  });

  it('splits the body into its ## sections with file line numbers and code blocks', () => {
    const { lesson } = parseLesson(seedSource);
    expect(lesson!.sections.map((s) => s.slug)).toEqual(['concept', 'task', 'hints', 'verify', 'done-when']);
    const verify = lesson!.sections.find((s) => s.slug === 'verify')!;
    const lines = seedSource.split('\n');
    expect(lines[verify.line - 1]).toBe('## Verify');
    expect(verify.codeBlocks).toHaveLength(1);
    expect(verify.codeBlocks[0]!.lang).toBe('bash');
    expect(verify.codeBlocks[0]!.code).toContain('pgrep -f "kv_node.*--id 1" || echo "leader process is dead"');
    expect(lines[verify.codeBlocks[0]!.line - 1]).toBe('# Check that the leader process is gone');
    expect(lesson!.sections.find((s) => s.slug === 'hints')!.text).toContain('ps aux | grep kv_node');
  });

  it('does not treat "## " inside a code fence as a heading', () => {
    const source = seedSource.replace('# Check that the leader process is gone', '## not a heading');
    const { lesson } = parseLesson(source);
    expect(lesson!.sections.map((s) => s.slug)).toEqual(['concept', 'task', 'hints', 'verify', 'done-when']);
  });

  it("isolates callers: one caller's mutation never leaks into another parse (gray-matter caches by content)", () => {
    const first = parseLesson(seedSource).lesson!;
    (first.proof.regex_patterns as string[]).push('mutated');
    (first as { title: string }).title = 'changed';
    // A third party using gray-matter's cached path must not see or cause changes either.
    const shared = matter(seedSource);
    (shared.data as { xp: number }).xp = 0;
    const second = parseLesson(seedSource).lesson!;
    expect(second.title).toBe('Demo step 2 — kill the leader');
    expect(second.proof.regex_patterns).toHaveLength(2);
    expect(second.xp).toBe(50);
  });

  it('accepts CRLF line endings and a byte-order mark', () => {
    const { lesson, findings } = parseLesson(`\ufeff${seedSource.replace(/\n/g, '\r\n')}`);
    expect(findings).toEqual([]);
    expect(lesson!.id).toBe('w12-l03');
  });

  it('reports every invalid field at once, with file lines', () => {
    const source = seedSource.replace('xp: 50', 'xp: fifty').replace('order: 3', 'order: -1');
    const { lesson, findings } = parseLesson(source, 'x.md');
    expect(lesson).toBeUndefined();
    expect(findings.map((f) => [f.code, f.path, f.line])).toEqual([
      ['LESSON_FIELD_INVALID', 'order', 4],
      ['LESSON_FIELD_INVALID', 'xp', 6],
    ]);
  });

  it('reports the YAML error line in the file, not in the front-matter block', () => {
    const { findings } = parseLesson(seedSource.replace('kind: lesson', 'kind: lesson: bad'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'LESSON_YAML_INVALID', line: 7 });
  });

  it('refuses a valid timing pattern no engine can match in bounded time, naming why, at its line', () => {
    // One more gap alternative in front of the bundled connection pattern's 254 paths, beside its lookbehind.
    const source = lessonSource.replace('connection_pattern: "connection', 'connection_pattern: "socket\\\\b[^;]{0,24}\\\\bis\\\\b[^;]{0,24}\\\\bended|connection');
    expect(source).not.toBe(lessonSource);
    const { lesson, findings } = parseLesson(source, 'x.md');
    expect(lesson).toBeUndefined();
    expect(findings.map((f) => [f.code, f.path, f.line])).toEqual([['LESSON_REGEX_UNSAFE', 'proof.timing.connection_pattern', 21]]);
    expect(String(findings[0]!.args.reason)).toMatch(/^879 backtracking paths .* together with lookaround or a backreference$/);
    expect(parseLesson(lessonSource, 'x.md').findings).toEqual([]);
  });

  it('never throws on arbitrary text', () => {
    for (const text of ['', '---', '---\n---\n', '---\n: :\n---\n', '---\nid: [\n---', '\u0000\u0001', '---\nproof: 5\n---\n']) {
      const result = parseLesson(text);
      expect(result.lesson).toBeUndefined();
      expect(result.findings.length).toBeGreaterThan(0);
    }
  });
});
