import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VerifyLessonError } from '../errors.js';
import type { Scenario, ScenarioStep } from '../lesson/scenario-types.js';
import type { Lesson } from '../lesson/types.js';
import { buildResult } from './build-result.js';
import { prepareRun } from './prepare-run.js';
import type { ScenarioContext } from './scenario-context.js';
import type { JournalEntry, RunScenarioOptions, ScenarioResult } from './scenario-types.js';
import { runStep } from './steps/step-runners.js';
import { titleOfStep } from './steps/step-title.js';

export type { RunScenarioOptions, ScenarioResult } from './scenario-types.js';

/** The run's result with its journal, written into a kept work dir next to data/. */
export const RUN_RECORD_FILE = 'verify-lesson-run.json';

const interrupted = (signal: AbortSignal): VerifyLessonError => new VerifyLessonError('SCENARIO_FAILED', 'interrupted', { cause: signal.reason });

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

// One step: announced, run (an abort ends any wait except starting and the Verify block, whose processes must be
// awaited), journaled. A step that added problems failed; one that threw ends the run.
async function runJournaledStep(step: ScenarioStep, index: number, ctx: ScenarioContext, journal: JournalEntry[]): Promise<void> {
  const { abortSignal, onStep } = ctx.options;
  if (abortSignal?.aborted) throw interrupted(abortSignal);
  const title = titleOfStep(step, { nodes: ctx.nodes, bundled: !ctx.options.clusterCommand });
  const t0 = Date.now();
  const before = ctx.problems.length;
  const entry = (status: JournalEntry['status'], detail: string): void => {
    const durationMs = Date.now() - t0;
    journal.push({ index, kind: step.step, title, status, start: new Date(t0).toISOString(), durationMs, detail, problems: ctx.problems.slice(before) });
    onStep?.({ step: step.step, index, title, status: status === 'succeeded' ? 'done' : 'failed', ms: durationMs, detail });
  };
  onStep?.({ step: step.step, index, title, status: 'running' });
  try {
    const awaited = step.step === 'start' || step.step === 'run-verify';
    const detail = await (awaited ? runStep(step, ctx) : unlessAborted(runStep(step, ctx), abortSignal));
    // Lines logged by the step's end are read by then: the demo log's window is by arrival time.
    ctx.logs?.poll();
    ctx.stepEnds.set(step.id ?? step.step, Date.now());
    entry(ctx.problems.length > before ? 'failed' : 'succeeded', detail);
  } catch (error) {
    if (abortSignal?.aborted) throw interrupted(abortSignal);
    entry('error', (error as Error).message);
    throw error;
  }
}

/**
 * The lesson's demo, headless: its `scenario:` steps (or the default kill-the-leader demo) against a real cluster.
 * Every process and the temp dir are gone when it returns or throws.
 */
export async function runScenario(lesson: Lesson, options: RunScenarioOptions = {}): Promise<ScenarioResult> {
  const startedMs = Date.now();
  const { scenario, ctx } = await prepareRun(lesson, options);
  try {
    return await runPrepared(scenario, ctx, startedMs);
  } finally {
    // Last: until now its watchdog would remove the temp dir and kill what the run started, should the harness die.
    await ctx.reaper.close();
  }
}

// The steps, the cleanup and the result of a prepared run; the temp dir is removed or kept (a failure's logs).
async function runPrepared(scenario: Scenario, ctx: ScenarioContext, startedMs: number): Promise<ScenarioResult> {
  const { lesson, options } = ctx;
  const journal: JournalEntry[] = [];
  let status: 'completed' | 'failed' | 'aborted' = 'completed';
  try {
    for (const [index, step] of scenario.steps.entries()) await runJournaledStep(step, index, ctx, journal);
  } catch (error) {
    status = 'aborted';
    if (error instanceof VerifyLessonError && error.message === 'interrupted') throw error;
    ctx.problems.push((error as Error).message);
  } finally {
    ctx.logs?.stop();
    await ctx.workload?.stop({ minOps: 0, timeoutMs: 0 });
    await ctx.cluster?.stop();
    for (const note of ctx.cluster?.processNotes?.() ?? []) ctx.notes.push(note);
    if (options.abortSignal?.aborted && options.workDir === undefined) rmSync(ctx.workDir, { recursive: true, force: true });
  }
  if (status === 'completed' && ctx.problems.length > 0) status = 'failed';
  const built = buildResult(ctx, { lessonId: lesson.id, start: new Date(startedMs).toISOString(), end: new Date().toISOString(), status, steps: journal }, startedMs);
  const result = { ...built, durationMs: Date.now() - startedMs };
  if (result.keptWorkDir) writeFileSync(join(ctx.workDir, RUN_RECORD_FILE), `${JSON.stringify(result, null, 2)}\n`);
  else rmSync(ctx.workDir, { recursive: true, force: true });
  return result;
}
