// The student path against a C node written the way the course's students write theirs
// (fixtures/nodes/c-student/kv_node.c): compiled here with gcc, printf with zone-less local stamps, block-buffered
// stdout unless --flush. A correct node passes; the same node unflushed gets the buffering advice; the broken
// node (followers never time out) fails naming the followers that logged no detection.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileNode, type CompiledNode } from '../../support/compiled-node.js';
import { describeRun } from '../../support/describe-run.js';

const source = join(import.meta.dirname, '../../../fixtures/nodes/c-student/kv_node.c');
let node: CompiledNode;

beforeAll(() => {
  // gcc is part of this machine kind (the course's students build with it); a missing compiler fails loudly here.
  node = compileNode('gcc', source, (binary) => ['-O2', '-Wall', '-Wextra', '-o', binary, source]);
  expect(node.buildStderr).toBe('');
});

afterAll(() => {
  node.remove();
});

const run = (extra: string, options?: Parameters<CompiledNode['run']>[1]) => node.run(extra, options);

describe('a C student node through --cluster', () => {
  it('passes when it flushes each line', async () => {
    const result = await run(' --flush');
    expect(result.problems, describeRun(result)).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.verdict?.passed).toBe(true);
  });

  it('gets the buffering advice (setvbuf / stdbuf -oL) when its stdout is block-buffered', async () => {
    const result = await run('');
    expect(result.passed).toBe(false);
    expect(result.problems.join('\n')).toMatch(/printed nothing in .*block-buffered/s);
    expect(result.problems.join('\n')).toMatch(/setvbuf|stdbuf -oL/);
  });

  // A TZ= inside the template, the harness in UTC: the clock finding used to come with a 19,800,001 ms "detection"
  // and an empty demo_step2.log.
  it('passes with TZ=Asia/Kolkata in the template while the harness runs in UTC, its times read in its zone', async () => {
    const saved = process.env.TZ;
    process.env.TZ = 'UTC';
    try {
      const result = await run('', { clusterCommand: `TZ=Asia/Kolkata ${node.binary} --id {id} --peers {peers} --port {port} --flush` });
      expect(result.problems, describeRun(result)).toEqual([]);
      expect(result.verdict?.passed).toBe(true);
      expect(result.notes.join('\n')).toMatch(/node1, node2, node3 write zone-less times 5 h 30 min ahead of the harness's clock/);
      const demo = readFileSync(result.demoLogFile!, 'utf8');
      expect(demo).toMatch(/^data\/node\d\/node\.log:\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} \[node\d\] /m);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  // SIGSTOP: no connection closes, so a follower notices only by its timer; the other follower usually grants the
  // first candidate's vote before its own fires and logs no detection (real Raft; 10/10 runs of this node). Fixed
  // timeouts make it certain here: node1 150 ms, node2 300 ms, node3 450 ms, so node3 is never the first leader,
  // the other follower times out first and node3 votes for it. The harness used to wait out the whole
  // --timeout-ms and say only "logged no detection".
  it('SIGSTOP: a follower that voted before its own timer fired is reported as following the new leader, without waiting out the timeout', async () => {
    const timeoutMs = 5000;
    const result = await run(' --flush --election-ms $(({id}*150))', { signal: 'SIGSTOP', timeoutMs });
    const [paused, candidate] = [result.leader!, [1, 2].find((id) => id !== result.leader)!];
    expect(paused, describeRun(result)).not.toBe(3);
    expect(result.passed).toBe(false);
    expect(result.problems.find((p) => p.startsWith('node3 ')), describeRun(result)).toMatch(
      new RegExp(
        `^node3 followed node${candidate} at \\+\\d+ ms without logging that node${paused} was gone \\(no heartbeat timeout or lost connection after the pause\\): ` +
          `it granted node${candidate}'s vote request before its own election timer fired.*The lesson asks both followers' logs to show they detected the dead leader`,
      ),
    );
    expect(result.detections.find((d) => d.node === 3)).toMatchObject({ via: null, followed: { leader: candidate } });
    expect(result.detections.find((d) => d.node === candidate)?.via).toBe('heartbeat');
    // It stopped waiting once node3 followed the new leader: the step did not run into its deadline (window + --timeout-ms).
    const detection = result.journal.steps.find((s) => s.kind === 'expect-detection')!;
    expect(detection.detail).toMatch(new RegExp(`node3 none \\(followed node${candidate} at \\+\\d+ ms\\)`));
    expect(detection.durationMs).toBeLessThan(timeoutMs);
  });

  it('fails naming the followers when they never time out', async () => {
    const result = await run(' --flush --no-timeout');
    expect(result.passed).toBe(false);
    expect(result.problems.join('\n')).toMatch(/logged no detection within \d+ ms of the kill/);
  });
});
