// A student's summary block under a heading of their own (summary-lines.ts): no node's log line, whatever its shape.
import { describe, expect, it } from 'vitest';
import { readLogText } from '../../src/log-events/index.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { formatFindingMessage } from '../../src/findings/format-finding.js';
import { loadLesson, W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;
const lesson = loadLesson('w12-l03');

const LOGS = [
  '$ date +%T.%3N; kill 4101',
  '10:00:00.100',
  '$ grep -h "timeout\\|SIGTERM" node1.log node2.log node3.log',
  '10:00:00.100 [node1] INFO received SIGTERM, shutting down',
  '10:00:00.352 [node2] WARN heartbeat timeout: no message from leader node1 in 300ms',
  '10:00:00.421 [node3] WARN heartbeat timeout: no message from leader node1 in 368ms',
];

// The 1-based lines read as detections of `node`.
const detectionLines = (text: string, node: string): number[] =>
  readLogText(text, patterns)
    .events.filter((e) => e.node === node && e.kind === 'heartbeat-timeout')
    .map((e) => e.line + 1);

describe('dropSummaryLines: a summary under the student heading is no node line', () => {
  it('drops a checklist that miscopies node3 (.371 for its own .421): node3 is measured from its own line', () => {
    const text = [...LOGS, '', 'Results:', '✅ node2: 10:00:00.352 heartbeat timeout (+252 ms)', '✅ node3: 10:00:00.371 heartbeat timeout (+271 ms)'].join('\n');
    const read = readLogText(text, patterns);
    expect(read.summaryLines?.map((s) => [s.line + 1, s.node, s.headingLine + 1])).toEqual([
      [9, 'node2', 8],
      [10, 'node3', 8],
    ]);
    expect(detectionLines(text, 'node3')).toEqual([6]);
    const verdict = checkPaste(lesson, text);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.followers.find((f) => f.node === 'node3')).toMatchObject({ line: 6, detectionMs: 321, status: 'too-slow' });
    const said = verdict.checks[2]!.findings.find((f) => f.code === 'SUMMARY_LINES_NOT_MEASURED');
    expect(said).toMatchObject({ severity: 'info', line: 9, args: { headingLine: 8, heading: 'Results:' } });
    expect(formatFindingMessage(said!)).toBe(
      'lines 9 and 10 restate node2\'s and node3\'s lines in your own summary under "Results:" (line 8), so they were not measured ' +
        '(a summary may miscopy a time): each node is measured from its own log lines',
    );
  });

  it('drops it without the checkmark and the delta, and with a blank line or a markdown heading over the block', () => {
    for (const heading of [['Summary:'], ['## Results', ''], ['# what I saw']]) {
      const text = [...LOGS, '', ...heading, 'node3: 10:00:00.371 heartbeat timeout'].join('\n');
      expect(detectionLines(text, 'node3'), heading.join('|')).toEqual([6]);
      expect(checkPaste(lesson, text).passed, heading.join('|')).toBe(false);
    }
  });

  it('drops a checklist whose times come last, under a heading below the last tail section', () => {
    const text = [
      '$ tail -n 2 node1.log node2.log node3.log',
      '==> node1.log <==',
      '10:00:00.100 [node1] WARN  received SIGTERM, shutting down',
      '==> node2.log <==',
      '10:00:00.101 [node2] WARN  connection to leader node1 closed: EOF',
      '==> node3.log <==',
      '10:00:00.421 [node3] WARN  heartbeat timeout, no message from leader node1 in 369ms',
      '',
      'Results:',
      '- leader node1 killed at 10:00:00.100',
      '- node3 heartbeat timeout at 10:00:00.380',
    ].join('\n');
    expect(readLogText(text, patterns).summaryLines?.map((s) => [s.line + 1, s.node, s.headingLine + 1])).toEqual([[11, 'node3', 9]]);
    expect(detectionLines(text, 'node3')).toEqual([7]);
    expect(checkPaste(lesson, text).passed).toBe(false);
  });

  it('keeps a block of `name: time` lines when that is the only shape the node has (a typed-out log under a heading)', () => {
    const text = ['$ date +%T.%3N; kill 4101', '10:00:00.100', 'Follower logs:', 'node2: 10:00:00.352 heartbeat timeout', 'node3: 10:00:00.371 heartbeat timeout'].join('\n');
    expect(readLogText(text, patterns).summaryLines).toBeUndefined();
    expect(detectionLines(text, 'node3')).toEqual([5]);
  });

  it('keeps pdsh / sed tagged output under its command, though the node has tagged lines elsewhere', () => {
    const text = [...LOGS, '$ tail -f node3.log | sed "s/^/node3: /"', 'node3: 10:00:00.371 heartbeat timeout'].join('\n');
    expect(readLogText(text, patterns).summaryLines).toBeUndefined();
    expect(detectionLines(text, 'node3')).toEqual([6, 8]);
    const pdsh = [
      '$ pdsh -w kv-[1-3] journalctl -u kv -o short-precise',
      'kv-2: Nov 30 14:05:12.885731 kv-2 kv_node[807]: connection to leader kv-3 lost: EOF',
      'kv-1: Nov 30 14:05:12.885902 kv-1 kv_node[806]: connection to leader kv-3 lost: EOF',
    ].join('\n');
    expect(readLogText(pdsh, patterns).summaryLines).toBeUndefined();
  });

  it('keeps a program\'s output under its banner line: a line right under a command is no heading', () => {
    const text = [...LOGS, '$ ./replay-node3.sh', 'Replaying node3 log', 'node3: 10:00:00.371 heartbeat timeout'].join('\n');
    expect(readLogText(text, patterns).summaryLines).toBeUndefined();
  });

  it('keeps a line under an untimed line that names its writer (an untimed log line is no heading)', () => {
    const text = [...LOGS, 'node3: election timer reset', 'node3: 10:00:00.371 heartbeat timeout'].join('\n');
    expect(readLogText(text, patterns).summaryLines).toBeUndefined();
  });
});
