import { describe, expect, it } from 'vitest';
import { findHint, lessonHints } from '../../src/proof/find-hint.js';
import { loadLesson } from './helpers.js';

describe('hints', () => {
  const hints = lessonHints(loadLesson('w12-l03'));

  it("reads the bullets of the lesson's Hints section", () => {
    expect(hints).toHaveLength(6);
    expect(hints[0]).toBe('To find the leader PID: `ps aux | grep kv_node` or `pgrep kv_node`');
  });

  it('picks the bullet sharing the most keywords with what was expected', () => {
    expect(findHint(hints, ['timeout', 'timed out', 'no heartbeat'])).toMatch(/election timeout/);
    expect(findHint(hints, ['kill', 'SIGTERM', 'stopped', 'terminated'])).toMatch(/^SIGTERM is cleaner/);
    expect(findHint(hints, ['raft quorum'])).toBeUndefined();
    expect(lessonHints({ sections: [] })).toEqual([]);
  });
});
