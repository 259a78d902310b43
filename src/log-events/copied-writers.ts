// One node's lines shown twice under two writer names, in any shape: pm2's `~/.pm2/logs/raft-b-out.log` tailed and then
// `pm2 logs raft-b` (`1|raft-b   | …`), `docker compose logs` (`kv2-1  | …`) and then `docker logs raft-kv2-1`, a syslog
// host's lines and then the node's own file tagged by its address (adv62e-42/-43/-48). Each copy would count as a
// follower of its own. Two nodes do not write the same words at the same ms line after line (their election timers
// are random), so a writer whose timed events all repeat another writer's, to the ms and word for word at their ends,
// is that writer shown again when its name holds the other's: its events are dropped (repeated-sections.ts does so
// for sections under headers).
import type { MutableLogEvent } from './log-event.js';
import { lineText, type PasteLines } from './paste-lines.js';

// Two followers may log alike at one ms twice: their EOF and, with a fixed heartbeat timeout counted from the same
// last heartbeat, their timeout (adv62d-39). Even three lines (a vote, a follow, an EOF: adv51b-33's two files), so the
// names must say it too (isRelatedName).
const MIN_COPIED_EVENTS = 3;
// The characters at a line's end compared: the message, past any writer column, tag or stamp in front of it.
const TAIL_CHARS = 40;
const LINE_CAP = 4096;

/** A writer whose every timed event repeats another's (`copyOf`): its events were dropped. Lines 0-based. */
export interface CopiedWriter {
  readonly node: string;
  readonly copyOf: string;
  /** The first and last line of the copy's events, and of the events of `copyOf` at their ms. */
  readonly first: number;
  readonly last: number;
  readonly copyOfFirst: number;
  readonly copyOfLast: number;
}

/** Drops from `events` (in place) those of writers that only repeat another writer's; undefined when there are none. */
export function dropCopiedWriters(lines: PasteLines, events: MutableLogEvent[]): CopiedWriter[] | undefined {
  // First, whether a writer has MIN_COPIED_EVENTS timed events and two writers wrote at one ms at all (most pastes: no).
  if (!mayHoldCopies(events)) return undefined;
  // Per ms, the timed events written then: a copy needs another writer's event at each of its ms.
  const byMs = new Map<number, MutableLogEvent[]>();
  const timedOf = new Map<string, number>();
  for (const event of events) {
    if (event.node === undefined || event.time === undefined) continue;
    timedOf.set(event.node, (timedOf.get(event.node) ?? 0) + 1);
    const at = byMs.get(event.time.ms);
    if (at === undefined) byMs.set(event.time.ms, [event]);
    else at.push(event);
  }
  // Writers whose events hold what two nodes never both write (findImpossibleTwinWriters): only theirs are compared with each
  // writer's name masked too, so a paste of many same-ms lines pays the second tail only for them.
  const impossible = findImpossibleTwinWriters(events);
  // Per (writer, other writer): how many of the writer's events the other repeats.
  const repeats = new Map<string, Map<string, number>>();
  for (const at of byMs.values()) {
    if (at.length < 2) continue;
    const tails = at.map((e) => tailOf(lines, e.line));
    const masked = impossible === undefined ? undefined : at.map((e) => (impossible.has(e.node!) ? tailOf(lines, e.line, e.node!) : undefined));
    const isMaskedSame = (a: number, b: number): boolean => {
      const x = masked?.[a];
      return x !== undefined && x !== tails[a] && isSameEnd(x, masked![b] ?? tailOf(lines, at[b]!.line, at[b]!.node!));
    };
    for (let a = 0; a < at.length; a++) {
      const counted = new Set<string>();
      for (let b = 0; b < at.length; b++) {
        const node = at[a]!.node!;
        const other = at[b]!.node!;
        if (node === other || counted.has(other) || !(isSameEnd(tails[a]!, tails[b]!) || isMaskedSame(a, b))) continue;
        counted.add(other);
        let row = repeats.get(node);
        if (row === undefined) repeats.set(node, (row = new Map()));
        row.set(other, (row.get(other) ?? 0) + 1);
      }
    }
  }
  let copied: CopiedWriter[] | undefined;
  const dropped = new Set<string>();
  for (const [node, row] of repeats) {
    const timed = timedOf.get(node)!;
    if (timed < MIN_COPIED_EVENTS) continue;
    for (const [other, count] of row) {
      if (count < timed || dropped.has(other) || !(isRelatedName(node, other) || impossible?.has(node) === true)) continue;
      // Two writers repeating each other whole: the later one in the paste is the copy.
      if (repeats.get(other)?.get(node) === timedOf.get(other) && firstLine(events, node) < firstLine(events, other)) continue;
      (copied ??= []).push({ node, copyOf: other, ...spanOf(events, node), ...spanOfAt(events, other, node) });
      dropped.add(node);
      break;
    }
  }
  if (copied === undefined) return undefined;
  for (let k = events.length - 1; k >= 0; k--) if (events[k]!.node !== undefined && dropped.has(events[k]!.node!)) events.splice(k, 1);
  return copied;
}

// Whether some ms has events of two writers: by pairs while the timed events are few (a verdict's usual handful, no
// map to build), by the first writer seen at each ms beyond that.
function mayHoldCopies(events: readonly MutableLogEvent[]): boolean {
  let timed = 0;
  for (const event of events) if (event.node !== undefined && event.time !== undefined) timed++;
  if (timed < MIN_COPIED_EVENTS * 2) return false;
  if (timed <= FEW_EVENTS) {
    for (let a = 0; a < events.length; a++) {
      const x = events[a]!;
      if (x.node === undefined || x.time === undefined) continue;
      for (let b = a + 1; b < events.length; b++) {
        const y = events[b]!;
        if (y.node !== undefined && y.time !== undefined && y.time.ms === x.time.ms && y.node !== x.node) return true;
      }
    }
    return false;
  }
  const firstAt = new Map<number, string>();
  for (const event of events) {
    if (event.node === undefined || event.time === undefined) continue;
    const first = firstAt.get(event.time.ms);
    if (first === undefined) firstAt.set(event.time.ms, event.node);
    else if (first !== event.node) return true;
  }
  return false;
}

const FEW_EVENTS = 48;

// Whether one name holds the other, in letters and digits: pm2's file stem `raft-b-out` and its app `raft-b`, the
// container `raft-kv2-1` and compose's `kv2-1`. Two nodes' names (`node1`, `node2`) never do.
function isRelatedName(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/[^a-z0-9]/g, '');
  const y = b.toLowerCase().replace(/[^a-z0-9]/g, '');
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

// Whether two tails end alike over the shorter's length (a short line's tail holds its stamp: `04:55:23.778 became
// leader (term 2)` against pm2's `… | 04:55:23.778 became leader (term 2)`), at least MIN_SAME_CHARS of it.
function isSameEnd(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return n >= MIN_SAME_CHARS && a.endsWith(b.slice(b.length - n)) && b.endsWith(a.slice(a.length - n));
}

const MIN_SAME_CHARS = 16;

// The line's last TAIL_CHARS characters, its trailing blanks and carriage return aside; with `masked`, that writer's
// name masked in the line first (`[node2] became leader (term 2)` and `[node1] became leader (term 2)` end alike: one
// line relabeled).
function tailOf(lines: PasteLines, line: number, masked?: string): string {
  let text = lineText(lines, line, LINE_CAP).trimEnd();
  if (masked !== undefined && text.includes(masked)) text = text.replaceAll(masked, '\u0000');
  return text.length > TAIL_CHARS ? text.slice(text.length - TAIL_CHARS) : text;
}

// The writers whose timed events hold what two nodes never both write when all of them repeat another writer's at
// their ms: a start line (the same pid and port: its words to the end), a claim to lead (two leaders of one term), or
// a line following itself as leader (no node follows itself: node2's `following leader node3` shown again under
// `data/node3/node.log:`, adv67b-21's symlinked log). Names that share nothing (`node1`, `node2`) are then one node's
// lines relabeled (adv65b-12: node1's grep as node2).
function findImpossibleTwinWriters(events: readonly MutableLogEvent[]): Set<string> | undefined {
  let writers: Set<string> | undefined;
  for (const event of events) {
    if (event.node === undefined || event.time === undefined) continue;
    if (event.kind === 'startup' || event.kind === 'became-leader' || (event.kind === 'follows-leader' && event.leader === event.node)) (writers ??= new Set()).add(event.node);
  }
  return writers;
}

const firstLine = (events: readonly MutableLogEvent[], node: string): number => events.find((e) => e.node === node)!.line;

// The first and last line of `node`'s events.
function spanOf(events: readonly MutableLogEvent[], node: string): { first: number; last: number } {
  const own = events.filter((e) => e.node === node);
  return { first: own[0]!.line, last: own[own.length - 1]!.line };
}

// The first and last line of `original`'s timed events at the ms of `copy`'s.
function spanOfAt(events: readonly MutableLogEvent[], original: string, copy: string): { copyOfFirst: number; copyOfLast: number } {
  const ms = new Set(events.flatMap((e) => (e.node === copy && e.time !== undefined ? [e.time.ms] : [])));
  const at = events.filter((e) => e.node === original && e.time !== undefined && ms.has(e.time.ms));
  return { copyOfFirst: at[0]!.line, copyOfLast: at[at.length - 1]!.line };
}
