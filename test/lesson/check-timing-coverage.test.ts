// lint's timing-coverage check on lesson strings: which evidence phrases the timing patterns must recognise.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFindingMessage } from '../../src/findings/format-finding.js';
import { checkTimingCoverage } from '../../src/lesson/check-timing-coverage.js';
import { parseLesson } from '../../src/lesson/parse-lesson.js';

const root = join(import.meta.dirname, '../..');

interface LessonParts {
  patterns: string[];
  timing?: Record<string, string> | null;
  verify?: string;
}

// A lesson file's text; the regex_patterns start on line 12, the Verify fence's first line is returned as verifyLine.
function lessonSource(parts: LessonParts): { source: string; verifyLine: number } {
  const timing =
    parts.timing === null
      ? []
      : ['  timing:', '    window_ms: 300', '    followers: 2', ...Object.entries(parts.timing ?? {}).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`)];
  const head = [
    '---',
    'id: t-lesson',
    'title: "T"',
    'xp: 10',
    'proof:',
    '  type: paste',
    '  instructions: "Paste the follower logs."',
    '  # the patterns follow',
    '',
    '',
    '  regex_patterns:',
    ...parts.patterns.map((p) => `    - ${JSON.stringify(p)}`),
    ...timing,
    '---',
    '# T',
    '',
    '## Task',
    '',
    'Kill the leader.',
    '',
    '## Verify',
    '',
    '```bash',
  ];
  const verifyLine = head.length + 1;
  const tail = [...(parts.verify ?? 'echo ok').split('\n'), '```', '', '## Done When', '', 'Done.', ''];
  return { source: [...head, ...tail].join('\n'), verifyLine };
}

function check(parts: LessonParts) {
  const { source, verifyLine } = lessonSource(parts);
  const parsed = parseLesson(source, 'lesson.md');
  if (!parsed.lesson) throw new Error(JSON.stringify(parsed.findings));
  return { findings: checkTimingCoverage(parsed.lesson, source), verifyLine };
}

describe('checkTimingCoverage', () => {
  it('is silent on the bundled lessons', () => {
    for (const id of ['w12-l03', 'w12-l04', 'w12-l05', 'w12-l06']) {
      const file = join(root, 'lessons', `${id}.md`);
      const source = readFileSync(file, 'utf8');
      const { lesson } = parseLesson(source, file);
      expect(checkTimingCoverage(lesson!, source), id).toEqual([]);
    }
  });

  it('warns when a pattern alternative offers a phrase as detection that the timing patterns miss (the issue: "heartbeat timed out")', () => {
    const { findings } = check({ patterns: ['heartbeat timeout|heartbeat timed out', 'kill'], timing: { heartbeat_pattern: 'heartbeat timeout' } });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'LESSON_TIMING_NARROWER',
      severity: 'warning',
      file: 'lesson.md',
      path: 'proof.regex_patterns[0]',
      line: 12,
      args: {
        phrase: 'heartbeat timed out',
        alternative: 'heartbeat timed out',
        role: 'detection',
        evidenceKind: 'regex_patterns',
        missedBy: ['heartbeat_pattern', 'connection_pattern'],
        reason: 'not-matched',
        defaults: ['connection_pattern'],
      },
    });
    expect(formatFindingMessage(findings[0]!)).toBe(
      'this pattern accepts "heartbeat timed out" (alternative "heartbeat timed out") as a follower\'s detection of the dead leader, but ' +
        'timing.heartbeat_pattern and timing.connection_pattern (the default) do not match it: a paste showing it passes this pattern and fails timing ' +
        '— widen the timing pattern or narrow the pattern',
    );
  });

  it('reads words joined by - or _ in the evidence as the timing phrase, as the matcher does (one definition of a word gap)', () => {
    const { findings } = check({
      patterns: ['Heartbeat-Timeout|heartbeat_timeout', 'kill'],
      timing: { heartbeat_pattern: 'heartbeat timeout' },
      verify: 'grep -E "Heartbeat-Timeout|connection lost" demo.log',
    });
    expect(findings).toEqual([]);
  });

  it('gives an alternative unrelated to any timing phrase the role of its siblings', () => {
    const { findings } = check({ patterns: ['no heartbeat|lost contact with (the )?leader'] });
    expect(findings.map((f) => [f.path, f.args.phrase, f.args.role])).toEqual([['proof.regex_patterns[0]', 'lost contact with leader', 'detection']]);
  });

  it('leaves topic words alone: a word that is only part of a timing phrase is no detection by itself', () => {
    const { findings } = check({
      patterns: ['timeout|timed out|no heartbeat', 'kill|SIGTERM|stopped|terminated'],
      verify: 'grep -i "timeout\\|heartbeat\\|election" data/node2/node.log',
    });
    expect(findings).toEqual([]);
  });

  it('warns on a Verify grep alternative with a gap the timing patterns do not cover, at the grep line', () => {
    const narrow = { heartbeat_pattern: 'heartbeat timeout|leader (is )?down' };
    const { findings, verifyLine } = check({
      patterns: ['heartbeat timeout'],
      timing: narrow,
      verify: '# detection\ngrep -i "timeout\\|leader.*down" data/node2/node.log',
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      path: 'Verify',
      line: verifyLine + 1,
      args: { alternative: 'leader.*down', evidence: 'timeout\\|leader.*down', evidenceKind: 'verify-grep', role: 'detection' },
    });
    expect(findings[0]!.args.phrase).toMatch(/^leader .+ down$/);
    expect(new RegExp(narrow.heartbeat_pattern, 'i').test(String(findings[0]!.args.phrase))).toBe(false);
    expect(formatFindingMessage(findings[0]!)).toContain('the Verify block greps for "timeout\\|leader.*down", which shows "leader');
  });

  it('does not apply the sibling rule to greps, which filter lines for a reader', () => {
    const { findings } = check({ patterns: ['no heartbeat'], verify: 'grep -E "no heartbeat|vote|candidate" data/node2/node.log' });
    expect(findings).toEqual([]);
  });

  it('ignores an inverted grep and greps outside the Verify section', () => {
    const { findings } = check({ patterns: ['no heartbeat'], timing: { heartbeat_pattern: 'no heartbeat' }, verify: 'grep -v "leader.*down" f' });
    expect(findings).toEqual([]);
  });

  it('checks kill phrases against the kill pattern', () => {
    const { findings } = check({ patterns: ['no heartbeat', 'received SIGTERM|shutting down|kill'], timing: { kill_pattern: 'received SIGTERM' } });
    expect(findings.map((f) => [f.path, f.line, f.args.phrase, f.args.role, f.args.missedBy])).toEqual([
      ['proof.regex_patterns[1]', 13, 'shutting down', 'kill', ['kill_pattern']],
      ['proof.regex_patterns[1]', 13, 'kill', 'kill', ['kill_pattern']],
    ]);
    expect(formatFindingMessage(findings[0]!)).toContain('as the kill, but timing.kill_pattern does not match it');
  });

  it('says when a timing pattern matches but the log-event model reads the line otherwise', () => {
    const { findings } = check({ patterns: ['heartbeat timeout reset'] });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.args).toMatchObject({ reason: 'read-otherwise', missedBy: ['connection_pattern'] });
    expect(formatFindingMessage(findings[0]!)).toContain('timing.heartbeat_pattern (the default) matches it, but the log-event model reads the line as');
  });

  it('has nothing to check in a lesson without timing (its verdict has no timing check to contradict)', () => {
    const { findings } = check({ patterns: ['no heartbeat|lost contact with leader'], timing: null, verify: 'grep "leader.*down" f' });
    expect(findings).toEqual([]);
  });

  it('accepts a lesson whose timing patterns cover its evidence', () => {
    const { findings } = check({
      patterns: ['heartbeat timeout|lost contact with leader', 'kill|SIGTERM'],
      timing: { heartbeat_pattern: 'heartbeat timeout|lost contact with (the )?leader|leader\\b[^;]{0,30}\\bdown\\b', kill_pattern: '\\bkill\\b|SIGTERM' },
      verify: 'grep -iE "heartbeat timeout|leader.*down" data/node2/node.log',
    });
    expect(findings).toEqual([]);
  });
});
