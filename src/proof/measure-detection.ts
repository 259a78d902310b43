// The timing check: when was the leader killed, and how long did each follower take to notice?
//
// - Kill: the earliest timestamped line matching timing.kill_pattern. Lines that are also detections
//   (heartbeat/connection pattern) are used only when no other kill line has a timestamp, so a follower's
//   "leader … stopped responding" cannot pass for the kill.
// - Leader: the kill line's node; if it has none (a `$ kill` line), the node the kill line names (`kill node1`,
//   `--id 1`); else the node most detections call "leader nodeN". Every other node seen is a follower.
// - Per follower: its first heartbeat line and first connection line at or after the kill (by time, so
//   concatenated files in any order work). Detection = the earlier of the two.
// - Passed when at least timing.followers followers detected within timing.window_ms with timestamps fine
//   enough (resolution <= window). Once that holds, problems of further followers are warnings.
// - Timestamps running backwards within one node are a warning, not an error: rotated logs pasted in the wrong
//   order and NTP steps do it in honest logs, and the measurement itself orders by time. The warning says where.
//   Only the lines the measurement uses (kill and detection lines) are parsed and checked, which keeps a 10 MB
//   paste cheap; the clock (paste-clock.ts) is chosen from the same lines.
import { createFinding, type Finding } from '../findings/finding.js';
import type { ProofTiming } from '../lesson/types.js';
import { findLeaderMention, findMentionedNodes } from '../log-events/attribute-node.js';
import { choosePasteClock, formatClockValue } from '../log-events/paste-clock.js';
import { excerptOf, lineText, type PasteLines } from '../log-events/paste-lines.js';
import { LINE_COMMAND, stampOf, type LineTable } from '../log-events/scan-lines.js';
import type { Stamp } from '../log-events/parse-timestamp.js';
import type { FollowerMeasurement, Measurements } from './verdict.js';

export interface TimingMatches {
  /** 0-based lines matching each timing pattern, ascending. */
  readonly kill: readonly number[];
  readonly heartbeat: readonly number[];
  readonly connection: readonly number[];
}

const LEADERSHIP = /leader|won (?:the )?election/i;
const OWN_LEADERSHIP = /\b(?:now|became|becoming|is)(?: the)? leader\b|\bwon (?:the )?election\b/i;

// The last statement of who leads before the kill ("new leader node1", "… now leader"), walking back from the end
// in paste order (each node's own log is chronological): usually a few lines, all of them only when none says.
function leaderBeforeKill(lines: PasteLines, table: LineTable, valueOf: (stamp: Stamp) => number, killAt: number): { node: string; line: number } | undefined {
  for (let line = lines.count - 1; line >= 0; line--) {
    const text = lineText(lines, line, 4096);
    if (!LEADERSHIP.test(text)) continue;
    const stamp = stampOf(lines, table, line);
    if (!stamp || valueOf(stamp) >= killAt) continue;
    const own = table.nodes[line];
    const node = own !== undefined && OWN_LEADERSHIP.test(text) ? own : findLeaderMention(text);
    if (node !== undefined) return { node, line };
  }
  return undefined;
}

export interface TimingResult {
  readonly passed: boolean;
  readonly findings: Finding[];
  readonly measurements: Measurements;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

// Union of two ascending line lists, ascending, without duplicates.
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

const compareNodes = (a: string, b: string): number => {
  const na = /^node(\d+)$/.exec(a);
  const nb = /^node(\d+)$/.exec(b);
  if (na && nb) return Number(na[1]) - Number(nb[1]);
  return a < b ? -1 : a > b ? 1 : 0;
};

// Earliest line by value (ties: earlier line), among lines with a stamp and value >= from.
function earliest(lines: readonly number[], value: (line: number) => number | undefined, from = -Infinity): number | undefined {
  let best: number | undefined;
  let bestValue = Infinity;
  for (const line of lines) {
    const v = value(line);
    if (v !== undefined && v >= from && v < bestValue) {
      best = line;
      bestValue = v;
    }
  }
  return best;
}

export function measureDetection(
  timing: ProofTiming,
  lines: PasteLines,
  table: LineTable,
  matches: TimingMatches,
  where: { file?: string } = {},
): TimingResult {
  const findings: Finding[] = [];
  // (Object spreads are avoided on this path: V8 builds slow dictionary objects for them.)
  const at = (line: number): { file?: string; line: number } => (where.file === undefined ? { line: line + 1 } : { file: where.file, line: line + 1 });
  const excerpt = (line: number): string => excerptOf(lineText(lines, line, 4096));

  // The lines the measurement uses, in paste order, with their timestamps.
  const detectionLines = new Set([...matches.heartbeat, ...matches.connection]);
  const used = mergeSorted(matches.kill, mergeSorted(matches.heartbeat, matches.connection));
  const stamps = new Map<number, Stamp>();
  for (const line of used) {
    const stamp = stampOf(lines, table, line);
    if (stamp) stamps.set(line, stamp);
  }
  const clock = choosePasteClock([...stamps.values()]);
  const value = (line: number): number | undefined => {
    const stamp = stamps.get(line);
    return stamp ? clock.valueOf(stamp) : undefined;
  };

  // Nodes seen (every line), and timestamps running backwards within a node (lines used).
  const seen = new Set<string>();
  let lastNode: string | undefined;
  for (let i = 0; i < lines.count; i++) {
    const node = table.nodes[i];
    if (node !== lastNode) {
      if (node !== undefined) seen.add(node);
      lastNode = node;
    }
  }
  const last = new Map<string, { value: number; line: number } | null>();
  let anyStamp = false;
  for (const i of used) {
    const v = value(i);
    if (v === undefined) continue;
    anyStamp = true;
    const node = table.nodes[i];
    if (node === undefined) continue;
    const previous = last.get(node);
    if (previous === null) continue; // already reported for this node
    if (previous && v < previous.value) {
      findings.push(
        createFinding('TIMESTAMPS_BACKWARDS', 'warning', { node, backMs: round(previous.value - v), previousLine: previous.line + 1 }, at(i)),
      );
      last.set(node, null);
    } else last.set(node, { value: v, line: i });
  }
  // No kill/detection line has a timestamp: does any line have one? (Decides TIMESTAMPS_MISSING.)
  for (let i = 0; !anyStamp && i < lines.count; i++) {
    if (table.stampAt[i]! >= 0 && stampOf(lines, table, i)) anyStamp = true;
  }
  const nodesSeen = [...seen].sort(compareNodes);

  const measurements = (kill: number | undefined, leader: string | undefined, leaderFrom: Measurements['leaderFrom'], followers: FollowerMeasurement[]): Measurements => ({
    clock: clock.kind,
    killAtMs: kill === undefined ? null : round(value(kill)!),
    killAt: kill === undefined ? null : formatClockValue(clock.kind, value(kill)!),
    killLine: kill === undefined ? null : kill + 1,
    killExcerpt: kill === undefined ? null : excerpt(kill),
    leader: leader ?? null,
    leaderFrom,
    windowMs: timing.window_ms,
    expectedFollowers: timing.followers,
    nodesSeen,
    followers,
  });
  const empty = (): Measurements => measurements(undefined, undefined, null, []);

  if (!anyStamp) {
    findings.push(createFinding('TIMESTAMPS_MISSING', 'error', { lines: lines.count }, where));
    return { passed: false, findings, measurements: empty() };
  }
  if (clock.kind !== 'absolute') findings.push(createFinding('TIMESTAMPS_WITHOUT_DATE', 'info', { clock: clock.kind, mixed: clock.mixed }, where));

  // Kill line.
  const plainKills = matches.kill.filter((line) => !detectionLines.has(line));
  const killLine = earliest(plainKills, value) ?? earliest(matches.kill, value);
  if (killLine === undefined) {
    const untimestamped = matches.kill[0];
    findings.push(
      createFinding(
        'KILL_LINE_MISSING',
        'error',
        { pattern: timing.kill_pattern, ...(untimestamped === undefined ? {} : { untimestampedLine: untimestamped + 1 }) },
        untimestamped === undefined ? where : at(untimestamped),
      ),
    );
    return { passed: false, findings, measurements: empty() };
  }
  const killAt = value(killLine)!;

  // Leader.
  let leader: string | undefined;
  let leaderFrom: Measurements['leaderFrom'] = null;
  const killNode = table.kinds[killLine] === LINE_COMMAND ? undefined : table.nodes[killLine];
  if (killNode !== undefined) [leader, leaderFrom] = [killNode, 'kill-line'];
  else {
    const named = findMentionedNodes(lineText(lines, killLine, 4096));
    if (named.length === 1) [leader, leaderFrom] = [named[0], 'kill-line-mention'];
    else {
      const votes = new Map<string, number>();
      for (const line of detectionLines) {
        const mention = findLeaderMention(lineText(lines, line, 4096));
        if (mention) votes.set(mention, (votes.get(mention) ?? 0) + 1);
      }
      let best = 0;
      for (const [node, count] of votes) {
        if (count > best || (count === best && leader !== undefined && compareNodes(node, leader) < 0)) [leader, best] = [node, count];
      }
      if (leader) leaderFrom = 'detections';
    }
  }

  // The kill line's node is taken as the leader; a paste that shows another node leading right before the kill
  // killed a follower (its peers' "connection lost" lines would otherwise pass as detections).
  if (leaderFrom === 'kill-line' && leader !== undefined) {
    const said = leaderBeforeKill(lines, table, (stamp) => clock.valueOf(stamp), killAt);
    if (said && said.node !== leader) {
      findings.push(createFinding('KILLED_NODE_NOT_LEADER', 'error', { killed: leader, leader: said.node, line: said.line + 1 }, at(said.line)));
      return { passed: false, findings, measurements: measurements(killLine, leader, leaderFrom, []) };
    }
  }

  // Followers.
  const followerNodes = nodesSeen.filter((node) => node !== leader);
  const byNode = new Map<string, { heartbeat: number[]; connection: number[] }>();
  let unattributedDetections = 0;
  for (const line of detectionLines) if (table.nodes[line] === undefined) unattributedDetections++;
  const collect = (list: readonly number[], kind: 'heartbeat' | 'connection'): void => {
    for (const line of list) {
      const node = table.nodes[line];
      if (node === undefined) continue;
      let entry = byNode.get(node);
      if (!entry) byNode.set(node, (entry = { heartbeat: [], connection: [] }));
      entry[kind].push(line);
    }
  };
  collect(matches.heartbeat, 'heartbeat');
  collect(matches.connection, 'connection');

  const killPrecision = stamps.get(killLine)!.precisionMs;
  const followers: FollowerMeasurement[] = [];
  const followerFindings: Finding[] = [];
  let detectedInTime = 0;
  for (const node of followerNodes) {
    const entry = byNode.get(node) ?? { heartbeat: [], connection: [] };
    const heartbeatLine = earliest(entry.heartbeat, value, killAt);
    const connectionLine = earliest(entry.connection, value, killAt);
    if (heartbeatLine === undefined && connectionLine === undefined) {
      const all = [...entry.heartbeat, ...entry.connection];
      let before: number | undefined;
      for (const line of all) {
        const v = value(line);
        if (v !== undefined && (before === undefined || v > value(before)!)) before = line;
      }
      if (before !== undefined) {
        followers.push({ node, status: 'before-kill-only' });
        followerFindings.push(
          createFinding(
            'DETECTION_BEFORE_KILL_ONLY',
            'error',
            { node, beforeMs: round(killAt - value(before)!), line: before + 1, killLine: killLine + 1 },
            at(before),
          ),
        );
      } else {
        const untimestamped = all.sort((a, b) => a - b)[0];
        followers.push({ node, status: 'no-detection' });
        followerFindings.push(
          createFinding('FOLLOWER_NO_DETECTION', 'error', { node, ...(untimestamped === undefined ? {} : { untimestampedLine: untimestamped + 1 }) }, where),
        );
      }
      continue;
    }
    const heartbeatMs = heartbeatLine === undefined ? undefined : round(value(heartbeatLine)! - killAt);
    const connectionMs = connectionLine === undefined ? undefined : round(value(connectionLine)! - killAt);
    const viaHeartbeat = connectionMs === undefined || (heartbeatMs !== undefined && heartbeatMs <= connectionMs);
    const line = viaHeartbeat ? heartbeatLine! : connectionLine!;
    const detectionMs = (viaHeartbeat ? heartbeatMs : connectionMs)!;
    const precisionMs = Math.max(killPrecision, stamps.get(line)!.precisionMs);
    const via = viaHeartbeat ? 'heartbeat' : 'connection';
    let status: FollowerMeasurement['status'];
    if (precisionMs > timing.window_ms) {
      status = 'too-coarse';
      followerFindings.push(createFinding('TIMESTAMPS_TOO_COARSE', 'error', { node, precisionMs, windowMs: timing.window_ms, detectionMs }, at(line)));
    } else if (detectionMs <= timing.window_ms) {
      status = 'detected';
      detectedInTime++;
      followerFindings.push(createFinding('FOLLOWER_DETECTED', 'info', { node, detectionMs, via, windowMs: timing.window_ms }, at(line)));
    } else {
      status = 'too-slow';
      followerFindings.push(
        createFinding('DETECTION_TOO_SLOW', 'error', { node, detectionMs, windowMs: timing.window_ms, overByMs: round(detectionMs - timing.window_ms) }, at(line)),
      );
    }
    const follower: { -readonly [K in keyof FollowerMeasurement]: FollowerMeasurement[K] } = {
      node,
      status,
      detectedAtMs: round(value(line)!),
      detectionMs,
      via,
      line: line + 1,
      excerpt: excerpt(line),
    };
    if (heartbeatMs !== undefined) {
      follower.heartbeatMs = heartbeatMs;
      follower.heartbeatLine = heartbeatLine! + 1;
    }
    if (connectionMs !== undefined) {
      follower.connectionMs = connectionMs;
      follower.connectionLine = connectionLine! + 1;
    }
    follower.precisionMs = precisionMs;
    followers.push(follower);
  }

  const passed = detectedInTime >= timing.followers;
  // With enough followers in time, what is wrong with further ones no longer decides the verdict.
  for (const finding of followerFindings) {
    findings.push(passed && finding.severity === 'error' ? createFinding(finding.code, 'warning', finding.args, finding) : finding);
  }
  if (followerNodes.length < timing.followers) {
    findings.push(
      createFinding(
        'FOLLOWER_MISSING',
        'error',
        { expected: timing.followers, seen: followerNodes.length, seenNodes: followerNodes, leader: leader ?? null, unattributedDetections },
        where,
      ),
    );
  }

  return { passed, findings, measurements: measurements(killLine, leader, leaderFrom, followers) };
}
