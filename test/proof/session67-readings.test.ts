// Session 67's readings, each on a small paste in the shape a blind set found misread (adv66, adv67).
import { describe, expect, it } from 'vitest';
import { checkW12Lines as check, followerMs } from './helpers.js';

describe('"connection terminated by leader node1" is the follower losing its connection, no kill of the follower (adv66e-11)', () => {
  const paste = (words: string) => [
    '$ date +%T.%3N; kill 7710',
    '15:22:46.222',
    '',
    '15:22:45.497 node2 INFO following leader node1 (term 1)',
    `15:22:46.225 node2 WARN ${words}`,
    '15:22:46.467 node2 WARN heartbeat timeout after 264 ms, starting election (term 2)',
    '',
    '15:22:45.497 node3 INFO following leader node1 (term 1)',
    `15:22:46.224 node3 WARN ${words}`,
    '15:22:46.492 node3 WARN heartbeat timeout after 289 ms, starting election (term 2)',
  ];

  it('times the kill of node1 and both heartbeat timeouts', () => {
    const verdict = check(paste('connection terminated by leader node1'));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node2: 245, node3: 270 });
  });

  it('a follower whose own line says it was terminated is still a kill of it', () => {
    const verdict = check(paste('terminated by signal SIGTERM'));
    expect(verdict.passed).toBe(false);
  });
});
