// How the paste itself writes each node. The model names a node by one id — `node2` for `n2`, `node-2`, `[Node 2]`,
// `kv_node[2]`, `id=2`; `:7001` for `port=7001` — so that every spelling of it is one node; a student who wrote `[n2]`
// and reads "node2 noticed …" wonders which node that is. Reports show the spelling chosen here; the id stays the
// model's. Only ids the model made up (`nodeN`, `:PORT`) can differ from the paste: any other id is a name as written.
import { FAMILY_NAME } from './attribute-node.js';
import { isAllAsciiDigits, isAsciiWordChar as isWordCode } from './char-codes.js';
import type { LogEvent } from './log-event.js';
import { lineText, type PasteLines } from './paste-lines.js';

const LINE_CAP_CHARS = 4096;
// Lines read per node for its spellings: its own first lines say how it is written; a whole log says no more.
const LINES_READ = 64;
// Text searched for a node neither its own nor its naming lines give a name: the paste's head, where section headers,
// file names and launch commands are (bounded: a 5 MB paste of `"node":2` lines is searched this far, not through).
const HEAD_CHARS = 1 << 16;

// How people write a node's number, in tiers: 0, a name; 1, a writer key or span (for a port, the other way round).
// `tierOf` says which tier a match of `pattern` spells `number` in, or -1 for another number. `\w` before the start
// is a longer word (`kv_node2` is read from its `kv`).
interface Spellings {
  readonly pattern: RegExp;
  readonly tierOf: (m: RegExpExecArray, number: number) => number;
}

// A numbered node: `node2`, `Node 2`, `node-2`, `kvnode-2`, `kv-node-2`, `Server 2`, `n2`, `kv_node[2]`, `kv[2]`, a template unit's
// `raft@2` (of `raft@2.service`); else `node=2`, `raft_id: 2`, `myid=2`, `node{id=2}`, a launch's `--id 2`, a tag `[2]`
// (a JSON record's `"node":2` reads as the id: isJsonKey).
const NUMBERED: Spellings = {
  pattern:
    /(?<!\w)(?:(?:(?:kv[-_]?)?node|kv)\[(\d{1,5})\]|(?:(?:kv[-_]?)?node[-_ ]?|server[-_ ]?|n)(\d{1,5})|[A-Za-z][\w-]*@(\d{1,5})(?=\.service\b)|\w+\{(?:\w+[-_])?id=(\d{1,5})\}|--(?:node-?)?id[= ](\d{1,5})|["']?(?:node[-_]?id|nodeid|raft[-_]id|server[-_]?id|myid|member[-_]?id|node|id)["']?\s?[=:]\s?["']?(\d{1,5})["']?|\[(\d{1,5})\])(?!\w)/gi,
  tierOf: (m, number) => (Number(m[1] ?? m[2] ?? m[3]) === number ? (isUnitName(m) ? 1 : 0) : Number(m[4] ?? m[5] ?? m[6] ?? m[7]) === number ? 1 : -1),
};

// A JSON record's quoted key and its value (`"node":2` of winston's, pino's, zerolog's records; `"id": 2`): data, no
// name a sentence could use ("└─ "node":2 +8 ms"). A node its own lines key so keeps the model's id (node2: what the
// key's value says), as a node the paste names only by a bare number does.
const isJsonKey = (spelling: string): boolean => spelling.charCodeAt(0) === 34 || spelling.charCodeAt(0) === 39;

// A name that is a systemd unit's (`kv-node1.service`, `kv-node1.scope`): how the unit file names the process, which
// systemd's lines about it write (`kv-node1.service: Main process exited`), not how the node's own lines name it. A
// template unit's instance (`raft@2.service`) is its number as the unit gives it, a name.
const UNIT_SUFFIX = /^\.(?:service|scope)\b/;
const isUnitName = (m: RegExpExecArray): boolean => m[3] === undefined && UNIT_SUFFIX.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 9));

// A node named by its port: its key (`port=7001`), which says it is a port; else the bare number (`[7001]`, `leader
// 7001`).
const PORTED: Spellings = {
  pattern: /(?<![\w:.])(?:["']?port["']?\s?[=:]\s?["']?(\d{2,5})["']?|(\d{2,5}))(?![\w:.])/gi,
  tierOf: (m, number) => (Number(m[1]) === number ? 0 : Number(m[2]) === number ? 1 : -1),
};

// Whether text[start, end) holds `word` with no word character glued to either side (`node2` in `data/node2/`, not in
// `kv_node2`).
function holdsWord(text: string, word: string, start = 0, end = text.length): boolean {
  for (let at = text.indexOf(word, start); at >= 0 && at + word.length <= end; at = text.indexOf(word, at + 1)) {
    if ((at === start || !isWordCode(text.charCodeAt(at - 1))) && (at + word.length === end || !isWordCode(text.charCodeAt(at + word.length)))) return true;
  }
  return false;
}

// Per tier, each spelling of `number` in `texts` and how often it occurs; `aliases` (other names of the node: `zk2`)
// count as names.
function tallySpellings(texts: Iterable<string>, spellings: Spellings, number: number, aliases: readonly string[]): Map<string, number>[] {
  const tiers = [new Map<string, number>(), new Map<string, number>()];
  const add = (tier: number, spelling: string): void => void tiers[tier]!.set(spelling, (tiers[tier]!.get(spelling) ?? 0) + 1);
  const { pattern, tierOf } = spellings;
  for (const text of texts) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const tier = tierOf(m, number);
      if (tier >= 0) add(tier, m[0]);
    }
    for (const alias of aliases) if (holdsWord(text, alias)) add(0, alias);
  }
  return tiers;
}

// The most used spelling in `tally` (the first seen of equals), else undefined.
function mostUsed(tally: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [spelling, count] of tally) {
    if (count > bestCount) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}

// The texts of up to LINES_READ event lines `pick` selects.
function eventLines(events: readonly LogEvent[], lines: PasteLines, pick: (event: LogEvent) => boolean): string[] {
  const texts: string[] = [];
  for (const event of events) {
    if (!pick(event)) continue;
    texts.push(lineText(lines, event.line, LINE_CAP_CHARS));
    if (texts.length === LINES_READ) break;
  }
  return texts;
}

/**
 * The spelling of a made-up id (`node2`, `:7001`) the paste uses most: a name (`n2`, `Node 2`, an alias such as `zk2`)
 * on the node's own lines, else on the lines naming it (as leader, as a kill's target), else in the paste's first
 * HEAD_CHARS (a section header, a file name: the id itself when written there); else a key (`node=2`, `myid=2`; the
 * id for a JSON record's `"node":2`) on its own lines, its naming lines, the head; else another alias written there
 * (`127.0.0.1:7003` of `--peers …`); else the id.
 */
function spellMadeUpId(
  id: string,
  number: number,
  spellings: Spellings,
  events: readonly LogEvent[],
  lines: PasteLines,
  aliases: readonly string[],
  otherAliases: readonly string[],
): string {
  const own = tallySpellings(eventLines(events, lines, (e) => e.node === id), spellings, number, aliases);
  const ownName = mostUsed(own[0]!);
  if (ownName !== undefined) return ownName;
  const named = tallySpellings(eventLines(events, lines, (e) => e.leader === id || e.target === id), spellings, number, aliases);
  const namedName = mostUsed(named[0]!);
  if (namedName !== undefined) return namedName;
  const text = lines.text.length > HEAD_CHARS ? lines.text.slice(0, HEAD_CHARS) : lines.text;
  if (holdsWord(text, id)) return id;
  const head = tallySpellings([text], spellings, number, aliases);
  const name = mostUsed(head[0]!);
  if (name !== undefined) return name;
  const key = mostUsed(own[1]!) ?? mostUsed(named[1]!) ?? mostUsed(head[1]!);
  if (key !== undefined) return isJsonKey(key) ? id : key;
  return otherAliases.find((alias) => holdsWord(text, alias)) ?? id;
}

// Other names of node `id`: of one family with its number (`zk2` of node2), which a student may call it; and the
// rest (an address, a process column `kv_node[11525]`), not bare numbers.
function splitAliases(aliases: ReadonlyMap<string, string>, id: string, number: number): [family: string[], other: string[]] {
  const family: string[] = [];
  const other: string[] = [];
  for (const [alias, node] of aliases) {
    if (node !== id || isAllAsciiDigits(alias)) continue;
    const m = FAMILY_NAME.exec(alias);
    (m && Number(m[2]) === number ? family : other).push(alias);
  }
  return [family, other];
}

// `nodeN` (nodeLabel's form) or `:PORT` (a port as a name): the number; else -1. No regex: every verdict asks.
function madeUpNumber(id: string): number {
  const c = id.charCodeAt(0);
  let from: number;
  if (c === 110 && id.length > 4 && id.length <= 9 && id.startsWith('node')) from = 4;
  else if (c === 58 && id.length >= 3 && id.length <= 6) from = 1;
  else return -1;
  let number = 0;
  for (let k = from; k < id.length; k++) {
    const d = id.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    number = number * 10 + d;
  }
  return number;
}

/**
 * How the paste writes node `id`: the id itself when it is no made-up id, or when `ownLine` (0-based: a line of the
 * node's that the verdict cites, its detection or its kill; -1 for none) writes it so — the common case, one search of
 * one line —, else the spelling the paste uses most (spellMadeUpId).
 */
export function spellNode(id: string, ownLine: number, read: { readonly events: readonly LogEvent[]; readonly aliases: ReadonlyMap<string, string> }, lines: PasteLines): string {
  const number = madeUpNumber(id);
  if (number < 0 || (ownLine >= 0 && ownLine < lines.count && holdsWord(lines.text, id, lines.starts[ownLine]!, lines.ends[ownLine]!))) return id;
  return spellMadeUpId(id, number, id.charCodeAt(0) === 58 ? PORTED : NUMBERED, read.events, lines, ...splitAliases(read.aliases, id, number));
}
