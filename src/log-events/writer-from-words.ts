// A line's writer as the checker read it from the line's own words ("stepping down: node3 has term 7", "became leader
// for term 6 (votes from node2, node3)") is a reading, not a fact the paste states: a prefix, column, file, section or
// field names the writer; a name in the message may be the node the line is about. Reports say so instead of calling
// such lines the node's.
import { findKeyedOwnNode, readNodeName } from './attribute-node.js';
import { isAsciiWordChar as isWordChar } from './char-codes.js';
import type { LogEvent } from './log-event.js';

// The `debug` module's namespace opening a line, its last segment the node (`  raft:node2 heartbeat timeout +156ms`).
const NAMESPACE_HEAD = /^\s*[A-Za-z][\w.-]*:$/;

// Whether `text` writes `node` the way a program marks its own lines: a prefix `node3:`, a tag `raft[node3]`, or the
// last segment of a `debug` namespace at the line's start (`raft:node3 `).
function hasWriterMark(text: string, node: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if ((c !== 0x6e && c !== 0x6b) || (i > 0 && isWordChar(text.charCodeAt(i - 1)))) continue;
    const named = readNodeName(text, i, text.length, true);
    if (named === undefined) continue;
    const after = text.charCodeAt(named.end);
    if (named.label === node && (after === 58 || after === 93)) return true;
    if (named.label === node && (after === 32 || after === 9) && NAMESPACE_HEAD.test(text.slice(0, i))) return true;
    i = named.end - 1;
  }
  return false;
}

/**
 * Whether `event`'s node came only from a name in the words of its line (`text`): not from a writer key (`node=2`), a
 * prefix (`node2:`) or a tag (`[node2]`) in them.
 */
export function isWriterFromWords(event: Pick<LogEvent, 'node' | 'nodeFrom'>, text: string): boolean {
  if (event.node === undefined || event.nodeFrom !== 'message') return false;
  return findKeyedOwnNode(text) !== event.node && !hasWriterMark(text, event.node);
}
