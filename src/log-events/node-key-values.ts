import { classifyWriterKey, readNodeName } from './attribute-node.js';

// A writer key's value in a form no rule reads as a node by itself: a UUID (`7c1e2f4a-9b3d-4e61-8f20-3a5d6c7b8e91`), a
// hex id, a word (`bravo`), a host. As written, up to 64 characters.
const KEYED_VALUE = /^[A-Za-z0-9][\w.@:-]{0,63}$/;
// Values a logger writes under a node key when it has no node to name.
const NO_NODE_VALUE = /^(?:null|nil|none|unknown|undefined|n\/a|na|true|false|self|local|all|any|-)$/i;

/**
 * The value of a node key (`node=`, `node_id=`, `"nodeId":`, `server_id=`, `raft_id=`; not a bare `id`, as often a
 * request's or an entry's) as the paste writes it, when it is a name in no form read by itself (not `2`, `node2`): the writer's
 * when the paste repeats such values (scan-lines.ts nameKeyedValues). Undefined for other keys and values.
 */
export function readKeyedValue(key: string, value: string): string | undefined {
  if (key.toLowerCase() === 'id' || classifyWriterKey(key) !== 'node') return undefined;
  if (!KEYED_VALUE.test(value) || NO_NODE_VALUE.test(value) || /^\d+$/.test(value)) return undefined;
  const named = readNodeName(value, 0, value.length, true);
  return named !== undefined && named.end === value.length ? undefined : value;
}

const JSON_STRING_FIELD = /"([\w.-]{1,40})"\s*:\s*"([^"\\]{1,64})"/g;

/** A JSON record's first node key with a string value readKeyedValue takes (`"node": "7c1e2f4a-…"`), as written. */
export function findJsonKeyedValue(record: string): string | undefined {
  JSON_STRING_FIELD.lastIndex = 0;
  for (let m = JSON_STRING_FIELD.exec(record); m; m = JSON_STRING_FIELD.exec(record)) {
    if (classifyWriterKey(m[1]!) !== 'node') continue;
    return readKeyedValue(m[1]!, m[2]!);
  }
  return undefined;
}

// A pair `key=value`, `key="value"`, or Python's repr `key='value'` (structlog's KeyValueRenderer).
const LOGFMT_PAIR = /(?:^|\s)([\w.-]{1,40})=(?:"([^"\\]{1,64})"|'([^'\\]{1,64})'|([^\s"']{1,64}))/g;

/** The first node key among logfmt pairs (after a line's `msg="…"`: ` node=7c1e2f4a-… peer=…`), its value as readKeyedValue takes it. */
export function findLogfmtKeyedValue(pairs: string): string | undefined {
  LOGFMT_PAIR.lastIndex = 0;
  for (let m = LOGFMT_PAIR.exec(pairs); m; m = LOGFMT_PAIR.exec(pairs)) {
    if (classifyWriterKey(m[1]!) !== 'node') continue;
    return readKeyedValue(m[1]!, m[2] ?? m[3] ?? m[4]!);
  }
  return undefined;
}

/** A name and a number (`kv-2`, `raft2`, `srv_3`, `节点2`, `Knoten 2`): a node's, not a thread's (`raft-io-2`) or an id (`7c1e2f4a-…`). */
export const ORDINAL_NAME = /^\p{L}{1,24}[-_ ]?\d{1,4}$/u;

/**
 * The writer's name among logfmt pairs after a line's message (slog's `msg="heartbeat timeout" node=kv-1`, zerolog's
 * console `> became leader node=kv-0 term=3`): the first node key's value when it is a name and a number no other rule
 * reads (`kv-1`, not `2` or `node2`, findOwnNodeForm's), as the same key before the message or a JSON record's
 * `"node":"kv-1"` names it. A bare `id` there is as often a request's or an entry's: none.
 */
export function findLogfmtWriterName(pairs: string): string | undefined {
  LOGFMT_PAIR.lastIndex = 0;
  for (let m = LOGFMT_PAIR.exec(pairs); m; m = LOGFMT_PAIR.exec(pairs)) {
    if (classifyWriterKey(m[1]!) !== 'node') continue;
    const value = m[2] ?? m[3] ?? m[4]!;
    if (m[1]!.toLowerCase() === 'id' || !ORDINAL_NAME.test(value)) return undefined;
    const named = readNodeName(value, 0, value.length, true);
    return named !== undefined && named.end === value.length ? undefined : value;
  }
  return undefined;
}
