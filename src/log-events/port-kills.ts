// `fuser -k 7001/tcp` kills whatever listens on port 7001 (classify-line.ts reads its target as `:7001`). The node is
// the one whose port it is when the paste says so: a startup line (`listening on :7001`) or a launch's `--port 7001`
// already make `:7001` a node's alias (read-log-events.ts); a cluster configuration in the paste
// (`node1=127.0.0.1:7001`, etcd's `--initial-cluster infra1=http://127.0.0.1:2380,…`) does here. Otherwise the kill
// names no node, as a bare `kill 4242` does, and is joined to one the same way (judgeKills).
import { isPortName } from './attribute-node.js';
import { normalizeNodeToken } from './classify-line.js';
import type { MutableLogEvent } from './log-event.js';

// `NAME=ADDRESS:PORT` / `NAME: "ADDRESS:PORT"` of a local address (group 1 the name, group 2 the port).
// A `:` pairing ends its value (YAML's `node1: 127.0.0.1:7001`, JSON's `"node1": "…:7001",`): a log line's `node2:
// 127.0.0.1:7001: read: connection reset by peer` is a writer's prefix and the peer it names, no pairing.
const CONFIGURED_PORT = /(?:^|[\s,;{[("'])([\w.@-]{1,64})["']?\s?([=:])\s?["']?(?:(?:https?|tcp):\/\/)?(?:127\.0\.0\.1|localhost|0\.0\.0\.0|\[::1?\])?:(\d{2,5})(?!\d)/g;
const VALUE_END = /^["']?[ \t]*(?:[,;}\])]|\r?\n|$)/;

/**
 * Gives each kill whose target is a port that no node of the paste goes by (`seen`, after `name`) the node a cluster
 * configuration in `text` pairs with that port, or no target.
 */
export function resolvePortKills(text: string, events: readonly MutableLogEvent[], seen: ReadonlySet<string>, name: (node: string) => string): void {
  let configured: Map<string, string | null> | undefined;
  for (const event of events) {
    if (event.kind !== 'kill' || event.target === undefined || !isPortName(event.target) || seen.has(event.target)) continue;
    configured ??= readConfiguredPorts(text, seen, name);
    const node = configured.get(event.target.slice(1));
    if (node == null) delete event.target;
    else event.target = node;
  }
}

// Per port, the one node of the paste a configuration line pairs with it (null: two nodes claim it).
function readConfiguredPorts(text: string, seen: ReadonlySet<string>, name: (node: string) => string): Map<string, string | null> {
  const ports = new Map<string, string | null>();
  CONFIGURED_PORT.lastIndex = 0;
  for (let m = CONFIGURED_PORT.exec(text); m !== null; m = CONFIGURED_PORT.exec(text)) {
    if (m[2] === ':' && !VALUE_END.test(text.slice(CONFIGURED_PORT.lastIndex, CONFIGURED_PORT.lastIndex + 8))) continue;
    const token = normalizeNodeToken(m[1]!);
    const node = token === undefined ? undefined : name(token);
    if (node === undefined || !seen.has(node)) continue;
    const claimed = ports.get(m[3]!);
    ports.set(m[3]!, claimed === undefined || claimed === node ? node : null);
  }
  return ports;
}
