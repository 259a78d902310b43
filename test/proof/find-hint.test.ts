import { describe, expect, it } from 'vitest';
import { findHint, lessonHints } from '../../src/proof/find-hint.js';
import { loadLesson } from './helpers.js';

describe('hints', () => {
  const hints = lessonHints(loadLesson('w12-l03'));

  it("reads the bullets of the lesson's Hints section", () => {
    expect(hints).toHaveLength(6);
    expect(hints[0]).toBe('To find the leader PID: `ps aux | grep kv_node` or `pgrep kv_node`');
  });

  it('reads a lesson once: the same sections give the same bullets, other sections their own', () => {
    const lesson = loadLesson('w12-l03');
    expect(lessonHints(lesson)).toBe(lessonHints({ sections: lesson.sections }));
    const other = [{ ...lesson.sections[0]!, slug: 'hints', text: '- restart the follower\n- check the timeout' }];
    expect(lessonHints({ sections: other })).toEqual(['restart the follower', 'check the timeout']);
    expect(findHint(lessonHints({ sections: other }), ['timeout'])).toBe('check the timeout');
  });

  it('picks the bullet sharing the most keywords with what was expected', () => {
    expect(findHint(hints, ['timeout', 'timed out', 'no heartbeat'])).toMatch(/election timeout/);
    expect(findHint(hints, ['kill', 'SIGTERM', 'stopped', 'terminated'])).toMatch(/^SIGTERM is cleaner/);
    expect(findHint(hints, ['raft quorum'])).toBeUndefined();
    expect(lessonHints({ sections: [] })).toEqual([]);
  });

  it('of bullets sharing as many keywords, picks the one that fits what the paste shows (adv39: a Ctrl+C kill)', () => {
    const kill = ['kill', 'SIGTERM', 'SIGINT', 'stopped', 'terminated'];
    expect(findHint(hints, kill)).toMatch(/^SIGTERM is cleaner/);
    expect(findHint(hints, kill, /ctrl\+c|sigint/i)).toBe('If you use Ctrl+C, that sends SIGINT which is fine too');
    // It only breaks a tie: a bullet sharing fewer keywords is never picked for fitting.
    expect(findHint(hints, ['timeout', 'timed out', 'no heartbeat'], /ctrl\+c|sigint/i)).toMatch(/election timeout/);
  });
});
