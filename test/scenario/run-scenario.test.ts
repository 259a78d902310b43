// The headless demo against the real bundled cluster (dist/bin/kv_node.js: `npm test` builds it first).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REFERENCE_MARK } from '../../src/proof/reference-mark.js';
import { runScenario } from '../../src/scenario/run-scenario.js';
import { CLOCK_TOLERANCE_MS } from '../../src/scenario/check-log-clock.js';
import type { FaultSignal, ScenarioResult, ScenarioStepEvent } from '../../src/scenario/scenario-types.js';
import { childPids, isAlive, killAll, loadLesson, ourKvNodes, usePrivateTmp, type PrivateTmp } from '../support/processes.js';

const lesson = loadLesson();

let tmp: PrivateTmp;
let outDir: string;
let started: number[];

beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'scenario-out-'));
  tmp = usePrivateTmp();
  started = [];
});

afterEach(() => {
  killAll([...started, ...ourKvNodes()]);
  tmp.restore();
  rmSync(outDir, { recursive: true, force: true });
});

// Every node process is gone, and nothing else this test process started is left running.
function expectNoProcessesLeft(result: ScenarioResult): void {
  const pids = Object.values(result.pids);
  started.push(...pids);
  expect(pids).toHaveLength(3);
  expect(pids.filter(isAlive)).toEqual([]);
  expect(ourKvNodes()).toEqual([]);
  expect(childPids()).toEqual([]);
}

function expectPassedRun(result: ScenarioResult, signal: FaultSignal, outFile: string, keys = 20): void {
  expect(result.problems).toEqual([]);
  expect(result.passed).toBe(true);
  expect(result.signal).toBe(signal);
  expect(result.cluster).toBe('bundled');
  expect(result.leader).toBe(1);
  expect(result.newLeader).not.toBeNull();
  expect(result.newLeader).not.toBe(result.leader);
  expect(result.reelectionMs).toBeGreaterThan(0);
  expect(result.keysWritten).toBe(keys);
  expect(result.keysReadBack).toBe(result.keysWritten);
  expect(result.verifyBlock?.passed).toBe(true);
  expect(result.verifyBlock?.output).toContain('leader process is dead');
  expect(result.verdict?.passed).toBe(true);
  expect(result.demoLogFile).toBe(outFile);
  const demo = readFileSync(outFile, 'utf8');
  expect(demo.split('\n')[0]).toBe(REFERENCE_MARK);
  expect(demo).toMatch(/^data\/node[23]\/node\.log:\d{4}-\d\d-\d\dT/m);
  expect(result.detections.map((d) => d.node).sort()).toEqual([1, 2, 3].filter((n) => n !== result.leader));
  for (const d of result.detections) {
    expect(d.fromLogMs).not.toBeNull();
    expect(d.fromHarnessMs).not.toBeNull();
    // One clock, two kill times: the log measures from the kill line (the node's own, or the harness's stamped at the
    // signal), the harness from its Date.now() at kill(); they differ by exactly how late that line was stamped
    // (a few ms, 33 under load 16), and the line is never stamped before the signal.
    const killLineLateMs = result.verdict!.measurements!.killAtMs! - result.killAtMs!;
    expect(d.fromHarnessMs! - d.fromLogMs!).toBeCloseTo(killLineLateMs, 2);
    expect(killLineLateMs).toBeGreaterThanOrEqual(-CLOCK_TOLERANCE_MS);
    expect(d.fromLogMs!).toBeLessThanOrEqual(lesson.proof.timing!.window_ms);
  }
  // Four clients through the fault; the history they recorded is linearizable (src/history).
  expect(result.history).toMatchObject({ clients: 4, keys: 3, linearizable: true, verdict: 'linearizable', failure: null });
  expect(result.history!.operations).toBeGreaterThanOrEqual(200);
  expect(result.history!.ok + result.history!.failed + result.history!.indeterminate).toBe(result.history!.operations);
  for (const kind of ['read', 'write', 'append'] as const) expect(result.history!.kinds[kind]).toBeGreaterThan(20);
  expect(result.timeline?.events.some((e) => e.kind === 'kill' && e.node === result.leader)).toBe(true);
  expect(result.timeline?.events.some((e) => e.kind === 'leader' && e.node === result.newLeader)).toBe(true);
  // The temp work dir is gone.
  expect(result.keptWorkDir).toBe(false);
  expect(existsSync(result.workDir)).toBe(false);
  expect(tmp.entries()).toEqual([]);
}

describe('runScenario against the bundled cluster', () => {
  it('SIGTERM: passes, detection by log and by harness clock agree, keys survive, Verify block passes', async () => {
    const outFile = join(outDir, 'nested', 'demo_step2.log');
    const steps: ScenarioStepEvent[] = [];
    const result = await runScenario(lesson, { outFile, onStep: (e) => steps.push(e) });
    expectPassedRun(result, 'SIGTERM', outFile);
    expect(result.detections.every((d) => d.via === 'connection' || d.via === 'heartbeat')).toBe(true);
    // The leader logged its own shutdown line: no harness line needed.
    expect(readFileSync(outFile, 'utf8')).toMatch(/^data\/node1\/node\.log:.*received SIGTERM/m);
    expect(readFileSync(outFile, 'utf8')).not.toContain(' harness ');
    const done = steps.filter((s) => s.status !== 'running');
    expect(done.map((s) => s.step)).toEqual([
      'start', 'wait-leader', 'start-clients', 'write', 'fault', 'expect-detection', 'expect-new-leader', 'expect-keys', 'expect-linearizable', 'run-verify', 'capture-log',
    ]);
    expect(done.map((s) => s.title)).toEqual([
      'start 3 kv_node processes', 'wait for the first leader', 'start 4 concurrent clients', 'write keys through the leader', 'kill the leader',
      'followers detect the dead leader', 'a new leader is elected', 'read every key back from the new leader', "check the clients' history is linearizable",
      "run the lesson's Verify block", 'judge demo_step2.log with checkPaste',
    ]);
    expect(result.journal.status).toBe('completed');
    expect(result.journal.steps.map((s) => s.status)).toEqual(Array(11).fill('succeeded'));
    expect(done.every((s) => s.status === 'done')).toBe(true);
    expect(done.find((s) => s.step === 'write')!.detail).toBe('20/20 keys acknowledged (40 writes)');
    expectNoProcessesLeft(result);
  });

  it("a process outside the run matching the Verify block's pgrep (another cluster, a student's other terminal): the run is judged on its own nodes and passes", async () => {
    // Matches `pgrep -f "kv_node.*--id N"` whichever node led (the block is retargeted to the leader). The block's
    // pgrep used to look at the whole machine, found it, and failed the run whatever its own leader did.
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', 'my-kv_node', '--id', '1', '--id', '2', '--id', '3'], { stdio: 'ignore' });
    started.push(other.pid!);
    const outFile = join(outDir, 'demo_step2.log');
    const result = await runScenario(lesson, { outFile });
    expect(isAlive(other.pid!)).toBe(true);
    const gone = new Promise((resolve) => other.once('exit', resolve));
    other.kill('SIGKILL');
    await gone;
    expectPassedRun(result, 'SIGTERM', outFile);
    expect(result.verifyBlock?.output).not.toMatch(new RegExp(`^${other.pid}$`, 'm'));
    expectNoProcessesLeft(result);
  });

  it('SIGKILL: passes with the harness kill line standing in for the leader', async () => {
    const outFile = join(outDir, 'demo_step2.log');
    const result = await runScenario(lesson, { signal: 'SIGKILL', outFile, keys: 5 });
    expectPassedRun(result, 'SIGKILL', outFile, 5);
    const lines = readFileSync(outFile, 'utf8').split('\n');
    expect(lines[1]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z harness INFO  killed leader node1 with SIGKILL \(kill -KILL \d+\)$/);
    expect(lines.some((l) => l.startsWith('data/node1/'))).toBe(false);
    expectNoProcessesLeft(result);
  });

  it('SIGSTOP: passes, detection comes from heartbeat timeouts, the frozen leader is killed afterwards', async () => {
    const outFile = join(outDir, 'demo_step2.log');
    const result = await runScenario(lesson, { signal: 'SIGSTOP', outFile });
    expectPassedRun(result, 'SIGSTOP', outFile);
    for (const d of result.detections) {
      expect(d.via).toBe('heartbeat');
      expect(d.fromLogMs!).toBeGreaterThanOrEqual(100);
      expect(d.heartbeatMs).toBe(d.fromHarnessMs);
    }
    // Requests to the frozen leader time out on the client: indeterminate operations the checker must allow for.
    expect(result.history!.indeterminate).toBeGreaterThan(0);
    expect(readFileSync(outFile, 'utf8').split('\n')[1]).toMatch(/ harness INFO  stopped leader node1 with SIGSTOP \(kill -STOP \d+\)$/);
    expectNoProcessesLeft(result);
  });

  it('keeps a given workDir with the node logs and the Verify script', async () => {
    const workDir = join(outDir, 'work');
    const result = await runScenario(lesson, { workDir, outFile: join(outDir, 'demo.log'), keys: 1 });
    expect(result.passed).toBe(true);
    expect(result.keptWorkDir).toBe(true);
    expect(result.workDir).toBe(workDir);
    for (const n of [1, 2, 3]) expect(existsSync(join(workDir, `data/node${n}/node.log`))).toBe(true);
    expect(readFileSync(join(workDir, 'data/node2/node.log'), 'utf8')).toMatch(/heartbeat timeout|connection to leader node1 lost/);
    expectNoProcessesLeft(result);
  });

  it('an abort mid-run rejects as interrupted, stops every node and removes the temp dir', async () => {
    const controller = new AbortController();
    let pids: number[] = [];
    const t0 = Date.now();
    const run = runScenario(lesson, {
      outFile: join(outDir, 'demo.log'),
      abortSignal: controller.signal,
      onStep: (e) => {
        if (e.step === 'start' && e.status === 'done') pids = [...e.detail!.matchAll(/pid (\d+)/g)].map((m) => Number(m[1]));
        if (e.step === 'expect-new-leader' && e.status === 'running') controller.abort();
      },
    });
    await expect(run).rejects.toThrow('interrupted');
    started.push(...pids);
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(pids).toHaveLength(3);
    expect(pids.filter(isAlive)).toEqual([]);
    expect(ourKvNodes()).toEqual([]);
    expect(childPids()).toEqual([]);
    expect(tmp.entries()).toEqual([]);
    expect(existsSync(join(outDir, 'demo.log'))).toBe(false);
  });

  it("refuses to overwrite a student's own demo_step2.log, and a work dir with an earlier run's data/", async () => {
    const own = join(outDir, 'demo_step2.log');
    writeFileSync(own, 'my own proof\n');
    await expect(runScenario(lesson, { cwd: outDir })).rejects.toThrow(/demo_step2\.log exists and was not written by verify-lesson/);
    expect(readFileSync(own, 'utf8')).toBe('my own proof\n');

    const workDir = join(outDir, 'kept');
    mkdirSync(join(workDir, 'data/node1'), { recursive: true });
    await expect(runScenario(lesson, { workDir, outFile: join(outDir, 'x.log') })).rejects.toThrow(/data\/ is not empty/);
    expect(childPids()).toEqual([]);
  });

  it('an abort before the start runs nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(runScenario(lesson, { abortSignal: controller.signal, outFile: join(outDir, 'demo.log') })).rejects.toThrow('interrupted');
    expect(childPids()).toEqual([]);
    expect(tmp.entries()).toEqual([]);
  });
});
