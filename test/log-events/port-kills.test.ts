// `fuser -k 7001/tcp` kills the node whose port 7001 is, when the paste says which one (port-kills.ts and the aliases
// read-log-events.ts takes from startup lines and launch flags); else it is a kill that names no node.
import { describe, expect, it } from 'vitest';
import { readLogText } from '../../src/log-events/read-log-events.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { loadLesson } from '../proof/helpers.js';

const compiled = compileEventPatterns(loadLesson('w12-l03').proof.timing);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

const LOGS = [
  '14:33:40.601 [node1] term 1: became leader',
  '14:33:40.602 [node2] following leader node1',
  '14:33:40.603 [node3] following leader node1',
];
const killOf = (lines: string[]) => readLogText(lines.join('\n'), patterns).events.find((e) => e.kind === 'kill');

describe('a kill by port (fuser -k)', () => {
  it('kills the node a startup line says listens there', () => {
    const kill = killOf(['14:33:29.101 [node2] listening on 127.0.0.1:7002', ...LOGS, '$ date +%T.%3N; fuser -k 7002/tcp', '14:33:40.718']);
    expect(kill).toMatchObject({ node: undefined, target: 'node2' });
  });

  it("kills the node a launch's --port names", () => {
    const kill = killOf(['$ ./kv_node --id 3 --port 7003 &', ...LOGS, '$ date +%T.%3N; fuser -k 7003/tcp', '14:33:40.718']);
    expect(kill?.target).toBe('node3');
  });

  it('kills the node a cluster configuration pairs with the port', () => {
    const config = ['$ cat cluster.conf', 'node1 = 127.0.0.1:7001', 'node2 = 127.0.0.1:7002', 'node3 = 127.0.0.1:7003'];
    expect(killOf([...config, ...LOGS, '$ date +%T.%3N; fuser -k 7003/tcp', '14:33:40.718'])?.target).toBe('node3');
    // etcd's --initial-cluster names its members with their peer URLs.
    const etcd = ['$ etcd --name node2 --initial-cluster node1=http://127.0.0.1:2380,node2=http://127.0.0.1:2381,node3=http://127.0.0.1:2382 &'];
    expect(killOf([...etcd, ...LOGS, '$ date +%T.%3N; fuser -k 2381/tcp', '14:33:40.718'])?.target).toBe('node2');
  });

  it('names no node when nothing in the paste says whose port it is', () => {
    const kill = killOf([...LOGS, '$ date +%T.%3N; fuser -k 7001/tcp', '14:33:40.718']);
    expect(kill).toBeDefined();
    expect(kill?.target).toBeUndefined();
    expect(kill?.node).toBeUndefined();
  });
});

describe('what pairs no port with a node', () => {
  it("a log line's writer prefix before the peer address it names (`node2: 127.0.0.1:7001: read: …`)", () => {
    const kill = killOf([...LOGS, '$ date +%T.%3N; fuser -k 7001/tcp', '14:33:40.718', '14:33:40.720 node2: 127.0.0.1:7001: read: connection reset by peer']);
    expect(kill?.target).toBeUndefined();
  });
});
