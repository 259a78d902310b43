// A detection glued after a record cut by a buffered stdout's flush (fixtures/nodes/c-stdio-mixed/: a real C node's
// printf into > node.log 2>&1) is measured at its own time, not the cut record's: a false pass before.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson, ROOT } from './helpers.js';

const lesson = loadLesson('w12-l03');

describe('records glued after a cut one', () => {
  it('measures each follower at its glued detection, which is too slow: no pass', () => {
    const paste = [
      '2026-12-03 20:39:10.000 [node1] INFO  became leader (term 1)',
      '2026-12-03 20:39:10.950 [node2] INFO  heartbeat from leader node1 (term 1), election timer reset',
      '2026-12-03 20:39:10.950 [node3] INFO  heartbeat from leader node1 (term 1), election timer reset',
      '2026-12-03 20:39:11.000 [node1] INFO  received SIGTERM, shutting down',
      // Written 20 and 30 ms after the kill to stdout, cut at the flush; the stderr detections 400 and 380 ms after it.
      '2026-12-03 20:39:11.020 [node2] INFO  applied ind2026-12-03 20:39:11.400 [node2] WARN  connection to leader node1 lost: EOF',
      '2026-12-03 20:39:11.030 [node3] INFO  applied ind2026-12-03 20:39:11.380 [node3] WARN  connection to leader node1 lost: EOF',
      '',
    ].join('\n');
    const verdict = checkPaste(lesson, paste);
    expect(verdict.measurements?.followers.map((f) => [f.node, f.detectionMs, f.line])).toEqual([
      ['node2', 400, 5],
      ['node3', 380, 6],
    ]);
    expect(verdict.passed).toBe(false);
  });

  it('reads the real capture\'s glued EOF at its own time: at the kill, not 950 ms before it', () => {
    const verdict = checkPaste(lesson, readFileSync(`${ROOT}fixtures/nodes/c-stdio-mixed/full-buffer-flush.paste.log`, 'utf8'));
    expect(verdict.passed).toBe(true);
    const node2 = verdict.measurements!.followers.find((f) => f.node === 'node2')!;
    expect([node2.detectionMs, node2.line, node2.via]).toEqual([0, 108, 'connection']);
  });
});
