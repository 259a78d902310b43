// A verdict's nodeNames: every node id it names → how the paste writes that node (spellNode). Per verdict, so cheap:
// a node the verdict cites a line of (a follower's detection, the killed node's kill) that writes the id costs one
// search of that line.
import type { Finding } from '../findings/finding.js';
import { spellNode } from '../log-events/spell-node.js';
import type { LogEvents } from '../log-events/read-log-events.js';
import { linesOfNumber, type PasteLines } from '../log-events/paste-lines.js';
import type { Measurements } from './verdict.js';

// A name carrying a tracing span's field list: `node{id=2}`, `raft{node=n2 term=3}`.
const SPAN_FIELDS = /\{[^{}]*=[^{}]*\}/;

// Sets a key that may be any text (`__proto__` too) as an own property.
function setOwn(record: Record<string, string>, key: string, value: string): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

// The ids the verdict names: its measurements' (followers, killed node, leader, every node seen), KILL_CHOSEN's
// other kills, SECTION_REPEATED's copied section, FOLLOWER_MISSING's non-voters, KILL_LINE_MISSING's teardown leader and notLeader and FOLLOWER_NO_DETECTION's otherLeader and peerOnly peer; each spelled once, from a line the verdict cites as its own where there is one.
export function nameVerdictNodes(m: Measurements, findings: readonly Finding[], read: LogEvents, lines: PasteLines): Record<string, string> {
  const names: Record<string, string> = {};
  let renamed = false;
  const name = (id: string | null | undefined, lineNumber?: number | null): void => {
    if (id == null || Object.hasOwn(names, id)) return;
    const own = lineNumber == null ? -1 : lines.numbers === undefined ? lineNumber - 1 : (linesOfNumber(lines, lineNumber)[0] ?? -1);
    // A tracing span's fields (`node{id=2}`) are no name a student calls the node by: the id reads better (adv41b F13).
    const spelled = spellNode(id, own, read, lines);
    const spelling = SPAN_FIELDS.test(spelled) ? id : spelled;
    setOwn(names, id, spelling);
    if (spelling !== id) renamed = true;
  };
  // In nodesSeen's order; the followers' and the killed node's lines are their own.
  const citedLine = (id: string): number | null | undefined => {
    for (const f of m.followers) if (f.node === id) return f.line ?? f.heartbeatLine ?? f.connectionLine;
    return id === m.killedNode ? m.killLine : undefined;
  };
  for (const id of m.nodesSeen) name(id, citedLine(id));
  for (const f of m.followers) name(f.node, citedLine(f.node));
  name(m.killedNode, m.killLine);
  name(m.leader, citedLine(m.leader ?? ''));
  for (const finding of findings) {
    // A section's name whose lines were a copy of another node's names no node seen (repeated-sections.ts).
    if (finding.code === 'SECTION_REPEATED') name(finding.args.node as string);
    // A summary's row of a node no own line shows (adv60e-03's `| 00:52:17.165 | node3 | … |`): named as the row writes it.
    if (finding.code === 'SUMMARY_LINES_NOT_MEASURED') for (const l of finding.args.lines as readonly { line: number; node: string }[]) name(l.node, l.line);
    // A node left out as a non-voter (FOLLOWER_MISSING's nonVoters) is in no measurement: named from its own line.
    if (finding.code === 'FOLLOWER_MISSING' && finding.args.nonVoters !== undefined) for (const v of finding.args.nonVoters as readonly { node: string; line: number }[]) name(v.node, v.line);
    // So is a writer the start lines leave out (FOLLOWER_MISSING's unlisted), and the node it copies.
    if (finding.code === 'FOLLOWER_MISSING' && finding.args.unlisted !== undefined) {
      for (const u of finding.args.unlisted as readonly { node: string; line: number; copyOf?: string }[]) {
        name(u.node, u.line);
        if (u.copyOf !== undefined) name(u.copyOf);
      }
    }
    // A leader whose kill a teardown paste lacks (teardown-kills.ts) may write no line of its own.
    if (finding.code === 'KILL_LINE_MISSING' && finding.args.teardown !== undefined) name((finding.args.teardown as { leader: string }).leader);
    // An untimed kill's node and the one leader the paste shows instead (notLeader).
    if (finding.code === 'KILL_LINE_MISSING' && finding.args.notLeader !== undefined) {
      const notLeader = finding.args.notLeader as { node: string; leader: string; leaderLine: number };
      name(notLeader.node);
      name(notLeader.leader, notLeader.leaderLine);
    }
    // Another leader a follower followed or lost (otherLeader): named as its follow line, else its loss line, writes it.
    if (finding.code === 'FOLLOWER_NO_DETECTION' && finding.args.otherLeader !== undefined) {
      const other = finding.args.otherLeader as { leader: string; line: number; followLine?: number };
      name(other.leader, other.followLine ?? other.line);
    }
    // The new leader a silent follower went on to follow (followedNew), named as its follow line writes it.
    if (finding.code === 'FOLLOWER_NO_DETECTION' && finding.args.followedNew !== undefined) {
      const followed = finding.args.followedNew as { leader: string; line: number; gone: string };
      name(followed.leader, followed.line);
      name(followed.gone);
    }
    // The node a follower's lost link names only as a peer (peerOnly), which no measurement may name (a lost peer).
    if (finding.args.peerOnly !== undefined) {
      const peer = finding.args.peerOnly as { leader: string; line: number };
      name(peer.leader, peer.line);
    }
    if (finding.code !== 'KILL_CHOSEN') continue;
    for (const kill of finding.args.kills as readonly { line: number; node: string | null; leaderThen: string | null }[]) {
      name(kill.node, kill.line);
      name(kill.leaderThen);
    }
  }
  if (renamed) keepDistinct(names);
  return names;
}

// A spelling two ids got, or another id's own, tells neither apart: each such id keeps its id.
function keepDistinct(names: Record<string, string>): void {
  const uses = new Map<string, number>();
  for (const id of Object.keys(names)) uses.set(names[id]!, (uses.get(names[id]!) ?? 0) + 1);
  for (const id of Object.keys(names)) {
    const spelling = names[id]!;
    if (spelling !== id && (uses.get(spelling)! > 1 || Object.hasOwn(names, spelling))) setOwn(names, id, id);
  }
}
