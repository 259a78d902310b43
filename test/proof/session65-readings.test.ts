// Session 65's readings, each on a small paste in the shape a blind set found misread (adv64, adv65).
import { describe, expect, it } from 'vitest';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson } from './helpers.js';
import { formatVerdictText } from '../../src/proof/format-verdict.js';

const lesson = loadLesson('w12-l03');
const check = (lines: string[]) => checkPaste(lesson, lines.join('\n'));
const followerMs = (verdict: ReturnType<typeof check>) => Object.fromEntries(verdict.measurements!.followers.map((f) => [f.node, f.detectionMs ?? f.status]));

describe("supervisord's `stop raft:kv1` over the followers' lines alone kills the node1 they follow (adv64j-38)", () => {
  const paste = (program: string) => [
    '$ date +%T.%3N; supervisorctl stop ' + program,
    '10:37:24.795',
    `${program}: stopped`,
    '',
    'node2 terminal (supervisorctl tail -f raft:kv2):',
    '2026-12-06 10:37:24,023 INFO kv_node node2 starting pid=27893 port=24401',
    '2026-12-06 10:37:24,226 INFO following leader node1 (term 1)',
    '2026-12-06 10:37:24,801 WARN connection to leader node1 lost (EOF)',
    '',
    'node3 terminal (supervisorctl tail -f raft:kv3):',
    '2026-12-06 10:37:24,098 INFO kv_node node3 starting pid=27894 port=24402',
    '2026-12-06 10:37:24,303 INFO following leader node1 (term 1)',
    '2026-12-06 10:37:25,042 WARN election timeout fired after 251 ms, becoming candidate (term 2)',
  ];

  it('kv1 is node1, the leader: both followers are timed from the kill', () => {
    const verdict = check(paste('raft:kv1'));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.leader).toBe('node1');
    expect(followerMs(verdict)).toEqual({ node2: 6, node3: 247 });
  });

  it('kv2 is node2, a follower: nothing to measure', () => {
    const verdict = check(paste('raft:kv2'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killedNode).toBe('node2');
    expect(verdict.measurements!.leader).not.toBe('node2');
  });
});

describe('nodes named by plain words that their start lines declare (adv64g-25/-30: `[10:31:25.592] bravo: …`)', () => {
  const paste = (head: (time: string, name: string, message: string) => string, declared: boolean) => [
    '$ date +%T.%3N; kill 7146',
    '10:31:25.489',
    head('10:31:23.729', 'alpha', `kv_node alpha starting pid=7146 port=21160${declared ? ' peers=bravo,charlie' : ''}`),
    head('10:31:24.414', 'alpha', 'won election with 2 votes, becoming leader (term 2)'),
    head('10:31:24.100', 'bravo', `kv_node bravo starting pid=7147 port=21161${declared ? ' peers=alpha,charlie' : ''}`),
    head('10:31:24.415', 'bravo', 'following leader alpha (term 2)'),
    head('10:31:25.592', 'bravo', 'connection to leader alpha lost (EOF)'),
    head('10:31:24.178', 'charlie', `kv_node charlie starting pid=7148 port=21162${declared ? ' peers=alpha,bravo' : ''}`),
    head('10:31:24.416', 'charlie', 'following leader alpha (term 2)'),
    head('10:31:25.750', 'charlie', 'heartbeat timeout: no message from leader alpha in 300ms'),
  ];
  const heads = {
    'a name and a colon': (t: string, n: string, m: string) => `[${t}] ${n}: ${m}`,
    'a bare name': (t: string, n: string, m: string) => `${t} ${n} ${m}`,
  };

  it.each(Object.entries(heads))('%s after the time names the writer: alpha led, both followers are timed', (_, head) => {
    const verdict = check(paste(head, true));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.leader).toBe('alpha');
    expect(followerMs(verdict)).toEqual({ bravo: 103, charlie: 261 });
  });

  it('without peers= lists a word there is the message\'s first word, no writer: nothing is timed', () => {
    const verdict = check(paste(heads['a name and a colon'], false));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.followers ?? []).toEqual([]);
  });
});

describe("the timing row of a paste whose kill has no time says nothing was measured (adv65f W1)", () => {
  it('no "0/2 followers detected": the followers did log their detections', () => {
    const verdict = check([
      'leader terminal:',
      '^C',
      'node2: 2026-12-06T12:40:01.103Z WARN connection to leader node1 lost (EOF)',
      'node3: 2026-12-06T12:40:01.104Z WARN connection to leader node1 lost (EOF)',
    ]);
    expect(verdict.passed).toBe(false);
    const text = formatVerdictText(verdict, { color: false });
    expect(text).toContain('✗ timing    not measured: no kill of the leader with a time (see below)');
    expect(text).not.toContain('0/2 followers detected');
  });
});
