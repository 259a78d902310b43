// `verify-lesson <lesson-id>` in-process (src/cli/commands/scenario-command.ts through runCli): the real bundled
// cluster behind it, the CLI's output and files in front.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENCE_MARK } from '../../src/proof/reference-mark.js';
import { runCliCaptured } from '../cli/cli-harness.js';
import { childElements, parseXml } from '../formats/parse-xml.js';
import { pythonNode } from '../support/foreign-node.js';
import { childPids, fixture, root, useScenarioScratch } from '../support/processes.js';

const scratch = useScenarioScratch('scenario-cli-');

describe('verify-lesson <lesson-id> (scenario command)', () => {
  it('--cluster false (nodes that exit at once): the start step fails, saying they started and exited, not "✓ start"', async () => {
    const run = await runCliCaptured(['w12-l03', '--cluster', 'false'], { cwd: scratch.dir });
    expect(run.code).toBe(1);
    // The step list (stderr) and the summary (stdout).
    expect(run.stderr).not.toMatch(/✓ start/);
    expect(run.stderr).toMatch(/^ {2}✗ start 3 nodes \(\d+ ms\) {2}started, then node1 exited \(exit code 1\)/m);
    expect(run.stdout).toMatch(/^ {2}! started, then node1 exited \(exit code 1\)/m);
    const json = JSON.parse((await runCliCaptured(['w12-l03', '--cluster', 'false', '--json'], { cwd: scratch.dir })).stdout);
    expect(json.journal.steps.map((s: { kind: string; status: string }) => `${s.kind} ${s.status}`)).toEqual(['start error']);
    expect(json.journal.steps[0].detail).toMatch(/^started, then node1 exited \(exit code 1\)/);
    expect(childPids()).toEqual([]);
  });

  it('--json prints the run as JSON on stdout only and exits 0', async () => {
    const run = await runCliCaptured(['w12-l03', '--json', '--out', 'out/demo.log'], { cwd: scratch.dir });
    // One line on stderr says what runs for the seconds nothing else prints (no step list with --json).
    expect(run.stderr).toBe("verify-lesson: running w12-l03's scenario against the bundled kv_node cluster (a few seconds)…\n");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ lessonId: 'w12-l03', signal: 'SIGTERM', passed: true, problems: [], cluster: 'bundled', leader: 1, keysWritten: 20, keysReadBack: 20 });
    expect(result.demoLogFile).toBe(join(scratch.dir, 'out/demo.log'));
    expect(readFileSync(join(scratch.dir, 'out/demo.log'), 'utf8').split('\n')[0]).toBe(REFERENCE_MARK);
    expect(result.detections).toHaveLength(2);
    // Nodes by number and, beside each, by the label the verdict, the step list and pids use (node2, not 2).
    expect(result.leaderLabel).toBe(result.verdict.measurements.leader);
    expect(result.newLeaderLabel).toBe(`node${result.newLeader}`);
    expect(result.detections.map((d: { node: number; nodeLabel: string }) => d.nodeLabel)).toEqual(result.detections.map((d: { node: number }) => `node${d.node}`));
    expect(result.detections.map((d: { nodeLabel: string }) => d.nodeLabel).sort()).toEqual(result.verdict.measurements.followers.map((f: { node: string }) => f.node).sort());
    expect(result.timeline.labels).toEqual({ 1: 'node1', 2: 'node2', 3: 'node3' });
    expect(Object.keys(result.pids)).toEqual(['node1', 'node2', 'node3']);
    expect(childPids()).toEqual([]);
    expect(scratch.tmp.entries()).toEqual([]);
  });

  it('--format junit prints the verdict of demo_step2.log as JUnit XML for CI', async () => {
    const run = await runCliCaptured(['w12-l03', '--format', 'junit', '--out', 'demo.log'], { cwd: scratch.dir });
    expect(run.code).toBe(0);
    const xml = parseXml(run.stdout);
    expect(xml.name).toBe('testsuites');
    expect(run.stdout).not.toMatch(/<failure /);
    expect(childPids()).toEqual([]);
  });

  it('--report x.svg writes a well-formed SVG timeline of the run', async () => {
    const run = await runCliCaptured(['w12-l03', '--signal', 'kill', '--out', 'demo.log', '--report', 'reports/x.svg'], { cwd: scratch.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ PASSED  w12-l03 against the bundled kv_node cluster, SIGKILL');
    // The step list is the progress: no extra line.
    expect(run.stderr).not.toContain('verify-lesson: running');
    expect(run.stderr).toMatch(/^ {2}✓ start 3 kv_node processes/);
    expect(run.stderr.split('\n').filter((line) => line.includes('x.svg'))).toEqual([`wrote ${join(scratch.dir, 'reports/x.svg')}`]);
    const svg = parseXml(readFileSync(join(scratch.dir, 'reports/x.svg'), 'utf8'));
    expect(svg.name).toBe('svg');
    const texts = childElements(svg, 'text').map((t) => t.children.join(''));
    expect(texts).toContain('w12-l03: passed, SIGKILL to leader node1');
    expect(texts.filter((t) => /^node\d\*?$/.test(t))).toEqual(['node1*', 'node2', 'node3']);
    expect(childPids()).toEqual([]);
  });

  it('--trials 3 with --cluster and no --out: every trial writes ./demo_step2.log (a student cluster\'s, unmarked) again', async () => {
    const run = await runCliCaptured(['w12-l03', '--trials', '3', '--cluster', pythonNode('--flush')], { cwd: scratch.dir });
    expect(run.stderr).not.toContain('was not written by verify-lesson');
    // The whole output on failure: a trial that fails says why on its own line.
    expect(run.stderr.match(/trial \d\/3: ok {2}leader node\d {2}detection node\d \d+ ms, node\d \d+ ms {2}re-election \d+ ms/g), run.stderr).toHaveLength(3);
    expect(run.code).toBe(0);
    expect(readFileSync(join(scratch.dir, 'demo_step2.log'), 'utf8')).not.toContain(REFERENCE_MARK);
    expect(childPids()).toEqual([]);
  });

  it('--trials: a failed trial prints where its node logs and journal were kept', async () => {
    const fake = `node ${fixture('fake-node-no-detect.mjs')} --id {id} --peers {peers} --data-scratch.dir {data_dir}`;
    const run = await runCliCaptured(['w12-l03', '--trials', '2', '--timeout-ms', '1500', '--cluster', fake], { cwd: scratch.dir });
    expect(run.code).toBe(1);
    const kept = [...run.stderr.matchAll(/^ {4}logs kept in (\S+) \(data\/nodeN\/node\.log and output\.log; the run and its journal: verify-lesson-run\.json\)$/gm)].map((m) => m[1]!);
    expect(kept).toHaveLength(2);
    expect(new Set(kept).size).toBe(2);
    for (const workDir of kept) {
      expect(workDir.startsWith(scratch.tmp.dir)).toBe(true);
      expect(readFileSync(join(workDir, 'data/node1/node.log'), 'utf8')).toContain('starting, term 0');
      expect(JSON.parse(readFileSync(join(workDir, 'verify-lesson-run.json'), 'utf8'))).toMatchObject({ passed: false, keptWorkDir: true, workDir });
    }
    expect(childPids()).toEqual([]);
  });

  it('--trials: a trial whose demo log fails says why (its first error), and names a demo log outside the cwd by its absolute path', async () => {
    // Lines with no timestamps: the harness times them by its reads, checkPaste cannot, so only the demo log fails.
    const cwd = join(scratch.dir, 'here');
    mkdirSync(cwd);
    const out = join(scratch.dir, 'elsewhere', 'demo.log');
    const run = await runCliCaptured(['w12-l03', '--trials', '2', '--out', out, '--cluster', pythonNode('--flush --stamp none')], { cwd });
    expect(run.code).toBe(1);
    const failed = run.stderr.split('\n').filter((line) => /^ {2}trial \d\/2: FAILED/.test(line));
    expect(failed, run.stderr).toHaveLength(2);
    for (const line of failed) expect(line).toContain(`(checkPaste did not pass ${out}: `);
    expect(failed[0]).toMatch(/timestamp/);
    expect(run.stderr).not.toContain('../');
    expect(childPids()).toEqual([]);
  });

  it('--report on a run that stops before the kill: exit 1 as without --report, saying the report was not drawn', async () => {
    const run = await runCliCaptured(['w12-l03', '--cluster', 'false', '--report', 'run.html'], { cwd: scratch.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`verify-lesson: ${join(scratch.dir, 'run.html')} (--report) was not drawn: the run stopped before the kill, so there is no timeline to draw\n`);
    expect(existsSync(join(scratch.dir, 'run.html'))).toBe(false);
    expect(childPids()).toEqual([]);
  });

  it('--trials 2 --json prints the distributions', async () => {
    const run = await runCliCaptured(['w12-l03', '--trials', '2', '--json', '--out', 'demo.log'], { cwd: scratch.dir });
    expect(run.code).toBe(0);
    const stats = JSON.parse(run.stdout);
    expect(stats).toMatchObject({ trials: 2, failed: 0, problems: [] });
    // Per follower: two in each trial, all measured (the bundled nodes stamp microseconds).
    expect(stats.detectionMs).toMatchObject({ trials: 2, followers: 4, boundedTrials: 0, boundedFollowers: 0 });
    expect(stats.detectionMs.distribution.count).toBe(4);
    expect(stats.detectionMs.distribution.min).toBeLessThanOrEqual(stats.detectionMs.distribution.p50);
    expect(stats.detectionMs.distribution.p50).toBeLessThanOrEqual(stats.detectionMs.distribution.max);
    expect(stats.detectionReadMs.count).toBe(4);
    expect(stats.reelectionMs.count).toBe(2);
    expect(childPids()).toEqual([]);
  });

  // adv42b: a lesson's `signal: SIGKILL` was overridden by the CLI's own default --signal (SIGTERM): the run said
  // "SIGTERM to node1" and node1 logged its SIGTERM handler's line. Without --signal the step's signal is sent.
  it("sends a fault step's own `signal: SIGKILL` when no --signal is given (the node never runs its SIGTERM handler)", async () => {
    const lessons = join(scratch.dir, 'lessons');
    mkdirSync(lessons);
    const seed = readFileSync(join(root, 'lessons/w12-l03.md'), 'utf8');
    writeFileSync(join(lessons, 'w12-l93.md'), seed.replace('id: w12-l03', 'id: w12-l93').replace('signal: SIGTERM', 'signal: SIGKILL'));
    const run = await runCliCaptured(['w12-l93', '--lessons', lessons, '--json', '--workdir', 'work', '--out', 'demo.log'], { cwd: scratch.dir });
    const result = JSON.parse(run.stdout);
    expect(result.signal).toBe('SIGKILL');
    expect(result.journal.steps.find((s: { kind: string }) => s.kind === 'fault').detail).toMatch(/^SIGKILL to node1 \(pid \d+\)$/);
    // What node1 did: killed outright, it logged no "received SIGTERM" (the bundled kv_node's handler's line).
    const node1 = readFileSync(join(scratch.dir, 'work/data/node1/node.log'), 'utf8');
    expect(node1).toContain('now leader');
    expect(node1).not.toMatch(/received SIG/);
    expect(readFileSync(join(scratch.dir, 'demo.log'), 'utf8')).toMatch(/ harness INFO  killed leader node1 with SIGKILL \(kill -KILL \d+\)/);
    expect(run.code).toBe(0);
    expect(childPids()).toEqual([]);
  });

  it.each([
    [['--signal', 'SIGFOO'], 'verify-lesson: --signal: expected one of SIGTERM, SIGKILL, SIGSTOP, SIGINT, found "SIGFOO"'],
    [['--trials', '0'], 'verify-lesson: --trials: expected a whole number from 1 to 10000, found "0"'],
    [['--trials', '1.5'], 'verify-lesson: --trials: expected a whole number from 1 to 10000, found "1.5"'],
  ])('rejects %j with exit 2 and one clear line, starting no cluster', async (flags, message) => {
    const t0 = Date.now();
    const run = await runCliCaptured(['w12-l03', ...flags, '--out', 'demo.log'], { cwd: scratch.dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(message);
    // The only other line is the pointer to --help; no stack trace.
    expect(run.stderr).toBe(`${message}\nRun "verify-lesson --help" for usage.\n`);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(childPids()).toEqual([]);
  });
});
