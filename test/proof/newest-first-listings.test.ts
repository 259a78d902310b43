// A paste newest first, as log viewers list lines (adv41's item U: Grafana Explore p13, logcli p14, CloudWatch Logs
// Insights p16): the verdict says so (LINES_NEWEST_FIRST, info) and warns of no time going back; lines out of place or a
// second run pasted after the first still get TIMESTAMPS_BACKWARDS.
import { describe, expect, it } from 'vitest';
import { checkPaste } from '../../src/proof/check-paste.js';
import { createFinding } from '../../src/findings/finding.js';
import { formatFindingMessage } from '../../src/findings/format-finding.js';
import { formatVerdictText } from '../../src/proof/format-verdict.js';
import { loadLesson } from './helpers.js';

const lesson = loadLesson('w12-l03');
const findingsOf = (paste: string) => checkPaste(lesson, paste).checks.flatMap((c) => c.findings);
const codesOf = (paste: string) => findingsOf(paste).map((f) => f.code);

// adv41's p13: Grafana Explore's browser-time column before each line's own `ts=…Z` (tabs).
const GRAFANA = [
  "2026-12-03 12:20:08.702\tts=2026-12-03T11:20:08.702Z level=info node=kv-1 term=3 msg=\"became leader\"",
  "2026-12-03 12:20:08.655\tts=2026-12-03T11:20:08.655Z level=warn node=kv-2 term=2 msg=\"heartbeat timeout, leader kv-0 unresponsive\"",
  "2026-12-03 12:20:08.581\tts=2026-12-03T11:20:08.581Z level=warn node=kv-1 term=2 msg=\"heartbeat timeout, leader kv-0 unresponsive\"",
  "2026-12-03 12:20:08.412\tts=2026-12-03T11:20:08.412Z level=info node=kv-0 term=2 msg=\"received SIGTERM, shutting down\"",
  "2026-12-03 12:20:08.303\tts=2026-12-03T11:20:08.303Z level=debug node=kv-2 term=2 msg=\"heartbeat from leader kv-0\"",
  "2026-12-03 12:20:08.302\tts=2026-12-03T11:20:08.302Z level=debug node=kv-1 term=2 msg=\"heartbeat from leader kv-0\"",
  "2026-12-03 12:20:08.301\tts=2026-12-03T11:20:08.301Z level=debug node=kv-0 term=2 msg=\"heartbeat sent\"",
  "2026-12-03 12:20:05.118\tts=2026-12-03T11:20:05.118Z level=info node=kv-0 term=2 msg=\"became leader\""
];
// adv41's p16: CloudWatch Logs Insights' table, copied as markdown.
const CLOUDWATCH = [
  "| @timestamp | @logStream | @message |",
  "| --- | --- | --- |",
  "| 2026-12-03 11:20:08.586 | raft-kv/node2/7c41e0a2 | INFO  became leader for term 3 |",
  "| 2026-12-03 11:20:08.583 | raft-kv/node3/b09d12f5 | INFO  granted vote to node2 for term 3 |",
  "| 2026-12-03 11:20:08.581 | raft-kv/node2/7c41e0a2 | WARN  heartbeat timeout: no AppendEntries from leader node1 for 150ms, starting election for term 3 |",
  "| 2026-12-03 11:20:08.414 | raft-kv/node3/b09d12f5 | WARN  connection to leader node1 closed (read returned 0) |",
  "| 2026-12-03 11:20:08.412 | raft-kv/node1/3e88a9c1 | INFO  received SIGTERM, shutting down |",
  "| 2026-12-03 11:20:08.301 | raft-kv/node1/3e88a9c1 | DEBUG heartbeat sent to node2, node3 (term 2) |",
  "| 2026-12-03 11:20:05.118 | raft-kv/node1/3e88a9c1 | INFO  became leader for term 2 |"
];

describe('a listing newest first', () => {
  it.each([
    ['Grafana Explore', GRAFANA, 1, 8, [169, 243]],
    ['CloudWatch Logs Insights', CLOUDWATCH, 3, 9, [169, 2]],
  ])('%s: says the lines run newest first, warns of no time going back, and measures by time', (_, lines, firstLine, lastLine, ms) => {
    const paste = (lines as string[]).join('\n');
    const verdict = checkPaste(lesson, paste);
    const findings = verdict.checks.flatMap((c) => c.findings);
    expect(findings.filter((f) => f.code === 'TIMESTAMPS_BACKWARDS')).toEqual([]);
    expect(findings.filter((f) => f.code === 'LINES_NEWEST_FIRST')).toEqual([
      expect.objectContaining({ severity: 'info', line: firstLine, args: expect.objectContaining({ whole: true, firstLine, lastLine }) }),
    ]);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.followers.map((f) => f.detectionMs)).toEqual(ms);
  });

  it("says it in the report's words", () => {
    const text = formatVerdictText(checkPaste(lesson, GRAFANA.join('\n')), { color: false });
    expect(text).toContain('ℹ line 1: lines 1-8 run newest first, as a log viewer lists them (Grafana Explore, logcli, CloudWatch Logs Insights): they were read in time order, oldest first');
    expect(text).not.toContain('goes back');
  });

  it("names the nodes whose blocks alone run newest first", () => {
    expect(formatFindingMessage(createFinding('LINES_NEWEST_FIRST', 'info', { whole: false, nodes: ['node2', 'node3'], firstLine: 5, lastLine: 12 }))).toBe(
      "node2 and node3's lines, 5-12, run newest first, as a log viewer lists them (Grafana Explore, logcli, CloudWatch Logs Insights): they were read in time order, oldest first",
    );
  });

  it("keeps the kill at the program's own stamp, not the browser's column (`ts=…Z`)", () => {
    expect(checkPaste(lesson, GRAFANA.join('\n')).measurements!.killAt).toBe('2026-12-03T11:20:08.412Z');
  });

  it('still warns of one line out of place and of a second run pasted after the first', () => {
    const outOfPlace = [
      '2026-12-03T11:20:08.302Z [node2] heartbeat from leader node1',
      '2026-12-03T11:20:08.412Z [node1] received SIGTERM, shutting down',
      '2026-12-03T11:20:08.655Z [node3] heartbeat timeout',
      '2026-12-03T11:20:08.581Z [node2] heartbeat timeout',
      '2026-12-03T11:20:08.303Z [node3] heartbeat from leader node1',
    ];
    expect(codesOf(outOfPlace.join('\n'))).toContain('TIMESTAMPS_BACKWARDS');
    expect(codesOf(outOfPlace.join('\n'))).not.toContain('LINES_NEWEST_FIRST');
    const run = (minute: string) => outOfPlace.slice(0, 3).map((l) => l.replace('11:20:', `11:${minute}:`));
    const twoRuns = [...run('20'), ...run('10')].join('\n');
    expect(codesOf(twoRuns)).toContain('TIMESTAMPS_BACKWARDS');
    expect(codesOf(twoRuns)).not.toContain('LINES_NEWEST_FIRST');
  });
});
