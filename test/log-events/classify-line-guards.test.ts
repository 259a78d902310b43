// The word guards of classify-line's costly checks: a line the literal scan finds without a guard's words skips the
// check, which must then be one that cannot match it. Each guard is checked on every line of every fixture paste
// (fixtures/**/*.log, *.txt, *.jsonl) and on the shapes it is about: guarded (the scan's mask) and unguarded (no mask)
// agree.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyLineText, readLeaderValue, readLeaderValueByPattern } from '../../src/log-events/classify-line.js';
import { blankUnfiredTimers, EOF_MARKER, EVENT_PATTERN_BIT, isClientRequest, isNoDetection, NOT_A_DETECTION_PATTERN, SUBJECT_VERB_WORDS } from '../../src/log-events/default-patterns.js';
import { ROOT } from '../proof/helpers.js';
import { maskOf, masksOf, w12AnyMatch as anyMatch, w12Patterns as patterns } from '../support/lesson-line-mask.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(?:log|txt|jsonl)$/.test(entry.name) ? [path] : [];
  });
}

// Each distinct line once (the corpus repeats many), with its mask.
const lines = [...new Set(filesUnder(join(ROOT, 'fixtures')).flatMap((file) => readFileSync(file, 'utf8').split(/\r?\n/)))];
const masks = new Map(masksOf(lines).map((mask, i) => [lines[i]!, mask]));
const maskFor = (line: string): number => masks.get(line) ?? maskOf(line);

it('reads a large set of fixture lines', () => {
  expect(lines.length).toBeGreaterThan(50_000);
});

describe('blankUnfiredTimers behind the unfiredTimerWords bit', () => {
  it('blanks the same phrases with the scan mask as without, on every fixture line', () => {
    const shapes = [
      'node2 waiting for election timeout',
      'node2 Awaiting the Heartbeat_Timeout',
      'node2 election timeout in 412 ms',
      'node2 next heartbeat-timer fires in 0.3 s (term 4)',
      'node2 election timer is due in 120ms',
      'node2 election timeout will fire in 90 ms.',
      'tick: no heartbeat timeout (last heartbeat 79 ms ago)',
      'tick: No_Election_Timeout yet',
      'status: follower of node1, heartbeat timeout 355 ms, last heartbeat 48 ms ago',
      'heartbeat timeout (300 ms), last-heartbeat 312 ms ago',
    ];
    let blanked = 0;
    for (const line of [...lines, ...shapes]) {
      const plain = blankUnfiredTimers(line);
      expect(blankUnfiredTimers(line, maskFor(line)), line).toBe(plain);
      if (plain !== line) blanked++;
    }
    for (const shape of shapes.slice(0, -1)) expect(blankUnfiredTimers(shape, maskOf(shape)), shape).not.toBe(shape);
    expect(blanked).toBeGreaterThan(shapes.length + 5);
  });

  it('is skipped on a detection without the words (the bench paste\'s "heartbeat timeout — no message from leader")', () => {
    const line = 'node2 WARN  heartbeat timeout — no message from leader in 300ms';
    expect(maskOf(line) & EVENT_PATTERN_BIT.unfiredTimerWords).toBe(0);
    expect(maskOf('node2 election timeout in 412 ms') & EVENT_PATTERN_BIT.unfiredTimerWords).not.toBe(0);
  });
});

describe('isNoDetection', () => {
  it('agrees with NOT_A_DETECTION_PATTERN, isClientRequest or EOF_MARKER on every fixture line, with or without the mask', () => {
    // Each setting alternative ("timeout" first in isNoDetection's own copy of it), and lines close to them.
    const shapes = [
      'election_timeout=300ms', 'Heartbeat-Timeout_ms: 100', '"election_timeout": "250ms"', 'raft.node:_on_election_timeout:142 - x',
      'x_timeout:150ms', '--election-timeout 5', '--heartbeat_timeout', 'timeout [150, 300] ms', 'election timeout: 150-300ms',
      'timeout=150...300', 'heartbeat timeout — no message from leader in 300ms', 'election timeout after 300 ms', 'timeouts=3',
      '-timeout 5', 'a--timeout', 'Timeout 150 to 300', 'TIMEOUT150', '_timeout=1', ' timeout: 3 - 4',
    ];
    let noDetections = 0;
    for (const line of [...lines, ...shapes]) {
      const expected = NOT_A_DETECTION_PATTERN.test(line) || isClientRequest(line) || EOF_MARKER.test(line);
      expect(isNoDetection(line), line).toBe(expected);
      expect(isNoDetection(line, maskFor(line)), line).toBe(expected);
      if (expected) noDetections++;
    }
    expect(noDetections).toBeGreaterThan(100);
  });
});

describe('a heartbeat that arrived, then its timer (adv47)', () => {
  // A follower's line saying the leader's heartbeat came, then stating its re-armed timer in any words: no detection.
  it.each([
    '[node2] 14:22:13.452 heartbeat from node1 (term 4), next election timeout: 238 ms',
    '2026-12-04 19:02:47.602 [node2] DEBUG AppendEntries from node1 ok, election timeout rearmed for 287 ms',
    'node3 AppendEntries from node1 ok, election timeout bumped to 452 ms',
    'node3 append_entries from n1: election timer (re)started',
    'node2 received heartbeat from leader node1 | election timeout = now+287ms',
    'node2 AppendEntries(heartbeat) from node1 - election timeout kept alive',
    'node2 heartbeat <- node1, election timeout delayed by 287 ms',
  ])('%s', (line) => {
    expect(isNoDetection(line)).toBe(true);
    expect(isNoDetection(line, maskFor(line))).toBe(true);
    expect(NOT_A_DETECTION_PATTERN.test(line)).toBe(true);
  });

  // A heartbeat that did not come, or a line that says the timer fired or the link failed: still a detection.
  it.each([
    'node2 WARN election timeout: no heartbeat from node1 in 300 ms',
    'node2 election timeout, last heartbeat from node1 412 ms ago',
    'node2 heartbeat from node1 missed, election timeout',
    'node2 heartbeat from leader node1 timeout (300ms)',
    "node2 didn't receive heartbeat from node1, election timeout",
    'node2 heartbeat from node1 overdue: election timeout fired',
    'node2 waited for heartbeat from node1: election timeout elapsed',
    'node2 AppendEntries from node1 failed: EOF, election timer started',
    'node2 heartbeat from node1 not seen, election timeout → candidate',
  ])('%s stays a detection', (line) => {
    expect(isNoDetection(line)).toBe(false);
    expect(isNoDetection(line, maskFor(line))).toBe(false);
  });
});

describe('decoys: detection words on lines that report no detection (adv47b)', () => {
  const kindOf = (line: string): string => classifyLineText(line, patterns, { ownNode: 'node2' }).kind;
  it.each([
    'node2: health: missed 0 consecutive heartbeats from leader node1',
    'node2 DEBUG append: fsync(data/node2/raft.log) returned 0',
    '[node3] DEBUG leader down check: last heartbeat 61 ms ago, ok',
    '[node2] heartbeat timeout check: ok (last AppendEntries 35 ms ago)',
    'node3 metrics push to 10.0.0.5:9091 failed: connection refused',
    'node3 DEBUG election deadline pushed back to 10:30:45.862 (heartbeat timeout 400ms)',
    'node2 DEBUG next election timeout at 12:44:10.702',
    'node2 election timeout: 183 ms left',
  ])('%s', (line) => {
    expect(['heartbeat-timeout', 'connection-lost']).not.toContain(kindOf(line));
  });

  it.each([
    'node2: health: missed 4 consecutive heartbeats from leader node1',
    'node3: read from leader node1: connection reset by peer',
    'node2 read() returned 0 from leader node1',
    '[node2] heartbeat timeout check: failed (last AppendEntries 412 ms ago)',
    'node2 leader down check: no heartbeat for 310 ms, starting election',
    'node2 WARN election timeout fired at 12:44:10.702, becoming candidate',
  ])('%s stays a detection', (line) => {
    expect(['heartbeat-timeout', 'connection-lost']).toContain(kindOf(line));
  });
});

describe('classifyLineText with the scan mask', () => {
  it('means on every fixture line what it means without the mask (and its any-match test), as a node\'s line, an unknown writer\'s and a command', () => {
    let events = 0;
    for (const line of lines) {
      const mayMatch = maskFor(line);
      if ((mayMatch & EVENT_PATTERN_BIT.commandKill) !== 0) {
        expect(classifyLineText(line, patterns, { isCommand: true, mayMatch }), line).toEqual(classifyLineText(line, patterns, { isCommand: true }));
      }
      for (const ownNode of [undefined, 'node2']) {
        const plain = classifyLineText(line, patterns, { ownNode });
        expect(classifyLineText(line, patterns, { ownNode, mayMatch, anyMatch }), line).toEqual(plain);
        if (plain.kind !== 'other') events++;
      }
    }
    expect(events).toBeGreaterThan(20_000);
  });
});

describe('readLeaderValue', () => {
  it('reads what LEADER_VALUE reads at every space of every fixture line naming a leader (its quick readings start at one)', () => {
    const shapes = [
      'leader node1 lost', 'leader Node-2: gone', 'leader kv_node3=', 'leader kv_node[2] x', 'leader n3, term 4', 'leader node2-1 up',
      'leader in 300ms', 'leader IS node2', 'leader is  node2', 'leader for term 3 is n1', 'leader was n2', 'leader now n3', 'leader node 2',
      'leader changed to n2', 'leader changed: n1 -> n2', 'leader unknown.', 'leader in.', 'leader none=', 'leader Some(2)', 'leader :7001',
      `leader n${'1'.repeat(70)}`, `leader ${'x'.repeat(64)}1`, 'leader nodE12345 x', 'leader node123456 x', 'leader  node1',
      'leader IN 300ms', 'leader Unknown. x', 'leader NONE', 'leader Heartbeats', 'leader FOR term 2', 'leader Node x', 'leader tHe end', 'leader unknowns',
    ];
    let named = 0;
    for (const line of [...lines.filter((line) => /leader/i.test(line)), ...shapes]) {
      for (let at = line.indexOf(' '); at >= 0; at = line.indexOf(' ', at + 1)) {
        const expected = readLeaderValueByPattern(line, at);
        expect(readLeaderValue(line, at), `${line} @${at}`).toBe(expected);
        if (expected !== undefined) named++;
      }
    }
    expect(named).toBeGreaterThan(20_000);
    expect(['leader node1 lost', 'leader in 300ms', 'leader is node2', 'leader node 2', 'leader kv_node3=', 'leader Node-2: gone', 'leader node2-1 up'].map((shape) => readLeaderValue(shape, 6))).toEqual([
      'node1', undefined, 'node2', 'node2', undefined, 'node2', 'node2-1',
    ]);
  });
});

describe('the subject id of a line', () => {
  // The reading it must agree with: the leftmost hex digit and space before a subject word whose run of 8 to 16 hex
  // digits follows a boundary or the line's start, and holds a digit.
  const SUBJECT_VERB = new RegExp(`[0-9a-f] (?=${SUBJECT_VERB_WORDS}|\\[)`, 'g');
  const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 102);
  function subjectByPattern(text: string): string | undefined {
    SUBJECT_VERB.lastIndex = 0;
    while (SUBJECT_VERB.test(text)) {
      const end = SUBJECT_VERB.lastIndex - 1;
      let start = end;
      while (start > 0 && end - start <= 16 && isHex(text.charCodeAt(start - 1))) start--;
      if (end - start < 8 || end - start > 16 || (start > 0 && !/[\s|:"]/.test(text.charAt(start - 1)))) continue;
      const id = text.slice(start, end);
      return /\d/.test(id) ? id : undefined;
    }
    return undefined;
  }
  const subjectOf = (text: string): string | undefined => classifyLineText(`${text} cast vote`, patterns).subject;

  it('is what the pattern reads, on runs of hex digits of every length around the words', () => {
    const piece = fc.oneof(
      fc.array(fc.constantFrom(...'0123456789abcdefA'), { minLength: 1, maxLength: 18 }).map((digits) => digits.join('')),
      fc.constantFrom(' ', ' ', ':', '|', '"', '-', 'x', '\u00a0', 'became leader', 'is ', 'lost', '[', 'voted', 'cast vote', '8e9e05c52164694d'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        expect(subjectOf(text), JSON.stringify(text)).toBe(subjectByPattern(`${text} cast vote`));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads etcd ids before their words', () => {
    expect(['8e9e05c52164694d became leader', 'raft: 640e6d2f67c41c1 is starting', 'x 12345678 lost', 'x12345678 lost', '0123456789abcdef0 lost', 'node1 lost'].map(subjectOf)).toEqual([
      '8e9e05c52164694d', '640e6d2f67c41c1', '12345678', undefined, undefined, undefined,
    ]);
  });
});

describe('isClientRequest', () => {
  it("reads a client's failed request at the message's head as a client's line, a member's own lines as the member's", () => {
    const requests = [
      '17:44:40.449 [node2] kvctl: PUT k17 -> node1: connection to leader node1 lost (EOF)',
      '10:48:49.694 [node3]: PUT k10: connection to leader node1 reset (Connection reset by peer)',
      'PUT k17 -> node1: connection to leader node1 lost (EOF)',
      '{"ts": "17:44:40.449", "node": "node2", "component": "kvctl", "msg": "PUT k17 -> node1: connection to leader node1 lost (EOF)"}',
      '17:44:40.449 WARN  GET k3: request to leader node1 timed out',
      '[node3] PUT k17 -> node1:8001: connection to leader node1 lost (EOF)',
      '[node3] PUT k17 -> 127.0.0.1:8001: connection reset by peer',
      '[node3] put k17 -> node1: connection to leader node1 lost (EOF)',
      '[node3] PUT k17=v3 -> node1 failed: connection refused',
    ];
    for (const line of requests) expect(isClientRequest(line), line).toBe(true);
    const members = [
      '17:44:40.792 [node2] WARN  heartbeat timeout: no heartbeat from leader node1 in 366 ms',
      '17:44:40.449 [node2] raft: connection to leader node1 lost (EOF)',
      '17:44:40.449 [node2] put k17 applied; connection to leader node1 lost (EOF)',
      '17:44:40.449 [node2] connection to leader node1 lost (EOF) while forwarding PUT k17: will retry',
      '17:44:40.449 [node2] PUT k17 -> node1: ok',
      '16:52:24.910 [node3] ERROR APPEND node1->node3: heartbeat timeout, leader node1 lost',
      '16:52:24.910 [node3] WARN GET /raft/heartbeat: leader node1 timed out after 210ms',
      '16:52:24.910 [node3] SET term: heartbeat timeout, no message from leader node1',
      '16:52:24.910 [node3] put k17: heartbeat timeout, no message from leader node1',
    ];
    for (const line of members) expect(isClientRequest(line), line).toBe(false);
  });
});
