// A lesson whose fault is a pause (its kill_pattern counts SIGSTOP as the kill: the author's w12-l09, adv42b F1) is
// judged as a pause: a SIGSTOPped leader can neither handle the signal nor log until it is resumed, so its lines after
// the pause are its resume, not a leader that "handled SIGSTOP and went on running". The followers' detections while
// it was frozen count; a leader back leading before any follower noticed is the fail, said as a resume too soon.
import { describe, expect, it } from 'vitest';
import { addFindingMessages } from '../../src/proof/add-finding-messages.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson, makeLesson, problemCodes } from './helpers.js';

const PAUSE_LESSON = makeLesson({
  id: 'w12-l09',
  patterns: ['no heartbeat|heartbeat timeout|election timeout', 'SIGSTOP|SIGKILL|SIGTERM|SIGINT|killed|paused|frozen', 'became leader|won (the )?(election|vote)|I am LEADER'],
  timing: {
    window_ms: 600,
    followers: 2,
    kill_pattern: String.raw`\bSIG(STOP|KILL|TERM|INT)\b|\bkilled\b|\bpaused\b|\bfrozen\b`,
    heartbeat_pattern: 'heartbeat timeout|no heartbeat|election timeout|timed out',
    connection_pattern: 'connection (lost|closed|reset)|EOF|ECONNRESET',
  },
});

// The demo log verify-lesson wrote for adv42b's Java node (/work/team/adv42b/author/runs/v2-java-demo.log), node1's
// first line after SIGCONT replaced by `node1First`.
function demoLog(node1First: string): string {
  return [
    '# verify-lesson: demo log of your own cluster (--cluster), written by verify-lesson',
    '2026-12-03T17:01:28.214 harness INFO  stopped leader node1 with SIGSTOP (kill -STOP 30029)',
    `data/node1/node.log:2026/12/03 17:01:28.514 | n1 | ${node1First}`,
    'data/node1/node.log:2026/12/03 17:01:28.514 | n1 | FOLLOWER t2 | gave my vote to n2',
    'data/node1/node.log:2026/12/03 17:01:28.518 | n1 | FOLLOWER t2 | n2 is the leader now, following it',
    'data/node2/node.log:2026/12/03 17:01:28.462 | n2 | FOLLOWER t1 | no heartbeat from leader n1 for 232ms, election timeout -> candidate',
    'data/node2/node.log:2026/12/03 17:01:28.462 | n2 | CANDIDATE t2 | asking for votes',
    'data/node2/node.log:2026/12/03 17:01:28.509 | n2 | LEADER t2 | won the vote 2/3, I am LEADER now',
    'data/node3/node.log:2026/12/03 17:01:28.502 | n3 | FOLLOWER t2 | no heartbeat from leader n1 for 273ms, so voting for n2',
    'data/node3/node.log:2026/12/03 17:01:28.510 | n3 | FOLLOWER t2 | n2 is the leader now, following it',
  ].join('\n');
}

const detections = (paste: string): Record<string, number | null> => {
  const verdict = checkPaste(PAUSE_LESSON, paste);
  return Object.fromEntries((verdict.measurements?.followers ?? []).map((f) => [f.node, f.status === 'detected' ? (f.detectionMs ?? null) : null]));
};

describe('a paused leader, resumed after its followers noticed', () => {
  it.each([
    ['its role column still LEADER on the line it steps down', 'LEADER t2 | saw newer term 2, back to follower'],
    ['the old term in that column', 'LEADER t1 | saw newer term 2, back to follower'],
    ['its stale heartbeat tick first', 'LEADER t1 | heartbeat tick'],
    ['its follower tag', 'FOLLOWER t2 | saw newer term 2, back to follower'],
  ])('passes with %s', (_, node1First) => {
    const verdict = checkPaste(PAUSE_LESSON, demoLog(node1First));
    expect(problemCodes(verdict)).toEqual([]);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements).toMatchObject({ killLine: 2, leader: 'node1' });
    expect(detections(demoLog(node1First))).toEqual({ node2: 248, node3: 288 });
  });
});

describe('a paused leader back leading before any follower noticed', () => {
  const paste = [
    '2026-12-03T17:01:28.214 harness INFO  stopped leader node1 with SIGSTOP (kill -STOP 30029)',
    'data/node1/node.log:2026/12/03 17:01:28.264 | n1 | LEADER t1 | heartbeat tick',
    'data/node1/node.log:2026/12/03 17:01:28.314 | n1 | LEADER t1 | heartbeat tick',
    'data/node2/node.log:2026/12/03 17:01:28.100 | n2 | FOLLOWER t1 | n1 is the leader now, following it',
    'data/node3/node.log:2026/12/03 17:01:28.100 | n3 | FOLLOWER t1 | n1 is the leader now, following it',
  ].join('\n');

  it('fails as resumed too soon, never as a signal the node handled', () => {
    const verdict = addFindingMessages(checkPaste(PAUSE_LESSON, paste));
    expect(verdict.passed).toBe(false);
    const timing = verdict.checks.find((c) => c.id === 'timing')!;
    const first = timing.findings.find((f) => f.severity === 'error')!;
    expect(first).toMatchObject({ code: 'KILLED_LEADER_LED_AGAIN', args: { node: 'node1', killLine: 1, line: 2, afterMs: 50, paused: true } });
    expect(first.message).toContain('resumed');
    expect(JSON.stringify(verdict)).not.toContain('handled SIGSTOP');
  });
});

describe('which lesson a pause is the fault of', () => {
  const W12 = loadLesson('w12-l03');
  const harnessPaste = demoLog('FOLLOWER t2 | saw newer term 2, back to follower');

  // The harness's own line of `--signal SIGSTOP` is w12-l03's kill too (its pattern's "stopped"; real13's demo log):
  // judged as the pause it is, the resumed node1's lines after its followers noticed change nothing.
  it("is w12-l03's kill when its pattern reads the harness's SIGSTOP line, judged as a pause", () => {
    const verdict = checkPaste(W12, demoLog('LEADER t1 | heartbeat tick'));
    expect(verdict.checks.find((c) => c.id === 'timing')!.passed).toBe(true);
    expect(verdict.measurements).toMatchObject({ killLine: 2, leader: 'node1' });
  });

  it('is no kill for w12-l03 when the student types it: `kill -STOP` pauses', () => {
    const typed = harnessPaste.split('\n');
    typed.splice(1, 1, '$ date +%T.%3N; kill -STOP 30029', '17:01:28.214');
    const missing = checkPaste(W12, typed.join('\n')).checks.find((c) => c.id === 'timing')!.findings.find((f) => f.severity === 'error')!;
    expect(missing).toMatchObject({ code: 'KILL_LINE_MISSING', args: { pausedLine: 2 } });
  });

  it("is the kill of a pause lesson when the student types it: `date; kill -STOP <pid>`", () => {
    const typed = harnessPaste.split('\n');
    typed.splice(1, 1, '$ date +%T.%3N; kill -STOP 30029', '17:01:28.214');
    const verdict = checkPaste(PAUSE_LESSON, typed.join('\n'));
    // (The lesson's own pattern wants the word SIGSTOP, which `kill -STOP` does not write: only the timing is asked here.)
    expect(verdict.checks.find((c) => c.id === 'timing')!.passed).toBe(true);
    expect(verdict.measurements).toMatchObject({ killLine: 3, leader: 'node1' });
    expect(detections(typed.join('\n'))).toEqual({ node2: 248, node3: 288 });
  });
});
