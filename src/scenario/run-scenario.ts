import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { followLog, type LogFollower } from '../process/follow-log.js';
import { VerifyLessonError } from '../errors.js';
import { DEFAULT_CONNECTION_PATTERN, DEFAULT_HEARTBEAT_PATTERN } from '../log-events/default-patterns.js';
import type { Lesson } from '../lesson/types.js';
import { checkPaste } from '../proof/check-paste.js';
import { compilePattern, type CompiledPattern } from '../proof/compile-pattern.js';
import { REFERENCE_MARK } from '../proof/reference-mark.js';
import { checkVerifyOutput } from './check-verify-output.js';
import { composeDemoLog, type NodeLogSlice } from './compose-demo-log.js';
import { extractTimeline, type TimedLine } from './extract-timeline.js';
import { lineTimeMs } from '../proof/line-time.js';
import { runVerifyBlock } from './run-verify-block.js';
import { checkClientHistory } from './check-client-history.js';
import { startClientWorkload, type ClientWorkload } from './run-client-workload.js';
import { openScenarioCluster, type ScenarioCluster } from '../cluster/scenario-cluster.js';
import type { FaultSignal, FollowerDetection, RunScenarioOptions, ScenarioResult, ScenarioStepName } from './scenario-types.js';

export type { RunScenarioOptions, ScenarioResult } from './scenario-types.js';

const LOG_TAIL_LINES = 12;

const interrupted = (signal: AbortSignal): VerifyLessonError => new VerifyLessonError('SCENARIO_FAILED', 'interrupted', { cause: signal.reason });

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw interrupted(signal);
}

// Settles with `promise`, or rejects as interrupted as soon as `signal` aborts (the promise runs on, ignored).
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  promise.catch(() => {});
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(interrupted(signal));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([promise, aborted]).finally(() => signal.removeEventListener('abort', onAbort!));
}

function tailOf(path: string): string[] {
  try {
    const text = readFileSync(path, 'utf8').trimEnd();
    return text === '' ? [] : text.split('\n').slice(-LOG_TAIL_LINES);
  } catch {
    return [];
  }
}

/**
 * The lesson's demo, headless: start a real cluster, elect, write, kill the leader, watch the followers detect it,
 * re-elect, read back, run the lesson's Verify block, write demo_step2.log and judge it with checkPaste.
 * Every process and the temp dir are gone when it returns or throws.
 */
export async function runScenario(lesson: Lesson, options: RunScenarioOptions = {}): Promise<ScenarioResult> {
  const started = Date.now();
  const signal: FaultSignal = options.signal ?? 'SIGTERM';
  const timeoutMs = options.timeoutMs ?? 10_000;
  const keepWorkDir = options.workDir !== undefined;
  const cwd = options.cwd ?? process.cwd();
  const demoLogFile = resolve(cwd, options.outFile ?? 'demo_step2.log');
  // Checked before anything starts: a student's own demo_step2.log is never overwritten unasked, and a kept work
  // dir from an earlier run would resume its WAL (no fresh election of node 1) and mix its logs into this run's.
  if (options.outFile === undefined && existsSync(demoLogFile) && !readFileSync(demoLogFile, 'utf8').startsWith(REFERENCE_MARK)) {
    throw new VerifyLessonError('OUTPUT_EXISTS', `${demoLogFile} exists and is not verify-lesson's reference output (your own proof?): pass --out FILE to write elsewhere`);
  }
  const workDir = keepWorkDir ? resolve(cwd, options.workDir!) : mkdtempSync(join(tmpdir(), 'verify-lesson-'));
  if (keepWorkDir && existsSync(join(workDir, 'data')) && readdirSync(join(workDir, 'data')).length > 0) {
    throw new VerifyLessonError('OUTPUT_EXISTS', `--workdir ${workDir}: data/ is not empty (an earlier run?); remove it or choose an empty directory`);
  }
  mkdirSync(workDir, { recursive: true });
  const timing = lesson.proof.timing;
  // Through the verdict engine's compiler: a lesson pattern that backtracks badly cannot stall the detect loop.
  const compileTiming = (source: string): CompiledPattern => {
    const compiled = compilePattern(source);
    if (!compiled.ok) throw new VerifyLessonError('LESSON_INVALID', `${lesson.id}: timing pattern ${JSON.stringify(source)} cannot be used: ${compiled.message}`);
    return compiled.pattern;
  };
  const heartbeat = compileTiming(timing?.heartbeat_pattern ?? DEFAULT_HEARTBEAT_PATTERN);
  const connection = compileTiming(timing?.connection_pattern ?? DEFAULT_CONNECTION_PATTERN);
  const windowMs = timing?.window_ms ?? 300;
  const problems: string[] = [];
  const step = async <T>(name: ScenarioStepName, run: () => Promise<T>, detail?: (value: T) => string): Promise<T> => {
    throwIfAborted(options.abortSignal);
    const t0 = Date.now();
    const problemsBefore = problems.length;
    options.onStep?.({ step: name, status: 'running' });
    try {
      // Starting is awaited even when aborted (the cluster it resolves with must be stopped before we return), and so
      // is the Verify block (bounded, and its shell must not outlive the run); every other wait ends at the abort.
      const value = await (name === 'start' || name === 'verify-block' ? run() : unlessAborted(run(), options.abortSignal));
      // A step that noted a problem (no detection, no new leader) failed even though it ran to its end.
      const status = problems.length > problemsBefore ? 'failed' : 'done';
      options.onStep?.({ step: name, status, ms: Date.now() - t0, ...(detail ? { detail: detail(value) } : {}) });
      return value;
    } catch (error) {
      options.onStep?.({ step: name, status: 'failed', ms: Date.now() - t0, detail: (error as Error).message });
      throw error;
    }
  };

  let cluster: ScenarioCluster | undefined;
  let workload: ClientWorkload | undefined;
  const followers: LogFollower[] = [];
  const result: { -readonly [K in keyof ScenarioResult]: ScenarioResult[K] } = {
    lessonId: lesson.id,
    signal,
    passed: false,
    problems,
    cluster: options.clusterCommand ? 'custom' : 'bundled',
    workDir,
    keptWorkDir: keepWorkDir,
    demoLogFile: null,
    verdict: null,
    pids: {},
    leader: null,
    newLeader: null,
    killAtMs: null,
    detections: [],
    reelectionMs: null,
    keysWritten: 0,
    keysReadBack: 0,
    history: null,
    verifyBlock: null,
    timeline: null,
    durationMs: 0,
    logTails: {},
  };

  try {
    const opened = await step(
      'start',
      () => openScenarioCluster({ workDir, ...(options.clusterCommand ? { command: options.clusterCommand } : {}), ...(options.nodeArgs ? { nodeArgs: options.nodeArgs } : {}) }),
      (c) => c.nodeIds.map((id) => `node${id} pid ${c.pid(id)}`).join(', '),
    );
    cluster = opened;
    result.pids = Object.fromEntries(opened.nodeIds.flatMap((id) => (opened.pid(id) === undefined ? [] : [[`node${id}`, opened.pid(id)!]])));
    const leader = await step('elect', () => opened.waitForLeader({ timeoutMs, ...(options.leader ? { expected: options.leader } : {}) }), (id) => `leader node${id}`);
    result.leader = leader;
    if (opened.kind === 'bundled' && leader !== 1) problems.push(`the first leader was node${leader}, but the lesson's Verify block assumes node 1`);

    // Concurrent clients through the fault, on the kv API the bundled node speaks (issue 13).
    const clientUrls = new Map(opened.nodeIds.flatMap((id) => (opened.clientUrl(id) === undefined ? [] : [[id, opened.clientUrl(id)!] as const])));
    if ((options.historyClients ?? 4) > 0 && clientUrls.size === opened.nodeIds.length) {
      workload = startClientWorkload({ urls: clientUrls, leader, clients: options.historyClients ?? 4 });
    }
    const keys = opened.kind === 'bundled' ? (options.keys ?? 20) : 0;
    const written = await step('write', () => opened.writeKeys(keys), (n) => (opened.kind === 'bundled' ? `${n.length} keys acknowledged` : 'skipped (student cluster: no known client API)'));
    result.keysWritten = written.length;

    // Follow every log from its current end, so everything collected happened after this point.
    const collected = new Map<number, string[]>(opened.nodeIds.map((id) => [id, []]));
    for (const id of opened.nodeIds) {
      const follower = followLog(opened.logPath(id), (line) => collected.get(id)!.push(line), { fromEnd: true, intervalMs: 10_000 });
      followers.push(follower);
    }
    const pollLogs = (): void => followers.forEach((f) => f.poll());
    const survivors = opened.nodeIds.filter((id) => id !== leader);
    const leaderPid = opened.pid(leader);

    const killAtMs = await step('kill', async () => {
      const at = Date.now();
      opened.sendSignal(leader, signal);
      return at;
    }, () => `${signal} to node${leader} (pid ${leaderPid})`);
    result.killAtMs = killAtMs;

    const detectedAt = new Map<number, { atMs: number; via: 'heartbeat' | 'connection' }>();
    const heartbeatAt = new Map<number, number>();
    const scanned = new Map<number, number>(survivors.map((id) => [id, 0]));
    const scan = (): void => {
      pollLogs();
      for (const id of survivors) {
        const lines = collected.get(id)!;
        const from = scanned.get(id)!;
        scanned.set(id, lines.length);
        for (const line of lines.slice(from)) {
          const at = lineTimeMs(line);
          // A line stamped before the kill cannot be a reaction to it (same clock; 2 ms for rounding).
          if (at === undefined || at < killAtMs - 2) continue;
          const isHeartbeat = heartbeat.test(line);
          if (isHeartbeat && !heartbeatAt.has(id)) heartbeatAt.set(id, at);
          if (!detectedAt.has(id) && (isHeartbeat || connection.test(line))) detectedAt.set(id, { atMs: at, via: isHeartbeat ? 'heartbeat' : 'connection' });
        }
      }
    };
    await step('detect', async () => {
      const deadline = Date.now() + windowMs + timeoutMs;
      while (Date.now() < deadline) {
        throwIfAborted(options.abortSignal);
        scan();
        if (survivors.every((id) => detectedAt.has(id))) return;
        await delay(5);
      }
      const missing = survivors.filter((id) => !detectedAt.has(id)).map((id) => `node${id}`);
      problems.push(`${missing.join(' and ')} logged no detection within ${windowMs + timeoutMs} ms of the kill`);
    }, () => survivors.map((id) => `node${id} ${detectedAt.has(id) ? `+${(detectedAt.get(id)!.atMs - killAtMs).toFixed(0)} ms` : 'none'}`).join(', '));

    const newLeader = await step('reelect', async () => {
      try {
        return await opened.waitForLeader({ timeoutMs, exclude: leader });
      } catch (error) {
        problems.push(`no new leader: ${(error as Error).message}`);
        return null;
      }
    }, (id) => (id === null ? 'none' : `node${id}`));
    result.newLeader = newLeader;

    // Let the last lines of the election land, then freeze what the demo log shows.
    await delay(60);
    scan();
    followers.forEach((f) => f.stop());

    if (newLeader !== null) {
      const wonLine = (collected.get(newLeader) ?? []).find((line) => /won election|now leader|became leader/i.test(line));
      const wonAt = wonLine === undefined ? undefined : lineTimeMs(wonLine);
      result.reelectionMs = wonAt === undefined ? null : Math.round(wonAt - killAtMs);
      const readBack = await step('read-back', () => opened.readKeys(newLeader, written), (n) => (opened.kind === 'bundled' ? `${n}/${written.length} keys from node${newLeader}` : 'skipped'));
      result.keysReadBack = readBack;
      if (readBack < written.length) problems.push(`only ${readBack} of ${written.length} acknowledged keys read back from the new leader node${newLeader}`);
    }

    if (workload) {
      const running = workload;
      const history = await step('history', () => checkClientHistory(running, { minOps: options.historyMinOps ?? 200, timeoutMs, workDir }), (h) =>
        `${h.operations} operations by ${h.clients} clients (${h.indeterminate} indeterminate): ${h.verdict}`);
      workload = undefined;
      result.history = history;
      if (history.linearizable === false) problems.push(`the clients' history is not linearizable: on key ${JSON.stringify(history.failure!.key)}, ${history.failure!.culprit} cannot follow its longest linearizable prefix (${history.failure!.prefix} of ${history.failure!.operations} operations)`);
      if (history.linearizable === null) problems.push(`the clients' history could not be checked: unknown: gave up after ${Math.round(history.checkMs)} ms`);
      if (history.operations < (options.historyMinOps ?? 200)) problems.push(`the clients completed only ${history.operations} operations, fewer than ${options.historyMinOps ?? 200}`);
    }

    // The Verify block expects a dead leader: a frozen (SIGSTOP) one is killed first, a signalled one has exited.
    if (signal === 'SIGSTOP') opened.sendSignal(leader, 'SIGKILL');
    const leaderGone = await opened.waitExited(leader, 5000);
    if (!leaderGone) problems.push(`node${leader} was still running 5 s after ${signal}`);
    const verifyCode = lesson.sections.find((s) => s.slug === 'verify')?.codeBlocks.find((b) => b.lang === '' || /^(ba|z)?sh$/.test(b.lang))?.code;
    if (verifyCode !== undefined) {
      const run = await step('verify-block', () => runVerifyBlock(verifyCode, workDir), (r) => `exit ${r.exitCode}${r.timedOut ? ' (timed out)' : ''}`);
      const files: Record<string, string> = {};
      for (const id of opened.nodeIds) {
        const rel = relative(workDir, opened.logPath(id));
        if (existsSync(opened.logPath(id))) files[rel] = readFileSync(opened.logPath(id), 'utf8');
      }
      const check = checkVerifyOutput(verifyCode, run.output, files);
      result.verifyBlock = { ...check, exitCode: run.exitCode, output: run.output };
      if (!check.passed) {
        const unmet = check.expectations.filter((e) => !e.met).map((e) => `line ${e.line}: ${e.detail}`);
        problems.push(`lesson defect? its Verify block failed against the reference cluster (${unmet.join('; ')})`);
      }
    }

    const slices: NodeLogSlice[] = [leader, ...survivors].map((id) => ({
      node: id,
      relativePath: relative(workDir, opened.logPath(id)),
      lines: collected.get(id) ?? [],
    }));
    const harnessKillLine =
      signal === 'SIGTERM' || signal === 'SIGINT'
        ? undefined
        : `${new Date(killAtMs).toISOString()} harness INFO  ${signal === 'SIGSTOP' ? 'stopped' : 'killed'} leader node${leader} with ${signal} (kill -${signal.slice(3)} ${leaderPid})`;
    const demoLog = composeDemoLog(slices, { reference: opened.kind === 'bundled', ...(harnessKillLine ? { harnessKillLine } : {}) });
    mkdirSync(dirname(demoLogFile), { recursive: true });
    writeFileSync(demoLogFile, demoLog);
    result.demoLogFile = demoLogFile;

    const verdict = await step('judge', async () => checkPaste(lesson, demoLog), (v) => (v.passed ? 'passed' : 'not passed'));
    result.verdict = verdict;
    if (!verdict.passed) problems.push(`checkPaste did not pass demo_step2.log`);

    const fromLog = new Map((verdict.measurements?.followers ?? []).map((f) => [f.node, f]));
    result.detections = survivors.map((id): FollowerDetection => {
      const logged = fromLog.get(`node${id}`);
      const harness = detectedAt.get(id);
      return {
        node: id,
        fromLogMs: logged?.detectionMs ?? null,
        fromHarnessMs: harness ? Math.round((harness.atMs - killAtMs) * 1000) / 1000 : null,
        via: harness?.via ?? null,
        heartbeatMs: heartbeatAt.has(id) ? Math.round((heartbeatAt.get(id)! - killAtMs) * 1000) / 1000 : null,
      };
    });

    const timedLines: TimedLine[] = [];
    for (const [id, lines] of collected) {
      for (const text of lines) {
        const at = lineTimeMs(text);
        if (at !== undefined) timedLines.push({ node: id, atMs: at, text: text.replace(/^\S+\s+node\d+\s+[A-Z]+\s+/, '') });
      }
    }
    result.timeline = extractTimeline(timedLines, {
      killedNode: leader,
      killAtMs,
      windowMs,
      nodes: opened.nodeIds,
      patterns: { heartbeat, connection },
      signal,
    });
  } catch (error) {
    if (error instanceof VerifyLessonError && error.message === 'interrupted') throw error;
    problems.push((error as Error).message);
  } finally {
    followers.forEach((f) => f.stop());
    await workload?.stop({ minOps: 0, timeoutMs: 0 });
    if (cluster) {
      result.logTails = Object.fromEntries(cluster.nodeIds.map((id) => [`node${id}`, tailOf(cluster!.logPath(id))]));
      await cluster.stop();
    }
    if (!keepWorkDir) rmSync(workDir, { recursive: true, force: true });
  }
  result.passed = problems.length === 0;
  result.durationMs = Date.now() - started;
  return result;
}
