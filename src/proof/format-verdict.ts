// A verdict as terminal text: one line per check with its numbers, the first match per pattern, a compact
// timeline (kill → each follower's detection, +ms), then the findings that explain a failure. Colour only when
// the caller asks (the CLI decides from NO_COLOR / TTY); finding wording comes from formatFindingMessage, and every
// node is named as the paste writes it (the verdict's nodeNames, nameNode).
import type { Finding } from '../findings/finding.js';
import { describePatternEvidence, findClockShift, formatFindingMessage, formatMs as ms, formatPattern, type ClockShift } from '../findings/format-finding.js';
import { nameNode, type NodeNames } from '../findings/node-names.js';
import type { Lesson } from '../lesson/types.js';
import { orderReportChecks } from './lead-with-cause.js';
import { isOwnLineOfKill } from './own-line-of-kill.js';
import type { FollowerMeasurement, Verdict, VerdictCheck } from './verdict.js';

export interface FormatVerdictOptions {
  readonly color: boolean;
  /** For the title line. */
  readonly lesson?: Pick<Lesson, 'id' | 'title'>;
}

type Paint = (text: string) => string;

const ANSI = { green: '\x1b[32m', red: '\x1b[31m', yellow: '\x1b[33m', cyan: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

const plus = (value: number): string => `${value >= 0 ? '+' : '−'}${ms(Math.abs(value))}`;

// Findings shown as their own lines: the ones the summary lines do not already say.
const SUMMARISED = new Set(['PATTERN_MATCHED', 'PATTERN_NOT_FOUND', 'FOLLOWER_DETECTED']);

/** Human-readable verdict (see the header comment). */
export function formatVerdictText(verdict: Verdict, options: FormatVerdictOptions): string {
  const paint = (code: string): Paint => (text) => (options.color ? `${code}${text}${ANSI.reset}` : text);
  const green = paint(ANSI.green);
  const red = paint(ANSI.red);
  const yellow = paint(ANSI.yellow);
  const dim = paint(ANSI.dim);
  const bold = paint(ANSI.bold);
  const mark = (check: VerdictCheck): string =>
    check.status === 'passed' ? green('✓') : check.status === 'failed' ? red('✗') : check.status === 'skipped' ? dim('–') : green('✓');
  const names = verdict.nodeNames;
  const name = (id: string): string => nameNode(id, names);
  const severity = (f: Finding): string => (f.severity === 'error' ? red('✗') : f.severity === 'warning' ? yellow('⚠') : dim('ℹ'));

  const out: string[] = [];
  const title = options.lesson ? `${options.lesson.id} "${options.lesson.title}"` : verdict.lessonId;
  out.push(
    verdict.passed
      ? `${green(bold('✓ PASSED'))}  ${title}  ${green(`+${verdict.xpAwarded} XP`)}`
      : `${red(bold('✗ FAILED'))}  ${title}  ${dim('0 XP')}`,
  );

  for (const check of orderReportChecks(verdict)) {
    const label = check.id.padEnd(9);
    const details: string[] = [];
    let summary = '';
    if (check.status === 'skipped') summary = dim('skipped: the paste was not accepted');
    else if (check.id === 'input') {
      // A paste refused for its size was never read: no "0 lines, 0 characters" beside the size that refused it.
      summary = check.findings.some((f) => f.code === 'PASTE_TOO_LARGE')
        ? dim('not read')
        : `${verdict.input.lines} lines, ${verdict.input.chars} characters${verdict.referenceOutput ? dim(' (bundled reference output)') : ''}`;
    } else if (check.id === 'patterns') {
      const found = verdict.patterns.filter((p) => p.passed).length;
      summary = `${found}/${verdict.patterns.length} patterns found`;
      verdict.patterns.forEach((p, i) => {
        if (p.passed) {
          const killLine = verdict.measurements?.killLine;
          const evidence = p.role === 'kill' && killLine != null && p.line !== undefined && isOwnLineOfKill(p.line, killLine, p.excerpt ?? '') ? { ...p, killLine } : p;
          details.push(`${green('✓')} ${formatPattern(p.pattern)}  ${dim(`${describePatternEvidence(evidence, names)}:`)} ${p.excerpt ?? ''}`);
          return;
        }
        // Why it failed, in the formatter's words (what was expected, the lines the timing check used, the hint).
        const finding = check.findings.find((f) => f.path === `proof.regex_patterns[${i}]`);
        // A miss that follows from the timing check's cause (lead-with-cause.ts) is a warning: the ✗ goes to the cause.
        details.push(`${finding ? severity(finding) : red('✗')} ${finding ? formatFindingMessage(finding, names) : `${formatPattern(p.pattern)} not found`}`);
      });
    } else if (check.status === 'not-required') summary = dim('not required by this lesson');
    else if (verdict.measurements) {
      const m = verdict.measurements;
      const inTime = m.followers.filter((f) => f.status === 'detected').length;
      // A follower too slow counts however many others were in time (a five-node cluster's node4 at +412 ms).
      const asked = Math.max(m.expectedFollowers, inTime + m.followers.filter((f) => f.status === 'too-slow').length);
      // With no timed kill nothing was measured: "0/2 followers detected" would blame followers that may well have (adv65f W1).
      summary = m.killLine === null ? 'not measured: no kill of the leader with a time (see below)' : `${inTime}/${asked} followers detected the dead leader within ${ms(m.windowMs)} of the kill`;
      if (m.killLine !== null) {
        // A follower killed (KILLED_NODE_NOT_LEADER): name it and the leader (when the paste shows it); nothing was measured.
        const follower = m.killedNode !== null && m.killedNode !== m.leader;
        // Killed, and nothing shows it led (its followers' lost links name it only as a peer): no follower either.
        const unshown = follower ? readLeadingUnshown(verdict) : undefined;
        // The leader lived through the kill (KILLED_NODE_LED_ON) and the paste shows no other node it ended.
        const ledOnFinding = follower || m.leader === null ? undefined : check.findings.find((f) => f.code === 'KILLED_NODE_LED_ON');
        const ledOn = ledOnFinding !== undefined;
        // Replaced after its followers lost it, its own line of the kill later (KILLED_NODE_NOT_LEADER's replacedAfterLoss).
        const replacedBy = follower ? check.findings.find((f) => f.code === 'KILLED_NODE_NOT_LEADER' && f.args.replacedAfterLoss !== undefined) : undefined;
        const replaced = replacedBy !== undefined;
        details.push(`${bold('kill')}  ${m.killAt}  ${dim(`line ${m.killLine}, ${describeKilledNode(m, name, unshown !== undefined ? unshown : follower ? (replacedBy ?? 'follower') : ledOnFinding)}`)}`);
        // Followers whose detection line is on another clock than the kill's (CLOCKS_INCOMPARABLE): not "no detection".
        const offClock = new Set(check.findings.flatMap((f) => (f.code === 'FOLLOWER_NO_DETECTION' && f.args.offClock === true ? [String(f.args.node)] : [])));
        const rows = timelineEntries(m.followers, m.windowMs, names, { green, red, yellow, dim }, offClock, check.findings);
        rows.forEach((row, i) => details.push(`${i === rows.length - 1 ? '└─' : '├─'} ${row}`));
        if (m.followers.length === 0) {
          // The leader gone before the follower's kill, by a kill no line shows (KILLED_NODE_NOT_LEADER's lostBefore).
          const lostBefore = follower && check.findings.some((f) => f.code === 'KILLED_NODE_NOT_LEADER' && f.args.lostBefore !== undefined);
          details.push(
            dim(
              lostBefore
                ? `└─ nothing to measure: no line shows the kill of the leader ${name(m.leader!)}, whose followers noticed it gone before this kill`
                : replaced
                  ? `└─ nothing to measure: every follower had lost ${name(m.killedNode!)} before the kill's only timed line`
                  : follower || ledOn
                  ? `└─ nothing to measure: the leader${m.leader === null ? '' : ` ${name(m.leader)}`} was not killed, so no follower had a dead leader to notice`
                  : '└─ no follower lines in the paste',
            ),
          );
        }
      }
    } else summary = 'not measured';
    out.push(`  ${mark(check)} ${label} ${summary}`);
    for (const line of details) out.push(`      ${line}`);
    for (const finding of check.findings) {
      if (SUMMARISED.has(finding.code) || (check.id === 'patterns' && finding.path?.startsWith('proof.regex_patterns['))) continue;
      const message = formatFindingMessage(finding, names);
      // No "line 14: line 14 (…)": a message that starts with its own line says where it is.
      const where = finding.line === undefined || message.startsWith(`line ${finding.line} `) ? '' : dim(`line ${finding.line}: `);
      out.push(`      ${severity(finding)} ${where}${message}`);
    }
  }
  return `${out.join('\n')}\n`;
}

// Whether the judged kill's node is named by the kill alone, nothing showing it led (a follower's lost link names it
// only as a peer: a follower finding's peerOnly), so the report calls it neither leader nor follower.
export function isLeadingUnshown(verdict: Verdict): boolean {
  return readLeadingUnshown(verdict) !== undefined;
}

// How the judged kill's node is not shown leading (isLeadingUnshown): nothing shows it led ('unshown'), or a follower
// lost it before the kill and nothing shows it leading since ('lost-before', the peerOnly args' lostLine).
function readLeadingUnshown(verdict: Verdict): 'unshown' | 'lost-before' | undefined {
  const m = verdict.measurements;
  if (m === null || m.leader !== null || m.killedNode === null) return undefined;
  const peerOnly = verdict.checks.flatMap((c) => (c.id === 'timing' ? c.findings : [])).find((f) => f.args.peerOnly !== undefined)?.args.peerOnly as { lostLine?: number } | undefined;
  return peerOnly === undefined ? undefined : peerOnly.lostLine === undefined ? 'unshown' : 'lost-before';
}

/**
 * The kill row's words on the node it hit: a node replaced before its line of the kill or before this kill
 * (`replacedAfterLoss`, the finding given), a follower (`'follower'`), one nothing shows leading (`'unshown'`) or
 * its followers lost before the kill (`'lost-before'`), a leader that lived through it (its KILLED_NODE_LED_ON
 * finding), else the leader, or that the paste shows none.
 */
function describeKilledNode(m: NonNullable<Verdict['measurements']>, name: (id: string) => string, role: Finding | 'follower' | 'unshown' | 'lost-before' | undefined): string {
  const led = m.leader === null ? 'the paste does not show which node led' : `${name(m.leader)} was the leader`;
  if (role === 'follower') return `${name(m.killedNode!)} — a follower; ${led}`;
  if (role === 'unshown') return `${name(m.killedNode!)} — not shown leading; ${led}`;
  if (role === 'lost-before') return `${name(m.killedNode!)} — no longer leading: its followers lost it before the kill; ${led}`;
  if (role?.code === 'KILLED_NODE_NOT_LEADER') {
    const byCommand = (role.args.replacedAfterLoss as { byCommand?: true } | undefined)?.byCommand === true;
    return `${name(m.killedNode!)} — ${byCommand ? 'lost and replaced before this kill' : 'replaced before its line of the kill'}; ${led}`;
  }
  if (role !== undefined) {
    const args = role.args as { stillRunning?: unknown; asMember?: true };
    return `leader ${name(m.leader!)} — not killed: ${args.stillRunning !== undefined ? 'its process still ran' : `it ${args.asMember === true ? 'lived' : 'led'} on`}`;
  }
  return m.leader ? `leader ${name(m.leader)}` : 'leader unknown';
}

// A follower without a measured detection, in the timeline's words; with detection lines after the kill that could be
// tied to no node, never "no detection": one of them may be its own.
export function describeMissingDetection(f: Pick<FollowerMeasurement, 'status' | 'unattributedDetections'>): string {
  if (f.unattributedDetections !== undefined) {
    const n = f.unattributedDetections;
    return `cannot be told: ${n} detection line${n === 1 ? '' : 's'} after the kill tied to no node`;
  }
  return f.status === 'before-kill-only' ? 'detected only before the kill' : 'no detection after the kill';
}

// `−1 s`, `+450 ms`: one end of a span a coarse stamp allows, in whole seconds when it is some.
const spanEnd = (value: number): string => (value !== 0 && value % 1000 === 0 ? `${value > 0 ? '+' : '−'}${Math.abs(value) / 1000} s` : plus(value));

/**
 * The time a follower's row shows when its stamps are too coarse to measure it and do not hold the kill: the span
 * they allow (`−1 s to +1 s` for a detection stamped in the kill's own whole second), from its TIMESTAMPS_TOO_COARSE
 * finding; undefined otherwise. A difference of coarse stamps (`+0 ms`) would read as a measured, instant detection.
 */
export function describeCoarseSpan(f: Pick<FollowerMeasurement, 'node' | 'status' | 'stampHoldsKill' | 'line'>, findings: readonly Finding[]): string | undefined {
  if (f.status !== 'too-coarse' || f.stampHoldsKill === true) return undefined;
  const finding = findings.find((x) => x.code === 'TIMESTAMPS_TOO_COARSE' && x.args.node === f.node && x.line === f.line && typeof x.args.latestMs === 'number');
  if (finding === undefined) return undefined;
  return `${spanEnd(finding.args.earliestMs as number)} to ${spanEnd(finding.args.latestMs as number)}`;
}

// The followers' timeline rows: node, time after the kill (the span coarse stamps allow, describeCoarseSpan), how
// late (too slow / too coarse), the line and the paste's own words on it (never a name for the event the paste may
// not use), then the other detection line if any. Each column is as wide as its widest value plus a space, so long
// names and times never run together; node, time, note and line are two spaces apart in every row.
function timelineEntries(
  followers: readonly FollowerMeasurement[],
  windowMs: number,
  names: NodeNames,
  c: Record<'green' | 'red' | 'yellow' | 'dim', Paint>,
  offClock: ReadonlySet<string>,
  findings: readonly Finding[],
): string[] {
  // A too-slow delay of whole quarter hours and ms is clocks apart (findClockShift): worded as its ✗ line words it.
  const shiftOf = (f: FollowerMeasurement): ClockShift | undefined => (f.status === 'too-slow' ? findClockShift(f.detectionMs!, windowMs) : undefined);
  const timeOf = (f: FollowerMeasurement): string => {
    const shift = shiftOf(f);
    if (f.killBeforeCommand === true && f.status === 'too-coarse') return plus(f.detectionMs!);
    return shift === undefined ? (describeCoarseSpan(f, findings) ?? plus(f.detectionMs!)) : `+${shift.words}`;
  };
  // A kill stamped coarser than the window, or timed only by its prompt, with the detection still in time
  // (measure-detection.ts): an upper bound.
  const bounded = (f: FollowerMeasurement): boolean => f.status === 'detected' && ((f.precisionMs !== undefined && f.precisionMs > windowMs) || f.killBeforeCommand === true);
  const noteOf = (f: FollowerMeasurement): string => {
    if (f.detectionMs === undefined) return '';
    if (f.status === 'too-slow') return shiftOf(f)?.apart ?? `${ms(f.detectionMs - windowMs)} too slow`;
    if (f.status === 'too-coarse') return f.killBeforeCommand === true ? "at most: the kill's time is its prompt's" : f.stampHoldsKill ? 'at most, timestamps too coarse' : 'timestamps too coarse';
    return bounded(f) ? (f.killBeforeCommand === true ? "at most (the prompt's time)" : 'at most (coarse kill time)') : '';
  };
  const said = (words: string | undefined): string => (words === undefined ? '' : JSON.stringify(words));
  const lineOf = (f: FollowerMeasurement): string => (f.line === undefined ? '' : `line ${f.line}`);
  const nodeWidth = Math.max(5, ...followers.map((f) => nameNode(f.node, names).length));
  const timeWidth = Math.max(0, ...followers.map((f) => (f.detectionMs === undefined ? 0 : timeOf(f).length)));
  const noteWidth = Math.max(0, ...followers.map((f) => noteOf(f).length));
  const lineWidth = Math.max(0, ...followers.map((f) => (f.detectionMs === undefined ? 0 : lineOf(f).length)));
  const wordsWidth = Math.max(0, ...followers.map((f) => (f.detectionMs === undefined ? 0 : said(f.words).length)));
  return followers.map((f) => {
    const node = nameNode(f.node, names).padEnd(nodeWidth);
    if (f.detectionMs === undefined) {
      return `${node}  ${c.red(offClock.has(f.node) ? "not measured: its detection's time is on another clock than the kill's" : describeMissingDetection(f))}`;
    }
    const [otherLine, otherMs, otherWords] =
      f.via === 'heartbeat' ? [f.connectionLine, f.connectionMs, f.connectionWords] : [f.heartbeatLine, f.heartbeatMs, f.heartbeatWords];
    // The other line's time is as coarse as this one's: no point in time for a too-coarse line, a bound for a bounded one
    // (adv58a-12's `also line 8 at +0 ms` under "−1 s to +1 s").
    const otherAt = f.status === 'too-coarse' ? '' : ` at ${plus(otherMs ?? 0)}${bounded(f) ? ' at most' : ''}`;
    const other =
      otherLine !== undefined && otherMs !== undefined && otherLine !== f.line
        ? `  (also line ${otherLine}${otherAt}${otherWords === undefined ? '' : `: ${said(otherWords)}`})`
        : '';
    const paint = f.status === 'detected' ? c.green : f.status === 'too-slow' ? c.red : c.yellow;
    const time = paint(timeOf(f).padEnd(timeWidth));
    // The note column (too slow / too coarse) sits two spaces from the time, as the line column does from the time.
    const note = noteWidth === 0 ? '' : ` ${paint(noteOf(f).padEnd(noteWidth))} `;
    // Pad a column only when something follows it, so no row ends in spaces.
    const tail = `${said(f.words).padEnd(other ? wordsWidth : 0)}`;
    const line = c.dim(lineOf(f).padEnd(tail ? lineWidth : 0));
    return `${node}  ${time} ${note} ${line}${tail ? ` ${tail}` : ''}${c.dim(other)}`;
  });
}
