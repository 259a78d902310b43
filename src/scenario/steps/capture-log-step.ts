import { nodeLabel, PROCESS_ZERO_MS, RESTART_BACKSTEP_MS, type Stamp } from '../../log-events/index.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { formatFindingMessage } from '../../findings/format-finding.js';
import type { CaptureLogStep } from '../../lesson/scenario-types.js';
import { checkPaste } from '../../proof/check-paste.js';
import type { Verdict } from '../../proof/verdict.js';
import { localOffsetMinAt } from '../../process/local-zone.js';
import { composeDemoLog } from '../compose-demo-log.js';
import type { LogLine } from '../node-logs.js';
import { resolveTarget } from '../resolve-target.js';
import { requireCluster, type FaultRecord, type ScenarioContext } from '../scenario-context.js';
import { CAPTURE_SETTLE_MS, CLOCK_ROUNDING_MS, SHUTDOWN_LINE_LATE_MS } from '../scenario-timing.js';

/** Where a capture step writes: --out, else the step's file, else demo_step2.log, relative to the run's cwd. */
export function captureFile(step: CaptureLogStep, ctx: Pick<ScenarioContext, 'cwd' | 'options'>): string {
  return resolve(ctx.cwd, ctx.options.outFile ?? step.file ?? 'demo_step2.log');
}

/**
 * The harness's stamp of the fault in the shape of the nodes' clock, so the verdict reads it on their clock: their
 * time of day with no date (`12:32:29.944`), or a zone-less dated local time (`2026-12-03T12:32:29.944`), in the zone
 * they write in (`offsetMin` east of UTC: the harness's TZ, or their own when it runs whole quarter hours off); seconds
 * since boot (`[60175.388418]`) when they stamp CLOCK_MONOTONIC (`fault.monotonicMs`, read at the signal); else UTC. Pure.
 */
export function formatHarnessStamp(fault: { readonly atMs: number; readonly monotonicMs?: number }, stamp: Stamp | undefined, offsetMin: number): string {
  if (stamp?.kind === 'relative') {
    return stamp.format === 'monotonic' && fault.monotonicMs !== undefined ? `[${(fault.monotonicMs / 1000).toFixed(6)}]` : new Date(fault.atMs).toISOString();
  }
  if (!stamp || stamp.zoned) return new Date(fault.atMs).toISOString();
  const local = new Date(fault.atMs + offsetMin * 60_000).toISOString().slice(0, -1);
  return stamp.kind === 'time-of-day' ? local.slice(11) : local;
}

/**
 * How long after the signal the killed node wrote its shutdown line, as far as the harness can tell: by the line's
 * stamp on the harness's clock (a wall time, or CLOCK_MONOTONIC), else no sooner than the harness's last read that
 * did not find it (a process's own uptime, no stamp); undefined when nothing says. Pure.
 */
export function shutdownLineDelayMs(line: Pick<LogLine, 'atMs' | 'lookedBeforeMs' | 'event'>, fault: Pick<FaultRecord, 'atMs' | 'monotonicMs'>): number | undefined {
  const time = line.event.time;
  if (time?.format === 'monotonic' && fault.monotonicMs !== undefined) return time.ms - fault.monotonicMs;
  if (time !== undefined && time.kind !== 'relative' && line.atMs !== undefined) return line.atMs - fault.atMs;
  return line.lookedBeforeMs === undefined ? undefined : Math.max(0, line.lookedBeforeMs - fault.atMs);
}

// Whether the demo log needs the harness's kill line, and what to tell the student of the leader's own line. The
// harness's line is a stand-in for the node's shutdown line when the signal left it no chance to log one (SIGKILL,
// SIGSTOP; a SIGTERM to a node with no handler, or one not installed yet, as etcd early in its start), and for a
// SIGINT what the student's terminal shows of Ctrl+C — the node's own line ("caught SIGINT, stopping") need not use
// the lesson's words, any more than a ^C does. A shutdown line logged late (a handler that sleeps or works first), or
// only after the capture, is no record of the kill: detections are measured from the signal, as the run measured them.
function judgeOwnKillLine(ctx: ScenarioContext, fault: FaultRecord): { readonly needed: boolean; readonly note?: string } {
  const id = fault.nodes[0]!;
  const own = ctx.logs!.lines(id).find((l) => l.kind === 'kill' && l.arrivalMs >= fault.atMs && l.atMs !== undefined && l.atMs >= fault.atMs - CLOCK_ROUNDING_MS);
  const stoppable = fault.signal === 'SIGTERM' || fault.signal === 'SIGINT';
  if (!stoppable) return { needed: true };
  if (own === undefined) {
    const by = `by the capture, ${Math.round(Date.now() - fault.atMs)} ms after the ${fault.signal}`;
    return { needed: true, ...(fault.signal === 'SIGTERM' ? { note: `${nodeLabel(id)} had logged no shutdown line ${by}: the harness's own kill line, at the signal, stands in for it in the demo log` } : {}) };
  }
  const delayMs = shutdownLineDelayMs(own, fault);
  const captured = own.arrivalMs <= ctx.window!.toMs;
  const late = delayMs !== undefined && delayMs > SHUTDOWN_LINE_LATE_MS;
  const after = delayMs === undefined ? '' : ` ${Math.round(delayMs)} ms`;
  const said = `("${own.text.trim().slice(0, 80)}")`;
  if (!captured) {
    return { needed: true, note: `${nodeLabel(id)} logged its shutdown line${after} after the ${fault.signal}, too late for the demo log ${said}: the harness's own kill line, at the signal, stands in for it — log the signal and stop as soon as it arrives` };
  }
  if (late) {
    return {
      needed: true,
      note: `${nodeLabel(id)} logged its shutdown line${after} after the ${fault.signal} ${said}: followers are timed from the signal, so the demo log starts with the harness's own kill line at the signal rather than letting the late line give them ${Math.round(delayMs)} ms more — log the signal and stop as soon as it arrives`,
    };
  }
  return { needed: fault.signal === 'SIGINT' };
}

// The harness's own record of the kill, timestamped in the nodes' shape of clock, when the demo log needs it.
function harnessLine(ctx: ScenarioContext): string | undefined {
  const fault = ctx.faults.find((f) => (f.action === 'kill' || f.action === 'pause') && f.atMs >= ctx.window!.fromMs);
  if (!fault) return undefined;
  const { needed, note } = judgeOwnKillLine(ctx, fault);
  if (note !== undefined) ctx.notes.push(note);
  if (!needed) return undefined;
  const signal = fault.signal!;
  const nodeLines = ctx.cluster!.nodeIds.flatMap((id) => ctx.logs!.lines(id).slice(0, 5).map((line) => ({ line, zoneShiftMin: ctx.logs!.zoneShiftMin(id) })));
  const first = nodeLines.find(({ line }) => line.event.time !== undefined);
  const stamp = formatHarnessStamp(fault, first?.line.event.time, localOffsetMinAt(fault.atMs) + (first?.zoneShiftMin ?? 0));
  const how = signal === 'SIGINT' ? `Ctrl+C, kill -INT ${fault.pids[0]}` : `kill -${signal.slice(3)} ${fault.pids[0]}`;
  return `${stamp} harness INFO  ${signal === 'SIGSTOP' ? 'stopped' : 'killed'} leader ${nodeLabel(fault.nodes[0]!)} with ${signal} (${how})`;
}

/**
 * A node stamping its lines with its process's own uptime (`[+0.325s]`: each node's clock starts at its own start):
 * the line its run opened with (`[+0.004s] … started`, its first since its stamps last went back) goes before the
 * captured ones, the zero that tells a reader its clock is not another node's (markProcessClocks) — not just any early
 * line (`[+0.027s] leader is n1` of a node that started after the election); captured lines of another clock need none.
 */
export function withProcessStart(all: readonly LogLine[], captured: readonly LogLine[]): readonly LogLine[] {
  const first = captured.find((l) => l.event.time !== undefined);
  if (first?.event.time?.format !== 'relative') return captured;
  let start = -1;
  let earliestMs = first.event.time.ms;
  for (let i = all.indexOf(captured[0]!) - 1; i >= 0; i--) {
    const time = all[i]!.event.time;
    if (time?.format !== 'relative') continue;
    if (time.ms > earliestMs + RESTART_BACKSTEP_MS) break;
    start = i;
    earliestMs = Math.min(earliestMs, time.ms);
  }
  return start < 0 || all[start]!.event.time!.ms > PROCESS_ZERO_MS ? captured : [all[start]!, ...captured];
}

/** A file the run wrote, as its report names it: relative to the run's cwd when under it, else absolute (not `../../tmp/…`). */
export function showPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

// Why a verdict failed, in one sentence: its first error (what --trials prints of a failed run, and the summary's line).
function describeFailure(verdict: Verdict): string | undefined {
  const finding = verdict.checks.flatMap((check) => (check.passed ? [] : check.findings)).find((f) => f.severity === 'error');
  return finding === undefined ? undefined : formatFindingMessage(finding, verdict.nodeNames);
}

/**
 * Why a capture window cannot give a demo log that passes, the lesson's doing (lint's LESSON_SCENARIO_CAPTURE_REVERSED
 * and _MISSES_KILL, for a run of a lesson never linted): it ends before it starts, or it misses `fault`, the first
 * kill or pause, which a lesson with timing needs in its demo log. The window's ends are the ends of steps `from`, `to`. Pure.
 */
export function explainCaptureWindow(
  window: { readonly fromMs: number; readonly toMs: number },
  names: { readonly from: string; readonly to: string },
  fault: Pick<FaultRecord, 'atMs' | 'nodes' | 'signal'> | undefined,
): string | undefined {
  if (window.fromMs > window.toMs) {
    return `lesson defect? its capture-log window is empty: step "${names.from}" (from) ended after step "${names.to}" (to), so the demo log holds no line — swap from and to`;
  }
  if (fault === undefined || (fault.atMs >= window.fromMs && fault.atMs <= window.toMs)) return undefined;
  const after = fault.atMs < window.fromMs;
  const fromFault = Math.round(Math.abs((after ? window.fromMs : window.toMs) - fault.atMs));
  const edge = after ? `starts at the end of step "${names.from}", ${fromFault} ms after` : `ends at the end of step "${names.to}", ${fromFault} ms before`;
  return (
    `lesson defect? its capture-log window ${edge} the ${String(fault.signal)} to ${nodeLabel(fault.nodes[0]!)}, so the demo log holds no line of it and cannot pass on timing: ` +
    `capture ${after ? 'from a step before' : 'to a step after'} the fault`
  );
}

// `capture-log`: the chosen nodes' lines that arrived between the ends of two steps (by the harness's clock, not
// their stamps: a node whose clock disagrees still shows what it logged), as grep prints them, written to the demo
// log file and judged with checkPaste.
export async function runCaptureLogStep(step: CaptureLogStep, ctx: ScenarioContext): Promise<string> {
  const cluster = requireCluster(ctx);
  const names = { from: step.from ?? 'write', to: step.to ?? [...ctx.stepEnds.keys()].at(-1)! };
  const fromMs = ctx.stepEnds.get(names.from) ?? 0;
  const toEndMs = ctx.stepEnds.get(names.to) ?? Date.now();
  const toMs = toEndMs + CAPTURE_SETTLE_MS;
  ctx.window = { fromMs, toMs };
  ctx.logs!.poll();
  const nodes = resolveTarget(ctx, step.nodes ?? 'old-leader rest', cluster.nodeIds);
  const slices = nodes.map((id) => ({
    node: id,
    relativePath: relative(ctx.workDir, cluster.logPath(id)),
    lines: withProcessStart(ctx.logs!.lines(id), ctx.logs!.linesArrivedBetween(id, fromMs, toMs)).map((l) => l.text),
  }));
  const line = harnessLine(ctx);
  const client = step.client ? ctx.clientLines.filter((l) => l.atMs >= fromMs && l.atMs <= toMs).map((l) => l.text) : [];
  const demoLog = composeDemoLog(slices, { reference: cluster.kind === 'bundled', ...(line ? { harnessKillLine: line } : {}), clientLines: client });
  const file = captureFile(step, ctx);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, demoLog);
  ctx.demoLogFile = file;
  // The first kill or pause, when the lesson's timing needs it in the demo log.
  const fault = ctx.lesson.proof.timing === undefined ? undefined : ctx.faults.find((f) => f.action === 'kill' || f.action === 'pause');
  const defect = step.judge === false ? undefined : explainCaptureWindow({ fromMs, toMs: toEndMs }, names, fault);
  if (defect !== undefined) ctx.problems.push(defect);
  if (step.judge === false) return `wrote ${showPath(ctx.cwd, file)}`;
  const verdict = checkPaste(ctx.lesson, demoLog);
  ctx.verdict = verdict;
  if (!verdict.passed) {
    const why = describeFailure(verdict);
    ctx.problems.push(`checkPaste did not pass ${showPath(ctx.cwd, file)}${why === undefined ? '' : `: ${why}`}`);
  }
  return verdict.passed ? 'passed' : 'not passed';
}
