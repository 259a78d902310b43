import { findNodeInPath, nodeLabel } from '../../log-events/index.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { ScenarioCluster } from '../../cluster/scenario-cluster.js';
import type { RunVerifyStep } from '../../lesson/scenario-types.js';
import { checkVerifyOutput, type VerifyOutputCheck } from '../check-verify-output.js';
import { readPgrepPatterns } from '../read-pgrep-patterns.js';
import { retargetVerifyBlock } from '../retarget-verify-block.js';
import { runVerifyBlock } from '../run-verify-block.js';
import { scopePgrep } from '../scope-pgrep.js';
import { requireCluster, type ScenarioContext } from '../scenario-context.js';
import { describeLingering } from '../describe-lingering.js';
import { KILLED_EXIT_WAIT_MS } from '../scenario-timing.js';

// The lesson's Verify block: its bash fence (the first unlabelled or shell one).
export function findVerifyCode(ctx: ScenarioContext): string | undefined {
  return ctx.lesson.sections.find((s) => s.slug === 'verify')?.codeBlocks.find((b) => b.lang === '' || /^(ba|z)?sh$/.test(b.lang))?.code;
}

// A process's command line (Linux /proc), for naming what a Verify block's pgrep found; undefined elsewhere or once gone.
function commandLineOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0').filter(Boolean).join(' ') || undefined;
  } catch {
    return undefined;
  }
}

// The command lines of the processes in process group `pgid` (a node's: its shell, its program), oldest first; none
// where /proc is not there.
function groupCommandLines(pgid: number): string[] {
  let pids: number[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number).sort((a, b) => a - b);
  } catch {
    return [];
  }
  const lines: string[] = [];
  for (const pid of pids) {
    try {
      // Field 5 of stat, after the `(comm)` that may itself hold spaces and parentheses.
      const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) !== pgid) continue;
    } catch {
      continue;
    }
    const line = commandLineOf(pid);
    if (line !== undefined) lines.push(line);
  }
  return lines;
}

// A `pgrep -f` of the Verify block that finds no running node under its own id (`kv_node.*--id 2` against
// `java … RaftNode --id 2`): what it prints says nothing about the leader's process. Undefined when one finds its node.
function describeBlindPgrep(lessonCode: string, ctx: ScenarioContext): string | undefined {
  const cluster = requireCluster(ctx);
  const asWritten = readPgrepPatterns(lessonCode);
  if (asWritten.length === 0) return undefined;
  let missed: { id: number; line: string; pattern: RegExp } | undefined;
  for (const id of cluster.nodeIds) {
    const pgid = cluster.pid(id);
    if (pgid === undefined || !cluster.isRunning(id)) continue;
    const lines = groupCommandLines(pgid);
    if (lines.length === 0) continue;
    const own = readPgrepPatterns(retargetVerifyBlock(lessonCode, id));
    if (own.some((p) => lines.some((line) => p.pattern.test(line)))) return undefined;
    missed ??= { id, line: lines.at(-1)!, pattern: own[0]!.pattern };
  }
  if (missed === undefined) return undefined;
  const { line, command } = asWritten[0]!;
  const shown = missed.line.length > 100 ? `${missed.line.slice(0, 100)}…` : missed.line;
  return (
    `the lesson's Verify block's \`${command}\` (line ${line}) finds none of your nodes: ${nodeLabel(missed.id)} runs ` +
    `${JSON.stringify(shown)}, which /${missed.pattern.source}/ does not match, so what it prints says nothing about your ` +
    `leader's process — start your nodes under a name it finds: a kv_node script that runs your program without exec (exec replaces the script's command line with your program's), bash's \`exec -a kv_node …\`, or a program or jar named kv_node; or check the leader's pid yourself (kill -0 PID)`
  );
}

// The sessions this run's nodes run in: each node's command's own (the harness starts it as a session leader) and
// those its processes made (setsid, a daemon: Linux, by their tag). A node restarted counts by its current command.
function nodeSessions(cluster: ScenarioCluster): number[] {
  const sessions = new Set<number>();
  for (const id of cluster.nodeIds) {
    const pid = cluster.pid(id);
    if (pid !== undefined) sessions.add(pid);
    for (const p of cluster.lingering?.(id) ?? []) sessions.add(p.sid);
  }
  return [...sessions].sort((a, b) => a - b);
}

/** An unmet Verify expectation with its command, and why a follower's grep missed a detection the lesson accepts. */
export function describeUnmet(expectation: VerifyOutputCheck['expectations'][number], code: string, ctx: { readonly detectedAt: ReadonlyMap<number, { via: 'heartbeat' | 'connection'; text: string }>; readonly heartbeatAt: ReadonlyMap<number, unknown> }): string {
  const command = code.split('\n')[expectation.line - 1]?.trim();
  const head = `line ${expectation.line}${expectation.kind === 'grep' && command ? ` (${command})` : ''}: ${expectation.detail}`;
  const node = expectation.kind === 'grep' ? findNodeInPath(expectation.target) : undefined;
  const id = node === undefined ? undefined : [...ctx.detectedAt.keys()].find((k) => nodeLabel(k) === node);
  const detection = id === undefined ? undefined : ctx.detectedAt.get(id);
  if (detection?.via !== 'connection' || ctx.heartbeatAt.has(id!)) return head;
  return (
    `${head} — ${node} showed the leader gone only by its lost connection ("${detection.text.trim().slice(0, 120)}"), which this grep ` +
    `does not look for: log its heartbeat or election timeout too, also when it votes before its own timer fires ` +
    `("voted for node3: no heartbeat from leader node1 for 170 ms")`
  );
}

// `run-verify`: the Verify block in the work dir while the killed node is down (a frozen one is killed first),
// judged by what it printed. Against the reference cluster a failure is a lesson defect.
export async function runRunVerifyStep(_: RunVerifyStep, ctx: ScenarioContext): Promise<string> {
  const cluster = requireCluster(ctx);
  for (const fault of ctx.faults.filter((f) => f.action === 'kill' || f.action === 'pause')) {
    const id = fault.nodes[0]!;
    const restarted = ctx.faults.some((f) => f.action === 'restart' && f.nodes.includes(id) && f.atMs >= fault.atMs);
    // One that ignored its signal was said to (expect-detection) and will not exit now.
    if (restarted || fault.ignored) continue;
    if (fault.action === 'pause') cluster.sendSignal(id, 'SIGKILL');
    if (!(await cluster.waitExited(id, KILLED_EXIT_WAIT_MS))) ctx.problems.push(`${nodeLabel(id)} was still running ${KILLED_EXIT_WAIT_MS / 1000} s after ${fault.signal}${describeLingering(cluster, id)}`);
  }
  const lessonCode = findVerifyCode(ctx);
  if (lessonCode === undefined) return 'no Verify block';
  // Written for node 1 leading: when another node led, the same checks run against it.
  const leader = ctx.oldLeader ?? ctx.firstLeader ?? 1;
  const code = retargetVerifyBlock(lessonCode, leader);
  if (code !== lessonCode) ctx.notes.push(`${nodeLabel(leader)} led, not node 1: the lesson's Verify block ran against ${nodeLabel(leader)} (--id ${leader}; node 1 and node ${leader} swapped in its paths)`);
  const blind = cluster.kind === 'custom' ? describeBlindPgrep(lessonCode, ctx) : undefined;
  if (blind !== undefined) ctx.notes.push(blind);
  // Its pgrep asks about this run's nodes only: another cluster on the machine is none of this run's business.
  const run = await runVerifyBlock(code, ctx.workDir, { env: scopePgrep(ctx.workDir, nodeSessions(cluster), process.env), reaper: ctx.reaper });
  const files: Record<string, string> = {};
  for (const id of cluster.nodeIds) {
    const path = cluster.logPath(id);
    if (existsSync(path)) files[relative(ctx.workDir, path)] = readFileSync(path, 'utf8');
  }
  const check = checkVerifyOutput(code, run.output, files);
  ctx.verifyBlock = { ...check, exitCode: run.exitCode, output: run.output };
  if (!check.passed) {
    const unmet = check.expectations.filter((e) => !e.met).map((e) => describeUnmet(e, code, ctx));
    // Only the bundled reference can expose a lesson defect; a student's cluster is told what it did.
    ctx.problems.push(
      cluster.kind === 'bundled'
        ? `lesson defect? its Verify block failed against the reference cluster (${unmet.join('; ')})`
        : `the lesson's Verify block did not pass on your cluster's logs (${unmet.join('; ')})`,
    );
  }
  return `exit ${run.exitCode}${run.timedOut ? ' (timed out)' : ''}${check.passed ? '' : `, ${check.expectations.filter((e) => !e.met).length} expectation(s) not met`}`;
}
