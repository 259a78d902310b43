import { describe, expect, it } from 'vitest';
import { createLiveEventReader, findLeaderAt, isSameKill, isZoneOffsetMin, judgeKills, placeEventsOnClock, readLogText, SAME_KILL_MS, ZONE_EVIDENCE_MS, type LogEvent } from '../../src/log-events/index.js';
import { findDetection, findFollowerDeath, findHeardAfterEnd, findNewLifeMs, findOtherPidKill, isUntimedDetectionOf } from '../../src/log-events/log-facts.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';
import { makeLedOnPaste } from '../support/led-on-paste.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

const NS = { precisionMs: 0.000001 };
const US = { precisionMs: 0.001 };
const MS = { precisionMs: 1 };
const SECOND = { precisionMs: 1000 };

describe('isSameKill', () => {
  it("takes a node's own kill line within SAME_KILL_MS at or after a fine record for the same kill", () => {
    expect(isSameKill(1000.263875, NS, 1001.92954, US)).toBe(true);
    expect(isSameKill(1000, NS, 1000 + SAME_KILL_MS, US)).toBe(true);
    expect(isSameKill(1000, NS, 1000 + SAME_KILL_MS + 0.001, US)).toBe(false);
    // 50 ms later (a load generator's "stopped" then the leader's own line) is another line's time, not the same kill.
    expect(isSameKill(1000, MS, 1050, MS)).toBe(false);
  });

  it('reads the own line as the truncated interval it is: a ms stamp under a ns record may be after it, a µs one before it is not', () => {
    expect(isSameKill(1000.051501, NS, 1000, MS)).toBe(true);
    expect(isSameKill(1000.051501, NS, 1000.05, US)).toBe(false);
    // A whole-second own line in the record's second may be any moment of it.
    expect(isSameKill(47_790.811766, NS, 47_000, SECOND)).toBe(true);
  });

  it('never joins a whole-second record: it cannot say which ms the command ran in', () => {
    expect(isSameKill(47_000, SECOND, 47_000.5, US)).toBe(false);
  });
});

describe('judgeKills: a student record and the leader own line are one kill', () => {
  const paste = (ownLine: string, extra: string[] = []): string =>
    [
      '$ date +%H:%M:%S.%N; kill -TERM 16603',
      '02:54:47.263875764',
      '[node1] 2026/12/01 02:54:45.517022 won election for term 1 with votes from node1,node3, I am the leader now',
      ownLine,
      '[node2] 2026/12/01 02:54:45.517300 following leader node1 (term 1)',
      '[node3] 2026/12/01 02:54:45.517101 following leader node1 (term 1)',
      ...extra,
      '[node2] 2026/12/01 02:54:47.424179 election timeout fired: no heartbeat from leader node1 for 166ms, becoming candidate',
    ].join('\n');
  const judge = (text: string) => {
    const { events } = readLogText(text, patterns);
    return judgeKills(events, placeEventsOnClock(events)).map((k) => ({ line: k.event.line + 1, killed: k.killed, ofLeader: k.ofLeader, ownLine: k.ownLine && k.ownLine.event.line + 1 }));
  };

  it("joins them: the record's line and time, the own line's node", () => {
    const text = paste('[node1] 2026/12/01 02:54:47.265540 caught signal: terminated, shutting down');
    expect(judge(text)).toEqual([{ line: 2, killed: 'node1', ofLeader: true, ownLine: 4 }]);
    const { events } = readLogText(text, patterns);
    const clock = placeEventsOnClock(events);
    const [kill] = judgeKills(events, clock);
    expect(kill!.atMs).toBe(clock.at(events.find((e) => e.line === 1)!));
    expect(kill!.ownLine!.atMs - kill!.atMs).toBeCloseTo(1.665, 2);
  });

  it("joins an Erlang node's own line that its signal server logged 10.7 ms after the record (RabbitMQ, real10)", () => {
    expect(judge(paste('[node1] 2026/12/01 02:54:47.274599 SIGTERM received - shutting down'))).toEqual([{ line: 2, killed: 'node1', ofLeader: true, ownLine: 4 }]);
  });

  it('joins an own line later than SAME_KILL_MS but within a second: a handler that logged late, the record timing the kill (adv54f-32)', () => {
    expect(judge(paste('[node1] 2026/12/01 02:54:47.290000 caught signal: terminated, shutting down'))).toEqual([{ line: 2, killed: 'node1', ofLeader: true, ownLine: 4 }]);
  });

  it('keeps them apart when the own line comes more than a second later, or the leader was heard between', () => {
    const late = paste('[node1] 2026/12/01 02:54:48.400000 caught signal: terminated, shutting down');
    expect(judge(late.replace(' for 166ms', ''))).toEqual([
      { line: 2, killed: undefined, ofLeader: true, ownLine: undefined },
      { line: 4, killed: 'node1', ofLeader: true, ownLine: undefined },
    ]);
    // Unless a follower's stated silence began at the record (`for 166ms` at .424: quiet since 6 ms before it, adv72d-70).
    expect(judge(late)).toEqual([{ line: 2, killed: 'node1', ofLeader: true, ownLine: 4 }]);
    const heard = ['[node2] 2026/12/01 02:54:47.287000 heartbeat from leader node1 (term 1)'];
    expect(judge(paste('[node1] 2026/12/01 02:54:47.290000 caught signal: terminated, shutting down', heard)).map((k) => [k.line, k.killed, k.ownLine])).toEqual([
      [2, undefined, undefined],
      [4, 'node1', undefined],
    ]);
  });

  it('keeps them apart when another kill comes between them', () => {
    const between = ['$ date +%H:%M:%S.%N; kill -TERM 16604', '02:54:47.264000000'];
    expect(judge(paste('[node1] 2026/12/01 02:54:47.265540 caught signal: terminated, shutting down', between)).map((k) => [k.line, k.killed, k.ownLine])).toEqual([
      [2, undefined, undefined],
      [8, 'node1', 4],
    ]);
  });

  it("joins the first node's own line that follows, whoever leads: a follower's own line 0.1 ms after the record is its kill", () => {
    const follower = ['[node3] 2026/12/01 02:54:47.264000 caught signal: terminated, shutting down'];
    expect(judge(paste('[node1] 2026/12/01 02:54:47.265540 caught signal: terminated, shutting down', follower))).toEqual([
      { line: 2, killed: 'node3', ofLeader: false, ownLine: 7 },
      { line: 4, killed: 'node1', ofLeader: true, ownLine: undefined },
    ]);
    // Alone, it is a kill of a follower (node1 led), not of the leader.
    expect(judge(paste('[node1] 2026/12/01 02:54:45.600000 heartbeat to node2, node3', follower))).toEqual([{ line: 2, killed: 'node3', ofLeader: false, ownLine: 7 }]);
  });

  it("never joins the own line of a follower that goes on as a Raft member (a role's shutdown: ZooKeeper's follower losing its leader)", () => {
    expect(judge(paste('[node2] 2026/12/01 02:54:47.265540 caught signal: terminated, shutting down')).map((k) => [k.line, k.killed, k.ofLeader, k.ownLine])).toEqual([
      [2, undefined, true, undefined],
      [4, 'node2', false, undefined],
    ]);
  });

  it('joins the own line of a follower that only acts again in a new life (restarted: its startup line first)', () => {
    const restarted = [
      '[node3] 2026/12/01 02:54:47.264000 caught signal: terminated, shutting down',
      '[node3] 2026/12/01 02:54:50.000000 listening on 127.0.0.1:7003',
      '[node3] 2026/12/01 02:54:50.500000 following leader node2 (term 2)',
    ];
    expect(judge(paste('[node1] 2026/12/01 02:54:45.600000 heartbeat to node2, node3', restarted))).toEqual([{ line: 2, killed: 'node3', ofLeader: false, ownLine: 7 }]);
  });
});

describe("judgeKills: a kill timed by its shell prompt yields to the killed node's own line", () => {
  const paste = (prompt: string, ownLine: string | undefined, extra: string[] = []): string =>
    [
      `${prompt} pgrep -af kv_node`,
      '4101 ./kv_node --id 1 --port 7001',
      '4102 ./kv_node --id 2 --port 7002',
      `${prompt.replace('14:05:29', '14:05:31')} kill 4101`,
      '14:05:33.102 [node1] LEADER t2 heartbeat -> node2,node3',
      '14:05:33.202 [node2] FOLLOWER t2 heartbeat from leader node1',
      ...(ownLine === undefined ? [] : [ownLine]),
      ...extra,
      '14:05:33.386 [node2] FOLLOWER t2 connection to leader node1 closed (recv returned 0)',
    ].join('\n');
  const judge = (text: string) => {
    const { events } = readLogText(text, patterns);
    return judgeKills(events, placeEventsOnClock(events)).map((k) => [k.event.line + 1, k.killed, k.ofLeader]);
  };

  it.each([
    ["bash's `\\t` inside the prompt", '[14:05:29] sam@lab:~/kv$'],
    ["zsh's `%*` before it", '14:05:29 sam@lab ~/kv %'],
  ])('%s: the own line is the kill, at its own ms', (_, prompt) => {
    const text = paste(prompt, '14:05:33.384 [node1] received SIGTERM, shutting down');
    expect(readLogText(text, patterns).events.find((e) => e.line === 3)).toMatchObject({ kind: 'kill', timeBeforeCommand: true });
    expect(judge(text)).toEqual([[7, 'node1', true]]);
  });

  it('keeps the prompt time when the killed node logs no kill line of its own', () => {
    expect(judge(paste('[14:05:29] sam@lab:~/kv$', undefined))).toEqual([[4, 'node1', true]]);
  });

  it("does not give a follower's own kill line to a prompt-timed kill of the leader", () => {
    expect(judge(paste('[14:05:29] sam@lab:~/kv$', '14:05:33.384 [node2] received SIGTERM, shutting down'))).toEqual([
      [4, 'node1', true],
      [7, 'node2', false],
    ]);
  });

  it('keeps them apart when another kill comes between them', () => {
    const text = paste('[14:05:29] sam@lab:~/kv$', '14:05:33.384 [node1] received SIGTERM, shutting down', []).replace(
      '14:05:33.102 [node1]',
      '[14:05:32] sam@lab:~/kv$ date +%T.%3N; kill -9 4101\n14:05:33.300\n14:05:33.102 [node1]',
    );
    expect(judge(text)[0]).toEqual([4, 'node1', true]);
  });

  it('a time before a bare `$` is a timed record of the command, not a prompt', () => {
    const text = '2026-12-01T14:05:31.000Z $ kill -TERM 4242\n2026-12-01T14:05:33.384Z node1 received SIGTERM, shutting down';
    expect(readLogText(text, patterns).events[0]).not.toHaveProperty('timeBeforeCommand');
  });
});

describe('findNewLifeMs: when a node lives again after a time (its startup, or a lower Raft term)', () => {
  const text = [
    '10:00:00.000 [node2] following leader node1 for term 3',
    '10:00:01.000 [node1] received SIGTERM, shutting down',
    '10:00:01.200 [node2] heartbeat timeout, starting election for term 4',
    '10:05:00.000 [node2] following leader node1 for term 1',
    '10:06:00.000 [node2] kv_node id=2 listening on 127.0.0.1:7002',
  ].join('\n');
  const { events } = readLogText(text, patterns);
  const clock = placeEventsOnClock(events);
  const lifeAfter = (sinceMs: number, afterMs?: number): number => findNewLifeMs(events, (e) => clock.at(e), 'node2', sinceMs, afterMs) - 36_000_000;

  it('takes the first line naming a term lower than the highest before, or a startup line, whichever comes first', () => {
    expect(lifeAfter(36_001_000)).toBe(300_000);
    expect(lifeAfter(36_001_000, 36_301_000)).toBe(360_000);
  });

  it('no new life from a higher term (a campaign), and none before any term is known: only the startup counts', () => {
    expect(lifeAfter(36_001_000, 36_300_000)).toBe(360_000);
    expect(lifeAfter(35_000_000)).toBe(360_000);
    expect(lifeAfter(36_361_000)).toBe(Infinity);
  });
});

describe("findNewLifeMs: a shutdown's own lines are no new life (adv16)", () => {
  const lifeOf = (lines: readonly string[], node: string, sinceMs: number): number => {
    const { events } = readLogText(lines.join('\n'), patterns);
    const clock = placeEventsOnClock(events);
    return findNewLifeMs(events, (e) => clock.at(e), node, sinceMs);
  };

  it('a shutdown that has started ("graceful shutdown started", "starting graceful shutdown") is no startup', () => {
    for (const said of ['graceful shutdown started: draining 3 in-flight client requests', 'starting graceful shutdown', 'started draining connections']) {
      const lines = ['10:00:00.100 [node1] WARN  received SIGTERM, shutting down', `10:00:00.101 [node1] INFO  ${said}`, '10:00:00.160 [node1] INFO  HTTP server stopped'];
      expect(lifeOf(lines, 'node1', 36_000_100)).toBe(Infinity);
    }
    // A startup is still one, whatever it says of stopping later.
    expect(lifeOf(['10:00:00.100 [node1] received SIGTERM, shutting down', '10:05:00.000 [node1] kv node started on :7001 (Ctrl+C to stop)'], 'node1', 36_000_100)).toBe(36_300_000);
  });

  it("a log entry's term on a stop line (last entry: index 41, term 1) is not the node's own, lower term", () => {
    const lines = [
      '2026/12/01 09:59:58.066412 node1: became leader for term 2',
      '2026/12/01 10:00:00.100231 node1: received SIGTERM, shutting down',
      '2026/12/01 10:00:00.131904 node1: state saved (last entry: index 41, term 1); raft node stopped',
    ];
    const { events } = readLogText(lines.join('\n'), patterns);
    expect(events.map((e) => [e.kind, e.term])).toEqual([
      ['became-leader', 2],
      ['kill', undefined],
      ['kill', undefined],
    ]);
    const clock = placeEventsOnClock(events);
    expect(findNewLifeMs(events, (e) => clock.at(e), 'node1', clock.at(events[1]!)!)).toBe(Infinity);
  });
});

describe('findLeaderAt: who leads at a moment (checkPaste and the harness)', () => {
  // Lines as [node, ms, text] read live, timed by the given ms (the harness's way).
  const live = (lines: readonly [number, number, string][]): { events: LogEvent[]; at: (e: LogEvent) => number | undefined } => {
    const reader = createLiveEventReader(patterns);
    const atOf = new Map<LogEvent, number>();
    const events = lines.map(([node, atMs, text], line) => {
      const event = reader.read(text, { line, node: `node${node}` });
      atOf.set(event, atMs);
      return event;
    });
    return { events, at: (e) => atOf.get(e) };
  };

  it('takes the newest statement strictly before `beforeMs`, and the leader\'s own claim of that reign', () => {
    const { events, at } = live([
      [1, 10, 'term 1: got 2 of 3 votes, I am the leader'],
      [3, 12, 'leader is n1 for term 1'],
      [2, 500, 'term 2: got 2 of 3 votes, I am the leader'],
    ]);
    expect(findLeaderAt(events, { at }, { beforeMs: 500 })).toMatchObject({ node: 'node1', atMs: 12, claim: { atMs: 10 } });
    expect(findLeaderAt(events, { at }, { beforeMs: 501 })).toMatchObject({ node: 'node2', atMs: 500 });
    expect(findLeaderAt(events, { at }, { beforeMs: 10 })).toBeUndefined();
  });

  it('weighs only statements since `sinceMs` naming a leader `admits` lets through (a new leader after a kill)', () => {
    const { events, at } = live([
      [1, 10, 'term 1: got 2 of 3 votes, I am the leader'],
      [3, 520, 'leader is n1 for term 1'],
      [2, 600, 'term 2: got 2 of 3 votes, I am the leader'],
    ]);
    const notNode1 = (leader: string): boolean => leader !== 'node1';
    expect(findLeaderAt(events, { at }, { sinceMs: 100, admits: notNode1 })).toMatchObject({ node: 'node2', claim: { atMs: 600 } });
    expect(findLeaderAt(events, { at }, { sinceMs: 100 })?.node).toBe('node2');
    expect(findLeaderAt(events, { at }, { sinceMs: 700, admits: notNode1 })).toBeUndefined();
  });

  it('ranks by time in a paste (an earlier run may have had higher terms), by term in one live run', () => {
    const { events, at } = live([
      [3, 100, 'leader is n1 for term 4'],
      [2, 101, 'term 1: got 2 of 3 votes, I am the leader'],
    ]);
    expect(findLeaderAt(events, { at })?.node).toBe('node2');
    expect(findLeaderAt(events, { at }, { oneRun: true })?.node).toBe('node1');
  });

  it('drops a claim its writer took back before the moment asked about, not one it took back after', () => {
    const { events, at } = live([
      [3, 5, 'leader is n1 for term 1'],
      [2, 10, 'term 1: got 2 of 3 votes, I am the leader'],
      [2, 20, 'saw term 3, stepping down'],
    ]);
    expect(findLeaderAt(events, { at }, { beforeMs: 30 })?.node).toBe('node1');
    expect(findLeaderAt(events, { at }, { beforeMs: 15 })?.node).toBe('node2');
    expect(findLeaderAt(events, { at })?.node).toBe('node1');
  });

  it("takes another node's word that a node leads back by that node's own later or same-ms word, or by its last word before naming another leader", () => {
    const sameMs = live([
      [2, 10, 'term 2: got 2 of 3 votes, I am the leader'],
      [3, 1000, 'status: role=follower leader=node1'],
      [1, 1000, 'status: role=follower leader=node2'],
    ]);
    expect(findLeaderAt(sameMs.events, sameMs, { beforeMs: 1250 })?.node).toBe('node2');
    const ownBefore = live([
      [2, 10, 'term 2: got 2 of 3 votes, I am the leader'],
      [1, 1000, 'status: role=follower leader=node2'],
      [3, 1004, 'status: role=follower leader=node1'],
    ]);
    expect(findLeaderAt(ownBefore.events, ownBefore, { beforeMs: 1250 })?.node).toBe('node2');
    // A node that logged only its starting role, or followed another and then claimed a reign, is not taken back.
    const silent = live([
      [1, 0, 'starting as follower'],
      [3, 1000, 'status: role=follower leader=node1'],
    ]);
    expect(findLeaderAt(silent.events, silent, { beforeMs: 1250 })?.node).toBe('node1');
    const reelected = live([
      [1, 1000, 'status: role=follower leader=node2'],
      [1, 1050, 'term 4: got 2 of 3 votes, I am the leader'],
      [3, 1060, 'status: role=follower leader=node1'],
    ]);
    expect(findLeaderAt(reelected.events, reelected, { beforeMs: 1250 })).toMatchObject({ node: 'node1', atMs: 1060 });
    // A word naming a higher term than the node's own last one may be of a reign the node did not log.
    const higherTerm = live([
      [1, 1000, 'following leader node2 (term 3)'],
      [3, 1060, 'following leader node1 (term 4)'],
    ]);
    expect(findLeaderAt(higherTerm.events, higherTerm, { beforeMs: 1250 })?.node).toBe('node1');
  });

  it("places a claim printed before every peer's vote of its term at the first such vote", () => {
    const { events, at } = live([
      [1, 100, 'term 2: got 2 of 3 votes, I am the leader'],
      [3, 140, 'voted for n1 in term 2'],
    ]);
    expect(findLeaderAt(events, { at })).toMatchObject({ node: 'node1', atMs: 140 });
    expect(findLeaderAt(events, { at }, { beforeMs: 120 })).toBeUndefined();
  });
});

describe('placeEventsOnClock: zone-less node lines next to a zoned kill', () => {
  // `date -u '+%F %T.%3N %Z'; kill -9 6101` at 13:12:40.511 UTC; the nodes' zone-less lines `aheadMs` after it as read
  // as UTC (a node's own zone: its offset plus its delays), with node2's heartbeat 45 ms before and node3's 44 ms.
  const paste = (aheadMs: number, node3AheadMs = aheadMs): readonly LogEvent[] => {
    const at = (ms: number): string => new Date(Date.UTC(2026, 11, 1, 13, 12, 40, 511) + ms).toISOString().slice(0, 23).replace('T', ' ');
    return readLogText(
      [
        "$ date -u '+%F %T.%3N %Z'; kill -9 6101",
        '2026-12-01 13:12:40.511 UTC',
        `${at(aheadMs - 45)} node2 heartbeat from leader node1`,
        `${at(aheadMs + 205)} node2 heartbeat timeout (250 ms since last heartbeat), starting election`,
        `${at(node3AheadMs - 44)} node3 heartbeat from leader node1`,
        `${at(node3AheadMs + 2)} node3 read() returned 0: leader node1 connection closed`,
      ].join('\n'),
      patterns,
    ).events;
  };
  const measured = (events: readonly LogEvent[]) => {
    const clock = placeEventsOnClock(events);
    const kill = clock.at(events.find((e) => e.kind === 'kill')!)!;
    return { zoneShiftMin: clock.zoneShiftMin, ms: events.filter((e) => e.node !== undefined).map((e) => Math.round(clock.at(e)! - kill)) };
  };

  it('reads them in the zone every node sits at: a whole offset a zone uses, each node within ZONE_EVIDENCE_MS of it', () => {
    expect(measured(paste(3_600_000))).toEqual({ zoneShiftMin: 60, ms: [-45, 205, -44, 2] });
    expect(measured(paste(-5 * 3_600_000))).toEqual({ zoneShiftMin: -300, ms: [-45, 205, -44, 2] });
    // Nepal's +05:45 is a zone's offset; a slow node is measured by its own delay (+400 ms), never made fast.
    expect(measured(paste(345 * 60_000))).toEqual({ zoneShiftMin: 345, ms: [-45, 205, -44, 2] });
    expect(measured(paste(3_600_000 + 400))).toEqual({ zoneShiftMin: 60, ms: [355, 605, 356, 402] });
  });

  it('keeps them as read when they agree with the kill, are off by a quarter hour no zone uses, or the nodes disagree', () => {
    expect(measured(paste(0))).toEqual({ zoneShiftMin: 0, ms: [-45, 205, -44, 2] });
    // 15 min + 400 ms (or + 200 ms) late: UTC+00:15 is no zone, so no zone explains it.
    expect(measured(paste(15 * 60_000 + 400)).zoneShiftMin).toBe(0);
    expect(measured(paste(15 * 60_000 + 200)).zoneShiftMin).toBe(0);
    // One node an hour off, the other as read: no one zone.
    expect(measured(paste(3_600_000, 0)).zoneShiftMin).toBe(0);
    // Nodes an hour off but seconds away from the whole hour: no node sits at an offset.
    expect(measured(paste(3_600_000 + 5000)).zoneShiftMin).toBe(0);
    expect(ZONE_EVIDENCE_MS).toBe(1000);
  });

  it('needs two nodes near the offset, and a zoned kill', () => {
    const one = paste(3_600_000).filter((e) => e.node !== 'node3');
    expect(measured(one).zoneShiftMin).toBe(0);
    const zoneLessKill = readLogText(['$ date +%F\\ %T.%3N; kill -9 6101', '2026-12-01 13:12:40.511', '2026-12-01 14:12:40.716 node2 heartbeat timeout, starting election', '2026-12-01 14:12:40.513 node3 read() returned 0: leader node1 connection closed'].join('\n'), patterns).events;
    expect(placeEventsOnClock(zoneLessKill).zoneShiftMin).toBe(0);
  });

  it("isZoneOffsetMin: whole hours from UTC-12 to UTC+14, and the tz database's half- and quarter-hour zones", () => {
    expect([0, 60, -300, 330, -570, -210, 210, 270, 390, 570, 630, 345, 525, 765, 825, 840, -720].map(isZoneOffsetMin)).toEqual(Array(17).fill(true));
    // No zone is UTC+00:30, +01:30 or -05:30 (adv66f: a kill read so to fit the nodes' times).
    expect([15, -15, 30, -30, 45, 75, 90, -330, 315, 870, -750].map(isZoneOffsetMin)).toEqual(Array(11).fill(false));
  });
});

describe("judgeKills and findLeaderAt read the writers' role columns", () => {
  const judge = (lines: string[]) => {
    const { events } = readLogText(lines.join('\n'), patterns);
    return judgeKills(events, placeEventsOnClock(events));
  };

  it("takes a killed node's own follower column on its kill line as a follower's kill when nobody is said to lead", () => {
    const [kill] = judge(['10:00:00.051 node2 FOLLOWER term=3 heartbeat ok', '10:00:00.100 node2 FOLLOWER term=3 caught SIGTERM, shutting down']);
    expect(kill).toMatchObject({ killed: 'node2', ofLeader: false, leaderThen: undefined });
    expect(judge(['10:00:00.051 [node3][FOLLOWER] t=3 append ok', '10:00:00.100 [node2][FOLLOWER] t=3 received SIGTERM, shutting down'])[0]).toMatchObject({ killed: 'node2', ofLeader: false });
    // Its column saying it leads, or none on the kill line (a filtered log may have dropped a later claim): the leader's.
    expect(judge(['10:00:00.100 node2 LEADER term=3 caught SIGTERM, shutting down'])[0]).toMatchObject({ ofLeader: true });
    expect(judge(['10:00:00.051 node2 FOLLOWER term=3 heartbeat ok', '10:00:00.100 node2 caught SIGTERM, shutting down'])[0]).toMatchObject({ ofLeader: true });
  });

  it("takes a leader's role column as its claim to lead, newer than a stale leader statement, and a later follower column as taking it back", () => {
    const lines = ['09:59:58.402 [n3] t=1 following leader n2', '10:00:00.050 [n1][LEADER] t=2 append ok', '10:00:00.100 [n1][LEADER] t=2 received SIGTERM, shutting down'];
    expect(judge(lines)[0]).toMatchObject({ killed: 'node1', ofLeader: true, leaderThen: { node: 'node1' } });
    const { events } = readLogText(['10:00:00.050 [n1][LEADER] t=2 append ok', '10:00:00.060 [n1][FOLLOWER] t=3 saw term 3'].join('\n'), patterns);
    expect(findLeaderAt(events, placeEventsOnClock(events), { beforeMs: Infinity })).toBeUndefined();
  });
});

describe("judgeKills: systemd's line about the unit it stops and the node's own shutdown line (kills2)", () => {
  const journal = (own: string[]): string =>
    [
      'Dec 01 10:00:00.000312 raft-vm kv_node[4101]: [node1] term 2: became leader',
      'Dec 01 10:00:00.001120 raft-vm kv_node[4102]: [node2] term 2: following leader node1',
      'Dec 01 10:00:00.099871 raft-vm systemd[1]: Stopping kv@1.service - Raft KV node 1...',
      ...own,
      'Dec 01 10:00:00.101302 raft-vm kv_node[4102]: [node2] connection to leader node1 lost: EOF',
      'Dec 01 10:00:00.102240 raft-vm systemd[1]: Stopped kv@1.service - Raft KV node 1.',
    ].join('\n');
  const judge = (text: string) => {
    const { events } = readLogText(text, patterns);
    return judgeKills(events, placeEventsOnClock(events)).map((k) => ({ line: k.event.line + 1, killed: k.killed }));
  };

  it("are one kill, the node's own line: the line where the node is shut down", () => {
    expect(judge(journal(['Dec 01 10:00:00.100412 raft-vm kv_node[4101]: [node1] received SIGTERM, shutting down']))).toEqual([{ line: 4, killed: 'node1' }]);
  });

  it("is systemd's Stopping line when the node logs none (no SIGTERM handler); its Stopped line continues that kill", () => {
    expect(judge(journal([]))).toEqual([{ line: 3, killed: 'node1' }]);
  });
});

describe("judgeKills: a follower's shutdown-word line after its own notice of the leader's loss is no death (adv16)", () => {
  const paste = (node2Lines: string[]): string =>
    [
      '$ date +%T.%3N; kill 4101',
      '10:00:00.100',
      '$ tail -n 4 logs/node2.log logs/node3.log',
      '==> logs/node2.log <==',
      '10:00:00.052 [node2] DEBUG heartbeat from leader node1 (term 2)',
      ...node2Lines,
      '',
      '==> logs/node3.log <==',
      '10:00:00.052 [node3] DEBUG heartbeat from leader node1 (term 2)',
      '10:00:00.102 [node3] WARN  connection to leader node1 lost: EOF',
    ].join('\n');
  const judge = (text: string) => {
    const { events } = readLogText(text, patterns);
    return judgeKills(events, placeEventsOnClock(events)).map((k) => ({ line: k.event.line + 1, killed: k.killed, ofLeader: k.ofLeader, ownLine: k.ownLine && k.ownLine.event.line + 1 }));
  };

  it("`append handler stopped` after the follower's EOF from leader node1 is not joined: the record is the leader's kill", () => {
    const text = paste(['10:00:00.101 [node2] WARN  connection to leader node1 lost: EOF', '10:00:00.101 [node2] INFO  append handler stopped']);
    expect(judge(text)[0]).toEqual({ line: 2, killed: undefined, ofLeader: true, ownLine: undefined });
  });

  it('a follower whose own SIGTERM line comes first is still the killed node, whatever it logs after', () => {
    const text = paste(['10:00:00.101 [node2] INFO  received SIGTERM, shutting down', '10:00:00.101 [node2] WARN  connection to leader node1 closed', '10:00:00.102 [node2] INFO  append handler stopped']);
    expect(judge(text)[0]).toEqual({ line: 2, killed: 'node2', ofLeader: false, ownLine: 6 });
  });
});

describe('judgeKills: a nameless kill timed after the kill and the own line before it (kills2)', () => {
  const logs = (after: string[]): string =>
    [
      '2026-12-01T10:31:02.118Z [n1] term 1: became leader (votes n2, n3)',
      '2026-12-01T10:31:02.119Z [n2] term 1: following leader n1',
      '2026-12-01T10:31:07.512Z [n1] got SIGTERM, shutting down',
      ...after,
    ].join('\n');
  const judge = (text: string) => {
    const { events } = readLogText(text, patterns);
    return judgeKills(events, placeEventsOnClock(events)).map((k) => ({ line: k.event.line + 1, killed: k.killed }));
  };

  it("`kill 4177 && date` printed 2 ms after n1's own line: one kill, n1's own line", () => {
    expect(judge(logs(['$ kill -TERM 4177 && date +%T.%3N', '10:31:07.514']))).toEqual([{ line: 3, killed: 'node1' }]);
    expect(judge(logs(['$ kill -TERM 4177; date +%T.%3N', '10:31:07.514']))).toEqual([{ line: 3, killed: 'node1' }]);
  });

  it("`date; kill 4177` printed after n1's own line is a kill of its own (its date came before that kill)", () => {
    expect(judge(logs(['$ date +%T.%3N; kill -TERM 4177', '10:31:07.514'])).map((k) => k.line)).toEqual([3, 5]);
  });

  it(".NET's writerless `Application is shutting down...` 12 ms after the own line continues that kill", () => {
    expect(judge(logs(['2026-12-01T10:31:07.524Z info: Microsoft.Hosting.Lifetime[0] Application is shutting down...']))).toEqual([{ line: 3, killed: 'node1' }]);
    // Past SAME_KILL_MS it is a kill of its own.
    expect(judge(logs(['2026-12-01T10:31:07.540Z info: Microsoft.Hosting.Lifetime[0] Application is shutting down...'])).map((k) => k.line)).toEqual([3, 4]);
  });
});

describe('judgeKills: a kill whose taken leader leads on after it killed no leader (fixu)', () => {
  // blind18's shape: a bare `date; kill -HUP 4101`, node1 reloads and goes on heartbeating in term 4.
  const paste = (node1After: string[]): string => makeLedOnPaste('kill -HUP 4101', node1After);
  const judge = (text: string) => {
    const { events } = readLogText(text, patterns);
    return judgeKills(events, placeEventsOnClock(events)).map((k) => ({ line: k.event.line + 1, leader: k.leader, ofLeader: k.ofLeader, ledOn: k.ledOn && k.ledOn.event.line + 1 }));
  };

  it("takes node1's heartbeats 51 ms after the kill, with no line of its own going down between, as leading on", () => {
    expect(judge(paste(['14:05:33.102 node1 INFO  caught SIGHUP: reloading config', '14:05:33.151 node1 DEBUG heartbeat -> node2,node3 term=4']))).toEqual([
      { line: 2, leader: 'node1', ofLeader: false, ledOn: 5 },
    ]);
  });

  it('a listener restarted inside the process is no new life: it still leads on', () => {
    const text = paste(['14:05:33.102 node1 INFO  listener restarted on :7001, peers must reconnect', '14:05:33.151 node1 DEBUG heartbeat -> node2,node3 term=4']);
    expect(readLogText(text, patterns).events.find((e) => e.line === 3)?.kind).not.toBe('startup');
    expect(judge(text)[0]).toMatchObject({ ofLeader: false, ledOn: 5 });
  });

  it('a heartbeat within SAME_KILL_MS of the kill is the signal on its way: no leading on', () => {
    expect(judge(paste(['14:05:33.115 node1 DEBUG heartbeat -> node2,node3 term=4']))).toEqual([{ line: 2, leader: 'node1', ofLeader: true, ledOn: undefined }]);
  });

  it('its own shutdown line first (a slow SIGTERM handler still heartbeating) is a death, not leading on', () => {
    const slow = paste(['14:05:33.101 node1 INFO  received SIGTERM, shutting down', '14:05:33.140 node1 DEBUG heartbeat -> node2,node3 term=4']);
    expect(judge(slow)).toEqual([{ line: 2, leader: 'node1', ofLeader: true, ledOn: undefined }]);
  });

  it('a new process of node1 (its startup line) leading again later is a new life, not leading on', () => {
    const restarted = paste(['14:05:34.000 node1 INFO  kv_node id=1 listening on 127.0.0.1:7001', '14:05:34.400 node1 INFO  became leader for term 5']);
    expect(judge(restarted)).toEqual([{ line: 2, leader: 'node1', ofLeader: true, ledOn: undefined }]);
  });

  it("a startup line in the reload is no new life when node1 leads on in the term it led before the kill (adv20)", () => {
    const reloaded = paste(['14:05:33.102 node1 INFO  SIGHUP: reloading config.toml, rebinding listener', '14:05:33.103 node1 INFO  listening on :7001', '14:05:33.151 node1 DEBUG heartbeat -> node2,node3 term=4']);
    expect(judge(reloaded)).toEqual([{ line: 2, leader: 'node1', ofLeader: false, ledOn: 6 }]);
  });

  it('a restart on fresh data that leads again in the old term after another leader is a new life (fixu near miss)', () => {
    const wiped = paste(['14:05:41.000 node1 INFO  kv_node id=1 listening on 127.0.0.1:7001', '14:05:41.320 node1 INFO  became leader for term 4']);
    const text = `${wiped}\n14:05:33.301 node2 INFO  became leader for term 5`;
    expect(judge(text)).toEqual([{ line: 2, leader: 'node1', ofLeader: true, ledOn: undefined }]);
    expect(judge(wiped)).toEqual([{ line: 2, leader: 'node1', ofLeader: false, ledOn: 5 }]);
  });

  it('one last heartbeat as its loop winds down, then followers losing node1 after it, is a late death, not leading on (adv20)', () => {
    const node1After = ['14:05:33.130 node1 DEBUG heartbeat -> node2,node3 term=4', '14:05:33.133 node1 INFO  raft loop exited, bye'];
    const lost = ['14:05:33.134 node2 WARN  connection to leader node1 closed: EOF', '14:05:33.135 node3 WARN  connection to leader node1 closed: EOF'];
    const { events } = readLogText(makeLedOnPaste('kill 4101', node1After, lost), patterns);
    expect(judgeKills(events, placeEventsOnClock(events)).map((k) => [k.event.line + 1, k.ofLeader, k.ledOn])).toEqual([[2, true, undefined]]);
    // Without the followers' later losses, the same heartbeat is leading on.
    const { events: on } = readLogText(makeLedOnPaste('kill 4101', node1After), patterns);
    expect(judgeKills(on, placeEventsOnClock(on)).map((k) => [k.ofLeader, k.ledOn?.event.line])).toEqual([[false, 3]]);
  });

  it("a later kill command after node1 led on past its own SIGTERM line is a kill of its own, not the SIGTERM's shutdown going on (adv19)", () => {
    const drained = [
      '$ pgrep -af kv_node',
      '4101 ./kv_node --id 1 --port 7001',
      '4102 ./kv_node --id 2 --port 7002',
      '$ date +%T.%3N; kill 4101',
      '14:05:33.100',
      '$ date +%T.%3N; kill -9 4101',
      '14:05:34.020',
      '14:05:33.051 node1 DEBUG heartbeat -> node2,node3 term=4',
      '14:05:33.101 node1 INFO  received SIGTERM, draining',
      '14:05:33.951 node1 DEBUG heartbeat -> node2,node3 term=4',
      '14:05:34.021 node2 WARN  connection to leader node1 reset (EOF)',
    ].join('\n');
    expect(judge(drained).map((k) => [k.line, k.leader, k.ofLeader])).toEqual([
      [5, 'node1', true],
      [7, 'node1', true],
    ]);
    // Its heartbeat within SAME_KILL_MS of the SIGTERM, or none: the later kill continues that shutdown.
    expect(judge(drained.replace('14:05:33.951 node1', '14:05:33.115 node1')).map((k) => k.line)).toEqual([5]);
  });

  it('a kill timed by its prompt may have come after the heartbeats: no leading on', () => {
    const prompted = paste(['14:05:33.151 node1 DEBUG heartbeat -> node2,node3 term=4']).replace('$ date +%T.%3N; kill -HUP 4101\n14:05:33.100', '[14:05:33] sam@lab:~/kv$ kill -HUP 4101');
    expect(judge(prompted)[0]).toMatchObject({ ofLeader: true, ledOn: undefined });
  });
});

describe('judgeKills: a commonly handled signal the taken leader lived through as a member (adv22)', () => {
  const judge = (text: string) => {
    const { events } = readLogText(text, patterns);
    return judgeKills(events, placeEventsOnClock(events)).map((k) => ({ line: k.event.line + 1, leader: k.leader, ofLeader: k.ofLeader, ledOn: k.ledOn && k.ledOn.event.line + 1 }));
  };
  // A student's debug hook: SIGUSR2 mutes heartbeats; node1 lives on, grants node2's vote and follows it.
  const muted = ['14:05:33.101 node1 INFO  SIGUSR2: heartbeats muted', '14:05:33.358 node1 INFO  granted vote to node2 (term 5), stepping down', '14:05:33.361 node1 INFO  following leader node2 (term 5)'];

  it('`kill -USR2` (or -12, -s USR1, -HUP) then node1 votes and follows: it lived on, no kill of the leader', () => {
    for (const kill of ['kill -USR2 4101', 'kill -12 4101', 'kill -s USR1 4101', 'kill -SIGHUP 4101']) {
      expect(judge(makeLedOnPaste(kill, muted)), kill).toEqual([{ line: 2, leader: 'node1', ofLeader: false, ledOn: 5 }]);
    }
  });

  it('near misses: a SIGTERM or SIGKILL (a vote may be its shutdown\'s), a USR2 node1 is silent after, a vote of a new process', () => {
    for (const kill of ['kill 4101', 'kill -TERM 4101', 'kill -9 4101']) {
      expect(judge(makeLedOnPaste(kill, muted)), kill).toEqual([{ line: 2, leader: 'node1', ofLeader: true, ledOn: undefined }]);
    }
    expect(judge(makeLedOnPaste('kill -USR2 4101', []))).toEqual([{ line: 2, leader: 'node1', ofLeader: true, ledOn: undefined }]);
    const restarted = ['14:05:34.000 node1 INFO  kv_node id=1 listening on 127.0.0.1:7001', '14:05:34.300 node1 INFO  granted vote to node2 (term 5)'];
    expect(judge(makeLedOnPaste('kill -USR2 4101', restarted))).toEqual([{ line: 2, leader: 'node1', ofLeader: true, ledOn: undefined }]);
    // Within SAME_KILL_MS of the kill: the signal on its way.
    expect(judge(makeLedOnPaste('kill -USR2 4101', ['14:05:33.110 node1 INFO  granted vote to node2 (term 5)']))).toEqual([{ line: 2, leader: 'node1', ofLeader: true, ledOn: undefined }]);
  });
});

describe("judgeKills: the killed leader's own write failing long after its signal line (adv54i-22)", () => {
  const judge = (lines: string[]) => {
    const { events } = readLogText(lines.join('\n'), patterns);
    return judgeKills(events, placeEventsOnClock(events)).filter((k) => k.killed === 'node1').map((k) => ({ line: k.event.line + 1, ofLeader: k.ofLeader, ledOn: k.ledOn && k.ledOn.event.line + 1 }));
  };
  const paste = (after: string[]) => [
    '10:00:00.000 node1 INFO: became leader (term 2)',
    '10:00:00.001 node2 INFO: following leader node1 (term 2)',
    '10:00:00.001 node3 INFO: following leader node1 (term 2)',
    '10:00:01.000 node1 INFO: received SIGTERM, shutting down',
    '10:00:01.001 node2 WARN: connection to leader node1 lost (read returned 0)',
    '10:00:01.001 node3 WARN: connection to leader node1 lost (read returned 0)',
    ...after,
  ];

  it('`write to node2 failed: Broken pipe` 1.7 s after its SIGTERM line: its loop ran on, no kill of the leader', () => {
    expect(judge(paste(['10:00:02.700 node1 WARN: write to node2 failed: Broken pipe']))).toEqual([{ line: 4, ofLeader: false, ledOn: 7 }]);
    expect(judge(paste(['10:00:02.700 node1 WARN: send heartbeat to node3: EPIPE']))).toEqual([{ line: 4, ofLeader: false, ledOn: 7 }]);
  });

  it('near misses: the write fails within 1 s (its shutdown), after a line ending it or a restart, or is a dial refused', () => {
    expect(judge(paste(['10:00:01.900 node1 WARN: write to node2 failed: Broken pipe']))).toEqual([{ line: 4, ofLeader: true, ledOn: undefined }]);
    expect(judge(paste(['10:00:01.500 node1 INFO: stopped', '10:00:02.700 node1 WARN: write to node2 failed: Broken pipe']))[0]).toEqual({ line: 4, ofLeader: true, ledOn: undefined });
    expect(judge(paste(['10:00:02.000 node1 INFO: starting kv_node id=1 port=7001', '10:00:02.700 node1 WARN: write to node2 failed: Broken pipe']))).toEqual([{ line: 4, ofLeader: true, ledOn: undefined }]);
    // A prober of a process shutting down may still dial (etcd's health check 1.4 s into its shutdown).
    expect(judge(paste(['10:00:02.700 node1 WARN: health check for peer node2 could not connect: dial tcp 127.0.0.1:7002: connect: connection refused']))).toEqual([{ line: 4, ofLeader: true, ledOn: undefined }]);
  });
});

describe('findOtherPidKill: a record of a pid other than the one the leader\'s own line joins (adv55b-28)', () => {
  const other = (lines: string[]) => {
    const { events } = readLogText(lines.join('\n'), patterns);
    const clock = placeEventsOnClock(events);
    const kills = judgeKills(events, clock);
    return kills.map((k) => findOtherPidKill(k, kills, events, clock)?.event.line).map((l) => (l === undefined ? undefined : l + 1));
  };
  const paste = (second: string[]) => [
    '10:08:15.922 node1 INFO became leader for term 1',
    '10:08:16.227 node2 INFO following leader node1 (term 1)',
    '$ date +%T.%N; kill 13861',
    '10:08:17.859339926',
    ...second,
    '10:08:18.869 node1 WARNING received SIGTERM, shutting down',
    '10:08:18.870 node2 WARNING lost connection to leader node1 (EOF)',
  ];

  it('`kill 13861`, then `kill 13856` joined by node1\'s own line 3 ms later: the first signalled another process', () => {
    expect(other(paste(['$ date +%T.%N; kill 13856', '10:08:18.865733904']))).toEqual([6, undefined]);
  });

  it('near misses: the same pid twice, a second record with no pid, or node1 starting again between', () => {
    expect(other(paste(['$ date +%T.%N; kill 13861', '10:08:18.865733904']))).toEqual([undefined, undefined]);
    expect(other(paste(['$ date +%T.%N; pkill -f "kv_node --id 1"', '10:08:18.865733904']))).toEqual([undefined, undefined]);
    expect(other(paste(['10:08:18.100 node1 INFO starting kv_node id=1 pid=13856', '$ date +%T.%N; kill 13856', '10:08:18.865733904']))).not.toContain(7);
  });
});

describe('findFollowerDeath: a follower stopped before the kill and down at it (adv55a-10)', () => {
  const deathOf = (lines: string[]) => {
    const { events } = readLogText(lines.join('\n'), patterns);
    const clock = placeEventsOnClock(events);
    const kills = judgeKills(events, clock);
    const kill = kills.find((k) => k.killed === 'node1')!;
    return findFollowerDeath(kill, kills, events, clock, 'node3')?.event.line;
  };
  const before = ['10:08:14.110 node1 INFO became leader (term 1)', '10:08:14.117 node3 INFO following leader node1 (term 1)', '10:08:14.977 node3 INFO received SIGTERM, shutting down'];
  const kill = '10:08:15.978 node1 INFO received SIGTERM, shutting down';

  it('node3 stopped 1 s before node1, restarted 78 ms after it: its end is a death at the kill', () => {
    expect(deathOf([...before, kill, '10:08:16.056 node3 INFO kv_node node3 starting pid=13857', '10:08:16.178 node3 WARN election timeout fired, still no leader, becoming candidate (term 2)'])).toBe(2);
  });

  it('near misses: node3 started again before the kill, or acted as a member between', () => {
    expect(deathOf([...before, '10:08:15.200 node3 INFO kv_node node3 starting pid=13857', kill])).toBeUndefined();
    expect(deathOf([...before, '10:08:15.500 node3 INFO following leader node1 (term 1)', kill])).toBeUndefined();
  });
});

describe("findHeardAfterEnd: a follower hearing from the leader after the leader's own line said it stopped (adv55d-10)", () => {
  const heard = (lines: string[]) => {
    const { events } = readLogText(lines.join('\n'), patterns);
    const clock = placeEventsOnClock(events);
    const kills = judgeKills(events, clock);
    const found = findHeardAfterEnd(kills.find((k) => k.killed === 'node1')!, events, clock, 'node2');
    return found === undefined ? undefined : [found.event.line + 1, found.end.line + 1, Math.round(found.atMs - found.endMs)];
  };
  const base = ['10:25:46.486 node1 INFO became leader term 1', '10:25:46.545 node1 INFO received SIGTERM, shutting down', '10:25:46.576 node1 INFO stopped'];

  it('`heartbeat from leader node1` 129 ms after node1 `stopped`: found', () => {
    expect(heard([...base, '10:25:46.705 node2 DEBUG heartbeat from leader node1 (term 1)'])).toEqual([4, 3, 129]);
  });

  it('near misses: within 20 ms (a message in flight), a line only naming the leader it believes in, or node1 restarted', () => {
    expect(heard([...base, '10:25:46.590 node2 DEBUG heartbeat from leader node1 (term 1)'])).toBeUndefined();
    expect(heard([...base, '10:25:46.705 node2 INFO following leader node1 (term 1)'])).toBeUndefined();
    expect(heard([...base, '10:25:46.650 node1 INFO starting kv_node id=1', '10:25:46.705 node2 DEBUG heartbeat from leader node1 (term 1)'])).toBeUndefined();
  });
});

describe('findLeaderAt: a status line restating a role at a term below its writer\'s own (adv55e-03)', () => {
  const leaderAt = (lines: string[], beforeMs: number) => {
    const { events } = readLogText(lines.join('\n'), patterns);
    return findLeaderAt(events, placeEventsOnClock(events), { beforeMs })?.node;
  };
  const run = [
    '10:36:41.963 node3 INFO became leader (term 2) with votes from node1,node3',
    '10:36:42.462 node2 INFO stepping down: saw term 2 from node3 (term 1 -> 2)',
    '10:36:42.463 node2 INFO following leader node3 (term 2)',
  ];

  it('node2\'s cached `status: role=leader term=1` after its own term 2 is stale: node3 leads', () => {
    expect(leaderAt([...run, '10:36:42.714 node2 INFO status: role=leader term=1 leader=node2'], 38_202_750)).toBe('node3');
  });

  it('near miss: an election won at term 1 after term 2 (a relaunch on fresh data) is a new reign', () => {
    expect(leaderAt([...run, '10:36:42.714 node2 INFO became leader for term 1'], 38_202_750)).toBe('node2');
  });
});

describe('isPartRestart: a part of a process restarting, or its work starting, is no startup (fixu)', () => {
  const isStartup = (line: string): boolean => readLogText(line, patterns).events.some((e) => e.kind === 'startup');
  it.each([
    ['14:05:33.102 node1 INFO  listener restarted on :7001, peers must reconnect', false],
    ['2026-11-30 10:15:02,418 ERROR [node2] follower loop crashed, restarting it', false],
    ['14:05:33.102 node1 INFO  raft transport restarting', false],
    ['10:00:00.101 [node1] SIGUSR1: rotating log file, restarting peer transport', false],
    ['10:00:00.101 [node1] restarted the HTTP listener', false],
    ['14:05:34.000 node1 INFO  kv_node restarted, listening on :7001', true],
    ['09:59:59.900 [n2][FOLLOWER] t=2 restarted, log replayed to idx=40', true],
    ['14:05:34.000 node1 INFO  listener restarted on :7001 after boot', true],
    // Work of a running node starting (etcd's stopping leader hands its role on): no new life (a shuffle found it).
    ['[infra3] {"level":"info","ts":"2026-11-30T04:06:40.726Z","msg":"leadership transfer starting","local-member-id":"4b9a84bf6b7388aa"}', false],
    ['10:00:00.101 [node1] starting snapshot at index 4000', false],
    ['10:00:00.101 [node1] log compaction started (index 4000)', false],
    ['10:00:00.101 [node1] kv_node starting, snapshot at index 4000 loaded', true],
    // A stopping node's words (etcd's `stopping serving peer traffic`, a shuffle of real-etcd-D at seed 901077913).
    ['[infra2] {"level":"info","ts":"2026-11-30T04:06:40.745Z","caller":"embed/etcd.go:566","msg":"stopping serving peer traffic","address":"127.0.0.1:23322"}', false],
    ['10:00:00.101 [node1] stopped listening on :7001', false],
  ])('%s', (line, startup) => {
    expect(isStartup(line)).toBe(startup);
  });
});

describe('findLeaderAt orShownAfter / judgeKills: a leader only lines after the kill show (nu33)', () => {
  // The new user's x02b: node3 killed, nothing before names a leader, node1 leads term 1 right after it.
  const X02B = [
    '$ kill -TERM 48215     # the leader',
    '[node 3] 12:04:05.000 received SIGTERM, shutting down',
    '[node 1] 12:04:05.002 connection to node 3 lost (EOF)',
    '[node 2] 12:04:05.003 peer 3: read returned 0',
  ];
  const judge = (lines: readonly string[]) => {
    const { events } = readLogText(lines.join('\n'), patterns);
    return judgeKills(events, placeEventsOnClock(events)).map((k) => ({
      line: k.event.line + 1,
      killed: k.killed,
      ofLeader: k.ofLeader,
      leaderThen: k.leaderThen?.node,
      shownAfter: k.leaderThen?.shownAfter,
      evidence: k.leaderThen && k.leaderThen.event.line + 1,
    }));
  };
  const follower3 = { line: 2, killed: 'node3', ofLeader: false, leaderThen: 'node1', shownAfter: true };

  it("takes node1 leading term 1 after the kill, no election between, as the leader at the kill: node3's kill is a follower's", () => {
    const after = ['[node 1] 12:04:05.050 heartbeat to 2 ok (term 1, commit 20)', '[node 2] 12:04:05.050 append_entries from leader 1 ok (term 1)'];
    expect(judge([...X02B, ...after])).toEqual([{ ...follower3, evidence: 6 }]);
    // Its own heartbeats to a follower show it as well as a follower hearing from it.
    expect(judge([...X02B, '[node 1] 12:04:05.050 heartbeat sent to node2 (term 1)'])).toEqual([{ ...follower3, evidence: 5 }]);
    // Without orShownAfter the question is the one it always was: nothing before the kill says.
    const { events } = readLogText([...X02B, ...after].join('\n'), patterns);
    expect(findLeaderAt(events, placeEventsOnClock(events), { beforeMs: 43_445_000 })).toBeUndefined();
    expect(findLeaderAt(events, placeEventsOnClock(events), { beforeMs: 43_445_000, orShownAfter: true })).toMatchObject({ node: 'node1', shownAfter: true });
  });

  it('takes the term the lines before the kill state (not only term 1) and refuses a higher one', () => {
    const before = ['[node 2] 12:04:04.900 granted vote to node 1, term 3'];
    expect(judge([...before, ...X02B, '[node 2] 12:04:05.050 append_entries from leader 1 ok (term 3)'])).toEqual([{ ...follower3, line: 3, evidence: 6 }]);
    // The kill line's own term is the term at the kill.
    const ownTerm = X02B.map((l) => l.replace('received SIGTERM,', 'received SIGTERM in term 3,'));
    expect(judge([...ownTerm, '[node 1] 12:04:05.050 heartbeat sent to node2 (term 3)'])).toEqual([{ ...follower3, evidence: 5 }]);
    expect(judge([...ownTerm, '[node 1] 12:04:05.050 heartbeat sent to node2 (term 1)'])[0]).toMatchObject({ ofLeader: true, leaderThen: undefined });
    // term 4 after term 3: an election the paste does not show may have made node1 leader after the kill.
    expect(judge([...before, ...X02B, '[node 2] 12:04:05.050 append_entries from leader 1 ok (term 4)'])[0]).toMatchObject({ ofLeader: true, leaderThen: undefined });
    // No term before the kill and a later one than the first: the same.
    expect(judge([...X02B, '[node 2] 12:04:05.050 append_entries from leader 1 ok (term 2)'])[0]).toMatchObject({ ofLeader: true, leaderThen: undefined });
    // No term at all: nothing makes it certain.
    expect(judge([...X02B, '[node 2] 12:04:05.050 append_entries from leader 1 ok'])[0]).toMatchObject({ ofLeader: true, leaderThen: undefined });
  });

  it('keeps the killed leader when an election comes between (near misses: the new leader is elected after the kill)', () => {
    const elected = [
      '[node 1] 12:04:05.180 election timeout, starting election term 2',
      '[node 2] 12:04:05.183 granted vote to node 1, term 2',
      '[node 1] 12:04:05.185 won election, term 2',
      '[node 1] 12:04:05.200 sending heartbeat to node 2 (term 2)',
      '[node 2] 12:04:05.200 append_entries from leader 1 ok (term 2)',
    ];
    expect(judge([...X02B, ...elected])[0]).toMatchObject({ ofLeader: true, leaderThen: undefined });
    // Each line that says an election or another reign alone stops it, even in term 1.
    const term1 = '[node 2] 12:04:05.250 append_entries from leader 1 ok (term 1)';
    for (const between of [
      '[node 2] 12:04:05.200 heartbeat timeout, no heartbeat from leader',
      '[node 1] 12:04:05.200 starting election for term 1',
      '[node 2] 12:04:05.200 voted for node 1 in term 1',
      '[node 1] 12:04:05.200 became leader for term 1',
      '[node 1] 12:04:05.200 connection to leader lost (EOF)',
      '[node 1] 12:04:05.200 following leader 2 (term 1)',
      '[node 1] 12:04:05.200 kv_node starting, listening on :7001',
      '[node 2] 12:04:05.200 saw term 5, stepping down',
    ]) {
      expect(judge([...X02B, between, term1])[0], between).toMatchObject({ ofLeader: true, leaderThen: undefined });
    }
    // Another leader of the same term named after the evidence: the lines contradict each other.
    expect(judge([...X02B, term1, '[node 1] 12:04:05.300 following leader 2 (term 1)'])[0]).toMatchObject({ ofLeader: true, leaderThen: undefined });
    // A lost link naming the dead peer, or a line of no meaning, is no election.
    expect(judge([...X02B, '[node 2] 12:04:05.200 commit index 21', term1])[0]).toMatchObject({ ofLeader: false, leaderThen: 'node1' });
  });

  it("leaves the killed node's own leading on to findLedOn and a statement before the kill as it was", () => {
    expect(judge([...X02B, '[node 2] 12:04:05.050 append_entries from leader 3 ok (term 1)'])[0]).toMatchObject({ ofLeader: true, leaderThen: undefined });
    const before = ['[node 2] 12:04:03.512 following leader 1 (term 1)'];
    expect(judge([...before, ...X02B, '[node 2] 12:04:05.050 append_entries from leader 1 ok (term 1)'])[0]).toMatchObject({ ofLeader: false, leaderThen: 'node1', shownAfter: undefined, evidence: 1 });
  });
});

describe('findLeaderAt orShownAfter: a detection naming the killed node as the lost leader stands (the lazy first reading)', () => {
  it('refuses when a follower names another node as the leader it lost, before or after the evidence', () => {
    const lines = (detection: string) =>
      ['[node 3] 12:04:05.000 received SIGTERM, shutting down', '[node 2] 12:04:05.050 append_entries from leader 1 ok (term 1)', detection].join('\n');
    const judged = (text: string) => {
      const { events } = readLogText(text, patterns);
      return judgeKills(events, placeEventsOnClock(events))[0];
    };
    expect(judged(lines('[node 1] 12:04:05.100 connection to leader node3 lost (EOF)'))).toMatchObject({ ofLeader: true, leaderThen: undefined });
    expect(judged(lines('[node 1] 12:04:05.100 connection to node 3 lost (EOF)'))).toMatchObject({ ofLeader: false, leaderThen: { node: 'node1' } });
  });
});

describe('judgeKills: a leader named before a kill that itself names another leader lost after it', () => {
  // Two runs pasted one after the other: node1 led the first (node2's heartbeat from it), node2 the second (an
  // election the paste does not show); the second kill's followers, node1 among them, lose node2.
  const paste = (node1Detection: string): string =>
    [
      '$ date +%T.%3N; kill -TERM 4101',
      '14:00:00.000',
      '[node2] 14:00:00.100 INFO heartbeat from leader node1 term=2',
      '$ date +%T.%3N; kill -TERM 4102',
      '14:00:20.000',
      node1Detection,
      '[node3] 14:00:20.230 WARN heartbeat timeout — no message from leader node2 in 230ms',
    ].join('\n');
  const leadersThen = (text: string) => {
    const { events } = readLogText(text, patterns);
    return judgeKills(events, placeEventsOnClock(events)).map((k) => [k.event.line + 1, k.leaderThen?.node]);
  };

  it('takes the leader node1 names in its first detection after the kill: node1 led no more', () => {
    expect(leadersThen(paste('[node1] 14:00:20.210 WARN heartbeat timeout — no message from leader node2 in 210ms'))).toEqual([
      [2, undefined],
      [5, 'node2'],
    ]);
  });

  it('keeps node1 when its detection names no leader, or names node1 itself, or none follows the kill', () => {
    expect(leadersThen(paste('[node1] 14:00:20.210 WARN heartbeat timeout — no message in 210ms'))).toEqual([
      [2, undefined],
      [5, 'node1'],
    ]);
    expect(leadersThen(paste('[node1] 14:00:19.900 WARN heartbeat timeout — no message from leader node2 in 210ms'))).toEqual([
      [2, undefined],
      [5, 'node1'],
    ]);
  });
});

describe('node lines that all end more than STALE_LOG_MS before the kill do not say who led at it', () => {
  const paste = (dayHourMinute: string) =>
    [
      '$ date --iso-8601=ns; kill 4101',
      '2026-12-02T15:03:11,087412345+01:00',
      `${dayHourMinute}:11.294+01:00 [node3] WARN  heartbeat timeout: no heartbeat from leader node1 for 257 ms, starting election (term 4)`,
      `${dayHourMinute}:11.297+01:00 [node2] INFO  granted vote to node3 (term 4)`,
      `${dayHourMinute}:11.298+01:00 [node3] INFO  won election (term 4) with 2 of 3 votes`,
    ].join('\n');
  const judge = (text: string) => {
    const { events } = readLogText(text.replace('kill 4101', 'kill 4101  # node1'), patterns);
    return judgeKills(events, placeEventsOnClock(events)).map((k) => [k.event.line + 1, k.killed, k.leaderThen?.node, k.ofLeader]);
  };

  it("yesterday's saved log, or lines ending 61 min before the kill: nobody is said to lead, the kill is node1's", () => {
    expect(judge(paste('2026-12-01T15:03'))).toEqual([[2, 'node1', undefined, true]]);
    expect(judge(paste('2026-12-02T14:02'))).toEqual([[2, 'node1', undefined, true]]);
  });

  it('the same lines less than an hour before the kill still say node3 led', () => {
    expect(judge(paste('2026-12-02T14:04'))).toEqual([[2, 'node1', 'node3', false]]);
  });
});

// The rule expect-detection-step.ts kept on top of findDetection until left40, now findDetection's own, so checkPaste
// applies it too: a node's whole-second "connection to leader lost" and "no heartbeat for 211 ms" in one second cannot be
// ordered by their stamps; the node wrote them in order, and its log (the order of `lines`) says which came first.
describe('findDetection: two detection lines one coarse stamp cannot order', () => {
  const second = { precisionMs: 1000 };
  const line = (kind: 'heartbeat-timeout' | 'connection-lost', atMs: number, time: { precisionMs: number }) => ({ kind, atMs, event: { time } });

  it('takes the first in the lines, whichever kind it is', () => {
    const connection = line('connection-lost', 47_000, second);
    const heartbeat = line('heartbeat-timeout', 47_000, second);
    expect(findDetection([connection, heartbeat], 47_415)).toMatchObject({ first: connection, via: 'connection' });
    expect(findDetection([heartbeat, connection], 47_415)).toMatchObject({ first: heartbeat, via: 'heartbeat' });
  });

  it('keeps the heartbeat timeout on a tie of ms stamps, and orders by time where the stamps can', () => {
    const ms = { precisionMs: 1 };
    expect(findDetection([line('connection-lost', 47_420, ms), line('heartbeat-timeout', 47_420, ms)], 47_415).via).toBe('heartbeat');
    expect(findDetection([line('heartbeat-timeout', 48_000, second), line('connection-lost', 47_000, second)], 47_415).via).toBe('connection');
  });
});

describe("isUntimedDetectionOf: an untimed follower line is the kill's detection only in the killed leader's reign (ruby40 warn-p2-killdate)", () => {
  const { events } = readLogText(
    [
      '$ date +%T.%3N; kill 563',
      '11:27:15.922',
      'node1: started',
      'node1: election timeout -> candidate term 1',
      'node1: following leader 2',
      'node1: lost connection to leader 2 (EOFError)',
      'node3: voted for 2',
      'node3: following leader 2',
      'node3: lost connection to leader 2 (EOFError)',
      'node3: following leader 1',
      'node3: lost connection to leader 1 (EOFError)',
    ].join('\n'),
    patterns,
  );
  const detectionOn = (line: number): LogEvent => events.find((e) => e.line === line - 1)!;

  it("takes no startup election before the node followed the killed leader, nor a later leader's loss", () => {
    expect(detectionOn(4).kind).toBe('heartbeat-timeout');
    expect(isUntimedDetectionOf(events, 'node1', detectionOn(4), 'node2')).toBe(false);
    expect(isUntimedDetectionOf(events, 'node1', detectionOn(6), 'node2')).toBe(true);
    expect(isUntimedDetectionOf(events, 'node3', detectionOn(9), 'node2')).toBe(true);
    expect(isUntimedDetectionOf(events, 'node3', detectionOn(11), 'node2')).toBe(false);
  });

  it('takes any line when the node never names the killed leader (it may name it otherwise), or no leader is known', () => {
    expect(isUntimedDetectionOf(events, 'node1', detectionOn(4), '127.0.0.1:7002')).toBe(true);
    expect(isUntimedDetectionOf(events, 'node1', detectionOn(4), undefined)).toBe(true);
  });
});

// tellsNoLossOf, applied by findDetection for checkPaste and the scenario harness alike (adv57b-08, -21/-22).
describe('findDetection with the killed leader: lines that tell nothing of losing it', () => {
  const ms = { precisionMs: 1 };
  const line = (kind: 'heartbeat-timeout' | 'connection-lost', atMs: number, event: { leader?: string; peer?: string; leaderless?: true }) => ({ kind, atMs, event: { time: ms, ...event } });

  it("skips a lost link naming another numbered leader or peer, and a timer saying it fired with no leader", () => {
    const redial = line('connection-lost', 47_420, { leader: 'node1' });
    const fresh = line('heartbeat-timeout', 47_430, { leaderless: true });
    const timer = line('heartbeat-timeout', 47_500, { leader: 'node1' });
    expect(findDetection([redial, fresh, timer], 47_415, [], 'node2')).toMatchObject({ first: timer, via: 'heartbeat' });
    // Without the leader (a harness that does not know it), only the leaderless timer is skipped.
    expect(findDetection([redial, fresh, timer], 47_415)).toMatchObject({ first: redial, via: 'connection' });
    // A lost link naming the killed leader, or one by a name that is no numbered node, counts.
    expect(findDetection([line('connection-lost', 47_420, { leader: 'node2' })], 47_415, [], 'node2').via).toBe('connection');
    expect(findDetection([line('connection-lost', 47_420, { leader: '127.0.0.1:7002' })], 47_415, [], 'node2').via).toBe('connection');
  });
});
