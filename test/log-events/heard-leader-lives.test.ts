// A follower receiving the leader's heartbeats or appends after a kill shows the leader alive (log-facts.ts findLedOn's
// findHeardFrom): adv41b's SIGHUP paste (probe a-words) whose leader logged only `sending heartbeats term 2`, naming
// no receiver, was told "node2 logged nothing after the kill" instead of "node1 was not killed".
import { describe, expect, it } from 'vitest';
import { classifyLineText } from '../../src/log-events/classify-line.js';
import { judgeKills, placeEventsOnClock, readLogText } from '../../src/log-events/index.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson } from '../proof/helpers.js';
import { maskOf, w12AnyMatch as anyMatch, w12Patterns as patterns } from '../support/lesson-line-mask.js';

const lesson = loadLesson('w12-l03');

const sighup = (followerLine: (node: string) => string, after: readonly string[] = []): string =>
  [
    '[16:25:00.101] [node1] became leader (term 2)',
    '[16:25:00.103] [node2] following leader node1 (term 2)',
    '[16:25:00.104] [node3] following leader node1 (term 2)',
    '$ date +%T.%3N; kill -HUP 4101',
    '16:25:04.000',
    '[16:25:04.001] [node1] received SIGHUP, reloading config',
    '[16:25:04.050] [node1] sending heartbeats term 2',
    `[16:25:04.051] [node2] ${followerLine('node2')}`,
    `[16:25:04.051] [node3] ${followerLine('node3')}`,
    ...after,
  ].join('\n');

const judge = (text: string) => {
  const { events } = readLogText(text, patterns);
  return judgeKills(events, placeEventsOnClock(events)).map((k) => ({ line: k.event.line + 1, ofLeader: k.ofLeader, ledOn: k.ledOn && k.ledOn.event.line + 1 }));
};

describe('heardFrom: traffic received from the leader, not a statement of whom the writer follows', () => {
  const meaningOf = (line: string) => {
    const filtered = classifyLineText(line, patterns, { ownNode: 'node2', mayMatch: maskOf(line), anyMatch });
    expect(classifyLineText(line, patterns, { ownNode: 'node2' }), line).toEqual(filtered);
    return filtered;
  };
  it.each([
    ['heartbeat from leader node1 (term 2)', 'node1'],
    ['AppendEntries from leader n1 ok', 'node1'],
    ['append_entries from node1 term=2 entries=0', 'node1'],
    ['heartbeat from node1 (term 2), election timeout reset', 'node1'],
  ])('marks %j', (line, leader) => {
    expect(meaningOf(line)).toMatchObject({ kind: 'follows-leader', leader, heardFrom: true });
  });
  it.each(['following leader node1 (term 2)', 'status: term=2 leader=node1 commit=41', 'new leader node1 elected'])('does not mark %j', (line) => {
    const meaning = meaningOf(line);
    expect(meaning).toMatchObject({ kind: 'follows-leader', leader: 'node1' });
    expect(meaning.heardFrom).toBeUndefined();
  });
});

describe('judgeKills: followers hearing from the leader after the kill show it led on', () => {
  it("takes node2's heartbeat from leader node1, 51 ms after a `kill -HUP`, as node1 leading on (adv41b a-words)", () => {
    expect(judge(sighup(() => 'heartbeat from leader node1 (term 2)'))).toEqual([{ line: 5, ofLeader: false, ledOn: 8 }]);
  });

  it("takes no follower's statement of whom it follows as leading on: a status line may be stale once the leader is gone", () => {
    expect(judge(sighup(() => 'status: term=2 leader=node1 commit=41'))).toEqual([{ line: 5, ofLeader: true, ledOn: undefined }]);
  });

  it('takes a heartbeat heard within SAME_KILL_MS of the kill as one sent before it (the signal on its way)', () => {
    const text = sighup(() => 'heartbeat from leader node1 (term 2)').replace(/\[16:25:04\.051\]/g, '[16:25:04.015]');
    expect(judge(text)).toEqual([{ line: 5, ofLeader: true, ledOn: undefined }]);
  });

  it('a heartbeat heard, then the followers losing node1, is a late death, not leading on', () => {
    const lost = ['[16:25:04.060] [node2] connection to leader node1 closed: EOF', '[16:25:04.061] [node3] connection to leader node1 closed: EOF'];
    expect(judge(sighup(() => 'heartbeat from leader node1 (term 2)', lost))).toEqual([{ line: 5, ofLeader: true, ledOn: undefined }]);
  });
});

describe('checkPaste: KILLED_NODE_LED_ON from the followers hearing the leader', () => {
  it('says node1 kept leading (not "as a member") after the SIGHUP, and no follower is blamed', () => {
    const verdict = checkPaste(lesson, sighup(() => 'heartbeat from leader node1 (term 2)'));
    expect(verdict.passed).toBe(false);
    const findings = verdict.checks.flatMap((c) => c.findings);
    const ledOn = findings.find((f) => f.code === 'KILLED_NODE_LED_ON')!;
    expect(ledOn.args).toMatchObject({ node: 'node1', killLine: 5, line: 8, afterMs: 51, signal: 'HUP' });
    expect(ledOn.args).not.toHaveProperty('asMember');
    expect(findings.map((f) => f.code)).not.toContain('FOLLOWER_NO_DETECTION');
  });
});
