import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLesson } from '../../src/lesson/parse-lesson.js';
import { dropCaptureGroups } from '../../src/log-events/drop-capture-groups.js';
import { widenWordGaps } from '../../src/proof/compile-pattern.js';

describe('dropCaptureGroups', () => {
  it.each([
    ['received SIG(TERM|INT|KILL)', 'received SIG(?:TERM|INT|KILL)'],
    ['connection (to (the )?leader )?(lost|closed)', 'connection (?:to (?:the )?leader )?(?:lost|closed)'],
    ['(?<sig>TERM|INT) x', '(?:TERM|INT) x'],
    ['(?:a)(?=b)(?!c)(?<=d)(?<!e)(f)', '(?:a)(?=b)(?!c)(?<=d)(?<!e)(?:f)'],
    ['[(]x\\(y\\)[^)(]', '[(]x\\(y\\)[^)(]'],
    ['[\\]()](z)', '[\\]()](?:z)'],
  ])('%s → %s', (source, expected) => {
    expect(dropCaptureGroups(source)).toBe(expected);
  });

  it.each(['(a)\\1', '(?<w>a)\\k<w>', '[\\1](a)'])('keeps the groups of %s (a backslash-digit or \\k<)', (source) => {
    expect(dropCaptureGroups(source)).toBe(source);
  });

  it("matches where and what the lesson's own patterns match, on any text", () => {
    const file = join(__dirname, '../../lessons/w12-l03.md');
    const { lesson } = parseLesson(readFileSync(file, 'utf8'), file);
    const timing = lesson!.proof.timing!;
    const sources = [...lesson!.proof.regex_patterns, timing.kill_pattern, timing.heartbeat_pattern, timing.connection_pattern].map(widenWordGaps);
    const words = ['connection to leader node1 lost', 'received SIGTERM', 'heartbeat timeout', 'EOF', 'no message from the leader', 'leader n1 is down', 'killed', ' ', '-', '_'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        for (const source of sources) {
          const [as, without] = [new RegExp(source, 'i'), new RegExp(dropCaptureGroups(source), 'i')];
          const [m, n] = [as.exec(text), without.exec(text)];
          expect(n?.index).toBe(m?.index);
          expect(n?.[0]).toBe(m?.[0]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
