// A container engine's event records (`docker events`, `podman events`): `2026-12-02T14:03:11.087436518Z container kill
// 9c1e4a7f2b3d… (image=kv-node:dev, name=kv1, signal=15)`. The daemon writes them about a container, from outside it:
// a `--filter container=kv1` names the container they are about, not a writer, and a `kill` record is the signal the
// daemon sent (docker stop's SIGTERM, its SIGKILL after the grace period), not the container's own shutdown line.
import { signalOfNumber } from './default-patterns.js';
import type { MutableLogEvent } from './log-event.js';
import { lineText, type PasteLines } from './paste-lines.js';

// `container ACTION ID (key=value, …)`: docker's and podman's record after its time (group 1: the attributes).
const DAEMON_RECORD = /(?:^|\s)container (?:kill|die|stop|start|restart|create|destroy|oom|pause|unpause|health_status(?::\s?\w+)?) [0-9a-f]{12,64} \(([^()]{0,2000})\)\s*$/;
// The container's name and the signal number among the record's attributes.
const NAME_ATTRIBUTE = /(?:^|,\s?)name=([\w.-]{1,64})(?=,|$)/;
const SIGNAL_ATTRIBUTE = /(?:^|,\s?)signal=(\d{1,2})(?=,|$)/;

/**
 * Reads each kill on a daemon's record line as the daemon's signal to its container: no writer, its `target` the
 * container (the node the line was given, by its section's filter or its name attribute, else the one its words
 * named), its `signal` the record's number (`signal=9` → KILL).
 */
export function markDaemonRecords(lines: PasteLines, events: MutableLogEvent[]): void {
  for (const event of events) {
    if (event.kind !== 'kill') continue;
    const record = DAEMON_RECORD.exec(lineText(lines, event.line, 4096));
    if (record === null) continue;
    const container = event.node ?? event.target ?? NAME_ATTRIBUTE.exec(record[1]!)?.[1];
    event.node = undefined;
    event.nodeFrom = undefined;
    if (container !== undefined) event.target = container;
    const number = SIGNAL_ATTRIBUTE.exec(record[1]!)?.[1];
    event.signal = number === undefined ? undefined : signalOfNumber(number);
  }
}
