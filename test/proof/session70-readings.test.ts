// Session 70's readings, each on a small paste in the shape a blind set found misread.
import { describe, expect, it } from 'vitest';
import { formatVerdictText } from '../../src/proof/format-verdict.js';
import { checkW12Lines as check, followerMs } from './helpers.js';

// The student's own account of a run, no node's log (adv67h-33/-34/-35): the kill row is their record, the detection
// rows are claims a grader cannot count.
describe("a typed sheet or list is the student's, not the nodes' log", () => {
  it('a bullet list whose items end with their time', () => {
    const verdict = check(['- killed node1 (leader) at 17:53:02.090', '- node2: heartbeat timeout at 17:53:02.332', '- node3: heartbeat timeout at 17:53:02.293']);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine).toBe(1);
    expect(followerMs(verdict)).toEqual({ node2: 'no-detection', node3: 'no-detection' });
  });

  it('while log lines pasted as bullets, each opening with its time, are read (the control)', () => {
    const verdict = check(['- 17:53:02.090 [node1] INFO received SIGTERM, shutting down', '- 17:53:02.332 [node2] WARN heartbeat timeout', '- 17:53:02.293 [node3] WARN heartbeat timeout']);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 242, node3: 203 });
  });

  it.each([
    ['CSV', ','],
    ['TSV', '\t'],
  ])('a %s sheet under a header naming an event column', (_, d) => {
    const rows = [['Node', 'Time', 'Event'], ['node1', '17:53:10.246', 'killed (kill -INT)'], ['node2', '17:53:10.466', 'heartbeat timeout'], ['node3', '17:53:10.527', 'heartbeat timeout']];
    const verdict = check(rows.map((r) => r.join(d)));
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({});
    const text = formatVerdictText(verdict, { color: false });
    // No logs are in the paste: the summary stands below none.
    expect(text).toContain("lines 3 and 4 restate node2's and node3's lines in your own summary, so they were not measured");
    expect(text).toContain("the paste holds no line of node2's own log: paste it");
  });

  it('a CSV of a program whose header names a message column, not an event, is its log (the control)', () => {
    const rows = ['time,node,level,message', '17:53:10.246,node1,INFO,received SIGTERM', '17:53:10.466,node2,WARN,heartbeat timeout', '17:53:10.527,node3,WARN,heartbeat timeout'];
    const verdict = check(rows);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 220, node3: 281 });
  });
});
