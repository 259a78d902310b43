// src/cli/commands/scenario-command.ts in-process, where no cluster is needed: what it refuses before a run starts,
// and how it prints --trials statistics. (Runs against the real cluster: test/scenario/scenario-command.test.ts.)
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRunPicture, describeRunStart, formatDistribution, formatRun, formatTrialStatistics } from '../../../src/cli/commands/scenario-command.js';
import type { ScenarioResult } from '../../../src/scenario/scenario-types.js';
import { usePrivateTmp, type PrivateTmp } from '../../support/processes.js';
import { runCliCaptured } from '../cli-harness.js';

let dir: string;
let tmp: PrivateTmp;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vl-scenario-cli-'));
  writeFileSync(join(dir, 'notes'), '');
  tmp = usePrivateTmp();
});

afterEach(() => {
  tmp.restore();
  rmSync(dir, { recursive: true, force: true });
});

describe('files a scenario run writes are checked before it starts', () => {
  it.each([
    ['--out', ['--out', 'notes/demo.log'], 'notes/demo.log'],
    ['--report', ['--report', 'notes/run.svg'], 'notes/run.svg'],
  ])('%s under a file: exit 2 at once, naming the path and the OS reason; no cluster started', async (option, args, path) => {
    const run = await runCliCaptured(['w12-l03', ...args], { cwd: dir });
    expect(run.stderr).toBe(`verify-lesson: cannot write ${option} ${join(dir, path)}: ${join(dir, 'notes')} is not a directory (ENOTDIR)\n`);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(tmp.entries()).toEqual([]); // no work dir was made
  });

  it('--report with a name that is neither .svg nor .html: exit 2 at once, as --paste --report says it; no cluster started and no file written', async () => {
    const run = await runCliCaptured(['w12-l03', '--report', 'run.png'], { cwd: dir });
    expect(run.stderr).toBe(`verify-lesson: --report: expected a file ending in .svg or .html, found "${join(dir, 'run.png')}"\nRun "verify-lesson --help" for usage.\n`);
    expect(run.code).toBe(2);
    expect(tmp.entries()).toEqual([]);
    expect(existsSync(join(dir, 'run.png'))).toBe(false);
  });

  it.each([
    ['', 'an empty string'],
    ['   ', 'only spaces'],
  ])('--cluster %j (an unset variable): exit 2 at once, not a run of the bundled cluster in its place', async (template, found) => {
    const run = await runCliCaptured(['w12-l03', '--cluster', template], { cwd: dir });
    expect(run.stderr).toBe(`verify-lesson: --cluster: expected a command template such as "$PWD/my-node --id {id} --peers {peers} --port {port}", found ${found}\nRun "verify-lesson --help" for usage.\n`);
    expect(run.code).toBe(2);
    expect(tmp.entries()).toEqual([]);
  });

  it('the default demo_step2.log where a folder of that name stands: exit 2, with how to write elsewhere', async () => {
    mkdirSync(join(dir, 'demo_step2.log'));
    const run = await runCliCaptured(['w12-l03'], { cwd: dir });
    expect(run.stderr).toBe(`verify-lesson: cannot write the demo log ${join(dir, 'demo_step2.log')}: it is a directory (EISDIR) — pass --out FILE to write it elsewhere\n`);
    expect(run.code).toBe(2);
    expect(tmp.entries()).toEqual([]);
  });
});

describe('--trials statistics', () => {
  // Six trials of three nodes printed "detection (first) n=12": both followers of each, under a label that said neither.
  const trial = (detections: object[]): ScenarioResult =>
    ({ passed: false, reelectionMs: null, durationMs: 700, history: null, problems: [], detections: detections.map((d, i) => ({ node: i + 2, nodeLabel: `node${i + 2}`, ...d })) }) as unknown as ScenarioResult;

  it('counts detections per follower, over measurements only, and says how many trials had only a whole-second bound', () => {
    const results = [
      trial([{ ...fine, fromLogMs: 12, fromHarnessMs: 14, readMs: { afterMs: 10, byMs: 15 } }, { ...fine, fromLogMs: 20, fromHarnessMs: 21, readMs: { afterMs: 16, byMs: 22 } }]),
      trial([wholeSecond, wholeSecond]),
    ];
    const text = formatTrialStatistics(results, 'w12-l03', 'SIGTERM');
    expect(text).toContain('2 trials of w12-l03 with SIGTERM: 2 failed\n');
    expect(text).toMatch(/^ {2}detection per follower, log stamps +n=2 +min +12\.0 .* ms {2}\(1 of 2 trials \(2 of 4 followers\) had only a bound \(whole-second stamps\), not counted\)$/m);
    expect(text).toMatch(/^ {2}detection per follower, harness read +n=4 +min +8\.4 .* max +22\.0 {2}ms {2}\(found in the log by; the harness's reads at most 6\.0 ms apart\)$/m);
    expect(text).toMatch(/^ {2}heartbeat timeout per follower +no samples: 1 of 2 trials \(2 of 4 followers\) had only a bound \(whole-second stamps\)$/m);
    expect(text).toMatch(/^ {2}re-election per trial +no samples$/m);
    expect(text).not.toMatch(/n=4 .*log stamps|detection \(first\)/);
  });

  it('prints times in ms with a decimal and counts of operations as whole operations, not ms', () => {
    const distribution = { count: 3, min: 204, p50: 206, p95: 210, p99: 210, max: 210 };
    expect(formatDistribution('re-election', distribution)).toBe('  re-election            n=3    min   204.0  p50   206.0  p95   210.0  p99   210.0  max   210.0  ms');
    expect(formatDistribution('operations per history', distribution, 'operations')).toBe(
      '  operations per history n=3    min     204  p50     206  p95     210  p99     210  max     210  operations',
    );
  });
});

// A follower's detection as buildResult leaves it for ms stamps (figures from the stamps, no bounds).
const fine = { stampPrecisionMs: null, stampBoundsMs: null, readMs: { afterMs: 3.5, byMs: 9.5 }, via: 'connection' as const, heartbeatMs: null, heartbeatBoundsMs: null, heartbeatReadMs: null, followed: null };
// The same for whole-second stamps: the kill at .466 of the second every line is stamped with.
const wholeSecond = {
  ...fine, fromLogMs: null, fromHarnessMs: null, stampPrecisionMs: 1000, stampBoundsMs: { earliestMs: -466, latestMs: 534 },
  readMs: { afterMs: 3.2, byMs: 8.4 }, heartbeatBoundsMs: { earliestMs: -466, latestMs: 534 }, heartbeatReadMs: { afterMs: 270.1, byMs: 281 },
};

describe('formatRun', () => {
  // A run as buildResult leaves it: node `hit` faulted with SIGTERM, the others watched; node1 led first.
  const run = (hit: number, overrides: Partial<ScenarioResult> = {}): ScenarioResult =>
    ({
      lessonId: 'w12-l07', passed: true, cluster: 'bundled', fault: 'kill', signal: 'SIGTERM', durationMs: 2980,
      pids: { node1: 101, node2: 102, node3: 103 }, leader: 1, newLeader: null, reelectionMs: null,
      detections: [1, 2, 3].filter((id) => id !== hit).map((node) => ({ ...fine, node, nodeLabel: `node${node}`, fromLogMs: null, fromHarnessMs: 11 })),
      keysWritten: 0, keysReadBack: 0, keys: [], history: null, verifyBlock: null, demoLogFile: null, notes: [], problems: [],
      logTails: {}, workDir: '/tmp/x', keptWorkDir: false, ...overrides,
    }) as unknown as ScenarioResult;

  it('names a killed follower as such: the leader did not "detect the dead leader" (a lesson killing a follower said so)', () => {
    const text = formatRun(run(2), false);
    expect(text).toContain('  node1 detected the dead node2 via connection: n/a (log) / 11.0 ms (harness clock)');
    expect(text).not.toContain('dead leader');
  });

  it('times the heartbeat timeout from the signal, as the harness clock column, saying so (the verdict counts from the kill line)', () => {
    const text = formatRun(run(1, { detections: [{ ...fine, node: 2, nodeLabel: 'node2', fromLogMs: 15, fromHarnessMs: 44, heartbeatMs: 275 }] }), false);
    expect(text).toContain('  node2 detected the dead leader via connection: 15.0 ms (log) / 44.0 ms (harness clock), heartbeat timeout at 275.0 ms after the signal\n');
  });

  // Whole-second stamps: the "harness clock" figure was the log's own bound (534.0 ms (log) / 534.0 ms (harness clock)).
  it('with a whole-second stamp: what the harness clock measured (its reads of the file) and all the stamp says', () => {
    const text = formatRun(run(1, { detections: [{ ...wholeSecond, node: 2, nodeLabel: 'node2' }] }), false);
    expect(text).toContain(
      '  node2 detected the dead leader via connection: in its log between 3.2 and 8.4 ms after the signal (harness clock, from its reads of the file); ' +
        'its whole-second stamp says only from before the signal to 534 ms after it, heartbeat timeout in its log between 270.1 and 281.0 ms after the signal\n',
    );
    const later = formatRun(run(1, { detections: [{ ...wholeSecond, node: 2, nodeLabel: 'node2', stampBoundsMs: { earliestMs: 57, latestMs: 1057 }, heartbeatBoundsMs: null, heartbeatReadMs: null }] }), false);
    expect(later).toContain('its whole-second stamp says only 57 to 1057 ms after the signal\n');
  });

  // The --report picture of a failed run said only "verdict failed": none of the notes, problems or the advice the text prints.
  it("gives the run's picture its status in the title and the text's notes, problems and not to submit its log", () => {
    const verdict = { passed: true } as ScenarioResult['verdict'];
    const failed = run(1, { passed: false, verdict, demoLogFile: '/home/ana/demo_step2.log', notes: ['node2 never said whom it follows'], problems: ['node1 was still running 5 s after SIGTERM'] });
    const picture = describeRunPicture(failed);
    expect(picture.title).toBe("w12-l07: failed, SIGTERM to leader node1");
    expect(picture.remarks).toEqual([
      'note: node2 never said whom it follows',
      '! node1 was still running 5 s after SIGTERM',
      '✗ do not submit /home/ana/demo_step2.log: it passes checkPaste on its own, but the run that wrote it failed (see its problems above) — fix those and run again',
    ]);
    expect(picture.summary.slice(-3)).toEqual([
      ['note', 'node2 never said whom it follows'],
      ['problem', 'node1 was still running 5 s after SIGTERM'],
      ['✗', 'do not submit /home/ana/demo_step2.log: it passes checkPaste on its own, but the run that wrote it failed (see its problems above) — fix those and run again'],
    ]);
    expect(describeRunPicture(run(1, { passed: true, verdict })).remarks).toEqual([]);
  });

  it('keeps "the dead leader" when the leader was hit, and "the lost leader" for a partition', () => {
    expect(formatRun(run(1), false)).toContain('  node2 detected the dead leader via connection');
    expect(formatRun(run(1, { fault: 'partition' }), false)).toContain('  node3 detected the lost leader via connection');
  });

  it('says a failed node printed nothing rather than showing an empty log section', () => {
    const text = formatRun(run(1, { passed: false, problems: ['node1 exited (exit code 1)'], logTails: { node1: [], node2: ['a line'] } }), false);
    expect(text).toContain("  --- last lines of node1's log --- (empty: it printed nothing)\n  --- last lines of node2's log ---\n  a line\n");
  });
});

describe('--workdir is checked before a run starts', () => {
  it('a --workdir that is a file: exit 2 at once, one line naming it and the reason; no cluster started', async () => {
    const run = await runCliCaptured(['w12-l03', '--workdir', 'notes', '--out', 'demo.log'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`verify-lesson: cannot use --workdir ${join(dir, 'notes')}: ${join(dir, 'notes')} is not a directory (ENOTDIR)\n`);
  });
});

// A run without its step list (--json, --format junit, --trials) was silent for its seconds: one stderr line first.
describe('describeRunStart', () => {
  it('says what runs, against which cluster, and that it takes seconds (each, for trials)', () => {
    expect(describeRunStart('w12-l03', false, 1)).toBe("verify-lesson: running w12-l03's scenario against the bundled kv_node cluster (a few seconds)…");
    expect(describeRunStart('w12-l03', true, 20)).toBe("verify-lesson: running w12-l03's scenario against your cluster (--cluster), 20 trials (a few seconds each)…");
  });
});
