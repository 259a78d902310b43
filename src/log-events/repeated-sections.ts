// One log shown twice under two names: `for n in 2 3; do echo "=== node$n ==="; tail -n 3 data/node2/node.log; done`
// prints node2's lines under a `node3` header too. Two nodes do not write the same lines at the same instants (their
// election timers are random), so a section whose timed lines repeat another node's section's, line for line and to
// the ms, is one writer's lines counted once: the copy is nobody's, and the name over it shows no writer of its own.
import type { MutableLogEvent } from './log-event.js';
import { lineText, type PasteLines } from './paste-lines.js';
import { FROM_SECTION, LINE_BLANK, LINE_COMMAND, LINE_HEADER, readFileHeaderPath, stampOf, type LineTable } from './scan-lines.js';

/** A section repeating an earlier one of another node: its first and last line, and the earlier's (0-based). */
export interface RepeatedSection {
  readonly node: string;
  readonly first: number;
  readonly last: number;
  readonly sameAs: string;
  readonly sameAsFirst: number;
  readonly sameAsLast: number;
}

/** Fewer timed lines than this may repeat by chance: both followers log the leader's heartbeat, or its EOF, in one ms. */
const MIN_REPEATED_TIMED_LINES = 2;
const LINE_CAP = 4096;

/** Whether any line's node comes from a header above it (a native scan of the table's sources). */
export const hasSectionLines = (table: LineTable): boolean => table.nodeFrom.indexOf(FROM_SECTION) >= 0;

interface Run {
  readonly node: string;
  readonly first: number;
  readonly last: number;
  readonly text: string;
  readonly timed: number;
}

/**
 * The sections (lines named by a header above them) that repeat an earlier section of another node, with their events
 * dropped from `events` (in place) and their lines in `lines`, so no name counts them as its writer's. Undefined when none.
 */
export function dropRepeatedSections(lines: PasteLines, table: LineTable, events: MutableLogEvent[]): { sections: RepeatedSection[]; lines: Set<number> } | undefined {
  const runs: Run[] = [];
  for (let i = 0; i < lines.count; i++) {
    if (table.nodeFrom[i] !== FROM_SECTION || table.kinds[i] === LINE_BLANK) continue;
    const node = table.nodes[i]!;
    let last = i;
    const texts: string[] = [];
    let timed = 0;
    for (let k = i; k < lines.count; k++) {
      const kind = table.kinds[k]!;
      if (kind === LINE_COMMAND || kind === LINE_HEADER) break;
      if (kind === LINE_BLANK) continue;
      if (table.nodeFrom[k] !== FROM_SECTION || table.nodes[k] !== node) break;
      texts.push(lineText(lines, k, LINE_CAP).trimEnd());
      // A line with a time read from its head: where a head starts (`stampAt`) is no time (.NET's `info: KvNode.Raft[0]`
      // over its message, adv58a-19: two followers' untimed lines alike are no copy known to the ms).
      if (table.stampAt[k]! >= 0 && stampOf(lines, table, k) !== undefined) timed++;
      last = k;
    }
    runs.push({ node, first: i, last, text: texts.join('\n'), timed });
    i = last;
  }
  if (runs.length < 2) return undefined;
  let repeated: { sections: RepeatedSection[]; lines: Set<number> } | undefined;
  const firstOf = new Map<string, Run>();
  for (const run of runs) {
    if (run.timed < MIN_REPEATED_TIMED_LINES) continue;
    const earlier = firstOf.get(run.text);
    if (earlier === undefined) {
      firstOf.set(run.text, run);
      continue;
    }
    if (earlier.node === run.node || namesTwoFiles(lines, table, earlier.first, run.first)) continue;
    repeated ??= { sections: [], lines: new Set() };
    repeated.sections.push({ node: run.node, first: run.first, last: run.last, sameAs: earlier.node, sameAsFirst: earlier.first, sameAsLast: earlier.last });
    for (let k = run.first; k <= run.last; k++) repeated.lines.add(k);
  }
  if (repeated === undefined) return undefined;
  for (let k = events.length - 1; k >= 0; k--) if (repeated.lines.has(events[k]!.line)) events.splice(k, 1);
  return repeated;
}

// Whether the sections starting at lines `a` and `b` sit under file headers the tool printed (`tail`'s `==>
// data/node2/node.log <==`, bat's `│ File: …`) naming two paths: two files read, so their equal lines are two followers'
// that did log alike (both losing the leader's socket in one ms, adv51b-33), not one log shown twice.
function namesTwoFiles(lines: PasteLines, table: LineTable, a: number, b: number): boolean {
  const pathA = headerPathAbove(lines, table, a);
  const pathB = pathA === undefined ? undefined : headerPathAbove(lines, table, b);
  return pathB !== undefined && pathB !== pathA;
}

// The path of the file header above line `first` (its section's lines above it: a start line naming its node in its
// words, adv67a-44), or undefined.
function headerPathAbove(lines: PasteLines, table: LineTable, first: number): string | undefined {
  let k = first - 1;
  while (k >= 0 && table.kinds[k] !== LINE_HEADER && table.kinds[k] !== LINE_COMMAND) k--;
  return k >= 0 && table.kinds[k] === LINE_HEADER ? readFileHeaderPath(lineText(lines, k, LINE_CAP).trim()) : undefined;
}

/** The names of repeated sections that name no line outside the copies (their only lines are another node's). */
export function findCopyOnlyWriters(table: LineTable, repeated: { sections: readonly RepeatedSection[]; lines: ReadonlySet<number> }): Set<string> {
  const copies = new Set(repeated.sections.map((r) => r.node));
  for (let i = 0; i < table.nodes.length && copies.size > 0; i++) {
    const node = table.nodes[i];
    if (node === undefined || !copies.has(node) || repeated.lines.has(i)) continue;
    const kind = table.kinds[i]!;
    if (kind !== LINE_HEADER && kind !== LINE_COMMAND && kind !== LINE_BLANK) copies.delete(node);
  }
  return copies;
}
