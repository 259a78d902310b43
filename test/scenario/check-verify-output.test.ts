import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/lesson/parse-lesson.js';
import { checkVerifyOutput, listVerifyExpectations } from '../../src/scenario/check-verify-output.js';

const lesson = parseLesson(readFileSync(join(import.meta.dirname, '../../lessons/w12-l03.md'), 'utf8')).lesson!;
const verifyCode = lesson.sections.find((s) => s.slug === 'verify')!.codeBlocks[0]!.code;
const node2 = '2026-11-26T19:30:01.120Z node2 INFO  heartbeat timeout — no message from leader node1 in 212ms\n';
const node3 = '2026-11-26T19:30:01.125Z node3 INFO  election timeout fired, becoming candidate (term 3)\n';
const files = { 'data/node2/node.log': node2, 'data/node3/node.log': node3 };

describe('the Verify block of w12-l03', () => {
  it('promises a dead leader and lines in node2 and node3 logs', () => {
    expect(listVerifyExpectations(verifyCode).map((e) => [e.kind, e.target])).toEqual([
      ['echo', 'leader process is dead'],
      ['grep', 'data/node2/node.log'],
      ['grep', 'data/node3/node.log'],
    ]);
  });

  it('passes when the output has the echo and lines from both logs', () => {
    const output = `leader process is dead\n${node2}${node3}`;
    expect(checkVerifyOutput(verifyCode, output, files).passed).toBe(true);
  });

  it('fails when pgrep still finds the leader', () => {
    const result = checkVerifyOutput(verifyCode, `4242\n${node2}${node3}`, files);
    expect(result.passed).toBe(false);
    expect(result.expectations[0]).toMatchObject({ met: false, detail: 'did not print "leader process is dead"' });
  });

  it('fails when a follower log has no matching line', () => {
    const result = checkVerifyOutput(verifyCode, `leader process is dead\n${node2}`, files);
    expect(result.passed).toBe(false);
    expect(result.expectations[2]).toMatchObject({ met: false, detail: '0 line(s) of data/node3/node.log found' });
  });
});
