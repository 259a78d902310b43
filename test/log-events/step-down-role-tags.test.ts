// A line whose words say its writer stops leading is no claim to lead, whatever role column it carries (adv42b F1): a
// node often logs the role it had before the change on the line that changes it (`| n1 | LEADER t2 | saw newer term 2,
// back to follower`), and a leader tag there made a paused and resumed leader "lead on" after SIGCONT.
import { describe, expect, it } from 'vitest';
import { classifyLineText } from '../../src/log-events/classify-line.js';
import { maskOf, w12AnyMatch as anyMatch, w12Patterns as patterns } from '../support/lesson-line-mask.js';

// The line's kind as a verdict reads it (the scan's mask), which must be the one without the mask.
function kindOf(text: string, ownNode: string): string {
  const plain = classifyLineText(text, patterns, { ownNode });
  expect(classifyLineText(text, patterns, { ownNode, mayMatch: maskOf(text), anyMatch }), text).toEqual(plain);
  return plain.kind;
}

describe('a step-down under a leader role column', () => {
  it.each([
    '2026/12/03 17:01:28.514 | n1 | LEADER t2 | saw newer term 2, back to follower',
    '2026/12/03 17:01:28.514 | n1 | LEADER t1 | saw newer term 2, back to follower',
    '2026/12/03 17:01:28.514 | n1 | LEADER t2 | saw a higher term (2), stepping down',
    '17:01:28.514 [n1] LEADER term=1 saw higher term 2 from n2',
    '17:01:28.514 [n1] LEADER term=1 reverting to follower (term 2)',
  ])('%s says it stops leading', (text) => {
    expect(kindOf(text, 'node1')).toBe('stepped-down');
  });

  // The role column still claims on a line that says nothing else.
  it.each(['2026/12/03 17:01:28.514 | n1 | LEADER t1 | heartbeat tick', '2026/12/03 17:01:28.154 | n1 | LEADER t1 | won the vote 2/3, I am LEADER now'])(
    '%s claims to lead',
    (text) => {
      expect(kindOf(text, 'node1')).toBe('became-leader');
    },
  );
});
