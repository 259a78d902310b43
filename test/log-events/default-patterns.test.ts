// The connection pattern names the leader however students name nodes (raft-a, 10.0.0.11:2380, kv-0, node 1), stays
// on V8 (bounded backtracking) and keeps the literal prefilter's verdict; the bundled lesson spells out the default.
import { describe, expect, it } from 'vitest';
import { classifyLineText, createAnyMatchTest } from '../../src/log-events/classify-line.js';
import { DEFAULT_CONNECTION_PATTERN, EVENT_PATTERN_BIT, readStatedSignal } from '../../src/log-events/default-patterns.js';
import { indexLines } from '../../src/log-events/paste-lines.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { compilePattern, type CompiledPattern } from '../../src/proof/compile-pattern.js';
import { createPatternScanner, markCandidateLines, planLiteralScan } from '../../src/proof/scan-pattern.js';
import { loadLesson } from '../proof/helpers.js';
import { maskOf } from '../support/lesson-line-mask.js';

const lesson = loadLesson('w12-l03');
const compiled = compileEventPatterns(lesson.proof.timing);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

// The connection pattern's bit as checkPaste's literal scan sets it for one line.
const plan = planLiteralScan([patterns.connection as CompiledPattern]);
const mayMatch = (line: string): number =>
  markCandidateLines(createPatternScanner(indexLines(line), 4096, plan), [[EVENT_PATTERN_BIT.connection, patterns.connection as CompiledPattern]])[0]!;
const anyMatch = createAnyMatchTest(patterns);
const kindOf = (line: string): string => classifyLineText(line, patterns, { ownNode: 'node2' }).kind;
const prefilteredKindOf = (line: string): string => classifyLineText(line, patterns, { ownNode: 'node2', mayMatch: mayMatch(line), anyMatch }).kind;

describe('DEFAULT_CONNECTION_PATTERN', () => {
  it('is the bundled lesson connection_pattern (one definition)', () => {
    expect(lesson.proof.timing?.connection_pattern).toBe(DEFAULT_CONNECTION_PATTERN);
  });

  it('runs on V8: its backtracking stays bounded', () => {
    const result = compilePattern(DEFAULT_CONNECTION_PATTERN);
    expect(result.ok && result.pattern.engine).toBe('v8');
  });

  it.each([
    'connection to leader raft-a reset',
    'connection to leader 10.0.0.11:2380 lost',
    'connection to the leader kv-0 closed',
    'connection to leader [::1]:7001 refused',
    'connection to leader n2/C1 error',
    'connection to leader node 1 lost',
    'connection to leader node-1 lost',
    'connection to leader n1 closed',
    'connection_to_leader_raft-a_reset',
    'connection to leader lost',
  ])('reads "%s" as a lost connection, with and without the literal prefilter', (line) => {
    expect(kindOf(line)).toBe('connection-lost');
    expect(prefilteredKindOf(line)).toBe('connection-lost');
  });

  it.each([
    'connection to leader raft-a established',
    'connection to leader ok (no error)',
    'connection to leader: no error',
    'connection to leader raft-a.very-long-domain.example lost',
  ])('does not read "%s" as a lost connection', (line) => {
    expect(kindOf(line)).not.toBe('connection-lost');
    expect(prefilteredKindOf(line)).toBe(kindOf(line));
  });
});

describe('APPEND_SENDER_PATTERN: an append names its sender as the leader', () => {
  const meaningOf = (line: string) => classifyLineText(line, patterns, { ownNode: 'n2' });
  it('reads the node an append came from as the leader (only a leader sends appends)', () => {
    expect(meaningOf('append from n1 ok (0 entries)')).toMatchObject({ kind: 'follows-leader', leader: 'node1' });
    expect(meaningOf('term 3 FOLLOWER: AppendEntries from kv1 (empty), timer reset')).toMatchObject({ kind: 'follows-leader', leader: 'kv1' });
  });

  it('reads no leader from an append refused (a stale leader) nor from its absence (a detection)', () => {
    expect(meaningOf('rejected append from n1 (stale term 3)').leader).toBeUndefined();
    expect(meaningOf('heartbeat timeout, no AppendEntries from node1 for 189 ms').kind).toBe('heartbeat-timeout');
  });
  it("reads no leader from a follower's forwarded client write the leader logs (adv16)", () => {
    const leaderLine = (line: string) => classifyLineText(line, patterns, { ownNode: 'node1' });
    expect(leaderLine('append from node2: forwarded PUT k18 (index 58)').leader).toBeUndefined();
    expect(leaderLine('append from node2, client write k3').leader).toBeUndefined();
  });
});

describe('HEARTBEAT_SENDER_PATTERN / SENT_TO_FOLLOWER_PATTERN: only a leader sends heartbeats and appends', () => {
  const meaningOf = (line: string, ownNode: string) => classifyLineText(line, patterns, { ownNode });
  it("reads a heartbeat's sender as the leader, and a node sending them to others as leading", () => {
    expect(meaningOf('heartbeat from node1 (term 2), election timeout reset', 'node2')).toMatchObject({ kind: 'follows-leader', leader: 'node1' });
    expect(meaningOf('heartbeat received from n1 term=3', 'n2')).toMatchObject({ kind: 'follows-leader', leader: 'node1' });
    expect(meaningOf('heartbeat sent to node2, node3 (term 2)', 'node1')).toMatchObject({ kind: 'became-leader', leader: 'node1' });
    expect(meaningOf('DEBUG heartbeat -> node2,node3 term=4', 'node1')).toMatchObject({ kind: 'became-leader', leader: 'node1' });
    expect(meaningOf('sending heartbeat to n3', 'n1')).toMatchObject({ kind: 'became-leader', leader: 'n1' });
    expect(meaningOf('sent AppendEntries to kv3 (2 entries)', 'kv1')).toMatchObject({ kind: 'became-leader', leader: 'kv1' });
    expect(meaningOf('append to node2 ok (index 41)', 'node1')).toMatchObject({ kind: 'became-leader', leader: 'node1' });
  });

  it('reads no leader from a missed, refused or answered heartbeat, a client request, or a write to the log', () => {
    expect(meaningOf('no heartbeat from node1 for 300ms', 'node2').kind).toBe('heartbeat-timeout');
    for (const [line, own] of [
      ['rejected heartbeat from node1 (stale term)', 'node2'],
      ['heartbeat from node1 ignored: stale term 1 < 2', 'node2'],
      ['missed heartbeat from node1', 'node2'],
      ['heartbeat response from node2 ok', 'node1'],
      ['request from node3: PUT k1', 'node1'],
      ['heartbeat response to node1', 'node2'],
      ['sent heartbeat reply to node1', 'node2'],
      ['not sending heartbeats to node2: not leader', 'node1'],
      ['append to log index 41', 'node1'],
    ] as const) {
      expect(meaningOf(line, own).leader, line).toBeUndefined();
    }
    // A follower forwarding a client write names its leader, not itself.
    expect(meaningOf('forwarding append to leader node1', 'node2')).toMatchObject({ kind: 'follows-leader', leader: 'node1' });
    // A writer guessed from the receivers' names (a headerless cat's line) is no writer that sends.
    expect(meaningOf('INFO  heartbeat sent to node2, node3 (10:00:00.001)', 'node2').kind).not.toBe('became-leader');
  });
});

describe('COMMIT_ACKED_BY_PATTERN: a commit a follower acked is the leader\'s (adv40 W4)', () => {
  const meaningOf = (line: string, ownNode: string | undefined) => classifyLineText(line, patterns, { ownNode });
  it('reads the writer committing by a named peer\'s ack as leading, with the literal prefilter too', () => {
    const line = 'committed index 21 (acked by node3)';
    expect(meaningOf(line, 'node1')).toMatchObject({ kind: 'became-leader', leader: 'node1', bySender: true });
    expect(classifyLineText(line, patterns, { ownNode: 'node1', mayMatch: maskOf(line) }).kind).toBe('became-leader');
    expect(meaningOf('commit 12 acknowledged by n2', 'n1')).toMatchObject({ kind: 'became-leader', leader: 'n1' });
  });

  it("reads no leader from a client's acknowledged write, an ack by the leader, the writer's own name, or a line with no writer", () => {
    for (const [line, own] of [
      ['PUT demo-key-10 acknowledged by node1 (index 11, term 1)', 'client'],
      ['write committed, acked by the leader node1', 'client'],
      ['committed index 21 (acked by node3)', 'node3'],
      ['committed index 21 (acked by node3)', undefined],
      ['uncommitted entry 21 acked by node3', 'node1'],
    ] as const) {
      expect(meaningOf(line, own).kind, line).not.toBe('became-leader');
    }
  });
});

describe('HEARTBEAT_ACKS_PATTERN: a tally of heartbeat acks is kept by the leader that sent them (adv24)', () => {
  const meaningOf = (line: string, ownNode: string | undefined) => classifyLineText(line, patterns, { ownNode });
  it('reads the writer counting its heartbeats\' acks as leading', () => {
    expect(meaningOf('heartbeat round ok (2/2 acks)', 'node2')).toMatchObject({ kind: 'became-leader', leader: 'node2', bySender: true });
    expect(meaningOf('heartbeat: 2/2 acks (term 6)', 'node1')).toMatchObject({ kind: 'became-leader', leader: 'node1', bySender: true });
    expect(meaningOf('heartbeat round done, acks 1/2', 'n3')).toMatchObject({ kind: 'became-leader', leader: 'n3' });
    // With the literal prefilter too: its literals are the tally's ("2 ack"), not the "heartbeat" of every line.
    expect(classifyLineText('heartbeat round ok (2/2 acks)', patterns, { ownNode: 'node2', mayMatch: maskOf('heartbeat round ok (2/2 acks)') }).kind).toBe('became-leader');
  });

  it("reads no leader from an ack without a tally, a follower's ack, a tally of no heartbeat, or a line with no writer", () => {
    for (const [line, own] of [
      ['sent heartbeat ack to node1', 'node2'],
      ['heartbeat ack ok (term 4)', 'node3'],
      ['append round ok (2/2 acks)', 'node2'],
      ['heartbeat round ok (2/2 acks)', undefined],
    ] as const) {
      expect(meaningOf(line, own).kind, line).not.toBe('became-leader');
    }
    // A detection keeps its meaning: the timeout is read before the tally.
    expect(meaningOf('heartbeat timeout: 0/2 acks in 300 ms, stepping down', 'node1').kind).not.toBe('became-leader');
  });
});

describe('BECAME_LEADER_PATTERN: "leader for term" is a claim only when no one else is named before it', () => {
  const meaningOf = (line: string, ownNode: string) => classifyLineText(line, patterns, { ownNode });
  it("reads the writer's own status line as its claim", () => {
    expect(meaningOf('s2 leader for term 13 (votes s2,s3)', 's2')).toMatchObject({ kind: 'became-leader', leader: 's2' });
  });

  it('reads "switching to LEADER" (NATS\'s real "Switching to leader") as the writer\'s claim', () => {
    expect(meaningOf('got 2/3 votes for term 2, switching to LEADER', 'node1')).toMatchObject({ kind: 'became-leader', leader: 'node1' });
    expect(meaningOf('RAFT [44jzkV9D - _meta_] Switching to leader', 'n1')).toMatchObject({ kind: 'became-leader', leader: 'n1' });
  });

  // ruby40 item 11: a Ruby node's `state: candidate -> leader (term 2)` was no claim, so the live reader waited for a
  // "won" line that never came and left the re-election untimed.
  it('reads a state, role or transition going to leader as the writer\'s claim', () => {
    for (const line of ['[59864.767237] state: candidate -> leader (term 2)', 'role: follower -> leader', 'transition candidate => leader', 'role changed: Candidate → Leader', 'state: Follower->Leader']) {
      expect(meaningOf(line, 'node2'), line).toMatchObject({ kind: 'became-leader', leader: 'node2' });
    }
  });

  it('reads a state going from leader, or to another role, as no claim', () => {
    for (const line of ['state: leader -> follower (term 3)', 'role: leader => candidate', 'state: candidate -> follower (term 2)', 'state: follower, leader=1 term=1', 'vote -> 1 term=1']) {
      expect(meaningOf(line, 'node2').kind, line).not.toBe('became-leader');
    }
  });

  it("reads a follower's note of its leader's term as no claim of the writer (adv16)", () => {
    const meaning = meaningOf('heartbeat from node1 (leader for term 2), election timeout reset to 231ms', 'node3');
    expect(meaning.kind).not.toBe('became-leader');
    expect(meaning.leader).not.toBe('node3');
  });
});

describe('readStatedSignal', () => {
  it('reads a number after "signal"/"sig", a Python return code, systemd\'s status, Go\'s and the job table\'s words', () => {
    const lines = [
      'node1 received signal 15, shutting down',
      'harness: killed leader node1 (pid 4101) signal=9',
      'chaos: kill node1 pid=4101 sig=15',
      'supervisor: node1 (pid 4101) terminated (signal: 9)',
      'launcher: node1 (pid 4101) killed by signal 1',
      'launcher: node1 exited with code -15',
      'node1 returncode=-9',
      'kv@1.service: Main process exited, code=killed, status=15/TERM',
      'kv@1.service: Main process exited, code=killed, status=9/KILL',
      'harness: node1 exited: signal: killed',
      'harness: node1 exited: signal: terminated',
      'harness: node1 exited: signal: user defined signal 2',
      '[1]+  Terminated              ./kv_node --id 1 --port 7001',
      '[1]   Killed                  ./kv_node --id 1 --port 7001',
      '[2]-  4102 Hangup             ./kv_node --id 2',
      '[1]  + 4101 terminated  ./kv_node --id 1',
    ];
    expect(lines.map(readStatedSignal)).toEqual(['TERM', 'KILL', 'TERM', 'KILL', 'HUP', 'TERM', 'KILL', 'TERM', 'KILL', 'KILL', 'TERM', 'USR2', 'TERM', 'KILL', 'HUP', 'TERM']);
  });

  it('reads none from a pause, a finished job, an exit code, a status that is no signal or a number it does not map', () => {
    const lines = [
      '[1]+  Stopped                 ./kv_node --id 1 --port 7001',
      '[1]+  Done                    ./kv_node --id 1 --port 7001',
      '[2]-  Running                 ./kv_node --id 2 &',
      'kv-metrics.service: Main process exited, code=exited, status=1/FAILURE',
      'node1 exited with code 143',
      'node1 exited with code 1',
      'signal handlers installed',
      'received signal 19',
      'node1: killed 3 sessions',
    ];
    for (const line of lines) expect(readStatedSignal(line), line).toBeUndefined();
  });
});

describe('COMMAND_KILL_PATTERN', () => {
  // killl28: `systemctl --user stop kv@1` (systemctl's option before its verb) was no kill command, so a journal paste
  // was measured from systemd's whole-second `Stopping kv@1.service` line ("timestamps too coarse") instead.
  it.each(['$ date +%T.%3N; systemctl --user stop kv@1', '$ systemctl --no-block stop raft@2.service', '$ sudo systemctl stop kv@1'])(
    '%s is a kill command of its unit, also through the literal prefilter',
    (line) => {
      for (const mayMatch of [undefined, maskOf(line)]) {
        const meaning = classifyLineText(line, patterns, { isCommand: true, ...(mayMatch === undefined ? {} : { mayMatch }) });
        expect(meaning.kind, line).toBe('kill');
        expect(meaning.target, line).toBe(line.includes('raft@2') ? 'node2' : 'node1');
      }
    },
  );

  it.each(['$ systemctl --user status kv@1', '$ systemctl --user start kv@1', '$ journalctl --user -u kv@1'])('%s is none', (line) => {
    expect(classifyLineText(line, patterns, { isCommand: true, mayMatch: maskOf(line) }).kind).toBe('other');
  });
});
