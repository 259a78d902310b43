import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { VerifyLessonError } from '../errors.js';
import type { Scenario } from '../lesson/scenario-types.js';
import type { Lesson } from '../lesson/types.js';
import { createGroupReaper, type GroupReaper } from '../process/reap-on-exit.js';
import { checkWorkDir, makeWorkDir, statOrUndefined } from '../process/writable-path.js';
import { compileEventPatterns } from '../proof/compile-event-patterns.js';
import { CLUSTER_RUN_MARK, REFERENCE_MARK } from '../proof/reference-mark.js';
import { DEFAULT_SCENARIO } from './default-scenario.js';
import { planFirstFaultSignal } from './kill-signal.js';
import type { ScenarioContext } from './scenario-context.js';
import { DEFAULT_DETECTION_WINDOW_MS, DEFAULT_WAIT_MS } from './scenario-timing.js';
import type { RunScenarioOptions } from './scenario-types.js';
import { captureFile } from './steps/capture-log-step.js';

// Checked before anything starts: a student's own demo log is never overwritten unasked, and a kept work dir from
// an earlier run would resume its WAL (no fresh election of node 1) and mix its logs into this run's.
function checkOutputs(scenario: Scenario, options: RunScenarioOptions, cwd: string): void {
  for (const step of scenario.steps) {
    if (step.step !== 'capture-log' || options.outFile !== undefined) continue;
    const file = captureFile(step, { cwd, options });
    if (!existsSync(file)) continue;
    const head = readFileSync(file, 'utf8').slice(0, 200);
    if (!head.startsWith(REFERENCE_MARK) && !head.startsWith(CLUSTER_RUN_MARK)) {
      throw new VerifyLessonError('OUTPUT_EXISTS', `${file} exists and was not written by verify-lesson (your own proof?): pass --out FILE to write elsewhere`);
    }
  }
  if (options.workDir === undefined) return;
  const data = join(resolve(cwd, options.workDir), 'data');
  // A folder with files in it; anything else in the way (data/ or the work dir itself a file) is makeWorkDir's to say.
  if (statOrUndefined(data)?.isDirectory() === true && readdirSync(data).length > 0) {
    throw new VerifyLessonError('OUTPUT_EXISTS', `--workdir ${resolve(cwd, options.workDir)}: data/ is not empty (an earlier run?); remove it or choose an empty directory`);
  }
}

const TEMP_PREFIX = 'verify-lesson-';

// The run's work dir: the user's --workdir, or a temp dir the run's watchdog makes (and so removes, should the
// harness die at any moment after).
async function makeRunDir(options: RunScenarioOptions, cwd: string, reaper: GroupReaper): Promise<string> {
  if (options.workDir !== undefined) return makeWorkDir(resolve(cwd, options.workDir), TEMP_PREFIX);
  checkWorkDir(undefined, TEMP_PREFIX);
  return reaper.makeTempDir(join(tmpdir(), TEMP_PREFIX));
}

/**
 * The run's context before its first step: the scenario (the lesson's, or the default), patterns, the run's reaper
 * (its watchdog started first) and work dir. Nothing is left running or made when it throws.
 */
export async function prepareRun(lesson: Lesson, options: RunScenarioOptions): Promise<{ scenario: Scenario; ctx: ScenarioContext }> {
  const scenario = lesson.scenario ?? DEFAULT_SCENARIO;
  const cwd = options.cwd ?? process.cwd();
  checkOutputs(scenario, options, cwd);
  const timing = lesson.proof.timing;
  // Through the verdict engine's compiler: a lesson pattern that backtracks badly cannot stall the detect loop.
  const compiled = compileEventPatterns(timing);
  if (!compiled.ok) throw new VerifyLessonError('LESSON_INVALID', `${lesson.id}: timing pattern ${JSON.stringify(compiled.pattern)} cannot be used: ${compiled.message}`);
  const reaper = createGroupReaper({ watchdog: true });
  let workDir: string;
  try {
    workDir = await makeRunDir(options, cwd, reaper);
  } catch (error) {
    await reaper.close();
    throw error;
  }
  const ctx: ScenarioContext = {
    lesson, options, workDir, reaper, cwd,
    timeoutMs: options.timeoutMs ?? DEFAULT_WAIT_MS,
    nodes: scenario.nodes,
    peerLinks: scenario.steps.some((s) => s.step === 'fault' && (s.action === 'partition' || s.action === 'heal')),
    patterns: compiled.patterns,
    windowMs: timing?.window_ms ?? DEFAULT_DETECTION_WINDOW_MS,
    problems: [], notes: [], written: [], keyResults: [], kv: undefined, stepEnds: new Map(), cluster: undefined, logs: undefined,
    leader: null, firstLeader: null, oldLeader: null, newLeader: null, faults: [],
    signal: planFirstFaultSignal(scenario.steps, options.signal), pids: {}, keys: [], clientLines: [], keysReadBack: 0,
    detectedAt: new Map(), heartbeatAt: new Map(), followedAt: new Map(), reelectionMs: null,
    workload: undefined, history: null, verifyBlock: null, demoLogFile: null, verdict: null, window: null,
  };
  return { scenario, ctx };
}
