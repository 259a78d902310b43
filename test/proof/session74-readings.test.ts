// Session 74's readings, each on a small paste in the shape a blind set found misread, with a control.
import { describe, expect, it } from 'vitest';
import { formatVerdictText } from '../../src/proof/format-verdict.js';
import { checkW12Lines as check, followerMs } from './helpers.js';

// adv73e-04/-60: an echo loop typed over the shell's `> ` rows prints node-tagged timeout lines; node3's own log holds none.
const ECHO_LOOP_OVER_ROWS = [
  'student@lab:~/kv$ date +%T.%3N; kill 3835',
  '11:48:59.866',
  'student@lab:~/kv$ for n in 2 3; do',
  '> echo "$(date +%T.%3N) [node$n] heartbeat timeout detected"',
  '> done',
  '11:48:59.875 [node2] heartbeat timeout detected',
  '11:48:59.881 [node3] heartbeat timeout detected',
  'student@lab:~/kv$ tail -n 2 data/node2/node.log',
  '11:48:59.025 [node2] following leader node1 (term 2)',
  '11:49:00.060 [node2] heartbeat timeout: no heartbeat from leader node1 in 200 ms (term 2)',
];

describe('an echo loop typed over continuation rows', () => {
  it("prints the student's words, no node's lines: node3 shows no detection", () => {
    const verdict = check(ECHO_LOOP_OVER_ROWS);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 194, node3: 'no-detection' });
  });

  it('with `do echo` on the second row: the same', () => {
    const rows = ECHO_LOOP_OVER_ROWS.slice();
    rows.splice(2, 3, 'student@lab:~/kv$ for n in 2 3', '> do echo "$(date +%T.%3N) [node$n] heartbeat timeout detected"', '> done');
    expect(followerMs(check(rows))).toEqual({ node2: 194, node3: 'no-detection' });
  });

  it("a loop over the rows that tails each node's log prints their own lines (the control)", () => {
    const rows = [
      'student@lab:~/kv$ date +%T.%3N; kill 3835',
      '11:48:59.866',
      'student@lab:~/kv$ for n in 2 3; do',
      '> tail -n 1 data/node$n/node.log',
      '> done',
      '11:49:00.060 [node2] heartbeat timeout: no heartbeat from leader node1 in 200 ms (term 2)',
      '11:49:00.070 [node3] heartbeat timeout: no heartbeat from leader node1 in 200 ms (term 2)',
    ];
    const verdict = check(rows);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 194, node3: 204 });
  });
});

// adv68f-19/adv70c-49: `kill -STOP`, then `date; kill -9` of the same pid. A SIGKILL ends a stopped process at once
// (signal(7)), so its date times the kill; any other signal waits for a resume (adv65b-43).
const PAUSED_THEN_KILLED = [
  '$ date +%T.%3N; kill -STOP 20107',
  '02:29:25.464',
  '$ date +%T.%3N; kill -9 20107',
  '02:29:25.588',
  '02:29:24.635 [node2] kv_node node2 starting pid=20107',
  '02:29:24.930 [node2] became leader (term 1)',
  '02:29:25.600 [node1] missed 3 consecutive heartbeats from leader node2 (last one 151 ms ago)',
  '02:29:25.600 [node3] missed 3 consecutive heartbeats from leader node2 (last one 151 ms ago)',
  '02:29:25.688 [node3] heartbeat timeout: no message from leader node2 in 238 ms, becoming candidate (term 2)',
];

describe('a kill of a paused leader', () => {
  it('by SIGKILL is timed by its date', () => {
    const verdict = check(PAUSED_THEN_KILLED);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.killLine).toBe(4);
    expect(followerMs(verdict)).toEqual({ node1: 12, node3: 12 });
  });

  it('by SIGTERM times nothing, and the report says the pause is why, not that the time is unreadable (the control)', () => {
    const verdict = check(PAUSED_THEN_KILLED.map((line) => line.replace('kill -9 20107', 'kill 20107')));
    expect(verdict.passed).toBe(false);
    const text = formatVerdictText(verdict, { color: false });
    expect(text).toContain('line 3 shows the kill with a date, line 4 ("02:29:25.588"), but the process it signalled was paused first');
    expect(text).not.toContain('is no time the checker reads');
  });
});
