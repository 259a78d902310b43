import { nodeLabel } from '../../log-events/index.js';
import { join, resolve } from 'node:path';
import { parseClientProtocol, parseLessonClient, type ClientProtocol } from '../../client/client-protocol.js';
import { VerifyLessonError } from '../../errors.js';
import type { Lesson } from '../../lesson/types.js';
import { formatVerdictText } from '../../proof/format-verdict.js';
import { describeUnsubmittable, formatRunRemark, listRunRemarks } from '../../formats/run-outcome.js';
import { renderTimelineHtml, renderTimelineSvg } from '../../scenario/render-report.js';
import { DEFAULT_SCENARIO } from '../../scenario/default-scenario.js';
import { RUN_RECORD_FILE, runScenario } from '../../scenario/run-scenario.js';
import { captureFile } from '../../scenario/steps/capture-log-step.js';
import type { FaultSignal, ScenarioResult, ScenarioStepEvent, StampBounds } from '../../scenario/scenario-types.js';
import { summarize, summarizePerFollower, type Distribution, type FollowerFigure, type PerFollowerSummary } from '../../scenario/summarize-trials.js';
import { INTERRUPTED_LINE, interruptedExitCode, isOutputClosed, wantsColor, type CliIo } from '../cli-io.js';
import { resolveLesson } from '../resolve-lesson.js';
import { describeDetection, describeTrialDetection } from './describe-detection.js';
import type { CliValues } from '../run-cli.js';
import { checkOutputWritable, describeWrittenFile, readReportKind, writeOutputFile } from '../output-file.js';
import { parseVerdictFormat, writeVerdict, type VerdictFormat } from '../verdict-output.js';

// Said on the first Ctrl+C: stopping a student's nodes may take their TERM grace (3 s) before the KILL.
const STOPPING_LINE = 'verify-lesson: stopping the nodes (Ctrl+C again to quit at once; a watchdog then ends them)\n';
const SIGNALS: readonly FaultSignal[] = ['SIGTERM', 'SIGKILL', 'SIGSTOP', 'SIGINT'];

function parseIntFlag(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new VerifyLessonError('USAGE', `--${name}: expected a whole number from ${min} to ${max}, found "${value}"`);
  return n;
}

// Live step list: one rewritten line per step on a terminal, plain lines otherwise, nothing with --json.
function stepRenderer(io: CliIo, enabled: boolean, color: boolean): (event: ScenarioStepEvent) => void {
  if (!enabled) return () => {};
  const tty = io.stderr.isTTY === true;
  const paint = (code: number, text: string): string => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  return (event) => {
    const label = event.title;
    if (event.status === 'running') {
      if (tty) io.stderr.write(`  … ${label}\r`);
      return;
    }
    const mark = event.status === 'done' ? paint(32, '✓') : paint(31, '✗');
    const detail = event.detail ? `  ${paint(2, event.detail)}` : '';
    io.stderr.write(`${tty ? '\u001b[2K' : ''}  ${mark} ${label} ${paint(2, `(${event.ms} ms)`)}${detail}\n`);
  };
}

/** The one stderr line a run without its step list prints first: what runs, and that it takes seconds. */
export function describeRunStart(lessonId: string, studentCluster: boolean, trials: number): string {
  const against = studentCluster ? 'your cluster (--cluster)' : 'the bundled kv_node cluster';
  return `verify-lesson: running ${lessonId}'s scenario against ${against}${trials > 1 ? `, ${trials} trials` : ''} (a few seconds${trials > 1 ? ' each' : ''})…`;
}

// What the watching nodes lost, as the summary names it: "the dead leader" (the lost one, for a partition), or the
// node itself when the fault hit a follower (a lesson's own scenario: "the dead node2"), never the leader that
// kept running. The node hit is the one node of the run that watched nothing.
function lostNodeName(result: ScenarioResult): string {
  const state = result.fault === 'partition' ? 'lost' : 'dead';
  const watching = new Set(result.detections.map((d) => d.node));
  const hit = Object.keys(result.pids).map((key) => Number(key.replace(/^node/, ''))).filter((id) => !watching.has(id));
  return hit.length === 1 && result.leader !== null && hit[0] !== result.leader ? `the ${state} ${nodeLabel(hit[0]!)}` : `the ${state} leader`;
}

/** The run's summary under the step list: pass or fail, each watching node's detection, re-election, keys, history. */
export function formatRun(result: ScenarioResult, color: boolean): string {
  const paint = (code: number, text: string): string => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  const lost = lostNodeName(result);
  lines.push('');
  lines.push(`${result.passed ? paint(32, '✓ PASSED') : paint(31, '✗ FAILED')}  ${result.lessonId} against the ${result.cluster === 'bundled' ? 'bundled kv_node' : 'student'} cluster, ${result.fault === 'partition' ? 'partition' : result.signal}, ${result.durationMs} ms`);
  for (const d of result.detections) {
    if (d.via === null && d.fromLogMs === null) {
      const followed = d.followed ? ` (${d.followed.leader === d.node ? 'became leader' : `followed ${nodeLabel(d.followed.leader)}`} at +${Math.round(d.followed.afterMs)} ms)` : '';
      lines.push(`  ${nodeLabel(d.node)} logged no detection of ${lost}${followed}`);
    } else lines.push(`  ${nodeLabel(d.node)} detected ${lost}${d.via ? ` via ${d.via}` : ''}: ${describeDetection(d)}`);
  }
  if (result.newLeader !== null) lines.push(`  new leader: ${nodeLabel(result.newLeader)}${result.reelectionMs === null ? '' : ` after ${result.reelectionMs} ms`}`);
  if (result.keysWritten > 0 || result.keys.length > 0) lines.push(`  keys kept: ${result.keysReadBack}/${result.keysWritten}`);
  if (result.history) {
    const h = result.history;
    lines.push(`  history: ${h.operations} operations by ${h.clients} clients on ${h.keys} keys (${h.indeterminate} indeterminate, ${h.failed} failed): ${h.linearizable === true ? 'linearizable' : h.linearizable === false ? `NOT linearizable — ${h.failure!.culprit} on key ${JSON.stringify(h.failure!.key)}` : 'unknown'} (checked in ${h.checkMs.toFixed(1)} ms)`);
  }
  if (result.verifyBlock) {
    lines.push(`  lesson Verify block: ${result.verifyBlock.passed ? 'passed' : 'FAILED'} (${result.verifyBlock.expectations.map((e) => e.detail).join('; ')})`);
  }
  if (result.demoLogFile) lines.push(`  ${describeWrittenFile(result.demoLogFile)}`);
  for (const note of result.notes) lines.push(`  ${paint(33, 'note:')} ${note}`);
  for (const problem of result.problems) lines.push(`  ${paint(31, '!')} ${problem}`);
  if (!result.passed) {
    for (const [node, tail] of Object.entries(result.logTails)) {
      lines.push(`  --- last lines of ${node}'s log ---${tail.length === 0 ? ' (empty: it printed nothing)' : ''}`);
      for (const line of tail) lines.push(`  ${line}`);
    }
    if (result.keptWorkDir) lines.push(`  ${keptFilesLine(result)}`);
  }
  return `${lines.join('\n')}\n`;
}

// Where a failed (or --workdir) run left its node logs and journal.
function keptFilesLine(result: ScenarioResult): string {
  return `logs kept in ${result.workDir} (data/nodeN/node.log and output.log; the run and its journal: ${RUN_RECORD_FILE})`;
}

// One line of --trials statistics: milliseconds with one decimal, or a count of operations (whole numbers).
export function formatDistribution(name: string, d: Distribution | null, unit: 'ms' | 'operations' = 'ms', width = 22): string {
  if (!d) return `  ${name.padEnd(width)} no samples`;
  const f = (n: number): string => (unit === 'ms' ? n.toFixed(1) : String(Math.round(n))).padStart(7);
  return `  ${name.padEnd(width)} n=${String(d.count).padEnd(4)} min ${f(d.min)}  p50 ${f(d.p50)}  p95 ${f(d.p95)}  p99 ${f(d.p99)}  max ${f(d.max)}  ${unit}`;
}

// A follower's figure for the statistics: its measurement, or that its stamp gave only a bound.
const figureOf = (ms: number | null, bounds: StampBounds | null): FollowerFigure => (ms === null && bounds !== null ? { ms, coarseMs: bounds.latestMs - bounds.earliestMs } : { ms });

// The --trials statistics (the --json object and the text's figures): detections and heartbeat timeouts per
// follower, measurements only; when the harness found each detection line in its log; the rest per trial.
export function collectTrialStatistics(results: readonly ScenarioResult[]) {
  const reads = results.flatMap((r) => r.detections.flatMap((d) => (d.readMs === null ? [] : [d.readMs])));
  return {
    trials: results.length,
    failed: results.filter((r) => !r.passed).length,
    detectionMs: summarizePerFollower(results.map((r) => r.detections.map((d) => figureOf(d.fromLogMs, d.stampBoundsMs)))),
    detectionReadMs: summarize(reads.map((read) => read.byMs)),
    // How far apart the harness's reads that found those lines were from the reads before them: their resolution.
    detectionReadGapMs: reads.reduce<number | null>((max, read) => (read.afterMs === null ? max : Math.max(max ?? 0, read.byMs - read.afterMs)), null),
    heartbeatTimeoutMs: summarizePerFollower(results.map((r) => r.detections.map((d) => figureOf(d.heartbeatMs, d.heartbeatBoundsMs)))),
    reelectionMs: summarize(results.map((r) => r.reelectionMs).filter((v): v is number => v !== null)),
    durationMs: summarize(results.map((r) => r.durationMs)),
    // The clients' histories: how many were checked and found linearizable, and their sizes.
    history: {
      checked: results.filter((r) => r.history !== null).length,
      linearizable: results.filter((r) => r.history?.linearizable === true).length,
      operations: summarize(results.flatMap((r) => (r.history ? [r.history.operations] : []))),
      indeterminate: summarize(results.flatMap((r) => (r.history ? [r.history.indeterminate] : []))),
      checkMs: summarize(results.flatMap((r) => (r.history ? [r.history.checkMs] : []))),
    },
    problems: results.flatMap((r, i) => r.problems.map((p) => `trial ${i + 1}: ${p}`)),
  };
}

// "1 of 2 trials (2 of 4 followers) had only a bound (whole-second stamps)", or nothing when none had.
function describeBounded(s: PerFollowerSummary): string | undefined {
  if (s.boundedFollowers === 0) return undefined;
  const stamps = s.coarsestMs === 1000 ? 'whole-second stamps' : `stamps of ${s.coarsestMs} ms`;
  return `${s.boundedTrials} of ${s.trials} trials (${s.boundedFollowers} of ${s.followers} followers) had only a bound (${stamps})`;
}

/** The --trials statistics as text: one row per figure, each saying what it counts (per follower, per trial). */
export function formatTrialStatistics(results: readonly ScenarioResult[], lessonId: string, signal: FaultSignal): string {
  const stats = collectTrialStatistics(results);
  const width = 38;
  const perFollower = (name: string, s: PerFollowerSummary): string => {
    const bounded = describeBounded(s);
    if (s.distribution === null) return `  ${name.padEnd(width)} no samples${bounded === undefined ? '' : `: ${bounded}`}`;
    return `${formatDistribution(name, s.distribution, 'ms', width)}${bounded === undefined ? '' : `  (${bounded}, not counted)`}`;
  };
  const gap = stats.detectionReadGapMs === null ? 'the harness clock' : `the harness's reads at most ${stats.detectionReadGapMs.toFixed(1)} ms apart`;
  const lines = [
    `${stats.trials} trials of ${lessonId} with ${signal}: ${stats.failed} failed`,
    perFollower('detection per follower, log stamps', stats.detectionMs),
    `${formatDistribution('detection per follower, harness read', stats.detectionReadMs, 'ms', width)}${stats.detectionReadMs === null ? '' : `  (found in the log by; ${gap})`}`,
    perFollower('heartbeat timeout per follower', stats.heartbeatTimeoutMs),
    formatDistribution('re-election per trial', stats.reelectionMs, 'ms', width),
    formatDistribution('wall time per run', stats.durationMs, 'ms', width),
  ];
  if (stats.history.checked > 0) lines.push(`history: linearizable in ${stats.history.linearizable} of ${stats.history.checked} runs`, formatDistribution('operations per history', stats.history.operations, 'operations', width));
  return `${lines.join('\n')}\n`;
}

/** What the --report picture of a run says besides its timeline: its title, the HTML page's table and the SVG's remarks. */
export function describeRunPicture(result: ScenarioResult): { title: string; summary: [string, string][]; remarks: string[] } {
  const title = `${result.lessonId}: ${result.passed ? 'passed' : 'failed'}, ${result.signal} to leader${result.leader === null ? '' : ` ${nodeLabel(result.leader)}`}`;
  // The run's notes, problems and not to submit its log, as the text report says them (run-outcome.ts).
  const remarks = listRunRemarks(result, result.verdict);
  const summary: [string, string][] = [
    ['verdict', result.passed ? 'passed' : 'failed'],
    ...result.detections.map((d): [string, string] => [`${nodeLabel(d.node)} detection`, d.via === null ? 'none' : `via ${d.via}: ${describeDetection(d)}`]),
    ['re-election', result.reelectionMs === null ? 'n/a' : `${result.reelectionMs} ms`],
    ['keys kept', `${result.keysReadBack}/${result.keysWritten}`],
    ...remarks.map((r): [string, string] => [r.kind === 'do-not-submit' ? '✗' : r.kind, r.text]),
  ];
  return { title, summary, remarks: remarks.map(formatRunRemark) };
}

// The --report picture of the run. A run that stopped before the kill has no timeline: that is said, and the run's
// own exit code stands (1: it failed), as without --report — not an operational error.
function writeReport(file: string, result: ScenarioResult, io: CliIo): void {
  if (!result.timeline) {
    io.stderr.write(`verify-lesson: ${file} (--report) was not drawn: the run stopped before the kill, so there is no timeline to draw\n`);
    return;
  }
  const { title, summary, remarks } = describeRunPicture(result);
  const content = readReportKind(file) === 'svg' ? renderTimelineSvg(result.timeline, title, remarks) : renderTimelineHtml(result.timeline, title, summary);
  writeOutputFile(file, content, '--report', io.stderr);
}

// Every file the run will write, checked before anything starts: a typo in --out or --report, or a demo log in a
// folder the user cannot write, is said at once, not after the cluster ran.
function checkOutputsWritable(lesson: Lesson, values: CliValues, io: CliIo): void {
  if (values.report !== undefined) {
    readReportKind(resolve(io.cwd, values.report));
    checkOutputWritable(resolve(io.cwd, values.report), '--report');
  }
  if (values.out !== undefined) {
    checkOutputWritable(resolve(io.cwd, values.out), '--out');
    return;
  }
  for (const step of (lesson.scenario ?? DEFAULT_SCENARIO).steps) {
    if (step.step === 'capture-log') checkOutputWritable(captureFile(step, { cwd: io.cwd, options: {} }), 'the demo log', ' — pass --out FILE to write it elsewhere');
  }
}

// --client, else the lesson's `client` block; only for a student's cluster (the bundled one speaks the default).
function clientProtocolOf(values: CliValues, lesson: Lesson, io: CliIo): ClientProtocol | undefined {
  const specs = values.client ?? [];
  if (specs.length > 0 && values.cluster === undefined) throw new VerifyLessonError('USAGE', '--client only applies with --cluster (the bundled kv_node speaks the default protocol)');
  if (values.cluster === undefined || (specs.length === 0 && !lesson.client)) return undefined;
  const parsed = specs.length > 0 ? parseClientProtocol(specs) : parseLessonClient(lesson.client!);
  if (!parsed.ok) throw new VerifyLessonError(specs.length > 0 ? 'USAGE' : 'LESSON_INVALID', `${specs.length > 0 ? '--client' : `${lesson.id}: client`}: ${parsed.message}`);
  // The client reaches each node on the port the harness picks, which only {client_port} tells the node: without
  // it nothing listens there, and every write would wait out its whole budget on refused connections.
  if (!values.cluster.includes('{client_port}')) {
    const why = 'your --cluster template never passes {client_port} to your node, so nothing would listen where the client connects';
    if (specs.length > 0) throw new VerifyLessonError('USAGE', `--client: ${why}; add it to the template (e.g. --client-port {client_port}) or leave --client out`);
    io.stderr.write(`verify-lesson: ${lesson.id} declares a client protocol, but ${why}: key writes and read-back are skipped\n`);
    return undefined;
  }
  return parsed.protocol;
}

// `verify-lesson <id>`: the lesson's demo against a real cluster, judged by the same checkPaste the platform runs.
export async function runScenarioCommand(id: string, values: CliValues, io: CliIo): Promise<number> {
  const lesson = await resolveLesson(id, values.lessons, io);
  // Given, it replaces the first kill's signal; not given, each kill sends its step's own (`signal: SIGKILL`).
  const signal = values.signal === undefined ? undefined : (values.signal.toUpperCase().replace(/^(?!SIG)/, 'SIG') as FaultSignal);
  if (signal !== undefined && !SIGNALS.includes(signal)) throw new VerifyLessonError('USAGE', `--signal: expected one of ${SIGNALS.join(', ')}, found "${values.signal}"`);
  const trials = parseIntFlag('trials', values.trials, 1, 1, 10_000);
  // json: the ScenarioResult; gradescope / junit: the verdict of demo_step2.log, for CI around a student's cluster.
  const format = parseVerdictFormat(values);
  if ((format === 'gradescope' || format === 'prairielearn' || format === 'junit') && trials > 1) {
    throw new VerifyLessonError('USAGE', `--format ${format} reports one run's verdict; it cannot be combined with --trials ${trials}`);
  }
  const json = format === 'json';
  // `--cluster "$NODE_CMD"` with the variable unset: not the bundled cluster in its place, which would pass.
  if (values.cluster !== undefined && values.cluster.trim() === '') {
    throw new VerifyLessonError('USAGE', `--cluster: expected a command template such as "$PWD/my-node --id {id} --peers {peers} --port {port}", found ${values.cluster === '' ? 'an empty string' : 'only spaces'}`);
  }
  const leader = values.leader === undefined ? undefined : parseIntFlag('leader', values.leader, 1, 1, 9);
  if (leader !== undefined && values.cluster === undefined) throw new VerifyLessonError('USAGE', '--leader only applies with --cluster (the bundled cluster reports its leader)');
  const timeoutMs = parseIntFlag('timeout-ms', values['timeout-ms'], 10_000, 100, 600_000);
  const client = clientProtocolOf(values, lesson, io);
  checkOutputsWritable(lesson, values, io);
  const color = wantsColor(io, io.stderr);
  const showSteps = format === 'text' && trials === 1;
  const onStep = stepRenderer(io, showSteps, color);
  // Without the step list (--json, a grader format, --trials) nothing would print for the seconds a run takes.
  if (!showSteps) io.stderr.write(`${describeRunStart(lesson.id, values.cluster !== undefined, trials)}\n`);

  // A run interrupted stops its nodes first (TERM, KILL after 3 s): said at once, with how to end it sooner.
  const onInterrupt = (): void => {
    if ((io.signal?.reason as { signal?: unknown } | undefined)?.signal !== undefined) io.stderr.write(STOPPING_LINE);
  };
  io.signal?.addEventListener('abort', onInterrupt, { once: true });
  const results: ScenarioResult[] = [];
  try {
    for (let trial = 1; trial <= trials; trial++) {
      if (io.signal?.aborted) break;
      const result = await runScenario(lesson, {
        ...(signal === undefined ? {} : { signal }),
        cwd: io.cwd,
        timeoutMs,
        onStep,
        // Each trial gets a fresh data/ of its own: DIR, or DIR/trial-N when repeating.
        ...(values.workdir === undefined ? {} : { workDir: trials > 1 ? join(values.workdir, `trial-${trial}`) : values.workdir }),
        // Later trials rewrite the file the first one wrote (a student cluster's demo log carries no reference mark).
        ...(values.out !== undefined ? { outFile: values.out } : results[0]?.demoLogFile ? { outFile: results[0].demoLogFile } : {}),
        ...(values.cluster === undefined ? {} : { clusterCommand: values.cluster }),
        ...(leader === undefined ? {} : { leader }),
        ...(client === undefined ? {} : { client }),
        ...(io.signal ? { abortSignal: io.signal } : {}),
      });
      results.push(result);
      if (trials > 1 && !json) {
        const detections = result.detections.map((d) => describeTrialDetection(d, nodeLabel(d.node))).join(', ');
        io.stderr.write(`  trial ${trial}/${trials}: ${result.passed ? 'ok' : 'FAILED'}  leader ${nodeLabel(result.leader ?? '?')}  detection ${detections || 'none'}  re-election ${result.newLeader === null ? 'none' : result.reelectionMs === null ? `${nodeLabel(result.newLeader)}, untimed` : `${result.reelectionMs} ms`}${result.passed ? '' : `  (${result.problems[0]})${result.keptWorkDir ? `\n    ${keptFilesLine(result)}` : ''}`}\n`);
      }
    }
  } finally {
    io.signal?.removeEventListener('abort', onInterrupt);
  }
  const last = results.at(-1);
  if (!last) throw new VerifyLessonError('SCENARIO_FAILED', 'interrupted before the first run finished', { cause: io.signal?.reason });
  // The run's own report first: a picture that cannot be written (the folder went away meanwhile) must not hide it.
  const code = await reportRun(results, trials, { format, lesson, values }, io);
  if (values.report) writeReport(resolve(io.cwd, values.report), last, io);
  // A Ctrl+C that landed after the last step, while the nodes stopped: the finished run is reported (as --trials
  // reports the trials done), and the exit says interrupted, not the verdict. A closed output keeps the verdict's code.
  if (trials === 1 && io.signal?.aborted && !isOutputClosed(io.signal)) {
    io.stderr.write(INTERRUPTED_LINE);
    return interruptedExitCode(io.signal);
  }
  return code;
}

// Prints one run (text, JSON or a grader format) or the trials' statistics; the exit code.
async function reportRun(
  results: readonly ScenarioResult[],
  trials: number,
  { format, lesson, values }: { format: VerdictFormat; lesson: Lesson; values: CliValues },
  io: CliIo,
): Promise<number> {
  const last = results.at(-1)!;
  const json = format === 'json';

  const failed = results.filter((r) => !r.passed).length;
  if (trials === 1) {
    if (json) io.stdout.write(`${JSON.stringify(last, null, 2)}\n`);
    else if (format !== 'text') {
      // The run beside its demo log's verdict: a failed run scores nothing and says not to submit the log, as the text does.
      if (last.verdict) await writeVerdict(format, last.verdict, lesson, io, { partialCredit: values['partial-credit'] === true, executionTimeMs: last.durationMs, run: last });
      else io.stderr.write(`verify-lesson: no verdict to report: ${last.problems.join('; ')}\n`);
    } else {
      io.stdout.write(formatRun(last, wantsColor(io)));
      if (last.verdict) io.stdout.write(`\n${formatVerdictText(last.verdict, { color: wantsColor(io), lesson })}`);
      const unsubmittable = describeUnsubmittable(last, last.verdict);
      const line = unsubmittable === undefined ? undefined : formatRunRemark({ kind: 'do-not-submit', text: unsubmittable });
      if (line !== undefined) io.stdout.write(`${wantsColor(io) ? `\u001b[31m${line}\u001b[0m` : line}\n`);
    }
    return last.passed ? 0 : 1;
  }
  if (json) io.stdout.write(`${JSON.stringify(collectTrialStatistics(results), null, 2)}\n`);
  else io.stdout.write(`\n${formatTrialStatistics(results, lesson.id, last.signal)}`);
  if (io.signal?.aborted) {
    // A reader that went away (141) is told nothing.
    if (!isOutputClosed(io.signal)) io.stderr.write(`verify-lesson: interrupted after ${results.length} of ${trials} trials\n`);
    return interruptedExitCode(io.signal);
  }
  return failed === 0 ? 0 : 1;
}
