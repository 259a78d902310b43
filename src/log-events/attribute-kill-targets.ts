// Which node a kill line killed when its writer is not that node. A line written by something that is no node of
// the cluster — a launcher, harness, supervisor or chaos script printing "launcher | killing leader node2" or
// `{"name":"chaos","msg":"killed n1"}` — names its target; a node's own "received SIGTERM" (names no other node)
// stays a kill of its writer, and a follower describing the leader is no kill at all (classify-line.ts).
import { escapeRegExp } from './escape-regexp.js';
import { SIGNAL_NAMES } from './default-patterns.js';
import { FAMILY_NAME, SCRIPT_EXTENSION_SOURCE } from './attribute-node.js';
import { isTermNumberAt, normalizeNodeToken } from './classify-line.js';
import { RAFT_ROLE_KINDS, type LogEventKind, type MutableLogEvent } from './log-event.js';
import { isAsciiDigit as isDigit } from './char-codes.js';

// What only a member of the cluster logs about itself: a launcher reports who leads and starts nodes, never these.
// (A launcher loses no connection to a leader; a load client does: find-non-members.ts does not count that one.)
const MEMBER_KINDS: ReadonlySet<LogEventKind> = new Set([...RAFT_ROLE_KINDS, 'connection-lost']);
// Writers read from a column, tag or field in front of the message; a name read from the message itself, a member
// id, a file's writer or a record's is the node the line is about, never a bystander.
const COLUMN_SOURCES: ReadonlySet<MutableLogEvent['nodeFrom']> = new Set(['file-prefix', 'tag', 'field', 'json-field', 'json-name', 'name', 'service', 'service-number', 'section', 'file-name']);
const TOKEN = /[^\s,;|()[\]{}<>"'=]+/g;
// `leader=3`, `"leader":"n1"`: a key=value field of the writer's own state, the leader it follows (its
// other lines say so too: classify-line reads the same key as a leader statement). A kill line carrying one names whom
// the writer follows there, not whom it killed. (etcd-io/raft's `lead=1` is no leader statement the model reads yet.)
const LEADER_KEY_BEFORE = /(?:\bleader=|"leader"\s?:\s?)["']?$/i;
const isLeaderValueAt = (text: string, index: number): boolean => LEADER_KEY_BEFORE.test(text.slice(Math.max(0, index - 16), index));
// "leader n1 killed (Stop() without handoff)", "leader node1 was stopped": the leader's kill stated as done, the node
// named right after "leader" (not "leader node1 stopped responding" / "… stopped heartbeating": an activity of it that
// stopped, a peer's description either way).
const LEADER_KILLED = /\bleader\s+([\w.:@-]{1,64}?):?\s+(?:was\s+|has\s+been\s+|got\s+)?(?:killed|stopped|terminated)\b(?!\s+\w+ing\b)/i;

// What follows a number that counts nodes (`stopping 3 nodes`, `2 peers`): a count, no node's name.
const COUNT_OF_NODES = /^ (?:nodes|peers|servers|members|replicas|followers|voters)\b/i;
// A long option right before a number (`--kill-leader-at 3`, `--seed=11`): the number is its value (group 1: its name).
const OPTION_BEFORE = /--([\w-]{1,40})[= ]$/;
// An option whose value is a node (`--id 3`, `--node 2`, `--kill 2`, `--target=1`): any other option's number is a
// quantity (seconds, a seed, a count).
const NODE_OPTION = /(?:^|-)(?:id|node|target|victim|member|peer|leader|kill)$/i;
// Whether the number at `index` is the value of a long option that names no node.
const isOptionQuantityAt = (text: string, index: number): boolean => {
  const option = OPTION_BEFORE.exec(text.slice(Math.max(0, index - 44), index));
  return option !== null && !NODE_OPTION.test(option[1]!);
};

/**
 * The nodes of `nodes` that `text` names, besides `except`, in the order the text names them: as written (`infra1`,
 * `kv-2`, `alpha`) or in another spelling of the same node (`n1` for node1), after `name` (member ids and addresses
 * to node names). A term's number and a leader field's value (`leader=3`, the writer's own state) name none.
 */
export function findNamedNodes(text: string, nodes: ReadonlySet<string>, name: (node: string) => string, except?: string): string[] {
  const firstAt = new Map<string, number>();
  const see = (node: string, at: number): void => {
    if (node !== except && at < (firstAt.get(node) ?? Infinity)) firstAt.set(node, at);
  };
  for (const node of nodes) {
    if (node === except || !text.includes(node)) continue;
    const named = new RegExp(`(?:^|[^\\w.-])${escapeRegExp(node)}(?![\\w-])`, 'g');
    for (let m = named.exec(text); m; m = named.exec(text)) {
      if (isLeaderValueAt(text, m.index + m[0].length - node.length)) continue; // `leader=node3`: whom the writer follows
      see(node, m.index);
      break;
    }
  }
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (isDigit(m[0].charCodeAt(0)) && isTermNumberAt(text, m.index)) continue; // "killing the leader [term 3]"
    const after = m.index + m[0].length;
    if (isDigit(m[0].charCodeAt(0)) && COUNT_OF_NODES.test(text.slice(after, after + 16))) continue; // "stopping 3 nodes"
    if (isDigit(m[0].charCodeAt(0)) && isOptionQuantityAt(text, m.index)) continue; // `--kill-leader-at 3`: seconds
    if (isLeaderValueAt(text, m.index)) continue; // `[node2] role=FOLLOWER leader=3 received SIGTERM`: node2's leader
    const normal = normalizeNodeToken(m[0]);
    const node = normal === undefined ? undefined : name(normal);
    if (node !== undefined && nodes.has(node)) see(node, m.index);
  }
  return [...firstAt.keys()].sort((a, b) => firstAt.get(a)! - firstAt.get(b)!);
}

// Nodes a kill line names as watched, not killed: `SIGTERM -> leader=node1 (pid 4101); watching node2, node3`,
// `followers: n2, n3`, to the end of their clause (attribute-node.ts OBSERVER_WORDS: no writer either).
const OBSERVED = /\b(?:watching|observing|monitoring|survivors?|remaining|followers)\b[^;|]*/gi;
// A signal its writer received (`received SIGTERM`, `caught signal 15`, `SIGINT received`): the writer's own death.
const RECEIVED_SIGNAL = new RegExp(String.raw`\b(?:received|receiving|caught|got|handling)\s+(?:a\s+|the\s+)?(?:signal\b|SIG${SIGNAL_NAMES}\b)|\bSIG${SIGNAL_NAMES}\s+(?:received|caught)\b`, 'i');
// A leader field the kill is sent to: `SIGTERM -> leader=node1`, `sending SIGKILL to leader=n1`, `killing leader=node1`.
const SENT_TO_LEADER = /(?:->|→|=>|\b(?:to|kill|killing|terminate|terminating|stop|stopping))\s*(?:\bleader=|"leader"\s?:\s?)["']?([^\s,;|()[\]{}<>"'=]+)/i;
// The node a signal is sent to by an arrow (`[chaos] SIGTERM -> node2 (pid 4102)`), which the paste may show no line of.
const SENT_BY_ARROW = /(?:->|→|=>)\s*["']?([^\s,;|()[\]{}<>"'=]+)/;
const familyOf = (name: string): string | undefined => FAMILY_NAME.exec(name)?.[1]!.toLowerCase();

/**
 * The nodes a kill line written by no node of its own, or by a bystander (`writer`: a chaos script, a launcher),
 * killed, first first: those it names, besides `writer` and those it names as watched (OBSERVED). When it names none
 * but a leader field it sends the signal to (`[chaos] SIGTERM -> leader=node1 (pid 4101); watching node2, node3`),
 * that leader; else the node it sends the signal to by an arrow (`SIGTERM -> node2`: the paste may hold no line of
 * node2, and a name after an arrow is no writer, attribute-node.ts). Not when the line says its writer received the
 * signal, nor when the writer is of the leader's family (`[node2] … stopping leader=node1` is node2's own line, the
 * field whom it followed).
 */
function findKillTargets(text: string, nodes: ReadonlySet<string>, name: (node: string) => string, writer?: string): string[] {
  const unobserved = text.includes('ing') || text.includes('ors') || text.includes('follow') ? text.replace(OBSERVED, '') : text;
  const named = findNamedNodes(unobserved, nodes, name, writer);
  if (named.length > 0) return named;
  const m = SENT_TO_LEADER.exec(unobserved) ?? SENT_BY_ARROW.exec(unobserved);
  if (m === null || RECEIVED_SIGNAL.test(text)) return named;
  const normal = normalizeNodeToken(m[1]!);
  const leader = normal === undefined ? undefined : name(normal);
  // As a node of the paste goes by it (`n1` for node1), else as written: the leader may log nothing pasted.
  if (leader === undefined || leader === writer) return named;
  if (writer !== undefined && familyOf(writer) !== undefined && familyOf(writer) === familyOf(leader)) return named;
  return [findNamedNodes(m[1]!, nodes, name)[0] ?? leader];
}

// Whether `node` is the name of a script the row runs (`./chaos.sh`, `python3 chaos.py`, `bin/chaos`).
function isRunScript(text: string, node: string): boolean {
  const run = new RegExp(`(?:^|[\\s;&|$/])${escapeRegExp(node)}${SCRIPT_EXTENSION_SOURCE}(?![\\w.])`);
  return run.test(text);
}

/**
 * Gives each kill event whose writer did not die its target. A kill line with no node of its own naming one node of
 * the paste (`kill -9 10108  # infra1`) gets it as `target`. A kill line whose writer is a bystander — written in a
 * column or field (not guessed from the message), by a writer that logs no member event of its own (no election,
 * vote, leadership, timeout or lost connection) and that no other line names as leader or target — and that names
 * another node of the paste is the kill of the first node it names: its `node` is cleared and
 * its `target` set, as for a harness line with no writer. Returns the bystanders, which are no nodes of the cluster.
 */
export function attributeKillTargets(
  events: readonly MutableLogEvent[],
  nodes: ReadonlySet<string>,
  textOf: (line: number) => string,
  name: (node: string) => string,
): Set<string> {
  const bystanders = new Set<string>();
  let members: Set<string> | undefined;
  let known: ReadonlySet<string> | undefined;
  for (const event of events) {
    if (event.kind === 'other' && event.notKill === 'peer') {
      if (!isBystanderKill(event, () => (members ??= findMembers(events)))) continue;
      const m = LEADER_KILLED.exec(textOf(event.line));
      const leader = m === null ? undefined : normalizeNodeToken(m[1]!);
      if (leader === undefined) continue;
      event.kind = 'kill';
      event.notKill = undefined;
      // As a node of the paste goes by it (`n1` for node1), else as written.
      event.target = findNamedNodes(m![1]!, nodes, name)[0] ?? name(leader);
      if (event.node !== undefined) bystanders.add(event.node);
      event.node = undefined;
      event.nodeFrom = undefined;
      continue;
    }
    if (event.kind !== 'kill' || event.target !== undefined) continue;
    const writer = event.node;
    if (writer === undefined) {
      const text = textOf(event.line);
      // A script the row runs (`$ ./chaos.sh kill-leader`, adv70a-52) is what does the killing, not what it kills.
      const named = findKillTargets(text, nodes, name).filter((node) => !isRunScript(text, node));
      if (named.length === 1) event.target = named[0];
      continue;
    }
    if (!COLUMN_SOURCES.has(event.nodeFrom)) continue;
    members ??= findMembers(events);
    if (members.has(writer)) continue;
    const text = textOf(event.line);
    // The nodes the paste writes or names as leader (adv55f-24: `watchdog: killing node1 (pid 6704)` over node2's and
    // node3's logs alone, both following node1): a kill may name a leader whose log the paste left out.
    known ??= withNamedLeaders(nodes, events);
    // "killing n3 (pid 5555), leader is n1": the first node named is the one killed.
    const target = findKillTargets(text, known, name, writer).find((node) => !bystanders.has(node));
    if (target === undefined) continue;
    event.target = target;
    event.node = undefined;
    event.nodeFrom = undefined;
    bystanders.add(writer);
  }
  return bystanders;
}

// `nodes` and the leaders the events name (a follower's `following leader node1`), when some are not among them.
function withNamedLeaders(nodes: ReadonlySet<string>, events: readonly MutableLogEvent[]): ReadonlySet<string> {
  let known: Set<string> | undefined;
  for (const event of events) if (event.leader !== undefined && !nodes.has(event.leader) && event.leader !== event.node) (known ??= new Set(nodes)).add(event.leader);
  return known ?? nodes;
}

// A line about the leader's death (`notKill: peer`) that is no member's: it has no writer of its own (a test's
// `cluster_test.go:63: leader n1 killed`), or a bystander's column names it (`harness | leader node1 stopped`). A
// member saying so describes a peer.
function isBystanderKill(event: MutableLogEvent, members: () => ReadonlySet<string>): boolean {
  if (event.node === undefined) return true;
  return COLUMN_SOURCES.has(event.nodeFrom) && !members().has(event.node);
}

// Writers that show they are members of the cluster: they log a member event or their own role, or another writer
// names them as leader or kill target.
function findMembers(events: readonly MutableLogEvent[]): Set<string> {
  const members = new Set<string>();
  for (const event of events) {
    // Only a Raft member prints its own role (`role=follower`, `node2 FOLLOWER term=3`).
    if (event.node !== undefined && (MEMBER_KINDS.has(event.kind) || event.role !== undefined)) members.add(event.node);
    if (event.leader !== undefined && event.leader !== event.node) members.add(event.leader);
    if (event.target !== undefined && event.target !== event.node) members.add(event.target);
  }
  return members;
}
