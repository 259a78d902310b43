// The one boundary where a node id (the engine's: `node2` for every spelling of node 2) becomes the name a student
// reads (how the paste writes it: `n2`): a verdict's `nodeNames`, applied by the findings formatter and the renderers.

import { UPTIME_CLOCK_PREFIX } from '../log-events/paste-clock.js';

/** Node id → how the paste writes that node (Verdict.nodeNames). */
export type NodeNames = Readonly<Record<string, string>>;

// Finding args whose values (a string, a list of strings) are node ids, at any depth: `node`, KILLED_NODE_NOT_LEADER's
// `leader`/`killed`, KILL_CHOSEN's `kills[].leaderThen`, FOLLOWER_MISSING's `seenNodes`, SECTION_REPEATED's `sameAs`, the harness's `nodes`/`gone`.
const NODE_ARG_KEYS: ReadonlySet<string> = new Set(['node', 'leader', 'killed', 'leaderThen', 'seenNodes', 'nodes', 'gone', 'sameAs']);

// A node as the student knows it: its name in `names`, else the id (a verdict from before nodeNames, or no paste).
export function nameNode(id: string, names: NodeNames | undefined): string {
  return names !== undefined && Object.hasOwn(names, id) ? names[id]! : id;
}

// Each node id in a node arg (NODE_ARG_KEYS, and a clock named after a node) replaced by its name; other values as
// they are. The same object when no name differs from its id.
export function nameNodeArgs(args: Readonly<Record<string, unknown>>, names: NodeNames | undefined): Readonly<Record<string, unknown>> {
  if (names === undefined || !renamesAny(names)) return args;
  return renameIn(args, names, undefined) as Readonly<Record<string, unknown>>;
}

// Most pastes write their nodes as the engine's ids: then the args need no copy.
function renamesAny(names: NodeNames): boolean {
  for (const id in names) if (Object.hasOwn(names, id) && names[id] !== id) return true;
  return false;
}

// Clocks named after a node (`uptime@node2`: seconds since that node's process started), in `clock`/`ignoredClock`.
const CLOCK_ARG_KEYS: ReadonlySet<string> = new Set(['clock', 'ignoredClock']);

function renameIn(value: unknown, names: NodeNames, key: string | undefined): unknown {
  if (typeof value === 'string') {
    if (key === undefined) return value;
    if (NODE_ARG_KEYS.has(key)) return nameNode(value, names);
    if (CLOCK_ARG_KEYS.has(key) && value.startsWith(UPTIME_CLOCK_PREFIX)) return UPTIME_CLOCK_PREFIX + nameNode(value.slice(UPTIME_CLOCK_PREFIX.length), names);
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => renameIn(item, names, key));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([inner, item]) => [inner, renameIn(item, names, inner)]));
}
