// classifyLineText with checkPaste's prefilter (a per-line mask of the patterns whose literals the line holds, and
// one joined regex that rejects lines none of them matches) must mean exactly what it means without: same kind,
// leader, term, subject, target and notKill on every line of the blind corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyLineText, createAnyMatchTest, isVoteOnlyMiss, readOwnRole } from '../../src/log-events/classify-line.js';
import { readLogText } from '../../src/log-events/read-log-events.js';
import { ALL_EVENT_PATTERNS, EOF_MARKER, EVENT_PATTERN_BIT, isClientRequest, isNoDetection, KILL_SIGNAL_PATTERN, NOT_A_DETECTION_PATTERN, readKillSignal, readStatedSignal } from '../../src/log-events/default-patterns.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { compilePattern, type CompiledPattern } from '../../src/proof/compile-pattern.js';
import { loadLesson, ROOT } from '../proof/helpers.js';
import { maskOf, masksOf, w12Patterns as patterns } from '../support/lesson-line-mask.js';

const DIR = join(ROOT, 'fixtures/pastes-corpus');
// Each distinct corpus line once (a line classifies the same wherever it stands): 153,000 of 213,000.
const lines = [
  ...new Set(
    readdirSync(DIR)
      .filter((f) => f.endsWith('.log'))
      .flatMap((f) => readFileSync(join(DIR, f), 'utf8').split('\n')),
  ),
];
// Their masks from one literal scan of them all (a scanner per line would cost most of a test's time budget).
const lineMasks = new Map(masksOf(lines).map((mask, i) => [lines[i]!, mask]));
const corpusMask = (line: string): number => lineMasks.get(line) ?? maskOf(line);

describe('classifyLineText with the literal prefilter', () => {
  it('classifies every corpus line as it does without the prefilter', () => {
    const anyMatch = createAnyMatchTest(patterns);
    let events = 0;
    for (const line of lines) {
      for (const ownNode of [undefined, 'node2']) {
        const plain = classifyLineText(line, patterns, { ownNode });
        const filtered = classifyLineText(line, patterns, { ownNode, mayMatch: corpusMask(line), anyMatch });
        expect(filtered, line).toEqual(plain);
        if (plain.kind !== 'other') events++;
      }
    }
    expect(lines.length).toBeGreaterThan(3000);
    expect(events).toBeGreaterThan(1000);
    // Two classifications of 153,000 lines: a hang guard for a shared CI machine, no time asserted.
  }, 90_000);
});

describe('a line\'s term', () => {
  it("reads a compact role column's t=N (adv49c q01), never a time written t=0.25s or t=300ms", () => {
    const term = (line: string) => classifyLineText(line, patterns, { ownNode: 'node3' }).term;
    expect(term('[node3 C t=2] election timeout: no heartbeat from leader node1 in 250 ms, becoming candidate')).toBe(2);
    expect(term('election timeout, becoming candidate (term 4)')).toBe(4);
    expect(term('election timeout at t=0.25s, becoming candidate')).toBeUndefined();
    expect(term('election timeout after t=300ms, becoming candidate')).toBeUndefined();
    expect(term('last t=1 index=4: election timeout, becoming candidate t=3')).toBe(3);
  });
});

describe('isVoteOnlyMiss', () => {
  it('answers only where classifying finds nothing: a log line whose mask holds the vote pattern alone and misses it', () => {
    const anyMatch = createAnyMatchTest(patterns);
    const shapes = ['persisted hard state term=3 vote=1 commit=7', 'vote: 2', 'votes granted by n2', 'received MsgVoteResp from 3', 'voted for node1 in term 4', '"vote":"n1"'];
    let misses = 0;
    for (const line of [...lines, ...shapes]) {
      // The vote bit with whatever word bits the scan gave the line, and with none.
      for (const may of [EVENT_PATTERN_BIT.vote | (corpusMask(line) & ~(EVENT_PATTERN_BIT.role * 2 - 1)), EVENT_PATTERN_BIT.vote]) {
        if (!isVoteOnlyMiss(line, may)) continue;
        misses++;
        for (const ownNode of [undefined, 'node2']) {
          const meaning = classifyLineText(line, patterns, { ownNode, mayMatch: may, anyMatch });
          expect([meaning.kind, meaning.notKill, meaning.role], line).toEqual(['other', undefined, undefined]);
        }
      }
      expect(isVoteOnlyMiss(line, EVENT_PATTERN_BIT.vote | EVENT_PATTERN_BIT.kill), line).toBe(false);
    }
    expect(misses).toBeGreaterThan(10);
    expect(isVoteOnlyMiss('persisted hard state term=3 vote=1 commit=7', EVENT_PATTERN_BIT.vote)).toBe(true);
    expect(isVoteOnlyMiss('voted for node1 in term 4', EVENT_PATTERN_BIT.vote)).toBe(false);
  });
});

describe('isNoDetection', () => {
  it('agrees with NOT_A_DETECTION_PATTERN, isClientRequest or EOF_MARKER on every corpus line (its word test only skips lines the pattern cannot match)', () => {
    const shapes = ['HEARTBEAT Received from n1', 'Election_Timeout=300ms', 'TIMER armed', 'timer reset', '--election-timeout 5'];
    let noDetections = 0;
    for (const line of [...lines, ...shapes]) {
      const expected = NOT_A_DETECTION_PATTERN.test(line) || isClientRequest(line) || EOF_MARKER.test(line);
      expect(isNoDetection(line), line).toBe(expected);
      // The scan's word bits skip only the parts whose words the line lacks.
      expect(isNoDetection(line, corpusMask(line)), line).toBe(expected);
      if (expected) noDetections++;
    }
    expect(noDetections).toBeGreaterThan(20);
  });
});

describe('readKillSignal', () => {
  it("reads what KILL_SIGNAL_PATTERN's leftmost match names on every corpus line (else the signal it states), with or without the scan's mask", () => {
    const shapes = ['kill -HUP 4101', 'SIGTERM -> pid 4102', 'pkill --signal=SIGHUP kv_node', 'SIGINT, then kill -USR2 4101', 'kill -12 4101 after SIGTERM', 'docker kill --signal=SIGQUIT kv1', 'kill -s KILL 9'];
    let signals = 0;
    for (const line of [...lines, ...shapes]) {
      const m = KILL_SIGNAL_PATTERN.exec(line);
      const named = m?.[1] ?? m?.[2];
      // A number is read as the same command's (`kill -12 1`), whose number readKillSignal maps.
      const expected = named === undefined ? readStatedSignal(line) : /^\d/.test(named) ? readKillSignal(`kill -${named} 1`) : named.toUpperCase();
      expect(readKillSignal(line), line).toBe(expected);
      expect(readKillSignal(line, corpusMask(line)), line).toBe(expected);
      if (expected !== undefined) signals++;
    }
    expect(signals).toBeGreaterThan(100);
    expect(shapes.map((line) => readKillSignal(line))).toEqual(['HUP', 'TERM', 'HUP', 'INT', 'USR2', 'QUIT', 'KILL']);
  });

  it('reads only signals\' names: the word "signal" is no SIG + NAL, a command\'s other option no signal', () => {
    for (const line of ['node2: received signal, shutting down', 'Signals: none pending', 'pkill -ef kv_node']) {
      expect(readKillSignal(line), line).toBeUndefined();
    }
    const named = ['caught signal SIGTERM', 'sigkill sent to node1', 'got SIGUSR1', 'SIGWINCH', 'pkill -ef -USR2 kv_node'];
    expect(named.map((line) => readKillSignal(line))).toEqual(['TERM', 'KILL', 'USR1', 'WINCH', 'USR2']);
  });

  it('reads a signal the line states by number or in words when it names none (readStatedSignal), a name first', () => {
    const stated = ['caught signal: terminated', 'node1 received signal 15, shutting down', '[1]+  Killed  ./kv_node --id 1', 'killed by signal 1 (SIGTERM)'];
    expect(stated.map((line) => readKillSignal(line))).toEqual(['TERM', 'TERM', 'KILL', 'TERM']);
  });
});

describe("a restart loop's line of the node it saw killed (adv78b)", () => {
  it('is a kill of that node, not a loop component stopping; a component\'s own stop stays none', () => {
    // The head scan reads the node named after the loop's tag as the line's writer (readLogText: `kill node2`).
    for (const line of ['01:38:11.417 [loop] node2 killed by signal 15 (status 143), restarting', '01:38:11.417 loop: node2 terminated by SIGTERM, restarting', '01:38:11.417 [loop] node2 (pid 4242) killed by signal 15, restarting']) {
      const m = classifyLineText(line, patterns, { ownNode: 'node2' });
      expect([m.kind, m.notKill], line).toEqual(['kill', undefined]);
      expect(readLogText(line, patterns).events.map((e) => [e.kind, e.node]), line).toEqual([['kill', 'node2']]);
    }
    // Another node named after a component's tag is that component's words about a peer (review78: `[stream] node1 stopped`).
    for (const line of ['01:38:11.417 [node2] heartbeat loop stopped', '01:38:11.417 [node2] loop: worker killed', '01:38:11.417 [node2] election loop: timer stopped', '16:52:24.702 [node2] [stream] node1 stopped', '16:52:24.702 [node2] [reader] node1 stopped', '16:52:24.702 [node2] heartbeats: node1 stopped']) {
      expect(classifyLineText(line, patterns, { ownNode: 'node2' }).notKill, line).toBe('component');
    }
  });
});

describe('a harness announcing the kill of the leader it names', () => {
  const meaningOf = (line: string) => classifyLineText(line, patterns, { mayMatch: maskOf(line) });

  it('"sim: killing leader node1" kills node1 though the lesson\'s kill pattern lacks "killing"; a timer, a plan or a node\'s own line does not', () => {
    expect(patterns.kill.test('[+3.000] sim: killing leader node1')).toBe(false);
    for (const line of ['[+3.000] sim: killing leader node1', 'chaos | killing the leader node2', 'harness: killing leader=node3 (crash injected)']) {
      const meaning = meaningOf(line);
      expect(meaning.kind, line).toBe('kill');
      expect(meaning.target, line).toBe(/node\d/.exec(line)![0]);
    }
    for (const line of ['sim: killing leader election timer on node3', 'sim: killing leader node1 in 3 s', 'sim: killing leader node1 at +3.000', 'sim: will be killing leader', 'sim: leader killing connections to node1', 'sim: killing leader pid 9303']) {
      expect(meaningOf(line).kind, line).not.toBe('kill');
    }
    expect(classifyLineText('node2: killing leader node1 connections', patterns, { ownNode: 'node2', mayMatch: maskOf('node2: killing leader node1 connections') }).kind).not.toBe('kill');
  });

  it('names the leader by the short name a chaos column uses (`n2`), not a quantity; a column writer that is no node keeps the kill, untargeted', () => {
    expect(meaningOf('chaos | killing the leader n2')).toMatchObject({ kind: 'kill', target: 'node2' });
    expect(meaningOf('sim: killing leader 3.2s').kind).not.toBe('kill');
    expect(meaningOf('sim: killing leader 500ms').kind).not.toBe('kill');
    // The writer's column (read as ownNode): attributeKillTargets makes it a bystander's kill of the node it names.
    const column = classifyLineText('chaos | killing the leader n2', patterns, { ownNode: 'chaos', mayMatch: maskOf('chaos | killing the leader n2') });
    expect(column).toMatchObject({ kind: 'kill', target: undefined });
    expect(classifyLineText('n3 | killing the leader n2', patterns, { ownNode: 'node3' }).kind).not.toBe('kill');
  });

  it("a kill line's comment names its target (`# infra1`); a `#` glued to digits is a number sign (Ruby Logger's `#4242` pid), no comment", () => {
    expect(meaningOf('$ kill -KILL 10108 # infra1')).toMatchObject({ kind: 'kill', target: 'infra1' });
    expect(meaningOf('I, [2026-12-03T11:20:08.123456 #4242]  INFO -- : received SIGTERM, shutting down')).toMatchObject({ kind: 'kill', target: undefined });
    expect(meaningOf('I, [2026-12-03T11:20:08.123456 #4242]  INFO -- : kill -TERM 4101 # node2')).toMatchObject({ kind: 'kill', target: 'node2' });
  });

  it('reads the signal an announced kill states by number (`with signal 12`: USR2)', () => {
    expect(meaningOf('[chaos] killing leader node1 (pid 4101) with signal 12')).toMatchObject({ kind: 'kill', target: 'node1', signal: 'USR2' });
  });
});

describe("a runtime's end-of-stream exception is a lost connection, as a bare EOF is", () => {
  const kindOf = (line: string): string => classifyLineText(line, patterns, { ownNode: 'node3' }).kind;

  it("reads Java's EOFException, Python's EOFError and Rust's UnexpectedEof, not a word that only starts with EOF", () => {
    // attr39's logback paste (adv39) and real7's ZooKeeper: the leader's connection closing, in Java's words.
    expect(kindOf('09:12:04.229 [peer-reader-2] WARN c.e.raft.PeerLink [node-3] - peer node-2 closed the connection (java.io.EOFException)')).toBe('connection-lost');
    expect(kindOf('WARNING node3 reader for node1 stopped: EOFError')).toBe('connection-lost');
    // real13's Rust node: `read_exact` at the leader's close.
    expect(kindOf('[node3] connection to leader 1 lost: Custom { kind: UnexpectedEof, error: "failed to fill whole buffer" }')).toBe('connection-lost');
    expect(kindOf('[node3] wrote EOFMARKER at offset 1024')).toBe('other');
    expect(kindOf('[node3] EOFExceptionHandler registered')).toBe('other');
  });

  it("reads braft's election-timeout status `Lost connection from leader …` (adv56a-20), not a client's lost connection", () => {
    const line = 'I1205 12:58:45.929243  2820 kv_server.cpp:254] Node stops following { leader_id=127.0.0.1:37468:0, term=1, status=Lost connection from leader 127.0.0.1:37468:0}';
    expect(kindOf(line)).toBe('connection-lost');
    expect(kindOf('lost connection from client 127.0.0.1:51234')).toBe('other');
  });
});

describe('a node waiting for its timer', () => {
  const kindOf = (line: string): string => classifyLineText(line, patterns, { ownNode: 'node2' }).kind;

  it('"waiting for election timeout" is no timeout that fired; connection words on the same line still are a detection', () => {
    expect(kindOf('{"level":"info","message":"waiting for election timeout","node":"node2","timeoutMs":563}')).toBe('other');
    expect(kindOf('node2: awaiting the heartbeat timeout')).toBe('other');
    expect(kindOf('connection to leader node1 closed (EOF), waiting for election timeout')).toBe('connection-lost');
    expect(kindOf('read() from leader 7001 returned 0, waiting for election timeout')).toBe('connection-lost');
    // Words of a timeout that fired, outside the waiting phrase, keep the line a heartbeat timeout.
    expect(kindOf('leader blue is down (read returned EOF), waiting for election timer')).toBe('heartbeat-timeout');
    expect(kindOf('election timeout elapsed; waiting for election timeout of term 3')).toBe('heartbeat-timeout');
    expect(kindOf('heartbeat timeout, becoming candidate')).toBe('heartbeat-timeout');
  });
});

describe('a counter of no timeouts, a client\'s socket (adv22)', () => {
  const kindOf = (line: string): string => classifyLineText(line, patterns, { ownNode: 'node3' }).kind;

  it('"0 heartbeat timeouts" in a stats line is no timeout that fired; a count above zero or the timeout itself still is one', () => {
    // (Its "0 elections started" reads as a startup line: a counter's words, a question of STARTUP_PATTERN left open.)
    expect(kindOf('12:30:15.700 | node3 | stats: 1213 heartbeats received, 0 heartbeat timeouts, 0 elections started')).not.toMatch(/heartbeat-timeout|connection-lost/);
    expect(kindOf('12:30:15.700 | node3 | stats: 1213 heartbeats received, 0 heartbeat timeouts, 0 elections')).toBe('other');
    expect(kindOf('stats: rx=1213 election timeouts: 0 terms=8')).toBe('other');
    expect(kindOf('stats heartbeat_timeouts=0 elections=0')).toBe('other');
    expect(kindOf('no election timeouts so far (term 8)')).toBe('other');
    // Near misses: the timer fired.
    expect(kindOf('12:30:16.032 | node3 | heartbeat timeout (432 ms without AppendEntries), starting election for term 9')).toBe('heartbeat-timeout');
    expect(kindOf('stats: 1213 heartbeats received, 1 heartbeat timeouts, 1 elections started')).toBe('heartbeat-timeout');
    expect(kindOf('election timeouts: 0.4s since the last heartbeat')).toBe('heartbeat-timeout');
    expect(kindOf('no heartbeat from leader node1 in 300ms')).toBe('heartbeat-timeout');
    expect(kindOf('heartbeat timeout after 0 retries')).toBe('heartbeat-timeout');
  });

  it('a socket of a client named by its address, fd or number closing is no lost leader; a line naming the leader still is', () => {
    expect(kindOf('[11:10:42.519] [node 3] client 127.0.0.1:51744 (fd 9): recv() returned 0, closing')).toBe('other');
    expect(kindOf('client #3 disconnected (EOF)')).toBe('other');
    expect(kindOf('client fd=9: read returned 0')).toBe('other');
    expect(kindOf('client [::1]:51744 EOF')).toBe('other');
    // A client's handler (adv55a-32): its socket is the client's.
    expect(kindOf('2026-12-05 10:15:05,917 WARN  [node3] client handler for /127.0.0.1:38320 failed: java.net.SocketException: Connection reset')).toBe('other');
    // Near misses: the leader's link, whatever else the line says.
    expect(kindOf('client connection to leader node1 lost: EOF')).toBe('connection-lost');
    expect(kindOf('forwarding client 4 request to leader node1: Connection reset by peer')).toBe('connection-lost');
    expect(kindOf('kv_client 3: EOF on leader socket')).toBe('connection-lost');
    expect(kindOf('[node 3] recv() returned 0 on fd 5')).toBe('connection-lost');
    expect(kindOf('client library: lost connection to peer (EOF)')).toBe('connection-lost');
    // A member's own port (a listener, not a connecting socket) or a bare number (node 1's link?) may be the leader's.
    expect(kindOf('[node 3] client 127.0.0.1:7001: recv() returned 0')).toBe('connection-lost');
    expect(kindOf('client 1: Connection reset by peer')).toBe('connection-lost');
    expect(kindOf('client 10.0.0.5:32767 EOF')).toBe('connection-lost');
    expect(kindOf('client 10.0.0.5:32768 EOF')).toBe('other');
  });

  it("a line about a client's connection or socket, or a file's EOF marker, is no lost leader; the leader's link still is", () => {
    expect(kindOf('node3 INFO  client connection closed by peer 127.0.0.1:40112')).toBe('other');
    expect(kindOf('node3 INFO  read() returned 0 from client 127.0.0.1:5555')).toBe('other');
    expect(kindOf('node3 WARN  client socket 9: Connection reset by peer')).toBe('other');
    expect(kindOf('node3 INFO  lost connection to a client (EOF)')).toBe('other');
    expect(kindOf('node3 INFO  snapshot written to disk, EOF marker at offset 1024')).toBe('other');
    // Near misses: a connection naming the leader, a peer's, a client library's own link, a bare EOF.
    expect(kindOf('node3 INFO  client connection to leader node1 closed (EOF)')).toBe('connection-lost');
    expect(kindOf('node3 INFO  read() returned 0 from leader 127.0.0.1:7001')).toBe('connection-lost');
    expect(kindOf('node3 INFO  connection closed by peer 127.0.0.1:7001')).toBe('connection-lost');
    expect(kindOf('node3 WARN  read from 127.0.0.1:7001: EOF')).toBe('connection-lost');
    expect(kindOf('node3 WARN  unexpected EOF reading from peer')).toBe('connection-lost');
  });
});

describe('createAnyMatchTest', () => {
  // The joined regex is compiled once a mask has been seen on 64 lines; before, every line goes to the patterns.
  const afterWarmUp = (anyMatch: (text: string, may: number) => boolean, text: string, may: number): boolean => {
    for (let i = 0; i < 100; i++) anyMatch('warm-up line', may);
    return anyMatch(text, may);
  };

  it('rejects a line only when no pattern of its mask matches', () => {
    const anyMatch = createAnyMatchTest(patterns);
    const all = ALL_EVENT_PATTERNS;
    expect(afterWarmUp(anyMatch, 'node2 applied entry 42 to the state machine term=3', all)).toBe(false);
    expect(afterWarmUp(anyMatch, 'node2 following leader node1 term=3', all)).toBe(true);
    expect(afterWarmUp(anyMatch, 'node2 received SIGTERM', all)).toBe(true);
  });

  it('does not join patterns whose meaning a union would change (backreferences), so it rejects nothing', () => {
    const backref = compilePattern('(heart)beat \\1') as { pattern: CompiledPattern };
    const anyMatch = createAnyMatchTest({ ...patterns, heartbeat: backref.pattern });
    expect(afterWarmUp(anyMatch, 'nothing to see here', ALL_EVENT_PATTERNS)).toBe(true);
  });
});

describe('a node saying it leads a term', () => {
  it('"s2 leader for term 13" is its claim to lead, as "became leader for term 13" is (blind15 demo script)', () => {
    const m = classifyLineText('14:05:33.321402 s2 leader for term 13 (votes s2,s3)', patterns, { ownNode: 's2' });
    expect([m.kind, m.leader]).toEqual(['became-leader', 's2']);
    expect(classifyLineText('13:41:07.421 [node1] leader for term 5', patterns, { ownNode: 'node1' }).kind).toBe('became-leader');
    expect(classifyLineText('12:00:01.000 node2 no leader for term 5 yet, waiting', patterns, { ownNode: 'node2' }).kind).not.toBe('became-leader');
  });

  it('"leader for term 2 is node1" names node1, not its writer (adv18: a killed follower read as the leader)', () => {
    const m = classifyLineText('09:59:58.412 [node2] leader for term 2 is node1', patterns, { ownNode: 'node2' });
    expect([m.kind, m.leader]).toEqual(['follows-leader', 'node1']);
    expect(classifyLineText('09:59:58.412 [node2] leader for term 2: node1', patterns, { ownNode: 'node2' }).leader).toBe('node1');
  });

  it('a state going from leader to another is a step down, not a claim (adv18: `state: leader -> follower`)', () => {
    for (const line of ['[node2] state: leader -> follower (term 2, leader node1)', 'node=node2 role=leader -> role=follower term=2', '[node2] state: leader → candidate']) {
      expect(classifyLineText(`09:59:57.904 ${line}`, patterns, { ownNode: 'node2' }).kind).toBe('stepped-down');
    }
    expect(classifyLineText('09:59:57.904 [node1] state: leader (term 2)', patterns, { ownNode: 'node1' }).kind).toBe('became-leader');
  });

  it("NATS JetStream: leading the meta group is leading the cluster; leading a stream's group is not (real16)", () => {
    const at = '[27889] 2026/12/02 15:55:27.561148 [DBG] ';
    const meta = classifyLineText(`${at}RAFT [fjFyEjc1 - _meta_] Switching to leader`, patterns, { ownNode: 'node1' });
    expect([meta.kind, meta.leader]).toEqual(['became-leader', 'node1']);
    for (const group of ['S-R3F-aXaHPc6H', 'C-R3F-0G3tU6bm']) {
      expect(classifyLineText(`${at}RAFT [fjFyEjc1 - ${group}] Switching to leader`, patterns, { ownNode: 'node1' }).kind).not.toBe('became-leader');
    }
  });
});

describe("the writer's own role column", () => {
  const meaning = (line: string, ownNode?: string): [string, string | undefined] => {
    const m = classifyLineText(line, patterns, { ownNode });
    return [m.kind, m.notKill];
  };

  it('is no subject: a leader column before "received SIGTERM, shutting down" is the writer dying', () => {
    expect(meaning('[2026-11-30 14:03:11.291034] node1 LEADER t7 received SIGTERM, shutting down', 'node1')).toEqual(['kill', undefined]);
    expect(meaning('2026-11-30T14:03:11.291Z node1 leader term=5 received SIGTERM, shutting down', 'node1')).toEqual(['kill', undefined]);
    expect(meaning('2026-11-30 14:03:11.2912345 UTC [node-1] Leader {term = 3} caught sigTERM (Signal 15), shutting down', 'node1')).toEqual(['kill', undefined]);
    expect(meaning('"2026-11-30T14:03:11.291Z","kv-node-1","node1 LEADER t=12 caught SIGTERM, shutting down"', 'node1')).toEqual(['kill', undefined]);
    expect(meaning('2026-11-30T14:03:11.412096350Z [node 1] term 4 leader: received SIGTERM, shutting down')).toEqual(['kill', undefined]);
    expect(meaning('2026-12-01T13:38:27Z {pod="kv-0"} 13:38:27.403 WARN  term 8: leader received SIGTERM, shutting down', 'kv-0')).toEqual(['kill', undefined]);
    expect(meaning('13:38:27.405 WARN  term 8: leader kv-0 stopped responding', 'kv-2')).toEqual(['other', 'peer']);
    expect(meaning('{"time":1796047391291,"node":"n1","term":7,"role":"leader","msg":"received SIGTERM, shutting down"}', 'node1')).toEqual(['kill', undefined]);
    expect(meaning('12:00:01.000 node1 leader received SIGTERM, shutting down', 'node1')).toEqual(['kill', undefined]);
    expect(meaning('12:00:01.000 INFO leader: received SIGTERM, shutting down')).toEqual(['kill', undefined]);
    // A padded role column (`leader    term=1`) is one too.
    expect(meaning('10:12:44.208 leader    term=1 received SIGTERM, shutting down', 'node1')).toEqual(['kill', undefined]);
    expect(meaning('10:12:47.197 follower  term=2 received SIGTERM, shutting down', 'node3')).toEqual(['kill', undefined]);
  });

  it("reads no role in a leader's line about a follower or candidate peer (adv54a-12: node1 read as a follower, its leadership disowned)", () => {
    for (const line of ['2026-12-05T07:12:22.288Z node1 follower connected, 1 peers', 'node1 follower joined (2 total)', '[n1] candidate node2 asked for a vote']) {
      expect(readOwnRole(line, line.includes('[n1]') ? 'n1' : 'node1'), line).toBeUndefined();
    }
    // A column stays one: `node2 FOLLOWER t3 …`, `node2 follower term=3 …`.
    expect(readOwnRole('12:00:01.000 node2 FOLLOWER t3 heartbeat from node1', 'node2')).toBe('follower');
    expect(readOwnRole('12:00:01.000 node2 follower term=3 heartbeat from node1', 'node2')).toBe('follower');
  });

  it('leaves a node describing the leader a peer line, whatever its own column says', () => {
    expect(meaning('2026-11-30 12:03:07,912 WARNING node2: heartbeat timeout, leader node1 stopped responding', 'node2')[1]).toBe('detection');
    expect(meaning('2026-11-29 21:46:30,295 WARNING raft.node3: leader node1 stopped responding', 'node3')).toEqual(['other', 'peer']);
    expect(meaning('12:00:01.000 node2: leader node1 shutting down', 'node2')).toEqual(['other', 'peer']);
    expect(meaning('12:00:01.000 node2 FOLLOWER t7 leader node1 stopped responding', 'node2')).toEqual(['other', 'peer']);
    expect(meaning('12:00:01.000 node2 leader t7 node1 shutting down', 'node2')).toEqual(['other', 'peer']);
    expect(meaning('12:00:01.000 node2 WARN leader: node1 killed', 'node2')).toEqual(['other', 'peer']);
    expect(meaning('[node3] leader node1 is down (Terminated received), waiting for election', 'node3')[1]).toBe('detection');
    // Another node's name before the role word is no column of this writer's.
    expect(meaning('12:00:01.000 [node3] saw node1 leader shutting down', 'node3')).toEqual(['other', 'peer']);
  });

  it("reads a health checker's row of another member (adv77a) as that member's status, none of the writer's", () => {
    // node2's terminal runs a health checker printing each member's state: node1's and node3's rows are theirs.
    for (const line of [
      '[node2] 23:15:25.214 healthcheck: node1 127.0.0.1:48921 up OK node1 role=leader term=1 leader=node1',
      '[node2] 23:29:09.271 healthcheck: node1 127.0.0.1:48951 up OK node1 role=follower term=2 leader=node3',
      '[node3] 23:29:08.369 healthcheck node2: up OK node2 role=leader term=1 leader=node2',
    ]) {
      const own = line.slice(1, 6);
      expect(readOwnRole(line, own), line).toBeUndefined();
      expect(classifyLineText(line, patterns, { ownNode: own }).kind, line).toBe('other');
    }
    // The writer's own row stays its own, and so does a member of another spelling (`node2` in `kv-2`'s line may be its alias).
    expect(readOwnRole('[node2] 23:15:25.215 healthcheck: node2 127.0.0.1:48922 up OK node2 role=follower term=1 leader=node1', 'node2')).toBe('follower');
    expect(classifyLineText('[node2] 23:16:46.801 healthcheck: node2 127.0.0.1:48922 up OK node2 role=leader term=2 leader=node2', patterns, { ownNode: 'node2' }).kind).toBe('became-leader');
    expect(readOwnRole('[kv-2] 12:00:01.000 status: node2 role=leader term=2', 'kv-2')).toBe('leader');
    // A leader's key naming another member is the writer's leader, no status row of that member.
    expect(classifyLineText('[node2] 12:00:01.000 status: role=follower term=1 leader=node1', patterns, { ownNode: 'node2' }).kind).toBe('follows-leader');
    // A list of peers before the writer's own role key is no other member's row (review78).
    expect(readOwnRole('12:00:01.000 [node1] tick peers=node2,node3 role=leader term=1', 'node1')).toBe('leader');
    expect(readOwnRole('12:00:01.000 [node2] status: peers node1 node3 role=follower term=1', 'node2')).toBe('follower');
  });

  it('names no leader by the term after a role column ("LEADER t8" is term 8)', () => {
    const m = classifyLineText('[2026-11-30 14:03:11.500101] node4 LEADER t8 connect node1 failed: ECONNREFUSED', patterns, { ownNode: 'node4' });
    expect([m.kind, m.leader]).toEqual(['connection-lost', undefined]);
    expect(classifyLineText('12:00:01.000 node2 FOLLOWER t7 connection to leader node1 lost', patterns, { ownNode: 'node2' }).leader).toBe('node1');
  });
});

describe("a kill command's error", () => {
  it('is no kill: bash, procps and Windows saying the process was not there', () => {
    for (const line of ['bash: kill: (10411) - No such process', 'kill: (10411): No such process', 'zsh: kill: 10411: no such process', '-bash: kill: (1) - Operation not permitted', "kill: failed to parse argument: '%1'", 'ERROR: The process "11872" not found.']) {
      expect(classifyLineText(line, patterns).kind, line).toBe('other');
    }
    expect(classifyLineText('kill: sending SIGTERM to 10411', patterns).kind).toBe('kill');
  });

  it('is no kill: a job spec naming no job, in bash, zsh and dash wording (adv21)', () => {
    for (const line of ['bash: kill: %1: no such job', 'zsh:kill:1: %1: no such job', 'kill: %1: no such job', 'dash: 4: kill: No such job: %1']) {
      expect(classifyLineText(line, patterns).kind, line).toBe('other');
    }
  });
});

describe('a kill command whose signal ends no process', () => {
  const noEnd = [
    'kill -STOP 4101',
    'kill -CONT 4101',
    'kill -TSTP 4101',
    'kill -SIGSTOP 4101',
    'kill -sigcont 4101',
    'kill -s STOP 4101',
    'kill -s SIGCONT 4101',
    'kill -n 19 4101',
    'kill -19 4101',
    'kill -20 4101',
    'kill -18 4101',
    'kill -0 4101',
    'kill --signal=SIGSTOP 4101',
    'kill --signal STOP 4101',
    'pkill -STOP -f "kv_node --id 1"',
    'killall -s CONT kv_node',
    'docker kill --signal=SIGSTOP node1',
    'systemctl kill -s SIGSTOP kv@1',
    'date +%T.%3N; kill -STOP 4101',
    // A path to the binary and a value glued to its option (adv52f-33/-34: util-linux's kill takes both), SIGURG's 23.
    '/bin/kill -STOP 4101',
    '/usr/bin/kill --signal STOP 4101',
    'kill -sSTOP 4101',
    'kill -sSIGSTOP 4101',
    'kill -s19 4101',
    'kill -n19 4101',
    'kill -sTSTP 4101',
    'kill -23 4101',
  ];
  it('is no kill, as a shell command or without a prompt', () => {
    for (const line of noEnd) {
      expect(classifyLineText(line, patterns, { isCommand: true }).kind, line).toBe('other');
      expect(classifyLineText(`+ ${line}`, patterns).kind, line).toBe('other');
    }
  });
  it('leaves every signal that ends the process a kill', () => {
    for (const line of ['kill 4101', 'kill -9 4101', 'kill -1 4101', 'kill -2 4101', 'kill -15 4101', 'kill -TERM 4101', 'kill -SIGINT 4101', 'kill -s KILL 4101', 'kill --signal=SIGTERM 4101', 'pkill -f kv_node', 'kill -STOPPED 4101', 'docker kill node1', '/bin/kill -TERM 4101', 'kill -sTERM 4101', 'kill -n15 4101', 'kill -sigterm 4101']) {
      expect(classifyLineText(line, patterns, { isCommand: true }).kind, line).toBe('kill');
    }
  });
  it("says a pause by name (STOP, TSTP, TTIN, TTOU) or Linux's number (19-22) paused its process, with the pid; a resume, a probe or macOS's 17 says nothing", () => {
    for (const line of ['kill -STOP 4101', 'kill -s TSTP 4101', 'kill -SIGSTOP 4101', 'date +%T.%3N; kill -STOP 4101', 'kill -19 4101', 'kill -s 20 4101']) {
      expect(classifyLineText(line, patterns, { isCommand: true }), line).toMatchObject({ kind: 'other', notKill: 'paused', pid: 4101 });
      expect(classifyLineText(`+ ${line}`, patterns), line).toMatchObject({ kind: 'other', notKill: 'paused', pid: 4101 });
    }
    expect(classifyLineText('docker kill --signal=SIGSTOP node1', patterns, { isCommand: true })).toMatchObject({ kind: 'other', notKill: 'paused' });
    for (const line of ['kill -CONT 4101', 'kill -0 4101', 'kill -17 4101', 'kill -18 4101']) {
      expect(classifyLineText(line, patterns, { isCommand: true }).notKill, line).toBeUndefined();
    }
  });
  it("reads bash's job line after Ctrl+Z (`[1]+  Stopped  ./kv_node --id 1 …`) as a pause of the node it names, not a kill", () => {
    expect(classifyLineText('[1]+  Stopped                 ./kv_node --id 1 --port 7001', patterns)).toMatchObject({ kind: 'other', notKill: 'paused', target: 'node1' });
    expect(classifyLineText('[2]-  Stopped (signal)        ./kv_node --id 2', patterns)).toMatchObject({ kind: 'other', notKill: 'paused', target: 'node2' });
    expect(classifyLineText('[1]+  Terminated              ./kv_node --id 1 --port 7001', patterns).kind).toBe('kill');
    expect(classifyLineText('12:00:01.000 node1 stopped', patterns).kind).toBe('kill');
  });
  it('keeps a real kill on the same line, with its pid', () => {
    const meaning = classifyLineText('kill -STOP 4101; sleep 5; kill -CONT 4101; kill -TERM 4102', patterns, { isCommand: true });
    expect(meaning.kind).toBe('kill');
    expect(meaning.pid).toBe(4102);
  });
});

describe("PySyncObj's state and leader callbacks (real12 captures, pso_node.py's onStateChanged)", () => {
  const read = (line: string, ownNode: string): [string, string | undefined, boolean | undefined] => {
    const m = classifyLineText(line, patterns, { ownNode, mayMatch: maskOf(line) });
    return [m.kind, m.leader, m.startsElection];
  };

  it('reads a follower turning candidate as its election timer firing, as libraft\'s "convert to candidate and start new election"', () => {
    expect(read('2026-12-01 17:30:08,136 INFO node3: state changed: FOLLOWER -> CANDIDATE', 'node3')).toEqual(['heartbeat-timeout', undefined, true]);
    // A candidate's other changes are no timer of a follower.
    expect(read('2026-12-01 17:30:05,909 INFO node3: state changed: CANDIDATE -> FOLLOWER', 'node3')[0]).toBe('other');
  });

  it('reads "leader changed: A -> B" as following B; "-> None" names no leader', () => {
    expect(read('2026-12-01 17:30:05,914 INFO node2: leader changed: None -> 127.0.0.1:9211', 'node2')).toEqual(['follows-leader', '127.0.0.1:9211', undefined]);
    expect(read('2026-12-01 17:30:08,137 INFO node2: leader changed: 127.0.0.1:9211 -> 127.0.0.1:9213', 'node2')).toEqual(['follows-leader', '127.0.0.1:9213', undefined]);
    expect(read('2026-12-01 17:30:08,136 INFO node3: leader changed: 127.0.0.1:9211 -> None', 'node3')[0]).toBe('other');
  });
});

describe("classifyLineText: a line's own term, not a log entry's (adv16)", () => {
  const compiledW12 = compileEventPatterns(loadLesson('w12-l03').proof.timing!);
  if (!compiledW12.ok) throw new Error(compiledW12.message);
  const termOf = (text: string): number | undefined => classifyLineText(text, compiledW12.patterns).term;

  it('skips a term an entry, an index or a last/log/prev key describes, and reads the next one', () => {
    expect(termOf('state saved (last entry: index 41, term 1); raft node stopped')).toBeUndefined();
    expect(termOf('rejecting vote request since our last term is greater: candidate=127.0.0.1:17252 last-term=2')).toBeUndefined();
    expect(termOf('t1 cast vote for [00128:00002] index 0 term 0, log term: 0')).toBeUndefined();
    expect(termOf('received SIGTERM (last entry: term 1, index 41) in term 3, shutting down')).toBe(3);
  });

  it("keeps the writer's own term, beside a commit index too", () => {
    expect(termOf('became leader for term 2')).toBe(2);
    expect(termOf('heartbeat timeout, starting election for term 4')).toBe(4);
    expect(termOf('heartbeat timeout at commit index 41, term 3, starting election')).toBe(3);
  });
});


describe("Rust's Option Debug around a leader's id (real13 captures, a std-only Rust node)", () => {
  const read = (line: string, ownNode: string): [string, string | undefined] => {
    const m = classifyLineText(line, patterns, { ownNode, mayMatch: maskOf(line) });
    return [m.kind, m.leader];
  };

  it('reads "leader is now Some(1)" as following node1, and the State dump\'s `leader: Some(2)` as naming node2', () => {
    expect(read('SystemTime { tv_sec: 1796166030, tv_nsec: 581248116 } node 2 [Follower] leader is now Some(1) (term 1)', 'node2')).toEqual(['follows-leader', 'node1']);
    expect(read('23:00:21.399 [node 1] DEBUG State { term: 1, role: Follower, voted_for: Some(2), leader: Some(2) }', 'node1')[1]).toBe('node2');
    expect(read('23:00:21.396 [node 1] DEBUG State { term: 1, role: Follower, voted_for: Some(2), leader: None }', 'node1')[1]).toBeUndefined();
  });

  it('names the lost leader of a detection written with it: "no heartbeat from leader Some(1)"', () => {
    expect(read('SystemTime { tv_sec: 1796166033, tv_nsec: 547940298 } node 2 [Follower] no heartbeat from leader Some(1) in 211ms -> Candidate (term 2)', 'node2')).toEqual(['heartbeat-timeout', 'node1']);
  });

  it('reads "leader is now node2" past the "now", as "leader now node2" was', () => {
    expect(read('12:00:00.000 node3 leader is now node2', 'node3')).toEqual(['follows-leader', 'node2']);
  });
});

describe('stop commands of process tools (kills2)', () => {
  it('reads `fuser -k PORT/tcp` as a kill of the process on that port, `:PORT`; `fuser` without -k as nothing', () => {
    expect(classifyLineText('date +%T.%3N; fuser -k -TERM 7001/tcp', patterns, { isCommand: true })).toMatchObject({ kind: 'kill', target: ':7001' });
    expect(classifyLineText('sudo fuser -k 7002/tcp', patterns, { isCommand: true, mayMatch: maskOf('sudo fuser -k 7002/tcp') })).toMatchObject({ kind: 'kill', target: ':7002' });
    expect(classifyLineText('sudo fuser -v -n tcp 7001', patterns, { isCommand: true }).kind).toBe('other');
    // `-STOP` pauses the process on the port, `-CONT` resumes it: no kill.
    expect(classifyLineText('fuser -k -STOP 7001/tcp', patterns, { isCommand: true })).toMatchObject({ kind: 'other', notKill: 'paused' });
    expect(classifyLineText('fuser -k -CONT 7001/tcp', patterns, { isCommand: true }).kind).toBe('other');
  });

  it('reads `supervisorctl stop` and `pm2 stop` as kills of the program they name', () => {
    expect(classifyLineText('date +%T.%3N; supervisorctl stop node1', patterns, { isCommand: true })).toMatchObject({ kind: 'kill', target: 'node1' });
    expect(classifyLineText('pm2 stop node2', patterns, { isCommand: true, mayMatch: maskOf('pm2 stop node2') })).toMatchObject({ kind: 'kill', target: 'node2' });
    expect(classifyLineText('pm2 logs node2', patterns, { isCommand: true }).kind).toBe('other');
  });
});

describe("readOwnRole: the writer's role column or field is its own role", () => {
  it('reads a role word after the writer, a term or the head, a role letter column, and role keys (etcd-io/raft, sofa-jraft, hashicorp spellings)', () => {
    expect(readOwnRole('10:00:00.012 node1 leader: heartbeat sent to node2,node3', 'node1')).toBe('leader');
    expect(readOwnRole('09:59:59.804 [n1][LEADER] t=2 append ok idx=40 -> n2,n3', 'node1')).toBe('leader');
    expect(readOwnRole('Dec 01 10:00:00.050113 raftbox kv_node[6101]: node1 LEADER term=3 heartbeat round ok', 'node1')).toBe('leader');
    expect(readOwnRole('13:38:27.403 WARN  term 8: leader received SIGTERM, shutting down', 'kv-0')).toBe('leader');
    expect(readOwnRole('10:12:44.208 leader    term=1 append ok', undefined)).toBe('leader');
    expect(readOwnRole('10:00:00.050 n1   L t=3  append ok -> n2,n3', 'n1')).toBe('leader');
    expect(readOwnRole('10:00:00.050 |n2|F| append ok', 'n2')).toBe('follower');
    expect(readOwnRole('10:00:00.100 n2   F t=3  received SIGTERM, shutting down', 'n2')).toBe('follower');
    // `C` is no role letter: Python's CRITICAL initial stands in the same column (adv17's probe).
    expect(readOwnRole('10:00:00.100 n1 C term=2 received SIGTERM, shutting down', 'n1')).toBeUndefined();
    expect(readOwnRole('ts=2026-12-01T10:00:00.051Z node=n2 role=follower leader=n1 term=3 msg="append ok"', 'node2')).toBe('follower');
    expect(readOwnRole('{"node":"n1","role":"Leader","leader_id":"n1","term":3,"msg":"append sent"}', 'node1')).toBe('leader');
    expect(readOwnRole('2026/12/01 10:00:00.100412 [node 2] state=StateFollower term=3 lead=1 msg="stopping"', 'node2')).toBe('follower');
    expect(readOwnRole('node=1 state=StatePreCandidate term=4', 'node1')).toBe('candidate');
    expect(readOwnRole('2026-12-01 10:00:00.050 INFO [raft] state=STATE_LEADER term=3', undefined)).toBe('leader');
  });

  it('reads no role where "leader" names the leader, is a noun of the message, a header word or a peer\'s', () => {
    expect(readOwnRole('ts=… node=n2 leader=n1 term=3 msg="append ok"', 'node2')).toBeUndefined();
    expect(readOwnRole('{"node":"n2","leader_id":"n1","term":3}', 'node2')).toBeUndefined();
    expect(readOwnRole('TIME          NODE  LEADER  TERM  EVENT', undefined)).toBeUndefined();
    expect(readOwnRole('10:00:00.050  n2    n1      3     append ok, election timeout reset', 'n2')).toBeUndefined();
    expect(readOwnRole('12:00:01.000 node2: leader node1 stopped responding', 'node2')).toBeUndefined();
    expect(readOwnRole('12:00:01.000 node3 leader election started', 'node3')).toBeUndefined();
    expect(readOwnRole('12:00:01.000 node3 leader: none', 'node3')).toBeUndefined();
    expect(readOwnRole('12:00:01.000 node3 heartbeat from leader node1', 'node3')).toBeUndefined();
    expect(readOwnRole('12:00:01.000 node1 LEADER peer n2 state=Follower match=88', 'node1')).toBe('leader');
    expect(readOwnRole('12:00:01.000 [raft] peer n2 state=Follower match=88', undefined)).toBeUndefined();
    expect(readOwnRole('12:00:01.000 INFO new leader (term 3)', 'node2')).toBeUndefined();
    // Another node's name before the word, and a role letter without term info or a bar, are no column of this writer's.
    expect(readOwnRole('12:00:01.000 [node3] saw node1 LEADER: stop', 'node3')).toBeUndefined();
    expect(readOwnRole('10:00:00.050 n1 L 3 append ok', 'n1')).toBeUndefined();
  });

  it("makes a leader's otherwise empty line its claim to lead, keeps a follower's as a role, and keeps other kinds", () => {
    const m = (line: string, ownNode: string) => classifyLineText(line, patterns, { ownNode });
    expect(m('10:00:00.050 [n1][LEADER] t=2 append ok idx=41', 'node1')).toMatchObject({ kind: 'became-leader', leader: 'node1', role: 'leader' });
    expect(m('10:00:00.051 [n2][FOLLOWER] t=2 append ok idx=41', 'node2')).toMatchObject({ kind: 'other', leader: undefined, role: 'follower' });
    expect(m('10:00:00.100 node2 FOLLOWER term=3 caught SIGTERM, shutting down', 'node2')).toMatchObject({ kind: 'kill', role: 'follower' });
    // A detection keeps its kind; its column is read where asked (the leader's complaint, measure-detection.ts).
    expect(m('10:00:00.101 node2 follower: connection to leader lost (EOF)', 'node2')).toMatchObject({ kind: 'connection-lost', role: undefined });
    // A key naming the writer's leader is no subject of its shutdown (`leader=n1 … shutting down` is n2's own).
    expect(m('ts=2026-12-01T10:00:00.100Z node=n2 role=follower leader=n1 term=3 msg="received SIGTERM, shutting down"', 'node2')).toMatchObject({ kind: 'kill', role: 'follower' });
    expect(m('12:00:01.000 node2 WARN leader: node1 shutting down', 'node2')).toMatchObject({ kind: 'other', notKill: 'peer' });
  });

  it("reads no writer's role from a role key in another node's group: a dotted path, a nested object or a struct (fp2)", () => {
    // Go slog's group `sender` on a follower's append line states the leader's role (adv17's FALSE PASS).
    const slog = 'time=2026-12-01T10:00:00.053Z level=DEBUG msg="append entries ok" node=n2 term=2 sender.id=n1 sender.role=leader';
    expect(readOwnRole(slog, 'n2')).toBeUndefined();
    expect(classifyLineText(slog, patterns, { ownNode: 'n2' }).kind).not.toBe('became-leader');
    const peers = [
      'level=INFO msg="vote granted" node=n3 from.id=n1 from.role=candidate',
      'level=INFO msg="append ok" node=n3 peer.role=leader',
      'level=INFO msg="append ok" node=n3 leader.id=n1 leader.state=leader',
      'level=INFO msg="append ok" node=n3 remote.raft.role=leader',
      'level=INFO msg="append ok" node=n3 sender-role=leader',
      '{"time":"10:00:00.052","node":"n3","msg":"append entries ok","sender":{"id":"n1","role":"leader"}}',
      '{"node":"n3","msg":"status","peers":[{"id":"n1","state":"Leader"},{"id":"n2","state":"Follower"}]}',
      '10:00:00.052 INFO [n3] append ok from AppendRequest{term=2, from=n1, role=LEADER}',
      '10:00:00.052 INFO [n3] append ok sender: {id: n1, role: leader}',
      'level=INFO msg="append ok" node=n3 n1.role=leader',
      // A role key right after the message's sender is the sender's (adv18): a parenthesised note, logfmt's `from=`.
      '10:00:00.052 [n3] heartbeat from node1 (state=leader, term=2), election timeout reset',
      'time=10:00:00.052 level=INFO node=n3 msg="heartbeat received" from=n1 role=leader term=2',
    ];
    for (const line of peers) {
      expect(readOwnRole(line, 'n3'), line).toBeUndefined();
      expect(classifyLineText(line, patterns, { ownNode: 'n3' }).kind, line).not.toBe('became-leader');
    }
  });

  it("reads a role key among a message sender's fields as the sender's, at any distance (fixv)", () => {
    // adv18 batch 4: more fields, or an address, between the sender and its state made killed follower node2 a leader.
    const senders = [
      '10:00:00.052 [node3] heartbeat from node1 (term=2, commit=41, state=leader), election timeout reset',
      '10:00:00.052 [node3] heartbeat received: sender=node1 term=2 commit_index=41 role=leader, election timeout reset',
      '10:00:00.052 [node3] heartbeat from 127.0.0.1:7001 (state=leader, term=2), election timeout reset',
      '10:00:00.052 [node3] heartbeat from node-1.kv.local (role=leader, term=2)',
      '10:00:00.052 [node3] append from [::1]:7001 {term: 2, prev_log_index: 40, prev_log_term: 2, role: leader}',
      'time=10:00:00.052 level=INFO node=n3 msg="heartbeat received" from=n1 term=2 commit=41 last_index=41 role=leader',
      'level=INFO node=n3 msg="append ok" src="127.0.0.1:7001" term=2 msg_id=8812 entries=0 state=leader',
      '{"node":"n3","msg":"append entries","from":"n1","term":2,"prev_log_index":40,"commit":41,"state":"leader"}',
      'level=INFO node=n1 msg="append ack" peer=n2 match_index=41 next_index=42 role=follower',
      '10:00:00.052 [node3] heartbeat from node1 term=2 commit=41 last_log_index=41 state=leader',
      '10:00:00.052 [node3] heartbeat from leader (term=2, commit=41, prev_log_term=2, state=leader)',
    ];
    for (const line of senders) {
      expect(readOwnRole(line, line.includes('node=n1') ? 'n1' : 'n3'), line).toBeUndefined();
      expect(classifyLineText(line, patterns, { ownNode: 'n3' }).kind, line).not.toBe('became-leader');
    }
  });

  it("keeps a role key the writer's after a sender: its own key between, a group not after the sender, leader=/to= (fixv)", () => {
    const own: [string, 'leader' | 'follower'][] = [
      // The writer's own key (`node=`, `self_id=`) between the sender and the role key takes the fields back.
      ['level=INFO msg="heartbeat received" from=n1 term=2 node=n3 role=follower', 'follower'],
      ['level=INFO msg="vote granted" sender=n3 term=2 self_id=n1 commit=41 role=leader', 'leader'],
      // The writer's own state: the sender's group closed (`"from":{…}`), a group before the sender, a second group.
      ['{"node":"n1","msg":"vote","from":{"id":"n3","term":2},"state":"leader"}', 'leader'],
      ['10:00:00.051 [n1] (term=2, state=leader) append ack from n2', 'leader'],
      ['10:00:00.051 [n1] won election with votes from n2, n3 (state=leader, term=2)', 'leader'],
      ['10:00:00.051 [n1] recovered from snapshot (state=leader, term=2)', 'leader'],
      ['10:00:00.051 [n1] restored from disk term=2 commit=41 last_index=41 state=leader', 'leader'],
      // `leader=` names the writer's leader and `to=` a message's receiver: no sender of the fields after them.
      ['ts=10:00:00.051 node=n1 leader=n3 term=2 commit=41 role=follower', 'follower'],
      ['ts=10:00:00.051 node=n1 msg="append sent" to=n2 term=2 prev_index=40 entries=1 role=leader', 'leader'],
    ];
    for (const [line, role] of own) expect(readOwnRole(line, 'n1'), line).toBe(role);
  });

  it("keeps a role key in the writer's own group: self., node., raft., its own name, a logger's fields container (fp2)", () => {
    const own: [string, 'leader' | 'follower'][] = [
      ['time=2026-12-01T10:00:00.051Z level=DEBUG msg="heartbeat sent" node=n1 self.id=n1 self.role=leader', 'leader'],
      ['level=INFO msg="tick" node.id=n1 node.role=leader', 'leader'],
      ['level=INFO msg="tick" raft.state=leader term=2', 'leader'],
      ['level=INFO msg="tick" raft.node.role=follower term=2', 'follower'],
      ['level=INFO msg="tick" n1.role=leader', 'leader'],
      ['{"time":"10:00:00.051","node":"n1","raft":{"term":2,"role":"leader"}}', 'leader'],
      ['{"timestamp":"10:00:00.051","level":"INFO","fields":{"message":"tick","role":"leader"},"target":"kv"}', 'leader'],
      ['10:00:00.051 INFO RaftNode{id=n1, role=LEADER} heartbeat sent', 'leader'],
      ['10:00:00.051 INFO [n1] (role=leader) heartbeat sent', 'leader'],
    ];
    for (const [line, role] of own) {
      expect(readOwnRole(line, 'n1'), line).toBe(role);
      if (role === 'leader') expect(classifyLineText(line, patterns, { ownNode: 'n1' }), line).toMatchObject({ kind: 'became-leader', leader: 'n1' });
    }
  });
});

describe("systemd stopping a unit (kills2)", () => {
  it("reads `Stopping UNIT…` as the kill of the unit's node, and the unit's kill-pattern lines after it as its kill too", () => {
    for (const line of ['systemd[1]: Stopping kv@2.service - Raft KV node 2...', 'systemd[1]: Stopped kv@2.service - Raft KV node 2.', 'systemd[1]: kv@2.service: Main process exited, code=killed, status=9/KILL']) {
      expect(classifyLineText(line, patterns, { ownNode: 'node1', mayMatch: maskOf(line) }), line).toMatchObject({ kind: 'kill', target: 'node2' });
      expect(classifyLineText(line, patterns, { ownNode: 'node1' }), line).toMatchObject({ kind: 'kill', target: 'node2' });
    }
  });

  it('reads no other line of a unit, nor a stopping component, as a kill', () => {
    expect(classifyLineText('systemd[1]: kv@2.service: Deactivated successfully.', patterns, { ownNode: 'node1' }).kind).toBe('other');
    expect(classifyLineText('[node2] Stopping election timer', patterns, { ownNode: 'node2' }).kind).toBe('other');
    expect(classifyLineText('systemd[1]: Started kv@2.service - Raft KV node 2.', patterns, { ownNode: 'node1' }).target).toBeUndefined();
  });
});

describe('a timer that has not fired: a countdown, "no heartbeat timeout", a status line\'s setting (adv24)', () => {
  const kindOf = (line: string): string => classifyLineText(line, patterns, { ownNode: 'node2' }).kind;

  it('"election timeout in 412 ms" ending the line says when the re-armed timer will fire, not that it fired', () => {
    expect(kindOf('[14:02:13.633] node2 DEBUG election timeout in 412 ms')).toBe('other');
    expect(kindOf('node2: next election timeout in 0.3 s (term 4)')).toBe('other');
    expect(kindOf('heartbeat timer fires in 150ms.')).toBe('other');
    // Near misses: a timeout that fired, with its duration, or words of a detection after it.
    expect(kindOf('[14:02:14.045] node2 WARN  election timeout fired, becoming candidate (term 2)')).toBe('heartbeat-timeout');
    expect(kindOf('heartbeat timeout in 250ms, starting election (term 2)')).toBe('heartbeat-timeout');
    expect(kindOf('node2 detected heartbeat timeout in 250ms')).toBe('heartbeat-timeout');
    expect(kindOf('election timeout in 412 ms; no heartbeat from leader node1')).toBe('heartbeat-timeout');
    expect(kindOf('election timeout (261 ms), starting election term=3')).toBe('heartbeat-timeout');
  });

  it('a countdown followed by a parenthesis naming no firing is one too (adv55a-23); one naming its firing is no countdown', () => {
    expect(kindOf('2026-12-05 10:10:36,467 DEBUG [node3] election timeout in 1404 ms (leader node1)')).toBe('other');
    expect(kindOf('election timeout in 412 ms (term 2, leader node1).')).toBe('other');
    expect(kindOf('election timeout in 250 ms (starting election)')).toBe('heartbeat-timeout');
    expect(kindOf('election timeout in 250 ms (becoming candidate, term 2)')).toBe('heartbeat-timeout');
  });

  it('"no heartbeat timeout" says the timer has not run out; a no-heartbeat timeout that fired is one', () => {
    expect(kindOf('logs/n2.log:10:20:30.231 [n2] tick: no heartbeat timeout (last heartbeat 79 ms ago)')).toBe('other');
    expect(kindOf('node2: no election timeout yet, leader node1 alive')).toBe('other');
    // Near misses.
    expect(kindOf('[n2] no_heartbeat_timeout fired after 250 ms')).toBe('heartbeat-timeout');
    expect(kindOf('no heartbeat timeout after 300 ms, becoming candidate')).toBe('heartbeat-timeout');
    expect(kindOf('[n2] heartbeat timeout: nothing from leader n1 for 251 ms, starting election (term 4)')).toBe('heartbeat-timeout');
    expect(kindOf('no heartbeat from leader in 300ms')).toBe('heartbeat-timeout');
    // The same line's lost connection still counts.
    expect(kindOf('no heartbeat timeout yet, but connection to leader node1 lost (EOF)')).toBe('connection-lost');
  });

  it('a timeout stated beside a younger last heartbeat is a setting; one the last heartbeat outlived fired', () => {
    // No detection: a status line naming the leader it follows (`follower of node1`).
    expect(kindOf('09:58:14.800 <node2> status: follower of node1, term 2, heartbeat timeout 355 ms, last heartbeat 48 ms ago')).toBe('follows-leader');
    expect(kindOf('status: election timeout: 300ms, last heartbeat: 12ms ago')).toBe('other');
    // Near misses: the heartbeat is older than the timeout, or the line names no heartbeat age.
    expect(kindOf('heartbeat timeout (300 ms), last heartbeat 312 ms ago, starting election')).toBe('heartbeat-timeout');
    expect(kindOf('heartbeat timeout 287ms, starting election for term 2')).toBe('heartbeat-timeout');
    expect(kindOf('status: heartbeat timeout 355 ms, last heartbeat 48 ms ago; no heartbeat from leader since')).toBe('heartbeat-timeout');
  });
});

describe("ZooKeeper's election notifications", () => {
  const head = '2026-12-01 00:11:47,235 - INFO  [WorkerReceiver[myid=2]:FastLeaderElection$Messenger$WorkerReceiver@391] - Notification: ';
  const tail = ', n.round:0x1, n.peerEpoch:0x0, n.zxid:0x0, message format version:0x2, n.config version:0x0';
  const meaningOf = (line: string) => classifyLineText(line, patterns, { ownNode: 'node2', mayMatch: maskOf(line) });

  it("a settled writer hearing a looking peer's vote follows no one; a looking writer's votes and a following peer's leader are statements", () => {
    expect(meaningOf(`${head}my state:LEADING; n.sid:3, n.state:LOOKING, n.leader:3${tail}`).kind).toBe('other');
    expect(meaningOf(`${head}my state:FOLLOWING; n.sid:3, n.state:LOOKING, n.leader:3${tail}`).kind).toBe('other');
    expect(meaningOf(`${head}my state:LOOKING; n.sid:3, n.state:LOOKING, n.leader:3${tail}`)).toMatchObject({ kind: 'follows-leader', leader: 'node3' });
    expect(meaningOf(`${head}my state:LEADING; n.sid:1, n.state:FOLLOWING, n.leader:2${tail}`)).toMatchObject({ kind: 'follows-leader', leader: 'node2' });
  });
});

describe('a writer saying whose follower it is', () => {
  const meaningOf = (line: string) => classifyLineText(line, patterns, { ownNode: 'node2', mayMatch: maskOf(line) });

  it('follows the node it names ("node2 follower of node1 in term 1", adv50c-31), not a follower it names', () => {
    expect(meaningOf('[1796419482.89328271s] node2 follower of node1 in term 1')).toMatchObject({ kind: 'follows-leader', leader: 'node1', term: 1 });
    expect(meaningOf('became follower of leader n3 (term 2)')).toMatchObject({ kind: 'follows-leader', leader: 'node3' });
    expect(meaningOf('sent heartbeat to follower node3')).not.toMatchObject({ kind: 'follows-leader' });
  });
});

describe("a vote line quoting the candidate's timer", () => {
  const kindOf = (line: string): string => classifyLineText(line, patterns, { ownNode: 'node3', mayMatch: maskOf(line) }).kind;

  it("is no detection of the voter's: a request's reason, its timeout, a node reporting one (adv48's false pass)", () => {
    for (const line of [
      'RequestVote{term=2 candidate=node2 last_log_index=0 reason="election timeout"} -> granted',
      'RequestVote{term=2 candidate=node2 reason="no heartbeat from node1"} -> granted',
      'RequestVote from node2 term 2 (reason: election timeout): granting vote',
      'granted vote to node2 after its election timeout (term 2)',
      'granting vote to node2: its election timeout fired first',
      "received RequestVote from node2: node2 reports election timeout, granting vote",
    ]) {
      expect(kindOf(line), line).not.toBe('heartbeat-timeout');
    }
  });

  it("keeps the voter's own silence, and a reason on a line with no vote", () => {
    expect(kindOf('voted for node2 in term 5: no heartbeat from leader node1 for 170 ms')).toBe('heartbeat-timeout');
    expect(kindOf('granting vote to node2; my election timeout fired at the same time')).toBe('heartbeat-timeout');
    expect(kindOf('stepping up: reason="election timeout", starting election for term 2')).toBe('heartbeat-timeout');
  });
});

describe('a demo script announcing the kill of the leader at a clock time', () => {
  const meaningOf = (line: string) => classifyLineText(line, patterns, { mayMatch: maskOf(line) });

  it('is a kill of whoever led, by the pid it names; a plan (`at +3.000`, `in 3 s`) is none', () => {
    expect(meaningOf('demo.sh: killing leader (pid 26456) at 15:24:19.880')).toMatchObject({ kind: 'kill', pid: 26456 });
    expect(meaningOf('demo.sh: killing leader at 15:24:19.880')).toMatchObject({ kind: 'kill' });
    expect(meaningOf('demo.sh: killing leader at 15:24:19.880').target).toBeUndefined();
    expect(meaningOf('sim: killing leader at +3.000').kind).not.toBe('kill');
    expect(meaningOf('sim: killing leader in 3 s').kind).not.toBe('kill');
  });
});

describe("another node's words relayed on a line", () => {
  const kindOf = (line: string): string => classifyLineText(line, patterns, { ownNode: 'node3', mayMatch: maskOf(line) }).kind;

  it("are no detection of the writer's: a received message's quoted payload, a node said to say it (adv48b's false pass)", () => {
    for (const line of [
      '<- node2 {"type":"RequestVote","term":2,"msg":"election timeout: no heartbeat from leader node1 in 250 ms"}',
      "recv RequestVote from node2: 'election timeout: no heartbeat from leader node1 in 250 ms'",
      'node2 says: election timeout, no heartbeat from leader node1',
    ]) {
      expect(kindOf(line), line).not.toBe('heartbeat-timeout');
    }
  });

  it("keeps the writer's own: its own name as the speaker, a sender named with no payload, the leader named as a source", () => {
    expect(kindOf('node3 says: election timeout, no heartbeat from leader node1')).toBe('heartbeat-timeout');
    expect(kindOf('no heartbeat from leader node1 for 250 ms')).toBe('heartbeat-timeout');
    expect(kindOf('connection to leader node1 lost: EOF from node1')).toBe('connection-lost');
  });
});

describe('a leader claim made only by a role key', () => {
  it('is the writer\'s role restated (a status dump), not an election won', () => {
    expect(classifyLineText('received SIGUSR1: dumping state (role=leader term=1)', patterns, { ownNode: 'node2' })).toMatchObject({ kind: 'became-leader', role: 'leader', term: 1 });
    expect(classifyLineText('status: state="leader" term=4 commit=17', patterns, { ownNode: 'node2' })).toMatchObject({ kind: 'became-leader', role: 'leader' });
  });

  it('beside words of the change it is the election won (no role)', () => {
    for (const line of ['won election, state=leader term=2', 'became leader (term 2), role=leader', 'transition follower -> role=leader term=3']) {
      const meaning = classifyLineText(line, patterns, { ownNode: 'node2' });
      expect(meaning.kind, line).toBe('became-leader');
      expect(meaning.role, line).toBeUndefined();
    }
  });

  it('keeps "non-voting" no vote (a learner\'s start line)', () => {
    expect(classifyLineText('starting kv_node node4 (learner, non-voting) pid 6142', patterns, { ownNode: 'node4' }).kind).not.toBe('vote');
    expect(classifyLineText('voting for node1 in term 2', patterns, { ownNode: 'node4' }).kind).toBe('vote');
  });
});

describe("a heartbeat timeout about a named peer, no leader's (adv55a-34)", () => {
  const meaningOf = (line: string, ownNode = 'node3') => classifyLineText(line, patterns, { ownNode });

  it('`gossip: peer node2 heartbeat timed out` names node2 as the peer it was about', () => {
    const m = meaningOf('[10:15:20.888477] [n3] gossip: peer node2 heartbeat timed out (no PONG in 150ms), redialing');
    expect([m.kind, m.peer]).toEqual(['heartbeat-timeout', 'node2']);
  });

  it('near misses: a line with a word of the leader, or the writer\'s own `peer 2:` head, names no peer', () => {
    expect(meaningOf('peer node2: no heartbeat from leader, election timeout fired').peer).toBeUndefined();
    expect(meaningOf('peer 2: election timeout, starting election for term 2', 'node 2').peer).toBeUndefined();
  });
});

describe('a watchdog announcing the kill of a node with the pid it signals (adv55c-27)', () => {
  const meaningOf = (line: string) => classifyLineText(line, patterns, {});

  it('`watchdog: killing node1 (pid 4971)` is a kill of node1, pid 4971', () => {
    const m = meaningOf('2026-12-05 10:26:32.877 watchdog: killing node1 (pid 4971)');
    expect([m.kind, m.target, m.pid]).toEqual(['kill', 'node1', 4971]);
  });

  it('near misses: no pid, or a kill still to come, is no kill', () => {
    expect(meaningOf('watchdog: killing node1').kind).toBe('other');
    expect(meaningOf('watchdog: killing node1 (pid 4971) in 3 s').kind).toBe('other');
  });
});
