// dropFlushStamps (src/log-events/flush-stamps.ts, through readLogText and checkPaste): a buffered stdout stamped by a
// pipe in one burst times nothing.
import { describe, expect, it } from 'vitest';
import { formatFindingMessage } from '../../src/findings/format-finding.js';
import { readLogText } from '../../src/log-events/index.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { loadLesson, W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;
const lesson = loadLesson('w12-l03');

// adv51b-08's shape: `./demo.sh` whose nodes' stdout `ts` stamped when each buffer was flushed (at each node's exit).
const burst = (leaderSpanUs: number): string =>
  [
    'tom@ubuntu:~/raft-kv$ ./demo.sh',
    `[n1] 23:23:36.${String(973733).padStart(6, '0')} election timeout (term 0)`,
    `[n1] 23:23:36.${String(973752).padStart(6, '0')} became candidate, term 1, requesting votes`,
    `[n1] 23:23:36.${String(973789).padStart(6, '0')} became leader for term 1 (2 votes)`,
    `[n1] 23:23:36.${String(973733 + leaderSpanUs).padStart(6, '0')} received SIGTERM, shutting down`,
    '[n2] 23:23:37.265339 voted for node1 in term 1',
    '[n2] 23:23:37.265368 following leader node1 (term 1)',
    '[n2] 23:23:37.265382 lost connection to leader node1 (EOF)',
    '[n2] 23:23:37.265419 received SIGTERM, shutting down',
    '[n3] 23:23:37.269368 following leader node1 (term 1)',
    '[n3] 23:23:37.269386 lost connection to leader node1 (EOF)',
    '[n3] 23:23:37.269399 heartbeat timeout: nothing from leader node1 for 213 ms',
    '[n3] 23:23:37.269436 received SIGTERM, shutting down',
  ].join('\n');

describe('dropFlushStamps', () => {
  it("clears the times of writers whose Raft events and own kill line all stand within 5 ms, and says why the kill is untimed", () => {
    const { events } = readLogText(burst(68), patterns);
    expect(events.filter((e) => e.node !== undefined).every((e) => e.time === undefined && e.flushStamped === true)).toBe(true);
    const verdict = checkPaste(lesson, burst(68));
    expect(verdict.passed).toBe(false);
    const missing = verdict.checks.flatMap((c) => c.findings).find((f) => f.code === 'KILL_LINE_MISSING')!;
    expect(missing.args).toMatchObject({ untimestampedLine: 5, flushed: true });
    expect(formatFindingMessage(missing)).toContain('the stamps are when a pipe (such as ts) got the node\'s buffered output in one burst');
  });

  it("counts a node's start as an event of its life: a start, an election and a kill in 0.43 ms are one flush, with no ts command in sight (adv52-40)", () => {
    const paste = [
      'gabe@gabe-laptop:~/kv$ kill 14452',
      'gabe@gabe-laptop:~/kv$ cat node1.log node2.log node3.log',
      '02:08:54.881375 [node1] kv node 1 up on port 7791 (pid 14452)',
      '02:08:54.881771 [node1] election timeout, starting election for term 1',
      '02:08:54.881793 [node1] I am the leader now (term 1)',
      '02:08:54.881806 [node1] caught SIGTERM, shutting down',
      '02:08:54.883664 [node2] WARN lost connection to leader node1 (EOF)',
      '02:08:54.883246 [node3] WARN lost connection to leader node1 (EOF)',
      '02:08:55.009367 [node3] WARN heartbeat timeout after 174ms, leader node1 is down -> starting election for term 2',
    ].join('\n');
    const { events } = readLogText(paste, patterns);
    expect(events.filter((e) => e.node === 'node1').map((e) => [e.kind, e.time, e.flushStamped])).toEqual([
      ['startup', undefined, true],
      ['heartbeat-timeout', undefined, true],
      ['became-leader', undefined, true],
      ['kill', undefined, true],
    ]);
    expect(events.filter((e) => e.node === 'node2').every((e) => e.time !== undefined)).toBe(true);
    expect(checkPaste(lesson, paste).passed).toBe(false);
    // Its election an election timeout after its start: stamps that time a life.
    expect(checkPaste(lesson, paste.replace('02:08:54.881375', '02:08:54.601375')).passed).toBe(true);
  });

  it('keeps the times of a writer whose life spans more (an election timeout, 250 ms) and of writers with no own kill line', () => {
    const { events } = readLogText(burst(250_000), patterns);
    expect(events.find((e) => e.node === 'node1' && e.kind === 'kill')?.time).toBeDefined();
    const unkilled = burst(68).split('\n').filter((l) => !l.includes('SIGTERM')).join('\n');
    expect(readLogText(unkilled, patterns).events.every((e) => e.time !== undefined)).toBe(true);
  });
});

// dropBatchStampedKills: adv52f-14's `logcli query` output, each batch of lines stamped with the collector's read time.
describe("dropFlushStamps: a follower's start and detection in one flush (adv55d-25)", () => {
  const paste = (followerSpanUs: number) =>
    [
      '$ date +%T.%N; kill 8273',
      '10:28:04.002654230',
      '2026-12-05T10:28:03.006778646Z node1 INFO  became leader term 1',
      `2026-12-05T10:28:04.255943139Z node2 INFO  kv_node node2 starting, election timeout 200ms`,
      `2026-12-05T10:28:04.256188685Z node2 INFO  following leader node1 (term 1)`,
      `2026-12-05T10:28:04.256213303Z node2 DEBUG heartbeat from leader node1 (term 1)`,
      `2026-12-05T10:28:04.${String(255943 + followerSpanUs).padStart(6, '0')}298Z node2 WARN  connection to leader node1 lost (EOF)`,
    ].join('\n');

  it('leaves its detection untimed, and the report says the stamps are a flush', () => {
    const verdict = checkPaste(lesson, paste(294));
    expect(verdict.passed).toBe(false);
    const finding = verdict.checks.flatMap((c) => c.findings).find((f) => f.code === 'FOLLOWER_NO_DETECTION' && f.args.node === 'node2')!;
    expect(finding.args).toMatchObject({ untimestampedLine: 7, flushed: true });
    expect(formatFindingMessage(finding)).toContain("got the node's buffered output in one burst");
  });

  it('keeps the times of a follower whose life spans more than 5 ms', () => {
    const { events } = readLogText(paste(6_000), patterns);
    expect(events.filter((e) => e.node === 'node2').every((e) => e.time !== undefined)).toBe(true);
  });
});

describe('a kill stamped with a log collector batch time', () => {
  const at = (stamp: string, file: string, message: string): string => `2026-12-05T02:40:${stamp}Z {filename="/var/log/kv/${file}.log", job="kv"} ${message}`;
  const batch = (killStamp: string, detectionStamp: string): string =>
    [
      "$ logcli query '{job=\"kv\"}' --since=1m --forward --quiet",
      at('49.911086000', 'node1', 'node1 INFO  became leader (term 1)'),
      at('49.911086000', 'node2', 'node2 INFO  following leader node1 (term 1)'),
      at('49.911086000', 'node3', 'node3 INFO  following leader node1 (term 1)'),
      at(killStamp, 'node1', 'node1 INFO  received SIGTERM, shutting down'),
      at(detectionStamp, 'node2', 'node2 WARN  connection to leader node1 lost (EOF)'),
      at(detectionStamp, 'node3', 'node3 WARN  election timeout: no heartbeat from leader node1 in 358 ms, becoming candidate (term 2)'),
      at(detectionStamp, 'node3', 'node3 INFO  became leader (term 2)'),
    ].join('\n');
  const kill = (text: string) => readLogText(text, patterns).events.find((e) => e.kind === 'kill');

  it('loses its time when two other writers, one detecting, share its stamp to the µs', () => {
    expect(kill(batch('51.912200000', '51.912200000'))).toMatchObject({ time: undefined, batchStamped: true });
    const verdict = checkPaste(lesson, batch('51.912200000', '51.912200000'));
    expect(verdict.passed).toBe(false);
    const missing = verdict.checks[2]!.findings.find((f) => f.code === 'KILL_LINE_MISSING')!;
    expect(missing.args).toMatchObject({ untimestampedLine: 5, batched: true });
    expect(formatFindingMessage(missing)).toContain('a log collector read the lines in one batch');
  });

  it('keeps it when the stamps differ by a µs, or are only to the ms (two processes log in one ms)', () => {
    expect(kill(batch('51.912199000', '51.912200000'))?.time).toBeDefined();
    const ms = batch('51.912200000', '51.912200000').replace(/51\.912200000Z/g, '51.912Z');
    expect(kill(ms)?.time).toBeDefined();
    expect(checkPaste(lesson, ms).measurements?.followers.map((f) => f.status)).toEqual(['detected', 'detected']);
  });

  it('keeps the detections\' batch times: measured from a kill record they bound the delay (adv52f-15: +352.772 ms)', () => {
    const text = ['$ date +%T.%N; kill 7410', '02:40:51.559428046', batch('51.912200000', '51.912200000')].join('\n');
    expect(checkPaste(lesson, text).measurements?.followers.map((f) => [f.node, f.status, f.detectionMs])).toEqual([
      ['node2', 'too-slow', 352.772],
      ['node3', 'too-slow', 352.772],
    ]);
  });
});
