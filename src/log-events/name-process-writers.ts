// Writers known only by a process id — `journalctl -t kv_node` heads every line `kv_node[23268]:`, whatever node the
// process runs — go by the node name the paste's other lines give them: a process id is no node id when anything better
// names the node (adv49-11, adv49's probe p10c). Four readings, each of one name for one writer:
// - its term: followers state `following leader node3 (term 1)` and the writer says it became leader in term 1
//   (Raft elects at most one leader per term: findTermLeaderAliases);
// - its stop: `systemctl stop kv-node1` names node1, which no writer goes by, and the first own shutdown line after it
//   is this writer's (one stop command, one writer's shutdown);
// - its loss: `lost connection to leader 3 (EOF)` from every other writer within LOSS_AFTER_KILL_MS after this
//   writer's own `received SIGTERM` (adv50-11: `grep -h` of three logs headed `kv_node[PID]:` only);
// - the one name left: every writer goes by a process id, the others are now node1 and node3 of a numbered family the
//   writers' count spans, so the last is node2.
// Nothing is renamed when a reading would give a writer two names or a name two writers.
import { findTermLeaderAliases } from './alias-term-leaders.js';
import { addressKey } from './address-key.js';
import type { MutableLogEvent } from './log-event.js';

const NUMBERED_NAME = /^(\D*?)(\d{1,3})$/;
// A process's name and id (`kv_node[15963]`): the name a cat of whole files gives each file's writer (attribute-file-runs.ts)
// when its lines name it by nothing else.
const PID_NAME = /^[\w.-]{1,64}\[\d{1,10}\]$/;

/**
 * Renames, in place, each writer every event of which was attributed by its process id (or a whole file's writer
 * named so) to the node name the paste's
 * lines give it (writer, leader, target, peer and subject alike); returns the renames (process name → node name), or
 * undefined when none was made.
 */
export function nameProcessWriters(events: MutableLogEvent[]): Map<string, string> | undefined {
  // Most pastes name every writer otherwise: nothing to make.
  if (!events.some((e) => e.nodeFrom === 'process-id' || e.nodeFrom === 'file-run')) return undefined;
  const writers = new Set<string>();
  const byPid = new Set<string>();
  const otherwise = new Set<string>();
  for (const event of events) {
    if (event.node === undefined) continue;
    writers.add(event.node);
    (event.nodeFrom === 'process-id' || (event.nodeFrom === 'file-run' && PID_NAME.test(event.node)) ? byPid : otherwise).add(event.node);
  }
  for (const node of otherwise) byPid.delete(node);
  if (byPid.size === 0) return undefined;
  const names = new Map<string, string>();
  const taken = new Set<string>();
  const name = (writer: string, node: string): void => {
    names.set(writer, node);
    taken.add(node);
  };
  const isNodeName = (node: string): boolean => !writers.has(node) && addressKey(node) === undefined && !node.includes('[');
  // Its term.
  const byTerm = new Map<string, string | null>();
  for (const [node, writer] of findTermLeaderAliases(events, writers) ?? []) {
    if (!byPid.has(writer) || !isNodeName(node)) continue;
    byTerm.set(writer, byTerm.has(writer) && byTerm.get(writer) !== node ? null : node);
  }
  for (const [writer, node] of byTerm) if (node !== null && !taken.has(node)) name(writer, node);
  // Its stop.
  const byStop = new Map<string, string | null>();
  const stoppedBy = new Map<string, string | null>();
  for (const stop of events) {
    if (stop.kind !== 'kill' || stop.node !== undefined || stop.target === undefined || !isNodeName(stop.target) || taken.has(stop.target)) continue;
    const own = events.find((e) => e.kind === 'kill' && e.node !== undefined && e.line > stop.line && byPid.has(e.node));
    if (own === undefined || names.has(own.node!)) continue;
    const writer = own.node!;
    byStop.set(stop.target, byStop.has(stop.target) && byStop.get(stop.target) !== writer ? null : writer);
    stoppedBy.set(writer, stoppedBy.has(writer) && stoppedBy.get(writer) !== stop.target ? null : stop.target);
  }
  for (const [node, writer] of byStop) if (writer !== null && stoppedBy.get(writer) === node) name(writer, node);
  // Its loss: the other writers lost a leader no writer goes by right after this writer's own kill line.
  for (const writer of byPid) {
    if (names.has(writer)) continue;
    const node = findLostAfterOwnKill(events, writer, (name) => isNodeName(name) && !taken.has(name));
    if (node !== undefined) name(writer, node);
  }
  // The one name left.
  const unnamed = [...byPid].filter((writer) => !names.has(writer));
  if (unnamed.length === 1 && otherwise.size === 0 && names.size >= 1) {
    const numbered = [...names.values()].map((node) => NUMBERED_NAME.exec(node));
    const family = numbered[0]?.[1];
    if (numbered.every((m) => m !== null && m[1] === family)) {
      const numbers = new Set(numbered.map((m) => Number(m![2])));
      const from = numbers.has(0) ? 0 : 1;
      const missing: number[] = [];
      for (let n = from; n < from + writers.size; n++) if (!numbers.has(n)) missing.push(n);
      const last = `${family}${missing[0]}`;
      if (missing.length === 1 && [...numbers].every((n) => n >= from && n < from + writers.size) && !writers.has(last)) name(unnamed[0]!, last);
    }
  }
  if (names.size === 0) return undefined;
  const rename = (node: string | undefined): string | undefined => (node === undefined ? undefined : (names.get(node) ?? node));
  for (const event of events) {
    event.node = rename(event.node);
    if (event.leader !== undefined) event.leader = rename(event.leader);
    if (event.target !== undefined) event.target = rename(event.target);
    if (event.peer !== undefined) event.peer = rename(event.peer);
    if (event.subject !== undefined) event.subject = rename(event.subject);
  }
  return names;
}

/** How soon after a writer's own kill line the other writers' loss of a leader names it (twice w12-l03's window). */
export const LOSS_AFTER_KILL_MS = 600;

// The one leader name the other writers' detections (a heartbeat timeout, a lost connection) give within
// LOSS_AFTER_KILL_MS after `writer`'s only own kill line, when every such detection that names a leader names it and it
// passes `usable`; undefined otherwise.
function findLostAfterOwnKill(events: readonly MutableLogEvent[], writer: string, usable: (node: string) => boolean): string | undefined {
  const kills = events.filter((e) => e.node === writer && e.kind === 'kill');
  const killMs = kills.length === 1 ? kills[0]!.time?.ms : undefined;
  if (killMs === undefined) return undefined;
  let named: string | undefined;
  for (const e of events) {
    if (e.node === undefined || e.node === writer || (e.kind !== 'heartbeat-timeout' && e.kind !== 'connection-lost')) continue;
    const atMs = e.time?.ms;
    if (atMs === undefined || atMs < killMs || atMs > killMs + LOSS_AFTER_KILL_MS) continue;
    if (e.leader === undefined) continue;
    if (named !== undefined && e.leader !== named) return undefined;
    named = e.leader;
  }
  return named !== undefined && usable(named) ? named : undefined;
}
