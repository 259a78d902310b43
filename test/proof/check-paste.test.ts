import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatFindingMessage } from '../../src/findings/format-finding.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { formatVerdictText } from '../../src/proof/format-verdict.js';
import { REFERENCE_MARK } from '../../src/proof/reference-mark.js';
import { loadLesson, makeLesson, problemCodes, ROOT } from './helpers.js';
import { makeLedOnPaste } from '../support/led-on-paste.js';

const lesson = loadLesson('w12-l03');
const GOOD = [
  'data/node1/node.log:2026-11-26T19:30:01.000Z node1 INFO  received SIGTERM, shutting down',
  'data/node2/node.log:2026-11-26T19:30:01.012Z node2 INFO  connection to leader node1 lost (EOF)',
  'data/node2/node.log:2026-11-26T19:30:01.250Z node2 WARN  heartbeat timeout — no message from leader in 300ms',
  'data/node3/node.log:2026-11-26T19:30:01.014Z node3 INFO  connection to leader node1 lost (EOF)',
].join('\n');

describe('checkPaste', () => {
  it('passes the bundled format and reports the first match per pattern', () => {
    const verdict = checkPaste(lesson, GOOD);
    expect(verdict).toMatchObject({ lessonId: 'w12-l03', passed: true, xpAwarded: 50, referenceOutput: false, input: { lines: 4 } });
    expect(verdict.checks.map((c) => [c.id, c.status])).toEqual([
      ['input', 'passed'],
      ['patterns', 'passed'],
      ['timing', 'passed'],
    ]);
    expect(verdict.patterns[0]).toMatchObject({ passed: true, line: 3, match: 'timeout' });
    expect(verdict.patterns[1]).toMatchObject({ passed: true, line: 1, match: 'SIGTERM' });
    expect(verdict.measurements).toMatchObject({ leader: 'node1', leaderFrom: 'kill-line', killLine: 1, killAt: '2026-11-26T19:30:01.000Z' });
    expect(verdict.measurements!.followers).toEqual([
      expect.objectContaining({ node: 'node2', detectionMs: 12, via: 'connection', heartbeatMs: 250, connectionMs: 12, line: 2, status: 'detected' }),
      expect.objectContaining({ node: 'node3', detectionMs: 14, via: 'connection', status: 'detected' }),
    ]);
  });

  it('reports the kill time in the offset the paste wrote it (11:14:22+01:00, not 10:14:22Z)', () => {
    const paste = [
      'ts=2026-12-01T11:14:22.517342911+01:00 level=info node=1 msg="received SIGTERM, shutting down"',
      'ts=2026-12-01T11:14:22.619+01:00 level=warn node=2 msg="election timeout, no heartbeat from leader" leader=1',
      'ts=2026-12-01T11:14:22.701+01:00 level=warn node=3 msg="election timeout, no heartbeat from leader" leader=1',
    ].join('\n');
    const verdict = checkPaste(lesson, paste);
    expect(verdict.measurements).toMatchObject({ killAt: '2026-12-01T11:14:22.517342+01:00', killAtMs: Date.UTC(2026, 11, 1, 10, 14, 22, 517) + 0.342 });
    expect(formatVerdictText(verdict, { color: false })).toContain('kill  2026-12-01T11:14:22.517342+01:00  line 1');
  });

  it('knows who led from a leader line whose words are joined by - or _ (msg=Became-Leader), so a killed follower is one', () => {
    const paste = [
      'ts=2026-11-30T12:00:00.100Z level=info node=node1 msg=Became-Leader term=1',
      'ts=2026-11-30T12:00:00.104Z level=info node=node2 msg=append_entries term=1',
      '2026-11-30T12:00:05.000Z kill -TERM 5103  # node3',
      'ts=2026-11-30T12:00:05.004Z level=warn node=node1 msg="connection to peer node3 lost (EOF)"',
      'ts=2026-11-30T12:00:05.050Z level=info node=node2 msg=append_entries term=1',
    ].join('\n');
    const verdict = checkPaste(lesson, paste);
    expect(verdict.passed).toBe(false);
    expect(problemCodes(verdict)).toContain('KILLED_NODE_NOT_LEADER');
    expect(verdict.measurements).toMatchObject({ leader: 'node1', killedNode: 'node3' });
  });

  // Lines that only hear from a leader are read where they can change the answer (check-paste.ts readLeaderEvents).
  it('knows a killed node was a follower from its own "heartbeat from leader" lines when nothing else says who led', () => {
    const paste = [
      '2026-11-30T12:00:04.900Z node2 DEBUG heartbeat from leader node1 term=3',
      '2026-11-30T12:00:04.901Z node3 DEBUG heartbeat from leader node1 term=3',
      '2026-11-30T12:00:05.000Z node3 INFO  received SIGTERM, shutting down',
      '2026-11-30T12:00:05.004Z node1 WARN  connection to peer node3 lost (EOF)',
      '2026-11-30T12:00:05.050Z node2 DEBUG heartbeat from leader node1 term=3',
    ].join('\n');
    const verdict = checkPaste(lesson, paste);
    expect(verdict.passed).toBe(false);
    expect(problemCodes(verdict)).toContain('KILLED_NODE_NOT_LEADER');
    expect(verdict.measurements).toMatchObject({ leader: 'node1', killedNode: 'node3' });
  });

  it('a statement before the kill that the killed node leads does not keep "heartbeat from leader" lines unread: it may be stale', () => {
    // adv18: node2 led term 1 (its claim, node3's statement); node1 leads term 2, said only by lines that hear from it
    const paste = [
      '09:59:52.309 [node2] won election for term 1, votes from node2, node3',
      '09:59:52.310 [node3] following leader node2 (term 1)',
      '09:59:57.904 [node2] heartbeat from leader node1 (term 2), stepping down',
      '09:59:57.905 [node3] heartbeat from leader node1 (term 2), election timeout reset',
      '10:00:00.101 [node2] received SIGTERM, shutting down',
      '10:00:00.102 [node1] append to node2 failed: EOF',
      '10:00:00.103 [node3] peer node2 stream closed: EOF',
    ].join('\n');
    const verdict = checkPaste(lesson, paste);
    expect(verdict.passed).toBe(false);
    expect(problemCodes(verdict)).toContain('KILLED_NODE_NOT_LEADER');
    expect(verdict.measurements).toMatchObject({ leader: 'node1', killedNode: 'node2' });
  });

  it('knows a killed node was a follower from "append from leader X" lines (only a leader sends appends)', () => {
    const paste = [
      '2026-11-30T12:00:04.900Z node1 follower: append from leader node3 term=2 ok',
      '2026-11-30T12:00:04.901Z node2 follower: append from leader node3 term=2 ok',
      '2026-11-30T12:00:05.000Z node1 caught SIGTERM, shutting down',
      '2026-11-30T12:00:05.004Z node3 leader: peer node1 connection closed (EOF), will retry',
      '2026-11-30T12:00:05.050Z node2 follower: append from leader node3 term=2 ok',
    ].join('\n');
    const verdict = checkPaste(lesson, paste);
    expect(verdict.passed).toBe(false);
    expect(problemCodes(verdict)).toContain('KILLED_NODE_NOT_LEADER');
    expect(verdict.measurements).toMatchObject({ leader: 'node3', killedNode: 'node1', followers: [] });
  });

  it('a passing paste whose only leader evidence is "heartbeat from leader" lines takes the killed node as the leader', () => {
    const paste = [
      '2026-11-30T12:00:04.900Z node2 DEBUG heartbeat from leader node1 term=3',
      '2026-11-30T12:00:04.901Z node3 DEBUG heartbeat from leader node1 term=3',
      '2026-11-30T12:00:05.000Z node1 INFO  received SIGTERM, shutting down',
      '2026-11-30T12:00:05.004Z node2 WARN  connection to leader lost (EOF); heartbeat timeout, starting election',
      '2026-11-30T12:00:05.210Z node3 WARN  no heartbeat from leader node1 for 300ms: election timeout',
    ].join('\n');
    const verdict = checkPaste(lesson, paste);
    expect(verdict.measurements).toMatchObject({ leader: 'node1', killLine: 3 });
    expect(verdict.measurements?.followers.map((f) => [f.node, f.detectionMs])).toEqual([
      ['node2', 4],
      ['node3', 210],
    ]);
    expect(verdict.passed).toBe(true);
  });

  // In Raft only the leader sends heartbeats: `heartbeat from node1` names node1, `heartbeat sent to node2, node3` its writer.
  it('knows a killed node was a follower from heartbeats that name only their sender (no line says "leader", adv18)', () => {
    const lines = (killed: 1 | 2) => [
      '$ pgrep -af kv_node',
      '4101 ./kv_node --id 1 --port 7001',
      '4102 ./kv_node --id 2 --port 7002',
      '4103 ./kv_node --id 3 --port 7003',
      `$ date +%T.%3N; kill 410${killed}`,
      '10:00:00.100',
      '10:00:00.051 [node1] heartbeat sent to node2, node3 (term 2)',
      '10:00:00.052 [node2] heartbeat from node1 (term 2), election timeout reset',
      '10:00:00.052 [node3] heartbeat from node1 (term 2), election timeout reset',
      killed === 2 ? '10:00:00.102 [node1] append to node2 failed: EOF' : '10:00:00.102 [node2] connection to node1 closed: EOF',
      '10:00:00.102 [node3] peer node2 stream closed: EOF'.replace('node2', killed === 2 ? 'node2' : 'node1'),
    ];
    const follower = checkPaste(lesson, lines(2).join('\n'));
    expect(follower.passed).toBe(false);
    expect(problemCodes(follower)).toContain('KILLED_NODE_NOT_LEADER');
    expect(follower.measurements).toMatchObject({ leader: 'node1', killedNode: 'node2' });
    // Each half alone names node1: the followers' hearing, or the leader's own sending.
    for (const drop of [/heartbeat sent/, /heartbeat from/]) {
      const half = checkPaste(lesson, lines(2).filter((l) => !drop.test(l)).join('\n'));
      expect(half.passed).toBe(false);
      expect(half.measurements).toMatchObject({ leader: 'node1', killedNode: 'node2' });
    }
    // The leader killed, the same evidence: it passes.
    const leader = checkPaste(lesson, lines(1).join('\n'));
    expect(leader.measurements).toMatchObject({ leader: 'node1', killLine: 6 });
    expect(leader.passed).toBe(true);
  });

  it('reads no leader from heartbeats that go every way (a gossip mesh) nor from a deposed leader still heartbeating', () => {
    const mesh = [
      '09:59:58.101 [node1] became leader for term 2',
      '09:59:59.950 [node1] gossip: heartbeat from node3 ok',
      '09:59:59.990 [node1] gossip: heartbeat from node2 ok',
      '09:59:59.991 [node3] gossip: heartbeat from node1 ok',
      '09:59:59.992 [node3] gossip: heartbeat from node2 ok',
      '10:00:00.100 [node2] received SIGTERM, shutting down',
      '10:00:00.101 [node1] peer node2 connection closed: EOF',
      '10:00:00.102 [node3] peer node2 connection closed: EOF',
      '10:00:00.330 [node3] gossip: no heartbeat from node2 for 339 ms (timeout 300 ms)',
    ];
    expect(checkPaste(lesson, mesh.join('\n'))).toMatchObject({ passed: false, measurements: { leader: 'node1', killedNode: 'node2' } });
    const deposed = [
      '10:00:00.051 [node1] heartbeat sent to node2, node3 (term 3)',
      '10:00:00.052 [node3] heartbeat from node1 (term 3), election timeout reset',
      '10:00:00.090 [node2] heartbeat sent to node1, node3 (term 2)',
      '10:00:00.091 [node3] rejected heartbeat from node2 (stale term 2 < 3)',
      '10:00:00.101 [node2] received SIGTERM, shutting down',
      '10:00:00.102 [node1] append to node2 failed: EOF',
      '10:00:00.103 [node3] peer node2 stream closed: EOF',
      '10:00:00.151 [node1] heartbeat sent to node2, node3 (term 3)',
      '10:00:00.152 [node3] heartbeat from node1 (term 3), election timeout reset',
      '10:00:00.330 [node3] node2 down? no heartbeat timeout here, node1 still leads',
    ];
    expect(checkPaste(lesson, deposed.join('\n'))).toMatchObject({ passed: false, measurements: { leader: 'node1', killedNode: 'node2' } });
  });

  it('a killed follower: the finding sits on the kill line, and names the line that shows who led', () => {
    const paste = [
      'data/node2/node.log:2026-11-26T19:29:58.600Z node2 INFO  won election for term 2 with 2/3 votes — now leader',
      'data/node1/node.log:2026-11-26T19:29:58.700Z node1 INFO  following leader node2',
      'data/node3/node.log:2026-11-26T19:29:58.700Z node3 INFO  following leader node2',
      'data/node1/node.log:2026-11-26T19:30:01.000Z node1 INFO  received SIGTERM, shutting down',
      'data/node3/node.log:2026-11-26T19:30:01.301Z node3 WARN  heartbeat timeout — no message from leader in 300ms',
    ].join('\n');
    const finding = checkPaste(lesson, paste).checks.flatMap((c) => c.findings).find((f) => f.code === 'KILLED_NODE_NOT_LEADER')!;
    expect(finding.line).toBe(4);
    expect(finding.args).toMatchObject({ killed: 'node1', leader: 'node2', killLine: 4 });
    expect(formatFindingMessage(finding)).toContain('kill node2 instead (find it first, e.g. with pgrep -f "kv_node.*--id 2"');
  });

  it('a caller passing no paste or no lesson gets a typed error saying what was expected, not a bare TypeError', () => {
    const call = (run: () => unknown): { name: string; code: string; message: string } => {
      try {
        run();
      } catch (error) {
        return { name: (error as Error).name, code: (error as { code: string }).code, message: (error as Error).message };
      }
      throw new Error('expected checkPaste to throw');
    };
    expect(call(() => checkPaste(lesson, null as unknown as string))).toEqual({
      name: 'VerifyLessonError',
      code: 'ARGUMENT_INVALID',
      message: 'checkPaste: expected the paste as a string or bytes (a Uint8Array or Buffer) as the second argument, found null',
    });
    expect(call(() => checkPaste(lesson, 42 as unknown as string)).message).toMatch(/found a number \(42\)$/);
    expect(call(() => checkPaste(undefined as unknown as typeof lesson, 'x')).message).toBe(
      'checkPaste: expected a lesson (from findLesson or parseLesson) as the first argument, found undefined',
    );
    expect(call(() => checkPaste(lesson, 'x', null as unknown as object)).code).toBe('ARGUMENT_INVALID');
  });

  it('is JSON-serialisable and deterministic', () => {
    const verdict = checkPaste(lesson, GOOD);
    expect(JSON.parse(JSON.stringify(verdict))).toEqual(verdict);
    expect(checkPaste(lesson, GOOD)).toEqual(verdict);
  });

  it('reads a paste whose rows start with a zero-width space (copied from Confluence) as the same paste without them', () => {
    const hidden = GOOD.split('\n').map((line) => (line === '' ? line : `\u200b${line}`)).join('\n');
    const clean = checkPaste(lesson, GOOD);
    // Twice: a first small scan may be JavaScript's, the next is the literal scan that must mark U+200B for normalising.
    for (let run = 0; run < 2; run++) {
      const verdict = checkPaste(lesson, hidden);
      expect(verdict.passed).toBe(true);
      expect(verdict.measurements).toEqual(clean.measurements);
      expect(checkPaste(lesson, new TextEncoder().encode(hidden)).measurements).toEqual(clean.measurements);
    }
  });

  it('accepts bytes like strings', () => {
    expect(checkPaste(lesson, new TextEncoder().encode(GOOD))).toEqual(checkPaste(lesson, GOOD));
  });

  it('refuses pastes over the size cap without reading them, stating the size', () => {
    const big = 'x'.repeat(2_000_000);
    const verdict = checkPaste(lesson, big, { maxBytes: 1_000_000 });
    expect(verdict.passed).toBe(false);
    expect(verdict.checks[0]!.findings[0]).toMatchObject({ code: 'PASTE_TOO_LARGE', args: { bytes: 2_000_000, exact: false, maxBytes: 1_000_000 } });
    expect(verdict.checks.slice(1).map((c) => c.status)).toEqual(['skipped', 'skipped']);
    expect(checkPaste(lesson, new Uint8Array(6 * 1024 * 1024)).checks[0]!.findings[0]!.code).toBe('PASTE_TOO_LARGE');
  });

  it('refuses empty and binary pastes', () => {
    expect(problemCodes(checkPaste(lesson, ' \n\r\n'))).toEqual(['PASTE_EMPTY']);
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);
    expect(problemCodes(checkPaste(lesson, random))).toEqual(['PASTE_BINARY']);
  });

  it('ignores the reference mark by default and rejects it when asked', () => {
    const paste = `${REFERENCE_MARK}\n${GOOD}`;
    expect(checkPaste(lesson, paste)).toMatchObject({ passed: true, referenceOutput: true });
    const rejected = checkPaste(lesson, paste, { rejectReference: true, file: 'demo_step2.log' });
    expect(rejected).toMatchObject({ passed: false, referenceOutput: true });
    expect(rejected.checks[0]!.findings).toEqual([{ code: 'REFERENCE_OUTPUT', severity: 'error', file: 'demo_step2.log', line: 1, args: { line: 1 } }]);
  });

  it('finds the reference mark past lines that only look like it (another case, _ for -), as the literal scan flags them', () => {
    // GOOD is lines 1-4; the look-alikes are lines 5 and 6, the mark lines 8 and 9.
    const paste = [GOOD, REFERENCE_MARK.toUpperCase(), REFERENCE_MARK.replace(/-/g, '_'), 'x', REFERENCE_MARK, REFERENCE_MARK].join('\n');
    const finding = { code: 'REFERENCE_OUTPUT', severity: 'error', line: 8, args: { line: 8 } };
    // Several verdicts: a first small paste per lesson may be scanned in JavaScript, the next ones are in WebAssembly.
    for (let i = 0; i < 3; i++) {
      const verdict = checkPaste(lesson, paste, { rejectReference: true });
      expect(verdict).toMatchObject({ passed: false, referenceOutput: true });
      expect(verdict.checks[0]!.findings).toEqual([finding]);
      expect(checkPaste(lesson, paste)).toMatchObject({ passed: true, referenceOutput: true });
    }
    // A paste normalisation rewrites (CRLF), and one the scan marks but normalisation keeps (U+FFFD): the same line.
    for (const variant of [paste.replace(/\n/g, '\r\n'), paste.replace('x', 'x \ufffd')]) {
      expect(checkPaste(lesson, variant, { rejectReference: true }).checks[0]!.findings).toEqual([finding]);
    }
    const lookAlikes = [GOOD, REFERENCE_MARK.toUpperCase(), REFERENCE_MARK.replace(/-/g, '_')].join('\n');
    for (let i = 0; i < 2; i++) expect(checkPaste(lesson, lookAlikes, { rejectReference: true })).toMatchObject({ passed: true, referenceOutput: false });
  });

  it('judges a lesson without timing by its patterns alone, and says so', () => {
    const verdict = checkPaste(makeLesson({ timing: null }), 'heartbeat timeout\nkilled');
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements).toBeNull();
    expect(verdict.checks[2]).toMatchObject({ id: 'timing', status: 'not-required', passed: true, findings: [{ code: 'TIMING_NOT_REQUIRED', severity: 'info' }] });
  });

  it('needs every pattern (AND), any alternative (OR), case-insensitively', () => {
    const noTiming = makeLesson({ timing: null });
    expect(checkPaste(noTiming, 'TIMED OUT\nStopped').passed).toBe(true);
    const verdict = checkPaste(noTiming, 'timed out only');
    expect(verdict.passed).toBe(false);
    expect(verdict.patterns.map((p) => p.passed)).toEqual([true, false]);
  });

  it("explains a missing pattern with what was expected and the lesson's hint", () => {
    const verdict = checkPaste(
      lesson,
      [
        '2026-11-26T19:30:01.000Z node1 received SIGTERM, shutting down',
        '2026-11-26T19:30:01.012Z node2 connection to leader node1 lost (EOF)',
        '2026-11-26T19:30:01.013Z node3 connection to leader node1 lost (EOF)',
      ].join('\n'),
    );
    const missing = verdict.patterns[0]!;
    expect(missing).toMatchObject({ passed: false, expected: ['timeout', 'timed out', 'no heartbeat'] });
    expect(missing.hint).toMatch(/election timeout/);
    expect(verdict.checks[1]!.findings[0]).toMatchObject({ code: 'PATTERN_NOT_FOUND', severity: 'error', path: 'proof.regex_patterns[0]', args: { hint: missing.hint } });
  });

  it('a pattern miss the timing check explains follows from it: a warning without the hint, the cause the first error (adv41b F4)', () => {
    // No kill: the kill pattern's miss is the missing kill, not a choice of signal (the SIGTERM-vs-SIGKILL hint).
    const noKill = checkPaste(lesson, '2026-11-26T19:30:01.012Z node2 connection to leader node1 lost (EOF)');
    expect(noKill.patterns[1]!.hint).toBeUndefined();
    expect(noKill.checks[1]!.findings[1]).toMatchObject({ code: 'PATTERN_NOT_FOUND', severity: 'warning', args: { followsFrom: { code: 'KILL_LINE_MISSING' } } });
    expect(noKill.checks[1]!.findings[1]!.args.hint).toBeUndefined();
    expect(noKill.checks[2]!.findings.find((f) => f.severity === 'error')!.code).toBe('KILL_LINE_MISSING');
    // A follower killed: no follower had a dead leader to notice, so no line says "timeout".
    const follower = checkPaste(
      lesson,
      [
        '2026-11-26T19:30:00.500Z node1 became leader term=2',
        '2026-11-26T19:30:01.000Z node2 received SIGTERM, shutting down',
        '2026-11-26T19:30:01.100Z node3 heartbeat from leader node1 term=2',
      ].join('\n'),
    );
    expect(follower.passed).toBe(false);
    expect(follower.checks[1]!.findings[0]).toMatchObject({
      code: 'PATTERN_NOT_FOUND',
      severity: 'warning',
      args: { followsFrom: { code: 'KILLED_NODE_NOT_LEADER', killed: 'node2', leader: 'node1' } },
    });
    expect(follower.patterns[0]!.hint).toBeUndefined();
    expect(follower.checks.flatMap((c) => c.findings).find((f) => f.severity === 'error')!.code).toBe('KILLED_NODE_NOT_LEADER');
  });

  it('reports invalid and unboundable lesson patterns as findings, never throwing', () => {
    const invalid = checkPaste(makeLesson({ patterns: ['(oops'] }), GOOD);
    expect(invalid.checks[1]!.findings[0]).toMatchObject({ code: 'PATTERN_INVALID', path: 'proof.regex_patterns[0]' });
    const unsafe = checkPaste(makeLesson({ patterns: ['(?=t)(t+)+$'] }), GOOD);
    expect(unsafe.checks[1]!.findings[0]).toMatchObject({ code: 'PATTERN_UNSAFE' });
    const timing = checkPaste(makeLesson({ timing: { window_ms: 300, followers: 2, kill_pattern: '[', heartbeat_pattern: 'x', connection_pattern: 'y' } }), GOOD);
    expect(timing.checks[2]!.findings[0]).toMatchObject({ code: 'PATTERN_INVALID', path: 'proof.timing.kill_pattern' });
    expect(timing.measurements).toBeNull();
  });

  it('never hangs on a catastrophic lesson pattern with a hostile 5 MB paste', () => {
    const hostile = `${'a'.repeat(4095)}!\n`.repeat(1200); // ~4.9 MB, every line at the cap
    const catastrophic = makeLesson({ patterns: ['(a+)+$', '(a|aa)+$', '\\s*\\s*x'], timing: null });
    const started = performance.now();
    const verdict = checkPaste(catastrophic, hostile);
    expect(verdict.patterns.map((p) => p.passed)).toEqual([false, false, false]);
    // Backtracking would take longer than the age of the universe; generous bound for slow, shared CI machines.
    expect(performance.now() - started).toBeLessThan(60_000);
    // The bound above decides, not vitest's default 30 s.
  }, 120_000);

  it('hostile shapes just under the 5 MB cap finish in bounded time', () => {
    const shapes = [
      'kill\n'.repeat(1_000_000), // a million kill lines without a timestamp
      'node2 log\n'.repeat(500_000), // a million headers
      '2026-11-26T19:30:01.100Z node2 heartbeat timeout EOF\n'.repeat(95_000),
      '1234567890\n'.repeat(450_000),
      ':'.repeat(5_000_000),
      '[['.repeat(2_400_000),
    ];
    const started = performance.now();
    for (const paste of shapes) expect(checkPaste(lesson, paste).passed).toBe(false);
    // About 2 s in total on a slow shared 2-core VM; generous bound.
    expect(performance.now() - started).toBeLessThan(60_000);
    // The bound above decides, not vitest's default 30 s (at load 14 on this VM the shapes take about 28 s).
  }, 120_000);

  it('cuts long lines for matching and says so', () => {
    const verdict = checkPaste(makeLesson({ timing: null }), `${'x'.repeat(5000)} timeout\nkill`, { lineCapChars: 4096 });
    expect(verdict.input.longLines).toBe(1);
    expect(verdict.checks[0]!.findings[0]).toMatchObject({ code: 'PASTE_LONG_LINES', severity: 'info', args: { count: 1, capChars: 4096 } });
    expect(verdict.patterns[0]!.passed).toBe(false);
  });

  it('labels findings with the paste file name', () => {
    const verdict = checkPaste(lesson, 'nothing here', { file: 'demo_step2.log' });
    expect(verdict.checks.flatMap((c) => c.findings).every((f) => f.file === 'demo_step2.log')).toBe(true);
  });
});

describe('checkPaste: clocks that cannot be compared', () => {
  const findingsOf = (paste: string) => checkPaste(lesson, paste).checks.flatMap((c) => c.findings);

  it('a wall-clock kill with since-boot node lines: the kill is not compared with them, and the paste says why', () => {
    const paste = [
      '$ date +%T.%N; kill -9 3301',
      '10:58:40.517302911',
      '$ journalctl -u "kv@*" -o short-monotonic --since -1min',
      '[  7731.471188] lab kv_node[3301]: node1: became leader (term 1)',
      '[  7731.472002] lab kv_node[3302]: node2: following leader node1 (term 1)',
      '[  7731.472311] lab kv_node[3303]: node3: following leader node1 (term 1)',
      '[  7739.911536] lab kv_node[3303]: node3: connection to leader node1 closed (EOF)',
      '[  7740.137190] lab kv_node[3302]: node2: heartbeat timeout, no heartbeat from leader node1 in 228 ms',
    ].join('\n');
    const verdict = checkPaste(lesson, paste);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.followers.filter((f) => f.detectionMs !== undefined)).toEqual([]);
    const findings = findingsOf(paste);
    expect(findings).toContainEqual(expect.objectContaining({ code: 'CLOCKS_INCOMPARABLE', args: { clock: 'monotonic', ignoredClock: 'wall', ignored: 1, line: 2 } }));
    expect(findings.map((f) => f.code)).toContain('KILL_LINE_MISSING');
  });

  it('an ambiguous zone abbreviation next to UTC is a finding, not a number', () => {
    const paste = [
      'kill at 2026-11-30 11:20:44.306 UTC',
      '2026-11-30 16:50:31.302 IST [node2] following leader node1 (term 1)',
      '2026-11-30 16:50:44.519 IST [node2] heartbeat timeout: no heartbeat from leader node1 for 213 ms',
      '2026-11-30 16:50:31.302 IST [node3] following leader node1 (term 1)',
      '2026-11-30 16:50:44.311 IST [node3] connection to leader node1 closed (EOF)',
    ].join('\n');
    const verdict = checkPaste(lesson, paste);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.followers).toEqual([]);
    expect(findingsOf(paste)).toContainEqual(expect.objectContaining({ code: 'TIMEZONE_AMBIGUOUS', severity: 'error', line: 2, args: { zone: 'IST', line: 2, otherZone: null, otherLine: 1 } }));
  });

  it('the same ambiguous abbreviation on every line is one local clock', () => {
    const paste = [
      '2026-11-30 16:50:31.302 IST [node2] following leader node1 (term 1)',
      '2026-11-30 16:50:44.306 IST [node1] received SIGTERM, shutting down',
      '2026-11-30 16:50:44.519 IST [node2] heartbeat timeout: no heartbeat from leader node1 for 213 ms',
      '2026-11-30 16:50:31.302 IST [node3] following leader node1 (term 1)',
      '2026-11-30 16:50:44.311 IST [node3] connection to leader node1 closed (EOF)',
    ].join('\n');
    const verdict = checkPaste(lesson, paste);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.followers.map((f) => [f.node, f.detectionMs])).toEqual([['node2', 213], ['node3', 5]]);
  });
});

describe('checkPaste: a zoned kill echo over zone-less node logs', () => {
  // `date -u` prints the kill in UTC; the nodes log local time without a zone, `aheadMs` after the kill as read.
  const paste = (aheadMs: number): string => {
    const at = (ms: number): string => new Date(Date.UTC(2026, 11, 1, 13, 12, 40, 511) + aheadMs + ms).toISOString().slice(0, 23).replace('T', ' ');
    return [
      "$ date -u '+%F %T.%3N %Z'; kill -9 6101",
      '2026-12-01 13:12:40.511 UTC',
      `${at(-45)} node2 FOLLOWER heartbeat from leader node1`,
      `${at(205)} node2 FOLLOWER heartbeat timeout (250 ms since last heartbeat), starting election`,
      `${at(-44)} node3 FOLLOWER heartbeat from leader node1`,
      `${at(2)} node3 FOLLOWER read() returned 0: leader node1 connection closed`,
    ].join('\n');
  };
  const measured = (text: string) => {
    const verdict = checkPaste(lesson, text);
    return { passed: verdict.passed, ms: verdict.measurements?.followers.map((f) => [f.node, f.detectionMs]) };
  };

  it('measures nodes logging local time (UTC+1) in their zone: +205 / +2 ms, not an hour', () => {
    expect(measured(paste(3_600_000))).toEqual({ passed: true, ms: [['node2', 205], ['node3', 2]] });
  });

  it('keeps a paste that agrees with the zoned kill to the ms as it reads', () => {
    expect(measured(paste(0))).toEqual({ passed: true, ms: [['node2', 205], ['node3', 2]] });
    expect(checkPaste(lesson, paste(0)).checks[2]!.findings.map((f) => f.code)).not.toContain('TIMESTAMPS_READ_IN_ZONE');
  });

  it('says in one line that it read the nodes in the zone and why, which changed the verdict', () => {
    const zoneFindings = (text: string) => checkPaste(lesson, text).checks[2]!.findings.filter((f) => f.code === 'TIMESTAMPS_READ_IN_ZONE');
    const [east] = zoneFindings(paste(3_600_000));
    expect(east).toMatchObject({ severity: 'info', line: 2, args: { offsetMin: 60, killLine: 2, nodes: ['node2', 'node3'] } });
    expect(formatFindingMessage(east!)).toBe(
      "the nodes' times carry no zone, so they were read as UTC+01:00: only in that zone do node2 and node3's lines fall within a second of " +
        'the kill on line 2, whose time states its zone (read as UTC they would be 1 h after it)',
    );
    const [west] = zoneFindings(paste(-3.5 * 3_600_000));
    expect(formatFindingMessage(west!)).toMatch(/read as UTC-03:30: .* \(read as UTC they would be 3 h 30 min before it\)$/);
  });

  it('never corrects slow nodes into a pass: 15 min + 400 ms (no zone is UTC+00:15), or an hour + 400 ms', () => {
    expect(measured(paste(15 * 60_000 + 400))).toMatchObject({ passed: false, ms: [['node2', 900_605], ['node3', 900_402]] });
    expect(measured(paste(15 * 60_000 + 200)).passed).toBe(false);
    expect(measured(paste(3_600_000 + 400))).toMatchObject({ passed: false, ms: [['node2', 605], ['node3', 402]] });
  });
});

describe('checkPaste: `date -u` over zone-less local times of day, no date anywhere (adv56b-39/-41)', () => {
  // `date -u +%T.%3N` prints the kill's UTC time of day; the nodes log their local time of day, `offsetMin` east.
  const paste = (offsetMin: number, node3Ms = 226, killUtc = Date.UTC(2026, 11, 5, 13, 3, 13, 910)): string => {
    const at = (ms: number): string => new Date(killUtc + offsetMin * 60_000 + ms).toISOString().slice(11, 23);
    return [
      '$ date -u +%T.%3N; kill -9 10920',
      new Date(killUtc).toISOString().slice(11, 23),
      `${at(-3000)} INFO  node2: following leader node1 (term 1)`,
      `${at(3)} WARNING node2: connection to leader node1 lost (EOF)`,
      `${at(-3000)} INFO  node3: following leader node1 (term 1)`,
      `${at(node3Ms)} WARNING node3: heartbeat timeout: no heartbeat from leader node1 in 260ms, starting election (term 2)`,
    ].join('\n');
  };
  const measured = (text: string) => {
    const verdict = checkPaste(lesson, text);
    return { passed: verdict.passed, ms: verdict.measurements?.followers.map((f) => [f.node, f.detectionMs ?? f.status]) };
  };

  it("reads the nodes in the zone that puts them beside the kill: Nepal's +05:45, Berlin's +01:00", () => {
    expect(measured(paste(345))).toEqual({ passed: true, ms: [['node2', 3], ['node3', 226]] });
    expect(measured(paste(60))).toEqual({ passed: true, ms: [['node2', 3], ['node3', 226]] });
    const zone = checkPaste(lesson, paste(345)).checks[2]!.findings.find((f) => f.code === 'TIMESTAMPS_READ_IN_ZONE')!;
    expect(zone.args).toMatchObject({ offsetMin: 345, killLine: 2, nodes: ['node2', 'node3'] });
  });

  it('across local midnight, and never an offset no zone uses (+10:56) nor a slow node into a pass', () => {
    // 12:59:59.964 UTC is 23:59:59.964 at +11:00: node3's timeout is at 00:00:00.193 local, the next day.
    expect(measured(paste(660, 229, Date.UTC(2026, 11, 5, 12, 59, 59, 964)))).toEqual({ passed: true, ms: [['node2', 3], ['node3', 229]] });
    expect(measured(paste(656)).passed).toBe(false);
    expect(measured(paste(60, 420))).toEqual({ passed: false, ms: [['node2', 3], ['node3', 420]] });
  });
});

describe('checkPaste: a zone-less kill time over node lines that state their zone (adv56f-36)', () => {
  // `date +%T.%3N` in a shell `offsetMin` from UTC; the nodes log UTC with `Z` (JavaScript's toISOString()).
  const paste = (offsetMin: number, node3Ms = 212): string => {
    const killUtc = Date.UTC(2026, 11, 5, 13, 38, 36, 434);
    const at = (ms: number): string => new Date(killUtc + ms).toISOString();
    return [
      '$ date +%T.%3N; kill -9 9278',
      new Date(killUtc + offsetMin * 60_000).toISOString().slice(11, 23),
      `${at(-1000)} node2 following leader node1 (term 1)`,
      `${at(6)} node2 connection to leader node1 closed (EOF)`,
      `${at(-1000)} node3 following leader node1 (term 1)`,
      `${at(node3Ms)} node3 election timeout (250 ms without heartbeat), becoming candidate (term 2)`,
    ].join('\n');
  };
  const measured = (text: string) => {
    const verdict = checkPaste(lesson, text);
    return { passed: verdict.passed, ms: verdict.measurements?.followers.map((f) => [f.node, f.detectionMs ?? f.status]) };
  };

  it('reads the kill in the zone that puts it by the nodes: New York (-05:00), India (+05:30)', () => {
    expect(measured(paste(-300))).toEqual({ passed: true, ms: [['node2', 6], ['node3', 212]] });
    expect(measured(paste(330))).toEqual({ passed: true, ms: [['node2', 6], ['node3', 212]] });
    const zone = checkPaste(lesson, paste(-300)).checks[2]!.findings.find((f) => f.code === 'TIMESTAMPS_READ_IN_ZONE')!;
    expect(zone.args).toMatchObject({ offsetMin: -300, killLine: 2, nodes: ['node2', 'node3'], killZoneless: true });
    expect(formatFindingMessage(zone)).toBe(
      "the kill's time on line 2 carries no zone, so it was read as UTC-05:00: only in that zone does it fall within a second of node2 and node3's lines, " +
        'whose times state their zone (read as UTC it would be 5 h before them)',
    );
  });

  it('never an offset no zone uses, nor a slow node into a pass', () => {
    expect(measured(paste(-307)).passed).toBe(false);
    expect(measured(paste(-300, 420))).toEqual({ passed: false, ms: [['node2', 6], ['node3', 420]] });
  });
});

describe('checkPaste: report texts a student reads (issue 9)', () => {
  const corpusPaste = (file: string): string => readFileSync(`${ROOT}fixtures/pastes-corpus/${file}`, 'utf8');
  const timingMessages = (text: string): string[] => {
    const timing = checkPaste(lesson, text).checks.find((c) => c.id === 'timing')!;
    return timing.findings.map((f) => `${f.code}: ${formatFindingMessage(f)}`);
  };

  it("a GitHub Actions raw log: the step header `##[group]Run ./scripts/demo-kill-leader.sh` is no kill, and the script's own lines no node's", () => {
    const messages = timingMessages(corpusPaste('blind12-github-actions-group-cat-runner-stamp-too-slow-318.log'));
    expect(messages).toEqual([expect.stringMatching(/^FOLLOWER_DETECTED: node2 .* 227 ms/), expect.stringMatching(/^DETECTION_TOO_SLOW: node3 .* 318 ms/)]);
  });

  it("a node's lines after it started again in a later run (a second `script` session) are not its detection of this kill", () => {
    const verdict = checkPaste(lesson, corpusPaste('blind6-script-typescript-two-sessions.log'));
    const node2 = verdict.measurements!.followers.find((f) => f.node === 'node2')!;
    expect(node2).toMatchObject({ detectionMs: 2, via: 'connection', line: 13 });
    // line 29 is node2's first election of the second run, 6.7 min later: not node2 noticing this dead leader
    expect(node2.heartbeatLine).toBeUndefined();
    expect(verdict.patterns[0]).toMatchObject({ line: 14, role: 'detection', node: 'node3' });
  });

  const PAUSED = '(Ctrl+Z and kill -STOP suspend a process: it is stopped, not ended, and fg or kill -CONT resumes it), so that is no kill';
  it("Ctrl+Z: bash's `[1]+  Stopped` job line paused the leader, so no line killed it (not an untimed kill, nor the student's own words)", () => {
    const messages = timingMessages(corpusPaste('blind12-ctrl-z-suspended-leader-not-killed.log'));
    expect(messages).toContainEqual(expect.stringMatching(/^KILL_LINE_MISSING: no timestamped line shows the leader being killed: .*ran; line 9 \("\[1\]\+  Stopped"\) paused node1 without ending it /));
    expect(messages.find((m) => m.startsWith('KILL_LINE_MISSING'))).toContain(PAUSED);
    expect(messages.join('\n')).not.toMatch(/shows the kill but has no timestamp/);
  });

  it('kill -STOP: the command above the time `date` printed for it paused a process, which is no kill', () => {
    // The pid it paused is node1's: the paste's `pgrep -f "kv_node.*--id 1"` printed it.
    const verdict = checkPaste(lesson, corpusPaste('blind13-kill-stop-cont-leader-paused-not-killed.log'));
    const finding = verdict.checks[2]!.findings.find((f) => f.code === 'KILL_LINE_MISSING')!;
    expect(finding).toMatchObject({ line: 4, args: { pausedLine: 4, pausedWords: 'kill -STOP' } });
    expect(formatFindingMessage(finding)).toContain(`; line 4 ("kill -STOP") paused node1 without ending it ${PAUSED}`);
  });

  const jobPaste = (job: number, notices: boolean): string =>
    [
      ...[1, 2, 3].flatMap((id) => [`$ ./kv_node --id ${id} --port 700${id} &`, ...(notices ? [`[${id}] 410${id}`] : [])]),
      '[14:05:00.614] [n2] became leader for term 1',
      `$ date +%T.%3N; kill %${job}`,
      '14:05:12.884',
      '[14:05:12.886] [n1] lost connection to leader n2: read returned 0',
      '[14:05:13.127] [n3] heartbeat timeout: no message from leader n2 in 243 ms',
    ].join('\n');

  it("kill %1 is job 1 of the shell's job table: a follower killed is said so, not judged as the leader's kill", () => {
    const wrong = checkPaste(lesson, jobPaste(1, true));
    expect(wrong.passed).toBe(false);
    expect(wrong.measurements).toMatchObject({ killedNode: 'node1', leader: 'node2' });
    expect(problemCodes(wrong)).toContain('KILLED_NODE_NOT_LEADER');
    expect(checkPaste(lesson, jobPaste(2, true))).toMatchObject({ passed: true, measurements: { killedNode: 'node2', leaderFrom: 'kill-line-mention' } });
  });

  it('says which job it could not tie to a node when the paste shows no job table, and what it took the kill for', () => {
    const verdict = checkPaste(lesson, jobPaste(2, false));
    const finding = verdict.checks[2]!.findings.find((f) => f.code === 'KILL_JOB_UNRESOLVED')!;
    expect(finding).toMatchObject({ severity: 'info', line: 5, args: { line: 5, job: 2, leader: 'node2', leaderFrom: 'leader-statement' } });
    expect(formatFindingMessage(finding)).toBe(
      'line 5 kills shell job %2, which the paste does not tie to a node, so it was taken as a kill of node2, which led just before it: ' +
        'bash prints "[2] <pid>" under a command ending in &, and jobs -l lists each job\'s pid and command — paste that, or kill by pid',
    );
    expect(checkPaste(lesson, jobPaste(2, true)).checks[2]!.findings.map((f) => f.code)).not.toContain('KILL_JOB_UNRESOLVED');
  });

  it("cites a paused process's line for the kill pattern as no kill when no other line matches", () => {
    const paste = ['[16:40:02.347] node1 leader t1: elected (node1, node2)', '^Z', '[1]+  Stopped                 ./kv_node --id 1 --port 7001', '[16:40:40.781] node2 follower t1: no heartbeat from leader node1 for 233ms'].join('\n');
    const verdict = checkPaste(lesson, paste);
    expect(verdict.patterns[1]).toMatchObject({ passed: true, line: 3, role: 'paused' });
    expect(formatFindingMessage(verdict.checks[1]!.findings[1]!)).toMatch(/line 3 \(not a kill: a process paused, stopped but not ended\)/);
  });
});

describe('checkPaste on terminal panes side by side', () => {
  const pane = (left: readonly string[], right: readonly string[], width = 50): string =>
    Array.from({ length: Math.max(left.length, right.length) }, (_, i) => `${(left[i] ?? '').padEnd(width)}│${right[i] ?? ''}`.trimEnd()).join('\n');

  it('reads each pane as its own section: prompts name the nodes of lines that do not', () => {
    const paste = [
      '[09:02:15.871] node1: received SIGTERM, shutting down',
      pane(
        ['student@lab:~/kv$ tail -f data/node2/node.log', '[09:02:10.230] following leader node1', '[09:02:15.873] connection to leader lost (EOF)'],
        ['student@lab:~/kv$ tail -f data/node3/node.log', '[09:02:10.231] following leader node1', '[09:02:16.122] heartbeat timeout (251ms)'],
      ),
    ].join('\n');
    const verdict = checkPaste(lesson, paste);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.followers.map((f) => [f.node, f.detectionMs, f.line])).toEqual([
      ['node2', 2, 4],
      ['node3', 251, 4],
    ]);
    expect(verdict.checks[0]!.findings).toEqual([
      expect.objectContaining({ code: 'PASTE_PANES_SPLIT', severity: 'info', line: 2, args: { panes: 2, border: '│', columns: [51], firstLine: 2, lastLine: 4 } }),
    ]);
  });

  it('refuses panes whose border moves between rows, telling the student to paste each log separately', () => {
    const left = ['[09:02:10.230] node2: following leader node1', '[09:02:15.873] node2: connection to leader lost', '[09:02:16.058] node2: heartbeat timeout'];
    const right = ['[09:02:10.231] node3: following leader node1', '[09:02:16.122] node3: heartbeat timeout', '[09:02:16.129] node3: became leader'];
    const verdict = checkPaste(lesson, `${pane(left, right, 50)}\n${pane(left, right, 60)}`);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements).toBeNull();
    expect(problemCodes(verdict)).toEqual(['PASTE_PANES_AMBIGUOUS']);
    const finding = verdict.checks[0]!.findings[0]!;
    expect(finding).toMatchObject({ args: { reason: 'columns-vary' } });
    expect(formatFindingMessage(finding)).toMatch(/paste each node's log separately/);
  });
});

describe('checkPaste without WebAssembly (the JavaScript literal scan)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('finds the reference mark on its line, past lines that only look like it', async () => {
    vi.stubGlobal('WebAssembly', undefined);
    vi.resetModules();
    const fresh = await import('../../src/proof/check-paste.js');
    const paste = [GOOD, REFERENCE_MARK.toUpperCase(), 'x', REFERENCE_MARK].join('\n');
    for (let i = 0; i < 2; i++) {
      const verdict = fresh.checkPaste(lesson, paste, { rejectReference: true });
      expect(verdict).toMatchObject({ passed: false, referenceOutput: true });
      expect(verdict.checks[0]!.findings).toEqual([{ code: 'REFERENCE_OUTPUT', severity: 'error', line: 7, args: { line: 7 } }]);
    }
    expect(fresh.checkPaste(lesson, `${GOOD}\n${REFERENCE_MARK.toUpperCase()}`)).toMatchObject({ passed: true, referenceOutput: false });
  });
});

describe('checkPaste: a kill the taken leader lived through (fixu, blind18 kill -HUP)', () => {
  const paste = (kill: string, node1After: string[]): string => makeLedOnPaste(kill, node1After, ['14:05:33.330 node2 WARN  heartbeat timeout, starting election for term 5']);

  it('fails with KILLED_NODE_LED_ON when node1 heartbeats on after `kill -HUP` (its heartbeat lines are read, not skipped)', () => {
    const verdict = checkPaste(lesson, paste('kill -HUP 4101', ['14:05:33.102 node1 INFO  listener restarted on :7001', '14:05:33.151 node1 DEBUG heartbeat -> node2,node3 term=4']));
    expect(verdict.passed).toBe(false);
    const finding = verdict.checks[2]!.findings.find((f) => f.code === 'KILLED_NODE_LED_ON')!;
    expect(finding).toMatchObject({ severity: 'error', line: 5, args: { node: 'node1', killLine: 2, line: 5, afterMs: 51, signal: 'HUP' } });
    expect(verdict.measurements).toMatchObject({ leader: 'node1', killedNode: null, killLine: 2, followers: [] });
    expect(formatFindingMessage(finding)).toMatch(/^node1 was not killed: it kept leading after the kill on line 2 \(line 5, 51 ms later\).*it handled SIGHUP and went on running/);
    expect(formatVerdictText(verdict, { color: false })).toContain('leader node1 — not killed: it led on');
  });

  it('fails with KILLED_NODE_LED_ON "as a member" when node1 votes and follows after `kill -USR2` (adv22: a debug hook muting heartbeats)', () => {
    const muted = ['14:05:33.101 node1 INFO  SIGUSR2: heartbeats muted', '14:05:33.358 node1 INFO  granted vote to node2 (term 5), stepping down'];
    const verdict = checkPaste(lesson, paste('kill -USR2 4101', muted));
    expect(verdict.passed).toBe(false);
    const finding = verdict.checks[2]!.findings.find((f) => f.code === 'KILLED_NODE_LED_ON')!;
    expect(finding).toMatchObject({ line: 5, args: { node: 'node1', killLine: 2, line: 5, afterMs: 258, signal: 'USR2', asMember: true } });
    expect(formatFindingMessage(finding)).toMatch(/^node1 was not killed: it went on running as a Raft member \(voting, following or stepping down\) after the kill on line 2 .*it handled SIGUSR2/);
    expect(formatVerdictText(verdict, { color: false })).toContain('leader node1 — not killed: it lived on');
    // The same lines after a SIGTERM: only leading on would show it lived; the verdict stands on the followers.
    expect(problemCodes(checkPaste(lesson, paste('kill -TERM 4101', muted)))).not.toContain('KILLED_NODE_LED_ON');
  });

  it('passes the same paste when node1 logs its own SIGTERM and nothing after', () => {
    const verdict = checkPaste(lesson, paste('kill 4101', ['14:05:33.101 node1 INFO  received SIGTERM, shutting down']));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.followers.map((f) => [f.node, f.detectionMs])).toEqual([
      ['node2', 4],
      ['node3', 5],
    ]);
  });

  it("fails with KILLED_NODE_LED_ON naming node2 when a bare-pid kill silenced follower node2 and node1 went on committing by node3's acks (adv40 W4)", () => {
    const tail = (node: string, lines: string[]): string[] => [`==> data/${node}/node.log <==`, ...lines, ''];
    const text = [
      '$ date +%T.%N; kill 4102',
      '11:20:08.123456789',
      '$ tail -n 3 data/node*/node.log',
      ...tail('node1', ['[11:19:40.117554] node1 INFO  became leader (term 1)', '[11:20:08.124602] node1 WARN  read() from peer node2 returned 0, lost connection with peer node2', '[11:20:09.002310] node1 INFO  committed index 21 (acked by node3)']),
      ...tail('node2', ['[11:19:40.118201] node2 INFO  following leader node1 (term 1)', '[11:20:07.990114] node2 DEBUG heartbeat from leader node1, election timer reset']),
      ...tail('node3', ['[11:19:40.118733] node3 INFO  following leader node1 (term 1)', '[11:20:08.124871] node3 WARN  lost connection with peer node2 (EOF)', '[11:20:09.002905] node3 INFO  applied index 21']),
    ].join('\n');
    const verdict = checkPaste(lesson, text);
    expect(verdict.passed).toBe(false);
    const finding = verdict.checks[2]!.findings.find((f) => f.code === 'KILLED_NODE_LED_ON')!;
    expect(finding).toMatchObject({ line: 7, args: { node: 'node1', killLine: 2, line: 7, killed: 'node2' } });
    expect(verdict.measurements).toMatchObject({ leader: 'node1', killedNode: 'node2' });
    expect(problemCodes(verdict)).not.toContain('FOLLOWER_NO_DETECTION');
    // A client's write acknowledged by node1 is no claim of node1's: the followers are blamed as before.
    const client = text.replace('node1 INFO  committed index 21 (acked by node3)', 'client INFO  PUT k21 acknowledged by node1 (index 21)');
    expect(problemCodes(checkPaste(lesson, client))).not.toContain('KILLED_NODE_LED_ON');
  });

  it('passes a SIGKILLed node1 that logs nothing after the kill (followers notice, no claim to lead after it)', () => {
    const verdict = checkPaste(lesson, paste('kill -9 4101', []));
    expect(verdict.passed).toBe(true);
    expect(problemCodes(verdict)).not.toContain('KILLED_NODE_LED_ON');
  });
});

describe("checkPaste: a leader's per-peer pino loggers (rev31)", () => {
  it("fails when only the leader's child loggers named after the followers log in time (their pid is the leader's)", () => {
    const paste = [
      'sam@lab:~/raft-js$ node node.js --id 1 --port-base 29760 | npx pino-pretty &',
      '[1] 2563',
      'sam@lab:~/raft-js$ node node.js --id 2 --port-base 29760 | npx pino-pretty &',
      '[2] 2580',
      'sam@lab:~/raft-js$ node node.js --id 3 --port-base 29760 | npx pino-pretty &',
      '[3] 2590',
      '[05:28:24.600] INFO (node1/2562): became leader (term 4, 2 votes)',
      '[05:28:24.618] INFO (node2/2578): following leader node1',
      '[05:28:25.356] INFO (node3/2589): following leader node1',
      'date +%T.%3N; kill -TERM %1',
      '05:28:31.921',
      '[05:28:31.925] INFO (node1/2562): received SIGTERM, shutting down',
      '[05:28:31.926] WARN (node2/2562): peer connection closed (EOF)',
      '[05:28:31.926] WARN (node3/2562): peer connection closed (EOF)',
      '[05:28:32.400] WARN (node3/2589): no heartbeat from leader node1 in 470ms, starting election (term 5)',
      '[05:28:32.420] WARN (node2/2578): no heartbeat from leader node1 in 490ms, starting election (term 5)',
    ];
    const verdict = checkPaste(lesson, paste.join('\n'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.map((f) => [f.node, f.detectionMs, f.line])).toEqual([
      ['node2', 499, 16],
      ['node3', 479, 15],
    ]);
  });
});


// A kill record read otherwise than as printed (date-output.ts): the report says how it was read, and why.
describe('a kill record read on a 12-hour clock or in the shell zone', () => {
  const corpus = (file: string): string => readFileSync(`${ROOT}/fixtures/pastes-corpus/${file}`, 'utf8');
  const killTimeFindings = (text: string) => checkPaste(lesson, text).checks[2]!.findings.filter((f) => f.code.startsWith('KILL_TIME_'));

  it('says a 12-hour record was read in the afternoon, next to the nodes, and how to print 24 hours', () => {
    const [found, ...more] = killTimeFindings(corpus('half12-date-percent-I-12-hour-kill-record-24h-logs-passes.log'));
    expect(more).toEqual([]);
    expect(found).toMatchObject({ code: 'KILL_TIME_TWELVE_HOUR', severity: 'info', line: 6, args: { line: 6, readAs: '14:05:33.101' } });
    expect(formatFindingMessage(found!)).toBe(
      "the kill record's time was printed on a 12-hour clock with no AM/PM (`hh` in Get-Date -Format, `%I` in date), so its hour is known only " +
        "modulo 12: it was read as 14:05:33.101, the reading next to the nodes' own times. Print the kill time on a 24-hour clock (`HH:mm:ss.fff`, `date +%T.%3N`)",
    );
  });

  it('says a minute:second record took its hour from the nodes\' lines (adv25), and how to print the hour', () => {
    const [found, ...more] = killTimeFindings(corpus('adv25-date-M-S-3N-no-hour-record-hms-logs-passes.log'));
    expect(more).toEqual([]);
    expect(found).toMatchObject({ code: 'KILL_TIME_HOUR_FROM_NODES', severity: 'info', line: 6, args: { line: 6, readAs: '15:19:58.123' } });
    expect(formatFindingMessage(found!)).toBe(
      "the kill record on line 6 was printed with no hour (`date +%M:%S.%3N`), so its hour was taken from the nodes' own lines: it was read as 15:19:58.123, " +
        'the one hour that puts its minute and second next to them. Print the kill time with its hour (`date +%T.%3N`)',
    );
  });

  it("says a bare record was read in the zone the shell's date showed, and on which line", () => {
    const [found] = killTimeFindings(corpus('shellzone-date-est-shown-then-local-kill-record-utc-z-logs-passes.log'));
    expect(found).toMatchObject({ code: 'KILL_TIME_IN_SHELL_ZONE', severity: 'info', line: 8, args: { line: 8, zoneLine: 2, offsetMin: -300 } });
    expect(formatFindingMessage(found!)).toBe("the kill record's time states no zone: it was read in UTC-05:00, the zone the same shell's date showed on line 2. `date -u +%T.%3N` prints the kill time in UTC");
  });

  it('says which nodes\' zone-less times were read in a zone the paste shows, and where (shown-zones.ts)', () => {
    const shown = (file: string) => checkPaste(lesson, corpus(file)).checks[2]!.findings.filter((f) => f.code === 'TIMESTAMPS_IN_SHOWN_ZONE');
    const [host, ...more] = shown('adv26-date-iso-colon-offset-record-sigkill-native-local-node2-docker-utc-z-node3-passes.log');
    expect(more).toEqual([]);
    expect(host).toMatchObject({ severity: 'info', line: 8, args: { offsetMin: 60, zoneLine: 6, nodes: ['node2'], by: 'shell' } });
    expect(formatFindingMessage(host!)).toBe("node2's times carry no zone: they were read in UTC+01:00, the zone the same shell's date printed on line 6");
    const [journal] = shown('adv26-journalctl-utc-short-precise-zoneless-utc-vs-iso-offset-record-passes.log');
    expect(formatFindingMessage(journal!)).toBe("node2 and node3's times carry no zone: they were read in UTC, the zone the command on line 3 prints them in (`journalctl --utc`)");
    const [container] = shown('adv25-docker-nodes-utc-host-cet-record-docker-exec-date-passes.log');
    expect(container).toMatchObject({ args: { offsetMin: 0, zoneLine: 4, nodes: ['node2', 'node3'], by: 'container' } });
    // Host lines in the one zone every stated time is in: nothing to say.
    expect(shown('adv25-tz-utc-date-record-cet-local-logs-shown-by-date-passes.log')).toEqual([]);
  });

  it('says nothing of a record printed on a 24-hour clock with no zone shown', () => {
    const text = corpus('half12-date-percent-I-12-hour-kill-record-24h-logs-passes.log').replace('%I', '%H').replace('02:05:33.101', '14:05:33.101');
    expect(checkPaste(lesson, text).passed).toBe(true);
    expect(killTimeFindings(text)).toEqual([]);
  });
});

// macOS's BSD date prints %N as the letter N (blind12, adv25): the too-coarse report says why and what to run instead.
describe('a kill time from BSD date with a literal N', () => {
  const coarse = (file: string) => checkPaste(lesson, readFileSync(`${ROOT}/fixtures/pastes-corpus/${file}`, 'utf8')).checks[2]!.findings.filter((f) => f.code === 'TIMESTAMPS_TOO_COARSE');

  it('names gdate where the kill record ends in .N or .3N, and only there', () => {
    for (const file of ['blind12-macos-bsd-date-percent-N-sigkill-too-coarse.log', 'adv25-macos-date-T-3N-literal-3N-record-whole-seconds-fails.log']) {
      const found = coarse(file);
      expect(found.length, file).toBeGreaterThan(0);
      for (const f of found) {
        expect(f.args).toMatchObject({ bsdDate: true });
        expect(formatFindingMessage(f)).toMatch(/macOS's date has no %N \(it prints the letter N\): use GNU date, `gdate \+%T\.%3N`/);
      }
    }
    const plain = readFileSync(`${ROOT}/fixtures/pastes-corpus/adv25-macos-date-T-3N-literal-3N-record-whole-seconds-fails.log`, 'utf8').replace('%3N', '').replace('15:19:58.3N', '15:19:58');
    const found = checkPaste(lesson, plain).checks[2]!.findings.filter((f) => f.code === 'TIMESTAMPS_TOO_COARSE');
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(formatFindingMessage(f)).not.toMatch(/gdate/);
  });
});

describe("checkPaste: an untimed startup election is no follower's detection of the killed leader (ruby40 warn-p2-killdate)", () => {
  it("quotes node1's loss of leader 2, not its term-1 election above following it, nor node3's later loss of leader 1", () => {
    const text = [
      '$ date +%T.%3N; kill 563',
      '11:27:15.922',
      'node1: started',
      'node1: election timeout -> candidate term 1',
      'node1: following leader 2',
      'node1: lost connection to leader 2 (EOFError)',
      'node1: no heartbeat from leader 2 for 165ms -> candidate',
      'node1: won election for term 2',
      'node1: caught SIGTERM, stopping',
      'node3: started',
      'node3: voted for 2',
      'node3: following leader 2',
      'node3: lost connection to leader 2 (EOFError)',
      'node3: voted for 1',
      'node3: following leader 1',
      'node3: lost connection to leader 1 (EOFError)',
      'node3: caught SIGTERM, stopping',
    ].join('\n');
    const verdict = checkPaste(lesson, text);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements).toMatchObject({ leader: 'node2', killLine: 2 });
    const untimed = verdict.checks[2]!.findings.filter((f) => f.code === 'FOLLOWER_NO_DETECTION').map((f) => [f.args.node, f.args.untimestampedLine]);
    expect(untimed).toEqual([
      ['node1', 6],
      ['node3', 13],
    ]);
  });
});

describe("a name after a follower's tag: a program beside the cluster, or the node's own module (adv75c, adv75e, review77)", () => {
  const pasteWith = (node3: string): string =>
    [
      '16:52:24.600 [node1] INFO raft: became leader term=3',
      '16:52:24.700 [node1] received SIGTERM, shutting down',
      '16:52:24.900 [node2] WARN heartbeat timeout: no message from leader node1 in 200ms',
      `16:52:24.910 [node3] ${node3}`,
    ].join('\n');
  const node3Ms = (node3: string) => checkPaste(lesson, pasteWith(node3)).measurements?.followers.find((f) => f.node === 'node3')?.detectionMs;

  it("counts a line headed by the node's own module, a source location or a bare module-like name as the node's detection", () => {
    for (const line of ['client: connection to leader node1 lost (EOF)', 'health check: no heartbeat from leader node1 in 210ms', 'hbctl: heartbeat timeout, no message from leader node1', 'src/client.rs:57: heartbeat timeout, no message from leader node1', 'client node1: connection to leader node1 lost (EOF)', 'client.go:88: heartbeat timeout, no message from leader node1', 'ERROR APPEND node1->node3: heartbeat timeout, leader node1 lost', 'WARN GET /raft/heartbeat: leader node1 timed out after 210ms']) {
      expect(node3Ms(line), line).toBe(210);
      expect(checkPaste(lesson, pasteWith(line)).passed, line).toBe(true);
    }
  });

  it("never counts a client's line: a name no node gives a module, a numbered client, or a failed request", () => {
    for (const line of ['kvctl: connection to leader node1 lost (EOF)', 'jepsen: connection to leader node1 lost', 'KvClient connection to leader node1 lost', 'client2: connection to leader node1 lost (EOF)', 'wrk[5512]: connection to leader node1 lost (EOF)', 'PUT k17 -> node1:8001: connection to leader node1 lost (EOF)', './kvclient.py[26579]: connection to leader node1 lost (EOF)', 'driver-1: connection to leader node1 lost (EOF)', '[main] WARN  KvClient - GET k43 -> node1 failed: EOF', 'healthcheck node1: GET /health -> ECONNREFUSED (no heartbeat from leader)', 'health-check node1: no heartbeat from leader node1 in 210ms', '{"component": "kvclient", "node": "node1", "msg": "connection to leader node1 lost (EOF)"}']) {
      expect(node3Ms(line), line).toBeUndefined();
      expect(checkPaste(lesson, pasteWith(line)).passed, line).toBe(false);
    }
  });

  it("says which client's line in a follower's terminal it did not count, and why (adv77a-02)", () => {
    const withClient = (client: string): string =>
      ['16:52:24.500 [node3] INFO raft: following leader node1 (term 3)', pasteWith(client)].join('\n');
    const verdict = checkPaste(lesson, withClient('kvclient[17182]: PUT k10 -> node1 failed: EOF'));
    const finding = verdict.checks.find((c) => c.id === 'timing')!.findings.find((f) => f.code === 'FOLLOWER_NO_DETECTION' && f.args.node === 'node3');
    expect(finding?.args.programLine).toEqual({ line: 5, program: 'kvclient[17182]', excerpt: '16:52:24.910 [node3] kvclient[17182]: PUT k10 -> node1 failed: EOF' });
    expect(formatFindingMessage(finding!)).toContain("line 5 (\"16:52:24.910 [node3] kvclient[17182]: PUT k10 -> node1 failed: EOF\") is kvclient[17182]'s, a client or prober run beside node3, not node3's own");
    // A client's line naming node3 only as its server (in node2's terminal) is none of node3's: nothing is said of it.
    const other = checkPaste(lesson, withClient('raft: election started').replace('[node3] raft: election started', '[node2] kvclient: GET k1 -> node3 failed: EOF'));
    const otherFinding = other.checks.find((c) => c.id === 'timing')!.findings.find((f) => f.code === 'FOLLOWER_NO_DETECTION' && f.args.node === 'node3');
    expect(otherFinding).toBeDefined();
    expect(otherFinding?.args.programLine).toBeUndefined();
    // A client's retry stamped before the kill, below the kill in paste order, is not cited (review78).
    const early = checkPaste(lesson, withClient('raft: election started').replace('16:52:24.910 [node3] raft: election started', '16:52:24.640 [node3] kvclient[17182]: PUT k1 -> node1 failed: timed out (retrying)'));
    const earlyFinding = early.checks.find((c) => c.id === 'timing')!.findings.find((f) => f.code === 'FOLLOWER_NO_DETECTION' && f.args.node === 'node3');
    expect(earlyFinding).toBeDefined();
    expect(earlyFinding?.args.programLine).toBeUndefined();
    // Just past midnight after a kill at 23:59:59.900 is after the kill (review78b).
    const midnight = ['23:59:59.500 [node3] INFO raft: following leader node1 (term 3)', '23:59:59.600 [node1] INFO raft: became leader term=3', '23:59:59.900 [node1] received SIGTERM, shutting down', '00:00:00.100 [node2] WARN heartbeat timeout: no message from leader node1 in 200ms', '00:00:00.150 [node3] kvclient[17182]: PUT k10 -> node1 failed: EOF'].join('\n');
    const late = checkPaste(lesson, midnight).checks.find((c) => c.id === 'timing')!.findings.find((f) => f.code === 'FOLLOWER_NO_DETECTION' && f.args.node === 'node3');
    expect((late?.args.programLine as { line: number } | undefined)?.line).toBe(5);
  });

  it("reads a launcher's other tags (`node3 | `, `node3: `, the tag before the time) as tags (adv77a)", () => {
    const withHead = (head: string): string =>
      ['16:52:24.600 [node1] INFO raft: became leader term=3', '16:52:24.700 [node1] received SIGTERM, shutting down', '16:52:24.900 [node2] WARN heartbeat timeout: no message from leader node1 in 200ms', head].join('\n');
    for (const head of ['node3 | 16:52:24.910 kvclient (pid 3134): connection to leader node1 lost (EOF)', 'node3: 16:52:24.910 kvclient2: connection to leader node1 lost (EOF)', '[node3] 16:52:24.910 GET k2 -> node1 failed: EOF']) {
      expect(checkPaste(lesson, withHead(head)).passed, head).toBe(false);
    }
    expect(checkPaste(lesson, withHead('node3 | 16:52:24.910 raft: connection to leader node1 lost (EOF)')).passed).toBe(true);
    // A JSON record right after the tag is the client's when its program key names one (adv77a-33), the node's else.
    const record = (component: string) => `[node3] {"ts": "16:52:24.910", "component": "${component}", "node": "node1", "msg": "connection to leader node1 lost (EOF)"}`;
    expect(checkPaste(lesson, withHead(record('kvclient'))).passed).toBe(false);
    expect(checkPaste(lesson, withHead(record('raft'))).passed).toBe(true);
  });
});
