// The advice in a killed follower's FOLLOWER_NO_DETECTION and in KILLED_LEADER_LED_AGAIN counts the followers the
// lesson asks for (timing.followers), not always "both": a 5-node lesson asks 4, a lesson may ask only 1.
import { describe, expect, it } from 'vitest';
import { formatFindingMessage } from '../../src/findings/format-finding.js';
import type { Finding, FindingCode } from '../../src/findings/finding.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { makeLesson, W12_TIMING } from './helpers.js';

const lessonAsking = (followers: number) => makeLesson({ timing: { ...W12_TIMING, followers } });
// Followers node2…node<n+1>: a cluster of n followers and its leader node1.
const followerIds = (n: number): number[] => Array.from({ length: n }, (_, k) => k + 2);

const findingOf = (code: FindingCode, followers: number, lines: string[]): Finding => {
  const verdict = checkPaste(lessonAsking(followers), lines.join('\n'));
  const finding = verdict.checks.flatMap((c) => c.findings).find((f) => f.code === code);
  if (finding === undefined) throw new Error(`no ${code} in ${JSON.stringify(verdict.checks.flatMap((c) => c.findings.map((f) => f.code)))}`);
  return finding;
};

// node3 ends 13 ms after the leader's kill (java39-late-end's paste), every other follower times out in time.
function killedLater(followers: number): string[] {
  return [
    '08:59:09.250 [node1] became leader for term 1',
    ...followerIds(Math.max(followers, 2)).map((id) => `08:59:09.240 [node${id}] following leader 1 (term 1)`),
    '08:59:09.287 [node1] received SIGTERM, shutting down',
    ...followerIds(Math.max(followers, 2)).filter((id) => id !== 3).map((id) => `08:59:09.444 [node${id}] leader 1 timed out after 181 ms, starting election for term 2`),
    '08:59:09.300 [node3] received SIGTERM, shutting down',
  ];
}

// One command ends the leader and node2 (`kill 4101 4102`): node2 was not running to notice.
function killedWithLeader(followers: number): string[] {
  const ids = followerIds(Math.max(followers, 2));
  return [
    '$ pgrep -af kv_node',
    '4101 ./kv_node --id 1 --port 7001',
    ...ids.map((id) => `${4100 + id} ./kv_node --id ${id} --port ${7000 + id}`),
    '$ kill 4101 4102; date +%T.%3N',
    '10:00:00.100',
    '10:00:00.051 [node1] heartbeat sent to followers (term 2)',
    '10:00:00.099 [node1] received SIGTERM, shutting down',
    '10:00:00.099 [node2] received SIGTERM, shutting down',
    '10:00:00.100 [node2] connection to leader node1 lost: EOF',
    ...ids.filter((id) => id !== 2).map((id) => `10:00:00.101 [node${id}] connection to leader node1 lost: EOF`),
  ];
}

// The killed leader leads again 50 ms later (test/proof/measure-detection.test.ts's adv40 W2 paste), with `restart`
// lines between.
function ledAgain(followers: number, restart: string[]): string[] {
  const ids = followerIds(Math.max(followers, 2));
  return [
    '2026-12-03T11:19:40.118Z node1 INFO  became leader (term 1)',
    ...ids.map((id) => `2026-12-03T11:19:40.120Z node${id} INFO  following leader node1 (term 1)`),
    '2026-12-03T11:20:08.123Z node1 INFO  received SIGTERM, shutting down',
    ...restart,
    `2026-12-03T11:20:08.173Z node1 DEBUG sent heartbeat to ${ids.map((id) => `node${id}`).join(', ')} (term 1)`,
    ...ids.map((id) => `2026-12-03T11:20:08.174Z node${id} DEBUG heartbeat from leader node1 (term 1), election timer reset`),
  ];
}

// A paused leader resumed and leading 50 ms later (pause-lesson.test.ts's paste).
function resumed(followers: number): string[] {
  const ids = followerIds(Math.max(followers, 2));
  return [
    '2026-12-03T17:01:28.214 harness INFO  stopped leader node1 with SIGSTOP (kill -STOP 30029)',
    'data/node1/node.log:2026/12/03 17:01:28.264 | n1 | LEADER t1 | heartbeat tick',
    ...ids.map((id) => `data/node${id}/node.log:2026/12/03 17:01:28.100 | n${id} | FOLLOWER t1 | n1 is the leader now, following it`),
  ];
}
const pauseLesson = (followers: number) =>
  makeLesson({ timing: { ...W12_TIMING, followers, kill_pattern: String.raw`\bSIG(STOP|KILL|TERM|INT)\b|\bkilled\b|\bpaused\b` } });

describe('FOLLOWER_NO_DETECTION of a follower killed too', () => {
  it.each([
    [1, 'kill only the leader and leave the other nodes running until a follower logs that it noticed'],
    [2, 'kill only the leader and leave both followers running until both log that they noticed'],
    [4, 'kill only the leader and leave the followers running until 4 of them log that they noticed'],
  ])('after the leader, for a lesson asking %i follower(s)', (followers, advice) => {
    const finding = findingOf('FOLLOWER_NO_DETECTION', followers, killedLater(followers));
    expect(finding.args).toMatchObject({ node: 'node3', followers });
    const message = formatFindingMessage(finding);
    expect(message).toContain("node3 was itself killed on line");
    expect(message.endsWith(` — ${advice}`), message).toBe(true);
  });

  it.each([
    [1, 'kill only the leader and leave the other nodes running'],
    [2, 'kill only the leader and leave both followers running'],
    [4, 'kill only the leader and leave the followers running'],
  ])('with the leader, for a lesson asking %i follower(s)', (followers, advice) => {
    const finding = findingOf('FOLLOWER_NO_DETECTION', followers, killedWithLeader(followers));
    expect(finding.args).toMatchObject({ node: 'node2', followers });
    const message = formatFindingMessage(finding);
    expect(message).toContain('node2 was itself killed on line');
    expect(message.endsWith(`so it was not running to notice the leader was gone: ${advice}`), message).toBe(true);
  });
});

describe('KILLED_LEADER_LED_AGAIN', () => {
  it.each([
    [1, 'a follower logs that it noticed'],
    [2, 'both followers log that they noticed'],
    [4, '4 followers log that they noticed'],
  ])('restarted, for a lesson asking %i follower(s)', (followers, noticed) => {
    const finding = findingOf('KILLED_LEADER_LED_AGAIN', followers, ledAgain(followers, ['2026-12-03T11:20:08.150Z node1 INFO  starting kv_node (term 1 restored)']));
    expect(finding.args).toMatchObject({ node: 'node1', followers });
    expect(formatFindingMessage(finding)).toContain(`keep the killed leader down until ${noticed} (systemctl stop, or no automatic restart)`);
  });

  it.each([
    [1, 'a follower logs that it noticed'],
    [2, 'both followers log that they noticed'],
    [4, '4 followers log that they noticed'],
  ])('resumed, for a lesson asking %i follower(s)', (followers, noticed) => {
    const verdict = checkPaste(pauseLesson(followers), resumed(followers).join('\n'));
    const finding = verdict.checks.flatMap((c) => c.findings).find((f) => f.code === 'KILLED_LEADER_LED_AGAIN')!;
    expect(finding.args).toMatchObject({ node: 'node1', paused: true, followers });
    expect(formatFindingMessage(finding).endsWith(`keep the leader paused until ${noticed}, then resume it`)).toBe(true);
  });
});
