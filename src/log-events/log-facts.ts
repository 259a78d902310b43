// Facts derived from the events, decided in time order (not paste order): every event's place on one clock, who
// led at a given moment, and which kill killed the then-leader.
import { isDetectionKind, RAFT_ROLE_KINDS, type LogEvent } from './log-event.js';
import { isOtherFamilyMember } from './attribute-node.js';
import { HANDLED_SIGNALS, PAUSE_SIGNALS } from './default-patterns.js';
import { DAY_MS, type Stamp } from './parse-timestamp.js';
import { findFirstReignKill } from './first-reign-kill.js';
import { choosePasteClock, clockNameOf, type PasteClock } from './paste-clock.js';
import { isZoneOffsetMin, zoneShiftMinOf } from './stamp-epoch.js';
import { delayToStretchEndMs, latestMomentMs, mayBeAtOrAfter, roundedBackMs, stampSpanMs } from './stamp-span.js';

export interface EventClock {
  readonly clock: PasteClock;
  /** Minutes east of UTC the paste's zone-less stamps were read in (decideLocalZoneMin); 0 when read as UTC. */
  readonly zoneShiftMin: number;
  /** With a zoneShiftMin: the zoned kill that proved the zone and the writers whose lines sit by it in that zone. */
  readonly zoneEvidence?: ZoneEvidence;
  /** The event's time on the paste's clock (ms), or undefined when its line has no timestamp. */
  at(event: LogEvent): number | undefined;
}

/**
 * Puts all events' stamps on one comparable clock (epoch ms, or wall time when some lack the date); zone-less stamps
 * next to a zoned kill in the zone decideLocalZoneMin proves.
 */
export function placeEventsOnClock(events: readonly LogEvent[]): EventClock {
  const stamps: (Stamp | undefined)[] = [];
  let relative = false;
  for (const e of events) {
    stamps.push(e.time);
    if (e.time?.kind === 'relative') relative = true;
  }
  // Writers, machines and kills tell clocks apart only where some stamp is relative (choosePasteClock): else none is read.
  // Of clocks per process, the one of the kill that ended the first reign (the demo's, not a teardown's), if any.
  let clock: PasteClock;
  if (relative) {
    const owned = (k: number): boolean => clockNameOf(events[k]!.time, events[k]!.node, events[k]!.machine).includes('@');
    const firstReign = findFirstReignKill(events, owned);
    const isKill = firstReign === undefined ? (k: number) => events[k]!.kind === 'kill' : (k: number) => k === firstReign;
    clock = choosePasteClock(stamps, events.map((e) => e.node), isKill, events.map((e) => e.machine));
  } else clock = choosePasteClock(stamps);
  const zone = clock.kind === 'absolute' || clock.kind === 'time-of-day' ? decideLocalZoneMin(events, clock) : undefined;
  if (zone === undefined) return { clock, zoneShiftMin: 0, at: (event) => (event.time ? clock.valueOf(event.time, event.node, event.machine) : undefined) };
  const zoneShiftMin = zone.offsetMin;
  const shiftMs = zoneShiftMin * 60_000;
  const rereadShell = zone.rereadShell === true;
  return {
    clock,
    zoneShiftMin,
    zoneEvidence: { kill: zone.kill, nodes: zone.nodes, ...(zone.killZoneless === true ? { killZoneless: true as const, killZoneMin: zone.killZoneMin! } : {}) },
    at: (event) => {
      const v = event.time ? clock.valueOf(event.time, event.node, event.machine) : undefined;
      return v === undefined || isLineZoned(event.time!, rereadShell && event.node !== undefined) || event.time!.ambiguousZone !== undefined ? v : v - shiftMs;
    },
  };
}

/**
 * How close to a zoned kill (`date -u '+%F %T.%3N %Z'; kill …`) the nodes' zone-less lines must sit, once read in
 * their zone, for that zone to be proven: a follower logs its last heartbeat and its timeout within a second of its
 * leader's death, and a chance coincidence is as rare as a line within a second of an exact half hour.
 */
export const ZONE_EVIDENCE_MS = 1000;

/**
 * Why zone-less stamps were read in a zone: the zoned kill and the writers (sorted) with lines by it in that zone; or,
 * with `killZoneless`, the zone-less kill read in the zone that puts it by those writers' zoned lines.
 */
export interface ZoneEvidence {
  readonly kill: LogEvent;
  readonly nodes: readonly string[];
  readonly killZoneless?: true;
  /** With `killZoneless`: the kill's zone (minutes east of UTC), which the shift differs from on a clock of nodes' wall times in a zone of their own. */
  readonly killZoneMin?: number;
}

/**
 * The zone of a paste's zone-less stamps (minutes east of UTC), proven by a zoned kill: dated zone-less stamps are
 * the writers' local time of an unknown zone (an ambiguous abbreviation, `IST`, is no zone-less stamp: TIMEZONE_AMBIGUOUS), read as UTC unless the paste shows otherwise. It shows when, for a
 * zoned kill, at least two writers have a zone-less line within ZONE_EVIDENCE_MS of the kill plus one and the same
 * UTC offset a zone uses (`zoneShiftMinOf`, the harness's nearest quarter hour, that is a zone's: isZoneOffsetMin),
 * and no writer has one near any other offset, 0 included (a line near the kill as read keeps every stamp as read).
 * A node that is slow or fast by a real offset plus its delay is then measured by that delay; one off by a quarter
 * hour that no zone uses (UTC+00:15) is read as written. Every zoned kill that proves a zone must prove the same one.
 * The other way round, a zone-less kill beside zoned node lines is read in the zone that puts it by them (killZoneless).
 */
function decideLocalZoneMin(events: readonly LogEvent[], clock: PasteClock): (ZoneEvidence & { readonly offsetMin: number; readonly rereadShell?: true }) | undefined {
  let decided: (ZoneEvidence & { offsetMin: number; rereadShell?: true }) | undefined;
  // On a clock of times of day (no line states a date), a `date -u +%T.%3N` record and the nodes' times of day compare
  // around the day (their difference taken within ±12 hours); else only dated stamps are compared.
  const daily = clock.kind === 'time-of-day';
  const comparable = (time: Stamp): boolean => time.kind === 'absolute' || (daily && time.kind === 'time-of-day');
  // Whether any node's line is zoned, and any zone-less: a kill is weighed only against lines of the other kind, and with
  // none of them no kill need be (one pass, not one a kill: a paste of 5000 runs has 5000 kills).
  let zonedLines = false;
  let zonelessLines = false;
  for (const e of events) {
    if (e.node === undefined || e.time === undefined || e.time.ambiguousZone !== undefined || !comparable(e.time)) continue;
    if (e.time.zoned === true) zonedLines = true;
    if (!isLineZoned(e.time, true)) zonelessLines = true;
  }
  for (const kill of events) {
    if (kill.kind !== 'kill' || kill.time === undefined || kill.time.ambiguousZone !== undefined || !comparable(kill.time)) continue;
    // A zoned kill proves the zone of the nodes' zone-less lines; a zone-less one (`date +%T.%3N` in a New York shell)
    // beside zoned node lines (`toISOString()`'s `Z`) its own, by the same evidence the other way round (adv56f-36).
    const zoneless = kill.time.zoned !== true;
    if (zoneless ? !zonedLines : !zonelessLines) continue;
    // Host lines the shell's `date` gave its zone are read anew only beside a kill whose zone is its own (`date`'s
    // `UTC` in its output), not one read in that same shell's zone (isLineZoned).
    const rereadShell = !zoneless && kill.time.shellZoneAt === undefined && kill.time.shownZone?.by !== 'shell';
    const killMs = daily || zoneless ? clock.valueOf(kill.time)! : kill.time.ms;
    const near = findNearWriters(events, clock, daily, comparable, zoneless, killMs, rereadShell);
    if (near === undefined) continue;
    // The shift of the zone-less stamps: how far the kill is behind the lines (zoned kill), or ahead of them.
    const offsetMin = zoneless ? -near.offsetMin : near.offsetMin;
    // A zone-less kill's own zone: its written wall time less the first near line's instant, as a time of day.
    const zoneMin = zoneless ? zoneShiftMinOf(aroundDay(kill.time.dayMs - near.first.time!.ms)) : offsetMin;
    if (near.several || offsetMin === 0 || !isZoneOffsetMin(zoneMin)) return undefined;
    if (decided !== undefined && decided.offsetMin !== offsetMin) return undefined;
    decided ??= { offsetMin, kill, nodes: near.nodes.sort(), ...(zoneless ? { killZoneless: true as const, killZoneMin: zoneMin } : {}), ...(rereadShell ? { rereadShell: true as const } : {}) };
  }
  return decided;
}

// Whether a node line's stamp is zoned for the zone fit: by its own mark (`Z`, `+01:00`) or a command's that printed it
// (`journalctl --utc`) — and, unless `rereadShell`, by the zone the student's shell showed (`date`'s `UTC`) given to
// host lines that print none: a node started under its own `TZ=America/Santiago` logs in that zone whatever the
// shell's, so beside a kill whose time states its own zone those lines may be read anew (adv72a-43).
const isLineZoned = (time: Stamp, rereadShell: boolean): boolean => time.zoned === true && !(rereadShell && time.shownZone?.by === 'shell');

// A difference of times of day taken within ±12 hours.
const aroundDay = (ms: number): number => ((((ms + DAY_MS / 2) % DAY_MS) + DAY_MS) % DAY_MS) - DAY_MS / 2;

/**
 * The writers with a line within ZONE_EVIDENCE_MS of the kill (at `killMs` on the clock) plus a quarter-hour offset:
 * lines with no zone (`zonedLines` false: a zoned kill's evidence) or with one (true: a zone-less kill's). The first
 * such offset (minutes the lines are ahead), the first near line, and whether another line was near at another offset;
 * undefined when fewer than two writers have such a line.
 */
function findNearWriters(
  events: readonly LogEvent[],
  clock: PasteClock,
  daily: boolean,
  comparable: (time: Stamp) => boolean,
  zonedLines: boolean,
  killMs: number,
  rereadShell: boolean,
): { readonly nodes: string[]; readonly offsetMin: number; readonly first: LogEvent; readonly several: boolean } | undefined {
  const nodes: string[] = [];
  let offsetMin: number | undefined;
  let first: LogEvent | undefined;
  let several = false;
  for (const e of events) {
    if (e.node === undefined || e.time === undefined || isLineZoned(e.time, rereadShell) !== zonedLines || e.time.ambiguousZone !== undefined || !comparable(e.time)) continue;
    let aheadMs = clock.valueOf(e.time, e.node, e.machine)! - killMs;
    if (daily) aheadMs = aroundDay(aheadMs);
    const offset = zoneShiftMinOf(aheadMs);
    if (Math.abs(aheadMs - offset * 60_000) >= ZONE_EVIDENCE_MS) continue;
    if (!nodes.includes(e.node)) nodes.push(e.node);
    // Different as a Set tells values apart (SameValueZero: 0 is -0).
    if (offsetMin === undefined) [offsetMin, first] = [offset, e];
    else if (!Object.is(offset + 0, offsetMin + 0)) several = true;
  }
  return nodes.length < 2 ? undefined : { nodes, offsetMin: offsetMin!, first: first!, several };
}

export interface LeaderStatement {
  readonly node: string;
  readonly event: LogEvent;
  readonly atMs: number;
  /** The leader's own became-leader line of the same reign (same term, or no term to tell), when it logged one. */
  readonly claim?: { readonly event: LogEvent; readonly atMs: number };
  /**
   * `event` is after `beforeMs` (LeaderQuery.orShownAfter): nothing before it named a leader, and this line shows
   * `node` leading the term of that moment after it, no election between.
   */
  readonly shownAfter?: true;
}

/**
 * Whether leader statement `a` (became-leader / follows-leader at `atMs`) is newer news than `b`: the later time; at
 * the same millisecond the higher term, else the node's own later line ("I am the leader" then "… leader is n1 for
 * term 4"), else a node's own claim over another's naming it. Terms only break ties: a paste may hold an earlier
 * run whose terms were higher. With `oneRun` (the harness reading one live cluster, whose terms only grow) the higher
 * term is newer whenever both name one, whatever order the lines came in.
 */
export function supersedesLeaderStatement(a: { readonly event: LogEvent; readonly atMs: number }, b: { readonly event: LogEvent; readonly atMs: number }, oneRun = false): boolean {
  return supersedes(a.event, a.atMs, b.event, b.atMs, oneRun);
}

// supersedesLeaderStatement on the statements' parts: findLeaderAt weighs every line naming a leader, no object each.
function supersedes(a: LogEvent, aMs: number, b: LogEvent, bMs: number, oneRun: boolean): boolean {
  const termA = a.term;
  const termB = b.term;
  if (oneRun && termA !== undefined && termB !== undefined && termA !== termB) return termA > termB;
  if (aMs !== bMs) return aMs > bMs;
  if (termA !== undefined && termB !== undefined && termA !== termB) return termA > termB;
  if (a.node !== undefined && a.node === b.node) return a.line > b.line;
  return a.kind === 'became-leader' && b.kind !== 'became-leader';
}

/** Which statements findLeaderAt weighs. */
export interface LeaderQuery {
  /** Only statements definitely before this moment (checkPaste: who led just before a kill). */
  readonly beforeMs?: number;
  /** Only statements that may be at or after this moment (the harness: a leader elected since the signal). */
  readonly sinceMs?: number;
  /** Only statements naming a leader this admits (the harness: a node of its cluster, not the killed one). */
  readonly admits?: (leader: string) => boolean;
  /** The lines are one live run's: terms rank statements before times (supersedesLeaderStatement). */
  readonly oneRun?: boolean;
  /**
   * With `beforeMs`, when no statement before it names a leader: the node shown leading that moment's term after it,
   * no election between (findLeaderShownAfter; checkPaste: who led at a kill only later lines tell).
   */
  readonly orShownAfter?: boolean;
}

/**
 * Who leads at a moment: the newest became-leader / follows-leader statement in the query's window (a node that logs
 * "X elected leader Y" names Y; newest by supersedesLeaderStatement), with that leader's own claim when it logged one.
 * A claim its writer took back (it then stepped down, started an election or named another leader, before
 * `beforeMs`) is none, as is another node's word that a node leads which that node's own lines contradict (isDisowned),
 * and a node leads term T only once a peer has voted in T: a claim printed before every peer's
 * vote of its term (its writer's clock behind, VMs without NTP) is placed at the first of those votes. Undefined when
 * no timestamped line says. checkPaste (judgeKills) and the harness (waitForLeader) ask this one question.
 */
export function findLeaderAt(allEvents: readonly LogEvent[], clock: Pick<EventClock, 'at'>, query: LeaderQuery = {}): LeaderStatement | undefined {
  const { beforeMs, sinceMs, admits, oneRun = false } = query;
  // Statements of a term below one their writer stated before (a status cache's `role=leader term=1` after its own
  // `following leader node3 (term 2)`, adv55e-03) say nothing of who leads, nor take anything back.
  const events = withoutStaleTerms(allEvents, clock);
  let votes: ReadonlyMap<number, readonly VoteAt[]> | undefined;
  let takenBack: ReadonlyMap<string, readonly LogEvent[]> | undefined;
  let ownWords: Map<string, OwnWords | undefined> | undefined;
  // The newest statement as they come (supersedes is a left fold in paste order), and the became-leader ones, in order:
  // the only ones that can be its leader's claim.
  let newest: LogEvent | undefined;
  let newestMs = 0;
  const claims: { event: LogEvent; atMs: number }[] = [];
  for (const event of events) {
    if ((event.kind !== 'became-leader' && event.kind !== 'follows-leader') || event.leader === undefined) continue;
    let t = clock.at(event);
    if (t !== undefined && event.kind === 'became-leader' && event.term !== undefined) t = placeClaimAfterVotes(event, t, (votes ??= collectVotes(events, clock)));
    if (t === undefined) continue;
    // Definitely before: a whole-second stamp (etcd's capnslog raft lines) of the kill's second may be after it.
    if (beforeMs !== undefined && mayBeAtOrAfter(t, event.time, beforeMs)) continue;
    if (sinceMs !== undefined && latestMomentMs(t, event.time) < sinceMs) continue;
    if (admits !== undefined && !admits(event.leader)) continue;
    if (event.kind === 'became-leader' && isTakenBack(event, t, (takenBack ??= collectTakingBack(events, clock, beforeMs)), clock)) continue;
    if (event.kind === 'follows-leader' && event.node !== event.leader) {
      const leader = event.leader;
      ownWords ??= new Map();
      if (!ownWords.has(leader)) ownWords.set(leader, readOwnWords(events, clock, leader, beforeMs));
      const own = ownWords.get(leader);
      // Unless the statement's writer started anew since the leader's own words (adv64i-06/-42: a retry on fresh data,
      // `kv_node node2 starting … term=0` then `following leader node1 (term 1)`, node1's restart not pasted): those
      // words are of an earlier run.
      if (isDisowned(event, t, own) && !(own!.lastMs < t && findNewLifeMs(events, (e) => clock.at(e), event.node!, own!.lastMs) < t)) continue;
    }
    if (newest === undefined || supersedes(event, t, newest, newestMs, oneRun)) {
      newest = event;
      newestMs = t;
    }
    if (event.kind === 'became-leader') claims.push({ event, atMs: t });
  }
  if (newest === undefined) return query.orShownAfter === true && beforeMs !== undefined ? findLeaderShownAfter(events, clock, beforeMs) : undefined;
  const { leader, term } = newest as LogEvent & { leader: string };
  let claim: (typeof claims)[number] | undefined;
  for (const s of claims) {
    const sameReign = term === undefined || s.event.term === undefined || s.event.term === term;
    if (s.event.leader === leader && sameReign && (!claim || supersedes(s.event, s.atMs, claim.event, claim.atMs, oneRun))) claim = s;
  }
  const found: LeaderStatement = { node: leader, event: newest, atMs: newestMs };
  return claim === undefined ? found : { ...found, claim };
}

// The events without the stale-term leadership statements (isBelowOwnTerm), once per events array and clock.
const staleFree = new WeakMap<readonly LogEvent[], { clock: Pick<EventClock, 'at'>; events: readonly LogEvent[] }>();
function withoutStaleTerms(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>): readonly LogEvent[] {
  const known = staleFree.get(events);
  if (known !== undefined && known.clock === clock) return known.events;
  let ownTerms: ReadonlyMap<string, readonly { readonly atMs: number; readonly term: number }[]> | undefined;
  let stale: Set<LogEvent> | undefined;
  for (const e of events) {
    if ((e.kind !== 'became-leader' && e.kind !== 'follows-leader') || e.term === undefined || e.node === undefined || e.leader === undefined || !isRestatement(e)) continue;
    const t = clock.at(e);
    if (t !== undefined && isBelowOwnTerm(e, t, (ownTerms ??= collectOwnTerms(events, clock)), events, clock)) (stale ??= new Set()).add(e);
  }
  const result = stale === undefined ? events : events.filter((e) => !stale.has(e));
  staleFree.set(events, { clock, events: result });
  return result;
}

// How long after its writer stated a higher term a lower-term status line is read as a stale cache's.
const STALE_STATUS_WITHIN_MS = 10_000;

// A status line restating a role (a role column, `status: role=follower term=1 leader=node2`), no election or follow
// of its own: only such a line can be a stale cache's. A real election at a lower term (`became leader for term 1`
// after term 2) is a relaunch on fresh data (adv19), findNewLifeMs's new life.
const isRestatement = (e: LogEvent): boolean => e.restated === true || (e.kind === 'became-leader' && e.role !== undefined);

// Per writer, the terms its own timed lines state (a vote, an election, a follow, a claim, a step down), with when.
function collectOwnTerms(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>): Map<string, { atMs: number; term: number }[]> {
  const terms = new Map<string, { atMs: number; term: number }[]>();
  for (const e of events) {
    if (e.term === undefined || e.node === undefined || e.kind === 'other' || e.kind === 'kill') continue;
    const t = clock.at(e);
    if (t === undefined) continue;
    let list = terms.get(e.node);
    if (list === undefined) terms.set(e.node, (list = []));
    list.push({ atMs: t, term: e.term });
  }
  return terms;
}

// Whether leadership statement `event` (at `atMs`) states a term below one its writer's own line stated earlier, with
// no start line of the writer between (a new process on fresh data counts terms from 1 again, after a start), within
// STALE_STATUS_WITHIN_MS of it (a status cache lags by seconds; a relaunch with no start line shown may come any time).
function isBelowOwnTerm(event: LogEvent, atMs: number, ownTerms: ReadonlyMap<string, readonly { readonly atMs: number; readonly term: number }[]>, events: readonly LogEvent[], clock: Pick<EventClock, 'at'>): boolean {
  const list = ownTerms.get(event.node!);
  if (list === undefined) return false;
  let higherMs: number | undefined;
  for (const own of list) if (own.term > event.term! && own.atMs < atMs && (higherMs === undefined || own.atMs > higherMs)) higherMs = own.atMs;
  if (higherMs === undefined || atMs - higherMs > STALE_STATUS_WITHIN_MS) return false;
  // A start line between is a new process (findNewLifeMs would take the lower term itself for one).
  return !events.some((e) => {
    if (e.node !== event.node || e.kind !== 'startup') return false;
    const t = clock.at(e);
    return t !== undefined && t > higherMs! && t < atMs;
  });
}

/**
 * Who led at `atMs` when no line before it says, from the lines after it, by Raft's guarantee (one leader per term, and
 * a term changes only by an election): the first line after `atMs` that shows a node leading and states a term
 * (isLeaderTraffic: a leader's own heartbeats or appends to followers, its role column, a follower's `append_entries
 * from leader 1 (term 1)`; no became-leader line, a new reign's) shows its node leading then too when its term is the one the lines at or before `atMs` state (their highest),
 * or term 1 (the first: a kill before its election killed no leader either), and nothing between says otherwise: no
 * election started, vote, election or heartbeat timeout, stepping down, became-leader line (a new reign; a leader's
 * traffic is none), start of a node, higher term, statement naming another leader, kill of that node, or loss of a
 * leader (a lost connection naming no peer, or naming a leader); and no line after names another leader of that term
 * or a lost leader other than it (`connection to leader node3 lost`: checkPaste's first reading, without the lines that
 * only hear from a leader, stands on such a detection of the killed node, check-paste.ts readLeaderEvents). A lost link that names a peer (`connection to node 3
 * lost`) says nothing about who led. Undefined when no such line shows one.
 */
function findLeaderShownAfter(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, atMs: number): LeaderStatement | undefined {
  let termAt: number | undefined;
  let shown: { event: LogEvent; atMs: number } | undefined;
  for (const e of events) {
    const t = clock.at(e);
    if (t === undefined) continue;
    // A coarse stamp of the kill's own second may be after it: such a line is no term at the kill, and between.
    if (t + stampSpanMs(e.time) <= atMs) {
      if (e.term !== undefined && (termAt === undefined || e.term > termAt)) termAt = e.term;
    } else if (isLeaderTraffic(e) && e.term !== undefined && (shown === undefined || t < shown.atMs || (t === shown.atMs && e.line < shown.event.line))) {
      shown = { event: e, atMs: t };
    }
  }
  if (shown === undefined) return undefined;
  const { leader, term } = shown.event as { leader: string; term: number };
  if (term !== (termAt ?? 1)) return undefined;
  for (const e of events) {
    if (e === shown.event) continue;
    const t = clock.at(e);
    if (t === undefined || t + stampSpanMs(e.time) <= atMs) continue;
    // Another node said to lead the same term, or lost as a leader, whenever after: the lines contradict each other.
    if ((e.kind === 'follows-leader' || e.kind === 'became-leader') && e.term === term && e.leader !== leader) return undefined;
    if (isDetectionKind(e.kind) && e.leader !== undefined && e.leader !== leader) return undefined;
    if (t > shown.atMs || (t === shown.atMs && e.line > shown.event.line)) continue;
    if (e.term !== undefined && e.term > term) return undefined;
    if (e.kind === 'follows-leader' || e.kind === 'became-leader') {
      if (e.leader !== leader || !isLeaderTraffic(e)) return undefined;
    } else if (e.kind === 'kill') {
      if ((e.node ?? e.target) === leader || e.killedNodes?.includes(leader) === true) return undefined;
    } else if (e.kind === 'connection-lost') {
      if (e.peer === undefined || e.leader !== undefined) return undefined;
    } else if (e.kind === 'other') {
      // A candidate's role column, or the shown leader's own follower column, says an election or another reign.
      if (e.role === 'candidate' || (e.role === 'follower' && e.node === leader)) return undefined;
    } else return undefined;
  }
  return { node: leader, event: shown.event, atMs: shown.atMs, shownAfter: true };
}

// A statement that a node leads now, no election's outcome: a follower's line naming its leader, a leader's heartbeats
// or appends to followers (`bySender`), its role column. A became-leader line is a new reign's first.
const isLeaderTraffic = (e: LogEvent): boolean => e.leader !== undefined && (e.kind === 'follows-leader' || (e.kind === 'became-leader' && (e.bySender === true || e.role === 'leader')));

// Per writer, its lines that take a leadership claim back (stepped down, started an election, named another leader,
// a follower's or candidate's role column), those before `beforeMs` when given.
function collectTakingBack(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, beforeMs: number | undefined): Map<string, LogEvent[]> {
  const byNode = new Map<string, LogEvent[]>();
  for (const e of events) {
    const notLeading = e.kind === 'stepped-down' || e.kind === 'election-started' || e.kind === 'follows-leader' || e.role === 'follower' || e.role === 'candidate';
    if (e.node === undefined || !notLeading) continue;
    if (beforeMs !== undefined) {
      const t = clock.at(e);
      if (t === undefined || mayBeAtOrAfter(t, e.time, beforeMs)) continue;
    }
    let list = byNode.get(e.node);
    if (!list) byNode.set(e.node, (list = []));
    list.push(e);
  }
  return byNode;
}

// A node's own claim is over once that node itself logs otherwise after it ("term 1: I am the leader", then "saw term
// 3, stepping down"): a later line of its writer that steps down, starts an election, names another leader or says in
// its role column that it follows or campaigns. Later in time where both are timed (a writer's lines shuffled or
// sorted: adv47b's `role=follower term=1` pasted after its `role=leader term=2`), else later in the paste.
function isTakenBack(claim: LogEvent, claimMs: number, takenBack: ReadonlyMap<string, readonly LogEvent[]>, clock: Pick<EventClock, 'at'>): boolean {
  if (claim.node === undefined) return false;
  return (takenBack.get(claim.node) ?? []).some((e) => {
    // The words first: a leader's own lines naming itself (its heartbeats) are most of its list and take nothing back.
    if (e.kind === 'follows-leader' && e.leader === claim.leader) return false;
    const atMs = clock.at(e);
    return atMs === undefined ? e.line > claim.line : atMs > claimMs || (atMs === claimMs && e.line > claim.line);
  });
}

// Another node's word that a node leads is stale when that node itself says otherwise (adv47b's node3 `status:
// role=follower leader=node1` in the ms node1's own status says `role=follower leader=node2`): a node knows its own
// role. Any line of its that takes leading back at or after the word; before the word, only its newest such line, and
// only when it names another leader or steps down, in no lower term than the word's, and it claimed no reign since — a
// role alone (`starting as follower`) or an election it started may be followed by a reign it never logged.
function isDisowned(statement: LogEvent, atMs: number, own: OwnWords | undefined): boolean {
  if (own === undefined) return false;
  if (own.lastMs >= atMs) return true;
  const last = own.last;
  if (last.kind !== 'follows-leader' && last.kind !== 'stepped-down') return false;
  if (statement.term !== undefined && last.term !== undefined && statement.term > last.term) return false;
  // A claim of its own after that line and by the word's time: the last claim at or before atMs is after lastMs.
  const claims = own.claimMs;
  let lo = 0;
  let hi = claims.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (claims[mid]! <= atMs) lo = mid + 1;
    else hi = mid;
  }
  return !(lo > 0 && claims[lo - 1]! > own.lastMs);
}

// Per node, what isDisowned asks of its own lines: the newest timed one before `beforeMs` taking leading back (its own
// heartbeats naming itself take nothing back), and the times of its own claims, ascending. Read once per leader named,
// in one pass over the events that looks only at that node's.
interface OwnWords {
  readonly last: LogEvent;
  readonly lastMs: number;
  readonly claimMs: readonly number[];
}

function readOwnWords(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, node: string, beforeMs: number | undefined): OwnWords | undefined {
  let last: LogEvent | undefined;
  let lastMs = -Infinity;
  let claimMs: number[] | undefined;
  for (const e of eventsOfNode(events, node)) {
    if (isOwnClaim(e)) {
      const t = clock.at(e);
      if (t !== undefined) (claimMs ??= []).push(t);
      continue;
    }
    const notLeading = e.kind === 'stepped-down' || e.kind === 'election-started' || (e.kind === 'follows-leader' && e.leader !== node) || e.role === 'follower' || e.role === 'candidate';
    if (!notLeading) continue;
    const t = clock.at(e);
    if (t === undefined || (beforeMs !== undefined && mayBeAtOrAfter(t, e.time, beforeMs))) continue;
    if (t > lastMs || (t === lastMs && e.line > last!.line)) {
      last = e;
      lastMs = t;
    }
  }
  return last === undefined ? undefined : { last, lastMs, claimMs: claimMs === undefined ? [] : claimMs.sort((x, y) => x - y) };
}

// Each writer's events in paste order, per events array: findLeaderAt is asked several times a verdict (each kill,
// each detection a leader may have logged) and each asks the named leader's own lines. Weak: no paste is kept alive.
const EVENTS_BY_NODE = new WeakMap<readonly LogEvent[], Map<string, LogEvent[]>>();
const NO_EVENTS: readonly LogEvent[] = [];

function eventsOfNode(events: readonly LogEvent[], node: string): readonly LogEvent[] {
  let byNode = EVENTS_BY_NODE.get(events);
  if (byNode === undefined) {
    byNode = new Map();
    for (const e of events) {
      if (e.node === undefined) continue;
      let list = byNode.get(e.node);
      if (list === undefined) byNode.set(e.node, (list = []));
      list.push(e);
    }
    EVENTS_BY_NODE.set(events, byNode);
  }
  return byNode.get(node) ?? NO_EVENTS;
}

interface VoteAt {
  readonly node: string;
  readonly atMs: number;
}

// Timestamped votes by term, for placeClaimAfterVotes.
function collectVotes(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>): Map<number, VoteAt[]> {
  const byTerm = new Map<number, VoteAt[]>();
  for (const e of events) {
    if (e.kind !== 'vote' || e.term === undefined || e.node === undefined) continue;
    const atMs = clock.at(e);
    if (atMs === undefined) continue;
    let list = byTerm.get(e.term);
    if (!list) byTerm.set(e.term, (list = []));
    list.push({ node: e.node, atMs });
  }
  return byTerm;
}

// A node leads term T only once a peer has voted in T: a claim printed before every peer's vote of its term (its
// writer's clock behind the others', VMs without NTP) is placed at the first of those votes.
function placeClaimAfterVotes(event: LogEvent, atMs: number, votes: ReadonlyMap<number, readonly VoteAt[]>): number {
  let first: number | undefined;
  for (const vote of votes.get(event.term!) ?? []) if (vote.node !== event.node && (first === undefined || vote.atMs < first)) first = vote.atMs;
  return first !== undefined && first > atMs ? first : atMs;
}

export interface KillJudgement {
  readonly event: LogEvent;
  readonly atMs: number;
  /** The node killed: the kill line's own node, else the node a command or harness line names. */
  readonly killed: string | undefined;
  /** Who led right before the kill, when the paste says. */
  readonly leaderThen: LeaderStatement | undefined;
  /**
   * Whether this is the kill of the then-leader: the killed node led, or nothing says who led (and the paste's first
   * election, of term 1, is not after it), or the kill names no node (a bare `kill 1234` at a time the paste shows
   * someone leading).
   */
  readonly ofLeader: boolean;
  /** The leader this kill is taken to have killed (killed ?? leaderThen). */
  readonly leader: string | undefined;
  /**
   * The killed node's own shutdown line when it is the same kill as the student's nameless record on `event`
   * (sameKillOf): the node comes from it, the time and the line from the record.
   */
  readonly ownLine?: { readonly event: LogEvent; readonly atMs: number };
  /**
   * The taken-to-be-killed leader's own claim to lead after the kill (findLedOn): its process lived on, so the kill
   * killed no leader (`ofLeader` false). Set only on a kill with no own line of that node (a command, a launcher's line).
   */
  readonly ledOn?: { readonly event: LogEvent; readonly atMs: number };
  /**
   * A process check typed after the kill (`pgrep -f "kv_node.*--id 2"`) that printed the killed process's pid, or a pid
   * under a pattern naming the leader: the process still ran (`ofLeader` false). `line`: the check's; `pidLine`: its pid's.
   */
  readonly stillRunning?: { readonly line: number; readonly pidLine: number; readonly pid: string };
  /** The killed node's own line before the kill saying it stopped leading (findOwnStepDownBefore): `ofLeader` false. */
  readonly steppedDown?: LogEvent;
}

/**
 * `node`'s own newest timed line before `beforeMs` that says it stepped down, when no own claim to lead up to the kill
 * at `killAtMs` and no line following it as leader before `beforeMs` comes after it: the node no longer led.
 */
function findOwnStepDownBefore(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, node: string, beforeMs: number, killAtMs: number): LogEvent | undefined {
  let down: LogEvent | undefined;
  let downMs = -Infinity;
  let ledMs = -Infinity;
  for (const e of eventsOfNode(events, node)) {
    const t = clock.at(e);
    if (t === undefined) continue;
    // A claim to lead up to the kill leads on (adv51c-24: `became leader for term 3` 1 ms before its own SIGTERM line).
    if (isOwnClaim(e) && t <= killAtMs) ledMs = Math.max(ledMs, t);
    // A step-down whose stamp may stand for a moment at or after `beforeMs` (etcd's whole-second `became follower at
    // term 3` in the kill's own second: real-etcd-A) is none before it.
    // Its own role column or status field saying follower after its last claim (`status: role=follower term=1
    // leader=none` 37 ms before the kill, adv63b-28) states the step-down as surely as a line saying it.
    else if ((e.kind === 'stepped-down' || (e.kind === 'other' && e.role === 'follower')) && latestMomentMs(t, e.time) < beforeMs && t >= downMs) {
      down = e;
      downMs = t;
    }
  }
  // Another node campaigning because it handed over (`received TimeoutNow from node1`, adv69d-42: 606 ms before
  // `date; kill` of node1, named leader by a status table taken before the transfer) says as surely that it gave up leading.
  for (const e of events) {
    if (e.kind !== 'election-started' || e.peer !== node || e.node === node || e.node === undefined) continue;
    const t = clock.at(e);
    if (t !== undefined && latestMomentMs(t, e.time) < beforeMs && t >= downMs) {
      down = e;
      downMs = t;
    }
  }
  if (down === undefined || ledMs >= downMs) return undefined;
  // A follower's line naming it leader after the step-down: it led again (a claim this paste does not show).
  for (const e of events) {
    if (e.kind !== 'follows-leader' || e.leader !== node || e.node === node) continue;
    const t = clock.at(e);
    if (t !== undefined && t > downMs && t < beforeMs) return undefined;
  }
  return down;
}

/**
 * The step-down line (findOwnStepDownBefore) of the leader most of the detections within LOST_AFTER_KILL_MS after a
 * kill at `killAtMs` name (`no message from leader node2 in 152ms`), when that leader said it stepped down before
 * `beforeMs`; undefined otherwise.
 */
function findStepDownOfLeaderLostAfter(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, beforeMs: number, killAtMs: number): LogEvent | undefined {
  const named = new Map<string, number>();
  for (const e of events) {
    if (!isDetectionKind(e.kind) || e.leader === undefined || e.node === undefined || e.node === e.leader) continue;
    const t = clock.at(e);
    if (t !== undefined && t >= killAtMs && t <= killAtMs + LOST_AFTER_KILL_MS) named.set(e.leader, (named.get(e.leader) ?? 0) + 1);
  }
  let lost: string | undefined;
  let most = 0;
  for (const [node, count] of named) if (count > most) [lost, most] = [node, count];
  return lost === undefined ? undefined : findOwnStepDownBefore(events, clock, lost, beforeMs, killAtMs);
}

// How long after a kill its followers' detections are read for the leader they lost, and their timers firing for a sign
// that it led: the lesson's window several times (a timer firing later is another event's: the next kill's, adv70f-15).
// Also how long after a catchable signal a SIGKILL of the same process is a kill of its own (continuesShutdown).
export const LOST_AFTER_KILL_MS = 1_000;

/**
 * How long after a student's own nameless kill record (`date +%T.%N; kill -TERM 4242`'s printed time, an echoed
 * "killing leader at 12:00:01.123") the killed node's own shutdown line may be stamped and still be that same kill:
 * the signal reaches a node's handler within a ms or two of the command (0.01-1.7 ms in the real8 runs); an Erlang
 * node's signal server logs it later (RabbitMQ's `SIGTERM received - shutting down` 1-11 ms after `date`, real10 on a
 * loaded machine), so the bound leaves room for twice that.
 */
export const SAME_KILL_MS = 20;

/**
 * Whether a node's own kill line (`caught signal: terminated, shutting down` at `ownAtMs`) is the same kill as a
 * nameless kill record at `recordAtMs`: the record is finer than a second (a whole-second `date +%T` cannot tell
 * which ms) and the own line may be at or after it (a ms stamp truncated below a ns record may), within SAME_KILL_MS. The one definition of a command and its victim's line being one kill.
 */
export function isSameKill(recordAtMs: number, recordStamp: Pick<Stamp, 'precisionMs'> | undefined, ownAtMs: number, ownStamp: Pick<Stamp, 'precisionMs'> | undefined): boolean {
  // The own line's stamp truncated to its resolution (`.431Z` for any moment of that ms): it may stand for a moment
  // at or after the record when its interval reaches past it, a ms stamp under a ns record too.
  const ownLastMs = ownAtMs + (ownStamp?.precisionMs ?? 0);
  return stampSpanMs(recordStamp) === 0 && ownLastMs > recordAtMs && ownAtMs <= recordAtMs + SAME_KILL_MS;
}

/** Every timestamped kill, in time order, each judged against who led at that moment. */
export function judgeKills(events: readonly LogEvent[], clock: EventClock): KillJudgement[] {
  const kills: KillJudgement[] = [];
  let writers: Set<string> | undefined;
  // Who led, and when the first election was, are read from leader statements alone: without one, nobody is said to lead.
  const statements = holdsLeaderStatement(events);
  let firstElectionMs: number | null | undefined;
  for (const event of events) {
    if (event.kind !== 'kill') continue;
    const atMs = clock.at(event);
    if (atMs === undefined) continue;
    const killed = event.node ?? event.target;
    // A node killed while nothing before says who led: a later line may show another node leading that term on.
    let leaderThen = statements ? findLeaderAt(events, clock, { beforeMs: atMs, orShownAfter: killed !== undefined && event.killedNodes === undefined }) : undefined;
    // The nodes' lines all end long before the kill (a saved log of another day's run under today's kill): they do not
    // say who led at it.
    if (leaderThen !== undefined && endsLongBefore(events, clock, atMs)) leaderThen = undefined;
    // The killed node itself shown leading on: findLedOn's question (its process lived on), no earlier leader's.
    if (leaderThen?.shownAfter === true && leaderThen.node === killed) leaderThen = undefined;
    // The node a statement before the kill names, alive after it, names another as the leader it lost: it led no more.
    if (leaderThen !== undefined && leaderThen.node !== killed) {
      const lost = findLeaderLostBy(events, clock, leaderThen.node, atMs);
      // Unless the paste shows the lost one deposed before the kill: its stale socket's EOF (adv49b-25).
      if (lost !== undefined && !isDeposedBefore(events, clock, lost.node, leaderThen.node, atMs)) leaderThen = lost;
    }
    let ofLeader = killed === undefined || leaderThen === undefined || leaderThen.node === killed;
    // Nobody said to lead before it, but the killed node's own kill line says in its role column that it did not
    // (`node2 FOLLOWER term=3 caught SIGTERM`, `n2 F t=3 …`, `state=StateFollower`): a follower's kill. (An earlier role
    // line is no such proof: a filtered log may have dropped a later claim to lead.)
    if (ofLeader && leaderThen === undefined && event.node !== undefined && event.node === killed && (event.role === 'follower' || event.role === 'candidate')) ofLeader = false;
    // Nothing timed says who led, but untimed status rows above the kill do (a `kvctl status` table: node1 following
    // node5, node5 leading) and none has the killed node leading: a follower's kill (adv52f-03), the rows' leader then's.
    if (ofLeader && killed !== undefined && leaderThen === undefined && statements) {
      const shown = findOtherOnlyLeader(events, killed, (e) => e.time === undefined && e.line < event.line);
      // Its own row claiming to lead (`node5 … role=leader`) is the statement cited.
      if (shown?.claim !== undefined) {
        leaderThen = { node: shown.claim.node!, event: shown.claim, atMs };
        ofLeader = false;
      }
    }
    if (ofLeader && killed !== undefined && leaderThen === undefined) {
      firstElectionMs ??= statements ? findFirstElectionMs(events, clock) : null;
      // A node stopped before the cluster's first election (a join's or restart's "stopped" lines) killed no leader.
      if (firstElectionMs !== null && !mayBeAtOrAfter(atMs, event.time, firstElectionMs)) ofLeader = false;
    }
    if (!ofLeader && leaderThen !== undefined) {
      writers ??= new Set(events.flatMap((e) => (e.node === undefined ? [] : [e.node])));
      ofLeader = namesSameAbsentNode(killed!, leaderThen.node, writers);
    }
    // Nobody said to lead at the kill, and the killed node's own line before it gave up leading (adv59c-19: `stepping
    // down to follower (term 1), leadership transfer requested` 45 ms before `date; kill`): a follower was killed.
    // Not for a kill timed after it ran (the handler's own step-down may be stamped before the record).
    // Not when its own kill line's role column says it still led (adv60e-06: a handler's `stepping down to follower`
    // 30 ms before its own `received SIGTERM, shutting down (role=leader term=1)`, the followers' EOFs 5 ms after).
    // Before a `date; kill` record's printed time (not a prompt's, nor a date its kill looked its target up after), the
    // kill had not been sent: a step-down then is no handler's (adv61a-28: `kill -USR2 P; sleep 0.020; date; kill P`, its
    // step-down 22 ms before the date; -27: 19 ms). Its own kill line's time may come after its handler's step-down.
    const sentAfterMs = event.node === undefined && event.timeBeforeCommand !== true && event.lookupAfterDate !== true ? atMs : atMs - SAME_KILL_MS;
    const steppedDown =
      ofLeader && killed !== undefined && (leaderThen === undefined || leaderThen.node === killed) && statements && event.timeAfterKill !== true && event.role !== 'leader'
        ? findOwnStepDownBefore(events, clock, killed, sentAfterMs, atMs)
        : undefined;
    // A kill of no known node while nobody is said to lead, whose followers lose a leader that had said it stepped down
    // before it (adv67b-14: `resigning leadership (term 1)` 102 ms before `date; kill 26576`, then `no message from
    // leader node2 in 152ms`): their timeouts are the step-down's, and no leader was killed.
    const lostDown =
      steppedDown === undefined && killed === undefined && leaderThen === undefined && statements && event.timeAfterKill !== true
        ? findStepDownOfLeaderLostAfter(events, clock, sentAfterMs, atMs)
        : undefined;
    if (steppedDown !== undefined || lostDown !== undefined) ofLeader = false;
    const down = steppedDown ?? lostDown;
    kills.push({ event, atMs, killed, leaderThen, ofLeader, leader: killed ?? leaderThen?.node, ...(down === undefined ? {} : { steppedDown: down }) });
  }
  // Unless no kill hit anyone while a node led: then those stops are all the paste has, judged as before (not a kill
  // of a node whose own line said it had stepped down).
  if (firstElectionMs != null && !kills.some((k) => k.ofLeader || k.leaderThen !== undefined)) {
    for (let i = 0; i < kills.length; i++) if (kills[i]!.steppedDown === undefined) kills[i] = { ...kills[i]!, ofLeader: true };
  }
  // A finer kill inside a whole-second kill's second (the node's own "received SIGTERM" at .952 under honcho's
  // whole-second "node1.1 stopped") comes first (compareKillTimes).
  if (kills.length > 1) kills.sort(compareKillTimes);
  const timed = kills.some((k) => k.event.timeBeforeCommand === true) ? dropPromptTimedRecords(kills, events, clock) : kills;
  const managed = timed.some((k) => k.event.byManager === true) ? timed.filter((k) => !yieldsToOwnLine(k, timed)) : timed;
  const own = managed.some((k) => k.event.timeAfterKill === true) ? managed.filter((k) => !followsOwnLine(k, managed, events, clock)) : managed;
  const joined = joinKillRecords(own.length === 1 ? own : own.filter((kill, i) => !continuesShutdown(events, clock, own, i) && !repeatsPidRecord(own, i, events, clock)), events, clock);
  for (let i = 0; i < joined.length; i++) {
    const kill = joined[i]!;
    if (!kill.ofLeader) continue;
    // A kill no own line of the node confirms may have hit nothing; its own shutdown line is a death (a slow one may
    // still log) unless the followers went back to it.
    // A record no own line joins may still be followed again like an own line (adv52d-31: `kill 17006`, the pid node1's
    // startup line states, its followers back to it 126 ms after their EOFs).
    const ledOn = (kill.event.node === undefined && kill.ownLine === undefined ? (findLedOn(kill, events, clock) ?? findFollowedAgain(kill, events, clock)) : findFollowedAgain(kill, events, clock)) ?? findOwnActAfterKill(kill, events, clock) ?? findOwnSendAfterKill(kill, events, clock);
    if (ledOn !== undefined) joined[i] = { ...kill, ofLeader: false, ledOn };
  }
  return joined;
}

/**
 * The one leader the paste's statements show (of those `counted` keeps), when `node` is not it: every became-leader and
 * follows-leader line there names that one node, none names `node` (a line naming `node` as leader may be of a term
 * the paste hides), and the leader is shown leading the first term or followed by `node` itself: its first statement
 * and its own first claim to lead, or undefined. Asked of a kill nothing timed says the leader of: a `kvctl status` table above it (`node1 pid=5340
 * role=follower term=1 leader=node5`, adv52f-03), or an untimed kill's node (KILL_LINE_MISSING's `notLeader`).
 */
export function findOtherOnlyLeader(
  events: readonly LogEvent[],
  node: string,
  counted: (e: LogEvent) => boolean = () => true,
): { readonly first: LogEvent; readonly claim: LogEvent | undefined } | undefined {
  let first: LogEvent | undefined;
  let claim: LogEvent | undefined;
  let sure = false;
  for (const e of events) {
    if (e.leader === node) return undefined;
    if (!counted(e)) continue;
    const own = e.kind === 'became-leader' && e.node !== undefined && e.leader === e.node;
    const led = own ? e.node : e.kind === 'follows-leader' && e.node !== undefined && e.leader !== e.node ? e.leader : undefined;
    if (led === undefined) continue;
    if (first !== undefined && first.leader !== led) return undefined;
    first ??= e;
    if (own) claim ??= e;
    if (e.term === 1 || e.node === node) sure = true;
  }
  return sure && first !== undefined ? { first, claim } : undefined;
}

/**
 * How long before a kill the nodes' last line may be and still tell who led at it: a log that ends more than an hour
 * before the kill (yesterday's saved demo log under today's `date; kill`) is another run's or another time's.
 */
export const STALE_LOG_MS = 3_600_000;

// Whether every timed line of a node ends more than STALE_LOG_MS before `killMs` (no node's line near or after the kill).
function endsLongBefore(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, killMs: number): boolean {
  let any = false;
  for (const e of events) {
    if (e.node === undefined) continue;
    const t = clock.at(e);
    if (t === undefined) continue;
    if (latestMomentMs(t, e.time) >= killMs - STALE_LOG_MS) return false;
    any = true;
  }
  return any;
}

// Whether some event says who leads (a became-leader or follows-leader line naming its leader): findLeaderAt's and
// findFirstElectionMs' only lines.
function holdsLeaderStatement(events: readonly LogEvent[]): boolean {
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    if ((e.kind === 'became-leader' || e.kind === 'follows-leader') && e.leader !== undefined) return true;
  }
  return false;
}

// judgeKills' time order. A whole-second kill stamp stands for any moment of its second: a finer kill inside it comes
// first, by the latest moment each may be. Kills in one whole second cannot be told apart by time: a node's own kill
// line there comes before lines of no writer (pm2's "App [raft-1:0] exited … via signal [SIGINT]" and "pid=48206
// msg=process killed" in raft-1's "received SIGINT" second), whatever order the paste shows them in. A ms stamp stands
// for any moment of its ms: a finer stamp inside it is the same moment, and there the student's record (no writer of
// its own) comes first, the one a record and its node's own line are timed by (`date +%T.%N`'s .884111667 and node1's
// own .884, adv58b-31; `date +%T.%3N`'s .288 and glog's .288912, adv21).
function compareKillTimes(a: KillJudgement, b: KillJudgement): number {
  if (isSameMsMoment(a, b)) {
    const byRecord = (a.event.node === undefined ? 0 : 1) - (b.event.node === undefined ? 0 : 1);
    if (byRecord) return byRecord;
  }
  const byLatest = latestMomentMs(a.atMs, a.event.time) - latestMomentMs(b.atMs, b.event.time);
  if (byLatest) return byLatest;
  // A finer line in the last ms of a coarser one's stretch ends with it (the leader's own `53.999` under BSD date's
  // whole-second `53.3N`, adv70e-39): still inside it, so first.
  const bySpan = stampSpanMs(a.event.time) - stampSpanMs(b.event.time);
  if (bySpan) return bySpan;
  const wholeSeconds = stampSpanMs(a.event.time) >= 1000 && stampSpanMs(b.event.time) >= 1000;
  const byWriter = wholeSeconds ? (a.event.node === undefined ? 1 : 0) - (b.event.node === undefined ? 1 : 0) : 0;
  return byWriter || a.event.line - b.event.line;
}

// Whether two kills' stamps, each at most a ms coarse, may stand for one moment: each one's stretch [value, value + its
// resolution) reaches into the other's.
function isSameMsMoment(a: KillJudgement, b: KillJudgement): boolean {
  const pa = a.event.time?.precisionMs ?? 1;
  const pb = b.event.time?.precisionMs ?? 1;
  if (pa > 1 || pb > 1 || a.event.time?.rounded === true || b.event.time?.rounded === true) return false;
  return a.atMs < b.atMs + pb && b.atMs < a.atMs + pa;
}

/**
 * The leader `node` names in its first detection after the kill at `killMs`, before the next kill, when it names
 * another node ("no message from leader node2" of node1, which a line before the kill showed leading): `node` then
 * followed that one, so it led at the kill — an election the paste does not show came between (two runs pasted one
 * after the other, the first run's heartbeats from its leader still above the second's kill). Undefined otherwise.
 */
function findLeaderLostBy(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, node: string, killMs: number): LeaderStatement | undefined {
  let nextKillMs = Infinity;
  for (const e of events) {
    const t = e.kind === 'kill' ? clock.at(e) : undefined;
    if (t !== undefined && t > killMs && t < nextKillMs) nextKillMs = t;
  }
  let first: { event: LogEvent; atMs: number } | undefined;
  for (const e of events) {
    if (e.node !== node || !isDetectionKind(e.kind)) continue;
    const t = clock.at(e);
    if (t === undefined || t <= killMs || t >= nextKillMs || (first !== undefined && t >= first.atMs)) continue;
    first = { event: e, atMs: t };
  }
  const lost = first?.event.leader;
  return lost === undefined || lost === node ? undefined : { node: lost, event: first!.event, atMs: first!.atMs };
}

// Whether `old`'s own line following `leader` is the last line before `beforeMs` saying who leads: it said it stepped
// down, and nothing after shows it leading again (adv57b-29: node1's `following leader node2 (term 2)` just before its
// SIGTERM, its followers' "connection to leader node1 lost (EOF)" after it from stale sockets; node2's win cut by tail).
function isLastFollowingOf(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, old: string, leader: string, beforeMs: number): boolean {
  let ownMs: number | undefined;
  let lastMs = -Infinity;
  let lastIsOwn = false;
  for (const e of events) {
    if (e.kind !== 'follows-leader' && !isOwnClaim(e)) continue;
    const t = clock.at(e);
    if (t === undefined || t >= beforeMs || e.node === undefined || e.bySender === true) continue;
    // Said in so many words: hearing a heartbeat from `leader` (heardFrom) or a role column is no stepping down.
    const own = e.kind === 'follows-leader' && e.node === old && e.leader === leader && e.heardFrom !== true && e.role === undefined;
    if (own && (ownMs === undefined || t > ownMs)) ownMs = t;
    if (t > lastMs || (t === lastMs && own)) [lastMs, lastIsOwn] = [t, own];
  }
  return ownMs !== undefined && lastIsOwn;
}

/**
 * Whether the paste shows `old` deposed by `leader` before `beforeMs`: `leader` won an election at a term T above every
 * term `old` led or was followed in (or, when no line states one, after its own timeout on `old` started T), a third
 * node followed `leader` in T, and nobody followed `old` after that win. A
 * leader of term T is the only one of T (Raft's election safety): words of `leader` after it naming `old` as the leader
 * it lost are a stale connection's (adv49b-25: node2 won term 2, node3 followed it, then both logged "connection to
 * leader node1 lost (EOF)" as node1 — deposed but still holding its sockets — was killed), not an election unshown.
 */
function isDeposedBefore(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, old: string, leader: string, beforeMs: number): boolean {
  if (isLastFollowingOf(events, clock, old, leader, beforeMs)) return true;
  let win: { term: number; atMs: number } | undefined;
  for (const e of events) {
    if (e.node !== leader || !isOwnClaim(e) || e.term === undefined || e.bySender === true) continue;
    const t = clock.at(e);
    if (t !== undefined && t < beforeMs && (win === undefined || t > win.atMs)) win = { term: e.term, atMs: t };
  }
  if (win === undefined) return false;
  let oldTerm: number | undefined;
  let followedByThird = false;
  // The winner's own timeout on `old` that started the term it won (`no heartbeat from leader node1 …, becoming
  // candidate term:2`): `old` led a lower term, though no line of the paste states which (adv49c-18: `tail -n 3` cut it).
  let timedOutOnOld = false;
  for (const e of events) {
    const t = clock.at(e);
    if (t === undefined || t >= beforeMs) continue;
    const leads = (isOwnClaim(e) && e.node === old) || (e.kind === 'follows-leader' && e.leader === old && e.node !== old);
    if (leads && t > win.atMs) return false;
    if (leads && e.term !== undefined && (oldTerm === undefined || e.term > oldTerm)) oldTerm = e.term;
    if (e.kind === 'follows-leader' && e.leader === leader && e.node !== undefined && e.node !== leader && e.node !== old && e.term === win.term && t >= win.atMs) followedByThird = true;
    if (e.kind === 'heartbeat-timeout' && e.node === leader && e.leader === old && e.term === win.term && t <= win.atMs) timedOutOnOld = true;
  }
  return followedByThird && (oldTerm === undefined ? timedOutOnOld : oldTerm < win.term);
}

/**
 * The first claim to lead of the node a kill with no line of that node's own (`date; kill -HUP 4101`, a chaos
 * script's `leader=node1 … SIGTERM -> pid 4102`) is taken to have killed, made more than SAME_KILL_MS after the kill's
 * latest moment, with no kill line of its own and no new life (findNewLifeMs) since the kill: its own became-leader
 * line or its heartbeats to followers (`heartbeat -> node2,node3 term=4`: only a live leader sends them), else a
 * follower receiving them (`heartbeat from leader node1`, findHeardFrom: adv41b's SIGHUP whose leader logged only
 * `sending heartbeats term 2`). After a kill
 * sending a signal servers commonly handle (HANDLED_SIGNALS: `kill -USR2 4101`), its first act as a live member
 * (findMemberAct: a vote, following, stepping down) counts as well. A killed
 * process logs nothing after its handler's lines; one that leads on was not killed — it handled the signal (SIGHUP
 * reloads a config) or the kill hit another process, so no follower had a dead leader to notice. Undefined when the
 * node logs no such claim, for a kill timed by its prompt (`timeBeforeCommand`: the kill came some time after it), and
 * for a pause (isPauseKill: a SIGSTOPped node cannot handle the signal; it was resumed).
 */
function findLedOn(kill: KillJudgement, events: readonly LogEvent[], clock: Pick<EventClock, 'at'>): { event: LogEvent; atMs: number } | undefined {
  const node = kill.leader;
  // A paused node runs nothing until it is resumed: its lines after the pause are its resume's, no signal lived through.
  if (node === undefined || kill.event.timeBeforeCommand === true || isPauseKill(kill.event)) return undefined;
  const afterMs = latestMomentMs(kill.atMs, kill.event.time) + SAME_KILL_MS;
  // A kill command sending a signal a server commonly handles (`kill -USR2 4101`, a debug hook that mutes heartbeats): the node voting,
  // following or stepping down after it lived through it as surely as leading on would show (adv22).
  const handled = kill.event.node === undefined && kill.event.signal !== undefined && HANDLED_SIGNALS.has(kill.event.signal);
  const claim = findOwnClaim(events, clock, node, afterMs, Infinity) ?? findHeardFrom(events, clock, node, afterMs) ?? (handled ? findMemberAct(events, clock, node, afterMs) : undefined);
  if (claim === undefined || isLostAfterLastClaim(events, clock, node, claim.atMs)) return undefined;
  for (const e of events) {
    if (e.kind !== 'kill' || e.node !== node) continue;
    // Its own shutdown line whose stamp a collector's batch time replaced (dropBatchStampedKills), logged after the
    // claim in its own log (adv55d-12b: node1's last `sent heartbeat` and its `received SIGTERM` in one shipper batch):
    // the claim came before its end, whatever the batch stamp says.
    if (e.batchStamped === true && e.line > claim.event.line) return undefined;
    const t = clock.at(e);
    // Its own shutdown line, even one stamped just before the command's record (isSameKill's reach), ends it.
    if (t !== undefined && t >= kill.atMs - SAME_KILL_MS && t <= claim.atMs) return undefined;
  }
  if (findNewLifeMs(events, (e) => clock.at(e), node, kill.atMs) > claim.atMs) return claim;
  if (!isOwnClaim(claim.event)) return undefined;
  // A new process starts as a follower and leads again only by an election: leading on in the term it led before the
  // kill, with no other node leading meanwhile, it never stopped (adv20: a SIGHUP reload's `listening on :7001`, then
  // term 2's heartbeats). A cluster restarted on fresh data dirs may count terms from 1 again, after another leader.
  const sameTerm = claim.event.term !== undefined && claim.event.term === findTermBefore(events, (e) => clock.at(e), node, kill.atMs);
  return sameTerm && findOtherClaim(events, clock, node, kill.atMs, claim.atMs) === undefined ? claim : undefined;
}

/**
 * Whether `kill` — a record naming no node's own line (a `date; kill` record, a harness line, a student's table row or
 * sentence: `| kill (date) | 07:34:57.620 |`) — comes more than SAME_KILL_MS after the line of the node it is taken to
 * kill saying it received its end (one of `kills`), with no new life of that node between: the node was down already,
 * so this is no kill of a running leader (adv54d-14/15: a student's later kill time under the logs, which made +389 ms
 * read as +204). The node's own line is its kill.
 */
export function isAfterOwnEnd(kill: KillJudgement, kills: readonly KillJudgement[], events: readonly LogEvent[], clock: Pick<EventClock, 'at'>): boolean {
  const node = kill.leader;
  if (node === undefined || kill.event.node !== undefined) return false;
  return kills.some(
    (own) =>
      own.event.node === node &&
      !isPauseKill(own.event) &&
      latestMomentMs(own.atMs, own.event.time) + SAME_KILL_MS < kill.atMs &&
      findNewLifeMs(events, (e) => clock.at(e), node, own.atMs) > kill.atMs,
  );
}

/**
 * The later kill of `kill`'s leader that shows `kill` signalled another process: `kill` is a record of a pid with no own
 * line of the node joining it, and a later record of another pid is joined by the node's own line receiving the signal
 * (`kill 13861` at 17.859, then `kill 13856` at 18.865 and node1's `received SIGTERM` 3 ms after it), with no new life
 * of the node between: one process per node, so the first pid was another process's (adv55b-28: a follower killed first).
 */
export function findOtherPidKill(kill: KillJudgement, kills: readonly KillJudgement[], events: readonly LogEvent[], clock: Pick<EventClock, 'at'>): KillJudgement | undefined {
  const node = kill.leader;
  const pid = kill.event.pid;
  if (node === undefined || pid === undefined || kill.event.node !== undefined || kill.ownLine !== undefined || kill.event.killedNodes !== undefined) return undefined;
  return kills.find(
    (later) =>
      // The later record's pid is the leader's: its own line joins it. (A pid a listing ties to it is not enough: a
      // `pgrep -af` of a relaunched cluster lists the new process, adv19.)
      later.ownLine?.event.node === node &&
      later.event.pid !== undefined &&
      later.event.pid !== pid &&
      later.atMs > kill.atMs &&
      findNewLifeMs(events, (e) => clock.at(e), node, kill.atMs) > later.ownLine!.atMs,
  );
}

/**
 * Whether a kill line paused its node rather than ended it: it sends a PAUSE_SIGNALS signal (`stopped leader node1 with
 * SIGSTOP`, a kill only where the lesson's kill_pattern counts the pause as its fault; elsewhere classify-line reads
 * such a line as no kill). The node is frozen from then until resumed: the one definition of a pause kill.
 */
export const isPauseKill = (event: LogEvent): boolean => event.kind === 'kill' && event.signal !== undefined && PAUSE_SIGNALS.has(event.signal);

// The first claim to lead by a node other than `node` between `afterMs` and `beforeMs`.
function findOtherClaim(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, node: string, afterMs: number, beforeMs: number): LogEvent | undefined {
  return events.find((e) => {
    if (e.node === node || !isOwnClaim(e)) return false;
    const t = clock.at(e);
    return t !== undefined && t > afterMs && t < beforeMs;
  });
}

/**
 * The killed leader's own first act as a live Raft member after its own kill line (more than SAME_KILL_MS after it,
 * before any new life of it), in a term above the one it led in before the kill (as its own lines or its followers'
 * state it): a vote, an election, a claim to lead, following another leader. A handler that logged the signal, closed
 * its sockets and never exited (adv51-08, -23: `received SIGTERM, shutting down`, then `voted for node2 in term 2`,
 * `following leader node2 (term 2)`) ended nothing: the followers' EOFs were its sockets closing, not its death. Its
 * old term's lines after the kill are a draining leader's last heartbeats or a log queue flushing; a term no higher
 * than it led, a new process's (fresh data dir); a restart line of it between (`[loop] exited 143, restarting`,
 * untimed), a new life; its own line saying it stopped after the act, a drain that then exited.
 */
function findOwnActAfterKill(kill: KillJudgement, events: readonly LogEvent[], clock: Pick<EventClock, 'at'>): { event: LogEvent; atMs: number } | undefined {
  const node = kill.killed;
  if (node === undefined || isPauseKill(kill.event)) return undefined;
  const afterMs = latestMomentMs(kill.atMs, kill.event.time) + SAME_KILL_MS;
  let first: { event: LogEvent; atMs: number } | undefined;
  for (const e of events) {
    if (e.node !== node || e.term === undefined || !isLiveMemberAct(e)) continue;
    const t = clock.at(e);
    if (t !== undefined && t > afterMs && (first === undefined || t < first.atMs)) first = { event: e, atMs: t };
  }
  if (first === undefined) return undefined;
  const at = (e: LogEvent): number | undefined => clock.at(e);
  const termBefore = findTermLedBefore(events, at, node, kill.atMs);
  if (termBefore === undefined || first.event.term! <= termBefore) return undefined;
  if (findNewLifeMs(events, at, node, kill.atMs) <= first.atMs) return undefined;
  // Its own line saying it stopped after the act, naming no signal (`drain done, stopped`): a drain that kept the Raft
  // loop running a while, then exited (adv51d-03).
  const stopsAfter = (e: LogEvent): boolean => {
    if (e.kind !== 'kill' || e.node !== node || !isShutdownEnd(e)) return false;
    const t = at(e);
    return t !== undefined && t > first.atMs && t - kill.atMs <= SHUTDOWN_END_WITHIN_MS;
  };
  if (events.some(stopsAfter)) return undefined;
  return hasUntimedStartBetween(events, node, kill.event.line, first.event.line) ? undefined : first;
}

// Whether `node` has a start line with no time of its own between paste lines `a` and `b`: a new life no stamp places
// (findNewLifeMs reads only timed ones).
function hasUntimedStartBetween(events: readonly LogEvent[], node: string, a: number, b: number): boolean {
  const from = Math.min(a, b);
  const to = Math.max(a, b);
  return events.some((e) => e.kind === 'startup' && e.node === node && e.time === undefined && e.line > from && e.line < to);
}

// How long after its kill a killed leader's own failed send shows its loop still running: a shutdown's last writes
// fail within it (a handler closing its sockets while a heartbeat goes out).
const OWN_SEND_AFTER_KILL_MS = 1_000;

/**
 * The killed leader's own line, more than OWN_SEND_AFTER_KILL_MS after the kill, saying one of its writes or sends
 * failed (`write to node2 failed: Broken pipe` 1.76 s after its `received SIGTERM, shutting down`), with no line of it
 * ending its shutdown or starting it again between: its handler logged the signal and the loop ran on, sending
 * (adv54i-22: a C loop that forgot its `break`). The followers' lost links were its handler closing its sockets.
 */
function findOwnSendAfterKill(kill: KillJudgement, events: readonly LogEvent[], clock: Pick<EventClock, 'at'>): { event: LogEvent; atMs: number } | undefined {
  const node = kill.killed;
  if (node === undefined || isPauseKill(kill.event)) return undefined;
  const afterMs = latestMomentMs(kill.atMs, kill.event.time) + OWN_SEND_AFTER_KILL_MS;
  const at = (e: LogEvent): number | undefined => clock.at(e);
  let first: { event: LogEvent; atMs: number } | undefined;
  for (const e of events) {
    if (e.sendFailed !== true || e.node !== node) continue;
    const t = at(e);
    if (t !== undefined && t > afterMs && (first === undefined || t < first.atMs)) first = { event: e, atMs: t };
  }
  if (first === undefined || findNewLifeMs(events, at, node, kill.atMs) <= first.atMs || hasUntimedStartBetween(events, node, kill.event.line, first.event.line)) return undefined;
  // Its own line saying it stopped (`stopped`, `exited`) between: the send was another life's or its end's.
  const endsBetween = (e: LogEvent): boolean => {
    if (e.node !== node || e.kind !== 'kill' || e === kill.event || !isShutdownEnd(e)) return false;
    const t = at(e);
    return t !== undefined && t > kill.atMs && t < first.atMs;
  };
  return events.some(endsBetween) ? undefined : first;
}

// The highest term before `beforeMs` that `node`'s own lines state or that a line following it as leader does.
function findTermLedBefore(events: readonly LogEvent[], at: (event: LogEvent) => number | undefined, node: string, beforeMs: number): number | undefined {
  let term = findTermBefore(events, at, node, beforeMs);
  for (const e of events) {
    if (e.kind !== 'follows-leader' || e.leader !== node || e.term === undefined || (term !== undefined && e.term <= term)) continue;
    const t = at(e);
    if (t !== undefined && t < beforeMs) term = e.term;
  }
  return term;
}

// A line only a running Raft member writes: its vote, its election, its claim to lead, its following another node. Not
// a timer a draining leader still logs (`heartbeat timed out for Node3 (node is stopping)`).
const isLiveMemberAct = (e: LogEvent): boolean =>
  e.kind === 'vote' || e.kind === 'election-started' || (e.kind === 'became-leader' && e.leader === e.node) || (e.kind === 'follows-leader' && e.leader !== undefined && e.leader !== e.node);

/**
 * A follower that noticed the loss of the killed leader after its own kill line, then followed it again with no election
 * between (its line following it at a term no higher than the one it led in before the kill) and heard it lead on
 * (`reconnected, following leader node1 (term 1)`, then `heartbeat from leader node1`); or two followers (or one,
 * twice) that followed it again in the term it led within REFOLLOW_WITHIN_MS, or heard it lead then, with nothing else
 * (adv52c-32, adv52-34); or heard it lead twice with no line following it again (`heartbeat from leader node1 (term
 * 1)` at +14 and +518 ms): the leader's handler logged
 * the signal and kept running (adv49b-10: it closed its sockets, the followers' EOFs at +0 ms proved nothing). A restarted
 * process leads again only by winning an election at a higher term. The line it followed again on, or undefined.
 */
function findFollowedAgain(kill: KillJudgement, events: readonly LogEvent[], clock: Pick<EventClock, 'at'>): { event: LogEvent; atMs: number } | undefined {
  // A kill of a pid nothing ties to a node asks of the node leading at it (adv52f-10: `kill -1 5750`, both followers
  // back to node1 in its term 15 ms after their EOFs).
  const node = kill.leader;
  if (node === undefined || isPauseKill(kill.event)) return undefined;
  const afterMs = latestMomentMs(kill.atMs, kill.event.time) + SAME_KILL_MS;
  const at = (e: LogEvent): number | undefined => clock.at(e);
  let ledTerm: number | undefined | null = null;
  let newLifeMs: number | undefined;
  // Asked only of a paste where another node follows or hears the node at all (most passing pastes' first reading has none).
  if (!events.some((e) => e.kind === 'follows-leader' && e.leader === node && e.node !== node)) return undefined;
  // Per follower, when it first noticed the loss after the kill (time order, whatever the paste's order).
  let noticedAt: Map<string, number> | undefined;
  for (const e of events) {
    if (e.node === undefined || e.node === node || (e.leader !== undefined && e.leader !== node) || !isDetectionKind(e.kind)) continue;
    const t = clock.at(e);
    if (t !== undefined && t >= kill.atMs && t < (noticedAt?.get(e.node) ?? Infinity)) (noticedAt ??= new Map()).set(e.node, t);
  }
  if (noticedAt === undefined) return undefined;
  // The earliest line following it again with its heartbeats heard after, and per follower its lines hearing from it
  // (a heartbeat, an append), both after the follower noticed: time order decides, whatever the paste's order.
  let followed: { event: LogEvent; atMs: number } | undefined;
  let heard: Map<string, { event: LogEvent; atMs: number }[]> | undefined;
  // Per follower, its lines following it again (heard from or not), and its lines hearing it soon after noticing.
  let again: Map<string, { event: LogEvent; atMs: number }[]> | undefined;
  let heardSoon: Map<string, { event: LogEvent; atMs: number }[]> | undefined;
  for (const e of events) {
    if (e.node === undefined || e.node === node || e.kind !== 'follows-leader' || e.leader !== node) continue;
    const t = clock.at(e);
    const noticed = noticedAt.get(e.node);
    if (t === undefined || noticed === undefined || t < noticed) continue;
    // Inside the kill's instant only a line following it again well after noticing its loss: a record's `date` comes
    // before the signal, and a stale message queued on another link is read within a ms or two of the EOF (adv52f-10:
    // both followers back 15 ms after their EOFs, 16 ms after `date; kill -1`).
    const stale = t <= afterMs;
    if (stale && (e.heardFrom === true || t - noticed < REFOLLOW_AFTER_NOTICE_MS)) continue;
    newLifeMs ??= findNewLifeMs(events, at, node, kill.atMs);
    if (ledTerm === null) ledTerm = findTermBefore(events, at, node, kill.atMs);
    if (t >= newLifeMs || (e.term !== undefined && ledTerm !== undefined && e.term > ledTerm)) continue;
    if (e.heardFrom === true) {
      const own = (heard ??= new Map()).get(e.node);
      if (own === undefined) heard.set(e.node, [{ event: e, atMs: t }]);
      else own.push({ event: e, atMs: t });
      // Heard in the term it led, no sooner than a stale message (SAME_KILL_MS) and within REFOLLOW_WITHIN_MS of noticing.
      if (e.term !== undefined && ledTerm !== undefined && t - noticed >= SAME_KILL_MS && t - noticed <= REFOLLOW_WITHIN_MS) {
        const soon = (heardSoon ??= new Map()).get(e.node);
        if (soon === undefined) heardSoon.set(e.node, [{ event: e, atMs: t }]);
        else soon.push({ event: e, atMs: t });
      }
    } else {
      if (!stale && (followed === undefined || t < followed.atMs)) {
        const lead = findHeardFrom(events, clock, node, t);
        if (lead !== undefined && lead.atMs < newLifeMs) followed = { event: e, atMs: t };
      }
      // With nothing heard, only a line stating the term it led (a restarted node leads again at a higher one), soon
      // after the follower noticed (a second run's cluster starts at term 1 again, seconds later: kills42), and no
      // status line restating whom it follows until its timer fires (adv52d-03: `follower of node1 …, last contact 77 ms ago`).
      if (e.term === undefined || ledTerm === undefined || t - noticed > REFOLLOW_WITHIN_MS || e.restated === true) continue;
      const own = (again ??= new Map()).get(e.node);
      if (own === undefined) again.set(e.node, [{ event: e, atMs: t }]);
      else own.push({ event: e, atMs: t });
    }
  }
  if (followed !== undefined) return followed;
  // Followed again in the term it led, with nothing heard, by two followers, or by one at two moments (adv52c-32: both
  // at +34 ms, `following leader node1 (term 1)`): a stale message reaches one follower once.
  const againEarliest = findEarliestRepeated(again, true);
  if (againEarliest !== undefined) return againEarliest;
  // Heard by two followers in that term soon after they lost it (adv52-34's `heartbeat from leader node1 (term 1)` on
  // both, 35 ms after their EOFs); one follower's heard lines are the two-moments question below.
  const heardEarliest = findEarliestRepeated(heardSoon?.size === 1 ? undefined : heardSoon, true);
  if (heardEarliest !== undefined) return heardEarliest;
  // Heard from it at two moments after losing it, with no line following it again (a grep that kept only `heartbeat
  // from leader node3 (term 1)`, adv50c-10/-11): a stale message comes once, a leader's heartbeats keep coming.
  return findEarliestRepeated(heard, false);
}

// How soon after noticing the loss of its leader a follower that follows it again, with nothing heard from it, shows
// it alive: a leader that closed its sockets and kept running is reconnected to within a retry or two.
const REFOLLOW_WITHIN_MS = 1_000;
// How long after noticing its leader's loss a follower's line following it again, inside the kill's instant
// (SAME_KILL_MS), shows it alive rather than a message queued before the loss (adv52d-08's 0-2 ms stay that).
const REFOLLOW_AFTER_NOTICE_MS = 5;

// The earliest of the lines of followers (per follower, time order not needed) among those that come at two moments
// of one follower, or, with `acrossFollowers`, of two followers; undefined when none do.
function findEarliestRepeated(
  byFollower: ReadonlyMap<string, readonly { event: LogEvent; atMs: number }[]> | undefined,
  acrossFollowers: boolean,
): { event: LogEvent; atMs: number } | undefined {
  if (byFollower === undefined) return undefined;
  const repeated = [...byFollower.values()].filter((own) => (acrossFollowers && byFollower.size >= 2) || own.some((h) => h.atMs !== own[0]!.atMs));
  let earliest: { event: LogEvent; atMs: number } | undefined;
  for (const own of repeated) {
    for (const h of own) if (earliest === undefined || h.atMs < earliest.atMs || (h.atMs === earliest.atMs && h.event.line < earliest.event.line)) earliest = h;
  }
  return earliest;
}

// Whether another node lost `node` as its leader after `node`'s last claim to lead from `fromMs` on: a leader whose
// loop sent one last heartbeat as it wound down, then went (adv20: `heartbeat sent` 30 ms after `kill 4101`, `raft
// loop exited`, both followers' EOFs from leader node1 after it), was killed late, and led nothing on. Claims and
// losses after a later kill of `node` by a command or its daemon are that kill's (adv27: docker stop's SIGTERM
// ignored, heartbeats for 10 s, the followers' EOFs after its SIGKILL).
function isLostAfterLastClaim(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, node: string, fromMs: number): boolean {
  let untilMs = Infinity;
  for (const e of events) {
    if (e.kind !== 'kill' || e.node !== undefined || (e.target !== node && e.killedNodes?.includes(node) !== true)) continue;
    const t = clock.at(e);
    if (t !== undefined && t > fromMs && t < untilMs) untilMs = t;
  }
  let lastMs = fromMs;
  for (const e of events) {
    if (e.node !== node || !isOwnClaim(e)) continue;
    const t = clock.at(e);
    if (t !== undefined && t > lastMs && t < untilMs) lastMs = t;
  }
  return events.some((e) => {
    if (e.node === undefined || e.node === node || e.leader !== node || !isDetectionKind(e.kind)) return false;
    const t = clock.at(e);
    return t !== undefined && t > lastMs && t < untilMs;
  });
}

// The highest term `node`'s own lines state before `beforeMs`, or undefined.
function findTermBefore(events: readonly LogEvent[], at: (event: LogEvent, index: number) => number | undefined, node: string, beforeMs: number): number | undefined {
  let term: number | undefined;
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    if (e.node !== node || e.term === undefined || (term !== undefined && e.term <= term)) continue;
    const t = at(e, k);
    if (t !== undefined && t < beforeMs) term = e.term;
  }
  return term;
}

// A line of its writer's own claim to lead: its became-leader line, its heartbeats to followers.
const isOwnClaim = (e: LogEvent): boolean => e.kind === 'became-leader' && e.node !== undefined && e.leader === e.node;

// The first line after `afterMs` of another node receiving `node`'s heartbeats or appends (`heartbeat from leader node1`:
// a heardFrom follows-leader line): `node` was alive to send them, leading.
function findHeardFrom(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, node: string, afterMs: number): { event: LogEvent; atMs: number } | undefined {
  let first: { event: LogEvent; atMs: number } | undefined;
  for (const e of events) {
    if (e.heardFrom !== true || e.leader !== node || e.node === undefined || e.node === node) continue;
    const t = clock.at(e);
    if (t !== undefined && t > afterMs && (first === undefined || t < first.atMs)) first = { event: e, atMs: t };
  }
  return first;
}

// `node`'s first own claim to lead after `afterMs` and before `beforeMs`.
function findOwnClaim(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, node: string, afterMs: number, beforeMs: number): { event: LogEvent; atMs: number } | undefined {
  let claim: { event: LogEvent; atMs: number } | undefined;
  for (const e of events) {
    if (e.node !== node || !isOwnClaim(e)) continue;
    const t = clock.at(e);
    if (t !== undefined && t > afterMs && t < beforeMs && (claim === undefined || t < claim.atMs)) claim = { event: e, atMs: t };
  }
  return claim;
}

// A service manager's line about the unit it stops (systemd's `Stopping kv@1.service …`) and the unit's node's own
// shutdown line a moment later (isSameKill) are one kill, the node's own line: the line where the node is shut down.
function yieldsToOwnLine(kill: KillJudgement, kills: readonly KillJudgement[]): boolean {
  if (kill.event.byManager !== true) return false;
  return kills.some((k) => k.event.node !== undefined && k.killed === k.event.node && k.killed === kill.killed && isSameKill(kill.atMs, kill.event.time, k.atMs, k.event.time));
}

// A kill command timed by its shell prompt (`[14:05:31] sam@lab:~/kv$ kill 4101`: drawn before the command was typed)
// tells only that the kill came later. The killed node's own kill line at or after that time, no other kill between
// (findOwnLineOf), is the kill and its time: the record yields to it. Without such a line the record keeps its time.
function dropPromptTimedRecords(kills: readonly KillJudgement[], events: readonly LogEvent[], clock: Pick<EventClock, 'at'>): KillJudgement[] {
  const dropped = new Set<KillJudgement>();
  for (const record of kills) {
    if (record.event.timeBeforeCommand !== true || record.event.node !== undefined) continue;
    const own = findOwnLineOf(record, kills, dropped, (k) => isDeathAfter(record, k, events, clock), (k) => mayBeAtOrAfter(k.atMs, k.event.time, record.atMs));
    if (own !== undefined) dropped.add(record);
  }
  return dropped.size === 0 ? (kills as KillJudgement[]) : kills.filter((k) => !dropped.has(k));
}

// Whether node `own.killed`'s own kill line ends that node (a death a record's kill caused): the record names no
// leader then, the node led, or it does not live on after the line (a role's "shutting down", livesOn) and had not
// just said its leader was gone (noticedLeaderLoss).
function isDeathAfter(record: KillJudgement, own: KillJudgement, events: readonly LogEvent[], clock: Pick<EventClock, 'at'>): boolean {
  return record.leaderThen === undefined || record.leaderThen.node === own.killed || (!livesOn(events, clock, own) && !noticedLeaderLoss(events, clock, record, own));
}

// Whether the node of own kill line `own` logged a detection of its leader's loss (a lost connection to it, a heartbeat
// timeout) at or after `record` and before that line, while nothing shows the then-leader alive after the record (no
// line of its own but a kill, no peer hearing from it): the line then ends a part of it that served the dead leader
// (adv16's follower `connection to leader node1 lost: EOF`, then `append handler stopped`), no death of its own. A
// killed node logs its own signal first and its links' closing after; one that cancels its own links (adv17's
// `connection to leader node1 closed: context canceled`) leaves a leader that goes on leading.
function noticedLeaderLoss(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, record: KillJudgement, own: KillJudgement): boolean {
  const leader = record.leaderThen!.node;
  let noticed = false;
  for (const e of events) {
    const at = clock.at(e);
    if (at === undefined || at < record.atMs) continue;
    if (at > record.atMs && ((e.node === leader && e.kind !== 'kill') || (e.kind === 'follows-leader' && e.leader === leader && e.node !== leader))) return false;
    if (e.node === own.killed && isDetectionKind(e.kind) && (at < own.atMs || (at === own.atMs && e.line < own.event.line))) noticed = true;
  }
  return noticed;
}

// A nameless kill timed after the kill (`kill 4101; date` printed it, a writerless `Application is shutting down...`)
// and a node's own kill line up to SAME_KILL_MS before it (isSameKill, the own line first), no other kill between, are
// one kill: the node's own line, the earliest record of it — as a `date; kill` record and the own line after it are
// one kill timed from the record. Not when that node was no leader and lives on (a role's "shutting down", livesOn).
function followsOwnLine(record: KillJudgement, kills: readonly KillJudgement[], events: readonly LogEvent[], clock: Pick<EventClock, 'at'>): boolean {
  if (record.event.timeAfterKill !== true || record.event.node !== undefined || record.event.timeInWords === true) return false;
  return kills.some(
    (own) =>
      own !== record &&
      own.event.node !== undefined &&
      own.killed === own.event.node &&
      (record.killed === undefined || record.killed === own.killed) &&
      isSameKill(own.atMs, own.event.time, record.atMs, record.event.time) &&
      !kills.some((k) => k !== record && k !== own && k.atMs > own.atMs && k.atMs < record.atMs) &&
      (record.leaderThen === undefined || record.leaderThen.node === own.killed || !livesOn(events, clock, own)),
  );
}

// When the paste's first leader statement is of term 1 (the first term a Raft cluster elects a leader in: Ra, the
// bundled node), its time: nobody led before it. Null otherwise (no term, a later term, or no statement).
function findFirstElectionMs(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>): number | null {
  let first: { atMs: number; term: number | undefined } | undefined;
  for (const e of events) {
    if ((e.kind !== 'became-leader' && e.kind !== 'follows-leader') || e.leader === undefined) continue;
    const atMs = clock.at(e);
    if (atMs !== undefined && (first === undefined || atMs < first.atMs)) first = { atMs, term: e.term };
  }
  return first !== undefined && first.term === 1 ? first.atMs : null;
}

/**
 * A student's nameless kill record (no node of its own, none named) and the first node's own shutdown line that
 * follows it within SAME_KILL_MS, no other kill between them, are one kill, whoever led: the record's line and time
 * (the command was issued then; measuring from it is the stricter reading, and it is the student's own record), the
 * own line's node, a kill of the leader only when that node led then (a follower's "received SIGTERM" 1 ms after
 * `date; kill 6101` is that follower's kill, not the leader's). A node that was not leading goes on living after a
 * shutdown line that is only a role's (ZooKeeper's follower logs "shutting down" as its leader dies, then looks for
 * a new one): such a line is no death to join. The own line is no kill of its own then. A record that is a sentence
 * (`timeInWords`: "kill um 14:03:11,482, both followers …") and an own line at the same instant are the own line's
 * kill: a log line over a sentence, the same ms either way.
 */
function joinKillRecords(kills: readonly KillJudgement[], events: readonly LogEvent[], clock: Pick<EventClock, 'at'>): KillJudgement[] {
  let ownLines: Map<KillJudgement, KillJudgement> | undefined;
  // Most pastes' kills are all nodes' own lines: no record, no set.
  let joined: Set<KillJudgement> | undefined;
  for (const record of kills) {
    if (record.event.node !== undefined || joined?.has(record) === true) continue;
    const own = findOwnLineOf(
      record,
      kills,
      (joined ??= new Set()),
      (k) => isDeathAfter(record, k, events, clock),
      (k) => isSameKill(record.atMs, record.event.time, k.atMs, k.event.time) || endsShutdownOf(record, k, events, clock) || isLateHandlerLine(record, k, events, clock),
    );
    if (own === undefined) continue;
    // A record whose time is coarser than the window's reach (BSD date's literal `.N`, busybox's `.%N`: whole seconds)
    // with the leader's own finer line inside its interval: that line times the kill (adv54g-14: +746 ms from the
    // second's start read for +3).
    // Not when a follower's stated silence shows that line late: the leader had gone quiet inside the record's interval,
    // more than heartbeats ever leave it, before its line (adv69b-61: `date +%T`'s 23:39:23, node1's own line at .108,
    // "no message from leader node1 in 330 ms" at .333 — silent since .003): a busy handler logged it late, so the record
    // alone bounds the kill.
    if ((record.event.timeInWords === true || (isCoarserRecordOf(record, own) && !isShownLateBySilence(record, own, events, clock))) && isSameInstant(record, own)) joined.add(record);
    else {
      joined.add(own);
      (ownLines ??= new Map()).set(record, own);
    }
  }
  if (joined === undefined || joined.size === 0) return kills as KillJudgement[];
  const done = joined;
  return kills.flatMap((kill) => {
    if (done.has(kill)) return [];
    const own = ownLines?.get(kill);
    if (own === undefined) return [kill];
    // A named record keeps its own judgement; a nameless one killed the leader when nobody is said to lead, or the own line's node led.
    // Its own line's node stepped down before it (findOwnStepDownBefore): a follower's kill all the same.
    const ofLeader = kill.killed !== undefined ? kill.ofLeader : own.steppedDown === undefined && (kill.leaderThen === undefined || kill.leaderThen.node === own.killed);
    const down = kill.steppedDown ?? (kill.killed === undefined ? own.steppedDown : undefined);
    return [{ ...kill, killed: own.killed, ofLeader, leader: own.killed, ownLine: { event: own.event, atMs: own.atMs }, ...(down === undefined ? {} : { steppedDown: down }) }];
  });
}

/**
 * The most a healthy leader stays quiet between heartbeats: Raft sends them well within an election timeout, and the
 * lesson's 150-300 ms timeouts put them 100 ms apart at most (the bundled node's: 50 ms).
 */
export const HEARTBEAT_GAP_MAX_MS = 100;

// Whether a follower's stated silence of `node` (`no heartbeat from leader node1 in 1251 ms`) began at `kill`: within
// HEARTBEAT_GAP_MAX_MS of its time (the last heartbeat came before the signal, at most a gap before). The node went quiet
// at that kill, however late its own line or a later signal came (adv72d-70: a handler's `received SIGTERM` 1.2 s after
// the `date; kill`; adv72d-34: a `kill -9` a second after a SIGTERM whose drain sent no heartbeat).
function isQuietFrom(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, node: string, kill: KillJudgement): boolean {
  const fromMs = kill.atMs - HEARTBEAT_GAP_MAX_MS;
  const toMs = latestMomentMs(kill.atMs, kill.event.time) + HEARTBEAT_GAP_MAX_MS;
  return findStatedSilences(events, clock, node).some((s) => s.quietFromMs >= fromMs && s.quietFromMs <= toMs);
}

// Whether a follower's stated silence (`no message from leader node1 in 330 ms`) began inside coarse `record`'s
// interval more than HEARTBEAT_GAP_MAX_MS before the leader's own line `own`: the leader was quiet then, and `own` late.
function isShownLateBySilence(record: KillJudgement, own: KillJudgement, events: readonly LogEvent[], clock: Pick<EventClock, 'at'>): boolean {
  const node = own.killed;
  if (node === undefined) return false;
  return findStatedSilences(events, clock, node).some((s) => s.atMs >= own.atMs && s.quietFromMs >= record.atMs && s.quietFromMs < own.atMs - HEARTBEAT_GAP_MAX_MS);
}

// How long after a shell record of a kill the leader's own line saying it stopped may come and still end that kill's
// shutdown: a JVM's shutdown hooks, a drain of client connections.
const SHUTDOWN_END_WITHIN_MS = 5_000;
// The kill words of a line ending a shutdown (`node2 stopped`), not receiving a signal (`received SIGTERM`).
const SHUTDOWN_END_WORDS = /^(?:stopped|terminated|killed|exited)$/i;

// Whether own kill line `own`, of the node leading at `record` and naming no signal, is that node saying it stopped
// after the record's kill (adv51-11: `date; kill -TERM 22040` at .400, the JVM hook's `node2 stopped` at .707): the end
// of the shutdown the record started, timed by the record (the node's followers lost it from the signal on).
function endsShutdownOf(record: KillJudgement, own: KillJudgement, events: readonly LogEvent[], clock: Pick<EventClock, 'at'>): boolean {
  return (
    isShutdownEnd(own.event) &&
    !isHeardBetween(events, clock, own.killed!, latestMomentMs(record.atMs, record.event.time) + SAME_KILL_MS, own.atMs) &&
    (record.killed ?? record.leaderThen?.node) === own.killed &&
    own.atMs > record.atMs &&
    own.atMs - record.atMs <= SHUTDOWN_END_WITHIN_MS
  );
}

// How late after a record that signalled at once its node's own line receiving the signal may come and still be that
// kill, logged late by its handler (a handler that waits or flushes first; a JVM's hooks): adv54f-32's 26 ms.
export const LATE_HANDLER_WITHIN_MS = 1_000;

// Whether own kill line `own` is the kill `record` made, logged late (LATE_HANDLER_WITHIN_MS) by the handler of the node
// leading then: a record that signalled at once (`date +%T.%3N; kill 8237`, a harness's own line; not one whose kill
// looked its target up after the date printed, `kill $(pgrep -f …)`, whose own line is the signal's arrival:
// continuesShutdown), with no heartbeat of that node heard between. The record times the kill (adv54f-32: the own line
// 26 ms later made +309 ms read +283, a false pass).
function isLateHandlerLine(record: KillJudgement, own: KillJudgement, events: readonly LogEvent[], clock: Pick<EventClock, 'at'>): boolean {
  return (
    record.event.lookupAfterDate !== true &&
    // A kill command's record names what it signalled (a pid, a node); a client's "load generator stopped" names nothing.
    (record.event.pid !== undefined || record.event.target !== undefined) &&
    (record.killed ?? record.leaderThen?.node ?? (isNamelessPidRecordOf(record, own, events, clock) ? own.killed : undefined)) === own.killed &&
    own.atMs > record.atMs &&
    // From the latest moment a coarse record may stand for (busybox's whole-second `.%N`: adv54h-10).
    (own.atMs - latestMomentMs(record.atMs, record.event.time) <= LATE_HANDLER_WITHIN_MS || isQuietFrom(events, clock, own.killed!, record)) &&
    !isHeardBetween(events, clock, own.killed!, latestMomentMs(record.atMs, record.event.time) + SAME_KILL_MS, own.atMs) &&
    !isKilledByLaterCommand(record, own, events) &&
    // A SIGKILL is never received: a line receiving a signal after `kill -9` is another kill's (adv62b-46: Ctrl+C in
    // the leader's terminal half a second after a `date; kill -9` of a follower's pid).
    !(record.event.signal === 'KILL' && own.event.signal !== undefined && own.event.signal !== 'KILL')
  );
}

// Whether `record` is a kill command's of a pid no line ties to a node, typed while nothing says who led (`date; kill
// 28918` over greps that show no line before the kill), whose signal the own line may be receiving, with no other kill
// command between them, and the own line's node the leader the others lost after the record (their timeouts naming it),
// itself losing no one before its line: the one node the paste shows that signal reaching, so the record may be its
// kill, logged late by its handler (adv72b-50/-60: node1's `received SIGTERM` 201 ms after the date). A follower's own
// line after it lost the leader is its teardown (adv68e-36: node2's "connection to leader node1 lost" 2 ms after the date).
function isNamelessPidRecordOf(record: KillJudgement, own: KillJudgement, events: readonly LogEvent[], clock: Pick<EventClock, 'at'>): boolean {
  const sent = record.event;
  const node = own.killed;
  if (sent.pid === undefined || sent.target !== undefined || record.leaderThen !== undefined || own.event.node === undefined || node === undefined) return false;
  if (own.event.signal !== undefined && own.event.signal !== (sent.signal ?? 'TERM')) return false;
  if (events.some((e) => e.kind === 'kill' && e !== sent && e.node === undefined && e.line > sent.line && e.line < own.event.line)) return false;
  let lostByOthers = false;
  for (const e of events) {
    if (!isDetectionKind(e.kind)) continue;
    const at = clock.at(e);
    if (at === undefined || at < record.atMs) continue;
    if (e.node === node && at < own.atMs) return false;
    if (e.node !== undefined && e.node !== node && e.leader === node) lostByOthers = true;
  }
  return lostByOthers;
}

// Whether a kill command typed after the record names the own line's node and the record does not (adv62b-48: `date;
// kill 17734` of a follower, then an undated `kill 17714`, the leader's pid by its start line, whose `received
// SIGTERM` came 511 ms after the date): the own line is that later kill's arrival, not the record's handler logging late.
function isKilledByLaterCommand(record: KillJudgement, own: KillJudgement, events: readonly LogEvent[]): boolean {
  if (record.killed !== undefined || record.event.target === own.killed) return false;
  return events.some((e) => e.kind === 'kill' && e !== record.event && e.node === undefined && e.target === own.killed && e.line > record.event.line && e.line < own.event.line);
}

/**
 * A follower's line hearing from the killed leader (`heartbeat from leader node1`) stamped more than SAME_KILL_MS after
 * that leader's own line saying it stopped (`stopped`, `exited`), with no new life of the leader between: nothing is
 * heard from a process after it ended, so that follower's stamps are not when its lines happened (adv55d-10: a `while
 * read; date` stamper over block-buffered output put node2's `heartbeat from leader node1` 129 ms after node1's
 * `stopped`). A line only naming the leader it believes in (hashicorp/raft's `rejecting vote request since we have a
 * leader`) hears nothing. The line, the end line and the time between; undefined when none.
 */
export function findHeardAfterEnd(
  kill: KillJudgement,
  events: readonly LogEvent[],
  clock: Pick<EventClock, 'at'>,
  node: string,
): { readonly event: LogEvent; readonly atMs: number; readonly end: LogEvent; readonly endMs: number } | undefined {
  const leader = kill.killed;
  if (leader === undefined) return undefined;
  let end: { event: LogEvent; atMs: number } | undefined;
  for (const e of events) {
    if (e.node !== leader || e.kind !== 'kill' || !isShutdownEnd(e)) continue;
    const t = clock.at(e);
    if (t !== undefined && t >= kill.atMs && (end === undefined || t < end.atMs)) end = { event: e, atMs: t };
  }
  if (end === undefined) return undefined;
  const newLifeMs = findNewLifeMs(events, (e) => clock.at(e), leader, end.atMs);
  for (const e of events) {
    if (e.node !== node || e.kind !== 'follows-leader' || e.leader !== leader || e.heardFrom !== true) continue;
    const t = clock.at(e);
    if (t !== undefined && t > end.atMs + SAME_KILL_MS && t < newLifeMs) return { event: e, atMs: t, end: end.event, endMs: end.atMs };
  }
  return undefined;
}

// A node's own kill line that says it stopped and names no signal (`node2 stopped`, `drain done, stopped`).
const isShutdownEnd = (e: LogEvent): boolean => e.signal === undefined && e.words !== undefined && SHUTDOWN_END_WORDS.test(e.words.text);

// Whether another node heard `node` lead (its heartbeats, its appends) between `fromMs` and `toMs`: it was alive then
// (adv51d-08: a slow handler's `node1 stopped` 907 ms after the record, heartbeats heard until 151 ms before it).
// With no node, whether any leader was heard so (a pid no line ties to a node: repeatsPidRecord).
function isHeardBetween(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, node: string | undefined, fromMs: number, toMs: number): boolean {
  return events.some((e) => {
    if (e.heardFrom !== true || (node !== undefined && (e.leader !== node || e.node === node))) return false;
    const t = clock.at(e);
    return t !== undefined && t > fromMs && t < toMs;
  });
}

// Whether `record`'s stamp is coarser than SAME_KILL_MS and than `own`'s (a whole-second kill record over ms log lines).
function isCoarserRecordOf(record: KillJudgement, own: KillJudgement): boolean {
  const span = stampSpanMs(record.event.time);
  return span > SAME_KILL_MS && stampSpanMs(own.event.time) < span;
}

// Whether the own line's time reads as the record's, to the record's precision (`14:03:11,482` and `…11.482`,
// `…11.482317`): measuring from either gives the same ms.
function isSameInstant(record: KillJudgement, own: KillJudgement): boolean {
  const from = record.atMs - roundedBackMs(record.event.time);
  return own.atMs >= from && own.atMs < from + Math.max(record.event.time?.precisionMs ?? 1, 0.001);
}

// The own shutdown line `record` is the same kill as: the first node's own kill line `isTimed` admits (isSameKill; after
// a prompt's time, any later) of the node the record names, when it names one, that `isDeath` admits, with no other
// kill at or after the record and before it.
function findOwnLineOf(
  record: KillJudgement,
  kills: readonly KillJudgement[],
  joined: ReadonlySet<KillJudgement>,
  isDeath: (own: KillJudgement) => boolean,
  isTimed: (own: KillJudgement) => boolean,
): KillJudgement | undefined {
  const own = kills.find(
    (k) =>
      k !== record &&
      !joined.has(k) &&
      k.event.node !== undefined &&
      k.killed === k.event.node &&
      (record.killed === undefined || record.killed === k.killed) &&
      isTimed(k) &&
      isDeath(k),
  );
  if (own === undefined) return undefined;
  const between = kills.some((k) => k !== record && k !== own && mayBeAtOrAfter(k.atMs, k.event.time, record.atMs) && k.atMs < own.atMs);
  return between ? undefined : own;
}

/** A follower's own end at or after the judged kill (findFollowerDeath). */
export interface FollowerDeath {
  /** The line that ends it: its own kill line, or the command that ended it with the leader. */
  readonly event: LogEvent;
  readonly atMs: number;
  /**
   * Ended by the command that killed the leader: no line of its after the kill counts. Otherwise (its own kill line)
   * only its lines after that one are its end's: a line before it (`connection to leader node1 lost: EOF`, then its
   * own `append handler stopped`) was written while it still served.
   */
  readonly withKill: boolean;
}

/**
 * Whether a follower's own kill `own`, before the leader's `kill`, left it down at that kill: no line of it between
 * acts as a live member, and it started again (if at all) only after (adv55a-10: node3 stopped 1 s before the leader's
 * kill and restarted 78 ms after it; its new process's `election timeout fired, still no leader` is no detection).
 */
function isDownAtKill(own: KillJudgement, kill: KillJudgement, events: readonly LogEvent[], clock: Pick<EventClock, 'at'>): boolean {
  const node = own.killed!;
  if (isPauseKill(own.event) || findNewLifeMs(events, (e) => clock.at(e), node, own.atMs) <= kill.atMs) return false;
  const act = findMemberAct(events, clock, node, own.atMs + SAME_KILL_MS);
  return act === undefined || act.atMs > kill.atMs;
}

/**
 * When follower `node` was ended too — by the command that killed the leader (`kill 4101 4102`, `pkill kv_node`:
 * its `killedNodes` hold both, timed within SAME_KILL_MS of the judged kill), or by its own kill line (a death: it
 * does not act as a live member after it, livesOn) no earlier than SAME_KILL_MS before the judged kill, or earlier
 * when it was down at that kill (isDownAtKill) — the first such end, or undefined. A node that dies logs its links closing as it goes (`connection to leader node1 lost: EOF`
 * after its own SIGTERM): no follower is left there to notice the leader's death.
 */
export function findFollowerDeath(kill: KillJudgement, kills: readonly KillJudgement[], events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, node: string): FollowerDeath | undefined {
  let death: FollowerDeath | undefined;
  const leader = kill.killed;
  for (const e of events) {
    if (e.kind !== 'kill' || e.killedNodes === undefined || !e.killedNodes.includes(node)) continue;
    const atMs = clock.at(e);
    if (atMs === undefined || (e !== kill.event && (leader === undefined || !e.killedNodes.includes(leader) || Math.abs(atMs - kill.atMs) > SAME_KILL_MS))) continue;
    if (death === undefined || atMs < death.atMs) death = { event: e, atMs, withKill: true };
  }
  if (death === undefined) {
    const typedBefore = findUntimedKillTypedBefore(kill, events, node);
    if (typedBefore !== undefined) return { event: typedBefore, atMs: -Infinity, withKill: false };
  }
  for (const k of kills) {
    if (k === kill || k.killed !== node || (k.event.node !== node && k.ownLine?.event.node !== node)) continue;
    if (k.atMs < kill.atMs - SAME_KILL_MS) {
      if (!isDownAtKill(k, kill, events, clock) || (death !== undefined && k.atMs >= death.atMs)) continue;
      death = { event: k.ownLine?.event ?? k.event, atMs: k.atMs, withKill: false };
      continue;
    }
    // Signalled in the leader's own instant (a Ctrl+C or a group kill reaching the whole cluster, adv48b: `received
    // SIGINT, draining for 500 ms`), it was ended with the leader even if it drained on: what it logs after is its end's.
    const withLeader = Math.abs(k.atMs - kill.atMs) <= SAME_KILL_MS && !isPauseKill(k.event);
    if ((death !== undefined && k.atMs >= death.atMs) || (!withLeader && livesOn(events, clock, k))) continue;
    const own = k.ownLine?.event ?? k.event;
    if (isUnorderedByStamps(k.atMs, own.time, kill.atMs, kill.event.time)) continue;
    // A kill by name of unlisted processes (`killall python3`) in its instant was its end: the signal came at the kill,
    // whatever its handler wrote first (adv68c-14: its `lost connection to leader (EOF)` 1 ms before its SIGTERM line).
    death = { event: own, atMs: k.atMs, withKill: withLeader && kill.event.byName === true };
  }
  return death;
}

/** A kill typed with a pid and no time, its target a node (`kill -9 17693` of the node whose start line states it). */
export const isUntimedPidKill = (e: LogEvent): boolean => e.kind === 'kill' && e.time === undefined && e.node === undefined && e.target !== undefined && e.pid !== undefined;

// How many lines above the timed kill's a kill typed in the same shell may stand (its command, the date's output).
const TYPED_BEFORE_ROWS = 6;

/**
 * An untimed kill of `node`'s pid typed in the same shell just above the leader's timed kill (`kill -9 17693  # oops`
 * over `date +%T.%3N; kill 17694`, adv65b-15), a signal that ends a process: no node's line stands between them, so it
 * ran first and `node`, never started again, was dead at the kill, whatever its lines after say. Undefined otherwise.
 */
function findUntimedKillTypedBefore(kill: KillJudgement, events: readonly LogEvent[], node: string): LogEvent | undefined {
  const killLine = kill.event.line;
  let found: LogEvent | undefined;
  for (const e of events) {
    if (e.line >= killLine) break;
    if (killLine - e.line > TYPED_BEFORE_ROWS) continue;
    if (isUntimedPidKill(e) && e.target === node && e.signal !== undefined && !PAUSE_SIGNALS.has(e.signal) && !HANDLED_SIGNALS.has(e.signal)) found = e;
    else if (found !== undefined && e.node !== undefined) found = undefined;
  }
  if (found === undefined) return undefined;
  // Started again (a second start line): the pid it killed may be its first life's (adv62b-12/-23: restarted, then the
  // leader killed).
  let starts = 0;
  for (const e of events) if (e.node === node && e.kind === 'startup' && ++starts > 1) return undefined;
  return found;
}

/**
 * Whether `detection`, a detection line of follower `node` that no time places on the kill's clock, may be its
 * detection of the kill of the leader `killed`, read in `node`'s own order: when its lines ever name `killed` as the
 * leader they follow, the last leader they name before the line is `killed`. A startup election before any leader
 * (`election timeout -> candidate term 1` above `following leader 2`) or the loss of a later leader (`following leader
 * 1`, then `lost connection to leader 1`) is not that kill's. Paste order is no kill's order: a `tail` of each file
 * may print a node's whole life above or below the kill command.
 */
export function isUntimedDetectionOf(events: readonly LogEvent[], node: string, detection: LogEvent, killed: string | undefined): boolean {
  if (killed === undefined) return true;
  let followsKilled = false;
  let lastLeader: string | undefined;
  for (const e of events) {
    if (e.node !== node || (e.kind !== 'follows-leader' && e.kind !== 'became-leader') || e.leader === undefined) continue;
    if (e.leader === killed && e.kind === 'follows-leader') followsKilled = true;
    if (e.line < detection.line) lastLeader = e.leader;
  }
  return !followsKilled || lastLeader === killed;
}

/**
 * Whether `detection`, a line of follower `node` that names the leader it lost (`lost connection to leader node3`),
 * names one it took up only after the kill at `killAtMs` (its own `following leader node3 in term 3` between the kill
 * and the line, or any node's line between them showing that node leading, in a term above every term stated before
 * the kill: a new reign) other than `killed`: that loss is of a
 * later leader, not the killed one's (a tail cut whose follower lines start after the election, javanode39's
 * `connection to leader 2 lost` half a second after node 1's kill). A follow line with no term may name the killed
 * leader by another name (hashicorp/raft's `leader=127.0.0.1:17213`).
 */
export function isLaterLeadersLoss(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, node: string, detection: LogEvent, killAtMs: number, killed: string | undefined): boolean {
  const lost = detection.leader;
  if (lost === undefined || lost === killed || lost === node) return false;
  let termBefore = 0;
  for (const e of events) {
    const t = e.term === undefined ? undefined : clock.at(e);
    if (t !== undefined && t < killAtMs && e.term! > termBefore) termBefore = e.term!;
  }
  const detectionMs = clock.at(detection);
  for (const e of events) {
    if (e.term === undefined || e.term <= termBefore) continue;
    // `lost` campaigning after the kill for a term below the one the detection moves to (adv57c-25: node1's `becoming
    // candidate (term 2)` after node3's kill, then node2's `no heartbeat from leader node1 …, becoming candidate (term
    // 3)`): `lost` led that term, after the kill. A detection stating no term may name an old leader (adv55e-18).
    if (e.node === lost && (e.kind === 'election-started' || e.startsElection === true) && detection.term !== undefined && detection.term > e.term) {
      const t = clock.at(e);
      if (t !== undefined && t >= killAtMs && detectionMs !== undefined && t <= detectionMs) return true;
    }
    // Its own follow line above the detection; or any node's line, before the detection, that `lost` led that term
    // (another follower's `following leader node2 (term 2)`, node2's own claim): one leader a term (adv54d-03's node3,
    // its tail cut above its own follow line).
    const own = e.node === node && e.kind === 'follows-leader' && e.leader === lost && e.line < detection.line;
    const other = e.node !== node && ((e.kind === 'follows-leader' && e.leader === lost && e.node !== lost) || (isOwnClaim(e) && e.node === lost));
    if (!own && !other) continue;
    const t = clock.at(e);
    if (t !== undefined && t >= killAtMs && (own || (detectionMs !== undefined && t <= detectionMs))) return true;
  }
  return false;
}

// Whether a follower's own kill line stamped coarser than SAME_KILL_MS (`Dec 03, 2026 8:54:53 AM`) may be before or
// after the leader's kill: their stamps' spans overlap, so which came first, and whether the follower was still
// running to notice, is unknown (its detection lines are then measured, and reported as too coarse).
function isUnorderedByStamps(ownAtMs: number, ownStamp: Pick<Stamp, 'precisionMs'> | undefined, killAtMs: number, killStamp: Pick<Stamp, 'precisionMs'> | undefined): boolean {
  return stampSpanMs(ownStamp) > SAME_KILL_MS && mayBeAtOrAfter(ownAtMs, ownStamp, killAtMs) && mayBeAtOrAfter(killAtMs, killStamp, ownAtMs);
}

// Whether the node of own kill line `own` acts as a live Raft member after it in the same life (findNewLifeMs): it follows
// or claims a leader, times out, campaigns, votes or steps down. Its shutdown line was then a role's, not its death.
function livesOn(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, own: KillJudgement): boolean {
  const node = own.killed!;
  // The first such line decides: a new life by then is a new life by any later one.
  const first = findMemberAct(events, clock, node, own.atMs);
  if (first === undefined || findNewLifeMs(events, (e) => clock.at(e), node, own.atMs) <= first.atMs) return false;
  // A timeout whose silence began after the node said it was shutting down (`election timeout after 50 ms` 238 ms
  // after it): its timer started after that end, in a process started again (its start line grepped away, adv66b-31).
  const silentMs = first.event.kind === 'heartbeat-timeout' ? first.event.silentMs : undefined;
  return silentMs === undefined || first.atMs - silentMs <= own.atMs + SAME_KILL_MS;
}

// `node`'s first line after `afterMs` acting as a live Raft member: it follows or claims a leader, times out,
// campaigns, votes or steps down.
function findMemberAct(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, node: string, afterMs: number): { event: LogEvent; atMs: number } | undefined {
  let first: { event: LogEvent; atMs: number } | undefined;
  for (const e of events) {
    if (e.node !== node || (e.kind !== 'follows-leader' && !RAFT_ROLE_KINDS.includes(e.kind))) continue;
    const at = clock.at(e);
    if (at !== undefined && at > afterMs && (first === undefined || at < first.atMs)) first = { event: e, atMs: at };
  }
  return first;
}

// A Raft member's identity that is no name a student gives: etcd's hex member id, a raft id of 17-20 digits
// (dqlite's 3297041220608546238), an address with its port (`127.0.0.1:9002`, `[::1]:7003`).
const MEMBER_ID = /^(?:[0-9a-f]{8,16}|\d{17,20}|[\w.-]{0,64}:\d{2,5}|\[[0-9a-f:]{2,39}\]:\d{2,5})$/;

// A kill naming a node by name (`kill -9 9683  # infra3 is the leader`) while the followers name the leader by its
// member id (etcd's "elected leader 4dba6cf265e2e495") or address (canonical raft's AppendEntries `from:…@127.0.0.1:9002`):
// when neither has lines of its own in the paste (the killed leader's log was not pasted), they are the same node.
function namesSameAbsentNode(killed: string, leader: string, writers: ReadonlySet<string>): boolean {
  return !writers.has(killed) && !writers.has(leader) && MEMBER_ID.test(leader) !== MEMBER_ID.test(killed);
}

// `kills[index]` (time order), a kill command's record of a pid an earlier record signalled, neither tied to a node
// (adv72b-66: `date; kill 2793`, then `date; kill -9 2793` 271 ms on): one process, whose first signal times its kill,
// as a SIGKILL after a node's SIGTERM continues that shutdown (continuesShutdown) — unless the paste shows a leader heard
// between them, or they are more than LOST_AFTER_KILL_MS apart with no heartbeat logged at all, or the first was a
// signal a handler runs on from (HANDLED_SIGNALS): then the later one is a kill of its own.
function repeatsPidRecord(kills: readonly KillJudgement[], index: number, events: readonly LogEvent[], clock: Pick<EventClock, 'at'>): boolean {
  const kill = kills[index]!;
  const pid = kill.event.pid;
  if (pid === undefined || kill.killed !== undefined || kill.event.node !== undefined) return false;
  for (let k = index - 1; k >= 0; k--) {
    const previous = kills[k]!;
    if (previous.event.pid !== pid || previous.killed !== undefined || previous.event.node !== undefined) continue;
    if (previous.event.signal !== undefined && HANDLED_SIGNALS.has(previous.event.signal)) return false;
    // A follower hearing from a leader between the two (`heartbeat from leader node1`): the first signal ended nothing.
    // More than a second apart, the second is a kill of its own (a handler that drained and ran on) unless followers
    // that log every heartbeat heard none after the first (adv72d-61: `kill -9` 1036 ms after a SIGTERM the leader
    // stopped leading at), or whose stated silence of the leader then began at the first (isQuietFrom: adv72d-35), as
    // continuesShutdown reads a node's SIGKILL.
    if (isHeardBetween(events, clock, undefined, latestMomentMs(previous.atMs, previous.event.time) + SAME_KILL_MS, kill.atMs)) return false;
    const leader = previous.leaderThen?.node;
    return kill.atMs - previous.atMs <= LOST_AFTER_KILL_MS || isHeardBetween(events, clock, undefined, -Infinity, previous.atMs) || (leader !== undefined && isQuietFrom(events, clock, leader, previous));
  }
  return false;
}

// `kills[index]` (time order), a node's later kill line with no new life of that node since its earlier one
// (findNewLifeMs), is the same shutdown going on ("received SIGTERM, shutting down" … "stopped; WAL synced"), not a
// second kill. A later kill command after the node went on leading (its own heartbeats more than SAME_KILL_MS after
// the earlier kill: a SIGTERM it only drained on, then `kill -9`) is a kill of its own: the earlier one had not ended it.
function continuesShutdown(events: readonly LogEvent[], clock: EventClock, kills: readonly KillJudgement[], index: number): boolean {
  const kill = kills[index]!;
  if (kill.killed === undefined) return false;
  let previous: KillJudgement | undefined;
  for (let k = 0; k < index; k++) if (kills[k]!.killed === kill.killed) previous = kills[k];
  if (!previous) return false;
  if (findNewLifeMs(events, (e) => clock.at(e), kill.killed, previous.atMs) <= kill.atMs) return false;
  // A signal other than the one its shutdown began with, received later by the node itself (`SIGTERM received,
  // graceful shutdown requested`, then 2.2 s on `SIGINT received (Ctrl-C), stopping node`: adv50-24): a new delivery
  // to a process the first had not ended. A shutdown's own later lines name the signal it began with.
  // A coarse record whose second holds the node's own line, which a follower's stated silence shows late (joinKillRecords):
  // the record is the kill, not the shutdown going on.
  if (kill.event.node === undefined && previous.event.node !== undefined && isCoarserRecordOf(kill, previous) && isShownLateBySilence(kill, previous, events, clock)) return false;
  const signal = kill.event.signal;
  const sinceMs = latestMomentMs(previous.atMs, previous.event.time) + SAME_KILL_MS;
  if (kill.event.node !== undefined && previous.event.node !== undefined && signal !== undefined && previous.event.signal !== undefined && signal !== previous.event.signal && kill.atMs > sinceMs) return false;
  // The node's own line receiving the signal, later than SAME_KILL_MS after a `date` record whose kill looked its target
  // up after the date printed: the signal came then when the paste shows the node alive after the date (adv52c-10:
  // `date; kill $(pgrep -f …)` whose pgrep took 378 ms, the followers' "no message from leader node1 in 308ms" ending
  // after it), a kill of its own to judge. Else a busy handler may have logged it late as well (adv68a-28: 126 ms after,
  // the leader's last heartbeat before the date): the record's kill goes on, its delays the most they may be. After a
  // record that signalled at once (`date; kill 4101`, the harness's), a late own line is a handler that logged late.
  if (kill.event.node !== undefined && previous.event.lookupAfterDate === true && signal !== undefined && kill.atMs > sinceMs && isShownAliveBetween(events, clock, kill.killed, latestMomentMs(previous.atMs, previous.event.time), kill.atMs)) return false;
  // The followers heard it lead between the two (`heartbeat from leader node1` for 1.5 s after a SIGTERM its handler
  // ignored, then `^C … received SIGINT again, exiting`: adv49b-11): the earlier line ended nothing.
  const heard = findHeardFrom(events, clock, kill.killed, latestMomentMs(previous.atMs, previous.event.time) + SAME_KILL_MS);
  if (heard !== undefined && heard.atMs < kill.atMs) return false;
  // A signal servers commonly handle (HANDLED_SIGNALS), after which the node itself logged on, ending nothing (adv60c-26:
  // `kill -USR1 8347`, node1's `received SIGUSR1, dumping state: role=leader …` 6 ms on, then `kill -9 8347`): the
  // handler ran, so the later kill is one of its own. A process a signal ended by its default action logs nothing more.
  if (previous.event.node === undefined && previous.event.signal !== undefined && HANDLED_SIGNALS.has(previous.event.signal) && logsOnBetween(events, clock, kill.killed, previous.atMs, kill.atMs)) return false;
  // A SIGKILL, which no handler catches, more than LOST_AFTER_KILL_MS after a signal a handler may catch, with no other
  // node losing the killed one between (adv69d-46/-50: a SIGTERM handler that logged `shutting down` and ran on, then
  // `date; kill -9` of the same pid 1.2 s later, both followers' EOFs 3 ms after it): the first signal ended nothing.
  // Unless followers that log its heartbeats heard none after the first (dockerstop37: a drain that stopped leading at
  // the SIGTERM, docker's SIGKILL 10 s on): that one ended its leadership.
  if (
    signal === 'KILL' &&
    previous.event.signal !== 'KILL' &&
    kill.atMs - previous.atMs > LOST_AFTER_KILL_MS &&
    !isLostBetween(events, clock, kill.killed, previous.atMs, kill.atMs) &&
    !isHeardBetween(events, clock, kill.killed, -Infinity, previous.atMs) &&
    !isQuietFrom(events, clock, kill.killed, previous)
  ) {
    return false;
  }
  return kill.event.node !== undefined || findOwnClaim(events, clock, kill.killed, latestMomentMs(previous.atMs, previous.event.time) + SAME_KILL_MS, kill.atMs) === undefined;
}

// Whether another node's detection between `afterMs` and `beforeMs` may be of `node`'s loss: a timeout or lost
// connection naming it as leader or peer, or naming nobody.
function isLostBetween(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, node: string, afterMs: number, beforeMs: number): boolean {
  return events.some((e) => {
    if (!isDetectionKind(e.kind) || e.node === node || (e.leader !== undefined && e.leader !== node) || (e.peer !== undefined && e.peer !== node)) return false;
    const t = clock.at(e);
    return t !== undefined && t > afterMs && t < beforeMs;
  });
}

// Whether the paste shows `node` alive after `afterMs` and before `beforeMs`: a follower heard from it, it logged a line
// of its own, or a follower's timeout states a silence that began then (`no message from leader node1 in 308ms`).
function isShownAliveBetween(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, node: string, afterMs: number, beforeMs: number): boolean {
  if (isHeardBetween(events, clock, node, afterMs, beforeMs) || logsOnBetween(events, clock, node, afterMs, beforeMs)) return true;
  return findStatedSilences(events, clock, node).some((s) => s.quietFromMs > afterMs && s.quietFromMs < beforeMs);
}

// The silences other nodes' timeouts state of `node` (`no message from leader node1 in 330 ms` at 23.333): each
// timeout's time and when the silence began by its words (23.003). A timeout naming no leader may be of `node`.
function findStatedSilences(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, node: string): { atMs: number; quietFromMs: number }[] {
  const silences: { atMs: number; quietFromMs: number }[] = [];
  for (const e of events) {
    if (e.kind !== 'heartbeat-timeout' || e.silentMs === undefined || e.node === undefined || e.node === node || (e.leader !== undefined && e.leader !== node)) continue;
    const t = clock.at(e);
    if (t !== undefined) silences.push({ atMs: t, quietFromMs: t - e.silentMs });
  }
  return silences;
}

// Whether `node` logged a line of its own other than a kill or start line after `afterMs` and before `beforeMs`.
function logsOnBetween(events: readonly LogEvent[], clock: Pick<EventClock, 'at'>, node: string, afterMs: number, beforeMs: number): boolean {
  return eventsOfNode(events, node).some((e) => {
    if (e.kind === 'kill' || e.kind === 'startup') return false;
    const t = clock.at(e);
    return t !== undefined && t > afterMs && t < beforeMs;
  });
}

/**
 * When `node`, alive up to `sinceMs` (a kill's time), first lives again later than `afterMs` (default `sinceMs`):
 * the time of its first startup line, of its first line naming a Raft term lower than the highest it named before
 * `sinceMs`, or of its first election won at a term no higher than that; Infinity when it never does. A node's term
 * never goes back within one life (Raft persists it), so a lower one is a new process on fresh state (a relaunched
 * cluster counts from term 1 again); and it wins an election only at a term above every term it has seen, so
 * "became leader for term 1" after its own term 1 is a new process too (adv42: two runs pasted with no startup line
 * between; a leader's traffic, `bySender` or its role column, restates a term and is no election). A node shutting down may
 * still log, even campaign (etcd's leader whose transfer failed starts an election at a higher term): that is no new
 * life. The one definition of a restart: a killed node's next kill (continuesShutdown) and a follower's lines of a
 * later run (measure-detection.ts) both ask it. `at(event, index)` places `events[index]` on the paste's clock. With
 * `shownBy` (a line's stated pid), only a new life the lines show as one: a start line stating another pid than its start
 * line before `sinceMs` (a lone start line after it may be a pipe's flush time, adv55d-10, or a stats line, adv22's "0
 * elections started"), or a term more than one below its own (a pre-vote states the term it asks for, one above the
 * node's own: adv49c-04).
 */
export function findNewLifeMs(
  events: readonly LogEvent[],
  at: (event: LogEvent, index: number) => number | undefined,
  node: string,
  sinceMs: number,
  afterMs = sinceMs,
  shownBy?: (line: number) => string | undefined,
): number {
  const termBefore = findTermBefore(events, at, node, sinceMs);
  // The pid the node's last start line at or before `sinceMs` states (shownBy).
  let pidBefore: string | undefined;
  let firstMs = Infinity;
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    if (e.node !== node) continue;
    const t = at(e, k);
    if (e.kind === 'startup') {
      if (shownBy !== undefined) {
        const pid = shownBy(e.line);
        if (t !== undefined && t <= sinceMs) pidBefore = pid ?? pidBefore;
        if (pid === undefined || pidBefore === undefined || pid === pidBefore) continue;
      }
    } else if (e.term === undefined || termBefore === undefined || e.term > termBefore - (shownBy === undefined ? 0 : 2) || (e.term === termBefore && !isElectionWon(e))) continue;
    if (t !== undefined && t > afterMs && t < firstMs) firstMs = t;
  }
  return firstMs;
}

/** A line of its writer's election won (its became-leader line), not a leader's traffic restating its term. */
export const isElectionWon = (e: LogEvent): boolean => e.kind === 'became-leader' && e.leader === e.node && e.bySender !== true && e.role === undefined;

/** Kill lines without a timestamp (a `$ kill 1234` typed at a prompt): they cannot give the kill time. */
export function findUntimedKills(events: readonly LogEvent[]): LogEvent[] {
  return events.filter((e) => e.kind === 'kill' && e.time === undefined);
}

/** A line of one node's log on some clock (the harness's, or the paste's). */
export interface TimedEventLike {
  readonly kind: LogEvent['kind'];
  readonly atMs: number | undefined;
  /** The line's event: its stamp's resolution says how long after `atMs` the line may have been written. */
  readonly event?: Pick<LogEvent, 'peer' | 'leader' | 'leaderless'> & { readonly time?: Pick<Stamp, 'precisionMs'> };
}

/**
 * A detection line that tells nothing of losing `leader`: a timer its own words say fired with no leader (`leaderless`:
 * a fresh node's or a candidate's, adv57b-21/-22), or a lost link naming another member of the leader's numbered
 * family (`node4` beside `node1`, `knoten2` beside `knoten1`: isOtherFamilyName) as its peer (adv48b's `connect to peer node4 … refused`, a member never started) or as the leader it lost (adv57b-08's
 * reconnect loop to term 1's node1 over term 2's kill). A timer naming an old leader is still its writer's timer firing
 * (adv55e-18's stale name). The one definition checkPaste and the scenario harness apply (findDetection).
 */
export function tellsNoLossOf(kind: LogEvent['kind'], event: TimedEventLike['event'], leader: string | undefined): boolean {
  if (event === undefined) return false;
  return event.leaderless === true || isOtherFamilyName(event.peer, leader) || (kind === 'connection-lost' && isOtherFamilyName(event.leader, leader));
}

// Whether `name` is another member of the leader's numbered family (`node4` beside `node1`, `knoten2` beside `knoten1`).
const isOtherFamilyName = (name: string | undefined, leader: string | undefined): boolean => name !== undefined && leader !== undefined && isOtherFamilyMember(name, leader);

export interface Detection<T extends TimedEventLike> {
  /** The first heartbeat timeout and the first lost connection at or after the kill, by time. */
  readonly heartbeat: T | undefined;
  readonly connection: T | undefined;
  /** The earlier of the two (on one coarse stamp, the one logged first; else the heartbeat timeout on a tie): the follower's detection. */
  readonly first: T | undefined;
  readonly via: 'heartbeat' | 'connection' | undefined;
}

/**
 * How one follower noticed a kill at `killAtMs`, from its own lines: the rule checkPaste's timing check and the
 * scenario harness both apply. Lines without a time are not detections; a line whose stamp may stand for a moment at
 * or after the kill (a whole-second stamp of the kill's own second) is one: callers judge such a stamp too coarse,
 * never before the kill. First is by the latest moment each stamp may stand for, then by its start (judgeKills'
 * order): a ms stamp at +5 ms comes before a whole-second stamp of the same second, which may be later. Of a heartbeat
 * timeout and a lost connection with one coarse stamp, the one first in `lines` (its node's log order) is first; of
 * two that stamps cannot order otherwise, the heartbeat timeout. A lost connection or heartbeat timeout whose line
 * names one of `otherFollowers` as the peer it was about (LogEvent.peer) is no detection.
 */
export function findDetection<T extends TimedEventLike>(lines: Iterable<T>, killAtMs: number, otherFollowers: readonly string[] = [], leader?: string): Detection<T> {
  let heartbeat: T | undefined;
  let connection: T | undefined;
  // Where each was in `lines`: of two that one coarse stamp cannot order, the one logged first.
  let heartbeatAt = -1;
  let connectionAt = -1;
  let k = -1;
  for (const line of lines) {
    k++;
    const t = line.atMs;
    if (t === undefined || !mayBeAtOrAfter(t, line.event?.time, killAtMs)) continue;
    // A lost connection to another follower ("connection to peer node2 lost") says nothing of the leader.
    if (line.event?.peer !== undefined && otherFollowers.includes(line.event.peer)) continue;
    if (tellsNoLossOf(line.kind, line.event, leader)) continue;
    if (line.kind === 'heartbeat-timeout') {
      if (!heartbeat || isEarlierLine(line, heartbeat)) [heartbeat, heartbeatAt] = [line, k];
    } else if (line.kind === 'connection-lost' && (!connection || isEarlierLine(line, connection))) [connection, connectionAt] = [line, k];
  }
  const viaHeartbeat = heartbeat !== undefined && (connection === undefined || !(isEarlierLine(connection, heartbeat) || (isCoarseTie(connection, heartbeat) && connectionAt < heartbeatAt)));
  const first = viaHeartbeat ? heartbeat : connection;
  return { heartbeat, connection, first, via: first === undefined ? undefined : viaHeartbeat ? 'heartbeat' : 'connection' };
}

// Two lines one coarse stamp cannot order: the same stamp, one that stands for a span (a whole second).
const isCoarseTie = (a: TimedEventLike, b: TimedEventLike): boolean => a.atMs === b.atMs && stampSpanMs(a.event?.time) > 0 && stampSpanMs(b.event?.time) === stampSpanMs(a.event?.time);

// findDetection's order: by the latest moment each line's stamp may stand for, then by its start.
function isEarlierLine(a: TimedEventLike, b: TimedEventLike): boolean {
  const latestA = a.atMs! + stampSpanMs(a.event?.time);
  const latestB = b.atMs! + stampSpanMs(b.event?.time);
  return latestA < latestB || (latestA === latestB && a.atMs! < b.atMs!);
}

/**
 * The ms from a kill at `killAtMs` to a detection line (findDetection's): a coarse stamp whose interval holds the kill
 * (`04:04:47` for a kill at 04:04:47.790) counts to the interval's end, the most a line after the kill can show.
 */
export function measureDelayMs(line: TimedEventLike, killAtMs: number): number {
  return delayToStretchEndMs(line.atMs!, line.event?.time, killAtMs);
}

/**
 * The first line at or after `killAtMs` showing that a follower moved on to a new leader: it names as leader a node
 * not in `gone` (the killed or paused leader), or claims to lead itself. A follower that did so with no detection
 * (findDetection) granted a candidate's vote before its own timer fired, so it never logged that the leader was gone.
 */
export function findNewLeaderFollowed<T extends TimedEventLike & { readonly event: Pick<LogEvent, 'leader'> }>(
  lines: Iterable<T>,
  killAtMs: number,
  gone: readonly string[],
): T | undefined {
  let first: T | undefined;
  for (const line of lines) {
    const t = line.atMs;
    if (t === undefined || t < killAtMs || (line.kind !== 'follows-leader' && line.kind !== 'became-leader')) continue;
    const leader = line.event.leader;
    if (leader === undefined || gone.includes(leader)) continue;
    if (!first || t < first.atMs!) first = line;
  }
  return first;
}
