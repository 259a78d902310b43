// Session 63's readings, each on a small paste in the shape a blind set found misread (adv62j, adv63a-h).
import { describe, expect, it } from 'vitest';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson } from './helpers.js';

const lesson = loadLesson('w12-l03');
const check = (lines: string[]) => checkPaste(lesson, lines.join('\n'));
const followerMs = (verdict: ReturnType<typeof check>) => Object.fromEntries(verdict.measurements!.followers.map((f) => [f.node, f.detectionMs ?? f.status]));

describe('a systemd template unit named by its instance (adv62j-44)', () => {
  const journal = (kill: string) => [
    `$ date +%T.%3N; sudo systemctl kill ${kill}`,
    '05:46:02.074',
    '$ journalctl -u kv@server-b -u kv@server-c -o short-iso-precise --no-pager',
    '2026-12-06T05:46:01.586000+00:00 lab kv_node[1559]: [server-b] INFO kv_node server-b starting on 127.0.0.1:29652 pid=1559',
    '2026-12-06T05:46:01.709000+00:00 lab kv_node[1559]: [server-b] INFO following leader server-a (term 3)',
    '2026-12-06T05:46:01.776000+00:00 lab kv_node[1920]: [server-c] INFO kv_node server-c starting on 127.0.0.1:29653 pid=1920',
    '2026-12-06T05:46:01.811000+00:00 lab kv_node[1920]: [server-c] INFO following leader server-a (term 3)',
    '2026-12-06T05:46:02.216000+00:00 lab kv_node[1559]: [server-b] WARN heartbeat timeout: no message from leader server-a in 151ms',
    '2026-12-06T05:46:02.216000+00:00 lab kv_node[1920]: [server-c] WARN heartbeat timeout: no message from leader server-a in 151ms',
  ];

  it('`systemctl kill kv@server-a` kills server-a, the leader the followers name; each process is named by its tag', () => {
    const verdict = check(journal('kv@server-a'));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.leader).toBe('server-a');
    expect(followerMs(verdict)).toEqual({ 'server-b': 142, 'server-c': 142 });
  });

  it('`systemctl kill kv@server-b.service` kills the follower server-b, not the leader', () => {
    const verdict = check(journal('kv@server-b.service'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killedNode).toBe('server-b');
  });

  it('a unit whose instance no line names stays the target as written (no leader killed)', () => {
    const verdict = check(journal('kv@server-z'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killedNode).not.toBe('server-a');
  });
});
