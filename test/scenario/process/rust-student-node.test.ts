// The student path against a Rust node written by a helper who read only the README and the lesson
// (fixtures/nodes/rust-student/kv_node.rs, std only): compiled here with rustc, env_logger's line shape, `{:?}` of an
// Option for the leader (`leader=Some(1)`), read_exact's EOF text as its lost connection. Each case is a way this
// correct node was judged wrong before.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileNode, type CompiledNode } from '../../support/compiled-node.js';
import { describeRun } from '../../support/describe-run.js';

const source = join(import.meta.dirname, '../../../fixtures/nodes/rust-student/kv_node.rs');
let node: CompiledNode;

beforeAll(() => {
  // rustc is part of this machine kind; a missing compiler fails loudly here.
  node = compileNode('rustc', source, (binary) => ['-O', '--edition', '2021', '-o', binary, source]);
}, 60_000);

afterAll(() => {
  node.remove();
});

const run = (extra: string) => node.run(extra);

describe('a Rust student node through --cluster', () => {
  // `connection to leader=Some(1) lost: failed to fill whole buffer` ms after the kill was no detection (a false fail
  // quoting that very line); the follower that votes first logs no timeout, which the lesson's Verify grep needs.
  it("passes its paste on `connection to leader=Some(1) lost`, and a Verify failure names the lost connection it missed", async () => {
    const result = await run(' --stamp ms --name debug');
    expect(result.verdict?.passed, describeRun(result)).toBe(true);
    expect(result.detections.map((d) => d.via)).toEqual(['connection', 'connection']);
    expect(result.problems.filter((p) => !/showed the leader gone only by its lost connection \("\[\d{4}-\d\d-\d\dT[\d:.]+Z WARN  kv_node::raft\] connection to leader=Some\(\d\) lost/.test(p))).toEqual([]);
  });

  it("is told its whole-second stamps (env_logger's default) are too coarse for a 300 ms window", async () => {
    const result = await run(' --name n');
    expect(result.verdict?.passed).toBe(false);
    expect(result.problems.join('\n'), describeRun(result)).toMatch(/timestamps have 1 s resolution, too coarse for a 300 ms window/);
  });
});
