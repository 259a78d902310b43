// Writers pasted beside a cluster's nodes that are none of its members: a load client's or a tool's log
// (`==> logs/client.log <==` … "dial tcp 127.0.0.1:7001: connect: connection refused"). Its lost connections are no
// follower noticing the dead leader, so it is no follower: counted as one, it could stand in for a follower that
// never noticed.
import { FAMILY_NAME, isNonNodeProgramName } from './attribute-node.js';
import { STARTUP_PATTERN } from './default-patterns.js';
import { RAFT_ROLE_KINDS, type LogEvent, type LogEventKind } from './log-event.js';
import { isAsciiDigit } from './char-codes.js';

// What a Raft member logs and a client never does (RAFT_ROLE_KINDS), and whom it follows; not a timeout alone: a health
// checker's `leader node1 is down: GET …/health ECONNREFUSED` reads as one (adv47b's sidecar, counted as a follower).
const ROLE_KINDS: ReadonlySet<LogEventKind> = new Set([...RAFT_ROLE_KINDS.filter((kind) => kind !== 'heartbeat-timeout'), 'follows-leader']);
// The smallest Raft cluster: a numbered family of this many writers (node1, node2, node3) is the cluster.
const MIN_FAMILY_MEMBERS = 3;

// `node1` … `node9999` (nodeLabel's names): a FAMILY_NAME, known without the regex.
function isNodeLabel(name: string): boolean {
  if (name.length < 5 || name.length > 8 || !name.startsWith('node')) return false;
  for (let k = 4; k < name.length; k++) if (!isAsciiDigit(name.charCodeAt(k))) return false;
  return true;
}

/**
 * The writers of `writers` that are no member of the cluster: where a numbered family of at least three writers
 * (`node1`…`node3`, `kv-0`…`kv-2`) is the cluster, a writer outside every family (`client`, `loadgen`, `healthcheck`)
 * whose events say nothing of a Raft role (only lost connections, timeouts, kills, startups) and that no line names as
 * leader or kill target.
 */
export function findNonMembers(writers: ReadonlySet<string>, events: readonly LogEvent[]): string[] {
  let outside: string[] | undefined;
  // (A program's run numbered as a family is one: `kvclient2`, `loadgen-1`, adv75c-46/-71.)
  for (const writer of writers) if (!isNodeLabel(writer) && (!FAMILY_NAME.test(writer) || isNonNodeProgramName(writer))) (outside ??= []).push(writer);
  // Most pastes hold only a family's writers: then no family needs counting.
  if (outside === undefined) return [];
  // A proxy or client by its name is none, whatever it logs (a proxy's `routing requests to leader node1 (term 1)`).
  const programs = outside.filter(isNonNodeProgramName);
  if (programs.length > 0) {
    const rest = findNonMembers(new Set([...writers].filter((writer) => !isNonNodeProgramName(writer))), events);
    return [...programs, ...rest];
  }
  const families = new Map<string, number>();
  for (const writer of writers) {
    const m = FAMILY_NAME.exec(writer);
    if (m) families.set(m[1]!.toLowerCase(), (families.get(m[1]!.toLowerCase()) ?? 0) + 1);
  }
  if (![...families.values()].some((members) => members >= MIN_FAMILY_MEMBERS)) return [];
  const members = new Set<string>();
  for (const event of events) {
    if (event.node !== undefined && ROLE_KINDS.has(event.kind)) members.add(event.node);
    if (event.leader !== undefined) members.add(event.leader);
    if (event.target !== undefined) members.add(event.target);
  }
  return outside.filter((writer) => !members.has(writer));
}

// A word saying a node does not vote: a learner (etcd's, a Raft learner joining), an observer (ZooKeeper's), a
// non-voter (hashicorp's `Suffrage:Nonvoter`), `voter=false`, etcd's unpromotable learner, a read replica, `(no vote)`
// (adv67b-37: `starting kv_node node4 … as read replica (no vote)`).
const NON_VOTER_WORD = /\b(?:learner|non[- ]?voting|non[- ]?voter|observer|unpromotable|read[- ]?(?:only[- ])?replica)\b|\bvoter\s?[=:]\s?(?:false|no|0)\b|\((?:no vote|without a vote)\)/gi;
// After the word: a key's value saying no (`learner=false observer=false`), or another node's name (`non-voter node4`):
// not the writer's.
const NOT_THE_WRITERS_AFTER = /^(?:\s?[=:]\s?(?:false|no|0|off)\b|\s+(?:node|n|peer|server|member)[-_ ]?\d)/i;
// Before the word: a count (`2 voters + 1 non-voter`, a configuration's summary), or `from` (`promoted from learner`).
const NOT_THE_WRITERS_BEFORE = /(?:(?:^|[\s(])\d{1,2}\s?|\bfrom\s)$/i;
// What a timer's line says besides, when its node calls no election: hashicorp's `not triggering a leader election`, a
// removed node's `not campaigning`, etcd's `can not campaign`.
const CALLS_NO_ELECTION = /\bnot (?:triggering|campaigning|starting)\b|\bcan ?not campaign\b/i;
// A timer's line saying its node is out of the configuration (`… but node4 is not in the configuration; not campaigning`).
const OUT_OF_CONFIGURATION = /\bnot (?:in|part of) the (?:current |cluster )?configuration\b/i;

// Whether `text` says its writer does not vote: a non-voter word about no other node, not negated, not counted.
function saysNonVoter(text: string): boolean {
  NON_VOTER_WORD.lastIndex = 0;
  for (let m = NON_VOTER_WORD.exec(text); m !== null; m = NON_VOTER_WORD.exec(text)) {
    const end = m.index + m[0].length;
    if (NOT_THE_WRITERS_AFTER.test(text.slice(end, end + 24)) || NOT_THE_WRITERS_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    return true;
  }
  return false;
}

/**
 * The writers whose own start line says they do not vote (`starting kv_node node4 (learner, non-voting)`), or whose
 * own timer says it is a non-voter or out of the configuration, calling no election (CALLS_NO_ELECTION, adv56a-07:
 * hashicorp's non-voter node3; adv56d-34: node4 removed 1 s before the kill): no
 * follower of the lesson's cluster, whose followers are its voters (adv52f-22: a learner's EOF stood in for voter
 * node3, who only voted). `textOf` gives an event's line.
 */
export function findNonVoters(events: readonly LogEvent[], textOf: (line: number) => string): NonVoter[] {
  let found: NonVoter[] | undefined;
  for (const event of events) {
    if ((event.kind !== 'startup' && event.kind !== 'heartbeat-timeout' && event.kind !== 'vote' && event.kind !== 'election-started') || event.node === undefined || found?.some((v) => v.node === event.node) === true) continue;
    const text = textOf(event.line);
    // A start line saying it has no vote reads as a vote (adv67b-37: `starting kv_node node4 … as read replica (no vote)`).
    const starting = event.kind === 'startup' || (event.kind === 'vote' && STARTUP_PATTERN.test(text));
    // etcd's learner's timer reads as a campaign: `node3 is unpromotable and can not campaign` (adv56e-42).
    const says = starting ? saysNonVoter(text) : event.kind !== 'vote' && CALLS_NO_ELECTION.test(text) && (saysNonVoter(text) || OUT_OF_CONFIGURATION.test(text));
    if (says) (found ??= []).push({ node: event.node, line: event.line });
  }
  // A node whose own lines after that one vote, campaign or lead is a voter since (a learner promoted before the kill:
  // adv56e-27); one that voted before it was removed is not (adv56d-34).
  return (found ?? []).filter(
    (v) => !events.some((e) => e.node === v.node && e.line > v.line && (e.kind === 'vote' || (e.kind === 'election-started' && !CALLS_NO_ELECTION.test(textOf(e.line))) || e.kind === 'became-leader')),
  );
}

/** A writer whose own line (0-based `line`) says it does not vote. */
export interface NonVoter {
  readonly node: string;
  readonly line: number;
}

// A start line's peer list by name (`peers=node1,node3`, `peers: [n1, n3]`): the names, no addresses.
const PEER_NAMES = /\bpeers?["']?\s?[=:]\s?\[?\s?((?:[A-Za-z][\w.-]{0,31})(?:\s?,\s?[A-Za-z][\w.-]{0,31}){0,15})\s?(?:\]|\s|$)/i;

/** A writer that is none of the cluster's nodes by their own start lines (findUnlistedWriters). */
export interface UnlistedWriter {
  readonly node: string;
  /** Its first line (0-based). */
  readonly line: number;
  /** Its start line lists the peers this node's does, itself among them: this node's start line relabeled. */
  readonly copyOf?: string;
  /** Otherwise: the nodes the start lines' peer lists name, itself not among them. */
  readonly cluster?: readonly string[];
}

/**
 * Writers the cluster's own start lines leave out (adv64b-18/-39/-40, adv64h-19: a follower's lines copied under a
 * third name). A start line listing its peers by name (`kv_node node2 starting pid=12839 port=22042 peers=node1`)
 * states the whole cluster, itself and those peers: a writer none of the paste's start lines name, with no start line
 * of its own, is none of its nodes. A start line listing the very peers another node's does, itself among them and
 * that node not (node3's `peers=node1,node3` under node2's `peers=node1,node3`), is that node's start line relabeled:
 * a node never lists itself as its peer while leaving out a member. (Pids and ports prove nothing: every container of
 * a compose cluster runs its node as pid 1 on one port, adv64h-31.) `text` gives a line's text, `name` a name's node as
 * the paste's writers go.
 */
export function findUnlistedWriters(writers: ReadonlySet<string>, events: readonly LogEvent[], text: (line: number) => string, name: (token: string) => string | undefined): UnlistedWriter[] {
  let cluster: Set<string> | undefined;
  const lists: { node: string; peers: readonly string[] }[] = [];
  const startedWriters = new Set<string>();
  for (const event of events) {
    if (event.kind !== 'startup' || event.node === undefined) continue;
    startedWriters.add(event.node);
    const listed = PEER_NAMES.exec(text(event.line));
    if (listed === null) continue;
    const peers = listed[1]!.split(',').flatMap((peer) => name(peer.trim()) ?? []);
    cluster ??= new Set();
    cluster.add(event.node);
    for (const peer of peers) cluster.add(peer);
    lists.push({ node: event.node, peers: [...peers].sort() });
  }
  if (cluster === undefined) return [];
  const copies = new Map<string, string>();
  for (const copy of lists) {
    if (!copy.peers.includes(copy.node)) continue;
    const original = lists.find((o) => o.node !== copy.node && !o.peers.includes(o.node) && o.peers.join() === copy.peers.join());
    if (original !== undefined) copies.set(copy.node, original.node);
  }
  const unlisted: UnlistedWriter[] = [];
  for (const writer of writers) {
    const copyOf = copies.get(writer);
    if (copyOf === undefined && (cluster.has(writer) || startedWriters.has(writer))) continue;
    const line = events.find((e) => e.node === writer)?.line ?? 0;
    unlisted.push(copyOf !== undefined ? { node: writer, line, copyOf } : { node: writer, line, cluster: [...cluster].sort() });
  }
  return unlisted;
}
