// A student's cluster from a --cluster command template: the bundled node through a template, and fake nodes
// (fixtures/processes/fake-node-*.mjs) that misbehave. Every run must end on time with a clear verdict and
// leave no process behind.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REFERENCE_MARK } from '../../src/proof/reference-mark.js';
import { expandClusterCommand, startCommandCluster } from '../../src/cluster/command-cluster.js';
import { RUN_RECORD_FILE, runScenario } from '../../src/scenario/run-scenario.js';
import type { RunScenarioOptions, ScenarioResult } from '../../src/scenario/scenario-types.js';
import { describeRun } from '../support/describe-run.js';
import { waitFor } from '../support/wait-for.js';
import { childPids, fixture, isAlive, killAll, kvNodeScript, loadLesson, usePrivateTmp, type PrivateTmp } from '../support/processes.js';

const lesson = loadLesson();
const fake = (name: string, extra = ''): string => `node ${fixture(`fake-node-${name}.mjs`)} --id {id} --peers {peers} --data-dir {data_dir}${extra}`;
const CAP = 1024 * 1024;

let tmp: PrivateTmp;
let outDir: string;
let started: number[];

beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'scenario-cmd-'));
  tmp = usePrivateTmp();
  started = [];
});

afterEach(() => {
  killAll(started);
  tmp.restore();
  rmSync(outDir, { recursive: true, force: true });
});

async function run(clusterCommand: string, options: Partial<RunScenarioOptions> = {}): Promise<{ result: ScenarioResult; ms: number }> {
  const t0 = Date.now();
  const result = await runScenario(lesson, { clusterCommand, timeoutMs: 3000, outFile: join(outDir, 'demo_step2.log'), ...options });
  started.push(...Object.values(result.pids));
  return { result, ms: Date.now() - t0 };
}

function expectNoProcessesLeft(result: ScenarioResult): void {
  expect(Object.values(result.pids)).toHaveLength(3);
  expect(Object.values(result.pids).filter(isAlive)).toEqual([]);
  const left = childPids().map((pid) => `${pid} ${spawnSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim()}`);
  expect(left).toEqual([]);
}

describe('expandClusterCommand', () => {
  it('fills every placeholder and leaves other braces alone', () => {
    expect(
      expandClusterCommand('./kv --id {id} --peers {peers} --port {port} --client {client_port} --data {data_dir} {other}', {
        id: '2',
        peers: '1=127.0.0.1:7001,2=127.0.0.1:7002',
        port: '7002',
        client_port: '8002',
        data_dir: 'data/node2',
      }),
    ).toBe('./kv --id 2 --peers 1=127.0.0.1:7001,2=127.0.0.1:7002 --port 7002 --client 8002 --data data/node2 {other}');
  });
});

describe('runScenario with a --cluster command template', () => {
  it('passes with the bundled kv_node started through a template, each log line written once', async () => {
    const template = `node ${kvNodeScript} --id {id} --peers {peers} --client-port {client_port} --data-dir {data_dir}`;
    const { result } = await run(template, { workDir: join(outDir, 'work') });
    expect(result.problems, describeRun(result)).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.cluster).toBe('custom');
    expect(result.leader).not.toBeNull();
    expect(result.newLeader).not.toBe(result.leader);
    expect(result.keysWritten).toBe(0);
    expect(result.verifyBlock?.passed).toBe(true);
    expect(result.verdict?.passed).toBe(true);
    const demo = readFileSync(join(outDir, 'demo_step2.log'), 'utf8');
    expect(demo).not.toContain(REFERENCE_MARK);
    // The node writes node.log itself and echoes it to stdout: the harness must not append the echo again.
    for (const n of [1, 2, 3]) {
      const lines = readFileSync(join(outDir, 'work', `data/node${n}/node.log`), 'utf8').trimEnd().split('\n');
      expect(new Set(lines).size).toBe(lines.length);
    }
    const demoLines = demo.trimEnd().split('\n');
    expect(new Set(demoLines).size).toBe(demoLines.length);
    expectNoProcessesLeft(result);
  });

  it('kills the whole process group of a node started through a wrapper shell', async () => {
    // `; true` keeps sh from exec'ing node: the leader's pid is the wrapper's, the node is its child.
    const template = `sh -c "node ${kvNodeScript} --id {id} --peers {peers} --client-port {client_port} --data-dir {data_dir}; true"`;
    const { result } = await run(template);
    expect(result.problems, describeRun(result)).toEqual([]);
    expect(result.passed).toBe(true);
    expectNoProcessesLeft(result);
  });

  it('fails clearly when the followers never log a detection', async () => {
    const { result, ms } = await run(fake('no-detect'));
    expect(result.passed).toBe(false);
    expect(result.leader).toBe(1);
    expect(result.problems).toContain('node2 and node3 logged no detection within 3300 ms of the kill');
    expect(result.problems.some((p) => p.startsWith('no new leader: no node logged that it became leader within 3000 ms'))).toBe(true);
    expect(result.detections.map((d) => [d.node, d.fromLogMs, d.fromHarnessMs, d.via])).toEqual([
      [2, null, null, null],
      [3, null, null, null],
    ]);
    expect(result.verdict?.passed).toBe(false);
    expect(ms).toBeLessThan(20_000);
    // A failed run keeps its temp dir for the student: every node's log, and the run with its journal.
    expect(result.keptWorkDir).toBe(true);
    expect(result.workDir.startsWith(tmp.dir)).toBe(true);
    for (const n of [1, 2, 3]) expect(readFileSync(join(result.workDir, `data/node${n}/node.log`), 'utf8')).toMatch(/starting, term 0/);
    const record = JSON.parse(readFileSync(join(result.workDir, RUN_RECORD_FILE), 'utf8')) as ScenarioResult;
    expect(record.problems).toEqual(result.problems);
    expect(record.journal.steps.find((s) => s.kind === 'expect-detection')?.status).toBe('failed');
    expectNoProcessesLeft(result);
  });

  it('says a leader that ignored SIGTERM kept running, when its followers detect nothing', async () => {
    const { result } = await run(fake('no-detect', ' --ignore-sigterm'), { timeoutMs: 1000 });
    expect(result.passed).toBe(false);
    expect(result.problems.filter((p) => / was still running \d+ ms after SIGTERM: it did not act on the signal/.test(p))).toEqual([
      expect.stringMatching(/^node1 was still running \d+ ms after SIGTERM: it did not act on the signal, so it kept leading and its followers had nothing to detect/),
    ]);
    expect(result.problems).toContain('node2 and node3 logged no detection within 1300 ms of the kill');
    // Said once (adv42b 8): the Verify step neither says it again ("still running 5 s after SIGTERM") nor waits 5 s
    // more for the node to exit, and no new leader is waited for while the old one leads.
    expect(result.problems.filter((p) => /still running/.test(p))).toHaveLength(1);
    const step = (kind: string) => result.journal.steps.find((s) => s.kind === kind)!;
    expect(step('expect-new-leader')).toMatchObject({ status: 'succeeded', detail: 'not waited for: node1 still runs, it did not act on SIGTERM' });
    expect(step('expect-new-leader').durationMs).toBeLessThan(500);
    expect(step('run-verify').durationMs).toBeLessThan(2500);
    expectNoProcessesLeft(result);
  });

  it('with --leader, still waits for the cluster to elect before the kill', async () => {
    const steps: { step: string; status: string; ms?: number }[] = [];
    const { result } = await run(fake('no-detect'), { leader: 1, timeoutMs: 1000, onStep: (e) => steps.push(e) });
    expect(result.leader).toBe(1);
    // The fake node 1 says it won 100 ms after its start: the kill must not come before that line. Node 1 starts
    // first (the others once it printed or listens), so part of that wait is in the start step.
    const elect = steps.find((e) => e.step === 'wait-leader' && e.status === 'done')!;
    const start = steps.find((e) => e.step === 'start' && e.status === 'done')!;
    expect(start.ms! + elect.ms!).toBeGreaterThanOrEqual(50);
    expect(elect.ms).toBeLessThan(900);
    expect(result.passed).toBe(false);
    expect(result.problems[0]).toBe('node2 and node3 logged no detection within 1300 ms of the kill');
    expect(steps.find((e) => e.step === 'expect-detection' && e.status !== 'running')?.status).toBe('failed');
    expectNoProcessesLeft(result);
  });

  it('reads the leader from a `leader=N` line any node logs', async () => {
    const { result } = await run(fake('no-detect', ' --equals'), { timeoutMs: 1000 });
    expect(result.leader).toBe(1);
    expect(result.problems[0]).toBe('node2 and node3 logged no detection within 1300 ms of the kill');
    expectNoProcessesLeft(result);
  });

  it('fails at once, naming the exit code and the last output, when the nodes crash at start', async () => {
    const { result, ms } = await run(`node ${fixture('fake-node-crash.mjs')} --id {id}`);
    expect(result.passed).toBe(false);
    expect(result.leader).toBeNull();
    expect(result.problems).toHaveLength(1);
    // Seen by the start step when the node is gone by its check ("started, then node1 exited …"), else by the next step.
    // With several nodes gone, the quoted output says whose it is.
    expect(result.problems[0]).toMatch(/^(?:started, then )?node\d exited \(exit code 1\).*; (?:node\d's )?last output: "fatal: node\d cannot bind its port \(simulated crash\)"/);
    expect(result.logTails.node1?.join('\n') ?? '').toMatch(/fatal: node1 cannot bind|^$/);
    expect(ms).toBeLessThan(5000);
    expectNoProcessesLeft(result);
  });

  it('says the template runs in the work dir when a relative path in it is not found there', async () => {
    // What a student types first: `./my-node …` from their project dir.
    const { result } = await run('./my-node --id {id} --peers {peers}');
    expect(result.passed).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^(?:started, then )?node1 exited \(exit code 127\); last output: ".*not found".*; the template runs in the run's work dir \S+, not where you started verify-lesson: give the paths in it absolute \("\$PWD\/my-node …"\)$/);
  });

  it("says so too when the relative path is the script of an interpreter (node's module error, then its stack)", async () => {
    // `node my-node.js …` from the project dir: Node prints `Cannot find module '<work dir>/my-node.js'`, a stack and
    // its version; the not-found line is the one quoted.
    const { result } = await run('node my-node.js --id {id} --peers {peers}');
    expect(result.passed).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/exited \(exit code 1\); last output: "Error: Cannot find module '\S+\/my-node\.js'".*; the template runs in the run's work dir \S+, not where you started verify-lesson/);
    expectNoProcessesLeft(result);
  });

  it('fails when no node ever says it became leader', async () => {
    const { result, ms } = await run(fake('no-leader'));
    expect(result.passed).toBe(false);
    expect(result.problems).toEqual([
      'no node logged that it became leader within 3000 ms (looked for lines like "became leader", "won election", "I am the leader", or followers\' "leader is nodeN"; pass --leader N if yours says it differently)',
    ]);
    expect(result.logTails.node2?.some((l) => l.includes('still a follower'))).toBe(true);
    expect(ms).toBeLessThan(10_000);
    expectNoProcessesLeft(result);
  });

  it('names the port when the nodes listen on none of the ports they were given (adv42b 6), not the leader wording', async () => {
    const { result } = await run(fake('no-leader', ' --wrong-port'));
    expect(result.passed).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(
      /^no node logged that it became leader within 3000 ms: none of them listens on the port the harness gave it \(node1 \d+, node2 \d+, node3 \d+: its \{port\}, its own address in \{peers\}\), so its peers cannot reach it — listen on that port$/,
    );
    expectNoProcessesLeft(result);
  });

  it('caps a flooding node\'s output and still fails on time', async () => {
    const workDir = join(outDir, 'work');
    const { result, ms } = await run(fake('flood', ' --mb 12'), { workDir });
    expect(result.passed).toBe(false);
    expect(result.problems[0]).toMatch(/^no node logged that it became leader within 3000 ms/);
    expect(ms).toBeLessThan(20_000);
    for (const n of [1, 2, 3]) {
      const log = join(workDir, `data/node${n}/node.log`);
      const size = statSync(log).size;
      expect(size).toBeGreaterThanOrEqual(CAP);
      expect(size).toBeLessThanOrEqual(CAP + 200);
      expect(readFileSync(log, 'utf8').trimEnd().endsWith(`[verify-lesson: node${n} output capped at ${CAP} bytes]`)).toBe(true);
      expect(result.logTails[`node${n}`]!.length).toBeLessThanOrEqual(12);
    }
    expectNoProcessesLeft(result);
  });

  it('an abort while waiting for a leader ends the run at once and stops the nodes', async () => {
    const controller = new AbortController();
    let pids: number[] = [];
    const t0 = Date.now();
    const running = runScenario(lesson, {
      clusterCommand: fake('no-leader'),
      timeoutMs: 60_000,
      abortSignal: controller.signal,
      outFile: join(outDir, 'demo.log'),
      onStep: (e) => {
        if (e.step === 'start' && e.status === 'done') pids = [...e.detail!.matchAll(/pid (\d+)/g)].map((m) => Number(m[1]));
        if (e.step === 'wait-leader' && e.status === 'running') setTimeout(() => controller.abort(), 300);
      },
    });
    await expect(running).rejects.toThrow('interrupted');
    started.push(...pids);
    // Stopping takes a moment; waiting out the 60 s election timeout would not.
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(pids).toHaveLength(3);
    expect(pids.filter(isAlive)).toEqual([]);
    expect(childPids()).toEqual([]);
    expect(tmp.entries()).toEqual([]);
  });
});

describe('the fake nodes', () => {
  it('exit on their own when their parent dies', async () => {
    const dir = join(outDir, 'orphan');
    // A parent that starts a fake node (as the harness would) and prints its pid, then is SIGKILLed.
    const parent = spawn(
      process.execPath,
      [
        '-e',
        `const c = require('node:child_process').spawn(process.execPath, [${JSON.stringify(fixture('fake-node-no-leader.mjs'))}, '--id', '1', '--data-dir', ${JSON.stringify(dir)}], { stdio: 'ignore', detached: true }); console.log(c.pid); setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const childPid = await new Promise<number>((resolve) => parent.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))));
    started.push(childPid, parent.pid!);
    // Started means its log exists (a fixed sleep was too short on a loaded machine).
    await waitFor('the fake node to write its log', () => existsSync(join(dir, 'node.log')), 10_000);
    expect(isAlive(childPid)).toBe(true);
    parent.kill('SIGKILL');
    await waitFor('the orphaned fake node to exit', () => !isAlive(childPid), 5000, 50);
  });
});

describe('a student cluster when the harness dies', () => {
  it('is SIGKILLed by the watchdog even when the harness is SIGKILLed mid-run, and its temp dir removed', async () => {
    const marker = `orphan-check-${process.pid}-${Date.now()}`;
    const tmp = join(outDir, 'harness-tmp');
    mkdirSync(tmp);
    const command = `node ${fixture('forever-node.mjs')} ${marker} --id {id} --peers {peers}`;
    const harness = spawn(
      process.execPath,
      [fixture('scenario-harness.mjs'), join(import.meta.dirname, '../../dist/index.js'), join(import.meta.dirname, '../../lessons/w12-l03.md'), command],
      { cwd: outDir, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, TMPDIR: tmp } },
    );
    started.push(harness.pid!);
    await new Promise<void>((resolve, reject) => {
      harness.stdout.on('data', (d: Buffer) => d.toString().includes('started') && resolve());
      harness.once('exit', (code) => reject(new Error(`harness exited ${code} before the nodes started`)));
    });
    const nodes = (): number[] =>
      spawnSync('pgrep', ['-f', marker], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map(Number).filter((pid) => pid !== harness.pid);
    const pids = nodes();
    started.push(...pids);
    expect(pids.length).toBeGreaterThanOrEqual(3);
    expect(readdirSync(tmp)).toHaveLength(1);
    harness.kill('SIGKILL');
    const deadline = Date.now() + 5000;
    while (nodes().length > 0 && Date.now() < deadline) await delay(50);
    expect(nodes()).toEqual([]);
    expect(pids.filter(isAlive)).toEqual([]);
    while (readdirSync(tmp).length > 0 && Date.now() < deadline + 2000) await delay(50);
    expect(readdirSync(tmp)).toEqual([]);
  });
});

describe('startCommandCluster', () => {
  it('stops the nodes already started when a later one cannot be set up', async () => {
    const marker = `partial-start-${process.pid}-${Date.now()}`;
    const workDir = join(outDir, 'partial');
    mkdirSync(join(workDir, 'data'), { recursive: true });
    writeFileSync(join(workDir, 'data/node2'), 'a file where node2 needs its data directory');
    const nodes = (): string[] => spawnSync('pgrep', ['-f', marker], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    await expect(startCommandCluster({ workDir, command: `node ${fixture('forever-node.mjs')} ${marker} {id}`, nodes: 3 })).rejects.toThrow(/node2/);
    expect(nodes()).toEqual([]);
    expect(childPids()).toEqual([]);
  });
});
